/* Rasd's map page: plain JS, no framework, no build step, no internet (every asset is served by the app).
 *
 * State lives in the URL query (filters, view, selected event, language, tiles), so a view can be shared.
 *   loadAll()      filters -> /api/events (paged by cursor) -> markers + list;  /api/stats -> timeline
 *   showEvent(id)  /api/events/{id} -> detail panel with the Arabic article highlighted at the event's spans
 *   Extract view   POST /api/extract -> its events, highlighted in the pasted text
 */
"use strict";

const TYPES = [
  "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments",
];
const COLOURS = {
  "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e", "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c", "Riots": "#8c564b", "Strategic developments": "#1f77b4",
};
const FILTERS = ["date_from", "date_to", "country", "event_type", "actor", "q", "min_confidence"];
const MAP_MAX = 5000;   // events drawn at most (the list and exports say how many match)
const LIST_STEP = 200;  // list items rendered at a time
// span fields -> highlight class; later entries win when spans overlap (evidence is the background)
const SPAN_CLASS = {
  evidence: "hl-evidence", attribution: "hl-attribution", date: "hl-date", location: "hl-location",
  actor1: "hl-actor", actor2: "hl-actor", claimed_by: "hl-actor", fatalities: "hl-number", injured: "hl-number",
  abducted: "hl-number", trigger: "hl-trigger",
};
const SPAN_ORDER = Object.keys(SPAN_CLASS);

const state = { lang: "en", events: [], total: 0, shown: 0, config: {}, extractDoc: null, extractText: "" };
const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

function t(key) {
  const table = window.RASD_I18N[state.lang] || window.RASD_I18N.en;
  return table[key] ?? window.RASD_I18N.en[key] ?? key;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}

async function api(path, options) {
  const resp = await fetch(path, options);
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) {
    const err = body.error || { code: String(resp.status), message: resp.statusText };
    throw new Error(err.message || err.code);
  }
  return body;
}

/* ---- URL state ----------------------------------------------------------------------------------- */

function params() { return new URLSearchParams(location.search); }

function filterQuery({ dates = true } = {}) {
  const p = params(), out = new URLSearchParams();
  for (const k of FILTERS) {
    if (!dates && (k === "date_from" || k === "date_to")) continue;
    const v = p.get(k);
    if (v && !(k === "min_confidence" && Number(v) === 0)) out.set(k, v);
  }
  for (const s of p.getAll("status")) out.append("status", s);
  return out;
}

function setParams(changes, { replace = false } = {}) {
  const p = params();
  for (const [k, v] of Object.entries(changes)) {
    p.delete(k);
    for (const item of Array.isArray(v) ? v : [v]) if (item !== null && item !== undefined && item !== "") p.append(k, item);
  }
  const url = `${location.pathname}?${p.toString()}`;
  (replace ? history.replaceState : history.pushState).call(history, null, "", url);
}

/* ---- language --------------------------------------------------------------------------------------- */

function applyLang() {
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
  for (const node of $$("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  $("#lang-toggle").textContent = state.lang === "ar" ? "English" : "العربية";
  const typeSel = $("#filters [name=event_type]");
  for (const opt of typeSel.options) if (opt.value) opt.textContent = t(opt.value);
  drawLegend();
}

/* ---- the map ----------------------------------------------------------------------------------------- */

let map, clusters, regions;

function initMap() {
  map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 18 }).setView([31, 42], 5);
  const tiles = params().get("tiles") || state.config.tiles;
  if (tiles) L.tileLayer(tiles, { maxZoom: 18, attribution: "tiles: " + new URL(tiles, location.href).host }).addTo(map);
  fetch("/static/vendor/world/countries-50m.geojson").then((r) => r.json()).then((world) => {
    L.geoJSON(world, {
      interactive: false,
      style: { color: "#8a8f98", weight: 0.8, fillColor: tiles ? "transparent" : "#f3f1ea", fillOpacity: tiles ? 0 : 1 },
    }).addTo(map).bringToBack();
  });
  map.attributionControl.addAttribution("Borders: Natural Earth");
  regions = L.layerGroup().addTo(map);
  clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 }).addTo(map);
}

