"""``govkg serve``: the SPARQL 1.1 Protocol endpoint, asked by real clients, and the query page in Chromium.

The server runs in a thread on 127.0.0.1 (a free port) over the hand-written
tests/data/query_fixture.trig. The endpoint is asked by rdflib's SPARQLStore
(a SPARQL Protocol client) and by urllib for content negotiation; the page is
driven in headless Chromium (marked browser; skipped without chromium and
chromedriver, failing under CI=true).
"""
from __future__ import annotations

import csv
import io
import json
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

from govkg.cli.main import cli
from govkg.graph.store import open_store
from govkg.queries.runner import load_queries, run_query
from govkg.web.server import make_server

from .test_view import _browser_or_skip, _wait

FIXTURE = Path(__file__).parent / "data" / "query_fixture.trig"
GK = "https://w3id.org/govkg/ontology#"
PLATFORMS = "SELECT ?name WHERE { ?p a gk:Platform ; gk:name ?name } ORDER BY ?name"


@pytest.fixture(scope="module")
def store():
    s = open_store("memory:")
    s.import_dataset(FIXTURE)
    return s


@pytest.fixture(scope="module")
def base(store):
    server = make_server(store, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def platform_names(store) -> list[str]:
    return [r["name"] for r in store.select(PLATFORMS)]


def get(url: str, accept: str | None = None, data: bytes | None = None, ctype: str | None = None):
    request = urllib.request.Request(url, data=data)
    if accept:
        request.add_header("Accept", accept)
    if ctype:
        request.add_header("Content-Type", ctype)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type"), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type"), exc.read().decode("utf-8")


@pytest.mark.parametrize("method, fmt", [("GET", "xml"), ("POST", "xml"), ("GET", "json"), ("POST", "json")])
def test_rdflib_sparqlstore_selects(base, store, method, fmt):
    graph = rdflib.Graph(SPARQLStore(f"{base}/sparql", method=method, returnFormat=fmt))
    rows = list(graph.query(PLATFORMS))
    assert [str(r.name) for r in rows] == platform_names(store) and len(rows) == 5


def test_rdflib_sparqlstore_ask_and_construct(base):
    graph = rdflib.Graph(SPARQLStore(f"{base}/sparql"))
    assert graph.query("ASK { ?a gk:operates ?p }").askAnswer is True
    assert graph.query("ASK { ?a gk:operates gk:nothing }").askAnswer is False
    built = graph.query("CONSTRUCT { ?r gk:name ?n } WHERE { ?r a gk:Report ; gk:name ?n }").graph
    assert {str(o) for o in built.objects(None, rdflib.URIRef(GK + "name"))} == {"2020联合国电子政务调查报告",
                                                                                  "一网通办第三方评估报告"}


def test_rdflib_gives_a_saved_query_the_same_rows_as_the_runner(base, store):
    query = load_queries()["agency-coordinates-platform"]
    expected = run_query(store, query).rows
    graph = rdflib.Graph(SPARQLStore(f"{base}/sparql", returnFormat="json"))
    rows = [(str(r.agency_name), str(r.relation), str(r.platform_name)) for r in graph.query(query.sparql)]
    assert rows == [tuple(map(str, r[:3])) for r in expected] and rows


def test_updates_are_refused(base, store):
    before = len(store)
    updater = SPARQLUpdateStore(query_endpoint=f"{base}/sparql", update_endpoint=f"{base}/sparql")
    with pytest.raises(urllib.error.HTTPError) as info:
        updater.update("INSERT DATA { <http://ex.org/a> <http://ex.org/b> <http://ex.org/c> }")
    assert info.value.code == 403
    for data, ctype in ((b"DROP ALL", "application/sparql-update"),
                        (b"CLEAR DEFAULT", "application/sparql-query"),
                        (urllib.parse.urlencode({"query": "DELETE WHERE { ?s ?p ?o }"}).encode(),
                         "application/x-www-form-urlencoded")):
        status, _, body = get(f"{base}/sparql", data=data, ctype=ctype)
        assert status == 403 and body.strip() == "updates are refused: this endpoint is read-only"
    assert len(store) == before and len(platform_names(store)) == 5


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/html;q=0.9, text/csv", "text/csv"),
    ("*/*", "application/sparql-results+json"),
])
def test_results_by_accept(base, store, accept, media):
    status, ctype, body = get(f"{base}/sparql?" + urllib.parse.urlencode({"query": PLATFORMS}), accept=accept)
    assert status == 200 and ctype.startswith(media)
    names = platform_names(store)
    if media.endswith("json"):
        assert [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]] == names
    elif media.endswith("xml"):
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        assert [e.text for e in ElementTree.fromstring(body).iterfind(".//r:literal", ns)] == names
    elif media == "text/csv":
        assert list(csv.reader(io.StringIO(body))) == [["name"]] + [[n] for n in names]
    else:
        assert body.splitlines()[0] == "?name" and len(body.splitlines()) == 6


def test_bad_requests(base):
    assert get(f"{base}/sparql")[0] == 400
    status, _, body = get(f"{base}/sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x gk:name }"}))
    assert status == 400 and body.startswith("not a valid SPARQL query")
    status, _, _ = get(f"{base}/sparql?" + urllib.parse.urlencode({"query": PLATFORMS}), accept="image/png")
    assert status == 406


