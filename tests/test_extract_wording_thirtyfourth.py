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


# -- text broken at a fixed width (saved from a PDF viewer, a terminal or an e-mail) -----------------------

PARAGRAPHS = [
    "近日，江城市大数据发展管理局召开新闻发布会，介绍“江城通办”移动政务服务平台建设情况。"
    "据介绍，江城通办由江城市大数据发展管理局负责建设运营，目前注册用户已突破320万人，"
    "上线事项1860项，其中860项实现全程网办。",
    "下一步，江城市将推动平台与省一体化政务服务平台深度对接，实现更多事项跨区域通办。"
    "同时，江城市将完善政务数据共享机制，推动公安、人社、医保等部门数据按需共享，"
    "让群众办事少跑腿、好办事。",
]


def broken_at(width: int, paragraphs: list[str]) -> str:
    return "\n".join("\n".join(p[i:i + width] for i in range(0, len(p), width)) for p in paragraphs)


def test_a_text_broken_at_a_fixed_width_reads_as_its_paragraphs(extractor):
    plain = extractor.extract_text("\n".join(PARAGRAPHS))
    for width in (21, 25, 29):     # five lines or more of one width tell a broken text
        x = extractor.extract_text(broken_at(width, PARAGRAPHS))
        assert x.document.text == "\n".join(PARAGRAPHS)
        assert rels(x) == rels(plain)
        assert {(m.value, m.unit) for m in x.metrics} == {(m.value, m.unit) for m in plain.metrics}


def test_lines_of_different_lengths_are_not_joined(extractor):
    # A list of notices, each on its line, long but not equally long: nothing was broken.
    titles = ["江城市召开数字政府建设推进会，部署下一阶段重点工作任务",
              "江城通办平台上线一周年，累计服务企业群众超过三百万人次",
              "江城市大数据发展管理局赴邻市考察学习公共数据开放工作经验做法",
              "江城市政务服务中心开展窗口服务标准化提升行动，群众满意度明显提高"]
    x = extractor.extract_text("\n".join(titles))
    assert x.document.text == "\n".join(titles)


def test_a_break_inside_a_latin_name_or_a_figure_joins_without_a_space(extractor):
    text = broken_at(22, ["江城市上线“江城e办ZhiHui”平台，平台注册用户达到2023000人，实名认证用户达到1500000人，"
                          "日均访问量达到80000次，累计办件量达到5600000件，群众满意率达到99.6%。"
                          "江城e办ZhiHui平台还接入了全市4200多个政务服务事项，可办率达到95.5%。"])
    x = extractor.extract_text(text)
    assert "\n" not in x.document.text and " " not in x.document.text


# -- what scrapers and PDF extractions leave in the text ------------------------------------------------------

def test_html_character_references_a_scraper_kept_are_the_characters_they_stand_for(extractor):
    x = extractor.extract_text("&nbsp;&nbsp;&nbsp;&nbsp;江城市上线&ldquo;江城通办&rdquo;平台，注册用户达到320万人&#12290;"
                               "R&D中心的地址是index.php?id=3&page=2。")
    assert x.document.text == "江城市上线“江城通办”平台，注册用户达到320万人。R&D中心的地址是index.php?id=3&page=2。"
    assert "江城通办" in names(x, "Platform")
    assert [(m.value, m.unit) for m in x.metrics] == [(3200000, "人")]


def test_a_line_spaced_out_character_by_character_is_closed_up(extractor):
    x = extractor.extract_text("江 城 市 上 线 “ 江 城 通 办 ” 平 台 ， 注 册 用 户 达 到320万 人 。\n"
                               "1.江 城 发 布\n"
                               "江城市财政局 江城市数据资源局联合发文。")
    assert x.document.text == "江城市上线“江城通办”平台，注册用户达到320万人。\n1.江城发布\n江城市财政局 江城市数据资源局联合发文。"
    assert "江城通办" in names(x, "Platform")


def test_a_page_that_spaces_latin_and_figures_from_chinese_reads_as_set_tight(extractor):
    spaced = ("“江城通办”平台上线 3 年来，注册用户达到 320 万人，上线 App 办理事项 1860 项，"
              "2023 年 5 月 6 日，江城市与 360 集团签署合作协议。")
    tight = "“江城通办”平台上线3年来，注册用户达到320万人，上线App办理事项1860项，2023年5月6日，江城市与360集团签署合作协议。"
    x, plain = extractor.extract_text(spaced), extractor.extract_text(tight)
    assert x.document.text == tight
    assert "360集团" in names(x, "Organization")
    assert {(m.value, m.unit) for m in x.metrics} == {(m.value, m.unit) for m in plain.metrics} != set()


def test_a_table_spaced_on_a_page_set_tight_keeps_its_spaces(extractor):
    text = "排名 城市 得分\n1 上海 95\n2 北京 93\n江城通办注册用户320万人，上线1860项，2023年5月发布。"
    assert extractor.extract_text(text).document.text == text


