// Lighthouse 12 on one page of each kind, mobile profile, against dist/ served here with gzip (as
// any real host would serve it) at a fixed address, the one the build was given as SITE_URL so
// that every page's canonical and hreflang addresses are this site's (`make lighthouse` builds
// with it). Prints the scores and the core timings, writes them to target/lighthouse.json (which
// `make bench` adds to BENCHMARKS.md), and exits non-zero below the budgets of issue 13:
// performance, accessibility, best practices and SEO 100, LCP at most 1.2 s.
// LH_PORT picks the port (8787), PAGES="zh/,zh/report/" a subset, LH_THROTTLING=devtools applies
// the throttling instead of simulating it, LH_VERBOSE=1 prints each page's metrics and long tasks,
// and keeps each page's whole report in target/lighthouse/.
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
const port = +(process.env.LH_PORT || 8787);
const site = `http://127.0.0.1:${port}/`;
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".webmanifest": "application/manifest+json",
  ".json": "application/json", ".csv": "text/csv; charset=utf-8", ".md": "text/markdown; charset=utf-8" };

// The pages' canonical addresses must be this server's, or SEO measures another site.
const canonical = fs.readFileSync(path.join(dist, "zh", "index.html"), "utf8").match(/<link rel="canonical" href="([^"]*)"/);
if (!canonical || canonical[1] !== `${site}zh/`) {
  console.error(`dist/ was not built for ${site} (canonical: ${canonical ? canonical[1] : "none"}): SITE_URL=${site} trunk build --release`);
  process.exit(2);
}

const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (p.endsWith("/")) p += "index.html";
  const file = path.join(dist, p);
  const found = file.startsWith(dist + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
  // A missing address gets the site's 404.html, with its status, as GitHub Pages or Netlify serve it.
  const body = fs.readFileSync(found ? file : path.join(dist, "404.html"));
  const hashed = /-[0-9a-f]{12,16}(_bg)?\./.test(p);
  res.writeHead(found ? 200 : 404, { "Content-Type": types[path.extname(found ? file : ".html")] || "application/octet-stream",
    "Content-Encoding": "gzip", "Cache-Control": found && hashed ? "public, max-age=31536000, immutable" : "no-cache" });
  res.end(zlib.gzipSync(body, { level: 9 }));
});
await new Promise((r, j) => server.once("error", j).listen(port, "127.0.0.1", r));

// One page of each kind, the list the benchmark measures (examples/bench.rs).
const kinds = JSON.parse(fs.readFileSync(path.join(root, "scripts", "pages.json"), "utf8"));
const pages = process.env.PAGES ? kinds.filter(([, p]) => process.env.PAGES.split(",").includes(p || "./")) : kinds;
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const categories = ["performance", "accessibility", "best-practices", "seo"];
const out = { date: new Date().toISOString().slice(0, 10), site, lighthouse: null, pages: [] };
let ok = true;
console.log("| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT |\n|---|---:|---:|---:|---:|---:|---:|---:|");
for (const [kind, p] of pages) {
  const result = await lighthouse(site + p, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories,
    ...(process.env.LH_THROTTLING ? { throttlingMethod: process.env.LH_THROTTLING } : {}) });
  const lhr = result.lhr, a = lhr.audits;
  out.lighthouse = lhr.lighthouseVersion;
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]));
  // Every weighted audit that did not pass, with what Lighthouse says of it.
  const failed = categories.flatMap((c) => lhr.categories[c].auditRefs
    .filter((r) => r.weight > 0 && a[r.id].score !== null && a[r.id].score < 1)
    .map((r) => `${c}: ${r.id} (${a[r.id].title}${a[r.id].displayValue ? ", " + a[r.id].displayValue : ""})`));
  const ms = (id) => a[id].numericValue;
  const row = { kind, path: p, final: lhr.finalDisplayedUrl, scores, fcp_ms: ms("first-contentful-paint"), lcp_ms: ms("largest-contentful-paint"),
    tbt_ms: ms("total-blocking-time"), failed, warnings: lhr.runWarnings };
  out.pages.push(row);
  if (Object.values(scores).some((s) => s < 100) || row.lcp_ms > 1200) ok = false;
  if (process.env.LH_VERBOSE) {
    const m = a.metrics?.details?.items?.[0] || {};
    const keys = ["firstContentfulPaint", "largestContentfulPaint", "speedIndex", "cumulativeLayoutShift", "totalBlockingTime",
      "observedFirstContentfulPaint", "observedLargestContentfulPaint", "observedLoad"];
    const lt = (a["long-tasks"]?.details?.items || []).map((t) => `${Math.round(t.startTime)}+${Math.round(t.duration)}`).join(" ");
    console.error(`${p || "./"}: final ${lhr.finalDisplayedUrl}; long tasks (simulated) ${lt}; warnings ${JSON.stringify(lhr.runWarnings)}`);
    console.error(`${p || "./"}: ` + keys.map((k) => `${k} ${typeof m[k] === "number" ? Math.round(m[k] * 1000) / 1000 : m[k]}`).join(", "));
    // The whole report: the simulation's requests and main-thread tasks are in it.
    fs.mkdirSync(path.join(root, "target", "lighthouse"), { recursive: true });
    fs.writeFileSync(path.join(root, "target", "lighthouse", `${(p || "root").replaceAll("/", "_")}.json`), JSON.stringify(lhr));
    for (const f of failed) console.error(`${p || "./"}: ${f}`);
  }
  console.log(`| ${kind} \`${p || "./"}\` | ${scores.performance} | ${scores.accessibility} | ${scores["best-practices"]} | ${scores.seo} | ${a["first-contentful-paint"].displayValue} | ${a["largest-contentful-paint"].displayValue} | ${a["total-blocking-time"].displayValue} |`);
}
await chrome.kill();
server.close();
if (!process.env.PAGES) {
  fs.mkdirSync(path.join(root, "target"), { recursive: true });
  fs.writeFileSync(path.join(root, "target", "lighthouse.json"), JSON.stringify(out, null, 1) + "\n");
}
process.exit(ok ? 0 : 1);
