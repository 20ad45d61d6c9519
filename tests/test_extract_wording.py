"""Kinds of wording that real articles use and tidy ones do not: one test per kind.

Every sentence here is written for the tests (none is copied from an article);
each shows one kind of wording the extractor must read in any article.
"""
from __future__ import annotations

from govkg.loaders.pipeline import to_eval_json

from .test_extract import names, rels


def all_names(x, type_=None):
    return {n for e in x.entities if type_ in (None, e.type) for n in (e.name,) + e.aliases}


def inferred(x):
    by_key = {e.key: e.name for e in x.entities}
    return {(r.type, by_key[r.head], by_key[r.tail]) for r in x.relations if r.inferred}


# -- the document's own place -------------------------------------------------------

def test_whole_province_platform_takes_the_article_s_province(extractor):
    x = extractor.extract_text(
        "甘肃省数据局加快数字政府建设。截至目前，全省一体化政务服务平台已接入省直部门。\n"
        "甘肃省各地持续推进政务服务标准化。")
    assert "甘肃省一体化政务服务平台" in names(x, "Platform")
    assert ("serves", "甘肃省一体化政务服务平台", "甘肃省") in rels(x)


def test_unqualified_city_agency_takes_the_article_s_city(extractor):
    x = extractor.extract_text(
        "绍兴市推进城市治理数字化。绍兴市越城区上线新平台。市公安局负责平台的数据对接。")
    assert "绍兴市公安局" in names(x, "Agency")
    assert ("jurisdiction", "绍兴市公安局", "绍兴市") in inferred(x)


def test_round_up_of_many_provinces_has_no_home_region(extractor):
    x = extractor.extract_text("江西省、湖南省、贵州省相继上线政务服务平台。省数据局负责统筹数据资源。")
    assert "省数据局" in names(x, "Agency")     # no one province dominates: not given to any


# -- places below the county ---------------------------------------------------------

def test_towns_and_villages_are_places_under_their_county(extractor):
    x = extractor.extract_text("在宜宾市翠屏区李庄镇高桥村，村民通过手机办理社保业务。")
    found = rels(x)
    assert ("partOf", "宜宾市翠屏区李庄镇", "翠屏区") in found
    assert ("partOf", "宜宾市翠屏区李庄镇高桥村", "宜宾市翠屏区李庄镇") in found
    assert {"李庄镇", "高桥村"} <= all_names(x, "Region")


def test_region_hierarchy_from_the_gazetteer_when_both_are_named(extractor):
    x = extractor.extract_text("湖北省持续优化营商环境。襄阳市上线了新的企业服务专区。")
    assert ("partOf", "襄阳市", "湖北省") in inferred(x)


# -- official documents --------------------------------------------------------------

NOTICE = """各市人民政府，省政府各部门：
《青海省公共数据开放实施方案》已经省政府同意，现印发给你们，请认真贯彻执行。
青海省人民政府办公厅
青海省大数据局
2022年3月9日
"""


def test_signature_block_issues_the_policy_and_dates_it(extractor):
    x = extractor.extract_text(NOTICE)
    found = inferred(x)
    assert ("issuedBy", "青海省公共数据开放实施方案", "青海省人民政府办公厅") in found
    assert ("issuedBy", "青海省公共数据开放实施方案", "青海省大数据局") in found
    dates = {(x.entity(d.subject).name, d.property, d.value) for d in x.dates}
    assert ("青海省公共数据开放实施方案", "issueDate", "2022-03-09") in dates


def test_a_date_line_without_signers_signs_nothing(extractor):
    x = extractor.extract_text("《宁夏数字政府建设方案》正式印发。\n2022年3月9日\n")
    assert not [r for r in x.relations if r.rule == "signature"]


def test_joint_title_names_each_issuer(extractor):
    x = extractor.extract_text("各地认真落实《中共中央办公厅 国务院办公厅关于推进基层治理数字化的意见》。")
    found = rels(x)
    title = "中共中央办公厅 国务院办公厅关于推进基层治理数字化的意见"
    assert ("issuedBy", title, "中共中央办公厅") in found
    assert ("issuedBy", title, "国务院办公厅") in found


def test_central_bodies_outside_the_name_pattern_are_agencies(extractor):
    x = extractor.extract_text("国家数据局会同中国人民银行、金融监管总局、中国科学院院属各单位开展试点。")
    assert {"国家数据局", "中国人民银行", "国家金融监督管理总局", "中国科学院"} <= names(x, "Agency")
    assert "中国科学院院" not in all_names(x)
    assert "金融监管总局" in all_names(x, "Agency")


def test_news_agencies_are_organizations(extractor):
    x = extractor.extract_text("省政务服务管理办公室与新华通讯社河北分社联合发布《数字政府案例集》。")
    assert "新华通讯社河北分社" in names(x, "Organization")


def test_eval_json_keeps_the_text_form_as_an_alias(extractor):
    out = to_eval_json(extractor.extract_text("科技部印发《科技数据管理办法》。"))
    ministry = next(e for e in out["entities"] if e["type"] == "Agency")
    assert ministry["name"] == "科学技术部" and "科技部" in ministry["aliases"]


# -- statistics ------------------------------------------------------------------------

def metrics(x):
    return {(x.entity(m.subject).name, m.value) for m in x.metrics}


def test_every_figure_of_a_sentence_is_read(extractor):
    x = extractor.extract_text("“赣服通”今年新增注册用户120.5万人，累计达到2310.6万人，上线3500多项服务、96种电子证照。")
    assert {("赣服通", 23106000.0), ("赣服通", 3500.0), ("赣服通", 96.0)} <= metrics(x)
    assert ("赣服通", 1205000.0) in metrics(x)   # 新增: a count of the new (annotators give it), beside the total


def test_approximate_and_chinese_numerals(extractor):
    x = extractor.extract_text("“蒙速办”注册用户突破一千万，汇聚数据800多亿条，事项网办率超九成。")
    assert {("蒙速办", 10000000.0), ("蒙速办", 80000000000.0), ("蒙速办", 0.9)} <= metrics(x)


def test_a_change_records_the_level_reached(extractor):
    x = extractor.extract_text("“渝快办”平台存储容量从20TB增长到860TB。")
    assert ("渝快办", 860.0) in metrics(x) and ("渝快办", 20.0) not in metrics(x)


def test_rankings_are_metrics_in_places(extractor):
    x = extractor.extract_text("评估结果显示，江苏位列全国第一名，山东、福建分列第二至三名。排名第一的江苏省继续领先。")
    found = {(x.entity(m.subject).name, m.value, m.unit) for m in x.metrics}
    assert {("江苏省", 1.0, "名"), ("山东省", 2.0, "名"), ("福建省", 3.0, "名")} <= found


