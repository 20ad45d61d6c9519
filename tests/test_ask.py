"""``govkg ask``: questions in Chinese mapped to saved queries, scored on a test corpus.

The corpus is tests/data/articles (built by the extractor) plus the hand-written
tests/data/query_fixture.trig. tests/data/ask_questions.tsv holds the questions,
each with the saved query it should use and the answers the texts state (written
by reading the texts). A question is answered correctly when it runs that query
and every expected answer appears in an answer line, and at least half of the
answer lines hold an expected answer (so a dump of every row does not pass).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.build import build
from govkg.cli.main import cli
from govkg.graph.store import open_store
from govkg.queries.ask import AskError, Lexicon, ask, fold, load_patterns, load_words
from govkg.queries.runner import load_queries

DATA = Path(__file__).parent / "data"
QUESTIONS = DATA / "ask_questions.tsv"
HELDOUT = DATA / "ask_questions_heldout.tsv"
BAR = 0.9             #: on the questions the patterns were written with
HELDOUT_BAR = 0.7     #: on questions never used to change the patterns


def cases(path: Path = QUESTIONS) -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            question, query, answers = line.split("\t")
            rows.append((question, query, answers.split("|")))
    return rows


@pytest.fixture(scope="module")
def store(extractor):
    """The corpus in memory (for the library calls)."""
    s = open_store("memory:")
    build([DATA / "articles"], s, extractor)
    s.import_dataset(DATA / "query_fixture.trig")
    yield s
    s.close()


@pytest.fixture(scope="module")
def store_url(store, tmp_path_factory) -> str:
    """The same corpus on disk (for the command)."""
    folder = tmp_path_factory.mktemp("ask-store")
    trig = store.export(folder / "corpus.trig", "trig")
    with open_store(f"oxigraph:{folder / 'store'}") as disk:
        disk.import_dataset(trig)
    return f"oxigraph:{folder / 'store'}"


def judge(store, question, query, expected, patterns, lexicon, words) -> str | None:
    """None when answered correctly, else what went wrong."""
    try:
        answer = ask(store, question, patterns, lexicon, words)
    except AskError as exc:
        return f"not answered: {exc}"
    if answer.query.name != query:
        return f"ran {answer.query.name}, not {query}"
    lines = [f"{line.answer} {line.sentence or ''}" for line in answer.lines]
    missing = [e for e in expected if not any(e in line for line in lines)]
    if missing:
        return f"missing {missing} in {[line.answer for line in answer.lines][:8]}"
    relevant = sum(1 for line in lines if any(e in line for e in expected))
    if relevant * 2 < len(lines):
        return f"only {relevant} of {len(lines)} answer lines hold an expected answer"
    return None


def score(store, path: Path, label: str, capsys) -> float:
    words = load_words()
    patterns = load_patterns(words=words)
    lexicon = Lexicon.from_store(store)
    questions = cases(path)
    failures = {}
    for question, query, expected in questions:
        problem = judge(store, question, query, expected, patterns, lexicon, words)
        if problem:
            failures[question] = problem
    right = len(questions) - len(failures)
    with capsys.disabled():
        print(f"\ngovkg ask, {label}: {right}/{len(questions)} questions answered correctly "
              f"({right / len(questions):.0%})")
        for question, problem in failures.items():
            print(f"  ✗ {question}  {problem}")
    return right / len(questions)


def test_question_answering_score(store, capsys):
    assert len(cases()) >= 60
    assert score(store, QUESTIONS, "questions the patterns were written with", capsys) >= BAR


def test_question_answering_score_on_held_out_questions(store, capsys):
    assert len(cases(HELDOUT)) >= 20
    assert score(store, HELDOUT, "held-out questions", capsys) >= HELDOUT_BAR


def test_every_saved_query_has_several_phrasings_and_a_test_question():
    patterns = load_patterns()
    per_query = {}
    for p in patterns:
        per_query.setdefault(p.query, set()).add(p.text)
    tested = {query for _, query, _ in cases()}
    for name in load_queries():
        assert len(per_query.get(name, ())) >= 3, f"{name}: fewer than 3 phrasings in questions.tsv"
        assert name in tested, f"{name}: no test question"


def test_fold():
    assert fold("請問「粵省事」的註冊用戶有多少？") == "粤省事的注册用户有多少"
    assert fold("  四川 有哪些 政务服务平台? ") == "四川有哪些政务服务平台"
    assert fold("ＡＰＰ有哪些呢？") == "app有哪些"


def test_cli_answers_with_the_sentence(store_url):
    result = CliRunner().invoke(cli, ["ask", "哪个机构统筹一网通办？", "--store", store_url])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "上海市人民政府办公厅"
    assert lines[1].strip().startswith("「") and "上海市人民政府办公厅负责统筹" in lines[1]


def test_cli_explain_shows_the_query(store_url):
    result = CliRunner().invoke(cli, ["ask", "粤省事的注册用户有多少？", "--explain", "--store", store_url])
    assert result.exit_code == 0, result.output
    assert "# query: govkg query platform-statistics --param entity=粤省事 --param metric=注册用户" in result.output
    assert "?obs gk:observedEntity ?entity" in result.output
    assert "180000000" in result.output


def test_cli_json(store_url):
    result = CliRunner().invoke(cli, ["ask", "《浙江省公共数据条例》是谁通过的？", "--format", "json",
                                      "--store", store_url])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["answer"] for d in data] == ["浙江省人大常委会"]
    assert "浙江省人大常委会审议通过《浙江省公共数据条例》" in data[0]["sentence"]


@pytest.mark.parametrize("question, code, message", [
    ("今天天气怎么样？", 2, "cannot map the question to a saved query"),
    ("谁运营上海数据大平台？", 2, "no entity named 上海数据大平台"),
    ("哪个机构负责统筹随申办？", 1, "no answer in the graph"),
])
def test_cli_says_plainly_when_it_cannot_answer(store_url, question, code, message):
    result = CliRunner().invoke(cli, ["ask", question, "--store", store_url])
    assert result.exit_code == code
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_list_shows_the_patterns():
    result = CliRunner().invoke(cli, ["ask", "--list"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == len(load_patterns())


def test_a_users_own_phrasing_in_the_data_file_is_used(tmp_path, store):
    """The patterns are data: a new line in a questions file makes a new question answerable."""
    words = load_words()
    lexicon = Lexicon.from_store(store)
    mine = tmp_path / "questions.tsv"
    mine.write_text("agency-coordinates-platform\tagency_name\tplatform={Platform}\t{Platform}背后是谁\n",
                    encoding="utf-8")
    patterns = load_patterns(mine, words)
    answer = ask(store, "湘易办背后是谁？", patterns, lexicon, words)
    assert "湖南省政务管理服务局" in answer.values
    with pytest.raises(AskError):
        ask(store, "湘易办背后是谁？", load_patterns(words=words)[:1], lexicon, words)


def test_cli_questions_file_of_your_own(store_url, tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("# my phrasing\nagency-coordinates-platform\tagency_name\tplatform={Platform}\t{Platform}背后是谁\n",
                    encoding="utf-8")
    without = CliRunner().invoke(cli, ["ask", "湘易办背后是谁？", "--store", store_url])
    assert without.exit_code == 2 and "cannot map the question" in without.stderr
    result = CliRunner().invoke(cli, ["ask", "湘易办背后是谁？", "--questions", str(mine), "--store", store_url])
    assert result.exit_code == 0, result.output
    assert "湖南省政务管理服务局" in result.stdout.splitlines()
    broken = tmp_path / "broken.tsv"
    broken.write_text("no-such-query\tx\t-\t{Platform}是谁\n", encoding="utf-8")
    bad = CliRunner().invoke(cli, ["ask", "湘易办背后是谁？", "--questions", str(broken), "--store", store_url])
    assert bad.exit_code == 2 and "broken.tsv:1: no saved query called 'no-such-query'" in bad.output
