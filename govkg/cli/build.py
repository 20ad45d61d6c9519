"""Commands that make and change the graph: run, build, remove, export, stats."""
from __future__ import annotations

import sys
import time
from collections import Counter
from importlib.resources import files
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from .. import build as build_mod
from ..fileout import OutputError
from ..graph.store import EXPORT_FORMATS, EXPORT_SUFFIXES, StoreError, open_store
from ..types import ENTITY_TYPES, RELATION_TYPES
from .common import closing, store_option
from .progress import Heartbeat

SAMPLE = files("govkg") / "samples" / "sample_article.txt"
COORDINATION_QUERY = "agency-coordinates-platform"


def _console() -> Console:
    return Console(stderr=False, highlight=False, soft_wrap=True)


#: How long a command that writes waits for another govkg process to let go of the store.
DEFAULT_WAIT = 30.0


class NothingDone(click.ClickException):
    """One line on stderr and exit code 2: nothing could be done (store in use, no such input)."""

    exit_code = 2


def _busy(exc: StoreError) -> bool:
    """RocksDB's lock on the store folder is held by another process (or this one).

    Opening a store another process has open fails at once with "IO error:
    While lock file: …/LOCK: Resource temporarily unavailable" (no waiting in
    RocksDB); a LOCK file that cannot be opened at all is a different problem.
    """
    cause = str(exc.__cause__ or "").lower()
    return ("while lock file" in cause and "temporarily unavailable" in cause) or "lock hold by" in cause


def _open(store_url: str, wait: float = 0.0, read_only: bool = False):
    """Open the store; while another process holds it, retry for up to ``wait`` seconds.

    ``read_only`` (for commands that only read) never waits for a writer's
    lock: it opens the existing store beside it (``govkg.graph.locking``).
    """
    if read_only:
        from .queries import open_existing_store

        return open_existing_store(store_url)
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            return closing(open_store(store_url))
        except StoreError as exc:
            if not _busy(exc):
                cause = exc.__cause__
                raise NothingDone(f"cannot open store {store_url}: {cause}" if cause else str(exc)) from exc
            if time.monotonic() >= deadline:
                waited = f" (waited {wait:.0f} s)" if wait else ""
                raise NothingDone(f"store {store_url} is in use by another govkg process{waited}; "
                                  "run this again when that one has finished") from exc
            if not told:
                click.echo(f"waiting for another govkg process to finish with store {store_url} …", err=True)
                told = True
            time.sleep(0.2)


def _err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


class _Stored:
    """Counts the documents committed so far, and those left as stored (for the message after a Ctrl-C)."""

    def __init__(self):
        self.n = 0
        self.unchanged = 0


#: A build checks at most this many of its documents against the SHACL shapes unless told
#: ``--check all``: pyshacl takes about 0.25 s a document (with reading it into rdflib), several
#: times what building it takes, so checking 10,000 would take 40 minutes after a 15-minute
#: build. A sample (spread over the documents sorted by IRI, which are hashes) finds the
#: systematic mistakes (a wording rule or dictionary entry that gives a relation the wrong
#: kind of end); govkg validate checks all.
CHECK_SAMPLE = 100