def test_the_figure_belongs_to_the_name_in_its_own_clause(extractor):
    x = extractor.extract_text("《2023年数字乡村发展报告》数据显示，截至2023年6月，我国农村网民规模达3.01亿。")
    assert ("中国", 301000000.0) in metrics(x)
    assert not [m for m in x.metrics if x.entity(m.subject).type == "Report"]


def test_whole_province_figures_belong_to_the_article_s_province(extractor):
    x = extractor.extract_text("山西省持续深化“一网通办”改革。截至目前，全省政务服务事项网上可办率为98%。")
    assert ("山西省", 0.98) in metrics(x)


def test_declared_short_name_without_quotes(extractor):
    x = extractor.extract_text("2005年，市里建设了泉州市政务信息资源网(简称泉信网，即政务专网)。泉信网共连接120多个单位。")
    assert ("泉州市政务信息资源网", 120.0) in metrics(x)


def test_descriptor_after_a_quoted_platform_is_the_same_platform(extractor):
    x = extractor.extract_text("“闽政通”移动政务服务平台实名用户超过4000万。")
    assert "闽政通" in names(x, "Platform") and len(names(x, "Platform")) == 1
    assert ("闽政通", 40000000.0) in metrics(x)


# -- dates -------------------------------------------------------------------------------

def dates(x):
    return {(x.entity(d.subject).name, d.property, d.value) for d in x.dates}


def test_launch_verb_after_a_long_clause(extractor):
    x = extractor.extract_text("2021年3月1日，由江苏省政务服务管理办公室建设的首个全省统一的政务服务小程序“苏服办”正式上线。")
    assert ("苏服办", "launchDate", "2021-03-01") in dates(x)


def test_a_date_without_its_year_takes_the_dateline_s_year(extractor):
    x = extractor.extract_text("发布时间：2022-05-20\n5月18日，山东省大数据局发布了《山东省数字政府建设白皮书》。")
    assert ("山东省数字政府建设白皮书", "publicationDate", "2022-05-18") in dates(x)


def test_a_title_s_year_is_not_the_date_s_year(extractor):
    x = extractor.extract_text("2023年，广西开展试点。4月2日，广西壮族自治区人民政府办公厅印发《2022年广西数字政府考核办法》。")
    assert ("2022年广西数字政府考核办法", "issueDate", "2023-04-02") in dates(x)


def test_a_date_without_its_year_is_not_dated_before_the_year_its_title_names(extractor):
    x = extractor.extract_text("2021年，广西开展试点。4月2日，广西壮族自治区人民政府办公厅印发《2023年广西数字政府工作要点》。"
                               "2023年4月9日，广西壮族自治区人民政府办公厅印发《2023年广西数据工作要点》。")
    assert not any(title == "2023年广西数字政府工作要点" for title, _, _ in dates(x))
    assert ("2023年广西数据工作要点", "issueDate", "2023-04-09") in dates(x)


def test_a_sentence_on_the_event_takes_the_date_the_last_one_gave_it(extractor):
    x = extractor.extract_text("更新时间：2022-09-03\n9月1日，第三届数字政府建设峰会在成都举行。"
                               "峰会上，四川省大数据中心发布了《四川省数字政府发展报告》。")
    assert ("四川省数字政府发展报告", "publicationDate", "2022-09-01") in dates(x)


def test_an_event_sentence_without_a_dated_event_before_it_takes_no_date(extractor):
    x = extractor.extract_text("9月1日，四川省大数据中心召开了工作会。"
                               "2022年，第三届数字政府建设峰会在成都举行。峰会上，四川省大数据中心发布了《四川省数字政府发展报告》。")
    assert not any(title == "四川省数字政府发展报告" for title, _, _ in dates(x))


def test_agencies_are_founded_not_launched(extractor):
    x = extractor.extract_text("2024年1月5日，江西省数据局正式挂牌成立。")
    assert ("江西省数据局", "launchDate", "2024-01-05") in dates(x)


def test_quoted_platform_named_after_the_country_keeps_its_name(extractor):
    x = extractor.extract_text("国务院办公厅主办的“中国政务服务平台”小程序正式上线。")
    assert "中国政务服务平台" in names(x, "Platform") and "中国" not in names(x, "Platform")


# -- relations -------------------------------------------------------------------------

def test_based_on_a_policy_carried_out_by_a_new_one(extractor):
    x = extractor.extract_text(
        "《贵州省数据流通交易管理办法》\n为深入贯彻《国务院关于加强数字政府建设的指导意见》精神，结合我省实际，制定本办法。")
    assert ("basedOn", "贵州省数据流通交易管理办法", "国务院关于加强数字政府建设的指导意见") in rels(x)


def test_carrying_out_a_policy_alone_makes_no_basis(extractor):
    x = extractor.extract_text("海南省大数据管理局认真落实《海南省公共数据管理办法》，推进《海南省数据开放指南》编制。")
    assert not [r for r in x.relations if r.type == "basedOn"]


def test_ranked_places_after_the_report_s_clause_are_evaluated(extractor):
    x = extractor.extract_text("国家信息中心公布了《城市数字政府评估报告》，杭州、深圳、成都稳居全国前三。")
    found = rels(x)
    for city in ("杭州市", "深圳市", "成都市"):
        assert ("evaluates", "城市数字政府评估报告", city) in found


def test_a_following_sentence_of_ranks_is_the_report_s(extractor):
    x = extractor.extract_text("《省级数字政府指数报告》显示，江苏位列全国第一。山东、福建分列第二至三名。")
    found = rels(x)
    assert ("evaluates", "省级数字政府指数报告", "山东省") in found and ("evaluates", "省级数字政府指数报告", "福建省") in found


def test_this_case_refers_to_the_platform(extractor):
    x = extractor.extract_text("湖南持续打造“湘易办”品牌。该案例入选《数字政府典型案例集》。")
    assert ("features", "数字政府典型案例集", "湘易办") in rels(x)


def test_an_app_uploading_to_a_platform_integrates_with_it(extractor):
    x = extractor.extract_text("网格员打开“i绍兴”APP拍照，将问题上传至绍兴市基层治理综合信息平台。")
    assert ("integratesWith", "i绍兴", "绍兴市基层治理综合信息平台") in rels(x)