function markerSize(ev) {
  const dead = ev.fatalities || 0;
  return Math.round(12 + Math.min(26, 6 * Math.sqrt(dead)));
}

function drawMarkers(events) {
  clusters.clearLayers();
  regions.clearLayers();
  const points = [], bounds = [];
  let nRegions = 0;
  for (const ev of events) {
    const loc = ev.location;
    if (!loc || loc.lat === null || loc.lon === null) continue;
    const colour = COLOURS[ev.event_type], latlng = [loc.lat, loc.lon];
    bounds.push(latlng);
    const tip = `${t(ev.event_type)} · ${ev.date || "?"} · ${loc.name || loc.text}`;
    if (loc.geo_precision === 3) {  // only the region is known: draw the region, not a pin
      const region = L.circle(latlng, {
        radius: 60000, color: colour, weight: 2, dashArray: "6 4", fillColor: colour, fillOpacity: 0.15,
        className: `rasd-region ev-${ev.id}`,
      }).bindTooltip(`${tip} (${t("region_note")})`);
      region.on("click", () => selectEvent(ev.id));
      regions.addLayer(region);
      nRegions += 1;
      continue;
    }
    const size = markerSize(ev);
    const icon = L.divIcon({
      className: "rasd-marker",
      html: `<span class="dot" data-id="${ev.id}" style="background:${colour};width:${size}px;height:${size}px"></span>`,
      iconSize: [size, size],
    });
    const marker = L.marker(latlng, { icon, title: tip, riseOnHover: true });
    marker.on("click", () => selectEvent(ev.id));
    points.push(marker);
  }
  clusters.addLayers(points);
  $("#map").dataset.markers = String(points.length);
  $("#map").dataset.regions = String(nRegions);
  if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 });
  return points.length + nRegions;
}

function drawLegend() {
  const box = $("#legend");
  box.replaceChildren(...TYPES.map((ty) => el("span", { class: "item" },
    el("i", { style: `background:${COLOURS[ty]}` }), t(ty))));
}

/* ---- the list ----------------------------------------------------------------------------------------- */

function eventItem(ev, onClick) {
  const loc = ev.location;
  const place = loc ? (loc.name || loc.text) + (loc.country ? `, ${loc.country}` : "") : t("no_place");
  return el("li", { "data-id": ev.id, class: "event", onclick: () => onClick(ev.id), tabindex: "0" },
    el("i", { class: "swatch", style: `background:${COLOURS[ev.event_type]}` }),
    el("div", { class: "line1" }, el("b", { text: ev.date || "—" }), " ", t(ev.event_type),
      ev.fatalities ? el("span", { class: "dead", text: ` · ${ev.fatalities} ${t("killed")}` }) : null),
    el("div", { class: "line2", dir: "auto", text: place }),
    el("div", { class: "line3", dir: "ltr", lang: "en", text: ev.summary_en }),
    el("div", { class: "conf" }, el("span", { style: `width:${Math.round(ev.confidence * 100)}%` })));
}

function drawList() {
  const list = $("#event-list");
  list.replaceChildren(...state.events.slice(0, state.shown).map((ev) => eventItem(ev, selectEvent)));
  if (state.shown < state.events.length) {
    list.append(el("li", { class: "more" }, el("button", { class: "link", type: "button", text: t("more"),
      onclick: () => { state.shown += LIST_STEP; drawList(); } })));
  }
  markSelected();
}

function markSelected() {
  const id = params().get("event");
  for (const li of $$(".event-list li.event")) li.classList.toggle("selected", li.dataset.id === id);
}

/* ---- the timeline ---------------------------------------------------------------------------------------- */

const DAY = 86400000;
const toDay = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const fromDay = (ms) => new Date(ms).toISOString().slice(0, 10);
let timeline = null;

