"""The HTML view: self-contained, deterministic, and working in headless Chromium.

The browser test drives Debian's chromium through selenium and
/usr/bin/chromedriver, offline. Without them it is skipped, except under
CI=true, where it fails. Set GOVKG_VIEW_SCREENSHOT=docs/view.png to refresh
the README's screenshot.
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

    errors = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
    assert errors == []
