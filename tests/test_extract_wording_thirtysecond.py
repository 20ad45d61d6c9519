"""Kinds of wording found in a thirty-second round of real pages (people's congress and CPPCC inspections and
surveys; study tours between governments; quizzes and knowledge contests about government services),
annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording_thirtyfirst import subjects


def types(x) -> dict[str, str]:
    return {e.name: e.type for e in x.entities}


# -- bodies and organizations -------------------------------------------------------------------------------

def test_a_democratic_partys_committee_is_an_organization_not_the_places_party_committee(extractor):
    x = extractor.extract_text("民盟温州市委会副主委带领民盟温州市委会调研组，到瑞安市行政服务中心开展民主监督。")
    assert types(x).get("民盟温州市委会") == "Organization"
    assert "温州市委" not in names(x)
    y = extractor.extract_text("九三学社中央与致公党厦门市委员会共同举办数字政府专题座谈会，农工党中央调研部参加。")
    assert {"九三学社中央", "致公党厦门市委员会", "农工党中央调研部"} <= names(y)
    assert "厦门市委" not in names(y)
    z = extractor.extract_text("居民进行线上评议后，市民进入办事大厅，温州市委召开全会。")
    assert "温州市委" in names(z)            # the place's Party committee, named itself
    assert not any(n.startswith("民进") for n in names(z))


# -- towns ----------------------------------------------------------------------------------------------------

def test_a_town_opening_its_bodys_name_is_a_place_with_no_county_before_it(extractor):
    x = extractor.extract_text("比赛在泰兴市举行，虹桥镇行政审批局、济川街道为民服务中心代表队分获一二名。")
    assert {"虹桥镇行政审批局", "济川街道为民服务中心"} <= names(x)
    assert ("jurisdiction", "虹桥镇行政审批局", "泰兴市虹桥镇") in rels(x)
    assert ("jurisdiction", "济川街道为民服务中心", "泰兴市济川街道") in rels(x)
    y = extractor.extract_text("考察组先后到嘉善县、海盐县，并在西塘镇政务服务中心了解办事情况。")
    assert any(r[0] == "jurisdiction" and r[1] == "西塘镇政务服务中心" and r[2].endswith("西塘镇") for r in rels(y))
    z = extractor.extract_text("该县召开会议，中心镇人民政府和市住房和城乡建设局参加。")
    assert not any(n.endswith(("中心镇", "城乡")) for n in names(z))


def test_an_inspection_team_is_a_body_part_of_the_one_it_is_named_after(extractor):
    x = extractor.extract_text("今年9月，四川省人大常委会执法检查组赴成都市检查数据安全法贯彻实施情况。")
    assert ("partOf", "四川省人大常委会执法检查组", "四川省人大常委会") in rels(x)
    assert ("jurisdiction", "四川省人大常委会", "四川省") in rels(x)
    assert not any(r[0] == "jurisdiction" and r[1] == "四川省人大常委会执法检查组" for r in rels(x))
    y = extractor.extract_text("国务院第五督查组在江西省督查政务服务工作。")
    assert ("partOf", "国务院第五督查组", "国务院") in rels(y)


def test_the_report_of_a_team_is_titled_after_it_even_with_the_laws_in_brackets(extractor):
    x = extractor.extract_text("会议听取了四川省人大常委会执法检查组关于检查《中华人民共和国数据安全法》实施情况的报告。")
    title = "四川省人大常委会执法检查组关于检查《中华人民共和国数据安全法》实施情况的报告"
    assert title in names(x)
    assert ("issuedBy", title, "四川省人大常委会执法检查组") in rels(x)


# -- policies -------------------------------------------------------------------------------------------------

def test_a_national_law_cited_by_its_short_name_without_brackets(extractor):
    x = extractor.extract_text("检查组重点检查个人信息保护法、电子签名法的实施情况。")
    assert {"个人信息保护法", "电子签名法"} <= names(x, "Policy")
    y = extractor.extract_text("要完善数据安全法律法规，加快制定数据安全法实施条例，修订高等教育法。")
    assert not names(y, "Policy")
    z = extractor.extract_text("认真贯彻《中华人民共和国密码法》。密码法施行以来，各地加强了商用密码管理。")
    assert names(z, "Policy") == {"中华人民共和国密码法"}      # the short name is the same law


def test_a_legislatures_news_site_is_the_outlet_not_the_legislature(extractor):
    x = extractor.extract_text("来源：江西人大网　发布时间：2023年05月06日")
    assert names(x, "Organization") == {"江西人大网"}
    assert not names(x, "Agency")
    y = extractor.extract_text("条例草案在中国人大网公开征求意见，江西省人大常委会网上征求意见同步进行。")
    assert "中国人大网" in names(y, "Organization")
    assert "江西省人大常委会" in names(y, "Agency")     # 网上 opens another word


# -- statistics -----------------------------------------------------------------------------------------------

def test_on_a_page_about_a_platform_the_figures_of_sentences_naming_only_places_are_the_platforms(extractor):
    page = ("“闽政通”APP是福建省统一的移动政务服务平台，面向全省群众和企业提供服务。\n"
            "目前，闽政通已接入全省2300个服务事项。\n"
            "全省实名注册用户超过3000万人。\n"
            "福建省大数据局今年新增数据目录150个。\n"
            "江苏省实名注册用户超过5000万人。")
    x = extractor.extract_text(page)
    found = subjects(x)
    assert ("闽政通", 2300) in found
    assert ("闽政通", 30_000_000) in found and ("福建省", 30_000_000) not in found
    assert ("江苏省", 50_000_000) in found           # a place named itself keeps its figure
    assert ("福建省大数据局", 150) in found          # a sentence naming a body keeps its subject
    y = extractor.extract_text("福建省召开数字政府建设推进会。\n会上通报，闽政通已上线运行。\n福建省实名注册用户超过3000万人。")
    assert ("福建省", 30_000_000) in subjects(y)     # a page about the province, not about the app


# -- platforms and the places they serve ---------------------------------------------------------------------

def test_a_citys_short_name_opening_a_kind_of_platform_every_city_has_is_the_city_served(extractor):
    x = extractor.extract_text("申请人登录六盘水政务服务网，进入网上办事栏目。")
    assert ("serves", "六盘水政务服务网", "六盘水市") in rels(x)
    y = extractor.extract_text("市民使用长安通乘车。")
    assert not names(y, "Region")


def test_a_browser_a_guide_asks_for_names_no_company(extractor):
    x = extractor.extract_text("注：建议使用谷歌、火狐等浏览器访问，或使用谷歌浏览器极速模式。")
    assert not names(x, "Organization")
    y = extractor.extract_text("谷歌与当地政府合作建设数据中心。")
    assert "谷歌" in names(y, "Organization")


def test_a_provinces_portal_named_after_the_national_platform_is_its_node_not_another_name_of_it(extractor):
    x = extractor.extract_text("申请人可登录全国一体化在线政务服务平台“吉林政务服务网”，切换至所在县区办理。")
    assert {"全国一体化在线政务服务平台", "吉林政务服务网"} <= names(x, "Platform")
    assert ("partOf", "吉林政务服务网", "全国一体化在线政务服务平台") in rels(x)
    y = extractor.extract_text("依托全省一体化政务服务平台“吉事办”，推行掌上办理。")
    assert "全省一体化政务服务平台" not in names(y)       # a province's own platform, described: one name


def test_lines_merged_with_two_verbs_into_a_long_named_12345_line(extractor):
    x = extractor.extract_text("按照要求，将12315、12369、12328等6条热线整合归并到12345政务服务热线。")
    assert {("integratesWith", "12345政务服务热线", n) for n in ("12315", "12369", "12328")} <= rels(x)
    y = extractor.extract_text("12315、12369等热线的办理情况纳入部门绩效考核。")
    assert not any(r[0] == "integratesWith" for r in rels(y))


def test_a_standing_committees_working_body_is_part_of_it_not_its_full_name(extractor):
    x = extractor.extract_text("河北省人大常委会法制工作委员会负责人介绍，河北省人大常委会将于下月审议条例草案。")
    assert {"河北省人大常委会法制工作委员会", "河北省人大常委会"} <= names(x, "Agency")
    assert ("partOf", "河北省人大常委会法制工作委员会", "河北省人大常委会") in rels(x)
    y = extractor.extract_text("河北省第十四届人民代表大会常务委员会召开会议。河北省人大常委会法制工作委员会作说明。")
    assert ("partOf", "河北省人大常委会法制工作委员会", "河北省第十四届人民代表大会常务委员会") in rels(y)


def test_payment_apps_named_as_channels_of_a_service_are_platforms(extractor):
    x = extractor.extract_text("办事群众可通过支付宝、云闪付等渠道在线缴纳城乡居民医保费。")
    assert {"支付宝", "云闪付"} <= names(x, "Platform")
    y = extractor.extract_text("关注本局微信公众号即可查询。")
    assert "微信" not in names(y)


def test_a_quoted_name_before_what_a_platform_is_for_is_part_of_its_name_and_no_brand(extractor):
    x = extractor.extract_text("网民通过“我为政府网站找错”监督举报平台反映问题。")
    assert "我为政府网站找错监督举报平台" in names(x, "Platform")
    y = extractor.extract_text("县纪委通过“三资”监督平台发现问题线索。加快实现农村集体“三资”实时查询。")
    assert names(y, "Platform") == {"三资监督平台"}      # the assets it watches, quoted again, are no platform


def test_a_quoted_name_a_user_searches_for_opens_or_downloads_is_a_platform_and_a_button_is_not(extractor):
    x = extractor.extract_text("打开支付宝，搜索“天津健康宝”，点击“立即领取”；出行前登录“苏康宝”认证。")
    assert {"天津健康宝", "苏康宝"} <= names(x, "Platform")
    assert "立即领取" not in names(x)


# -- mends after two reviews of the round's rules ------------------------------------------------------------

def test_a_persons_name_holding_a_partys_short_form_is_no_committee(extractor):
    for text in ("赵民进同志任县委常委、副县长。", "县长刘民进主持召开县委常委会扩大会议。", "依托平台盟委组织部推出在线学习课程。"):
        assert not names(extractor.extract_text(text), "Organization"), text
    x = extractor.extract_text("民盟锡林郭勒盟委员会与民建市委会联合开展调研。")
    assert {"民盟锡林郭勒盟委员会", "民建市委会"} <= names(x, "Organization")


def test_a_kind_of_township_is_no_town_but_a_chengguan_town_is(extractor):
    for text in ("花木之乡便民服务中心揭牌。", "撤并镇便民服务中心保留原有服务功能。", "民族乡人民政府应当推进数字乡村建设。"):
        assert not names(extractor.extract_text(text), "Region"), text
    x = extractor.extract_text("城关镇行政审批局推行“一窗受理”。")
    assert ("jurisdiction", "城关镇行政审批局", "城关镇") in rels(x)


def test_a_law_inside_another_name_is_none_and_a_law_measures_nothing(extractor):
    for text in ("国防教育法宣传活动在全市学校开展。", "省人大常委会审议通过实施档案法办法。"):
        assert not names(extractor.extract_text(text), "Policy"), text
    x = extractor.extract_text("根据网络安全法规定，开展民法典学习宣传月活动。")
    assert {"网络安全法", "民法典"} <= names(x, "Policy")
    y = extractor.extract_text("浙江省召开会议。行政许可法实施以来，我省取消和调整行政许可事项500余项。")
    assert subjects(y) == {("浙江省", 500)}


def test_a_teams_body_by_its_full_name_and_its_report_before_what_it_says(extractor):
    x = extractor.extract_text("全国人大常委会执法检查组到浙江检查。")
    assert ("partOf", "全国人大常委会执法检查组", "全国人民代表大会常务委员会") in rels(x)
    y = extractor.extract_text("湖南省人大常委会执法检查组关于检查数据安全法实施情况的报告指出，要加强数据分类分级。")
    assert "湖南省人大常委会执法检查组关于检查数据安全法实施情况的报告" in names(y, "Report")


def test_one_body_under_two_plaques_stays_one_and_numbered_lines_merge(extractor):
    x = extractor.extract_text("市纪委监委开展专项整治。市纪委通报了典型问题。")
    assert names(x, "Agency") == {"市纪委监委"}
    y = extractor.extract_text("将12315热线、12369热线撤并到12345政务服务便民热线。")
    assert ("integratesWith", "12345政务服务便民热线", "12315热线") in rels(y)


def test_a_page_about_a_platform_leaves_a_places_own_figures_to_the_place(extractor):
    page = ("近日，“闽政通”APP正式投入使用。\n"
            "闽政通已接入全省2300个服务事项。\n"
            "全省常住人口4183万人。\n"
            "福建省地区生产总值5.4万亿元。")
    found = subjects(extractor.extract_text(page))
    assert ("闽政通", 2300) in found
    assert not any(s == "闽政通" and v in (41_830_000, 5.4e12) for s, v in found)


def test_the_city_rule_leaves_shared_names_words_and_banks_alone(extractor):
    x = extractor.extract_text("北京市朝阳区推行一网通办，市民可登录朝阳政务服务网查询。")
    assert "朝阳市" not in names(x)
    for text in ("公司依托阿里云平台搭建业务系统。", "杭州银行APP推出新功能。", "活动现场设有来宾服务平台。"):
        assert not names(extractor.extract_text(text), "Region"), text


def test_browsers_named_by_advice_only_and_payment_apps_not_as_companies(extractor):
    x = extractor.extract_text("腾讯推出的QQ浏览器新增政务服务入口。")
    assert "腾讯" in names(x, "Organization")
    y = extractor.extract_text("推荐使用谷歌，火狐浏览器。本系统支持以下浏览器：谷歌、火狐。")
    assert not names(y, "Organization")
    z = extractor.extract_text("阿里巴巴、支付宝等企业参与了城市大脑建设。")
    assert "支付宝" not in names(z, "Platform")


def test_a_known_app_before_what_its_platform_is_for_keeps_its_name_and_buttons_files_stay_out(extractor):
    x = extractor.extract_text("“粤省事”咨询平台上线智能客服。")
    assert "粤省事" in names(x, "Platform")
    y = extractor.extract_text("登录“个人中心”后下载“申请表”，搜索“营业执照办理”即可。")
    assert not names(y, "Platform")


def test_mends_after_the_second_review(extractor):
    x = extractor.extract_text("全国人大常委会执法检查组关于检查《中华人民共和国数据安全法》实施情况的报告指出，形势总体稳定。")
    assert "中华人民共和国数据安全法" in names(x, "Policy")
    assert ("partOf", "全国人大常委会执法检查组", "全国人民代表大会常务委员会") in rels(x)
    assert not names(extractor.extract_text("市民可到户籍所在街道便民服务中心办理居住证。"), "Region")
    assert not names(extractor.extract_text("温州医院公众号上线预约挂号服务。"), "Region")
    y = extractor.extract_text("全国一体化在线政务服务平台“陕西一码通”累计扫码10亿次。")
    assert not any(r[0] == "partOf" for r in rels(y))
    for text in ("蚂蚁集团（支付宝）向我市捐赠防疫物资。", "市政府与支付宝签署合作协议。"):
        assert "支付宝" not in names(extractor.extract_text(text), "Platform"), text
    page = "浙里办APP是浙江省一体化政务服务平台。\n全省共有政务服务中心1400个。\n浙里办日均活跃用户120万。"
    assert ("浙江省", 1400) in subjects(extractor.extract_text(page))