function drawTimeline(byDay) {
  const svg = $("#timeline");
  const width = svg.clientWidth || 600, height = 90, pad = 18, axis = 16;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.replaceChildren();
  const ns = "http://www.w3.org/2000/svg";
  const node = (tag, attrs) => {
    const n = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    return n;
  };
  const days = Object.keys(byDay).sort();
  if (!days.length) { timeline = null; return; }
  const lo = toDay(days[0]) - DAY, hi = toDay(days[days.length - 1]) + DAY;
  const x = (ms) => pad + ((ms - lo) / (hi - lo)) * (width - 2 * pad);
  const max = Math.max(...Object.values(byDay));
  const barW = Math.min(24, Math.max(2, (width - 2 * pad) / ((hi - lo) / DAY) - 1));
  for (const d of days) {
    const h = ((height - axis - 6) * byDay[d]) / max;
    const bar = node("rect", { x: x(toDay(d)) - barW / 2, y: height - axis - h, width: barW, height: h, class: "bar", "data-day": d });
    const title = node("title", {}); title.textContent = `${d}: ${byDay[d]}`;
    bar.append(title); svg.append(bar);
  }
  svg.append(node("line", { x1: pad, x2: width - pad, y1: height - axis, y2: height - axis, class: "axis" }));
  const ticks = Math.min(6, days.length);
  for (let i = 0; i < ticks; i++) {
    const ms = lo + DAY + ((hi - lo - 2 * DAY) * i) / Math.max(1, ticks - 1);
    const label = node("text", { x: x(ms), y: height - 3, class: "tick", "text-anchor": "middle" });
    label.textContent = fromDay(Math.round(ms / DAY) * DAY);
    svg.append(label);
  }
  const brush = node("rect", { class: "brush", x: 0, y: 0, width: 0, height: height - axis });
  svg.append(brush);
  timeline = { svg, brush, lo, hi, x, invert: (px) => lo + ((px - pad) / (width - 2 * pad)) * (hi - lo), height, axis };
  showBrush();
}

function showBrush() {
  if (!timeline) return;
  const p = params(), from = p.get("date_from"), to = p.get("date_to");
  if (!from && !to) { timeline.brush.setAttribute("width", 0); return; }
  const a = timeline.x(from ? toDay(from) - DAY / 2 : timeline.lo), b = timeline.x(to ? toDay(to) + DAY / 2 : timeline.hi);
  timeline.brush.setAttribute("x", Math.min(a, b));
  timeline.brush.setAttribute("width", Math.abs(b - a));
}

function initBrush() {
  const svg = $("#timeline");
  let start = null;
  const px = (e) => {
    const r = svg.getBoundingClientRect();
    return ((e.clientX - r.left) / r.width) * (svg.viewBox.baseVal.width || r.width);
  };
  svg.addEventListener("mousedown", (e) => { if (timeline) { start = px(e); e.preventDefault(); } });
  window.addEventListener("mousemove", (e) => {
    if (start === null) return;
    const cur = px(e);
    timeline.brush.setAttribute("x", Math.min(start, cur));
    timeline.brush.setAttribute("width", Math.abs(cur - start));
  });
  window.addEventListener("mouseup", (e) => {
    if (start === null) return;
    const end = px(e), a = Math.min(start, end), b = Math.max(start, end);
    start = null;
    if (b - a < 3) { setParams({ date_from: null, date_to: null }); syncForm(); loadAll(); return; }
    const from = fromDay(Math.round(timeline.invert(a) / DAY) * DAY);
    const to = fromDay(Math.round(timeline.invert(b) / DAY) * DAY - DAY);
    setParams({ date_from: from, date_to: to < from ? from : to });
    syncForm();
    loadAll({ timeline: false });
  });
}

/* ---- filters ---------------------------------------------------------------------------------------------- */

