"""Kinds of wording found in a fourteenth round of real pages (the thirteenth round's unread sets:
12345 reports, county service centres, provincial apps, disclosure reports, cross-region
agreements), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording_thirteenth import figures


# -- a yearly work report named without 《》 where it is published --------------------------------------

def test_a_published_yearly_report_is_named_with_its_place(extractor):
    x = extractor.extract_text("依据《政府信息公开条例》有关要求，现公布丽江市2023年政府信息公开工作年度报告。")
    assert "丽江市2023年政府信息公开工作年度报告" in names(x, "Report")


def test_a_published_yearly_report_is_named_with_its_body_and_by_it(extractor):
    x = extractor.extract_text("结合工作实际，编制并向社会公布永胜县数据局2019年度政府信息公开报告。")
    assert "永胜县数据局2019年度政府信息公开报告" in names(x, "Report")
    assert "永胜县数据局" in names(x, "Agency")


def test_a_yearly_report_in_the_news_is_named_without_its_publisher(extractor):
    x = extractor.extract_text("日前，云南省人民政府正式向社会发布2021年政府信息公开工作年度报告。报告显示，全年公开文件215件。")
    assert "2021年政府信息公开工作年度报告" in names(x, "Report")
    assert ("publishedBy", "2021年政府信息公开工作年度报告", "云南省人民政府") in rels(x)


def test_words_of_the_sentence_do_not_open_the_reports_title(extractor):
    x = extractor.extract_text("本年报是由丽江市营商局编制的2022年度政府信息公开工作报告。")
    assert "2022年度政府信息公开工作报告" in names(x, "Report")
    assert not any(n.startswith(("由", "的", "丽江市营商局编制")) for n in names(x, "Report"))


def test_a_year_and_a_report_with_no_publishing_make_no_title(extractor):
    x = extractor.extract_text("2023年政府信息公开工作年度报告编制工作已于一月启动，各单位要按时报送材料。")
    assert not names(x, "Report")


def test_the_yearly_report_named_in_the_text_is_the_pages_own(extractor):
    x = extractor.extract_text("丽江市营商局2022年政府信息公开工作年度报告\n"
                               "本报告由丽江市营商局编制的2022年度政府信息公开工作报告全文组成。\n"
                               "一、总体情况\n2022年，我局通过门户网站发布信息460条。")
    assert len(names(x, "Report")) == 1


def test_a_reports_author_in_its_title_is_what_our_centre_is(extractor):
    x = extractor.extract_text("依据有关要求，特向社会公布丽江市政务服务中心2021年政府信息公开工作年度报告。\n"
                               "如有疑问，请与丽江市政务服务中心办公室联系。\n"
                               "2021年，我中心通过门户网站发布政务信息320条。")
    assert figures(x).get(320) == "丽江市政务服务中心"


def test_a_cited_rules_provisions_designate_no_authority(extractor):
    x = extractor.extract_text("丽江市营商局2022年政府信息公开工作年度报告\n"
                               "按照《中华人民共和国政府信息公开条例》等有关规定，丽江市营商局编写了本报告。")
    assert not any(r[0] == "designatesAuthority" for r in rels(x))


def test_a_rule_that_lays_down_who_acts_still_designates_it(extractor):
    x = extractor.extract_text("《丽江市政务数据管理办法》规定由丽江市营商局负责全市政务数据的统筹管理。")
    assert ("designatesAuthority", "丽江市政务数据管理办法", "丽江市营商局") in rels(x)


# -- a place in a sentence after a clause setting the scene ---------------------------------------------

def test_a_place_after_a_scene_setting_clause_builds_what_it_launches(extractor):
    x = extractor.extract_text("作为数字化改革的成果之一，昆明市于今年5月上线了“春城办”移动政务服务APP。")
    assert ("serves", "春城办", "昆明市") in rels(x)


def test_a_clause_naming_another_place_first_gives_it_nothing(extractor):
    x = extractor.extract_text("作为大理市的经验，昆明市于今年5月上线了“春城办”移动政务服务APP。")
    assert ("serves", "春城办", "大理市") not in rels(x)


# -- an inspection bulletin's counts of running sites are its place's -----------------------------------

def test_a_bulletins_running_sites_are_the_place_its_title_opens_on(extractor):
    title = "曲靖市2024年第二季度政府网站与政务新媒体检查情况"
    x = extractor.extract_text(f"{title}\n一、总体情况\n截至6月底，全市共有正在运行的政府网站41个，政务新媒体352个。"
                               "本次抽查了政府网站41个，总体合格率97.6%。")
    got = figures(x)
    assert got.get(352) == "曲靖市"
    assert got.get(0.976) == "曲靖市"


def test_how_many_sites_a_bulletin_checked_is_its_own_count(extractor):
    title = "云南省人民政府办公厅关于2024年第二季度全省政府网站抽查情况的通报"
    x = extractor.extract_text(f"{title}\n各州、市人民政府：\n第二季度共抽查了全省政府网站215个，占网站总数的36.2%。")
    got = figures(x)
    assert got.get(215) == title
    assert got.get(0.362) == "云南省"


def test_a_national_bulletins_figures_are_the_countrys(extractor):
    title = "2024年第一季度全国政府网站抽查情况的通报"
    x = extractor.extract_text(f"{title}\n截至3月底，全国正在运行的政府网站13586个。")
    assert figures(x).get(13586) == "中国"


# -- what is put into a platform is counted for it, whoever put it there --------------------------------

def test_services_put_into_a_branch_are_the_branchs_count(extractor):
    x = extractor.extract_text("依托“皖事通”平台，将社保、医保、公积金等260项服务事项纳入“皖事通”芜湖分厅。")
    assert figures(x).get(260) == "皖事通芜湖分厅"


def test_a_count_with_no_platform_after_it_stays_the_platforms(extractor):
    x = extractor.extract_text("“皖事通”平台已上线服务事项260项，覆盖全省各市。")
    assert figures(x).get(260) == "皖事通"


# -- what a launching verb opens is what went live -------------------------------------------------------

def dated(x) -> set[tuple[str, str, str]]:
    names = {e.key: e.name for e in x.entities}
    return {(names[d.subject], d.property, d.value) for d in x.dates}


def test_two_lines_opening_a_third_date_the_third(extractor):
    x = extractor.extract_text("2021年5月20日，如皋12345与省12345平台同步开通“企业通”服务热线，为企业答疑解难。")
    got = dated(x)
    assert any(n.startswith(("企业通", "“企业通”")) and p == "launchDate" and v == "2021-05-20" for n, p, v in got)
    assert not any(n == "省12345平台" for n, _, _ in got)


def test_a_platform_that_went_live_keeps_its_date_when_the_next_clause_adds_features(extractor):
    x = extractor.extract_text("2023年4月12日，“鄂汇办”6.0版正式上线，新增“一码通”等功能。")
    assert ("鄂汇办", "launchDate", "2023-04-12") in dated(x)


# -- letters through a leader's mailbox in a hotline's report are the hotline's -------------------------

HOTLINE_REPORT = ("祁阳市12345政务服务热线2024年第二季度运行情况\n"
                  "本季度，祁阳市12345政务服务热线共受理群众诉求5120件，办结5033件。")


def test_letters_through_mailboxes_in_a_hotlines_report_are_the_hotlines(extractor):
    x = extractor.extract_text(HOTLINE_REPORT + "承办书记信箱来信36件、市长信箱52件。")
    got = figures(x)
    assert got.get(36) == "祁阳市12345政务服务热线"
    assert got.get(52) == "祁阳市12345政务服务热线"


def test_a_mailboxs_own_section_keeps_its_counts(extractor):
    x = extractor.extract_text(HOTLINE_REPORT + "市长信箱：本季度受理群众来信118件，办结率100%。")
    assert figures(x).get(118) != "祁阳市12345政务服务热线"


# -- one page's 12345 line under several names ----------------------------------------------------------

def hotlines(x) -> set[str]:
    return {n for n in names(x, "Platform") if "12345" in n}


def test_a_citys_line_named_short_and_in_full_is_one_platform(extractor):
    x = extractor.extract_text("上半年，巴中市12345政务服务便民热线共受理诉求9.2万件。"
                               "巴中12345热线将继续做好接诉即办工作。")
    assert hotlines(x) == {"巴中市12345政务服务便民热线"}


def test_a_placeless_name_on_the_citys_page_is_its_line(extractor):
    x = extractor.extract_text("巴中市12345政务服务便民热线2024年上半年工作情况\n"
                               "上半年，巴中市12345政务服务便民热线共受理诉求9.2万件。12345热线平台按时办结率99%。")
    assert len(hotlines(x)) == 1


def test_a_placeless_name_on_a_provinces_page_is_not_one_citys_line(extractor):
    x = extractor.extract_text("四川省持续优化政务服务。在巴中市12345热线接线大厅内，屏幕显示着实时来电。"
                               "12345政务服务热线是政府直接面向群众的服务窗口，四川省整合了省内的40条政务服务热线。")
    assert len(hotlines(x)) == 2


def test_two_levels_lines_stay_two(extractor):
    x = extractor.extract_text("巴中市推动省级12345热线与市级12345热线数据互通，实现工单实时流转。")
    assert {"省级12345热线", "市级12345热线"} <= hotlines(x)


def test_a_system_built_for_a_line_is_not_the_line(extractor):
    x = extractor.extract_text("巴中12345政务服务热线系统新平台上线，巴中12345政务服务热线接通率提升到98%。")
    assert len(hotlines(x)) == 2


def test_a_level_words_line_named_two_ways_is_one_platform(extractor):
    x = extractor.extract_text("自治区12345政务服务便民热线全年受理诉求120万件。"
                               "自治区12345热线平台已与110实现联动。")
    assert hotlines(x) == {"自治区12345政务服务便民热线"}


# -- a government office named by its level alone is the page's one office of that level --------------

def test_the_county_government_office_named_short_is_the_full_one(extractor):
    x = extractor.extract_text("石泉县人民政府办公室印发了工作方案。县政府办公室要求各单位按时报送材料。")
    offices = {n for n in names(x, "Agency") if n.endswith(("办公室", "办"))}
    assert offices == {"石泉县人民政府办公室"}


def test_two_counties_offices_leave_the_short_name_apart(extractor):
    x = extractor.extract_text("石泉县人民政府办公室、汉阴县人民政府办公室联合发文。县政府办公室要求按时报送材料。")
    assert {"石泉县人民政府办公室", "汉阴县人民政府办公室"} <= names(x, "Agency")
    assert len({n for n in names(x, "Agency") if n.endswith("办公室")}) >= 2


# -- a title with and without its closing bracket is one document ----------------------------------------

def test_a_plan_named_with_and_without_its_years_is_one_policy(extractor):
    x = extractor.extract_text("市政府印发《铁岭市数字政府建设三年行动计划(2024—2026年)》。"
                               "《铁岭市数字政府建设三年行动计划》提出了12项重点任务。")
    assert len([n for n in names(x, "Policy") if n.startswith("铁岭市数字政府建设三年行动计划")]) == 1


def test_two_different_plans_with_years_stay_two(extractor):
    x = extractor.extract_text("先后印发《铁岭市数字政府建设三年行动计划(2021—2023年)》和"
                               "《铁岭市数字政府建设三年行动计划(2024—2026年)》。")
    assert len([n for n in names(x, "Policy") if n.startswith("铁岭市数字政府建设三年行动计划")]) == 2


# -- an app written with its kind word is the app ------------------------------------------------------

def test_an_app_written_with_app_unquoted_is_the_app_not_a_places(extractor):
    x = extractor.extract_text("济南市民可通过爱山东APP办理公积金提取，爱山东上线事项8000项。")
    assert "爱山东" in names(x, "Platform")
    assert not any(n.startswith("山东") for n in names(x, "Platform"))


def test_an_apps_city_branch_is_part_of_the_app(extractor):
    x = extractor.extract_text("2200项事项可以在“爱山东”APP济南分厅办理。")
    assert any(r[0] == "partOf" and r[2] == "爱山东" and r[1].endswith("济南分厅") for r in rels(x))
    assert "爱山东APP" not in names(x, "Platform")


# -- a platform named by its level word is the page's one platform of that name ----------------------------

def test_the_provinces_portal_named_by_level_is_the_full_one(extractor):
    x = extractor.extract_text("江西省人民政府门户网站全年发布信息5000条。省政府门户网站开设专栏20个。")
    assert "省政府门户网站" not in names(x, "Platform")
    assert figures(x).get(20) == "江西省人民政府门户网站"


def test_a_level_named_portal_beside_two_places_portals_stays_apart(extractor):
    x = extractor.extract_text("江西省人民政府门户网站和湖南省人民政府门户网站均获评优秀。省政府门户网站开设专栏20个。")
    assert "省政府门户网站" in names(x, "Platform")


# -- the place a platform's name ends on, and a body's own site ----------------------------------------

def test_a_platform_named_with_province_and_county_serves_the_county_not_the_province(extractor):
    x = extractor.extract_text("贵州省镇远县政务服务大厅设置综合窗口12个。贵州省推进政务服务标准化。")
    assert ("serves", "贵州省镇远县政务服务大厅", "贵州省") not in rels(x)


def test_a_bodys_own_website_serves_no_place(extractor):
    x = extractor.extract_text("钦州市自然资源局网站全年发布信息320条。钦州市加快建设数字政府。")
    assert not any(r[0] == "serves" and r[1] == "钦州市自然资源局网站" for r in rels(x))


def test_a_citys_portal_still_serves_the_city(extractor):
    x = extractor.extract_text("钦州市人民政府门户网站全年发布信息5320条。")
    assert ("serves", "钦州市人民政府门户网站", "钦州市") in rels(x)


# -- sharing data is said in words of data, not in 对接/打通 --------------------------------------------

def test_two_platforms_sharing_data_share_it(extractor):
    x = extractor.extract_text("“赣服通”与“皖事通”实现数据共享。")
    found = rels(x)
    assert ("sharesDataWith", "赣服通", "皖事通") in found | {(t, b, a) for t, a, b in found}


def test_platforms_listed_beside_reforms_share_no_data(extractor):
    x = extractor.extract_text("依托全国政务服务平台、数据共享交换平台，推进“一网通办”“一网统管”“一件事一次办”。")
    assert not any(r[0] == "sharesDataWith" for r in rels(x))


# -- an official circular is issued by the office its title opens on --------------------------------------

def test_an_offices_circular_on_an_inspection_is_issued_by_it(extractor):
    title = "曲靖市人民政府办公室关于2024年第二季度全市政府网站检查情况的通报"
    x = extractor.extract_text(f"{title}\n各县（市、区）人民政府：\n现将检查情况通报如下。")
    found = rels(x)
    assert ("issuedBy", title, "曲靖市人民政府办公室") in found
    assert ("publishedBy", title, "曲靖市人民政府办公室") not in found


def test_a_bodys_yearly_report_is_still_published_by_it(extractor):
    title = "曲靖市数据局2023年政府信息公开工作年度报告"
    x = extractor.extract_text(f"{title}\n一、总体情况\n2023年，曲靖市数据局通过门户网站发布信息350条。")
    assert ("publishedBy", title, "曲靖市数据局") in rels(x)


def test_the_state_councils_general_office_is_no_part_named_after_it(extractor):
    x = extractor.extract_text("国务院办公厅电子政务办公室与国务院有关部门召开座谈会。")
    assert ("partOf", "国务院办公厅电子政务办公室", "国务院") not in rels(x)


# -- what was done under a plan is the place's or body's its title opens on ----------------------------

def test_work_done_under_a_citys_plan_is_the_citys(extractor):
    x = extractor.extract_text("德阳市出台《德阳市“一件事一次办”改革实施方案》，办理“市区联办”件3650件。")
    assert figures(x).get(3650) == "德阳市"


def test_what_a_plan_holds_stays_the_plans(extractor):
    x = extractor.extract_text("印发《德阳市数字政府建设实施方案(2024—2026年)》，统筹65项数字政府建设重点任务。")
    assert figures(x).get(65) == "德阳市数字政府建设实施方案(2024—2026年)"


def test_a_catalogues_items_stay_the_catalogues(extractor):
    x = extractor.extract_text("印发《德阳市政务信息资源目录(2023年版)》，共梳理资源项3120个。")
    assert figures(x).get(3120) != "德阳市"


# -- a news outlet tells figures, they are not its own --------------------------------------------------

def test_a_papers_report_of_figures_gives_them_not_to_the_paper(extractor):
    x = extractor.extract_text("据四川日报报道，今年以来累计实现206项事项川渝通办。")
    assert figures(x).get(206) != "四川日报"


def test_a_committee_and_a_general_office_named_short_are_the_full_bodies(extractor):
    x = extractor.extract_text("福州市大数据发展管理委员会、山东省人民政府办公厅联合举办论坛。"
                               "福州市大数据委负责会务，山东省政府办公厅负责邀请。")
    agencies = names(x, "Agency")
    assert "福州市大数据委" not in agencies


# -- a Party committee and its government written as one word ----------------------------------------

def test_a_committee_and_its_government_written_as_one_word_are_two_bodies(extractor):
    x = extractor.extract_text("扬州市数据局\n2023年，甘肃省委省政府把数字政府建设作为一号工程。")
    agencies = names(x, "Agency")
    assert "甘肃省委" in agencies
    assert any(n in agencies for n in ("甘肃省政府", "甘肃省人民政府"))
    assert "市政府" not in agencies and "省政府" not in agencies


# -- faults a review found in this round's rules, each mended ------------------------------------------

def test_a_districts_line_written_after_its_city_stays_the_districts(extractor):
    x = extractor.extract_text("曲靖市12345政务服务便民热线和曲靖市麒麟区12345热线联合开展培训，"
                               "曲靖市麒麟区12345热线全年受理诉求8.6万件。")
    assert {"曲靖市12345政务服务便民热线", "曲靖市麒麟区12345热线"} <= hotlines(x)
    assert figures(x).get(86000) == "曲靖市麒麟区12345热线"


def test_two_cities_of_one_province_keep_their_lines(extractor):
    x = extractor.extract_text("云南省昆明市12345热线与云南省曲靖市12345热线签订合作协议。")
    assert len(hotlines(x)) == 2


def test_a_citys_enterprise_line_is_a_line_of_its_own(extractor):
    x = extractor.extract_text("丽江市12345政务服务便民热线和丽江市12345企业服务热线分别受理诉求3万件和2000件。")
    assert {"丽江市12345政务服务便民热线", "丽江市12345企业服务热线"} <= hotlines(x)


def test_a_citys_mayors_line_is_its_12345_line(extractor):
    x = extractor.extract_text("昆明市人民政府“12345”便民热线全年受理诉求80万件。昆明市12345市长热线接通率98%。")
    assert len(hotlines(x)) == 1


def test_what_a_body_does_under_a_national_plan_is_the_bodys(extractor):
    x = extractor.extract_text("曲靖市政务服务中心贯彻落实《国务院关于加快推进政务服务“跨省通办”的指导意见》，"
                               "办理跨省通办事项1.2万件。")
    assert figures(x).get(12000) == "曲靖市政务服务中心"


def test_a_provinces_bulletin_on_a_city_gives_the_city_its_sites(extractor):
    x = extractor.extract_text("云南省人民政府办公厅关于曲靖市2024年政府网站专项检查情况的通报\n"
                               "曲靖市共有政府网站45个。本次检查发现问题网站3个，合格率93.3%。")
    got = figures(x)
    assert got.get(3) == "曲靖市" and got.get(0.933) == "曲靖市"


def test_a_departments_bulletin_on_its_own_accounts_gives_the_city_nothing(extractor):
    x = extractor.extract_text("曲靖市教育局2024年第一季度政务新媒体检查情况通报\n"
                               "本次检查教育系统政务新媒体36个，合格率100%。")
    assert figures(x).get(1.0) != "曲靖市"


def test_a_places_own_yearly_report_gives_its_figures_to_the_place(extractor):
    x = extractor.extract_text("近日，曲靖市发布2023年法治政府建设年度报告，报告显示，全市办理行政复议案件420件。")
    assert figures(x).get(420) == "曲靖市"


def test_a_bodys_own_yearly_report_gives_its_figures_to_the_body(extractor):
    x = extractor.extract_text("曲靖市数据局发布2023年法治政府建设年度报告，全年开展执法检查32次。")
    assert figures(x).get(32) == "曲靖市数据局"


def test_the_place_opening_a_published_yearly_reports_title_is_named(extractor):
    x = extractor.extract_text("依据《政府信息公开条例》有关要求，现公布丽江市2023年政府信息公开工作年度报告。")
    assert "丽江市" in names(x, "Region")


def test_a_yearly_report_asked_for_is_no_report(extractor):
    for text in ("各县（市、区）要在3月31日前公布2023年政府信息公开工作年度报告，曲靖市数据局将开展抽查。",
                 "请各单位按照要求编制2023年度政府信息公开工作年度报告，并于1月31日前报送市政府办公室。"):
        assert not names(extractor.extract_text(text), "Report")


def test_a_cited_reports_author_is_not_what_our_bureau_is(extractor):
    x = extractor.extract_text("参照《曲靖市数据局2022年政府信息公开工作年度报告》体例，会泽县数据局编制了本年度报告。"
                               "2022年，我局主动公开信息120条。")
    assert figures(x).get(120) == "会泽县数据局"


def test_a_report_titled_about_a_body_names_the_body_not_guanyu(extractor):
    x = extractor.extract_text("关于曲靖市数据局2023年度工作情况的报告\n曲靖市数据局：2023年，我局完成数据归集1.2亿条。")
    assert "关于曲靖市数据局" not in names(x, "Agency")
    assert figures(x).get(120000000) == "曲靖市数据局"


def test_what_the_next_list_item_puts_into_a_platform_is_not_the_first_items(extractor):
    x = extractor.extract_text("“曲靖通”APP上线事项1200项、接入“一部手机办事通”服务86项。")
    assert figures(x).get(1200) == "曲靖通"


def test_an_entry_opened_on_an_existing_platform_dates_no_launch_of_it(extractor):
    x = extractor.extract_text("2020年3月1日，曲靖市12345热线开通“一部手机办事通”投诉入口。")
    assert not any(n == "一部手机办事通" for n, _, _ in dated(x))


def test_another_countys_office_is_not_this_countys_short_named_office(extractor):
    x = extractor.extract_text("会泽县召开数字政府建设推进会，县政府办公室通报了工作情况，富源县人民政府办公室应邀参加会议。")
    assert "县政府办公室" in names(x, "Agency") or "会泽县人民政府办公室" in names(x, "Agency")


def test_another_provinces_portal_is_not_this_pages_level_named_portal(extractor):
    x = extractor.extract_text("云南省推进数字政府建设，省政府门户网站全年发布信息3万条。四川省人民政府门户网站发布信息5万条。")
    assert figures(x).get(30000) != "四川省人民政府门户网站"


def test_a_trial_rule_revised_into_a_final_one_stays_two_documents(extractor):
    x = extractor.extract_text("《曲靖市政务服务管理办法(试行)》施行两年后，市政府修订出台《曲靖市政务服务管理办法》。")
    assert len([n for n in names(x, "Policy") if n.startswith("曲靖市政务服务管理办法")]) == 2


def test_a_mailboxs_own_section_opening_on_it_keeps_its_letters(extractor):
    x = extractor.extract_text(HOTLINE_REPORT + "\n二、市长信箱办理情况\n市长信箱来信860件，办结850件。")
    assert figures(x).get(860) == "市长信箱"


def test_a_bureaus_own_office_is_part_of_the_bureau(extractor):
    x = extractor.extract_text("曲靖市数据局办公室和曲靖市数据局数据资源科共同承担相关工作。")
    assert ("partOf", "曲靖市数据局办公室", "曲靖市数据局") in rels(x)


def test_a_papers_own_output_is_its_figure(extractor):
    x = extractor.extract_text("云南日报社全年刊发数字政府稿件320篇。")
    assert figures(x).get(320) == "云南日报社"


def test_the_duties_a_rule_lays_down_designate_the_body(extractor):
    x = extractor.extract_text("按照《曲靖市数据管理办法》规定的职责，曲靖市数据局负责全市数据统筹。")
    assert ("designatesAuthority", "曲靖市数据管理办法", "曲靖市数据局") in rels(x)


def test_a_platforms_branch_for_a_city_is_a_platform_of_its_own(extractor):
    x = extractor.extract_text("儋州市依托海南省政府综合服务热线12345平台儋州市分平台受理诉求1.2万件。")
    assert "海南省政府综合服务热线12345平台儋州市分平台" in names(x, "Platform")


def test_a_national_plans_title_gives_its_issuer_no_local_figure(extractor):
    x = extractor.extract_text("推动《国务院关于加快推进政务服务“跨省通办”的指导意见》落地见效，全年办理跨省通办事项1.2万件。")
    assert figures(x).get(12000) != "国务院"
