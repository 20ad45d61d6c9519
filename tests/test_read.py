"""Tests for govkg.loaders.read: every input is generated here, in tmp_path."""
from __future__ import annotations

import io
import os
import pickle
import socket
import zipfile
from pathlib import Path

import pytest

from govkg.loaders import read as read_mod
from govkg.loaders.read import ReadError, decode_text, iter_inputs, read
from govkg.types import RawText

SIMPLIFIED = (
    "长三角数字政府建设观察：从“一网通办”走向“一网好办”\n"
    "2022年1月21日，浙江省人大常委会审议通过《浙江省公共数据条例》，"
    "浙江省大数据发展管理局作为省公共数据主管部门，负责统筹全省公共数据的管理和开发利用工作。\n"
    "上海市大数据中心负责运营“随申办”，个人实名用户已超过2921万。\n"
)
TRADITIONAL = (
    "長三角數位政府建設觀察：從「一網通辦」走向「一網好辦」\n"
    "2022年1月21日，浙江省人大常委會審議通過《浙江省公共資料條例》，"
    "浙江省大數據發展管理局作為省公共資料主管部門，負責統籌全省公共資料的管理和開發利用工作。\n"
    "臺北市政府資訊局負責營運「臺北通」，會員人數已超過300萬。\n"
)
SHORT_SIMPLIFIED = "数字政府"
SHORT_TRADITIONAL = "數位政府"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def problem(path: Path, **kw) -> str:
    with pytest.raises(ReadError) as info:
        read(path, **kw)
    err = info.value
    assert err.path == str(path)
    assert str(err) == f"{path}: {err.problem}"
    return err.problem


# --------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------

