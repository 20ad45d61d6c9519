"""Kinds of wording found across twelve sets of real articles (240 pages, annotated apart from
the code), pooled by the kind of error rather than read page by page.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

import pytest

from govkg.loaders.resources import load_resources

from .test_extract import rels
from .test_extract_wording import all_names, metrics


# -- whose figure: the report a hotline or a service centre gives of itself ----------------------

def test_a_hotline_bulletin_goes_on_in_sentences_that_name_nothing(extractor):
    x = extractor.extract_text("滨江市12345政务服务便民热线本月共受理群众诉求8200件，办结率98.5%。"
                               "其中咨询类3100件，占比37.8%；投诉类2400件。\n"
                               "二、热点问题\n"
                               "1. 交通出行类760件，主要涉及公交线路调整。\n"
                               "2. 住房保障类540件，主要涉及物业服务。")
    found = metrics(x)
    hotline = next(e.name for e in x.entities if "热线" in e.name)
    assert {(hotline, 760.0), (hotline, 540.0), (hotline, 2400.0)} <= found


def test_a_service_centre_report_goes_on_in_sentences_that_name_nothing(extractor):
    x = extractor.extract_text("溪南县政务服务中心全年共办理各类事项12.6万件，按时办结率99.9%。"
                               "截至目前，进驻窗口46个，窗口工作人员86名。"
                               "累计收到有效评价3297条，好评率100%。")
    centre = next(e.name for e in x.entities if e.name.endswith("政务服务中心"))
    assert {(centre, 46.0), (centre, 86.0), (centre, 3297.0)} <= metrics(x)


def test_figures_that_name_nothing_are_not_given_to_a_body_that_counts_no_cases(extractor):
    # a data bureau's news: a sentence that names nothing is not known to be the bureau's (after one that
    # gave the bureau's own figures it goes on counting for it: pipeline._goes_on)
    x = extractor.extract_text("梅岭市数据资源局召开年度工作会议，部署数据归集工作。"
                               "全年新增数据目录260个。")
    assert not any(value == 260.0 for _, value in metrics(x))


def test_a_sentence_that_names_its_own_body_keeps_it(extractor):
    x = extractor.extract_text("溪南县政务服务中心全年共办理各类事项12.6万件，按时办结率99.9%。"
                               "溪南县人民政府网站全年发布信息1800条。")
    assert ("溪南县人民政府网站", 1800.0) in metrics(x)
    assert not any(value == 1800.0 and "中心" in name for name, value in metrics(x))


# -- whose figure: 全县 / 本区 in a county's or district's own page -------------------------------

def test_the_whole_county_or_district_is_the_page_own_county(extractor):
    x = extractor.extract_text("安平县政务服务中心启用“好差评”系统。安平县各部门积极响应。\n"
                               "2023年，全县共累计收到企业和群众评价约8.6万次，满意率达99.9%。")
    assert ("安平县", 86000.0) in metrics(x)
    y = extractor.extract_text("成都市武侯区行政审批局推进“一网通办”。武侯区各街道设立帮办窗口。\n"
                               "目前，全区依申请类政务服务事项900余项开通网上办理。")
    assert ("武侯区", 900.0) in metrics(y)


def test_the_whole_city_hotline_is_the_hotline_not_the_city(extractor):
    x = extractor.extract_text("海宁市12345政务服务便民热线发布年度报告。海宁市共有成员单位63家。\n"
                               "2023年全市12345共为企业群众提供服务12.7万件。")
    assert ("海宁市", 127000.0) not in metrics(x)


# -- evaluations named without 《》 --------------------------------------------------------------

def test_an_evaluation_a_place_is_ranked_in_is_a_report(extractor):
    x = extractor.extract_text("在全国重点城市一体化政务服务能力评估中，珠海市位列第三。")
    assert "全国重点城市一体化政务服务能力评估" in all_names(x, "Report")
    assert ("evaluates", "全国重点城市一体化政务服务能力评估", "珠海市") in rels(x)


def test_an_evaluation_commissioned_by_a_body_is_named_after_de(extractor):
    x = extractor.extract_text("在国务院办公厅委托开展的省级政府网上政务服务能力第三方评估中，云南连续两年进入全国前十。")
    assert "省级政府网上政务服务能力第三方评估" in all_names(x, "Report")


def test_the_results_of_an_evaluation_are_not_part_of_its_name(extractor):
    x = extractor.extract_text("中国软件评测中心日前发布2021中国数字政府服务能力暨第二十届政府网站绩效评估结果，"
                               "海南省政府门户网站排名全国第五。")
    assert "2021中国数字政府服务能力暨第二十届政府网站绩效评估" in all_names(x, "Report")
    y = extractor.extract_text("“2020数字政府建设峰会暨第十九届中国政府网站绩效评估结果发布会”在京举办。")
    assert "第十九届中国政府网站绩效评估" in all_names(y, "Report")


def test_an_organization_opening_an_evaluation_name_is_named_too(extractor):
    x = extractor.extract_text("在联合国电子政务调查中，我国在线服务指数位居全球前列。")
    assert "联合国电子政务调查" in all_names(x, "Report")
    assert "联合国" in all_names(x, "Organization")


def test_evaluation_words_that_name_no_evaluation(extractor):
    x = extractor.extract_text("在开展政府网站评估中发现，部分网站长期未更新。《报告》中的省级数字政府发展指数评估结果显示，"
                               "浙江位居第一。凉山州政府网站在地市网站评估结果中位列第四。")
    assert not all_names(x, "Report") & {"开展政府网站评估", "省级数字政府发展指数评估", "地市网站评估"}


# -- a report's ranking ------------------------------------------------------------------------

def test_a_long_ranking_after_a_report_is_still_the_report(extractor):
    lines = ["第九届中国政府网站绩效评估结果发布会在京召开", "评估结果如下：", "1.部委网站。"]
    lines += [f"({i})第{i}组部委网站：前三名是商务部、交通运输部、财政部。" for i in range(1, 9)]
    lines += ["2.省级网站。前三名是：北京市、上海市/广东省、四川省。"]
    x = extractor.extract_text("\n".join(lines))
    assert {("evaluates", "第九届中国政府网站绩效评估", "北京市"),
            ("evaluates", "第九届中国政府网站绩效评估", "四川省")} <= rels(x)


def test_the_first_place_won_in_an_evaluation_and_places_written_with_their_province(extractor):
    x = extractor.extract_text("会上发布了2016年县级政府门户网站绩效评估结果。其中，浙江省杭州市西湖区获得了"
                               "2016年县级政府门户网站绩效评估的第一名，广东省佛山市南海区、江苏省苏州市吴江区分列二、三位。")
    found = metrics(x)
    assert {("西湖区", 1.0), ("南海区", 2.0), ("吴江区", 3.0)} <= found
    assert not {("广东省", 2.0), ("佛山市", 2.0), ("苏州市", 3.0), ("江苏省", 3.0)} & found
    assert ("evaluates", "2016年县级政府门户网站绩效评估", "南海区") in rels(x)


# -- platforms -------------------------------------------------------------------------------

def test_a_named_mailbox_is_a_platform_a_described_one_is_not(extractor):
    x = extractor.extract_text("柳州市搭建了市委书记信箱、市长信箱和12345热线等渠道，并整合网上信箱、网民留言等功能。")
    names = all_names(x, "Platform")
    assert {"市委书记信箱", "市长信箱"} <= names
    assert "网上信箱" not in names


def test_a_tier_of_sites_is_not_a_platform(extractor):
    x = extractor.extract_text("凉山州政府网站在地市网站评估结果中位列第四，成都市政府网站在副省级城市网站和省会城市网站评估结果中表现突出。")
    assert not all_names(x, "Platform") & {"地市网站", "副省级城市网站", "省会城市网站"}
    assert ("凉山州政府网站", 4.0) in metrics(x)


def test_a_city_app_named_with_a_letter_before_the_city(extractor):
    x = extractor.extract_text("西安市依托i西安APP和西安政务服务网开展评价。")
    assert {"i西安APP", "西安政务服务网"} <= all_names(x, "Platform")
    assert ("serves", "i西安APP", "西安市") in rels(x)


# -- bodies acting together --------------------------------------------------------------------

def test_bodies_that_host_an_event_together_each_cooperate_with_every_other(extractor):
    x = extractor.extract_text("本届峰会由国家信息中心、福建省人民政府和中国电子学会主办。")
    found = rels(x)
    assert {("cooperatesWith", "国家信息中心", "福建省人民政府"), ("cooperatesWith", "国家信息中心", "中国电子学会"),
            ("cooperatesWith", "福建省人民政府", "中国电子学会")} <= found | {(t, b, a) for t, a, b in found}


def test_a_university_with_another_body_publishes_a_report_jointly(extractor):
    x = extractor.extract_text("近日，同济大学联合国家信息中心数字中国研究院发布了《2023中国城市数据治理报告》。")
    assert {"同济大学", "国家信息中心数字中国研究院"} <= all_names(x)
    assert not any("联合" in n for n in all_names(x))
    found = rels(x)
    assert {("publishedBy", "2023中国城市数据治理报告", "同济大学"),
            ("publishedBy", "2023中国城市数据治理报告", "国家信息中心数字中国研究院")} <= found


# -- figures of places listed -------------------------------------------------------------------

def test_a_figure_of_places_listed_and_counted_is_each_ones(extractor):
    x = extractor.extract_text("全省抽查合格率为95.1%。扬州、镇江、宿迁3市抽查合格率为100%，其中扬州连续两个季度满分。"
                               "淮安、连云港两市合格率分别只有84.2%、83.6%。")
    found = metrics(x)
    assert {("扬州市", 1.0), ("镇江市", 1.0), ("宿迁市", 1.0), ("淮安市", 0.842), ("连云港市", 0.836)} <= found
    assert ("连云港市", 0.842) not in found


def test_places_closed_by_dengdi_are_what_the_figure_measures_even_over_wrapped_lines(extractor):
    x = extractor.extract_text("国务院部门网站抽查合格率为98.5%；天津、\n吉林、\n宁夏等地政府网站抽查合格率达 100%。")
    assert {("天津市", 1.0), ("吉林省", 1.0), ("宁夏回族自治区", 1.0)} <= metrics(x)


# -- units -----------------------------------------------------------------------------------

def test_areas_and_measured_durations_are_figures_promises_are_not(extractor):
    x = extractor.extract_text("柳南区政务服务中心办公面积8600余平米，总建筑面积1.1万平方米。"
                               "柳南区政务服务中心承诺件平均办结时长1.78天，实行365天不打烊服务。")
    units = {(m.value, m.unit) for m in x.metrics}
    assert {(8600.0, "平米"), (11000.0, "平方米"), (1.78, "天")} <= units
    assert not any(v == 365.0 for v, _ in units)


# -- what a document handed out rests on ---------------------------------------------------------

def test_a_notice_hands_out_a_plan_that_rests_on_the_provinces(extractor):
    x = extractor.extract_text("台州市数据局关于印发《台州市2026年数据工作要点》的通知\n"
                               "各县市区数据管理部门：\n"
                               "为贯彻落实全省数据工作会议精神及《浙江省2026年数据工作要点》等文件精神，结合我市实际，"
                               "特制定《台州市2026年数据工作要点》，请认真组织实施。")
    assert ("basedOn", "台州市2026年数据工作要点", "浙江省2026年数据工作要点") in rels(x)


def test_a_plan_handed_out_rests_on_what_its_text_cites_by_issuer(extractor):
    x = extractor.extract_text("各委、办、局：\n"
                               "《2026年黄浦区政务服务工作要点》已经区委、区人民政府同意，现印发给你们，请认真贯彻执行。\n"
                               "为持续优化营商环境，根据市政府办公厅印发的《2026年上海市政务服务工作要点》，紧密结合本区实际，"
                               "制定本工作要点。")
    assert ("basedOn", "2026年黄浦区政务服务工作要点", "2026年上海市政务服务工作要点") in rels(x)


def test_zhiding_written_with_ding_of_revise_issues_a_document_too(extractor):
    x = extractor.extract_text("今年初，厦门市制订了《厦门市政务服务“好差评”实施办法(试行)》，明确评价渠道。")
    assert any(t == "issuedBy" and b == "厦门市" for t, _, b in rels(x))


def test_places_a_report_selects_as_cases_are_featured_in_it(extractor):
    x = extractor.extract_text("《中国城市数字治理报告(2025)》近日发布。报告选取了南京、武汉、成都等在数字治理方面成效突出的城市作为典型案例。")
    found = rels(x)
    assert {("features", "中国城市数字治理报告(2025)", "南京市"), ("features", "中国城市数字治理报告(2025)", "成都市")} <= found


# -- counties by their short names ------------------------------------------------------------

def test_counties_listed_by_short_name_before_a_county_word_are_places(extractor):
    x = extractor.extract_text("目前网站已开放市级单位及鹿城、乐清、永嘉等县(市、区)的数据集。杭州市余杭、萧山两区率先试点。")
    regions = all_names(x, "Region")
    assert {"鹿城区", "乐清市", "永嘉县", "余杭区", "萧山区"} <= regions


def test_a_list_of_ordinary_words_is_no_list_of_counties(extractor):
    x = extractor.extract_text("推进政务服务、数据共享、平阳等工作。全面推进永嘉、文明、和谐等县域建设。")
    assert not all_names(x, "Region") & {"平阳县", "永嘉县"}


def test_a_count_of_things_is_no_platform_but_a_place_led_name_is(extractor):
    x = extractor.extract_text("上海市加快建设“两张网”，构建三大平台和“三中心一平台”，推行“一个号码”服务。"
                               "山西省推广“三晋通”APP，四川省升级四川政务服务网。")
    names = all_names(x, "Platform")
    assert not names & {"两张网", "三大平台", "三中心一平台", "一个号码"}
    assert {"三晋通", "四川政务服务网"} <= names


def test_a_quoted_rating_scheme_is_the_system_named_after_it(extractor):
    x = extractor.extract_text("我区升级改造“好差评”系统，全部政务服务事项纳入“好差评”范围，并完善“好差评”机制。")
    names = all_names(x, "Platform")
    assert any("好差评系统" == n for n in names)
    assert "好差评" not in {e.name for e in x.entities}


def test_a_channel_kind_alone_names_no_platform(extractor):
    x = extractor.extract_text("市民可通过手机APP、微信公众号和手机客户端办理，也可登录“i厦门”APP。")
    names = all_names(x, "Platform")
    assert not names & {"手机APP", "微信公众号", "手机客户端"}
    assert any("i厦门" in n for n in names)


def test_the_state_councils_departments_as_a_class_are_not_the_state_council(extractor):
    x = extractor.extract_text("国家政务服务平台联通32个地区和46个国务院部门，对外提供国务院部门1142项服务。")
    assert "国务院" not in all_names(x, "Agency")
    y = extractor.extract_text("国务院印发《关于加快推进全国一体化在线政务服务平台建设的指导意见》。")
    assert "国务院" in all_names(y, "Agency")


def test_the_xinjiang_production_corps_is_a_region_of_its_own(extractor):
    x = extractor.extract_text("全国31个省(自治区、直辖市)和新疆生产建设兵团均已接入国家政务服务平台。")
    regions = all_names(x, "Region")
    assert "新疆生产建设兵团" in regions
    assert "新疆维吾尔自治区" not in regions
    corps = next(e for e in x.entities if e.name == "新疆生产建设兵团")
    assert corps.region_code is None     # no GB/T 2260 code is made up for it


# -- dates ----------------------------------------------------------------------------------

def test_a_pages_written_on_field_dates_the_document_it_names(extractor):
    x = extractor.extract_text("索引号： | 11350000/2019-00123 | 分类： | 通知 |\n"
                               "发布机构： | 福建省人民政府办公厅 | 成文日期： | 2019-03-08 | 发布日期： | 2019-03-12 |\n"
                               "名称： | 福建省人民政府办公厅关于印发福建省数字政府建设工作方案的通知 |\n"
                               "各市、县（区）人民政府：\n"
                               "《福建省数字政府建设工作方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。")
    dates = {(x.entity(d.subject).name, d.property, d.value) for d in x.dates}
    assert ("福建省数字政府建设工作方案", "issueDate", "2019-03-08") in dates
    assert not any(v == "2019-03-12" for _, _, v in dates)     # the day the page went up dates nothing


# -- groups named after a programme ------------------------------------------------------------

def test_a_group_named_after_a_quoted_programme_is_a_body(extractor):
    x = extractor.extract_text("芜湖市成立“数字芜湖”建设工作领导小组，组建“智慧芜湖”建设工作专项推进组。"
                               "市“效能提升工程”领导小组办公室印发通知。")
    bodies = {n.replace("“", "").replace("”", "") for n in all_names(x, "Agency")}
    assert {"数字芜湖建设工作领导小组", "智慧芜湖建设工作专项推进组"} <= bodies
    assert any(n.endswith("效能提升工程领导小组办公室") for n in bodies)
    y = extractor.extract_text("各地要把“一网通办”工作组织好。")
    assert not all_names(y, "Agency")


def test_a_places_hotline_named_by_the_place_and_its_number(extractor):
    x = extractor.extract_text("从各地看，江阴12345受理来电来件12346个，宜兴12345受理8595个。只要拨打12345即可。")
    found = metrics(x)
    assert {("江阴12345", 12346.0), ("宜兴12345", 8595.0)} <= found
    assert "12345" not in all_names(x, "Platform")


def test_a_county_level_citys_own_bodies_are_its_own(extractor):
    x = extractor.extract_text("义乌市深化政务服务改革。义乌市各部门积极响应。\n"
                               "今年以来，市行政审批局牵头梳理惠企政策58条。全市网上可办率达99%。")
    assert "义乌市行政审批局" in all_names(x, "Agency")
    assert "金华市行政审批局" not in all_names(x, "Agency")
    assert ("义乌市", 0.99) in metrics(x)


def test_a_platform_named_only_by_the_title_of_its_rules(extractor):
    x = extractor.extract_text("2019年9月，洛阳市出台《洛阳市政务云管理暂行办法》，同时配套出台《洛阳市政务大厅管理细则》。")
    names = all_names(x, "Platform")
    assert "洛阳市政务云" in names
    assert not any("大厅" in n for n in names)
    assert ("serves", "洛阳市政务云", "洛阳市") in rels(x)


# -- reports in quotes, documents published together, media ---------------------------------------

def test_a_quoted_index_is_a_report_published_with_the_report_beside_it(extractor):
    x = extractor.extract_text("近日，复旦大学数字与移动治理实验室发布“2024中国开放数林指数”和《中国地方公共数据开放利用报告》。"
                               "杭州市位居“2023中国数字城市百强”第五位。")
    assert {"2024中国开放数林指数", "2023中国数字城市百强"} <= all_names(x, "Report")
    found = rels(x)
    assert {("publishedBy", "2024中国开放数林指数", "复旦大学数字与移动治理实验室"),
            ("publishedBy", "中国地方公共数据开放利用报告", "复旦大学数字与移动治理实验室")} <= found


def test_news_outlets_are_organizations(extractor):
    x = extractor.extract_text("据人民网报道，该市还办理了人民网给市长的留言16件。新华网、光明日报也作了报道。")
    assert {"人民网", "新华网", "光明日报社"} <= all_names(x, "Organization")


def test_places_joined_by_he_in_a_run_of_ranks_are_tied_where_the_count_says_so(extractor):
    x = extractor.extract_text("《2021年省级政府网站评估报告》发布。前三名是：上海市、北京市、浙江省。"
                               "四至七名是湖南省和湖北省、云南省、陕西省和甘肃省、河北省。")
    found = metrics(x)
    assert {("湖南省", 4.0), ("湖北省", 4.0), ("云南省", 5.0), ("陕西省", 6.0), ("甘肃省", 6.0), ("河北省", 7.0)} <= found


def test_the_top_places_of_a_kind_given_in_turn_after_fenbie_wei(extractor):
    x = extractor.extract_text("研究中心发布《2016年地市政府网上服务能力评估报告》。报告显示，总体排名前五位的城市分别为："
                               "深圳、广州、佛山、东莞和珠海。")
    found = metrics(x)
    assert {("深圳市", 1.0), ("广州市", 2.0), ("佛山市", 3.0), ("东莞市", 4.0), ("珠海市", 5.0)} <= found
    assert ("evaluates", "2016年地市政府网上服务能力评估报告", "佛山市") in rels(x)


def test_the_portal_of_the_pages_own_government_named_by_its_level(extractor):
    x = extractor.extract_text("平城区政务公开办发布通报。3月1日至3月31日，区政府网站公开信息590条，其中动态要闻类235条。")
    assert "区政府网站" in all_names(x, "Platform")
    assert ("区政府网站", 590.0) in metrics(x)


def test_a_sites_breadcrumb_is_no_document_title(extractor):
    x = extractor.extract_text("范文网>范文大全>工作总结>政务工作总结\n\n市政务服务中心2022年度总结\n\n今年以来，中心共办理业务12万件。")
    assert not any(">" in n for n in all_names(x))


def test_an_index_value_written_after_the_index(extractor):
    x = extractor.extract_text("报告显示，2022年中国的在线服务指数是0.8876，为“非常高水平”。")
    assert ("中国", 0.8876) in metrics(x)
    y = extractor.extract_text("该市的综合指数是第一梯队。")
    assert not metrics(y)


# -- a user's own dictionaries ------------------------------------------------------------------

def test_a_users_dictionary_with_a_wrong_header_names_the_file_and_the_column(tmp_path):
    (tmp_path / "special_regions.tsv").write_text("nome\talias\n新疆生产建设兵团\t兵团\n", encoding="utf-8")
    resources = load_resources(tmp_path, use_ner=False)
    with pytest.raises(ValueError, match=r"special_regions\.tsv.*name"):
        resources.special_regions
    assert "联合国" in resources.organizations      # the files the folder does not hold are govkg's own
