"""Kinds of wording found in a thirteenth round of real pages (the twelfth round's unread sets:
county service halls, website and new-media inspection bulletins, policy documents, hotline
reports, app launches and rankings), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names


def figures(x) -> dict[float, str]:
    """Each figure's value → the name of what it measures."""
    names = {e.key: e.name for e in x.entities}
    return {m.value: names.get(m.subject) for m in x.metrics}


# -- sites counted in an inspection bulletin are the place's, not one site's nor a register's ------------

BULLETIN = "湖南省2023年第三季度全省政府网站和政务新媒体检查情况的通报\n"


def test_new_media_counted_in_a_register_are_the_places_not_the_registers(extractor):
    x = extractor.extract_text(BULLETIN + "全省在“全国政务新媒体信息报送系统”中登记运行的政务新媒体有860个，"
                                          "其中不合格的4个，合格率99.5%。")
    got = figures(x)
    assert got.get(860) == "湖南省"
    assert "全国政务新媒体信息报送系统" not in got.values()


def test_sites_counted_after_one_site_named_in_brackets_are_not_that_sites(extractor):
    x = extractor.extract_text(BULLETIN + "本季度检查了市级政府门户网站14个（含湘江新区管委会网站）、县级政府门户网站122个，"
                                          "总体合格率为100%。")
    got = figures(x)
    assert 122 in got and got[122] != "湘江新区管委会网站"
    assert "湘江新区管委会网站" not in got.values()


def test_a_register_named_with_quanguo_makes_no_country(extractor):
    x = extractor.extract_text("株洲市开展第一季度政府网站检查\n近期，市政府办公室组织开展了全市政府网站检查工作。"
                               "此次共检查纳入“全国政府网站信息报送系统”的政府网站61家，其中存在问题的3家。")
    assert "中国" not in names(x, "Region")
    assert figures(x).get(61) != "中国"


def test_our_citys_government_sites_are_no_one_portal(extractor):
    x = extractor.extract_text("株洲市2023年第一季度政府网站检查情况通报\n本次检查我市政府网站总体合格率96.3%。")
    assert "市政府网站" not in names(x, "Platform")


def test_our_citys_portal_is_still_a_platform(extractor):
    x = extractor.extract_text("株洲市人民政府办公室2023年政府网站工作年度报表\n我市政府门户网站全年发布信息5230条。")
    assert any(n.endswith("政府门户网站") for n in names(x, "Platform"))


def test_a_count_followed_by_what_it_counts_stays_the_sites_own(extractor):
    # 14 counts the site's columns, not sites of the place
    x = extractor.extract_text(BULLETIN + "部分网站更新不及时，如湘潭市生态环境局网站有14个应更新栏目长期未更新。")
    assert figures(x).get(14) != "湖南省"


# -- a place's Party committee and government named together ----------------------------------------

def written(x, type_: str) -> set[str]:
    """Every name and alias of the entities of a type."""
    return {n for e in x.entities if e.type == type_ for n in (e.name, *e.aliases)}


def test_a_named_places_committee_and_government_are_both_bodies(extractor):
    x = extractor.extract_text("湘潭市政务公开工作\n湘潭市委、市政府高度重视政务公开，印发《湘潭市政务公开工作方案》。")
    assert {"湘潭市委", "湘潭市政府"} <= written(x, "Agency")


def test_a_province_written_whole_shares_its_name_with_its_government(extractor):
    x = extractor.extract_text("贵州省数字政府建设\n贵州省委、省政府印发《关于加快数字政府建设的意见》。")
    assert "贵州省政府" in written(x, "Agency")


def test_the_committee_and_government_of_no_named_place_are_no_bodies(extractor):
    x = extractor.extract_text("政务公开工作\n在市委、市政府的坚强领导下，全市政务公开工作取得成效。")
    assert not [n for n in names(x, "Agency") if n.endswith("政府")]


# -- leading groups with long names ---------------------------------------------------------------------

def test_a_leading_groups_long_name_opening_on_its_place_is_whole(extractor):
    x = extractor.extract_text("永和县政务工作\n永和县深化“放管服”改革优化营商环境工作领导小组办公室印发通知。")
    assert "永和县深化“放管服”改革优化营商环境工作领导小组办公室" in names(x, "Agency")