ENCODINGS = [
    # (text, how it is written, the encoding read() must report)
    (SIMPLIFIED, "utf-8", "utf-8"),
    (TRADITIONAL, "utf-8", "utf-8"),
    (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
    (TRADITIONAL, "utf-8-sig", "utf-8-sig"),
    (SIMPLIFIED, "utf-16", "utf-16"),          # Python writes a little-endian BOM
    (TRADITIONAL, "utf-16", "utf-16"),
    (SIMPLIFIED, "utf-16-be+bom", "utf-16"),
    (SIMPLIFIED, "gb18030", "gb18030"),
    (TRADITIONAL, "gb18030", "gb18030"),
    (SIMPLIFIED, "gbk", "gb18030"),            # GBK is read as its superset
    (TRADITIONAL, "gbk", "gb18030"),
    (SIMPLIFIED, "gb2312", "gb18030"),
    (TRADITIONAL, "big5", "big5"),
    (SHORT_SIMPLIFIED, "gb18030", "gb18030"),
    (SHORT_SIMPLIFIED, "gbk", "gb18030"),
    (SHORT_TRADITIONAL, "big5", "big5"),
    (SHORT_TRADITIONAL, "utf-16", "utf-16"),
    ("㐀𠮷䶮，GB18030 四字节字符。", "gb18030", "gb18030"),   # 4-byte GB18030 sequences
]


def encode(text: str, how: str) -> bytes:
    if how == "utf-16-be+bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(how)


@pytest.mark.parametrize("text, how, expected", ENCODINGS,
                         ids=[f"{how}-{text[:4]}" for text, how, _ in ENCODINGS])
def test_encodings_round_trip(tmp_path, text, how, expected):
    raw = read(write(tmp_path, "a.txt", encode(text, how)))
    assert raw.text == text
    assert raw.encoding == expected
    assert raw.media_type == "text/plain"
    assert raw.source == str(tmp_path / "a.txt")


@pytest.mark.parametrize("text", [
    "政务服务", "一网通办", "数据共享", "随申办", "浙里办", "省大数据局", "政府", "数据",
    "国务院办公厅", "电子政务", "营商环境", "数字化改革", "公共数据平台",
])
def test_short_gb18030_beats_charset_normalizer(tmp_path, text):
    # charset-normalizer alone labels most of these wrongly (checked with
    # 3.5.3: about one in five 6-character GB18030 slices comes back right).
    raw = read(write(tmp_path, "a.txt", text.encode("gb18030")))
    assert (raw.text, raw.encoding) == (text, "gb18030")


@pytest.mark.parametrize("text", ["政務服務", "一網通辦", "資料共享", "臺北通", "電子政務", "數位轉型"])
def test_short_big5(tmp_path, text):
    raw = read(write(tmp_path, "a.txt", text.encode("big5")))
    assert (raw.text, raw.encoding) == (text, "big5")


def test_crlf_and_cr_become_newlines(tmp_path):
    raw = read(write(tmp_path, "a.txt", "第一行\r\n第二行\r第三行".encode("gb18030")))
    assert raw.text == "第一行\n第二行\n第三行"


def test_other_encodings_fall_back_to_charset_normalizer(tmp_path):
    text = "Größe, café, résumé: ein Beispieltext über die Verwaltung.\n" * 3
    raw = read(write(tmp_path, "latin.txt", text.encode("latin-1")))
    assert raw.text == text


def test_few_damaged_bytes_are_replaced(tmp_path):
    data = (SIMPLIFIED * 5).encode("gb18030")
    data = data[:100] + b"\xff" + data[100:]      # 0xFF is never valid in GB18030
    raw = read(write(tmp_path, "a.txt", data))
    assert raw.encoding == "gb18030"
    assert raw.text.count("\ufffd") == 1


def test_decode_text_directly():
    assert decode_text("政务".encode("utf-8")) == ("政务", "utf-8")


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------

def test_markdown(tmp_path):
    md = "# 长三角数字政府建设观察\n\n天津：完善政策体系\n\n数据是数字政府建设的关键要素。\n"
    raw = read(write(tmp_path, "a.md", md))
    assert raw.text == md                      # kept as written: offsets point into it
    assert raw.title == "长三角数字政府建设观察"
    assert raw.media_type == "text/markdown"


def test_no_suffix_is_text(tmp_path):
    raw = read(write(tmp_path, "README", SIMPLIFIED.encode("gb18030")))
    assert (raw.text, raw.encoding) == (SIMPLIFIED, "gb18030")


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

ARTICLE = [
    "数据是数字政府建设的关键要素。近年来，长三角三省一市推动政务服务“一网通办”不断走深走实。",
    "2022年1月21日，浙江省人大常委会审议通过《浙江省公共数据条例》，这是全国首部以公共数据为主题的地方性法规。",
    "浙江省大数据发展管理局作为省公共数据主管部门，负责统筹全省公共数据的管理和开发利用工作。",
    "天津市政务服务办公室负责建设“津心办”平台，可办理事项超过2000项。",
]
BOILERPLATE = ["首页", "互动交流", "当前位置", "版权所有", "沪ICP备12345678号", "网站标识码",
               "脚本里的文字", "color:red"]


def gov_page(charset: str = "gbk", head_extra: str = "", container: str = "article") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}">
<title>长三角数字政府建设观察_政务公开_上海市人民政府</title>
{head_extra}
<script>var nav = "脚本里的文字不应出现";</script>
<style>.x{{color:red}}</style>
</head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/hd">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; 工作动态</div>
<div class="{container}">
<h1>长三角数字政府建设观察</h1>
<p>{ARTICLE[0]}</p>
<h2>浙江：以数字化改革撬动整体智治</h2>
<p>{ARTICLE[1]}</p>
<p>{ARTICLE[2]}</p>
<h2>天津：完善政策体系</h2>
<p>{ARTICLE[3]}</p>
</div>
<div class="footer"><p>版权所有：上海市人民政府办公厅　沪ICP备12345678号</p>
<p>主办单位：上海市人民政府办公厅　网站标识码3100000001</p></div>
</body></html>"""


def assert_article(raw: RawText) -> None:
    lines = raw.text.split("\n")
    for sentence in ARTICLE:
        assert sentence in lines                 # each paragraph on its own line
    for junk in BOILERPLATE:
        assert junk not in raw.text
    # section headings survive as their own short lines, in order
    assert lines.index("浙江：以数字化改革撬动整体智治") < lines.index(ARTICLE[1])
    assert lines.index(ARTICLE[2]) < lines.index("天津：完善政策体系") < lines.index(ARTICLE[3])


@pytest.mark.parametrize("container", ["article", "content", "TRS_Editor"])
def test_html_gbk_main_text_title_and_pubdate(tmp_path, container):
    page = gov_page("gbk", '<meta name="PubDate" content="2023-05-12 10:30">', container)
    raw = read(write(tmp_path, "page.html", page.encode("gbk")))
    assert raw.encoding == "gb18030"
    assert raw.media_type == "text/html"
    assert_article(raw)
    assert raw.title is not None and raw.title.startswith("长三角数字政府建设观察")
    assert raw.published == "2023-05-12"


def test_html_gb2312_http_equiv_and_open_graph_date(tmp_path):
    page = gov_page("gbk").replace(
        '<meta charset="gbk">',
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        '<meta property="article:published_time" content="2024-03-08T09:00:00+08:00">')
    raw = read(write(tmp_path, "page.htm", page.encode("gbk")))
    assert_article(raw)
    assert raw.published == "2024-03-08"


def test_html_byline_date_and_no_footer_year(tmp_path):
    page = gov_page("utf-8").replace(
        '<div class="breadcrumb">', '<div class="info">发布时间：2023年6月1日 来源：市政府办公厅</div>'
        '<div class="breadcrumb">')
    raw = read(write(tmp_path, "page.html", page))
    assert raw.published == "2023-06-01"


def test_html_without_date(tmp_path):
    raw = read(write(tmp_path, "page.html", gov_page("utf-8")))
    assert raw.published is None           # not the footer's year, not a date in the text
    assert raw.encoding == "utf-8"


def test_html_declared_charset_wrong(tmp_path):
    # Labelled gb2312 but saved as UTF-8: the label fails, detection decides.
    raw = read(write(tmp_path, "page.html", gov_page("gb2312").encode("utf-8")))
    assert raw.encoding == "utf-8"
    assert_article(raw)


def test_html_big5(tmp_path):
    page = ("<html><head><meta charset='big5'><title>臺北市政府</title></head><body>"
            f"<article><p>{TRADITIONAL.splitlines()[1]}</p><p>{TRADITIONAL.splitlines()[2]}</p>"
            "</article></body></html>")
    raw = read(write(tmp_path, "page.html", page.encode("big5")))
    assert raw.encoding == "big5"
    assert TRADITIONAL.splitlines()[1] in raw.text.split("\n")


def test_html_sniffed_without_suffix(tmp_path):
    raw = read(write(tmp_path, "saved_page", gov_page("utf-8")))
    assert raw.media_type == "text/html"
    assert_article(raw)


def test_html_reading_makes_no_network_calls(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("read() tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = gov_page("utf-8", '<link rel="canonical" href="https://www.gov.cn/a.htm">')
    assert_article(read(write(tmp_path, "page.html", page)))


def test_html_sidebar_heading_stays_out_and_effective_date_is_not_pubdate(tmp_path):
    sidebar = ('<div class="left"><h3>热点专题</h3><ul><li><a href="/1">数字政府专题</a></li>'
               '<li><a href="/2">营商环境专题</a></li><li><a href="/3">政务公开专题</a></li></ul></div>')
    page = gov_page("utf-8").replace('<div class="breadcrumb">', sidebar + '<div class="breadcrumb">')
    page = page.replace(f"<p>{ARTICLE[3]}</p>",
                        f"<p>{ARTICLE[3]}</p><p>《条例》实施日期：2022年3月1日，由省大数据局负责解释。</p>")
    raw = read(write(tmp_path, "page.html", page))
    assert_article(raw)
    assert "热点专题" not in raw.text and "营商环境专题" not in raw.text
    assert raw.published is None


def test_html_untrusted_label_and_xml_declaration(tmp_path):
    # An old GBK site labelled iso-8859-1: the label would give mojibake.
    page = gov_page("iso-8859-1")
    raw = read(write(tmp_path, "a.html", page.encode("gbk")))
    assert raw.encoding == "gb18030"
    assert_article(raw)
    xhtml = '<?xml version="1.0" encoding="gbk"?>\n' + gov_page("gbk").replace("<!DOCTYPE html>", "")
    raw = read(write(tmp_path, "b.xhtml", xhtml.encode("gbk")))
    assert raw.encoding == "gb18030"
    assert_article(raw)


def test_html_table_cells_kept(tmp_path):
    table = ("<table><tr><th>平台</th><th>运营单位</th></tr>"
             "<tr><td>随申办</td><td>上海市大数据中心</td></tr></table>")
    page = gov_page("utf-8").replace(f"<p>{ARTICLE[3]}</p>", f"<p>{ARTICLE[3]}</p>{table}")
    raw = read(write(tmp_path, "page.html", page))
    assert "随申办" in raw.text and "上海市大数据中心" in raw.text


def test_html_without_text(tmp_path):
    page = "<html><head><title>空页面</title></head><body><script>x=1</script></body></html>"
    assert "no article text" in problem(write(tmp_path, "page.html", page))


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------

def make_pdf(path: Path, lines: list[str], title: str | None = None) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    # A built-in CID font: reportlab needs no font file and the PDF embeds none.
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    if title:
        c.setTitle(title)
    if lines:
        c.setFont("STSong-Light", 12)
        y = 800
        for line in lines:
            c.drawString(40, y, line)
            y -= 18
    c.showPage()
    c.save()
    return path


PDF_LINES = ["长三角数字政府建设观察", "浙江省大数据发展管理局负责运营“浙里办”。",
             "2022年1月21日，浙江省人大常委会审议通过《浙江省公共数据条例》。"]


def test_pdf_text(tmp_path):
    raw = read(make_pdf(tmp_path / "a.pdf", PDF_LINES, title="测试标题"))
    assert raw.text.split("\n") == PDF_LINES
    assert raw.title == "测试标题"
    assert raw.media_type == "application/pdf"


def test_pdf_wrapped_lines_are_joined(tmp_path):
    sentence = ("浙江省大数据发展管理局作为省公共数据主管部门，负责统筹全省公共数据的管理和开发利用工作，"
                "推动政务服务“一网通办”不断走深走实，越来越多的事项实现“掌上办”“就近办”“跨省办”。")
    width = 30
    wrapped = [sentence[i:i + width] for i in range(0, len(sentence), width)]
    raw = read(make_pdf(tmp_path / "a.pdf", ["一、总体要求", *wrapped, "二、主要任务", "三、保障措施"]))
    assert raw.text.split("\n") == ["一、总体要求", sentence, "二、主要任务", "三、保障措施"]


def make_typeset_pdf(path: Path, paragraphs: list[str], per_page: int, width: float = 300) -> Path:
    """A PDF of ``paragraphs`` typeset as a word processor does: each wrapped at ``width`` points of
    printed text (Latin letters and figures narrower than Chinese), ``per_page`` lines a page, each
    page numbered at its foot (— N —)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = []
    for paragraph in paragraphs:
        line = ""
        for ch in paragraph:
            if pdfmetrics.stringWidth(line + ch, "STSong-Light", 12) > width:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    c = canvas.Canvas(str(path))
    for number, start in enumerate(range(0, len(lines), per_page), 1):
        c.setFont("STSong-Light", 12)
        for k, line in enumerate(lines[start:start + per_page]):
            c.drawString(40, 800 - 18 * k, line)
        c.drawCentredString(300, 40, f"— {number} —")
        c.showPage()
    c.save()
    return path


