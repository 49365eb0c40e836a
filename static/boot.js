// Outside the wasm module on purpose: whatever happens to the app, this script can still tell
// the reader. It (1) shows a message if the module fails to load or start, offering to drop a
// possibly corrupt offline copy, and (2) registers the service worker and offers to reload when
// a new build has arrived.
(function () {
  "use strict";
  // The reader's language as the head script decided it (static/head.template.js).
  var zh = (document.documentElement.dataset.lang || document.documentElement.lang || "zh").indexOf("zh") === 0;

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
    // A first screen being read stays (the module failed when the reader reached for it): the
    // message goes above it, in view. Anything else (a loading note) gives way to the message.
    var reading = boot && boot.querySelector(".first-screen:not([hidden])");
    if (reading && box) {
      box.classList.add("fatal-over");
      document.body.insertBefore(box, document.body.firstChild);
    } else if (boot) boot.hidden = true;
    if (box) box.hidden = false;
    var d = document.getElementById("fatal-detail");
    if (d && detail) d.textContent = String(detail);
    var reset = document.getElementById("fatal-reset");
    if (reset) reset.onclick = function () {
      clearOfflineCopy().then(function () { location.reload(); });
    };
  }

  function routeFirstScreen() {
    var boot = document.getElementById("boot");
    var d = document.documentElement.dataset, slug = d.screen, lang = d.lang;
    // Offline, the first screens are not in the offline copy: the module (which is) draws. And
    // if the address changed since the head script decided, the start script starts the app.
    if (!boot || !d.screenUrl || !window.fetch || navigator.onLine === false || location.hash !== d.hash) return;
    boot.setAttribute("data-defer", "");
    function giveUp() {
      boot.removeAttribute("data-defer");
      document.dispatchEvent(new Event("jincheng-start"));
    }
    // The file the head script preloaded (static/head.template.js).
    fetch(d.screenUrl).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    }).then(function (html) {
      // Gone if the module started meanwhile, or the reader followed a link (the start script
      // has started the app for the new address).
      if (!boot.isConnected || location.hash !== d.hash) return;
      // Only a first screen of this build (src/prerender.rs FILE_MARK): some hosts answer a
      // missing file with index.html.
      if (html.indexOf("<!--jincheng-first-screen-->") !== 0) return giveUp();
      var screen = document.createElement("div");
      screen.className = "first-screen";
      screen.setAttribute("data-lang", lang);
      screen.lang = lang === "zh" ? "zh-CN" : "en";
      // The build's own markup, from the components (text escaped there): not reader input.
      screen.innerHTML = html;
      var note = document.getElementById("boot-loading");
      if (note) note.hidden = true;
      boot.insertBefore(screen, boot.firstChild);
      document.documentElement.lang = screen.lang;
      // The page's title in the reader's language, as the app sets it: the header's title.
      var title = screen.querySelector(".brand-title");
      if (title) document.title = title.textContent;
      // Where the app would go first: a county's details (src/views/counties.rs), a deep link's
      // figure or chart (src/views/report.rs, sectors.rs). A target that is not there (an
      // unknown figure or chart) is the app's to explain.
      var details = /^counties-/.test(slug) && screen.querySelector("#county-details h2");
      if (details) details.scrollIntoView({ block: "nearest" });
      var target = d.target && screen.querySelector(d.target);
      if (d.target && !target) return giveUp();
      if (target) {
        // Again after the next frames, unless the reader has moved: the charts around it, drawn
        // only near the screen (content-visibility), replace their estimated heights.
        target.scrollIntoView({ block: "start" });
        var y = window.scrollY;
        requestAnimationFrame(function () {
          requestAnimationFrame(function () {
            if (boot.isConnected && Math.abs(window.scrollY - y) < 2) target.scrollIntoView({ block: "start" });
          });
        });
      }
      // A figure's link: its details need the app, which starts once this is on screen.
      if ("startNow" in d) requestAnimationFrame(function () { setTimeout(function () { document.dispatchEvent(new Event("jincheng-start")); }, 0); });
      if (/^embed-/.test(slug)) reportHeight(/^embed-map/.test(slug) ? "map" : slug.slice(6), boot);
    }).catch(giveUp);
  }

  // The frame's height for the host page, in the two formats src/embed.rs sends, until the app
  // takes over (it sends the same).
  function reportHeight(id, boot) {
    if (window.parent === window) return;
    function post() {
      if (!boot.isConnected) return;
      var h = document.documentElement.scrollHeight, dw = {};
      dw[id] = h;
      window.parent.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
      window.parent.postMessage({ "datawrapper-height": dw }, "*");
    }
    post();
    if (window.ResizeObserver) {
      var o = new ResizeObserver(function () { if (boot.isConnected) post(); else o.disconnect(); });
      o.observe(document.documentElement);
    }
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

  // Every view and embed but the overview (which is in the page): the build wrote its first
  // screen to a file (src/prerender.rs), in each language and chart layout. The page shows it as
  // soon as it arrives and leaves the module to static/start.template.js, which starts it when
  // the reader reaches for something. Anything unusual (a route without a file, a parameter the
  // app would warn about, a file that does not come) gets the module at once, which says what
  // is wrong.
  routeFirstScreen();

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
