"""Kinds of wording found in a twenty-fourth round of real pages (agriculture, forestry and environment
platforms; courts, procuratorates and legal services; employment, culture and tourism), annotated apart
from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording import metrics


# -- platforms -------------------------------------------------------------------------------------------

def test_a_quoted_platform_name_is_whole_though_a_verb_stands_inside_it(extractor):
    x = extractor.extract_text("由某省委政法委负责建设的“某省政法机关跨部门大数据办案平台”正式运行。")
    assert "某省政法机关跨部门大数据办案平台" in names(x, "Platform")
    assert "大数据办案平台" not in names(x, "Platform")


def test_a_quoted_slogan_ending_in_a_platform_word_is_no_platform(extractor):
    x = extractor.extract_text("全市坚持“平台之外无系统”要求，推动“政府-平台”协同。")
    assert not names(x, "Platform")


def test_a_courts_mobile_mini_court_is_a_platform(extractor):
    x = extractor.extract_text("9月10日，湖北移动微法院3.0版全省正式上线。")
    assert "湖北移动微法院" in names(x, "Platform")
    assert not names(x, "Agency")
    assert ("serves", "湖北移动微法院", "湖北省") in rels(x)


def test_an_app_named_with_tong_before_its_app_word(extractor):
    x = extractor.extract_text("某市中院开发审判通手机APP，实现网上办公。")
    assert "审判通手机APP" in names(x, "Platform")


# -- places ----------------------------------------------------------------------------------------------

def test_towns_listed_on_a_countys_page_are_part_of_it(extractor):
    x = extractor.extract_text("截至目前，城关区已完成辖区内的青山镇、河口镇、石门乡各级河长96人的信息录入工作。")
    assert {("partOf", "城关区青山镇", "城关区"), ("partOf", "城关区石门乡", "城关区")} <= rels(x)


def test_a_town_named_again_alone_is_the_one_named_under_its_county(extractor):
    x = extractor.extract_text("北京市通州区宋庄镇与河北省廊坊市三河市签订协议。宋庄镇相关负责人表示，宋庄镇与三河市毗邻。")
    towns = [e for e in x.entities if e.type == "Region" and e.name.endswith("宋庄镇")]
    assert len(towns) == 1 and ("partOf", towns[0].name, "通州区") in rels(x)


# -- figures ---------------------------------------------------------------------------------------------

def test_a_reports_figure_for_the_whole_country_is_the_countrys(extractor):
    x = extractor.extract_text("《某国数字乡村发展报告》正式发布。从评价结果看，治理效能持续提升，"
                               "全国六类涉农政务服务事项综合在线办事率达68.2%。")
    assert ("中国", 0.682) in metrics(x)
    m = next(m for m in x.metrics if m.value == 0.682)
    assert m.name == "六类涉农政务服务事项综合在线办事率"


def test_things_chosen_into_a_report_stay_the_reports(extractor):
    x = extractor.extract_text("会上发布了《数字政府应用场景典型案例》，全省25个数字政府应用场景入选。")
    assert ("数字政府应用场景典型案例", 25.0) in metrics(x)


def test_a_ministrys_sector_is_no_system(extractor):
    x = extractor.extract_text("目前由文化和旅游系统主导建设的国家公共文化云已经上线，累计访问量达8.09亿次。")
    assert "文化和旅游系统" not in names(x, "Platform")
    assert ("国家公共文化云", 809000000.0) in metrics(x)


def test_a_theme_database_is_a_platform(extractor):
    x = extractor.extract_text("率先完成烟台市生态环境主题库建设，汇集16个单位71类共1.9亿条数据。")
    assert "烟台市生态环境主题库" in names(x, "Platform")


def test_a_project_and_a_platform_are_two_things(extractor):
    x = extractor.extract_text("与此同时，全国智慧图书馆体系建设项目和公共文化云建设项目目前已经在中央财政立项。")
    assert not any(n.startswith("项目") for n in names(x, "Platform"))


# -- what a plan rests on --------------------------------------------------------------------------------

def test_a_plan_rests_on_documents_of_departments_named_before_them(extractor):
    x = extractor.extract_text("某市智慧文旅发展实施方案\n为加快全市智慧文旅建设，根据国家及省十部门《关于推动智慧旅游发展的实施意见》、"
                               "《某省智慧文旅发展规划》等文件精神，结合我市实际，制定本方案。")
    assert {("basedOn", "某市智慧文旅发展实施方案", "关于推动智慧旅游发展的实施意见"),
            ("basedOn", "某市智慧文旅发展实施方案", "某省智慧文旅发展规划")} <= rels(x)


def test_a_plan_made_as_follows_rests_on_the_ministrys_notice(extractor):
    x = extractor.extract_text("某省数字人社建设行动实施方案\n按照人力资源社会保障部《关于印发〈数字人社建设行动实施方案〉的通知》要求，"
                               "推进我省数字人社建设，制定如下实施方案。")
    assert ("basedOn", "某省数字人社建设行动实施方案", "关于印发〈数字人社建设行动实施方案〉的通知") in rels(x)


def test_the_provinces_government_by_its_level_alone_issues_a_plan(extractor):
    x = extractor.extract_text("3月5日，省政府印发《山西省智慧旅游云平台融合推进实施方案》。")
    assert ("issuedBy", "山西省智慧旅游云平台融合推进实施方案", "山西省政府") in rels(x)


def test_minutes_of_calls_and_acres_are_measures(extractor):
    x = extractor.extract_text("2023年，某市12348公共法律服务热线通话总量2871通，通话时长7045分钟，平均通话时长6.4分钟。")
    assert {m.value for m in x.metrics if m.unit == "分钟"} == {7045.0, 6.4}
    x = extractor.extract_text("12345热线承诺30分钟内回复。")
    assert not x.metrics    # a promise, not a measured duration


def test_a_figures_name_after_the_body_and_the_year(extractor):
    x = extractor.extract_text("某市司法局2023年办理公证类行政许可58件、司法鉴定类行政许可250件。")
    assert {m.name for m in x.metrics} == {"办理公证类行政许可", "司法鉴定类行政许可"}


# -- dates -----------------------------------------------------------------------------------------------

def test_the_day_in_brackets_after_a_reports_title_line_is_its_publication(extractor):
    x = extractor.extract_text("某市司法局2023年度行政许可实施情况年度报告 (2024-03-28)\n\n"
                               "根据有关规定，现将本部门2023年行政许可实施情况报告如下：")
    assert "某市司法局2023年度行政许可实施情况年度报告" in names(x, "Report")
    assert [(d.property, d.value) for d in x.dates] == [("publicationDate", "2024-03-28")]


def test_a_plan_handed_out_without_gei_is_signed(extractor):
    x = extractor.extract_text("某省司法厅关于印发《某省公共法律服务平台建设实施方案》的通知\n"
                               "各市司法局：\n现将《某省公共法律服务平台建设实施方案》印发你们，请认真抓好贯彻落实。\n"
                               "贯彻落实情况请及时报告省司法厅。\n2017年12月13日\n")
    dated = {(x.entity(d.subject).name, d.property, d.value) for d in x.dates}
    assert dated == {("某省公共法律服务平台建设实施方案", "issueDate", "2017-12-13")}   # (the notice handing it out
    #  is dated by no annotator of the development set)


# -- bodies ----------------------------------------------------------------------------------------------

def test_a_forestry_and_grassland_bureau_by_its_short_name(extractor):
    x = extractor.extract_text("按照省林草局工作部署，七里河区积极融入系统建设。")
    assert "甘肃省林草局" in names(x, "Agency")


def test_a_citys_cultural_centre_is_a_body_and_a_museum_visited_is_not(extractor):
    x = extractor.extract_text("成都市文化馆推出线上服务。")
    assert ("jurisdiction", "成都市文化馆", "成都市") in rels(x)
    x = extractor.extract_text("电子社保卡还可借阅图书、进景区博物馆。")
    assert not names(x, "Agency")


def test_a_system_of_forest_chiefs_inside_a_platforms_name(extractor):
    x = extractor.extract_text("七里河区积极融入甘肃林长制智慧信息系统建设。")
    assert "甘肃林长制智慧信息系统" in names(x, "Platform")


def test_a_programme_named_with_one_phone_opens_the_platforms_name(extractor):
    x = extractor.extract_text("建设一部手机游天水智慧综合服务平台。")
    assert "一部手机游天水智慧综合服务平台" in names(x, "Platform")


def test_one_platform_counted_before_its_quoted_brand_is_named(extractor):
    x = extractor.extract_text("构建“1+7+N”体系，即1个“港城快工”数智零工平台、7个省级零工市场和N个零工驿站。")
    assert "“港城快工”数智零工平台" in names(x, "Platform")
    x = extractor.extract_text("建成1个中央平台、7个流域平台和32个省级平台。")
    assert not names(x, "Platform")


def test_bodies_of_a_kind_are_no_body(extractor):
    x = extractor.extract_text("全国法院在线立案1143.9万件，中级人民法院、基层人民法院、海事法院拓展到全国四级法院，"
                               "市场监管部门加强监管。")
    assert not names(x, "Agency")
    x = extractor.extract_text("最高人民法院发布报告，连云港市城市管理部门推出平台，省公安厅出入境管理部门上线系统。")
    assert {"最高人民法院", "连云港市城市管理部门"} <= names(x, "Agency")


def test_a_system_named_only_by_what_it_does_or_where_it_runs_is_no_platform(extractor):
    x = extractor.extract_text("平台分为PC端平台和电脑端平台，配套系统、存储系统和各行业子平台同步建设，市县平台全部接入。")
    assert not names(x, "Platform")


# -- the review's guards ---------------------------------------------------------------------------------

def test_a_quoted_goal_is_no_platform_name(extractor):
    for text in ("市委书记指出，要打造“让群众满意的服务型政务平台”。", "该县提出“打造全市领先的基层治理信息平台”的目标。"):
        assert not any(n.startswith(("让", "打造")) for n in names(extractor.extract_text(text), "Platform"))


def test_a_way_of_working_before_an_app_word_names_no_app(extractor):
    x = extractor.extract_text("推动事项集成办小程序上线，实现社保业务指尖办手机APP全覆盖。")
    assert not any(n.endswith(("集成办小程序", "指尖办手机APP")) for n in names(x, "Platform"))


def test_towns_visited_elsewhere_are_not_the_countys(extractor):
    x = extractor.extract_text("临潭县党政代表团赴天津市考察，先后到访杨柳青镇、大邱庄镇。")
    assert not [r for r in x.relations if r.rule == "town-of-the-county"]


def test_a_count_of_cities_a_report_drew_on_stays_the_reports(extractor):
    x = extractor.extract_text("《数字政府发展白皮书》正式发布，全国共有58个城市参与编写。")
    assert ("数字政府发展白皮书", 58.0) in metrics(x)


def test_sorties_are_no_aircraft(extractor):
    x = extractor.extract_text("浙江省今年已开展无人机巡检飞行1200架次。")
    assert all(m.unit != "架" for m in x.metrics)


def test_a_plan_handed_on_from_another_body_is_not_dated_by_this_page(extractor):
    x = extractor.extract_text("各乡镇：\n为贯彻落实《某市人民政府办公室关于印发〈2024年防汛工作方案〉的通知》要求，"
                               "现将《2024年防汛工作方案》印发你们，请认真执行。\n某县人民政府办公室\n2024年5月6日")
    assert not x.dates
    x = extractor.extract_text("各乡镇：\n现将省水利厅《防汛工作手册》印发你们，供参考。\n某县防汛抗旱指挥部\n2023年6月1日")
    assert not x.dates


def test_a_kind_of_old_town_is_no_town(extractor):
    x = extractor.extract_text("蓟州区文旅局负责人介绍，周庄镇、同里镇等江南古镇游客量大幅增长。")
    assert not any("江南古镇" in n for n in names(x, "Region"))


def test_counties_by_their_short_names_in_a_list_of_places_around(extractor):
    x = extractor.extract_text("吸引了常州武进、扬中、丹徒等周边地区纷纷前来取经。")
    assert {"武进区", "扬中市", "丹徒区"} <= names(x, "Region")
    assert ("partOf", "武进区", "常州市") in rels(x)
    x = extractor.extract_text("国庆假期，杭州西湖的游客量同比增长15%，泰安泰山的游客接待量也在增长。")
    assert not names(x, "Region") & {"西湖区", "泰山区"}     # (a lake and a mountain, no districts)


def test_a_courts_disclosure_site_keeps_its_verb(extractor):
    x = extractor.extract_text("从网上立案到在线庭审，从浙江法院公开网到智慧法院App。")
    assert "浙江法院公开网" in names(x, "Platform")


def test_a_compilation_is_published_by_its_editors_and_its_press(extractor):
    x = extractor.extract_text("由福建省林业科学研究院主编的《某省林长制典型事例汇编(2022)》由中国林业出版社出版发行。")
    assert {("publishedBy", "某省林长制典型事例汇编(2022)", "福建省林业科学研究院"),
            ("publishedBy", "某省林长制典型事例汇编(2022)", "中国林业出版社")} <= rels(x)


def test_peoples_organisations_and_police_units_are_bodies(extractor):
    x = extractor.extract_text("杭州市总工会、省妇联、团省委和渝中区政协联合开展活动，南宁市消防救援支队、区交通大队出动。")
    assert {"杭州市总工会", "省妇联", "团省委", "渝中区政协", "南宁市消防救援支队", "区交通大队"} <= names(x, "Agency")
    x = extractor.extract_text("金宏网实现了市委、市人大、市政府、市政协机关网络的互联互通，某集团市委书记出席。")
    assert not names(x, "Agency")


def test_a_peoples_congress_by_its_short_name_and_not_its_deputies(extractor):
    assert "武汉市人大" in names(extractor.extract_text("武汉人大推出立法平台。"), "Agency")
    x = extractor.extract_text("市人大代表提出建议，十四届全国人大一次会议召开，实现了市委、市人大、市政府、市政协网络互通。")
    assert not names(x, "Agency")


def test_a_national_platform_counted_in_one_place_is_the_places_figure(extractor):
    x = extractor.extract_text("广西壮族自治区教育厅报告：截至7月17日，我区国家中小学智慧教育平台访问量达到9946万人次，"
                               "在全国31个省市、自治区排名第13位。")
    assert ("广西壮族自治区", 99460000.0) in metrics(x)
    assert all(m.value != 31.0 for m in x.metrics)


def test_a_company_by_its_full_and_its_short_names_is_one(extractor):
    x = extractor.extract_text("中国电信集团公司与市政府签约，中国电信将建设云平台。省文旅集团负责运营，文旅集团与各市对接。")
    assert len([e for e in x.entities if e.type == "Organization"]) == 2


def test_a_short_title_after_a_report_with_its_year_in_brackets_is_that_report(extractor):
    x = extractor.extract_text("国家互联网信息办公室发布《数字中国发展报告(2021年)》。《报告》显示，浙江数字化综合发展水平居全国第一。")
    assert names(x, "Report") == {"数字中国发展报告(2021年)"}


# -- the second review's guards --------------------------------------------------------------------------

def test_a_national_or_a_citys_department_is_named(extractor):
    x = extractor.extract_text("国家网信部门发布《数据出境安全评估办法》，宁波公安部门推出“甬警通”微信小程序。")
    assert {"国家网信部门", "宁波市公安部门"} <= names(x, "Agency")


def test_disclosing_data_on_a_site_is_no_part_of_its_name(extractor):
    x = extractor.extract_text("依法公开浙江政务服务网办件数据。")
    assert "浙江政务服务网" in names(x, "Platform")


def test_a_companion_book_and_the_press_trade_publish_nothing(extractor):
    x = extractor.extract_text("《浙江省数字经济促进条例》释义由省司法厅组织编写。")
    assert not [r for r in x.relations if r.type in ("issuedBy", "publishedBy")]
    x = extractor.extract_text("省委宣传部负责指导全省新闻出版工作，《2023年全省文化产业发展报告》显示产业增长。")
    assert not [r for r in x.relations if r.type == "publishedBy"]


def test_a_legislatures_members_sessions_and_school_are_no_body(extractor):
    x = extractor.extract_text("北京人大附中学生获奖，市政协委员张某提交提案，省政协十二届三次会议开幕。")
    assert not names(x, "Agency")
    x = extractor.extract_text("省人大与省政协联合召开数字经济立法座谈会。")
    assert {"省人大", "省政协"} <= names(x, "Agency")


def test_the_signature_dates_a_policys_issue_over_the_meeting_that_adopted_it(extractor):
    x = extractor.extract_text("各委、办、厅、局：\n《某区加强数字政府建设方案(2023-2025年)》已经2023年3月30日区政府第2次常务会议通过，"
                               "现印发给你们，请认真贯彻执行。\n2023年4月16日\n")
    assert [(d.property, d.value) for d in x.dates] == [("issueDate", "2023-04-16")]


def test_online_and_offline_channels_together_are_no_platform(extractor):
    x = extractor.extract_text("焦作市零工市场体系正释放就业推动力。今年以来，全市线上线下平台吸引5175名零工人员注册。")
    assert not names(x, "Platform") and ("焦作市", 5175.0) in metrics(x)


def test_a_hotlines_calls_under_its_heading_are_its_own(extractor):
    x = extractor.extract_text("2. 12348公共法律服务热线运行情况\n\n通话总量2871通，等待服务量1776通，人工接听总量1095通。")
    assert ("12348公共法律服务热线", 2871.0) in metrics(x)


def test_internet_companies_by_their_brand_names(extractor):
    x = extractor.extract_text("市政府与百度、美团签署合作协议，东软承建系统。")
    assert {"百度", "美团", "东软集团"} <= names(x, "Organization")


def test_figures_are_named_by_their_words_not_their_units(extractor):
    x = extractor.extract_text("2025年第一季度，某市12345热线话务总数为20693个，日均230个；投诉3751件 占比 82.13%。"
                               "省、市、县三级已有3000余个应用系统迁入“云上贵州”。")
    named = {m.value: m.name for m in x.metrics}
    assert (named[230.0], named[0.8213], named[3000.0]) == ("日均", "占比", "应用系统")


def test_a_launch_after_a_long_description_of_the_platform(extractor):
    x = extractor.extract_text("2006年6月25日，集行政审批、便民服务、政务公开、数据开放、互动交流等功能于一体，"
                               "省市县统一架构、多级联动的网上政务平台——浙江政务服务网正式上线运行。")
    assert [(d.property, d.value) for d in x.dates] == [("launchDate", "2006-06-25")]


def test_the_countrys_platform_gathering_a_provinces_cases_counts_the_provinces(extractor):
    x = extractor.extract_text("辽宁省政务服务管理局介绍：今年以来，国家平台归集我省办件2.2亿件。")
    assert ("辽宁省", 220000000.0) in metrics(x)


def test_the_place_a_body_reports_on_keeps_the_figures_after_it(extractor):
    x = extractor.extract_text("江苏省通信管理局介绍，截至4月底，全省新建成开通5G基站约1万个，累计开通5G基站14万个。")
    assert {("江苏省", 10000.0), ("江苏省", 140000.0)} <= metrics(x)


def test_courses_and_an_official_weibo_account(extractor):
    x = extractor.extract_text("“女性之声”官方微博目前已有超过180万粉丝。全国人大网络学院提供特色课程200余门。")
    assert "女性之声官方微博" in names(x, "Platform") and any(m.unit == "门" for m in x.metrics)


def test_a_procurement_e_mall_is_a_platform_not_a_government(extractor):
    x = extractor.extract_text("日前江西政府采购电子卖场交易额2507万元，开通以来累计交易额突破10亿元大关。")
    assert "江西政府采购电子卖场" in names(x, "Platform") and not names(x, "Agency")


def test_a_quoted_brand_with_a_hyphen_is_one_platform(extractor):
    x = extractor.extract_text("山东省委组织部建设的“灯塔-党建在线”网络平台，自去年开通以来，累计在线学习和答题1.4亿人次。")
    assert ("operates", "山东省委组织部", "灯塔-党建在线") in rels(x)
    x = extractor.extract_text("美团“政企通”：开启“政府-平台”协同新模式。")
    assert "政府-平台" not in names(x, "Platform")


# -- the third review's guards ---------------------------------------------------------------------------

def test_a_platform_launching_something_else_is_not_dated_by_it(extractor):
    x = extractor.extract_text("2020年5月12日，为进一步便利企业群众办事、推动长三角地区政务服务标准化规范化便利化发展、"
                               "实现跨区域协同办理事项全覆盖，省政务服务网正式上线“跨省通办”专区。")
    assert not [d for d in x.dates if x.entity(d.subject).name == "省政务服务网"]


def test_the_bodys_own_work_after_a_places_figure_stays_the_bodys(extractor):
    x = extractor.extract_text("河南省市场监管局介绍，全省新增市场主体120万户，局机关组织执法培训36场。")
    assert ("河南省市场监督管理局", 36.0) in metrics(x) or ("河南省市场监管局", 36.0) in metrics(x)


def test_all_is_no_average_in_a_figures_name(extractor):
    x = extractor.extract_text("“浙里办”平台连续12个月均保持月办件量100万件以上，日均办件量2.3万件。")
    assert {m.name for m in x.metrics} == {"保持月办件量", "日均办件量"}


def test_levels_or_parties_joined_by_a_hyphen_are_no_brand(extractor):
    x = extractor.extract_text("构建“省-市-县”网络平台体系，推行“企业-银行”平台对接。")
    assert not names(x, "Platform") & {"省-市-县", "企业-银行"}


def test_a_company_the_city_works_with_takes_no_figure(extractor):
    x = extractor.extract_text("我市与美团、饿了么合作，上线“阳光厨房”直播点位1500个。")
    assert not [m for m in x.metrics if x.entity(m.subject).name == "美团"]


def test_an_online_and_offline_service_platform_with_a_name_of_its_own(extractor):
    x = extractor.extract_text("成都市线上线下一体化政务服务平台累计办件突破3000万件。")
    assert "成都市线上线下一体化政务服务平台" in names(x, "Platform")
