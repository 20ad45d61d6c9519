"""Bad input and faults against real ``govkg`` processes: nothing half-stored, nothing lost.

Each test runs the command line as a subprocess and then opens the store in
this process (RocksDB lets one process at a time open a store folder, so the
store is only read after the writer has exited). What is checked:

- Ctrl-C during a build: exit 130 with one short line and no traceback; every
  document in the store is whole; running the build again gives the same
  N-Quads as a build that was never interrupted.
- SIGKILL during a build, and during one big write: every document graph in
  the store is whole (all of a document or none of it).
- Two builds on one store at once: the second waits for the first, and the
  store ends up with both; with ``--wait 0`` it fails with one clear line.
- A folder of bad files: one line per bad file naming it and its problem,
  every good file built, skipped files counted by reason, exit code 1, and
  the documents the store held before are still there.
"""
from __future__ import annotations

import gc
import os
import queue
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from govkg import build as b
from govkg.graph.store import open_store
from govkg.loaders.read import DEFAULT_MAX_BYTES

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and file modes are POSIX")

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
N_DOCS = 30
_SCRIPT = Path(sys.executable).with_name("govkg")
GOVKG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-c", "from govkg.cli.main import cli; cli()"]


# -- running govkg -------------------------------------------------------------

def _noise(line: str) -> bool:
    """Lines third-party libraries write on stderr (onnxruntime's telemetry warning), and progress lines."""
    return "onnxruntime" in line or not line.strip() or line.startswith("building: ")


def _drop_file_privileges() -> None:
    """In a child about to exec: as root, give up reading files whatever their mode.

    Dropping CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set
    makes the exec'd program root without them, so a file of mode 000 is
    unreadable to it, as it is to any user (and /root, where the interpreter
    may live, stays open to its owner).
    """
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):                           # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        libc.prctl(24, cap, 0, 0, 0)             # PR_CAPBSET_DROP; fails harmlessly without CAP_SETPCAP


def _child_setup(unprivileged: bool):
    def setup():
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        if unprivileged and os.geteuid() == 0:
            _drop_file_privileges()
    return setup


class Govkg:
    """A ``govkg`` subprocess: stdout lines are collected as they come, stderr goes to a file.

    SIGINT is set back to its default in the child, as in a terminal (a test
    runner started in the background may have it ignored, and children
    inherit that). ``unprivileged`` runs root's child without its power to
    read any file.
    """

    def __init__(self, *args, unprivileged: bool = False):
        self._err = tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace")
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
        self.proc = subprocess.Popen(
            [*GOVKG, *map(str, args)], stdout=subprocess.PIPE, stderr=self._err, env=env,
            text=True, encoding="utf-8", errors="replace", preexec_fn=_child_setup(unprivileged))
        self.lines: list[str] = []
        self._queue: queue.Queue = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            self._queue.put(line)
        self._queue.put(None)

    def stored(self) -> list[str]:
        return [line[len("stored "):] for line in self.lines if line.startswith("stored ")]

    def wait_stored(self, n: int, timeout: float = 60) -> None:
        """Block until the build has printed ``n`` "stored" lines."""
        deadline = time.monotonic() + timeout
        while len(self.stored()) < n:
            try:
                if self._queue.get(timeout=max(0.01, deadline - time.monotonic())) is None:
                    pytest.fail(f"govkg ended before storing {n} documents:\n{self.stdout}\n{self.stderr}")
            except queue.Empty:
                pytest.fail(f"govkg stored fewer than {n} documents in {timeout} s")

    def finish(self, timeout: float = 120) -> int:
        self.proc.wait(timeout)
        self._reader.join(timeout)
        return self.proc.returncode

    @property
    def stdout(self) -> str:
        return "\n".join(self.lines)

    @property
    def stderr(self) -> str:
        self._err.seek(0)
        return self._err.read()

    def messages(self) -> list[str]:
        """stderr without third-party noise."""
        return [line for line in self.stderr.splitlines() if not _noise(line)]


def govkg(*args, **kwargs) -> Govkg:
    run = Govkg(*args, **kwargs)
    run.finish()
    return run


# -- reading a store (only once no other process has it open) --------------------

def graph_sizes(store_path: Path) -> dict[str, int]:
    store = open_store(store_path)
    try:
        return dict(Counter(q.graph_name.value for q in store.quads()))
    finally:
        del store
        gc.collect()           # pyoxigraph releases the folder's lock when the store is dropped


