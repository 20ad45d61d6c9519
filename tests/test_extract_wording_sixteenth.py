"""Kinds of wording found in a sixteenth round of real pages (the fifteenth round's unread sets: bureaus'
yearly summaries, 12345 reports, website and new-media inspection bulletins, data rules, provincial
news), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording_thirteenth import figures


# -- new-media accounts listed with their channel in brackets ------------------------------------------

def test_accounts_listed_with_their_channel_in_brackets_are_platforms(extractor):
    x = extractor.extract_text("检查发现以下账号更新不及时：平安民政(微信)、平安交警（新浪微博）、安澜丨文旅(抖音)")
    assert {"平安民政", "平安交警", "安澜丨文旅"} <= names(x, "Platform")


def test_a_description_before_a_channel_in_brackets_is_no_account(extractor):
    x = extractor.extract_text("全县开通政务微博(新浪微博)的单位有5家，县公安局(微博)更新及时。")
    assert not names(x, "Platform") & {"开通政务微博", "县公安局"}


def test_a_bulletin_evaluates_the_accounts_it_lists_on_a_line(extractor):
    x = extractor.extract_text("市政府办公室关于2023年第二季度全市政务新媒体检查情况的通报\n"
                               "一、出现单项否决情形的政务新媒体名单\n"
                               "平安民政(微信)、平安交警(新浪微博)、安澜文旅(微信)\n")
    bulletin = "市政府办公室关于2023年第二季度全市政务新媒体检查情况的通报"
    assert {("evaluates", bulletin, n) for n in ("平安民政", "平安交警", "安澜文旅")} <= rels(x)


def test_one_account_alone_on_a_line_under_a_bulletin_is_not_evaluated(extractor):
    x = extractor.extract_text("市政府办公室关于2023年第二季度全市政府网站检查情况的通报\n"
                               "各县区政府网站总体运行平稳。\n平安市政务服务中心微信公众号\n扫描二维码 关注我们")
    assert not any(t == "evaluates" and "微信公众号" in tail for t, _, tail in rels(x))


# -- a body's website named by the body in quotes and 网 ------------------------------------------------

def test_a_quoted_body_and_wang_name_the_bodys_website(extractor):
    x = extractor.extract_text("个别网站整改不彻底，河北省“保定市民政局”网10余个栏目以旧稿重发方式假整改。")
    assert "保定市民政局网" in names(x, "Platform")


def test_quoted_words_before_wang_shang_are_no_website(extractor):
    x = extractor.extract_text("推进“平安市行政审批局”网上办事，群众可在“平安县人民政府”网格员处咨询。")
    assert not {"平安市行政审批局网", "平安县人民政府网"} & names(x, "Platform")


def test_a_site_named_by_a_county_under_a_province_serves_the_county_only(extractor):
    x = extractor.extract_text("吉林省“汪清县人民政府”网存在错别字，吉林省“汪清县政务服务网”站点无法访问。")
    served = {(h, t) for r, h, t in rels(x) if r == "serves"}
    assert ("汪清县人民政府网", "汪清县") in served
    assert not {("汪清县人民政府网", "吉林省"), ("汪清县政务服务网", "吉林省")} & served


def test_a_departments_own_site_serves_no_place(extractor):
    x = extractor.extract_text("湖北省“鄂州市经济和信息化委员会”网和“勐腊县保护所”网未按要求整改。")
    assert not any(r == "serves" and h in ("鄂州市经济和信息化委员会网", "勐腊县保护所网") for r, h, _ in rels(x))


def test_a_towns_government_site_does_not_serve_its_district(extractor):
    x = extractor.extract_text("浙江省绍兴市“绍兴市上虞区长塘镇人民政府”网仍然可以访问。")
    assert ("serves", "绍兴市上虞区长塘镇人民政府网", "上虞区") not in rels(x)


# -- a verb the model glues to the body after it ------------------------------------------------------

def test_a_verb_of_praise_or_visit_is_not_part_of_the_body_after_it(extractor):
    x = extractor.extract_text("副市长充分肯定市数据局今年以来的工作，并带领市政务服务中心负责人走访企业。")
    assert {"市数据局", "市政务服务中心"} <= names(x, "Agency")
    assert not any(n.startswith(("肯定", "带领")) for n in names(x))


def test_a_verb_of_building_or_calling_is_not_part_of_the_body_after_it(extractor):
    x = extractor.extract_text("对照规范要求，加快县政务服务中心和乡镇便民服务中心规范化建设，召集省新闻出版广电局开会。")
    assert {"县政务服务中心", "省新闻出版广电局"} <= names(x, "Agency")
    assert not any(n.startswith(("加快", "召集")) for n in names(x))


# -- a platform built, then joined to another in the next clause (建成A，并与B实现对接) ---------------------

def test_a_platform_built_and_then_joined_to_the_national_one(extractor):
    x = extractor.extract_text("平安省建成全省政务数据共享交换平台，并与国家数据共享交换平台实现全面对接。")
    assert ("integratesWith", "国家数据共享交换平台", "全省政务数据共享交换平台") in rels(x)


def test_linked_up_with_the_provinces_site_after_a_list_of_features(extractor):
    x = extractor.extract_text("开发上线了安澜通小程序，设立了在线预约、咨询等栏目，与平安省政务服务网互联互通。")
    assert ("integratesWith", "平安省政务服务网", "安澜通小程序") in rels(x)
    assert ("integratesWith", "安澜通小程序", "平安省政务服务网") not in rels(x)


def test_linking_up_as_a_plans_aim_joins_nothing(extractor):
    x = extractor.extract_text("以建设市政务云数据中心为统揽，加快推进政务数据资源互联互通，建立全市数据共享支撑平台。")
    assert not any(t == "integratesWith" for t, _, _ in rels(x))


# -- a plan's opening naming the issuers of what it carries out (全面落实党中央、国务院《A》) ------------------

def test_a_plan_opening_on_the_issuers_of_its_basis_rests_on_it(extractor):
    x = extractor.extract_text(
        "平安省人民政府办公厅关于印发平安省2024年数字政府建设工作要点的通知\n"
        "《平安省2024年数字政府建设工作要点》已经省政府同意，现印发给你们，请认真贯彻落实。\n"
        "平安省2024年数字政府建设工作要点\n"
        "为深入贯彻党的二十大精神，全面落实党中央、国务院《数字中国建设整体布局规划》和国务院《关于加强数字政府建设的指导意见》精神，"
        "加快推进我省数字政府建设，现提出如下工作要点。")
    plan = "平安省2024年数字政府建设工作要点"
    assert {("basedOn", plan, "数字中国建设整体布局规划"), ("basedOn", plan, "关于加强数字政府建设的指导意见")} <= rels(x)


# -- national new areas that are no county of their own -----------------------------------------------

def test_national_new_areas_are_places(extractor):
    x = extractor.extract_text("在西安市行政区域内（含西咸新区）从事政务数据活动的，适用本办法；贵安新区、赣江新区参照执行。")
    assert {"西咸新区", "贵安新区", "赣江新区"} <= names(x, "Region")


# -- sites named for opening data, trading resources, disclosure, procurement -------------------------

def test_sites_for_open_data_trading_disclosure_and_procurement_are_platforms(extractor):
    x = extractor.extract_text("公共数据通过安澜公共数据开放网进行开放，项目在平安市公共资源交易网公示，"
                               "信息在市政务公开网和中国平安政府采购网发布。")
    assert {"安澜公共数据开放网", "平安市公共资源交易网", "市政务公开网", "中国平安政府采购网"} <= names(x, "Platform")


def test_a_body_after_he_opens_a_new_platform_name(extractor):
    x = extractor.extract_text("为提升网上办事大厅的办事效率和平安市政府数据交换共享平台提供有力支撑。")
    assert "平安市政府数据交换共享平台" in names(x, "Platform")
    assert not any(n.startswith("办事效率") for n in names(x))


# -- 国办 read alone; a body that chose what is counted ---------------------------------------------------

def test_guoban_alone_is_the_state_councils_general_office(extractor):
    x = extractor.extract_text("平安省在国办2020年发布的政务公开评估中被评为优秀等次。")
    assert "国务院办公厅" in names(x, "Agency")


def test_guoban_in_a_document_number_a_unit_or_a_verb_is_no_body(extractor):
    x = extractor.extract_text("依据国办发〔2019〕5号和国办公开办函〔2021〕30号，由国办信息公开办发布。"
                               "解决审批过程中办证慢的问题，全国办件量增长。")
    assert not {"国务院办公厅", "中共中央办公厅"} & names(x, "Agency")


def test_the_body_that_chose_what_is_counted_does_not_take_the_figure(extractor):
    x = extractor.extract_text("《平安通办事项清单》包含115项高频事项。其中，两地自主增设的特色事项50项，国办确定的跨省通办事项65项。")
    subjects = figures(x)
    assert subjects.get(65) == "平安通办事项清单"


# -- a street's office; streets named after provinces ------------------------------------------------

def test_a_streets_office_is_a_body(extractor):
    x = extractor.extract_text("各乡(镇)人民政府、安澜路街道办事处，县政府有关部门：\n西津街道办事处联合开展服务，南山街道办理业务。")
    assert {"安澜路街道办事处", "西津街道办事处"} <= names(x, "Agency")
    assert not any(n.startswith("南山街道办") for n in names(x, "Agency"))


def test_a_street_named_after_a_province_is_not_the_province(extractor):
    x = extractor.extract_text("“要让机器学会判断道路积水。”江苏路街道办事处主任说，四川北路也试点。")
    assert "江苏路街道办事处" in names(x, "Agency")
    assert not {"江苏省", "四川省"} & names(x, "Region")


# -- what a review of the round's rules found they must not do ----------------------------------------

def test_a_clause_before_a_channel_in_brackets_is_no_account(extractor):
    x = extractor.extract_text("缴费可选择线上支付（微信）或到窗口现金缴纳，线上渠道（微信）办件量占比达到60%。")
    assert not names(x, "Platform")


def test_accounts_named_for_human_resources_are_listed_too(extractor):
    x = extractor.extract_text("通报批评以下账号：平安人社(微信)、安澜人社(微信)、安澜医保(新浪微博)。")
    assert {"平安人社", "安澜人社", "安澜医保"} <= names(x, "Platform")


def test_an_account_alone_in_a_tables_cell(extractor):
    x = extractor.extract_text("序号 | 主办单位 | 账号名称 | 得分 |\n2 | 县公安局 | 安澜警方(新浪微博) | 25 |")
    assert "安澜警方" in names(x, "Platform")


def test_wang_starting_another_word_after_a_quoted_body_is_no_site(extractor):
    x = extractor.extract_text("“平安市交通运输局”网约车管理平台上线，“平安市人社局”网申系统开通，“平安市住建局”网签系统运行。")
    assert not {"平安市交通运输局网", "平安市人社局网", "平安市住建局网"} & names(x, "Platform")


def test_a_bar_of_links_under_a_bulletin_is_not_evaluated(extractor):
    x = extractor.extract_text("平安市人民政府办公室关于2024年第二季度全市政府网站检查情况的通报\n"
                               "全市政府网站运行平稳。\n相关链接\n中国政府网 平安省人民政府网 平安市政务服务网")
    assert not any(t == "evaluates" and tail.endswith("网") for t, _, tail in rels(x))


def test_a_platform_for_digital_villages_still_serves_its_province(extractor):
    x = extractor.extract_text("浙江省数字乡村综合服务平台正式上线。")
    assert ("serves", "浙江省数字乡村综合服务平台", "浙江省") in rels(x)


def test_a_site_under_a_city_named_with_its_district_serves_neither(extractor):
    x = extractor.extract_text("浙江省绍兴市“绍兴市上虞区长塘镇人民政府”网仍然可以访问。")
    assert not any(r == "serves" and t in ("绍兴市", "上虞区") for r, _, t in rels(x))


def test_two_platforms_joined_after_yu_are_not_joined_to_each_other(extractor):
    x = extractor.extract_text("平安市建成“平安办”APP，同时与平安省政务服务网和国家政务服务平台实现互联互通。")
    assert ("integratesWith", "国家政务服务平台", "平安省政务服务网") not in rels(x)
    assert {("integratesWith", "平安省政务服务网", "平安办"), ("integratesWith", "国家政务服务平台", "平安办")} <= rels(x)


def test_a_list_of_platforms_joined_after_a_comma_each_takes_the_first_in(extractor):
    x = extractor.extract_text("平安市上线“灵平安”APP，并与平安省政务服务网、国家政务服务平台实现对接。")
    assert {("integratesWith", "平安省政务服务网", "灵平安"), ("integratesWith", "国家政务服务平台", "灵平安")} <= rels(x)


def test_an_agreement_signed_is_no_joining(extractor):
    x = extractor.extract_text("平安市上线“平安通”APP，并与“安澜办”签订合作框架协议，共同推进数据对接。")
    assert not any(t == "integratesWith" for t, _, _ in rels(x))


def test_peer_sites_linked_up_in_one_clause_take_neither_in(extractor):
    x = extractor.extract_text("推进平安省政务服务网与安澜省政务服务网互联互通，实现区域“一网通办”。")
    assert not any(t == "integratesWith" for t, _, _ in rels(x))


def test_the_issuer_of_a_document_cited_beside_does_not_carry_out_the_first(extractor):
    x = extractor.extract_text("平安省2024年数字政府建设工作要点\n为深入贯彻党的二十大精神，全面落实国务院《关于加强数字政府建设的指导意见》，"
                               "对照国务院办公厅《关于依托全国一体化政务服务平台的意见》，现提出如下工作要点。")
    assert ("implements", "国务院办公厅", "关于加强数字政府建设的指导意见") not in rels(x)


def test_a_new_area_written_after_its_province_is_part_of_it(extractor):
    x = extractor.extract_text("湖南湘江新区、云南滇中新区建立合作机制。")
    assert {("partOf", "湖南湘江新区", "湖南省"), ("partOf", "云南滇中新区", "云南省")} <= rels(x)


def test_a_place_acting_as_the_state_council_office_deployed_keeps_its_figure(extractor):
    x = extractor.extract_text("宜宾市按照国办部署，上线“跨省通办”专区，首批事项150项。")
    subjects = figures(x)
    assert subjects.get(150) == "宜宾市"


def test_a_local_bodys_own_chosen_tasks_are_its_own(extractor):
    x = extractor.extract_text("平安市数据局确定的重点任务20项已完成18项。")
    subjects = figures(x)
    assert subjects.get(20) == "平安市数据局"


def test_guoban_opening_a_units_name_is_not_the_office(extractor):
    x = extractor.extract_text("国办职能转变协调办公室召开座谈会。")
    assert "国务院办公厅" not in names(x, "Agency")


def test_street_offices_under_their_district_and_streets_with_a_direction(extractor):
    x = extractor.extract_text("上海市虹口区四川北路街道办事处开展政务服务，平安市鼓楼区江苏路街道办事处推进网格化管理。")
    assert {"四川北路街道办事处", "江苏路街道办事处"} <= names(x, "Agency")
    assert not {"四川省", "江苏省"} & names(x, "Region")


def test_a_provinces_road_words_that_are_no_street_keep_the_province(extractor):
    x = extractor.extract_text("数字政府建设的浙江路径值得借鉴。")
    assert "浙江省" in names(x, "Region")


# -- words after a county that read like a town but are none ------------------------------------------

def test_a_verb_or_a_kind_of_place_after_a_county_is_no_town(extractor):
    x = extractor.extract_text("陇南市武都区统筹推进乡镇政务服务中心建设，公安县召开县乡两级会议。")
    assert not any(n.endswith(("推进乡", "召开县乡", "县乡")) for n in names(x, "Region"))


def test_fellow_townsmen_and_every_sumu_are_no_towns(extractor):
    x = extractor.extract_text("澳门江门同乡会揭牌，广东江门乡亲参加。苏尼特左旗各苏木镇，旗直各单位：")
    assert not any(n.endswith(("江门乡", "苏木镇")) for n in names(x, "Region"))


def test_a_town_whose_name_holds_he_is_still_a_town(extractor):
    x = extractor.extract_text("成都市新津区中和镇文山村设立便民服务点。")
    assert any(n.endswith("中和镇") for n in names(x, "Region"))


# -- a place's name right before the titles it issued -------------------------------------------------

def test_a_place_before_quoted_titles_issued_them(extractor):
    x = extractor.extract_text("我省印发了甘肃省《政务服务中心管理规范》、《政务服务中心服务质量规范》两个规范。")
    assert {("issuedBy", "政务服务中心管理规范", "甘肃省"), ("issuedBy", "政务服务中心服务质量规范", "甘肃省")} <= rels(x)


def test_a_place_before_an_unquoted_title_or_another_places_title_did_not_issue_it(extractor):
    x = extractor.extract_text("学习江苏省《南京市数据条例》的做法。\n江西省2023年数字政府建设工作要点")
    assert not any(t == "issuedBy" for t, _, _ in rels(x))


# -- a county by its short name listed among cities ---------------------------------------------------

def test_a_county_by_short_name_listed_with_cities_before_a_count_of_places(extractor):
    x = extractor.extract_text("省级政府门户网站和茂名、密云、合肥3个市(区)政府门户网站得分靠前。")
    assert {"茂名市", "密云区", "合肥市"} <= names(x, "Region")


# -- news sites and an evaluator named like a platform are organizations ------------------------------

def test_news_sites_and_an_evaluator_named_like_a_platform_are_organizations(extractor):
    x = extractor.extract_text("红网、荆楚网、中国新闻网报道，D3方评估平台联合零点有数发布12345热线监测报告。")
    assert {"红网", "荆楚网", "中国新闻网", "D3方评估平台"} <= names(x, "Organization")
    assert "D3方评估平台" not in names(x, "Platform")


def test_words_that_open_on_a_news_sites_name_are_no_site(extractor):
    x = extractor.extract_text("中国网上政务含金量高，获评中国网络理政十大创新案例。")
    assert not names(x, "Organization")


def test_a_news_site_telling_the_news_publishes_nothing(extractor):
    x = extractor.extract_text("中新网12月16日电 中国政府网16日发布《2020年政府网站和政务新媒体检查情况通报》。")
    assert not any(t == "publishedBy" and tail == "中国新闻网" for t, _, tail in rels(x))


# -- what a second review found the round's later rules must not do -----------------------------------

def test_news_site_names_inside_other_words_are_no_sites(extractor):
    x = extractor.extract_text("市场监管局提醒消费者在大众网购节期间理性消费，推行“光明网格”治理模式，红网格员上门服务。")
    assert not names(x, "Organization")


def test_zhejiang_online_services_are_the_provinces(extractor):
    x = extractor.extract_text("浙江在线政务服务能力连续多年位居全国第一。")
    assert "浙江省" in names(x, "Region") and "浙江在线" not in names(x, "Organization")


def test_a_news_site_with_its_own_dateline_or_reporter_publishes_nothing(extractor):
    x = extractor.extract_text("红网12月16日讯 中国政府网16日发布《2020年政府网站和政务新媒体检查情况通报》。"
                               "澎湃新闻记者 陈某报道，国办发布《2023年第一季度全国政府网站抽查情况的通报》。")
    assert not any(t == "publishedBy" and tail in ("红网", "澎湃新闻") for t, _, tail in rels(x))
    assert ("publishedBy", "2023年第一季度全国政府网站抽查情况的通报", "国务院办公厅") in rels(x)


def test_towns_whose_names_hold_ge_or_a_building_word_or_are_followed_by_a_kind_word(extractor):
    x = extractor.extract_text("大兴区庞各庄镇推出一窗通办服务，长春市朝阳区建设街道开展帮办代办，"
                               "青田县温溪镇乡贤会捐款，苍南县灵溪镇镇村干部参加。")
    found = names(x, "Region")
    assert all(any(n.endswith(t) for n in found) for t in ("庞各庄镇", "建设街道", "温溪镇", "灵溪镇"))


def test_a_part_of_the_country_listed_with_provinces_is_no_county(extractor):
    x = extractor.extract_text("浙江、福建、江南等地区积极推进一网通办。")
    assert not any(n.startswith("江南") for n in names(x, "Region"))


def test_a_place_before_a_title_it_did_not_issue(extractor):
    x = extractor.extract_text("广东省《深圳经济特区数据条例》于2022年1月1日起施行。"
                               "国家发展改革委、商务部印发了海南省《自由贸易港建设方案》。")
    assert not any(t == "issuedBy" and tail in ("广东省", "海南省") for t, _, tail in rels(x))


def test_a_place_before_a_title_in_a_list_of_bases_issued_it(extractor):
    x = extractor.extract_text("根据《政府信息公开条例》和乌鲁木齐市《关于做好年度报告编制工作的通知》要求，编制本报告。")
    assert ("issuedBy", "关于做好年度报告编制工作的通知", "乌鲁木齐市") in rels(x)


def test_joined_one_after_the_other_to_two_platforms(extractor):
    x = extractor.extract_text("建成一体化政务服务平台，并分别与国家政务服务平台和省政务服务平台实现对接。")
    assert {("integratesWith", "国家政务服务平台", "一体化政务服务平台"),
            ("integratesWith", "省政务服务平台", "一体化政务服务平台")} <= rels(x)
    assert ("integratesWith", "国家政务服务平台", "省政务服务平台") not in rels(x)


def test_a_district_named_xinjian_and_the_towns_own_centres_keep_their_names(extractor):
    x = extractor.extract_text("新建区人民政府办公室印发《新建区数字政府建设实施方案》。加快县政务服务中心和乡镇便民服务中心建设。")
    assert "新建区人民政府办公室" in names(x, "Agency")
    assert not any(n.endswith("乡镇便民服务中心") for n in names(x))   # (every town's centre, named by the kind of
    #                                                                     place: no entity, and no 县 given to it)


# -- an award's quoted title after 获评 / 荣获 ---------------------------------------------------------------

def test_a_quoted_award_after_a_verb_of_being_awarded_is_no_platform(extractor):
    x = extractor.extract_text("平安市政务云获评“全国十佳政务云”，“平安通”获得“全国优秀政务APP”，全市已有269个部门上云。")
    assert not {"全国十佳政务云", "全国优秀政务APP"} & names(x, "Platform")
    assert "平安市政务云" in names(x, "Platform")


def test_every_one_of_a_kind_after_ge_is_no_platform(extractor):
    x = extractor.extract_text("各行政级别政府网站栏目数为24.5万个，各部门业务系统已迁移上云，各市州12345热线均已开通。")
    assert not {"行政级别政府网站", "部门业务系统"} & names(x, "Platform")


# -- a plan's opening with a PDF's space, 参照, and 现提出…如下 ---------------------------------------------

def test_a_plans_opening_with_a_space_before_the_title_rests_on_it(extractor):
    x = extractor.extract_text("平安市数字政府建设实施方案\n为深入贯彻落实 《国务院关于加强数字政府建设的指导意见》，"
                               "充分发挥数字政府的引领作用，制定本方案。")
    assert ("basedOn", "平安市数字政府建设实施方案", "国务院关于加强数字政府建设的指导意见") in rels(x)


def test_points_put_forward_below_rest_on_what_they_cite_and_follow(extractor):
    x = extractor.extract_text("平安区人民政府办公室关于印发《2019年平安区深入推进“一网通办”工作要点》的通知\n"
                               "为深入推进本区“一网通办”工作，根据《关于加快推进全国一体化在线政务服务平台建设的指导意见》等文件精神，"
                               "参照《2019年平安市深入推进“一网通办”工作要点》，结合本区实际，现提出2019年本区工作要点安排如下：")
    plan = "2019年平安区深入推进“一网通办”工作要点"
    assert {("basedOn", plan, "关于加快推进全国一体化在线政务服务平台建设的指导意见"),
            ("basedOn", plan, "2019年平安市深入推进“一网通办”工作要点")} <= rels(x)


# -- a site ranked first in an evaluation: the site's rank, the evaluation's rating ------------------------

def test_a_site_ranked_in_an_evaluation_takes_the_rank(extractor):
    x = extractor.extract_text("平安区人民政府门户网站在中国政府网站绩效评估中排名第一。")
    assert figures(x) == {1.0: "平安区人民政府门户网站"}


def test_a_site_that_won_an_evaluations_first_place_in_its_tier(extractor):
    x = extractor.extract_text("平安区人民政府门户网站连续第九年获得中国政府网站绩效评估(区县级)第一名。")
    assert "中国政府网站绩效评估" in names(x, "Report")
    assert ("evaluates", "中国政府网站绩效评估", "平安区人民政府门户网站") in rels(x)
    assert figures(x) == {1.0: "平安区人民政府门户网站"}


# -- what a third review found the round's last rules must not do -------------------------------------

def test_a_platform_quoted_after_ruxuan_or_huode_is_still_a_platform(extractor):
    x = extractor.extract_text("该应用上线后入选“浙里办”首批重点应用，群众可第一时间获得“皖事通”推送的办事进度提醒。")
    assert {"浙里办", "皖事通"} <= names(x, "Platform")


def test_awards_quoted_after_other_verbs_of_winning(extractor):
    x = extractor.extract_text("“赣服通”5.0版被评为全国“十佳政务服务平台”，“闽政通”获“数字政府服务能力优秀平台”。")
    assert not {"十佳政务服务平台", "数字政府服务能力优秀平台"} & names(x, "Platform")


def test_every_units_or_every_districts_platforms_are_no_one_platform(extractor):
    x = extractor.extract_text("各委办局门户网站全部纳入集约化平台，各设区市城市运行管理服务平台上线，各单位OA系统迁移。"
                               "各部门通过全国政府网站信息报送系统报送。")
    assert names(x, "Platform") == {"全国政府网站信息报送系统"}


def test_others_following_a_guide_with_demands_put_forward_rest_on_nothing(extractor):
    x = extractor.extract_text("平安市人民政府办公厅关于加强政府网站管理的通知\n"
                               "全省各级政府和各部门按照《政府网站发展指引》开展自查，针对发现的问题，现提出如下整改要求：")
    assert not any(t == "basedOn" for t, _, _ in rels(x))


def test_canzhao_telling_others_what_to_follow_is_no_basis(extractor):
    x = extractor.extract_text("平安市公共数据管理办法\n各区参照《平安省公共数据管理办法》，于2024年6月底前出台本区细则。"
                               "省政府办公厅印发《平安省政务服务标准化工作方案》，要求各地参照《国家政务服务标准化指南》推进。")
    assert not any(t == "basedOn" for t, _, _ in rels(x))


def test_a_published_report_ranked_in_a_selection_keeps_its_rank(extractor):
    x = extractor.extract_text("国家信息中心发布的《中国城市数字治理报告》在年度智库报告评选中排名第一。")
    assert figures(x) == {1.0: "中国城市数字治理报告"}


def test_a_workers_first_place_is_not_the_bodys(extractor):
    x = extractor.extract_text("平安市政务服务中心窗口工作人员张敏获得全市政务服务窗口考评第一名。")
    assert not x.metrics


def test_an_evaluations_tier_written_without_brackets(extractor):
    x = extractor.extract_text("江宁区人民政府门户网站获得中国政府网站绩效评估区县级第一名。")
    assert ("evaluates", "中国政府网站绩效评估", "江宁区人民政府门户网站") in rels(x)
    assert figures(x) == {1.0: "江宁区人民政府门户网站"}
