"""Kinds of wording found in a new set of thirty real pages (notices, platform news, rankings),
annotated apart from the code; half were read, half kept apart to measure.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import rels
from .test_extract_wording import all_names, metrics


def ranks(x):
    return {(x.entity(m.subject).name, m.value) for m in x.metrics if m.unit == "名"}


# -- rankings written after the list -------------------------------------------------------------

def test_a_run_of_ranks_skips_the_ranks_a_tie_takes(extractor):
    # nine bodies for ranks 7 to 15, two of them tied: the one after the tie is 14th, not 13th
    x = extractor.extract_text("部委网站中，教育部、民政部、司法部、财政部、水利部、商务部/审计署、"
                               "公安部、自然资源部分列七至十五名。")
    found = ranks(x)
    assert {("教育部", 7.0), ("商务部", 12.0), ("审计署", 12.0), ("公安部", 14.0), ("自然资源部", 15.0)} <= found


def test_places_listed_before_a_run_of_ranks_they_take_in_turn(extractor):
    x = extractor.extract_text("本届评估结果中，沈阳市、大连市、鞍山市、抚顺市政府网站位列省内城市第1到第4名。")
    found = ranks(x)
    assert {("沈阳市", 1.0), ("大连市", 2.0), ("鞍山市", 3.0), ("抚顺市", 4.0)} <= found
    assert "抚顺市政府网站" not in all_names(x, "Platform")   # the list's 网站 is every city's, no one site


def test_a_top_n_is_ranked_only_when_every_rank_has_its_place(extractor):
    full = extractor.extract_text("评估中，长沙市、株洲市、湘潭市位列全省前3名。")
    assert {("长沙市", 1.0), ("株洲市", 2.0), ("湘潭市", 3.0)} <= ranks(full)
    among = extractor.extract_text("评估中，长沙市、株洲市位列全省前10名。")
    assert not ranks(among)                                # two of the ten: among them, in no order


def test_bare_names_listed_with_state_council_bodies_are_those_bodies(extractor):
    x = extractor.extract_text("国务院其他部门网站中，海关总署、统计局/气象局、知识产权局网站位列前三名。")
    assert {"国家统计局", "中国气象局", "国家知识产权局"} <= all_names(x, "Agency")
    assert {("国家统计局", 2.0), ("中国气象局", 2.0), ("国家知识产权局", 3.0)} <= ranks(x)
    local = extractor.extract_text("会议由县政府办牵头，统计局、气象局参加。")
    assert "国家统计局" not in all_names(local)            # a county's, with no central body beside them


def test_an_evaluation_named_with_its_year_in_brackets_rates_the_places_it_ranks(extractor):
    x = extractor.extract_text("第十九届(2020)政府网站绩效评估结果中，杭州市、宁波市位列前两名。")
    report = next(e for e in x.entities if e.type == "Report")
    assert report.name.startswith("第十九届")
    assert any(a.endswith("评估结果") for a in report.aliases)    # as the text calls it
    assert {("evaluates", report.name, "杭州市"), ("evaluates", report.name, "宁波市")} <= rels(x)


# -- platforms every government has --------------------------------------------------------------

def test_a_platform_every_government_has_is_the_pages_place(extractor):
    x = extractor.extract_text("青禾市大数据中心依托市级大数据资源平台，已对接全市12个区、48个部门。")
    assert "市级大数据资源平台" in all_names(x, "Platform")
    assert {("市级大数据资源平台", 12.0), ("市级大数据资源平台", 48.0)} <= metrics(x)


def test_a_platform_every_government_has_is_not_one_when_the_text_speaks_of_many(extractor):
    x = extractor.extract_text("各地要加快建设一体化政务服务平台，推动数据共享。")
    assert "一体化政务服务平台" not in all_names(x, "Platform")
    y = extractor.extract_text("全市各区全部接入市级大数据资源平台。")
    assert "市级大数据资源平台" in all_names(y, "Platform")         # the districts connect to the city's one


# -- documents ------------------------------------------------------------------------------------

def test_a_notice_whose_title_has_a_stray_space_still_hands_out_its_plan(extractor):
    x = extractor.extract_text("青府办〔2024〕12号《青禾市人民政府办公厅关于印发青禾市政务服务提速 行动方案的通知》\n"
                               "各县区人民政府：\n"
                               "《青禾市政务服务提速行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
                               "青禾市政务服务提速行动方案\n"
                               "为贯彻落实《国务院关于加快推进政务服务标准化规范化便利化的指导意见》要求，特制定本方案。")
    assert ("basedOn", "青禾市政务服务提速行动方案", "国务院关于加快推进政务服务标准化规范化便利化的指导意见") in rels(x)
    notice = next(e for e in x.entities if e.name.endswith("的通知"))
    assert "青禾市人民政府办公厅关于印发青禾市政务服务提速行动方案的通知" in (notice.name,) + notice.aliases


# -- bodies ---------------------------------------------------------------------------------------

def test_a_service_centre_named_bare_is_the_pages_own(extractor):
    x = extractor.extract_text("2023年，溪南区行政审批服务局推进政务公开。政务服务中心接待办事群众18万余人次。")
    assert "政务服务中心" in all_names(x, "Agency")
    assert ("政务服务中心", 180000.0) in metrics(x)
    centre = next(e for e in x.entities if e.name == "政务服务中心")
    assert centre.scope                                     # one page's, never merged with another's


def test_a_service_centre_that_only_qualifies_a_service_is_no_body(extractor):
    x = extractor.extract_text("群众可在政务服务中心预约叫号，办理5项特色服务。")
    assert "政务服务中心" not in all_names(x)


def test_a_quoted_brand_of_a_hotline_is_a_platform(extractor):
    x = extractor.extract_text("2022年3月，青禾市开通“企来帮”企业服务热线，为企业提供政策咨询。")
    assert "企来帮" in all_names(x, "Platform")
    y = extractor.extract_text("在青禾市“12345”热线接线大厅内，屏幕显示着实时来电数量。")
    assert "12345" not in all_names(y, "Platform")          # a number in quotes, the city's hotline


# -- dates ----------------------------------------------------------------------------------------

def test_a_date_right_after_a_title_dates_it_and_a_dateline_dates_nothing(extractor):
    x = extractor.extract_text("2023-09-14 08:30 来源：新华社\n"
                               "新华社北京9月14日电 《2023数字治理发展指数报告》9月13日在京发布。")
    found = {(x.entity(d.subject).name, d.property, d.value) for d in x.dates}
    assert found == {("2023数字治理发展指数报告", "publicationDate", "2023-09-13")}


def test_a_body_that_assists_others_cooperates_with_each(extractor):
    x = extractor.extract_text("市数据局配合市城管中心、市公安局、市交通委等部门开展专题库建设。")
    assert "市城管中心" in all_names(x, "Agency")
    found = {r for r in rels(x) if r[0] == "cooperatesWith"}
    assert {frozenset(r[1:]) for r in found} == {frozenset(("市数据局", b)) for b in ("市城管中心", "市公安局", "市交通委")}


# -- repairs --------------------------------------------------------------------------------------

def test_a_scrapers_filler_between_words_is_dropped_and_offsets_hold(extractor):
    raw = "据了解@@，市电子政务@@云@@服务平台@@@@由市大数据局@@负责建设。"
    x = extractor.extract_text(raw)
    assert "@" not in x.document.text
    assert "市电子政务云服务平台" in all_names(x, "Platform")
    platform = next(e for e in x.entities if e.name == "市电子政务云服务平台")
    m = platform.mentions[0]
    assert raw[x.document.offsets[m.start]] == "市"       # the map still points into the page as written
    assert "user@example.cn" in extractor.extract_text("联系邮箱：user@example.cn").document.text


# -- work plans -----------------------------------------------------------------------------------

def test_the_bodies_that_lead_a_task_coordinate_the_platforms_it_names(extractor):
    x = extractor.extract_text("《2024年青禾市数字政府重点工作安排》\n"
                               "1.推进全市一体化政务服务平台与市政府网上政务大厅整合。\n"
                               "（牵头部门：市政府办公厅、市审改办；责任单位：各区政府）")
    assert "2024年青禾市数字政府重点工作安排" in all_names(x, "Policy")
    assert "市审改办" in all_names(x, "Agency")
    found = rels(x)
    for lead in ("市政府办公厅", "市审改办"):
        assert ("coordinates", lead, "全市一体化政务服务平台") in found
        assert ("coordinates", lead, "市政府网上政务大厅") in found
    assert not any(r[1].startswith("各区") for r in found)    # those responsible lead nothing


def test_an_evaluations_measures_and_results_are_not_its_name(extractor):
    x = extractor.extract_text("会上通报了第十七届(2018)中国政府网站评估指标和评估结果。省级网站评估结果显示，"
                               "青海省政府网站位列第三。")
    assert not any("指标" in e.name for e in x.entities if e.type == "Report")
    y = extractor.extract_text("在2022年省级政府一体化政务服务能力调查评估中，青海省位列第十名。")
    assert "2022年省级政府一体化政务服务能力调查评估" in all_names(y, "Report")   # 调查评估 is one word


def test_a_platform_every_government_has_named_bare_is_the_one_named_in_full(extractor):
    x = extractor.extract_text("2016年1月20日“青海省级政务云”正式上线。“政务云”发展时间线。政务云已承载应用300个。")
    platforms = [e for e in x.entities if e.type == "Platform"]
    assert [e.name for e in platforms] == ["青海省级政务云"]
    assert ("青海省级政务云", 300.0) in metrics(x)


def test_towns_listed_alone_are_the_pages_countys_and_ranked_in_turn(extractor):
    x = extractor.extract_text("岐山县12345市民热线6月办理情况\n"
                               "6月份，岐山县共受理各类诉求665件。综合考评前三的镇街为石门镇、县前镇、柳林街道。")
    towns = {e.name: e for e in x.entities if e.type == "Region" and e.name.startswith("岐山县") and e.name != "岐山县"}
    assert set(towns) == {"岐山县石门镇", "岐山县县前镇", "岐山县柳林街道"}
    assert "石门镇" in towns["岐山县石门镇"].aliases       # as the page writes it
    assert {("岐山县石门镇", 1.0), ("岐山县县前镇", 2.0), ("岐山县柳林街道", 3.0)} <= ranks(x)
    y = extractor.extract_text("岐山县12345热线办理情况\n综合考评前三的镇街为太和镇、和平镇、城关镇。")
    assert {("岐山县太和镇", 1.0), ("岐山县和平镇", 2.0), ("岐山县城关镇", 3.0)} <= ranks(y)   # 和 inside a name, 城关镇


def test_a_bodys_site_by_its_short_and_full_names_is_one_platform_with_its_figures(extractor):
    x = extractor.extract_text("青禾市数据资源管理局（简称市数据局）发布年度报告。"
                               "截至2023年12月底，市数据局官网公开各类政府信息215条，其中，“政策解读”6条。"
                               "报告可在青禾市数据资源管理局网站下载。")
    sites = [e for e in x.entities if e.type == "Platform"]
    assert [e.name for e in sites] == ["青禾市数据资源管理局网站"] and "市数据局官网" in sites[0].aliases
    assert {("青禾市数据资源管理局网站", 215.0), ("青禾市数据资源管理局网站", 6.0)} <= metrics(x)


def test_a_quoted_brand_followed_by_its_kind_of_app_keeps_its_figures(extractor):
    x = extractor.extract_text("截至2022年底，“i青禾”手机APP注册用户数达56.3万人，312项便民服务事项实现掌上可办。")
    assert "i青禾" in all_names(x, "Platform")
    assert {("i青禾", 563000.0), ("i青禾", 312.0)} <= metrics(x)


def test_a_pages_date_field_dates_the_report_its_name_field_names(extractor):
    x = extractor.extract_text("文件名称 | 青禾市行政审批服务局2022年度全市审批服务办理统计通报 | ||\n"
                               "文号 | 青行审发〔2023〕2号 | 成文日期: | 2023年01月16日 |\n"
                               "各县区行政审批局：\n2022年，全市政务服务中心共受理业务98.2万件。")
    found = {(x.entity(d.subject).name, d.property, d.value) for d in x.dates}
    assert ("青禾市行政审批服务局2022年度全市审批服务办理统计通报", "issueDate", "2023-01-16") in found


def test_a_bodys_yearly_report_gives_its_figures_in_sentences_that_name_nothing(extractor):
    x = extractor.extract_text("青禾市数据资源局2023年政府信息公开工作年度报告\n"
                               "一、总体情况\n"
                               "2023年，通过各类渠道公开各类政府信息386条。其中，公开办公会议4次，发布通知公告27个。\n"
                               "年内共收到政府信息公开申请3件，按时答复3件。")
    body = "青禾市数据资源局"
    assert {(body, 386.0), (body, 4.0), (body, 27.0), (body, 3.0)} <= metrics(x)
    other = extractor.extract_text("关于做好2023年政府信息公开工作的通知\n2023年，各地公开政府信息386条。")
    assert not other.metrics                                  # a notice's figures are nobody's


def test_a_table_flattened_to_one_cell_a_line_gives_each_rows_figures(extractor):
    cells = ["序号", "受理单位", "交办总量", "办结率", "评分", "1", "平山区", "3105", "97.50%", "98.6",
             "2", "明山区", "1877", "99.02%", "99.1"]
    x = extractor.extract_text("本溪市12345热线办理情况通报\n各县区办理情况如下。\n"
                               + "\n".join(c + " |" for c in cells) + "\n县区办理情况")
    found = {(x.entity(m.subject).name, m.value) for m in x.metrics}
    assert {("平山区", 3105.0), ("平山区", 0.975), ("平山区", 98.6), ("明山区", 1877.0), ("明山区", 99.1)} <= found
    rows = [m for m in x.metrics if m.value in (3105.0, 0.975, 98.6, 1877.0, 0.9902, 99.1)]
    assert len(rows) == 6 and not any(m.unit == "名" for m in rows)     # 序号 numbers rows, it ranks nothing
    assert "序号 | 受理单位 | 交办总量 | 办结率 | 评分 |\n1 | 平山区 | 3105 | 97.50% | 98.6 |" in x.document.text


def test_a_hotline_named_by_its_governments_level_serves_the_pages_place(extractor):
    x = extractor.extract_text("岐山县12345热线6月份运行情况\n"
                               "6月份，岐山县共受理诉求690件，其中12345市民热线受理诉求665件。县长信箱受理来信19件。"
                               "省长信箱转来2件。")
    assert any(r[0] == "serves" and "12345" in r[1] and r[2] == "岐山县" for r in rels(x))   # (12345市民热线 is
    #                                                                      the county's line, 岐山县12345热线)
    assert not any(r[0] == "serves" and r[1].endswith("信箱") for r in rels(x))    # a mailbox takes letters in
    #                                              (annotators of real pages seldom state it serves a place)


def test_a_notice_whose_own_title_a_page_spaced_out_rests_on_what_it_cites(extractor):
    x = extractor.extract_text("岐山县人民政府办公室 关于推进全县政务数据共享工作的 通 知\n"
                               "各乡（镇）人民政府，县政府各部门：\n"
                               "为贯彻落实《宝鸡市人民政府办公室关于推进全市政务数据共享工作的通知》（宝政办〔2018〕24号）"
                               "文件精神，结合工作实际，现就有关工作要求通知如下：")
    own = "岐山县人民政府办公室关于推进全县政务数据共享工作的通知"
    assert own in all_names(x, "Policy")
    assert ("basedOn", own, "宝鸡市人民政府办公室关于推进全市政务数据共享工作的通知") in rels(x)
    assert ("issuedBy", own, "岐山县人民政府办公室") in rels(x)


def test_a_hotline_centres_declared_short_name_is_its_hotline_with_the_reports_figures(extractor):
    x = extractor.extract_text("岐山县12345政务服务热线中心2024年第一季度运行情况分析报告\n"
                               "根据岐山县12345政务服务热线中心（以下简称\"12345 热线\"）系统平台归集的数据，"
                               "12345热线话务总数为18432个，受理省级12345热线等渠道各类诉求265件。\n"
                               "12345热线形成有效工单9876件，综合办结率达99.90%。")
    hotline = next(e for e in x.entities if e.type == "Platform" and "12345热线" in e.aliases)
    assert hotline.name == "岐山县12345政务服务热线"
    assert {(hotline.name, 18432.0), (hotline.name, 9876.0), (hotline.name, 0.999)} <= metrics(x)
    assert not any(e.type == "Agency" and e.name.replace(" ", "") == "12345热线" for e in x.entities)


def test_a_work_summary_with_next_years_plan_in_its_title_is_still_its_bodys(extractor):
    x = extractor.extract_text("岐山县数据局2022年工作总结和2023年工作思路\n"
                               "一是推行“一窗通办”，已为企业办理审批事项1208宗。")
    assert ("岐山县数据局", 1208.0) in metrics(x)


def test_a_quoted_awards_title_is_no_platform(extractor):
    x = extractor.extract_text("我局获得宝鸡市“最佳政务服务大厅”“政务公开工作优秀单位”称号。")
    assert not all_names(x, "Platform")
    y = extractor.extract_text("“禾企通”平台获评“数字政府优秀案例”奖。")
    assert "禾企通" in all_names(y, "Platform")                  # a platform that wins an award is still one


def test_a_hotline_bulletin_titled_by_its_hotline_gives_it_the_figures_that_name_nothing(extractor):
    x = extractor.extract_text("12345政府服务热线三月情况通报\n"
                               "一、基本情况\n"
                               "2018年4月，共办理热线工单1873件。交办二级责任单位1720件，县热线办直办153件。\n"
                               "工单分类：求决类1211件、咨询类402件。")
    hotline = "12345政府服务热线"
    assert {(hotline, 1873.0), (hotline, 1720.0), (hotline, 153.0), (hotline, 1211.0)} <= metrics(x)
    assert "县热线" not in all_names(x, "Platform")                 # 县热线办 is the hotline's office


def test_the_body_written_before_untitled_issuers_titles_issued_each(extractor):
    x = extractor.extract_text("各地按照国务院办公厅《关于加强政府网站管理的通知》（国办发〔2019〕12号）和"
                               "《关于规范政务新媒体的意见》（国办发〔2019〕40号）有关要求开展检查。")
    found = rels(x)
    assert {("issuedBy", "关于加强政府网站管理的通知", "国务院办公厅"),
            ("issuedBy", "关于规范政务新媒体的意见", "国务院办公厅")} <= found


def test_a_yearly_report_with_no_title_line_is_the_body_its_first_sentence_opens_on(extractor):
    x = extractor.extract_text("一、总体情况\n"
                               "2022年，岐山县行政审批服务局按照县政务公开工作要求，扎实开展政务公开工作。\n"
                               "（一）主动公开情况。截至目前，向政府公开报送信息52条；政务服务网上公开信息311条。")
    assert {("岐山县行政审批服务局", 52.0), ("岐山县行政审批服务局", 311.0)} <= metrics(x)
    news = extractor.extract_text("2022年，岐山县行政审批服务局召开会议。\n截至目前，新设立市场主体1200户。")
    assert not news.metrics                                     # not a report: its figures stay nobody's


# -- organizations and self-references ---------------------------------------------------------------

def test_a_universitys_research_centre_is_one_organization_and_publishes_with_others(extractor):
    x = extractor.extract_text("由南开大学公共治理与数字政府研究中心、清华数据治理研究中心联合发布《2024青禾数字政府发展报告》。")
    orgs = all_names(x, "Organization")
    assert {"南开大学公共治理与数字政府研究中心", "清华数据治理研究中心"} <= orgs
    found = rels(x)
    assert ("publishedBy", "2024青禾数字政府发展报告", "南开大学公共治理与数字政府研究中心") in found
    assert not any(r[0] == "cooperatesWith" for r in found)       # no agency among them


def test_a_company_named_after_a_programme_keeps_it(extractor):
    x = extractor.extract_text("平台由数字青海技术运营有限公司负责运营。")
    assert "数字青海技术运营有限公司" in all_names(x, "Organization")


def test_the_country_speaking_of_its_own_government_names_no_body(extractor):
    x = extractor.extract_text("我国政府高度重视，对我国部委、省级政府网站开展评估。")
    assert not all_names(x, "Agency")


def test_reviewed_edges(extractor):
    """Cases a review of these rules found: each must keep working as the rule's comment says."""
    launch = extractor.extract_text("2023年3月5日电子证照系统正式上线。")
    assert [(d.property, d.value) for d in launch.dates] == [("launchDate", "2023-03-05")]   # 电子…, no dateline
    assert "省气象局信息中心" in all_names(extractor.extract_text("省气象局信息中心负责建设。"), "Agency")
    tasks = rels(extractor.extract_text("1.推进市政务云扩容（牵头部门：市大数据局）；2.建设市级大数据资源平台（牵头部门：市审改办）。"))
    assert ("coordinates", "市审改办", "市政务云") not in tasks and ("coordinates", "市审改办", "市级大数据资源平台") in tasks
    circled = extractor.extract_text("岐山县12345热线办理情况\n" + "\n".join(c + " |" for c in
                                     ["序号", "受理单位", "交办总量", "①", "太和镇", "12"]))
    assert circled.metrics == () or all(m.value != 12.0 for m in circled.metrics)     # no crash on ①
    hot = extractor.extract_text("在“12345”政务服务热线接线大厅内，屏幕显示来电数量。")
    assert "12345" not in all_names(hot, "Platform")
    national = extractor.extract_text("青海省一体化政务服务平台汇聚事项3600项。全国一体化政务服务平台联通各省。")
    assert ("全国一体化政务服务平台", 3600.0) not in metrics(national)


