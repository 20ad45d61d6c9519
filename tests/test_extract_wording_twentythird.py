"""Kinds of wording found in a twenty-third round of real pages (business-environment services;
transport, water, emergency, natural-resources and housing platforms; work reports and digital-economy
summaries), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording import metrics


# -- places under the names they had before ------------------------------------------------------------

def test_an_abolished_county_is_a_region_under_its_old_name(extractor):
    x = extractor.extract_text("2012年，毕节市黔西县深化审批改革，黔西县政务服务中心全年办件量3.2万件，崇文区也开通了网上大厅。")
    assert {"黔西县", "崇文区"} <= names(x, "Region")
    assert ("partOf", "黔西县", "毕节市") in rels(x)
    assert ("黔西县政务服务中心", 32000.0) in metrics(x)


def test_a_renamed_city_is_the_city_it_became(extractor):
    x = extractor.extract_text("2009年，襄樊市行政服务中心开通网上审批系统。")
    region = next(e for e in x.entities if e.type == "Region")
    assert (region.name, region.region_code) == ("襄阳市", "420600")
    assert "襄樊市" in region.aliases


def test_a_generic_name_of_an_old_edition_is_no_region(extractor):
    x = extractor.extract_text("市区和新区的便民服务中心全部开通，县城也已覆盖。")
    assert not names(x, "Region") & {"市区", "新区", "县"}