function syncForm() {
  const p = params(), form = $("#filters");
  for (const k of FILTERS) {
    const input = form.elements[k];
    if (!input) continue;
    input.value = p.get(k) ?? (k === "min_confidence" ? "0" : "");
  }
  $("#conf-out").textContent = Number(form.elements.min_confidence.value).toFixed(2);
  const statuses = p.getAll("status");
  for (const box of $$("[name=status]", form)) box.checked = statuses.includes(box.value);
}

function initFilters() {
  const form = $("#filters"), typeSel = form.elements.event_type;
  for (const ty of TYPES) typeSel.append(el("option", { value: ty, text: t(ty) }));
  let timer = null;
  const changed = (e) => {
    if (e.target.name === "min_confidence") $("#conf-out").textContent = Number(e.target.value).toFixed(2);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changes = {};
      for (const k of FILTERS) changes[k] = form.elements[k].value;
      if (Number(changes.min_confidence) === 0) changes.min_confidence = null;
      changes.status = $$("[name=status]:checked", form).map((b) => b.value);
      setParams(changes);
      loadAll();
    }, e.type === "input" && e.target.type !== "range" ? 350 : 50);
  };
  form.addEventListener("change", changed);
  form.addEventListener("input", changed);
  form.addEventListener("submit", (e) => e.preventDefault());
  $("#reset").addEventListener("click", () => {
    const keep = {};
    for (const k of FILTERS) keep[k] = null;
    keep.status = null;
    setParams(keep); syncForm(); loadAll();
  });
  $("#brush-clear").addEventListener("click", () => { setParams({ date_from: null, date_to: null }); syncForm(); loadAll(); });
}

function fillOptions(stats) {
  const sel = $("#filters [name=country]"), current = params().get("country") || "";
  const names = Object.keys(stats.by_country);
  if (current && !names.includes(current)) names.unshift(current);
  sel.replaceChildren(el("option", { value: "", "data-i18n": "any", text: t("any") }),
    ...names.map((c) => el("option", { value: c, text: stats.by_country[c] ? `${c} (${stats.by_country[c]})` : c })));
  sel.value = current;
  $("#actor-options").replaceChildren(...Object.keys(stats.by_actor1).map((a) => el("option", { value: a })));
}

/* ---- loading ------------------------------------------------------------------------------------------------ */

let loadToken = 0;

async function loadAll({ timeline: withTimeline = true } = {}) {
  const token = ++loadToken, query = filterQuery();
  document.body.classList.add("loading");
  const qs = query.toString();
  for (const [id, path] of [["#export-csv", "/api/export.csv"], ["#export-geojson", "/api/export.geojson"]]) {
    $(id).href = qs ? `${path}?${qs}` : path;
  }
  try {
    const events = [];
    let cursor = null, total = 0;
    do {
      const p = new URLSearchParams(query);
      p.set("limit", "1000");
      if (cursor) p.set("cursor", cursor); else p.set("total", "true");
      const page = await api(`/api/events?${p}`);
      if (token !== loadToken) return;
      if (!cursor) total = page.total;
      events.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor && events.length < MAP_MAX);
    state.events = events; state.total = total; state.shown = LIST_STEP;
    const drawn = drawMarkers(events);
    const capped = events.length < total ? ` (${t("showing_first")} ${events.length})` : "";
    $("#count").textContent = `${total}${capped}`;
    const unlocated = events.length - drawn;
    $("#unlocated").textContent = unlocated ? `· ${unlocated} ${t("unlocated")}` : "";
    drawList();
    if (withTimeline) {
      const stats = await api(`/api/stats?${filterQuery({ dates: false })}`);
      if (token !== loadToken) return;
      state.byDay = stats.by_day;
      drawTimeline(stats.by_day);
      fillOptions(stats);
    } else showBrush();
    document.body.dataset.loaded = String(token);
  } catch (err) {
    $("#count").textContent = `${t("error")}: ${err.message}`;
  } finally {
    if (token === loadToken) document.body.classList.remove("loading");
  }
}

