// Lighthouse 12 on every route, mobile profile, against dist/ served here with gzip (as any real
// host would serve it). Prints the scores and the core timings; exits non-zero below the
// targets of issue 7 (performance 95, accessibility 100, best practices 100).
// Run with `make lighthouse` (installs lighthouse@12.2.3 into .tools/).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const require = createRequire(path.join(root, ".tools", "package.json"));
const lighthouse = (await import(require.resolve("lighthouse"))).default;
const chromeLauncher = await import(require.resolve("chrome-launcher"));
const dist = path.join(root, "dist");
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".webmanifest": "application/manifest+json" };

const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (p.endsWith("/")) p += "index.html";
  const file = path.join(dist, p);
  if (!file.startsWith(dist) || !fs.existsSync(file)) { res.writeHead(404); return res.end(); }
  const body = fs.readFileSync(file);
  const hashed = /-[0-9a-f]{12,16}(_bg)?\./.test(p);
  res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream",
    "Content-Encoding": "gzip", "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache" });
  res.end(zlib.gzipSync(body, { level: 9 }));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/`;

// ROUTES="#/,#/report" runs a subset; LH_VERBOSE=1 also names each route's LCP element.
// Every view and a county, a chart embed and the map embed (what newsrooms load), and the deep links: a chart's, a figure's, and a
// sentence's (the middle one of the text, as the report's first screen states its sentences).
const screens = fs.readdirSync(dist).find((f) => f.startsWith("screens-"));
const starts = [...fs.readFileSync(path.join(dist, screens, "report.zh.phone.html"), "utf8").matchAll(/data-at="(\d+)" data-sentences="([^"]*)"/g)]
  .flatMap(([, at, pairs]) => pairs.split(" ").filter(Boolean).map((p) => +at + +p.split("-")[0]));
const routes = process.env.ROUTES ? process.env.ROUTES.split(",") : ["#/", "#/compare", "#/sectors", "#/counties", "#/counties/140522", "#/report", "#/about",
  "#/embed/investment-programmes", "#/embed/map", "#/sectors/investment-programmes", "#/report/gdp-2023", `#/report/s/${starts[starts.length >> 1]}`];
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
let ok = true;
console.log("| route | performance | accessibility | best practices | FCP | LCP | TBT |\n|---|---:|---:|---:|---:|---:|---:|");
for (const r of routes) {
  const result = await lighthouse(`${base}?lang=zh${r}`, { port: chrome.port, output: "json", logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"], ...(process.env.LH_THROTTLING ? { throttlingMethod: process.env.LH_THROTTLING } : {}) });
  const c = result.lhr.categories, a = result.lhr.audits;
  const s = (k) => Math.round(c[k].score * 100);
  if (s("performance") < 95 || s("accessibility") < 100 || s("best-practices") < 100) ok = false;
  if (process.env.LH_VERBOSE) {
    const m = a.metrics?.details?.items?.[0] || {};
    const keys = ["firstContentfulPaint", "largestContentfulPaint", "speedIndex", "cumulativeLayoutShift", "totalBlockingTime",
      "observedFirstContentfulPaint", "observedLargestContentfulPaint", "observedLoad"];
    const lt = (a["long-tasks"]?.details?.items || []).map((t) => `${Math.round(t.startTime)}+${Math.round(t.duration)}`).join(" ");
    console.error(`${r}: long tasks (simulated) ${lt}`);
    console.error(r + ": " + keys.map((k) => `${k} ${typeof m[k] === "number" ? Math.round(m[k] * 1000) / 1000 : m[k]}`).join(", "));
  }
  console.log(`| ${r} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${a["first-contentful-paint"].displayValue} | ${a["largest-contentful-paint"].displayValue} | ${a["total-blocking-time"].displayValue} |`);
}
await chrome.kill();
server.close();
process.exit(ok ? 0 : 1);
