"""Hostile input (issue #12): odd characters, huge lines, zip and HTML bombs,
symlinks, mixed encodings, saved queries that reach out, full disks.

Every case makes its own files under ``tmp_path``. What each checks: the
batch goes on, the bad file is named with its problem on one line (no
traceback), every good file is built, and the store holds nothing of what
was refused.
"""
from __future__ import annotations


import contextlib
import errno
import gc
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from govkg import build as b
from govkg.graph.store import open_store
from govkg.loaders.read import ReadError, iter_inputs, read

GOOD = "上海市大数据中心统筹建设“随申办”政务服务平台。\n江苏省政务服务管理办公室负责“苏服办”的运营。\n"
_SCRIPT = Path(sys.executable).with_name("govkg")
GOVKG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-c", "from govkg.cli.main import cli; cli()"]


def govkg(*args, timeout: float = 180, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", **kwargs.pop("env", {})}
    return subprocess.run([*GOVKG, *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          env=env, errors="replace", **kwargs)


def messages(stderr: str) -> list[str]:
    """stderr without third-party noise (onnxruntime's telemetry warning)."""
    return [line for line in stderr.splitlines() if line.strip() and "onnxruntime" not in line]


def one_line_error(run: subprocess.CompletedProcess, *needles: str) -> str:
    """The run failed with exactly one line on stderr, containing every needle, and no traceback.

    Progress lines (``building: 2/3 (a1.txt), 5.0 s …``, printed every few seconds when stderr is
    not a terminal) are not messages: a slow machine prints one before the error."""
    lines = [line for line in messages(run.stderr) if not re.match(r"\w[\w ]*: \d+/\d+(?: \([^)]*\))?, [\d.]+ s", line)]
    assert "Traceback" not in run.stderr, run.stderr
    assert len(lines) == 1, run.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def skipped_lines(run: subprocess.CompletedProcess) -> list[str]:
    return [line for line in messages(run.stderr) if line.startswith("skipped ")]


def sources(store) -> set[str]:
    return {r["p"] for r in store.select("SELECT ?p WHERE { ?d gk:sourcePath ?p }")}


def stored_sources(store_path: Path) -> set[str]:
    store = open_store(store_path)
    try:
        return sources(store)
    finally:
        store.close()
        del store
        gc.collect()


# -- one odd character must not stop the build -----------------------------------

@pytest.mark.parametrize("odd", ["\ufffd", "\ue000", "\ufdd0", "\uffff", "\U0010fffd", "\x85"])
def test_names_with_characters_iris_forbid_are_stored(tmp_path, extractor, odd):
    """U+FFFD, private use, non-characters and C1 controls in a name give a valid IRI."""
    (tmp_path / "a.txt").write_text(f"《关于推进{odd}数字政府建设的通知》印发。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    store = open_store("memory:")
    report = b.build([tmp_path], store, extractor)
    assert report.skipped == [] and len(report.built) == 2
    names = {r["n"] for r in store.select("SELECT ?n WHERE { ?e a gk:Policy ; gk:name ?n }")}
    assert f"关于推进{odd}数字政府建设的通知" in names          # the name is kept as written


class _BrokenTypes:
    """A real extractor whose entity types for one file are not IRI-safe (a plugin bug)."""

    def __init__(self, extractor):
        self.inner = extractor
        self.resources = extractor.resources

    def extract(self, raw, doc_id=None):
        import dataclasses

        x = self.inner.extract(raw, doc_id)
        if raw.source.endswith("bad.txt"):
            x = dataclasses.replace(x, entities=tuple(dataclasses.replace(e, type="Agency\ufffd") for e in x.entities))
        return x


def test_a_document_that_cannot_be_written_is_skipped(tmp_path, extractor):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(GOOD.replace("江苏", "浙江"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(GOOD.replace("上海", "安徽"), encoding="utf-8")
    store = open_store("memory:")
    report = b.build([tmp_path], store, _BrokenTypes(extractor))
    assert [Path(p).name for p, _ in report.skipped] == ["bad.txt"]
    assert "cannot be stored" in report.skipped[0][1] and "\n" not in report.skipped[0][1]
    assert {Path(p).name for p in sources(store)} == {"a.txt", "c.txt"}
    assert len(report.built) == 2


# -- exports: any text gives valid output; a full disk leaves no broken file --------

CONTROL_TEXT = "《关于推进数字\x0b政府\x1f建设的通知》印发。\n" + GOOD


@pytest.fixture(scope="module")
def control_store(tmp_path_factory, extractor) -> Path:
    """An on-disk store whose one policy name holds \\x0b and \\x1f."""
    folder = tmp_path_factory.mktemp("control")
    (folder / "a.txt").write_text(CONTROL_TEXT, encoding="utf-8")
    path = folder / "store"
    with open_store(path) as store:
        report = b.build([folder / "a.txt"], store, extractor)
        assert report.ok
        names = {r["n"] for r in store.select("SELECT ?n WHERE { ?e a gk:Policy ; gk:name ?n }")}
        assert "关于推进数字\x0b政府\x1f建设的通知" in names
    gc.collect()
    return path


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_graph_exports_parse_whatever_the_names_hold(control_store, tmp_path, fmt):
    import networkx as nx

    out = tmp_path / f"g.{fmt}"
    run = govkg("export-graph", "--format", fmt, "--out", out, "--store", control_store)
    assert run.returncode == 0, run.stderr
    G = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)     # parses
    names = {d.get("name") for _, d in G.nodes(data=True)}
    assert "关于推进数字\ufffd政府\ufffd建设的通知" in names


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_other_graph_exports_keep_control_characters(control_store, tmp_path, fmt):
    out = tmp_path / ("g.json" if fmt == "json" else "csv")
    run = govkg("export-graph", "--format", fmt, "--out", out, "--store", control_store)
    assert run.returncode == 0, run.stderr
    if fmt == "json":
        names = {n.get("name") for n in json.loads(out.read_text(encoding="utf-8"))["nodes"]}
    else:
        import csv

        with open(out / "nodes.csv", encoding="utf-8", newline="") as fh:
            names = {row["name"] for row in csv.DictReader(fh)}
    assert "关于推进数字\x0b政府\x1f建设的通知" in names


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "trig", "nquads", "jsonld"])
def test_rdf_exports_parse_back_with_control_characters(control_store, tmp_path, fmt):
    import pyoxigraph as ox

    from govkg.graph.store import EXPORT_FORMATS

    out = tmp_path / f"g.{fmt}"
    run = govkg("export", "--format", fmt, "--out", out, "--store", control_store)
    assert run.returncode == 0, run.stderr
    values = {t.object.value for t in ox.parse(path=str(out), format=EXPORT_FORMATS[fmt][0])
              if isinstance(t.object, ox.Literal)}
    assert "关于推进数字\x0b政府\x1f建设的通知" in values


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [
    ("export", "--format", "trig", "--out", "/dev/full"),
    ("export-graph", "--format", "graphml", "--out", "/dev/full"),
    ("export-graph", "--format", "json", "--out", "/dev/full"),
    ("view", "--out", "/dev/full"),
])
def test_writing_to_a_full_device_is_one_line(control_store, args):
    run = govkg(*args, "--store", control_store)
    assert run.returncode == 2
    one_line_error(run, "/dev/full", "no space left on device")
    assert os.path.exists("/dev/full") and not Path("/dev/full").is_file()     # the device is left alone


def _enospc_on_write(monkeypatch):
    """Simulate a full disk at the write call: every write to a temporary output file fails."""
    import govkg.fileout as fileout

    real = fileout.atomic_path

    @contextlib.contextmanager
    def full(path):
        with real(path) as tmp:
            yield tmp
            tmp.write_bytes(b"partial")              # what got out before the disk filled up
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileout, "atomic_path", full)
    for module in ("govkg.graph.store", "govkg.graph.export", "govkg.graph.view"):
        monkeypatch.setattr(sys.modules[module], "atomic_path", full)


