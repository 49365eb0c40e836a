#!/usr/bin/env python3
"""The benchmark (not a test): builds the release dist/, measures what the first page load
transfers (gzip and brotli, per file), the raw wasm, and the timings of examples/bench.rs in
headless Chromium under a mobile profile; writes BENCHMARKS.md with the machine and the date,
compared with the last recorded run. Run with `make bench`."""
import datetime, json, os, platform, re, subprocess, sys, zlib, gzip

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIST = os.path.join(ROOT, "dist")
OUT = os.path.join(ROOT, "BENCHMARKS.md")
BUDGET_GZIP = 160 * 1024

def brotli(data):
    # Node ships brotli; Python's standard library does not.
    r = subprocess.run(["node", "-e", "process.stdout.write(String(require('zlib').brotliCompressSync(require('fs').readFileSync(0), {params: {[require('zlib').constants.BROTLI_PARAM_QUALITY]: 11}}).length))"],
                       input=data, capture_output=True, check=True)
    return int(r.stdout)

def sizes(files):
    """(name without content hash, raw, gzip, brotli) of each dist/ file, and the totals."""
    rows = []
    for f in files:
        data = open(os.path.join(DIST, f), "rb").read()
        rows.append((re.sub(r"-[0-9a-f]{12,16}(?=[._/])", "", f), len(data), len(gzip.compress(data, 9)), brotli(data)))
    return rows, sum(r[2] for r in rows), sum(r[3] for r in rows)

def page_files(fetched):
    """The dist/ files among what the page fetched (resource timing names), with index.html, which
    resource timing lists as the navigation rather than a resource. sw.js is fetched by the
    browser for the worker, after load, and counted too."""
    names = {f for f in fetched if f and os.path.isfile(os.path.join(DIST, f))}
    names |= {"index.html", "sw.js"}
    return ["index.html"] + sorted(names - {"index.html"})

def precached_files():
    sw = open(os.path.join(DIST, "sw.js"), encoding="utf-8").read()
    return sorted(f[2:] for f in re.findall(r'"(\./[^"]+)"', sw) if f != "./")