def test_the_next_clause_s_subject_is_no_object(extractor):
    x = extractor.extract_text("“闽政通”与“皖事通”实现数据互通，“赣服通”成为首个跨省数据互通的平台。")
    found = rels(x)
    assert ("sharesDataWith", "闽政通", "皖事通") in found | {(t, b, a) for t, a, b in found}
    assert not any(r[0] == "sharesDataWith" and "赣服通" in r for r in found)


def test_verb_rules_are_a_data_file_a_user_can_extend(tmp_path):
    from govkg.loaders.resources import DATA, load_resources

    for f in DATA.iterdir():
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    rules = tmp_path / "verb_rules.tsv"
    rules.write_text(rules.read_text(encoding="utf-8") + "hosts\toperates\tAgency\tPlatform\thead-first\t0.7\t(托管)\n",
                     encoding="utf-8")
    from govkg.loaders.pipeline import Extractor

    x = Extractor(load_resources(tmp_path)).extract_text("云南省大数据中心托管“云南省政务云”平台。")
    assert ("operates", "云南省大数据中心", "云南省政务云平台") in rels(x) or any(
        r.rule == "hosts" for r in x.relations)
    rules.write_text(rules.read_text(encoding="utf-8") + "broken\toperates\tAgency\tPlatform\thead-first\tx\t(\n",
                     encoding="utf-8")
    import pytest
    with pytest.raises(ValueError, match=r"verb_rules.tsv, rule \d+ \('broken'\)"):
        load_resources(tmp_path).verb_rules


def test_a_user_s_data_folder_may_hold_only_the_files_it_changes(tmp_path):
    """A folder copied before govkg added a data file (region_words.tsv) still loads: what it
    lacks comes from govkg's own files, what it has is its own."""
    from govkg.loaders.pipeline import Extractor
    from govkg.loaders.resources import DATA, load_resources

    (tmp_path / "region_words.tsv").write_text("name\tmeaning\n城区\turban area\n", encoding="utf-8")
    resources = load_resources(tmp_path)
    assert resources.region_words == {"城区"}                       # the folder's own file
    assert len(resources.verb_rules) == len(load_resources(DATA).verb_rules)   # govkg's, the folder has none
    x = Extractor(resources).extract_text("办事界面区别于其他城区。阳泉市城区政务服务中心开放。")
    assert ("partOf", "城区", "阳泉市") in rels(x)


# -- names ---------------------------------------------------------------------------------

def test_a_department_named_without_its_place_names_nobody(extractor):
    x = extractor.extract_text("各省、自治区交通运输厅、卫生健康委、医保局要加强配合。")
    assert not names(x, "Agency")


def test_a_bare_department_name_ending_one_full_name_is_that_body(extractor):
    x = extractor.extract_text("安徽省数据资源管理局发布通知。数据资源管理局将加快平台建设。")
    assert names(x, "Agency") == {"安徽省数据资源管理局"}


def test_country_name_opening_another_name_is_no_place(extractor):
    x = extractor.extract_text("会议以中国特色数字治理为主题，在中国国际数字经济博览会期间举行。")
    assert "中国" not in names(x, "Region")
    assert "中国" in names(extractor.extract_text("中国的数字政府建设成效显著。"), "Region")


def test_variant_characters_of_place_names(extractor):
    x = extractor.extract_text("遼甯省數據局正式掛牌。")
    assert "辽宁省数据局" in names(x, "Agency") and "辽宁省" in names(x, "Region")


def test_a_heading_opening_with_a_company_is_no_place(extractor):
    x = extractor.extract_text("阿里云助力数字政府建设\n全省政务服务事项网上可办率达到95%。")
    assert not any(e.region_code and e.region_code.startswith("54") for e in x.entities)


def test_autonomous_region_departments_take_the_article_s_region(extractor):
    x = extractor.extract_text("广西壮族自治区持续推进数字广西建设。广西壮族自治区政府印发方案，自治区大数据发展局负责统筹实施。")
    assert "广西壮族自治区大数据发展局" in names(x, "Agency")


def test_a_mobile_end_is_a_platform_of_its_own_part_of_its_platform(extractor):
    x = extractor.extract_text("“赣服通”上线以来，“赣服通”移动端应用服务达320个。")
    assert "赣服通移动端" in names(x, "Platform")
    assert ("partOf", "赣服通移动端", "赣服通") in rels(x)


def test_a_branch_of_a_known_app(extractor):
    x = extractor.extract_text("南昌市东湖区行政审批局上线赣服通·东湖旗舰店，聚合86项事项。")
    assert "赣服通·东湖旗舰店" in names(x, "Platform")
    found = rels(x)
    assert ("partOf", "赣服通·东湖旗舰店", "赣服通") in found
    assert ("operates", "南昌市东湖区行政审批局", "赣服通·东湖旗舰店") in found


def test_quoted_names_with_plus_and_platform_words(extractor):
    x = extractor.extract_text("江苏建设“互联网+监管”系统，“苏政云”云平台由省大数据管理中心运维。")
    assert "互联网+监管系统" in all_names(x, "Platform")
    assert "苏政云云平台" in all_names(x, "Platform")


def test_a_description_before_a_quoted_name_is_that_platform(extractor):
    x = extractor.extract_text("我省建设了全省一体化政务服务平台“陇政通”，实现全程网办。")
    platforms = [e for e in x.entities if e.type == "Platform"]
    assert len(platforms) == 1 and platforms[0].name == "陇政通"


def test_declared_short_name_and_its_other_name(extractor):
    x = extractor.extract_text("市里建成了泉州市政务信息资源网(简称泉信网，即政务专网)。政务专网连接120多个单位。")
    assert {"泉信网", "政务专网"} <= all_names(x, "Platform")
    assert len([e for e in x.entities if e.type == "Platform"]) == 1


def test_a_verb_used_as_a_noun_relates_nothing(extractor):
    x = extractor.extract_text("依据国家政务服务平台总体架构和对接标准规范，推动“蒙速办”建设。")
    assert not [r for r in x.relations if r.type == "integratesWith"]


def test_a_provincial_platform_integrates_into_the_national_hub(extractor):
    x = extractor.extract_text("全面提升宁夏回族自治区一体化政务服务平台建设水平，实现与国家政务服务平台融合对接。")
    assert ("integratesWith", "国家政务服务平台", "宁夏回族自治区一体化政务服务平台") in rels(x)


def test_service_as_a_noun_is_no_serving(extractor):
    x = extractor.extract_text("“皖事通”集成500项便民服务，同时与上海、江苏等地推进跨省通办。")
    assert not [r for r in x.relations if r.type == "serves" and r.rule == "serves"]


