// Service worker: the whole app, precached under a cache named after the build, so that a new
// deployment replaces the old files all at once and never mixes two builds. Generated into dist/
// by scripts/service-worker.sh, which fills in BUILD and FILES.
"use strict";
const BUILD = "__BUILD__";
const FILES = __FILES__;
const PREFIX = "jincheng-report-";
const CACHE = PREFIX + BUILD;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// The page asks a waiting worker to take over when the reader accepts the update.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  // Any page of the app is index.html: the routes live in the hash.
  const key = req.mode === "navigate" ? new URL("./", self.location).href : req;
  event.respondWith(
    caches.open(CACHE)
      .then((c) => c.match(key, { ignoreSearch: req.mode === "navigate" }))
      .then((hit) => hit || fetch(req))
  );
});
