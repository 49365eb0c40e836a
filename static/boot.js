// Start-up watchdog, outside the wasm module: if the module fails to load or start, the reader
// sees a message instead of a blank page. A panic inside the app is reported by its own hook.
(function () {
  "use strict";
  function fail(detail) {
    var app = document.getElementById("app");
    if (app && app.childElementCount > 0 && !detail) return;
    var box = document.getElementById("fatal");
    var boot = document.getElementById("boot");
    if (boot) boot.hidden = true;
    if (box) box.hidden = false;
    var d = document.getElementById("fatal-detail");
    if (d && detail) d.textContent = String(detail);
  }
  window.addEventListener("error", function (e) {
    // Only failures before the app has rendered are start-up failures.
    var app = document.getElementById("app");
    if (!app || app.childElementCount === 0) fail(e.message || (e.target && e.target.src) || "load error");
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    var app = document.getElementById("app");
    if (!app || app.childElementCount === 0) fail(e.reason && (e.reason.message || e.reason));
  });
})();
