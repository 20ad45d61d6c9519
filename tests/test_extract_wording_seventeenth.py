"""Kinds of wording found in a seventeenth round of real pages (provincial notices and plans, apps and
12345 reports, data bureaus and data-element news), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names


# -- the data bureau is not the big-data bureau it replaced ---------------------------------------------

def test_a_new_data_bureau_is_not_short_for_the_big_data_bureau_it_replaced(extractor):
    x = extractor.extract_text("宜昌市组建市数据局，作为市政府工作部门。市数据局统筹数据资源整合共享；"
                               "划入市政务服务和大数据管理局协调推进数字政府建设等职责。")
    assert {"宜昌市数据局", "宜昌市政务服务和大数据管理局"} <= names(x, "Agency")


def test_a_big_data_bureau_is_still_short_for_its_full_name(extractor):
    x = extractor.extract_text("宜昌市大数据发展管理局统筹全市数据资源，市大数据局负责平台建设。")
    assert "市大数据局" not in names(x, "Agency")