@pytest.mark.parametrize("command", [
    ["export", "--format", "turtle", "--out", "OUT"],
    ["export-graph", "--format", "gexf", "--out", "OUT"],
    ["export-graph", "--format", "csv", "--out", "DIR"],
    ["view", "--out", "OUT"],
])
def test_a_full_disk_leaves_the_previous_file_whole(control_store, tmp_path, monkeypatch, command):
    from click.testing import CliRunner

    import govkg.graph.export  # noqa: F401  (the modules patched below)
    import govkg.graph.view  # noqa: F401
    from govkg.cli.main import cli

    folder = tmp_path / "DIR"
    folder.mkdir()
    for target in (tmp_path / "OUT", folder / "nodes.csv", folder / "edges.csv"):
        target.write_text("the previous export\n", encoding="utf-8")
    args = [str(tmp_path / a) if a in ("OUT", "DIR") else a for a in command]
    _enospc_on_write(monkeypatch)
    result = CliRunner().invoke(cli, [*args, "--store", str(control_store)])
    assert result.exit_code == 2, result.output
    assert "no space left on device" in result.output and "Traceback" not in result.output
    for target in (tmp_path / "OUT", folder / "nodes.csv", folder / "edges.csv"):
        assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert not list(tmp_path.rglob(".*.tmp"))           # no temporary file left behind


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs (root only); skipped where mounting is not allowed."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(disk: Path, keep_kb: int) -> None:
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with open(disk / "filler", "wb") as fh:
        with contextlib.suppress(OSError):
            fh.write(b"\0" * max(0, free - keep_kb * 1024))