WORK = ("江城市政务服务中心全年共受理各类行政服务办件478690件，办结率为99.9%，收取税费8.3亿元，群众满意率达99.6%，"
        "未出现超时办结现象；“江城通办”平台注册用户达到3200000人，其中4576件由热线转办，全部按期办结，"
        "公共资源交易项目共247笔，交易总额157336.04万元，节约资金11309.58万元。")


def test_pdf_paragraph_a_page_break_cut_goes_on_and_page_numbers_go(tmp_path):
    raw = read(make_typeset_pdf(tmp_path / "a.pdf", ["一、主要工作", WORK, "二、下一步打算"], per_page=4))
    assert raw.text.split("\n") == ["一、主要工作", WORK, "二、下一步打算"]


def test_pdf_figures_a_line_break_cut_are_joined_without_a_space(tmp_path):
    for width in (250, 280, 310, 340):     # the margin falls inside other figures each time
        raw = read(make_typeset_pdf(tmp_path / f"w{width}.pdf", ["一、主要工作", WORK, "二、下一步打算"],
                                    per_page=40, width=width))
        assert raw.text.split("\n") == ["一、主要工作", WORK, "二、下一步打算"], width


def test_pdf_list_items_and_table_rows_stay_lines_of_their_own(tmp_path):
    items = ["（一）加强组织领导，建立健全数字政府建设工作推进机制，压实各级各部门责任；",
             "（二）强化数据共享，推动政务数据按需共享和有序开放，提升数据治理水平；",
             "（三）完善制度规范，健全政务数据安全管理制度和标准规范体系建设工作；"]
    rows = [f"{d}  政务服务事项网上可办 {n} 项  可办率 98.5%" for d, n in
            (("鼓楼区", 1234), ("台江区", 1180), ("仓山区", 1099), ("晋安区", 1002))]
    lines = ["江城市人民政府关于进一步推进数字政府建设工作的实施意见全文如下", *items, "四、主要指标", *rows, "五、附则"]
    raw = read(make_pdf(tmp_path / "a.pdf", lines))
    assert raw.text.split("\n") == lines


