#!/usr/bin/env python3
"""Where the module's bytes go, for BENCHMARKS.md (called by scripts/bench.py; runs alone too).

Two views:
- the shipped module (dist/*.wasm) by section: code against data (the embedded report text,
  packed catalogue and map, and every string), raw and gzip;
- the code by crate, from twiggy on the optimised-before-wasm-opt module that still has its
  function names (target/wasm32-unknown-unknown/release/). Generic code instantiated for an app
  type (a yew component's lifecycle, say) counts for the app when the type is in its name, else
  for the crate that defines it. Shares are of that module's code; wasm-opt shrinks all of it.
Needs twiggy (`cargo install twiggy --locked`) for the second view; without it, says so.
"""
import collections, csv, glob, gzip, io, os, re, shutil, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OURS = ["jincheng_report_app", "jincheng_charts", "jincheng_report"]
SECTIONS = {1: "type", 2: "import", 3: "function", 7: "export", 9: "element", 10: "code", 11: "data"}


def leb(data, i):
    r = s = 0
    while True:
        b = data[i]; i += 1; r |= (b & 0x7F) << s; s += 7
        if b < 0x80:
            return r, i


def section_rows(path):
    data = open(path, "rb").read()
    i, rows = 8, []
    while i < len(data):
        sid = data[i]; i += 1
        size, i = leb(data, i)
        name = SECTIONS.get(sid, "other")
        if name in ("code", "data"):
            rows.append((name, size, len(gzip.compress(data[i:i + size], 9))))
        i += size
    return rows


def by_crate(wasm):
    twiggy = shutil.which("twiggy") or os.path.expanduser("~/.cargo/bin/twiggy")
    if not os.path.exists(twiggy):
        return None
    out = subprocess.run([twiggy, "top", "-n", "1000000", "-f", "csv", wasm], capture_output=True, text=True, check=True).stdout
    totals = collections.Counter()
    for row in csv.DictReader(io.StringIO(out)):
        name = re.sub(r"\[[0-9a-f]{16}\]", "", row["Name"])
        # Sections, and wasm-bindgen's describe functions, which its CLI runs and then removes.
        if re.match(r"(custom section|\"|export|import|data segment|elem\[|__wbindgen_describe)", name) or "subsection" in name:
            continue
        crate = next((c for c in OURS if c + "::" in name), None)
        if crate is None:
            m = re.findall(r"(?:<|^|\s|&)([a-z_][a-z0-9_]*)::", name)
            crate = m[0] if m else "(other)"
        totals[crate] += int(row["ShallowSize"])
    return totals


def report():
    lines = ["## Where the bytes go", ""]
    dist = sorted(glob.glob(os.path.join(ROOT, "dist", "*_bg.wasm")))
    if dist:
        lines += ["The shipped module by section:", "", "| section | raw | gzip |", "|---|---:|---:|"]
        lines += [f"| {n} | {r / 1024:.1f} KiB | {g / 1024:.1f} KiB |" for n, r, g in section_rows(dist[0])]
        lines += ["", "The data section holds the report text (54 KB, 23.7 KiB gzip alone), the packed catalogue "
                  "and map (build.rs) and every string of the app.", ""]
    named = os.path.join(ROOT, "target", "wasm32-unknown-unknown", "release", "jincheng-report-app.wasm")
    totals = by_crate(named) if os.path.exists(named) else None
    if totals is None:
        lines += ["Code by crate: install twiggy (`cargo install twiggy --locked`) and run `make bench` again.", ""]
        return lines
    code = sum(totals.values())
    lines += ["Code by crate (twiggy, before wasm-opt; app types in a generic's name count for the app):", "",
              "| crate | bytes | share |", "|---|---:|---:|"]
    for crate, size in totals.most_common(14):
        lines.append(f"| {crate} | {size / 1024:.1f} KiB | {100 * size / code:.0f}% |")
    lines.append("")
    return lines


if __name__ == "__main__":
    print("\n".join(report()))