def nquads(store_path: Path | None = None, store=None) -> list[str]:
    own = store is None
    store = store if store is not None else open_store(store_path)
    try:
        return sorted(str(q) for q in store.quads())
    finally:
        if own:
            del store
            gc.collect()


def source_paths(store_path: Path) -> set[str]:
    store = open_store(store_path)
    try:
        return {r["p"] for r in store.select("SELECT ?p WHERE { ?d gk:sourcePath ?p }")}
    finally:
        del store
        gc.collect()


# -- the corpus and what an uninterrupted build makes of it ------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """30 distinct articles: the test articles, each with a numbered line appended."""
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(N_DOCS):
        text = ARTICLES[i % len(ARTICLES)].read_text(encoding="utf-8")
        (folder / f"d{i + 1:02d}.txt").write_text(f"{text}\n第{i + 1}篇：编号{i + 1:02d}。\n", encoding="utf-8")
    return folder


class Reference:
    def __init__(self, store):
        self.nquads = nquads(store=store)
        self.sizes = dict(Counter(q.graph_name.value for q in store.quads()))


@pytest.fixture(scope="module")
def reference(corpus, extractor) -> Reference:
    """A clean build of the corpus (in this process, in memory), document by document.

    Document graphs are independent (one named graph per document, nothing
    shared), so each graph here is what a single-document build gives.
    """
    store = open_store("memory:")
    report = b.build([corpus], store, extractor)
    assert report.ok and len(report.built) == N_DOCS
    assert len(store.documents()) == N_DOCS
    return Reference(store)


def test_a_document_graph_is_the_same_built_alone_or_in_a_batch(corpus, reference, extractor):
    from govkg.loaders.read import read

    alone = open_store("memory:")
    result = b.add_document(read(corpus / "d07.txt"), alone, extractor)
    assert len(alone) == reference.sizes[result.doc_iri] > 100


def assert_whole(sizes: dict[str, int], reference: Reference) -> None:
    """Every document graph in the store has exactly the triples of a clean build."""
    assert set(sizes) <= set(reference.sizes)
    broken = {g: (n, reference.sizes[g]) for g, n in sizes.items() if n != reference.sizes[g]}
    assert not broken, f"incomplete document graphs (found, expected): {broken}"


# -- Ctrl-C and kill ----------------------------------------------------------------

def test_ctrl_c_keeps_finished_documents_whole_and_a_rerun_completes(corpus, reference, tmp_path):
    store = tmp_path / "store"
    run = Govkg("build", corpus, "--store", store, "--verbose")
    run.wait_stored(3)
    run.proc.send_signal(signal.SIGINT)
    assert run.finish() == 130
    messages = run.messages()
    assert "Traceback" not in run.stderr
    m = re.fullmatch(r"interrupted: (\d+) documents? stored, the rest not.*", messages[-1])
    assert m, messages
    n = int(m.group(1))
    assert len(messages) == 1 and 3 <= n < N_DOCS
    assert n == len(run.stored())                       # what was said stored is what is stored

    sizes = graph_sizes(store)
    assert len(sizes) == n
    assert_whole(sizes, reference)
    assert source_paths(store) == set(run.stored())

    rerun = govkg("build", corpus, "--store", store)
    assert rerun.proc.returncode == 0, rerun.stderr
    assert nquads(store) == reference.nquads


def test_sigkill_mid_build_leaves_only_whole_documents(corpus, reference, tmp_path):
    store = tmp_path / "store"
    rnd = random.Random(20240601)
    for first, at in ((0, 3), (3, 8)):        # the second run replaces graphs the first one stored
        run = Govkg("build", corpus, "--store", store, "--verbose")
        run.wait_stored(at)
        time.sleep(rnd.uniform(0, 0.3))        # land anywhere: reading, extracting or writing
        run.proc.kill()
        assert run.finish() == -signal.SIGKILL
        sizes = graph_sizes(store)              # the store reopens ...
        assert len(sizes) >= at
        assert_whole(sizes, reference)          # ... and holds whole documents only


WRITER = r"""
import sys
from govkg.graph.store import open_store

store = open_store(sys.argv[1])
graph, n = "https://w3id.org/govkg/id/doc/big", int(sys.argv[2])

def ntriples(tag):
    return "".join(f'<https://ex.org/s{i}> <https://ex.org/p> "{tag} {i}" .\n' for i in range(n))

old, new = ntriples("old"), ntriples("new")
store.replace_document(graph, old)
store.flush()
print("ready", flush=True)
while True:
    print("writing", flush=True)
    store.replace_document(graph, new)
    store.replace_document(graph, old)
"""


