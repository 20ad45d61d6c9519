"""Kinds of wording found in a twenty-third round of real pages (business-environment services;
transport, water, emergency, natural-resources and housing platforms; work reports and digital-economy
summaries), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording import metrics


# -- places under the names they had before ------------------------------------------------------------

def test_an_abolished_county_is_a_region_under_its_old_name(extractor):
    x = extractor.extract_text("2012年，毕节市黔西县深化审批改革，黔西县政务服务中心全年办件量3.2万件，崇文区也开通了网上大厅。")
    assert {"黔西县", "崇文区"} <= names(x, "Region")
    assert ("partOf", "黔西县", "毕节市") in rels(x)
    assert ("黔西县政务服务中心", 32000.0) in metrics(x)


def test_a_renamed_city_is_the_city_it_became(extractor):
    x = extractor.extract_text("2009年，襄樊市行政服务中心开通网上审批系统。")
    region = next(e for e in x.entities if e.type == "Region")
    assert (region.name, region.region_code) == ("襄阳市", "420600")
    assert "襄樊市" in region.aliases


def test_a_generic_name_of_an_old_edition_is_no_region(extractor):
    x = extractor.extract_text("市区和新区的便民服务中心全部开通，县城也已覆盖。")
    assert not names(x, "Region") & {"市区", "新区", "县"}


# -- what a plan rests on --------------------------------------------------------------------------------

def test_a_plan_rests_on_documents_a_department_sent_down(extractor):
    x = extractor.extract_text("市局根据省厅下发的《智慧水利建设三年行动计划（2022—2024年）》等系列文件，"
                               "研究制定了《某市智慧水利行动计划（2022-2024）》，现印发给你们。")
    assert ("basedOn", "某市智慧水利行动计划（2022-2024）", "智慧水利建设三年行动计划（2022—2024年）") in rels(x)


def test_a_plan_made_here_to_carry_out_a_departments_plans(extractor):
    x = extractor.extract_text("扬州市水利局关于印发扬州市智慧水利行动计划（2022-2024）的通知\n"
                               "现将《扬州市智慧水利行动计划（2022-2024）》印发给你们，请认真落实。\n"
                               "为加快落实省厅《智慧水利建设三年行动计划（2022-2024年）》、《数字孪生流域建设方案》等要求，"
                               "结合我市实际，特制定本行动计划。")
    assert {("basedOn", "扬州市智慧水利行动计划（2022-2024）", "智慧水利建设三年行动计划（2022-2024年）"),
            ("basedOn", "扬州市智慧水利行动计划（2022-2024）", "数字孪生流域建设方案")} <= rels(x)


def test_a_plan_made_to_put_a_plan_into_practice(extractor):
    x = extractor.extract_text("水利部办公厅关于印发推进智慧水利发展行动计划（2020—2022年）的通知\n"
                               "现将《推进智慧水利发展行动计划（2020—2022年）》印发给你们，请认真落实。\n"
                               "为加快推进实施《水利信息化“十三五”发展规划》，明确近期重点任务，特制订本行动计划。")
    assert ("basedOn", "推进智慧水利发展行动计划（2020—2022年）", "水利信息化“十三五”发展规划") in rels(x)


def test_one_title_with_two_dashes_between_its_years_is_one_document(extractor):
    x = extractor.extract_text("根据《智慧水利建设三年行动计划（2022—2024年）》，制定本方案。"
                               "各地要对照《智慧水利建设三年行动计划（2022-2024年）》抓好落实。")
    assert len([n for n in names(x, "Policy") if n.startswith("智慧水利建设三年行动计划")]) == 1


# -- a round-up's section on one place ---------------------------------------------------------------------

def test_figures_after_a_sentence_opening_on_a_place_are_that_places(extractor):
    x = extractor.extract_text("二、成都市\n2023年，成都市数字经济持续壮大。全年数字经济核心产业增加值达到3080.5亿元，"
                               "占地区生产总值的比重为14.1%。")
    assert {("成都市", 308050000000.0), ("成都市", 0.141)} <= metrics(x)


def test_a_heading_or_a_breadcrumb_on_a_place_gives_no_place_to_what_follows(extractor):
    x = extractor.extract_text("四川新闻网 > 即时新闻。\n首批试点地区已办理婚姻登记4860对。")
    assert ("四川省", 4860.0) not in metrics(x)


def test_places_counted_by_example_are_not_the_place_before(extractor):
    x = extractor.extract_text("2023年，四川省数据工作稳步推进。成都、绵阳等12个市还设立了数据发展中心。")
    assert ("四川省", 12.0) not in metrics(x)


def test_an_index_of_the_country_rising_to_a_value(extractor):
    x = extractor.extract_text("2015-2022年，中国数字经济发展指数由1000上升至4823.75，年复合增长率25.2%。")
    assert {("中国", 4823.75), ("中国", 0.252)} <= metrics(x)
    y = extractor.extract_text("中国数字政府发展指数报告显示，成都市得分为88.5。")
    assert "中国" not in names(y, "Region")


# -- a size or a cost written before what it is of ---------------------------------------------------------------

def test_a_size_before_a_centres_name_is_the_centres(extractor):
    x = extractor.extract_text("2022年5月，面积约8000平方米的赣州市民中心对外开放。")
    assert ("赣州市民中心", 8000.0) in metrics(x)


def test_an_investment_that_built_a_system_is_the_systems(extractor):
    x = extractor.extract_text("宝鸡市城市管理局投资约650万元建成了宝鸡市智慧城管平台，接入视频监控点位1200个。")
    assert ("宝鸡市智慧城管平台", 6500000.0) in metrics(x)
    y = extractor.extract_text("该区投资120万元的智慧停车管理系统已试运行。")
    assert ("智慧停车管理系统", 1200000.0) in metrics(y)


def test_a_count_of_places_before_a_name_is_not_the_names(extractor):
    x = extractor.extract_text("全省21个市的政务服务中心全部完成改造。")
    assert not any(name == "政务服务中心" for name, _ in metrics(x))


# -- a system's name with work done on a quoted thing -----------------------------------------------------------

def test_a_system_named_for_the_work_on_a_quoted_map(extractor):
    x = extractor.extract_text("德阳市国土空间规划“一张图”实施监督信息系统已通过省厅评定。")
    assert "德阳市国土空间规划“一张图”实施监督信息系统" in names(x, "Platform")
    assert ("serves", "德阳市国土空间规划“一张图”实施监督信息系统", "德阳市") in rels(x)


def test_a_count_of_subsystems_names_no_platform(extractor):
    x = extractor.extract_text("应急指挥平台有5个子系统，每个大系统内都含有若干个子系统。")
    assert not {n for n in names(x, "Platform") if n.startswith("个")}


# -- a body the model read with the verb before it ------------------------------------------------------------

def test_a_party_department_after_a_verb_glued_to_it(extractor):
    x = extractor.extract_text("省人社厅2023年5月联合省委组织部、省财政厅等部门，推出“人才服务一件事”。")
    assert {"省委组织部", "省财政厅"} <= names(x, "Agency")
    assert ("cooperatesWith", "省人社厅", "省委组织部") in rels(x) or ("cooperatesWith", "省委组织部", "省人社厅") in rels(x)


# -- the review's cases: where each rule must not fire ------------------------------------------------------------

def test_an_old_places_name_inside_todays_words_is_no_place(extractor):
    for text in ("今年新建县级政务服务中心3个。", "面向山区群众提供帮办服务。", "萧山市场主体登记实现全程网办。",
                 "重点推进江东区块开发建设。", "推进浦江东区数字化转型。", "长寿县域内建成5G基站300个。",
                 "我县是典型的山区丘陵县。", "九江县区两级政务服务中心全部建成。"):
        x = extractor.extract_text(text)
        assert not names(x, "Region") & {"新建县", "向山区", "萧山市", "江东区", "长寿县", "陵县", "九江县"}, text
    y = extractor.extract_text("郑州航空港经济综合实验区政务服务中心启用。")
    assert "郑州市" in names(y, "Region")
    z = extractor.extract_text("江西省南昌市新建县人民政府办公室印发通知。")
    assert ("partOf", "新建县", "南昌市") in rels(z)


def test_a_verb_after_a_quote_that_follows_a_verb_starts_no_name(extractor):
    x = extractor.extract_text("依托“一网统管”运行城市运行管理平台，实现高效处置。")
    assert "城市运行管理平台" in names(x, "Platform")


def test_a_companys_a_projects_or_a_targets_figures_are_not_the_places(extractor):
    for text in ("该公司全年营业收入达到12亿元。", "该项目预计总投资30亿元。", "数据显示，全国平均水平为35%。",
                 "会议强调，到2025年数字经济核心产业增加值占GDP比重达到15%。", "全年累计受理群众诉求1200万件，解决率93%。"):
        x = extractor.extract_text("2022年，成都市数字经济持续壮大。" + text)
        assert not any(name == "成都市" for name, _ in metrics(x)), text


def test_what_others_are_told_to_carry_out_is_no_basis(extractor):
    x = extractor.extract_text("省政府印发《数字政府建设规划》，要求各地加快推进实施《政务数据共享管理办法》。")
    assert not any(r[0] == "basedOn" for r in rels(x))


def test_what_a_list_of_buildings_cost_is_no_one_buildings(extractor):
    x = extractor.extract_text("县财政投资约500万元建成县政务服务中心、县档案馆等5个场馆。")
    assert not any(value == 5000000.0 for _, value in metrics(x))
