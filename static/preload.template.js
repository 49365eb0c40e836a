// In <head>, so the downloads start as early as trunk's preload links would: on every route but
// the overview and the embeds the module is needed at once. (There it waits for the reader, see
// static/start.template.js; the tests are those of the picker in index.html and of
// static/boot.js.)
// scripts/csp.py fills in the addresses and integrity and allows this script by its hash.
if (!/^(#\/?)?$/.test(location.hash) && !/^#\/embed\/(?:map\/(\d{6})|([a-z0-9-]+))$/.test(location.hash)) {
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
