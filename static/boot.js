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

  // A first screen now shown: the loading note goes, and the page takes its language and title
  // (as the app sets them: the header's title); its language link goes to this address in the
  // other language, as the app's does (a deep link's screen was drawn for its view's address).
  function shown(screen) {
    var note = document.getElementById("boot-loading");
    if (note) note.hidden = true;
    document.documentElement.lang = screen.lang;
    screen.querySelectorAll("a.lang-switch").forEach(function (a) {
      a.setAttribute("href", a.getAttribute("href").replace(/#.*$/, "") + location.hash);
    });
    var title = screen.querySelector(".brand-title");
    if (title) document.title = title.textContent;
  }

  // The link the reader followed to get here (see the "jincheng-route" event below), where the
  // app keeps it focused: the navigation and the footer stay from one view to the next.
  function focusFollowed(screen, href) {
    var link = href && screen.querySelector('.site-nav a[href="' + href + '"], .site-footer a[href="' + href + '"]');
    if (link) link.focus({ preventScroll: true });
  }

  // Each drawing of a first screen; an older one still on its way is dropped.
  var generation = 0;

  // Draws the first screen decided on <html> for the address (static/head.template.js), if the
  // build drew one; then focuses the link `focusHref` in it, if there is one.
  function routeFirstScreen(focusHref) {
    var mine = ++generation;
    var boot = document.getElementById("boot");
    // As decided now: a link followed later decides again.
    var d = Object.assign({}, document.documentElement.dataset), slug = d.screen, lang = d.lang;
    // Offline, the first screens are not in the offline copy: the module (which is) draws. And
    // if the address changed since it was decided, the start script has started the app.
    if (!boot || !d.screenUrl || !window.fetch || navigator.onLine === false || location.hash !== d.hash) return;
    boot.setAttribute("data-defer", "");
    function giveUp() {
      if (mine !== generation) return;
      boot.removeAttribute("data-defer");
      document.dispatchEvent(new Event("jincheng-start"));
    }
    // The files the head script preloaded (static/head.template.js): the view, and for a
    // figure's link its details. Only first screens of this build (src/prerender.rs FILE_MARK):
    // some hosts answer a missing file with index.html.
    function get(url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.text();
      }).then(function (text) {
        if (text.indexOf("<!--jincheng-first-screen-->") !== 0) throw new Error("not a first screen: " + url);
        return text;
      });
    }
    // Details that do not come (an unknown figure) leave the view to be shown, and the app to
    // explain.
    Promise.all([get(d.screenUrl), d.detailUrl ? get(d.detailUrl).catch(function () { return ""; }) : ""]).then(function (files) {
      // Gone if the module started meanwhile, or the reader followed another link.
      if (mine !== generation || !boot.isConnected || location.hash !== d.hash) return;
      var screen = document.createElement("div");
      screen.className = "first-screen";
      screen.setAttribute("data-lang", lang);
      // Not part of the page: removed, not hidden, when the reader leaves (start.template.js).
      screen.setAttribute("data-fetched", "");
      screen.lang = lang === "zh" ? "zh-CN" : "en";
      // The build's own markup, from the components (text escaped there): not reader input.
      screen.innerHTML = files[0];
      boot.insertBefore(screen, boot.firstChild);
      shown(screen);
      // Where the app would go first: a county's details (src/views/counties.rs), a deep link's
      // figure, sentence or chart (src/views/report.rs, sectors.rs). A target that is not there
      // (an unknown figure, sentence or chart) is the app's to explain.
      var details = /^counties-/.test(slug) && screen.querySelector("#county-details h2");
      if (details) details.scrollIntoView({ block: "nearest" });
      var deep = d.target || d.sentence;
      var target = d.sentence ? markSentence(screen, +d.sentence) : d.target && screen.querySelector(d.target);
      if (deep && !target) return giveUp();
      if (target) {
        // As the app places them: a sentence in the middle, anything else at the top.
        var block = d.sentence ? "center" : "start";
        target.scrollIntoView({ block: block });
        var y = window.scrollY;
        // Again after the next frames, unless the reader has moved: the charts around it, drawn
        // only near the screen (content-visibility), replace their estimated heights.
        requestAnimationFrame(function () {
          requestAnimationFrame(function () {
            if (boot.isConnected && Math.abs(window.scrollY - y) < 2) target.scrollIntoView({ block: block });
          });
        });
      }
      if (d.detailUrl) {
        // A figure's link: its details, where and as the report view shows them, and the figure
        // focused as the app does. That focus is no reader reaching for the page (data-placed,
        // see static/start.template.js): the module keeps waiting.
        var reader = screen.querySelector(".reader");
        if (!files[1] || !reader) return giveUp();
        reader.insertAdjacentHTML("beforeend", files[1]);
        target.classList.add("hl", "selected");
        target.setAttribute("aria-expanded", "true");
        target.setAttribute("data-placed", "");
        target.focus({ preventScroll: true });
      }
      if (!target) focusFollowed(screen, focusHref);
      if (/^embed-/.test(slug)) reportHeight(/^embed-map/.test(slug) ? "map" : slug.slice(6), boot);
    }).catch(giveUp);
  }

  // Marks the sentence starting at char `start` of the report, as the report view does for a
  // sentence's link (src/views/report.rs: each piece of its text in a mark.sentence), from what
  // each block states (data-at, data-sentences: src/model/reader.rs `sentence_offsets`).
  // Positions count characters (code points), as the app does. Returns the first mark, or null
  // if no sentence starts there.
  function markSentence(screen, start) {
    var blocks = screen.querySelectorAll(".report-text [data-sentences]");
    for (var i = 0; i < blocks.length; i++) {
      var at = +blocks[i].getAttribute("data-at");
      var pairs = blocks[i].getAttribute("data-sentences").split(" ");
      for (var j = 0; j < pairs.length; j++) {
        var p = pairs[j].split("-");
        if (at + +p[0] === start) return wrapText(blocks[i], +p[0], +p[1]);
      }
    }
    return null;
  }

  function wrapText(block, from, to) {
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT), node, pos = 0, pieces = [];
    while ((node = walker.nextNode())) {
      var chars = Array.from(node.data), end = pos + chars.length;
      if (end > from && pos < to) {
        // In UTF-16 units, as the DOM counts.
        var a = chars.slice(0, Math.max(from - pos, 0)).join("").length;
        var b = chars.slice(0, Math.min(to, end) - pos).join("").length;
        pieces.push([node, a, b]);
      }
      pos = end;
    }
    var first = null;
    pieces.forEach(function (piece) {
      var range = document.createRange();
      range.setStart(piece[0], piece[1]);
      range.setEnd(piece[0], piece[2]);
      var mark = document.createElement("mark");
      mark.className = "sentence";
      range.surroundContents(mark);
      first = first || mark;
    });
    return first;
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

  // Every view, embed and deep link but the overview (which is in the page): the build wrote its
  // first screen to a file (src/prerender.rs), in each language and chart layout (and a figure's
  // details to one of their own). The page shows it as soon as it arrives and leaves the module
  // to static/start.template.js, which starts it when the reader reaches for something. Anything
  // unusual (a route without a file, a parameter the app would warn about, a file that does not
  // come, a deep link's target not in it) gets the module at once, which says what is wrong.
  routeFirstScreen(null);
  // A link followed before the module has come (static/start.template.js, which starts it, has
  // cleared the page and shows the loading note): the new address's first screen, if the build
  // drew one, until the app takes over.
  document.addEventListener("jincheng-route", function (e) {
    if (!window.jinchengFirstScreen) return;
    var focus = e.detail && e.detail.focus;
    if (window.jinchengFirstScreen(location.hash) !== "overview") return routeFirstScreen(focus);
    // Back to the overview, which is part of this page (hidden when the reader left it).
    generation++;
    var boot = document.getElementById("boot");
    var overview = boot && boot.querySelector(".first-screen:not([data-fetched])");
    if (!overview) return;
    overview.hidden = false;
    shown(overview);
    focusFollowed(overview, focus);
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