def test_institutions_of_the_place_in_context(extractor):
    x = extractor.extract_text("泉州市推进政务信息化。市信息技术服务中心负责该网络的建设和运行维护。")
    assert "泉州市信息技术服务中心" in names(x, "Agency")


def test_divisions_inside_an_agency(extractor):
    x = extractor.extract_text("长沙市岳麓区行政审批局数据管理科工作人员介绍了新系统。")
    assert "长沙市岳麓区行政审批局数据管理科" in names(x, "Agency")
    assert ("jurisdiction", "长沙市岳麓区行政审批局数据管理科", "岳麓区") in rels(x)


def test_county_agency_found_by_its_full_county_name(extractor):
    x = extractor.extract_text("岳麓区行政审批局上线了新的服务专区。")
    assert "岳麓区行政审批局" in names(x, "Agency")


def test_university_research_centres_are_organizations(extractor):
    x = extractor.extract_text("复旦大学数字治理研究中心发布《中国地方政府数据开放报告》。")
    assert "复旦大学数字治理研究中心" in names(x, "Organization")
    assert "复旦大学数字治理研究中心" not in names(x, "Agency")


def test_descriptions_are_not_platform_names(extractor):
    x = extractor.extract_text("实现新版审批系统与15个部门的多审批系统对接，整合双平台和主要业务子系统。")
    assert not ({"多审批系统", "双平台", "主要业务子系统"} & names(x, "Platform"))


def test_city_management_departments_and_management_committees(extractor):
    x = extractor.extract_text("盐城市城市管理部门联合雄安新区管委会开展试点。")
    assert {"盐城市城市管理部门", "雄安新区管委会"} <= names(x, "Agency")


def test_examples_before_deng_are_not_what_a_figure_measures(extractor):
    x = extractor.extract_text("“赣服通”已接入省公安厅、省人力资源社会保障厅等52个省直部门的2100余项服务。")
    subjects = {x.entity(m.subject).name for m in x.metrics}
    assert subjects == {"赣服通"}


def test_whole_province_words_are_a_fallback_subject(extractor):
    x = extractor.extract_text("江西省推进数字政府建设。“赣服通”已覆盖全省11个设区市，全省政务服务事项网上可办率达到99%。")
    assert {x.entity(m.subject).name for m in x.metrics} == {"赣服通"}


def test_ranks_moved_are_changes_not_levels(extractor):
    x = extractor.extract_text("与上年相比，西宁、银川等城市排名提升明显，分别上升7位和5位。")
    assert not x.metrics


def test_a_notice_whose_title_heads_the_text_signs_itself(extractor):
    x = extractor.extract_text("山西省人民政府办公厅关于加强政务数据共享的通知\n各市人民政府：\n"
                               "根据《山西省政务数据管理办法》，现就有关事项通知如下。\n山西省人民政府办公厅\n2023年5月4日\n")
    dates = {(x.entity(d.subject).name, d.value) for d in x.dates}
    assert ("山西省人民政府办公厅关于加强政务数据共享的通知", "2023-05-04") in dates
    assert ("山西省政务数据管理办法", "2023-05-04") not in dates


def test_a_government_website_is_a_platform_not_its_owner(extractor):
    x = extractor.extract_text("湖北省人民政府网站发布了通知。")
    assert "湖北省人民政府网站" in names(x, "Platform") and not names(x, "Agency")


def test_document_numbers_name_no_body(extractor):
    x = extractor.extract_text("根据鄂政办发〔2023〕15号文件要求，湖北省数据局负责建设。")
    assert names(x, "Agency") == {"湖北省数据局"}


def test_quoted_names_listed_before_deng_pingtai_are_all_platforms(extractor):
    x = extractor.extract_text("“赣服通”“川渝通办”“皖事通”等平台接入国家政务服务平台。")
    assert {"赣服通", "川渝通办", "皖事通"} <= names(x, "Platform")
    hub = {t for r, h, t in rels(x) if r == "integratesWith" and h == "国家政务服务平台"}
    assert hub == {"赣服通", "川渝通办", "皖事通"}


def test_official_accounts_and_mini_programs_are_platforms(extractor):
    x = extractor.extract_text("“北京发布”公众号和“粤省事”微信小程序同步上线。")
    assert {"北京发布", "粤省事"} <= names(x, "Platform")


def test_generic_nouns_are_no_entities(extractor):
    x = extractor.extract_text("市政府有关业务系统接入大平台。")
    assert not x.entities


def test_a_name_joined_by_he_inside_is_one_platform(extractor):
    x = extractor.extract_text("青岛市建成城市运行管理和应急处置系统。")
    assert "城市运行管理和应急处置系统" in names(x, "Platform")
    y = extractor.extract_text("按照国家政务服务平台对接要求和全省一体化在线政务服务平台建设安排推进工作。")
    assert not any(n.startswith("要求") for n in names(y, "Platform"))


def test_managed_by_is_supervision(extractor):
    x = extractor.extract_text("“京通”由北京市大数据中心管理。")
    assert ("supervises", "北京市大数据中心", "京通") in rels(x)


def test_linking_up_and_down(extractor):
    x = extractor.extract_text("济南市政务服务平台上接山东省政务服务平台。")
    assert ("integratesWith", "山东省政务服务平台", "济南市政务服务平台") in rels(x)


def test_whole_region_platform_in_an_autonomous_region(extractor):
    x = extractor.extract_text("宁夏：强化数据安全\n宁夏网信办部署建设全区政务数据安全监测平台。")
    assert "宁夏回族自治区政务数据安全监测平台" in names(x, "Platform")


def test_a_bare_centre_refers_to_the_centre_named_before(extractor):
    x = extractor.extract_text("走进吉林省政务服务中心，屏幕上显示着各类信息。工作人员介绍，中心汇聚了全省300多亿条数据。")
    assert ("吉林省政务服务中心", 30000000000.0) in metrics(x)


def test_this_platform_carries_its_figure(extractor):
    x = extractor.extract_text("“湘易办”上线三年。该平台实名注册用户超过3000万。")
    assert ("湘易办", 30000000.0) in metrics(x)


# -- kinds seen on further real pages -------------------------------------------------

def test_the_document_s_own_work_plan_is_its_policy(extractor):
    x = extractor.extract_text("《广西数字政府建设工作方案》\n为深入贯彻落实《广西数字经济发展规划》和《广西数字政府总体方案》，制定本工作方案。")
    found = rels(x)
    assert ("basedOn", "广西数字政府建设工作方案", "广西数字经济发展规划") in found
    assert ("basedOn", "广西数字政府建设工作方案", "广西数字政府总体方案") in found


