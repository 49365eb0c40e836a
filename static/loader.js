// Starts the app's module on a page the build wrote whole (src/site.rs), knowing nothing of the
// app: the page says what to load (data-* here), whether at once (data-start-now) or when the
// reader reaches for the page, and whether it is an embed (data-embed). A failure shows the
// page's own message (data-fatal; once parsed, as an async loader may run first); a failed download
// is tried again at the next reach, at most thrice, under a fresh address (whatwg/html#10327).
(function () {
  "use strict";
  var d = document.currentScript.dataset, root = document.documentElement;
  var reach = ["pointerdown", "pointerover", "keydown", "focusin", "touchstart", "scroll"];
  var started = false, attempts = 0;
  function url(path) { return new URL(path, document.baseURI).href; }
  function box() { return document.getElementById(d.fatal); }
  function listen(on) {
    reach.forEach(function (e) { (on ? addEventListener : removeEventListener)(e, start, { capture: true, passive: true }); });
  }
  function fail(err) {
    if (document.readyState === "loading") return addEventListener("DOMContentLoaded", function () { fail(err); });
    var b = box(), detail = b && b.querySelector("[data-detail]");
    if (b) b.hidden = false;
    if (detail) detail.textContent = String((err && err.message) || err);
  }

  // The glue as wasm-bindgen wrote it: an ES module (its default export starts it), or a
  // classic script (data-glue-classic) that defines the global `wasm_bindgen`.
  function load(glue) {
    var el = document.createElement("glueClassic" in d ? "script" : "link");
    el.integrity = d.glueIntegrity;
    if (el.tagName === "LINK") {
      // A module preload carries the glue's integrity, and import() then uses that copy.
      el.rel = "modulepreload"; el.href = glue; document.head.appendChild(el);
      return import(glue).then(function (m) { return m.default; });
    }
    return new Promise(function (ok, no) {
      el.onload = function () { ok(wasm_bindgen); };
      el.onerror = function () { no(new TypeError("cannot load " + glue)); };
      el.src = glue; document.head.appendChild(el);
    });
  }

  function start() {
    if (started) return;
    started = true; attempts += 1;
    listen(false);
    load(url(d.glue) + (attempts > 1 ? "?attempt=" + attempts : "")).then(function (init) {
      return init({ module_or_path: fetch(url(d.wasm), { integrity: d.wasmIntegrity }) });
    }).then(function () {
      if (attempts > 1 && box()) box().hidden = true;
    }, function (err) {
      fail(err);
      // A download that failed (a TypeError), not a module that ran and stopped.
      if (err instanceof TypeError && attempts < 3) { started = false; listen(true); }
    });
  }
  if (root.hasAttribute("data-start-now")) start(); else listen(true);

  // An embed tells its host how tall it is, in AMP's and Datawrapper's message formats, now and
  // whenever that changes: any origin may frame it, and the height is no secret.
  if (root.dataset.embed && window.parent !== window) {
    new ResizeObserver(function () {
      var h = root.scrollHeight, dw = {};
      dw[root.dataset.embed] = h;
      parent.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
      parent.postMessage({ "datawrapper-height": dw }, "*");
    }).observe(root);
  }

  // The offline copy: the worker's address names the build, so a new build replaces it whole.
  if ("serviceWorker" in navigator && d.sw) {
    addEventListener("load", function () { navigator.serviceWorker.register(url(d.sw)).catch(function () {}); });
  }

  // The message's button: forget the offline copy (it may be what is broken) and reload.
  document.addEventListener("click", function (e) {
    if (!e.target.closest || !e.target.closest("[data-reset]")) return;
    var sw = "serviceWorker" in navigator ? navigator.serviceWorker.getRegistrations() : Promise.resolve([]);
    var done = [sw.then(function (rs) { return Promise.all(rs.map(function (r) { return r.unregister(); })); })];
    if (window.caches) done.push(caches.keys().then(function (ks) { return Promise.all(ks.map(function (k) { return caches.delete(k); })); }));
    Promise.all(done).then(function () { location.reload(); }, function () { location.reload(); });
  });
})();
