// Outside the wasm module on purpose: whatever happens to the app, this script can still tell
// the reader. It (1) shows a message if the module fails to load or start, offering to drop a
// possibly corrupt offline copy, and (2) registers the service worker and offers to reload when
// a new build has arrived.
(function () {
  "use strict";
  var zh = (document.documentElement.lang || "zh").indexOf("zh") === 0;

  function appStarted() {
    var app = document.getElementById("app");
    return !!(app && app.childElementCount > 0);
  }

  function clearOfflineCopy() {
    var jobs = [];
    if (window.caches) jobs.push(caches.keys().then(function (ks) {
      return Promise.all(ks.map(function (k) { return caches.delete(k); }));
    }));
    if (navigator.serviceWorker) jobs.push(navigator.serviceWorker.getRegistrations().then(function (rs) {
      return Promise.all(rs.map(function (r) { return r.unregister(); }));
    }));
    return Promise.all(jobs);
  }

  function fail(detail) {
    var box = document.getElementById("fatal");
    var boot = document.getElementById("boot");
    if (boot) boot.hidden = true;
    if (box) box.hidden = false;
    var d = document.getElementById("fatal-detail");
    if (d && detail) d.textContent = String(detail);
    var reset = document.getElementById("fatal-reset");
    if (reset) reset.onclick = function () {
      clearOfflineCopy().then(function () { location.reload(); });
    };
  }

  window.addEventListener("error", function (e) {
    // A script error, or a script that failed to load; a missing icon or image is no failure.
    var script = e.target && e.target.tagName === "SCRIPT";
    if (!(e instanceof ErrorEvent) && !script) return;
    if (!appStarted()) fail(e.message || (script && e.target.src) || "load error");
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    if (!appStarted()) fail(e.reason && (e.reason.message || e.reason));
  });

  // Service worker: only over http(s) and where the browser has one (not file://, not some
  // private modes); the app works the same without it, only not offline.
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;

  function offerReload(worker) {
    if (document.getElementById("update")) return;
    var bar = document.createElement("div");
    bar.id = "update";
    bar.className = "update";
    bar.setAttribute("role", "status");
    var text = document.createElement("span");
    text.textContent = zh ? "有新版本。" : "A new version is available.";
    var btn = document.createElement("button");
    btn.type = "button";
    btn.className = "button";
    btn.textContent = zh ? "重新加载" : "Reload";
    btn.onclick = function () { worker.postMessage("skip-waiting"); };
    bar.appendChild(text);
    bar.appendChild(btn);
    document.body.appendChild(bar);
  }

  window.addEventListener("load", function () {
    navigator.serviceWorker.register("sw.js").then(function (reg) {
      if (reg.waiting && navigator.serviceWorker.controller) offerReload(reg.waiting);
      reg.addEventListener("updatefound", function () {
        var w = reg.installing;
        if (!w) return;
        w.addEventListener("statechange", function () {
          // Installed while another build controls the page: a new deployment has arrived.
          if (w.state === "installed" && navigator.serviceWorker.controller) offerReload(w);
        });
      });
    }).catch(function () { /* no offline copy; the app still works */ });
    var reloading = false;
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      if (reloading || !document.getElementById("update")) return;
      reloading = true;
      location.reload();
    });
  });
})();