def test_a_long_group_name_must_open_on_a_place(extractor):
    x = extractor.extract_text("会上强调要持续深化“放管服”改革推进政府职能转变领导小组工作。")
    assert not [n for n in names(x, "Agency") if n.startswith("会上")]


# -- new areas with names of their own, written after their city ---------------------------------------

def test_new_areas_named_after_their_cities_are_places_within_them(extractor):
    x = extractor.extract_text("湖南两大新区签订合作协议\n5月8日，株洲云龙新区、岳阳城陵矶新区签订政务服务“跨域通办”合作协议。")
    regions = names(x, "Region")
    assert {"株洲云龙新区", "岳阳城陵矶新区", "株洲市", "岳阳市"} <= regions
    part_of = {(x.entity(r.head).name, x.entity(r.tail).name) for r in x.relations if r.type == "partOf"}
    assert ("株洲云龙新区", "株洲市") in part_of


def test_a_district_after_its_city_is_no_new_area(extractor):
    x = extractor.extract_text("天津滨海新区、河北雄安新区签订合作协议。")
    assert "天津滨海新区" not in names(x, "Region")


def test_words_before_xinqu_that_are_no_name_make_no_area(extractor):
    x = extractor.extract_text("长沙市城市新区建设加快推进，湘潭市发展新区、打造新区。")
    assert not [n for n in names(x, "Region") if n.endswith("新区")]


# -- a body's yearly account with no title line ----------------------------------------------------------

def test_a_bodys_untitled_account_gives_it_the_figures_of_sentences_naming_nothing(extractor):
    x = extractor.extract_text("今年以来，在县委、县政府的正确领导下，泰和县行政审批局纵深推进“放管服”改革。\n"
                               "一、基本情况\n"
                               "泰和县行政审批局是县政府主管政务服务工作的部门。2023年，政务服务事项累计收件41230件，办结率99.8%。")
    assert figures(x).get(41230) == "泰和县行政审批局"


def test_news_led_by_the_party_with_no_sections_gives_a_body_no_unnamed_figures(extractor):
    x = extractor.extract_text("在县委、县政府的正确领导下，泰和县行政审批局纵深推进“放管服”改革。"
                               "据统计，全年累计收件41230件。")
    assert figures(x).get(41230) != "泰和县行政审批局"


# -- 县本级, 市本级: the page's own government level ------------------------------------------------------

def test_the_countys_own_level_carries_its_figures(extractor):
    x = extractor.extract_text("新晃县政务服务改革\n目前，县本级27家单位、684项政务服务事项可在网上办理，网办率达83%。")
    got = figures(x)
    assert got.get(684) == "新晃侗族自治县" and got.get(0.83) == "新晃侗族自治县"


def test_a_named_citys_own_level_is_that_city(extractor):
    x = extractor.extract_text("江西省政务服务\n吉安市本级“好差评”评价331910件，好评率100%。")
    assert figures(x).get(331910) != "江西省"


# -- places that act together ---------------------------------------------------------------------------

def _cooperating(x) -> set[frozenset]:
    return {frozenset((x.entity(r.head).name, x.entity(r.tail).name)) for r in x.relations if r.type == "cooperatesWith"}


def test_places_that_jointly_form_a_partnership_cooperate(extractor):
    x = extractor.extract_text("西安、宝鸡、咸阳、渭南4座城市共同结成“跨省通办”合作伙伴关系。")
    assert frozenset(("西安市", "渭南市")) in _cooperating(x)


def test_places_whose_next_clause_acts_jointly_cooperate(extractor):
    x = extractor.extract_text("西安、宝鸡、咸阳3座城市本着“网上办、就近办”的服务理念，共同签署“跨省通办”合作协议。")
    assert frozenset(("西安市", "宝鸡市")) in _cooperating(x)


def test_places_counted_side_by_side_do_not_cooperate(extractor):
    x = extractor.extract_text("西安、宝鸡、咸阳3座城市的网上可办率均超过90%，共同点是事项标准统一。")
    assert not _cooperating(x)


# -- a page's header: the site's counters above the title, 发表时间 -----------------------------------------

def test_a_title_under_the_sites_counters_is_the_pages_report(extractor):
    x = extractor.extract_text("阅读人次: 字体:   ]\n\n热线办公室2022年工作总结及2023年工作计划\n\n"
                               "2022年，全县热线运行平稳。")
    assert "热线办公室2022年工作总结及2023年工作计划" in names(x, "Report")


