"""Extraction, thirty-fourth round: pages dressed the way mirror sites serve them (Traditional
characters, a pinyin gloss after many of them, half-width punctuation) read as the plain page does.
Each case is written for these tests, in our own words."""

from __future__ import annotations

from .test_extract import names, rels


def test_a_space_of_the_text_after_a_gloss_stays(extractor):
    # Most glosses here have no space after them, so the one space after 廳(tīng) is the text's own:
    # it parts two bodies that issue a notice together.
    x = extractor.extract_text("湖南省財(cái)政廳(tīng) 湖南省衛(wèi)生健康委員會(huì)關於(yú)印發(fā)"
                               "《醫療收費電子票據管理辦(bàn)法》的通知")
    plain = extractor.extract_text("湖南省财政厅 湖南省卫生健康委员会关于印发《医疗收费电子票据管理办法》的通知")
    assert {"湖南省财政厅", "湖南省卫生健康委员会"} <= names(x, "Agency")
    assert ("issuedBy", "湖南省财政厅 湖南省卫生健康委员会关于印发《医疗收费电子票据管理办法》的通知",
            "湖南省财政厅") in rels(x)
    assert rels(x) == rels(plain)


def test_a_gloss_before_a_label_and_its_value_keeps_them_apart(extractor):
    x = extractor.extract_text("標(biāo)  題(tí) 長沙市數(shù)據資源管理局關於(yú)開展政務數(shù)據質量檢查的通知\n"
                               "發(fā)文機(jī)關(guān) 長沙市數(shù)據資源管理局\n")
    assert "题 长沙市数据资源管理局关于" in x.document.text
    assert "关 长沙市数据资源管理局" in x.document.text
    assert "长沙市数据资源管理局" in names(x, "Agency")


def test_on_a_page_that_spaces_its_glosses_the_space_goes_before_marks_too(extractor):
    x = extractor.extract_text("省政府辦(ban) 公廳(ting) 關(guan) 於(yu) 印發(fa) 《數(shu) 字政府建設(she) 方案》的通知，"
                               "請(qing) 認(ren) 真執(zhi) 行(xing) 。")
    assert x.document.text == "省政府办公厅关于印发《数字政府建设方案》的通知，请认真执行。"


def test_each_kind_of_gloss_keeps_its_own_habit(extractor):
    # Toned glosses written tight and toneless ones spaced, as a page copied twice may be.
    x = extractor.extract_text("北京市大數(shù)據(jù)和雲(yun) 計算發(fā)展行動計劃(huà)，産業(yè)聯(lián)盟與雲(yun) 平臺(tái)")
    assert x.document.text == "北京市大数据和云计算发展行动计划，产业联盟与云平台"
