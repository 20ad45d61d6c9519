"""Kinds of wording found in a twenty-first round of real pages (government websites and new media,
social-security and business start-up services, western and north-eastern regions), annotated apart
from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording import metrics


# -- joint issuers counted after the first (等八部门) -------------------------------------------------

def test_the_first_of_several_counted_issuers_issues_the_title(extractor):
    x = extractor.extract_text("为落实《浙江省市场监督管理局等八部门关于深化企业开办便利化改革的意见》，现通知如下。")
    assert "浙江省市场监督管理局" in names(x, "Agency")
    assert not any("部门" in n for n in names(x, "Agency"))
    assert ("issuedBy", "浙江省市场监督管理局等八部门关于深化企业开办便利化改革的意见", "浙江省市场监督管理局") in rels(x)


# -- an online tax office is a site --------------------------------------------------------------------

def test_an_online_tax_office_is_a_platform_not_a_bureau(extractor):
    x = extractor.extract_text("纳税人登录江苏省电子税务局即可申报，缴费单位通过电子税务局平台办理业务8724件。")
    assert "江苏省电子税务局" in names(x, "Platform")     # (电子税务局平台 there is the province's, the same site)
    assert not any(n.endswith("税务局") for n in names(x, "Agency"))


def test_a_tax_bureau_is_still_a_bureau(extractor):
    x = extractor.extract_text("苏州市税务局优化了电子税务局平台的申报功能。")
    assert "苏州市税务局" in names(x, "Agency")


# -- the Party committee's reform office ---------------------------------------------------------------

def test_a_committees_reform_office_is_one_body(extractor):
    x = extractor.extract_text("龙泉驿区医保局与龙泉驿区委改革办、区行政审批局建立联席机制。")
    assert "龙泉驿区委改革办" in names(x, "Agency")
    assert "龙泉驿区委" not in names(x, "Agency")


def test_reform_as_a_word_names_no_body(extractor):
    x = extractor.extract_text("各地推进改革办法落实，形成深化改革部署。")
    assert not names(x, "Agency")


# -- set phrases holding a city's short name ------------------------------------------------------------

def test_a_set_phrase_holding_a_citys_short_name_names_no_place(extractor):
    x = extractor.extract_text("推动边疆长治久安，祝愿各族群众幸福安康。")
    assert not names(x, "Region")


def test_the_city_itself_is_still_a_place(extractor):
    x = extractor.extract_text("长治市数据局和安康市政务服务中心签订协议。")
    assert {"长治市", "安康市"} <= names(x, "Region")


# -- city portals named in the country's style (“中国·九江”) -------------------------------------------

def test_a_quoted_name_before_wang_is_a_site(extractor):
    x = extractor.extract_text("以市政府门户网站“中国·宜春”网为主网站，访问“中国宜昌”网即可查询。")
    assert {"“中国·宜春”网", "“中国宜昌”网"} <= names(x, "Platform")
    assert "中国" not in names(x, "Region")


def test_a_quoted_portal_name_opens_a_longer_platform_name(extractor):
    x = extractor.extract_text("市信息中心建成“中国·宜春”政务融媒集约化平台。")
    assert "“中国·宜春”政务融媒集约化平台" in names(x, "Platform")


# -- an autonomous prefecture's own words (全州, 州级) ---------------------------------------------------

def test_quanzhou_is_the_pages_prefecture(extractor):
    x = extractor.extract_text("黔东南州政务服务中心发布通报。6月份全州共受理各类办件56230件，办结56101件。")
    assert ("黔东南苗族侗族自治州", 56230.0) in metrics(x)


def test_quanzhou_county_is_a_county_of_its_own(extractor):
    x = extractor.extract_text("桂林市全州县发布通报。全州县共受理办件3120件。")
    assert {"全州县", "桂林市"} <= names(x, "Region")


def test_a_service_centre_named_by_its_level_is_one_body(extractor):
    x = extractor.extract_text("黔东南州发布通报。全州共受理办件56230件，州级政务服务中心共受理6120件，办结6101件。")
    assert "州级政务服务中心" in names(x, "Agency")
    assert ("州级政务服务中心", 6120.0) in metrics(x)


def test_a_part_on_another_topic_is_not_the_centres_report(extractor):
    x = extractor.extract_text("黔东南州政务服务中心2023年6月工作通报\n"
                               "（一）办件情况。州级政务服务中心共受理6120件，办结6101件，其中窗口受理2210件。\n"
                               "（二）公共资源交易情况。本月共完成各类交易事项211项，交易金额3.2亿元。")
    centre = {e.key for e in x.entities if e.name == "州级政务服务中心"}
    assert not any(m.subject in centre and m.value in (211.0, 320000000.0) for m in x.metrics)


# -- face recognition inside a platform's name ---------------------------------------------------------

def test_face_recognition_runs_on_inside_a_platforms_name(extractor):
    x = extractor.extract_text("退休人员可通过省社保待遇领取资格人脸识别认证统一平台完成认证。")
    assert "省社保待遇领取资格人脸识别认证统一平台" in names(x, "Platform")


# -- a plan's own title with its quoted five-year period ----------------------------------------------

def test_a_plan_title_with_a_quoted_period_is_the_pages_plan(extractor):
    x = extractor.extract_text("辽宁省数字政府建设“十四五”规划\n为落实《辽宁省国民经济和社会发展第十四个五年规划纲要》，制定本规划。")
    assert "辽宁省数字政府建设“十四五”规划" in names(x, "Policy")
    assert ("basedOn", "辽宁省数字政府建设“十四五”规划", "辽宁省国民经济和社会发展第十四个五年规划纲要") in rels(x)


def test_a_headline_with_other_quotes_is_still_no_title(extractor):
    x = extractor.extract_text("我省发布“数字辽宁”建设规划\n近日，省政府印发规划。")
    assert not names(x, "Policy")


# -- a unit named after a body the page names ---------------------------------------------------------

def test_a_division_named_after_its_body_is_part_of_it(extractor):
    x = extractor.extract_text("市网信办网络新闻信息传播处处长介绍，上海市网信办将加强管理。")
    assert ("partOf", "上海市网信办网络新闻信息传播处", "上海市网信办") in rels(x)


def test_a_group_company_is_no_division_of_its_brand(extractor):
    x = extractor.extract_text("中国电信与市政府签约。中国电信集团公司将承建政务云。")
    assert not any(r[0] == "partOf" and r[1] == "中国电信集团公司" for r in rels(x))


# -- guards from the review of this round ---------------------------------------------------------------

def test_a_hotline_report_goes_on_through_parts_on_its_own_work(extractor):
    x = extractor.extract_text("3月份12345热线运行情况\n一、受理情况\n3月份，市12345热线共受理群众诉求3.2万件，办结3.1万件。\n"
                               "二、接通率\n人工接通率为92.3%，平均等待时长18秒。")
    assert any(m.value == 0.923 for m in x.metrics)


def test_county_level_centres_on_a_prefectures_page_are_many(extractor):
    x = extractor.extract_text("昌吉州召开会议。县级政务服务中心进驻事项平均达到860项。")
    assert "县级政务服务中心" not in names(x, "Agency")


def test_the_bare_online_tax_office_is_a_platform(extractor):
    x = extractor.extract_text("通过电子税务局办理退税业务的纳税人占比达到98.2%。")
    assert "电子税务局" in names(x, "Platform")
