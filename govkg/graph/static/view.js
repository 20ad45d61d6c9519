/* govkg graph view: cytoscape.js over the data embedded in #govkg-data.
 * Exposes window.govkgView for tests and scripting. No network access. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("govkg-data").textContent);
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
    a.addEventListener("click", function () { select(id); });
    return a;
  }
  function normalize(text) {
    return String(text || "").trim().replace(/^[“”"'《》「」]+|[“”"'《》「」]+$/g, "").toLowerCase();
  }
  function namesOf(node) {
    return [node.data("label")].concat(node.data("props").aliases || []).map(normalize);
  }
  function docLabel(iri) {
    var d = docs[iri];
    return d && d.title ? d.title + (d.published ? " (" + d.published + ")" : "") : iri;
  }

  // ---- the graph
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: data.elements,
    layout: { name: "preset" },
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", "label": "data(label)", "font-size": 11,
        "text-valign": "bottom", "text-margin-y": 3, "width": 22, "height": 22,
        "text-wrap": "ellipsis", "text-max-width": 160,
        "font-family": "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif" } },
      { selector: "edge", style: {
        "width": 1.5, "line-color": "#9aa7b4", "target-arrow-color": "#9aa7b4",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.8,
        "label": "data(relation)", "font-size": 8, "color": "#556", "text-rotation": "autorotate",
        "text-background-color": "#fff", "text-background-opacity": 0.7 } },
      { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
      { selector: "edge[?inferred]", style: { "line-style": "dashed" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.15 } },
      { selector: "node.match", style: { "border-width": 3, "border-color": "#f5c211" } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#e01b24",
                                         "line-color": "#e01b24", "target-arrow-color": "#e01b24" } }
    ]
  });
  function fit() { cy.resize(); cy.fit(undefined, 30); }
  if (cy.nodes().length > 1) {
    cy.layout({ name: "cose", randomize: false, animate: false, fit: false,
                nodeDimensionsIncludeLabels: true, nodeRepulsion: function () { return 400000; },
                idealEdgeLength: function () { return 110; }, nodeOverlap: 20, gravity: 0.3,
                componentSpacing: 80, numIter: 1500 }).run();
  }
  fit();
  window.addEventListener("resize", fit);

  // ---- filters
  function checkbox(container, group, name, count, color) {
    var label = add(container, el("label"));
    var box = add(label, el("input"));
    box.type = "checkbox"; box.checked = true; box.dataset.group = group; box.value = name;
    box.addEventListener("change", applyFilters);
    if (color) { add(label, el("span", null, "swatch")).style.background = color; }
    add(label, el("span", name));
    add(label, el("span", count, "count"));
  }
  function checked(group) {
    var out = {};
    document.querySelectorAll("input[data-group='" + group + "']").forEach(function (b) { out[b.value] = b.checked; });
    return out;
  }
  function applyFilters() {
    var types = checked("type"), relations = checked("relation");
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass("hidden", types[n.data("type")] === false); });
      cy.edges().forEach(function (e) { e.toggleClass("hidden", relations[e.data("relation")] === false); });
    });
    updateCounts();
  }
  // what the filters leave shown (from classes: style updates may lag a frame)
  function shownNodes() { return cy.nodes().not(".hidden"); }
  function shownEdges() {
    return cy.edges().filter(function (e) {
      return !e.hasClass("hidden") && !e.source().hasClass("hidden") && !e.target().hasClass("hidden");
    });
  }
  function updateCounts() {
    document.getElementById("counts").textContent =
      shownNodes().length + " / " + cy.nodes().length + " 实体 entities · " +
      shownEdges().length + " / " + cy.edges().length + " 关系 relations";
  }
  data.types.forEach(function (t) { checkbox(document.getElementById("type-filters"), "type", t.name, t.count, t.color); });
  data.relations.forEach(function (r) { checkbox(document.getElementById("relation-filters"), "relation", r.name, r.count); });

  // ---- search
  var names = document.getElementById("names");
  cy.nodes().forEach(function (n) {
    [n.data("label")].concat(n.data("props").aliases || []).forEach(function (name) {
      add(names, el("option")).value = name;
    });
  });
  function search(text) {
    var q = normalize(text);
    cy.elements().removeClass("match faded");
    if (!q) { return []; }
    var exact = cy.nodes().filter(function (n) { return namesOf(n).indexOf(q) >= 0; });
    var hits = exact.nonempty() ? exact : cy.nodes().filter(function (n) {
      return namesOf(n).some(function (x) { return x.indexOf(q) >= 0; });
    });
    cy.elements().not(hits).addClass("faded");
    hits.addClass("match");
    if (hits.length === 1) { select(hits[0].id()); }
    return hits.map(function (n) { return n.id(); });
  }
  document.getElementById("search").addEventListener("input", function (ev) { search(ev.target.value); });

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
  function showNode(node) {
    var p = node.data("props");
    panel.replaceChildren();
    add(panel, el("h2", p.name || node.id()));
    add(panel, el("span", p.type || "?", "badge")).style.background = node.data("color");
    var table = add(panel, el("table"));
    row(table, "IRI", node.id());
    row(table, "别名 aliases", p.aliases);
    row(table, "区划代码 code", p.region_code);
    row(table, "级别 level", p.region_level);
    ["launchDate", "publicationDate", "issueDate"].forEach(function (k) { row(table, k, p[k]); });
    row(table, "来源 documents", (p.documents || []).map(docLabel));
    if (p.statistics && p.statistics.length) {
      add(panel, el("h3", "统计 statistics"));
      var stats = add(panel, el("ul"));
      p.statistics.forEach(function (s) {
        var li = add(stats, el("li", s.metric + " " + (s.op || "") + " " + s.value + (s.unit ? " " + s.unit : "") + (s.as_of ? " (" + s.as_of + ")" : "")));
        evidenceList(li, [{ evidence: s.evidence, document: s.document }]);
      });
    }
    add(panel, el("h3", "关系 relations"));
    var rels = add(panel, el("ul"));
    node.connectedEdges().forEach(function (e) {
      var out = e.source().id() === node.id(), other = out ? e.target() : e.source();
      var li = add(rels, el("li"));
      add(li, el("span", (out ? "→ " : "← ") + e.data("relation") + " "));
      add(li, link(other.data("label"), other.id()));
      evidenceList(li, e.data("props").provenance, e.data("props").evidence);
    });
  }
  function showEdge(edge) {
    var p = edge.data("props");
    panel.replaceChildren();
    add(panel, el("h2", p.relation));
    var table = add(panel, el("table"));
    row(table, "主体 subject", link(edge.source().data("label"), edge.source().id()));
    row(table, "客体 object", link(edge.target().data("label"), edge.target().id()));
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
    target.select();
    if (target.isNode()) { showNode(target); } else { showEdge(target); }
    return true;
  }
  cy.on("tap", "node, edge", function (ev) { select(ev.target.id()); });

  updateCounts();
  window.govkgView = {
    cy: cy,
    nodeCount: cy.nodes().length,
    edgeCount: cy.edges().length,
    visibleNodes: function () { return shownNodes().length; },
    visibleEdges: function () { return shownEdges().length; },
    select: select,
    search: search,
    applyFilters: applyFilters,
    panelText: function () { return panel.textContent; },
    ready: true
  };
})();