def test_sigkill_during_a_big_write_leaves_the_old_graph_or_the_new(tmp_path):
    """One document replaced (drop + insert in one update) over and over, killed mid-write."""
    store, n = tmp_path / "store", 20_000          # one write takes about a second
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(store), str(n)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        assert proc.stdout.readline().strip() == "writing"
        time.sleep(random.Random(7).uniform(0.2, 1.5))
    finally:
        proc.kill()
        proc.wait(30)
    s = open_store(store)
    try:
        tags = Counter(q.object.value.split()[0] for q in s.quads())
    finally:
        del s
        gc.collect()
    assert tags in (Counter(old=n), Counter(new=n)), tags


# -- two builds at once -------------------------------------------------------------

def test_two_builds_on_one_store_one_waits_and_both_land(corpus, reference, tmp_path):
    store = tmp_path / "store"
    files = sorted(corpus.glob("*.txt"))
    first, second = files[:8], files[8:16]
    runs = [Govkg("build", *first, "--store", store), Govkg("build", *second, "--store", store)]
    for run in runs:
        assert run.finish() == 0, run.stderr
        assert "Traceback" not in run.stderr
    waited = [run for run in runs if any("waiting for another govkg process" in m for m in run.messages())]
    assert len(waited) == 1                     # RocksDB's own lock: the second open fails at once; we retry
    expected = {str(f) for f in first + second}
    assert source_paths(store) == expected
    sizes = graph_sizes(store)
    assert len(sizes) == 16
    assert_whole(sizes, reference)

    # with --wait 0 a build on a store in use fails at once with one clear line, exit 2
    holder = open_store(store)
    try:
        before = nquads(store=holder)
        for wait, took in (("0", 0), ("1", 1)):
            t = time.monotonic()
            run = govkg("build", files[20], "--store", store, "--wait", wait)
            assert run.proc.returncode == 2
            assert time.monotonic() - t >= took
            assert "Traceback" not in run.stderr
            messages = [m for m in run.messages() if not m.startswith("waiting for")]
            assert len(messages) == 1, messages
            assert str(store) in messages[0] and "another govkg process" in messages[0]
        assert nquads(store=holder) == before
    finally:
        del holder
        gc.collect()
    assert graph_sizes(store) == sizes          # opens again, nothing changed


def test_ctrl_c_while_waiting_for_the_store(corpus, tmp_path):
    store = tmp_path / "store"
    holder = open_store(store)
    try:
        run = Govkg("build", corpus / "d01.txt", "--store", store, "--wait", "60")
        deadline = time.monotonic() + 30
        while not any(m.startswith("waiting for another govkg process") for m in run.messages()):
            assert time.monotonic() < deadline and run.proc.poll() is None, run.stderr
            time.sleep(0.05)
        run.proc.send_signal(signal.SIGINT)
        assert run.finish() == 130
    finally:
        del holder
        gc.collect()
    assert "Traceback" not in run.stderr
    assert run.messages()[-1].startswith("interrupted: 0 documents stored, the rest not")
    assert graph_sizes(store) == {}


def test_usage_errors_are_one_line_and_exit_2(tmp_path):
    (tmp_path / "a-file").write_text("x")
    for args, phrase in (
        (["build", tmp_path / "missing", "--store", tmp_path / "s"], "no such file or folder"),
        (["build", ARTICLES[0], "--store", tmp_path / "a-file"], "cannot open store"),
    ):
        run = govkg(*args)
        assert run.proc.returncode == 2, run.stderr
        assert "Traceback" not in run.stderr
        messages = run.messages()
        assert len(messages) == 1 and phrase in messages[0], messages


# -- a folder of bad files ------------------------------------------------------------

def _can_make_unreadable(folder: Path) -> bool:
    """Whether a file of mode 000 is unreadable to an ``unprivileged`` child here."""
    probe = folder / "probe"
    probe.write_text("x")
    probe.chmod(0)
    try:
        done = subprocess.run([sys.executable, "-c", f"open({str(probe)!r}).read()"], capture_output=True,
                              preexec_fn=_child_setup(True))
        return done.returncode != 0 and b"PermissionError" in done.stderr
    finally:
        probe.unlink()


def _article(i: int) -> str:
    return ARTICLES[i % len(ARTICLES)].read_text(encoding="utf-8") + f"\n坏文件测试第{i}篇。\n"