def main():
    env = dict(os.environ, TRUNK_OFFLINE="true")
    subprocess.run(["trunk", "build", "--release"], cwd=ROOT, env=env, check=True, capture_output=True)
    timing = subprocess.run(["cargo", "run", "-q", "--release", "--features", "e2e", "--example", "bench"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    t = json.loads(timing)
    loads = {route: dict(v, sizes=sizes(page_files(v["files"]))) for route, v in t["loads"].items()}
    _, offline_gz, _ = sizes(precached_files())
    wasm = sizes([f for f in os.listdir(DIST) if f.endswith(".wasm")])[0][0]
    now = {
        "date": datetime.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        "first_load_gzip": loads["#/"]["sizes"][1], "first_load_brotli": loads["#/"]["sizes"][2],
        "first_load_gzip_by_route": {r: v["sizes"][1] for r, v in loads.items()},
        "offline_copy_gzip": offline_gz,
        "wasm_raw": wasm[1], "wasm_gzip": wasm[2],
        "overview_interactive_ms": round(t["interactive_ms"]),
        "overview_fcp_ms": round(loads["#/"]["fcp_ms"]), "overview_lcp_ms": round(loads["#/"]["lcp_ms"]),
        "lcp_ms_by_route": {r: round(v["lcp_ms"]) for r, v in loads.items()},
        "overview_reach_to_app_ms": round(t["overview_reach_to_app_ms"]),
        "link_followed_before_module_ms": round(t["link_followed_before_module_ms"]),
        "view_switch_ms": {k: round(v) for k, v in t["view_switch_ms"].items()},
        "view_switch_next_frame_ms": {k: round(v) for k, v in t["view_switch_next_frame_ms"].items()},
        "profile": t["profile"], "runs": t["runs"], "switch_runs": t.get("switch_runs", t["runs"]),
    }
    last = None
    if os.path.exists(OUT):
        m = re.search(r"<!-- last-run (.*?) -->", open(OUT, encoding="utf-8").read(), re.S)
        last = json.loads(m.group(1)) if m else None

    def cmp(key, unit):
        if not last or key not in last:
            return ""
        d = now[key] - last[key]
        return f" ({'+' if d >= 0 else ''}{d} {unit} since {last['date']})"

    kib = lambda b: f"{b / 1024:.1f} KiB"
    lines = [
        "# Benchmarks", "",
        f"Measured {now['date']} on {now['machine']} by `make bench` (scripts/bench.py, examples/bench.rs).", "",
        "## First load (what a first visit transfers)", "",
        "Measured in the browser (resource timing), not listed from index.html. Every view, embed and",
        "deep link (a chart's, a figure's, a sentence's) has a first screen drawn at build time",
        "(src/prerender.rs): the overview inside index.html, the others fetched by static/boot.js (a",
        "figure's link also fetches that figure's details). The page is whole without the module, which",
        "starts when the reader reaches for something (static/start.template.js). Only unknown routes",
        "start it at once.", "",
    ]

    def table(rows, total_gz, total_br, what):
        out = ["| file | raw | gzip | brotli |", "|---|---:|---:|---:|"]
        out += [f"| {n} | {kib(r)} | {kib(g)} | {kib(b)} |" for n, r, g, b in rows]
        out += [f"| **total** | | **{kib(total_gz)}** | **{kib(total_br)}** |", "",
                f"- gzip total: {kib(total_gz)}{what}; budget {kib(BUDGET_GZIP)}: "
                + ("within" if total_gz <= BUDGET_GZIP else f"**over by {kib(total_gz - BUDGET_GZIP)}**"), ""]
        return out

    for route, v in loads.items():
        rows, gz, br = v["sizes"]
        prev = (last or {}).get("first_load_gzip_by_route", {}).get(route)
        lines += [f"### `{route}`", ""] + table(rows, gz, br, f" ({'+' if gz - prev >= 0 else ''}{gz - prev} bytes since {last['date']})" if prev else "")
    lines += [f"- raw wasm: {kib(now['wasm_raw'])}{cmp('wasm_raw', 'bytes')}",
              f"- the offline copy (every file in sw.js, fetched by the service worker after load): {kib(offline_gz)} gzip{cmp('offline_copy_gzip', 'bytes')}", "",
              f"## Timings (median of {now['runs']}; {now['profile']})", "",
              f"- largest contentful paint (budget 1500 ms) and first contentful paint, with a first screen:", ""]
    for route, v in loads.items():
        prev = (last or {}).get("lcp_ms_by_route", {}).get(route)
        lines.append(f"  - `{route}`: LCP {round(v['lcp_ms'])} ms" + (f" (was {prev} ms)" if prev is not None else "") + f", FCP {round(v['fcp_ms'])} ms")
    lines += ["",
              f"- overview, from reaching for a link to the app running (module not cached, no service worker): {now['overview_reach_to_app_ms']} ms{cmp('overview_reach_to_app_ms', 'ms')}",
              f"- a link followed on the overview before the module has come (to `#/compare`), to the next view's heading on screen (its first screen): {now['link_followed_before_module_ms']} ms{cmp('link_followed_before_module_ms', 'ms')}",
              f"- overview, from navigation to the app interactive (first render done) for a reader who reaches for a link as soon as the first screen is there: {now['overview_interactive_ms']} ms{cmp('overview_interactive_ms', 'ms')}",
              f"- view switch, from the hash change to the new view's heading painted (Element Timing; median of {now['switch_runs']}; budget 50 ms),",
              "  and, in brackets, to the frame after the first one that had it. They disagreed for the views drawn in steps until those paused 50 ms before their next step (src/views/progressive.rs):", ""]
    lines += [f"  - `{k}`: {v} ms ({now['view_switch_next_frame_ms'][k]} ms)"
              + (f"; last run {last['view_switch_ms'].get(k)} ms" if last and k in last.get('view_switch_ms', {}) and 'view_switch_next_frame_ms' in last else "")
              for k, v in now["view_switch_ms"].items()]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import size_report
    lines += [""] + size_report.report()
    lines += ["", f"<!-- last-run {json.dumps(now, ensure_ascii=False)} -->", ""]
    open(OUT, "w", encoding="utf-8").write("\n".join(lines))
    print("\n".join(lines[:-2]))

if __name__ == "__main__":
    sys.exit(main())
