// Search over every page of the site, in the page's language, answered in
// the browser from the index files `thanrak build` writes under search/
// (see SearchFiles.swift). The files are small scripts rather than JSON,
// because browsers refuse fetch() for a site opened from disk.
//
// A query is split into words as the index was. Thai has no spaces: a
// chunk such as ผ้าไหมมัดหมี่ is split by Intl.Segmenter where the browser
// has it, and any piece the index does not know is then split into the
// longest words the index does know (ผ้า · ไหม · มัด · หมี่). A piece left
// over at the end matches the words it begins, so results come while the
// reader is still typing. Every word must be on a page for it to match;
// pages rank by where the words are (title 3, names and summary 2, body 1).
(function () {
  "use strict";
  var form = document.querySelector("form.search-form[data-shards]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var more = document.querySelector(".search-more");
  var data = form.dataset;
  var shards = new Set(data.shards ? data.shards.split(" ") : []);
  var stop = new Set(data.stop ? data.stop.split(" ") : []);
  var block = Number(data.block) || 64;
  var pageSize = 20;
  var words = new Map();   // shard key → { word: postings }
  var entries = new Map(); // block number → [[href, title, context], …]
  var loading = new Map(); // file → Promise

  window.thanrakSearch = {
    words: function (key, table) { words.set(key, table); },
    entries: function (n, rows) { entries.set(n, rows); }
  };

  // Resolves when the script has run (or failed: a missing file is no words).
  function load(src) {
    if (!loading.has(src)) {
      loading.set(src, new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = script.onerror = function () { resolve(); };
        document.head.appendChild(script);
      }));
    }
    return loading.get(src);
  }

  function shardKey(word) {
    var hex = word.codePointAt(0).toString(16);
    return hex.length < 4 ? "0000".slice(hex.length) + hex : hex;
  }

  async function shardOf(word) {
    var key = shardKey(word);
    if (!shards.has(key)) return {};
    if (!words.has(key)) await load(data.words + key + ".js");
    return words.get(key) || {};
  }

  var has = Object.prototype.hasOwnProperty;

  // The same rules as SearchWords.swift: lower case, Thai digits as
  // Arabic ones, numbers without thousands separators.
  function normalize(word) {
    var s = word.normalize("NFC").toLowerCase().replace(/[\u0E50-\u0E59]/g, function (d) {
      return String.fromCharCode(d.charCodeAt(0) - 0x0E50 + 48);
    });
    if (/^[0-9][0-9,.]*$/.test(s)) s = s.replace(/,/g, "");
    return s;
  }

  var segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("th", { granularity: "word" }) : null;

  function pieces(query) {
    var chunks = query.normalize("NFC").match(/[0-9\u0E50-\u0E59]+(?:[,.][0-9\u0E50-\u0E59]+)*|[\p{L}\p{M}\p{N}'\u2019]+/gu) || [];
    var out = [];
    chunks.forEach(function (chunk) {
      if (!segmenter) { out.push(chunk); return; }
      for (var s of segmenter.segment(chunk)) if (s.isWordLike) out.push(s.segment);
    });
    return out.map(normalize).filter(function (w) { return w && !stop.has(w); });
  }

  // The index's words for one piece: itself if known, else the longest
  // known words from its start; a tail no known word starts is a prefix.
  async function terms(piece) {
    var table = await shardOf(piece);
    if (has.call(table, piece)) return [{ word: piece, prefix: false }];
    var out = [];
    var at = 0;
    while (at < piece.length) {
      var rest = piece.slice(at);
      table = await shardOf(rest);
      var found = 0;
      for (var n = Math.min(rest.length, 40); n > 0 && found === 0; n--) {
        var candidate = rest.slice(0, n);
        if (has.call(table, candidate) || (n > 1 && stop.has(candidate))) found = n;
      }
      if (found === 0) { out.push({ word: rest, prefix: true }); break; }
      var word = rest.slice(0, found);
      if (!stop.has(word)) out.push({ word: word, prefix: false });
      at += found;
    }
    return out;
  }

  // entry → best weight, for one term.
  function decode(postings, into, within) {
    var entry = 0;
    for (var i = 0; i < postings.length; i++) {
      entry += postings[i] >> 2;
      var weight = postings[i] & 3;
      if (within && !within.has(entry)) continue;
      if ((into.get(entry) || 0) < weight) into.set(entry, weight);
    }
  }

  // entry → best weight for one term; only entries in `within` when given.
  async function matches(term, within) {
    var table = await shardOf(term.word);
    var found = new Map();
    if (!term.prefix) {
      if (has.call(table, term.word)) decode(table[term.word], found, within);
      return found;
    }
    for (var w in table) if (w.startsWith(term.word)) decode(table[w], found, within);
    return found;
  }

  async function search(query) {
    var all = [];
    for (var piece of pieces(query)) all = all.concat(await terms(piece));
    if (all.length === 0) return [];
    // The last word may still be being typed: it also matches longer
    // words. One letter alone would match most of a shard, so a single
    // letter is a prefix only after other words have narrowed the pages.
    var last = all[all.length - 1];
    if (Array.from(last.word).length > 1 || all.length > 1) last.prefix = true;
    else last.prefix = false;
    var scores = null;
    for (var term of all) {
      var found = await matches(term, scores);
      if (scores === null) { scores = found; continue; }
      var next = new Map();
      scores.forEach(function (score, entry) {
        if (found.has(entry)) next.set(entry, score + found.get(entry));
      });
      scores = next;
      if (scores.size === 0) break;
    }
    return Array.from(scores).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).map(function (e) { return e[0]; });
  }

  async function entry(n) {
    var b = Math.floor(n / block);
    if (!entries.has(b)) await load(data.entries + b + ".js");
    var rows = entries.get(b) || [];
    return rows[n - b * block];
  }

  var results = [];
  var shown = 0;
  var current = 0;

  async function show(count, run) {
    var end = Math.min(results.length, shown + count);
    var rows = await Promise.all(results.slice(shown, end).map(entry));
    if (run !== current) return;
    rows.forEach(function (row) {
      if (!row) return;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = row[0];
      a.textContent = row[1];
      li.appendChild(a);
      if (row[2]) {
        var p = document.createElement("p");
        p.className = "search-context";
        p.textContent = row[2];
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    shown = end;
    more.hidden = shown >= results.length;
  }

  function message(template, query, count) {
    return template.replace("{q}", query).replace("{n}", count.toLocaleString("en-US"));
  }

  async function run(query) {
    var id = ++current;
    query = query.trim();
    list.textContent = "";
    more.hidden = true;
    results = [];
    shown = 0;
    if (!query) { status.textContent = ""; return; }
    status.textContent = data.loading;
    var found = await search(query);
    if (id !== current) return;
    results = found;
    status.textContent = message(found.length === 0 ? data.none : found.length === 1 ? data.foundOne : data.found, query, found.length);
    await show(pageSize, id);
  }

  function remember(query) {
    try {
      var url = new URL(window.location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      window.history.replaceState(null, "", url.href);
    } catch (e) { /* pages opened from disk may not change their address */ }
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { remember(input.value.trim()); run(input.value); }, 200);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value.trim());
    run(input.value);
  });
  more.addEventListener("click", function () { show(pageSize, current); });

  var initial = new URLSearchParams(window.location.search).get("q") || "";
  if (initial) { input.value = initial; run(initial); }
})();