/* ---- the detail panel ---------------------------------------------------------------------------------------- */

function eventSpans(ev) {
  const spans = [];
  const add = (field, s) => { if (s && Number.isInteger(s.start) && s.end > s.start) spans.push({ field, start: s.start, end: s.end }); };
  add("evidence", ev.evidence); add("trigger", ev.trigger);
  add("actor1", ev.actor1); add("actor2", ev.actor2); add("location", ev.location);
  add("attribution", ev.attribution); add("claimed_by", ev.claimed_by);
  for (const s of ev.spans || []) add(s.field, s);
  return spans.filter((s) => SPAN_CLASS[s.field]);
}

/* The article with <mark>s at the spans' offsets (JS string offsets = Python's for text without astral chars). */
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.min(s.start, text.length)); cuts.add(Math.min(s.end, text.length)); }
  const points = [...cuts].sort((a, b) => a - b), out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1], piece = text.slice(a, b);
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    if (!over.length) { out.push(document.createTextNode(piece)); continue; }
    over.sort((x, y) => SPAN_ORDER.indexOf(x.field) - SPAN_ORDER.indexOf(y.field));
    const fields = [...new Set(over.map((s) => s.field))];
    out.push(el("mark", { class: ["hl", ...new Set(over.map((s) => SPAN_CLASS[s.field]))].join(" "),
      "data-fields": fields.join(" "), title: fields.join(", "), text: piece }));
  }
  return out;
}

function fieldRows(ev) {
  const loc = ev.location, actor = (a) => a ? `${a.name}${a.inter ? ` [${a.inter}]` : ""} — ${a.text}` : "—";
  const rows = [
    [t("event_type"), t(ev.event_type)], [t("sub_event_type"), ev.sub_event_type], [t("plover"), ev.plover],
    [t("status"), t(`st_${ev.status}`)], [t("date"), `${ev.date || "—"} (${t("precision")} ${ev.time_precision})`],
    [t("actor1"), actor(ev.actor1)], [t("actor2"), actor(ev.actor2)],
    [t("location"), loc ? `${loc.name || loc.text}${loc.admin1 ? `, ${loc.admin1}` : ""}${loc.country ? `, ${loc.country}` : ""}` +
      ` (${loc.lat ?? "?"}, ${loc.lon ?? "?"}; ${t("precision")} ${loc.geo_precision}${loc.tier ? `, ${loc.tier}` : ""})` : "—"],
    [t("fatalities"), ev.fatalities ?? "—"], [t("injured"), ev.injured ?? "—"], [t("abducted"), ev.abducted ?? "—"],
    [t("attribution"), ev.attribution ? ev.attribution.text : "—"], [t("claimed_by"), actor(ev.claimed_by)],
    [t("id"), ev.id],
  ];
  return el("table", { class: "fields" }, rows.map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", { text: String(v) }))));
}

function renderDetail(ev, article) {
  const pct = Math.round(ev.confidence * 100);
  const legend = el("div", { class: "span-legend" }, t("legend_spans"), ": ",
    ["evidence", "trigger", "actor1", "location", "date", "fatalities"].map((f) =>
      el("mark", { class: `hl ${SPAN_CLASS[f]}`, text: t(f === "actor1" ? "actor" : f === "fatalities" ? "numbers" : f) })));
  const meta = article.title || article.source || article.published
    ? el("p", { class: "muted", dir: "auto", text: [article.title, article.source, article.published].filter(Boolean).join(" · ") }) : null;
  const head = el("div", { class: "detail-head" },
    el("h2", {}, el("i", { class: "swatch", style: `background:${COLOURS[ev.event_type]}` }), t(ev.event_type), " · ", ev.sub_event_type),
    el("p", { class: "summary", lang: "en", dir: "ltr", text: ev.summary_en }),
    el("div", { class: "confidence" }, `${t("confidence")}: ${ev.confidence.toFixed(2)}`,
      el("div", { class: "conf big" }, el("span", { style: `width:${pct}%` }))),
    fieldRows(ev));
  const between = el("div", { class: "article-head" }, el("h3", { text: t("article") }), meta, legend);
  const text = el("div", { id: "article-text", class: "article", dir: "rtl", lang: "ar" }, highlighted(article.text, eventSpans(ev)));
  $("#detail-body").replaceChildren(head, between, text);
  $("#detail").hidden = false;
  if (map) map.invalidateSize();
  const first = $("#article-text mark.hl-evidence") || $("#article-text mark");
  if (first) text.scrollTop = first.offsetTop - text.offsetTop - text.clientHeight / 3;
}

async function showEvent(id) {
  try {
    const detail = await api(`/api/events/${encodeURIComponent(id)}`);
    renderDetail(detail.event, detail.article);
  } catch (err) {
    $("#detail-body").replaceChildren(el("p", { class: "error", text: `${t("error")}: ${err.message}` }));
    $("#detail").hidden = false;
  }
}

function selectEvent(id) {
  setParams({ event: id });
  markSelected();
  if (params().get("view") === "extract") {
    const ev = state.extractDoc.events.find((e) => e.id === id);
    renderDetail(ev, { text: state.extractText, title: state.extractDoc.title, published: state.extractDoc.published });
  } else showEvent(id);
}

/* ---- the Extract view ------------------------------------------------------------------------------------------ */

function initExtract() {
  $("#extract-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = $("#extract-text").value, published = $("#extract-date").value || null;
    $("#extract-status").textContent = t("extracting");
    $("#extract-list").replaceChildren();
    try {
      const doc = await api("/api/extract", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, published }),
      });
      state.extractDoc = doc; state.extractText = text;
      $("#extract-status").textContent = `${doc.events.length} ${t("found")}`;
      $("#extract-list").replaceChildren(...doc.events.map((ev) => eventItem(ev, selectEvent)));
      if (doc.events.length) selectEvent(doc.events[0].id);
    } catch (err) {
      $("#extract-status").textContent = `${t("error")}: ${err.message}`;
    }
  });
}

