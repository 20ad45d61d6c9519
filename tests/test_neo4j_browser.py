"""Neo4j Browser draws the govkg graph: headless Chromium, driven by selenium.

The test loads the held-out articles into the Neo4j of ``NEO4J_URI``, opens the Browser that the
same server serves over HTTP (``http://127.0.0.1:$NEO4J_HTTP_PORT/browser/``, default port 7474),
logs in through the connect form, applies ``govkg/queries/govkg.grass`` with ``:style``, runs the
saved Cypher twin ``agency-coordinates-platform.cypher`` (table output) and then
``MATCH p=(:Agency)-[:COORDINATES]->(:Platform) RETURN p`` (graph output), and checks that the
graph is drawn: one SVG node per node of the result, captioned with the names, in the style's
colours. The graph frame's screenshot goes to tmp_path (and, with
GOVKG_BROWSER_SCREENSHOT=docs/neo4j-browser.png, refreshes the README's picture).

Skips when selenium, Chromium/chromedriver or the server is missing; fails instead when CI=true.
"""
from __future__ import annotations

import os
import re
import shutil
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
QUERIES = ROOT / "govkg" / "queries"

GRAPH_QUERY = "MATCH p=(:Agency)-[:COORDINATES]->(:Platform) RETURN p"
STATISTICS_QUERY = ("MATCH p=(e:Platform)-[:HAS_STATISTIC]->(s:Statistic) WHERE e.name IN ['粤省事', '秦务员', '浙里办'] "
                    "RETURN p")
STATISTICS_ROWS = ("MATCH (e:Platform)-[:HAS_STATISTIC]->(s:Statistic) WHERE e.name IN ['粤省事', '秦务员', '浙里办'] "
                   "RETURN s.metric AS metric, s.comparison AS comparison, s.value AS value, s.unit AS unit")
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000")
LOAD_TIMEOUT = 90       # s: the Browser is a large React app; a loaded CI machine needs a while
STEP_TIMEOUT = 45       # s: each query or command


def unavailable(reason: str):
    """Skip, or fail when CI=true (there the browser test must run)."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser test cannot run on CI: {reason}")
    pytest.skip(reason)


def http_port() -> int:
    from .neo4j_support import test_env

    return int(test_env()["NEO4J_HTTP_PORT"])


def browser_url() -> str:
    return f"http://127.0.0.1:{http_port()}/browser/"


def find_binary(name: str, *candidates: str) -> str | None:
    for candidate in (shutil.which(name), *candidates):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="module")
def chrome(tmp_path_factory):
    """A headless Chromium with a fresh profile, or a skip saying what is missing."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        unavailable("selenium is not installed (pip install -e '.[test]')")
    binary = find_binary("chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
    chromedriver = find_binary("chromedriver", "/usr/bin/chromedriver")
    if not binary or not chromedriver:
        unavailable("Chromium and chromedriver are needed (apt-get install chromium chromium-driver)")
    try:
        with urllib.request.urlopen(browser_url(), timeout=10) as response:
            response.read(1)
    except (urllib.error.URLError, OSError) as exc:
        unavailable(f"no Neo4j Browser at {browser_url()} ({exc}); start Neo4j with bash scripts/neo4j/start.sh "
                    "and set GOVKG_TEST_NEO4J_HTTP_PORT if it is not 7475")

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    # the chromedriver we found, so selenium does not try to download one
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    driver.set_page_load_timeout(LOAD_TIMEOUT)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def loaded_graph(neo4j_driver, extractor):
    """The articles and the sample, built and loaded into an emptied database; the expected drawing."""
    from govkg.build import build
    from govkg.graph.neo4j import load_store
    from govkg.graph.store import open_store

    from .neo4j_support import clear

    store = open_store("memory:")
    build([DATA / "articles", ROOT / "govkg" / "samples" / "sample_article.txt"], store, extractor)
    clear(neo4j_driver)
    load_store(store, neo4j_driver)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (a:Agency)-[:COORDINATES]->(p:Platform) "
        "RETURN collect(DISTINCT a.name) AS agencies, collect(DISTINCT p.name) AS platforms")
    agencies, platforms = records[0]["agencies"], records[0]["platforms"]
    assert agencies and platforms, "the articles should give COORDINATES facts"
    return agencies, platforms