def test_pdf_without_text_layer(tmp_path):
    p = problem(make_pdf(tmp_path / "scan.pdf", []))
    assert p == "PDF has no text layer (scanned?); run OCR first"


def test_pdf_truncated(tmp_path):
    data = make_pdf(tmp_path / "a.pdf", PDF_LINES).read_bytes()
    for cut in (len(data) // 2, len(data) - 20, 200):
        p = write(tmp_path, f"cut{cut}.pdf", data[:cut])
        assert "truncated" in problem(p)


def test_pdf_corrupt(tmp_path):
    assert "PDF" in problem(write(tmp_path, "a.pdf", b"%PDF-1.4\n garbage \n%%EOF\n"))


def test_pdf_encrypted(tmp_path):
    import pypdf

    src = make_pdf(tmp_path / "a.pdf", PDF_LINES)
    for user_password, name in (("secret", "locked.pdf"), ("", "owner_only.pdf")):
        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(src))
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
        with open(tmp_path / name, "wb") as f:
            writer.write(f)
    assert "encrypted" in problem(tmp_path / "locked.pdf")
    # Encrypted against editing only (empty user password): readable.
    assert read(tmp_path / "owner_only.pdf").text.split("\n") == PDF_LINES


def test_pdf_aes_encrypted_against_editing_only(tmp_path):
    # Common for government PDFs ("禁止复制"); pypdf needs `cryptography` for AES.
    pytest.importorskip("cryptography")
    import pypdf

    src = make_pdf(tmp_path / "a.pdf", PDF_LINES)
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(src))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    with open(tmp_path / "aes.pdf", "wb") as f:
        writer.write(f)
    assert read(tmp_path / "aes.pdf").text.split("\n") == PDF_LINES