def test_a_header_fabiao_shijian_dates_the_report(extractor):
    x = extractor.extract_text("凤台县数据资源管理局2022年工作总结\n\n发表时间:2023-01-05 10:12 信息来源:凤台县数据资源管理局\n\n"
                               "2022年，我局扎实推进数字政府建设。")
    n = {e.key: e.name for e in x.entities}
    assert ("凤台县数据资源管理局2022年工作总结", "publicationDate", "2023-01-05") in {(n[d.subject], d.property, d.value) for d in x.dates}


# -- a district's body with a long name -----------------------------------------------------------------

def test_a_districts_body_with_a_long_name_keeps_the_districts_name(extractor):
    x = extractor.extract_text("渝北区大数据应用发展管理局召开数字重庆建设推进会。")
    assert "渝北区大数据应用发展管理局" in names(x, "Agency")
    assert "区大数据应用发展管理局" not in names(x, "Agency")


# -- guards from a review of this round's rules --------------------------------------------------------

def test_another_citys_committee_and_government_are_that_citys(extractor):
    x = extractor.extract_text("宜昌市政务服务工作\n襄阳市委、市政府印发《襄阳市优化营商环境实施方案》。")
    governments = {n for n in names(x, "Agency") if n.endswith("政府")}
    assert governments and all(n.startswith("襄阳市") for n in governments)


def test_a_county_written_whole_before_its_committee_shares_it_with_its_government(extractor):
    x = extractor.extract_text("泰和县委、县政府把政务服务作为优化营商环境的重要抓手。")
    assert any(n.startswith("泰和县") and n.endswith("政府") for n in names(x, "Agency"))


def test_a_governments_office_after_its_committee_is_no_government(extractor):
    x = extractor.extract_text("武汉市委、市政府督查室联合开展专项督查。")
    assert not [n for n in names(x, "Agency") if n.endswith("政府")]


def test_a_sentences_verb_between_a_place_and_a_group_is_no_part_of_its_name(extractor):
    x = extractor.extract_text("临沂市召开全市深化“放管服”改革优化营商环境工作领导小组会议。")
    assert not [n for n in names(x, "Agency") if n.startswith("临沂市召开")]


def test_words_before_xinqu_that_say_which_or_how_many_make_no_area(extractor):
    for text in ("武汉市所辖新区、开发区加快发展。", "株洲市开发新区，成效明显。", "武汉市三大新区、开发区。"):
        assert not [n for n in names(extractor.extract_text(text), "Region") if n.endswith("新区")], text


def test_a_single_sites_own_accounts_stay_its_own_in_a_bulletin(extractor):
    x = extractor.extract_text(BULLETIN + "“湖南省人民政府”门户网站有政务新媒体账号5个，首页更新及时率100%。")
    assert figures(x).get(5) != "湖南省"


def test_accounts_that_joined_an_app_are_the_apps(extractor):
    x = extractor.extract_text("“i襄阳”APP上线运行\n目前，“i襄阳”APP已入驻政务新媒体账号56个。")
    assert figures(x).get(56) == "i襄阳"


def test_our_countys_government_site_is_its_one_portal(extractor):
    x = extractor.extract_text("远安县政务公开工作\n我县政府网站全年发布政务信息3200条。")
    assert "县政府网站" in names(x, "Platform") or any(n.endswith("政府网站") for n in names(x, "Platform"))


def test_every_citys_own_level_is_no_one_citys(extractor):
    x = extractor.extract_text("宜昌市政务服务工作\n全省各地市本级政务服务事项平均网办率为90%，我市达95%。")
    assert figures(x).get(0.9) != "宜昌市"


def test_a_meetings_numbered_points_make_no_bodys_account(extractor):
    x = extractor.extract_text("宜昌市召开政务服务工作会议\n今年以来，在市委、市政府的正确领导下，宜昌市政务服务和大数据管理局"
                               "推进“一网通办”。\n会议要求：\n一、提高认识，压实责任。\n全年办件量120万件。")
    assert figures(x).get(1200000) != "宜昌市政务服务和大数据管理局"


# -- a yearly report's title over two lines -------------------------------------------------------------

