// In <head>, so the downloads start as early as trunk's preload links would: on every route
// without a first screen (deep links) the module is needed at once. (Where there is one, the
// module waits for the reader, see static/start.template.js; the overview's test is the picker's
// in index.html, the list is the one static/boot.js reads.)
// scripts/csp.py fills in the addresses and integrity and allows this script by its hash.
const screens = " " + (document.querySelector('meta[name="first-screens"]')?.content || "") + " ";
const route = /^#\/([a-z0-9-]+(?:\/[a-z0-9-]+)*)$/.exec(location.hash);
const overview = /^(#\/?)?$/.test(location.hash);
if (!overview && !(route && screens.includes(" " + route[1].replace(/\//g, "-") + " "))) {
  for (const [rel, href, integrity] of [["modulepreload", "__GLUE__", "__GLUE_INTEGRITY__"], ["preload", "__WASM__", "__WASM_INTEGRITY__"]]) {
    const link = document.createElement("link");
    link.rel = rel;
    link.href = href;
    link.integrity = integrity;
    link.crossOrigin = "anonymous";
    if (rel === "preload") {
      link.as = "fetch";
      link.type = "application/wasm";
    }
    document.head.appendChild(link);
  }
}
