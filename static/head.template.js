// The first script of the page, in <head>: decides what this load will be, before anything is
// drawn or fetched, and says so on <html> for the scripts that follow (the picker in index.html,
// static/boot.js, static/start.template.js) and for the app:
// - data-lang: the reader's language, by the app's rule (src/app.rs `initial_lang`, which then
//   takes it from here): `?lang=` (the last valid one, as src/model/query.rs reads it), then the
//   last choice, then the browser;
// - data-screen: the route's first screen drawn at build time (src/prerender.rs): `overview`
//   (inside this page) or the name of its file (its route is listed in
//   <meta name="first-screens">); absent for other routes, and whenever a parameter is invalid
//   (the app starts at once and says so); data-screen-url, its file; data-target,
//   data-detail-url and data-sentence for the deep links drawn from a view's first screen;
//   data-layout, the charts' layout; data-hash, the address all this was decided for (decided
//   again, by boot.js, for a link followed before the module has come).
// It also applies `?theme=` and starts the downloads as early as possible: the route's first
// screen, or, where there is none, the module (as trunk's preload links did).
// scripts/csp.py fills in the addresses, integrity and the build's screens folder, and allows
// this script by its hash. A block, so that no name but `jinchengFirstScreen` reaches the page's
// global scope.
{
  const html = document.documentElement;
  const params = new URLSearchParams(location.search);
  const read = (key, ok) => {
    const all = params.getAll(key);
    return { bad: all.some((v) => !ok.test(v)), value: all.filter((v) => ok.test(v)).pop() };
  };
  const asked = read("lang", /^(zh|zh-CN|zh-Hans|en)$/), theme = read("theme", /^(light|dark)$/);
  const valid = !asked.bad && !theme.bad;
  let stored = null;
  try { stored = localStorage.getItem("jincheng-report-lang"); } catch (e) { /* storage blocked: no last choice */ }
  const lang = asked.value ? asked.value.slice(0, 2) : stored === "zh" || stored === "en" ? stored : /^zh/.test(navigator.language || "zh") ? "zh" : "en";
  html.dataset.lang = lang;
  if (theme.value) html.dataset.theme = theme.value;
  // The app's PHONE_MAX (src/components/chart_figure.rs).
  const layout = (html.dataset.layout = innerWidth < 780 ? "phone" : "desktop");

  const listed = " " + (document.querySelector('meta[name="first-screens"]')?.content || "") + " ";
  // What the build drew for an address, said on <html> (and returned): also run by static/boot.js
  // when the reader follows a link before the module has come, as the page's one global name,
  // jinchengFirstScreen.
  const decide = (hash) => {
    const d = html.dataset;
    for (const key of ["screen", "screenUrl", "target", "detailUrl", "sentence"]) delete d[key];
    d.hash = hash;
    const route = /^#\/([a-z0-9-]+(?:\/[a-z0-9-]+)*)$/.exec(hash);
    let path = route && route[1];
    // The deep links are drawn from their view's first screen, at their target (data-target):
    // a figure in the text, with its details (a file of their own, data-detail-url), a sentence
    // of the text (data-sentence: boot.js marks it as the app does), and one chart among the
    // sectors. The module waits for the reader there too.
    const figure = path && /^report\/([a-z0-9-]+)$/.exec(path);
    const sentence = path && /^report\/s\/([0-9]{1,9})$/.exec(path);
    const chart = path && /^sectors\/([a-z0-9-]+)$/.exec(path);
    if (figure) {
      path = "report";
      d.target = `[data-figure="${figure[1]}"]`;
      d.detailUrl = `__SCREENS__/figure-${figure[1]}.${lang}.html`;
    } else if (sentence) {
      path = "report";
      d.sentence = String(+sentence[1]);
    } else if (chart) {
      path = "sectors";
      d.target = `[data-chart="${chart[1]}"]`;
    }
    const overview = /^(#\/?)?$/.test(hash);
    const screen = !valid ? null : overview ? "overview" : path && listed.includes(" " + path + " ") ? path.replace(/\//g, "-") : null;
    if (screen) d.screen = screen;
    // Fetched by static/boot.js, from this build's own folder.
    if (screen && screen !== "overview") d.screenUrl = `__SCREENS__/${screen}.${lang}.${layout}.html`;
    return screen;
  };
  Object.defineProperty(window, "jinchengFirstScreen", { value: decide });
  const screen = decide(location.hash);
  const preload = (rel, href, integrity, as, type) => {
    const link = document.createElement("link");
    link.rel = rel;
    link.href = href;
    if (integrity) link.integrity = integrity;
    link.crossOrigin = "anonymous";
    if (as) link.as = as;
    if (type) link.type = type;
    document.head.appendChild(link);
  };
  if (screen) {
    if (html.dataset.screenUrl) preload("preload", html.dataset.screenUrl, null, "fetch");
    if (html.dataset.detailUrl) preload("preload", html.dataset.detailUrl, null, "fetch");
  } else {
    preload("modulepreload", "__GLUE__", "__GLUE_INTEGRITY__");
    preload("preload", "__WASM__", "__WASM_INTEGRITY__", "fetch", "application/wasm");
  }
}
