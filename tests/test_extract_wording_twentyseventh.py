"""Kinds of wording found in a twenty-seventh round of real pages (government services in the 2020–2022
epidemic; early 互联网+政务服务 news; central-China, coastal and western cities; scraped Traditional pages),
annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels


def figures(x) -> set[tuple[str, str, float, str | None]]:
    return {(x.entity(m.subject).name, m.name, m.value, m.unit) for m in x.metrics}


def ranks(x) -> set[tuple[str, float]]:
    return {(x.entity(m.subject).name, m.value) for m in x.metrics if m.unit == "名"}


# -- ranks -------------------------------------------------------------------------------------------------

def test_a_rank_in_a_list_named_in_full(extractor):
    x = extractor.extract_text("2024年，温州市位居全国数字城市竞争力百强榜第12位、长三角数字政府服务指数第3位。")
    assert ("温州市", 12.0) in ranks(x)
    assert ("温州市", 3.0) in ranks(x)


def test_a_rank_with_a_count_in_its_list(extractor):
    x = extractor.extract_text("在年度监测中，绍兴市位列全国280个地级市政务服务满意度榜单第6名。")
    assert ("绍兴市", 6.0) in ranks(x)


def test_a_rank_written_after_its_measure_without_a_verb(extractor):
    x = extractor.extract_text("目前，乌兰察布市算力规模超过3万P，绿色电力占比全国第一。")
    assert ("乌兰察布市", 1.0) in ranks(x)


def test_a_rank_won_in_an_evaluation_without_a_name_for_it(extractor):
    x = extractor.extract_text("2023年，德清县在全省营商环境评价中获得全省第二。")
    assert ("德清县", 2.0) in ranks(x)


def test_the_evaluation_that_ranks_is_not_ranked(extractor):
    x = extractor.extract_text("2019年，在全国营商环境评价中获得全省第三。")
    assert not ranks(x)


def test_firsts_achieved_and_a_rank_left_behind_are_no_ranks(extractor):
    x = extractor.extract_text("上线以来，“赣服通”创下多个全国第一：上线全国第一个省级区块链证照应用。")
    assert ("赣服通", 1.0) not in ranks(x)
    x = extractor.extract_text("目前，江西省网上服务能力已从全国第12位上升到第8位。")
    assert ranks(x) == {("江西省", 8.0)}
    x = extractor.extract_text("全市共有5个应用入选省级试点，数量全省第一。")
    assert not ranks(x)


def test_a_tier_or_a_batch_after_the_field_is_no_rank(extractor):
    x = extractor.extract_text("舟山市入选全国第一批数字乡村试点，政务服务进入全省第一梯队。")
    assert not ranks(x)


def test_a_report_named_on_platforms_is_no_platform_and_its_publisher_is_not_ranked(extractor):
    x = extractor.extract_text("2022年，嘉兴市12345政务服务便民热线在零点有数公司年度政务热线监测报告中位列全国第7名。")
    assert not [n for n in names(x, "Platform") if "零点" in n]
    assert ranks(x) == {("嘉兴市12345政务服务便民热线", 7.0)}


# -- what 该平台 stands for, and codes --------------------------------------------------------------------------

def test_gai_pingtai_is_the_platform_last_named_not_a_code_named_since(extractor):
    x = extractor.extract_text("3月起，杭州市核酸检测信息统一平台上线运行。市民预约后生成“个人预约码”，持该码即可检测。"
                               "目前，通过该平台累计采样超过120万人次。")
    assert any(f[0] == "杭州市核酸检测信息统一平台" and f[2] == 1200000.0 for f in figures(x))
    assert not [f for f in figures(x) if f[0] == "个人预约码"]


def test_a_barcode_or_a_password_quoted_is_no_platform(extractor):
    x = extractor.extract_text("扫码后，居民信息与检测机构的“试管条码”关联；本办法所称“密码”，均指“商用密码”。")
    assert not names(x, "Platform")


# -- figures of a platform put to use in the sentence before ---------------------------------------------------

def test_figures_after_a_part_title_building_a_platform_are_the_platforms(extractor):
    x = extractor.extract_text("二、建成全省核酸检测信息服务数据库。截至目前，已汇聚18个部门2.3亿条数据记录。")
    assert any(f[0] == "全省核酸检测信息服务数据库" and f[2] == 230000000.0 for f in figures(x))


def test_figures_after_a_platform_put_to_use_are_the_platforms(extractor):
    x = extractor.extract_text("全面推广应用“鄂汇办”健康申报功能，引导市民通过“鄂汇办”上报健康情况。目前已采集健康申报数据逾5.1万条。")
    assert any(f[0] == "鄂汇办" and f[2] == 51000.0 for f in figures(x))


def test_a_place_named_before_the_figure_keeps_the_platform_before_from_it(extractor):
    x = extractor.extract_text("省里建成统一数据交易平台，累计上架数据产品近400项。以洛阳为例，该市基础雄厚，公共数据累计归集超300亿条。")
    assert not any(f[0] == "统一数据交易平台" and f[2] == 30000000000.0 for f in figures(x))


# -- relations -------------------------------------------------------------------------------------------------

def test_a_body_that_builds_a_platform_together_with_others_operates_it(extractor):
    x = extractor.extract_text("2016年，由烟台市政府与浪潮合作共建的烟台政务云计算中心开通运行。")
    assert any(t == "operates" and h.startswith("烟台市") and p == "烟台政务云计算中心" for t, h, p in rels(x))
    x = extractor.extract_text("绍兴市市场监管局：共建企业信用协同监管平台，加强事中事后监管。")
    assert ("operates", "绍兴市市场监管局", "企业信用协同监管平台") in rels(x)



def test_a_body_or_a_company_right_before_a_reports_title_published_it(extractor):
    x = extractor.extract_text("据国务院办公厅《省级政府一体化政务服务能力调查评估报告(2023)》显示，浙江省政务服务水平为“非常高”。")
    assert ("publishedBy", "省级政府一体化政务服务能力调查评估报告(2023)", "国务院办公厅") in rels(x)
    x = extractor.extract_text("据世界银行《全球营商环境报告》显示，原先在北京开办企业包括7个环节。")
    assert ("publishedBy", "全球营商环境报告", "世界银行") in rels(x)


def test_bodies_that_compiled_a_report_together_published_it(extractor):
    x = extractor.extract_text("四川省委网信办、省经济和信息化厅、省大数据中心一起编撰了《四川省互联网发展报告(2023)》。")
    published = {t for r, h, t in rels(x) if r == "publishedBy" and h == "四川省互联网发展报告(2023)"}
    assert published == {"四川省委网信办", "四川省经济和信息化厅", "四川省大数据中心"}


def test_bodies_listed_that_jointly_hold_or_issue_work_with_each_other(extractor):
    x = extractor.extract_text("18日，市政府办公厅、市政府新闻办、市网信办联合召开政务新媒体工作会议。")
    pairs = {frozenset((h, t)) for r, h, t in rels(x) if r == "cooperatesWith"}
    assert len(pairs) == 3


def test_a_body_carrying_out_decisions_then_making_a_plan_issues_it(extractor):
    x = extractor.extract_text("福田区政务服务数据管理局认真贯彻落实区委区政府决策部署，制定《福田区数字政府建设“十四五”规划》。")
    assert ("issuedBy", "福田区数字政府建设“十四五”规划", "福田区政务服务数据管理局") in rels(x)
    assert not [r for r in rels(x) if r[0] == "implements"]


def test_bodies_under_whose_lead_others_act_do_not_act(extractor):
    x = extractor.extract_text("在中共三明市委、三明市人民政府的正确领导下，市各级各部门认真落实《福建省政务公开工作要点》。")
    assert not [r for r in rels(x) if r[0] == "implements"]


# -- bodies by short names, and a report's figures before a body named later ------------------------------------

def test_government_offices_named_in_short_by_their_work(extractor):
    x = extractor.extract_text("近期，市政务公开办开展网站检查；业务由市效能办管理；省审改办召开会议。")
    assert {"市政务公开办", "市效能办", "省审改办"} <= names(x, "Agency")


def test_a_hotline_reports_figure_stays_its_own_though_an_office_is_named_after_it(extractor):
    x = extractor.extract_text("一、工单办理情况\n本月12345政府服务热线共受理群众来电2600件。交办二级责任单位2388件，县热线办直办107件。")
    assert ("12345政府服务热线", 2388.0) in {(f[0], f[2]) for f in figures(x)}


def test_a_standard_platform_named_bare_serves_no_place_the_sentence_does_not_name(extractor):
    x = extractor.extract_text("温州市大数据局推进数字政府建设。\n全年完成政务外网扩容，政务云平台新增算力资源。")
    assert not [r for r in rels(x) if r[0] == "serves" and r[1] in ("政务外网", "政务云平台")]
    x = extractor.extract_text("温州市建成覆盖全市的电子政务外网。")
    assert ("serves", "电子政务外网", "温州市") in rels(x)


# -- guards from the round's review ------------------------------------------------------------------------------

def test_firsts_and_things_counted_after_a_field_are_no_ranks(extractor):
    for text in ("海南省推出全国第一部自由贸易港数据法规。", "2023年，北京市完成全国第一宗数据资产交易。",
                 "上海市政务服务改革创下12个“全国第一”。", "义乌市诞生了众多全省第一、全国第一。",
                 "无锡市累计获得全国第一20项、全省第一35项。", "温州市创下全省第一：首个“一码通办”应用上线。",
                 "到2025年，合肥市力争数字经济规模全省第一。", "浙江大学学生团队获得全国第一。",
                 "昨天，杭州市民王先生成为全国第一位领取电子社保卡的用户。", "深圳是全国第三大城市。"):
        assert not ranks(extractor.extract_text(text)), text


def test_a_rank_with_its_unit_before_de_and_a_second_rank_after_a_comma_of_a_list(extractor):
    assert ranks(extractor.extract_text("滁州市以总分全省第1名的成绩荣获一等奖。")) == {("滁州市", 1.0)}
    assert ranks(extractor.extract_text("嘉兴市位列第2位、湖州市政务服务考核评价第4。")) == {("嘉兴市", 2.0), ("湖州市", 4.0)}
    x = extractor.extract_text("温州市数字经济核心产业增加值居全省第2位、全国数字经济百强市考核第15名。")
    assert ranks(x) == {("温州市", 2.0), ("温州市", 15.0)}


def test_a_platform_then_baogao_as_a_verb_or_its_own_report_is_still_the_platform(extractor):
    x = extractor.extract_text("市民可拨打12345热线报告占道经营等问题；省政府门户网站运行报告显示，全年访问量达3.2亿次。")
    assert {"12345热线", "省政府门户网站"} <= names(x, "Platform")


def test_gai_pingtai_after_an_app_is_the_app(extractor):
    x = extractor.extract_text("2020年，省政府建成一体化政务服务平台。2023年，省数据局推出“皖事通”APP。该平台注册用户已突破7000万。")
    assert any(f[0] == "皖事通" and f[2] == 70000000.0 for f in figures(x))


def test_a_places_own_figures_and_figures_after_relying_on_a_platform_are_not_the_platforms(extractor):
    x = extractor.extract_text("2022年，佛山市经济稳步增长。全年专利申报量达5.6万件。")
    assert ("佛山市", 56000.0) in {(f[0], f[2]) for f in figures(x)}
    x = extractor.extract_text("依托“一网通办”平台。2023年，企业申报高新技术企业1500家。")
    assert not any(f[0] == "一网通办" for f in figures(x))


def test_gongjian_as_a_principle_or_in_another_clause_builds_nothing(extractor):
    for text in ("市委政法委坚持共建共治共享，依托“雪亮工程”平台开展治理。",
                 "市大数据局与浙江大学共建数字治理联合实验室，依托“城市大脑”平台开展研究。"):
        assert not [r for r in rels(extractor.extract_text(text)) if r[0] == "operates"], text


def test_carrying_out_a_list_or_a_bare_verb_across_a_comma_still_implements(extractor):
    x = extractor.extract_text("市数据局坚决贯彻落实党中央决策部署，以及《国务院关于加强数字政府建设的指导意见》。")
    assert any(r[0] == "implements" for r in rels(x))
    x = extractor.extract_text("市数据局全面贯彻落实，确保《杭州市数字政府建设方案》各项措施落地见效。")
    assert any(r[0] == "implements" for r in rels(x))
    x = extractor.extract_text("为全面推动政务公开工作，切实抓好工作落实，根据市政府办《关于印发2025年政务公开绩效评估工作方案的通知》的要求，现报告如下。")
    assert not any(r[0] == "implements" for r in rels(x))


def test_a_platform_that_connects_others_integrates_them(extractor):
    x = extractor.extract_text("福建构建了以“闽政通”为核心，连接福建省网上办事大厅、福州市公共数据开放平台的总体框架。")
    assert {("integratesWith", "闽政通", "福建省网上办事大厅"), ("integratesWith", "闽政通", "福州市公共数据开放平台")} <= rels(x)
    x = extractor.extract_text("“赣服通”横向联通“赣政通”协同办公系统。")
    assert any(r[0] == "integratesWith" and r[1] == "赣服通" for r in rels(x))


def test_liantong_the_operator_in_a_list_connects_nothing(extractor):
    x = extractor.extract_text("省教育厅建成虚拟化管理平台，实现电信、移动、联通、福建教育专网多网络互联互通。")
    assert not [r for r in rels(x) if r[0] == "integratesWith"]


def test_a_platform_launched_on_another_is_part_of_it(extractor):
    x = extractor.extract_text("省统计局门户网站推出了“统计知识库”平台。")
    assert ("partOf", "统计知识库", "省统计局门户网站") in rels(x)
    x = extractor.extract_text("省营商局依托全省一体化在线政务服务平台推出了“防疫健康信息码”服务。")
    assert ("partOf", "防疫健康信息码", "全省一体化在线政务服务平台") in rels(x)


def test_a_window_named_after_a_service_or_a_headline_launches_no_part(extractor):
    x = extractor.extract_text("北川县政务服务大厅开设“衢绵通办”专窗。")
    assert not [r for r in rels(x) if r[0] == "partOf" and r[1] == "衢绵通办"]
    x = extractor.extract_text("河北：政务大数据平台上线 “冀时办”服务提质扩容")
    assert not [r for r in rels(x) if r[0] == "partOf"]


def test_a_platform_compiled_into_or_reported_by_a_report_is_featured(extractor):
    x = extractor.extract_text("“赣服通”作为典型案例，被编入由国家行政学院主办的《2022数字政府蓝皮书》。")
    assert ("features", "2022数字政府蓝皮书", "赣服通") in rels(x)
    x = extractor.extract_text("中央广播电视总台《2023城市营商环境创新报告》专题报道我市搭建“长沙政策通”平台的做法。")
    assert ("features", "2023城市营商环境创新报告", "长沙政策通") in rels(x)


def test_the_day_a_body_hangs_its_plaque_is_its_launch(extractor):
    x = extractor.extract_text("按照机构改革工作部署，2024年3月8日上午，宁夏回族自治区数据局正式挂牌。")
    assert ("宁夏回族自治区数据局", "launchDate", "2024-03-08") in {(x.entity(d.subject).name, d.property, d.value) for d in x.dates}


# -- guards from the round's second review ----------------------------------------------------------------------

def test_work_named_offices_never_swallow_a_verb_phrase(extractor):
    x = extractor.extract_text("县热线转派县市场监督管理局处理；南宁市政务公开工作获自治区人民政府通报表扬。")
    assert "县市场监督管理局" in names(x, "Agency")
    assert not [n for n in names(x, "Agency") if "热线转派" in n or "公开工作" in n]
    x = extractor.extract_text("县热线办复率达到98.5%，市热线委派专人跟踪督办。")
    assert not names(x, "Agency")


def test_a_centres_report_keeps_only_cases_before_a_body_named_later(extractor):
    x = extractor.extract_text("一、工作情况\n本月县政务服务中心共受理事项3600件。新增市场主体3200户，县行政审批局优化开办流程。")
    assert not any(f[2] == 3200.0 for f in figures(x))


def test_a_bare_government_network_serves_a_place_named_after_it(extractor):
    x = extractor.extract_text("湘潭县推进数字政府建设。电子政务外网实现湘潭县所有行政村全覆盖。")
    assert ("serves", "电子政务外网", "湘潭县") in rels(x)


def test_connecting_needs_the_platform_itself_in_one_clause_and_no_negation(extractor):
    for text in ("市政务云平台与联通合作建设“城市大脑”平台。", "“粤省事”小程序尚未联通“粤商通”APP。",
                 "“粤省事”与“粤商通”难以联通，市民需分别登录。"):
        assert not [r for r in rels(extractor.extract_text(text)) if r[0] == "integratesWith"], text


def test_launching_before_a_joining_verb_or_a_time_and_entries_named_after_a_platform_are_no_parts(extractor):
    for text in ("“粤省事”上线后“粤商通”也迅速跟进。", "“皖事通”APP开通“皖企通”入口。",
                 "“浙里办”新增接入“杭州城市大脑”平台。", "市政府门户网站开设12345热线留言板。"):
        assert not [r for r in rels(extractor.extract_text(text)) if r[0] == "partOf"], text


def test_revenue_and_the_medias_reports_feature_nothing(extractor):
    for text in ("上海市全年一般公共预算收入8312亿元，详见《2023年上海市预算执行情况报告》。",
                 "《浙江省数字政府调查评估报告》发布后，人民日报、新华社等媒体纷纷报道了“浙里办”的经验做法。"):
        assert not [r for r in rels(extractor.extract_text(text)) if r[0] == "features"], text


def test_a_government_work_report_by_a_places_short_name_and_every_governments_reports(extractor):
    x = extractor.extract_text("2023年杭州政府工作报告再次强调“一网统管”。")
    assert "2023年杭州政府工作报告" in names(x, "Report")
    x = extractor.extract_text("31个省区市政府相继发布对应的年度政府工作报告。从各地政府工作报告来看，数字经济地位巩固。")
    assert not names(x, "Report")


def test_supervising_or_trading_under_a_listing_is_no_launch(extractor):
    x = extractor.extract_text("2023年5月10日，市纪委监委对3起问题线索挂牌督办。")
    assert not [d for d in x.dates if d.property == "launchDate"]


def test_vendors_and_laboratories_of_government_it_are_organizations(extractor):
    x = extractor.extract_text("会上，市大数据局与烽火通信、奇安信和之江实验室签署战略合作协议，共同推进城市大脑建设。")
    assert {"烽火通信", "奇安信", "之江实验室"} <= names(x, "Organization")


def test_a_yearly_report_published_under_the_rules_named_before_rests_on_them(extractor):
    x = extractor.extract_text("根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》规定，"
                               "现公布大理市人民政府2024年政府信息公开工作年度报告。")
    based = {t for r, h, t in rels(x) if r == "basedOn" and h == "大理市人民政府2024年政府信息公开工作年度报告"}
    assert based == {"中华人民共和国政府信息公开条例", "中华人民共和国政府信息公开工作年度报告格式"}


# -- guards from the round's third review -----------------------------------------------------------------------

def test_a_plaque_hung_for_something_else_or_a_listing_is_no_bodys_launch(extractor):
    for text in ("2024年1月10日，市住建局对存在问题的楼盘挂牌警示。", "2024年5月16日，区数据局挂牌“数字经济创新基地”。",
                 "2024年1月18日，市大数据中心与华为公司共建的联合创新实验室挂牌。",
                 "2024年1月26日，“数字政府联合创新中心”在市数据局挂牌。"):
        assert not [d for d in extractor.extract_text(text).dates if d.property == "launchDate"], text
    x = extractor.extract_text("2024年3月1日上午，县行政审批服务局举行挂牌仪式。")
    assert [d.value for d in x.dates if d.property == "launchDate"] == ["2024-03-01"]


def test_vendor_names_inside_other_words_are_no_organizations(extractor):
    for text in ("我们深信服务型政府建设必将取得更大成效。", "中国电子口岸已接入“单一窗口”。", "万达信息化建设项目已通过验收。"):
        assert not names(extractor.extract_text(text), "Organization"), text


def test_this_years_government_work_report_is_one_report(extractor):
    x = extractor.extract_text("国务院总理在本年度政府工作报告中提出加快数字政府建设。")
    assert "政府工作报告" in names(x, "Report")


def test_a_verb_phrase_ending_on_another_government_is_no_body(extractor):
    x = extractor.extract_text("市政务公开工作获省政府通报表扬。")
    assert not [n for n in names(x, "Agency") if "公开工作" in n]


def test_a_bureau_of_city_management_and_law_enforcement_takes_its_own_bracketed_count(extractor):
    x = extractor.extract_text("交办量较多的单位有县公安局(287宗)、县城市管理和综合执法局(133宗)。")
    assert ("县城市管理和综合执法局", 133.0) in {(f[0], f[2]) for f in figures(x)}
