// The offline copy. Registered as sw.js?v=<build> by every page (src/site.rs): the build's whole
// list of pages and files (precache.json) goes into a cache named after the build; the previous
// build's cache is dropped once this one is in charge, so two builds never mix. Pages come from
// the network when there is one (a new build's pages then register its worker) and from the
// copy without; every other file, named after its contents, from the copy first.
"use strict";
var BUILD = new URL(location.href).searchParams.get("v") || "dev";
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
      return hit || Response.redirect(new URL("zh/404/", registration.scope).href, 302);
    });
  }));
});
