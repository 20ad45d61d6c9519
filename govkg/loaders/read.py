"""The first pipeline stage: read a file into a :class:`~govkg.types.RawText`.

``read(path)`` picks a reader by suffix (and by content, for files whose
suffix does not say), and each reader is one small function:

====================  =====================================================
``.txt``              plain text; the encoding is detected (see below)
``.md``               the same, titled by its first ``# heading``
``.html``, ``.htm``   the article's main text, without menus and footers
``.pdf``              the text layer of a PDF
``.docx``             the paragraphs and table cells of a Word document
====================  =====================================================

Other suffixes (or none) are read as HTML if the content starts like a page,
else as text; PDF and ZIP magic bytes win over any suffix.

Anything wrong with the input raises :class:`ReadError`, which names the file
and the problem in a short phrase a user can act on; no other exception
escapes for bad input. How text bytes are decoded is in :mod:`.encoding`; each
format has its module (:mod:`.read_html`, :mod:`.read_pdf`, :mod:`.read_docx`).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_bytes("数字政府建设".encode("gb18030"))
>>> raw = read(p)
>>> raw.text, raw.encoding
('数字政府建设', 'gb18030')
"""
from __future__ import annotations

import dataclasses
import errno
import fnmatch
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from govkg.types import RawText

from .encoding import decode_text
from .read_docx import _read_docx
from .read_html import _read_html
from .read_pdf import _read_pdf
from .readerror import MEDIA_TYPES, ReadError, human_size as _human_size

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "canonical_url", "decode_text", "file_hash", "iter_inputs", "read"]

#: Files larger than this are refused unless ``max_bytes`` says otherwise.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.html", "*.htm", "*.pdf", "*.docx")
#: Files a folder holds about itself, not articles: left out of a folder walk
#: unless an --include pattern asks for them (a file named directly is always read).
PROJECT_FILES = ("readme", "readme.*", "license", "license.*", "licence", "licence.*", "copying", "copying.*",
                 "changelog", "changelog.*", "changes", "changes.*", "contributing", "contributing.*",
                 "notice", "notice.*", "authors", "authors.*")


# --------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------