def spread_sample(items: list, size: int) -> list:
    """At most ``size`` of ``items``, spread evenly from the first to the last.

    >>> spread_sample(list(range(10)), 4)
    [0, 2, 5, 7]
    >>> spread_sample([1, 2], 4)
    [1, 2]
    """
    if len(items) <= size:
        return list(items)
    return [items[i * len(items) // size] for i in range(size)]


def _interrupted(stored: _Stored) -> None:
    kept = f" ({stored.unchanged} left as they were)" if stored.unchanged else ""
    click.echo(f"interrupted: {stored.n} document{'s' if stored.n != 1 else ''} stored{kept}, the rest not "
               "(run the same command again to finish)", err=True)
    sys.exit(130)


def _build_with_progress(paths, store, include, exclude, console: Console, stored: _Stored | None = None,
                         verbose: bool = False, wait: float = DEFAULT_WAIT,
                         doc_id: str | None = None, follow_links: bool = False,
                         runner_spec: str = "serial", everything: bool = False) -> build_mod.BuildReport:
    """Build with a progress bar on stderr; each skipped file gets one clear line.

    ``verbose`` prints ``stored PATH`` on stdout as each document is committed,
    ``unchanged PATH`` for each left as stored (``everything``: none is).
    ``runner_spec`` says where extraction runs (:func:`govkg.parallel.open_runner`).
    """
    from ..parallel import RunnerError, open_runner
    from ..loaders.pipeline import Extractor
    from ..loaders.read import ReadError, iter_inputs

    stored = stored if stored is not None else _Stored()
    try:
        links: list = []
        n_files = len(iter_inputs([Path(p) for p in paths], exclude=exclude, follow_links=follow_links,
                                  skipped=links, **({"include": include} if include else {}))) + len(links)
    except ReadError as exc:
        raise NothingDone(str(exc)) from exc
    err = _err_console()
    beat = Heartbeat("building", total=n_files, enabled=not err.is_terminal)   # the bar's twin for logs
    with Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), console=err, transient=True,
                  disable=n_files < 2 or not err.is_terminal) as progress, beat:
        task = progress.add_task("", total=n_files)

        def on_document(path, result, problem):
            progress.update(task, advance=1, description=escape(Path(path).name))
            beat.update(current=Path(path).name)
            if problem:
                err.print(f"[yellow]skipped[/] {escape(path)}: {escape(' '.join(problem.split()))}")  # one line
            elif isinstance(result, build_mod.Unchanged):
                stored.unchanged += 1
                if verbose:
                    click.echo(f"unchanged {path}")
            else:
                stored.n += 1
                if verbose:
                    click.echo(f"stored {path}")
                if result.cut:
                    err.print(f"[yellow]note[/] {escape(path)}: {_cut_note(result.cut)}")

        def on_compact(written: int) -> None:
            progress.update(task, description="compacting the store")
            beat.update(current="compacting the store")
            err.print(f"compacting the store after {written} documents written, so that queries read it fast "
                      "(about 30 s for every 10,000 documents it holds) …")

        try:
            with open_runner(runner_spec, Extractor(), jobs=n_files) as runner:
                return build_mod.build(paths, store, runner.extractor, on_document, include, exclude,
                                       lock_timeout=wait, doc_id=doc_id, follow_links=follow_links, runner=runner,
                                       everything=everything, on_compact=on_compact)
        except RunnerError as exc:
            raise NothingDone(str(exc)) from exc
        except ValueError as exc:
            raise NothingDone(str(exc)) from exc
        except build_mod.StoreBusy as exc:
            raise NothingDone(str(exc)) from exc
        except StoreError as exc:
            raise click.ClickException(f"{exc} ({stored.n} document{'s' if stored.n != 1 else ''} stored "
                                       "before it)") from exc


def _cut_note(n: int) -> str:
    from ..loaders.segment import MAX_SENTENCE

    return (f"text running over {MAX_SENTENCE} characters without sentence punctuation was cut into "
            f"{n} pieces of at most {MAX_SENTENCE} characters before recognition")


#: Skip reasons for the summary, by a phrase of the reader's problem (first match wins).
SKIP_REASONS = (
    ("extraction failed", "extraction failed"),
    ("cannot be stored", "cannot be stored"),
    ("too large", "too large"),
    ("empty", "empty"),
    ("only whitespace", "whitespace only"),
    ("binary", "binary"),
    ("permission denied", "unreadable"),
    ("no such file", "missing"),
    ("folder, not a file", "not a file"),
    ("not a regular file", "not a file"),
    ("encrypted", "encrypted"),
    ("legacy office", "unsupported format"),
    ("pdf has no text", "no text"),
    ("no article text", "no text"),
    ("has no text", "no text"),
    ("pdf", "corrupt PDF"),
    ("docx", "corrupt DOCX"),
    ("zip", "corrupt DOCX"),
    ("html", "corrupt HTML"),
    ("encod", "mis-encoded"),
    ("middle of a character", "mis-encoded"),
    ("truncated or corrupt", "mis-encoded"),
    ("symbolic link", "symbolic link"),
)


def skip_reason(problem: str) -> str:
    """A short category for a skipped file's problem ("empty", "binary", "too large", …)."""
    low = problem.lower()
    return next((reason for phrase, reason in SKIP_REASONS if phrase in low), "other")


def skipped_summary(skipped) -> str:
    """``"0 skipped"`` or ``"skipped 3: 1 binary, 1 empty, 1 too large"``."""
    if not skipped:
        return "0 skipped"
    counts = Counter(skip_reason(problem) for _, problem in skipped)
    parts = ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"skipped {len(skipped)}: {parts}"


def _counts(store) -> tuple[Counter, Counter, int]:
    types = Counter({t: 0 for t in ENTITY_TYPES})
    for row in store.select("SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t ; gk:name ?x } GROUP BY ?t"):
        name = row["t"].rsplit("#", 1)[-1]
        if name in types:
            types[name] = row["n"]
    # the relations the graph holds (the region hierarchy's partOf links too), counted from the
    # union's triples: joining each to its provenance record took 10 s on 10,000 documents, 0.2 s so
    rels = Counter()
    kinds = " ".join(f"gk:{r}" for r in RELATION_TYPES)
    for row in store.select(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {kinds} }} ?s ?p ?o . "
                            "FILTER(isIRI(?o)) } GROUP BY ?p"):
        rels[row["p"].rsplit("#", 1)[-1]] = row["n"]
    docs = len(store.documents())
    return types, rels, docs