def test_a_reports_title_set_over_two_lines_is_one_title_with_its_author(extractor):
    x = extractor.extract_text("阳城县人民政府办公室\n2023年政府信息公开工作年度报告\n一、总体情况\n"
                               "2023年，全年主动公开政务动态信息312条。")
    assert "阳城县人民政府办公室2023年政府信息公开工作年度报告" in names(x, "Report")
    assert figures(x).get(312) == "阳城县人民政府办公室"


def test_a_report_counted_among_documents_is_no_reference_to_the_page(extractor):
    x = extractor.extract_text("阳城县人民政府办公室\n2023年政府信息公开工作年度报告\n一、总体情况\n"
                               "我办全年主动公开政府信息43条，其中部门预算1条，法治政府建设报告2条。")
    assert figures(x).get(2) != "阳城县人民政府办公室2023年政府信息公开工作年度报告"


# -- a system named for what it is for -----------------------------------------------------------------

def test_a_reporting_system_unquoted_is_a_platform_and_makes_no_country(extractor):
    x = extractor.extract_text("开封市政府网站检查情况\n本次检查纳入全国政府网站信息报送系统的政府网站43个。")
    assert "全国政府网站信息报送系统" in names(x, "Platform")
    assert "中国" not in names(x, "Region")


def test_a_verb_before_a_hotline_is_no_part_of_its_name(extractor):
    x = extractor.extract_text("今年以来，市12345热线共受理有效热线诉求2.3万件。")
    assert not [n for n in names(x, "Platform") if n.startswith("受理")]


# -- two bodies written together ------------------------------------------------------------------------

def test_two_offices_by_their_short_forms_written_together_are_two_bodies(extractor):
    x = extractor.extract_text("2024年，中办国办印发《关于加快公共数据资源开发利用的意见》。")
    assert {"中共中央办公厅", "国务院办公厅"} <= names(x, "Agency")     # each under its full name


def test_a_titles_party_committee_and_government_glued_are_two_issuers(extractor):
    x = extractor.extract_text("中共湖南省委湖南省人民政府关于加快数字政府建设的实施意见\n各市州、县市区党委和人民政府：")
    assert {"中共湖南省委", "湖南省人民政府"} <= names(x, "Agency")


def test_a_committees_office_glued_to_the_governments_office_is_not_cut_inside(extractor):
    x = extractor.extract_text("中共湖南省委办公厅湖南省人民政府办公厅关于印发《实施方案》的通知\n各市州：")
    assert "中共湖南省委办公厅" in names(x, "Agency") and "中共湖南省委" not in names(x, "Agency")


# -- quoted names: a reform's counter, a city's letter app ------------------------------------------------

def test_a_reforms_counter_makes_no_platform_of_the_reform(extractor):
    x = extractor.extract_text("甘州区政务服务\n走进甘州区政务大厅，一楼设有“高效办成一件事”服务专区。"
                               "2024年甘州区办理“高效办成一件事”26746件，全程网办率99.6%。")
    assert "高效办成一件事" not in names(x, "Platform")
    assert figures(x).get(26746) == "甘州区"


def test_a_city_app_named_by_a_letter_and_the_city_is_a_platform(extractor):
    x = extractor.extract_text("福州市民服务中心\n截至目前，“e福州”自助服务终端上线107个高频事项。")
    assert "e福州" in names(x, "Platform")


def test_a_quoted_brand_with_a_word_like_a_slogan_is_still_a_brand(extractor):
    x = extractor.extract_text("杭州市政务新媒体\n“杭州办事服务”平台上线以来，累计服务群众120万人次。")
    assert any(n.startswith("杭州办事服务") for n in names(x, "Platform"))


# -- 全市 on a page that names its city once -----------------------------------------------------------

def test_quanshi_is_the_one_city_the_page_names_even_inside_a_title(extractor):
    x = extractor.extract_text("记者昨天从市政府新闻发布会上获悉，全市共有保留证明事项14类164项。\n"
                               "近期，市司法局与市行政审批局联合拟定《邯郸市建设“无证明城市”实施方案》。")
    assert figures(x).get(164) == "邯郸市"


def test_quanshi_on_a_county_level_citys_page_is_not_its_prefecture(extractor):
    x = extractor.extract_text("瑞金市行政审批局工作总结\n全市政务服务事项累计收件938317件。")
    assert figures(x).get(938317) != "赣州市"


