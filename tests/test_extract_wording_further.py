"""Kinds of wording found on a second set of real articles (24 more, annotated apart from the code).

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

import pytest

from .test_extract import rels
from .test_extract_wording import all_names, metrics


# -- names ------------------------------------------------------------------------------

def test_a_verb_the_model_glues_to_a_body_is_not_part_of_its_name(extractor):
    x = extractor.extract_text("根据有关要求，我局会同市市场监管局、市发展改革委起草了管理办法。")
    agencies = all_names(x, "Agency")
    assert "市市场监管局" in agencies
    assert not any(name.startswith("会同") for name in agencies)


def test_a_city_s_short_name_the_model_reads_as_a_place_is_the_city(extractor):
    x = extractor.extract_text("家住温州鹿城区的王大爷用手机补办了证件。记者来到位于杭州文三路的一家办事大厅。")
    assert {"温州市", "杭州市"} <= all_names(x, "Region")
    assert ("partOf", "鹿城区", "温州市") in rels(x)


def test_a_quoted_brand_before_descriptive_words_and_a_platform_word_is_a_platform(extractor):
    x = extractor.extract_text("“惠企通”数字平台已服务企业5万家。")
    assert ("惠企通", 50000.0) in metrics(x)


# -- relations ----------------------------------------------------------------------------

def test_a_guiding_opinion_is_a_document_not_supervision(extractor):
    x = extractor.extract_text("依照国务院政务公开指导意见和本市实施方案等要求，我委会同市财政局、市审计局制定了细则。")
    assert not any(r[0] == "supervises" for r in rels(x))


def test_a_clause_with_its_own_unnamed_body_does_not_cooperate_with_an_earlier_one(extractor):
    x = extractor.extract_text("依照国务院政务公开指导意见和本市实施方案等要求，我委会同市财政局、市审计局制定了细则。")
    assert not any(r[0] == "cooperatesWith" and "国务院" in r[1:] for r in rels(x))


# -- whose figure -------------------------------------------------------------------------

def test_a_quoted_name_the_sentence_calls_an_app_is_a_platform(extractor):
    x = extractor.extract_text("“甬e办”是宁波市推出的政务服务小程序。")
    assert "甬e办" in all_names(x, "Platform")


def test_this_app_refers_to_the_app_named_before(extractor):
    x = extractor.extract_text("“甬e办”是宁波市的政务服务小程序。市民都说好用。这款应用程序上线一年来，实名用户已超过300万。")
    assert ("甬e办", 3000000.0) in metrics(x)


def test_figures_of_a_sentence_that_names_nothing_belong_to_the_platform_the_last_one_opened_on(extractor):
    x = extractor.extract_text("“蓉城政务服务网”首批接入国家政务服务平台，所有事项可查询和办理。目前注册用户1200万，占全省常住人口的15%。")
    assert {("蓉城政务服务网", 12000000.0), ("蓉城政务服务网", 0.15)} <= metrics(x)


def test_a_figure_after_an_unrecognised_quoted_name_is_not_carried_over(extractor):
    x = extractor.extract_text("“蓉城政务服务网”首批接入国家政务服务平台。作为重要应用场景，“蓉小云”累计兑付资金逾10亿元。")
    assert ("蓉城政务服务网", 1000000000.0) not in metrics(x)


def test_a_score_written_with_decimals_before_its_word_is_a_figure(extractor):
    x = extractor.extract_text("江西以91.35总体指数位列全国第五。")
    assert ("江西省", 91.35) in metrics(x)


def test_a_blue_book_named_again_by_its_short_form_carries_its_figures(extractor):
    x = extractor.extract_text("某研究院发布《数字治理蓝皮书(2022)》(下称蓝皮书)。蓝皮书分析指出,城市数字治理指数平均值为66.25,较上年提高。")
    assert ("数字治理蓝皮书(2022)", 66.25) in metrics(x)


def test_a_starting_level_with_its_year_is_not_a_level(extractor):
    x = extractor.extract_text("“数智云”平台上云数据量从2016年的8TB增长到现在的900TB。")
    assert [value for _, value in metrics(x)] == [900.0]


def test_things_counted_are_not_one_platform(extractor):
    x = extractor.extract_text("全省打通86个受理系统、12个资源系统，接入5套监管系统。")
    assert all_names(x, "Platform") == set()


def test_an_adjective_before_a_platform_word_names_no_platform(extractor):
    x = extractor.extract_text("“渝快办”已成为群众办事的首选平台，实名注册用户达3000余万。")
    assert all_names(x, "Platform") == {"渝快办"}
    assert ("渝快办", 30000000.0) in metrics(x)


def test_a_title_keeps_the_punctuation_the_article_wrote_as_an_alias(extractor):
    from govkg.loaders.pipeline import to_eval_json

    out = to_eval_json(extractor.extract_text("研究院发布了《政务蓝皮书:中国数字政府报告(2021)》。"))
    report = next(e for e in out["entities"] if e["type"] == "Report")
    assert report["name"] == "政务蓝皮书：中国数字政府报告(2021)"
    assert "政务蓝皮书:中国数字政府报告(2021)" in report["aliases"]


def test_every_cited_document_of_a_list_with_numbers_is_a_basis(extractor):
    x = extractor.extract_text("现将《某县政务云管理方案》印发给你们。\n为贯彻落实《国务院关于政务服务的指导意见》(国发〔2021〕3号)、"
                               "《某省人民政府关于数字政府的通知》(某政〔2022〕8号)等精神，结合实际，现制定以下方案。")
    assert {("basedOn", "某县政务云管理方案", "国务院关于政务服务的指导意见"),
            ("basedOn", "某县政务云管理方案", "某省人民政府关于数字政府的通知")} <= rels(x)


def test_a_body_set_up_inside_another_is_part_of_it(extractor):
    x = extractor.extract_text("作为省工信厅的内设机构，省大数据管理局负责统筹推进数据工作。")
    assert ("partOf", "省大数据管理局", "省工信厅") in rels(x)
    x = extractor.extract_text("南宁市大数据发展局则是挂牌在南宁市政府办公室。")
    assert ("partOf", "南宁市大数据发展局", "南宁市政府办公室") in rels(x)


def test_a_section_of_a_body_read_as_one_name_is_a_body(extractor):
    x = extractor.extract_text("杭州市卫健委规划信息处相关负责人介绍了情况。")
    assert "杭州市卫健委规划信息处" in all_names(x, "Agency")


def test_a_zone_or_system_a_platform_opens_is_part_of_it(extractor):
    x = extractor.extract_text("“苏服办”平台开通“助企纾困”专区，提供政策查询服务。")
    assert ("partOf", "助企纾困专区", "苏服办") in rels(x)
    assert "助企纾困" not in all_names(x, "Platform")
    x = extractor.extract_text("“苏服办”不断迭代升级，近日新上线政务服务“评价”系统，群众可以打分。")
    assert ("partOf", "评价系统", "苏服办") in rels(x)


def test_an_autonomous_region_s_body_named_without_the_region_is_still_a_body(extractor):
    x = extractor.extract_text("自治区政务服务局于2019年3月成立，核定行政编制25名。")
    assert "自治区政务服务局" in all_names(x, "Agency")
    x = extractor.extract_text("各省、自治区卫生健康委要加强配合。")
    assert all_names(x, "Agency") == set()


def test_figures_go_on_with_the_platform_the_last_figures_measured(extractor):
    x = extractor.extract_text("记者从省政务服务办了解到，“赣事通”实名用户达到980万人。各类应用累计访问1200万人次，缴费金额近5000万元。")
    assert {("赣事通", 12000000.0), ("赣事通", 50000000.0)} <= metrics(x)


def test_a_work_report_s_sentence_keeps_its_figures_to_the_body_reporting(extractor):
    x = extractor.extract_text("建设“惠企快办”平台，上线12项网上兑现服务。推进电子档案试点，汇聚电子证照300类。")
    assert ("惠企快办", 300.0) not in metrics(x)


def test_a_quoted_name_whose_sentence_counts_its_users_is_a_platform(extractor):
    x = extractor.extract_text("“黔办通宝”提供300项政务服务，实名注册活跃用户120万，累计服务8000万人次。")
    assert {("黔办通宝", 1200000.0), ("黔办通宝", 80000000.0)} <= metrics(x)
    x = extractor.extract_text("其中“省内通办”事项120项，日均访问量超过50万人次。")
    assert "省内通办" not in all_names(x, "Platform")


def test_bodies_whose_decisions_are_followed_join_no_platform(extractor):
    x = extractor.extract_text("按照党中央、国务院决策部署和省里工作要求，强化资源整合，依托“陇政通”一体化平台提供服务。")
    assert not any(r[0] == "integratesWith" for r in rels(x))


def test_rooms_programmes_and_declared_short_names(extractor):
    x = extractor.extract_text("在太原市大数据发展局会议室，副局长接受了采访。")
    assert all_names(x, "Agency") == {"太原市大数据发展局"}
    x = extractor.extract_text("全面贯彻落实关于数字中国的重要论述。")
    assert all_names(x, "Region") == set()
    x = extractor.extract_text("山西省人民政府与中国电信股份有限公司(下称中国电信)签订协议。中国电信将加强网络建设。")
    assert len([e for e in x.entities if e.type == "Organization"]) == 1


def test_a_bare_platform_word_or_a_network_before_he_joins_no_name(extractor):
    x = extractor.extract_text("聚焦自主创新产品研发和平台运营、硬件开发。建成覆盖全市的电子政务网络和政务云。")
    assert not any("和" in name for name in all_names(x, "Platform"))


def test_the_youth_league_s_committee_is_not_the_city_s_party_committee(extractor):
    x = extractor.extract_text("时任共青团太原市委书记出任该局局长。")
    assert "太原市委" not in all_names(x, "Agency")


def test_a_name_ending_in_ban_inside_quotes_is_a_brand_not_an_office(extractor):
    x = extractor.extract_text("陕西、甘肃两省成立了“跨省通办·西北通办”合作联盟，“西北通办”已办件3万余件。")
    assert not any(name.endswith("西北通办") for name in all_names(x, "Agency"))


def test_quoted_names_listed_beside_an_app_are_apps_too(extractor):
    x = extractor.extract_text("关于完善‘爱山东’‘山东通’‘鲁政智’功能的建议收悉。")
    assert {"爱山东", "山东通", "鲁政智"} <= all_names(x, "Platform")
    x = extractor.extract_text("推行“最多跑一次”“一件事一次办”改革。")
    assert all_names(x, "Platform") == set()


def test_a_founding_date_written_after_its_verb(extractor):
    x = extractor.extract_text("临沂市大数据局成立于2019年1月8日，成立时只有三名干部。")
    assert ("临沂市大数据局", "launchDate", "2019-01-08") in {(x.entity(d.subject).name, d.property, d.value) for d in x.dates}


def test_a_role_after_de_gives_the_relation(extractor):
    x = extractor.extract_text("今年新组建的省数据局，承担着推进数字政府建设的职责，是“皖事通”的具体组织者。")
    assert ("coordinates", "省数据局", "皖事通") in rels(x)
    x = extractor.extract_text("太原市行政审批服务管理局是太原市政务云平台的主管部门。")
    assert ("supervises", "太原市行政审批服务管理局", "太原市政务云平台") in rels(x)
    x = extractor.extract_text("国家政务服务平台作为全国一体化政务服务平台的总枢纽，连通各地区平台。")
    assert ("partOf", "国家政务服务平台", "全国一体化政务服务平台") in rels(x)


def test_a_role_taught_in_a_user_s_folder(tmp_path):
    from govkg.loaders.pipeline import Extractor
    from govkg.loaders.resources import DATA, load_resources

    rows = (DATA / "role_words.tsv").read_text(encoding="utf-8") + "守护者\toperates\tAgency\tPlatform\t0.7\n"
    (tmp_path / "role_words.tsv").write_text(rows, encoding="utf-8")
    x = Extractor(load_resources(tmp_path)).extract_text("重庆市大数据应用发展管理局是“渝快办”的守护者。")
    assert ("operates", "重庆市大数据应用发展管理局", "渝快办") in rels(x)
    (tmp_path / "role_words.tsv").write_text(rows + "看护者\toperates\tAgency\tPlatform\thigh\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"role_words.tsv, row \d+ \('看护者'\): could not convert"):
        load_resources(tmp_path).role_words


def test_the_document_s_own_work_points_or_opinions_are_based_on_what_they_carry_out(extractor):
    x = extractor.extract_text("《数字烟台建设2024年工作要点》已经市政府同意。\n为深入贯彻落实《山东省数字政府建设实施方案》"
                               "(鲁政发〔2023〕15号)等文件精神，结合我市实际，制定本工作要点。")
    assert ("basedOn", "数字烟台建设2024年工作要点", "山东省数字政府建设实施方案") in rels(x)
    x = extractor.extract_text("《甘肃省人民政府关于加快数字政府建设的实施意见》\n为贯彻落实《国务院关于加强数字政府建设的指导意见》"
                               "精神，结合我省实际，提出以下实施意见。")
    assert ("basedOn", "甘肃省人民政府关于加快数字政府建设的实施意见", "国务院关于加强数字政府建设的指导意见") in rels(x)


def test_bodies_whose_decisions_about_something_are_followed_issue_nothing(extractor):
    x = extractor.extract_text("《吉林省数字政府建设方案》\n为深入贯彻落实党中央、国务院关于数字政府建设的决策部署，结合我省实际，制定本方案。")
    assert not any(r[0] == "issuedBy" and r[2] in ("中共中央", "国务院") for r in rels(x))


def test_a_place_issues_only_as_the_subject_of_the_verb(extractor):
    x = extractor.extract_text("《甘肃省数字政府行动计划》\n为建设幸福美好新甘肃提供支撑，制定本行动计划。")
    assert not any(r[0] == "issuedBy" and r[2] == "甘肃省" for r in rels(x))


def test_a_government_work_report_keeps_its_year(extractor):
    x = extractor.extract_text("本文以2024年青海省政府工作报告为研究依据。")
    assert all_names(x, "Report") >= {"2024年青海省政府工作报告"}


def test_a_citizen_and_two_bodies_written_together_are_no_body(extractor):
    x = extractor.extract_text("日前，市民王女士来到开发区政务服务中心办事。认真贯彻党中央国务院决策部署。")
    agencies = all_names(x, "Agency")
    assert not any(name.startswith("市民") for name in agencies)
    assert "党中央国务院" not in agencies


def test_a_report_published_by_two_bodies_read_as_one_name(extractor):
    x = extractor.extract_text("《2023数字治理指数报告》由复旦大学数字政府与治理研究院联合数据治理研究中心发布。")
    assert {("publishedBy", "2023数字治理指数报告", "复旦大学数字政府与治理研究院"),
            ("publishedBy", "2023数字治理指数报告", "数据治理研究中心")} <= rels(x)


def test_places_rated_in_a_report_s_summary_clause_by_clause(extractor):
    x = extractor.extract_text("《2023数字治理指数报告》由某研究院发布。省级层面，广东、江苏位列“引领型”第一梯队，"
                               "但中西部如贵州、四川等追赶态势明显。")
    evaluated = {r[2] for r in rels(x) if r[0] == "evaluates"}
    assert {"广东省", "江苏省"} <= evaluated and not {"贵州省", "四川省"} & evaluated


def test_a_government_work_report_rates_no_place(extractor):
    x = extractor.extract_text("本文以2024年青海省政府工作报告为依据。青海政务服务能力位居全国前十。")
    assert not any(r[0] == "evaluates" for r in rels(x))


def test_the_centre_named_after_a_platform_runs_it(extractor):
    x = extractor.extract_text("深圳12345政务服务便民热线受理中心获评先进集体；深圳12345政务服务便民热线全年受理诉求超2000万件。")
    agencies = all_names(x, "Agency")
    assert any(name.endswith("热线受理中心") for name in agencies)
    assert any(r[0] == "operates" and r[1].endswith("受理中心") and r[2] == "深圳12345政务服务便民热线" for r in rels(x))


def test_a_named_place_s_centre_with_a_short_name(extractor):
    x = extractor.extract_text("如曲靖市网管中心编制12人，陆良县网管中心编制5人。")
    assert {("曲靖市网管中心", 12.0), ("陆良县网管中心", 5.0)} <= metrics(x)


def test_bodies_listed_before_yu_sign_together_with_the_partner(extractor):
    x = extractor.extract_text("江苏省人民政府、南京市人民政府在3月2日、3月3日与中国移动通信集团有限公司签署战略合作协议。")
    cooperation = {r[1:] for r in rels(x) if r[0] == "cooperatesWith"}
    assert {("江苏省人民政府", "中国移动通信集团有限公司"), ("南京市人民政府", "中国移动通信集团有限公司")} <= cooperation
    assert ("江苏省人民政府", "南京市人民政府") not in cooperation


def test_a_quoted_code_is_a_platform(extractor):
    x = extractor.extract_text("深化“市民码”“法人码”和电子证照应用。")
    assert {"市民码", "法人码"} <= all_names(x, "Platform")


# -- what the review of these rules found (sentences of the reviewer's kinds, in my words) --------

def test_a_province_s_own_figures_do_not_go_on_with_the_platform(extractor):
    x = extractor.extract_text("“赣服通”注册用户突破3000万。全省共有11个设区市、100个县。")
    assert not any(name == "赣服通" and value in (11.0, 100.0) for name, value in metrics(x))
    x = extractor.extract_text("“赣服通”注册用户突破3000万。2023年，全年地区生产总值达到3.2万亿元。")
    assert ("赣服通", 3.2e12) not in metrics(x)
    x = extractor.extract_text("“赣服通”于2018年上线。会议强调要提升服务。去年实现访问量5亿次。")
    assert ("赣服通", 5e8) not in metrics(x)


def test_a_role_word_after_for_or_inside_another_word_is_no_role(extractor):
    x = extractor.extract_text("省财政厅每年安排专项资金，为“浙里办”的运维单位提供经费保障。")
    assert not any(r[0] == "operates" for r in rels(x))
    x = extractor.extract_text("市政务服务中心主动联系“浙里办”的运营单位，解决问题。")
    assert not any(r[0] == "operates" for r in rels(x))
    x = extractor.extract_text("浙江省大数据发展管理局是“浙里办”主管部门。")
    assert ("supervises", "浙江省大数据发展管理局", "浙里办") in rels(x)


def test_districts_verbs_and_speech_are_not_bodies(extractor):
    x = extractor.extract_text("上海国际金融中心建设加快推进，北京城市副中心建设提速。省市场监管局依法查处相关企业。")
    assert all_names(x, "Agency") == {"省市场监管局"}
    x = extractor.extract_text("他表示：“下一步，福建省数字办将加快推进数据共享。”市民服务中心是市政务服务管理局下属的事业单位。")
    assert {"福建省数字办", "市民服务中心"} <= all_names(x, "Agency")


def test_slogans_beside_apps_or_described_are_no_platforms(extractor):
    x = extractor.extract_text("依托“浙里办”“浙政钉”“最多跑一次”改革推进。打造“一站式”服务平台。推进“皖事通”“跨省通办”。")
    assert all_names(x, "Platform") == {"浙里办", "浙政钉", "皖事通"}
    x = extractor.extract_text("“最多跑一次”已覆盖全省，服务网注册用户达3000万。“一件事一次办”是企业群众办事的重要平台。")
    assert all_names(x, "Platform") == set()


def test_only_the_body_right_before_cheng_li_yu_is_founded(extractor):
    x = extractor.extract_text("某公司与省大数据局签订合作协议，该公司成立于2015年6月1日。")
    assert x.dates == ()


def test_another_app_a_platform_launches_is_not_its_part(extractor):
    x = extractor.extract_text("“粤省事”用户突破1亿，近日新上线的“粤商通”系统广受欢迎。")
    assert not any(r[0] == "partOf" for r in rels(x))


def test_a_place_that_acts_after_a_comma_still_issues(extractor):
    x = extractor.extract_text("近年来，天津市高度重视数字政府建设，先后出台《天津市数字政府建设规划》。")
    assert ("issuedBy", "天津市数字政府建设规划", "天津市") in rels(x)


def test_cooperation_after_a_time_word_and_one_counted_platform(extractor):
    x = extractor.extract_text("省大数据局牵头，近日会同省财政厅出台办法。")
    assert ("cooperatesWith", "省大数据局", "省财政厅") in rels(x)
    x = extractor.extract_text("建成一套城市运行管理服务平台。")
    assert "城市运行管理服务平台" in all_names(x, "Platform")


def test_first_place_written_as_bangshou_and_complaints_counted_in_qi(extractor):
    x = extractor.extract_text("结果显示江苏位居榜首。江西省政务服务办近期接听800多起群众咨询投诉电话。首批试点于今年启动。")
    assert {("江苏省", 1.0), ("江西省政务服务办", 800.0)} <= metrics(x)
    assert len(x.metrics) == 2


def test_a_platform_named_only_inside_its_centre_s_name_is_a_platform(extractor):
    x = extractor.extract_text("深圳12345政务服务便民热线受理中心获评先进集体。政府网站管理中心负责全国政府网站的监管。")
    assert "深圳12345政务服务便民热线" in all_names(x, "Platform")
    assert "政府网站" not in all_names(x, "Platform")


def test_a_body_named_without_its_city_after_it_was_named_with_it(extractor):
    x = extractor.extract_text("苏州高新区行政审批局对微信公众平台进行升级改造。这是高新区行政审批局推出的又一新举措。")
    assert len([e for e in x.entities if e.type == "Agency"]) == 1
