"""Kinds of wording found in a twelfth round of real pages (the eleventh round's unread sets:
district work summaries, hotline reports, city operation centres, self-service terminals,
policy notices), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels


def regions(x) -> dict[str, object]:
    return {e.name: e for e in x.entities if e.type == "Region"}


# -- towns named alone on a page whose county is not known -----------------------------------------

def test_a_town_opening_a_clause_is_a_place_though_its_county_is_unnamed(extractor):
    x = extractor.extract_text("今年以来，各镇街便民服务中心推行标准化服务。柳溪镇推行“帮办代办”服务，打造便民品牌；"
                               "石湾街道作为试点单位，实现12个部门的事项集中办理。")
    towns = regions(x)
    assert {"柳溪镇", "石湾街道"} <= set(towns)
    assert towns["柳溪镇"].region_level == "town"


def test_towns_listed_with_departments_are_places_without_the_verb_before_them(extractor):
    x = extractor.extract_text("根据热线办的回访，有桃源镇、杏山镇、经信局等11个单位逾期回复。")
    towns = set(regions(x))
    assert {"桃源镇", "杏山镇"} <= towns
    assert not [t for t in towns if t.startswith("有")]


def test_a_town_named_alone_and_under_its_county_is_one_place(extractor):
    # two counties on the page, so the one written before the town says whose it is
    x = extractor.extract_text("彭州市与什邡市推进跨区域通办。彭州市柳溪镇推行帮办代办服务，柳溪镇将进驻事项增至150项。")
    towns = [e for e in x.entities if e.type == "Region" and e.name.endswith("柳溪镇")]
    assert len(towns) == 1
    assert towns[0].name == "彭州市柳溪镇" and "柳溪镇" in towns[0].aliases


def test_towns_of_the_same_name_on_two_counties_pages_stay_apart(extractor):
    # keyed under the place each page is about, so an archive does not fold two 柳溪镇 into one
    a = extractor.extract_text("江苏省政务服务工作推进会召开。江苏省各地推进帮办代办。柳溪镇推行“帮办代办”服务。")
    b = extractor.extract_text("四川省政务服务工作推进会召开。四川省各地推进帮办代办。柳溪镇推行“帮办代办”服务。")
    ka = {e.key for e in a.entities if e.name == "柳溪镇"}
    kb = {e.key for e in b.entities if e.name == "柳溪镇"}
    assert ka and kb and not ka & kb


def test_a_town_named_alone_is_not_folded_into_a_longer_towns_name(extractor):
    x = extractor.extract_text("彭州市与什邡市推进跨区域通办。彭州市大石桥镇推行帮办代办，石桥镇开通便民服务。")
    towns = {e.name: e for e in x.entities if e.type == "Region" and e.name.endswith("石桥镇")}
    assert "石桥镇" not in towns.get("彭州市大石桥镇").aliases


def test_a_kind_of_town_is_no_town_where_no_county_is_known(extractor):
    x = extractor.extract_text("全省共认定重点镇、中心镇和特色镇共15个，中心镇推行帮办代办。云栖小镇推出政务服务专区。")
    assert not [n for n in regions(x) if n.endswith(("镇", "乡", "街道"))]


def test_generic_words_before_zhen_are_no_town(extractor):
    x = extractor.extract_text("推进乡镇便民服务中心建设，重点镇实现全覆盖，城乡居民可就近办理。")
    assert not [n for n in regions(x) if n.endswith(("镇", "乡", "街道"))]


# -- ways of serving that end like an office ---------------------------------------------------------

def test_a_way_of_serving_ending_on_ban_is_no_body(extractor):
    x = extractor.extract_text("青溪区有100项事项可在福田区、南山区通办，推动川渝通办事项落地，群众办事实现快捷办。")
    assert not [n for n in names(x, "Agency") if n.endswith("办")]


def test_an_office_ending_on_ban_is_still_a_body(extractor):
    x = extractor.extract_text("青溪市热线办会同市网信办开展了政务服务检查。")
    assert {"青溪市热线办", "市网信办"} & names(x, "Agency")
    x = extractor.extract_text("蓬溪县交通办、遂宁市畅通办联合开展检查。")
    assert {"蓬溪县交通办", "遂宁市畅通办"} <= names(x, "Agency")


# -- departments listed beside named ones ------------------------------------------------------------

def test_a_department_listed_beside_named_ones_is_one_though_its_words_are_new(extractor):
    x = extractor.extract_text("市公安局、市司法局、市自然资源规划局、市文化广电旅游局、市审计局、市政务服务大数据局等部门参加了会议。")
    assert {"市自然资源规划局", "市文化广电旅游局", "市政务服务大数据局"} <= names(x, "Agency")
    assert "广电旅游局" not in names(x, "Agency")


def test_a_verb_after_the_last_listed_body_is_not_part_of_it(extractor):
    for verb in ("主办", "联办", "牵头办"):
        x = extractor.extract_text(f"本次大赛由省大数据局、省委网信办、省经信厅、省总工会{verb}，青溪科技公司承办。")
        assert not [n for n in names(x, "Agency") if n.endswith(verb)]


def test_a_hall_listed_among_departments_stays_a_hall(extractor):
    x = extractor.extract_text("市公安局、市人社局、市政务服务大厅、市文化广电和旅游局、市医保局参加了培训。")
    assert "市政务服务大厅" not in names(x, "Agency")
    assert "市文化广电和旅游局" in names(x, "Agency")


def test_offices_listed_among_departments_are_departments(extractor):
    x = extractor.extract_text("市卫健委、市自然资源局、市防空防震办、市发展改革委、市金融办等部门参加。")
    assert "市防空防震办" in names(x, "Agency")


def test_words_listed_under_a_level_word_are_no_department_without_named_ones_beside(extractor):
    x = extractor.extract_text("全面推进市政务服务标准化、市场监管数字化、市民服务便利化等工作。")
    assert not names(x, "Agency")



def test_a_verb_the_model_reads_as_a_noun_does_not_open_a_platforms_name(extractor):
    x = extractor.extract_text("健全政务服务大厅运行机制，探索政府网站集约化建设，链接读特客户端。")
    assert not [n for n in names(x, "Platform") if n.startswith(("健全", "探索", "链接"))]


# -- documents typed by endings seen on real pages -----------------------------------------------

def test_indicators_a_top_level_design_and_a_handbook_in_title_marks_are_policies(extractor):
    x = extractor.extract_text("依据《2024年度县区政府网站与政务新媒体绩效评估指标》开展评估，出台《青溪新区新型智慧城市顶层设计》"
                               "和《青溪县便民服务体系建设指导手册》。")
    assert {"2024年度县区政府网站与政务新媒体绩效评估指标", "青溪新区新型智慧城市顶层设计",
            "青溪县便民服务体系建设指导手册"} <= names(x, "Policy")


def test_a_pages_own_county_named_only_in_titles_is_a_place_where_the_page_says_quanxian(extractor):
    x = extractor.extract_text("一是明确点位布局。在全县设置20个便民服务中心。\n"
                               "二是形成《蓬溪县综合窗口政务服务事项指导目录》，出台《蓬溪县便民服务体系建设指导手册》。")
    assert "蓬溪县" in {e.name for e in x.entities if e.type == "Region"}
    assert ("蓬溪县", 20.0) in {(next(e.name for e in x.entities if e.key == m.subject), m.value) for m in x.metrics}


def test_a_title_wrapped_over_two_lines_is_one_title(extractor):
    x = extractor.extract_text("根据《青溪省人民政府关于印发政\n务信息资源共享管理办法的通知》要求，各地推进数据共享。")
    assert "青溪省人民政府关于印发政务信息资源共享管理办法的通知" in names(x, "Policy")
    span = x.document.text.index("政务信息资源")
    assert x.document.original[x.document.offsets[span]:x.document.offsets[span] + 1] == "政"


def test_a_word_that_only_opens_like_a_level_is_no_listed_department(extractor):
    x = extractor.extract_text("区教育局、区卫健局、区块链应用推广办、区城市更新局出席会议。")
    assert "区块链应用推广办" not in names(x, "Agency")
    x = extractor.extract_text("市公安局、市交通局、市场主体登记办、市大数据局联合开展行动。")
    assert "市场主体登记办" not in names(x, "Agency")


# -- companies and banks named by their short names -------------------------------------------------

def test_companies_and_banks_that_build_government_services_are_organizations(extractor):
    x = extractor.extract_text("市政务服务管理局与建行青溪分行合作，科大讯飞、广电运通等企业参与建设，微软、谷歌等企业落户。")
    assert {"建行青溪分行", "科大讯飞", "广电运通", "微软", "谷歌"} <= names(x, "Organization")


def test_a_street_named_like_a_company_is_no_company(extractor):
    x = extractor.extract_text("建设公司拿到了中兴南大街路面改造项目的施工许可证。")
    assert not [n for n in names(x, "Organization") if n.startswith("中兴")]


def test_a_banks_branch_is_named_whole_and_keeps_its_own_figure(extractor):
    x = extractor.extract_text("办件量较多的商业服务机构：中国农业银行青溪分行2265件、邮政公司1892件、消防救援大队23件。")
    assert "中国农业银行青溪分行" in names(x, "Organization")
    assert not [v for n, v in [(m.subject, m.value) for m in x.metrics] if v in (1892.0, 23.0)]


# -- an inspection bulletin rates what it gives pass rates for ---------------------------------------

def test_an_inspection_bulletin_evaluates_the_places_whose_pass_rates_it_gives(extractor):
    x = extractor.extract_text("青溪市人民政府办公室关于2020年第四季度全市政务新媒体检查情况的通报\n\n"
                               "各县区人民政府：\n现将检查情况通报如下。宁陵县政务新媒体合格率100%，柘城县政务新媒体合格率低于70%。")
    assert {("evaluates", "青溪市人民政府办公室关于2020年第四季度全市政务新媒体检查情况的通报", "宁陵县")} <= rels(x)


def test_a_bulletins_title_with_the_sites_name_after_it_still_makes_the_page_a_bulletin(extractor):
    x = extractor.extract_text("青溪省人民政府办公厅关于2016年第二次全省政府网站抽查情况的通报-青溪在线\n\n"
                               "各市人民政府：\n现将抽查情况通报如下。宁陵县、柘城县等地政府网站抽查合格率达100%。")
    title = "青溪省人民政府办公厅关于2016年第二次全省政府网站抽查情况的通报"
    assert {("evaluates", title, "宁陵县"), ("evaluates", title, "柘城县")} <= rels(x)


def test_a_document_checked_against_measures_nothing(extractor):
    x = extractor.extract_text("为贯彻落实《青溪省人民政府办公厅关于印发政府网站检查指标的通知》（以下简称《检查指标》）要求，开展检查。\n"
                               "对照省政府办公厅《检查指标》，经对全省在运行的510家政府网站进行检查，总体合格率为99.80%。")
    subjects = {m.subject for m in x.metrics if m.value == 0.998}
    assert subjects and not [k for k in subjects if k.startswith("Policy:")]


# -- what real archives showed the shapes: every page built must conform ---------------------------

def test_places_that_cooperate_and_a_report_made_under_a_policy_conform_to_the_shapes(tmp_path, extractor):
    from govkg import build as b
    from govkg.graph.store import open_store
    from govkg.graph.validate import validate

    (tmp_path / "a.txt").write_text(
        "青溪县2021年政府信息公开工作年度报告\n\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        "2021年，四川省与重庆市共同推进“川渝通办”，成都市与德阳市联合开展同城化办理。\n", encoding="utf-8")
    store = open_store("memory:")
    b.build([tmp_path / "a.txt"], store, extractor)
    kinds = {r["p"] for r in store.select("SELECT ?p WHERE { ?a gk:predicate ?p }")}
    assert "https://w3id.org/govkg/ontology#cooperatesWith" in kinds
    report = validate(store.to_rdflib())
    assert report.conforms, [v.message for v in report.violations]


def test_ranks_named_after_their_rank_keep_their_evidence_span_in_order(extractor):
    x = extractor.extract_text("在本次评估中，第一名是浙江省，第四名是广西壮族自治区、湖北省。")
    ranks = [m for m in x.metrics if m.unit == "名"]
    assert ranks and all(m.start <= m.end for m in ranks)