def test_a_banks_short_name_inside_another_word_is_no_bank(extractor):
    x = extractor.extract_text("开展数据强基共建行动，梳理市公安局等9家单位数据架构，形成业务域14个。")
    assert not names(x, "Organization")


def test_a_banks_short_name_with_its_branch_is_the_branch(extractor):
    x = extractor.extract_text("建行青溪分行推出“智慧政务”自助服务。")
    assert "建行青溪分行" in names(x, "Organization")


def test_an_untitled_account_opening_on_its_body_with_sections_of_its_own_is_the_bodys(extractor):
    x = extractor.extract_text("2023年，宣城市数据资源管理局在市委、市政府的正确领导下，推动数据资源工作再上新台阶。\n"
                               "一、以试点工作为契机，数字宣城建设稳步提升\n"
                               "梳理9家单位数据架构，形成业务域14个、主题域22个。")
    assert figures(x).get(22) == "宣城市数据资源管理局"


# -- bodies working together --------------------------------------------------------------------------

def test_a_body_that_consults_with_listed_bodies_cooperates_with_each(extractor):
    x = extractor.extract_text("淄博市公安局推进改革。市公安局积极与市行政审批服务局、市大数据局、市邮政管理局等沟通对接，细化功能需求。")
    pairs = _cooperating(x)
    assert frozenset(("淄博市公安局", "淄博市大数据局")) in pairs


def test_bodies_listed_after_yu_do_not_cooperate_with_each_other(extractor):
    x = extractor.extract_text("西安市12345热线\n结合工作实际，热线建立了与市纪委监委、市委编办、市民政局、市司法局等职能部门的联动协调机制。")
    pairs = _cooperating(x)
    assert not [p for p in pairs if any("民政局" in n for n in p) and any("司法局" in n for n in p)]


# -- a long official title as a page's heading ---------------------------------------------------------

def test_a_long_official_title_line_is_the_pages_title(extractor):
    x = extractor.extract_text("红河州人民政府办公室关于2025年二季度全州政府网站和政府系统政务新媒体检查情况的通知\n"
                               "各县市人民政府，州直有关部门：\n按照省政府办公厅要求，州政府办公室对全州政府网站进行了检查。")
    assert "红河州人民政府办公室关于2025年二季度全州政府网站和政府系统政务新媒体检查情况的通知" in names(x, "Report")


def test_a_notice_handing_out_a_plan_leaves_the_plan_named(extractor):
    x = extractor.extract_text("九江市智慧城市建设和大数据发展领导小组关于印发《2021年九江市政务数据共享工作要点》的通知\n"
                               "各县（市、区）人民政府：\n现将《2021年九江市政务数据共享工作要点》印发给你们。")
    assert "2021年九江市政务数据共享工作要点" in names(x, "Policy")


def test_a_title_run_into_its_addressees_is_still_a_title(extractor):
    x = extractor.extract_text("关于2023年第一季度全县政府网站与政务新媒体检查情况的通报各相关单位:根据上级要求，"
                               "我单位组织开展了全县政府网站检查工作。")
    assert "关于2023年第一季度全县政府网站与政务新媒体检查情况的通报" in names(x, "Report")


# -- who made a document --------------------------------------------------------------------------------

def test_bodies_that_draw_up_a_plan_issue_it(extractor):
    x = extractor.extract_text("近期，市司法局与市行政审批局联合拟定《邯郸市建设“无证明城市”实施方案》。")
    issuers = {x.entity(r.tail).name for r in x.relations if r.type == "issuedBy"}
    assert any(n.endswith("司法局") for n in issuers) and any(n.endswith("行政审批局") for n in issuers)


def test_a_bodys_own_account_issues_the_rules_it_says_it_made(extractor):
    x = extractor.extract_text("汉阴县行政审批服务局2022年工作总结\n2022年，我局全力做好划转事项的流程再造。"
                               "制定了《审批工作运行规程》，明确了审批的基本规则。")
    assert ("审批工作运行规程", "汉阴县行政审批服务局") in {(x.entity(r.head).name, x.entity(r.tail).name)
                                                       for r in x.relations if r.type == "issuedBy"}


def test_another_body_that_issues_in_an_account_is_not_the_author(extractor):
    x = extractor.extract_text("汉阴县行政审批服务局2022年工作总结\n去年10月，国办印发《政府网站集约化试点工作方案》。")
    assert not [r for r in x.relations if r.type == "issuedBy" and x.entity(r.tail).name == "汉阴县行政审批服务局"]


