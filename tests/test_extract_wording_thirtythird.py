"""Kinds of wording found in a thirty-third round of real pages (rankings and inspections of government
accounts, enforcement notices on apps, and the genres read before), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording_thirtyfirst import subjects


def types(x) -> dict[str, str]:
    return {e.name: e.type for e in x.entities}


# -- accounts and apps ----------------------------------------------------------------------------------------

def test_names_listed_before_a_count_of_accounts_or_apps_are_platforms(extractor):
    x = extractor.extract_text("评选中，平安南岭、南岭教育发布、山海融媒等12个账号获评十佳政务新媒体。")
    assert {"平安南岭", "南岭教育发布", "山海融媒"} <= {n for n, t in types(x).items() if t == "Platform"}
    y = extractor.extract_text("检测发现，“快记本”“乐园会员之家”“星光翻译”等9款App存在超范围收集个人信息问题。")
    assert {"快记本", "乐园会员之家", "星光翻译"} <= {n for n, t in types(y).items() if t == "Platform"}
    z = extractor.extract_text("目前，南岭县、北川县等6个县开通了政务微博、抖音号等新媒体。")
    assert not {"抖音号", "政务微博"} & names(z)
    assert types(z).get("南岭县") != "Platform"


# -- grassroots bodies ----------------------------------------------------------------------------------------

def test_a_towns_or_countys_grassroots_governance_centre_is_a_body_with_its_figures(extractor):
    x = extractor.extract_text("今年以来，青石镇综治中心受理矛盾纠纷215件，调处成功率97.6%。")
    assert types(x).get("青石镇综治中心") == "Agency"
    assert ("青石镇综治中心", 215.0) in subjects(x)
    y = extractor.extract_text("县网格化服务管理中心和区社会治理中心派员参加，会议由县矛调中心主持。")
    assert {"县网格化服务管理中心", "县矛调中心", "区社会治理中心"} <= {n for n, t in types(y).items() if t == "Agency"}
    z = extractor.extract_text("视察组前往东湖社区网格化服务管理站，了解各区综治中心运行情况。")
    assert not {"区网格化服务管理站", "区综治中心"} & names(z)


# -- projects -------------------------------------------------------------------------------------------------

def test_a_places_it_project_named_in_a_procurement_notice_is_a_platform_with_its_sums(extractor):
    x = extractor.extract_text("遂宁市政务服务大厅智能化改造工程中标结果公告\n该项目中标金额为386万元。")
    assert types(x).get("遂宁市政务服务大厅智能化改造工程") == "Platform"
    assert ("遂宁市政务服务大厅智能化改造工程", 3860000.0) in subjects(x)
    y = extractor.extract_text("遂宁市政务外网租赁服务项目和遂宁市一体化政务服务平台建设项目顺利推进，市大数据局实施的数据治理项目启动。")
    assert not any(n.endswith("项目") for n in names(y))


# -- whose figures ---------------------------------------------------------------------------------------------

def test_a_yearly_reports_author_is_found_with_a_space_before_the_year_in_its_title(extractor):
    x = extractor.extract_text("遂宁市行政审批局 2023年政府信息公开工作年度报告\n一、总体情况\n"
                               "通过遂宁市政府门户网站、市审批局网站主动公开政府信息530条，其中政策文件12条。")
    assert ("遂宁市行政审批局", 530.0) in subjects(x)
    assert ("遂宁市行政审批局", 12.0) in subjects(x)


def test_a_site_reports_are_sent_to_takes_none_of_the_senders_figures(extractor):
    x = extractor.extract_text("一年来，射洪县政府网向市政府网站报送政务信息1200条，在全市排第二，发布各类政务信息4300余条。")
    assert {("射洪县政府网", 1200.0), ("射洪县政府网", 4300.0)} <= subjects(x)
    assert not any(n == "市政府网站" for n, _ in subjects(x))
    y = extractor.extract_text("各部门向市大数据平台归集数据20亿条。")
    assert ("市大数据平台", 2000000000.0) in subjects(y)


def test_a_towns_grid_centre_names_the_town_and_every_towns_centre_is_no_entity(extractor):
    x = extractor.extract_text("峨眉山市桂花桥镇网格中心自5月建立后，累计接收处置网格案件9000余件。")
    assert any(r[0] == "jurisdiction" and r[1] == "桂花桥镇网格中心" and r[2].endswith("桂花桥镇") for r in rels(x))
    y = extractor.extract_text("射洪县确定乡镇便民服务中心省级试点4个，村级便民服务站覆盖率达80%。")
    assert not {"乡镇便民服务中心", "村级便民服务站"} & names(y)
    assert not any(n.endswith("确定乡") for n in names(y))
    assert ("射洪县", 4.0) in subjects(y)


def test_a_street_named_for_its_side_of_the_county_seat_and_its_community_are_places(extractor):
    x = extractor.extract_text("视察组前往旌阳区城南街道舟山社区，了解网格化服务管理情况。")
    assert ("partOf", "旌阳区城南街道", "旌阳区") in rels(x)
    assert ("partOf", "旌阳区城南街道舟山社区", "旌阳区城南街道") in rels(x)
    assert not any(n.endswith("城乡") for n in names(extractor.extract_text("旌阳区城乡一体化发展成效明显。")))


# -- names' first words ----------------------------------------------------------------------------------------

def test_a_verb_and_its_one_character_object_open_a_platforms_name_as_one_word(extractor):
    x = extractor.extract_text("作为国家级反诈技术平台，它覆盖全国；全市所有出入境管理办证大厅暂停服务。")
    assert {"国家级反诈技术平台", "出入境管理办证大厅"} <= names(x)
    assert not {"诈技术平台", "证大厅"} & names(x)
    y = extractor.extract_text("乘客可通过网约车平台、电商平台和短视频平台下单。")
    assert not names(y)
    z = extractor.extract_text("群众可到市政务服务大厅办理，也可找市12345热线反映。北京市公安局出入境管理局办证大厅同日开放。")
    assert {"市政务服务大厅", "市12345热线"} <= names(z)
    assert "北京市公安局出入境管理局" in names(z) and not any(n.startswith(("到", "找")) for n in names(z))
    assert names(extractor.extract_text("各地要用好省一体化政务服务平台。")) == {"省一体化政务服务平台"}


# -- bodies working together -----------------------------------------------------------------------------------

def test_bodies_taking_part_under_one_that_leads_work_with_it(extractor):
    x = extractor.extract_text("该大赛由国家数据局牵头，交通运输部、农业农村部等12个部门联合主办。")
    assert {("cooperatesWith", "国家数据局", "交通运输部"), ("cooperatesWith", "国家数据局", "农业农村部")} <= rels(x)
    y = extractor.extract_text("国家数据局牵头，交通运输部负责数据归集。")
    assert not any(r[0] == "cooperatesWith" for r in rels(y))


def test_two_bodies_organizing_one_check_work_together_but_not_bodies_whose_people_attend(extractor):
    x = extractor.extract_text("重庆市通信管理局和四川省通信管理局组织第三方检测机构对两地应用商店的App进行了检查。")
    assert any(r[0] == "cooperatesWith" and {r[1], r[2]} == {"重庆市通信管理局", "四川省通信管理局"} for r in rels(x))
    y = extractor.extract_text("来自澳门卫生局、金融管理局、交通局等27个机构的学员参加了省港澳办组织的座谈会。")
    assert not any(r[0] == "cooperatesWith" for r in rels(y))


# -- documents ----------------------------------------------------------------------------------------------------

def test_a_policy_a_body_releases_is_published_by_it_as_well_as_issued(extractor):
    x = extractor.extract_text("12月26日，国家数据局发布《关于加快公共数据资源开发利用的意见》。")
    title = "关于加快公共数据资源开发利用的意见"
    assert {("issuedBy", title, "国家数据局"), ("publishedBy", title, "国家数据局")} <= rels(x)
    y = extractor.extract_text("省政府印发《数字政府建设方案》。")
    assert ("publishedBy", "数字政府建设方案", "省政府") not in rels(y)
    z = extractor.extract_text("工信部4月7日发布《互联网网站适老化通用设计规范》和《移动互联网应用适老化通用设计规范》。")
    assert {("publishedBy", "互联网网站适老化通用设计规范", "工业和信息化部"),
            ("publishedBy", "移动互联网应用适老化通用设计规范", "工业和信息化部")} <= rels(z)
    for told in ("省数据局召开新闻发布会，解读《四川省公共数据开放管理办法》。",
                 "国家数据局发布通知，要求各地贯彻落实《关于加快公共数据资源开发利用的意见》。",
                 "市数据局根据国务院发布的《政务数据共享条例》，制定了实施细则。"):
        assert not any(r[0] == "publishedBy" and r[2] != "国务院" for r in rels(extractor.extract_text(told)))


def test_a_bare_platform_or_app_opening_a_sentence_is_the_one_just_named(extractor):
    x = extractor.extract_text("卢龙县在全县建成“智慧卢龙”平台。平台可采集310个高点位摄像机的信息。")
    assert ("智慧卢龙", 310.0) in subjects(x)
    y = extractor.extract_text("卢龙县开通了“卢龙通”APP。目前APP注册用户已达12万人。")
    assert ("卢龙通", 120000.0) in subjects(y)


def test_review_mends_of_grassroots_centres_and_projects(extractor):
    x = extractor.extract_text("高新区综治中心挂牌成立，沛县综治中心全年受理群众诉求3200件。")
    assert "区综治中心" not in names(x)
    assert ("jurisdiction", "沛县综治中心", "沛县") in rels(x)
    y = extractor.extract_text("蓬溪县综治中心、赤城镇综治中心分别获评先进，县乡村三级综治中心实现全覆盖，依托县社会治理中心平台处置。")
    assert {"蓬溪县综治中心", "县社会治理中心平台"} <= names(y)
    assert not any("县乡村" in n for n in names(y))
    z = extractor.extract_text("沈阳市已建成数字政府建设项目32个，南京市政务云扩容项目完工，宁乡县城中村改造有序推进。")
    assert not any(n.endswith("项目") for n in names(z)) and "南京市政务云" in names(z)
    assert not any(n.endswith("城中村") for n in names(z))
    w = extractor.extract_text("关于进一步优化政府采购营商环境的公告\n各有关单位：现将有关事项公告如下。")
    assert types(w).get("关于进一步优化政府采购营商环境的公告") == "Policy"


def test_review_mends_of_accounts_listed_and_sites_reported_to(extractor):
    x = extractor.extract_text("工信部通报微记账、天天理财等12款App存在违规行为；全市教育、卫健等政务新媒体开展整治，关闭“僵尸号”“睡眠号”等账号86个。")
    assert {"微记账", "天天理财"} <= names(x) and "工业和信息化部" in names(x)
    assert not {"全市教育", "卫健", "僵尸号", "睡眠号", "工信部通报微记账"} & names(x)
    y = extractor.extract_text("四川发布和成都发布等2个账号入选，“掌上生活”“好运来”等百余款手机App被下架。")
    assert {"四川发布", "成都发布", "掌上生活", "好运来"} <= names(y)
    z = extractor.extract_text("射洪县政府网站向市政府网站和省政府网站报送信息1398条；各部门向市公共数据平台报送数据2.3亿条。")
    assert {("射洪县政府网站", 1398.0), ("市公共数据平台", 230000000.0)} <= subjects(z)


def test_review_mends_of_leaders_partners_and_bare_apps(extractor):
    x = extractor.extract_text("由市发改委和市数据局牵头，市财政局、市审计局参与；在市政府办公厅的牵头下，市公安局、市人社局联合推出。")
    assert {("cooperatesWith", "市发改委", "市财政局"), ("cooperatesWith", "市政府办公厅", "市公安局")} <= rels(x)
    y = extractor.extract_text("市大数据局牵头，市公安局参加了此次会议。市公安局、市交通运输局各自组织了应急演练。")
    assert not any(r[0] == "cooperatesWith" for r in rels(y))
    z = extractor.extract_text("济宁市上线“济宁通”APP。目前，APP已成为全国政务服务的重要渠道，全国政务APP数量超过1000个。")
    assert not any(n == "济宁通" and v == 1000.0 for n, v in subjects(z))
    w = extractor.extract_text("宁波市建成“宁波通”手机APP。目前APP注册用户28万人。石家庄市政务服务平台上线运行。"
                               "2024年，裕华区建成“裕华智治”平台。平台可采集1.5万个物联感知设备的数据。")
    assert {("宁波通", 280000.0), ("裕华智治", 15000.0)} <= subjects(w)


def test_re_review_mends_of_lists_labels_apps_and_partners(extractor):
    x = extractor.extract_text("工信部点名掌上公交、云闪贷等15款App；省通信管理局公开通报快点阅读、趣味消消乐等5款App。")
    assert {"工业和信息化部", "掌上公交", "云闪贷", "快点阅读", "趣味消消乐"} <= names(x)
    assert not any(r[0] == "operates" for r in rels(x))
    y = extractor.extract_text("市数据共享交换平台累计交换数据12亿条，提供共享服务300项。")
    assert {m.name for m in y.metrics} == {"累计交换数据", "提供共享服务"}     # (共 of 共享 kept)
    z = extractor.extract_text("日照市建设了“日照通”小程序。目前小程序注册用户已达80万人。各部门全年向市政府网站报送信息5600条，网站全年发布信息1.2万条。")
    assert {("日照通", 800000.0), ("市政府网站", 12000.0)} <= subjects(z)
    w = extractor.extract_text("市数据局、市公安局各自组织开展自查。由市财政局、市审计局牵头，市人社局配合。")
    assert any(r[0] == "cooperatesWith" and {r[1], r[2]} == {"市财政局", "市审计局"} for r in rels(w))
    assert not any(r[0] == "cooperatesWith" and {r[1], r[2]} == {"市数据局", "市公安局"} for r in rels(w))


def test_accounts_quoted_after_a_place_and_their_kind_serve_the_place(extractor):
    x = extractor.extract_text("检查发现，如射洪县微信公众号“平安射洪、射洪教育”、船山区微信公众号“船山发布”等未进行填报登记。")
    assert {("serves", "平安射洪", "射洪县"), ("serves", "射洪教育", "射洪县")} <= rels(x)
    assert any(r[0] == "serves" and r[1] == "船山发布" and r[2].startswith("船山区") for r in rels(x))


def test_a_platform_described_as_made_by_a_body_is_operated_by_it(extractor):
    x = extractor.extract_text("“蜀税通”APP是由国家税务总局四川省税务局官方推出的移动办税服务平台。")
    assert ("operates", "四川省税务局", "蜀税通") in rels(x)
    y = extractor.extract_text("天府通办，作为四川省人民政府推出的政务服务平台，已经上线。")
    assert ("operates", "四川省人民政府", "天府通办") in rels(y)
    z = extractor.extract_text("天府通办是四川省的政务服务平台。")
    assert not any(r[0] == "operates" for r in rels(z))


def test_last_review_mends_of_made_by_complements_and_place_accounts(extractor):
    x = extractor.extract_text("电子政务外网为市公安局建设的视频监控系统提供网络支撑。全市建成政务服务好差评系统。")
    assert ("operates", "市公安局", "电子政务外网") not in rels(x)
    assert "政务服务好差评系统" in names(x)
    y = extractor.extract_text("睢阳区微信公众号“以案说法、法律讲堂”等栏目点击量较高。商丘市微信公众号“学习强国、商丘发布”同步推送。")
    assert not any(r[0] == "serves" and r[1] in ("以案说法", "法律讲堂", "学习强国") for r in rels(y))
