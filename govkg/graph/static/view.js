/* govkg graph view: cytoscape.js over the data embedded in #govkg-data.
 *
 * The whole graph is read once into plain indexes; cytoscape only ever holds
 * what is drawn. The page opens on the most connected entities the filters
 * let through, a search adds the match (with its neighbours) and zooms to it,
 * and clicking a node adds its neighbours. Filters (type, relation, province,
 * document) combine with AND. Exposes window.govkgView for tests. No network. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("govkg-data").textContent);
  var OVERVIEW = data.overview || 40;   // entities shown when the page opens or the filters change
  var EXPAND = 25;                      // neighbours added per click (the most connected first)
  var SEARCH_HITS = 8;                  // matches added per search
  var LABEL_MAX = 12;                   // longer names are cut with an ellipsis (full name in the panel)
  var LINE = 7;                         // longer labels take two lines
  var MIN_ZOOM = 0.6;                   // below this labels are too small to read: centre instead of fit
  var panel = document.getElementById("panel");
  var docs = data.documents || {};

  // ---- small DOM helpers (text only: data never goes through innerHTML)
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function link(label, id) {
    var a = el("span", label, "link");
    a.addEventListener("click", function () { reveal([id]); select(id); });
    return a;
  }
  function normalize(text) {
    return String(text || "").trim().replace(/^[“”"'《》「」]+|[“”"'《》「」]+$/g, "").toLowerCase();
  }
  // whole names up to LABEL_MAX characters, longer ones cut with "…"; past LINE characters
  // the label breaks into two balanced lines, so labels stay narrow
  function shortLabel(name) {
    var chars = Array.from(String(name));
    if (chars.length > LABEL_MAX) { chars = chars.slice(0, LABEL_MAX - 1).concat(["…"]); }
    if (chars.length <= LINE) { return chars.join(""); }
    var half = Math.ceil(chars.length / 2);
    return chars.slice(0, half).join("") + "\n" + chars.slice(half).join("");
  }
  function docLabel(iri) {
    var d = docs[iri];
    return d && d.title ? d.title + (d.published ? " (" + d.published + ")" : "") : iri;
  }
  function contains(list, value) { return (list || []).indexOf(value) >= 0; }

  // ---- the whole graph, indexed once
  var nodeData = {}, edgesOf = {}, allEdges = [];
  data.elements.nodes.forEach(function (n) {
    var d = n.data;
    d.fullName = d.label;
    d.label = shortLabel(d.label);
    d.names = [d.fullName].concat(d.props.aliases || []).map(normalize);
    nodeData[d.id] = d;
    edgesOf[d.id] = [];
  });
  data.elements.edges.forEach(function (e) {
    allEdges.push(e.data);
    edgesOf[e.data.source].push(e.data);
    if (e.data.target !== e.data.source) { edgesOf[e.data.target].push(e.data); }
  });
  function otherEnd(edge, id) { return edge.source === id ? edge.target : edge.source; }

  // ---- filters: what may be shown at all
  var filters = { type: {}, relation: {}, province: "", document: "" };
  function nodePasses(d) {
    return filters.type[d.type] !== false &&
      (!filters.province || contains(d.provinces, filters.province)) &&
      (!filters.document || contains(d.props.documents, filters.document));
  }
  function edgePasses(e) {
    return filters.relation[e.relation] !== false &&
      (!filters.document || contains(e.props.documents, filters.document)) &&
      nodePasses(nodeData[e.source]) && nodePasses(nodeData[e.target]);
  }
  var degree = {};          // degree among what the filters let through
  var matching = [];        // ids passing the filters, most connected first
  function rank() {
    degree = {};
    matching = Object.keys(nodeData).filter(function (id) { return nodePasses(nodeData[id]); });
    matching.forEach(function (id) { degree[id] = 0; });
    allEdges.forEach(function (e) {
      if (edgePasses(e)) { degree[e.source] += 1; degree[e.target] += 1; }
    });
    matching.sort(byConnections);
  }
  function byConnections(a, b) {
    return (degree[b] || 0) - (degree[a] || 0) || nodeData[b].degree - nodeData[a].degree ||
      (a < b ? -1 : a > b ? 1 : 0);
  }

  // ---- what is shown: the overview plus what the user added (search, clicks)
  var overview = [], explored = {};
  function shownIds() {
    var out = {};
    overview.forEach(function (id) { out[id] = true; });
    Object.keys(explored).forEach(function (id) { if (nodePasses(nodeData[id])) { out[id] = true; } });
    return out;
  }
  function neighbours(id) {
    var seen = {};
    edgesOf[id].forEach(function (e) { if (edgePasses(e)) { seen[otherEnd(e, id)] = true; } });
    delete seen[id];
    return Object.keys(seen).sort(byConnections);
  }

  // ---- the drawing
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: [],
    minZoom: 0.05, maxZoom: 4,
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", "label": "data(label)", "font-size": 12,
        "width": "mapData(degree, 0, 40, 16, 40)", "height": "mapData(degree, 0, 40, 16, 40)",
        "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": 200,
        "text-background-color": "#fff",
        "text-background-opacity": 0.75, "text-background-padding": 1,
        "font-family": "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif" } },
      { selector: "edge", style: {
        "width": 1.2, "line-color": "#aab4be", "target-arrow-color": "#aab4be",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.8,
        "label": "data(relation)", "font-size": 8, "min-zoomed-font-size": 16, "color": "#556",
        "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.7 } },
      { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
      { selector: "edge[?inferred]", style: { "line-style": "dashed" } },
      { selector: "edge.focus", style: { "min-zoomed-font-size": 0, "font-size": 10, "line-color": "#6b7a8a",
                                          "target-arrow-color": "#6b7a8a", "z-index": 5 } },
      { selector: "node.match", style: { "border-width": 4, "border-color": "#f5c211" } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#e01b24",
                                         "line-color": "#e01b24", "target-arrow-color": "#e01b24" } }
    ]
  });

  function syncElements(ids) {
    cy.nodes().filter(function (n) { return !ids[n.id()]; }).remove();
    var fresh = Object.keys(ids).filter(function (id) { return cy.getElementById(id).empty(); });
    cy.add(fresh.map(function (id) { return { group: "nodes", data: nodeData[id] }; }));
    var edges = [];
    fresh.forEach(function (id) {
      edgesOf[id].forEach(function (e) {
        if (ids[otherEnd(e, id)] && edgePasses(e) && cy.getElementById(e.id).empty()) {
          edges.push({ group: "edges", data: e });
        }
      });
    });
    cy.add(edges);
    cy.edges().filter(function (e) { return !edgePasses(e.data()); }).remove();
    return cy.collection(fresh.map(function (id) { return cy.getElementById(id); }));
  }
  function placeAround(nodes, anchor) {
    var centre = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    var radius = anchor && anchor.nonempty() ? 140 : 60 * Math.sqrt(nodes.length + 1);
    nodes.forEach(function (n, i) {
      var angle = 2 * Math.PI * i / Math.max(nodes.length, 1);
      n.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  }
  // the overview: rings by connections among what is shown, the most connected in the middle
  // (fast, deterministic, labels kept apart by avoidOverlap)
  function rings() {
    cy.layout({ name: "concentric", animate: false, fit: false, avoidOverlap: true, spacingFactor: 0.75,
                nodeDimensionsIncludeLabels: true }).run();
  }
  // after a search or a click: a force layout from the current positions (the picture stays familiar)
  function grow() {
    cy.layout({ name: "cose", randomize: false, animate: false, fit: false,
                nodeDimensionsIncludeLabels: true, nodeOverlap: 40, gravity: 1, componentSpacing: 40,
                nodeRepulsion: function () { return 100000; }, idealEdgeLength: function () { return 60; },
                numIter: 1200 }).run();
  }
  // push apart nodes whose label boxes still overlap (the force layout only roughly avoids it)
  function declutter() {
    var items = cy.nodes().map(function (n) {
      var p = n.position(), b = n.boundingBox({ includeLabels: true, includeEdges: false });
      return { node: n, x: p.x, y: p.y, left: p.x - b.x1, right: b.x2 - p.x, top: p.y - b.y1, bottom: b.y2 - p.y };
    });
    for (var round = 0; round < 50 && separate(items, 4) > 0; round += 1) { /* until apart */ }
    items.forEach(function (it) { it.node.position({ x: it.x, y: it.y }); });
  }
  function separate(items, gap) {
    var moved = 0;
    for (var i = 0; i < items.length; i += 1) {
      for (var j = i + 1; j < items.length; j += 1) {
        var a = items[i], b = items[j];
        var dx = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left) + gap;
        var dy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y - a.top, b.y - b.top) + gap;
        if (dx <= 0 || dy <= 0) { continue; }
        moved += 1;
        if (dx < dy) { var sx = (a.x < b.x ? -1 : 1) * dx / 2; a.x += sx; b.x -= sx; }
        else { var sy = (a.y < b.y ? -1 : 1) * dy / 2; a.y += sy; b.y -= sy; }
      }
    }
    return moved;
  }
  function layout(fromScratch) {
    if (cy.nodes().length < 2) { return; }
    if (fromScratch) { rings(); } else { grow(); }
    declutter();
  }
  function frame(focus) {
    cy.resize();
    cy.fit(cy.nodes(), 30);
    if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(); }
    if (focus && focus.nonempty() && cy.zoom() < MIN_ZOOM) {
      cy.zoom(MIN_ZOOM);
      cy.center(focus);
    }
  }
  function render(anchor, focus, fromScratch) {
    var fresh = syncElements(shownIds());
    placeAround(fresh, anchor);
    layout(fromScratch);
    frame(focus || anchor);
    updateCounts();
    return fresh;
  }

  // ---- what the user does
  function showOverview() {
    rank();
    overview = matching.slice(0, OVERVIEW);
    cy.elements().remove();
    return render(null, null, true);
  }
  function reveal(ids, anchorId) {
    ids.forEach(function (id) { if (nodeData[id]) { explored[id] = true; } });
    var anchor = anchorId ? cy.getElementById(anchorId) : null;
    return render(anchor, cy.getElementById(ids[0] || ""));
  }
  function expand(id) {
    if (!nodeData[id]) { return []; }
    var hidden = neighbours(id).filter(function (n) { return cy.getElementById(n).empty(); });
    var added = hidden.slice(0, EXPAND);
    explored[id] = true;
    added.forEach(function (n) { explored[n] = true; });
    render(cy.getElementById(id), cy.getElementById(id));
    return added;
  }
  function reset() {
    explored = {};
    cy.elements().unselect();
    return showOverview().map(function (n) { return n.id(); });
  }

  // ---- filter controls
  function checkbox(container, group, name, count, color) {
    var label = add(container, el("label"));
    var box = add(label, el("input"));
    box.type = "checkbox"; box.checked = true; box.dataset.group = group; box.value = name;
    box.addEventListener("change", applyFilters);
    if (color) { add(label, el("span", null, "swatch")).style.background = color; }
    add(label, el("span", name));
    add(label, el("span", count, "count"));
  }
  function option(select, value, text) { add(select, el("option", text)).value = value; }
  function readFilters() {
    ["type", "relation"].forEach(function (group) {
      filters[group] = {};
      document.querySelectorAll("input[data-group='" + group + "']").forEach(function (b) {
        filters[group][b.value] = b.checked;
      });
    });
    filters.province = document.getElementById("province-filter").value;
    filters.document = document.getElementById("document-filter").value;
  }
  function applyFilters() {
    readFilters();
    showOverview();
  }
  function setFilter(group, value, on) {
    if (group === "province" || group === "document") {
      document.getElementById(group + "-filter").value = value || "";
    } else {
      document.querySelector("input[data-group='" + group + "'][value='" + value + "']").checked = on;
    }
    applyFilters();
    return cy.nodes().map(function (n) { return n.id(); });
  }
  function buildFilters() {
    data.types.forEach(function (t) { checkbox(document.getElementById("type-filters"), "type", t.name, t.count, t.color); });
    data.relations.forEach(function (r) { checkbox(document.getElementById("relation-filters"), "relation", r.name, r.count); });
    var provinces = document.getElementById("province-filter");
    data.provinces.forEach(function (p) { option(provinces, p.code, p.name + " (" + p.count + ")"); });
    var documents = document.getElementById("document-filter");
    Object.keys(data.documentCounts || {}).sort(function (a, b) {
      return docLabel(a) < docLabel(b) ? -1 : docLabel(a) > docLabel(b) ? 1 : 0;
    }).forEach(function (iri) { option(documents, iri, docLabel(iri) + " (" + data.documentCounts[iri] + ")"); });
    [provinces, documents].forEach(function (s) { s.addEventListener("change", applyFilters); });
  }
  function updateCounts() {
    var shownEdges = cy.edges().length, passingEdges = allEdges.filter(edgePasses).length;
    var counts = document.getElementById("counts");
    counts.textContent = "显示 " + cy.nodes().length + " / " + matching.length + " / " +
      data.elements.nodes.length + " 实体 entities · " + shownEdges + " / " + passingEdges + " / " +
      allEdges.length + " 关系 relations";
    counts.title = "shown / passing the filters / all";
  }

  // ---- search: names and aliases of the entities the filters let through
  function findIds(text) {
    var q = normalize(text);
    if (!q) { return []; }
    var exact = matching.filter(function (id) { return contains(nodeData[id].names, q); });
    if (exact.length) { return exact; }
    return matching.filter(function (id) {
      return nodeData[id].names.some(function (x) { return x.indexOf(q) >= 0; });
    });
  }
  function search(text) {
    cy.nodes().removeClass("match");
    var hits = findIds(text).slice(0, SEARCH_HITS);
    document.getElementById("search").classList.toggle("none", !hits.length && !!normalize(text));
    if (!hits.length) { return []; }
    hits.forEach(function (id) { explored[id] = true; });
    neighbours(hits[0]).slice(0, EXPAND).forEach(function (id) { explored[id] = true; });
    reveal(hits);
    hits.forEach(function (id) { cy.getElementById(id).addClass("match"); });
    select(hits[0]);
    zoomTo(cy.getElementById(hits[0]));
    return hits;
  }
  function zoomTo(node) {
    cy.zoom(Math.max(cy.zoom(), 1));
    cy.center(node);
  }
  function fillNames() {
    var names = document.getElementById("names");
    Object.keys(nodeData).forEach(function (id) {
      [nodeData[id].fullName].concat(nodeData[id].props.aliases || []).forEach(function (name) {
        add(names, el("option")).value = name;
      });
    });
  }
  var pending = null;
  function onSearchInput(ev) {
    clearTimeout(pending);
    pending = setTimeout(function () { search(ev.target.value); }, 250);
  }

  // ---- the side panel
  function row(table, key, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) { return; }
    var tr = add(table, el("tr"));
    add(tr, el("th", key));
    var td = add(tr, el("td"));
    if (value instanceof Node) { td.appendChild(value); } else { td.textContent = Array.isArray(value) ? value.join("、") : value; }
  }
  function evidenceList(parent, provenance, fallback) {
    var items = provenance && provenance.length ? provenance : (fallback || []).map(function (t) { return { evidence: t }; });
    items.forEach(function (p) {
      if (!p.evidence) { return; }
      add(parent, el("span", "“" + p.evidence + "”", "evidence"));
      if (p.document) {
        add(parent, el("span", "— " + docLabel(p.document) + (p.rule ? " · " + p.rule : "") +
          (p.confidence !== null && p.confidence !== undefined ? " · " + p.confidence : "") + (p.inferred ? " · inferred" : ""), "source"));
      }
    });
  }
  function provinceNames(codes) {
    return (codes || []).map(function (code) {
      var p = data.provinces.filter(function (x) { return x.code === code; })[0];
      return p ? p.name : code;
    });
  }
  function showNode(node) {
    var d = nodeData[node.id()], p = d.props;
    var shown = neighbours(node.id()).filter(function (id) { return cy.getElementById(id).nonempty(); });
    panel.replaceChildren();
    add(panel, el("h2", p.name || node.id()));
    add(panel, el("span", p.type || "?", "badge")).style.background = d.color;
    var table = add(panel, el("table"));
    row(table, "IRI", node.id());
    row(table, "别名 aliases", p.aliases);
    row(table, "区划代码 code", p.region_code);
    row(table, "级别 level", p.region_level);
    row(table, "省份 province", provinceNames(d.provinces));
    ["launchDate", "publicationDate", "issueDate", "effectiveDate"].forEach(function (k) { row(table, k, p[k]); });
    row(table, "来源 documents", (p.documents || []).map(docLabel));
    row(table, "邻居 neighbours", "显示 " + shown.length + " / " + neighbours(node.id()).length + " shown (点击展开 click for more)");
    showStatistics(p.statistics);
    showRelations(node.id());
  }
  function showStatistics(statistics) {
    if (!statistics || !statistics.length) { return; }
    add(panel, el("h3", "统计 statistics"));
    var stats = add(panel, el("ul"));
    statistics.forEach(function (s) {
      var li = add(stats, el("li", s.metric + " " + (s.op || "") + " " + s.value + (s.unit ? " " + s.unit : "") + (s.as_of ? " (" + s.as_of + ")" : "")));
      evidenceList(li, [{ evidence: s.evidence, document: s.document }]);
    });
  }
  function showRelations(id) {
    add(panel, el("h3", "关系 relations"));
    var rels = add(panel, el("ul"));
    edgesOf[id].forEach(function (e) {
      var out = e.source === id, other = nodeData[otherEnd(e, id)];
      var li = add(rels, el("li"));
      add(li, el("span", (out ? "→ " : "← ") + e.relation + " "));
      add(li, link(other.fullName, other.id));
      evidenceList(li, e.props.provenance, e.props.evidence);
    });
  }
  function showEdge(edge) {
    var p = edge.data("props"), s = nodeData[edge.data("source")], t = nodeData[edge.data("target")];
    panel.replaceChildren();
    add(panel, el("h2", p.relation));
    var table = add(panel, el("table"));
    row(table, "主体 subject", link(s.fullName, s.id));
    row(table, "客体 object", link(t.fullName, t.id));
    row(table, "置信度 confidence", p.confidence);
    row(table, "推断 inferred", p.inferred ? "是 yes" : "否 no");
    row(table, "评级 rating", p.rating);
    row(table, "来源 documents", (p.documents || []).map(docLabel));
    add(panel, el("h3", "原文 evidence"));
    evidenceList(add(panel, el("div")), p.provenance, p.evidence);
  }
  function select(id) {
    var target = cy.getElementById(id);
    if (target.empty()) { return false; }
    cy.elements().unselect();
    cy.edges().removeClass("focus");
    target.select();
    (target.isNode() ? target.connectedEdges() : target).addClass("focus");   // their relation names show
    if (target.isNode()) { showNode(target); } else { showEdge(target); }
    return true;
  }

  // ---- wiring
  cy.on("tap", "node", function (ev) {
    var id = ev.target.id();
    expand(id);
    select(id);
  });
  cy.on("tap", "edge", function (ev) { select(ev.target.id()); });
  document.getElementById("search").addEventListener("input", onSearchInput);
  document.getElementById("reset").addEventListener("click", reset);
  window.addEventListener("resize", function () { frame(cy.$(":selected")); });
  buildFilters();
  fillNames();
  readFilters();
  showOverview();

  window.govkgView = {
    cy: cy,
    nodeCount: data.elements.nodes.length,
    edgeCount: allEdges.length,
    visibleNodes: function () { return cy.nodes().length; },
    visibleEdges: function () { return cy.edges().length; },
    matchingNodes: function () { return matching.length; },
    select: select,
    search: search,
    expand: expand,
    reset: reset,
    setFilter: setFilter,
    applyFilters: applyFilters,
    panelText: function () { return panel.textContent; },
    readyMs: performance.now(),     // from navigation start to a drawn overview
    ready: true
  };
})();
