"""``govkg evaluate``: score extractions against hand-made gold annotations."""
from __future__ import annotations

import json
import zlib
from pathlib import Path

import click

from ..dress import DRESSINGS, dress as dress_text
from ..evaluate import KINDS, EvalInputError, Score, load, micro, score_article

EPILOG = """\b
Examples:
  govkg evaluate gold/ --texts articles/    # extract each article, then score
  govkg extract x.txt --json > x.json
  govkg evaluate x.gold.json --pred x.json  # score a prediction made before
  govkg evaluate gold/ --pred preds/ --json # the numbers as JSON, for scripts
  govkg evaluate gold/ --texts articles/ --dress wrapped  # broken at a width
\b
Gold and prediction files are paired by article name: the file name without
.gold.json, .pred.json or .json (a text's without its suffix); one gold file
and one prediction are paired whatever their names. A folder as GOLD means its
*.gold.json files (or, if none, its *.json files).
Exit status: 0 every article scored, 1 some could not be (each is named on
stderr), 2 none could. Schema and matching rules: docs/evaluation.md.
"""

#: Suffixes of article texts the extractor reads (govkg.loaders.read).
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".shtml", ".pdf", ".docx")

LABELS = {"entities": "entities", "relations": "relations (stated)", "metrics": "metrics", "dates": "dates"}
SINGULAR = {"entities": "entity", "relations": "relation", "metrics": "metric", "dates": "date"}