class BrowserSession:
    """Drives Neo4j Browser 5: the connect form, the Monaco editor, the result frames."""

    def __init__(self, driver):
        from selenium.common.exceptions import StaleElementReferenceException
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver = driver
        # React re-renders frames: an element found a moment ago may be gone; look again
        self.wait = lambda timeout=STEP_TIMEOUT: WebDriverWait(
            driver, timeout, poll_frequency=0.25, ignored_exceptions=(StaleElementReferenceException,))

    def css(self, selector: str, within=None):
        return (within or self.driver).find_elements("css selector", selector)

    def connect(self, bolt_uri: str, user: str, password: str) -> None:
        """Open the Browser with the server preselected and log in through the form."""
        from selenium.common.exceptions import TimeoutException

        parts = urlsplit(bolt_uri)
        dbms = f"{parts.scheme}://{quote(user)}@{parts.hostname}:{parts.port or 7687}"
        self.driver.get(f"{browser_url()}?dbms={quote(dbms, safe='')}&preselectAuthMethod=NATIVE")
        try:
            password_box = self.wait(LOAD_TIMEOUT).until(
                lambda _: next((e for e in self.css("[data-testid='password']") if e.is_displayed()), None))
        except TimeoutException:
            pytest.fail(f"the connect form did not appear within {LOAD_TIMEOUT} s:\n{self.visible_text()}")
        username_box = self.css("[data-testid='username']")
        if username_box and username_box[0].get_attribute("value") != user:
            username_box[0].clear()
            username_box[0].send_keys(user)
        password_box.send_keys(password)
        self.css("[data-testid='connect']")[0].click()
        try:
            self.wait().until(lambda _: not self.css("[data-testid='disconnectedBanner']")
                              and "You are connected as user" in self.visible_text())
        except TimeoutException:
            pytest.fail(f"Neo4j Browser did not connect to {dbms}:\n{self.visible_text()}")

    def visible_text(self) -> str:
        main = self.css("[data-testid='main']") or self.css("body")
        return main[0].text[:2000] if main else ""

    def frames(self):
        return self.css("[data-testid='frame']")

    def frame_for(self, command_start: str):
        """The newest result frame whose command starts with ``command_start`` (None until it exists)."""
        for frame in self.frames():      # newest first
            command = self.css("[data-testid='frameCommand']", frame)
            if command and command[0].text.strip().startswith(command_start):
                return frame
        return None

    def run(self, text: str) -> str:
        """Type ``text`` into the editor (in one insert: no auto-closed brackets) and run it.

        Returns the start of the command, the key of its frame for :meth:`frame`.
        """
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        self.css("[data-testid='activeEditor']")[0].click()
        self.driver.execute_cdp_cmd("Input.insertText", {"text": text})
        ActionChains(self.driver).key_down(Keys.CONTROL).send_keys(Keys.ENTER).key_up(Keys.CONTROL).perform()
        start = " ".join(text.split())[:40]
        self.wait().until(lambda _: self.frame_for(start), f"no result frame for {start!r}")
        return start

    def frame(self, key: str):
        """The frame of command ``key``, found afresh (waiting out a re-render)."""
        return self.wait().until(lambda _: self.frame_for(key), f"the frame of {key!r} went away")

    def status(self, frame) -> str:
        bar = self.css("[data-testid='frameStatusbar']", frame)
        return bar[0].text if bar else ""


def settle(session: BrowserSession, key: str, timeout: float = 10) -> None:
    """Wait until the force layout stops moving the nodes (so the screenshot is not a blur)."""
    from selenium.common.exceptions import StaleElementReferenceException

    def positions():
        try:
            return [n.get_attribute("transform") for n in session.css("svg g.node", session.frame(key))]
        except StaleElementReferenceException:
            return None

    end, last = time.monotonic() + timeout, None
    while time.monotonic() < end:
        now = positions()
        if now == last:
            return
        last = now
        time.sleep(0.5)


def number(value) -> str:
    """A number as the Browser shows it: 28000000.0 → 28000000.0, 0.92 → 0.92 (Neo4j floats keep ".0")."""
    return repr(float(value)) if isinstance(value, float) else str(value)