def print_summary(console: Console, store, report: build_mod.BuildReport | None) -> None:
    # counting looks through every fact of the store: seconds to a minute on an archive
    with console.status("counting the entities and relations in the store …"):
        types, rels, docs = _counts(store)
    if report is not None:
        # each skipped file was named with its problem on stderr as it came
        cut = sum(1 for r in report.built if r.cut)
        cut_note = f" ({cut} with over-long unpunctuated text cut into pieces)" if cut else ""
        unchanged = f"{len(report.unchanged)} unchanged (as stored), " if report.unchanged else ""
        console.print(f"[bold]Documents[/]: {len(report.built)} built{cut_note}, {unchanged}"
                      f"{escape(skipped_summary(report.skipped))}; {docs} in the store")
    table = Table(title="Entities per type", show_edge=False)
    table.add_column("type")
    table.add_column("count", justify="right")
    for t in ENTITY_TYPES:
        table.add_row(t, str(types[t]))
    console.print(table)
    table = Table(title="Relations per type", show_edge=False)
    table.add_column("relation")
    table.add_column("count", justify="right")
    for r in RELATION_TYPES:
        if rels[r]:
            table.add_row(r, str(rels[r]))
    console.print(table)


@click.command("run", epilog="""\b
Examples:
  govkg run                       # the bundled sample article
  govkg run articles/ more.txt    # your files and folders
  govkg run --store memory:       # nothing written to disk but the exports
""")
@click.argument("paths", nargs=-1, type=click.Path())
@store_option
@click.option("--out", "out_dir", default="govkg-data", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the exported graph files.")
def run_cmd(paths, store_url, out_dir):
    """Build the graph from PATHS (default: the bundled sample), check it and summarize it.

    Prints documents read, entities and relations per type, SHACL conformance,
    where the store and files went, and which agency coordinates which platform.
    Exit code 1 when a file was skipped or the graph does not conform.
    """
    console = _console()
    inputs = list(paths) or [str(SAMPLE)]
    if not paths:
        console.print(f"No input given: building the bundled sample article {SAMPLE}")
    stored = _Stored()
    try:
        store = _open(store_url, DEFAULT_WAIT)
        report = _build_with_progress(inputs, store, None, (), console, stored)
    except KeyboardInterrupt:
        _interrupted(stored)
    print_summary(console, store, report)

    from ..graph.validate import validate

    validation = validate(store.to_rdflib())
    console.print(f"[bold]SHACL[/]: {'conforms' if validation.conforms else f'{len(validation.violations)} violation(s) — run govkg validate'}")

    out = Path(out_dir)
    try:
        written = [store.export(out / f"graph{EXPORT_SUFFIXES[f]}", f) for f in ("turtle", "trig")]
    except OutputError as exc:
        raise NothingDone(f"{exc} (the store {store.path or ''} has the built documents)") from None
    console.print(f"[bold]Store[/]: {store.path or 'memory (not kept)'}")
    console.print(f"[bold]Files[/]: {', '.join(str(p) for p in written)}")

    from ..queries.runner import QueryResult, format_rows, load_queries, run_query

    query = load_queries()[COORDINATION_QUERY]
    console.print(f"\n[bold]{query.title}[/]")
    rows = run_query(store, query, {})
    brief = QueryResult(rows.columns[:4], tuple(r[:4] for r in rows.rows))    # sentences: govkg query
    console.print(format_rows(brief, "table", width=min(console.width, 80)))
    console.print(f"(with the sentences: govkg query {COORDINATION_QUERY})")
    sys.exit(0 if report.ok and validation.conforms else 1)


@click.command("build", epilog="""\b
Examples:
  govkg build articles/                       # every .txt .md .html .pdf .docx below
  govkg build articles/ --exclude '*draft*'   # leave some out
  govkg build one.txt --store oxigraph:/data/kg
  govkg build articles/ --workers 4           # extract in 4 processes (default: one per core)
  govkg build articles/ --scheduler tcp://10.0.0.5:8786   # on a Dask cluster
""")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--include", multiple=True, help="Glob of files to read (repeatable).")
@click.option("--exclude", multiple=True, help="Glob of files to leave out (repeatable).")
@click.option("--wait", type=click.FloatRange(min=0), default=DEFAULT_WAIT, show_default=True, metavar="SECONDS",
              help="How long to wait while another govkg process has the store open.")
@click.option("-v", "--verbose", is_flag=True, help="Print 'stored PATH' as each document is committed.")
@click.option("--doc-id", default=None, metavar="ID",
              help="The document's identity (one file only); default: its path, or an HTML page's canonical URL.")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links that lead out of a folder given (not followed by default).")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Extract in N worker processes (default: one per core; 1: in this process).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Extract on a running Dask cluster (tcp://host:8786; needs govkg[dask]).")
