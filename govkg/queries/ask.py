"""Questions in Chinese, answered by the saved queries: ``govkg ask "哪个机构统筹一网通办？"``.

Nothing is learnt and nothing is downloaded: a question is folded (Simplified
Chinese, half-width, lower case, no quotes or spaces), the names and aliases
of the graph's entities are found in it by longest match, and it is matched
against the patterns of ``questions.tsv`` (words and shorthands in
``question-words.tsv``), both plain data files a user can read and extend.
The best pattern names a saved query, its params and the columns that hold
the answer; the query runs on the store, and each answer comes with the
sentence it was extracted from.

>>> fold("請問「粵省事」的註冊用戶有多少？")
'粤省事的注册用户有多少'
"""
from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from .runner import QueryError, SavedQuery, load_queries, run_query

HERE = Path(str(files(__package__)))
QUESTIONS = HERE / "questions.tsv"
WORDS = HERE / "question-words.tsv"

#: Entity types and the letter that marks them inside a question's skeleton.
TYPE_LETTERS = {"Agency": "A", "Organization": "O", "Region": "R", "Platform": "P", "Policy": "L", "Report": "T"}
ENTITY_SLOTS = (*TYPE_LETTERS, "Entity")
_OPEN, _MID, _CLOSE, _INDEX = "\ue000", "\ue001", "\ue002", 0xE100
_NOT_TOKEN = "[^\ue000-\ue2ff]"
_QUOTES = re.compile(r"[\s\"'“”‘’《》〈〉「」『』【】]+")
_PREFIX = re.compile(r"^(请问一下|请问|我想知道|想知道|想问一下|问一下|你知道|告诉我|帮我查一下|查一下)[,，:：]?")
_SUFFIX = re.compile(r"(呢|吗|啊|呀|吧)?[?？!！。.～~]*$")
_SLOT = re.compile(r"\{([A-Za-z]+?)(2?)\}|@([a-z]+)")
_REGION_SUFFIX = re.compile(r"(省|市|自治区|特别行政区|维吾尔自治区|壮族自治区|回族自治区)$")