# -- guards from a second review ----------------------------------------------------------------------

def test_a_sites_name_above_a_title_naming_its_own_body_is_not_joined_to_it(extractor):
    x = extractor.extract_text("晋城市人民政府\n2023年晋城市住房和城乡建设局政府信息公开工作年度报告\n一、总体情况\n"
                               "2023年，我局主动公开政府信息385条。")
    assert not [n for n in names(x, "Report") if n.startswith("晋城市人民政府2023")]
    assert figures(x).get(385) == "晋城市住房和城乡建设局"


def test_a_short_yearly_title_under_its_author_is_joined(extractor):
    x = extractor.extract_text("温州市大数据发展管理局\n2023年工作总结\n2023年，我局共归集政务数据1.2亿条。")
    assert "温州市大数据发展管理局2023年工作总结" in names(x, "Report")


def test_a_notice_named_inside_a_sentence_is_not_split_from_it(extractor):
    x = extractor.extract_text("现将关于2023年政府网站检查情况的通报各单位整改情况报告如下：市政府办公室逐项整改问题21个。")
    assert not [n for n in names(x, "Report") if n.startswith("现将")]


def test_a_letter_and_a_place_naming_an_event_is_no_app(extractor):
    x = extractor.extract_text("深圳市举办“我的深圳”城市摄影大赛，收到作品1.2万件。")
    assert "我的深圳" not in names(x, "Platform")


def test_a_committees_department_glued_to_a_bureau_is_one_issuer(extractor):
    x = extractor.extract_text("中共贵州省委组织部贵州省人力资源和社会保障厅关于做好人才服务工作的通知\n各市州：")
    assert {"中共贵州省委组织部", "贵州省人力资源和社会保障厅"} <= names(x, "Agency")


def test_a_city_visited_is_not_what_quanshi_means(extractor):
    x = extractor.extract_text("全市共有政务服务事项2300项。\n市政务服务管理局赴深圳市学习考察营商环境工作。")
    assert figures(x).get(2300) != "深圳市"


def test_a_speech_opening_a_page_makes_no_account(extractor):
    x = extractor.extract_text("宜昌市政务服务和大数据管理局局长张明在全市政务服务工作会议上指出，在市委、市政府的正确领导下，"
                               "全市政务服务工作成效明显。\n一、提高政治站位\n全年办件量120万件。")
    assert figures(x).get(1200000) != "宜昌市政务服务和大数据管理局"


def test_bodies_that_lack_working_together_do_not_cooperate(extractor):
    for text in ("市公安局与市交通运输局尚未建立数据联动机制。", "市数据局由于缺乏与市公安局、市民政局的沟通，数据共享进展缓慢。"):
        x = extractor.extract_text(text)
        assert not [r for r in x.relations if r.type == "cooperatesWith"], text


def test_a_news_line_telling_of_a_notice_is_no_title(extractor):
    x = extractor.extract_text("市政府办公室近日印发关于进一步加快推进全市政务服务标准化规范化便利化建设工作的通知")
    assert not names(x, "Policy") or "市政府办公室" in names(x, "Agency")


def test_a_call_to_send_results_in_is_a_notice(extractor):
    x = extractor.extract_text("关于报送2024年度安全生产检查情况的通知\n各县市区：请于12月20日前报送。")
    assert "关于报送2024年度安全生产检查情况的通知" in names(x, "Policy")


def test_an_untitled_page_opening_on_a_purpose_then_a_body_with_sections_is_its_account(extractor):
    x = extractor.extract_text("为推进数字政府建设、优化政务服务环境，天水市政务服务中心紧扣“高效办成一件事”核心目标推动政务服务提质增效。"
                               "截至目前，集成服务累计办理业务14.63万件。\n一、数字赋能平台整合\n实现161项高频事项网上办。")
    assert figures(x).get(146300) == "天水市政务服务中心"


def test_a_notice_to_the_bodies_it_names_is_no_account_of_theirs(extractor):
    x = extractor.extract_text("总寨镇政府、各街道办事处，区政府各部门：\n为切实加强区政府网站信息建设，现将3月份运行情况通报如下：\n"
                               "一、运行情况\n3月共交办事项126件。")
    assert figures(x).get(126) != "总寨镇政府"