def test_neo4j_browser_draws_the_coordination_graph(chrome, loaded_graph, neo4j_driver, tmp_path):
    loaded_graph_driver = neo4j_driver
    from govkg.graph.neo4j import Neo4jSettings

    agencies, platforms = loaded_graph
    settings = Neo4jSettings.from_env()
    session = BrowserSession(chrome)
    t0 = time.monotonic()
    session.connect(settings.uri, settings.user, settings.password)
    t_connect = time.monotonic() - t0

    # the style sheet, as one line (:style takes the grass text after the command)
    grass = (QUERIES / "govkg.grass").read_text(encoding="utf-8")
    style = session.run(":style " + " ".join(grass.split()))
    assert "node.Agency" in session.frame(style).text

    # the saved Cypher twin, as saved (comments and all), with its params unset
    session.run(":params {agency: null, platform: null}")
    twin_text = (QUERIES / "agency-coordinates-platform.cypher").read_text(encoding="utf-8")
    twin = session.run(twin_text)
    status = session.wait().until(
        lambda _: re.search(r"(\d+) records?", session.status(session.frame(twin))),
        "the twin did not finish")
    records = int(status.group(1))
    assert records > 0, session.status(session.frame(twin))
    table = session.frame(twin).text
    assert any(name in table for name in platforms), table[:500]

    # statistics show their metric and value ("{metric} {comparison}{value}{unit}" in the style)
    stats = session.run(STATISTICS_QUERY)
    session.wait().until(lambda _: session.css("svg g.node", session.frame(stats)), "no statistics drawn")
    settle(session, stats)
    drawn = [" ".join(t.text for t in session.css("text", node) if t.text)
             for node in session.css("svg g.node", session.frame(stats))]
    records, _, _ = loaded_graph_driver.execute_query(STATISTICS_ROWS)
    shown = 0
    for r in records:
        if len(r["metric"]) > 8:        # a long metric name is cut, its value then may not show
            continue
        value = f"{r['comparison']}{number(r['value'])}{r['unit'] or ''}"   # a long one is cut with "…"
        lines = [c.split(" ", 1) for c in drawn if " " in c]
        assert any(metric == r["metric"] and len(rest) > 3 and value.startswith(rest.rstrip("…"))
                   for metric, rest in lines), (value, drawn)
        shown += 1
    assert shown >= 3, drawn
    # the graph
    graph = session.run(GRAPH_QUERY)
    session.wait().until(lambda _: session.css("svg g.node", session.frame(graph)), "nothing drawn")
    fullscreen = session.css("button[title='Fullscreen']", session.frame(graph))
    if fullscreen:          # a bigger drawing for the screenshot
        fullscreen[0].click()
    settle(session, graph)
    fit = session.css("button[aria-label='zoom-to-fit']", session.frame(graph))
    if fit:
        fit[0].click()
        time.sleep(1)       # the zoom is animated
    frame = session.frame(graph)
    t_drawn = time.monotonic() - t0

    screenshot = tmp_path / "neo4j-browser.png"
    assert frame.screenshot(str(screenshot)), "could not take the screenshot"
    if os.environ.get("GOVKG_BROWSER_SCREENSHOT"):   # refresh the README's picture on request only
        shutil.copyfile(screenshot, os.environ["GOVKG_BROWSER_SCREENSHOT"])

    nodes = session.css("svg g.node", frame)
    assert len(nodes) == len(set(agencies) | set(platforms)), (len(nodes), agencies, platforms)
    assert len(session.css("svg g.relationship", frame)) > 0
    # captions are the names ({name} in the style), cut with "…" when long
    captions = [t.text for t in session.css("svg g.node text", frame) if t.text]
    assert captions
    names = agencies + platforms
    for caption in captions:
        stem = caption.rstrip("…")
        assert any(name.startswith(stem) for name in names), f"caption {caption!r} is not a name"
    # the style's colours: Agency and Platform from govkg.grass
    colours = {re.search(rf"node\.{label} \{{[^}}]*?color: (#[0-9A-Fa-f]{{6}})", grass).group(1).upper()
               for label in ("Agency", "Platform")}
    fills = {(c.get_attribute("fill") or "").upper() for c in session.css("svg g.node circle.b-outline", frame)}
    assert colours <= fills, (colours, fills)
    # short names are whole: the style's circles are wide enough (9px text: 10 characters in an
    # Agency's 100px, 8 in a Platform's 80px); only longer names are cut
    for name in [a for a in agencies if len(a) <= 10] + [p for p in platforms if len(p) <= 8]:
        assert name in captions, f"{name!r} is cut: {sorted(c for c in captions if c.endswith('…'))}"

    print(f"\nconnected after {t_connect:.1f} s, graph drawn after {t_drawn:.1f} s: "
          f"{len(nodes)} nodes, {shown} statistics captioned; screenshot {screenshot}")
