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

def first_load_files():
    """What the first visit fetches: index.html and everything it references, plus the worker's
    precache of the same files (sw.js itself is fetched after load)."""
    html = open(os.path.join(DIST, "index.html"), encoding="utf-8").read()
    refs = set(re.findall(r'(?:href|src)="(?:\./)?([^"#?:]+)"', html))
    refs |= set(re.findall(r"(?:from |module_or_path: )'\./([^']+)'", html))
    files = ["index.html"] + sorted(r for r in refs if os.path.isfile(os.path.join(DIST, r)))
    return files + (["sw.js"] if os.path.isfile(os.path.join(DIST, "sw.js")) else [])

def main():
    env = dict(os.environ, TRUNK_OFFLINE="true")
    subprocess.run(["trunk", "build", "--release"], cwd=ROOT, env=env, check=True, capture_output=True)
    rows, total_gz, total_br = [], 0, 0
    for f in first_load_files():
        data = open(os.path.join(DIST, f), "rb").read()
        gz, br = len(gzip.compress(data, 9)), brotli(data)
        total_gz += gz; total_br += br
        rows.append((re.sub(r"-[0-9a-f]{16}", "", f), len(data), gz, br))
    wasm = next(r for r in rows if r[0].endswith(".wasm"))
    timing = subprocess.run(["cargo", "run", "-q", "--release", "--features", "e2e", "--example", "bench"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    t = json.loads(timing)
    now = {
        "date": datetime.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        "first_load_gzip": total_gz, "first_load_brotli": total_br, "wasm_raw": wasm[1], "wasm_gzip": wasm[2],
        "interactive_ms": round(t["interactive_ms"]), "first_chart_ms": round(t["first_chart_ms"]),
        "overview_fcp_ms": round(t["overview_fcp_ms"]), "overview_lcp_ms": round(t["overview_lcp_ms"]),
        "view_switch_ms": {k: round(v) for k, v in t["view_switch_ms"].items()},
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
        "| file | raw | gzip | brotli |", "|---|---:|---:|---:|",
    ]
    lines += [f"| {n} | {kib(r)} | {kib(g)} | {kib(b)} |" for n, r, g, b in rows]
    lines += [f"| **total** | | **{kib(total_gz)}** | **{kib(total_br)}** |", "",
              f"- gzip total: {kib(total_gz)}{cmp('first_load_gzip', 'bytes')}; budget {kib(BUDGET_GZIP)}: "
              + ("within" if total_gz <= BUDGET_GZIP else f"**over by {kib(total_gz - BUDGET_GZIP)}**"),
              f"- raw wasm: {kib(now['wasm_raw'])}{cmp('wasm_raw', 'bytes')}", "",
              f"## Timings (median of {now['runs']}; {now['profile']})", "",
              f"- app interactive (first render done): {now['interactive_ms']} ms{cmp('interactive_ms', 'ms')}",
              f"- first chart drawn (`#/compare`): {now['first_chart_ms']} ms{cmp('first_chart_ms', 'ms')}",
              f"- overview (`#/`), first contentful paint: {now['overview_fcp_ms']} ms{cmp('overview_fcp_ms', 'ms')}; "
              f"largest contentful paint: {now['overview_lcp_ms']} ms{cmp('overview_lcp_ms', 'ms')} (budget 1500 ms; the prerendered first screen, src/prerender.rs)",
              f"- view switch, hash change to the new view's heading on screen (median of {now['switch_runs']}; budget 50 ms):", ""]
    lines += [f"  - `{k}`: {v} ms" + (f" (was {last['view_switch_ms'].get(k)} ms)" if last and k in last.get('view_switch_ms', {}) else "")
              for k, v in now["view_switch_ms"].items()]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import size_report
    lines += [""] + size_report.report()
    lines += ["", f"<!-- last-run {json.dumps(now, ensure_ascii=False)} -->", ""]
    open(OUT, "w", encoding="utf-8").write("\n".join(lines))
    print("\n".join(lines[:-2]))

if __name__ == "__main__":
    sys.exit(main())
