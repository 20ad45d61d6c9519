"""How a document's source is named in the store and what identifies the document: the path as it can
be printed and stored (:func:`printable_path`), relative to the builder's folder (:func:`source_path`),
and the document's identity (:func:`source_id`: the id given, an HTML page's canonical URL, or the path).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path


def printable_path(path: Path | str) -> str:
    """The path as text that can be stored and printed.

    A file name that is not valid in the file system's encoding (a GBK name on
    a UTF-8 system) comes back from the OS with lone surrogates, which no RDF
    store or terminal accepts; its undecodable bytes are shown as ``\\xb9``.
    """
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return text


def source_path(path: str | os.PathLike) -> str:
    """How a file is named in the store: relative to the working directory when below it, else absolute.

    ``articles/a.txt``, ``./articles/a.txt`` and its absolute path all give
    ``articles/a.txt`` (from the folder the store was built in), so a rebuild
    or ``govkg remove`` finds the document however its path is typed.

    >>> source_path(os.path.join(os.getcwd(), "articles", "..", "articles", "a.txt"))
    'articles/a.txt'
    """
    absolute = os.path.abspath(os.fspath(path))
    cwd = os.getcwd()
    try:
        inside = os.path.commonpath([absolute, cwd]) == cwd
    except ValueError:      # another drive (Windows)
        inside = False
    text = Path(os.path.relpath(absolute, cwd) if inside else absolute).as_posix()
    return printable_path(Path(text))


def source_id(raw, doc_id: str | None = None) -> str | None:
    """A document's identity: the id given, else an HTML page's canonical URL, else its source path.

    The identity does not change when the text does (the content hash,
    ``gk:contentHash``, is the document's version), so rebuilding an edited
    file replaces its facts. A text with no source (``"<text>"``) keeps the
    content hash as its id (None here).

    >>> from govkg.types import RawText
    >>> source_id(RawText("articles/a.txt", "x", "utf-8")) == source_id(RawText("articles/a.txt", "y", "utf-8"))
    True
    >>> source_id(RawText("<text>", "x", "utf-8")) is None
    True
    """
    if doc_id:
        return doc_id
    key = getattr(raw, "canonical_url", None) or (None if raw.source.startswith("<") else raw.source)
    return key_id(key) if key else None


def key_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
