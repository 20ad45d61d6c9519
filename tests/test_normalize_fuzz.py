"""Property tests for normalization and extraction on random and mutated Chinese text.

Whatever the text: nothing raises; the offset map has one entry per
normalized character, each inside the original text and never going back;
normalizing twice changes nothing; and every span the extractor reports lies
inside the document text, with relations between extracted entities only.
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from govkg.loaders.normalize import Normalizer
from govkg.types import RawText

#: GOVKG_FUZZ_EXAMPLES=5000 for a deeper run.
SETTINGS = settings(max_examples=int(os.environ.get("GOVKG_FUZZ_EXAMPLES", 150)), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

#: Real prose, Simplified and Traditional, with the damage bad conversions leave.
PROSE = (
    "长三角数字政府建设观察：从“一网通办”走向“一网好办”。\n"
    "上海市大数据中心负责运营“一网通办”总门户，个人实名用户超过5000万，2018年10月17日正式上线。\n"
    "浙江省人民政府印发《浙江省公共数据条例》，自2022年3月1日起施行。\n"
    "建設數(shù)字政府,,推進現(xiàn)代化,。廣東省政務服務數據管理局負責建設「粵省事」平台。\n"
    "江苏省大数据管理中心与安徽省数据资源管理局签署合作协议。“苏服办”与“皖事通”实现数据共享！\n"
    "截至２０２３年底，平台累计归集公共数据超过１２００亿条，覆盖２１个市：好。\n"
    "国务院办公厅发布《全国一体化政务服务平台建设指南》(GB/T 1234-2020)，北京、天津、河北联合推进“跨省通办”。\n"
)

#: Pieces that normalization rewrites or must leave alone.
PIECES = [
    "(shù)", "（xiàn）", "(zhèng)", "(ǚ)", "(App)", "(GB)", "( shù )", "（）", "()",
    ",", ",,", ",、", ",。", "，，", "、,", "；,", "，", "。", "、", "：", ":", ";", "?", "!", "？！",
    "“", "”", "‘", "’", "《", "》", "「", "」", "『", "』", "〈", "〉", "【", "】", "(", ")", "（", "）",
    "１２３", "ＡＢＣ", "ａｂｃ", "％", "．", "５０００万", "12.5%", "3亿", "2021年5月1日", "2020-07-10",
    "\n", "\n\n", "\r\n", "\r", " ", "  ", "\t", "\u3000", "\u00a0", "\u200b", "\ufeff", "\u00ad", "\u200e",
    "数", "數", "据", "據", "政府", "网", "網", "办", "辦", "省", "市", "局", "中心", "平台", "App",
    "上线", "发布", "印发", "运营", "负责", "合作", "超过", "约", "万", "亿", "人次", "个", "项",
    "上海市", "浙江省", "广东省政务服务数据管理局", "“浙里办”", "《数据安全法》", "国务院办公厅",
    "里", "裏", "后", "後", "发", "髮", "乾", "干", "著", "着", "台", "臺", "於", "于",
    "𠀀", "\U0002a6a5", "😀", "é", "ü", "ß", "İ", "ﬁ", "Ⅻ", "①", "⑴", "㈠", "²",
]

pieces = st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(list(PROSE))), max_size=80).map("".join)
prose_slices = st.builds(lambda a, n: PROSE[a:a + n], st.integers(0, len(PROSE) - 1), st.integers(0, 300))
anything = st.text(max_size=120)


@st.composite
def mutated(draw) -> str:
    """A slice of real prose with pieces inserted, cut out and doubled."""
    text = draw(prose_slices)
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["insert", "delete", "double"]))
        at = draw(st.integers(0, len(text)))
        if op == "insert":
            text = text[:at] + draw(st.one_of(st.sampled_from(PIECES), anything)) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 5)):]
        else:
            n = draw(st.integers(1, 6))
            text = text[:at] + text[at:at + n] * 2 + text[at + n:]
    return text


texts = st.one_of(pieces, mutated(), anything, prose_slices)

_normalizer = Normalizer()


def normalized(text: str):
    return _normalizer(RawText("fuzz.txt", text, "utf-8"))


@SETTINGS
@given(texts)
@example("建設數(shù)字政府,,推進現(xiàn)代化,。")
@example("")
@example("\n\n \u3000\n")
@example("\u200b")
@example("数(shù)")
@example("(shù)数")
@example("裏\r\n後")
@example("“数”,")
@example("数,,:")                      # a run of half-width marks converts whole
@example("长(shù)(shù)")               # a doubled gloss goes whole
@example("数（ｓｈù）")                # full-width letters in a gloss
@example("，,、,。")                    # commas before another mark all go
@example(":,,")                         # doubled commas away from Chinese stay half-width
def test_normalize_keeps_a_monotone_offset_map_and_is_idempotent(text):
    doc = normalized(text)
    assert len(doc.offsets) == len(doc.text)
    assert all(0 <= o < len(text) for o in doc.offsets)
    assert all(a <= b for a, b in zip(doc.offsets, doc.offsets[1:]))
    assert doc.original == text
    again = normalized(doc.text)
    assert again.text == doc.text
    if doc.text:
        start, end = doc.original_span(0, len(doc.text))
        assert 0 <= start < end <= len(text)


@SETTINGS
@given(texts)
@example(PROSE)
@example("上海市大数据中心负责运营“一网通办”，用户超过5000万。")
@example("《浙江省公共数据条例》(shù)。2022年3月1日施行,,")
def test_extraction_spans_are_inside_the_text_and_relations_join_entities(extractor, text):
    x = extractor.extract_text(text)
    doc_text = x.document.text
    n = len(doc_text)
    for s in x.sentences:
        assert 0 <= s.start < s.end <= n and doc_text[s.start:s.end] == s.text
    keys = {e.key for e in x.entities}
    assert len(keys) == len(x.entities)
    for e in x.entities:
        assert e.name
        for m in e.mentions:
            assert 0 <= m.start <= m.end <= n
            assert 0 <= m.sentence < len(x.sentences)
    for r in x.relations:
        assert 0 <= r.start <= r.end <= n
        assert r.head in keys and r.tail in keys
        assert 0 <= r.sentence < len(x.sentences)
    for m in x.metrics:
        assert 0 <= m.start < m.end <= n
    for d in x.dates:
        assert 0 <= d.start < d.end <= n
        assert len(d.value) == 10 and d.value[4] == "-" and d.value[7] == "-"