def test_a_build_on_a_full_disk_ends_in_one_line(small_disk, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    # a0 first, on its own; then a1 and a2, whose graphs need more than the room left (a0, already
    # stored and unchanged, is not written again)
    for i in range(3):
        (articles / f"a{i}.txt").write_text(GOOD.replace("上海", ["上海", "浙江", "安徽"][i]) * (60 * i + 1),
                                            encoding="utf-8")
    store = small_disk / "store"
    first = govkg("build", articles / "a0.txt", "--store", store)
    assert first.returncode == 0, first.stderr
    _fill(small_disk, keep_kb=400)
    run = govkg("build", articles, "--store", store)
    assert run.returncode != 0
    line = one_line_error(run, "no space left on device")
    assert str(store) in line or "graph" in line
    (small_disk / "filler").unlink()
    assert {Path(p).name for p in stored_sources(store)} >= {"a0.txt"}       # what was stored is still there


# -- symbolic links ---------------------------------------------------------------

@pytest.fixture
def linked_folder(tmp_path) -> Path:
    """articles/ with a good file, a link loop, a broken link, a link inside and one leading out."""
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(GOOD.replace("上海", "浙江"), encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text(GOOD.replace("上海", "安徽"), encoding="utf-8")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "x.txt").symlink_to("y.txt")
    (folder / "y.txt").symlink_to("x.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    (folder / "inside.txt").symlink_to(folder / "sub" / "b.txt")
    (folder / "out.txt").symlink_to(outside)
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)     # a folder loop
    (folder / "etc").symlink_to(tmp_path, target_is_directory=True)
    return folder


def test_symlink_loops_and_links_out_of_the_folder_are_skipped(linked_folder):
    skipped: list = []
    files = iter_inputs(linked_folder, skipped=skipped)
    assert {f.resolve() for f in files} == {linked_folder / "a.txt", linked_folder / "sub" / "b.txt"}
    problems = {f.name: problem for f, problem in skipped}
    assert set(problems) == {"loop.txt", "x.txt", "y.txt", "gone.txt", "out.txt"}
    assert "loop" in problems["loop.txt"] and "broken symbolic link" in problems["gone.txt"]
    assert "outside the folder" in problems["out.txt"] and "--follow-links" in problems["out.txt"]


def test_follow_links_when_asked(linked_folder, tmp_path):
    files = iter_inputs(linked_folder, follow_links=True)
    assert (tmp_path / "secret.txt").resolve() in {f.resolve() for f in files}


def test_build_goes_on_past_symlink_loops_and_does_not_leave_the_folder(linked_folder, tmp_path):
    store = tmp_path / "store"
    run = govkg("build", linked_folder, "--store", store)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    lines = skipped_lines(run)
    assert len(lines) == 5 and all("\n" not in line for line in lines)
    assert {Path(p).name for p in stored_sources(store)} == {"a.txt", "b.txt"}     # secret.txt not stored
    followed = govkg("build", linked_folder, "--store", store, "--follow-links")
    names = {Path(p).name for p in stored_sources(store)}
    assert {"out.txt", "secret.txt"} & names, followed.stderr        # the file outside, as reached


# -- what the HTML reader needs is declared ------------------------------------------

def test_html_cleaner_is_a_declared_dependency():
    """trafilatura asks for ``lxml[html_clean]``; lxml 6 has no such extra, so the pip of a
    fresh venv leaves lxml_html_clean out and every HTML file failed with an ImportError."""
    from importlib.metadata import requires

    names = {r.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0].strip().lower()
             .replace("-", "_") for r in requires("govkg")}
    assert "lxml_html_clean" in names
    import lxml_html_clean  # noqa: F401  (installed with govkg)


