// Starts the app module. scripts/csp.py puts this in place of trunk's start-up script, with the
// module's addresses and integrity filled in, and allows it by its hash.
//
// Where the build drew the route (the overview, every view, every embed, the deep links) the
// page is already whole without the module: the first screen (prerendered by src/prerender.rs;
// shown by the picker in index.html or fetched by static/boot.js, which mark #boot with
// data-defer) has plain links, a language link, the charts, the map, the text and the data
// tables. So there the module is fetched only when the reader reaches for something: a pointer,
// focus or click on a control, a pointer over a chart mark or county, or a change of route
// (boot.js also asks for it, by the event "jincheng-start", when a first screen cannot be had or
// its deep link's target is not in it). Anywhere else it starts at once. The service worker
// fetches the same files for the offline copy after load, so by the time a reader reaches for
// something the module is usually in the cache already.
const GLUE = "__GLUE__", GLUE_INTEGRITY = "__GLUE_INTEGRITY__";
const WASM = "__WASM__", WASM_INTEGRITY = "__WASM_INTEGRITY__";

// Resolves to whether the app started. A failure is reported once (static/boot.js shows it) and
// never rejects to the callers.
let starting = null, attempts = 0, ran = false;
const report = (e) => (self.reportError ? reportError(e) : setTimeout(() => { throw e; }));
function start({ retry = true } = {}) {
  if (starting) return starting;
  // A start that failed to download (a dropped connection) is tried again when the reader next
  // reaches for something (not a pointer passing over), at most three times in all; one that
  // failed after the module ran is not (a second copy would run beside the first). The glue
  // gets a fresh address: browsers from before whatwg/html#10327 keep a failed module fetch
  // for its address (this one's Chromium fetches again either way).
  if (ran || attempts >= 3 || (attempts > 0 && !retry)) return Promise.resolve(false);
  const glueUrl = attempts++ ? `${GLUE}?retry=${attempts}` : GLUE;
  // A dynamic import() carries no integrity of its own; a module preload does, and the import
  // then takes the module it fetched (same address), so the glue code is checked as before.
  const link = document.createElement("link");
  const glue = new Promise((ok, fail) => {
    link.rel = "modulepreload";
    link.href = glueUrl;
    link.integrity = GLUE_INTEGRITY;
    link.crossOrigin = "anonymous";
    link.onload = ok;
    link.onerror = () => fail(new Error("cannot load " + glueUrl));
    document.head.appendChild(link);
  });
  // Both downloads at once: the module does not wait for the glue.
  const module = fetch(WASM, { integrity: WASM_INTEGRITY });
  starting = Promise.all([glue.then(() => import(glueUrl)), module]).then(async ([bindings]) => {
    // Both have come: the message of a failed attempt (static/boot.js) is answered. Before the
    // module runs, so that a failure of its own (src/fatal.rs) shows.
    const box = document.getElementById("fatal");
    if (box && attempts > 1) {
      box.hidden = true;
      box.classList.remove("fatal-over");
    }
    ran = true;
    const wasm = await bindings.default({ module_or_path: module });
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
    return true;
  }).catch((e) => {
    link.remove();
    starting = null;
    report(e);
    return false;
  });
  return starting;
}