def test_competent_authority_supervises(extractor):
    x = extractor.extract_text("柳州市大数据发展局是“柳州政务云”平台的主管部门。")
    assert ("supervises", "柳州市大数据发展局", "柳州政务云平台") in rels(x) or \
        ("supervises", "柳州市大数据发展局", "柳州政务云") in rels(x)


def test_commissioned_again(extractor):
    x = extractor.extract_text("国家数据局继续委托国家信息中心发布《2024年数字政府评估报告》。")
    assert ("commissionedBy", "2024年数字政府评估报告", "国家数据局") in rels(x)


def test_agency_names_with_more_words_between_core_and_suffix(extractor):
    x = extractor.extract_text("成都市政务服务管理和网络理政办公室牵头推进城市运行管理服务平台建设。")
    assert "成都市政务服务管理和网络理政办公室" in names(x, "Agency")
    y = extractor.extract_text("重庆市大数据应用发展管理局\n关于推进数据共享的复函\n")
    assert "重庆市大数据应用发展管理局" in names(y, "Agency")


def test_leading_groups_are_agencies(extractor):
    x = extractor.extract_text("重庆市新型智慧城市建设领导小组统筹全市新型智慧城市建设工作。")
    assert "重庆市新型智慧城市建设领导小组" in names(x, "Agency")
    y = extractor.extract_text("省发展改革委等部门组成工作专班。")
    assert not any("等" in n for n in names(y))


def test_a_body_in_a_person_s_title_carries_no_figure(extractor):
    x = extractor.extract_text("全国人大代表李明说，这些电子证照调用量已达1.4亿次。")
    assert not x.metrics


def test_addressees_are_no_bodies(extractor):
    x = extractor.extract_text("各县（市）、区人民政府，各设区市人民政府办公室：\n现将有关事项通知如下。")
    assert not names(x, "Agency")


def test_unquoted_app_names(extractor):
    x = extractor.extract_text("上海健康云APP覆盖全市常住人口。")
    assert "上海健康云APP" in all_names(x, "Platform")


def test_government_websites_by_name(extractor):
    x = extractor.extract_text("链接：中国政府网 黑龙江省政府网")
    assert {"中国政府网", "黑龙江省政府网"} <= names(x, "Platform") and not names(x, "Agency")


def test_a_party_committee_is_no_short_form_of_a_commission(extractor):
    x = extractor.extract_text("上海市卫健委与上海市大数据中心合作。上海市委副秘书长出席。")
    wjw = next(e for e in x.entities if e.name == "上海市卫健委")
    assert "上海市委" not in wjw.aliases


def test_document_numbers_in_other_brackets(extractor):
    x = extractor.extract_text("根据渝委办﹝2019﹞66号文件，重庆市大数据应用发展管理局负责推进。")
    assert "渝委办" not in names(x)


def test_carrying_out_a_policy_by_making_another(extractor):
    x = extractor.extract_text("为落实《国务院关于加强数字政府建设的指导意见》，国家数据局会同有关部门制定了《数据流通行动计划》。")
    found = rels(x)
    assert ("implements", "国家数据局", "国务院关于加强数字政府建设的指导意见") in found
    assert ("basedOn", "数据流通行动计划", "国务院关于加强数字政府建设的指导意见") in found


def test_what_a_place_builds_serves_it(extractor):
    x = extractor.extract_text("江苏省在全国率先建设“苏政云”，同时建设江苏省公共数据平台、“互联网+监管”系统等应用。")
    found = rels(x)
    assert ("serves", "苏政云", "江苏省") in found and ("serves", "互联网+监管系统", "江苏省") in found


def test_the_whole_province_s_system(extractor):
    x = extractor.extract_text("吉林省推进政务服务规范化。我省建设了全省统一的政务服务事项管理系统。")
    assert ("serves", "政务服务事项管理系统", "吉林省") in rels(x)


def test_listed_subsystems_are_parts_of_the_platform(extractor):
    x = extractor.extract_text("泉州市政务内网连接全市党政机关。主要业务子系统有：办公OA系统、电子公文交换系统、视频会议系统。")
    found = rels(x)
    for part in ("办公OA系统", "电子公文交换系统", "视频会议系统"):
        assert ("partOf", part, "泉州市政务内网") in found


def test_a_short_title_declared_after_the_document_number(extractor):
    x = extractor.extract_text("根据《鹤岗市电子政务管理办法(暂行)》(鹤政办发〔2021〕5号)(以下简称《管理办法》)，制定本细则。《管理办法》明确了职责。")
    assert [e.name for e in x.entities if e.type == "Policy"] == ["鹤岗市电子政务管理办法(暂行)"]


def test_an_idea_of_government_is_no_government(extractor):
    x = extractor.extract_text("广东建成数字政府建设运营中心、省政务服务数据事务中心。")
    assert "数字政府" not in names(x, "Agency")


def test_towns_and_villages_conform_to_the_shapes(tmp_path, extractor):
    from govkg import build as b
    from govkg.graph.store import open_store
    from govkg.graph.validate import validate

    (tmp_path / "a.txt").write_text("在宜宾市翠屏区李庄镇高桥村，村民通过手机办理社保业务。\n", encoding="utf-8")
    store = open_store("memory:")
    b.build([tmp_path / "a.txt"], store, extractor)
    levels = {r["l"] for r in store.select("SELECT ?l WHERE { ?r gk:regionLevel ?l }")}
    assert {"town", "village"} <= levels
    assert validate(store.to_rdflib()).conforms


def test_a_group_named_after_a_verb(extractor):
    x = extractor.extract_text("2020年3月，成立江西省数字政府建设领导小组，统筹全省数字政府建设。优化调整市智慧城市建设领导小组组成人员。")
    assert {"江西省数字政府建设领导小组", "市智慧城市建设领导小组"} <= names(x, "Agency")


def test_this_plan_of_a_notice_issuing_a_plan_is_the_plan(extractor):
    x = extractor.extract_text("福建省人民政府关于印发福建省数字政府改革总体方案的通知\n"
                               "为贯彻落实《福建省数字经济发展规划》，制定本总体方案。\n"
                               "现将《福建省数字政府改革总体方案》印发给你们。")
    assert ("basedOn", "福建省数字政府改革总体方案", "福建省数字经济发展规划") in rels(x)


def test_corner_brackets_become_simplified_quotes(extractor):
    x = extractor.extract_text("浙江深化「最多跑一次」改革，上线「浙里办」APP。")
    assert "浙里办" in names(x, "Platform")