def test_page_api_links_entities_and_names_unknown_ones(base):
    status, _, body = get(f"{base}/api/query?" + urllib.parse.urlencode(
        {"query": "agency-coordinates-platform", "p.agency": "省大数据局"}))
    assert status == 200
    data = json.loads(body)
    assert data["columns"][:3] == ["agency_name", "relation", "platform_name"]
    first = data["rows"][0]
    assert first[0] == "浙江省大数据发展管理局"
    assert data["links"][0][0] == "https://w3id.org/govkg/id/agency/浙江省大数据发展管理局"
    status, _, body = get(f"{base}/api/query?" + urllib.parse.urlencode(
        {"query": "agency-coordinates-platform", "p.agency": "上海数据中心"}))
    assert status == 404 and body.startswith("no entity named 上海数据中心; did you mean")


def test_serve_without_a_store_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "none"), "--port", "0"])
    assert result.exit_code == 2 and "no store at" in result.output


def test_serve_help_has_examples():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "Examples:" in result.output and "govkg serve" in result.output


# -- the page in a browser -------------------------------------------------------

@pytest.fixture
def browser(tmp_path):
    chromium, chromedriver, webdriver = _browser_or_skip()
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.browser
def test_query_page_in_headless_chromium(base, browser, store):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(base + "/")
    _wait(browser, "return document.body.dataset.ready === 'true'")

    # your own SPARQL (the default query lists names and types)
    sparql = browser.find_element(By.ID, "sparql")
    sparql.clear()
    sparql.send_keys(PLATFORMS)
    browser.find_element(By.ID, "run").click()
    _wait(browser, "return document.getElementById('status').textContent === '5 rows'")
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#results tbody td")]
    assert cells == platform_names(store)

    # a saved query with a param
    Select(browser.find_element(By.ID, "saved")).select_by_value("agency-coordinates-platform")
    assert not browser.find_element(By.ID, "sparql").is_displayed()
    browser.find_element(By.ID, "param-platform").send_keys("一网通办")     # an alias
    browser.find_element(By.ID, "run").click()
    _wait(browser, "return /^\\d+ rows?$/.test(document.getElementById('status').textContent)")
    expected = run_query(store, load_queries()["agency-coordinates-platform"], {"platform": "一网通办"}).rows
    rows = browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    assert [r.find_elements(By.TAG_NAME, "td")[0].text for r in rows] == [e[0] for e in expected]

    # an entity link opens its profile
    link = rows[0].find_element(By.CSS_SELECTOR, "a.entity")
    name = link.text
    link.click()
    _wait(browser, "return !document.getElementById('profile').hidden")
    _wait(browser, "return document.getElementById('profile-name').textContent.indexOf(arguments[0]) === 0", name)
    profile = browser.find_element(By.ID, "profile-table").text
    assert f"{expected[0][1]} {expected[0][2]}" in profile.splitlines()   # e.g. "coordinates 一网通办总门户"

    # an unknown name is named, not an empty table
    field = browser.find_element(By.ID, "param-platform")
    field.clear()
    field.send_keys("一网通半")
    browser.find_element(By.ID, "run").click()
    _wait(browser, "return document.getElementById('status').className === 'error'")
    assert browser.find_element(By.ID, "status").text.startswith("no entity named 一网通半")
    assert browser.find_elements(By.CSS_SELECTOR, "#results tbody tr") == []

    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")
              and "404" not in e["message"]]     # the unknown name's answer is a 404, on purpose
    assert errors == []


def test_the_serve_command_answers_and_stops_on_ctrl_c(tmp_path):
    """`govkg serve` in its own process: it says where it listens, answers, and ends cleanly on SIGINT."""
    import signal
    import subprocess
    import sys

    folder = tmp_path / "store"
    with open_store(f"oxigraph:{folder}") as s:
        s.import_dataset(FIXTURE)
    script = Path(sys.executable).with_name("govkg")
    command = [str(script)] if script.exists() else [sys.executable, "-c", "from govkg.cli.main import cli; cli()"]
    # as from a shell: Ctrl-C not ignored. A test run started in the background by a non-interactive
    # shell (`bash -c '… &'`, as some CI runners do) has SIGINT ignored from the start, and a child
    # inherits that: the server then never stopped on the signal sent below.
    proc = subprocess.Popen([*command, "serve", "--port", "0", "--store", f"oxigraph:{folder}"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        line = proc.stderr.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+)/ \(SPARQL endpoint: \1/sparql\)", line)
        assert match, line
        status, ctype, body = get(f"{match.group(1)}/sparql?" + urllib.parse.urlencode({"query": PLATFORMS}),
                                  accept="text/csv")
        assert status == 200 and ctype.startswith("text/csv") and "浙里办" in body.splitlines()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_the_page_gets_the_first_rows_and_is_told_there_are_more(store):
    server = make_server(store, port=0, page_rows=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        _, _, body = get(f"http://{host}:{port}/api/query?query=entity-profile")
        data = json.loads(body)
        assert len(data["rows"]) == 2 and data["more"] is True and len(data["links"]) == 2
        assert data["sorted_after_cut"] is True
        _, _, body = get(f"http://{host}:{port}/api/query?" + urllib.parse.urlencode(
            {"query": "agency-coordinates-platform", "p.agency": "省大数据局"}))
        data = json.loads(body)
        assert len(data["rows"]) == 2 and data["more"] is False      # exactly the limit: nothing more
        status, _, body = get(f"http://{host}:{port}/sparql?" + urllib.parse.urlencode(
            {"query": "SELECT * WHERE { ?s ?p ?o }"}), accept="application/sparql-results+json")
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) > 2    # the endpoint: every row
    finally:
        server.shutdown()
        server.server_close()
