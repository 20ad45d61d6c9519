"""Kinds of wording found in a thirty-first round of real pages (coverage of mainland digital government by
overseas, Hong Kong, Macao and Taiwan media; unveiling ceremonies; evaluations and audits of e-government
projects), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels


def subjects(x) -> set[tuple[str, float]]:
    return {(x.entity(m.subject).name, m.value) for m in x.metrics}


# -- names and what stands before them ------------------------------------------------------------------------

def test_a_laboratorys_name_starts_after_the_verb_that_ranks_it(extractor):
    x = extractor.extract_text("今年，该中心成功纳入智慧司法数据治理国家工程研究中心序列。")
    assert "智慧司法数据治理国家工程研究中心" in names(x)
    assert not any(n.startswith(("该中心", "成功", "纳入")) for n in names(x))
    y = extractor.extract_text("此次入选国家工程实验室名单，意义重大。")
    assert not any("入选" in n for n in names(y))


def test_a_group_named_after_an_area_of_several_provinces(extractor):
    x = extractor.extract_text("会议决定，由粤港澳大湾区建设领导小组统筹推进三地政务服务互通。")
    assert "粤港澳大湾区建设领导小组" in names(x)
    assert "区建设领导小组" not in names(x)
    y = extractor.extract_text("要求各园区建设领导小组按月报送进度。")
    assert not any(n.endswith("领导小组") for n in names(y))     # no place, no one group


def test_the_verb_after_a_district_opens_no_village(extractor):
    x = extractor.extract_text("西城区作为南街村的所在地，建成了区大数据中心。")
    assert "西城区" in names(x)
    assert not any("作为" in n for n in names(x))
    y = extractor.extract_text("成都市新津区邓双镇文山村建成了村级便民服务站。")
    assert "成都市新津区邓双镇文山村" in names(y)      # a village after its town still is one


def test_zhi_inside_a_service_halls_name(extractor):
    x = extractor.extract_text("6月3日，桃源县市民之家政务服务大厅正式启用。")
    assert "桃源县市民之家政务服务大厅" in names(x)
    assert "家政务服务大厅" not in names(x)
    y = extractor.extract_text("群众可通过政务之窗网站查询办件进度。")
    assert "政务之窗网站" in names(y)
