#!/usr/bin/env python3
"""The benchmark (not a test): builds the release dist/ (with SITE_URL, as deployed, so that every
page carries its canonical and hreflang addresses), measures what each kind of page fetches until
its load event (gzip, per file, as the browser fetched it), the offline copy (precache.json), the
hand-written JavaScript that ships, and the timings of examples/bench.rs in headless Chromium
under a slow-phone profile; adds the Lighthouse results of `make lighthouse` (target/lighthouse.json)
when there are any; writes BENCHMARKS.md with the machine and the date, against the figures of
the architecture before issue 13 ("before") and the last run. Run with `make bench`."""
import datetime, gzip, json, os, platform, re, subprocess, sys
from urllib.parse import urlparse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIST = os.path.join(ROOT, "dist")
OUT = os.path.join(ROOT, "BENCHMARKS.md")
LIGHTHOUSE = os.path.join(ROOT, "target", "lighthouse.json")
TIMINGS = os.path.join(ROOT, "target", "bench-timings.json")
FINDINGS = re.compile(r"<!-- findings -->\n(.*?)<!-- /findings -->", re.S)
KIB = 1024
BUDGET_PAGE = 60 * KIB          # issue 13: every page's first load
BUDGET_TAP_MS = 500             # a tap on a county, module or not
BUDGET_LCP_MS = 1200            # Lighthouse mobile
BUDGET_JS_LINES, BUDGET_LOADER_LINES = 150, 80
SHIPPED_JS = ["static/loader.js", "static/sw.js", "static/embed.js"]
SITE_URL = os.environ.get("SITE_URL") or "http://127.0.0.1:8787/"

kib = lambda b: f"{b / KIB:.1f} KiB"


def gz(path):
    data = open(os.path.join(DIST, path), "rb").read()
    return len(data), len(gzip.compress(data, 9))


def dist_path(url_or_path):
    """A resource timing name (or a precache entry) as a file under dist/: a page's address is its
    folder's index.html; the query (sw.js?v=, a retried module) is not part of the file."""
    p = urlparse(url_or_path).path if "://" in url_or_path else url_or_path.split("?")[0]
    p = p.lstrip("/")
    if p in ("", ".", "./") or p.endswith("/"):
        p = ("" if p in ("", ".", "./") else p) + "index.html"
    return p


def strip_hash(name):
    return re.sub(r"-[0-9a-f]{12,16}(?=[._/])", "", name)


def page_load(v):
    """(document, [(file, raw, gzip)], total gzip) of what a page fetched until its load event."""
    doc = v["document"]
    files = sorted({dist_path(n) for n in v["files"]} - {doc})
    missing = [f for f in files if not os.path.isfile(os.path.join(DIST, f))]
    assert not missing, f"{v['path']}: fetched files not in dist/: {missing}"
    rows = [(f, *gz(f)) for f in [doc] + files]
    return rows, sum(r[2] for r in rows)


def precache():
    entries = json.load(open(os.path.join(DIST, "precache.json"), encoding="utf-8"))
    rows = [(dist_path(e), *gz(dist_path(e))) for e in entries]
    return rows


def js_lines():
    out = {}
    for f in SHIPPED_JS:
        lines = open(os.path.join(ROOT, f), encoding="utf-8").read().splitlines()
        code = [l for l in lines if l.strip() and not l.strip().startswith("//")]
        out[os.path.basename(f)] = {"lines": len(lines), "code": len(code)}
    return out


def before_figures(last):
    """The figures of the architecture before issue 13 (hash routes, first screens fetched by
    static/boot.js): kept from the run that measured it, carried from run to run."""
    if not last:
        return None
    if "before" in last:
        return last["before"]
    if "first_load_gzip_by_route" in last:  # that run itself
        return {k: last[k] for k in ("date", "first_load_gzip_by_route", "offline_copy_gzip", "wasm_raw", "wasm_gzip",
                                      "lcp_ms_by_route", "overview_reach_to_app_ms", "link_followed_before_module_ms",
                                      "view_switch_ms", "profile") if k in last}
    return None