@click.option("--check", type=click.Choice(["sample", "all", "none"]), default="sample", show_default=True,
              help=f"Check the documents stored against the SHACL shapes: all of them in a build of up to "
                   f"{CHECK_SAMPLE}, else a sample of {CHECK_SAMPLE} ('all': every one; it takes "
                   "about 0.25 s a document, longer than building it).")
@click.option("--all", "everything", is_flag=True,
              help="Extract every file again, also those unchanged since they were stored.")
def build_cmd(paths, store_url, include, exclude, wait, verbose, doc_id, follow_links, workers, scheduler, check,
              everything):
    """Add documents to the store; rebuilding a document replaces its facts.

    A document is known by its source: its path (relative to the working
    folder), an HTML page's canonical URL, or --doc-id; so an edited file
    built again replaces the old version's facts. A file whose bytes are
    those it was stored from, by the same govkg, dictionaries and wording
    rules, is left as stored without extracting it again (--all does).

    Each document is committed whole or not at all: after a Ctrl-C or a crash
    the store holds every document finished before it, and running the same
    command again completes the rest. The documents built (a sample of a large
    build, see --check) are checked against the SHACL shapes. Exit code 1 when
    some files were skipped (each is named with its problem) or a stored
    document violates the shapes, 2 when nothing could be done (no such input,
    store in use), 130 after Ctrl-C.
    """
    console = _console()
    stored = _Stored()
    if scheduler and workers:
        raise click.UsageError("give --workers or --scheduler, not both")
    runner_spec = f"dask:{scheduler}" if scheduler else f"processes:{workers}" if workers else "processes"
    try:
        store = _open(store_url, wait)
        report = _build_with_progress(paths, store, tuple(include) or None, tuple(exclude), console, stored, verbose, wait,
                                      doc_id, follow_links, runner_spec, everything)
        print_summary(console, store, report)
    except KeyboardInterrupt:
        _interrupted(stored)
    conforms = check_built(console, store, report, check)
    sys.exit(0 if report.ok and conforms else 1)


def check_built(console: Console, store, report: build_mod.BuildReport, how: str = "sample", limit: int = 20) -> bool:
    """Check the documents just stored (or a sample, see :data:`CHECK_SAMPLE`) against the SHACL
    shapes; print what is wrong. True if they conform."""
    from ..graph.validate import format_report, validate

    documents = sorted({r.doc_iri for r in report.built})
    if not documents or how == "none":
        return True
    checked = spread_sample(documents, CHECK_SAMPLE) if how == "sample" else documents
    validation = validate(store.to_rdflib(checked))
    what = (f"{len(documents)} document(s) built" if len(checked) == len(documents) else
            f"{len(checked)} of the {len(documents)} documents built (a sample; "
            "--check all or govkg validate checks every one)")
    if validation.conforms:
        console.print(f"[bold]SHACL[/]: the {what} conform")
        return True
    console.print(f"[bold]SHACL[/]: the {what} do not conform to the shapes")
    console.print(escape(format_report(validation, limit=limit)), highlight=False)
    return False


@click.command("remove", epilog="Example:\n  govkg remove articles/old.txt")
@click.argument("doc")
@store_option
def remove_cmd(doc, store_url):
    """Remove one document's facts (by source path as typed, relative or absolute; document id; URL or IRI)."""
    store = _open(store_url, DEFAULT_WAIT)
    try:
        removed = build_mod.remove(store, doc)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    doc = build_mod.printable_path(doc)
    if not removed:
        raise click.ClickException(f"no document {doc!r} in {store.path or 'the store'}; see: govkg stats")
    store.flush()
    click.echo(f"removed {doc}")


@click.command("export", epilog="""\b
Examples:
  govkg export --format trig --out kg.trig     # keeps one named graph per document
  govkg export --format turtle --out kg.ttl
""")
@store_option
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMATS)), default="turtle", show_default=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False))
def export_cmd(store_url, fmt, out):
    """Write the RDF graph as Turtle, N-Triples, TriG, N-Quads or JSON-LD."""
    try:
        path = _open(store_url, read_only=True).export(out, fmt)
    except OutputError as exc:      # a full disk: one line, and the old file (if any) left as it was
        raise NothingDone(str(exc)) from None
    click.echo(f"wrote {path}")


@click.command("stats", epilog="Example:\n  govkg stats --store govkg-data/store")
@store_option
def stats_cmd(store_url):
    """Documents, entities per type and relations per type in the store."""
    store = _open(store_url, read_only=True)
    console = _console()
    for d in store.documents():
        console.print(d)
    print_summary(console, store, None)


COMMANDS = [run_cmd, build_cmd, remove_cmd, export_cmd, stats_cmd]