# -- bombs: DOCX that inflates, huge HTML -------------------------------------------

def _docx(path: Path, pad_xml: int = 0, pad_random: int = 0) -> Path:
    """A real DOCX (python-docx), its document.xml padded with ``pad_xml`` bytes of
    whitespace (which deflate to almost nothing) and ``pad_random`` bytes of
    incompressible data in a media part (which keeps the overall ratio low)."""
    import docx

    document = docx.Document()
    document.add_paragraph(GOOD.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml" and pad_xml:
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * pad_xml, 1)
            dst.writestr(info.filename, data)
        if pad_random:
            dst.writestr("word/media/padding.bin", os.urandom(pad_random))
    return path


def test_docx_that_inflates_to_too_much_xml_is_refused(tmp_path):
    bomb = _docx(tmp_path / "bomb.docx", pad_xml=40 * 1024 * 1024, pad_random=512 * 1024)
    assert bomb.stat().st_size < 1024 * 1024                 # passes the old ratio check
    with pytest.raises(ReadError, match="refused as a zip bomb") as err:
        read(bomb)
    assert "XML" in err.value.problem
    assert read(_docx(tmp_path / "fine.docx", pad_xml=1024)).text.startswith("上海市大数据中心")


def test_docx_whose_headers_understate_the_inflated_size_is_refused(tmp_path):
    """The ZIP's declared sizes are not trusted: the parts are inflated and counted."""
    bomb = _docx(tmp_path / "liar.docx", pad_xml=40 * 1024 * 1024)
    data = bytearray(bomb.read_bytes())
    at = data.find(b"PK\x01\x02")                      # the central directory's entries
    while at >= 0:
        name_len = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + name_len] == b"word/document.xml":
            data[at + 24:at + 28] = (1000).to_bytes(4, "little")      # "uncompressed size: 1000 bytes"
            break
        at = data.find(b"PK\x01\x02", at + 4)
    assert at >= 0
    bomb.write_bytes(bytes(data))
    with pytest.raises(ReadError) as err:
        read(bomb)
    assert "zip bomb" in err.value.problem or "corrupt" in err.value.problem


def test_large_html_is_refused_quickly_and_the_batch_goes_on(tmp_path, extractor):
    para = "<p>上海市大数据中心统筹建设“随申办”政务服务平台。</p>\n"
    (tmp_path / "big.html").write_text("<html><body><article>" + para * (6 * 1024 * 1024 // len(para.encode()))
                                       + "</article></body></html>", encoding="utf-8")
    (tmp_path / "small.html").write_text("<html><body><article>" + para * 3 + "</article></body></html>",
                                         encoding="utf-8")
    store = open_store("memory:")
    report = b.build([tmp_path], store, extractor)
    assert [(Path(p).name, "too large" in problem) for p, problem in report.skipped] == [("big.html", True)]
    assert {Path(p).name for p in sources(store)} == {"small.html"}


# -- encodings: UTF-16 without a BOM, UTF-8 and GB18030 in one file ----------------------

UTF16_TEXT = "上海市大数据中心统筹建设“随申办”政务服务平台。\r\n2023年，全市政务服务事项100%可网办。\r\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [UTF16_TEXT, "数字政府一网通办随申办浙里办苏服办",
                                  "Digital government services, one portal.\n"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, codec, text):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(codec))
    raw = read(path)
    assert raw.text == text.replace("\r\n", "\n") and raw.encoding == codec


