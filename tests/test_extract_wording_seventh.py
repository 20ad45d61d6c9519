"""Kinds of wording found in a seventh round of real pages (policy texts, evaluation reports,
bulletins), annotated apart from the code; the sets were first scored unread.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import rels
from .test_extract_wording import all_names, metrics


# -- what a policy rests on ----------------------------------------------------------------------

def test_a_policys_first_paragraph_opening_on_its_purpose_rests_on_what_it_carries_out(extractor):
    # the page cut the sentence before its 制定本方案: the opening formula alone says it
    x = extractor.extract_text("青禾市加快政务数据共享行动方案\n"
                               "为深入贯彻落实《国务院关于加强数字政府建设的指导意见》和《禾川省数据共享管理办法》，"
                               "进一步打破数据壁垒，推动跨部门业务协同")
    plan = "青禾市加快政务数据共享行动方案"
    assert {("basedOn", plan, "国务院关于加强数字政府建设的指导意见"),
            ("basedOn", plan, "禾川省数据共享管理办法")} <= rels(x)


def test_a_purpose_later_in_a_policy_is_no_basis_of_it(extractor):
    x = extractor.extract_text("青禾市加快政务数据共享行动方案\n"
                               "一、总体要求\n到2025年，全市政务数据共享体系基本建成，数据目录实现全覆盖，共享效率明显提升。\n"
                               "二、重点任务\n为贯彻落实《禾川省数据共享管理办法》，各区要明确数据共享责任人。")
    assert not any(r[0] == "basedOn" for r in rels(x))


def test_a_policy_titled_as_measures_heads_its_own_text(extractor):
    x = extractor.extract_text("关于进一步优化县域政务服务的若干举措\n"
                               "为贯彻落实《国务院关于加快推进政务服务标准化规范化便利化的指导意见》精神，结合本县实际，"
                               "制定如下举措。")
    measures = "关于进一步优化县域政务服务的若干举措"
    assert measures in all_names(x, "Policy")
    assert ("basedOn", measures, "国务院关于加快推进政务服务标准化规范化便利化的指导意见") in rels(x)


# -- the platforms every government has, and the place they serve ----------------------------------

def test_a_standard_platform_named_by_its_level_serves_the_pages_place_of_that_level(extractor):
    x = extractor.extract_text("江西省数据局介绍，今年将完成省级政务云平台扩容，新增算力资源500台。"
                               "江西省九江市同步推进市级政务云建设。")
    found = rels(x)
    assert ("serves", "省级政务云平台", "江西省") in found
    assert ("serves", "省级政务云平台", "九江市") not in found


def test_the_government_network_named_bare_serves_the_place_the_page_is_about(extractor):
    x = extractor.extract_text("九江市大数据中心介绍，今年完成了电子政务外网改造，政务部门接入率达100%。")
    assert ("serves", "电子政务外网", "九江市") in rels(x)


def test_the_government_network_through_every_level_is_one_network(extractor):
    # 市县乡镇 before a platform every government has would make it every place's; a network is one
    x = extractor.extract_text("江西省完成市县乡镇(街道)电子政务外网升级改造，政务云全面扩容。")
    assert "电子政务外网" in all_names(x, "Platform")
    several = extractor.extract_text("各市县要加快建设一体化政务服务平台。")
    assert "一体化政务服务平台" not in all_names(several, "Platform")    # each place's own, no one platform


def test_a_data_or_computing_centre_is_a_facility_and_a_big_data_centre_a_body(extractor):
    x = extractor.extract_text("海南省统一政务数据中心已集中托管服务器632台，省电子政务云计算中心为33家省直部门提供服务。"
                               "海南省大数据管理局负责两个中心的运行。")
    platforms = all_names(x, "Platform")
    assert {"海南省统一政务数据中心", "省电子政务云计算中心"} <= platforms
    assert {(x.entity(m.subject).name, m.value) for m in x.metrics} >= {("海南省统一政务数据中心", 632.0),
                                                                         ("省电子政务云计算中心", 33.0)}
    body = extractor.extract_text("四川省大数据中心负责“天府通办”的运营。")
    assert "四川省大数据中心" in all_names(body, "Agency")


def test_a_platforms_name_runs_over_its_word_for_unified(extractor):
    x = extractor.extract_text("建成天津市信息资源统一共享交换平台，上连国家共享交换平台，下连16个区，接入67个市级政务部门。")
    assert "天津市信息资源统一共享交换平台" in all_names(x, "Platform")
    figures = metrics(x)
    assert {("天津市信息资源统一共享交换平台", 16.0), ("天津市信息资源统一共享交换平台", 67.0)} <= figures
    assert not any(name == "国家共享交换平台" for name, _ in figures)   # what it is joined to counts nothing
    bare = extractor.extract_text("各区要依托统一共享交换平台开展数据共享。")
    assert not any(n.endswith("共享交换平台") for n in all_names(bare, "Platform"))   # a description


# -- bulletins on inspections of government sites ------------------------------------------------



def test_an_inspection_bulletins_counts_and_rates_are_its_own(extractor):
    title = "江西省人民政府办公厅关于2023年第二季度全省政府网站抽查情况的通报"
    x = extractor.extract_text(f"{title}\n各设区市人民政府，省政府各部门：\n"
                               "第二季度省政府办公厅共抽查了全省612个政府网站，占网站总数的38.5%，总体合格率为95.2%。"
                               "南昌市抽查合格率达100%。")
    assert title in all_names(x, "Report")                 # 关于…情况的通报 reports what was found
    found = metrics(x)
    assert (title, 612.0) in found                            # how many it checked is the bulletin's,
    assert {("江西省", 0.385), ("江西省", 0.952)} <= found      # the rates measure the province's sites
    assert ("南昌市", 1.0) in found                          # a place named keeps its own rate
    assert not any(name == "江西省人民政府办公厅" for name, _ in found)


def test_a_bulletin_titled_under_a_sites_header_lines_counts_what_names_nothing(extractor):
    title = "2021年政府网站和政务新媒体检查情况通报"
    x = extractor.extract_text(f"首页\n政务公开\n{title}\n2021年11月20日\n{title}\n一、总体情况\n"
                               "共检查政府网站215个，总体合格率93.5%。")
    assert {(title, 215.0), (title, 0.935)} <= metrics(x)


def test_a_circular_about_something_else_stays_a_policy(extractor):
    x = extractor.extract_text("江西省人民政府办公厅关于表彰2023年度政务公开先进单位的通报\n各设区市人民政府：")
    assert "江西省人民政府办公厅关于表彰2023年度政务公开先进单位的通报" in all_names(x, "Policy")


def test_a_hotline_bulletin_titled_by_quarter_is_one_report_on_one_hotline(extractor):
    x = extractor.extract_text("2022年三季度12345政务服务热线运行情况通报\n来源：热线办\n"
                               "2022三季度12345政务服务热线运行情况通报\n三季度，12345热线共受理市民诉求52310件。")
    assert [e.name for e in x.entities if e.type == "Report"] == ["2022年三季度12345政务服务热线运行情况通报"]
    assert "12345政务服务热线" in all_names(x, "Platform")
    assert ("12345政务服务热线", 52310.0) in metrics(x)



# -- evaluation reports and the hotlines they rate -------------------------------------------------

def test_the_countrys_hotlines_or_apps_named_together_are_no_one_platform(extractor):
    x = extractor.extract_text("第四届全国12345政府服务热线年会召开，全国政务服务移动APP数量持续增长。")
    platforms = all_names(x, "Platform")
    assert "全国12345政府服务热线" not in platforms and "全国政务服务移动APP" not in platforms
    one = extractor.extract_text("该省已全面接入全国一体化政务服务平台。")
    assert "全国一体化政务服务平台" in all_names(one, "Platform")      # one national platform


def test_a_report_counts_the_places_it_rates_inside_the_country(extractor):
    x = extractor.extract_text("《2023省级数字政府发展指数报告》由某大学数字政府研究院发布，聚焦我国31个省级政府和"
                               "320个城市政府的数字化转型水平。")
    report = "2023省级数字政府发展指数报告"
    assert {(report, 31.0), (report, 320.0)} <= metrics(x)
    own = extractor.extract_text("截至2023年底，我国已有226个城市上线了数据开放平台。")
    assert ("中国", 226.0) in metrics(own)                  # no report: the country's own count


def test_a_report_named_unquoted_after_published_is_a_report_and_counts_its_cities(extractor):
    x = extractor.extract_text("会上发布2022年全国政务热线质量评估报告，涉及312个城市，其中评为A+级的有9个城市。"
                               "青禾市12345便民服务平台隶属市政府办公室。"
                               "自2013年运行以来，共整合12319、12350等14条热线。今年以来，已受理诉求21万件，群众满意率98.6%。")
    report = "2022年全国政务热线质量评估报告"
    assert report in all_names(x, "Report")
    found = metrics(x)
    assert {(report, 312.0), (report, 9.0)} <= found
    hotline = "青禾市12345便民服务平台"
    assert {(hotline, 14.0), (hotline, 210000.0), (hotline, 0.986)} <= found     # the platform the page goes on with


def test_a_platform_named_by_its_level_word_alone_serves_the_pages_place(extractor):
    x = extractor.extract_text("福建省发展改革委介绍，省营商环境监测督导平台已上线运行，省发改委网站同步开设专栏。")
    found = rels(x)
    assert ("serves", "省营商环境监测督导平台", "福建省") in found
    assert not any(r[0] == "serves" and r[1].endswith("网站") for r in found)    # a body's own site serves no place


def test_a_places_quoted_service_brand_after_its_words_for_service_serves_it(extractor):
    x = extractor.extract_text("宁夏政务服务“一张网”建设全面提速，江苏数字政府“苏服办”同步升级。")
    found = rels(x)
    assert ("serves", "一张网", "宁夏回族自治区") in found and ("serves", "苏服办", "江苏省") in found


def test_a_platform_that_belongs_to_a_body_is_run_by_it(extractor):
    x = extractor.extract_text("青禾市12345便民服务平台隶属市政府办公室，提供24小时人工服务。")
    assert any(r[0] == "operates" and r[1].endswith("市政府办公室") and r[2] == "青禾市12345便民服务平台" for r in rels(x))


def test_such_as_glued_before_a_body_named_by_its_level_is_not_its_name(extractor):
    x = extractor.extract_text("部分网站更新不及时，如州市场监管局、州自然资源规划局网站。")
    assert "州市场监管局" in all_names(x, "Agency") and not any(n.startswith("如") for n in all_names(x))


# -- evaluators and what they rate -----------------------------------------------------------------

def test_a_ministrys_evaluation_centre_publishes_and_belongs_to_it(extractor):
    x = extractor.extract_text("工信部中国软件评测中心日前发布2021中国数字政府服务能力评估结果。")
    found = rels(x)
    report = next(e.name for e in x.entities if e.type == "Report")
    assert ("publishedBy", report, "中国软件评测中心") in found
    assert ("publishedBy", report, "工业和信息化部") not in found          # the parent does not publish it
    assert ("partOf", "中国软件评测中心", "工业和信息化部") in found


def test_a_un_department_is_not_the_un(extractor):
    x = extractor.extract_text("联合国经济和社会事务部自2001年起每两年发布一次调查结果。")
    assert "联合国经济和社会事务部" in all_names(x, "Organization") and "联合国" not in all_names(x, "Organization")


def test_what_an_evaluator_rated_is_counted_for_its_report(extractor):
    x = extractor.extract_text("《第十九届中国政府网站绩效评估报告》近日发布。"
                               "据悉，中国软件评测中心对912家政府网站进行了综合评估，包括60家部委、32家省级网站。")
    report = "第十九届中国政府网站绩效评估报告"
    assert {(report, 912.0), (report, 60.0), (report, 32.0)} <= metrics(x)


def test_a_platforms_name_runs_over_its_word_for_working_together(extractor):
    x = extractor.extract_text("山东省建成全省一体化协同办公平台，实现省市县三级贯通。")
    assert "全省一体化协同办公平台" in all_names(x, "Platform")
    assert any(r[0] == "serves" and r[1].endswith("一体化协同办公平台") and r[2] == "山东省" for r in rels(x))


def test_kinds_of_government_sites_counted_are_no_platforms(extractor):
    x = extractor.extract_text("其中，国务院部门及其内设、垂直管理机构政府网站2201家，省级政府门户网站32家。")
    assert not any(n.endswith("机构政府网站") for n in all_names(x, "Platform"))


# -- a platform's zones ----------------------------------------------------------------------------

def test_a_platforms_zone_for_a_service_or_a_place_is_a_platform_of_its_own(extractor):
    x = extractor.extract_text("国家政务服务平台“跨省通办”服务专区已上线140项高频事项。“赣服通”九江专区同步上线。")
    zone = "国家政务服务平台“跨省通办”服务专区"
    assert zone in all_names(x, "Platform")
    found = rels(x)
    assert ("partOf", zone, "国家政务服务平台") in found
    assert ("partOf", "“赣服通”九江专区", "赣服通") in found and ("serves", "“赣服通”九江专区", "九江市") in found
    assert (zone, 140.0) in metrics(x)


def test_a_platforms_new_zone_after_a_verb_or_for_a_group_of_people_is_not_named_after_a_place(extractor):
    x = extractor.extract_text("“赣服通”新增疫情服务专区，还上线了移动端老年人服务专区。")
    names = all_names(x, "Platform")
    assert not any(n.startswith("“赣服通”新增") for n in names)
    assert not any(r[0] == "serves" for r in rels(x) if "专区" in r[1])


# -- what a count is of ----------------------------------------------------------------------------

def test_a_channel_that_passed_cases_on_does_not_take_the_count(extractor):
    x = extractor.extract_text("一季度，12345热线共受理非话务渠道诉求277件，其中，省长信箱转派工单23件，湘易办转派工单21件。")
    found = metrics(x)
    assert ("12345热线", 23.0) in found and ("12345热线", 21.0) in found
    assert not any(name in ("省长信箱", "湘易办") for name, _ in found)


def test_matters_that_can_be_handled_on_a_platform_are_counted_for_it(extractor):
    x = extractor.extract_text("除涉密事项外，325项可直接使用辽宁政务服务网在线审批。")
    assert ("辽宁政务服务网", 325.0) in metrics(x)


def test_a_policy_rests_on_titles_cited_with_their_issuers_between_them(extractor):
    x = extractor.extract_text("禾川省促进数据共享实施方案\n"
                               "为贯彻落实国务院《促进大数据发展行动纲要》(国发〔2015〕50号)、国务院办公厅《关于运用大数据加强"
                               "对市场主体服务和监管的若干意见》和国家发展改革委、工业和信息化部联合下发的《促进大数据发展"
                               "三年工作方案(2016-2018)》，加快推进我省大数据发展，制定本实施方案。")
    plan = "禾川省促进数据共享实施方案"
    found = rels(x)
    assert {("basedOn", plan, "促进大数据发展行动纲要"),
            ("basedOn", plan, "关于运用大数据加强对市场主体服务和监管的若干意见")} <= found
    assert any(r[0] == "basedOn" and r[1] == plan and r[2].startswith("促进大数据发展三年工作方案") for r in found)
    assert not any(r[0] == "issuedBy" and r[1] == plan and r[2] == "工业和信息化部" for r in found)   # they issued the third


def test_bodies_following_a_title_in_a_bulletin_are_no_basis_of_it(extractor):
    title = "江西省人民政府办公厅关于2023年第二季度全省政府网站检查情况的通报"
    x = extractor.extract_text(f"{title}\n各设区市人民政府：\n共检查政府网站458个。从检查情况看，全省各级政府和各部门按照"
                               "国务院办公厅《关于印发政府网站发展指引的通知》有关要求，积极履行主管职责。")
    assert not any(r[0] == "basedOn" and r[1] == title for r in rels(x))


def test_each_part_of_a_list_of_things_built_counts_for_its_own_platform(extractor):
    x = extractor.extract_text("近年来，龙岩市建成电子政务云平台，聚集物理服务器138台；建成了全省最大规模的政府云平台，"
                               "汇集1个主站和91个子站。")
    found = metrics(x)
    assert ("电子政务云平台", 138.0) in found
    assert any(name.endswith("政府云平台") and name != "电子政务云平台" and value == 91.0 for name, value in found)


def test_a_platform_every_government_has_named_as_what_another_is_is_no_platform(extractor):
    x = extractor.extract_text("“云上贵州”云平台由贵州省政府联合企业建设，是国内首个省级政府云平台。")
    assert "省级政府云平台" not in all_names(x, "Platform")


def test_a_rank_in_a_quoted_ranking_is_the_places_and_the_ranking_rates_it(extractor):
    x = extractor.extract_text("青岛市大数据发展管理局2022年工作报告\n"
                               "2022年，我市数字城市建设位居“2022中国数字城市百强”第七位，数据开放指数位列副省级城市第一。")
    ranks = {(x.entity(m.subject).name, m.value) for m in x.metrics if m.unit == "名"}
    assert ranks == {("青岛市", 7.0), ("青岛市", 1.0)}
    assert ("evaluates", "2022中国数字城市百强", "青岛市") in rels(x)


def test_a_national_body_or_site_named_with_china_is_no_mention_of_the_country(extractor):
    x = extractor.extract_text("来源：中国软件评测中心。信用中国(福建厦门)网站同步公示。")
    assert "中国" not in all_names(x, "Region")
    assert "中国" in all_names(extractor.extract_text("中国的数字政府建设成效显著。"), "Region")


def test_a_legislatures_session_or_member_is_no_mention_of_the_body(extractor):
    x = extractor.extract_text("总书记参加十四届全国人大一次会议江苏代表团审议。全国人大代表张三表示，要加快数字政府建设。")
    assert not any(n.startswith("全国人民代表大会") for n in all_names(x, "Agency"))
    acting = extractor.extract_text("全国人大常委会审议通过了数据安全法。")
    assert "全国人民代表大会常务委员会" in all_names(acting, "Agency")


def test_platforms_described_by_what_they_do_name_no_platform(extractor):
    x = extractor.extract_text("依托政府信息公开平台、政务新媒体平台和互动交流平台，及时回应群众关切；不同业务系统接入同一平台。")
    assert not all_names(x, "Platform")


def test_a_breakdown_after_qizhong_counts_for_what_the_sentence_before_counted(extractor):
    x = extractor.extract_text("2017年第一季度全国政府网站抽查情况的通报\n发布机关：中华人民共和国\n一、总体情况\n"
                               "第一季度，全国正在运行的政府网站43143家。其中，省级政府门户网站32家，县级政府门户网站2773家。")
    found = metrics(x)
    assert {("中国", 43143.0), ("中国", 32.0), ("中国", 2773.0)} <= found


def test_what_a_bulletin_says_was_running_is_its_places_count(extractor):
    title = "九江市人民政府办公室关于2022年三季度政府网站及政务新媒体抽查情况的通报"
    x = extractor.extract_text(f"{title}\n各县、市、区人民政府：\n"
                               "7月中旬，分批次对全市正在运行的126个政务新媒体进行了全面检查。")
    assert ("九江市", 126.0) in metrics(x)      # the city's accounts (annotators of real bulletins, mostly)


def test_a_figure_of_the_whole_place_in_a_plans_text_is_the_places(extractor):
    x = extractor.extract_text("为优化天津市营商环境，市政务服务办印发《2024年政务服务工作要点》，"
                               "全市可凭社保卡认证办理的政务服务智能终端达到290台。")
    assert ("天津市", 290.0) in metrics(x)


def test_our_provinces_hotline_named_by_its_number_is_the_hotline_of_the_province(extractor):
    x = extractor.extract_text("甘肃省大数据中心介绍，2022年我省12345热线受理群众诉求117.3万件。")
    assert "12345热线" in all_names(x, "Platform") and "省12345热线" not in all_names(x, "Platform")
    assert ("12345热线", 1173000.0) in metrics(x) and ("serves", "12345热线", "甘肃省") in rels(x)


def test_a_platform_named_after_a_group_of_provinces_serves_each_member_named(extractor):
    x = extractor.extract_text("依托京津冀政务服务“跨省通办”平台，北京、天津、河北三地实现事项互办。")
    found = rels(x)
    platform = next(e.name for e in x.entities if e.type == "Platform")
    assert {("serves", platform, "北京市"), ("serves", platform, "天津市"), ("serves", platform, "河北省")} <= found


def test_an_inspection_bulletin_features_the_places_and_sites_it_holds_up(extractor):
    title = "九江市人民政府办公室关于2023年二季度政府网站抽查情况的通报"
    x = extractor.extract_text(f"{title}\n各县、市、区人民政府：\n共抽查政府网站40家。"
                               "二季度以来，濂溪区、修水县等部门网站运行良好。"
                               "如：“九江发布”微信公众号上线政策解读专题。")
    found = rels(x)
    assert {("features", title, "濂溪区"), ("features", title, "修水县"), ("features", title, "九江发布")} <= found