def read(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    """Read one file into a :class:`RawText`, or raise :class:`ReadError`."""
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    kind = _kind_of(path, data)
    # the bytes' hash: a build leaves a file whose bytes the store already has (govkg.build)
    return dataclasses.replace(_READERS[kind](path, data), source_hash=hashlib.sha256(data).hexdigest())


def file_hash(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 (hex) of a file's bytes, as :func:`read` states it in ``RawText.source_hash``; None
    when the file cannot be read (:func:`read` then says why)."""
    digest = hashlib.sha256()
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > DEFAULT_MAX_BYTES:   # a FIFO would block; read refuses
            return None
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def canonical_url(path: str | os.PathLike[str]) -> str | None:
    """An HTML file's ``<link rel="canonical">`` URL, which is its document's identity (None for other
    files, or when the file cannot be read: :func:`read` then says why). Parses the page, no more."""
    from .read_html import canonical_url_of

    path = Path(path)
    if _SUFFIX_KIND.get(path.suffix.lower(), "html") != "html":    # a page has a page's suffix, or none known
        return None
    try:
        data = _read_bytes(path, DEFAULT_MAX_BYTES)
        return canonical_url_of(path, data) if _kind_of(path, data) == "html" else None
    except ReadError:
        return None


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    include: Iterable[str] = DEFAULT_INCLUDE,
    exclude: Iterable[str] = (),
    *,
    follow_links: bool = False,
    skipped: list[tuple[Path, str]] | None = None,
) -> list[Path]:
    """The files to read under ``paths``: sorted, without duplicates.

    Folders are walked recursively; hidden files and folders (a name starting
    with ".") are skipped. ``include``/``exclude`` are glob patterns matched,
    case-insensitively, against the path relative to the folder given (so
    ``"*.txt"`` matches ``sub/a.txt`` and ``"drafts/*"`` excludes a folder). A
    file named directly is always taken: the user asked for it. README,
    LICENSE and their kind (:data:`PROJECT_FILES`) found in a folder are not
    articles: left out unless an ``include`` pattern other than the defaults
    matches them.

    Inside a folder, a symbolic link is followed only while it stays inside
    that folder, unless ``follow_links`` (then links to files anywhere, and
    to folders, are followed; a folder reached twice is walked once). A link
    that is not followed, is broken or loops is left out; with a ``skipped``
    list it is added there as ``(path, problem)``, for the caller to report.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    include = [p.lower() for p in include]
    explicit = [p for p in include if p not in DEFAULT_INCLUDE]
    exclude = [p.lower() for p in exclude]
    found: dict[str, Path] = {}           # resolved -> as found, to deduplicate
    for given in paths:
        root = Path(given)
        if root.is_file():
            found.setdefault(os.path.realpath(root), root)
        elif root.is_dir():
            real_root = os.path.realpath(root)
            for file in _walk(root, follow_links):
                rel = file.relative_to(root).as_posix().lower()
                if _is_project_file(file.name) and not _matches(rel, explicit):
                    continue
                if not (_matches(rel, include) and not _matches(rel, exclude)):
                    continue
                problem = _link_problem(file, real_root, follow_links)
                if problem:
                    if skipped is not None:
                        skipped.append((file, problem))
                    continue
                real = os.path.realpath(file)
                if real not in found or os.path.islink(found[real]):   # the file itself over a link to it
                    found[real] = file
        elif root.exists() or root.is_symlink():
            raise ReadError(root, "not a regular file or folder")
        else:
            raise ReadError(root, "no such file or folder")
    return sorted(found.values(), key=lambda p: str(p))


def _link_problem(file: Path, real_root: str, follow_links: bool) -> str | None:
    """Why a file found in a folder is not read, if it is (or sits behind) a symbolic link."""
    try:
        os.stat(file)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop; not read"
        if err.errno == errno.ENOENT and os.path.islink(file):
            return "no such file (a broken symbolic link)"
        return None                       # read() names the problem
    real = os.path.realpath(file)
    if follow_links or os.path.commonpath([real, real_root]) == real_root:
        return None
    return f"symbolic link to {real}, outside the folder; not followed (use --follow-links)"


def _walk(root: Path, follow_links: bool = False) -> Iterable[Path]:
    def fail(err: OSError) -> None:
        raise ReadError(err.filename or root, "cannot list folder: " + _os_problem(err))

    seen: set[str] = set()                # real folders walked, so a link loop ends
    for folder, dirs, files in os.walk(root, onerror=fail, followlinks=follow_links):
        seen.add(os.path.realpath(folder))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not (follow_links and os.path.realpath(os.path.join(folder, d)) in seen))
        for name in files:
            if not name.startswith("."):
                yield Path(folder, name)


def _is_project_file(name: str) -> bool:
    """README.md, LICENSE, CHANGELOG.txt …: a folder's notes about itself.

    >>> _is_project_file("README.md"), _is_project_file("LICENSE"), _is_project_file("readme_article.txt")
    (True, True, False)
    """
    return any(fnmatch.fnmatchcase(name.lower(), pattern) for pattern in PROJECT_FILES)


def _matches(rel: str, patterns: list[str]) -> bool:
    # A pattern also matches a folder on the way ("drafts" excludes drafts/x.txt).
    parents = rel.split("/")
    prefixes = ["/".join(parents[:i]) for i in range(1, len(parents))]
    return any(fnmatch.fnmatchcase(s, pat) for pat in patterns for s in [rel, *prefixes])


# --------------------------------------------------------------------------
# Getting the bytes, and deciding what they are
# --------------------------------------------------------------------------

def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except OSError as err:
        raise ReadError(path, _os_problem(err)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(path, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):          # a FIFO or device would block or never end
        raise ReadError(path, "not a regular file")
    if st.st_size > max_bytes:
        raise ReadError(path, _too_large(st.st_size, max_bytes))
    if st.st_size == 0:
        raise ReadError(path, "file is empty (0 bytes)")
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as err:
        raise ReadError(path, _os_problem(err)) from None
    if len(data) > max_bytes:                 # grew since stat()
        raise ReadError(path, _too_large(len(data), max_bytes))
    if not data:
        raise ReadError(path, "file is empty (0 bytes)")
    return data


def _os_problem(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    return (err.strerror or type(err).__name__).lower()


def _too_large(size: int, limit: int) -> str:
    return f"file is too large ({_human_size(size)}; the limit is {_human_size(limit)})"




_SUFFIX_KIND = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.I | re.S)


def _kind_of(path: Path, data: bytes) -> str:
    """The reader to use: the content's magic bytes win over a wrong suffix."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"                          # _read_docx names other ZIPs
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ReadError(path, "legacy Office file (.doc/.xls/.ppt); save it as .docx first")
    kind = _SUFFIX_KIND.get(path.suffix.lower())
    if kind is None:                           # unknown suffix: look at the content
        kind = "html" if _HTML_START.match(data[:4096]) else "text"
    return kind


# --------------------------------------------------------------------------
# Plain text and Markdown
# --------------------------------------------------------------------------

def _read_text(path: Path, data: bytes) -> RawText:
    text, encoding = decode_text(data, path)
    return RawText(str(path), text, encoding, media_type=MEDIA_TYPES["text"])


_MD_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)


def _read_markdown(path: Path, data: bytes) -> RawText:
    # The Markdown is kept as written: offsets later point into it.
    text, encoding = decode_text(data, path)
    m = _MD_TITLE.search(text)
    return RawText(str(path), text, encoding, title=m.group(1).strip() if m else None,
                   media_type=MEDIA_TYPES["markdown"])

# --------------------------------------------------------------------------

_READERS: dict[str, Callable[[Path, bytes], RawText]] = {
    "text": _read_text,
    "markdown": _read_markdown,
    "html": _read_html,
    "pdf": _read_pdf,
    "docx": _read_docx,
}
