"""Kinds of wording found in a twenty-second round of real pages (tax, customs and market-regulation
services, press conferences and speeches, health, education and civil-affairs services), annotated
apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording import metrics


# -- a hotline's weekly report ---------------------------------------------------------------------------

def test_a_weekly_report_names_the_hotline_its_figures_are_of(extractor):
    x = extractor.extract_text("12345便民服务热线一周情况通报\n（2021年5月7日—5月13日）\n"
                               "本周共受理工单812件，其中求助类530件、投诉类96件。")
    assert "12345便民服务热线" in names(x, "Platform")
    assert {("12345便民服务热线", 812.0), ("12345便民服务热线", 530.0)} <= metrics(x)


def test_a_standard_held_against_is_no_figure(extractor):
    x = extractor.extract_text("12345便民服务热线一周情况通报\n本周共受理工单812件。"
                               "有5个部门回访满意率低于考核要求的最低标准80%，请限期整改。")
    assert 812.0 in {v for _, v in metrics(x)}
    assert 0.8 not in {v for _, v in metrics(x)}


# -- a figure sent to another body is the sender's -----------------------------------------------------

def test_what_a_bureau_sent_to_a_data_centre_is_the_bureaus(extractor):
    x = extractor.extract_text("杭州市人力社保局已向市数据资源管理局归集就业、社保等共计12个系统、860万条数据。")
    assert {("杭州市人力社保局", 12.0), ("杭州市人力社保局", 8600000.0)} <= metrics(x)


# -- a central body's departments and institutes ------------------------------------------------------------

def test_a_ministrys_department_is_one_body_part_of_the_ministry(extractor):
    x = extractor.extract_text("商务部电子商务司司长在发布会上介绍，商务部将继续推进数字商务建设。")
    assert "商务部电子商务司" in names(x, "Agency")
    assert ("partOf", "商务部电子商务司", "商务部") in rels(x)


def test_a_ministrys_institute_is_one_body(extractor):
    x = extractor.extract_text("据农业农村部信息中心、教育部教育技术与资源发展中心联合发布的报告显示，试点工作进展顺利。")
    assert {"农业农村部信息中心", "教育部教育技术与资源发展中心"} <= names(x, "Agency")


def test_a_second_body_after_a_ministry_is_no_unit_of_it(extractor):
    x = extractor.extract_text("教育部与民政部信息中心联合开展调研。")
    assert "教育部" in names(x, "Agency")
    assert not any(n.startswith("教育部") and n != "教育部" for n in names(x, "Agency"))


# -- the country's platform used in a place -------------------------------------------------------------

def test_our_regions_use_of_a_national_platform_names_the_national_platform(extractor):
    x = extractor.extract_text("截至6月底，我省国家政务服务平台注册用户达到320万人。")
    assert "国家政务服务平台" in names(x, "Platform")
    assert not any(n.startswith("省") for n in names(x, "Platform"))


def test_verbs_before_a_national_platform_are_not_its_name(extractor):
    x = extractor.extract_text("建设和应用国家智慧教育平台是教育部门的重要任务。")
    assert "国家智慧教育平台" in names(x, "Platform")


# -- a place's single window for trade ------------------------------------------------------------------

def test_a_places_quoted_single_window_is_a_platform(extractor):
    x = extractor.extract_text("青岛国际贸易“单一窗口”于2016年上线，累计注册企业用户达到1.8万家。")
    assert "青岛国际贸易“单一窗口”" in names(x, "Platform")
    assert ("青岛国际贸易“单一窗口”", 18000.0) in metrics(x)


def test_a_quoted_single_window_of_working_is_no_platform(extractor):
    x = extractor.extract_text("全面推行政务服务“单一窗口”受理模式，注重改革系统集成。")
    assert not names(x, "Platform")


# -- how a system works, and a brand in Latin letters, inside its name ---------------------------------------

def test_a_systems_name_keeps_its_manner_and_latin_brand(extractor):
    x = extractor.extract_text("该局上线的E-Tax远程可视化办税系统累计服务纳税人3.1万户次。")
    assert "E-Tax远程可视化办税系统" in names(x, "Platform")
    assert any(m.unit == "户次" and m.value == 31000.0 for m in x.metrics)


# -- couples counted ------------------------------------------------------------------------------------

def test_couples_are_a_unit(extractor):
    x = extractor.extract_text("杭州市民政局数据显示，全市去年办理婚姻登记3.6万对左右。")
    assert any(m.unit == "对" and m.value == 36000.0 for m in x.metrics)


# -- guards from the review of this round's rules ---------------------------------------------------------

def test_a_sectors_weekly_report_names_no_platform(extractor):
    x = extractor.extract_text("全市医保系统一周运行情况通报\n本周全市医保结算356万人次。")
    assert not names(x, "Platform")


def test_bars_counted_are_figures(extractor):
    x = extractor.extract_text("广东省市场监管局今年清理各类隐性门槛326项。")
    assert ("广东省市场监管局", 326.0) in metrics(x)


def test_cases_sent_to_a_hotline_are_the_hotlines(extractor):
    x = extractor.extract_text("市民向12345热线提交诉求5621件，办结率98.2%。")
    assert {("12345热线", 5621.0), ("12345热线", 0.982)} <= metrics(x)


def test_what_a_bureau_receives_later_in_the_sentence_is_its_own(extractor):
    x = extractor.extract_text("网约车平台向市交通运输局推送订单数据，市交通运输局共查处违规案件356起。")
    assert ("市交通运输局", 356.0) in metrics(x)


def test_a_ministrys_drivers_and_named_centres_are_no_units(extractor):
    x = extractor.extract_text("交通运输部关心关爱货车司机。民政部今年遴选出全国示范性养老服务中心56个。")
    assert {"交通运输部", "民政部"} <= names(x, "Agency")
    assert not any(len(n) > 5 for n in names(x, "Agency"))


def test_a_unit_with_a_name_of_its_own_stays_apart(extractor):
    x = extractor.extract_text("生态环境部华南环境科学研究所承担了该项目。")
    assert ("partOf", "华南环境科学研究所", "生态环境部") in rels(x)


def test_a_national_platform_named_after_its_service_keeps_its_words(extractor):
    x = extractor.extract_text("中小企业公共服务国家平台注册企业达12万家。")
    assert "中小企业公共服务国家平台" in names(x, "Platform")