def article_name(path: Path) -> str:
    """The article a gold or prediction file belongs to: its name without .gold.json/.pred.json/.json.

    >>> [article_name(Path(p)) for p in ("gold/a01.gold.json", "preds/a01.pred.json", "a01.json", "a01.txt")]
    ['a01', 'a01', 'a01', 'a01']
    """
    name = path.name
    for suffix in (".gold.json", ".pred.json", ".json"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return path.stem


def _json_files(paths, prefer: str) -> list[Path]:
    """Files as given, and the JSON files of folders (``prefer``-suffixed ones if a folder has any)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob(f"*{prefer}")) or sorted(f for f in p.glob("*.json") if not f.name.endswith(".gold.json"))
            out.extend(f for f in found if f.is_file())
        else:
            out.append(p)
    return out


def _text_files(paths) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES))
        else:
            out.append(p)
    return out


def _num(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"


def format_table(score: Score, indent: str = "  ") -> list[str]:
    """The rows of one score: tp, fp, fn, precision, recall and F1 per kind (under 80 columns)."""
    rows = [f"{indent}{'':<20}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'F1':>7}"]
    for kind in KINDS:
        c = getattr(score, kind)
        rows.append(f"{indent}{LABELS[kind]:<20}{c.tp:>5}{c.fp:>5}{c.fn:>5}"
                    f"{_num(c.precision):>11}{_num(c.recall):>8}{_num(c.f1):>7}")
    inf = score.inferred
    rows.append(f"{indent}{'inferred relations':<20}{'found ' + str(inf.found) + ' of ' + str(inf.total):>26}"
                f"{_num(inf.recall):>8}")
    return rows


def format_lists(score: Score, indent: str = "  ") -> list[str]:
    """Missed gold items and wrong predictions, one per line, by name."""
    rows = []
    for title, lists in (("missed", score.missed), ("wrong", score.wrong)):
        items = [(SINGULAR[k], line) for k in KINDS for line in lists[k]]
        if items:
            rows.append(f"{indent}{title} ({len(items)}):")
            rows.extend(f"{indent}  {kind:<9}{line}" for kind, line in items)
    return rows


@click.command("evaluate", epilog=EPILOG)
@click.argument("gold", nargs=-1, required=True, type=click.Path())
@click.option("--pred", "preds", multiple=True, type=click.Path(),
              help="Prediction JSON file or folder (repeatable), e.g. from: govkg extract FILE --json.")
@click.option("--texts", multiple=True, type=click.Path(),
              help="Article text file or folder (repeatable): run the extractor on each gold file's article.")
@click.option("--dress", type=click.Choice(list(DRESSINGS)), default=None,
              help="With --texts: extract each article dressed this way (Traditional script with pinyin glosses, "
                   "lines broken at a fixed width, HTML tags…) to see what the dressing costs; see govkg/dress.py.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--brief", is_flag=True, help="Only the numbers, without the lists of missed and wrong items.")
def evaluate_cmd(gold, preds, texts, dress, as_json, brief):
    """Score govkg's extraction against hand-made GOLD annotation files (or folders of them)."""
    if bool(preds) == bool(texts):
        raise click.UsageError("give either --pred (prediction files) or --texts (articles to extract), not both or none")
    if dress and not texts:
        raise click.UsageError("--dress dresses the articles of --texts before extracting them; give --texts")
    errors: list[dict] = []

    def fail(article: str | None, file, message: str) -> None:
        errors.append({"article": article, "file": str(file) if file else None, "error": message})
        click.echo(f"error: {message}", err=True)

    gold_files: dict[str, Path] = {}
    for g in _json_files(gold, ".gold.json"):
        name = article_name(g)
        if name in gold_files:
            fail(name, g, f"{g}: a second gold file for article {name} (first: {gold_files[name]}); skipped")
        else:
            gold_files[name] = g
    if not gold_files:
        raise _NothingDone(f"no gold files in {', '.join(gold)}")

    sources: dict[str, list[Path]] = {}
    for p in (_json_files(preds, ".pred.json") if preds else _text_files(texts)):
        sources.setdefault(article_name(p) if preds else p.stem, []).append(p)
    if len(gold_files) == 1 and sum(map(len, sources.values())) == 1:   # one and one: a pair by fiat
        sources = {next(iter(gold_files)): next(iter(sources.values()))}
    orphans = [str(files[0]) for name, files in sources.items() if preds and name not in gold_files]
    if orphans:
        shown = ", ".join(orphans[:3]) + (f" and {len(orphans) - 3} more" if len(orphans) > 3 else "")
        click.echo(f"note: no gold file for {shown}; not scored", err=True)

    extractor = None
    scored: list[tuple[str, Path, Path, Score]] = []
    for name, gpath in gold_files.items():
        found = sources.get(name, [])
        if not found:
            what = "prediction file" if preds else "article text"
            fail(name, gpath, f"{gpath}: no {what} named {name} in {', '.join(preds or texts)}")
            continue
        if len(found) > 1:
            fail(name, gpath, f"{gpath}: several files for article {name}: {', '.join(map(str, found))}")
            continue
        source = found[0]
        try:
            gdoc = load(gpath)
        except EvalInputError as exc:
            fail(name, gpath, str(exc))
            continue
        if preds:
            try:
                pdoc = load(source)
            except EvalInputError as exc:
                fail(name, source, str(exc))
                continue
        else:
            from ..loaders.pipeline import Extractor, to_eval_json
            from ..loaders.read import ReadError

            extractor = extractor or Extractor()
            try:
                pdoc = to_eval_json(_extract(extractor, source, dress))
            except ReadError as exc:
                fail(name, source, str(exc))
                continue
        try:
            scored.append((name, gpath, source, score_article(gdoc, pdoc)))
        except EvalInputError as exc:
            fail(name, source, f"{source}: {exc}")

    total = micro(s for *_, s in scored)
    if as_json:
        payload = {
            "articles": [{"article": name, "gold": str(g), ("prediction" if preds else "text"): str(src),
                          **s.to_dict(lists=not brief)} for name, g, src, s in scored],
            "micro": {"articles": len(scored), **total.to_dict(lists=False)},
            "errors": errors,
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
    else:
        lines: list[str] = []
        for name, g, src, s in scored:
            lines.append(f"{name}  ({'prediction' if preds else 'text'}: {src})")
            lines.extend(format_table(s))
            if not brief:
                lines.extend(format_lists(s))
            lines.append("")
        skipped = f"; {len(gold_files) - len(scored)} skipped" if len(scored) < len(gold_files) else ""
        lines.append(f"micro-average over {len(scored)} article{'s' if len(scored) != 1 else ''}{skipped}")
        lines.extend(format_table(total))
        click.echo("\n".join(lines))
    if not scored:
        click.get_current_context().exit(2)
    if errors:
        click.get_current_context().exit(1)


def _extract(extractor, source: Path, dressing: str | None):
    """The extraction of one article, read as it is or dressed (the same way each run)."""
    if dressing is None:
        return extractor.extract_file(source)
    from ..loaders.read import read

    seed = zlib.crc32(source.name.encode("utf-8"))     # each article its own way, the same each run
    return extractor.extract_text(dress_text(read(source).text, dressing, seed), source=str(source))


class _NothingDone(click.ClickException):
    exit_code = 2


COMMANDS = [evaluate_cmd]
