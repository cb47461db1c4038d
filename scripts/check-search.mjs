// Runs the built site's search page script (assets/search.js) in Node
// against the site's own index files, as a browser would from disk, and
// checks what readers would type: Thai without spaces, a word still being
// typed, Thai digits, English on the English pages, and a miss.
//
//   node scripts/check-search.mjs SITE_FOLDER
//
// The DOM is a small stand-in (the script touches a form, an input, a
// status line, a list and a button, and adds <script> elements, which
// here are read from disk and run). Exits 1 on the first wrong answer.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

const site = process.argv[2];
if (!site) { console.error("usage: check-search.mjs SITE_FOLDER"); process.exit(2); }

function element(attributes = {}) {
  return {
    attributes, children: [], hidden: false, textContent: "", listeners: {},
    getAttribute(name) { return this.attributes[name] ?? null; },
    addEventListener(type, f) { this.listeners[type] = f; },
    appendChild(child) { this.children.push(child); return child; },
    querySelector() { return this.input; },
    set textContent(v) { this._text = v; if (v === "") this.children = []; },
    get textContent() { return this._text ?? ""; },
  };
}

/// Loads the search page in `language` folder ("" or "en/") with `query`;
/// resolves with the status line and the results (href, title).
async function search(folder, query) {
  const page = path.join(site, folder, "search", "index.html");
  const html = fs.readFileSync(page, "utf8");
  const form = html.match(/<form class="search-form"[^>]*>/)[0];
  const dataset = {};
  for (const [, name, value] of form.matchAll(/ data-([a-z-]+)="([^"]*)"/g)) {
    const key = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    dataset[key] = value.replace(/&amp;/g, "&").replace(/&quot;/g, "\"").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'");
  }
  const formElement = element(); formElement.dataset = dataset;
  formElement.input = element(); formElement.input.value = "";
  const status = element(), list = element(), more = element();
  const pageDir = path.dirname(page);
  const context = {
    URL, URLSearchParams, Intl, Promise, Map, Set, Array, Object, String, Number, Math, console,
    setTimeout, clearTimeout,
  };
  context.window = context;
  context.location = { href: "file://" + page + "?q=" + encodeURIComponent(query), search: "?q=" + encodeURIComponent(query) };
  context.history = { replaceState() {} };
  context.document = {
    head: {
      appendChild(script) {
        const file = path.join(pageDir, script.src);
        setTimeout(() => {
          if (!fs.existsSync(file)) { script.onerror(); return; }
          vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
          script.onload();
        }, 0);
      },
    },
    createElement(tag) { const e = element(); e.tag = tag; return e; },
    querySelector(selector) {
      if (selector.startsWith("form.search-form")) return formElement;
      if (selector === ".search-status") return status;
      if (selector === ".search-results") return list;
      if (selector === ".search-more") return more;
      return null;
    },
  };
  vm.createContext(context);
  const script = path.join(site, "assets", "search.js");
  vm.runInContext(fs.readFileSync(script, "utf8"), context, { filename: script });
  for (let i = 0; i < 400 && (status.textContent === "" || status.textContent === dataset.loading); i++) {
    await new Promise((r) => setTimeout(r, 5));
  }
  // The status comes first, then the result entries' files load.
  await new Promise((r) => setTimeout(r, 100));
  const results = list.children.map((li) => ({ href: li.children[0].href, title: li.children[0].textContent }));
  return { status: status.textContent, results, more: !more.hidden };
}

let failures = 0;
function expect(ok, what, got) {
  if (ok) { console.log("ok    " + what); return; }
  failures++;
  console.log("FAIL  " + what + "\n      got: " + JSON.stringify(got));
}

const silk = await search("", "ผ้าไหม");
expect(silk.results[0]?.href === "../communities/ban-si-o/index.html", "ผ้าไหม: the silk weavers first", silk);
const joined = await search("", "ทอผ้าไหมบ้านสีออ");
expect(joined.results[0]?.href === "../communities/ban-si-o/index.html", "Thai without spaces is split into words", joined);
const typing = await search("", "ย้อมคร");
expect(typing.results.some((r) => r.href === "../communities/ban-chiang/index.html"), "a word still being typed (ย้อมคร…) finds คราม", typing);
const arabic = await search("", "2567"), thai = await search("", "๒๕๖๗");
expect(arabic.results.length > 0 && JSON.stringify(arabic.results) === JSON.stringify(thai.results), "Thai digits find the same pages as Arabic ones", [arabic.results.length, thai.results.length]);
const english = await search("en/", "weaving");
expect(english.results[0]?.href === "../../en/communities/ban-si-o/index.html" && english.results[0].title.includes("Weaving"), "English pages find English words, titles in English", english);
const thaiOnEnglish = await search("en/", "ผ้าไหม");
expect(thaiOnEnglish.results.length > 0, "English pages find Thai text they show", thaiOnEnglish);
const miss = await search("", "xyzzy");
expect(miss.results.length === 0 && miss.status.includes("ไม่พบ"), "a word no page has: no results, and says so", miss);
const stopOnly = await search("", "ที่และ");
expect(stopOnly.results.length === 0 && stopOnly.status.includes("ไม่พบ"), "only stop words: no results, and says so", stopOnly);
const many = await search("", "จังหวัด");
expect(many.results.length === 20 && many.more, "many results: 20 shown, the rest behind the button", [many.results.length, many.more, many.status]);

if (failures > 0) { console.log(failures + " search check(s) failed"); process.exit(1); }
console.log("search: all checks passed");
