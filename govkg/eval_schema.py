"""Reading and checking gold and prediction documents (the schema ``govkg evaluate`` scores).

Every problem is named with where it is (``relations[3]: unknown entity id 'b' in tail``)
and, when a file is read, with the file, so that a hand-made gold file's typo is
found before any score is printed. :mod:`govkg.evaluate` scores what passes.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import re
from pathlib import Path

from .types import DATE_PROPERTIES, ENTITY_TYPES, RELATION_TYPES

#: The four kinds of item scored, in the order reports print them.
KINDS = ("entities", "relations", "metrics", "dates")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

class EvalInputError(ValueError):
    """A gold or prediction document that does not follow the schema.

    ``str(exc)`` is one line naming the file (or "gold"/"prediction") and the
    first problem; ``problems`` holds every problem found.
    """

    def __init__(self, label: str, problems: list[str]):
        self.label = label
        self.problems = list(problems)
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
        super().__init__(f"{label}: {problems[0]}{more}")



def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def problems_of(doc) -> list[str]:
    """Everything wrong with ``doc`` as a gold or prediction document (empty: fine).

    >>> problems_of({"entities": [{"id": "a", "type": "Agency", "name": "x"}],
    ...              "relations": [{"type": "operates", "head": "a", "tail": "b"}],
    ...              "metrics": [], "dates": [{"subject": "a", "property": "issueDate", "value": "2023-02-30"}]})
    ["relations[0]: unknown entity id 'b' in tail", "dates[0]: value '2023-02-30' is not a YYYY-MM-DD date"]
    """
    if not isinstance(doc, dict):
        return [f"expected a JSON object with entities, relations, metrics and dates, got {type(doc).__name__}"]
    out: list[str] = []
    for kind in KINDS:
        if kind not in doc:
            out.append(f"missing key '{kind}'")
        elif not isinstance(doc[kind], list):
            out.append(f"'{kind}' is not a list")
    if out:
        return out

    def need(where, item, key, check, what):
        if key not in item:
            out.append(f"{where}: missing key '{key}'")
            return False
        if not check(item[key]):
            out.append(f"{where}: {key} {item[key]!r} is not {what}")
            return False
        return True

    def flags(where, item, keys):
        for key in keys:
            if key in item and not isinstance(item[key], bool):
                out.append(f"{where}: {key} {item[key]!r} is not true or false")

    def nonempty_str(v):
        return isinstance(v, str) and v.strip() != ""

    def objects(kind):
        """(where, item) for each item of ``kind`` that is an object; the others are problems."""
        for i, item in enumerate(doc[kind]):
            where = f"{kind}[{i}]"
            if isinstance(item, dict):
                yield where, item
            else:
                out.append(f"{where}: not an object")

    ids: set[str] = set()
    for where, e in objects("entities"):
        if need(where, e, "id", nonempty_str, "a non-empty string"):
            if e["id"] in ids:
                out.append(f"{where}: id {e['id']!r} is used twice")
            ids.add(e["id"])
        need(where, e, "type", lambda v: v in ENTITY_TYPES, "one of " + ", ".join(ENTITY_TYPES))
        need(where, e, "name", nonempty_str, "a non-empty string")
        aliases = e.get("aliases")
        if aliases is not None and not (isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)):
            out.append(f"{where}: aliases {e['aliases']!r} is not a list of strings")
        flags(where, e, ("optional",))

    def refers(where, item, key):
        """``item[key]`` names an entity of the document (a relation's head or tail, a fact's subject)."""
        if key not in item:
            out.append(f"{where}: missing key '{key}'")
        elif not (isinstance(item[key], str) and item[key] in ids):
            out.append(f"{where}: unknown entity id {item[key]!r} in {key}")

    for where, r in objects("relations"):
        need(where, r, "type", lambda v: v in RELATION_TYPES, "a relation type of govkg/types.py")
        refers(where, r, "head")
        refers(where, r, "tail")
        flags(where, r, ("optional", "inferred", "symmetric"))
    for where, m in objects("metrics"):
        refers(where, m, "subject")
        need(where, m, "metric", lambda v: isinstance(v, str), "a string")
        need(where, m, "value", _is_number, "a number")
        for key in ("op", "unit"):
            if key in m and m[key] is not None and not isinstance(m[key], str):
                out.append(f"{where}: {key} {m[key]!r} is not a string")
        flags(where, m, ("optional",))
    for where, d in objects("dates"):
        refers(where, d, "subject")
        need(where, d, "property", lambda v: v in DATE_PROPERTIES, "one of " + ", ".join(DATE_PROPERTIES))
        if "value" not in d:
            out.append(f"{where}: missing key 'value'")
        elif not _is_date(d["value"]):
            out.append(f"{where}: value {d['value']!r} is not a YYYY-MM-DD date")
    return out


def _is_date(v) -> bool:
    if not (isinstance(v, str) and _DATE.match(v)):
        return False
    try:
        _dt.date.fromisoformat(v)
    except ValueError:
        return False
    return True


def check(doc, label: str) -> dict:
    """``doc`` itself if it follows the schema, else :class:`EvalInputError` naming ``label``."""
    problems = problems_of(doc)
    if problems:
        raise EvalInputError(label, problems)
    return doc


def load(path: str | Path) -> dict:
    """Read and check one gold or prediction JSON file; errors name the file.

    A file holding a one-element list (``govkg extract`` prints a list for
    several files) is taken as that element.
    """
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalInputError(str(path), ["no such file"]) from None
    except UnicodeDecodeError:
        raise EvalInputError(str(path), ["not UTF-8 text"]) from None
    except json.JSONDecodeError as exc:
        raise EvalInputError(str(path), [f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"]) from None
    except OSError as exc:
        raise EvalInputError(str(path), [exc.strerror or str(exc)]) from None
    if isinstance(doc, list) and len(doc) == 1:
        doc = doc[0]
    return check(doc, str(path))