def test_a_notice_issuing_three_rules_dates_each(extractor):
    x = extractor.extract_text("各县（市）、区人民政府：\n现将《鹤岗市政务云管理细则》《鹤岗市数据共享细则》《鹤岗市电子政务项目细则》"
                               "印发给你们，请遵照执行。\n鹤岗市人民政府办公室\n2020年4月2日\n")
    issued = {x.entity(d.subject).name for d in x.dates if d.value == "2020-04-02"}
    assert issued == {"鹤岗市政务云管理细则", "鹤岗市数据共享细则", "鹤岗市电子政务项目细则"}


def test_a_space_between_a_figure_and_its_measure_word(extractor):
    x = extractor.extract_text("“天府通办”已接入 35 个省级部门。")
    assert ("天府通办", 35.0) in metrics(x)


def test_counts_of_places_in_a_report_s_summary_are_the_report_s(extractor):
    x = extractor.extract_text("国家行政学院发布《2023年省级政务服务能力评估报告》。\n一、总体指数\n"
                               "14个省级政府的总体指数为非常高，占比45.16%。9个省级政府的总体指数为高。")
    found = metrics(x)
    report = "2023年省级政务服务能力评估报告"
    assert {(report, 14.0), (report, 0.4516), (report, 9.0)} <= found


def test_other_figures_without_a_subject_are_not_the_report_s(extractor):
    x = extractor.extract_text("《数字政府评估报告》发布。自2015年建成以来，已接入3768个部门的政务服务事项。")
    assert not x.metrics


def test_a_share_is_a_level_not_a_change(extractor):
    x = extractor.extract_text("“浙里办”可办事项占比达到85%，掌上办事比例为70%。")
    assert {("浙里办", 0.85), ("浙里办", 0.7)} <= metrics(x)


def test_a_body_known_by_two_names_and_its_unit(extractor):
    x = extractor.extract_text("国务院办公厅电子政务办公室委托中央党校(国家行政学院)电子政务研究中心发布《2022评估报告》。")
    assert "中央党校(国家行政学院)电子政务研究中心" in names(x, "Agency")
    assert ("publishedBy", "2022评估报告", "中央党校(国家行政学院)电子政务研究中心") in rels(x)


def test_a_body_named_for_the_country_is_not_placed_in_it(extractor):
    x = extractor.extract_text("中国气象局和天津市网信办共同推进气象数据开放，中国地震局提供技术支持。")
    assert {"中国气象局", "中国地震局", "天津市网信办"} <= names(x, "Agency")
    placed = {(h, t) for r, h, t in rels(x) if r == "jurisdiction"}
    assert ("天津市网信办", "天津市") in placed
    assert not {h for h, _ in placed} & {"中国气象局", "中国地震局"}


def test_what_a_place_builds_serves_it_after_a_reporting_lead_in(extractor):
    for lead in ("记者从发布会上获悉，", "据了解，", "据介绍，"):
        x = extractor.extract_text(lead + "湖南省在全国率先建成“数智政务”云平台，汇聚省级部门数据。")
        by_key = {e.key: e.name for e in x.entities}
        stated = {(by_key[r.head], by_key[r.tail]) for r in x.relations if r.type == "serves" and not r.inferred}
        assert any(t == "湖南省" and "数智政务" in h for h, t in stated), (lead, rels(x))
    x = extractor.extract_text("省大数据局负责人在会上说湖南省已建成“数智政务”云平台。")
    assert not any(r == "serves" for r, _, _ in rels(x)), rels(x)


def test_a_platform_named_for_a_district_without_its_level_serves_it(extractor):
    x = extractor.extract_text("长沙市开福区行政审批服务局正式上线“湘易办·开福旗舰店”，市民可在线预约。")
    assert ("serves", "湘易办·开福旗舰店", "开福区") in rels(x), rels(x)


def test_a_platform_name_does_not_start_inside_a_word_for_several_places(extractor):
    x = extractor.extract_text("全省形成覆盖各市州12345政务服务热线的受理网络，上海市市民云APP同步上线。")
    assert {"12345政务服务热线", "上海市市民云APP"} <= names(x, "Platform"), names(x)


def test_a_store_on_an_app_is_named_later_by_its_own_part(extractor):
    x = extractor.extract_text("合肥市蜀山区数据资源局上线皖事通·蜀山分厅。去年以来，该区整合各部门资源，在蜀山分厅上线86项服务。")
    store = next(e for e in x.entities if e.name == "皖事通·蜀山分厅")
    assert "蜀山分厅" in store.aliases and "蜀山分厅" not in names(x)
    assert [(m.subject, m.value) for m in x.metrics] == [(store.key, 86)]


def test_a_platform_is_not_connected_with_the_platform_it_is_part_of(extractor):
    x = extractor.extract_text("该平台整合全区资源，鄂汇办·洪山旗舰店接入鄂汇办，并与“洪山政务”对接。")
    assert ("partOf", "鄂汇办·洪山旗舰店", "鄂汇办") in rels(x), rels(x)
    assert not {("integratesWith", "鄂汇办·洪山旗舰店", "鄂汇办"), ("integratesWith", "鄂汇办", "鄂汇办·洪山旗舰店")} & rels(x)


def test_a_speaker_s_opinion_or_another_place_is_not_what_the_topic_builds(extractor):
    x = extractor.extract_text("有关负责人在发布会上指出，浙江省的做法值得推广，各地要加快建设“互联网+监管”系统。")
    assert not any(r == "serves" for r, _, _ in rels(x)), rels(x)
    x = extractor.extract_text("记者在会上了解到，浙江省、广东省位列前三，江西省推出了“赣服通”5.0版。")
    assert not {("serves", "赣服通", "浙江省"), ("serves", "赣服通", "广东省")} & rels(x), rels(x)


def test_a_short_place_name_inside_a_word_of_a_platform_name_is_no_place(extractor):
    x = extractor.extract_text("公安县政务服务中心介绍，湖北公安政务服务平台已经上线。")
    assert not any(r == "serves" and t == "公安县" for r, _, t in rels(x)), rels(x)


def test_two_stores_sharing_a_short_name_stay_two(extractor):
    x = extractor.extract_text("皖事通·长三角分厅上线50项服务，随申办·长三角分厅上线80项服务。长三角分厅累计办件10万件。")
    assert {"皖事通·长三角分厅", "随申办·长三角分厅"} <= names(x, "Platform"), names(x)
    assert not any("长三角分厅" in e.aliases for e in x.entities)