def test_mixed_utf8_and_gb18030_lines_are_each_decoded(tmp_path, extractor):
    utf8 = "上海市大数据中心统筹建设“随申办”政务服务平台。\n"
    gb = "江苏省政务服务管理办公室负责“苏服办”的运营。\n浙江省大数据发展管理局建设“浙里办”。\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(utf8.encode("utf-8") + gb.encode("gb18030") + "第三部分。\n".encode("utf-8"))
    raw = read(path)
    assert raw.text == utf8 + gb + "第三部分。\n"
    assert raw.encoding == "utf-8+gb18030"
    store = open_store("memory:")
    assert b.build([path], store, extractor).ok
    names = {r["n"] for r in store.select("SELECT ?n WHERE { ?e gk:name ?n }")}
    assert {"随申办", "苏服办", "浙里办"} <= names                  # no mojibake in the graph
    [enc] = [r["e"] for r in store.select("SELECT ?e WHERE { ?d gk:encoding ?e }")]
    assert enc == "utf-8+gb18030"


def test_plain_gb18030_is_not_taken_for_mixed(tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes(("江苏省政务服务管理办公室\n苏服办\n" * 20).encode("gb18030"))
    assert read(path).encoding == "gb18030"


# -- long unpunctuated lines: cost stays linear ------------------------------------------

_PEAK = """
import resource, sys
from govkg.loaders.pipeline import Extractor
x = Extractor()
x.extract_text("上海市大数据中心统筹建设“随申办”。")          # load everything first
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
unit = "上海市大数据中心统筹建设随申办政务服务平台推进一网通办" + ("" if sys.argv[1] == "run-on" else "。")
text = (unit * (100_000 // len(unit) + 1))[:100_000]
e = x.extract_text(text)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base, len(e.sentences), sum(s.cut for s in e.sentences))
"""


def _peak_growth(kind: str) -> tuple[int, int, int]:
    run = subprocess.run([sys.executable, "-c", _PEAK, kind], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    growth_kb, sentences, cut = map(int, run.stdout.split())
    return growth_kb, sentences, cut


def test_a_100k_character_line_without_punctuation_costs_what_sentences_do():
    """Memory grew with the square of a sentence's length (400k characters: 3.35 GB against
    0.20 GB in sentences): over-long stretches are now cut before recognition."""
    from govkg.loaders.segment import MAX_SENTENCE

    run_on, run_on_sentences, cut = _peak_growth("run-on")
    punctuated, _, _ = _peak_growth("sentences")
    assert cut == run_on_sentences >= 100_000 // MAX_SENTENCE
    assert run_on < max(2 * punctuated, 150 * 1024)        # KB: within twice the punctuated text's


def test_the_summary_says_when_text_was_cut(tmp_path):
    (tmp_path / "long.txt").write_text("随申办政务服务平台" * 200 + "\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    run = govkg("build", tmp_path, "--store", tmp_path / "store")
    assert run.returncode == 0, run.stderr
    notes = [line for line in messages(run.stderr) if line.startswith("note ")]
    assert len(notes) == 1 and "long.txt" in notes[0] and "cut into 4 pieces" in notes[0]
    assert "2 built (1 with over-long unpunctuated text cut into pieces)" in run.stdout


# -- saved queries: no network unless asked, any query form, any file ---------------------

class _Endpoint:
    """A local HTTP server on 127.0.0.1 that records each request; ``answer`` says what it sends:
    "rows" (a valid SPARQL JSON result), "broken" (not JSON) or "never" (it accepts and stays silent)."""

    def __init__(self, answer: str):
        import http.server
        import threading

        self.requests: list[str] = []
        self.answer = answer
        endpoint = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _reply(self):
                endpoint.requests.append(self.path)
                if endpoint.answer == "never":
                    endpoint.release.wait(60)
                    return
                body = (b"{ not json" if endpoint.answer == "broken" else json.dumps({
                    "head": {"vars": ["remote"]},
                    "results": {"bindings": [{"remote": {"type": "literal", "value": "from afar"}}]},
                }).encode())
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _reply

            def log_message(self, *args):
                pass

        self.release = threading.Event()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def endpoint(request):
    server = _Endpoint(request.param)
    yield server
    server.close()


def _query_folder(tmp_path: Path, **queries: str) -> Path:
    folder = tmp_path / "queries"
    folder.mkdir(exist_ok=True)
    for name, text in queries.items():
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        (folder / f"{name}.rq").write_bytes(data)
    return folder


def _federated(url: str) -> str:
    return f"# title: Federated\nSELECT ?remote WHERE {{ SERVICE <{url}> {{ ?s ?p ?remote }} }}\n"


@pytest.mark.parametrize("endpoint", ["rows"], indirect=True)
def test_a_service_query_does_not_reach_the_network_unless_allowed(control_store, tmp_path, endpoint):
    folder = _query_folder(tmp_path, fed=_federated(endpoint.url))
    run = govkg("query", "fed", "--queries", folder, "--store", control_store, "--format", "csv")
    assert run.returncode == 2
    one_line_error(run, "SERVICE", "--allow-service")
    assert endpoint.requests == []                           # nothing was sent
    allowed = govkg("query", "fed", "--queries", folder, "--store", control_store, "--format", "csv",
                    "--allow-service")
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.split() == ["remote", "from", "afar"] and len(endpoint.requests) == 1


@pytest.mark.parametrize("endpoint", ["never"], indirect=True)
def test_a_silent_endpoint_times_out_and_lets_go_of_the_store(control_store, tmp_path, endpoint):
    folder = _query_folder(tmp_path, fed=_federated(endpoint.url))
    run = govkg("query", "fed", "--queries", folder, "--store", control_store, "--allow-service",
                "--service-timeout", "1", timeout=60)
    assert run.returncode == 2 and endpoint.requests
    one_line_error(run, "did not answer within 1 s")
    after = govkg("query", "documents", "--store", control_store, "--format", "csv")   # the store is free
    assert after.returncode == 0, after.stderr


@pytest.mark.parametrize("endpoint", ["broken"], indirect=True)
def test_a_broken_endpoint_answer_is_one_line(control_store, tmp_path, endpoint):
    folder = _query_folder(tmp_path, fed=_federated(endpoint.url))
    run = govkg("query", "fed", "--queries", folder, "--store", control_store, "--allow-service")
    assert run.returncode == 2 and endpoint.requests
    one_line_error(run, "query 'fed' failed")


def test_service_in_comments_strings_and_names_is_not_a_call():
    from govkg.queries.runner import service_calls

    assert service_calls('# SERVICE <http://x>\nSELECT ?service { ?service <http://e/SERVICE> "SERVICE <y>" }') == []
    assert service_calls("select * { service silent <http://x/s> { ?a ?b ?c } }") == ["<http://x/s>"]


@pytest.mark.parametrize("text, columns", [
    ("CONSTRUCT { ?e gk:label ?n } WHERE { ?e a gk:Policy ; gk:name ?n }", "subject,predicate,object"),
    ("DESCRIBE ?e WHERE { ?e a gk:Policy }", "subject,predicate,object"),
    ("ASK { ?e a gk:Policy }", "answer"),
])
def test_construct_ask_and_describe_queries_give_rows(control_store, tmp_path, text, columns):
    folder = _query_folder(tmp_path, q=f"# title: Other forms\n{text}\n")
    run = govkg("query", "q", "--queries", folder, "--store", control_store, "--format", "csv")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == columns and len(lines) >= 2
    if columns == "answer":
        assert lines[1] == "true"


def test_a_query_file_that_is_not_utf8_is_named_and_the_others_still_work(control_store, tmp_path):
    folder = _query_folder(tmp_path, bad="# title: 坏的\nSELECT * { ?s ?p ?o }\n".encode("gb18030"),
                           good="# title: Good\nASK { ?s ?p ?o }\n")
    listing = govkg("queries", "--queries", folder)
    assert listing.returncode == 1 and "good" in listing.stdout and "Traceback" not in listing.stderr
    [line] = messages(listing.stderr)
    assert "bad.rq" in line and "not UTF-8" in line
    good = govkg("query", "good", "--queries", folder, "--store", control_store, "--format", "csv")
    assert good.returncode == 0 and good.stdout.splitlines() == ["answer", "true"], good.stderr
    bad = govkg("query", "bad", "--queries", folder, "--store", control_store)
    assert bad.returncode == 2
    one_line_error(bad, "bad.rq", "not UTF-8")


# -- govkg remove: an invalid IRI, a path that is not UTF-8 -------------------------------

def test_remove_with_an_invalid_iri_is_one_line(control_store):
    run = govkg("remove", "http://bad iri/x", "--store", control_store)
    assert run.returncode == 1
    one_line_error(run, "not a valid IRI")


@pytest.mark.skipif(sys.platform != "linux", reason="file names as raw bytes")
def test_remove_a_document_whose_path_is_not_utf8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = b"\xb9\xfa.txt"                                    # 国.txt in GBK, on a UTF-8 system
    with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
        fh.write(GOOD.encode("utf-8"))
    store = tmp_path / "store"
    assert govkg("build", folder, "--store", store).returncode == 0
    path = os.path.join(os.fsencode(folder), name)
    run = subprocess.run([*map(os.fsencode, GOVKG), b"remove", path, b"--store", os.fsencode(store)],
                         capture_output=True, timeout=120)
    assert run.returncode == 0 and b"Traceback" not in run.stderr, run.stderr
    assert b"removed" in run.stdout
    assert stored_sources(store) == set()


# -- the store folder does not fill up with RocksDB's logs --------------------------------

def test_commands_do_not_leave_rocksdb_logs_behind(control_store):
    for _ in range(3):
        assert govkg("stats", "--store", control_store).returncode == 0
    size = sum(p.stat().st_size for p in control_store.iterdir())
    for _ in range(3):
        assert govkg("query", "documents", "--store", control_store, "--format", "csv").returncode == 0
        with open_store(control_store):
            pass
        gc.collect()
    assert not list(control_store.glob("LOG.old.*"))
    assert sum(p.stat().st_size for p in control_store.iterdir()) <= size + 16 * 1024


# -- Neo4j: one clear line, and a dead server reported in seconds --------------------------

class _Silent:
    """A TCP listener on 127.0.0.1 that accepts connections and never says a word."""

    def __init__(self):
        import socket
        import threading

        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.accepted: list = []

        def accept():
            while True:
                try:
                    self.accepted.append(self.server.accept()[0])
                except OSError:
                    return
        threading.Thread(target=accept, daemon=True).start()

    def close(self):
        self.server.close()
        for s in self.accepted:
            s.close()


@pytest.mark.parametrize("command", [["neo4j", "load"], ["neo4j", "status"]])
def test_a_server_that_never_answers_is_reported_in_seconds(control_store, command):
    silent = _Silent()
    try:
        # the driver's defaults waited 60 s per connection, and retried for minutes (139-159 s)
        run = govkg(*command, *(["--store", control_store] if command[1] == "load" else []),
                    "--uri", f"bolt://127.0.0.1:{silent.port}", timeout=45)
    finally:
        silent.close()
    assert run.returncode == 2
    one_line_error(run, f"127.0.0.1:{silent.port}")


def test_reconnect_gives_up_within_seconds():
    """The default retries of a load that lost its server add up to seconds, not minutes."""
    from neo4j.exceptions import ServiceUnavailable

    from govkg.graph.neo4j import TRANSACTION_RETRY_TIME, Neo4jConnectionLost, with_reconnect

    slept: list[float] = []

    def work():
        raise ServiceUnavailable("gone")

    with pytest.raises(Neo4jConnectionLost):
        with_reconnect(work, "loading", sleep=slept.append)
    attempts = len(slept) + 1
    assert attempts * TRANSACTION_RETRY_TIME + sum(slept) <= 15


def _neo4j_env() -> dict:
    from tests.neo4j_support import connect_or_skip

    connect_or_skip().close()
    return {}


@pytest.mark.neo4j
def test_neo4j_load_into_a_database_that_does_not_exist(control_store):
    _neo4j_env()
    run = govkg("neo4j", "load", "--store", control_store, "--database", "nosuchdb")
    assert run.returncode == 2
    one_line_error(run, "no database 'nosuchdb'")


@pytest.mark.neo4j
@pytest.mark.parametrize("cypher", ["RETURN 1/0 AS x", "CREATE (n:Scratch) RETURN n", "CALL db.nosuch()"])
def test_a_cypher_twin_that_fails_is_one_line(control_store, tmp_path, cypher):
    _neo4j_env()
    folder = _query_folder(tmp_path, twin="# title: Twin\nSELECT ?x WHERE { ?x ?p ?o }\n")
    (folder / "twin.cypher").write_text(cypher, encoding="utf-8")
    run = govkg("query", "twin", "--queries", folder, "--backend", "neo4j", "--store", control_store)
    assert run.returncode == 2
    one_line_error(run, "query 'twin' failed on Neo4j")


@pytest.mark.neo4j
def test_a_uri_with_user_and_password_works_and_never_shows_the_password(control_store):
    from tests.neo4j_support import settings

    _neo4j_env()
    s = settings()
    host = s.uri.split("://", 1)[1]
    good = govkg("neo4j", "status", "--uri", f"bolt://{s.user}:{s.password}@{host}",
                 env={"NEO4J_PASSWORD": "not-the-password"})
    assert good.returncode == 0, good.stderr
    assert s.password not in good.stdout + good.stderr
    wrong = "Wrong-Pass-4242"
    bad = govkg("neo4j", "load", "--store", control_store, "--uri", f"bolt://{s.user}:{wrong}@{host}")
    assert bad.returncode == 2
    line = one_line_error(bad, "refused the login")
    assert wrong not in line and "not a Neo4j URI" not in line


@pytest.mark.neo4j
def test_a_server_that_dies_mid_load_is_reported_in_seconds(control_store, tmp_path):
    import time

    from govkg.graph.neo4j import Neo4jConnectionLost, Neo4jSettings, connect, load_store
    from tests.neo4j_support import DroppingProxy, settings

    _neo4j_env()
    s = settings()
    proxy = DroppingProxy(port=int(s.uri.rsplit(":", 1)[1]))
    store = open_store("memory:")
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(GOOD + f"第{i}篇。\n", encoding="utf-8")
    b.build([tmp_path], store)
    try:
        with connect(Neo4jSettings(proxy.uri, s.user, s.password, s.database)) as driver:   # the defaults
            died = []

            def die_after_one(done, total, doc):
                if done == 1:
                    proxy.cut(refuse=True)
                    died.append(time.monotonic())
            with pytest.raises(Neo4jConnectionLost):
                load_store(store, driver, progress=die_after_one)
            reported = time.monotonic()
    finally:
        proxy.close()
    assert reported - died[0] < 30          # 139-159 s before; about 7 s now


@pytest.mark.parametrize("args", [
    ("export", "--format", "nquads", "--out", "OUT"),
    ("export-graph", "--format", "json", "--out", "OUT"),
    ("view", "--out", "OUT"),
])
def test_exports_onto_a_really_full_disk_leave_the_old_file(small_disk, control_store, args):
    target = small_disk / "graph.out"
    target.write_text("the previous export\n", encoding="utf-8")
    _fill(small_disk, keep_kb=0)
    run = govkg(*[str(target) if a == "OUT" else a for a in args], "--store", control_store)
    assert run.returncode == 2
    one_line_error(run, str(target), "no space left on device")
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "graph.out"]