const boot = document.getElementById("boot");
// Left the first screen's route before the module came (a link followed, perhaps even before
// this script ran): the page no longer matches the address. Its screen goes (nothing of it is
// carried over to the next: open tables, a tap; the overview, part of this page, is only
// hidden, for a way back), the loading note shows at the top, and static/boot.js draws the new
// address's first screen if the build drew one; and start.
const leave = () => {
  if (boot && boot.isConnected) {
    const active = document.activeElement;
    const followed = active && boot.contains(active) && active.getAttribute("href") === location.hash ? location.hash : null;
    for (const el of boot.querySelectorAll(".first-screen")) {
      if ("fetched" in el.dataset) el.remove();
      else el.hidden = true;
    }
    const note = document.getElementById("boot-loading");
    if (note) note.hidden = false;
    scrollTo(0, 0);
    document.dispatchEvent(new CustomEvent("jincheng-route", { detail: { focus: followed } }));
  }
  return start();
};
if (!boot || !("defer" in boot.dataset)) {
  start();
} else {
  // static/boot.js gives up on a first screen (a file that did not come) with this.
  document.addEventListener("jincheng-start", () => start().then((ok) => settle(ok)));
  // The app's twin of an element of the first screen: the same id, mark, county, table toggle
  // or choice, else the link or button with the same address and words (in the same chart).
  const twin = (el) => {
    const chart = el.closest("[data-chart]");
    const scope = chart ? `#app [data-chart="${chart.dataset.chart}"] ` : "#app ";
    if (el.id) return document.getElementById(el.id);
    if (el.dataset.figure) return document.querySelector(`${scope}[data-figure="${el.dataset.figure}"]`);
    if (el.dataset.county) return document.querySelector(`#app [data-county="${el.dataset.county}"]`);
    if (el.tagName === "DETAILS") return document.querySelector(`${scope}details`);
    if (el.tagName === "INPUT" && el.type === "radio") return document.querySelector(`#app input[name="${el.name}"][value="${el.value}"]`);
    return Array.from(document.querySelectorAll(`${scope}a[href], ${scope}button`)).find(
      (x) => x.tagName === el.tagName && x.getAttribute("href") === el.getAttribute("href") && x.textContent === el.textContent,
    );
  };
  const CONTROL = "a[href], button, input, summary, [role=button], [tabindex]";
  // What the reader had focused, and a tap on a control that only the app can answer (a chart
  // mark, a county, a figure in the text, an action): carried over to the app when it takes
  // over. What the page itself kept (open tables, the map's measure) is copied over as state.
  let focused = null, tapped = null;
  document.addEventListener("focusin", (e) => { if (boot.contains(e.target)) focused = e.target; });
  // While such a tap waits for the module, the page says so (styles/main.css: a bar at the top
  // after 150 ms, a busy cursor; aria-busy for assistive technology): on a slow network the
  // answer can be seconds away.
  const waiting = (on) => {
    document.documentElement.toggleAttribute("data-waiting", on);
    boot.setAttribute("aria-busy", String(on));
  };
  document.addEventListener("click", (e) => {
    const el = e.target instanceof Element && e.target.closest("button, [role=button]");
    if (!el || !boot.contains(el)) return;
    tapped = el;
    if (starting && !done) waiting(true);
  }, true);
  // Where the reader had scrolled: the app's first render has the first screen's length, but
  // the moment between the two may have clamped the scroll.
  let scrolled = scrollY;
  addEventListener("scroll", () => { if (boot.isConnected) scrolled = scrollY; }, { passive: true });
  let done = false;
  const settle = (ok) => {
    waiting(false);
    if (ok) takeOver();
  };
  const takeOver = () => {
    if (done || boot.isConnected) return;
    done = true;
    // Unless the app drew afresh, as no first screen for this address was showing (a link
    // followed, its screen not yet come, or its hashchange not yet handled): src/lib.rs decides
    // and says so (data-taken-over). Then nothing is carried over, and the app has placed the
    // view itself.
    if (!document.documentElement.hasAttribute("data-taken-over")) return;
    const shown = boot.querySelector(".first-screen:not([hidden])");
    if (Math.abs(scrollY - scrolled) > 1) scrollTo(0, scrolled);
    for (const d of shown.querySelectorAll("details[open]")) {
      // Its toggle event builds the app's table.
      const el = twin(d);
      if (el) el.open = true;
    }
    for (const r of shown.querySelectorAll("input[type=radio]:checked")) {
      const el = twin(r);
      if (el && !el.checked) el.click();
    }
    if (focused && focused.type === "search" && focused.value) {
      // Typed into the search box before the app could search: the app searches it now.
      const el = twin(focused);
      if (el) {
        el.value = focused.value;
        el.dispatchEvent(new InputEvent("input", { bubbles: true }));
      }
    }
    if (focused && document.activeElement === document.body) {
      const el = twin(focused);
      if (el) el.focus({ preventScroll: true });
    }
    if (tapped) {
      const el = twin(tapped);
      if (el) el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    }
    focused = tapped = null;
  };
  const reach = (e) => {
    // The figure a figure's link focuses (static/boot.js, data-placed), as the app would: that
    // focus, and its return with the window's (a tab brought to the front), are not the reader.
    if (e.type === "focusin" && !e.relatedTarget && e.target instanceof Element && e.target.hasAttribute("data-placed")) return;
    const el = e.target instanceof Element && e.target.closest(e.type === "pointerover" ? "[data-figure], [data-county]" : CONTROL);
    if (!el || !boot.contains(el)) return;
    // The language link reloads the page in the other language: nothing to start for it,
    // unless a keyboard reader is only passing by.
    if (el.classList.contains("lang-switch") && !(e.type === "focusin" && el.matches(":focus-visible"))) return;
    start({ retry: e.type !== "pointerover" }).then((ok) => settle(ok));
  };
  // A click too: Enter on the figure focused for the reader is their first reach.
  for (const type of ["pointerdown", "pointerover", "focusin", "click"]) document.addEventListener(type, reach, { passive: true });
  document.addEventListener("click", (e) => {
    // The language link, as the app switches (src/app.rs): the same address in the other
    // language, other parameters kept, and the choice remembered.
    const switcher = e.target instanceof Element && e.target.closest("a.lang-switch");
    if (!switcher || !boot.contains(switcher) || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const other = (switcher.getAttribute("hreflang") || "").slice(0, 2);
    if (other !== "zh" && other !== "en") return;
    e.preventDefault();
    try { localStorage.setItem("jincheng-report-lang", other); } catch (err) { /* not remembered */ }
    const params = new URLSearchParams(location.search);
    params.delete("lang");
    location.href = `${location.pathname}?lang=${other}${params.toString() ? "&" + params : ""}${location.hash}`;
  });
  document.addEventListener("click", (e) => {
    // The skip link's target is an id, which the app's hash router would read as a route.
    const skip = e.target instanceof Element && e.target.closest("a.skip");
    const main = skip && boot.contains(skip) && boot.querySelector(".first-screen:not([hidden]) #main");
    if (!main) return;
    e.preventDefault();
    main.focus();
  });
  // Nothing of this page is carried over to another one (nor its waiting tap); the next
  // page's is.
  const follow = () => {
    focused = tapped = null;
    waiting(false);
    leave().then((ok) => settle(ok));
  };
  addEventListener("hashchange", follow);
  // A link followed before this script ran.
  if (location.hash !== document.documentElement.dataset.hash) follow();
}
