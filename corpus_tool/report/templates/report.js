/* corpus_tool report page script.
 * Reads the report data from the JSON block and builds the tables and charts.
 * Every crawled string reaches the page through textContent or a checked
 * http(s) href, never through innerHTML: the corpus is untrusted input. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("report-data").textContent);
  var t = data.t;
  var articles = data.articles; // [id, title, url, site, section, published, authors, theme]
  var A_ID = 0, A_TITLE = 1, A_URL = 2, A_SITE = 3, A_SECTION = 4, A_PUB = 5, A_AUTHORS = 6,
      A_THEME = 7;
  var collator = new Intl.Collator(data.lang, { sensitivity: "base", numeric: true });

  function fmt(key, values) {
    return String(t[key]).replace(/\{(\w+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function node(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined && text !== null) { el.textContent = String(text); }
    return el;
  }

  function safeUrl(value) {
    if (typeof value !== "string" || !value) { return null; }
    var parsed;
    try { parsed = new URL(value); } catch (e) { return null; }
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  }

  /* A link to an http(s) URL, or the label as plain text with the refused URL beside it. */
  function link(label, url) {
    var href = safeUrl(url);
    if (!href) {
      var span = node("span", "no-link", label);
      if (url) { span.appendChild(node("span", "url-text", url)); }
      return span;
    }
    var a = node("a", null, label);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function articleLink(i) {
    var row = articles[i];
    if (!row) { return node("span", null, ""); }
    var label = row[A_TITLE] || row[A_URL] || row[A_ID];
    return link(label, row[A_URL]);
  }

  /* The calendar day of an ISO date, written as readers of the report's language expect. */
  function day(iso) {
    var d = iso ? String(iso).slice(0, 10) : "";
    if (data.lang === "vi" && /^\d{4}-\d{2}-\d{2}$/.test(d)) {
      return d.slice(8, 10) + "/" + d.slice(5, 7) + "/" + d.slice(0, 4);
    }
    return d;
  }

  /* Links to a list of articles; long lists open on demand to keep the page light. */
  function articleList(indexes) {
    indexes = indexes || [];
    var wrap = node("div");
    if (!indexes.length) { return wrap; }
    function fill(target) {
      var ul = node("ul", "plain");
      indexes.forEach(function (i) {
        var li = node("li");
        li.appendChild(articleLink(i));
        ul.appendChild(li);
      });
      target.appendChild(ul);
    }
    if (indexes.length <= 2) { fill(wrap); return wrap; }
    var details = node("details");
    details.appendChild(node("summary", null, fmt("n_articles", { n: indexes.length })));
    details.addEventListener("toggle", function once() {
      if (details.open) { fill(details); details.removeEventListener("toggle", once); }
    });
    wrap.appendChild(details);
    return wrap;
  }

  var SVG = "http://www.w3.org/2000/svg";
  function sparkline(byMonth) {
    var months = data.months;
    var w = 120, h = 26, pad = 2;
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "spark");
    svg.setAttribute("width", w);
    svg.setAttribute("height", h);
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    var counts = months.map(function (m) { return (byMonth && byMonth[m]) || 0; });
    var max = Math.max.apply(null, counts.concat([1]));
    var step = months.length > 1 ? (w - 2 * pad) / (months.length - 1) : 0;
    var points = counts.map(function (c, i) {
      var x = months.length > 1 ? pad + i * step : w / 2;
      var y = h - pad - (c / max) * (h - 2 * pad);
      return x.toFixed(1) + "," + y.toFixed(1);
    });
    if (points.length === 1) { points = [pad + "," + points[0].split(",")[1], (w - pad) + "," + points[0].split(",")[1]]; }
    if (points.length) {
      var area = document.createElementNS(SVG, "polygon");
      area.setAttribute("class", "spark-area");
      area.setAttribute("points", pad + "," + (h - pad) + " " + points.join(" ") + " " + (w - pad) + "," + (h - pad));
      svg.appendChild(area);
      var line = document.createElementNS(SVG, "polyline");
      line.setAttribute("points", points.join(" "));
      svg.appendChild(line);
    }
    var title = document.createElementNS(SVG, "title");
    title.textContent = months.map(function (m, i) { return m + ": " + counts[i]; }).join("\n");
    svg.appendChild(title);
    return svg;
  }

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  /* A sortable table with an optional filter box.
   * spec: {id, rows, columns: [{label, value(row) -> sort key, cell(row) -> Node|string,
   *        num?}], search(row) -> string, placeholder, sort: [column, dir]} */
  function table(host, spec) {
    if (!spec.rows.length) {
      host.appendChild(node("p", "empty", spec.emptyText || t.no_rows));
      return null;
    }
    var tools = node("div", "table-tools");
    var input = null;
    if (spec.search) {
      input = node("input");
      input.type = "search";
      input.placeholder = spec.placeholder || t.filter;
      input.setAttribute("aria-label", input.placeholder);
      input.id = spec.id + "-search";
      tools.appendChild(input);
    }
    var counter = node("span", "muted");
    tools.appendChild(counter);
    host.appendChild(tools);

    var scroll = node("div", "table-scroll");
    var tableEl = node("table");
    tableEl.id = spec.id;
    var thead = node("thead"), headRow = node("tr");
    var tbody = node("tbody");
    var headers = spec.columns.map(function (col, c) {
      var th = node("th");
      th.scope = "col";
      var button = node("button", null, col.label);
      button.type = "button";
      button.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        sortBy(c, dir);
      });
      th.appendChild(button);
      headRow.appendChild(th);
      return th;
    });
    thead.appendChild(headRow);
    tableEl.appendChild(thead);
    tableEl.appendChild(tbody);
    scroll.appendChild(tableEl);
    host.appendChild(scroll);

    var items = spec.rows.map(function (row) {
      var tr = node("tr");
      spec.columns.forEach(function (col) {
        var td = node("td", col.num ? "num" : null);
        var content = col.cell ? col.cell(row) : col.value(row);
        if (content instanceof Node) { td.appendChild(content); }
        else if (content !== null && content !== undefined) { td.textContent = String(content); }
        tr.appendChild(td);
      });
      var key = spec.search ? String(spec.search(row)) : "";
      return { row: row, tr: tr, plain: key.normalize("NFC").toLowerCase(), folded: fold(key) };
    });
    var fragment = document.createDocumentFragment();
    items.forEach(function (it) { fragment.appendChild(it.tr); });
    tbody.appendChild(fragment);

    function count() {
      var shown = 0;
      items.forEach(function (it) { if (!it.tr.hidden) { shown += 1; } });
      counter.textContent = fmt("shown", { shown: shown, total: items.length });
    }

    function sortBy(c, dir) {
      var col = spec.columns[c];
      var sign = dir === "ascending" ? 1 : -1;
      var keyed = items.map(function (it, i) { return { it: it, k: col.value(it.row), i: i }; });
      keyed.sort(function (a, b) {
        var x = a.k, y = b.k, r;
        var xEmpty = x === null || x === undefined || x === "", yEmpty = y === null || y === undefined || y === "";
        if (xEmpty || yEmpty) { r = xEmpty === yEmpty ? 0 : (xEmpty ? 1 : -1); return r || a.i - b.i; }
        if (typeof x === "number" && typeof y === "number") { r = x - y; }
        else { r = collator.compare(String(x), String(y)); }
        return sign * r || a.i - b.i;
      });
      items = keyed.map(function (k) { return k.it; });
      var frag = document.createDocumentFragment();
      items.forEach(function (it) { frag.appendChild(it.tr); });
      tbody.appendChild(frag);
      headers.forEach(function (th, i) {
        if (i === c) { th.setAttribute("aria-sort", dir); } else { th.removeAttribute("aria-sort"); }
      });
    }

    if (input) {
      var timer = null;
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var q = input.value.trim();
          var plainQ = q.normalize("NFC").toLowerCase();
          var foldedQ = fold(q);
          // A query typed without tone marks matches with or without them ("gan dan" finds "Gần dân").
          var exact = plainQ !== foldedQ;
          items.forEach(function (it) {
            it.tr.hidden = q !== "" && (exact ? it.plain.indexOf(plainQ) < 0 : it.folded.indexOf(foldedQ) < 0);
          });
          count();
        }, 80);
      });
    }
    if (spec.sort) { sortBy(spec.sort[0], spec.sort[1]); }
    count();
    return tableEl;
  }

  function list(values) {
    var ul = node("ul", "plain");
    values.forEach(function (v) { if (v) { ul.appendChild(node("li", null, v)); } });
    return ul;
  }

  function nameCell(name, others) {
    var wrap = node("div");
    wrap.appendChild(node("strong", null, name));
    if (others && others.length) { wrap.appendChild(node("span", "alias", others.join(" · "))); }
    return wrap;
  }

  function missingNotice(kind, host) {
    if (data.meta.missing.indexOf(kind) >= 0) {
      host.appendChild(node("p", "empty", t["missing_" + kind]));
      return true;
    }
    return false;
  }

  function chart(id, spec) {
    var host = document.getElementById(id);
    if (!spec) { host.appendChild(node("p", "empty", t.no_chart)); return; }
    window.vegaEmbed(host, spec, { actions: false, renderer: "svg", mode: "vega-lite" })
      .then(function () { host.setAttribute("data-rendered", "true"); })
      .catch(function (err) {
        host.appendChild(node("p", "notice", fmt("chart_error", { error: err && err.message })));
      });
  }

  // --- header and notices ---------------------------------------------------------
  var meta = data.meta;
  var period = meta.since || meta.until ? day(meta.since) + " – " + day(meta.last_day) : t.period_any;
  document.getElementById("subtitle").textContent =
    fmt("subtitle", { articles: articles.length, sites: meta.site_count, period: period });
  document.getElementById("generated").textContent =
    fmt("generated", { time: meta.generated_at.replace("T", " "), store: meta.store }) +
    (meta.sites.length ? " · " + fmt("filters", { filters: meta.sites.join(", ") }) : "");
  var notices = document.getElementById("notices");
  if (!articles.length) { notices.appendChild(node("p", "notice empty-corpus", t.empty_corpus)); }
  if (meta.missing.length) {
    notices.appendChild(node("p", "notice missing-analyses", fmt("missing", {
      analyses: meta.missing.map(function (k) { return t["missing_" + k]; }).join("; "),
    })));
  }
  if (meta.sources.entities) {
    var ents = meta.sources.entities;
    notices.appendChild(node("p", "muted", fmt("source_entities", {
      version: ents.version, articles: ents.articles,
      resolver: t["resolver_" + ents.resolver] || ents.resolver,
    })));
  }
  if (meta.sources.themes) {
    notices.appendChild(node("p", "muted", fmt("source_themes", {
      version: meta.sources.themes.version, articles: meta.sources.themes.articles,
      outliers: meta.theme_outliers,
    })));
  }

  // --- overview -------------------------------------------------------------------
  chart("chart-overview", data.charts.overview);
  if (meta.undated) {
    document.getElementById("overview-note").textContent = fmt("undated", { n: meta.undated });
  }

  var dateCols = function () {
    return [
      { label: t.col_first, value: function (r) { return r.first_seen || ""; },
        cell: function (r) { return day(r.first_seen); } },
      { label: t.col_last, value: function (r) { return r.last_seen || ""; },
        cell: function (r) { return day(r.last_seen); } },
    ];
  };
  var articlesCol = {
    label: t.col_articles, value: function (r) { return r.articles.length; },
    cell: function (r) { return articleList(r.articles); },
  };

  // --- initiatives ----------------------------------------------------------------
  var host = document.getElementById("table-initiatives");
  if (!missingNotice("entities", host)) {
    table(host, {
      id: "initiatives-table", rows: data.initiatives, emptyText: t.no_entities,
      search: function (r) { return [r.name, r.kind].concat(r.variants || []).join(" "); },
      sort: [2, "descending"],
      columns: [
        { label: t.col_name, value: function (r) { return r.name; },
          cell: function (r) { return nameCell(r.name, (r.variants || []).filter(function (v) { return v !== r.name; })); } },
        { label: t.col_kind, value: function (r) { return r.kind || ""; } },
        { label: t.col_mentions, num: true, value: function (r) { return r.mentions; } },
        { label: t.col_site, value: function (r) { return (r.sites || []).join(", "); },
          cell: function (r) { return list(r.sites || []); } },
      ].concat(dateCols(), [
        { label: t.col_trend, value: function (r) { return r.articles.length; },
          cell: function (r) { return sparkline(r.by_month); } },
        articlesCol,
      ]),
    });
  }

  // --- people ---------------------------------------------------------------------
  host = document.getElementById("table-people");
  if (!missingNotice("entities", host)) {
    table(host, {
      id: "people-table", rows: data.people, emptyText: t.no_entities,
      search: function (r) {
        return [r.name].concat(r.aliases || [], (r.titles || []).map(function (x) { return (x.title || "") + " " + (x.organization || ""); })).join(" ");
      },
      sort: [3, "descending"],
      columns: [
        { label: t.col_name, value: function (r) { return r.name; },
          cell: function (r) { return nameCell(r.name, r.aliases); } },
        { label: t.col_titles, value: function (r) { return (r.titles || []).map(function (x) { return x.title || ""; }).join(", "); },
          cell: function (r) {
            return list((r.titles || []).map(function (x) {
              return [x.title, x.organization].filter(Boolean).join(", ");
            }));
          } },
        { label: t.col_orgs, value: function (r) { return orgsOf(r).join(", "); },
          cell: function (r) { return list(orgsOf(r)); } },
        { label: t.col_mentions, num: true, value: function (r) { return r.mentions; } },
      ].concat(dateCols(), [
        { label: t.col_quotes, value: function (r) { return (r.quotes || []).length; },
          cell: function (r) {
            var wrap = node("div");
            (r.quotes || []).forEach(function (q) {
              wrap.appendChild(node("blockquote", null, q.text));
              if (q.article !== null && q.article !== undefined) { wrap.appendChild(articleLink(q.article)); }
            });
            return wrap;
          } },
        articlesCol,
      ]),
    });
  }
  function orgsOf(r) {
    var seen = [];
    (r.titles || []).forEach(function (x) {
      if (x.organization && seen.indexOf(x.organization) < 0) { seen.push(x.organization); }
    });
    return seen;
  }

  // --- organisations --------------------------------------------------------------
  host = document.getElementById("table-organizations");
  if (!missingNotice("entities", host)) {
    table(host, {
      id: "organizations-table", rows: data.organizations, emptyText: t.no_entities,
      search: function (r) { return r.name; }, sort: [1, "descending"],
      columns: [
        { label: t.col_name, value: function (r) { return r.name; } },
        { label: t.col_mentions, num: true, value: function (r) { return r.mentions; } },
      ].concat(dateCols(), [articlesCol]),
    });
  }

  // --- themes ---------------------------------------------------------------------
  host = document.getElementById("table-themes");
  if (missingNotice("themes", host)) {
    document.getElementById("chart-themes").hidden = true;
  } else {
    chart("chart-themes", data.charts.themes);
    table(host, {
      id: "themes-table", rows: data.themes, emptyText: t.no_rows, sort: [1, "descending"],
      columns: [
        { label: t.col_theme, value: function (r) { return r.name || r.label; },
          cell: function (r) { return nameCell(r.name || r.label, r.name ? [r.label] : []); } },
        { label: t.col_size, num: true, value: function (r) { return r.size; } },
        { label: t.col_site, value: function (r) { return Object.keys(r.by_site || {}).join(", "); },
          cell: function (r) {
            var sites = r.by_site || {};
            return list(Object.keys(sites).map(function (s) {
              return (s || t.unknown_site) + " (" + sites[s] + ")";
            }));
          } },
        { label: t.col_terms, value: function (r) { return (r.top_terms || []).join(", "); },
          cell: function (r) { return node("span", "terms", (r.top_terms || []).join(", ")); } },
        { label: t.col_reps, value: function (r) { return r.representatives.length; },
          cell: function (r) {
            var ul = node("ul", "plain");
            r.representatives.forEach(function (i) {
              var li = node("li");
              li.appendChild(articleLink(i));
              ul.appendChild(li);
            });
            return ul;
          } },
      ],
    });
  }

  // --- acronyms -------------------------------------------------------------------
  host = document.getElementById("table-acronyms");
  if (!missingNotice("entities", host)) {
    table(host, {
      id: "acronyms-table", rows: data.acronyms, emptyText: t.no_entities,
      search: function (r) { return r.short + " " + (r.long || ""); }, sort: [0, "ascending"],
      columns: [
        { label: t.col_short, value: function (r) { return r.short; },
          cell: function (r) { return node("strong", null, r.short); } },
        { label: t.col_long, value: function (r) { return r.long || ""; } },
        { label: t.col_mentions, num: true, value: function (r) { return r.mentions; } },
        articlesCol,
      ],
    });
  }

  // --- articles -------------------------------------------------------------------
  var themeLabel = function (row) {
    var th = row[A_THEME] === null || row[A_THEME] === undefined ? null : data.themes[row[A_THEME]];
    return th ? th.name || th.label : "";
  };
  var articleIndex = articles.map(function (row, i) { return i; });
  table(document.getElementById("table-articles"), {
    id: "articles-table", rows: articleIndex, emptyText: t.empty_corpus,
    placeholder: t.search, sort: [0, "descending"],
    search: function (i) {
      var r = articles[i];
      return [r[A_TITLE], r[A_SITE], r[A_SECTION], (r[A_AUTHORS] || []).join(" "), r[A_ID], themeLabel(r)].join(" ");
    },
    columns: [
      { label: t.col_published, value: function (i) { return articles[i][A_PUB] || ""; },
        cell: function (i) { return day(articles[i][A_PUB]); } },
      { label: t.col_title, value: function (i) { return articles[i][A_TITLE]; },
        cell: function (i) { return articleLink(i); } },
      { label: t.col_site, value: function (i) { return articles[i][A_SITE]; } },
      { label: t.col_section, value: function (i) { return articles[i][A_SECTION]; } },
      { label: t.col_authors, value: function (i) { return (articles[i][A_AUTHORS] || []).join(", "); } },
    ].concat(data.themes.length ? [
      { label: t.col_theme, value: function (i) { return themeLabel(articles[i]); } },
    ] : []),
  });
  document.documentElement.setAttribute("data-report-ready", "true");
})();
