// The query page of `govkg serve`: saved queries with their params, or your own SPARQL;
// results as a table whose entity cells link to the entity's profile (#entity=IRI).
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  let saved = {};

  function status(text, isError) {
    $("status").textContent = text;
    $("status").className = isError ? "error" : "";
  }

  async function getJSON(response) {
    const text = await response.text();
    if (!response.ok) throw new Error(text.trim() || response.statusText);
    return JSON.parse(text);
  }

  function cell(value, iri) {
    const td = document.createElement("td");
    const text = value === null || value === undefined ? "" : String(value);
    if (iri) {
      const a = document.createElement("a");
      a.className = "entity";
      a.href = "#entity=" + encodeURIComponent(iri);
      a.textContent = text;
      td.appendChild(a);
    } else {
      td.textContent = text;
    }
    return td;
  }

  function fill(table, data) {
    const head = table.querySelector("thead"), body = table.querySelector("tbody");
    head.replaceChildren();
    body.replaceChildren();
    const tr = document.createElement("tr");
    data.columns.forEach((c) => { const th = document.createElement("th"); th.textContent = c; tr.appendChild(th); });
    head.appendChild(tr);
    data.rows.forEach((row, i) => {
      const r = document.createElement("tr");
      row.forEach((v, j) => r.appendChild(cell(v, data.links[i][j])));
      body.appendChild(r);
    });
  }

  function showParams(name) {
    const box = $("params");
    box.replaceChildren();
    const q = saved[name];
    $("sparql").hidden = Boolean(q);
    $("description").textContent = q ? q.title + (q.description ? " — " + q.description : "") : "";
    if (!q) return;
    q.params.forEach((p) => {
      const label = document.createElement("label");
      label.textContent = p.name + (p.required ? " *" : "");
      label.title = p.description;
      const input = document.createElement("input");
      input.id = "param-" + p.name;
      input.name = p.name;
      input.placeholder = p.type === "entity" ? "name, alias or IRI" : p.type;
      label.appendChild(input);
      box.appendChild(label);
    });
  }

  async function run() {
    const name = $("saved").value;
    status("running…");
    try {
      let response;
      if (name) {
        const params = new URLSearchParams({ query: name });
        saved[name].params.forEach((p) => {
          const v = $("param-" + p.name).value.trim();
          if (v) params.append("p." + p.name, v);
        });
        response = await fetch("/api/query?" + params);
      } else {
        response = await fetch("/api/sparql", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ query: $("sparql").value }),
        });
      }
      const data = await getJSON(response);
      fill($("results"), data);
      status(data.rows.length + (data.rows.length === 1 ? " row" : " rows") + cutNote(data));
    } catch (err) {
      $("results").querySelector("thead").replaceChildren();
      $("results").querySelector("tbody").replaceChildren();
      status(err.message, true);
    }
  }

  // What a cut answer says: there is more, and (when the rows were sorted after the cut) that
  // they are not the first by the query's order.
  function cutNote(data) {
    if (!data.more) return "";
    return " shown; the answer has more (govkg query --limit 0, or the /sparql endpoint, give every row)" +
      (data.sorted_after_cut ? "; these are the rows the store gave first, sorted" : "");
  }

  async function profile(iri) {
    const params = new URLSearchParams({ query: "entity-profile", "p.name": iri });
    try {
      const data = await getJSON(await fetch("/api/query?" + params));
      const names = data.rows.map((r) => r[0]);
      $("profile-name").textContent = names.length ? names[0] + " (" + data.rows[0][1] + ")" : iri;
      const body = $("profile-table").querySelector("tbody");
      body.replaceChildren();
      data.rows.forEach((row, i) => {
        const r = document.createElement("tr");
        r.appendChild(cell(row[2], null));
        r.appendChild(cell(row[3], data.links[i][3]));
        body.appendChild(r);
      });
      if (data.more) status("profile of " + (names[0] || iri) + ": " + data.rows.length + " rows" + cutNote(data));
      $("profile").hidden = false;
      $("profile").scrollIntoView();
    } catch (err) {
      status(err.message, true);
    }
  }

  function route() {
    const m = location.hash.match(/^#entity=(.+)$/);
    if (m) profile(decodeURIComponent(m[1]));
    else $("profile").hidden = true;
  }

  async function start() {
    try {
      const list = await getJSON(await fetch("/api/queries"));
      list.forEach((q) => {
        saved[q.name] = q;
        const option = document.createElement("option");
        option.value = q.name;
        option.textContent = q.name + " — " + q.title;
        $("saved").appendChild(option);
      });
      document.body.dataset.ready = "true";
    } catch (err) {
      status(err.message, true);
    }
    $("saved").addEventListener("change", (e) => showParams(e.target.value));
    $("run").addEventListener("click", run);
    window.addEventListener("hashchange", route);
    route();
  }

  start();
})();
