"""Kinds of wording found in an eighth round of real pages (the seventh round's unread sets: notices and
plans, county news, hotline and platform news, bulletins), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from govkg.types import RawText

from .test_extract import rels
from .test_extract_wording import all_names, dates, metrics


def evaluated(x, report: str) -> set[str]:
    return {tail for kind, head, tail in rels(x) if kind == "evaluates" and head == report}


# -- what a report rates -----------------------------------------------------------------------------

def ratings(x) -> dict[str, str | None]:
    return {x.entity(r.tail).name: r.rating for r in x.relations if r.type == "evaluates"}


def test_places_listed_after_the_rating_they_reached_are_rated_by_the_report(extractor):
    # the rating leads the list (良好阶段包括…, 达到优秀等级的有：…) instead of following it
    x = extractor.extract_text("《2024年禾川省县域数字政府评估报告》近日发布。"
                               "评估结果分为三个等级。良好等级包括安吉县、德清县和长兴县。"
                               "达到优秀等级的有：桐庐县、淳安县。")
    report = "2024年禾川省县域数字政府评估报告"
    assert {"安吉县", "德清县", "长兴县", "桐庐县", "淳安县"} <= evaluated(x, report)
    assert {ratings(x)[p] for p in ("安吉县", "德清县", "长兴县")} == {"良好"}
    assert {ratings(x)[p] for p in ("桐庐县", "淳安县")} == {"优秀"}


def test_places_whose_performance_a_bulletin_grades_are_rated_by_it(extractor):
    x = extractor.extract_text("青禾市人民政府办公室关于2023年度全市政府网站绩效考核情况的通报\n"
                               "一、总体情况\n"
                               "全市政府网站平均得分为86.5分，婺源县、浮梁县绩效水准为优秀，乐平市得分提升较大。")
    report = "青禾市人民政府办公室关于2023年度全市政府网站绩效考核情况的通报"
    assert {"婺源县", "浮梁县", "乐平市"} <= evaluated(x, report)


def test_places_following_the_best_graded_are_rated_too(extractor):
    x = extractor.extract_text("《2022年禾川数据开放指数报告》显示，合肥、芜湖的开放等级最高，为A+ 等级；"
                               "蚌埠、淮南紧随其后，为A 等级。")
    rated = {t[:2] for t in evaluated(x, "2022年禾川数据开放指数报告")}
    assert {"合肥", "芜湖", "蚌埠", "淮南"} <= rated
    assert ratings(x)["合肥市"] == "A+" and ratings(x)["蚌埠市"] == "A"


def test_a_list_that_merely_contains_places_is_no_rating(extractor):
    # 包括 with no rating before it: the places are the pilots, not graded
    x = extractor.extract_text("《2024年禾川省县域数字政府评估报告》近日发布。"
                               "今年的试点包括安吉县、德清县。")
    assert not evaluated(x, "2024年禾川省县域数字政府评估报告")


# -- which report a bare 报告 is ------------------------------------------------------------------------

def test_a_bare_report_is_the_pages_own_report_not_one_it_compares_with(extractor):
    x = extractor.extract_text("禾川大学近日发布了《2023禾川湾区政府数据开放报告》。"
                               "这是继《松江流域政府数据开放报告》之后的又一份区域性报告。"
                               "报告发布了各地的开放等级。珠海、中山开放等级最高，为A+ 等级。")
    assert {"珠海", "中山"} <= {t[:2] for t in evaluated(x, "2023禾川湾区政府数据开放报告")}
    assert not evaluated(x, "松江流域政府数据开放报告")


def test_a_bare_report_is_the_report_named_last_not_the_first(extractor):
    x = extractor.extract_text("去年《2022年数字城市发展报告》发布。今年《2023年数字城市发展报告》近日发布。"
                               "报告显示，珠海、中山的开放等级最高，为A+ 等级。")
    assert {"珠海市", "中山市"} <= evaluated(x, "2023年数字城市发展报告")
    assert not evaluated(x, "2022年数字城市发展报告")


# -- descriptions that name no platform ------------------------------------------------------------------

def test_kinds_of_hotline_and_ways_of_serving_name_no_platform(extractor):
    x = extractor.extract_text("110、119、120等紧急热线与12345实现联动，县区热线统一归并到12345热线。"
                               "各地推行零材料办、跨域通办，基层政务网站统一迁入省部级平台。")
    assert all_names(x, "Platform") == {"12345热线"}


def test_fake_sites_and_sites_counted_by_kind_name_no_platform(extractor):
    x = extractor.extract_text("各地关停假冒网站12个、仿冒网站3个，县级以上地方政府门户网站全部完成整改，试点地区政府网站占总体政府网站的5%。")
    assert not all_names(x, "Platform")


def test_offline_halls_and_sites_of_a_kind_name_no_platform(extractor):
    x = extractor.extract_text("推动线下服务大厅与主题服务专区融合，与全国省级同类网站相比，党政机关网站和成熟应用平台均已整改。")
    assert not all_names(x, "Platform")


def test_ways_of_handling_cases_and_moving_systems_name_no_platform(extractor):
    x = extractor.extract_text("全县推行全程代办、帮办代办和县乡联办，与邻县签订跨省通办协议，各部门系统完成迁移上云，"
                               "并开通监督举报平台。")
    assert not all_names(x, "Platform")


# -- the date a page's header gives its own report --------------------------------------------------------

def test_a_reports_page_header_dates_its_publication(extractor):
    x = extractor.extract_text("青禾市数据局2024年政府信息公开工作年度报告\n"
                               "发布时间：2025-01-20 09:15:02 来源：青禾市数据局\n"
                               "一、总体情况\n2024年，青禾市数据局主动公开政府信息312条。")
    assert ("青禾市数据局2024年政府信息公开工作年度报告", "publicationDate", "2025-01-20") in dates(x)


def test_a_bulletins_date_alone_under_its_title_dates_it(extractor):
    x = extractor.extract_text("2024年第三季度全市政府网站检查情况通报\n2024年10月18日\n"
                               "三季度，对全市52家政府网站进行了全面检查，合格率96%。")
    assert ("2024年第三季度全市政府网站检查情况通报", "publicationDate", "2024-10-18") in dates(x)


def test_a_reports_file_date_dates_it_when_no_header_line_does(extractor):
    # an HTML page's date tag (read into RawText.published) for a page whose header the reader dropped
    x = extractor.extract(RawText("report.html", "青禾市数据局2024年政府信息公开工作年度报告\n"
                                  "2024年，青禾市数据局主动公开政府信息312条。", "utf-8", published="2025-01-21"))
    assert ("青禾市数据局2024年政府信息公开工作年度报告", "publicationDate", "2025-01-21") in dates(x)


def test_a_date_in_a_reports_body_is_no_page_date(extractor):
    # 数据来源 is no header field, and a day the calendar lacks dates nothing
    x = extractor.extract_text("青禾市数据局2024年政府信息公开工作年度报告\n"
                               "发布时间：2025-02-30\n"
                               "本报告数据来源：2024年12月31日统计，全年主动公开政府信息312条。")
    assert not any(prop == "publicationDate" for _, prop, _ in dates(x))


def test_a_policys_page_date_is_not_its_issue_date(extractor):
    # the day the page went up; a policy's issue date is the day it was signed
    x = extractor.extract_text("青禾市政务数据共享管理办法\n发布日期：2024-03-02\n"
                               "第一条 为规范政务数据共享，制定本办法。")
    assert not any(d.subject.startswith("Policy") for d in x.dates)


# -- whose figure a disclosure count is ------------------------------------------------------------------

def test_a_channel_disclosed_through_does_not_take_the_count(extractor):
    # 通过X系统主动公开: the system is where the county's bodies disclose, not what is counted
    x = extractor.extract_text("2023年，全县各政务单位通过省政府信息公开目录管理系统主动公开信息8210条。")
    assert not any(name.endswith("系统") for name, _ in metrics(x))


def test_channels_listed_before_disclosing_take_no_count(extractor):
    # the body disclosing them counts the rules, not the site or the gazette it used
    x = extractor.extract_text("2023年，杭州市人民政府在市政府网站、《杭州市人民政府公报》主动公开市政府规章9件。")
    assert {name for name, value in metrics(x) if value == 9} == {"杭州市人民政府"}


def test_a_platform_after_a_word_ending_in_zai_is_no_channel(extractor):
    # 存在 and 部署下 are no 在 leading a channel: the platform published the items itself
    x = extractor.extract_text("在省委统一部署下“浙里办”平台发布政策解读信息126条。")
    assert ("浙里办", 126) in metrics(x)


def test_a_platform_that_discloses_counts_as_itself(extractor):
    # no 通过/在 before it: the platform itself published the items
    x = extractor.extract_text("“浙里办”平台今年发布政策解读信息126条。")
    assert ("浙里办", 126) in metrics(x)


def test_a_platform_name_runs_over_a_verb_inside_a_noun(extractor):
    x = extractor.extract_text("各部门依托工程建设项目审批管理系统办理审批，并通过市政府信息公开目录系统公开信息。")
    assert {"工程建设项目审批管理系统", "市政府信息公开目录系统"} <= all_names(x, "Platform")


# -- a ranking's top N, listed in order ------------------------------------------------------------------

def ranks(x) -> set[tuple[str, float]]:
    return {(x.entity(m.subject).name, m.value) for m in x.metrics if m.unit == "名"}


def test_places_listed_as_a_rankings_top_n_take_their_places_in_turn(extractor):
    x = extractor.extract_text("报告显示，杭州、成都、合肥位列城市数字治理指数前三。")
    assert {("杭州市", 1), ("成都市", 2), ("合肥市", 3)} <= ranks(x)


def test_places_among_a_top_n_they_do_not_fill_take_no_rank(extractor):
    # two places among the top five: where each stands is not said
    x = extractor.extract_text("报告显示，杭州、成都位列城市数字治理指数前五。")
    assert not ranks(x)


# -- places ------------------------------------------------------------------------------------------------

def test_a_county_named_like_city_is_not_read_across_a_place_and_the_word_city(extractor):
    # 上海|城市 holds no 海城市 (a county-level city of Liaoning); written in full after its province it is one
    x = extractor.extract_text("为了更好支撑上海城市数字化转型工作，市里建设了政务云平台。")
    assert "海城市" not in all_names(x, "Region")
    x = extractor.extract_text("辽宁省海城市政务服务中心进驻窗口40个。")
    assert "海城市" in all_names(x, "Region")


# -- documents issued together ----------------------------------------------------------------------------

def test_titles_written_one_after_another_are_each_issued_by_the_body(extractor):
    x = extractor.extract_text("2016年，湘潭市人民政府相继出台了《湘潭市智慧城市建设行动计划》《湘潭市信息化项目建设管理办法》"
                               "《湘潭市信息共享管理暂行办法》。")
    issued = {head for kind, head, tail in rels(x) if kind == "issuedBy" and tail == "湘潭市人民政府"}
    assert issued == {"湘潭市智慧城市建设行动计划", "湘潭市信息化项目建设管理办法", "湘潭市信息共享管理暂行办法"}


# -- the country as the subject of 全国 ------------------------------------------------------------------

def test_a_nationwide_figure_is_the_countrys_on_a_page_that_never_names_it(extractor):
    x = extractor.extract_text("截至2017年6月1日，全国正在运行的政府网站36916家。")
    assert ("中国", 36916) in metrics(x)


def test_the_country_a_rank_is_among_is_not_what_is_ranked(extractor):
    x = extractor.extract_text("我国数字政府建设加快推进。目前四川省政府网上服务能力已从全国第9位上升到第7位。")
    assert not any(name == "中国" for name, _ in metrics(x))


def test_a_title_whose_page_left_its_bracket_open_is_still_a_title(extractor):
    x = extractor.extract_text("《青禾市加快“城市大脑”建设三年行动计划(2020-2022年》已经市政府同意，现印发给你们。")
    assert "青禾市加快“城市大脑”建设三年行动计划(2020-2022年)" in all_names(x, "Policy")
    assert "城市大脑" not in all_names(x, "Platform")   # (a quoted name inside the title is the title's)


def test_a_governments_platform_named_with_generic_words_is_a_platform(extractor):
    # a body's own 业务系统 names no platform, but a government's 数据开放平台 is the one it runs
    x = extractor.extract_text("北京市政府数据开放平台、贵州省政府数据开放平台相继上线，省人社厅业务系统完成升级。")
    assert {"北京市政府数据开放平台", "贵州省政府数据开放平台"} <= all_names(x, "Platform")
    assert not any("人社厅" in name for name in all_names(x, "Platform"))


# -- bodies -----------------------------------------------------------------------------------------------

def test_a_group_named_after_a_places_programme_keeps_the_programmes_name(extractor):
    x = extractor.extract_text("福州市成立数字福州建设领导小组，统筹全市数字政府建设。")
    assert "数字福州建设领导小组" in all_names(x, "Agency")


def test_a_quoted_reform_before_generic_platform_words_is_part_of_the_name(extractor):
    x = extractor.extract_text("全市建成“一件事一次办”主题集成服务系统，并上线社区事务“一门式”受理服务信息系统。")
    names = {n.strip("“”").replace("“", "").replace("”", "") for n in all_names(x, "Platform")}
    assert {"一件事一次办主题集成服务系统", "社区事务一门式受理服务信息系统"} <= names


def test_a_quoted_number_or_word_does_not_join_a_platforms_name(extractor):
    # “山寨” is a word for fake sites, not their name; the hall the hotline is answered in is a room
    # (the quoted number names the hotline: test_extract_wording_ninth)
    x = extractor.extract_text("在长春市“12345”热线接线大厅内，工作人员处理来电；各地关停“山寨”政府网站12个。")
    assert not any("山寨" in n or n.endswith("大厅") for n in all_names(x, "Platform"))


def test_a_bare_platform_opening_a_clause_is_the_platform_last_named(extractor):
    x = extractor.extract_text("2017年，“青禾市政府数据共享交换平台”正式上线运行。"
                               "2021年9月，平台已建立数据资源目录18725个，累计完成数据交换3053.91万次。")
    assert {("青禾市政府数据共享交换平台", 18725), ("青禾市政府数据共享交换平台", 30539100)} <= metrics(x)


def test_the_countrys_own_apps_and_cards_are_platforms_of_no_province(extractor):
    x = extractor.extract_text("可通过国务院客户端、掌上12333申领电子社保卡，全国电子社保卡持卡人数超过3亿。")
    assert {"国务院客户端", "掌上12333", "电子社保卡"} <= all_names(x, "Platform")
    assert ("电子社保卡", 300000000) in metrics(x)
    assert not any(kind == "serves" for kind, _, _ in rels(x))


def test_a_newspapers_app_named_after_its_province_serves_no_one_there(extractor):
    x = extractor.extract_text("据河北日报客户端消息，河北省政务服务网新上线事项200项。")
    served = {(head, tail) for kind, head, tail in rels(x) if kind == "serves"}
    assert not any(head == "河北日报客户端" for head, _ in served)


def test_a_body_written_right_before_a_policys_title_issued_it(extractor):
    x = extractor.extract_text("国务院《促进大数据发展行动纲要》提出，加快政府数据开放共享。")
    assert ("issuedBy", "促进大数据发展行动纲要", "国务院") in rels(x)


def test_a_title_listed_later_that_names_its_own_place_is_not_the_bodys(extractor):
    x = extractor.extract_text("按照国务院办公厅《关于建立政务服务“好差评”制度提高政务服务水平的意见》、"
                               "《河南省政务服务“好差评”制度》要求，全县推进“好差评”工作。")
    found = rels(x)
    assert ("issuedBy", "关于建立政务服务“好差评”制度提高政务服务水平的意见", "国务院办公厅") in found
    assert not any(kind == "issuedBy" and head.startswith("河南省") for kind, head, _ in found)


def test_guidelines_and_rules_are_policies(extractor):
    x = extractor.extract_text("国务院办公厅印发了《政府网站发展指引》和《12345政务服务便民热线第三方评估通则》。")
    assert {"政府网站发展指引", "12345政务服务便民热线第三方评估通则"} <= all_names(x, "Policy")


def test_a_places_bodies_joined_to_a_platform_are_the_platforms_count(extractor):
    x = extractor.extract_text("目前，亳州市47家市直单位、180家县(区)直单位全部纳入安徽政务服务网亳州分厅。")
    assert {("安徽政务服务网亳州分厅", 47), ("安徽政务服务网亳州分厅", 180)} <= metrics(x)


def test_places_listed_and_counted_share_the_figure_after_their_count(extractor):
    x = extractor.extract_text("其中，哈尔滨市、齐齐哈尔市、牡丹江市3个市网站合格率达100%。")
    assert {("哈尔滨市", 1.0), ("齐齐哈尔市", 1.0), ("牡丹江市", 1.0)} <= metrics(x)


def test_a_share_after_a_counted_list_is_not_each_places(extractor):
    # 得分率 after the count is each province's; 占比 is the three's share of all, no one province's
    x = extractor.extract_text("浙江、贵州和江苏3个省级政府得分率9.38%。")
    assert {("浙江省", 0.0938), ("江苏省", 0.0938)} <= metrics(x)
    y = extractor.extract_text("浙江、贵州和江苏3个省级政府占比9.38%。")
    assert not any(value == 0.0938 for _, value in metrics(y))


# -- who leads a task ---------------------------------------------------------------------------------------

def test_bodies_named_before_lead_in_a_tasks_note_coordinate_its_platform(extractor):
    x = extractor.extract_text("推进禾川省电子政务外网应用承载，完善网上政务服务支撑。"
                               "（省发展改革委、省财政厅牵头，相关部门配合）")
    assert {("coordinates", "省发展改革委", "禾川省电子政务外网"), ("coordinates", "省财政厅", "禾川省电子政务外网")} <= rels(x)


def test_a_bare_site_opening_a_clause_is_the_site_last_named(extractor):
    x = extractor.extract_text("青禾市政府门户网站于2016年改版。截至2023年，网站共开设政务公开专栏23个。")
    assert ("青禾市政府门户网站", 23) in metrics(x)


def test_the_sites_of_a_governments_departments_counted_name_no_platform(extractor):
    x = extractor.extract_text("抽查市政府门户网站1个、市政府工作部门及派出机构网站35个、县级政府门户网站及县级部门网站20个。")
    assert all_names(x, "Platform") == {"市政府门户网站"}


def test_a_development_zone_named_after_its_city_is_a_place(extractor):
    x = extractor.extract_text("福州高新区推行“一窗受理”，兰州新区上线政务服务App。")
    assert {"福州高新区", "兰州新区"} <= all_names(x, "Region")
    y = extractor.extract_text("福州市高新区推进改革，福州高新区政务服务中心开通。")
    assert len([e for e in y.entities if e.type == "Region" and e.name.endswith("高新区")]) == 1   # (one zone, however written)


def test_a_university_and_another_body_are_two_not_one_laboratory(extractor):
    x = extractor.extract_text("该指数由复旦大学和国家信息中心数字中国研究院联合发布。")
    assert "复旦大学" in all_names(x, "Organization")
    assert not any(name.startswith("复旦大学和") for name in all_names(x))


def test_an_inspection_bulletin_rates_the_place_whose_sites_it_inspected(extractor):
    x = extractor.extract_text("浙江省人民政府办公厅关于2018年第三季度全省政府网站抽查情况的通报\n"
                               "本次共抽查了全省500个政府网站，总体合格率99%。")
    assert ("evaluates", "浙江省人民政府办公厅关于2018年第三季度全省政府网站抽查情况的通报", "浙江省") in rels(x)


def test_a_work_bulletins_spaced_title_heads_its_page(extractor):
    # 情况通报 without 的, a space the page put inside: still the page's own bulletin, a report
    x = extractor.extract_text("关于2023年上半年全县政务服务 “好差评”工作情况通报\n"
                               "全县共收到“好差评”评价12000条，好评率99.9%。")
    assert "关于2023年上半年全县政务服务“好差评”工作情况通报" in all_names(x, "Report")


def test_a_reform_quoted_before_platform_words_is_no_brand_of_its_own(extractor):
    # “跨省通办”平台: the reform's platform, named by the device words before it, not a brand 跨省通办
    x = extractor.extract_text("福建省牵头开通全国首个政务服务自助机“跨省通办”平台，累计办件887万件。")
    assert "跨省通办" not in all_names(x, "Platform")
    assert any(name.startswith("政务服务自助机") for name in all_names(x, "Platform"))


def test_a_sentence_naming_nothing_goes_on_counting_for_the_sentence_before(extractor):
    x = extractor.extract_text("2023年，安吉县新建便民服务站42个。截至年底，共办理事项614件，办结586件。")
    assert {("安吉县", 614), ("安吉县", 586)} <= metrics(x)


def test_a_sentence_after_one_without_figures_carries_no_subject(extractor):
    x = extractor.extract_text("2023年，安吉县新建便民服务站42个。安吉县持续优化服务流程。截至年底，共办理事项614件。")
    assert not any(value == 614 for _, value in metrics(x))


def test_towns_named_alone_are_places_of_the_pages_county(extractor):
    x = extractor.extract_text("眉县推进政务服务改革。在阳平镇、回马镇开展试点，中沙乡完成整改。")
    towns = {n for n in all_names(x, "Region") if n.endswith(("镇", "乡"))}
    assert {"眉县阳平镇", "眉县回马镇", "眉县中沙乡"} <= towns
    y = extractor.extract_text("眉县推进乡镇便民服务中心建设，全镇共有便民服务站12个。")
    assert not {n for n in all_names(y, "Region") if n.endswith(("镇", "乡"))}


# -- what the review of this round found ---------------------------------------------------------------------

def test_the_country_a_place_is_compared_with_is_no_subject(extractor):
    x = extractor.extract_text("杭州市数字政府建设加快。我市政务服务事项网办率高于全国平均水平10个百分点，"
                               "在全国率先实现100%事项网上可办。")
    assert not any(name == "中国" for name, _ in metrics(x))


def test_a_quoted_description_before_longer_generic_words_names_no_platform(extractor):
    x = extractor.extract_text("推出“智能化”政务服务系统和“一站式”政务服务平台。")
    assert not any("“" in name for name in all_names(x, "Platform"))


def test_a_bulletin_on_the_provinces_cities_and_counties_sites_rates_the_province(extractor):
    x = extractor.extract_text("浙江省人民政府办公厅关于2018年第三季度全省市县政府网站抽查情况的通报\n"
                               "本次共抽查了500个政府网站。")
    assert ("evaluates", "浙江省人民政府办公厅关于2018年第三季度全省市县政府网站抽查情况的通报", "浙江省") in rels(x)


def test_a_broadcast_platform_named_after_its_province_still_serves_it(extractor):
    x = extractor.extract_text("浙江省应急广播平台覆盖全省各地。")
    assert ("serves", "浙江省应急广播平台", "浙江省") in rels(x)


def test_the_countrys_own_apps_have_no_province(extractor):
    assert extractor.resources.province_of_app("电子社保卡") is None


def test_an_emptied_rating_leads_file_turns_the_rule_off(tmp_path):
    from govkg.loaders.pipeline import Extractor
    from govkg.loaders.resources import load_resources

    text = "《2024年禾川省县域数字政府评估报告》近日发布。良好等级包括安吉县、德清县。"
    report = "2024年禾川省县域数字政府评估报告"
    assert {"安吉县", "德清县"} <= evaluated(Extractor(load_resources(tmp_path)).extract_text(text), report)
    (tmp_path / "rating_leads.tsv").write_text("phrase\n", encoding="utf-8")   # (a header, no phrase)
    assert not evaluated(Extractor(load_resources(tmp_path)).extract_text(text), report)


def test_a_platform_name_does_not_run_over_a_space_inside_a_noun_compound(extractor):
    x = extractor.extract_text("推进工程建设 项目审批管理系统建设。")
    assert not any(" " in name for name in all_names(x, "Platform"))
