// Starts the app's module on a page the build wrote whole (src/site.rs). It knows nothing of the
// app: the page says what to load (data-* on this script) and whether to start at once
// (data-start-now on <html>); otherwise the module starts when the reader reaches for the page.
// A failure shows the page's own message, outside the app (data-fatal).
(function () {
  "use strict";
  var me = document.currentScript, d = me.dataset, root = document.documentElement;
  var reach = ["pointerdown", "pointerover", "keydown", "focusin", "touchstart", "scroll"];
  var started = false;

  function url(path) { return new URL(path, document.baseURI).href; }

  function fail(err) {
    var box = document.getElementById(d.fatal);
    if (!box) return;
    box.hidden = false;
    var detail = box.querySelector("[data-detail]");
    if (detail) detail.textContent = String((err && err.message) || err);
  }

  function start() {
    if (started) return;
    started = true;
    reach.forEach(function (e) { removeEventListener(e, start, true); });
    // The glue's integrity: a module preload carries it, and import() then uses that copy.
    var pre = document.createElement("link");
    pre.rel = "modulepreload";
    pre.href = url(d.glue);
    pre.integrity = d.glueIntegrity;
    document.head.appendChild(pre);
    import(url(d.glue)).then(function (glue) {
      return glue.default({ module_or_path: fetch(url(d.wasm), { integrity: d.wasmIntegrity }) });
    }).catch(fail);
  }

  if (root.hasAttribute("data-start-now")) start();
  else reach.forEach(function (e) { addEventListener(e, start, { capture: true, passive: true }); });

  // The offline copy: the worker's address names the build, so a new build replaces it whole.
  if ("serviceWorker" in navigator && d.sw) {
    addEventListener("load", function () { navigator.serviceWorker.register(url(d.sw)).catch(function () {}); });
  }

  // The message's button: forget the offline copy (it may be what is broken) and reload.
  document.addEventListener("click", function (e) {
    if (!e.target.closest || !e.target.closest("[data-reset]")) return;
    var done = [];
    if ("serviceWorker" in navigator) {
      done.push(navigator.serviceWorker.getRegistrations().then(function (rs) {
        return Promise.all(rs.map(function (r) { return r.unregister(); }));
      }));
    }
    if (window.caches) {
      done.push(caches.keys().then(function (ks) { return Promise.all(ks.map(function (k) { return caches.delete(k); })); }));
    }
    Promise.all(done).then(function () { location.reload(); }, function () { location.reload(); });
  });
})();
