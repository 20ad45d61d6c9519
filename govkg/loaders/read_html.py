"""Reading an HTML page: the article's main text, without menus and footers."""
from __future__ import annotations

import re
from pathlib import Path

from govkg.types import RawText

from .encoding import _BLANK, _BOMS, _check_text, _newlines, decode_text
from .numbers import iso_date
from .readerror import MEDIA_TYPES, ReadError, human_size

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
#: Declared charsets that are trusted, and the codecs that read them. GB2312
#: and GBK pages are read as GB18030, their superset (pages labelled gb2312
#: often use GBK characters); Big5 likewise tries the Microsoft and Hong Kong
#: supersets. Other labels are not trusted: a single-byte label (iso-8859-1 on
#: an old GBK site) decodes anything into mojibake, and "utf-16" in a meta tag
#: is always wrong (HTML5 reads it as UTF-8); those pages are detected instead.
_CHARSET_CODECS = {
    "utf-8": ("utf-8",), "utf8": ("utf-8",),
    "gb2312": ("gb18030",), "gbk": ("gb18030",), "x-gbk": ("gb18030",), "cp936": ("gb18030",),
    "gb18030": ("gb18030",), "euc-cn": ("gb18030",), "x-euc-cn": ("gb18030",),
    "big5": ("big5", "cp950", "big5hkscs"), "x-x-big5": ("big5", "cp950", "big5hkscs"),
    "big5-hkscs": ("big5hkscs",), "cp950": ("cp950",),
}


#: Pages larger than this are refused: parsing and main-text extraction take
#: about a second and 70 MB per MB of page, and far more on deeply nested
#: markup (a 15 MB page took 107 s and 950 MB). Article pages are well below.
MAX_HTML_BYTES = 5 * 1024 * 1024


def _read_html(path: Path, data: bytes) -> RawText:
    if len(data) > MAX_HTML_BYTES:
        raise ReadError(path, f"HTML page is too large ({human_size(len(data))}; the limit for HTML is "
                              f"{human_size(MAX_HTML_BYTES)})")
    html, encoding, root = _page(path, data)
    doc = _trafilatura_extract(html)
    text = _newlines(doc.text) if doc is not None and doc.text else ""
    if not text.strip():
        text = _newlines(_baseline(html))
    if text:
        text = _restore_headings(root, text)
    if not _BLANK.sub("", text):
        raise ReadError(path, "HTML page has no article text")
    heading = _first_heading(root)
    if heading and doc is not None and _squash(heading) != _squash(doc.title or ""):
        heading = None      # an <h1> the page's title is not (a site's logo): no article's title
    text = _with_title(text, _meta(root, "articletitle") or heading)
    title = _meta(root, "articletitle") or (doc.title if doc is not None else None) \
        or _page_title(root)
    published = _html_date(root, doc)
    return RawText(str(path), text, encoding, title=title or None, published=published,
                   media_type=MEDIA_TYPES["html"], canonical_url=_canonical_url(root))


def _first_heading(root) -> str | None:
    """The text of the page's first <h1>: its article's title, where a page sets one (not <title>,
    which may name only the site)."""
    h1 = next((h for h in root.iter("h1") if not _in_page_frame(h)), None)
    if h1 is None:
        return None
    return " ".join(h1.text_content().split()) or None


#: Class or id of a page's frame around its article: the site's logo, header, menus, banner.
_PAGE_FRAME = re.compile(r"logo|header|head\b|nav|menu|banner|top\b", re.I)


def _in_page_frame(element) -> bool:
    """Whether ``element`` sits in the page's header, logo, menu or banner (by its or an ancestor's class/id)."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("header", "nav") or _PAGE_FRAME.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def _with_title(text: str, title: str | None) -> str:
    """The article's text opening with its title, which trafilatura keeps apart when the page sets it
    in an <h1> above the article (关于印发…的通知, …情况通报): the rules read a page's own document, report
    or platform from its first line, as in a plain text.

    >>> _with_title("各区县人民政府：现将办法印发给你们。", "关于印发数据管理办法的通知")
    '关于印发数据管理办法的通知\\n各区县人民政府：现将办法印发给你们。'
    >>> _with_title("首页\\n关于印发数据管理办法的通知\\n正文。", "关于印发数据管理办法的通知")
    '首页\\n关于印发数据管理办法的通知\\n正文。'
    """
    key = _squash(title or "")
    if not key or len(key) > 120 or any(key in _squash(line) for line in text.split("\n")):
        return text
    return f"{' '.join(title.split())}\n{text}"


def canonical_url_of(path: Path, data: bytes) -> str | None:
    """The canonical URL of an HTML page's bytes, as :func:`_read_html` finds it (no main-text extraction)."""
    return _canonical_url(_page(path, data)[2])


def _page(path: Path, data: bytes):
    """The page decoded (its text, without an XML declaration, and its encoding) and parsed."""
    html, encoding = _decode_html(data, path)
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)   # lxml refuses str with a declaration
    return html, encoding, _parse_html(html, path)


