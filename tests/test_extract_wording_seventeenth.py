"""Kinds of wording found in a seventeenth round of real pages (provincial notices and plans, apps and
12345 reports, data bureaus and data-element news), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording_thirteenth import figures


# -- the data bureau is not the big-data bureau it replaced ---------------------------------------------

def test_a_new_data_bureau_is_not_short_for_the_big_data_bureau_it_replaced(extractor):
    x = extractor.extract_text("宜昌市组建市数据局，作为市政府工作部门。市数据局统筹数据资源整合共享；"
                               "划入市政务服务和大数据管理局协调推进数字政府建设等职责。")
    assert {"宜昌市数据局", "宜昌市政务服务和大数据管理局"} <= names(x, "Agency")


def test_a_big_data_bureau_is_still_short_for_its_full_name(extractor):
    x = extractor.extract_text("宜昌市大数据发展管理局统筹全市数据资源，市大数据局负责平台建设。")
    assert "市大数据局" not in names(x, "Agency")


# -- a quoted account before its channel (微信, 微博) ------------------------------------------------------

def test_a_quoted_name_before_its_channel_is_an_account_and_takes_its_figures(extractor):
    x = extractor.extract_text("“杭州发布”微博粉丝超过520万，“杭州发布”政务微信粉丝超过260万。")
    assert names(x, "Platform") == {"杭州发布"}
    assert figures(x) == {5200000: "杭州发布", 2600000: "杭州发布"}


def test_a_quoted_name_before_a_chat_group_is_no_account(extractor):
    x = extractor.extract_text("社区建立“邻里守望”微信群12个，覆盖居民3000户。")
    assert "邻里守望" not in names(x, "Platform")


def test_a_count_of_posts_read_a_hundred_thousand_times_is_a_class_not_a_figure(extractor):
    x = extractor.extract_text("“杭州发布”微信单条阅读量“10万+”的文章累计超过800篇。")
    assert figures(x) == {800: "杭州发布"}


def test_an_account_named_with_its_channel_is_not_a_longer_account_on_the_page(extractor):
    x = extractor.extract_text("@杭州质监发布获评优秀政务新媒体。“杭州发布”微信粉丝超过260万。")
    assert {"杭州发布", "杭州质监发布"} <= names(x, "Platform")
    assert figures(x) == {2600000: "杭州发布"}


# -- a body whose work another takes on acts in nothing after it --------------------------------------

def test_an_office_whose_daily_work_a_bureau_takes_on_builds_nothing(extractor):
    x = extractor.extract_text("市政务服务局负责统筹推进全市政务服务工作，承担市政务公开领导小组办公室日常工作，"
                               "具体负责电子政务外网、政务云平台的建设管理工作。")
    assert not {(t, h) for t, h, _ in rels(x)} & {("coordinates", "市政务公开领导小组办公室"),
                                                 ("operates", "市政务公开领导小组办公室")}
    assert ("coordinates", "市政务服务局", "政务云平台") in rels(x)


# -- a body that drew the sample others checked does not take the figures of the checking -------------

def test_the_body_that_drew_a_sample_takes_none_of_the_checks_figures(extractor):
    x = extractor.extract_text("9月份，电话回访市审计局随机抽取的200件服务事项，其中有效回访180件，表示满意的有176件。")
    assert "市审计局" not in set(figures(x).values())


# -- what a subject is described as (作为X…) takes none of its figures -----------------------------------

def test_a_place_the_subject_is_described_by_takes_none_of_its_figures(extractor):
    x = extractor.extract_text("绵阳作为四川第二大城市，群众诉求总量仅次于成都，2022年共受理8.3万件，总体满意度98.6%。")
    assert set(figures(x).values()) == {"绵阳市"}


def test_a_platform_an_app_is_described_as_part_of_takes_none_of_its_figures(extractor):
    x = extractor.extract_text("“苏服办”作为江苏政务服务网的移动端，注册用户超过5000万。")
    assert figures(x) == {50000000: "苏服办"}


# -- places listed before one body's name each have that body --------------------------------------------

def test_cities_listed_before_a_bureau_each_have_their_own_bureau(extractor):
    x = extractor.extract_text("省数据局召集宁波市、温州市、湖州市数据局分管负责同志共同研究数据底座建设。")
    assert {"宁波市数据局", "温州市数据局", "湖州市数据局"} <= names(x, "Agency")
    assert ("jurisdiction", "温州市数据局", "温州市") in rels(x)


def test_a_province_listed_before_a_citys_bureau_has_no_such_bureau(extractor):
    x = extractor.extract_text("浙江省、宁波市数据局联合开展试点。")
    assert "浙江省数据局" not in names(x, "Agency")


# -- quoted apps listed before 等品牌应用 ---------------------------------------------------------------

def test_quoted_names_listed_before_their_kind_with_a_describing_word_are_platforms(extractor):
    x = extractor.extract_text("以“宁夏办”为总揽，统筹研发“不见面审批”“一码通行”等品牌应用，推动接入30个区直部门、600项高频事项接入“宁夏办”APP。")
    assert {"不见面审批", "一码通行"} <= names(x, "Platform")
    assert not {t for r, _, t in rels(x) if r == "integratesWith"} & {"不见面审批", "一码通行"}


# -- what data and systems are joined into, quoted, is a platform -----------------------------------------

def test_a_quoted_name_data_is_joined_into_is_a_platform(extractor):
    x = extractor.extract_text("省级部门和市州政府开放数据全部接入“数聚黔中”，政务系统全部迁入“黔云通”。")
    assert {"数聚黔中", "黔云通"} <= names(x, "Platform")


def test_a_quoted_way_of_working_joined_into_is_no_platform(extractor):
    x = extractor.extract_text("全市42项高频事项纳入“跨省通办”，并接入“一件事一次办”改革。")
    assert not names(x, "Platform") & {"跨省通办", "一件事一次办"}


# -- a province's brand, a dot and the kind of platform ----------------------------------------------------

def test_a_brand_dot_kind_name_is_one_platform(extractor):
    x = extractor.extract_text("全省建成数字福建·政务云和数字福建·社会云，统一承载省级部门业务系统。")
    assert {"数字福建·政务云", "数字福建·社会云"} <= names(x, "Platform")


def test_two_places_joined_by_a_dot_name_no_platform(extractor):
    x = extractor.extract_text("贵阳·贵安国家级互联网骨干直联点建成运行。")
    assert not any(n.startswith("贵阳") for n in names(x, "Platform"))


# -- a title that hands out another (X印发<关于…>的通知) -------------------------------------------------------

def test_the_issuers_of_a_title_handing_out_another_in_angle_brackets(extractor):
    x = extractor.extract_text("根据《中共中央办公厅、国务院办公厅印发<关于加快推进数字机关建设的指导意见>的通知》精神，制定本方案。")
    assert {"中共中央办公厅", "国务院办公厅"} <= names(x, "Agency")
    assert not any(n.endswith(("<", "〈", "印发")) for n in names(x, "Agency"))


# -- the bodies whose decisions a clause follows, listed on with bodies named no entity ----------------

def test_bodies_whose_decisions_are_followed_with_the_provinces_own_build_nothing(extractor):
    x = extractor.extract_text("省数据局认真贯彻落实党中央、国务院和省委、省政府决策部署，加强顶层设计，建设“数据直通车”平台。")
    assert not {h for r, h, _ in rels(x) if r in ("operates", "coordinates")} & {"中共中央", "国务院"}
    assert any(r == "operates" and t == "数据直通车" and h.endswith("省数据局") for r, h, t in rels(x))


# -- roles after a short name's bracket; a body in charge of a platform's daily running ------------------

def test_a_role_after_the_bracket_declaring_a_short_name(extractor):
    x = extractor.extract_text("大庆市营商环境建设监督局（以下简称市营商局）是大庆市电子政务云平台的主管部门。")
    assert ("supervises", "大庆市营商环境建设监督局", "大庆市电子政务云平台") in rels(x)


def test_a_body_in_charge_of_a_platforms_daily_running_operates_it(extractor):
    x = extractor.extract_text("大庆市信息中心负责大庆市电子政务云平台日常管理工作。")
    assert ("operates", "大庆市信息中心", "大庆市电子政务云平台") in rels(x)
    assert ("coordinates", "大庆市信息中心", "大庆市电子政务云平台") not in rels(x)


# -- what the review of the round's rules found they must not do ------------------------------------------

def test_an_app_that_opens_its_clause_goes_on_being_joined_after_a_comma(extractor):
    x = extractor.extract_text("“鲁通办”APP完成改版，推进接入国家政务服务平台。")
    assert ("integratesWith", "国家政务服务平台", "鲁通办") in rels(x)


def test_a_figure_written_right_after_a_compared_place_is_that_places(extractor):
    x = extractor.extract_text("宁波市12345热线接通率为97.5%，低于杭州市的98.2%。")
    assert figures(x)[0.982] == "杭州市"


def test_the_subject_after_what_it_is_second_to_keeps_its_figure(extractor):
    x = extractor.extract_text("仅次于广东省的江苏省2023年数字经济规模达5.5万亿元。")
    assert set(figures(x).values()) == {"江苏省"}


def test_a_dot_before_a_word_that_only_begins_with_a_kind_word_names_no_platform(extractor):
    x = extractor.extract_text("深入推进平安广西·网格化服务管理，数字江西·云上赣鄱工程加快推进。")
    assert not any("·" in n for n in names(x, "Platform"))


def test_halls_reforms_and_pools_joined_into_are_no_platforms(extractor):
    x = extractor.extract_text("32个部门入驻“市民之家”，工单全部接入“接诉即办”，各类数据汇入“数据资源池”。")
    assert not names(x, "Platform") & {"市民之家", "接诉即办", "数据资源池"}


def test_a_quoted_platform_joined_into_keeps_its_kind_word(extractor):
    x = extractor.extract_text("全市各类警情统一汇入“情指行一体化”实战平台。")
    assert "情指行一体化" not in names(x, "Platform")


def test_a_topic_or_a_slogan_before_a_channel_is_no_account(extractor):
    x = extractor.extract_text("市政府办公室开设“我为群众办实事”微博话题，阅读量达1.5亿次。“最多跑一次”微信推文获评十佳。")
    assert not names(x, "Platform") & {"我为群众办实事", "最多跑一次"}


def test_a_place_and_a_district_before_a_bureau_share_no_bureau(extractor):
    x = extractor.extract_text("南京市、扬州市江都区数据局联合开展数据要素试点。")
    assert not any(n.startswith("南京市") for n in names(x, "Agency"))


def test_a_bodys_own_sampling_count_stays_its_own(extractor):
    x = extractor.extract_text("省市场监管局抽检的食品批次达到12.6万批次，总体合格率97.8%。")
    assert figures(x)[126000] == "省市场监管局"


def test_a_committees_short_form_is_still_that_committee(extractor):
    x = extractor.extract_text("福州市大数据发展管理委员会统筹推进全市数据资源汇聚，市数据委负责“e福州”APP运营。")
    assert "福州市数据委" not in names(x, "Agency")


# -- a bare 平台 opening a clause before its counts ------------------------------------------------------------

def test_a_bare_platform_word_before_its_counts_is_the_platform_last_named(extractor):
    x = extractor.extract_text("大庆市公共数据开放平台由大庆市大数据中心建设运维。平台36个政府部门开放1200个数据集，注册用户5200多个。")
    assert figures(x)[1200] == "大庆市公共数据开放平台"


# -- a body that chose the subject among others; a count the subject is one of ----------------------------

def test_a_body_that_listed_the_work_among_cases_takes_none_of_the_figures_after(extractor):
    x = extractor.extract_text("此项工作被国务院列为全国推动“放管服”改革100项典型案例之一。开展帮办服务，助力6000多个项目加快落地。")
    assert "国务院" not in set(figures(x).values())
    assert 100 not in figures(x)


def test_a_count_the_subject_is_one_of_is_no_figure(extractor):
    x = extractor.extract_text("“浙里办”入选全国50个数字政府建设优秀案例之一，注册用户超过600万。")
    assert figures(x) == {6000000: "浙里办"}


# -- 在…评估中 before a platform's name ---------------------------------------------------------------------------

def test_in_an_evaluation_before_a_sites_name_is_not_part_of_the_name(extractor):
    x = extractor.extract_text("在第二十一届政府网站绩效评估中区人民政府网站首次跻身全国区县级网站前十名。")
    assert not any(n.endswith("评估中区人民政府网站") for n in names(x, "Platform"))
    assert "第二十一届政府网站绩效评估" in names(x, "Report")


# -- laboratories named in full ----------------------------------------------------------------------------------

def test_laboratories_named_in_full_are_organizations_and_cooperate(extractor):
    x = extractor.extract_text("东莞市政务服务数据管理局、大数据分析技术国家工程实验室、东莞理工学院三方共建“数字治理”联合创新实验室。")
    assert {"大数据分析技术国家工程实验室", "数字治理联合创新实验室"} <= names(x, "Organization")
    assert ("cooperatesWith", "东莞市政务服务数据管理局", "大数据分析技术国家工程实验室") in rels(x)


def test_a_laboratory_built_with_a_company_is_not_named_from_the_verb(extractor):
    x = extractor.extract_text("市大数据局与华为公司共建联合实验室。")
    assert not any(n.endswith("实验室") for n in names(x, "Organization"))


# -- bodies whose decisions are followed or whose data are used do not act together ---------------------

def test_bodies_whose_decisions_are_followed_do_not_cooperate(extractor):
    x = extractor.extract_text("各地区各部门认真贯彻落实党中央、国务院决策部署，经过各方面共同努力，取得明显成效。")
    assert not any(r == "cooperatesWith" for r, _, _ in rels(x))


def test_bodies_whose_figures_are_used_do_not_cooperate(extractor):
    x = extractor.extract_text("结合国家统计局、中国互联网络信息中心等部门和机构的统计数据，开展了评估工作。")
    assert not any(r == "cooperatesWith" for r, _, _ in rels(x))


def test_two_bodies_joined_by_yu_before_their_agreement_still_cooperate(extractor):
    x = extractor.extract_text("市数据局与华为公司的战略合作协议正式签署。")
    assert ("cooperatesWith", "市数据局", "华为公司") in rels(x) or ("cooperatesWith", "华为公司", "市数据局") in rels(x)


# -- what the second review found the later rules doing wrong ----------------------------------------------

def test_bodies_deploying_their_own_campaign_still_cooperate(extractor):
    x = extractor.extract_text("市委网信办、市公安局部署开展“清朗”专项行动，联合整治网络乱象。")
    assert ("cooperatesWith", "市委网信办", "市公安局") in rels(x)


def test_bodies_whose_cooperation_deepens_still_cooperate(extractor):
    x = extractor.extract_text("市数据局、市财政局的合作进一步深化，联合开展数据资产入表试点。")
    assert ("cooperatesWith", "市数据局", "市财政局") in rels(x)


def test_counting_laboratories_names_none(extractor):
    x = extractor.extract_text("全市拥有国家重点实验室5个，今年新建重点实验室3家。")
    assert not names(x, "Organization")


def test_a_laboratorys_name_holding_yu_and_its_declared_short_name(extractor):
    x = extractor.extract_text("区块链技术与应用国家工程实验室（以下简称国家工程实验室）落户我市。")
    assert names(x, "Organization") == {"区块链技术与应用国家工程实验室"}


def test_a_measure_before_becoming_one_of_many_is_still_a_figure(extractor):
    x = extractor.extract_text("“粤省事”注册用户突破1亿成为全国用户最多的政务小程序之一。")
    assert figures(x) == {100000000: "粤省事"}


def test_a_body_drawing_up_rules_for_a_platforms_daily_running_does_not_operate_it(extractor):
    x = extractor.extract_text("省大数据局负责制定省政务云平台日常管理制度，市大数据局负责统筹协调市政务云平台日常运行工作。")
    assert not any(r == "operates" for r, _, _ in rels(x))


def test_the_issuer_of_a_forwarded_title_is_the_forwarder(extractor):
    x = extractor.extract_text("根据《国务院办公厅转发国家发展改革委〈关于深化数据改革的意见〉的通知》，制定本方案。")
    assert not any("转发" in n for n in names(x, "Agency"))
    assert "国务院办公厅" in names(x, "Agency")


# -- a topic platform's figures past a quoted way of doing; a frame of its own ends the topic -------------

def test_a_platforms_figures_go_on_past_a_quoted_way_of_doing(extractor):
    x = extractor.extract_text("江苏政务服务网已有500万注册用户。累计受理“一站式”办件2900余万笔，网上申报比例超过20%。")
    assert figures(x) == {5000000: "江苏政务服务网", 29000000: "江苏政务服务网", 0.2: "江苏政务服务网"}


def test_a_sentence_opening_on_a_frame_of_its_own_ends_the_platforms_topic(extractor):
    x = extractor.extract_text("“苏服办”已有500万注册用户。从省级行政许可事项来看，“最多跑一次”事项占比达99.8%。")
    assert figures(x).get(0.998) != "苏服办"