def test_bad_files_are_named_skipped_and_counted_and_good_ones_built(tmp_path):
    store = tmp_path / "store"
    old = tmp_path / "old"
    old.mkdir()
    (old / "kept.txt").write_text(_article(9), encoding="utf-8")
    run = govkg("build", old, "--store", store)
    assert run.proc.returncode == 0, run.stderr

    src = tmp_path / "in"
    src.mkdir()
    good = {src / f"good{i}.txt": _article(i) for i in range(3)}
    (src / "notes.txt").mkdir()                      # a folder named like a file: walked, not skipped
    (src / "empty.pdf").mkdir()                      # (an empty one adds nothing)
    good[src / "notes.txt" / "inner.txt"] = _article(3)
    gbk_name = src / os.fsdecode("国家.txt".encode("gbk"))   # a file name that is not UTF-8
    good[gbk_name] = _article(4)
    for path, text in good.items():
        path.write_text(text, encoding="utf-8")

    text = _article(5)
    rnd = random.Random(3)
    bad = {  # name: (bytes, problem phrase, reason in the summary)
        "empty.txt": (b"", "empty (0 bytes)", "empty"),
        "blank.txt": (" \n\t\r\n\u3000\u200b\n".encode(), "only whitespace", "whitespace only"),
        "binary.txt": (bytes(rnd.randrange(1, 256) for _ in range(4096)), "binary file", "binary"),
        "nul.txt": (text[:200].encode() + b"\0\0" + text[200:400].encode(), "NUL bytes", "binary"),
        "truncated.pdf": (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Ty",
                          "PDF is truncated", "corrupt PDF"),
        "corrupt.docx": (b"PK\x03\x04" + bytes(rnd.randrange(256) for _ in range(500)),
                         "DOCX is truncated or corrupt", "corrupt DOCX"),
        "legacy.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500, "legacy Office file", "unsupported format"),
        "replaced.txt": (("\ufffd" * 40 + text[:100]).encode(), "mis-encoded", "mis-encoded"),
        "mangled.txt": (bytes(c for i, c in enumerate(text.encode()) if i % 7), "not valid in any supported encoding",
                        "mis-encoded"),
    }
    for name, (data, _, _) in bad.items():
        (src / name).write_bytes(data)
    huge = src / "huge.txt"                                  # 50 MB of real text; the limit is 20 MB
    with huge.open("w", encoding="utf-8") as f:
        line = text.replace("\n", "") + "\n"
        while f.tell() < 50 * 1024 * 1024:
            f.write(line * 100)
    bad["huge.txt"] = (None, f"file is too large ({huge.stat().st_size / 2**20:.1f} MB; the limit is "
                             f"{DEFAULT_MAX_BYTES / 2**20:.1f} MB)", "too large")
    os.mkfifo(src / "pipe.txt")                              # would block a reader for ever
    bad["pipe.txt"] = (None, "not a regular file", "not a file")
    os.symlink(src / "gone-target.txt", src / "gone.txt")    # a dangling link
    bad["gone.txt"] = (None, "no such file", "missing")
    if _can_make_unreadable(tmp_path):
        (src / "secret.txt").write_text(text, encoding="utf-8")
        (src / "secret.txt").chmod(0)
        bad["secret.txt"] = (None, "permission denied", "unreadable")

    run = govkg("build", src, "--store", store, unprivileged=True)
    assert run.proc.returncode == 1, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    messages = run.messages()
    for name, (_, phrase, _) in bad.items():
        lines = [m for m in messages if m.startswith(f"skipped {src / name}: ")]
        assert len(lines) == 1 and phrase in lines[0], (name, messages)
    assert len(messages) == len(bad), messages              # nothing else on stderr

    reasons = Counter(reason for _, _, reason in bad.values())
    summary = next(line for line in run.lines if line.startswith("Documents:"))
    assert f"{len(good)} built, skipped {len(bad)}: " in summary
    for reason, n in reasons.items():
        assert re.search(rf"\b{n} {re.escape(reason)}(,|;)", summary), (reason, summary)
    assert summary.endswith(f"; {len(good) + 1} in the store")

    shown = {b.printable_path(p) for p in good}
    assert source_paths(store) == shown | {str(old / "kept.txt")}   # what was there is still there
    assert r"\xb9\xfa\xbc\xd2.txt" in " ".join(shown)               # the GBK name, made printable