def test_pdf_detected_by_content(tmp_path):
    data = make_pdf(tmp_path / "a.pdf", PDF_LINES).read_bytes()
    raw = read(write(tmp_path, "misnamed.txt", data))
    assert raw.media_type == "application/pdf"


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------

def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = "关于加快推进政务服务标准化的通知"
    d.add_heading("天津：完善政策体系", level=2)
    d.add_paragraph(ARTICLE[0])
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "平台"
    table.cell(0, 1).text = "运营单位"
    table.cell(0, 2).text = "用户数"
    table.cell(1, 0).text = "随申办"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "上海市大数据中心"
    table.cell(1, 0).merge(table.cell(2, 0))            # 随申办 spans two rows
    table.cell(2, 1).text = "浙江省大数据发展管理局"
    table.cell(1, 0).text = "随申办"
    d.add_paragraph(ARTICLE[3])
    d.save(str(path))
    return path


def test_docx(tmp_path):
    raw = read(make_docx(tmp_path / "a.docx"))
    assert raw.text.split("\n") == [
        "天津：完善政策体系", ARTICLE[0],
        "平台", "运营单位", "用户数", "随申办", "上海市大数据中心",   # merged cells once
        "浙江省大数据发展管理局", "",
        ARTICLE[3],
    ]
    assert raw.title == "关于加快推进政务服务标准化的通知"
    assert raw.media_type.endswith("wordprocessingml.document")


