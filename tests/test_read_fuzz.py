"""Property tests for govkg.loaders.read: no input crashes the reader, and
Chinese text written in any supported encoding reads back unchanged."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from govkg.loaders.read import ReadError, read
from govkg.types import RawText

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

#: Real prose to cut slices from: mixed Simplified/Traditional, digits,
#: Latin letters and full-width punctuation, as articles have them.
SIMPLIFIED = (
    "长三角数字政府建设观察：从“一网通办”走向“一网好办”。数据是数字政府建设的关键要素。"
    "近年来，长三角三省一市坚持以人民为中心，打破部门壁垒和地域界限，推动政务服务不断走深走实，"
    "越来越多的事项实现“掌上办”“就近办”“跨省办”，企业和群众的获得感持续增强。"
    "2022年1月21日，浙江省人大常委会审议通过《浙江省公共数据条例》，自2022年3月1日起施行。"
    "截至2023年底，该平台累计归集公共数据超过1200亿条，支撑各地各部门调用数据逾500亿次。"
    "广东省政务服务数据管理局负责建设“粤省事”移动政务服务平台，实名注册用户超过1.7亿。"
    "北京市经济和信息化局、天津市人民政府办公厅、河北省行政审批局联合签署合作协议，推进京津冀政务服务“跨省通办”。"
)
TRADITIONAL = (
    "長三角數位政府建設觀察：從「一網通辦」走向「一網好辦」。資料是數位政府建設的關鍵要素。"
    "近年來，長三角三省一市堅持以人民為中心，打破部門壁壘和地域界限，推動政務服務不斷走深走實，"
    "越來越多的事項實現「掌上辦」「就近辦」「跨省辦」，企業和群眾的獲得感持續增強。"
    "2022年1月21日，浙江省人大常委會審議通過《浙江省公共資料條例》，自2022年3月1日起施行。"
    "臺北市政府資訊局負責營運「臺北通」，會員人數已超過300萬，提供線上申辦服務超過1000項。"
)


def _cjk_count(s: str) -> int:
    return sum("\u4e00" <= c <= "\u9fff" for c in s)


@st.composite
def prose(draw, source: str) -> str:
    """A slice of real prose, possibly broken into lines, with at least six
    hanzi: shorter strings are ambiguous between encodings for anyone
    (GB18030 "说" is also valid UTF-8 "˵")."""
    start = draw(st.integers(0, len(source) - 10))
    end = draw(st.integers(start + 10, min(len(source), start + 400)))
    text = source[start:end]
    cuts = sorted(draw(st.lists(st.integers(1, len(text) - 1), max_size=4, unique=True)))
    for cut in reversed(cuts):
        text = text[:cut] + "\n" + text[cut:]
    if _cjk_count(text) < 6:
        text += source[:10]
    return text


def _tmp_file(suffix: str, data: bytes) -> Path:
    # Hypothesis calls the test many times; a fresh directory per example
    # keeps examples apart (pytest's tmp_path is one per test function).
    folder = Path(tempfile.mkdtemp(prefix="govkg-read-fuzz-"))
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    return path


def _read_or_error(path: Path, **kw) -> RawText | ReadError:
    try:
        return read(path, **kw)
    except ReadError as err:
        assert err.problem and str(err) == f"{path}: {err.problem}"
        return err
    finally:
        path.unlink()
        path.parent.rmdir()


@SETTINGS
@given(st.binary(max_size=3000))
@example(b"%PDF-1.7\n")
@example(b"PK\x03\x04garbage")
@example(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
@example(b"\xff\xfe\x00")
@example(b"\xfe\xff\xd8\x00")          # UTF-16 BE BOM + a lone surrogate
@example(b"\xef\xbb\xbf\xff")
@example("政务".encode("gb18030")[:-1])
def test_any_bytes_give_text_or_read_error(data):
    result = _read_or_error(_tmp_file(".txt", data))
    if isinstance(result, RawText):
        assert result.text.strip()
        assert result.encoding == result.encoding.lower()


@st.composite
def mangled_chinese(draw) -> bytes:
    """Chinese bytes in some encoding with random damage: nearly valid text is
    where decoders get interesting."""
    encoding = draw(st.sampled_from(["utf-8", "gb18030", "big5", "utf-16"]))
    source = TRADITIONAL if encoding == "big5" else SIMPLIFIED
    data = bytearray(draw(prose(source)).encode(encoding))
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert"]))
        i = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[i] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[i:]
        else:
            data[i:i] = draw(st.binary(min_size=1, max_size=4))
    return bytes(data)


@SETTINGS
@given(mangled_chinese(), st.sampled_from([".txt", ".md", ".html", "", ".dat"]))
def test_damaged_chinese_gives_text_or_read_error(data, suffix):
    _read_or_error(_tmp_file(suffix, data))


@SETTINGS
@given(st.binary(max_size=200), st.integers(1, 300))
def test_size_limit_is_a_read_error(data, limit):
    result = _read_or_error(_tmp_file(".txt", data), max_bytes=limit)
    if len(data) > limit:
        assert isinstance(result, ReadError) and "too large" in result.problem


@SETTINGS
@given(st.data(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk", "big5"]))
def test_chinese_round_trips_in_every_encoding(data, encoding):
    if encoding == "big5":
        text = data.draw(prose(TRADITIONAL))
    else:
        text = data.draw(prose(data.draw(st.sampled_from([SIMPLIFIED, TRADITIONAL]))))
    expected = {"gbk": "gb18030"}.get(encoding, encoding)
    raw = _read_or_error(_tmp_file(".txt", text.encode(encoding)))
    assert isinstance(raw, RawText), raw
    assert (raw.text, raw.encoding) == (text, expected)


# Any Unicode text (bar control characters and what reads as damage) round-trips
# through the Unicode encodings, whatever script it is in.
unicode_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff\ufffd?"),
    min_size=1, max_size=300,
).filter(lambda s: any(c.isalnum() for c in s) and "锟斤拷" not in s)


@SETTINGS
@given(unicode_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_round_trips(text, encoding):
    raw = _read_or_error(_tmp_file(".txt", text.encode(encoding)))
    assert isinstance(raw, RawText), raw
    assert (raw.text, raw.encoding) == (text, encoding)
