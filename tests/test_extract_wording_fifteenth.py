"""Kinds of wording found in a fifteenth round of real pages (the fourteenth round's unread sets: digests
of several regions' work, city and county plans, bureaus' yearly summaries, website reports,
data-sharing news), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording import dates
from .test_extract_wording_thirteenth import figures


# -- 全县 before a quoted word is still the page's place ------------------------------------------------

def test_the_whole_county_before_a_quoted_word_carries_the_figure(extractor):
    x = extractor.extract_text("永胜县政务服务工作情况\n今年以来，永胜县深化改革。全县“零跑腿”事项达到1081项，占比99.91%。")
    assert figures(x).get(1081) == "永胜县"


def test_the_whole_city_before_its_quoted_hotline_number_does_not(extractor):
    x = extractor.extract_text("平安市12345热线工作情况\n2023年，全市“12345”累计受理诉求148万件，办结率98.36%。")
    assert figures(x).get(1480000) != "平安市"


# -- a platform named by what it does to what (数据汇聚共享平台, 指挥调度信息平台) --------------------------

def test_a_verb_inside_a_platforms_name_after_its_noun(extractor):
    x = extractor.extract_text("平安省公共数据汇聚共享平台已接入42个部门的数据。")
    assert "平安省公共数据汇聚共享平台" in names(x, "Platform")


def test_a_verb_after_a_quoted_name_or_a_hotline_number_stays_in_the_name(extractor):
    x = extractor.extract_text("全市建成“百千万工程”指挥调度信息平台，接入省12345指挥监管平台。")
    assert "“百千万工程”指挥调度信息平台" in names(x, "Platform") or "百千万工程指挥调度信息平台" in names(x, "Platform")
    assert "省12345指挥监管平台" in names(x, "Platform")


def test_the_sentences_verb_does_not_open_a_platforms_name(extractor):
    x = extractor.extract_text("该中心今年受理有效热线3200件，并融合现有政务云平台资源。")
    assert not any(n.startswith(("受理", "融合")) for n in names(x, "Platform"))


# -- hotlines named by their bare numbers, merged into the 12345 line --------------------------------

def test_listed_hotline_numbers_are_platforms(extractor):
    x = extractor.extract_text("平安市12345热线将12328、12329、12315、12319等42条热线化零为整，并连通110等紧急热线。")
    assert {"12328", "12329", "12315", "12319", "110"} <= names(x, "Platform")


def test_numbers_that_count_are_no_hotlines(extractor):
    x = extractor.extract_text("热线全年受理110件求助，12319件咨询，接通率99%。")
    assert not {"110", "12319"} & names(x, "Platform")


def test_a_lone_number_with_no_list_is_no_hotline(extractor):
    x = extractor.extract_text("热线工作人员拨打12333了解情况。")
    assert "12333" not in names(x, "Platform")


def test_merged_lines_are_integrated_with_the_12345_line_of_the_sentence(extractor):
    x = extractor.extract_text("平安市12345热线整合了12315、12319等热线。")
    assert ("integratesWith", "平安市12345热线", "12315") in rels(x)
    assert ("integratesWith", "平安市12345热线", "12319") in rels(x)


def test_merged_lines_are_integrated_with_the_pages_12345_line(extractor):
    x = extractor.extract_text("平安市12345政务服务便民热线年度工作情况\n"
                               "平安市12345政务服务便民热线全年运行平稳。\n"
                               "热线受理覆盖面由原来只有1条服务专线，发展到目前涵盖了12333、12315等37条热线。")
    assert ("integratesWith", "平安市12345政务服务便民热线", "12333") in rels(x)


def test_listed_lines_are_no_subject_of_the_count_nor_the_next_sentences_topic(extractor):
    x = extractor.extract_text("平安市12345便民服务平台自2012年运行以来，共整合12319、12350等15条热线，实现一号对外。"
                               "今年以来，已受理诉求19万件，群众满意率99.4%。")
    found = figures(x)
    assert found.get(15) in (None, "平安市12345便民服务平台")
    assert found.get(190000) == "平安市12345便民服务平台"


def test_lines_in_brackets_before_deng_are_examples_of_the_count(extractor):
    x = extractor.extract_text("将工商（12315、12331）、环境保护（12369）、城管（96310）、人力社保（12333）等6条热线整合到政务服务热线。")
    assert figures(x).get(6) not in ("12333", "96310", "12369")


# -- a yearly report's title under a site's channel line, or spaced before its year; its bulleted date ------

def test_a_yearly_reports_title_under_a_sites_channel_names_the_report(extractor):
    x = extractor.extract_text("无障碍浏览\n政府信息公开\n\n正镶白旗2021年政府信息公开工作年度报告\n\n"
                               "来源:正镶白旗 发布日期:2022年01月20日\n\n一、总体情况\n2021年，全旗主动公开信息800条。")
    assert "正镶白旗2021年政府信息公开工作年度报告" in names(x, "Report")
    assert ("正镶白旗2021年政府信息公开工作年度报告", "publicationDate", "2022-01-20") in dates(x)


def test_a_space_before_the_year_does_not_split_a_reports_title(extractor):
    x = extractor.extract_text("宜兴市大数据管理局 2024年政府信息公开工作年度报告\n发布时间:2025-01-10 09:30\n"
                               "一、总体情况\n2024年，市大数据管理局主动公开信息93条。")
    assert "宜兴市大数据管理局2024年政府信息公开工作年度报告" in names(x, "Report")
    assert ("publishedBy", "宜兴市大数据管理局2024年政府信息公开工作年度报告", "宜兴市大数据管理局") in rels(x)


def test_a_bulleted_date_under_the_title_dates_the_report(extractor):
    x = extractor.extract_text("江门市政务服务数据管理局2022年政府信息公开工作年度报告\n  • 2023-01-16 15:36\n"
                               "  • 来源:江门市政务服务数据管理局\n\n一、总体情况\n2022年，我局主动公开信息120条。")
    assert ("江门市政务服务数据管理局2022年政府信息公开工作年度报告", "publicationDate", "2023-01-16") in dates(x)



# -- a signature whose signer we cannot name still dates the policy it hands out ------------------------

def test_a_signer_named_by_its_level_word_still_dates_the_policy(extractor):
    x = extractor.extract_text("各地级以上市人民政府，省政府各部门：\n"
                               "《湖南省数字政府建设2023年工作要点》已经省人民政府同意，现印发给你们，请认真贯彻执行。"
                               "执行中遇到的问题，请径向省政务服务数据管理局反映。\n省政府办公厅\n2023年3月8日")
    assert ("湖南省数字政府建设2023年工作要点", "issueDate", "2023-03-08") in dates(x)


def test_a_signer_acting_for_a_group_signs_and_dates(extractor):
    x = extractor.extract_text("《广西壮族自治区政务数据共享工作方案》已经自治区人民政府同意，现印发给你们，请认真贯彻落实。\n"
                               "数字广西建设领导小组办公室（代）\n2023年8月16日")
    assert ("广西壮族自治区政务数据共享工作方案", "issueDate", "2023-08-16") in dates(x)
    assert ("issuedBy", "广西壮族自治区政务数据共享工作方案", "数字广西建设领导小组办公室") in rels(x)


def test_a_body_line_and_a_date_with_no_notice_above_date_nothing(extractor):
    x = extractor.extract_text("《某某工作方案》明确了全年任务。\n省政府办公厅\n2023年3月8日")
    assert not dates(x)


# -- one 12345 line named by its place and number alone, or by its level word ------------------------------

def test_a_line_named_by_its_place_and_number_alone_is_the_line(extractor):
    x = extractor.extract_text("宜春市12345政务服务便民热线5月共受理群众诉求38455件。宜春12345不断优化服务流程。")
    assert "宜春12345" not in names(x, "Platform")


def test_a_lines_account_named_by_place_and_number_stays_apart(extractor):
    x = extractor.extract_text("太原市12345政务服务热线全年受理诉求120万件。群众也可关注太原12345服务号反映诉求。")
    assert any(n.startswith("太原12345") for n in names(x, "Platform"))
    assert "太原市12345政务服务热线" in names(x, "Platform")


def test_a_line_named_by_its_level_word_is_the_one_provinces_line(extractor):
    x = extractor.extract_text("河北省12345政府服务热线于2021年开通。省级12345政府服务热线全年受理诉求800万件。")
    assert "省级12345政府服务热线" not in names(x, "Platform")
    assert figures(x).get(8000000) == "河北省12345政府服务热线"


def test_a_level_named_line_stays_apart_when_two_provinces_lines_are_named(extractor):
    x = extractor.extract_text("河北省12345政府服务热线与山西省12345政务服务便民热线签订协议。省级12345热线将加强协作。")
    assert {"河北省12345政府服务热线", "山西省12345政务服务便民热线"} <= names(x, "Platform")
    assert "省级12345热线" in names(x, "Platform")


# -- a body named by its level word, the full name writing its city before its district ----------------------

def test_a_level_named_body_is_the_full_one_written_with_its_city(extractor):
    x = extractor.extract_text("无锡市滨湖区数据局2024年政府信息公开工作年度报告\n一、总体情况\n2024年，区数据局坚持依法公开。")
    assert "区数据局" not in names(x, "Agency")
    assert "无锡市滨湖区数据局" in names(x, "Agency")


def test_a_level_named_body_joins_one_body_written_with_more_of_its_places(extractor):
    x = extractor.extract_text("上海市青浦区政务服务办公室牵头推进改革。青浦区政务服务办公室印发工作要点。区政务服务办负责统筹。")
    assert not names(x, "Agency") & {"区政务服务办", "青浦区政务服务办公室"}


# -- one government's website named several ways ------------------------------------------------------------

def test_one_governments_site_named_two_ways_is_one_platform(extractor):
    x = extractor.extract_text("四川省人民政府网开设专栏。四川省政府网站全年发布信息1.2万条。")
    sites = {n for n in names(x, "Platform") if n.startswith("四川省")}
    assert len(sites) == 1


def test_two_governments_sites_stay_two(extractor):
    x = extractor.extract_text("四川省人民政府网和成都市人民政府网站同步开设专栏。")
    assert {"四川省人民政府网", "成都市人民政府网站"} <= names(x, "Platform")


def test_a_joint_the_model_glues_to_a_name_is_not_the_names(extractor):
    x = extractor.extract_text("四川省人民政府网和成都市人民政府网站同步开设专栏。")
    assert not any(n.endswith("和") or "和成都" in n for n in names(x))


# -- a report's own title spaced before 年度报告, a bulletin's spaced title, a report citing itself -----------

def test_a_space_before_the_reports_kind_does_not_split_its_title(extractor):
    x = extractor.extract_text("舟山市数据局2024年度政府信息公开工作 年度报告\n一、总体情况\n2024年，市数据局主动公开信息300条。")
    assert "舟山市数据局2024年度政府信息公开工作年度报告" in names(x, "Report")


def test_a_bulletin_opening_on_its_period_may_be_spaced(extractor):
    x = extractor.extract_text("归档时间:2024-04-01\n2023年1月份12345公众热线和县长信箱 运行办理情况通报\n"
                               "来源:湘乡市热线办   2023-02-20 09:25\n一、工作动态\n1月份共受理诉求1200件。")
    assert "2023年1月份12345公众热线和县长信箱运行办理情况通报" in names(x, "Report")


def test_a_report_naming_itself_for_short_is_its_authors_account(extractor):
    x = extractor.extract_text("眉山市同城化发展工作局2022年政府信息公开工作年度报告（以下简称年报）是根据《条例》要求编制的。\n"
                               "一、总体情况\n本年度，主动公开各类政府信息180余条。")
    assert "眉山市同城化发展工作局2022年政府信息公开工作年度报告" in names(x, "Report")
    assert figures(x).get(180) == "眉山市同城化发展工作局"


# -- the places a platform's name writes under its opening place ----------------------------------------------

def test_the_places_a_platforms_name_writes_under_its_province_are_named(extractor):
    x = extractor.extract_text("福建省三明市涉税信息交换平台初次应用仅两个月。")
    assert {"福建省", "三明市"} <= names(x, "Region")
    assert ("partOf", "三明市", "福建省") in rels(x)


def test_a_county_written_after_its_citys_short_name_is_named(extractor):
    x = extractor.extract_text("成都彭州市政府网站全年发布信息1.2万条。")
    assert "彭州市" in names(x, "Region")


# -- a body that issued a document or told the news does not build what the document plans ------------------

def test_a_body_issuing_a_plan_does_not_operate_what_the_plan_builds(extractor):
    x = extractor.extract_text("日前，芜湖市政府办公室印发《芜湖市加快建设新一代政务云行动计划》，提出搭建芜湖市“一朵政务云”。")
    assert not any(r[0] == "operates" and r[1] == "芜湖市政府办公室" for r in rels(x))


def test_a_body_the_news_came_from_does_not_operate_what_the_news_tells(extractor):
    x = extractor.extract_text("记者从江苏省政务服务管理办公室获悉，江苏将按照存量维持、增量统建的原则建设全省政务“一朵云”。")
    assert not any(r[0] == "operates" and r[1] == "江苏省政务服务管理办公室" for r in rels(x))


def test_a_body_that_builds_still_operates(extractor):
    x = extractor.extract_text("芜湖市数据资源管理局建设了芜湖市政务云平台。")
    assert ("operates", "芜湖市数据资源管理局", "芜湖市政务云平台") in rels(x)


# -- what was newly added is counted (新增下线749家), a net change is not ---------------------------------------

def test_a_count_of_what_was_newly_added_is_a_figure(extractor):
    x = extractor.extract_text("浙江省政府网站集约化工作情况\n我省第三季度新增下线749家政府网站。")
    assert figures(x).get(749) == "浙江省"


def test_a_net_increase_is_still_no_figure(extractor):
    x = extractor.extract_text("浙江省政务服务网注册用户净增120万人。")
    assert 1200000 not in figures(x)


# -- first place written 居全国之首, 位居全国各城市首位, 获全省考评第一 ----------------------------------------------

def test_first_place_among_what_the_ranking_covers(extractor):
    found = figures(extractor.extract_text("福州市政务信息资源目录位居全国各城市首位。"))
    assert found.get(1) == "福州市"
    assert figures(extractor.extract_text("南京市办事指南准确度指数居全国之首。")).get(1) == "南京市"


def test_first_in_a_provinces_assessment(extractor):
    x = extractor.extract_text("亳州市“互联网+政务服务”工作连续2年获全省考评第一。")
    assert figures(x).get(1) == "亳州市"


def test_a_bare_ju_before_shou_is_no_rank(extractor):
    x = extractor.extract_text("南京市居民首先要登录“我的南京”APP。")
    assert 1 not in figures(x)


def test_places_listed_then_ranked_in_turn_with_fenbie(extractor):
    x = extractor.extract_text("在总指数排名中，成都、西安和长沙分别位列前三名。")
    found = {(x.entity(m.subject).name, m.value) for m in x.metrics if m.unit == "名"}
    assert {("成都市", 1.0), ("西安市", 2.0), ("长沙市", 3.0)} <= found


# -- a data exchange, a promotion society named by the model are organizations ------------------

def test_data_exchanges_and_societies_are_organizations(extractor):
    for text, name in (("深圳数据交易所正式揭牌运营。", "深圳数据交易所"),
                       ("青岛大数据发展促进会正式成立。", "青岛大数据发展促进会")):
        assert name in names(extractor.extract_text(text), "Organization"), text


# -- a platform named with and without its kind word or channel ------------------------------------------------

def test_a_platform_with_and_without_its_kind_word_is_one(extractor):
    x = extractor.extract_text("“天府市民云”上线服务200项。天府市民云平台注册用户达600万。")
    assert len({n for n in names(x, "Platform") if n.startswith("天府市民云")}) == 1


def test_a_generic_word_and_its_mini_program_stay_apart(extractor):
    x = extractor.extract_text("市民可在微信中搜索“惠企通”，也可通过微信小程序办理。")
    assert not any(n.startswith("微信") for n in names(x, "Platform")) or "微信小程序" in names(x, "Platform")


# -- what the round's review found: cases the rules above must not take -----------------------------------------

def test_counts_written_with_spaces_or_listed_with_a_unit_are_no_hotlines(extractor):
    x = extractor.extract_text("12345热线全年受理来电 12319 件，办结 12308 件，办结率99.9%。")
    assert not {"12319", "12308"} & names(x, "Platform")
    x = extractor.extract_text("平安县12345热线2020年至2023年分别受理群众诉求12306、12318、12377、12390件。")
    assert not {"12318", "12377"} & names(x, "Platform")


def test_lines_not_yet_merged_or_put_under_review_are_not_integrated(extractor):
    head = "平安市12345热线运行情况\n平安市12345热线全年运行平稳。"
    for text in ("目前，12358、12365等热线尚未并入市12345热线。",
                 "市政府将12315、12369等热线办理情况纳入部门绩效考核。"):
        x = extractor.extract_text(head + text)
        assert not any(r[0] == "integratesWith" for r in rels(x)), text


def test_lines_merged_into_a_named_platform_are_its(extractor):
    x = extractor.extract_text("平安市12345热线运行情况\n平安市12345热线全年运行平稳。"
                               "国家市场监管总局将12315、12365、12331等热线整合为全国12315平台。")
    found = {r for r in rels(x) if r[0] == "integratesWith"}
    assert ("integratesWith", "全国12315平台", "12365") in found
    assert not any(r[1] == "平安市12345热线" for r in found)


def test_lines_taken_in_with_jieru_and_a_count_in_words(extractor):
    x = extractor.extract_text("平安市12345热线新增接入12315、12319等8条热线。")
    assert {("integratesWith", "平安市12345热线", "12315"), ("integratesWith", "平安市12345热线", "12319")} <= rels(x)
    assert not any(r[1] in ("12315", "12319") for r in rels(x))
    x = extractor.extract_text("平安市把12319、12318、12369三条热线整合在12345平台。")
    assert {"12319", "12318", "12369"} <= names(x, "Platform")


def test_a_number_and_its_hotline_name_are_one_line(extractor):
    x = extractor.extract_text("平安市12345热线整合了12315、12319等热线。今年以来，12315热线受理投诉3.2万件。")
    assert "12315热线" not in names(x, "Platform")


def test_people_and_scope_words_are_not_inside_a_platforms_name(extractor):
    for text in ("窗口人员受理业务系统推送的工单3200件。", "社区工作者登记系统中的居民信息，共完成录入3万条。",
                 "各部门数据汇聚省级政务数据共享平台。"):
        assert not any(n.startswith(("窗口人员", "社区工作者", "数据汇聚")) for n in names(extractor.extract_text(text))), text


def test_a_special_line_and_regional_or_county_level_lines_stay_apart(extractor):
    x = extractor.extract_text("宜春市12345政务服务便民热线全年受理诉求46万件。宜春12345营商环境专线受理企业诉求8000件。")
    assert figures(x).get(8000) != "宜春市12345政务服务便民热线"
    x = extractor.extract_text("上城区12345热线全年受理诉求12万件。区域12345热线联动机制不断完善。")
    assert "区域12345热线" in names(x, "Platform")
    x = extractor.extract_text("赣州市12345热线运行情况\n赣州市12345热线全年受理诉求80万件，于都县12345热线受理诉求5万件。"
                               "下一步，将指导县级12345热线全部归并到市级平台。")
    assert "县级12345热线" in names(x, "Platform")


def test_a_channel_label_is_not_glued_to_a_reports_title(extractor):
    x = extractor.extract_text("信息公开年报 2023年政府信息公开工作年度报告\n发布时间:2024-01-15\n一、总体情况\n2023年，我局主动公开信息300条。")
    assert not any(n.startswith("信息公开年报") for n in names(x, "Report"))


def test_a_dated_link_under_a_title_does_not_date_it(extractor):
    x = extractor.extract_text("鄞州区数据局2024年工作总结\n  • 2025-01-16 15:36 关于印发鄞州区数据局2025年工作要点的通知\n"
                               "一、工作成效\n2024年，我局建成数据平台。")
    assert not dates(x)


def test_a_body_that_issued_a_policy_and_builds_still_operates(extractor):
    for text in ("芜湖市数据资源管理局制定了数据管理办法，并建成芜湖市公共数据平台。",
                 "芜湖市数据资源管理局在新闻发布会上介绍，该局已建成芜湖市一体化政务服务平台。"):
        assert any(r[0] == "operates" and r[1] == "芜湖市数据资源管理局" for r in rels(extractor.extract_text(text))), text
    x = extractor.extract_text("记者从芜湖市数据资源管理局了解到，该局牵头建设的芜湖市城市大脑已接入数据50亿条。")
    assert any(r[1] == "芜湖市数据资源管理局" and r[0] in ("coordinates", "operates") for r in rels(x))


def test_a_rate_newly_up_some_points_is_a_change(extractor):
    x = extractor.extract_text("“浙里办”网上办事率新增5个百分点，达到92%。")
    assert 5 not in figures(x) and figures(x).get(0.92) == "浙里办"


def test_the_first_to_be_chosen_is_no_first_place(extractor):
    x = extractor.extract_text("宁波市位列长三角首家数据要素市场试点城市名单。")
    assert 1 not in figures(x)


def test_lines_named_by_number_and_purpose_completing_their_merger_join_the_pages_line(extractor):
    x = extractor.extract_text("平安市12345政务服务便民热线运行情况\n"
                               "加快热线短号整合归并，96119火灾隐患举报热线、12333劳动监察维权热线于6月完成整合。")
    assert ("integratesWith", "平安市12345政务服务便民热线", "12333劳动监察维权热线") in rels(x)
    x = extractor.extract_text("平安市12345热线运行情况\n平安市12345热线全年运行平稳。12315消费者投诉举报热线共接听来电8459人次。")
    assert not any(r[0] == "integratesWith" for r in rels(x))


# -- what the second review found ------------------------------------------------------------------------------

def test_a_public_resources_exchange_and_a_party_schools_think_tank_stay_agencies(extractor):
    x = extractor.extract_text("近日，贵州省公共资源交易所与省大数据局召开座谈会，推进交易数据共享。")
    assert "贵州省公共资源交易所" not in names(x, "Organization")
    x = extractor.extract_text("中共浙江省委党校智库发布《数字政府建设评估报告》。")
    assert not any(n.endswith("智库") for n in names(x, "Organization"))


def test_an_evaluator_telling_figures_does_not_take_them(extractor):
    x = extractor.extract_text("零点有数科技发布报告显示，市民对政务服务满意度达92%。")
    assert figures(x).get(0.92) != "零点有数"


def test_a_hotline_and_its_website_stay_two(extractor):
    x = extractor.extract_text("北京12345全年受理诉求2000万件。北京12345网站全年收到网民留言50万条。")
    assert {"北京12345", "北京12345网站"} <= names(x, "Platform")


def test_lines_taken_in_with_a_space_a_count_in_words_or_a_link_up(extractor):
    x = extractor.extract_text("市12345热线整合了 12319、12329、12315 等热线，实现一号对外。")
    assert ("integratesWith", "市12345热线", "12315") in rels(x)
    x = extractor.extract_text("市12345热线全年受理来电120万件，接入12319、12329、12358三条热线。")
    assert ("integratesWith", "市12345热线", "12358") in rels(x)
    x = extractor.extract_text("平安市12345热线运行情况\n目前，12319、12329等热线已完成与平安市12345热线的双向对接。")
    assert ("integratesWith", "平安市12345热线", "12329") in rels(x)


def test_lines_under_review_or_merged_by_a_body_are_not_the_pages_lines(extractor):
    head = "平安市12345热线运行情况\n平安市12345热线全年运行平稳。"
    for text in ("我市已将12319、12329等热线纳入12345热线考核范围。",
                 "市城管局整合12319、96310等热线资源，成立城市管理服务中心。"):
        assert not any(r[0] == "integratesWith" and r[1] == "平安市12345热线" for r in rels(extractor.extract_text(head + text))), text


def test_a_quoted_service_mode_after_quanshi_is_the_citys_figure(extractor):
    x = extractor.extract_text("襄阳市政务服务工作情况\n今年以来，襄阳市深化改革。全市“就近办”网点达到520个。")
    assert figures(x).get(520) == "襄阳市"


def test_a_system_named_for_the_people_it_serves_keeps_their_word(extractor):
    x = extractor.extract_text("市卫健委建成从业人员登记备案系统，完成登记3.2万人。")
    assert "从业人员登记备案系统" in names(x, "Platform")


def test_a_place_line_doing_business_for_firms_is_still_the_line(extractor):
    x = extractor.extract_text("海安12345受理企业诉求3000件，办结率98%。")
    assert "海安12345" in names(x, "Platform")


def test_a_provinces_level_named_line_joins_it_on_a_citys_page(extractor):
    x = extractor.extract_text("石家庄市持续优化热线服务。河北省12345政务服务便民热线全年受理来电500万件，"
                               "省级12345热线平台整合各类热线90条。石家庄市12345热线受理来电80万件。")
    assert "省级12345热线平台" not in names(x, "Platform")


def test_a_towns_report_spaced_before_its_year_is_named(extractor):
    x = extractor.extract_text("上海市青浦区华新镇 2023年政府信息公开工作年度报告\n发布时间:2024-01-18\n一、总体情况\n"
                               "2023年，华新镇主动公开信息120条。")
    assert "上海市青浦区华新镇2023年政府信息公开工作年度报告" in names(x, "Report")


def test_a_lone_date_with_page_facts_after_it_still_dates_the_report(extractor):
    x = extractor.extract_text("武侯区数据局2023年政府信息公开工作年度报告\n• 2024-01-18 15:36 来源：区数据局 分类：年度报告\n"
                               "一、总体情况\n2023年，我局主动公开信息120条。")
    assert ("武侯区数据局2023年政府信息公开工作年度报告", "publicationDate", "2024-01-18") in dates(x)


def test_a_plan_issued_without_title_marks_or_news_told_after_a_colon_is_no_act(extractor):
    for text in ("市数据局出台公共数据管理办法，提出建设公共数据开放平台。",
                 "记者从市大数据局获悉：全市将建设统一的城市运行管理平台。"):
        assert not any(r[0] in ("operates", "coordinates") for r in rels(extractor.extract_text(text))), text


def test_a_rate_of_newly_handled_cases_is_a_level(extractor):
    x = extractor.extract_text("襄阳市“鄂汇办”新增办件好评率99.9%。")
    assert 0.999 in figures(x)


def test_one_lines_own_upgrade_is_no_merger_and_a_numbered_hub_keeps_its_lines(extractor):
    for text in ("12333劳动保障咨询热线于3月完成整合升级，全面实现智能语音服务。",
                 "96310电梯应急处置热线于今年完成整合，接入市场监管局指挥中心。"):
        x = extractor.extract_text("平安市12345热线运行情况\n平安市12345热线全年运行平稳。" + text)
        assert not any(r[0] == "integratesWith" and r[1] == "平安市12345热线" for r in rels(x)), text
    x = extractor.extract_text("12315消费者投诉举报热线整合了12358、12365等热线。")
    assert ("integratesWith", "12315消费者投诉举报热线", "12358") in rels(x)
    x = extractor.extract_text("市12345热线平台已接入96116供水服务热线、95598供电服务热线等公共服务热线。")
    assert not any(r[1] in ("96116供水服务热线", "95598供电服务热线") for r in rels(x))
# -- 政务服务平台 and 政务服务网 alone are kinds, not one place's platform ------------------------------------------

def test_a_bare_government_service_platform_is_a_kind(extractor):
    x = extractor.extract_text("建立和完善全市统一的政务服务平台和数据共享平台。")
    assert "政务服务平台" not in names(x, "Platform")
    x = extractor.extract_text("目前，浙江政务服务网已提供服务事项3000项。")
    assert "浙江政务服务网" in names(x, "Platform")


def test_a_site_named_with_and_without_its_site_word_is_one(extractor):
    x = extractor.extract_text("“数字衢州”平台累计服务群众300万人次。数字衢州网站全年发布信息1.2万条。")
    assert len({n for n in names(x, "Platform") if n.startswith("数字衢州")}) == 1


def test_a_known_evaluator_is_an_organization(extractor):
    x = extractor.extract_text("零点有数发布《中国城市政务服务发展报告》。")
    assert "零点有数" in names(x, "Organization")
