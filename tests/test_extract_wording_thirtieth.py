"""Kinds of wording found in a thirtieth round of real pages (service guides and how-to pages of portals and
apps; expos, summits and forums; age-friendly redesigns, foreign-language versions and maintenance notices),
annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels


def subjects(x) -> set[tuple[str, float]]:
    return {(x.entity(m.subject).name, m.value) for m in x.metrics}


# -- datelines ---------------------------------------------------------------------------------------------

def test_the_place_a_story_was_filed_from_measures_none_of_its_figures(extractor):
    x = extractor.extract_text("【某某时报据新华社福州5月8日电】记者从闭幕的数字经济峰会上获悉，峰会共对接项目587项，"
                               "总投资额4569亿元。")
    assert "福州市" in names(x)
    assert not any(name == "福州市" for name, _ in subjects(x))
    y = extractor.extract_text("央广网嘉兴3月5日消息，嘉兴市上线“禾城办”平台，注册用户120万。")
    assert ("禾城办", 1200000) in subjects(y)      # a figure the story names its subject for keeps it


# -- what a service guide tells its users -------------------------------------------------------------------

def test_a_guides_settings_are_no_figures(extractor):
    x = extractor.extract_text("“鄂通办”网站支持IE9.0以上浏览器，最低分辨率为1024*768，建议分辨率为1366×768。"
                               "“鄂通办”共提供1个省级主站、151个地方分站。")
    assert ("鄂通办", 151) in subjects(x)
    assert not {v for _, v in subjects(x)} & {1024, 768, 1366}
    y = extractor.extract_text("进入“社保通”小程序后，设置6位数字密码，输入6位短信验证码，每人可为8个家属代为申领。")
    assert 6 not in {v for _, v in subjects(y)}
    assert ("社保通", 8) in subjects(y)     # what each user may do: annotators keep it as the service's


# -- a body's own hotline ------------------------------------------------------------------------------------

def test_a_bodys_service_hotline_is_its_own_platform(extractor):
    x = extractor.extract_text("如有疑问，可以致电天津市人力资源和社会保障局服务热线或天津政务服务便民热线咨询。")
    assert "天津市人力资源和社会保障局服务热线" in names(x)
    assert ("operates", "天津市人力资源和社会保障局", "天津市人力资源和社会保障局服务热线") in rels(x)
    assert ("serves", "天津市人力资源和社会保障局服务热线", "天津市") not in rels(x)
    y = extractor.extract_text("请拨打市医保局咨询热线，或登录人社厅业务系统查询。")
    assert "市医保局咨询热线" in names(y)
    assert "人社厅业务系统" not in names(y)     # a body's systems, every one of them: no named platform


# -- summits and forums ---------------------------------------------------------------------------------------

def test_where_guests_came_from_measures_none_of_their_counts(extractor):
    x = extractor.extract_text("据介绍，来自29个部委、31个省区市和新疆生产建设兵团的嘉宾、23位两院院士以及企业负责人等约1500人参会。")
    assert "新疆生产建设兵团" in names(x)
    assert not subjects(x)
    y = extractor.extract_text("来自“浙里办”的数据显示，注册用户达9000万。")
    assert ("浙里办", 90000000) in subjects(y)     # where the news comes from keeps its figures


def test_a_letter_the_model_reads_as_a_number_stays_inside_the_name(extractor):
    x = extractor.extract_text("国家超算天津中心发布天河E级智能计算开放创新平台。")
    assert "天河E级智能计算开放创新平台" in names(x)
    assert "级智能计算开放创新平台" not in names(x)


def test_societies_and_units_of_companies_are_organizations(extractor):
    x = extractor.extract_text("中国研究型医院学会、福建中海创集团公司研究院和省大数据局的专家参加论坛。")
    typed = {(e.type, e.name) for e in x.entities}
    assert ("Organization", "中国研究型医院学会") in typed
    assert ("Organization", "福建中海创集团公司研究院") in typed
    assert "中国研究型医院" not in names(x)
    y = extractor.extract_text("市人民医院学会了使用新系统。")
    assert ("Agency", "市人民医院") in {(e.type, e.name) for e in y.entities}   # 学会 the verb


def test_a_report_whose_writing_a_body_leads_is_published_by_it(extractor):
    x = extractor.extract_text("《中国互联网发展报告2023》在乌镇发布。该报告由中国网络空间研究院牵头编撰。")
    assert ("publishedBy", "中国互联网发展报告2023", "中国网络空间研究院") in rels(x)
    y = extractor.extract_text("《某市数据条例》由市人大常委会牵头起草。")
    assert ("issuedBy", "某市数据条例", "市人大常委会") in rels(y)   # drafting: annotators give the drafter as issuer
    z = extractor.extract_text("市数据局会同市市场监管局正在起草《某市数字政务行动计划》。")
    assert not {r for r in rels(z) if r[0] == "issuedBy"}          # a draft still being written is issued by none


def test_the_country_measured_from_a_start_or_ranked_in_the_world(extractor):
    x = extractor.extract_text("从2012年到2022年，中国数字经济规模从11万亿元增长到50.2万亿元。")
    assert ("中国", 50200000000000) in subjects(x)
    y = extractor.extract_text("中国互联网发展水平全球第二。")
    assert ("中国", 2) in subjects(y)
    z = extractor.extract_text("中国移动用户规模达9亿。")
    assert "中国" not in names(z)


# -- a platform's part quoted inside its quotes --------------------------------------------------------------

def test_a_part_named_in_single_quotes_after_its_platform(extractor):
    x = extractor.extract_text("申请已开通“某省政务服务网‘人社便民e站’”渠道。打开“某省政务服务网”，输入“某省政务服务网‘统一认证中心’”"
                               "的账号。")
    assert {"某省政务服务网‘人社便民e站’", "某省政务服务网‘统一认证中心’", "某省政务服务网"} <= names(x)
    assert ("partOf", "某省政务服务网‘人社便民e站’", "某省政务服务网") in rels(x)
    assert ("partOf", "某省政务服务网‘统一认证中心’", "某省政务服务网") in rels(x)
    y = extractor.extract_text("开通“安徽政务服务网‘人社便民e站’”渠道，打开“安徽政务服务网”办理。")
    assert [e.name for e in y.entities if e.name.endswith("政务服务网")] == ["安徽政务服务网"]   # one whole
    assert ("serves", "安徽政务服务网‘人社便民e站’", "安徽省") not in rels(y)                   # the place names the whole


def test_whichever_platforms_are_concerned_are_none_in_particular(extractor):
    x = extractor.extract_text("加强与国家有关平台协同联动，融合100套部门系统，对接省相关业务系统。")
    assert not {n for n in names(x) if n.endswith(("平台", "系统"))}
    assert not subjects(x)


# -- kinds of apps ---------------------------------------------------------------------------------------------

def test_kinds_of_apps_and_sites_are_no_platforms(extractor):
    x = extractor.extract_text("通报涉及实用工具类App、网上购物类App和教育类App等38款应用，用户可在银行APP、第三方网站、"
                               "官方APP或下载平台查询。")
    assert not {n for n in names(x) if n.endswith(("App", "APP", "网站", "平台"))}
    y = extractor.extract_text("可登录国家税务总局官方网站下载。")
    assert "国家税务总局官方网站" in names(y)      # a body's own site stays, 官方 or not


# -- 联动 inside a name ---------------------------------------------------------------------------------------

def test_联动_opens_a_name_before_its_work(extractor):
    x = extractor.extract_text("永州市政务服务中心发布年度报告。我市联动处置平台办理事件220647件，办结率为99.6%。")
    assert "市联动处置平台" in names(x)
    assert ("市联动处置平台", 220647) in subjects(x)
    y = extractor.extract_text("加强部门联动，平台共受理100件。建立多部门联动处置平台。各部门协调联动调度平台资源。")
    assert "联动" not in "".join(names(y))


# -- release accounts --------------------------------------------------------------------------------------------

def test_a_places_release_account_is_a_platform(extractor):
    x = extractor.extract_text("其中，四川教育发布、成都发布等30个账号获评十佳政务新媒体。受表彰的还有“陇南发布”等5个城市政务新媒体。")
    assert {"四川教育发布", "成都发布", "陇南发布"} <= names(x, "Platform")
    y = extractor.extract_text("《数字政府发展报告》在成都发布。成都市统计局发布，全市数字经济增长8%。成都发布会将于明天举行。")
    assert not {n for n in names(y) if n.endswith("发布")}


def test_a_centre_the_model_reads_as_a_verb_stays_inside_an_apps_name(extractor):
    x = extractor.extract_text("国家反诈中心APP是由公安部刑事侦查局开发的网络安全工具，累计注册用户突破1.2亿。")
    assert "国家反诈中心APP" in names(x, "Platform")
    assert ("operates", "公安部刑事侦查局", "国家反诈中心APP") in rels(x)
    assert ("国家反诈中心APP", 120000000) in subjects(x)


def test_a_working_group_on_apps_is_a_body_and_phone_systems_are_no_platforms(extractor):
    x = extractor.extract_text("近日，浙江省App违法违规收集使用个人信息专项治理工作组发布通报，下架违规App。")
    assert ("Agency", "浙江省App违法违规收集使用个人信息专项治理工作组") in {(e.type, e.name) for e in x.entities}
    assert "违规App" not in names(x)
    y = extractor.extract_text("该应用支持安卓系统、苹果系统和iOS系统，可跨平台使用。")
    assert not names(y, "Platform")
    z = extractor.extract_text("亚搏app下载安装人民政府办公室")
    assert not names(z, "Agency")      # a spam site's words glued to a body's ending, still


def test_companies_signing_at_a_summit_are_organizations(extractor):
    x = extractor.extract_text("大会期间，我市与中国铁建、360集团、商汤科技、58集团等签署合作协议。")
    assert {"中国铁建股份有限公司", "360集团", "商汤科技", "58集团"} <= names(x, "Organization")   # (by its full name)


def test_how_many_hotlines_is_no_hotlines_name(extractor):
    x = extractor.extract_text("我哪记得清那么多热线？这些平台和哪些系统相连，也说不清。")
    assert not names(x, "Platform")


# -- the first review's near-misses ----------------------------------------------------------------------------

def test_review_a_place_releasing_something_is_no_account(extractor):
    for text in ("湖北首次发布，全省数字经济规模突破2万亿元。", "浙江省数据局今天发布，全省公共数据开放目录达3万条。",
                 "杭州、宁波联合发布，两地数据互认。", "2024年5月，四川正式发布，全省统一。"):
        x = extractor.extract_text(text)
        assert not {n for n in names(x) if n.endswith("发布")}, text
    y = extractor.extract_text("四川发布、成都发布、泸州发布入选全国政务新媒体百强。")
    assert {"四川发布", "成都发布", "泸州发布"} <= names(y, "Platform")
    z = extractor.extract_text("【成都发布】今年以来，全市新增市场主体8.6万户。广东发布入选省级专精特新企业名单。")
    assert not names(z, "Platform")      # a column's source tag, a headline's verb
    assert ("成都市", 86000) in subjects(z)


def test_review_bodies_acting_together_are_no_societies(extractor):
    x = extractor.extract_text("省气象局与省水利厅联合会商，研判汛情。市大数据局学会运用大数据。市商务局促进会展经济发展。")
    assert not names(x, "Organization")
    assert {"省水利厅", "市大数据局", "市商务局"} <= names(x, "Agency")


def test_review_headcounts_in_位_are_figures(extractor):
    x = extractor.extract_text("市数据局现有18位数据分析师，邀请30位专家参与数字化评审。")
    assert {18, 30} <= {v for _, v in subjects(x)}
    y = extractor.extract_text("“粤省事”平台已有5位数的企业用户入驻。")
    assert 5 not in {v for _, v in subjects(y)}


def test_review_hotlines_of_bodies_named_by_level_and_none_in_general(extractor):
    x = extractor.extract_text("如有疑问，请拨打市人社局咨询热线0591-12333，或市市场监管局投诉举报热线。")
    assert ("operates", "市人社局", "市人社局咨询热线") in rels(x)
    assert ("operates", "市市场监管局", "市市场监管局投诉举报热线") in rels(x)
    y = extractor.extract_text("各地应公布税务局服务热线。")
    assert not names(y, "Platform")


def test_review_sorting_waste_is_no_kind_of_app_and_a_bodys_official_app_stays(extractor):
    x = extractor.extract_text("杭州市垃圾分类小程序累计注册用户达200万。下载国家税务总局官方APP办理个税汇算。")
    assert {"杭州市垃圾分类小程序", "国家税务总局官方APP"} <= names(x, "Platform")


def test_review_quoted_claims_and_apps_of_their_own_are_no_parts(extractor):
    x = extractor.extract_text("他强调：“要充分发挥一体化政务服务平台‘总枢纽’”。“广东政务服务网‘粤省事’”注册用户1.8亿。")
    assert not {n for n in names(x) if "‘" in n}
    y = extractor.extract_text("通过“闽政通APP‘八闽健康码’”查询核酸结果。")
    assert ("partOf", "八闽健康码", "闽政通") in rels(y)      # an app's code, a platform of its own, part of the app
    assert ("serves", "闽政通", "福建省") in rels(y)


def test_review_our_citys_platform_is_named_as_before(extractor):
    x = extractor.extract_text("学习借鉴杭州市先进经验，我市城市大脑平台接入系统400个。建立多部门联动12345热线工作机制。根本市场化监管平台")
    assert "市城市大脑平台" in names(x)      # (no other city's: 我市 is the page's own, whichever it is)
    assert not {n for n in names(x, "Platform") if n.startswith(("我", "本", "多部门", "杭州"))}


def test_review_a_date_before_电商_is_no_dateline(extractor):
    x = extractor.extract_text("深圳11月11日电商交易额达到120亿元。")
    assert ("深圳市", 12000000000) in subjects(x)


def test_a_data_sharing_and_exchange_system_is_a_platform_but_building_one_is_work(extractor):
    x = extractor.extract_text("建立全省一体化大数据共享交换体系，对下提供接口1329个。")
    assert ("全省一体化大数据共享交换体系", 1329) in subjects(x)
    y = extractor.extract_text("省政务管理服务局负责统筹全省政务数据共享交换体系建设和日常管理。")
    assert not {n for n in names(y) if n.endswith("体系")}


# -- the second review's near-misses ---------------------------------------------------------------------------

def test_second_review_hotlines_with_a_field_and_lines_of_no_body(extractor):
    x = extractor.extract_text("纳税人可拨打天津市税务局纳税缴费服务热线咨询，或拨打国家医保局服务热线、省卫健委健康咨询热线。")
    assert ("operates", "天津市税务局", "天津市税务局纳税缴费服务热线") in rels(x)
    assert ("operates", "国家医疗保障局", "国家医保局服务热线") in rels(x)   # (the body by its full name)
    assert ("operates", "省卫健委", "省卫健委健康咨询热线") in rels(x)
    y = extractor.extract_text("市场监管部门投诉举报热线统一为12315。通过人社部官网或当地12333热线可查询。")
    assert not {n for n in names(y) if n.startswith(("市场监管部门", "人社部官网或"))}


def test_second_review_people_counted_in_位_and_hospitals_learning(extractor):
    x = extractor.extract_text("区大数据中心组织8位专家审核编码规则，市数据局共有12位数学和统计学博士。")
    assert {8, 12} <= {v for _, v in subjects(x)}
    y = extractor.extract_text("市人民医院学会使用新系统后，挂号时间缩短一半。市第一人民医院与市中医院联合会诊疑难病例。")
    assert not names(y, "Organization")


def test_second_review_so_many_systems_and_a_generic_whole_with_a_quoted_part(extractor):
    x = extractor.extract_text("基层干部要登录这么多系统，负担很重。用户可通过“政务服务平台‘好差评’”进行评价。")
    assert not names(x, "Platform")


# -- events' figures ---------------------------------------------------------------------------------------------

def test_a_contests_or_summits_figures_measure_no_body_or_place(extractor):
    x = extractor.extract_text("武汉市数据局主办的开放数据创新应用大赛共吸引900名选手参赛，职业赛道一等奖1名、二等奖3名。"
                               "峰会期间，浙江省签约项目308项，签约金额2520亿元，参展企业421家。")
    assert not subjects(x)
    y = extractor.extract_text("武汉市公共数据开放平台累计开放数据集3000个，浙江省数字经济规模突破4万亿元。")
    assert {("武汉市公共数据开放平台", 3000), ("浙江省", 4000000000000)} <= subjects(y)


def test_authentication_reads_inside_a_platforms_name(extractor):
    x = extractor.extract_text("公安部会同有关部门组织建设了国家网络身份认证公共服务平台，提供网络身份认证服务。")
    assert ("coordinates", "公安部", "国家网络身份认证公共服务平台") in rels(x)


# -- the third review's near-misses ----------------------------------------------------------------------------

def test_third_review_a_verb_before_a_line_is_no_field(extractor):
    x = extractor.extract_text("市医保局开通咨询热线，方便群众办事。市人社局优化服务热线，接通率达95%。")
    assert not names(x, "Platform")
    y = extractor.extract_text("市公积金中心服务热线开通人工服务。")
    assert ("operates", "市公积金中心", "市公积金中心服务热线") in rels(y)


def test_third_review_released_and_put_in_force_is_no_list_of_accounts(extractor):
    x = extractor.extract_text("浙江发布、实施了全国首部数字经济地方性法规。")
    assert not names(x, "Platform")
    y = extractor.extract_text("长沙发布、株洲发布、湘潭发布入选年度影响力榜。")
    assert {"长沙发布", "株洲发布", "湘潭发布"} <= names(y, "Platform")


def test_third_review_experts_in_codes_are_counted_and_more_code_lengths_are_not(extractor):
    x = extractor.extract_text("市数据局邀请6位密码学专家和4位编码专家，要求设置6位支付密码、输入18位身份证号。")
    assert sorted(v for _, v in subjects(x)) == [4, 6]


def test_third_review_societies_acting_and_pages_of_an_app(extractor):
    x = extractor.extract_text("中国研究型医院学会展示智慧医院成果。")
    assert "中国研究型医院学会" in names(x, "Organization")
    y = extractor.extract_text("进入“闽政通APP‘首页’”，打开“山东政务服务网‘无证明城市’”。")
    assert not {n for n in names(y) if "‘" in n}


# -- the fourth review's near-misses ---------------------------------------------------------------------------

def test_fourth_review_places_releasing_together_and_sources_listed(extractor):
    x = extractor.extract_text("上海、江苏发布联合声明。成都、重庆发布都市圈建设规划。来源：四川发布、成都发布")
    assert not names(x, "Platform")
    y = extractor.extract_text("四川商务、四川建设发布等政务新媒体上榜。")
    assert "四川建设发布" in names(y, "Platform")


def test_fourth_review_digital_experts_are_counted_and_national_lines_keep_their_body(extractor):
    x = extractor.extract_text("市数据局邀请6位数字化转型专家和5位密码管理员，要求设置6位纯数字密码。")
    assert sorted(v for _, v in subjects(x)) == [5, 6]
    y = extractor.extract_text("国家医疗保障局印发通知。国家医保局服务热线将全面开通。市公安局出入境咨询热线同步开通。")
    assert ("operates", "国家医疗保障局", "国家医保局服务热线") in rels(y)
    assert ("operates", "市公安局", "市公安局出入境咨询热线") in rels(y)
    z = extractor.extract_text("和县医保局咨询热线开通。")
    assert ("operates", "和县医保局", "和县医保局咨询热线") in rels(z)


def test_fourth_review_societies_at_work_and_pages_of_a_site(extractor):
    x = extractor.extract_text("中国研究型医院学会开展智慧医院评价。全国总工会联合会展中心举办活动。")
    assert names(x, "Organization") == {"中国研究型医院学会"}
    y = extractor.extract_text("登录“浙江政务服务网‘个人中心’”查看办件进度。")
    assert not {n for n in names(y) if "‘" in n}


def test_a_committees_line_named_by_its_level_alone_names_no_body(extractor):
    x = extractor.extract_text("市委服务热线开通。")
    assert not names(x, "Agency")


def test_governments_sites_in_general_and_a_sites_exceptions_are_no_platforms(extractor):
    x = extractor.extract_text("记者查询多地政府官网和政府部门官网，湖南等地方政府官网泄露信息；市考试院网站作为例外网站。"
                               "公安机关借助“微信”公众平台通报工作。")
    assert names(x, "Platform") == {"市考试院网站"}
    y = extractor.extract_text("市政府官网访问量100万。")
    assert ("市政府官网", 1000000) in subjects(y)      # the page's own government's site


def test_bodies_listed_one_a_line_in_an_annex(extractor):
    x = extractor.extract_text("上海市政务微博工作先进单位名单\n市发展改革委\n市建设交通委\n市教委\n市农委\n市公安局\n")
    assert {"上海市建设交通委", "上海市教委", "上海市农委"} <= names(x, "Agency")
    y = extractor.extract_text("市公安局\n市民办\n市场委\n")
    assert not {n for n in names(y) if n.startswith(("市民", "市场"))}     # (市民, 市场 open no level's body)


def test_accounts_numbered_one_a_line_under_a_list_heading(extractor):
    x = extractor.extract_text("青海政务新媒体影响力榜获奖名单(4个)\n一、省直机关(3个)\n1.青海共青团\n2.微博青海\n3.青海省农牧厅\n"
                               "二、城市(1个)\n1.西宁发布\n本次评选由省网信办组织。\n1.青海第二条意见")
    assert {"青海共青团", "微博青海", "西宁发布"} <= names(x, "Platform")
    assert "青海省农牧厅" not in names(x, "Platform")      # a body's own name, left to the body rules
    assert "青海第二条意见" not in names(x)                 # the list is over
    y = extractor.extract_text("各地要在月底前报送政务新媒体账号名单，并做好以下工作：\n1.全面排查\n2.建立台账\n"
                               "政务新媒体名单\n1.四川\n2.重庆\n二、工作要求\n1.加强管理")
    assert not names(y, "Platform")      # a sentence, no heading; places; the list is over at 二、工作要求


def test_slogans_and_halls_listed_one_a_line_are_no_bodies(extractor):
    x = extractor.extract_text("附件\n市公安局\n市税务局办税服务厅\n市委常委\n市一网通办\n县里事县里办\n")
    assert names(x, "Agency") <= {"市公安局", "市税务局"}