def _canonical_url(root) -> str | None:
    """The page's ``<link rel="canonical" href="http…">``, if it has an absolute one."""
    if root is None:
        return None
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and re.match(r"https?://\S+$", href):
            return href
    return None


def _decode_html(data: bytes, path: Path) -> tuple[str, str]:
    """Decode by BOM, then the declared charset, then as plain text."""
    if not any(data.startswith(bom) for bom, _, _ in _BOMS):
        head = data[:4096]
        m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
        declared = m.group(1).decode("ascii").lower() if m else None
        for codec in _CHARSET_CODECS.get(declared, ()):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue        # a wrong label (pages do lie): detect instead
            text = _newlines(text)
            _check_text(text, path)
            return text, codec
    return decode_text(data, path)


def _parse_html(html: str, path: Path):
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as err:
        raise ReadError(path, f"HTML cannot be parsed ({err})") from None
    for junk in root.xpath("//script|//style|//noscript|//template"):
        junk.drop_tree()
    return root


def _trafilatura_extract(html: str):
    """trafilatura's main-text extraction, offline (it fetches only when asked
    to download a URL, which is never done here).

    - no comments: reader comments on gov pages are boilerplate;
    - tables kept: they carry the figures of many reports;
    - no extensive date search: it takes any date on the page, e.g. the
      copyright year of the footer ("版权所有 2021" -> 2021-01-01).
    """
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html, include_comments=False, include_tables=True, with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:       # an extractor bug on an odd page: fall back, don't crash
        return None


def _baseline(html: str) -> str:
    """trafilatura's simple fallback (<article>, <p> and JSON-LD articleBody)."""
    import trafilatura

    try:
        return trafilatura.baseline(html)[1]
    except Exception:       # the fallback must never turn a page into a crash
        return ""


def _squash(s: str) -> str:
    return "".join(s.split())


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _restore_headings(root, text: str) -> str:
    """Put back section headings that trafilatura dropped.

    When the article is not inside a container trafilatura recognizes, it
    recovers paragraphs one by one and leaves ``<h2>`` headings out; the next
    stage needs them ("天津：完善政策体系" starts a section). A heading is put
    back on its own line before the line that starts with the first text
    following it in the page, if that line was extracted (so headings of menus
    and sidebars, whose text was not, stay out).
    """
    lines = text.split("\n")
    squashed = [_squash(line) for line in lines]
    inserts: dict[int, list[str]] = {}
    floor = 0                           # keep the headings in page order
    for h in root.iter(*_HEADINGS):
        heading = " ".join(h.text_content().split())
        key = _squash(heading)
        if not key or len(key) > 60 or any(s.startswith(key) for s in squashed):
            continue    # already there (possibly run into its paragraph)
        following = h.xpath("following::text()[normalize-space()][1]")
        if not following:
            continue
        target = _squash(following[0])[:30]     # the start of the next paragraph
        index = next((i for i in range(floor, len(lines)) if squashed[i].startswith(target)),
                     None)
        if index is None:
            continue
        inserts.setdefault(index, []).append(heading)
        floor = index
    if not inserts:
        return text
    out = []
    for i, line in enumerate(lines):
        out.extend(inserts.get(i, ()))
        out.append(line)
    return "\n".join(out)


def _meta(root, *names: str) -> str | None:
    """The content of the first ``<meta>`` whose name/property/itemprop is one of ``names``."""
    for meta in root.iter("meta"):
        for attr in ("name", "property", "itemprop", "http-equiv"):
            if (meta.get(attr) or "").strip().lower() in names:
                content = (meta.get("content") or "").strip()
                if content:
                    return content
    return None


def _page_title(root) -> str | None:
    title = root.find(".//title")
    if title is None:
        return None
    return " ".join(title.text_content().split()) or None


#: Publication-date meta tags: the TRS/gov.cn CMS ("PubDate"), Open Graph,
#: schema.org, Dublin Core and a few CMS-specific names.
_DATE_METAS = (
    "pubdate", "publishdate", "publish_date", "publication_date", "firstpublishedtime",
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "date",
)
#: "发布时间：2023-05-12", "发布日期：2023年5月12日", or a bare "日期：…", but
#: not "实施日期：…" in the article's text (the date a rule takes effect).
_BYLINE_DATE = re.compile(
    r"(?:发布|发表|(?<![\u4e00-\u9fff]))(?:时间|日期)\s*[:：]\s*"
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})")


def _html_date(root, doc) -> str | None:
    """The publication date: a date meta tag, else the page's own
    "发布时间：…" line, else what trafilatura (htmldate) found in markup."""
    for candidate in (
        _meta(root, *_DATE_METAS),
        (m.group(1) if (m := _BYLINE_DATE.search(root.text_content())) else None),
        doc.date if doc is not None else None,
    ):
        iso = iso_date(candidate) if candidate else None
        if iso:
            return iso
    return None
