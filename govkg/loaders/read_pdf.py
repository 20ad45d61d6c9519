"""Reading the text layer of a PDF."""
from __future__ import annotations

import contextlib
import io
import logging
import re
import unicodedata
from pathlib import Path

from govkg.types import RawText

from .encoding import _BLANK, _newlines
from .readerror import MEDIA_TYPES, ReadError

def _read_pdf(path: Path, data: bytes) -> RawText:
    """The text layer, page by page, via pypdf.

    pypdf (pure Python, no dependencies) maps CID fonts, including the Adobe
    predefined CMaps Chinese PDFs use, to Unicode. Wrapped lines are joined
    back into paragraphs (:func:`_unwrap`) so sentences are not cut in two.
    """
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    truncated = b"%%EOF" not in data[-2048:]
    try:
        with _quiet("pypdf"):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                # Many PDFs are encrypted only against editing, with an empty
                # user password: those open; a real password does not.
                if not reader.decrypt(""):
                    raise ReadError(path, "PDF is encrypted (a password is needed)")
            pages = [page.extract_text() or "" for page in reader.pages]
            title = (reader.metadata or {}).get("/Title")
    except ReadError:
        raise
    except FileNotDecryptedError:
        raise ReadError(path, "PDF is encrypted (a password is needed)") from None
    except DependencyError:
        raise ReadError(path, "PDF is AES-encrypted; reading it needs the 'cryptography' "
                              "package") from None
    except NotImplementedError as err:
        raise ReadError(path, f"PDF uses an unsupported feature ({err})"[:200]) from None
    except Exception as err:       # pypdf raises many types on malformed files
        if truncated:
            raise ReadError(path, "PDF is truncated (no %%EOF at the end)") from None
        kind = "PDF is corrupt" if isinstance(err, (PdfReadError, ValueError, KeyError)) \
            else "PDF cannot be read"
        raise ReadError(path, f"{kind} ({type(err).__name__}: {err})"[:200]) from None
    text = "\n".join(_unwrap(_newlines(page)) for page in pages).strip("\n")
    if not _BLANK.sub("", text):
        raise ReadError(path, "PDF has no text layer (scanned?); run OCR first")
    return RawText(str(path), text, "pdf", title=_pdf_title(title), media_type=MEDIA_TYPES["pdf"])


def _pdf_title(title) -> str | None:
    """The metadata title, unless it is a tool's placeholder."""
    title = re.sub(r"^Microsoft Word - ", "", str(title or "")).strip()
    return None if title.lower() in ("", "untitled", "unknown", "无标题") else title


@contextlib.contextmanager
def _quiet(logger_name: str):
    """Silence a library's warnings about malformed files: what matters
    reaches the user as a ReadError, the rest is noise on the console."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


_SENTENCE_END = tuple("。！？；：!?;:」』”）)")


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _unwrap(page: str) -> str:
    """Join a page's lines that were wrapped at the right margin.

    A line as wide as the page's widest (within 10%, and at least 20 Chinese
    characters wide) that does not end a sentence continues on the next line;
    short lines (headings, last lines of paragraphs) and lines ending in
    。！？ stay line breaks. (pypdf gives one line per printed line.)
    """
    lines = [line.rstrip() for line in page.split("\n")]
    widest = max(_width(line) for line in lines)
    if len(lines) < 3 or widest < 40:     # too little to tell a margin from a list
        return "\n".join(lines)
    full = widest * 0.9
    out = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        joins = bool(line) and bool(nxt.strip()) and _width(line) >= full \
            and not line.endswith(_SENTENCE_END)
        if not joins:
            out.append(line + "\n")
        elif line[-1].isascii() and nxt.lstrip()[0].isascii():
            out.append(line + " ")             # a wrapped English word boundary
        else:
            out.append(line)
    return "".join(out).rstrip("\n")
