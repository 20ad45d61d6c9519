"""Kinds of wording found in a nineteenth round of real pages (hotline and service-centre monthly
figures, township and village services, launches and policies with their dates), annotated apart
from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording import metrics
from .test_extract_wording_fourteenth import dated


# -- departments as named before the 2018 reform (工商局, 地税局, 人防办) ----------------------------------

def test_departments_named_the_old_way_share_the_level_of_the_list_they_follow(extractor):
    x = extractor.extract_text("遵义市本月办件较多的单位：市公安局、工商局、地税局、人防办、粮食局。")
    assert {"遵义市工商局", "遵义市地税局", "遵义市人防办", "遵义市粮食局"} <= names(x, "Agency")


def test_a_joining_verb_a_countys_name_opens_with_is_the_verb(extractor):
    x = extractor.extract_text("湄潭县人防办会同县粮食局开展检查。")
    assert "会同县" not in names(x, "Region")
    assert "会同县粮食局" not in names(x, "Agency")


# -- bare departments listed as the units a page reports on ---------------------------------------------

def test_bare_departments_listed_with_their_figures_are_bodies(extractor):
    x = extractor.extract_text("工单较多的单位为：城市管理局812件（同比上升5.2%），公安局530件，交通局211件。")
    assert {"城市管理局", "公安局", "交通局"} <= names(x, "Agency")
    assert {("城市管理局", 812), ("公安局", 530), ("交通局", 211)} <= metrics(x)


def test_bare_departments_listed_after_towns_are_units_too(extractor):
    x = extractor.extract_text("有白沙镇、石桥镇、民政局、环保局等12个单位逾期回复。")
    assert {"民政局", "环保局"} <= names(x, "Agency")


def test_a_bare_department_said_once_alone_names_no_body(extractor):
    x = extractor.extract_text("群众在大厅完成缴费和公安局审批，仅用十分钟。")
    assert "公安局" not in names(x, "Agency")


def test_the_departments_a_notice_addresses_are_no_bodies(extractor):
    x = extractor.extract_text("各省、自治区、直辖市网信办、交通运输厅、民政厅：现将有关事项通知如下。")
    assert not {"交通运输厅", "民政厅", "网信办"} & names(x, "Agency")


def test_kinds_of_service_centre_counted_are_no_bodies(extractor):
    x = extractor.extract_text("全县建有县本级政务服务中心1个、乡镇便民服务中心12个。")
    assert "政务服务中心" not in names(x, "Agency")


# -- a hotline centre's counts are its hotline's and its own ---------------------------------------------

def test_a_hotline_centres_counts_are_the_hotlines_and_the_centres(extractor):
    x = extractor.extract_text("本月，遵义市12345政务服务便民热线中心共办理群众来电8421件。")
    assert {("遵义市12345政务服务便民热线", 8421), ("遵义市12345政务服务便民热线中心", 8421)} <= metrics(x)


# -- 该区 after a body named with its place ---------------------------------------------------------------

def test_the_district_a_bureau_is_named_with_is_what_a_later_this_district_stands_for(extractor):
    x = extractor.extract_text("遵义市红花岗区数据局完成了年度任务。该区1520个政务服务事项可网办率达到100%。")
    assert {("红花岗区", 1520), ("红花岗区", 1.0)} <= metrics(x)


# -- two equal counts in one sentence, each named by its own measure ---------------------------------------

def test_two_equal_counts_each_named_by_its_measure_are_both_kept(extractor):
    x = extractor.extract_text("本月遵义市12345政务服务便民热线登记交办9120件，已办结9120件，办结率100%。")
    assert [m.value for m in x.metrics if m.unit == "件"] == [9120.0, 9120.0]


def test_an_equal_count_whose_name_holds_another_body_is_not_kept_twice(extractor):
    x = extractor.extract_text("遵义市网管中心编制3人，思南市网管中心编制3人。")
    assert [m.value for m in x.metrics].count(3.0) <= 1 or "思南市网管中心" in {e.name for e in x.entities}


# -- a figure right after a long name is named by the words between them ----------------------------------

def test_a_figure_after_a_long_name_is_named_by_the_words_between(extractor):
    x = extractor.extract_text("遵义市城市运行服务管理平台累计受理各类城市管理问题15.96万件。")
    assert [m.name for m in x.metrics] == ["累计受理各类城市管理问题"]


def test_words_holding_another_figure_do_not_name_a_figure(extractor):
    x = extractor.extract_text("目前，“贵省事”已与贵州政务服务网实现数据共享，并接入省公安厅、省人力资源社会保障厅"
                               "等40个省直部门的1500余项服务。")
    assert not any("40" in m.name for m in x.metrics)


# -- a disclosure page's table of fields, copied as text with spaces, above the notice -----------------------

TABLE_ABOVE_THE_NOTICE = """索引号 520302/2023-00417 主题分类 电子政务
成文日期 2023-04-11 发布日期 2023-04-12
发文机关 红花岗区人民政府办公室 关键词