/* ---- views and start-up ----------------------------------------------------------------------------------------- */

function showView(view) {
  $("#view-map").hidden = view === "extract";
  $("#view-extract").hidden = view !== "extract";
  for (const b of $$(".tabs button")) b.setAttribute("aria-selected", String(b.dataset.view === view));
  document.body.dataset.view = view;
  if (view !== "extract" && map) setTimeout(() => map.invalidateSize(), 0);
}

async function start() {
  const p = params();
  state.lang = p.get("lang") || localStorage.getItem("rasd.lang") || "en";
  state.config = await api("/api/config").catch(() => ({}));
  initFilters(); syncForm(); initMap(); initBrush(); initExtract(); applyLang();
  for (const b of $$(".tabs button")) {
    b.addEventListener("click", () => { setParams({ view: b.dataset.view === "map" ? null : b.dataset.view, event: null });
      $("#detail").hidden = true; showView(b.dataset.view); });
  }
  $("#lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "ar" ? "en" : "ar";
    localStorage.setItem("rasd.lang", state.lang);
    setParams({ lang: state.lang }, { replace: true });
    applyLang(); drawList();
    if (state.events.length) drawMarkers(state.events);
  });
  $("#detail-close").addEventListener("click", () => {
    $("#detail").hidden = true; setParams({ event: null }); markSelected(); map.invalidateSize();
  });
  window.addEventListener("popstate", () => { syncForm(); loadAll(); });
  new ResizeObserver(() => { clearTimeout(state.resize); state.resize = setTimeout(() => drawTimeline(state.byDay || {}), 100); })
    .observe($("#timeline"));
  showView(p.get("view") === "extract" ? "extract" : "map");
  await loadAll();
  if (p.get("event") && p.get("view") !== "extract") showEvent(p.get("event"));
}

document.addEventListener("DOMContentLoaded", start);
