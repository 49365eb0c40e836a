// In <head>, so the downloads start as early as trunk's preload links would: on every route but
// the overview the module is needed at once. (On the overview it waits for the reader, see
// static/start.template.js; "overview" is the same test as the picker's in index.html.)
// scripts/csp.py fills in the addresses and integrity and allows this script by its hash.
if (!/^(#\/?)?$/.test(location.hash)) {
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
