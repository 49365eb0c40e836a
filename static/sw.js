// The offline copy. Every page registers sw.js?v=<build>&missing=<page> (src/site.rs): the
// build's list of pages and files (precache.json) goes into a cache named after the build; the
// previous build's cache is dropped once this one is in charge, so two builds never mix. Pages
// come from the network when there is one (a new build's pages then register its worker), else
// from the copy, else the page `missing` names; other files, named by their contents, copy first.
"use strict";
var ASKED = new URL(location.href).searchParams, BUILD = ASKED.get("v") || "dev";
var PREFIX = "jincheng-report-";
var CACHE = PREFIX + BUILD;

self.addEventListener("install", function (event) {
  event.waitUntil(
    fetch("precache.json", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (files) { return caches.open(CACHE).then(function (c) { return c.addAll(files); }); })
      .then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k.indexOf(PREFIX) === 0 && k !== CACHE; })
          .map(function (k) { return caches.delete(k); }));
      })
      .then(function () { return self.clients.claim(); })
  );
});

self.addEventListener("fetch", function (event) {
  var req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== location.origin) return;
  var fromCopy = caches.open(CACHE).then(function (c) {
    // A page by its address, whatever its query (an embed's ?theme=).
    return c.match(req, { ignoreSearch: req.mode === "navigate" });
  });
  if (req.mode !== "navigate") {
    event.respondWith(fromCopy.then(function (hit) { return hit || fetch(req); }));
    return;
  }
  event.respondWith(fetch(req).catch(function () {
    return fromCopy.then(function (hit) {
      // Offline and not in the copy: a page the site does not have.
      return hit || Response.redirect(new URL(ASKED.get("missing") || "", registration.scope).href, 302);
    });
  }));
});