def test_an_institution_after_a_verb_of_joining_is_named(extractor):
    x = extractor.extract_text("各大运营商均接入省信息化中心，政务数据汇聚至市大数据中心。")
    assert {"省信息化中心", "市大数据中心"} <= all_names(x, "Agency")


def test_a_plan_whose_notice_lost_a_bracket_rests_on_titles_a_space_apart(extractor):
    x = extractor.extract_text("岐山县人民政府办公室关于印发岐山县数字政府建设三年行动计划2024—2026年)的通知\n"
                               "《岐山县数字政府建设三年行动计划（2024—2026年）》已经县政府同意，现印发给你们。\n"
                               "岐山县数字政府建设三年行动计划\n"
                               "为推进数字岐山建设，根据《国务院关于加强数字政府建设的指导意见》 《陕西省数字政府建设“十四五”规划》，"
                               "制定本行动计划。")
    plan = "岐山县数字政府建设三年行动计划（2024—2026年）"
    found = rels(x)
    assert {("basedOn", plan, "国务院关于加强数字政府建设的指导意见"),
            ("basedOn", plan, "陕西省数字政府建设“十四五”规划")} <= {(r[0], r[1].replace("(", "（").replace(")", "）"), r[2])
                                                            for r in found}


def test_words_that_describe_platforms_without_naming_one(extractor):
    cases = {"通过呼叫平台在线解答群众诉求2万件。": "呼叫平台",
             "构建1个省级政务云平台、N个市级政务云节点。": "市级政务云",
             "国家层面：一体化政务服务平台体系基本建成。": "一体化政务服务平台",
             "对部委、省、地级市的政务网站（包括政务服务平台）开展评估。": "政务服务平台"}
    for sentence, name in cases.items():
        assert name not in all_names(extractor.extract_text(sentence), "Platform"), sentence
