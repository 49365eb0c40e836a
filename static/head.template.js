// The first script of the page, in <head>: decides what this load will be, before anything is
// drawn or fetched, and says so on <html> for the scripts that follow (the picker in index.html,
// static/boot.js, static/start.template.js):
// - data-lang: the reader's language, by the app's rule (src/app.rs `initial_lang`): `?lang=`,
//   then the last choice, then the browser;
// - data-screen: the route's first screen drawn at build time (src/prerender.rs): `overview`
//   (inside this page) or the name of its file (listed in <meta name="first-screens">); absent
//   for other deep links, and whenever a parameter is invalid (the app starts at once and says
//   so); data-target and data-start-now for the deep links drawn from a view's first screen.
// It also applies `?theme=` and starts the downloads as early as possible: the route's first
// screen, or, where there is none, the module (as trunk's preload links did).
// scripts/csp.py fills in the addresses and integrity and allows this script by its hash.
const html = document.documentElement;
const params = new URLSearchParams(location.search);
const asked = params.get("lang"), theme = params.get("theme");
const valid = (!params.has("lang") || /^(zh|zh-CN|zh-Hans|en)$/.test(asked)) && (!params.has("theme") || /^(light|dark)$/.test(theme));
let stored = null;
try { stored = localStorage.getItem("jincheng-report-lang"); } catch (e) { /* storage blocked: no last choice */ }
const lang = params.has("lang") && valid ? asked.slice(0, 2) : stored === "zh" || stored === "en" ? stored : /^zh/.test(navigator.language || "zh") ? "zh" : "en";
html.dataset.lang = lang;
if (theme === "light" || theme === "dark") html.dataset.theme = theme;

const screens = " " + (document.querySelector('meta[name="first-screens"]')?.content || "") + " ";
const route = /^#\/([a-z0-9-]+(?:\/[a-z0-9-]+)*)$/.exec(location.hash);
let slug = route && route[1].replace(/\//g, "-");
// Two deep links are drawn from their view's first screen, scrolled to their target
// (data-target): a figure in the text, where the module starts as soon as that is on screen
// (data-start-now: the link is to the figure's details, which need the app; not before, so
// that the first screen has the network to itself), and one chart among the sectors, where it
// waits as elsewhere. A sentence of the text has none: its mark
// needs the app.
const figure = route && /^report\/([a-z0-9-]+)$/.exec(route[1]);
const chart = route && /^sectors\/([a-z0-9-]+)$/.exec(route[1]);
if (figure) {
  slug = "report";
  html.dataset.target = `[data-figure="${figure[1]}"]`;
  html.dataset.startNow = "";
} else if (chart) {
  slug = "sectors";
  html.dataset.target = `[data-chart="${chart[1]}"]`;
}
const screen = !valid ? null : /^(#\/?)?$/.test(location.hash) ? "overview" : slug && screens.includes(" " + slug + " ") ? slug : null;
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
  html.dataset.screen = screen;
  // Fetched by static/boot.js; the layout by the app's PHONE_MAX (src/components/chart_figure.rs).
  if (screen !== "overview") preload("preload", `screens/${screen}.${lang}.${innerWidth < 600 ? "phone" : "desktop"}.html`, null, "fetch");
}
if (!screen) {
  preload("modulepreload", "__GLUE__", "__GLUE_INTEGRITY__");
  preload("preload", "__WASM__", "__WASM_INTEGRITY__", "fetch", "application/wasm");
}