def test_bodies_an_unnamed_lead_partnered_do_not_partner_its_later_partners(extractor):
    # 我市 signs with both lists: the ministries do not work with the companies.
    x = extractor.extract_text("会议期间，我市与科学技术部、教育部等签约开展重点合作，并与联想集团、百度集团等签署协议。")
    assert not {r for r in rels(x) if r[0] == "cooperatesWith"}
    x = extractor.extract_text("会议期间，杭州市人民政府与教育部签约开展合作，并与联想集团签署协议。")
    assert ("cooperatesWith", "杭州市人民政府", "联想集团") in rels(x)


def test_full_width_straight_quotes_name_as_curly_ones_do(extractor):
    x = extractor.extract_text("江城市上线＂江城通办＂平台，注册用户达到320万人。")
    assert x.document.text == "江城市上线“江城通办”平台，注册用户达到320万人。"
    assert "江城通办" in names(x, "Platform")


def test_html_tags_a_scraper_left_go_and_a_blocks_end_breaks_the_line(extractor):
    x = extractor.extract_text("<p>江城市上线<strong>“江城通办”</strong>平台。<br/>办件量<5万件的窗口减少。</p>"
                               "<p style=\"text-indent:2em\">注册用户达到320万人。</p>")
    assert x.document.text == "江城市上线“江城通办”平台。\n办件量<5万件的窗口减少。\n注册用户达到320万人。"


def test_markdown_marks_go_and_withheld_figures_stay(extractor):
    x = extractor.extract_text("## 江城通办上线\n**“江城通办”**平台注册用户达到320万人，****年预算*******元。")
    assert x.document.text == "江城通办上线\n“江城通办”平台注册用户达到320万人，****年预算*******元。"
    assert ("江城通办", 3200000, "人") in {(m.subject.split(":", 1)[1], m.value, m.unit) for m in x.metrics}


def test_a_bullet_opening_a_line_is_decoration_but_a_scrapers_list_mark_stays(extractor):
    x = extractor.extract_text("● 江城市上线“江城通办”平台。\n  ■ 注册用户达到320万人。\n• 首页")
    assert x.document.text == "江城市上线“江城通办”平台。\n注册用户达到320万人。\n• 首页"


# -- an HTML page's title set apart from its article ---------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>江城市人民政府门户网站</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 正文</div>
<div class="article"><h1>江城市2023年12345政务服务便民热线运行情况通报</h1>
<div class="info">来源：市政府办公室 浏览次数：321</div>
<div class="content"><p>2023年，热线共受理群众来电128640件，按期办结率99.2%，群众满意率97.5%。</p>
<p>从诉求类型看，咨询类来电占比最高，其次是求助类和投诉类，主要集中在社会保障、住房建设和交通出行等领域，反映了群众最关心的现实问题。</p>
<p>从办理情况看，各承办单位认真落实首问负责和限时办结制度，对群众反映的问题逐件登记、逐件交办、逐件回访，做到件件有着落、事事有回音。</p>
<p>下一步，我市将进一步提升热线服务水平，推动热线与各部门业务系统深度融合，切实解决群众急难愁盼问题。</p></div></div>
<div class="footer"><p>主办：江城市人民政府办公室</p></div></body></html>"""


def test_a_pages_title_in_its_own_heading_opens_the_article(extractor, tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    x = extractor.extract_file(tmp_path / "page.html")
    assert x.document.text.count("江城市2023年12345政务服务便民热线运行情况通报") == 1
    assert "江城市2023年12345政务服务便民热线运行情况通报" in names(x, "Report")
    plain = extractor.extract_text(x.document.text)      # the page's title read as a plain text's first line
    assert {(m.subject, m.value) for m in x.metrics} == {(m.subject, m.value) for m in plain.metrics}
    assert 128640 in {m.value for m in x.metrics}


def test_a_list_of_items_of_one_length_is_no_text_broken_at_a_width(extractor):
    items = [f"（{n}）{d}要加快推进政务服务标准化规范化便利化建设工作"
             for n, d in zip("一二三四五六七八", ["鼓楼区", "台江区", "仓山区", "晋安区", "马尾区", "长乐区", "闽侯县", "连江县"])]
    text = "\n".join(["二、重点任务", *items, "三、保障措施"])
    assert extractor.extract_text(text).document.text == text


def test_a_sites_logo_in_an_h1_does_not_open_the_article(extractor, tmp_path):
    logo = PAGE.replace('<div class="nav">', '<div class="header"><h1 class="logo">江城市人民政府门户网站</h1></div>'
                                              '<div class="nav">', 1).replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    (tmp_path / "page.html").write_text(logo, encoding="utf-8")
    x = extractor.extract_file(tmp_path / "page.html")
    assert "江城市人民政府门户网站" not in x.document.text.split("\n")[0]