def test_a_bare_system_opening_a_sentence_on_its_running_is_the_platform_just_named(extractor):
    x = extractor.extract_text("江苏省政务服务中心工作\n还有省投资建设项目在线审批监管平台应用，督促省环保厅等部门一个平台申报。"
                               "系统上线以来累计申报项目52639个。")
    assert figures(x).get(52639) == "省投资建设项目在线审批监管平台"


def test_offices_named_for_a_reform_are_bodies(extractor):
    for text, name in (("国务院职转办专题报道我市做法。", "国务院职转办"), ("市放管服办牵头制定方案。", "放管服办")):
        assert any(n.endswith(name) for n in names(extractor.extract_text(text), "Agency")), text


# -- a policy's title under a disclosure page's fields -----------------------------------------------------

def test_a_policys_title_over_two_lines_under_the_pages_fields_is_one_title_with_its_issuer(extractor):
    x = extractor.extract_text("索引号: 01251010-001/2023-142948 公开方式: 主动公开\n文号: 龙政发〔2023〕8号 公开日期: 2023-02-11\n"
                               "发布单位: 县府办 有效性:\n\n开化县人民政府深化数字政府建设\n助推“数字开化”高质量发展的实施意见\n\n"
                               "各乡镇人民政府，县政府各部门：")
    assert "开化县人民政府深化数字政府建设助推“数字开化”高质量发展的实施意见" in names(x, "Policy")
    assert "开化县人民政府" in names(x, "Agency")


def test_a_notice_wrapped_under_a_sites_bullet_menu_is_one_title(extractor):
    x = extractor.extract_text("  • 中央人民政府\n  • 登录个人中心\n\n自治区人民政府办公厅关于全区市县\n"
                               "政府网站统一迁入集约化平台有关工作的通知\n宁政办明电发〔2017〕67号\n\n各市、县（区）人民政府：")
    assert "自治区人民政府办公厅关于全区市县政府网站统一迁入集约化平台有关工作的通知" in names(x, "Policy")


# -- guards from a third review ---------------------------------------------------------------------

def test_a_site_or_government_name_alone_above_a_title_is_not_joined_to_it(extractor):
    for text, title in (("宁波市人民政府\n宁波市人民政府关于印发宁波市数字政府建设实施方案的通知", "宁波市人民政府关于印发宁波市数字政府建设实施方案的通知"),
                        ("浙江省人民政府网\n浙江省人民政府办公厅关于加快数字政府建设的实施意见", "浙江省人民政府办公厅关于加快数字政府建设的实施意见")):
        assert title in names(extractor.extract_text(text), "Policy"), text


def test_a_headline_or_sentence_ending_in_a_plans_name_is_no_title(extractor):
    for text in ("湖州市大数据发展管理局部署落实数字政府建设实施方案",
                 "丽水市大数据发展管理局正在会同市发展改革委等有关部门抓紧制定全市公共数据授权运营实施方案"):
        assert not names(extractor.extract_text(text), "Policy"), text


def test_a_titles_glued_committee_and_government_are_two_issuers_without_guanyu(extractor):
    x = extractor.extract_text("中共开化县委开化县人民政府加快推进数字化改革的实施意见\n各乡镇人民政府：")
    assert {"中共开化县委", "开化县人民政府"} <= names(x, "Agency")


def test_a_three_year_action_plan_under_its_issuer_is_the_pages_title(extractor):
    x = extractor.extract_text("浙江省人民政府数字政府建设三年行动计划\n为加快数字政府建设，制定本计划。")
    assert "浙江省人民政府数字政府建设三年行动计划" in names(x, "Policy")


def test_a_bare_system_is_only_the_platform_of_the_sentence_just_before(extractor):
    x = extractor.extract_text("广州市政务服务平台已接入事项3000项。今年，市公安局对户籍业务流程进行了全面再造，新系统于3月正式上线。"
                               "系统上线以来累计办理户籍业务12万件。")
    assert figures(x).get(120000) != "广州市政务服务平台"


def test_a_news_page_on_a_body_issuing_a_document_is_no_account_of_it(extractor):
    x = extractor.extract_text("国务院办公厅近日印发《关于进一步优化政务服务提升行政效能的意见》。到2025年，建成服务事项300项。\n"
                               "一、总体要求\n到2027年，建成示范区50个。")
    assert figures(x).get(50) != "国务院办公厅"
