"""Reading the text layer of a PDF."""
from __future__ import annotations

import contextlib
import io
import logging
import re
from pathlib import Path

from govkg.types import RawText

from .encoding import _BLANK, _newlines
from .readerror import MEDIA_TYPES, ReadError
from .unwrap import display_width, goes_on

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
    text = _join_pages([_without_page_number(_newlines(page)) for page in pages]).strip("\n")
    if not _BLANK.sub("", text):
        raise ReadError(path, "PDF has no text layer (scanned?); run OCR first")
    return RawText(str(path), text, "pdf", title=_pdf_title(title), media_type=MEDIA_TYPES["pdf"])


#: A page's number alone on its first or last line (— 3 —, - 3 -, 第3页 共12页, 3/12, 3): no text.
PAGE_NUMBER = re.compile(r"\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
                         r"|\d{1,4}\s*/\s*\d{1,4}|\d{1,3})\s*")


def _without_page_number(page: str) -> str:
    """A page's text without its number at the foot or the head.

    >>> _without_page_number("第一行\\n第二行\\n— 3 —\\n")
    '第一行\\n第二行'
    """
    lines = page.strip("\n").split("\n")
    if lines and PAGE_NUMBER.fullmatch(lines[-1]):
        lines.pop()
    if lines and PAGE_NUMBER.fullmatch(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


def _join_pages(pages: list[str]) -> str:
    """Pages unwrapped one by one; a paragraph a page break cut (the page's last line full and not
    ending a sentence) goes on with the next page's first line."""
    out = _unwrap(pages[0]) if pages else ""
    for before, page in zip(pages, pages[1:]):
        lines = [line.rstrip() for line in before.split("\n")]
        full = _full_width(lines)
        last = next((line for line in reversed(lines) if line), "")
        cut = full is not None and goes_on(last, display_width(last) >= full, page)
        out += ("" if cut else "\n") + _unwrap(page)
    return out


def _full_width(lines: list[str]) -> float | None:
    """How wide a page's full lines are, in columns, less 10%: from the median of its lines 20 Chinese
    characters wide or more, which a line of narrow Latin letters may pass, but not below 90% of the
    widest, which narrower table rows would otherwise pass.
    None where there is too little to tell a margin from a list (under three lines, none that long).

    >>> round(_full_width(["一二三四五六七八九十" * 3, "一二三四五六七八九十" * 3, "Baby BELLA " * 7, "短"]), 2)
    62.37
    """
    widths = sorted(w for w in map(display_width, lines) if w >= 40)
    if len(lines) < 3 or not widths:
        return None
    return max(widths[len(widths) // 2], widths[-1] * 0.9) * 0.9     # not below 81% of the widest: table rows


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


def _unwrap(page: str) -> str:
    """Join a page's lines that were wrapped at the right margin.

    A line as wide as the page's full lines (within 10% of the median long line,
    :func:`_full_width`) that does not end a sentence continues on the next line;
    short lines (headings, last lines of paragraphs) and lines ending in
    。！？ stay line breaks (:data:`.unwrap.SENTENCE_END`: a closing quote or bracket ends a
    printed line mid-sentence as often). (pypdf gives one line per printed line.)
    """
    lines = [line.rstrip() for line in page.split("\n")]
    full = _full_width(lines)
    if full is None:
        return "\n".join(lines)
    out = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        joins = bool(line) and goes_on(line, display_width(line) >= full, nxt)
        if not joins:
            out.append(line + "\n")
        elif line[-1].isascii() and line[-1].isalpha() and nxt.lstrip()[0].isascii() and nxt.lstrip()[0].isalpha():
            out.append(line + " ")             # a wrapped English word boundary (not a figure's: 4 / 576件)
        else:
            out.append(line)
    return "".join(out).rstrip("\n")