关于印发《红花岗区政务服务事项清单管理办法》的通知

各镇人民政府，区政府各部门：

现将《红花岗区政务服务事项清单管理办法》印发给你们，请认真贯彻执行。
"""


def test_a_date_field_written_with_a_space_dates_the_document_the_page_hands_out(extractor):
    x = extractor.extract_text(TABLE_ABOVE_THE_NOTICE)
    assert ("红花岗区政务服务事项清单管理办法", "issueDate", "2023-04-11") in dated(x)


def test_an_issuer_field_above_the_title_names_who_issued_the_document(extractor):
    x = extractor.extract_text(TABLE_ABOVE_THE_NOTICE)
    assert ("issuedBy", "红花岗区政务服务事项清单管理办法", "红花岗区人民政府办公室") in rels(x)


# -- a county's hotline named by the county's short name, on its city's page --------------------------------

def test_a_platform_named_by_a_countys_short_name_serves_the_county_of_the_city_the_page_names(extractor):
    x = extractor.extract_text("本月盐城市12345平台受理12680个；东台12345受理5230个。")
    assert ("serves", "东台12345", "东台市") in rels(x)


def test_a_departments_account_named_by_a_countys_short_name_serves_no_one(extractor):
    x = extractor.extract_text("盐城市本次检查的政务新媒体中，“东台旅游”更新不及时。")
    assert "东台市" not in names(x, "Region")


# -- a quoted name before 二维码 is a service code -----------------------------------------------------------

def test_a_quoted_name_before_a_qr_code_is_a_service_code_platform(extractor):
    x = extractor.extract_text("红花岗区推出“扫码即办”二维码，涵盖全区31个部门的620项事项。")
    assert "扫码即办" in names(x, "Platform")


# -- an autonomous prefecture by its place and 自治州 -------------------------------------------------------

def test_an_autonomous_prefecture_named_by_its_place_and_zizhizhou_is_the_prefecture(extractor):
    x = extractor.extract_text("长沙市、株洲市、湘西自治州政府网站检查合格率均达到100%。")
    assert ("湘西土家族苗族自治州", 1.0) in metrics(x)


# -- two places written together that the gazetteer knows apart -------------------------------------------

def test_two_cities_written_together_are_not_one_inside_the_other(extractor):
    x = extractor.extract_text("关键词：开放平台佛山东莞")
    assert not any(r[0] == "partOf" for r in rels(x))


def test_a_county_written_after_its_city_is_still_part_of_it(extractor):
    x = extractor.extract_text("成都都江堰市政务服务中心开展延时服务。")
    assert ("partOf", "都江堰市", "成都市") in rels(x)


# -- bodies named by their sites, their full cores, and new kinds of centre ----------------------------------

def test_the_body_a_site_is_named_after_is_a_body_of_its_place(extractor):
    x = extractor.extract_text("欢迎访问贵州省行政审批和政务信息管理局网站")
    assert "贵州省行政审批和政务信息管理局" in names(x, "Agency")
    assert ("jurisdiction", "贵州省行政审批和政务信息管理局", "贵州省") in rels(x)


def test_a_places_portal_ranked_as_a_site_names_no_government(extractor):
    x = extractor.extract_text("遵义市政府网站在地市级政府网站中排名第4。")
    assert "遵义市人民政府" not in names(x, "Agency")


def test_an_office_named_by_its_full_core_is_a_body(extractor):
    x = extractor.extract_text("遵义市互联网信息办公室发布通知。")
    assert "遵义市互联网信息办公室" in names(x, "Agency")


def test_a_places_digital_governance_centre_is_a_body(extractor):
    x = extractor.extract_text("遵义市红花岗区城市数字治理中心负责平台运维。")
    assert "遵义市红花岗区城市数字治理中心" in names(x, "Agency")


# -- a signature signs what the notice made, not what it carries out ----------------------------------------

def test_a_signature_signs_the_document_made_not_the_ones_it_carries_out(extractor):
    x = extractor.extract_text("各有关单位：\n为贯彻落实《遵义市数据条例》《遵义市公共数据开放暂行办法》，我们制定了《遵义市公共数据开放实施细则》。"
                               "现印发给你们，请按照执行。\n遵义市大数据发展管理局\n2023年5月8日")
    assert {name for name, prop, _ in dated(x) if prop == "issueDate"} == {"遵义市公共数据开放实施细则"}


# -- the count closing a list of places measures none of them -----------------------------------------------

def test_the_count_closing_a_list_of_places_is_no_places_figure(extractor):
    x = extractor.extract_text("据介绍，长三角联席办和上海青浦、上海松江、杭州、宁波等4个市(区)人民政府共同发起组建“数字联盟”。")
    assert not any(m.value == 4 for m in x.metrics)


def test_a_figure_of_places_listed_and_counted_is_still_each_ones(extractor):
    x = extractor.extract_text("遵义、贵阳、安顺3市政府网站抽查合格率为100%。")
    assert {("遵义市", 1.0), ("贵阳市", 1.0), ("安顺市", 1.0)} <= metrics(x)


# -- a place leading an agreement signs it with each place after 与 ------------------------------------------

def test_a_place_that_leads_and_signs_with_others_cooperates_with_each(extractor):
    x = extractor.extract_text("会上，贵州牵头推动并与云南、广西、四川三省区签署《西南地区政务服务合作协议》。")
    assert {("cooperatesWith", "贵州省", p) for p in ("云南省", "广西壮族自治区", "四川省")} <= rels(x)


# -- a year's work points open on the documents they carry out ------------------------------------------------

def test_work_points_opening_on_what_they_carry_out_are_based_on_it(extractor):
    x = extractor.extract_text("贵州省数字政府建设2024年工作要点\n"
                               "2024年是全面推进数字政府建设的关键之年。要完整、准确、全面贯彻新发展理念，深入落实《贵州省数字政府建设实施意见》"
                               "和《贵州省“十四五”数字政府建设规划》，聚焦大平台共建。")
    assert {("basedOn", "贵州省数字政府建设2024年工作要点", "贵州省数字政府建设实施意见"),
            ("basedOn", "贵州省数字政府建设2024年工作要点", "贵州省“十四五”数字政府建设规划")} <= rels(x)


# -- faults a review of the round's rules found, mended ------------------------------------------------------

def test_a_table_with_spaces_above_an_own_titled_notice_dates_the_notice_not_what_it_cites(extractor):
    x = extractor.extract_text("成文日期 2020-11-30\n发文机关 湄潭县人民政府办公室\n\n"
                               "湄潭县人民政府办公室关于做好冬季安全生产工作的通知\n为贯彻落实《安全生产法》，现就有关事项通知如下。")
    assert {name for name, _, _ in dated(x)} == {"湄潭县人民政府办公室关于做好冬季安全生产工作的通知"}


def test_an_equal_part_or_an_earlier_level_is_not_a_second_measure(extractor):
    x = extractor.extract_text("县政务服务中心设置综合窗口20个，其中“一窗受理”窗口20个。")
    y = extractor.extract_text("市12345热线本月受理诉求1.2万件，去年同月为1.2万件。")
    assert len(x.metrics) == 1 and len(y.metrics) == 1


def test_a_figure_is_named_without_the_name_of_what_it_measures(extractor):
    x = extractor.extract_text("本月，遵义市12345便民热线登记交办14691件。")
    assert [m.name for m in x.metrics] == ["登记交办"]


def test_this_district_after_two_bodies_of_two_districts_stands_for_neither(extractor):
    x = extractor.extract_text("红花岗区行政审批局、汇川区行政审批局联合开展培训。该区共有120人参加。")
    assert not any(m.value == 120 for m in x.metrics)


def test_this_district_names_no_figure_the_words_after_it_name(extractor):
    x = extractor.extract_text("红花岗区数据局完成了年度任务。该区1520个政务服务事项，全部实现网上可办。")
    assert [m.name for m in x.metrics if m.value == 1520] == ["政务服务事项"]


def test_a_printed_qr_code_names_no_platform(extractor):
    x = extractor.extract_text("各村张贴“随手拍”二维码2000余张，群众扫描“诚信”二维码即可查询。")
    assert not names(x, "Platform")


def test_kinds_of_department_named_by_examples_are_no_bodies(extractor):
    x = extractor.extract_text("涉及住建局、城管局等多个部门的诉求需联合办理；公安局、民政局等部门要加强协作。")
    assert not names(x, "Agency")


def test_a_signature_under_a_plan_that_only_cites_its_basis_signs_no_cited_document(extractor):
    x = extractor.extract_text("为贯彻落实《国务院关于加强数字政府建设的指导意见》，结合我县实际，制定本方案。\n"
                               "湄潭县人民政府办公室\n2022年5月10日")
    assert not x.dates and ("issuedBy", "国务院关于加强数字政府建设的指导意见", "湄潭县人民政府办公室") not in rels(x)
