"""Kinds of wording found in a twenty-eighth round of real pages (encyclopedic and "about us" pages of
platforms and agencies; the functions of data bureaus; citizens' how-to guides and service notices),
annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels


def figures(x) -> set[tuple[str, str, float, str | None]]:
    return {(x.entity(m.subject).name, m.name, m.value, m.unit) for m in x.metrics}


def subjects(x) -> set[tuple[str, float]]:
    return {(x.entity(m.subject).name, m.value) for m in x.metrics}


# -- whose figure ------------------------------------------------------------------------------------------

def test_a_figure_after_a_list_of_channels_is_none_of_theirs_alone(extractor):
    x = extractor.extract_text("一、好差评\n其中，“闽政通”收到评价数8,345条，“闽商通”收到评价数692条。\n"
                               "政务服务网、“闽政通”、“闽商通”、实体大厅收到的有效评价中，非常满意445,832条。")
    assert ("闽政通", 8345.0) in subjects(x)
    assert ("闽商通", 692.0) in subjects(x)
    assert not any(value == 445832.0 for _, value in subjects(x))


def test_items_each_with_its_own_figure_are_no_shared_list(extractor):
    x = extractor.extract_text("本季度办件量前三的部门是县公安局(287件)、县人力资源和社会保障局(154件)、县市场监督管理局(152件)。")
    assert ("县人力资源和社会保障局", 154.0) in subjects(x)
    assert ("县市场监督管理局", 152.0) in subjects(x)


def test_the_parts_of_a_place_total_are_not_the_sections_platform(extractor):
    x = extractor.extract_text("二、政务效能监督系统\n“政务效能监督系统”以发现业务问题为目的。\n"
                               "2021年3月，全省共受理业务2,143,249笔(其中审核通过业务2,142,623笔，不受理业务586笔)。")
    assert "政务效能监督系统" in names(x, "Platform")
    assert not any(name == "政务效能监督系统" and value in (2142623.0, 586.0) for name, value in subjects(x))


def test_a_comma_grouping_digits_ends_no_clause():
    from govkg.loaders.segment import clause_end, clause_start
    text = "全省共受理业务2,143,249笔(其中通过2,142,623笔"
    assert clause_start(text, text.index("2,142"), ",") == 0
    assert clause_end(text, 0, ",") == len(text)
    assert clause_start("共3个,其中2个", 7, ",") == 4      # a comma between clauses still ends one