def test_a_city_written_after_its_province_is_the_place_that_builds(extractor):
    x = extractor.extract_text("据了解，浙江省杭州市推出了“亲清在线”平台。")
    assert ("serves", "亲清在线", "杭州市") in rels(x) and ("serves", "亲清在线", "浙江省") not in rels(x), rels(x)
    x = extractor.extract_text("吉林省政务服务平台上线以来，吉林市群众办事更方便。")
    assert ("serves", "吉林省政务服务平台", "吉林市") not in rels(x), rels(x)
    assert ("serves", "我的南京", "南京市") in rels(extractor.extract_text("南京市民可以通过“我的南京”App办理业务。"))


def test_a_place_named_newspaper_is_an_organization_not_the_topic(extractor):
    x = extractor.extract_text("湖南日报讯 3月2日，长沙市岳麓区数据资源局正式上线湘易办·岳麓旗舰店。")
    assert "湖南日报" in names(x, "Organization"), names(x)
    assert ("serves", "湘易办·岳麓旗舰店", "岳麓区") in rels(x), rels(x)
    assert not any(r == "serves" and h == "湘易办·岳麓旗舰店" and t == "湖南省" for r, h, t in rels(x)), rels(x)


def test_a_platform_named_for_its_province_serves_it_when_the_text_names_it_nowhere_else(extractor):
    x = extractor.extract_text("“鄂汇办”与湖北政务服务网共同构成一体化的政务服务平台。")
    assert ("serves", "湖北政务服务网", "湖北省") in rels(x), rels(x)


def test_a_platform_named_for_an_autonomous_region_in_full_serves_it(extractor):
    x = extractor.extract_text("广西壮族自治区政务服务网开设了企业开办专栏。")
    assert ("serves", "广西壮族自治区政务服务网", "广西壮族自治区") in rels(x), rels(x)


# -- cooperation: the parties of one agreement --------------------------------------

def test_companies_signing_together_cooperate_with_the_government_not_each_other(extractor):
    x = extractor.extract_text("3月2日，福建省人民政府与腾讯集团、华为公司签署数字政府战略合作协议。")
    found = {(t, *sorted((h, tl))) for t, h, tl in rels(x) if t == "cooperatesWith"}
    assert ("cooperatesWith", "福建省人民政府", "腾讯集团") in rels(x)
    assert ("cooperatesWith", "福建省人民政府", "华为公司") in rels(x)
    assert ("cooperatesWith", "华为公司", "腾讯集团") not in found


def test_a_company_joining_a_company_is_no_cooperation_of_agencies(extractor):
    x = extractor.extract_text("该平台由甘肃省政府、浪潮集团联合华为公司共同建设。")
    found = {tuple(sorted((h, tl))) for t, h, tl in rels(x) if t == "cooperatesWith"}
    assert ("浪潮集团", "甘肃省人民政府") in found
    assert ("华为公司", "浪潮集团") not in found


def test_a_system_named_by_the_article_s_short_name_for_a_platform_is_part_of_it(extractor):
    x = extractor.extract_text("甘肃省数据局持续完善甘肃省政务服务平台（以下简称“省平台”）。"
                               "依托省平台电子证照管理系统，全省实现证照互认。")
    assert ("partOf", "省平台电子证照管理系统", "甘肃省政务服务平台") in rels(x)


# -- county names that are ordinary words --------------------------------------------

def test_county_names_that_are_ordinary_words_name_no_region_alone(extractor):
    x = extractor.extract_text("办事界面区别于其他城区。各地要提高县级政务服务能力，推进省、市和县三级联动，"
                               "推动新县城建设。东区和西区的办事大厅同步开放。")
    assert all_names(x, "Region") == set()


def test_county_names_that_are_ordinary_words_name_the_county_after_its_city(extractor):
    x = extractor.extract_text("阳泉市城区政务服务中心开放。攀枝花市东区上线新系统。涉县推进改革。")
    assert {"城区", "东区", "涉县"} <= all_names(x, "Region")
    assert ("partOf", "城区", "阳泉市") in rels(x)


def test_an_institution_after_de_is_named_and_measured(extractor):
    x = extractor.extract_text("甘肃省大数据中心负责数据归集。位于兰州新区的省大数据中心大楼内，有12万条数据发往各地。"
                               "全省统一的省级数据中心正在建设。")
    assert "省级数据中心" not in all_names(x)
    measured = {(x.entity(m.subject).name, m.value) for m in x.metrics}
    assert ("甘肃省大数据中心", 120000) in measured


def test_an_app_s_name_inside_a_quoted_slogan_is_not_the_app(extractor):
    x = extractor.extract_text("贵州省推动“进一张网、办全省事”。黑龙江省推出“全省事”APP，"
                               "省大数据中心表示：“要在全省事项清单中逐项推进，让群众用全省事APP办成更多事。”")
    assert all_names(x, "Platform") >= {"全省事"}
    app = next(e for e in x.entities if e.name == "全省事")
    assert {m.sentence for m in app.mentions} == {1}      # the slogan of sentence 0 is no mention
    assert ("serves", "全省事", "黑龙江省") in rels(x)


def test_a_platform_built_by_several_names_after_you_is_operated_by_the_agency_among_them(extractor):
    x = extractor.extract_text("“陇上云”政务云平台于2019年由甘肃省政府、浪潮集团联合华为公司共同建设，服务全省部门。")
    assert ("operates", "甘肃省人民政府", "陇上云") in rels(x)


def test_a_level_of_government_after_the_country_is_no_agency(extractor):
    x = extractor.extract_text("我国省级政府网上服务能力不断提升，全国地方政府都在推进改革。")
    assert all_names(x, "Agency") == set()


def test_names_in_single_quotes_inside_a_speaker_s_words_are_quoted_names(extractor):
    x = extractor.extract_text("“我们把分散在‘智慧安宁’‘安宁政务’等平台上的服务整合起来。”安宁区数据局负责人介绍。")
    assert {"智慧安宁", "安宁政务"} <= all_names(x, "Platform")


def test_a_city_s_short_name_inside_a_word_is_no_city(extractor):
    x = extractor.extract_text("我们在浙政钉协同平台中的湖州税务办系统中查到记录。台中市推进数字治理。")
    assert {m.sentence for e in x.entities if e.name == "台中市" for m in e.mentions} == {1}


def test_a_brand_in_quotes_ending_like_an_office_is_no_agency(extractor):
    x = extractor.extract_text("福建省依托平台，打造“闽政通办”品牌。")
    assert "闽政通办" not in all_names(x, "Agency")


