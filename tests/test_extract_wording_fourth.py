"""Kinds of wording found across ten sets of real articles (200 pages, annotated apart from the
code), pooled by the kind of error rather than read page by page.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

import pytest

from .test_extract import rels
from .test_extract_wording import all_names, metrics


# -- descriptions that name no platform ----------------------------------------------------------

def test_a_platform_described_by_its_role_or_state_names_no_platform(extractor):
    x = extractor.extract_text("该区统筹建设应用支撑平台和综合性服务平台，将非涉密信息系统、存量信息系统和自建政务服务系统"
                               "全部迁入政务云，并接入叫号系统和物联感知系统。")
    assert not all_names(x, "Platform") & {"应用支撑平台", "综合性服务平台", "非涉密信息系统", "存量信息系统",
                                           "自建政务服务系统", "叫号系统", "物联感知系统"}


def test_a_named_system_with_a_descriptive_word_is_still_a_platform(extractor):
    x = extractor.extract_text("宁波市上线了“甬易办”综合性服务平台，并建成宁波市城市运行管理服务平台。")
    names = all_names(x, "Platform")
    assert "宁波市城市运行管理服务平台" in names
    assert any("甬易办" in n for n in names)


def test_a_sector_and_its_systems_are_not_one_platform(extractor):
    x = extractor.extract_text("陕西省政府系统要带头用好政务新媒体。交通系统和卫生系统的办件已全部接入，"
                               "新乡市政务信息系统已全部迁移上云。")
    assert not all_names(x, "Platform") & {"陕西省政府系统", "交通系统", "卫生系统", "新乡市政务信息系统"}


def test_every_government_site_of_a_place_is_not_one_platform(extractor):
    x = extractor.extract_text("深圳市政务服务数据管理局负责指导全市政府网站建设。全省政府网站总体合格率达到95%。")
    assert not all_names(x, "Platform") & {"深圳市政府网站", "广东省政府网站", "全市政府网站", "全省政府网站"}
    y = extractor.extract_text("全省一体化政务服务平台已接入事项3000项。")
    assert any("一体化政务服务平台" in n for n in all_names(y, "Platform"))   # one platform for the province


# -- documents named by their own first line ------------------------------------------------------

def test_a_page_s_first_line_names_the_document_it_holds(extractor):
    x = extractor.extract_text("2024年3月份某市12345政务服务便民热线运行情况通报\n"
                               "3月，热线共受理群众诉求8000件。")
    assert "2024年3月份某市12345政务服务便民热线运行情况通报" in all_names(x, "Report")
    y = extractor.extract_text("乙市数据资源局2023年工作总结和2024年工作计划 | ||\n2023年，我局围绕数字政府建设开展工作。")
    assert "乙市数据资源局2023年工作总结和2024年工作计划" in all_names(y, "Report")
    assert ("publishedBy", "乙市数据资源局2023年工作总结和2024年工作计划", "乙市数据资源局") in rels(y)


def test_a_news_headline_on_the_first_line_names_no_document(extractor):
    x = extractor.extract_text("丙省发布2023年政务服务工作报告\n丙省政务服务中心近日发布年度报告。")
    assert not any(n.startswith("丙省发布") for n in all_names(x, "Report"))
    y = extractor.extract_text("关于市人大第12号建议的答复意见\n感谢您对数字政府建设的关心。")
    assert not all_names(y, "Policy")


def test_a_circular_in_title_marks_is_a_report_that_rates_what_scored_well(extractor):
    x = extractor.extract_text("国务院办公厅发布《2023年政府网站检查情况通报》。"
                               "湖北、江西2个省级政府门户网站和宜昌、襄阳2个市级政府门户网站得分靠前，"
                               "天津、重庆的省、市、县三级政府门户网站均达到良好。")
    report = "2023年政府网站检查情况通报"
    assert report in all_names(x, "Report")
    found = rels(x)
    for place in ("湖北省", "江西省", "宜昌市", "襄阳市", "天津市", "重庆市"):
        assert ("evaluates", report, place) in found


# -- what a report ranks or rates -------------------------------------------------------------------

def test_places_listed_before_a_run_of_ranks_take_them_in_turn_ties_joined_by_a_slash(extractor):
    x = extractor.extract_text("某研究院发布《2024年政府网站绩效评估报告》。省级政府门户网站中，吉林、辽宁并列第一名，"
                               "山西、河北、甘肃/青海分列三至五名。")
    report = "2024年政府网站绩效评估报告"
    found = metrics(x)
    for place, rank in (("山西省", 3.0), ("河北省", 4.0), ("甘肃省", 5.0), ("青海省", 5.0)):
        assert (place, rank) in found
        assert ("evaluates", report, place) in rels(x)


def test_places_a_report_says_did_best_are_rated_by_it(extractor):
    x = extractor.extract_text("《2023城市数字治理指数报告》显示，在数据开放方面，宁波、温州表现最佳；"
                               "苏州、无锡的数字服务水平最高。")
    report = "2023城市数字治理指数报告"
    for place in ("宁波市", "温州市", "苏州市", "无锡市"):
        assert ("evaluates", report, place) in rels(x)


# -- whose figures ---------------------------------------------------------------------------------

def test_a_service_centre_s_rates_in_the_next_sentence_are_its_own(extractor):
    x = extractor.extract_text("4月份，龙游县政务服务中心共受理各类事项3120件，办结3098件。"
                               "按期办结率99.3%，群众评议率97.5%，满意率100%。")
    found = metrics(x)
    for value in (3120.0, 0.993, 0.975, 1.0):
        assert ("龙游县政务服务中心", value) in found


def test_a_hotline_s_case_counts_in_the_next_sentence_stay_the_hotline_s(extractor):
    x = extractor.extract_text("2023年，衢州市12345政务服务便民热线共服务企业群众88000件。"
                               "总受理量80210件；从办理情况看，在线解答率为61.2%，公众满意率为98.5%。")
    found = metrics(x)
    for value in (88000.0, 80210.0, 0.612, 0.985):
        assert ("衢州市12345政务服务便民热线", value) in found


# -- bodies ------------------------------------------------------------------------------------------

def test_bodies_named_by_newer_cores_and_short_forms(extractor):
    x = extractor.extract_text("宁夏回族自治区人民政府召开会议。自治区数字化发展局、自治区政务服务和公共资源交易中心参加。")
    assert {"宁夏回族自治区数字化发展局", "宁夏回族自治区政务服务和公共资源交易中心"} <= all_names(x, "Agency")
    y = extractor.extract_text("镇江市人民政府印发通知，市政务办负责推进。")
    assert "镇江市政务办" in all_names(y, "Agency")


def test_a_body_s_name_ends_before_what_it_does(extractor):
    x = extractor.extract_text("锦州市人民政府发布办法。市大数据管理中心负责政府数据共享。")
    assert "锦州市大数据管理中心" in all_names(x, "Agency")
    assert not any("负责" in n for n in all_names(x, "Agency"))


def test_counted_centres_are_many_bodies_and_a_plan_s_pivot_is_not_what_it_counts(extractor):
    x = extractor.extract_text("南通市建立以市政务服务中心为牵引、以10个区政务服务中心为主体、以96个乡镇便民服务中心为基础的体系。")
    assert "区政务服务中心" not in all_names(x, "Agency")
    found = metrics(x)
    assert ("南通市", 10.0) in found and ("南通市", 96.0) in found


def test_departments_listed_after_one_with_a_place_share_its_place(extractor):
    x = extractor.extract_text("梧州市政务服务中心公布本月排名。提速前五名的单位：市公安局、财政局、林业局、商务局、国资委。")
    assert {"梧州市公安局", "梧州市财政局", "梧州市商务局", "梧州市国资委"} <= all_names(x, "Agency")
    y = extractor.extract_text("西藏自治区数据局与兵团数据局签署协议。")
    assert not any(n.endswith("兵团数据局") and n != "兵团数据局" for n in all_names(y, "Agency"))


def test_what_a_circular_inspected_is_counted_on_the_circular(extractor):
    x = extractor.extract_text("省政府办公厅近日印发《2024年第二季度政府网站抽查情况通报》。通报称，本次共抽查政府网站210个，"
                               "抽查政务新媒体96个。")
    report = "2024年第二季度政府网站抽查情况通报"
    found = metrics(x)
    assert (report, 210.0) in found and (report, 96.0) in found


# -- places ----------------------------------------------------------------------------------------

def test_a_city_named_in_full_only_inside_a_platform_s_name_is_a_place_it_serves(extractor):
    x = extractor.extract_text("看病时，借助丽水市医学影像云平台，各家医院之间的影像资料可以互认。")
    assert "丽水市" in all_names(x, "Region")
    assert ("serves", "丽水市医学影像云平台", "丽水市") in rels(x)
    y = extractor.extract_text("中国政府网发布通知。")
    assert "中国" not in all_names(y, "Region")


def test_an_office_s_circular_about_a_check_reports_what_was_found(extractor):
    # (a later round of annotated pages types these Report, 6 to 1; 关于表彰…的通报 stays a Policy)
    x = extractor.extract_text("近日，印发了《浙江省人民政府办公厅关于2024年第一季度全省政府网站抽查情况的通报》。")
    assert "浙江省人民政府办公厅关于2024年第一季度全省政府网站抽查情况的通报" in all_names(x, "Report")
    y = extractor.extract_text("福建省人民政府办公厅关于2024年第二季度政府网站抽查情况的通报\n各市人民政府：")
    assert "福建省人民政府办公厅关于2024年第二季度政府网站抽查情况的通报" in all_names(y, "Report")


def test_accounts_listed_after_the_word_for_them_are_platforms(extractor):
    x = extractor.extract_text("全省正在运行的政务新媒体共2100个，检查2100个，其中：合格2097个；不合格3个，"
                               "分别为：“平安东湖”“美丽西坪”“古城民政”。")
    assert {"平安东湖", "美丽西坪", "古城民政"} <= all_names(x, "Platform")


def test_bodies_set_apart_by_chu_wai_are_not_what_the_figures_after_count(extractor):
    x = extractor.extract_text("截至3月底，湖南省政务服务中心共接收办件6200件。目前，除湖南省统计局(2项)、湖南省粮食局(1项)等2个部门外，"
                               "其余48个省直部门已进驻中心，进驻事项690项。")
    found = metrics(x)
    assert ("湖南省统计局", 2.0) in found
    assert ("湖南省政务服务中心", 690.0) in found and ("湖南省统计局", 690.0) not in found


def test_a_platform_s_range_of_use_names_the_places_it_serves(extractor):
    x = extractor.extract_text("目前，“城管通”APP应用范围为历下区、市中区、槐荫区等建成区。")
    found = rels(x)
    for place in ("历下区", "市中区", "槐荫区"):
        assert any(r[0] == "serves" and r[1] == "城管通" and r[2].endswith(place) for r in found)


def test_a_city_s_command_centre_is_a_body(extractor):
    x = extractor.extract_text("市民上报的问题会推送到银川市城市运行管理指挥中心，由其派遣处置。")
    assert "银川市城市运行管理指挥中心" in all_names(x, "Agency")


# -- what a document rests on --------------------------------------------------------------------------

def test_a_document_s_own_text_citing_a_basis_makes_the_document_based_on_it(extractor):
    x = extractor.extract_text("江西省人民政府办公厅关于2024年第一季度全省政府网站抽查情况的通报\n"
                               "各设区市人民政府：\n根据《国务院办公厅关于加强政府网站信息内容建设的意见》要求，"
                               "省政府办公厅组织开展了抽查工作。")
    assert ("basedOn", "江西省人民政府办公厅关于2024年第一季度全省政府网站抽查情况的通报",
            "国务院办公厅关于加强政府网站信息内容建设的意见") in rels(x)


def test_a_plan_under_its_own_heading_after_the_notice_rests_on_what_it_cites(extractor):
    x = extractor.extract_text("现将《安徽省数字政府建设2024年工作要点》印发给你们，请认真贯彻落实。\n"
                               "安徽省数字政府建设2024年工作要点\n"
                               "2024年，对照《国务院关于加强数字政府建设的指导意见》，深入推进数字政府建设。")
    assert ("basedOn", "安徽省数字政府建设2024年工作要点", "国务院关于加强数字政府建设的指导意见") in rels(x)


def test_a_university_s_laboratory_is_one_organization(extractor):
    x = extractor.extract_text("报告由浙江大学公共数据与治理实验室发布。")
    assert "浙江大学公共数据与治理实验室" in all_names(x, "Organization")


def test_sites_counted_or_failing_are_not_one_site(extractor):
    x = extractor.extract_text("来源：江西省人民政府网站\n截至目前，我省正常运行政府网站共计612个。本次抽查发现不合格网站4个。")
    assert "不合格网站" not in all_names(x, "Platform")
    found = metrics(x)
    assert ("江西省", 612.0) in found and ("江西省人民政府网站", 612.0) not in found


def test_figures_of_a_hotline_s_own_bulletin_are_the_hotline_s(extractor):
    x = extractor.extract_text("2024年5月份嘉兴市12345政务服务便民热线运行情况通报\n"
                               "(一)诉求分类情况\n投诉320件 占比 60.5%\n咨询150件 占比 28.4%\n")
    found = metrics(x)
    for value in (320.0, 0.605, 150.0, 0.284):
        assert ("嘉兴市12345政务服务便民热线", value) in found


def test_a_mayor_s_hotline_is_not_the_city_s_long_hotline(extractor):
    x = extractor.extract_text("宿州市数据资源局发布通报。3月份，12345市长热线服务中心共受理群众来电6100件。")
    agencies = all_names(x, "Agency")
    assert "12345市长热线服务中心" in agencies
    assert not any(n.startswith("宿州市长") for n in agencies | all_names(x, "Platform"))


def test_a_hotline_centre_s_counts_measure_its_hotline(extractor):
    x = extractor.extract_text("宿州市数据资源局发布通报。3月份，宿州市12345政务服务便民热线中心共受理群众来电6100件。")
    found = metrics(x)
    assert ("宿州市12345政务服务便民热线", 6100.0) in found


def test_where_cases_came_from_is_not_what_received_them(extractor):
    x = extractor.extract_text("3月份，宿州市12345政务服务便民热线共受理群众来电6100件。共接到省长热线平台转办11件，办结率96.5%。")
    found = metrics(x)
    assert ("宿州市12345政务服务便民热线", 11.0) in found
    assert not any(s == "省长热线平台" for s, _ in found)


def test_sites_of_several_places_and_systems_built_by_the_state_are_no_platform(extractor):
    x = extractor.extract_text("北京、辽宁、青海等地政府网站抽查合格率达100%。平台已与国建业务系统和20个省直垂建业务系统对接。")
    names = all_names(x, "Platform")
    assert not names & {"地政府网站", "国建业务系统", "省直垂建业务系统"}


def test_a_national_platform_serves_the_country_the_text_names(extractor):
    x = extractor.extract_text("在联合国电子政务调查中，中国的排名上升。截至年底，全国一体化政务服务平台实名注册用户超过10亿人。")
    assert ("serves", "全国一体化政务服务平台", "中国") in rels(x)


def test_the_hub_a_platform_is_built_around_is_part_of_it(extractor):
    x = extractor.extract_text("以国家数据共享交换平台为总枢纽的全国一体化数据共享交换平台已经建成。")
    assert ("partOf", "国家数据共享交换平台", "全国一体化数据共享交换平台") in rels(x)


def test_who_produced_a_report_and_the_page_s_publisher_field(extractor):
    x = extractor.extract_text("由浙江大学公共数据与治理实验室出品的《2024中国城市数据开放报告》正式发布。")
    assert ("publishedBy", "2024中国城市数据开放报告", "浙江大学公共数据与治理实验室") in rels(x)
    y = extractor.extract_text("2023年度数字政府服务能力评估报告\n• 发布机构：浙江省大数据发展管理局\n• 发布日期：2023-10\n报告简介")
    assert ("publishedBy", "2023年度数字政府服务能力评估报告", "浙江省大数据发展管理局") in rels(y)


def test_places_a_report_gives_a_prize_are_rated_by_it(extractor):
    x = extractor.extract_text("据《2024城市数据开放报告》公布，青岛、厦门等多个城市分别获得二等奖和三等奖。")
    for place in ("青岛市", "厦门市"):
        assert ("evaluates", "2024城市数据开放报告", place) in rels(x)


def test_a_rating_phrase_taught_in_a_user_s_folder(tmp_path):
    from govkg.loaders.pipeline import Extractor
    from govkg.loaders.resources import DATA, load_resources

    text = "《2024城市数字服务报告》显示，宁波、温州成绩斐然。"
    assert not any(r[0] == "evaluates" for r in rels(Extractor(load_resources(tmp_path)).extract_text(text)))
    rows = (DATA / "rating_phrases.tsv").read_text(encoding="utf-8") + "成绩斐然\n"
    (tmp_path / "rating_phrases.tsv").write_text(rows, encoding="utf-8")
    x = Extractor(load_resources(tmp_path)).extract_text(text)
    assert ("evaluates", "2024城市数字服务报告", "宁波市") in rels(x)
    (tmp_path / "rating_phrases.tsv").write_text(rows + "被评为(?P<rating>[一二三]星级)\n", encoding="utf-8")
    z = Extractor(load_resources(tmp_path)).extract_text("《2024城市数字服务报告》近日发布。宁波、温州被评为三星级。")
    assert {r.rating for r in z.relations if r.type == "evaluates"} == {"三星级"}   # a second rating group
    (tmp_path / "rating_phrases.tsv").write_text(rows + "(?P<x>斐然)\n(?P<x>卓著)\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"rating_phrases.tsv: the phrases do not join"):
        load_resources(tmp_path).rating_phrases
    (tmp_path / "rating_phrases.tsv").write_text(rows + "成绩(斐然\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"rating_phrases.tsv: '成绩\(斐然' is not a regular expression"):
        load_resources(tmp_path).rating_phrases


# -- guards from reading the round again: what these rules must not do ----------------------------------

def test_guards_for_set_apart_and_received_from(extractor):
    x = extractor.extract_text("除夕当天，台州市12345政务服务便民热线安排专人值守，另外，共接听来电980个。")
    assert ("台州市12345政务服务便民热线", 980.0) in metrics(x)
    y = extractor.extract_text("来自台州市政务服务中心的消息，上半年共受理办件1.8万件。")
    assert ("台州市政务服务中心", 18000.0) in metrics(y)


def test_guards_for_headlines_on_the_first_line(extractor):
    for headline in ("政务服务迈向新台阶", "一图读懂数据共享新规范", "某县推进一网通办专项行动",
                     "【地方】我市打造营商环境新标准", "市数据局全面总结2023年工作 谋划2024年发展"):
        x = extractor.extract_text(headline + "\n近日，有关部门召开会议。")
        assert not all_names(x, "Policy") | all_names(x, "Report"), headline


def test_guards_for_quoted_problems_hubs_and_headings(extractor):
    x = extractor.extract_text("检查发现，政务新媒体的问题主要为“更新不及时”“回应不到位”。")
    assert not all_names(x, "Platform")
    y = extractor.extract_text("以省政务服务平台为总门户的服务体系加快构建，“闽政通”已接入事项2000项。")
    assert not any(r[0] == "partOf" for r in rels(y))
    z = extractor.extract_text("解读《福建省公共数据管理办法》\n记者了解到，省数据局对照《数据安全法》开展了专项检查。")
    assert not any(r[0] == "basedOn" for r in rels(z))


def test_guards_for_shared_places_labs_and_city_wide_figures(extractor):
    x = extractor.extract_text("柳州市人民政府召开协调会，市公安局、人民银行柳州市中心支行、工业和信息化部有关司局参加。")
    agencies = all_names(x, "Agency")
    assert "柳州市工业和信息化部" not in agencies and "柳州市人民银行" not in agencies
    y = extractor.extract_text("南京大学获批国家重点实验室。")
    assert "南京大学获批国家重点实验室" not in all_names(y, "Organization")
    z = extractor.extract_text("江山市政务服务中心共受理办件4200件。全市消费者投诉同比下降，涉及金额320万元。")
    assert ("江山市政务服务中心", 3200000.0) not in metrics(z)


def test_a_rank_reached_in_a_year_among_counted_members(extractor):
    x = extractor.extract_text("报告显示，我国电子政务排名在193个联合国会员国中从2016年的第63位上升到了2024年的第35位。")
    found = metrics(x)
    assert ("中国", 35.0) in found
    assert not any(s == "联合国" for s, _ in found)


def test_a_name_never_starts_inside_qizhong(extractor):
    x = extractor.extract_text("2023年县直单位评价总量为21000条,其中县政务服务大厅其他终端8000条,移动端6000条。")
    assert not any(n.startswith("中") for n in all_names(x, "Platform"))


def test_bodies_listed_that_sign_jointly_each_cooperate_with_every_other(extractor):
    x = extractor.extract_text("12月20日，国家信息中心、浙江省大数据发展管理局、杭州市数据资源管理局在京共同签署《政务云合作协议》。")
    found = rels(x)
    pairs = {frozenset((r[1], r[2])) for r in found if r[0] == "cooperatesWith"}
    assert frozenset(("浙江省大数据发展管理局", "杭州市数据资源管理局")) in pairs
    assert frozenset(("国家信息中心", "杭州市数据资源管理局")) in pairs
    y = extractor.extract_text("浙江省人民政府与华为技术有限公司、阿里巴巴集团签署战略合作协议。")
    assert frozenset(("华为技术有限公司", "阿里巴巴集团")) not in {frozenset((r[1], r[2])) for r in rels(y)
                                                              if r[0] == "cooperatesWith"}


def test_an_autonomous_prefecture_by_its_short_name_and_zhou(extractor):
    x = extractor.extract_text("黔南州、湘西州的网站抽查合格率均达到100%，凉山州大数据中心负责运维。")
    regions = all_names(x, "Region")
    assert {"黔南布依族苗族自治州", "湘西土家族苗族自治州", "凉山彝族自治州"} <= regions
    assert "凉山彝族自治州大数据中心" in all_names(x, "Agency")
