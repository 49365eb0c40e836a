// The offline copy. Registered as sw.js?v=<build> (src/site.rs): the build's whole list of pages
// and files (precache.json) goes into a cache named after the build, and the previous build's
// cache is dropped once this one is in charge, so two builds never mix.
"use strict";
var BUILD = new URL(location.href).searchParams.get("v") || "dev";
var PREFIX = "jincheng-report-";
var CACHE = PREFIX + BUILD;

self.addEventListener("install", function (event) {
  event.waitUntil(
    fetch("precache.json", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (files) { return caches.open(CACHE).then(function (c) { return c.addAll(files); }); })
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
  var page = req.mode === "navigate";
  event.respondWith(
    caches.open(CACHE).then(function (c) {
      // A page by its address, whatever its query (an embed's ?theme=).
      return c.match(req, { ignoreSearch: page }).then(function (hit) {
        return hit || fetch(req).catch(function (err) {
          // Offline and not in the copy: a page the site does not have.
          if (page) return Response.redirect(new URL("zh/404/", registration.scope).href, 302);
          throw err;
        });
      });
    })
  );
});
