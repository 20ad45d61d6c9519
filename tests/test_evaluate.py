"""govkg.evaluate and ``govkg evaluate``: the matching rules, one at a time, on tiny hand-made files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli.main import cli
from govkg.evaluate import Counts, EvalInputError, align, load, micro, score_article
from govkg.loaders.pipeline import to_eval_json


def doc(entities=(), relations=(), metrics=(), dates=()) -> dict:
    return {"entities": list(entities), "relations": list(relations), "metrics": list(metrics), "dates": list(dates)}


def ent(id_, type_, name, *aliases, optional=False) -> dict:
    e = {"id": id_, "type": type_, "name": name, "aliases": list(aliases)}
    return {**e, "optional": True} if optional else e


def rel(type_, head, tail, **flags) -> dict:
    return {"type": type_, "head": head, "tail": tail, **flags}


def write(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(cli, ["evaluate", *map(str, args)])


# -- entities -----------------------------------------------------------------------

def test_an_alias_of_either_side_matches(tmp_path):
    gold = write(tmp_path / "g.json", doc([ent("g1", "Agency", "浙江省大数据发展管理局", "省大数据局", "浙江省大数据局"),
                                           ent("g2", "Platform", "浙里办", "浙里办App")]))
    pred = write(tmp_path / "p.json", doc([ent("p1", "Agency", "省大数据局"),                 # a gold alias
                                           ent("p2", "Platform", "浙里办手机端", "浙里办App")]))  # its own alias
    g, p = load(gold), load(pred)
    assert align(g, p) == {"p1": "g1", "p2": "g2"}
    assert score_article(g, p).entities == Counts(tp=2, fp=0, fn=0)


def test_quotes_title_marks_spaces_and_full_width_brackets_are_ignored():
    gold = doc([ent("g1", "Policy", "浙江省公共数据条例"),
                ent("g2", "Report", "省级政府一体化政务服务能力调查评估报告(2023)"),
                ent("g3", "Platform", "“苏服办”")])
    pred = doc([ent("p1", "Policy", "《浙江省公共数据条例》"),
                ent("p2", "Report", "《省级政府一体化政务服务能力调查评估报告（2023）》"),
                ent("p3", "Platform", "苏 服 办")])
    assert align(gold, pred) == {"p1": "g1", "p2": "g2", "p3": "g3"}


def test_the_type_must_agree():
    gold = doc([ent("g1", "Platform", "浙里办")])
    pred = doc([ent("p1", "Agency", "浙里办")])
    s = score_article(gold, pred)
    assert s.entities == Counts(tp=0, fp=1, fn=1)
    assert s.wrong["entities"] == ["Agency 浙里办"] and s.missed["entities"] == ["Platform 浙里办"]


def test_alignment_order_name_before_aliases_required_before_optional_then_file_order():
    gold = doc([ent("opt", "Region", "中国", optional=True),
                ent("req", "Region", "全国", "中国"),
                ent("first", "Agency", "省政务办"),
                ent("second", "Agency", "江苏省政务办", "省政务办")])
    pred = doc([ent("p1", "Region", "中国"),                        # optional listed first, required wins
                ent("p2", "Agency", "省政务办"),                     # both required: the first in the file
                ent("p3", "Agency", "江苏省政务办", "省政务办"),       # its name decides before its alias
                ent("p4", "Agency", "无此机构", "江苏省政务办")])      # an alias when the name matches nothing
    assert align(gold, pred) == {"p1": "req", "p2": "first", "p3": "second", "p4": "second"}


def test_a_second_prediction_of_one_gold_entity_is_a_false_positive():
    gold = doc([ent("g1", "Platform", "浙里办", "浙里办App"), ent("g2", "Platform", "随申办")])
    pred = doc([ent("p1", "Platform", "浙里办"), ent("p2", "Platform", "浙里办App")])
    s = score_article(gold, pred)
    assert s.entities == Counts(tp=1, fp=1, fn=1)
    assert s.wrong["entities"] == ["Platform 浙里办App (duplicate of 浙里办)"]
    assert s.missed["entities"] == ["Platform 随申办"]


def test_optional_gold_is_neither_found_nor_missed():
    gold = doc([ent("g1", "Region", "中国", optional=True), ent("g2", "Region", "长三角", optional=True),
                ent("g3", "Agency", "省政务办"), ent("g4", "Platform", "苏服办")],
               [rel("operates", "g3", "g4"), rel("coordinates", "g3", "g4", optional=True)],
               [{"subject": "g4", "metric": "注册用户", "value": 8000, "optional": True}])
    pred = doc([ent("p1", "Region", "中国"), ent("p3", "Agency", "省政务办"), ent("p4", "Platform", "苏服办")],
               [rel("operates", "p3", "p4"), rel("coordinates", "p3", "p4")],
               [{"subject": "p4", "metric": "用户", "value": 8000}])
    s = score_article(gold, pred)
    assert s.entities == Counts(tp=2, fp=0, fn=0)      # 中国 found, 长三角 not: neither counts
    assert s.relations == Counts(tp=1, fp=0, fn=0)     # the optional coordinates is not wrong
    assert s.metrics == Counts(tp=0, fp=0, fn=0)       # nor the optional statistic


# -- relations ----------------------------------------------------------------------

ENTITIES = [ent("a", "Agency", "广西网信办"), ent("b", "Agency", "云南省网信办"),
            ent("p", "Platform", "广西数字政务一体化平台"), ent("q", "Platform", "智桂通"),
            ent("r", "Region", "广西壮族自治区", "广西")]


def test_inferred_relations_are_scored_as_recall_only():
    gold = doc(ENTITIES, [rel("operates", "a", "p"),
                          rel("jurisdiction", "a", "r", inferred=True),
                          rel("serves", "p", "r", inferred=True),
                          rel("serves", "q", "r", inferred=True, optional=True)])
    pred = doc(ENTITIES, [rel("operates", "a", "p"), rel("jurisdiction", "a", "r"), rel("serves", "q", "r")])
    s = score_article(gold, pred)
    assert s.relations == Counts(tp=1, fp=0, fn=0)     # inferred ones neither tp nor fn
    assert (s.inferred.found, s.inferred.total) == (1, 2)   # the optional inferred one is not counted
    assert s.inferred.recall == 0.5


def test_symmetric_relations_match_in_either_direction():
    gold = doc(ENTITIES, [rel("cooperatesWith", "a", "b"),
                          rel("integratesWith", "p", "q", symmetric=True),
                          rel("partOf", "q", "p")])
    pred = doc(ENTITIES, [rel("cooperatesWith", "b", "a"),     # symmetric type, reversed
                          rel("integratesWith", "q", "p"),     # gold says symmetric, reversed
                          rel("partOf", "p", "q")])            # directed, reversed: wrong
    s = score_article(gold, pred)
    assert s.relations == Counts(tp=2, fp=1, fn=1)
    assert s.wrong["relations"] == ["广西数字政务一体化平台 —partOf→ 智桂通"]
    assert s.missed["relations"] == ["智桂通 —partOf→ 广西数字政务一体化平台"]


def test_a_relation_with_an_end_matching_no_gold_entity_is_a_false_positive():
    gold = doc(ENTITIES, [rel("operates", "a", "p")])
    pred = doc(ENTITIES + [ent("x", "Platform", "不存在的平台")],
               [rel("operates", "a", "p"), rel("operates", "a", "x")])
    s = score_article(gold, pred)
    assert s.relations == Counts(tp=1, fp=1, fn=0)
    assert s.wrong["relations"] == ["广西网信办 —operates→ 不存在的平台 (an end matches no gold entity)"]


def test_relations_are_compared_through_the_alignment_not_the_ids():
    gold = doc(ENTITIES, [rel("serves", "p", "r")])
    pred = doc([ent("1", "Platform", "《广西数字政务一体化平台》"), ent("2", "Region", "广西")],
               [rel("serves", "1", "2"), rel("serves", "1", "2")])    # said twice: one key
    assert score_article(gold, pred).relations == Counts(tp=1, fp=0, fn=0)


# -- statistics and dates -------------------------------------------------------------

def test_metric_values_match_within_a_millionth_and_each_gold_metric_once():
    gold = doc(ENTITIES, [], [{"subject": "q", "metric": "注册用户", "value": 30000000, "unit": "人"},
                              {"subject": "q", "metric": "事项", "value": 1.5}])
    pred = doc(ENTITIES, [], [{"subject": "q", "metric": "用户数", "value": 30000020.0},   # within 1e-6: names ignored
                              {"subject": "q", "metric": "注册用户", "value": 30000000},   # gold already used
                              {"subject": "q", "metric": "事项", "value": 1.5001},         # 1e-4 off: wrong
                              {"subject": "p", "metric": "事项", "value": 1.5}])           # wrong subject
    s = score_article(gold, pred)
    assert s.metrics == Counts(tp=1, fp=3, fn=1)
    assert s.missed["metrics"] == ["智桂通: 事项 1.5"]
    assert s.wrong["metrics"] == ["智桂通: 注册用户 30000000", "智桂通: 事项 1.5001", "广西数字政务一体化平台: 事项 1.5"]


def test_dates_are_compared_as_sets():
    gold = doc(ENTITIES, [], [], [{"subject": "q", "property": "launchDate", "value": "2019-09-25"},
                                  {"subject": "p", "property": "launchDate", "value": "2020-01-01"}])
    pred = doc(ENTITIES + [ent("z", "Platform", "桂盘"), ent("y", "Platform", "桂通")], [], [],
               [{"subject": "q", "property": "launchDate", "value": "2019-09-25"},
                {"subject": "q", "property": "launchDate", "value": "2019-09-25"},    # again: the same item
                {"subject": "p", "property": "launchDate", "value": "2020-01-02"},
                {"subject": "z", "property": "launchDate", "value": "2020-01-01"},    # no such gold entity
                {"subject": "y", "property": "launchDate", "value": "2020-01-01"}])   # another one
    s = score_article(gold, pred)
    assert s.dates == Counts(tp=1, fp=3, fn=1)
    assert s.wrong["dates"] == ["广西数字政务一体化平台 launchDate 2020-01-02",
                                "桂盘 launchDate 2020-01-01", "桂通 launchDate 2020-01-01"]
    assert s.missed["dates"] == ["广西数字政务一体化平台 launchDate 2020-01-01"]


# -- adding up ------------------------------------------------------------------------

def test_micro_average_sums_counts_over_articles():
    gold1 = doc([ent("g1", "Agency", "省政务办"), ent("g2", "Platform", "苏服办")])
    pred1 = doc([ent("p1", "Agency", "省政务办"), ent("p2", "Platform", "苏服办"), ent("p3", "Platform", "苏康码")])
    gold2 = doc([ent("g1", "Agency", "省大数据局"), ent("g2", "Platform", "浙里办"), ent("g3", "Platform", "浙政钉")])
    pred2 = doc([ent("p1", "Agency", "省大数据局")])
    a, b = score_article(gold1, pred1), score_article(gold2, pred2)
    assert (a.entities, b.entities) == (Counts(2, 1, 0), Counts(1, 0, 2))
    total = micro([a, b]).entities
    assert total == Counts(tp=3, fp=1, fn=2)
    assert total.precision == 0.75 and total.recall == 0.6
    assert total.f1 == pytest.approx(2 * 0.75 * 0.6 / (0.75 + 0.6))
    assert total.f1 != pytest.approx((a.entities.f1 + b.entities.f1) / 2)   # a micro, not a macro, average


# -- malformed input ------------------------------------------------------------------

@pytest.mark.parametrize("content, problem", [
    ('{"entities": [], "relations": []', "not valid JSON"),
    (doc([ent("a", "Agency", "x")])
     | {"dates": None}, "'dates' is not a list"),
    ({"entities": [], "relations": [], "metrics": []}, "missing key 'dates'"),
    (doc([{"id": "a", "type": "Agency"}]), "entities[0]: missing key 'name'"),
    (doc([ent("a", "Ministry", "x")]), "entities[0]: type 'Ministry' is not one of Agency"),
    (doc([ent("a", "Agency", "x"), ent("a", "Agency", "y")]), "entities[1]: id 'a' is used twice"),
    (doc([ent("a", "Agency", "x")], [rel("operates", "a", "nobody")]), "relations[0]: unknown entity id 'nobody' in tail"),
    (doc([ent("a", "Agency", "x")], [rel("runs", "a", "a")]), "relations[0]: type 'runs' is not a relation type"),
    (doc([ent("a", "Agency", "x")], [], [{"subject": "a", "metric": "m", "value": "三千万"}]),
     "metrics[0]: value '三千万' is not a number"),
    (doc([ent("a", "Agency", "x")], [], [], [{"subject": "a", "property": "issueDate", "value": "2023/01/05"}]),
     "dates[0]: value '2023/01/05' is not a YYYY-MM-DD date"),
])
def test_a_malformed_file_is_one_line_naming_it(tmp_path, content, problem):
    path = write(tmp_path / "bad.gold.json", content)
    with pytest.raises(EvalInputError) as err:
        load(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and problem in message and "\n" not in message


def test_cli_scores_the_other_articles_when_one_file_is_malformed(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    for name in ("a1", "a2", "a3"):
        write(gold_dir / f"{name}.gold.json", doc([ent("g1", "Platform", "浙里办"), ent("g2", "Platform", "随申办")]))
    write(pred_dir / "a1.json", doc([ent("1", "Platform", "浙里办")]))
    bad = write(pred_dir / "a2.json", doc([ent("1", "Platform", "浙里办")], [rel("serves", "1", "e9")]))
    write(pred_dir / "a3.json", doc([ent("1", "Platform", "随申办"), ent("2", "Platform", "皖事通")]))
    result = run(gold_dir, "--pred", pred_dir, "--json")
    assert result.exit_code == 1
    assert f"error: {bad}: relations[0]: unknown entity id 'e9' in tail" in result.stderr
    out = json.loads(result.stdout)
    assert [a["article"] for a in out["articles"]] == ["a1", "a3"]
    assert out["errors"] == [{"article": "a2", "file": str(bad),
                              "error": f"{bad}: relations[0]: unknown entity id 'e9' in tail"}]
    assert out["micro"]["articles"] == 2
    assert {k: out["micro"]["entities"][k] for k in ("tp", "fp", "fn")} == {"tp": 2, "fp": 1, "fn": 2}


def test_cli_without_any_usable_input_exits_2(tmp_path):
    gold = write(tmp_path / "a1.gold.json", doc())
    assert run(gold).exit_code == 2                                   # neither --pred nor --texts
    missing = run(gold, "--pred", tmp_path / "nothing-here.json")
    assert missing.exit_code == 2
    assert f"error: {tmp_path / 'nothing-here.json'}: no such file" in missing.stderr


# -- the command on an article of our own ------------------------------------------------

ARTICLE = ("2024年3月1日，杭州市人民政府办公厅印发《杭州市数字政府建设三年行动计划》。"
           "杭州市数据资源管理局负责运营“杭州办事服务”App，该平台注册用户超过1200万人。"
           "杭州市数据资源管理局与宁波市大数据发展管理局签署合作协议，推动两地政务数据共享。\n")

GOLD = {
    "entities": [
        ent("office", "Agency", "杭州市人民政府办公厅", "杭州市政府办公厅"),
        ent("plan", "Policy", "杭州市数字政府建设三年行动计划"),
        ent("hzdata", "Agency", "杭州市数据资源管理局"),
        ent("app", "Platform", "杭州办事服务", "杭州办事服务App"),
        ent("nbdata", "Agency", "宁波市大数据发展管理局"),
        ent("hz", "Region", "杭州市", "杭州", optional=True),
        ent("nb", "Region", "宁波市", "宁波", optional=True),
    ],
    "relations": [
        rel("issuedBy", "plan", "office"),
        rel("operates", "hzdata", "app"),
        rel("cooperatesWith", "nbdata", "hzdata"),
        rel("sharesDataWith", "hzdata", "nbdata", optional=True),
        rel("jurisdiction", "office", "hz", inferred=True),
        rel("jurisdiction", "hzdata", "hz", inferred=True),
        rel("jurisdiction", "nbdata", "nb", inferred=True),
        rel("serves", "app", "hz", inferred=True),
    ],
    "metrics": [{"subject": "app", "metric": "注册用户", "value": 12000000, "op": ">", "unit": "人"}],
    "dates": [{"subject": "plan", "property": "issueDate", "value": "2024-03-01"}],
}


@pytest.fixture
def hangzhou(tmp_path):
    (tmp_path / "texts").mkdir()
    text = tmp_path / "texts" / "hz_plan.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    gold = write(tmp_path / "hz_plan.gold.json", GOLD)
    return text, gold


def test_cli_runs_the_extractor_and_reports_what_the_library_scores(hangzhou, extractor):
    text, gold = hangzhou
    result = run(gold, "--texts", text.parent, "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    [article] = out["articles"]
    assert (article["article"], article["text"], article["gold"]) == ("hz_plan", str(text), str(gold))
    expected = score_article(GOLD, to_eval_json(extractor.extract_file(text))).to_dict()
    assert {k: article[k] for k in expected} == expected
    assert out["micro"] == {"articles": 1, **{k: expected[k] for k in
                                              ("entities", "relations", "metrics", "dates", "inferred_relations")}}
    assert article["inferred_relations"]["total"] == 4
    assert "Agency 杭州市数据资源管理局" not in article["missed"]["entities"]
    assert article["entities"]["tp"] >= 4 and article["dates"]["tp"] == 1


def test_cli_table_fits_80_columns_and_lists_names_not_ids(hangzhou):
    text, gold = hangzhou
    wrong_gold = write(gold, {**GOLD, "entities": GOLD["entities"] + [ent("extra", "Platform", "浙里办")],
                              "dates": [{"subject": "plan", "property": "issueDate", "value": "2024-03-02"}]})
    result = run(wrong_gold, "--texts", text)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"hz_plan  (text: {text})"
    assert lines[1].split() == ["tp", "fp", "fn", "precision", "recall", "F1"]
    assert lines[2].split()[0] == "entities" and lines[3].split()[:2] == ["relations", "(stated)"]
    assert "    entity   Platform 浙里办" in lines                     # missed, by name
    assert "    date     杭州市数字政府建设三年行动计划 issueDate 2024-03-02" in lines
    assert "    date     杭州市数字政府建设三年行动计划 issueDate 2024-03-01" in lines   # wrong, by name
    assert "micro-average over 1 article" in lines
    tables = lines[1:8] + lines[lines.index("micro-average over 1 article"):]
    assert len(tables) == 14 and max(map(len, tables)) <= 80
    assert "extra" not in result.stdout and "office" not in result.stdout     # gold ids never shown


def test_cli_names_an_article_text_it_cannot_read_and_brief_json_has_no_lists(hangzhou):
    text, gold = hangzhou
    empty = text.parent / "empty.txt"
    empty.write_text("", encoding="utf-8")
    write(text.parent.parent / "empty.gold.json", GOLD)
    result = run(gold, text.parent.parent / "empty.gold.json", "--texts", text.parent, "--json", "--brief")
    assert result.exit_code == 1
    assert f"error: {empty}: file is empty" in result.stderr
    out = json.loads(result.stdout)
    assert [a["article"] for a in out["articles"]] == ["hz_plan"]
    assert "missed" not in out["articles"][0] and "entities" in out["articles"][0]
