"""Kinds of wording found in a twenty-second round of real pages (tax, customs and market-regulation
services, press conferences and speeches, health, education and civil-affairs services), annotated
apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names


def measured(x):
    """(value, subject's name) of every figure."""
    return {(m.value, next(e.name for e in x.entities if e.key == m.subject)) for m in x.metrics}


# -- a hotline's weekly report ---------------------------------------------------------------------------

def test_a_weekly_report_names_the_hotline_its_figures_are_of(extractor):
    x = extractor.extract_text("12345便民服务热线一周情况通报\n（2021年5月7日—5月13日）\n"
                               "本周共受理工单812件，其中求助类530件、投诉类96件。")
    assert "12345便民服务热线" in names(x, "Platform")
    assert {(812.0, "12345便民服务热线"), (530.0, "12345便民服务热线")} <= measured(x)


def test_a_standard_held_against_is_no_figure(extractor):
    x = extractor.extract_text("12345便民服务热线一周情况通报\n本周共受理工单812件。"
                               "有5个部门回访满意率低于考核要求的最低标准80%，请限期整改。")
    assert 812.0 in {v for v, _ in measured(x)}
    assert 0.8 not in {v for v, _ in measured(x)}