def test_docx_truncated(tmp_path):
    data = make_docx(tmp_path / "a.docx").read_bytes()
    p = write(tmp_path, "cut.docx", data[: len(data) // 2])
    assert "truncated or corrupt" in problem(p)


def test_docx_not_word(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    assert "not a Word document" in problem(write(tmp_path, "a.docx", buf.getvalue()))


def test_docx_without_text(tmp_path):
    import docx

    docx.Document().save(str(tmp_path / "empty.docx"))
    assert "no text" in problem(tmp_path / "empty.docx")


def test_docx_corrupt_part(tmp_path):
    data = make_docx(tmp_path / "a.docx").read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info, b"<w:document><broken" if info.filename == "word/document.xml"
                         else body)
    assert "corrupt" in problem(write(tmp_path, "bad.docx", buf.getvalue()))


# --------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------

def test_missing_file(tmp_path):
    assert problem(tmp_path / "nope.txt") == "no such file"


def test_directory(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    assert problem(tmp_path / "folder.txt") == "is a folder, not a file"


def test_permission_denied(tmp_path, monkeypatch):
    p = write(tmp_path, "a.txt", SIMPLIFIED)
    real_open = open

    def no_access(file, mode="r", *args, **kwargs):
        if Path(file) == p:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    # root ignores chmod, so simulate the refusal where the reader opens the file.
    monkeypatch.setattr("builtins.open", no_access)
    assert problem(p) == "permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_for_real(tmp_path):
    p = write(tmp_path, "a.txt", SIMPLIFIED)
    p.chmod(0)
    try:
        assert problem(p) == "permission denied"
    finally:
        p.chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert problem(tmp_path / "pipe.txt") == "not a regular file"


def test_empty(tmp_path):
    assert problem(write(tmp_path, "a.txt", b"")) == "file is empty (0 bytes)"


@pytest.mark.parametrize("data", [
    b"   \n\t\r\n  ",
    "\u3000\u3000\n".encode("utf-8"),          # ideographic spaces
    b"\xef\xbb\xbf",                           # a BOM and nothing else
    "\n\u3000 \n".encode("utf-16"),
    b"\n\n" + "\u200b".encode("utf-8"),
])
def test_whitespace_only(tmp_path, data):
    assert problem(write(tmp_path, "a.txt", data)) == "file contains only whitespace"


def test_whitespace_only_markdown_and_html(tmp_path):
    assert problem(write(tmp_path, "a.md", b"\n \n")) == "file contains only whitespace"
    assert problem(write(tmp_path, "a.html", b" \n ")) == "file contains only whitespace"


def test_nul_bytes(tmp_path):
    data = "政务服务".encode("utf-8") + b"\x00\x00\x01\x02" + b"abc"
    assert "binary" in problem(write(tmp_path, "a.txt", data))


def test_binary_control_bytes(tmp_path):
    data = bytes(range(1, 32)) * 20 + b"abc"
    assert "binary" in problem(write(tmp_path, "a.txt", data))


def test_random_binary(tmp_path):
    import random

    rnd = random.Random(7)
    data = bytes(rnd.randrange(1, 256) for _ in range(4096))
    assert "binary" in problem(write(tmp_path, "a.txt", data))
    assert "binary" in problem(write(tmp_path, "a.bin", data))


def test_legacy_doc(tmp_path):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    assert "legacy Office" in problem(write(tmp_path, "a.doc", data))


def test_too_large(tmp_path):
    p = write(tmp_path, "a.txt", SIMPLIFIED * 100)
    size = p.stat().st_size
    msg = problem(p, max_bytes=2048)
    assert msg == f"file is too large ({size / 1024:.1f} KB; the limit is 2.0 KB)"
    assert read(p, max_bytes=size).text == SIMPLIFIED * 100


def test_too_large_default_limit(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as f:
        f.truncate(read_mod.DEFAULT_MAX_BYTES + 1)     # sparse: no 20 MB written
    assert problem(p) == "file is too large (20.0 MB; the limit is 20.0 MB)"


@pytest.mark.parametrize("text", [
    "政务服务" + "\ufffd" * 10 + "一网通办",
    "锟斤拷锟斤拷锟斤拷政务服务锟斤拷",
    "??????????政务服务??????",
])
def test_mis_encoded_text(tmp_path, text):
    assert "mis-encoded" in problem(write(tmp_path, "a.txt", text.encode("utf-8")))


def test_heavily_damaged_chinese(tmp_path):
    data = bytearray((SIMPLIFIED * 3).encode("gb18030"))
    for i in range(0, len(data), 9):
        data[i] = 0xFF
    assert "mis-encoded" in problem(write(tmp_path, "a.txt", bytes(data)))


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_truncated_text(tmp_path, codec):
    data = SIMPLIFIED.rstrip("\n").encode(codec)
    msg = problem(write(tmp_path, "a.txt", data[:-1]))
    assert msg == f"text ends in the middle of a character (truncated {codec.upper()} file?)"


def test_truncated_utf16(tmp_path):
    data = SIMPLIFIED.encode("utf-16")
    assert "truncated" in problem(write(tmp_path, "a.txt", data[:-1]))


def test_latin1_word_at_end_is_not_truncation(tmp_path):
    raw = read(write(tmp_path, "a.txt", "Nous avons visité le café".encode("latin-1")))
    assert raw.text == "Nous avons visité le café"


# --------------------------------------------------------------------------
# ReadError
# --------------------------------------------------------------------------

def test_read_error_attributes_and_pickle():
    err = ReadError(Path("/x/a.txt"), "file is empty (0 bytes)")
    assert (err.path, err.problem) == ("/x/a.txt", "file is empty (0 bytes)")
    assert str(err) == "/x/a.txt: file is empty (0 bytes)"
    again = pickle.loads(pickle.dumps(err))
    assert (again.path, again.problem, str(again)) == (err.path, err.problem, str(err))


# --------------------------------------------------------------------------
# iter_inputs
# --------------------------------------------------------------------------

@pytest.fixture
def tree(tmp_path):
    for name in [
        "a.txt", "b.md", "c.html", "d.htm", "e.pdf", "f.docx", "G.TXT",
        "notes.json", "image.png",
        "sub/x.txt", "sub/deeper/y.md",
        "drafts/draft.txt",
        ".hidden.txt", ".git/config.txt", "sub/.cache/z.txt",
    ]:
        write(tmp_path, name, b"x")
    return tmp_path


def rel(paths, root):
    return [p.relative_to(root).as_posix() for p in paths]


def test_iter_inputs_defaults(tree):
    found = iter_inputs([tree])
    assert rel(found, tree) == [
        "G.TXT", "a.txt", "b.md", "c.html", "d.htm", "drafts/draft.txt", "e.pdf", "f.docx",
        "sub/deeper/y.md", "sub/x.txt",
    ]
    assert found == sorted(found, key=str)


def test_iter_inputs_include_exclude(tree):
    assert rel(iter_inputs([tree], include=["*.txt"], exclude=["drafts/*"]), tree) == [
        "G.TXT", "a.txt", "sub/x.txt"]
    assert rel(iter_inputs([tree], include=["*.md"]), tree) == ["b.md", "sub/deeper/y.md"]
    assert rel(iter_inputs([tree], exclude=["sub", "*.htm*"]), tree) == [
        "G.TXT", "a.txt", "b.md", "drafts/draft.txt", "e.pdf", "f.docx"]
    assert rel(iter_inputs([tree], include=["sub/*"]), tree) == ["sub/deeper/y.md", "sub/x.txt"]


def test_iter_inputs_files_dedup_and_single_path(tree):
    found = iter_inputs([tree / "a.txt", tree, tree / "sub" / ".." / "a.txt", tree / "notes.json"])
    assert rel(found, tree).count("a.txt") == 1
    assert "notes.json" in rel(found, tree)             # named directly: taken
    assert iter_inputs(tree / "b.md") == [tree / "b.md"]
    assert iter_inputs(str(tree / "sub")) == [tree / "sub/deeper/y.md", tree / "sub/x.txt"]


def test_iter_inputs_missing(tree):
    with pytest.raises(ReadError) as info:
        iter_inputs([tree, tree / "missing"])
    assert info.value.problem == "no such file or folder"
    assert info.value.path == str(tree / "missing")


def test_iter_inputs_then_read(tmp_path):
    write(tmp_path, "a.txt", SIMPLIFIED.encode("gb18030"))
    write(tmp_path, "b.md", "# 标题\n正文。")
    texts = [read(p) for p in iter_inputs([tmp_path])]
    assert [t.encoding for t in texts] == ["gb18030", "utf-8"]


def test_a_canonical_url_is_looked_for_in_pages_only(tmp_path, monkeypatch):
    """A build asks every file for its canonical URL; a file whose suffix names another kind is
    never read as a page, so it is not read for one (it was read twice, once for nothing)."""
    page = '<html><head><link rel="canonical" href="https://gov.example.cn/n/1.html"></head><body>x</body></html>'
    for name in ("a.html", "b", "c.txt", "d.pdf"):
        (tmp_path / name).write_text(page, encoding="utf-8")
    opened = []
    read_bytes = read_mod._read_bytes
    monkeypatch.setattr(read_mod, "_read_bytes", lambda path, limit: opened.append(path.name) or read_bytes(path, limit))
    found = {name: read_mod.canonical_url(tmp_path / name) for name in ("a.html", "b", "c.txt", "d.pdf")}
    assert found == {"a.html": "https://gov.example.cn/n/1.html", "b": "https://gov.example.cn/n/1.html",
                     "c.txt": None, "d.pdf": None}
    assert opened == ["a.html", "b"]
