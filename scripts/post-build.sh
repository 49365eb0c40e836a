#!/usr/bin/env bash
# Trunk post-build hook, in order: the first screens rendered by the app's own components
# (src/prerender.rs: the overview into index.html, every embed into embed/), the catalogue downloads (data/*.json, *.csv, from the same
# checked seeds the app embeds), the Content-Security-Policy (it hashes the inline scripts),
# then the service worker (it hashes every file, index.html with its CSP included). One hook,
# because trunk runs the hooks of a stage concurrently.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
cargo run --quiet --manifest-path "$here/../Cargo.toml" --features prerender --bin prerender -- "$dir/index.html"
mkdir -p "$dir/data"
figures() { cargo run --quiet --manifest-path "$here/../Cargo.toml" -p jincheng-report --bin figures -- "$@"; }
figures --format json > "$dir/data/jincheng-2024-figures.json"
# A byte-order mark so that spreadsheet programs read the Chinese as UTF-8.
{ printf '\357\273\277'; figures --format csv; } > "$dir/data/jincheng-2024-figures.csv"
python3 "$here/csp.py"
bash "$here/service-worker.sh"
