"""The HTML view: self-contained, deterministic, and working in headless Chromium.

The browser test drives Debian's chromium through selenium and
/usr/bin/chromedriver, offline. Without them it is skipped, except under
CI=true, where it fails. GOVKG_REFRESH_PICTURES=1 refreshes the README's
pictures (docs/view.png, docs/view-300.png, docs/view-3000.png); without it a
test run leaves the checkout unchanged. GOVKG_VIEW_SCREENSHOT=PATH still
copies the small fixture's picture to PATH.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest

from govkg.graph.nx import to_networkx
from govkg.graph.store import open_store
from govkg.graph.view import STATIC, render_view, write_view

FIXTURE = Path(__file__).parent / "data" / "nx_fixture.trig"
DOCS = Path(__file__).parent.parent / "docs"
ID = "https://w3id.org/govkg/id/"
ZLB, PORTAL = ID + "platform/浙里办", ID + "platform/一网通办总门户"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1400,900")


@pytest.fixture(scope="module")
def G(fixture_graph):
    return fixture_graph


@pytest.fixture
def page(G, tmp_path):
    return write_view(G, tmp_path / "graph.html", title="govkg 示例图谱")


def embedded_data(text: str) -> dict:
    match = re.search(r'<script id="govkg-data" type="application/json">(.*?)</script>', text, re.S)
    return json.loads(match.group(1))


def test_page_is_self_contained(page):
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text, re.I)
    assert not re.search(r"<script[^>]*\ssrc=|<link\b|@import", text, re.I)
    assert "cytoscape" in text and "window.govkgView" in text
    data = embedded_data(text)
    assert len(data["elements"]["nodes"]) == 17 and len(data["elements"]["edges"]) == 24
    assert {t["name"] for t in data["types"]} == {"Agency", "Organization", "Region", "Platform", "Policy", "Report"}


def test_script_end_tags_in_data_are_escaped():
    G = nx.MultiDiGraph()
    nasty = '</script><script>alert("x")</script><!-- & -->'
    G.add_node("ex:a", name=nasty, type="Agency", aliases=[])
    G.add_edge("ex:a", "ex:b", key="operates", evidence=[nasty])
    text = render_view(G, title="<b>标题</b>")
    assert text.lower().count("</script") == 3  # the data, the library, the page script
    assert "<title>&lt;b&gt;标题&lt;/b&gt;</title>" in text
    data = embedded_data(text)
    assert data["elements"]["nodes"][0]["data"]["label"] == nasty
    assert data["elements"]["edges"][0]["data"]["props"]["evidence"] == [nasty]


def test_provinces_come_from_regions_and_relations(G):
    from govkg.graph.view import view_data

    data = view_data(G)
    provinces = {n["data"]["id"]: n["data"]["provinces"] for n in data["elements"]["nodes"]}
    assert provinces[ID + "region/330100"] == ["330000"]                 # its own code
    assert provinces[ID + "region/100000"] == []                         # the country lies in none
    assert provinces[ID + "agency/浦东新区人民政府"] == ["310000"]       # jurisdiction over a county
    assert provinces[PORTAL] == ["310000"]                               # serves
    assert provinces[ZLB] == ["330000"]                                  # partOf a platform that serves
    assert [(p["code"], p["name"]) for p in data["provinces"]] == [("310000", "上海市"), ("330000", "浙江省")]
    assert sorted(data["documentCounts"].values()) == [9, 14]


def test_output_is_deterministic(G, tmp_path):
    store = open_store("memory:")
    store.import_dataset(FIXTURE)
    again = to_networkx(store)
    a = write_view(G, tmp_path / "a.html").read_bytes()
    assert a == write_view(again, tmp_path / "b.html").read_bytes()


def test_library_and_licence_ship_with_the_package():
    assert (STATIC / "cytoscape.min.js").read_text(encoding="utf-8").startswith("/**")
    assert "Permission is hereby granted, free of charge" in (STATIC / "cytoscape.LICENSE").read_text(encoding="utf-8")


# -- in a real browser ---------------------------------------------------------------

def _browser_or_skip():
    """(chromium, chromedriver, webdriver module), or skip (fail under CI=true)."""
    chromium = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver = shutil.which("chromedriver")
    try:
        from selenium import webdriver
    except ImportError:
        webdriver = None
    missing = [name for name, found in (("chromium", chromium), ("chromedriver", driver), ("selenium", webdriver))
               if not found]
    if missing:
        message = (f"browser test needs {', '.join(missing)}: apt-get install -y chromium chromium-driver; "
                   "pip install 'selenium>=4.20,<5'")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return chromium, driver, webdriver


@pytest.fixture
def browser(tmp_path):
    chromium, chromedriver, webdriver = _browser_or_skip()
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS + (f"--user-data-dir={tmp_path / 'chromium-profile'}",):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        yield driver
    finally:
        driver.quit()


def _wait(driver, script, *args, timeout=15):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: d.execute_script(script, *args))


def _click_node(driver, node_id):
    """A real mouse click where cytoscape drew the node."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    x, y = driver.execute_script("""
        var p = window.govkgView.cy.getElementById(arguments[0]).renderedPosition();
        var r = document.getElementById('cy').getBoundingClientRect();
        return [Math.round(p.x + r.left), Math.round(p.y + r.top)];""", node_id)
    builder = ActionBuilder(driver)
    builder.pointer_action.move_to_location(x, y)
    builder.pointer_action.click()
    builder.perform()


@pytest.mark.browser
def test_view_in_headless_chromium(page, browser, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri())
    _wait(browser, "return window.govkgView && window.govkgView.ready")
    counts = browser.execute_script(
        "var v = window.govkgView; return [v.nodeCount, v.edgeCount, v.visibleNodes(),"
        " document.querySelectorAll('#cy canvas').length]")
    assert counts[:3] == [17, 24, 17] and counts[3] > 0

    _click_node(browser, ZLB)  # the panel shows the node and its source sentences
    _wait(browser, "return window.govkgView.panelText().indexOf(arguments[0]) >= 0",
          "其移动端“浙里办”App由省大数据局负责运营，注册用户已突破1亿。")
    assert "浙里办App" in browser.find_element(By.ID, "panel").text

    browser.find_element(By.ID, "search").send_keys("省大数据局")  # an alias
    _wait(browser, "return window.govkgView.panelText().indexOf('浙江省大数据发展管理局') === 0")

    edge = browser.execute_script("""
        var target = arguments[0];
        var e = window.govkgView.cy.edges('[relation = "operates"]').filter(function (e) {
            return e.target().id() === target; })[0];
        e.emit('tap'); return e.id();""", PORTAL)
    assert edge and "长三角数字政府建设观察" in browser.find_element(By.ID, "panel").text

    region_box = browser.find_element(By.CSS_SELECTOR, "input[data-group='type'][value='Region']")
    region_box.click()  # 5 regions and the 12 relations touching them disappear
    assert browser.execute_script("return [window.govkgView.visibleNodes(), window.govkgView.visibleEdges()]") == [12, 12]
    _wait(browser, "return window.govkgView.cy.nodes(':visible').length === 12")
    assert browser.find_element(By.ID, "counts").text.startswith("显示 12 / 12 / 17")
    browser.find_element(By.CSS_SELECTOR, "input[data-group='relation'][value='operates']").click()
    assert browser.execute_script("return window.govkgView.visibleEdges()") == 10
    region_box.click()
    browser.find_element(By.CSS_SELECTOR, "input[data-group='relation'][value='operates']").click()
    assert browser.execute_script("return [window.govkgView.visibleNodes(), window.govkgView.visibleEdges()]") == [17, 24]
    _wait(browser, "return window.govkgView.cy.nodes(':visible').length === 17")
    assert browser.find_element(By.ID, "counts").text.startswith("显示 17 / 17 / 17")

    browser.find_element(By.ID, "search").clear()
    browser.execute_script("window.govkgView.search(''); window.govkgView.select(arguments[0])", PORTAL)
    shot = tmp_path / "view.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    if os.environ.get("GOVKG_VIEW_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["GOVKG_VIEW_SCREENSHOT"])
    if os.environ.get("GOVKG_REFRESH_PICTURES") == "1":
        shutil.copyfile(shot, DOCS / "view.png")

    errors = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
    assert errors == []


# -- large graphs: the page stays readable at 300 and 3,000 entities ---------------------

PROVINCES = [("330000", "浙江省", "浙江"), ("310000", "上海市", "上海"), ("440000", "广东省", "广东"),
             ("510000", "四川省", "四川"), ("320000", "江苏省", "江苏"), ("450000", "广西壮族自治区", "广西"),
             ("110000", "北京市", "北京"), ("420000", "湖北省", "湖北")]
PLACE = "东西南北安宁平江山河湖海金银长新清华阳明德兴泰和丰庆云龙凤"
AGENCY_CORES = ("大数据发展管理局", "政务服务管理办公室", "数据资源管理局", "人民政府办公厅", "网信办",
                "发展和改革委员会", "大数据中心", "政务服务和公共资源交易中心", "经济和信息化局")
PLATFORM_NAMES = ("政务服务网", "办", "一体化在线政务服务平台", "公共数据平台", "通", "数据共享交换平台", "政务云")
POLICY_NAMES = ("关于加快推进数字政府建设的实施意见", "公共数据条例", "数字政府建设“十四五”规划",
                "政务数据共享管理办法", "一网通办改革方案")
ORG_NAMES = ("数字政府研究院", "信息技术有限公司", "大学电子政务研究中心", "软件股份有限公司")


def synthetic_graph(size: int, seed: int = 11) -> nx.MultiDiGraph:
    """A MultiDiGraph shaped like :func:`to_networkx`'s: regions of several provinces, agencies
    with jurisdictions, platforms they operate and serve, policies they issue, reports and
    firms; names of realistic length (2 to 25 characters), a few hubs, documents."""
    import random

    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    documents = {f"{ID}doc/{i:04x}": {"title": f"数字政府观察第{i}期", "path": f"articles/{i}.txt",
                                      "published": f"2024-{i % 12 + 1:02d}-01"} for i in range(max(size // 15, 3))}
    G.graph["documents"] = documents
    doc_ids = sorted(documents)
    by_type: dict[str, list[str]] = {}

    def node(kind, name, **attrs):
        iri = f"{ID}{kind.lower()}/{name}"
        if iri in G:
            return iri
        docs = sorted(rnd.sample(doc_ids, rnd.randint(1, 3)))
        G.add_node(iri, **{"type": kind, "name": name, "aliases": [], "region_code": None, "region_level": None,
                           "documents": docs, "statistics": [], **attrs})
        by_type.setdefault(kind, []).append(iri)
        return iri

    def edge(u, v, relation):
        if u == v:
            return
        docs = sorted(set(G.nodes[u]["documents"]) | set(G.nodes[v]["documents"]))[:2]
        sentence = f"{G.nodes[u]['name']}与{G.nodes[v]['name']}相关。"
        G.add_edge(u, v, key=relation, relation=relation, evidence=[sentence], documents=docs,
                   confidence=round(rnd.uniform(0.5, 0.95), 2), inferred=False, rating=None,
                   provenance=[{"document": docs[0], "sentence": None, "evidence": sentence,
                                "confidence": 0.8, "inferred": False, "rule": "synthetic"}])

    def hub(kind):  # preferential attachment: the well connected get more
        pool = by_type[kind]
        return max(rnd.sample(pool, min(3, len(pool))), key=G.degree)

    country = node("Region", "中国", region_code="100000", region_level="country")
    provinces, regions_in = [], {}
    for code, name, short in PROVINCES:
        p = node("Region", name, region_code=code, region_level="province", aliases=[short])
        edge(p, country, "partOf")
        provinces.append((p, code, short))
        regions_in[p] = [p]
    kinds = ["Region"] * 3 + ["Agency"] * 4 + ["Platform"] * 3 + ["Policy"] * 2 + ["Report", "Organization"]
    while G.number_of_nodes() < size:
        p, code, short = rnd.choice(provinces)
        kind = rnd.choice(kinds)
        town = "".join(rnd.sample(PLACE, 2))
        if kind == "Region":
            prefecture = rnd.random() < 0.5
            rc = code[:2] + f"{rnd.randint(1, 20):02d}" + ("00" if prefecture else f"{rnd.randint(1, 30):02d}")
            r = node("Region", town + ("市" if prefecture else "区"), region_code=rc,
                     region_level="prefecture" if prefecture else "county")
            edge(r, p, "partOf")
            regions_in[p].append(r)
        elif kind == "Agency":
            region = rnd.choice(regions_in[p])
            a = node("Agency", G.nodes[region]["name"] + rnd.choice(AGENCY_CORES))
            edge(a, region, "jurisdiction")
            if len(by_type["Agency"]) > 3 and rnd.random() < 0.5:
                edge(a, hub("Agency"), rnd.choice(["partOf", "cooperatesWith", "coordinates"]))
        elif kind == "Platform" and by_type.get("Agency"):
            suffix = rnd.choice(PLATFORM_NAMES)
            name = (short[0] if suffix in ("办", "通") else short) + town * (suffix in ("办", "通")) + suffix
            pl = node("Platform", name, aliases=[name + "App"] if suffix in ("办", "通") else [])
            edge(hub("Agency"), pl, "operates")
            edge(pl, p, "serves")
            if len(by_type["Platform"]) > 3 and rnd.random() < 0.4:
                edge(pl, hub("Platform"), rnd.choice(["integratesWith", "sharesDataWith", "partOf"]))
        elif kind == "Policy" and by_type.get("Agency"):
            po = node("Policy", f"{rnd.choice([short, town + '市'])}{rnd.choice(POLICY_NAMES)}")
            edge(po, hub("Agency"), "issuedBy")
            if by_type.get("Platform") and rnd.random() < 0.5:
                edge(hub("Agency"), po, "implements")
        elif kind == "Report" and by_type.get("Platform"):
            rp = node("Report", f"{rnd.randint(2019, 2024)}年{short}{town}数字政府发展评估报告")
            for _ in range(rnd.randint(1, 3)):
                edge(rp, hub("Platform"), "evaluates")
        elif kind == "Organization" and by_type.get("Agency"):
            o = node("Organization", town + rnd.choice(ORG_NAMES))
            edge(o, hub("Agency"), "cooperatesWith")
    return G


def _open_big(browser, tmp_path, size):
    G = synthetic_graph(size)
    page = write_view(G, tmp_path / f"graph-{size}.html", title=f"govkg 合成图谱 {size}")
    browser.get(page.as_uri())
    _wait(browser, "return window.govkgView && window.govkgView.ready", timeout=60)
    return G


DRAWN = """
    var cy = window.govkgView.cy, w = cy.width(), h = cy.height();
    return cy.nodes(':visible').map(function (n) {
        var p = n.renderedPosition();
        var b = n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true});
        return {id: n.id(), x: p.x, y: p.y, w: w, h: h, label: n.data('label'), name: n.data('fullName'),
                box: [b.x1, b.y1, b.x2, b.y2]};
    });"""


def _overlapping_share(drawn) -> float:
    boxes = [d["box"] for d in drawn]
    pairs = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]]
    hits = sum(1 for a, b in pairs if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    return hits / max(len(pairs), 1)


def _inside(d) -> bool:
    return 0 <= d["x"] <= d["w"] and 0 <= d["y"] <= d["h"]


@pytest.mark.browser
@pytest.mark.parametrize("size", [300, 3000])
def test_big_graph_stays_readable(browser, tmp_path, size):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    G = _open_big(browser, tmp_path, size)
    view = "window.govkgView"
    assert browser.execute_script(f"return {view}.nodeCount") == G.number_of_nodes() == size

    # (a) it opens on a bounded, drawn overview: the most connected entities, inside the canvas
    drawn = browser.execute_script(DRAWN)
    assert 20 <= len(drawn) <= 60
    # cytoscape holds (and lays out) only what is drawn, so the page is quick at any size
    assert browser.execute_script(f"return {view}.cy.nodes().length") == len(drawn)
    assert browser.execute_script(f"return {view}.readyMs") < 15_000
    assert all(_inside(d) for d in drawn)
    top = sorted(G.nodes, key=lambda n: -G.degree(n))[:5]
    assert set(top) <= {d["id"] for d in drawn}
    assert browser.execute_script(f"return {view}.cy.zoom()") * 12 >= 8  # labels ≥ 8 px
    # labels: whole names up to 12 characters, longer ones cut with an ellipsis
    for d in drawn:  # long labels break into two lines
        label = d["label"].replace("\n", "")
        assert label == d["name"] if len(d["name"]) <= 12 else label == d["name"][:11] + "…"
    assert any(len(d["label"]) > 5 for d in drawn)
    # (b) labels mostly stay apart
    assert _overlapping_share(drawn) < 0.10, _overlapping_share(drawn)

    shot = tmp_path / f"view-{size}.png"
    browser.execute_script(f"{view}.select(arguments[0])", top[0])
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    if os.environ.get("GOVKG_REFRESH_PICTURES") == "1":
        shutil.copyfile(shot, DOCS / f"view-{size}.png")

    # (c) a search for an entity not shown (by its alias) adds it, selects it and zooms to it
    shown = {d["id"] for d in drawn}
    target = next(n for n in sorted(G.nodes, key=G.degree)
                  if n not in shown and G.nodes[n]["aliases"] and G.degree(n) >= 1)
    browser.find_element(By.ID, "search").send_keys(G.nodes[target]["aliases"][0])
    _wait(browser, f"return {view}.cy.$(':selected').map(function (n) {{ return n.id(); }})[0] === arguments[0]",
          target)
    found = next(d for d in browser.execute_script(DRAWN) if d["id"] == target)
    assert _inside(found)
    assert browser.execute_script(f"return {view}.panelText()").startswith(G.nodes[target]["name"])

    # (d) clicking a node adds its neighbours
    browser.execute_script(f"{view}.reset()")
    hub = top[0]
    neighbours = set(nx.all_neighbors(G, hub)) - {hub}
    before = browser.execute_script(f"return {view}.visibleNodes()")
    _click_node(browser, hub)
    grown = browser.execute_script(DRAWN)
    after = {d["id"] for d in grown}
    expected = min(len(neighbours), 25 + len(neighbours & set(d["id"] for d in drawn)))
    assert len(neighbours & after) >= expected and len(after) > before
    assert hub in after and _inside(next(d for d in grown if d["id"] == hub))
    assert _overlapping_share(grown) < 0.10  # still readable after growing

    # (e) filters combine: one type and one province show only entities of both
    browser.execute_script(f"{view}.reset()")
    for t in ("Region", "Platform", "Policy", "Report", "Organization"):
        browser.find_element(By.CSS_SELECTOR, f"input[data-group='type'][value='{t}']").click()
    Select(browser.find_element(By.ID, "province-filter")).select_by_value("330000")
    shown = browser.execute_script(f"""return {view}.cy.nodes(':visible').map(function (n) {{
        return [n.data('type'), n.data('provinces')]; }})""")
    agencies_in_zj = browser.execute_script(f"return {view}.matchingNodes()")
    assert shown and len(shown) == min(40, agencies_in_zj)
    assert all(t == "Agency" and "330000" in p for t, p in shown)
    first = browser.execute_script(f"return {view}.cy.nodes(':visible')[0].data('props').documents[0]")
    Select(browser.find_element(By.ID, "document-filter")).select_by_value(first)  # and a document
    shown = browser.execute_script(f"""return {view}.cy.nodes(':visible').map(function (n) {{
        return [n.data('type'), n.data('provinces'), n.data('props').documents]; }})""")
    assert shown and all(t == "Agency" and "330000" in p and first in d for t, p, d in shown)
    def in_zhejiang(agency):  # every synthetic agency has a jurisdiction
        return any(G.nodes[r]["region_code"].startswith("33") for _, r, k in G.out_edges(agency, keys=True)
                   if k == "jurisdiction")
    expected = [n for n, a in G.nodes(data=True) if a["type"] == "Agency" and first in a["documents"]
                and in_zhejiang(n)]
    assert browser.execute_script(f"return {view}.matchingNodes()") == len(expected)
    assert len(shown) == min(40, len(expected))

    errors = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
    assert errors == []