def test_a_quoted_code_after_a_platform_is_not_another_name_of_it(extractor):
    x = extractor.extract_text("国务院办公厅升级了全国一体化政务服务平台“防疫通行码”，支撑跨地区互认。")
    platforms = {e.name: e.aliases for e in x.entities if e.type == "Platform"}
    assert "全国一体化政务服务平台" in platforms and "防疫通行码" in platforms


def test_systematic_is_not_a_system(extractor):
    x = extractor.extract_text("坚持全市统一系统架构、统一数据标准，坚持发展理念和系统思维。各地通过电子证照系统实现互认。")
    assert all_names(x, "Platform") == {"电子证照系统"}


def test_the_bodies_whose_decisions_are_followed_do_not_act_in_the_clause(extractor):
    x = extractor.extract_text("全省各地认真贯彻落实党中央、国务院决策部署，统筹推进全省公共数据平台建设。"
                               "山西省数据局统筹推进全省政务云平台建设。")
    coordinating = {h for r, h, t in rels(x) if r == "coordinates"}
    assert "中共中央" not in coordinating and "国务院" not in coordinating
    assert "山西省数据局" in coordinating


# -- near misses of the rules above (a reviewer's sentences, reworded) ---------------------

def test_real_counties_that_open_with_he_or_stand_before_shi_are_regions(extractor):
    x = extractor.extract_text("天津市和平区推行一网通办。广东省河源市和平县建成数据共享平台。"
                               "安徽省马鞍山市和县上线县级分厅。沛县市场主体数量突破10万户。")
    assert {"和平区", "和平县", "和县", "沛县"} <= all_names(x, "Region")
    assert ("partOf", "和平区", "天津市") in rels(x)


def test_a_plan_for_next_year_issued_in_december_keeps_its_date(extractor):
    x = extractor.extract_text("2023年12月20日，省政府召开常务会议。12月28日，省政府办公厅印发《2024年全省数字政府建设工作要点》。")
    assert ("2024年全省数字政府建设工作要点", "issueDate", "2023-12-28") in dates(x)


def test_a_date_the_event_sentence_only_mentions_is_not_the_event_s(extractor):
    x = extractor.extract_text("全省数字政府建设推进会今天在杭州召开，会议回顾了自2022年1月1日起施行的《浙江省数字经济促进条例》。"
                               "会上，浙江省大数据发展管理局发布了《浙江省公共数据开放报告》。")
    assert not any(title == "浙江省公共数据开放报告" for title, _, _ in dates(x))


def test_after_de_only_a_province_s_or_city_s_institution_is_named(extractor):
    x = extractor.extract_text("推动各地建设的区域数据中心互联互通，加快建设的市民服务中心投入使用。")
    assert all_names(x, "Agency") == set()


def test_an_app_in_a_slogan_of_its_own_is_still_the_app(extractor):
    x = extractor.extract_text("浙江省持续打响“有事找浙里办”品牌。全省依托“粤省事、粤商通”两大平台推进改革。")
    assert {"浙里办", "粤省事", "粤商通"} <= all_names(x, "Platform")
    assert "浙里办" not in all_names(x, "Agency")


def test_an_app_name_cutting_through_a_word_is_no_app(extractor):
    x = extractor.extract_text("医院开辟办事通道，方便群众就医。")
    assert "办事通" not in all_names(x, "Platform")


def test_a_code_named_after_a_code_platform_is_that_platform(extractor):
    x = extractor.extract_text("重庆市建设的全市统一健康码平台“渝康码”于2020年2月上线。")
    platforms = [e for e in x.entities if e.type == "Platform"]
    assert len(platforms) == 1 and platforms[0].name == "渝康码"


def test_a_system_that_integrates_is_a_system(extractor):
    x = extractor.extract_text("城市运行管理系统集成了全市30个部门的数据资源。")
    assert "城市运行管理系统" in all_names(x, "Platform")


def test_a_real_agency_in_quotes_is_an_agency(extractor):
    x = extractor.extract_text("由“国家信息中心”牵头建设全国信用信息共享平台。")
    assert "国家信息中心" in all_names(x, "Agency")


def test_a_report_named_by_year_in_a_headline_is_the_report_of_the_body(extractor):
    x = extractor.extract_text("2021政务服务能力评估报告发布：苏浙沪领先\n"
                               "近日，某研究院发布了《2021全国政务服务能力评估报告》。报告对31个省级政府进行评估。")
    reports = [e for e in x.entities if e.type == "Report"]
    assert [r.name for r in reports] == ["2021全国政务服务能力评估报告"]
    assert "2021政务服务能力评估报告" in reports[0].aliases


# -- near misses found by a second review ----------------------------------------------

def test_two_titled_reports_of_one_year_stay_two(extractor):
    x = extractor.extract_text("会上发布了《2023年数字政府发展报告》和《2023年数字政府发展指数报告》。"
                               "国务院《2023年政府工作报告》和《2023年北京市政府工作报告》均提出数字政府建设。")
    assert len([e for e in x.entities if e.type == "Report"]) == 4


def test_a_clause_about_writing_reports_names_no_report(extractor):
    x = extractor.extract_text("各地要在2024年底前形成评估报告，报省政府办公厅。2020年以来共发布研究报告30余篇。")
    assert all_names(x, "Report") == set()


def test_an_event_dated_before_its_verb_dates_what_is_released_there(extractor):
    x = extractor.extract_text("第三届数字政府论坛于2023年12月8日举行。论坛上，国家信息中心发布了《中国数字政府发展报告》。")
    assert ("中国数字政府发展报告", "publicationDate", "2023-12-08") in dates(x)


def test_a_county_or_app_glued_to_the_name_before_it_is_still_named(extractor):
    x = extractor.extract_text("河北省保定市唐县、易县和雄县联合推进政务服务。浙江浙里办上线新版本。")
    assert {"易县", "雄县"} <= all_names(x, "Region")
    assert "浙里办" in all_names(x, "Platform")


def test_a_quoted_system_of_a_platform_is_a_part_not_its_name(extractor):
    x = extractor.extract_text("江苏省一体化政务服务平台“电子证照系统”已汇聚证照120类。")
    platforms = {e.name for e in x.entities if e.type == "Platform"}
    assert {"江苏省一体化政务服务平台", "电子证照系统"} <= platforms


def test_a_county_s_institution_after_de_and_no_system_in_a_reform(extractor):
    x = extractor.extract_text("位于城南新区的县政务服务中心于3月1日正式启用。深化政务服务领域系统集成改革。")
    assert any(name.endswith("县政务服务中心") for name in all_names(x, "Agency"))
    assert all_names(x, "Platform") == set()
