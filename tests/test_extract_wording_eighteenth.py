"""Kinds of wording found in an eighteenth round of real pages (inspection bulletins, township and
county service news, cooperation between regions, hotline and service-centre figures, open data,
yearly work summaries, city operation centres), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording import metrics


def aliases(x, name: str) -> set[str]:
    return next((set(e.aliases) for e in x.entities if e.name == name), set())


# -- a place written inside a platform's name keeps the name the page writes it by -----------------------

def test_a_county_named_only_inside_a_platforms_name_keeps_the_name_written_there(extractor):
    x = extractor.extract_text("群众可登录湖北省长阳县政务服务网办理。")
    assert "长阳县" in aliases(x, "长阳土家族自治县")      # the gazetteer's name, and the page's


def test_a_place_inside_a_platforms_name_is_not_given_a_longer_places_name(extractor):
    x = extractor.extract_text("群众可登录福建省南平市涉税信息交换平台查询。")
    assert "南平" not in aliases(x, "福建省")
    assert {"南平市", "福建省"} <= names(x, "Region")


# -- 均: a figure of places listed is each one's -------------------------------------------------------

def test_a_figure_all_the_places_listed_reached_is_each_ones(extractor):
    x = extractor.extract_text("长沙市、株洲市、湘潭市政府网站和政务新媒体检查合格率均达到100%。")
    assert {("长沙市", 1.0), ("株洲市", 1.0), ("湘潭市", 1.0)} <= metrics(x)


def test_all_of_them_in_a_later_clause_does_not_reach_back_over_a_comma(extractor):
    x = extractor.extract_text("长沙市、株洲市牵头推进改革，相关事项网办率均达到90%。")
    assert ("株洲市", 0.9) not in metrics(x) or ("长沙市", 0.9) not in metrics(x)


# -- a quoted name before 订阅号 or 服务号 is a new-media account -----------------------------------------

def test_quoted_names_listed_before_subscription_accounts_are_accounts(extractor):
    x = extractor.extract_text("“青溪人社”、“青溪智慧城管”、“东乡普法”等微信订阅号部分链接无法正常访问。")
    assert {"青溪人社", "青溪智慧城管", "东乡普法"} <= names(x, "Platform")


def test_a_subscription_account_is_named_without_its_channel(extractor):
    x = extractor.extract_text("青溪市信访局“青溪信访”微信订阅号，未提供有效互动功能。")
    assert "青溪信访" in names(x, "Platform")
    assert ("operates", "青溪市信访局", "青溪信访") in rels(x)


# -- 创建/构建: a body that creates or builds a platform runs it ------------------------------------------

def test_a_body_that_creates_or_builds_a_platform_operates_it(extractor):
    x = extractor.extract_text("青溪市市场监管局：创建放心肉智能交易监管平台，实现流转数据实时采集；"
                               "东乡县市场监管局：构建特种设备监管平台，实现风险管控。")
    assert {("operates", "青溪市市场监管局", "放心肉智能交易监管平台"),
            ("operates", "东乡县市场监管局", "特种设备监管平台")} <= rels(x)
    assert ("operates", "青溪市市场监管局", "特种设备监管平台") not in rels(x)


# -- whose decisions a clause follows, on what (…省政府数字政府建设决策部署) ------------------------------

def test_bodies_whose_decisions_on_a_topic_are_followed_carry_out_no_policy(extractor):
    x = extractor.extract_text("为贯彻落实党中央、国务院和省委、省政府数字政府建设决策部署，统筹推进我市数字政府建设，"
                               "根据《国务院关于加强数字政府建设的指导意见》，制定本规划。")
    assert not {r for r in rels(x) if r[0] == "implements"}


def test_a_body_that_carries_out_a_policy_still_implements_it(extractor):
    x = extractor.extract_text("青溪市数据局认真贯彻落实《青溪市公共数据管理办法》。")
    assert ("implements", "青溪市数据局", "青溪市公共数据管理办法") in rels(x)


# -- a verb of joining that closes its clause takes no object after the comma -----------------------------

def test_apps_integrated_in_a_clause_of_their_own_are_not_joined_to_each_other(extractor):
    x = extractor.extract_text("数字化改革应用基本实现“浙里办”、“浙政钉”整合接入，全市新增“浙里办”应用50个。")
    assert not {r for r in rels(x) if r[0] == "integratesWith"}
    y = extractor.extract_text("推动“苏康码”和“苏服码”融合，并与电子社保卡互通。")
    assert not {r for r in rels(y) if r[0] == "integratesWith" and "电子社保卡" in r}


def test_a_verb_of_joining_with_its_object_still_joins(extractor):
    x = extractor.extract_text("青溪市政务服务网已接入国家政务服务平台，实现一网通办。")
    assert ("integratesWith", "国家政务服务平台", "青溪市政务服务网") in rels(x)


# -- two equal rates of one subject in one sentence are two measures ----------------------------------------

def test_two_rates_of_one_value_in_a_sentence_are_both_kept(extractor):
    x = extractor.extract_text("青溪市公共资源交易中心完成交易271项，“不见面开标”占比100%，投标保证金退付率100%。")
    rates = [m for m in x.metrics if m.unit == "%"]
    assert len(rates) == 2 and all(m.value == 1.0 for m in rates)


def test_a_count_restated_is_still_one_fact(extractor):
    x = extractor.extract_text("青溪市政务服务中心全年办件12万件。青溪市政务服务中心全年办件12万件，群众满意。")
    assert [m.value for m in x.metrics] == [120000.0]


# -- a body named after 是 says what the subject is; a yearbook's 【heading】 does not hide the subject ------

def test_the_body_a_bureau_is_run_by_takes_none_of_its_staff_figures(extractor):
    x = extractor.extract_text("青溪市政务服务局2018年11月成立，是青溪市人民政府办公室管理的行政机构，"
                               "核定行政编制20名，事业编制30名，内设4个处室。")
    assert {("青溪市政务服务局", 20.0), ("青溪市政务服务局", 30.0), ("青溪市政务服务局", 4.0)} <= metrics(x)


def test_a_yearbooks_bracketed_heading_before_the_subject_still_lets_it_open_the_clause(extractor):
    x = extractor.extract_text("【概况】 青溪市政务服务局2018年11月成立，是青溪市人民政府办公室管理的行政机构，"
                               "核定行政编制20名。")
    assert ("青溪市政务服务局", 20.0) in metrics(x)


# -- a name listed before other examples and 等 is an example of what is counted ---------------------------

def test_a_platform_listed_with_unnamed_examples_before_deng_is_not_what_the_count_measures(extractor):
    x = extractor.extract_text("打造民生诉求智慧管理平台，整合12345热线、视频AI智能发现等近10类事件源，支持统一分拨。")
    assert ("民生诉求智慧管理平台", 10.0) in metrics(x)
    assert ("12345热线", 10.0) not in metrics(x)


# -- a national new area with no code of its own, before a body's name ------------------------------------

def test_a_new_areas_body_is_named_whole_and_placed_in_the_area(extractor):
    x = extractor.extract_text("贵安新区大数据发展管理局负责推进算力建设。")
    assert "贵安新区大数据发展管理局" in names(x, "Agency") and "贵安新区" in names(x, "Region")
    assert ("jurisdiction", "贵安新区大数据发展管理局", "贵安新区") in rels(x)


def test_the_corps_service_centre_is_the_corps_not_xinjiangs(extractor):
    x = extractor.extract_text("新疆生产建设兵团政务服务中心推进跨省通办。")
    assert "新疆生产建设兵团政务服务中心" in names(x, "Agency")
    assert "新疆维吾尔自治区" not in names(x, "Region")


def test_a_new_areas_body_listed_after_a_provincial_one_keeps_its_own_place(extractor):
    x = extractor.extract_text("省大数据局、贵安新区大数据局负责。")
    assert "贵安新区大数据局" in names(x, "Agency") and "省贵安新区大数据局" not in names(x, "Agency")


def test_a_department_named_once_for_each_of_a_list_opened_by_ge_is_no_one_body(extractor):
    x = extractor.extract_text("（责任单位：省大数据局，各市（州）、贵安新区数据管理部门）")
    assert not {n for n in names(x, "Agency") if n.endswith("数据管理部门")}
    assert "贵安新区" in names(x, "Region")


# -- a pilot free trade zone named the State Council's way is a zone of its province ------------------------

def test_a_free_trade_zone_is_a_zone_of_its_province_not_the_country(extractor):
    x = extractor.extract_text("赋予中国(辽宁)自由贸易试验区省级行政职权事项454项，其中行政许可141项。")
    assert "中国(辽宁)自由贸易试验区" in names(x, "Region") and "中国" not in names(x, "Region")
    assert ("partOf", "中国(辽宁)自由贸易试验区", "辽宁省") in rels(x)
    assert ("中国(辽宁)自由贸易试验区", 454.0) in metrics(x)


def test_an_area_of_a_free_trade_zone_is_named_whole(extractor):
    x = extractor.extract_text("中国（四川）自由贸易试验区成都天府新区片区推进改革。")
    assert "中国（四川）自由贸易试验区成都天府新区片区" in names(x, "Region")
    assert not {r for r in rels(x) if r[0] == "partOf" and r[2].startswith("中国（四川）")}


def test_a_bureau_listed_after_the_places_a_ge_list_opens_is_still_one_body(extractor):
    x = extractor.extract_text("组织各乡镇、县行政审批局开展业务培训。")
    assert "县行政审批局" in names(x, "Agency")
    y = extractor.extract_text("督促各县区、市行政审批局抓好落实。")
    assert "市行政审批局" in names(y, "Agency")


# -- what a review of the round's rules found they must not do ---------------------------------------------

def test_a_total_of_the_places_listed_is_not_each_ones(extractor):
    for text in ("宁波市、温州市全部183个乡镇实现便民服务中心全覆盖。", "贵阳市、遵义市都建有站点共56个。",
                 "南京市、无锡市日均办件合计3000件。", "广州市、佛山市都市圈人口3000万人。"):
        x = extractor.extract_text(text)
        first = text.split("、")[0]
        assert not {v for s, v in metrics(x) if s == first}, text


def test_a_joining_verb_closing_its_clause_still_joins_through_the_next_verb_of_the_same_subject(extractor):
    x = extractor.extract_text("江西政务服务网完成改版对接，并全面接入国家政务服务平台。")
    assert ("integratesWith", "国家政务服务平台", "江西政务服务网") in rels(x)
    y = extractor.extract_text("推动“皖事通”与国家政务服务平台深度对接，并将更多涉企服务纳入“皖企通”。")
    assert not {r for r in rels(y) if r[0] == "integratesWith" and "皖企通" in r}


def test_a_body_that_leads_then_builds_still_coordinates(extractor):
    x = extractor.extract_text("上海市大数据中心牵头，联合各部门建设“随申办”移动端。")
    assert ("coordinates", "上海市大数据中心", "随申办移动端") in rels(x)


def test_the_name_a_cleft_sentence_turns_to_takes_its_figures(extractor):
    x = extractor.extract_text("南京市政务服务网上线以来，全省访问量最大的，是“苏服办”APP，注册用户突破2000万人。")
    assert ("苏服办", 20000000.0) in metrics(x)


def test_creating_a_city_title_or_a_system_around_a_platform_runs_no_platform(extractor):
    for text in ("嘉兴市人民政府以创建全国文明城市为契机，依托“浙里办”APP推进掌上办事。",
                 "湖州市数据局构建以“浙里办”为总入口的移动政务服务体系。"):
        assert not {r for r in rels(extractor.extract_text(text)) if r[0] == "operates"}, text


def test_a_bodys_own_act_named_before_the_plan_it_follows_is_still_stated(extractor):
    x = extractor.extract_text("根据江苏省政务服务管理办公室建设“苏服办”的总体安排，南京市数据局开发“我的南京”APP。")
    assert ("operates", "江苏省政务服务管理办公室", "苏服办") in rels(x)


def test_a_grade_or_a_prize_is_no_list_of_examples(extractor):
    x = extractor.extract_text("厦门市政务服务网、移动端获评优秀等次，得分96.5分。")
    assert ("厦门市政务服务网", 96.5) in metrics(x)


def test_a_rate_said_again_in_other_words_is_one_fact(extractor):
    x = extractor.extract_text("昆明市政务服务事项网上可办率达100%，实现100%网上可办。")
    assert len(x.metrics) == 1


def test_service_numbers_and_an_accounts_menus_are_no_accounts(extractor):
    assert not names(extractor.extract_text("市民可拨打“12345”“12315”等服务号码反映诉求。"), "Platform")
    assert not names(extractor.extract_text("“办事指南”“政策解读”等订阅号菜单进行了优化。"), "Platform")


def test_a_place_short_name_inside_a_universitys_name_is_no_written_form_of_the_city(extractor):
    x = extractor.extract_text("中山市卫健局上线中山大学附属第一医院互联网医院平台。")
    assert "中山" not in aliases(x, "中山市")
