"""Reading the paragraphs and table cells of a Word document (DOCX)."""
from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

from govkg.types import RawText

from .encoding import _BLANK, _newlines
from .readerror import MEDIA_TYPES, ReadError, human_size as _human_size

#: A DOCX that unpacks to more than this many times its size is refused (zip bomb).
MAX_DOCX_EXPANSION = 100
#: The most XML (and relationship parts) a DOCX may unpack to: python-docx
#: parses it all into memory (about ten times its size as lxml trees).
MAX_DOCX_XML = 32 * 1024 * 1024
#: The most all its parts (images too: python-docx loads them) may unpack to.
MAX_DOCX_UNPACKED = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


def _read_docx(path: Path, data: bytes) -> RawText:
    """Paragraphs and table cells of the body, in document order, one per line
    (headers and footers are page furniture and left out)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            declared = sum(info.file_size for info in z.infolist())
            if "word/document.xml" not in names:
                raise ReadError(path, "ZIP archive is not a Word document (no word/document.xml)")
            if declared > MAX_DOCX_EXPANSION * len(data) + 10 * 1024 * 1024:
                raise ReadError(path, f"DOCX unpacks to {_human_size(declared)}; refused as a zip bomb")
            _check_inflated(z, path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise ReadError(path, "DOCX is truncated or corrupt (not a valid ZIP archive)") from None

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_docx_lines(document))
        title = document.core_properties.title
    except Exception as err:       # python-docx/lxml raise many types on bad parts
        raise ReadError(path, f"DOCX is corrupt ({type(err).__name__}: {err})"[:200]) from None
    text = _newlines("\n".join(lines))
    if not _BLANK.sub("", text):
        raise ReadError(path, "Word document has no text")
    return RawText(str(path), text, "docx", title=(title or "").strip() or None,
                   media_type=MEDIA_TYPES["docx"])


def _check_inflated(z: zipfile.ZipFile, path: Path) -> None:
    """Inflate every part as a stream, counting what comes out (the sizes a ZIP's
    headers declare can lie), and refuse past the limits before anything is parsed."""
    xml = total = 0
    for info in z.infolist():
        is_xml = info.filename.lower().endswith((".xml", ".rels"))
        with z.open(info) as part:
            while chunk := part.read(_CHUNK):
                total += len(chunk)
                xml += len(chunk) if is_xml else 0
                if xml > MAX_DOCX_XML:
                    raise ReadError(path, f"DOCX unpacks to more than {_human_size(MAX_DOCX_XML)} of XML; "
                                          "refused as a zip bomb")
                if total > MAX_DOCX_UNPACKED:
                    raise ReadError(path, f"DOCX unpacks to more than {_human_size(MAX_DOCX_UNPACKED)}; "
                                          "refused as a zip bomb")


def _docx_lines(container) -> Iterable[str]:
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            seen = set()        # a merged cell is returned once per row/column it spans
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    yield from _docx_lines(cell)   # cells hold paragraphs and tables
        else:
            yield block.text