def main():
    env = dict(os.environ, TRUNK_OFFLINE="true", SITE_URL=SITE_URL)
    if os.environ.get("BENCH_REUSE"):
        # Writes BENCHMARKS.md again from the last measurement (the same dist/), measuring nothing.
        t = json.load(open(TIMINGS, encoding="utf-8"))
    else:
        if not os.environ.get("BENCH_NO_BUILD"):
            subprocess.run(["trunk", "build", "--release"], cwd=ROOT, env=env, check=True, capture_output=True)
        r = subprocess.run(["cargo", "run", "-q", "--release", "--features", "e2e", "--example", "bench"],
                           cwd=ROOT, capture_output=True, text=True)
        if r.returncode != 0:
            sys.stderr.write(r.stderr)
            return r.returncode
        t = json.loads(r.stdout.strip().splitlines()[-1])
        os.makedirs(os.path.dirname(TIMINGS), exist_ok=True)
        json.dump(t, open(TIMINGS, "w", encoding="utf-8"), ensure_ascii=False)

    pages = {}
    for v in t["pages"]:
        rows, total = page_load(v)
        pages[v["kind"]] = dict(v, rows=rows, gzip=total)
    root = pages.get("root")
    root_sent_on = None
    if root and root.get("files_until_sent_on"):
        names = sorted({dist_path(n) for n in root["files_until_sent_on"]} - {root["document"]})
        root_sent_on = (names, gz(root["document"])[1] + sum(gz(n)[1] for n in names))
    pre = precache()
    pre_gz, pre_raw = sum(r[2] for r in pre), sum(r[1] for r in pre)
    # The app's module (the root has a small one of its own, root_bg.wasm).
    wasm = next(f for f in os.listdir(DIST) if f.startswith("jincheng-report-app") and f.endswith("_bg.wasm"))
    wasm_raw, wasm_gz = gz(wasm)
    lines_js = js_lines()
    lh = json.load(open(LIGHTHOUSE, encoding="utf-8")) if os.path.exists(LIGHTHOUSE) else None

    last, findings = None, None
    if os.path.exists(OUT):
        old = open(OUT, encoding="utf-8").read()
        m = re.search(r"<!-- last-run (.*?) -->", old, re.S)
        last = json.loads(m.group(1)) if m else None
        f = FINDINGS.search(old)
        findings = f.group(1) if f else None
    before = before_figures(last)
    # Compared with the last run, or with the one before it when this writes the last one again
    # (BENCH_REUSE).
    prev = (last or {}).get("previous") if os.environ.get("BENCH_REUSE") else last if last and "page_gzip" in last else None

    tap_a = t["county_tap_before_module"]
    now = {
        "date": datetime.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        "page_gzip": {k: v["gzip"] for k, v in pages.items()},
        "root_until_sent_on_gzip": root_sent_on[1] if root_sent_on else None,
        "precache_gzip": pre_gz, "precache_raw": pre_raw, "precache_files": len(pre),
        "wasm_raw": wasm_raw, "wasm_gzip": wasm_gz,
        "lcp_ms": {k: round(v["lcp_ms"]) for k, v in pages.items() if "lcp_ms" in v},
        "county_tap_before_module_ms": {v["variant"]: round(v["median_ms"]) for v in tap_a},
        "county_tap_after_module_ms": round(t["county_tap_after_module"]["median_ms"]),
        "reach_to_app_ms": round(t["reach_to_app_ms"]),
        "view_switch_ms": {v["path"]: round(v["painted_ms"]) for v in t["view_switches"]},
        "js_lines": lines_js,
        "profile": t["profile"],
        "before": before,
        "previous": {k: v for k, v in prev.items() if k not in ("before", "previous")} if prev else None,
    }

    def since(key, unit, sub=None):
        if not prev or key not in prev or prev[key] is None:
            return ""
        a, b = (now[key], prev[key]) if sub is None else (now[key].get(sub), prev[key].get(sub))
        if a is None or b is None:
            return ""
        d = a - b
        return f" ({'+' if d >= 0 else ''}{d} {unit} since {prev['date']})"

    over = lambda b, budget: "within" if b <= budget else f"**over by {kib(b - budget)}**"
    L = [
        "# Benchmarks", "",
        f"Measured {now['date']} on {now['machine']} by `make bench` (scripts/bench.py, examples/bench.rs)"
        + (f" and `make lighthouse` (scripts/lighthouse.mjs, {lh['date']})" if lh else "") + ".", "",
        "Since issue 13 every address is a page written at build time by the app's components",
        "(src/site.rs) and hydrated in place by the module, which static/loader.js starts when the reader",
        "reaches for the page (at once only on the site's root). \"Before\" is the architecture it replaced",
        f"(hash routes, first screens fetched by static/boot.js), as measured on {before['date'] if before else '—'}.", "",
        "## Budgets (issue 13)", "",
    ]
    kinds_over = [k for k, v in pages.items() if v["gzip"] > BUDGET_PAGE]
    worst = max(pages.values(), key=lambda v: v["gzip"])
    taps = list(now["county_tap_before_module_ms"].values()) + [now["county_tap_after_module_ms"]]
    total_js = sum(v["lines"] for v in lines_js.values())
    root_over = root_sent_on and root_sent_on[1] > BUDGET_PAGE
    budget_rows = [
        ("every page's first load ≤ 60 KiB gzip",
         f"until the load event: heaviest `{worst['path'] or './'}` {kib(worst['gzip'])}" + (f"; over: {', '.join(kinds_over)}" if kinds_over else "")
         + (f"; but the root fetches {kib(root_sent_on[1])} (the module) before it sends the reader on" if root_over else ""),
         "**missed**" if kinds_over else ("holds until load; **missed** by the root until it sends on" if root_over else "holds")),
    ]
    if lh:
        low = [p for p in lh["pages"] if any(p["scores"][c] < 100 for c in p["scores"])]
        slow = [p for p in lh["pages"] if p["lcp_ms"] > BUDGET_LCP_MS]
        budget_rows += [
            ("Lighthouse mobile 100/100/100/100 on every page",
             "all 100" if not low else "below 100: " + ", ".join(f"`{p['path'] or './'}` " + "/".join(str(p["scores"][c]) for c in p["scores"]) for p in low),
             "**missed**" if low else "holds"),
            ("LCP ≤ 1.2 s (Lighthouse mobile)",
             f"at most {max(p['lcp_ms'] for p in lh['pages']) / 1000:.1f} s" + (f"; over: {', '.join('`' + (p['path'] or './') + '`' for p in slow)}" if slow else ""),
             "**missed**" if slow else "holds"),
        ]
    budget_rows += [
        ("a tap on a county answered ≤ 500 ms, module or not",
         "before the module " + ", ".join(f"{v} ms ({k})" for k, v in now["county_tap_before_module_ms"].items())
         + f"; after it {now['county_tap_after_module_ms']} ms",
         "holds" if max(taps) <= BUDGET_TAP_MS else "**missed**"),
        ("a language switch lands at the same place", "end-to-end test `pages::a_language_switch_lands_at_the_same_place`", "tested, not timed"),
        ("hand-written JavaScript that ships ≤ 150 lines (loader ≤ ~80)",
         f"{total_js} lines (" + ", ".join(f"{k} {v['lines']}" for k, v in lines_js.items()) + ")",
         "holds" if total_js <= BUDGET_JS_LINES and lines_js["loader.js"]["lines"] <= BUDGET_LOADER_LINES else "**missed**"),
    ]
    L += ["| budget | measured | |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in budget_rows] + [""]
    # What misses and why: written by hand, kept from run to run.
    L += ["## What misses, and why", "", "<!-- findings -->",
          (findings or "(Not written yet: say here why a budget is missed.)\n").rstrip("\n"), "<!-- /findings -->", ""]

    # 1. First loads.
    L += ["## First load of each kind of page", "",
          "What the page fetched until its load event, from resource timing (the document is the",
          "navigation), sized as the dist/ files with gzip -9. The module is not among them: it starts",
          "when the reader reaches for the page. After the load event the browser fetches the service",
          f"worker (sw.js, {kib(gz('sw.js')[1])} gzip), which then fetches the offline copy.", "",
          "| page | address | document | other files | total gzip | budget 60 KiB |", "|---|---|---:|---|---:|---|"]
    for kind, v in pages.items():
        doc = v["rows"][0]
        others = ", ".join(f"{strip_hash(f)} {kib(g)}" for f, _, g in v["rows"][1:]) or "—"
        L.append(f"| {kind} | `{v['path'] or './'}` | {kib(doc[2])} | {others} | {kib(v['gzip'])}{since('page_gzip', 'B', kind)} | {over(v['gzip'], BUDGET_PAGE)} |")
    L.append("")
    if root_sent_on:
        names, total = root_sent_on
        L += [f"- The root (`./`) starts its own small module at once (`data-start-now`; src/root.rs, not the app's):",
              "  it decides where to send the reader (last choice, then the browser's language). Until it has done so the root",
              f"  fetches {kib(total)} gzip ({', '.join(strip_hash(n) for n in names)}), then the reader's page",
              "  loads as above. Without JavaScript the root is two links.", ""]
    L += ["- A figure's or a sentence's address (`zh/report/#gdp-2023`, `#s-<start>`) is the report page: the same",
          "  load as `zh/report/`.", ""]
    if before:
        L += ["Before (a first screen fetched by boot.js into index.html; the budget was 160 KiB):", "",
              "| route | gzip |", "|---|---:|"]
        L += [f"| `{r}` | {kib(b)} |" for r, b in before["first_load_gzip_by_route"].items()] + [""]

    L += ["## The offline copy", "",
          f"Everything in precache.json (every page of both languages, the module, the stylesheet, the data,",
          f"the icons), fetched by the service worker after the first load: **{len(pre)} files, {kib(pre_gz)} gzip**",
          f"({kib(pre_raw)} raw){since('precache_gzip', 'B')}. Of that, the module {kib(wasm_gz)} gzip ({kib(wasm_raw)} raw);",
          f"the {sum(1 for r in pre if r[0].endswith('index.html'))} pages {kib(sum(r[2] for r in pre if r[0].endswith('index.html')))};"
          f" the data package (data/) {kib(sum(r[2] for r in pre if r[0].startswith('data/')))}.", ""]
    if before:
        L += [f"Before: 12 files, {kib(before['offline_copy_gzip'])} gzip ({before['offline_copy_gzip'] / 1000:.0f} kB, \"365 KiB\" in issue 13; the module, index.html,",
              "boot.js, the stylesheet, icons and manifest; the first screens were not in it).", ""]
    groups = {}
    for f, _, g in pre:
        k = ("a county's page" if re.match(r"(zh|en)/counties/\d+/index.html$", f) else "a county's map embed" if re.match(r"(zh|en)/embed/map/\d+/index.html$", f)
             else "a chart embed" if re.match(r"(zh|en)/embed/(?!map/)[^/]+/index.html$", f) else "the other pages" if f.endswith("index.html") else "the other files")
        groups.setdefault(k, [0, 0])
        groups[k][0] += 1
        groups[k][1] += g
    L += ["By kind: " + "; ".join(f"{k} ×{n}, {kib(g)}" for k, (n, g) in groups.items()) + ".", ""]
    heavy = sorted(pre, key=lambda r: -r[2])[:6]
    L += ["The largest files in it: " + ", ".join(f"{strip_hash(f)} {kib(g)}" for f, _, g in heavy) + ".", ""]

    # 2. Lighthouse.
    L += ["## Lighthouse (mobile)", ""]
    if lh:
        L += [f"Lighthouse {lh['lighthouse']}, mobile profile (simulated throttling), {lh['date']}, dist/ built with",
              f"`SITE_URL={lh['site']}` and served there with gzip (`make lighthouse`).", "",
              "| page | address | performance | accessibility | best practices | SEO | FCP | LCP | TBT |", "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
        for p in lh["pages"]:
            sc = p["scores"]
            L.append(f"| {p['kind']} | `{p['path'] or './'}` | {sc['performance']} | {sc['accessibility']} | {sc['best-practices']} | {sc['seo']} | "
                     f"{p['fcp_ms'] / 1000:.1f} s | {p['lcp_ms'] / 1000:.1f} s{' **over 1.2 s**' if p['lcp_ms'] > BUDGET_LCP_MS else ''} | {round(p['tbt_ms'])} ms |")
        failing = [(p, a) for p in lh["pages"] for a in p.get("failed", [])]
        if failing:
            L += ["", "Audits below 100 (the reason, from Lighthouse):", ""]
            L += [f"- `{p['path'] or './'}` {a}" for p, a in failing]
        L.append("")
    else:
        L += ["Not run: `make lighthouse` writes target/lighthouse.json, which `make bench` adds here.", ""]
    L += ["Before: performance, accessibility and best practices 100 on every route (issue 13); SEO was not",
          "measured (no page had its own title, description, canonical or hreflang).", ""]

    # 3.-5. Timings.
    L += [f"## Timings ({now['profile']})", "",
          f"Each run starts from a blank page with an empty cache, no service worker and no storage.", "",
          f"### First and largest contentful paint (median of {t['runs']})", "",
          "| page | FCP | LCP |", "|---|---:|---:|"]
    L += [f"| `{v['path']}` | {round(v['fcp_ms'])} ms | {round(v['lcp_ms'])} ms |" for v in pages.values() if "lcp_ms" in v] + [""]
    if before:
        L += ["Before: " + ", ".join(f"`{r}` LCP {v} ms" for r, v in before["lcp_ms_by_route"].items()) + ".", ""]

    L += [f"### A tap on a county right after load (budget {BUDGET_TAP_MS} ms; median of {t['tap_runs']})", "",
          f"`zh/counties/` loaded (its load event), then at once a tap on {t['county']} on the map (the county's link in",
          "the layout on screen: pointerdown, pointerup, click dispatched on it), to `#county-details h2` reading its",
          "name on screen (the frame after the first one that has it).", ""]
    stage_names = [("navigation", "the new page's navigation starts"), ("first_byte", "its first byte"), ("document", "its last byte"),
                   ("stylesheet", "the stylesheet in"), ("first_paint", "first paint")]
    for v in tap_a:
        k = v["variant"]
        L.append(f"- (a) before the module, {k}: **{round(v['median_ms'])} ms** (runs {', '.join(map(str, v['runs_ms']))} ms): the county's link is"
                 " followed, a page load of `zh/counties/140522/`"
                 + (" while the worker, registered at the load event, fetches the offline copy" if k == "service worker" else " (sw.js blocked)") + ".")
        st = v.get("stages_ms", {})
        if st:
            L.append("  From the tap (medians): " + ", ".join(f"{name} {round(st[key])} ms" for key, name in stage_names if key in st)
                     + f", the details on screen {round(v['median_ms'])} ms.")
    ta = t["county_tap_after_module"]
    L += [f"- (b) after the module has hydrated the page: **{round(ta['median_ms'])} ms** (runs {', '.join(map(str, ta['runs_ms']))} ms), in place.",
          f"- from reaching for `zh/counties/` (a pointerdown after load) to the module running (`app-interactive`): {now['reach_to_app_ms']} ms{since('reach_to_app_ms', 'ms')}"
          + (f" (before, on the overview: {before['overview_reach_to_app_ms']} ms)" if before and "overview_reach_to_app_ms" in before else "") + ".", ""]
    L += ["Before (issue 13): 2.4 s with gzip when the module had not been fetched, 0.7–0.8 s when the service worker",
          "happened to fetch it during the load.", ""]

    L += ["### A language switch", "",
          "Lands at the same place in the other language: the end-to-end test",
          "`pages::a_language_switch_lands_at_the_same_place` scrolls `zh/sectors/` to its seventh chart, follows the",
          "language link and checks the same chart is at the top of `en/sectors/`. Not timed here.", ""]

    L += [f"### View switches in the hydrated app (median of {t['switch_runs']})", "",
          "A link followed client-side (from the not-found page each time), from the click to the new page's h1",
          "painted (Element Timing), and in brackets to the frame after the first one that had it.", ""]
    for v in t["view_switches"]:
        L.append(f"- `{v['path']}`: {round(v['painted_ms'])} ms ({round(v['next_frame_ms'])} ms){since('view_switch_ms', 'ms', v['path'])}")
    if before:
        L += ["", "Before (a hash change; budget then 50 ms): " + ", ".join(f"`{r}` {v} ms" for r, v in before["view_switch_ms"].items()) + ".",
              "Then the long views drew their heading first and the rest one step later (src/views/progressive.rs,",
              "removed with issue 13); now a page is drawn whole before its heading paints, its charts in both",
              "layouts (`zh/sectors/`: 21 charts, 42 SVG drawings). Issue 13 sets no budget for it."]
    L.append("")

    # 6. JavaScript.
    L += ["## Hand-written JavaScript that ships", "",
          "| file | lines | lines of code (no blank, no comment) |", "|---|---:|---:|"]
    L += [f"| static/{k} | {v['lines']} | {v['code']} |" for k, v in lines_js.items()]
    L += [f"| **total** | **{total_js}** | **{sum(v['code'] for v in lines_js.values())}** |", "",
          f"Budget: {BUDGET_JS_LINES} lines in all, the loader about {BUDGET_LOADER_LINES}. Before: about 600 lines (static/head.template.js,",
          "static/start.template.js, static/boot.js, the inline picker in index.html, the service worker).", ""]

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import size_report
    L += size_report.report()
    L += ["", f"<!-- last-run {json.dumps(now, ensure_ascii=False)} -->", ""]
    open(OUT, "w", encoding="utf-8").write("\n".join(L))
    print("\n".join(L[:-2]))


if __name__ == "__main__":
    sys.exit(main())