class AskError(ValueError):
    """The question could not be answered; ``code`` is the exit code (2: not understood, 1: no answer)."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


@lru_cache(maxsize=1)
def _simplify():
    import opencc

    return opencc.OpenCC("t2s").convert


def fold(text: str) -> str:
    """The question as patterns see it: Simplified, half-width, lower case, no quotes, no politeness."""
    text = unicodedata.normalize("NFKC", _simplify()(text)).casefold()
    text = _QUOTES.sub("", text)
    text = _PREFIX.sub("", text)
    return _SUFFIX.sub("", text) or text


def _fold_name(text: str) -> str:
    return _QUOTES.sub("", unicodedata.normalize("NFKC", text).casefold())


# -- the data files ------------------------------------------------------------

@dataclass(frozen=True)
class Pattern:
    query: str
    answer: tuple[str, ...]
    params: tuple[tuple[str, str, str], ...]   #: (name, "=" or "!=", value template)
    text: str                                   #: the pattern as written
    regex: re.Pattern
    loose: re.Pattern                           #: entity slots as free text, to name an unknown entity
    line: int


@dataclass
class Words:
    slots: dict[str, list[tuple[str, str]]] = field(default_factory=dict)   #: {type}: [(word, value)]
    macros: dict[str, list[str]] = field(default_factory=dict)             #: @who: [words]


def _rows(path: Path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line.rstrip("\n").split("\t")


def load_words(path: Path = WORDS) -> Words:
    words = Words()
    for number, cells in _rows(path):
        if len(cells) < 2:
            raise QueryError(f"{path}:{number}: write SLOT<tab>WORD<tab>VALUE")
        slot, word = cells[0].strip(), _fold_name(cells[1])
        if slot.startswith("@"):
            words.macros.setdefault(slot[1:], []).append(word)
        else:
            words.slots.setdefault(slot, []).append((word, cells[2].strip() if len(cells) > 2 else word))
    return words


def _alternation(items) -> str:
    return "|".join(re.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))


def _compile(text: str, words: Words, loose: bool, where: str) -> re.Pattern:
    def slot(match: re.Match) -> str:
        name, second, macro = match.groups()
        if macro:
            if macro not in words.macros:
                raise QueryError(f"{where}: unknown shorthand @{macro}; question-words.tsv defines "
                                 f"{', '.join('@' + m for m in sorted(words.macros))}")
            return f"(?:{_alternation(words.macros[macro])})"
        group = f"{name}{second}"
        if name in ENTITY_SLOTS:
            if loose:
                return f"(?P<{group}>{_NOT_TOKEN}{{2,}}?)"
            letter = TYPE_LETTERS.get(name, "")
            inside = f"[A-Z]*{letter}[A-Z]*" if letter else "[A-Z]*"
            return f"(?P<{group}>{_OPEN}{inside}{_MID}.{_CLOSE})"
        if name == "year":
            return f"(?P<{group}>(?:19|20)\\d\\d)"
        if name == "text":
            return f"(?P<{group}>{_NOT_TOKEN}+?)"
        if name in words.slots:
            return f"(?P<{group}>{_alternation(w for w, _ in words.slots[name])})"
        raise QueryError(f"{where}: unknown slot {{{name}}}")

    try:
        return re.compile(_SLOT.sub(slot, text))
    except re.error as exc:
        raise QueryError(f"{where}: the pattern is not a valid regular expression: {exc}") from None


def load_patterns(path: Path = QUESTIONS, words: Words | None = None,
                  queries: dict[str, SavedQuery] | None = None) -> list[Pattern]:
    """The patterns of ``questions.tsv``, checked against the saved queries."""
    words = words or load_words()
    queries = queries if queries is not None else load_queries()
    patterns = []
    for number, cells in _rows(path):
        where = f"{path.name}:{number}"
        if len(cells) != 4:
            raise QueryError(f"{where}: write QUERY<tab>ANSWER<tab>PARAMS<tab>PATTERN ({len(cells)} columns found)")
        query, answer, params, text = (c.strip() for c in cells)
        if query not in queries:
            raise QueryError(f"{where}: no saved query called {query!r}")
        specs = []
        for item in ([] if params == "-" else params.split()):
            match = re.fullmatch(r"([A-Za-z_]\w*)(!?=)(.+)", item)
            if not match:
                raise QueryError(f"{where}: cannot read {item!r}; write NAME=VALUE")
            specs.append(match.groups())
        patterns.append(Pattern(query, tuple(a.strip() for a in answer.split(",")), tuple(specs), text,
                                _compile(text, words, False, where), _compile(text, words, True, where), number))
    return patterns


# -- names in the question -----------------------------------------------------

@dataclass
class Lexicon:
    """Each folded name or alias of the graph: the label as written, its types and the entities' names."""

    labels: dict[str, tuple[str, set[str], set[str]]]

    @classmethod
    def from_store(cls, store) -> "Lexicon":
        rows = store.select("""
            SELECT ?type ?name ?label WHERE {
              VALUES ?class { gk:Agency gk:Organization gk:Region gk:Platform gk:Policy gk:Report }
              ?e a ?class ; gk:name ?n ; gk:name|gk:alias ?l .
              BIND (STRAFTER(STR(?class), "#") AS ?type) BIND (STR(?n) AS ?name) BIND (STR(?l) AS ?label)
            }""")
        labels: dict[str, tuple[str, set[str], set[str]]] = {}

        def add(label, type_, name, derived=False):
            key = _fold_name(label)
            if len(key) < 2 or (derived and key in labels):
                return
            written, types, names = labels.setdefault(key, (name if derived else label, set(), set()))
            types.add(type_)
            names.add(name)

        for r in rows:
            add(r["label"], r["type"], r["name"])
        for r in rows:     # 四川 for 四川省, 上海 for 上海市, unless the short form names something else
            if r["type"] == "Region":
                add(_REGION_SUFFIX.sub("", r["label"]), "Region", r["name"], derived=True)
        return cls(labels)

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Longest names first, left to right, not overlapping: (start, end, folded label)."""
        longest = max((len(k) for k in self.labels), default=0)
        found, i = [], 0
        while i < len(text):
            for size in range(min(longest, len(text) - i), 1, -1):
                if text[i:i + size] in self.labels:
                    found.append((i, i + size, text[i:i + size]))
                    i += size
                    break
            else:
                i += 1
        return found

    def names(self) -> list[str]:
        return sorted({w for w, _, _ in self.labels.values()})


# -- matching ------------------------------------------------------------------

@dataclass
class Match:
    pattern: Pattern
    params: dict[str, str]
    keep: list[tuple[str, str, set[str]]]     #: (column, "=" or "!=", accepted values)
    literal: int


def _skeleton(text: str, mentions, keep: tuple[int, ...], lexicon: Lexicon) -> str:
    """``text`` with the kept mentions replaced by tokens: private-use marks around type letters and an index."""
    out, last = [], 0
    for i in keep:
        start, end, key = mentions[i]
        letters = "".join(sorted(TYPE_LETTERS[t] for t in lexicon.labels[key][1]))
        out += [text[last:start], f"{_OPEN}{letters}{_MID}{chr(_INDEX + i)}{_CLOSE}"]
        last = end
    out.append(text[last:])
    return "".join(out)


def match_question(question: str, patterns: list[Pattern], lexicon: Lexicon, words: Words) -> Match:
    """The best pattern for ``question``, with its params bound; AskError if none fits."""
    text = fold(question)
    if not text:
        raise AskError("the question is empty")
    mentions = lexicon.mentions(text)[:8]
    values = {slot: dict(pairs) for slot, pairs in words.slots.items()}
    for size in range(len(mentions), -1, -1):
        best = None
        for keep in itertools.combinations(range(len(mentions)), size):
            skeleton = _skeleton(text, mentions, keep, lexicon)
            for pattern in patterns:
                m = pattern.regex.fullmatch(skeleton)
                if not m:
                    continue
                slots = sum(len(v) for v in m.groupdict().values() if v)
                literal = len(skeleton) - slots
                if best is None or literal > best[0]:
                    best = (literal, pattern, m)
        if best:
            literal, pattern, m = best
            return _bind(pattern, m, mentions, lexicon, values, literal)
    raise _failure(text, patterns, lexicon)


def _bind(pattern: Pattern, m: re.Match, mentions, lexicon: Lexicon, values, literal: int) -> Match:
    slots: dict[str, tuple[str, set[str]]] = {}
    for group, value in m.groupdict().items():
        if value is None:
            continue
        base = group.rstrip("2")
        if base in ENTITY_SLOTS:
            key = mentions[ord(value[-2]) - _INDEX][2]
            written, _, names = lexicon.labels[key]
            slots[group] = (written, names)
        elif base in values:
            slots[group] = (values[base][value], {values[base][value]})
        else:
            slots[group] = (value, {value})
    params, keep = {}, []
    query_params = {p.name for p in load_queries()[pattern.query].params}
    for name, op, template in pattern.params:
        whole = re.fullmatch(r"\{(\w+)\}", template)
        if whole and whole.group(1) in slots:
            value, accepted = slots[whole.group(1)]
        else:
            value = re.sub(r"\{(\w+)\}", lambda g: slots.get(g.group(1), ("", set()))[0], template)
            accepted = {value}
        if name in query_params and op == "=":
            params[name] = value
        else:
            keep.append((name, op, accepted | {value}))
    return Match(pattern, params, keep, literal)


def _failure(text: str, patterns: list[Pattern], lexicon: Lexicon) -> AskError:
    """No pattern fits: name an unknown entity if a pattern fits with free text for it, else say so."""
    known = lexicon.names()
    for pattern in patterns:
        m = pattern.loose.fullmatch(text)
        if not m:
            continue
        for group, value in m.groupdict().items():
            slot = group.rstrip("2")
            if value and slot in ENTITY_SLOTS and not any(
                    slot == "Entity" or slot in lexicon.labels[key][1] for _, _, key in lexicon.mentions(value)):
                close = difflib.get_close_matches(value, known, n=3, cutoff=0.5)
                close += [k for k in known if value in k and k not in close][:3 - len(close)]
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                return AskError(f"no entity named {value}{hint}")
    return AskError(f"cannot map the question to a saved query: {text!r}; "
                    "'govkg ask --list' shows the questions understood")


# -- answering -----------------------------------------------------------------

@dataclass
class AnswerLine:
    answer: str
    sentence: str | None
    document: str | None
    row: dict


@dataclass
class Answer:
    question: str
    query: SavedQuery
    params: dict[str, str]
    keep: list[tuple[str, str, set[str]]]
    columns: tuple[str, ...]
    lines: list[AnswerLine]
    pattern: Pattern

    @property
    def values(self) -> list[str]:
        return [line.answer for line in self.lines]


_EVIDENCE = """
SELECT ?a ?b ?text ?document WHERE {
  ?f a gk:Assertion ; gk:subject ?s ; gk:object ?o ; gk:evidence ?e ; prov:wasDerivedFrom ?doc .
  ?e gk:text ?text .
  ?s gk:name ?sn . ?o gk:name ?on .
  FILTER ((STR(?sn) = STR(?a) && STR(?on) = STR(?b)) || (STR(?sn) = STR(?b) && STR(?on) = STR(?a)))
  OPTIONAL { ?doc gk:title ?title } OPTIONAL { ?doc gk:sourcePath ?path }
  BIND (COALESCE(STR(?title), ?path, STR(?doc)) AS ?document)
} ORDER BY ?document ?text LIMIT 1"""


def _cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def ask(store, question: str, patterns: list[Pattern] | None = None, lexicon: Lexicon | None = None,
        words: Words | None = None) -> Answer:
    """Answer ``question`` from ``store``; AskError (with an exit code) when it cannot."""
    import pyoxigraph as ox

    words = words or load_words()
    patterns = patterns if patterns is not None else load_patterns(words=words)
    lexicon = lexicon or Lexicon.from_store(store)
    match = match_question(question, patterns, lexicon, words)
    query = load_queries()[match.pattern.query]
    try:
        result = run_query(store, query, match.params)
    except QueryError as exc:
        raise AskError(str(exc)) from None
    rows = [dict(zip(result.columns, row)) for row in result.rows]
    for column, op, accepted in match.keep:
        if rows and column not in rows[0]:
            raise AskError(f"questions.tsv:{match.pattern.line}: query {query.name!r} has no column {column!r}")
        rows = [r for r in rows if (_cell(r.get(column)) in accepted) == (op == "=")]
    names = {n for _, _, ns in lexicon.labels.values() for n in ns}
    lines, seen = [], set()
    for row in rows:
        answer = " ".join(_cell(row.get(c)) for c in match.pattern.answer if _cell(row.get(c)))
        sentence, document = row.get("sentence"), row.get("document")
        if not sentence:
            cells = [v for v in row.values() if isinstance(v, str) and v in names]
            for a, b in itertools.combinations(dict.fromkeys(cells), 2):
                found = store.select(_EVIDENCE, {"a": ox.Literal(a), "b": ox.Literal(b)})
                if found:
                    sentence, document = found[0]["text"], found[0]["document"]
                    break
        if (answer, sentence) in seen or not answer:
            continue
        seen.add((answer, sentence))
        lines.append(AnswerLine(answer, sentence, document, row))
    return Answer(question, query, match.params, match.keep, result.columns, lines, match.pattern)
