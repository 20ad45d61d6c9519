"""Kinds of wording found on a third set of real articles (20 more, annotated apart from the code
and scored before anyone read them).

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import rels
from .test_extract_wording import all_names, dates, metrics


# -- figures --------------------------------------------------------------------------------

def test_a_number_spaced_from_its_multiplier_and_unit_is_one_figure(extractor):
    # text converted from PDF or Word often puts a space between a number and its unit
    x = extractor.extract_text("湖南省今年完成12.6 万项政务服务事项的标准化梳理。湖南省政务服务平台已接入53 个市级自建系统。")
    assert ("湖南省", 126000.0) in metrics(x)
    assert ("湖南省政务服务平台", 53.0) in metrics(x)


# -- documents -------------------------------------------------------------------------------

def test_agreements_memoranda_and_procedures_in_title_marks_are_documents(extractor):
    x = extractor.extract_text("甲市政务服务中心与乙县行政审批局签订《政务服务协同办理协议》，"
                               "两地还共同起草了《数据互认合作备忘录》和《窗口服务操作规程》。")
    assert {"政务服务协同办理协议", "数据互认合作备忘录", "窗口服务操作规程"} <= all_names(x, "Policy")


def test_a_work_summary_in_title_marks_is_a_report(extractor):
    x = extractor.extract_text("会上印发了《滁州市数据资源局2023年工作总结》。")
    assert "滁州市数据资源局2023年工作总结" in all_names(x, "Report")


# -- a platform's branch for one place -----------------------------------------------------------

def test_a_platform_s_branch_for_a_county_serves_the_county_and_is_part_of_the_platform(extractor):
    x = extractor.extract_text("安徽政务服务网已覆盖全省。本月在安徽政务服务网宿松分厅新上线事项120个。")
    assert "安徽政务服务网宿松分厅" in all_names(x, "Platform")
    assert "宿松县" in all_names(x, "Region")
    found = rels(x)
    assert ("serves", "安徽政务服务网宿松分厅", "宿松县") in found
    assert ("partOf", "安徽政务服务网宿松分厅", "安徽政务服务网") in found
    assert ("serves", "安徽政务服务网宿松分厅", "安徽省") not in found    # the county's branch, not the province's
    assert ("安徽政务服务网宿松分厅", 120.0) in metrics(x)


def test_a_branch_named_only_as_a_branch_still_gives_its_platform(extractor):
    x = extractor.extract_text("办事群众可登录甘肃政务服务网天水子站查询办件进度。")
    assert {"甘肃政务服务网天水子站", "甘肃政务服务网"} <= all_names(x, "Platform")
    assert ("partOf", "甘肃政务服务网天水子站", "甘肃政务服务网") in rels(x)
    assert ("serves", "甘肃政务服务网天水子站", "天水市") in rels(x)


def test_a_zone_named_after_its_city_is_not_the_city(extractor):
    x = extractor.extract_text("西安市数据局指导建设了陕西政务服务网西安高新区分站。")
    assert not any(r[0] == "serves" and r[2] == "西安市" for r in rels(x))


def test_a_data_sharing_hub_is_a_platform_but_a_core_hub_is_not(extractor):
    x = extractor.extract_text("我省建成省级政务数据共享枢纽，成为全国数据流通的核心枢纽。")
    platforms = all_names(x, "Platform")
    assert any(name.endswith("政务数据共享枢纽") for name in platforms)
    assert "核心枢纽" not in platforms


# -- ways of working are not platforms ------------------------------------------------------------

def test_a_quoted_way_of_working_near_a_platform_word_is_no_platform(extractor):
    x = extractor.extract_text("两地在平台上线“跨省通办”事项80项。县里深化“高效办成一件事”改革，“高效办成一件事”窗口全面开通。"
                               "县行政审批局组织培训20场。")
    platforms = all_names(x, "Platform")
    assert "跨省通办" not in platforms and "高效办成一件事" not in platforms
    assert not any(subject in ("跨省通办", "高效办成一件事") for subject, _ in metrics(x))


def test_a_brand_joined_to_a_way_of_working_is_still_a_platform(extractor):
    x = extractor.extract_text("“跨省通办·西北通办”专区上线以来，累计办件3万件。")
    assert any("西北通办" in name for name in all_names(x, "Platform"))


# -- ratings and ranks --------------------------------------------------------------------------

def test_places_that_enter_a_report_s_category_are_rated_by_it(extractor):
    x = extractor.extract_text("某研究院发布《2024城市数字服务评估报告》。报告把城市分为四类。"
                               "在省会城市中，长沙市、南昌市进入“引领型”类。")
    found = rels(x)
    assert ("evaluates", "2024城市数字服务评估报告", "长沙市") in found
    assert ("evaluates", "2024城市数字服务评估报告", "南昌市") in found


def test_ranks_in_brackets_after_each_place_and_first_of_a_counted_field(extractor):
    x = extractor.extract_text("总分上看，绵阳排名200个城市首位，之后是德阳（第3）、宜宾（第7）和南充(第12)。")
    found = metrics(x)
    assert {("绵阳市", 1.0), ("德阳市", 3.0), ("宜宾市", 7.0), ("南充市", 12.0)} <= found
    assert ("绵阳市", 200.0) not in found


# -- guidance -----------------------------------------------------------------------------------

def test_the_body_a_sentence_is_about_is_guided_by_the_one_it_works_under(extractor):
    x = extractor.extract_text("过去五年，县数据资源局坚持以新发展理念为指导，在市数据资源局的指导下，全面完成年度任务。")
    found = rels(x)
    assert ("supervises", "市数据资源局", "县数据资源局") in found
    assert ("supervises", "县数据资源局", "市数据资源局") not in found


def test_counts_of_a_report_s_groups_among_the_places_it_rates_are_the_report_s(extractor):
    x = extractor.extract_text("某大学发布《2023县域数字治理评估报告》。评估结果显示，全国区县中，“领先”类56个；"
                               "“追赶”类410个。")
    found = metrics(x)
    assert {("2023县域数字治理评估报告", 56.0), ("2023县域数字治理评估报告", 410.0)} <= found


def test_a_platform_named_only_inside_another_name_serves_the_place_its_name_gives(extractor):
    x = extractor.extract_text("群众可以通过青海政务服务网海东子站查询办件进度。")
    assert ("serves", "青海政务服务网", "青海省") in rels(x)
    x = extractor.extract_text("记者走进成都12345政府服务热线受理中心。")
    assert ("serves", "成都12345政府服务热线", "成都市") in rels(x)


def test_a_catalogue_and_a_system_joined_by_and_are_two_things(extractor):
    x = extractor.extract_text("依托资源目录和人口信息共享交换系统，全市完成数据归集。")
    assert not any(name.startswith("资源目录和") for name in all_names(x, "Platform"))


# -- dates -------------------------------------------------------------------------------------

def test_an_agreement_is_dated_the_day_it_is_signed(extractor):
    x = extractor.extract_text("2020年6月18日，宜春市大数据局和萍乡市政务服务中心签署《两市政务数据互通合作备忘录》。")
    assert ("两市政务数据互通合作备忘录", "issueDate", "2020-06-18") in dates(x)


def test_a_date_line_under_a_transmittal_whose_signer_was_lost_dates_the_document(extractor):
    x = extractor.extract_text("各县区人民政府：\n现将《宜春市政务服务事项管理办法》印发给你们，请认真贯彻执行。\n2024年3月6日\n")
    assert dates(x) == {("宜春市政务服务事项管理办法", "issueDate", "2024-03-06")}


def test_a_signature_date_in_chinese_numerals(extractor):
    x = extractor.extract_text("现将《宜春市数据开放实施细则》印发给你们，请遵照执行。\n宜春市人民政府办公室\n二〇二一年十月九日\n")
    assert ("宜春市数据开放实施细则", "issueDate", "2021-10-09") in dates(x)
    assert ("issuedBy", "宜春市数据开放实施细则", "宜春市人民政府办公室") in rels(x)


# -- one body, two names ---------------------------------------------------------------------------

def test_a_body_written_once_with_its_province_and_once_without_is_one(extractor):
    x = extractor.extract_text("湖北省襄阳市数据局召开会议。会上，襄阳市数据局介绍了工作进展。")
    bodies = [e for e in x.entities if e.type == "Agency"]
    assert len(bodies) == 1, [e.name for e in bodies]
    assert {"湖北省襄阳市数据局", "襄阳市数据局"} <= {bodies[0].name, *bodies[0].aliases}


# -- hotline centres, stores on an app, brands with a province's abbreviation --------------------------

def test_a_hotline_centre_is_a_body_that_runs_its_hotline(extractor):
    x = extractor.extract_text("3月1日，嘉兴市12345政务服务热线中心挂牌。整合后的12345政务服务热线由市12345政务服务热线中心统一接听。")
    assert "嘉兴市12345政务服务热线中心" in all_names(x, "Agency")
    hotlines = [e for e in x.entities if e.type == "Platform" and "12345" in e.name]
    assert len(hotlines) == 1, [e.name for e in hotlines]
    assert ("operates", "嘉兴市12345政务服务热线中心", hotlines[0].name) in rels(x)


def test_a_quoted_app_s_store_is_part_of_the_app(extractor):
    x = extractor.extract_text("“苏服办”旗舰店月访问量突破50万。")
    assert ("partOf", "苏服办旗舰店", "苏服办") in rels(x)
    assert ("苏服办旗舰店", 500000.0) in metrics(x)


def test_a_four_character_brand_opening_on_a_province_s_abbreviation_is_an_app(extractor):
    x = extractor.extract_text("全力推进“皖事通办”，持续深化“川渝通办”。")
    platforms = all_names(x, "Platform")
    assert "皖事通办" in platforms
    assert "川渝通办" not in platforms


# -- counts of what was just listed ------------------------------------------------------------------

def test_places_listed_and_then_counted_are_counted_things_not_the_subject(extractor):
    x = extractor.extract_text("泰安市肥城市、宁阳县、东平县、泰山景区3个县（市、区）列入首批试点。")
    found = metrics(x)
    assert ("泰安市", 3.0) in found
    assert not any(subject in ("东平县", "宁阳县", "肥城市") for subject, _ in found)


def test_places_listed_with_and_then_counted_belong_to_the_report_counting_them(extractor):
    x = extractor.extract_text("某研究院发布《2022省级网上服务评估报告》。指数非常高的有广东、上海和北京3个省级政府。")
    assert ("2022省级网上服务评估报告", 3.0) in metrics(x)
    assert not any(subject in ("北京市", "上海市") for subject, _ in metrics(x))


def test_titles_listed_and_then_counted_give_no_figure_of_the_last_title(extractor):
    x = extractor.extract_text("市数据资源局发布《窗口服务规范》和《办件评价规程》2项地方标准。")
    assert not any(subject == "办件评价规程" for subject, _ in metrics(x))


def test_systems_counted_before_the_platform_they_connect_to_are_its_figure(extractor):
    x = extractor.extract_text("市级42个、区级87个业务系统与市一体化平台完成对接。")
    found = metrics(x)
    assert {v for s, v in found if s.endswith("一体化平台")} >= {42.0, 87.0}


# -- ranks written for several places at once ------------------------------------------------------

def test_places_named_after_their_rank(extractor):
    x = extractor.extract_text("在省会城市网站中，第一名是南宁市，第三名是昆明市和西宁市。")
    assert {("南宁市", 1.0), ("昆明市", 3.0), ("西宁市", 3.0)} <= metrics(x)


def test_places_tied_for_a_rank_and_the_score_they_share(extractor):
    x = extractor.extract_text("江西、湖南并列制度建设排名第二位，得分均为8.5分；吉林、辽宁并列第四。")
    found = metrics(x)
    assert {("江西省", 2.0), ("湖南省", 2.0), ("江西省", 8.5), ("湖南省", 8.5), ("吉林省", 4.0), ("辽宁省", 4.0)} <= found
    assert ("吉林省", 8.5) not in found


def test_places_ranked_in_turn(extractor):
    x = extractor.extract_text("云南位列全国第一名，贵州、四川分列第二、三名。西藏位居数据开放第一位。第二至四位依次为：青海、宁夏、甘肃。")
    assert {("云南省", 1.0), ("贵州省", 2.0), ("四川省", 3.0), ("西藏自治区", 1.0),
            ("青海省", 2.0), ("宁夏回族自治区", 3.0), ("甘肃省", 4.0)} <= metrics(x)


def test_a_tier_is_no_rank(extractor):
    x = extractor.extract_text("省级层面，江苏、山东位列“领先型”第一梯队。")
    assert not metrics(x)


def test_places_a_report_ranks_are_rated_by_it(extractor):
    x = extractor.extract_text("某研究院发布《2021省级数据开放评估报告》。其中，第一名是海南省，云南、广西并列第二。")
    found = rels(x)
    for place in ("海南省", "云南省", "广西壮族自治区"):
        assert ("evaluates", "2021省级数据开放评估报告", place) in found


def test_old_style_variant_characters_a_scraped_page_carries_are_simplified(extractor):
    x = extractor.extract_text("陜西省政務大數據局負責全省衞生健康數據的歸集，靑海省同步推進。")
    assert {"陕西省", "青海省"} <= all_names(x, "Region")
    assert "陕西省政务大数据局" in all_names(x, "Agency")
    assert "卫生" in x.document.text


def test_calls_and_scores_are_units(extractor):
    x = extractor.extract_text("各区热线转接成功应答中，东胜区2272通，达拉特旗343通。评估中福建得分9分，位列第五。")
    found = metrics(x)
    assert {("东胜区", 2272.0), ("达拉特旗", 343.0), ("福建省", 9.0)} <= found


def test_service_hours_are_no_figure(extractor):
    x = extractor.extract_text("“渝快办”提供7×24小时不打烊服务，全年365天在线。")
    assert not metrics(x)


def test_the_news_agency_of_a_dateline_is_no_subject_of_figures(extractor):
    x = extractor.extract_text("新华社银川6月2日电 目前已累计办件8万余件。")
    assert not any(subject == "新华通讯社" for subject, _ in metrics(x))


def test_the_hotlines_of_every_district_are_no_one_platform(extractor):
    x = extractor.extract_text("市热线转接各旗区长热线成功应答共1200通，各市州12345政务服务热线同步升级。")
    platforms = all_names(x, "Platform")
    assert not any(name.startswith(("旗区", "区长")) for name in platforms)
    assert any(name.endswith("12345政务服务热线") for name in platforms)


def test_government_clients_and_running_systems_are_generic_words(extractor):
    x = extractor.extract_text("全国70个大中城市的政务客户端数量共计514个。其中县市已建设运行系统8个。")
    platforms = all_names(x, "Platform")
    assert "政务客户端" not in platforms and "运行系统" not in platforms


def test_a_platform_s_end_app_is_part_of_it(extractor):
    x = extractor.extract_text("云南政务服务网上线以来，云南政务服务网审批端APP和云南政务服务网移动端APP同步启用。")
    found = rels(x)
    assert ("partOf", "云南政务服务网审批端APP", "云南政务服务网") in found
    assert ("partOf", "云南政务服务网移动端APP", "云南政务服务网") in found


def test_the_university_or_academy_opening_a_centre_s_name_has_its_node(extractor):
    x = extractor.extract_text("复旦大学数字与移动治理实验室发布了报告。中国社会科学院信息化研究中心主办了论坛。")
    assert "复旦大学" in all_names(x, "Organization")
    assert "中国社会科学院" in all_names(x, "Agency")


def test_figures_given_respectively_go_to_the_names_in_order(extractor):
    x = extractor.extract_text("评估显示，南京、苏州、无锡三市综合得分分别为91.2分、90.5分和88.7分。")
    assert {("南京市", 91.2), ("苏州市", 90.5), ("无锡市", 88.7)} <= metrics(x)


def test_an_online_service_hall_with_its_place_and_level_word_is_one_platform(extractor):
    x = extractor.extract_text("2016年5月10日，云南省级网上办事大厅上线运行。昆明网上办事大厅同步开通。")
    platforms = all_names(x, "Platform")
    assert {"云南省级网上办事大厅", "昆明网上办事大厅"} <= platforms
    assert ("云南省级网上办事大厅", "launchDate", "2016-05-10") in dates(x)


# -- ranking tables flattened into lines ------------------------------------------------------------

def test_a_ranking_table_flattened_into_lines_gives_each_row_s_rank_and_figures(extractor):
    x = extractor.extract_text("某研究中心发布了《2021城市数字服务评估报告》。\n"
                               "2021城市数字服务排行榜\n排名 城市 总体指数\n1 厦门 95.12\n2 济南 93.40\n"
                               "2 苏州开发区 93.40\n4 兰州 88.05\n注：指数满分100。")
    found = metrics(x)
    assert {("厦门市", 1.0), ("厦门市", 95.12), ("济南市", 2.0), ("济南市", 93.4), ("兰州市", 4.0), ("兰州市", 88.05)} <= found
    assert ("苏州市", 2.0) not in found      # a row whose name is not the place's own
    assert ("evaluates", "2021城市数字服务评估报告", "兰州市") in rels(x)


def test_numbered_lines_without_a_ranking_header_are_no_table(extractor):
    x = extractor.extract_text("工作安排\n1 推进 数据共享\n2 深化 一网通办")
    assert not metrics(x)


# -- issuers and ministries ---------------------------------------------------------------------------

def test_two_issuers_glued_in_a_scraped_title_are_two_bodies(extractor):
    x = extractor.extract_text("根据《中共江西省委员会江西省人民政府关于推进数字政府建设的意见》，制定本方案。")
    found = rels(x)
    title = "中共江西省委员会江西省人民政府关于推进数字政府建设的意见"
    assert ("issuedBy", title, "中共江西省委员会") in found
    assert ("issuedBy", title, "江西省人民政府") in found


def test_ministries_short_names(extractor):
    x = extractor.extract_text("税务总局、应急部和交通部的网站均被评为优秀。")
    assert {"国家税务总局", "应急管理部", "交通运输部"} <= all_names(x, "Agency")


def test_a_party_committee_is_its_place_s_and_an_autonomous_region_s_short_name_names_it(extractor):
    x = extractor.extract_text("中共宁夏回族自治区委员会办公厅印发通知，加快建设宁夏数字政务服务平台。")
    found = rels(x)
    assert ("jurisdiction", "中共宁夏回族自治区委员会办公厅", "宁夏回族自治区") in found
    assert ("serves", "宁夏数字政务服务平台", "宁夏回族自治区") in found


def test_a_second_name_in_brackets_is_the_same_body_and_cooperates_with_what_follows(extractor):
    x = extractor.extract_text("由中央党校(国家行政学院)、贵州省人民政府共同主办的数字政府论坛在贵阳举行。"
                               "市发展改革委（市大数据发展局）负责政务云的统筹。")
    bodies = {e.name: e for e in x.entities if e.type == "Agency"}
    assert not any(name == "国家行政学院" for name in bodies)
    assert any("国家行政学院" in e.aliases for e in bodies.values())
    assert any("市大数据发展局" in e.aliases for e in bodies.values())
    assert any(r[0] == "cooperatesWith" and "贵州省人民政府" in r[1:] for r in rels(x))


# -- what the review of this round found the new rules must not do ------------------------------------

def test_words_starting_with_dian_or_xun_after_a_body_are_no_dateline(extractor):
    x = extractor.extract_text("市政务服务中心开通电话预约服务，全年受理预约事项4.1万件。")
    assert ("市政务服务中心", 41000.0) in metrics(x)


def test_a_city_s_transport_department_is_not_the_ministry(extractor):
    x = extractor.extract_text("市数据局会同交通部门、应急部门建立数据共享机制，市交通部门日均服务群众2万人次。")
    agencies = all_names(x, "Agency")
    assert "交通运输部" not in agencies and "应急管理部" not in agencies


def test_first_time_first_quarter_and_a_third_party_are_no_ranks(extractor):
    x = extractor.extract_text("确保辖区居民第一时间获取信息，城乡居民第一季度参保，居委会第一书记参与第三方评价。")
    assert not any(v in (1.0, 3.0) for _, v in metrics(x))


def test_clock_times_deductions_and_scales_are_no_scores(extractor):
    x = extractor.extract_text("市政务服务中心每天8时30分开始取号。考核实行100分制，丽水市被扣2分。")
    values = {v for _, v in metrics(x)}
    assert not values & {30.0, 100.0, 2.0}


def test_a_forwarded_document_is_not_dated_by_the_forwarding_notice(extractor):
    x = extractor.extract_text("现将《国务院办公厅关于加快推进电子证照应用的意见》转发给你们，请认真贯彻执行。\n2024年4月9日\n")
    assert not x.dates


def test_a_numbered_list_is_no_ranking_table(extractor):
    x = extractor.extract_text("首批试点单位名单\n序号 单位名称\n1 温州市\n2 台州市\n")
    assert not metrics(x)


def test_tied_in_a_tier_or_a_batch_is_no_rank(extractor):
    x = extractor.extract_text("杭州市、宁波市并列进入数字政府第一梯队，两市并列获评第二批典型案例。")
    assert not metrics(x)


def test_a_notice_telling_others_to_work_under_guidance_is_not_guided(extractor):
    x = extractor.extract_text("市政府办公室印发通知，要求各县（市、区）在市数据局的指导下开展自查。")
    assert not any(r[0] == "supervises" for r in rels(x))


def test_a_body_working_under_guidance_right_after_its_name(extractor):
    x = extractor.extract_text("县行政审批局在市行政审批局的指导下，推进“一业一证”改革。")
    assert ("supervises", "市行政审批局", "县行政审批局") in rels(x)


def test_a_month_or_working_days_after_two_bodies_is_no_count_of_them(extractor):
    x = extractor.extract_text("市数据局和市公安局3个月内完成数据治理，累计清洗数据900万条。")
    assert any(v == 9000000.0 for _, v in metrics(x))


def test_one_title_with_its_number_of_measures_keeps_the_figure(extractor):
    x = extractor.extract_text("省政府出台《数字经济高质量发展若干措施》20条。")
    assert ("数字经济高质量发展若干措施", 20.0) in metrics(x)


def test_a_plan_period_in_quotes_is_no_report_s_category(extractor):
    x = extractor.extract_text("某研究院发布《2022城市数字服务评估报告》。同月，宁波市列入“十四五”数字政府建设重点城市。")
    assert not any(r[0] == "evaluates" for r in rels(x))


def test_university_students_and_a_university_town_give_no_university(extractor):
    x = extractor.extract_text("杭州市大学生创业服务中心和广州大学城管委会联合举办培训。")
    assert not (all_names(x, "Organization") & {"杭州市大学", "广州大学"})


def test_money_joined_to_a_platform_is_not_its_count(extractor):
    x = extractor.extract_text("总投资2.3亿元的城市大脑二期项目接入市一体化智能化公共数据平台。")
    assert not metrics(x)


def test_a_department_s_branch_on_a_platform_is_no_county(extractor):
    x = extractor.extract_text("湖北政务服务网公安分厅上线户籍、出入境等高频事项。")
    assert "公安县" not in all_names(x, "Region")


def test_figures_given_in_turn_for_years_or_indicators_are_not_split_over_bodies(extractor):
    x = extractor.extract_text("在市数据局和市公安局的推动下，全市网上办理率和即办率分别达到95%和70%。")
    assert not (("市公安局", 0.7) in metrics(x))


# -- the fourth set: ranks in runs, and the State Council before 2018 --------------------------------

def test_the_top_places_and_a_run_of_places_with_ties_written_with_a_slash(extractor):
    x = extractor.extract_text("部门网站评估中，前三名是科技部、民政部、商务部。四至七名是农业部、水利部/公安部、国土资源部、财政部。")
    found = metrics(x)
    assert {("科学技术部", 1.0), ("民政部", 2.0), ("商务部", 3.0), ("农业部", 4.0), ("水利部", 5.0),
            ("公安部", 5.0), ("国土资源部", 6.0), ("财政部", 7.0)} <= found


def test_state_council_bodies_before_the_2018_reform(extractor):
    x = extractor.extract_text("质检总局、工商总局、安全监管总局和环保部联合印发通知。")
    assert {"国家质量监督检验检疫总局", "国家工商行政管理总局", "国家安全生产监督管理总局", "环境保护部"} <= all_names(x, "Agency")


def test_some_websites_and_a_physical_hall_name_no_platform(extractor):
    x = extractor.extract_text("抽查发现个别政府网站存在突出问题。群众可到实体政务大厅办理。")
    assert not all_names(x, "Platform")


def test_a_bare_hotline_opening_a_clause_is_the_hotline_last_named(extractor):
    x = extractor.extract_text("我市全面推进12345政务服务便民热线提质增效。2024年，热线累计接听群众来电21.3万通，工单办结率98.2%。")
    found = metrics(x)
    hotline = next(e.name for e in x.entities if e.type == "Platform" and e.name.endswith("热线"))
    assert {(hotline, 213000.0), (hotline, 0.982)} <= found


def test_numbers_written_as_hong_kong_and_macau_write_them(extractor):
    x = extractor.extract_text("“澳门一户通”APP推出以来，超过七点二万人透过“澳门一户通”办理，占整体办理量五成八。")
    assert {("澳门一户通", 72000.0), ("澳门一户通", 0.58)} <= metrics(x)


def test_the_verb_banli_before_a_platform_is_not_part_of_its_name(extractor):
    x = extractor.extract_text("本月市12345热线中心共办理省长热线平台转办20件。")
    assert not any(name.startswith("办理") for name in all_names(x, "Platform"))


# -- close variants the review listed ---------------------------------------------------------------------

def test_ranks_in_turn_with_a_scope_or_after_respectively(extractor):
    found = metrics(extractor.extract_text("嘉兴、湖州分列全省第一、第二位。"))
    assert {("嘉兴市", 1.0), ("湖州市", 2.0)} <= found
    found = metrics(extractor.extract_text("江苏、山东分别位列第二、三名。"))
    assert {("江苏省", 2.0), ("山东省", 3.0)} <= found and ("山东省", 2.0) not in found
    found = metrics(extractor.extract_text("常州市和镇江市的事项数分别是1500项、1300项，分别位列全省第一、第二。"))
    assert {("常州市", 1.0), ("镇江市", 2.0)} <= found


def test_places_counted_before_a_shared_rank_or_all_ranked_alike(extractor):
    assert {("福州市", 1.0), ("厦门市", 1.0)} <= metrics(extractor.extract_text("福州、厦门两市并列第一。"))
    assert {("太原市", 3.0), ("大同市", 3.0)} <= metrics(extractor.extract_text("太原、大同均位列第三。"))


def test_a_hotline_s_call_centre_is_a_body(extractor):
    x = extractor.extract_text("县12345热线话务中心日均接听来电3000通。")
    assert any(name.endswith("热线话务中心") for name in all_names(x, "Agency"))


def test_a_numeral_decimal_with_a_unit_word_after_the_point_does_not_break_extraction(extractor):
    # garbled or odd text: 十/百/千 after 点 are no decimal digits; the article is still extracted
    x = extractor.extract_text("“粤省事”平台服务超过三点十万人次，另有七点百万次访问，占比十成九。")
    assert "粤省事" in all_names(x, "Platform")
