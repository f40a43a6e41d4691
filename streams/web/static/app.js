/* conflict-streams live page: polls /api/regions, renders the table and sparklines, and opens the
 * incidents, stocks and sentences behind any number (/api/regions/{code}).
 *
 * Deep links: ?window=all|1d|7d|30d  ?region=CODE[&measure=killed]  ?now=YYYY-MM-DD (pin the day).
 * Numbers are in cells carrying data-region, data-measure, data-window and data-value.
 * Everything is built with DOM calls (text from news articles is never parsed as HTML).
 */
"use strict";

(() => {
  const POLL_MS = 2000;
  const WINDOWS = ["all", "1d", "7d", "30d"];
  const WINDOW_LABEL = { all: "all time", "1d": "last day", "7d": "last 7 days", "30d": "last 30 days" };
  const MEASURES = [
    { key: "killed", label: "Killed", figure: "killed" },
    { key: "killed_unverified", label: "Killed, unverified claims", figure: "killed_unverified", cls: "claim" },
    { key: "wounded", label: "Wounded", figure: "wounded" },
    { key: "displaced_incident", label: "Displaced (new)", figure: "displaced" },
    { key: "displaced_cumulative", label: "Displaced stock (cumulative)", cls: "stock" },
    { key: "incidents", label: "Incidents" },
    { key: "articles", label: "Articles" },
  ];
  const MEASURE = Object.fromEntries(MEASURES.map((m) => [m.key, m]));
  const QUALIFIER = {
    exact: "",
    at_least: "at least",
    more_than: "more than",
    approx: "about",
    up_to: "up to",
    range: "range, lower bound",
  };
  const fmt = new Intl.NumberFormat("en-US");

  const params = new URLSearchParams(location.search);
  const view = {
    window: WINDOWS.includes(params.get("window")) ? params.get("window") : "all",
    region: params.get("region") || null,
    measure: MEASURE[params.get("measure")] ? params.get("measure") : "killed",
    now: /^\d{4}-\d{2}-\d{2}$/.test(params.get("now") || "") ? params.get("now") : null,
  };
  let listJson = null;
  let list = null;
  let detailJson = null;
  let detail = null;
  let previous = new Map(); // "code|measure" -> value, to flag changes
  let timer = null;

  const $ = (id) => document.getElementById(id);

  /** h("tag", {attr: value, class: "x", dataset: {...}}, ...children) */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "dataset") Object.assign(el.dataset, v);
      else if (k === "onclick") el.addEventListener("click", v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  const svg = (tag, attrs) => {
    const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
    return el;
  };

  const num = (v) => fmt.format(v || 0);
  const qualified = (value, qualifier) => {
    const q = QUALIFIER[qualifier] || "";
    return q ? `${q} ${num(value)}` : num(value);
  };
  const TYPE = {
    armed_clash: "Armed clash",
    shelling_artillery: "Shelling / artillery",
    airstrike_drone: "Airstrike / drone",
    bombing_explosion: "Bombing / explosion",
    attack_on_civilians: "Attack on civilians",
    massacre: "Massacre",
    displacement: "Displacement",
    other_violence: "Other violence",
  };
  const humanType = (t) => TYPE[t] || (t || "").replace(/_/g, " ");
  const safeUrl = (u) => (typeof u === "string" && /^https?:\/\//i.test(u) ? u : null);

  function syncUrl() {
    const p = new URLSearchParams();
    if (view.window !== "all") p.set("window", view.window);
    if (view.region) {
      p.set("region", view.region);
      p.set("measure", view.measure);
    }
    if (view.now) p.set("now", view.now);
    const qs = p.toString();
    history.replaceState(null, "", qs ? `?${qs}` : location.pathname);
  }

  async function getJson(url) {
    const response = await fetch(url, { cache: "no-store", headers: { Accept: "application/json" } });
    const text = await response.text();
    if (!response.ok) {
      let message = `${response.status} ${response.statusText}`;
      try {
        message = JSON.parse(text).error || message;
      } catch (_) {
        /* not JSON */
      }
      const err = new Error(message);
      err.status = response.status;
      throw err;
    }
    return text;
  }

  /* ---------- the table ---------- */

  function sparkline(series, code) {
    const w = 150;
    const hgt = 30;
    const n = series.length || 30;
    const bw = w / n;
    const max = Math.max(1, ...series.map((d) => (d.killed || 0) + (d.killed_unverified || 0)));
    const total = series.reduce((a, d) => a + (d.killed || 0), 0);
    const claims = series.reduce((a, d) => a + (d.killed_unverified || 0), 0);
    const peak = series.reduce((best, d) => ((d.killed || 0) > (best ? best.killed : -1) ? d : best), null);
    const label =
      `${code}: ${num(total)} killed (verified) over the 30 days` +
      (claims ? `, plus ${num(claims)} in unverified claims` : "") +
      (peak && peak.killed ? `; most on ${peak.date} (${num(peak.killed)})` : "");
    const el = svg("svg", {
      viewBox: `0 0 ${w} ${hgt}`,
      width: w,
      height: hgt,
      role: "img",
      "aria-label": label,
      class: "sparkline",
    });
    const title = svg("title");
    title.textContent = label;
    el.append(title);
    el.append(svg("line", { x1: 0, x2: w, y1: hgt - 0.5, y2: hgt - 0.5, class: "base" }));
    series.forEach((d, i) => {
      const k = d.killed || 0;
      const u = d.killed_unverified || 0;
      const hk = (k / max) * (hgt - 2);
      const hu = (u / max) * (hgt - 2);
      const x = i * bw + 0.5;
      if (k > 0) el.append(svg("rect", { x, y: hgt - 1 - hk, width: Math.max(1, bw - 1), height: hk, class: "k" }));
      if (u > 0)
        el.append(svg("rect", { x, y: hgt - 1 - hk - hu, width: Math.max(1, bw - 1), height: hu, class: "u" }));
      if (k === 0 && u === 0 && ((d.wounded || 0) > 0 || (d.displaced || 0) > 0))
        el.append(svg("rect", { x, y: hgt - 3, width: Math.max(1, bw - 1), height: 2, class: "o" }));
    });
    return el;
  }

  /** The region's 30 days in the drill-down: killed per day (verified solid, claims on top), and
   *  wounded / new displacement marked under the axis. */
  function chart(series) {
    const w = 460;
    const top = 14;
    const ch = 64;
    const hgt = top + ch + 28;
    const n = series.length || 30;
    const bw = w / n;
    const max = Math.max(1, ...series.map((d) => (d.killed || 0) + (d.killed_unverified || 0)));
    const el = svg("svg", {
      viewBox: `0 0 ${w} ${hgt}`,
      class: "chart",
      role: "img",
      "aria-label": `Killed per day, ${series.length ? series[0].date : ""} to ${series.length ? series[series.length - 1].date : ""}; peak ${num(max)}`,
    });
    const text = (x, y, str, anchor) => {
      const t = svg("text", { x, y, "text-anchor": anchor || "start" });
      t.textContent = str;
      return t;
    };
    el.append(svg("line", { x1: 0, x2: w, y1: top + ch + 0.5, y2: top + ch + 0.5, class: "base" }));
    el.append(svg("line", { x1: 0, x2: w, y1: top + 0.5, y2: top + 0.5, class: "grid" }));
    el.append(text(0, top - 4, `peak ${num(max)} killed per day (claims included)`));
    series.forEach((d, i) => {
      const k = d.killed || 0;
      const u = d.killed_unverified || 0;
      const hk = (k / max) * ch;
      const hu = (u / max) * ch;
      const x = i * bw + 1;
      const bar = Math.max(1, bw - 2);
      const g = svg("g", {});
      const title = svg("title");
      title.textContent = `${d.date}: killed ${num(k)}, unverified claims ${num(u)}, wounded ${num(d.wounded)}, displaced ${num(d.displaced)}`;
      g.append(title);
      g.append(svg("rect", { x: i * bw, y: top, width: bw, height: ch, class: "hit" }));
      if (k) g.append(svg("rect", { x, y: top + ch - hk, width: bar, height: hk, class: "k" }));
      if (u) g.append(svg("rect", { x, y: top + ch - hk - hu, width: bar, height: hu, class: "u" }));
      if (d.wounded) g.append(svg("rect", { x, y: top + ch + 3, width: bar, height: 3, class: "w" }));
      if (d.displaced) g.append(svg("rect", { x, y: top + ch + 8, width: bar, height: 3, class: "o" }));
      el.append(g);
    });
    if (series.length) {
      el.append(text(0, hgt - 2, series[0].date));
      el.append(text(w, hgt - 2, series[series.length - 1].date, "end"));
    }
    return h(
      "figure",
      { class: "chart-box" },
      el,
      h(
        "figcaption",
        {},
        h("span", { class: "sw k" }), "killed ",
        h("span", { class: "sw u" }), "unverified claims ",
        h("span", { class: "sw w" }), "wounded ",
        h("span", { class: "sw o" }), "displaced (new), per day",
      ),
    );
  }

  function cell(code, m, value) {
    const key = `${code}|${m.key}`;
    const changed = previous.has(key) && previous.get(key) !== value;
    const selected = view.region === code && view.measure === m.key;
    return h(
      "td",
      { class: `num ${m.cls || ""} ${value ? "" : "zero"}` },
      h(
        "button",
        {
          type: "button",
          class: `cell${changed ? " changed" : ""}${selected ? " selected" : ""}`,
          "data-testid": `cell-${code}-${m.key}`,
          "aria-pressed": selected ? "true" : "false",
          title: `${m.label}, ${WINDOW_LABEL[view.window]}: show the incidents behind it`,
          dataset: { region: code, measure: m.key, window: view.window, value: String(value) },
          onclick: () => openDetail(code, m.key),
        },
        num(value),
      ),
    );
  }

  function renderList() {
    const rows = $("rows");
    const focused = document.activeElement && document.activeElement.dataset;
    const refocus = focused && focused.region ? `${focused.region}|${focused.measure || ""}` : null;
    const codes = Object.keys(list.regions);
    const names = list.names || {};
    const next = new Map();
    const trs = codes.map((code) => {
      const m = list.regions[code][view.window];
      MEASURES.forEach((x) => next.set(`${code}|${x.key}`, m[x.key]));
      return h(
        "tr",
        {
          dataset: { region: code },
          "data-testid": `row-${code}`,
          class: `${view.region === code ? "open" : ""} ${MEASURES.some((x) => m[x.key]) ? "" : "quiet"}`,
        },
        h(
          "th",
          { scope: "row", class: "region" },
          h(
            "button",
            {
              type: "button",
              class: "region-link",
              dataset: { region: code },
              title: `Open ${code}: incidents, sources and evidence`,
              onclick: () => openDetail(code, view.region === code ? view.measure : "killed"),
            },
            code,
          ),
          names[code] ? h("span", { class: "name", title: names[code] }, names[code]) : null,
        ),
        MEASURES.map((x) => cell(code, x, m[x.key])),
        h("td", { class: "spark" }, sparkline(list.series[code] || [], code)),
      );
    });
    rows.replaceChildren(...trs);
    previous = next;
    $("region-count").textContent = codes.length ? `(${codes.length})` : "";
    $("empty").hidden = codes.length > 0;
    $("totals").classList.toggle("is-empty", codes.length === 0);
    $("as-of").textContent = list.now || "no data yet";
    $("as-of").dataset.now = list.now || "";
    $("as-of").title = list.partial
      ? "Partial: a worker did not answer (partitions are moving); its regions return on the next update"
      : "";
    document.body.dataset.partial = list.partial ? "yes" : "no";
    $("spark-head").title = `Killed per day over the 30 days ending ${list.now || "on the as-of day"}; verified solid, unverified claims hatched`;
    document.body.dataset.state = codes.length ? "ready" : "empty";
    document.body.dataset.window = view.window;
    if (refocus) {
      const [code, measure] = refocus.split("|");
      const sel = measure
        ? `button.cell[data-region="${CSS.escape(code)}"][data-measure="${CSS.escape(measure)}"]`
        : `button.region-link[data-region="${CSS.escape(code)}"]`;
      const el = rows.querySelector(sel);
      if (el) el.focus({ preventScroll: true });
    }
  }

  /* ---------- the drill-down ---------- */

  function openDetail(code, measure) {
    const changed = view.region !== code;
    view.region = code;
    view.measure = measure;
    syncUrl();
    if (changed) {
      detail = null;
      detailJson = null;
      $("detail-body").replaceChildren(h("p", { class: "loading" }, "Loading…"));
    } else if (detail) {
      renderDetail();
    }
    if (list) renderList();
    $("detail").hidden = false;
    document.body.classList.add("with-detail");
    $("detail").focus({ preventScroll: true });
    refreshDetail();
  }

  function closeDetail() {
    const code = view.region;
    view.region = null;
    detail = null;
    detailJson = null;
    syncUrl();
    $("detail").hidden = true;
    document.body.classList.remove("with-detail");
    if (list) renderList();
    const back = code && document.querySelector(`button.region-link[data-region="${CSS.escape(code)}"]`);
    if (back) back.focus();
  }

  function badge(text, cls, title) {
    return h("span", { class: `badge ${cls}`, title }, text);
  }

  function reportItem(r, background) {
    const url = safeUrl(r.url);
    const figures = [];
    if (r.killed !== null) figures.push(`killed ${num(r.killed)}`);
    if (r.wounded !== null) figures.push(`wounded ${num(r.wounded)}`);
    if (r.displaced !== null)
      figures.push(`displaced ${num(r.displaced)}${r.displaced_kind ? ` (${r.displaced_kind})` : ""}`);
    return h(
      "li",
      {
        class: `report${background ? " background" : ""}${r.verified ? "" : " unverified"}`,
        dataset: { eventId: r.event_id, articleId: r.article_id },
      },
      h(
        "div",
        { class: "report-meta" },
        background
          ? badge("background · not counted", "bg", "An earlier incident mentioned for context; it adds nothing to the totals")
          : null,
        background
          ? h("span", { class: "about" }, [r.date, humanType(r.event_type), r.place].filter(Boolean).join(" · "))
          : null,
        r.verified
          ? badge("verified", "ok", "Reported as fact or by an independent source")
          : badge("unverified claim", "claim", "One-sided or explicitly unverifiable; counted apart from verified figures"),
        r.claimed_by ? h("span", { class: "claimed" }, "claimed by ", h("strong", {}, r.claimed_by)) : null,
        figures.length ? h("span", { class: "figs" }, figures.join(" · ")) : null,
      ),
      h("blockquote", { class: "evidence", "data-testid": "evidence" }, r.evidence || "(no sentence kept)"),
      h(
        "div",
        { class: "source" },
        url
          ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, r.source || url)
          : h("span", {}, r.source || "unknown source"),
        r.published_at ? h("span", {}, ` · published ${r.published_at}`) : null,
        h("span", {}, " · article "),
        h("code", {}, r.article_id),
      ),
    );
  }

  function figureRow(label, f, cls) {
    if (!f) return null;
    return h(
      "div",
      { class: `figure ${cls || ""}` },
      h("dt", {}, label),
      h(
        "dd",
        {},
        h("strong", {}, qualified(f.value, f.qualifier)),
        h("span", { class: "from" }, " from article ", h("code", {}, f.article_id)),
      ),
    );
  }

  function incidentCard(inc, highlight) {
    const title = [inc.date || "undated", inc.event_types.map(humanType).join(", ")].join(" · ");
    return h(
      "article",
      { class: "incident", dataset: { incidentId: inc.incident_id }, "data-testid": "incident" },
      h(
        "header",
        {},
        h("h4", {}, title),
        h(
          "div",
          { class: "where" },
          inc.places.length ? inc.places.join(", ") : "place not named",
          inc.actors.length ? h("span", { class: "actors" }, ` · ${inc.actors.join(" vs ")}`) : null,
        ),
        h(
          "div",
          { class: "in-windows" },
          "counts in: ",
          inc.windows.map((w) => h("span", { class: `win${w === view.window ? " current" : ""}` }, w)),
        ),
      ),
      h(
        "dl",
        { class: "figures" },
        figureRow("Killed", inc.killed, highlight === "killed" ? "hl" : ""),
        figureRow("Killed, unverified claim", inc.killed_unverified, `claim ${highlight === "killed_unverified" ? "hl" : ""}`),
        figureRow("Wounded", inc.wounded, highlight === "wounded" ? "hl" : ""),
        figureRow("Wounded, unverified claim", inc.wounded_unverified, "claim"),
        figureRow("Displaced (new)", inc.displaced, highlight === "displaced_incident" ? "hl" : ""),
      ),
      h(
        "details",
        { class: "reports-box", open: true },
        h("summary", {}, `${inc.reports.length} report${inc.reports.length === 1 ? "" : "s"} · ${inc.article_ids.length} article${inc.article_ids.length === 1 ? "" : "s"}`),
        h("ol", { class: "reports" }, inc.reports.map((r) => reportItem(r, false))),
      ),
      inc.background.length
        ? h(
            "details",
            { class: "reports-box bg", open: true },
            h("summary", {}, `${inc.background.length} background mention${inc.background.length === 1 ? "" : "s"} (not counted)`),
            h("ol", { class: "reports" }, inc.background.map((r) => reportItem(r, true))),
          )
        : null,
    );
  }

  function stockItem(s) {
    const r = s.report;
    const counted = s.counted_in || [];
    const current = counted.includes(view.window);
    return h(
      "li",
      { class: `stock-item${current ? " current" : ""}`, "data-testid": "stock" },
      h(
        "div",
        { class: "stock-head" },
        h("strong", {}, qualified(r.displaced, s.qualifier)),
        ` ${s.unit || "people"} displaced, cumulative`,
        r.date ? ` · as reported for ${r.date}` : "",
        current
          ? badge(`counted for ${WINDOW_LABEL[view.window]}`, "ok", "This figure is the window's displaced stock")
          : badge("not the counted figure", "muted", "A better-sourced or later stock stands for this window"),
      ),
      h("ol", { class: "reports" }, reportItem(r, false)),
    );
  }

  function sum(items, f) {
    return items.reduce((a, x) => a + (f(x) || 0), 0);
  }

  function renderDetail() {
    if (!detail) return;
    const d = detail;
    const m = MEASURE[view.measure];
    const w = view.window;
    const total = (d.windows[w] || {})[m.key] || 0;
    $("detail-title").replaceChildren(
      h("span", { class: "code" }, d.region),
      h("span", { class: "name" }, d.name ? ` ${d.name}` : ""),
      h("span", { class: "sub" }, ` · ${m.label} · ${WINDOW_LABEL[w]}`),
    );
    $("detail").dataset.region = d.region;
    $("detail").dataset.measure = m.key;

    // every window of this region, every number clickable
    const grid = h(
      "table",
      { class: "mini", "data-testid": "detail-windows" },
      h("caption", {}, `${d.region} totals as of ${d.now || "—"}`),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, ""), WINDOWS.map((x) => h("th", { scope: "col", class: "num" }, x)))),
      h(
        "tbody",
        {},
        MEASURES.map((x) =>
          h(
            "tr",
            { class: x.cls || "" },
            h("th", { scope: "row" }, x.label),
            WINDOWS.map((win) =>
              h(
                "td",
                { class: "num" },
                h(
                  "button",
                  {
                    type: "button",
                    class: `mini-cell${win === w && x.key === m.key ? " selected" : ""}`,
                    dataset: { detailMeasure: x.key, detailWindow: win, value: String(d.windows[win][x.key]) },
                    onclick: () => {
                      view.measure = x.key;
                      if (view.window !== win) setWindow(win);
                      else {
                        syncUrl();
                        renderList();
                        renderDetail();
                      }
                    },
                  },
                  num(d.windows[win][x.key]),
                ),
              ),
            ),
          ),
        ),
      ),
    );

    const inWindow = d.incidents.filter((i) => i.windows.includes(w));
    const others = d.incidents.filter((i) => !i.windows.includes(w));
    const body = [grid, d.series && d.series.length ? chart(d.series) : null].filter(Boolean);

    if (m.key === "displaced_cumulative") {
      body.push(
        h("h3", {}, `Cumulative displacement reports (${d.stocks.length})`),
        h(
          "p",
          { class: "note" },
          "Stocks are never added up: the window's figure is the latest, best-sourced one dated in it.",
        ),
      );
      const archived = d.archive && d.archive.stock && w === "all" && (d.stocks.find((s) => (s.counted_in || []).includes("all")) ? null : d.archive.stock);
      if (archived)
        body.push(h("p", { class: "note" }, `The all-time figure is an archived report: ${num(archived.displaced)} (${archived.source || "unknown source"}, article ${archived.article_id}): “${archived.evidence}”`));
      body.push(d.stocks.length ? h("ol", { class: "stocks" }, d.stocks.map(stockItem)) : h("p", { class: "none" }, "No cumulative figures reported."));
    } else {
      const behind = inWindow.filter((i) => (m.figure ? i[m.figure] : true));
      const listed = m.figure ? sum(behind, (i) => i[m.figure].value) : null;
      body.push(h("h3", {}, `Behind ${num(total)}: ${behind.length} incident${behind.length === 1 ? "" : "s"}`));
      if (m.cls === "claim")
        body.push(h("p", { class: "note claim" }, "One-sided claims (e.g. a party to the fighting) that could not be verified. Kept and shown apart; never added to verified killed."));
      if (m.figure) {
        const archived = w === "all" && d.archive ? d.archive[m.key] || 0 : 0;
        body.push(
          h(
            "p",
            { class: "note", "data-testid": "reconcile" },
            `Listed figures add up to ${num(listed)}`,
            archived ? ` + ${num(archived)} from ${num(d.archive.incidents)} archived incidents (before ${d.archive.before}, no longer itemised)` : "",
            ` = ${num(listed + archived)}.`,
          ),
        );
      } else if (m.key === "articles") {
        const stocksIn = d.stocks.filter((s) => s.windows.includes(w));
        if (stocksIn.length) body.push(h("p", { class: "note" }, `Articles also count ${stocksIn.length} cumulative displacement report(s), listed below.`));
      }
      body.push(behind.length ? h("div", { class: "incidents" }, behind.map((i) => incidentCard(i, m.key))) : h("p", { class: "none" }, "No itemised incident in this window."));
      const rest = inWindow.filter((i) => !behind.includes(i)).concat(others);
      if (rest.length)
        body.push(
          h(
            "details",
            { class: "others" },
            h("summary", {}, `Other incidents in ${d.region} (${rest.length}), not behind this number`),
            h("div", { class: "incidents" }, rest.map((i) => incidentCard(i, null))),
          ),
        );
      if (d.stocks.length)
        body.push(
          h(
            "details",
            { class: "others", open: m.key === "articles" },
            h("summary", {}, `Cumulative displacement reports (${d.stocks.length})`),
            h("ol", { class: "stocks" }, d.stocks.map(stockItem)),
          ),
        );
    }
    const loose = (d.background || []).filter((r) => !(r.mentions || []).length);
    if (loose.length)
      body.push(
        h(
          "details",
          { class: "others bg", open: true },
          h("summary", {}, `Background mentions (${loose.length}), not counted`),
          h(
            "p",
            { class: "note" },
            "Earlier incidents mentioned for context. They add nothing to the totals; when the incident itself was reported, it is counted from that report.",
          ),
          h("ol", { class: "reports" }, loose.map((r) => reportItem(r, true))),
        ),
      );
    $("detail-body").replaceChildren(...body);
  }

  async function refreshDetail() {
    if (!view.region) return;
    const code = view.region;
    const now = view.now || (list && list.now);
    const url = `/api/regions/${encodeURIComponent(code)}${now ? `?now=${now}` : ""}`;
    try {
      const text = await getJson(url);
      if (view.region !== code || text === detailJson) return;
      detailJson = text;
      detail = JSON.parse(text);
      renderDetail();
    } catch (err) {
      if (view.region !== code) return;
      detail = null;
      detailJson = null;
      $("detail-title").textContent = code;
      $("detail-body").replaceChildren(
        h("p", { class: "none" }, err.status === 404 ? `No events for region ${code} yet.` : `Could not load ${code}: ${err.message}`),
      );
    }
  }

  /* ---------- polling ---------- */

  function setLive(ok, message) {
    const live = $("live");
    live.textContent = message;
    live.className = `live ${ok ? "ok" : "down"}`;
  }

  async function refresh() {
    const qs = new URLSearchParams({ window: view.window });
    if (view.now) qs.set("now", view.now);
    try {
      const text = await getJson(`/api/regions?${qs}`);
      if (text !== listJson) {
        listJson = text;
        list = JSON.parse(text);
        if (list.window === view.window) renderList();
      }
      const at = new Date();
      $("updated").textContent = at.toLocaleTimeString("en-GB");
      $("updated").dateTime = at.toISOString();
      setLive(true, view.now ? "pinned day" : "live");
      await refreshDetail();
    } catch (err) {
      setLive(false, `connection lost (${err.message}); retrying`);
      if (!list) document.body.dataset.state = "error";
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      await refresh();
      schedule();
    }, POLL_MS);
  }

  function setWindow(win) {
    view.window = win;
    document.querySelectorAll('input[name="window"]').forEach((i) => {
      i.checked = i.value === win;
    });
    syncUrl();
    listJson = null;
    if (detail) renderDetail();
    refresh().then(schedule);
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll('input[name="window"]').forEach((input) => {
      input.checked = input.value === view.window;
      input.addEventListener("change", () => setWindow(input.value));
    });
    $("close").addEventListener("click", closeDetail);
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && view.region) closeDetail();
    });
    if (view.region) openDetail(view.region, view.measure);
    refresh().then(schedule);
  });
})();
