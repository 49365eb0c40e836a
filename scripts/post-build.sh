#!/usr/bin/env bash
# Trunk post-build hook, in order: the first screens rendered by the app's own components
# (src/prerender.rs: the overview into index.html, every embed into embed/), the data package (data/: datapackage.json, *.json, *.csv,
# README.md, from the same checked seeds the app embeds), the Content-Security-Policy (it hashes the inline scripts),
# then the service worker (it hashes every file, index.html with its CSP included). One hook,
# because trunk runs the hooks of a stage concurrently.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
cargo run --quiet --manifest-path "$here/../Cargo.toml" --features prerender --bin prerender -- "$dir/index.html"
# The whole data package (datapackage.json, the figures as JSON and CSV with a byte-order mark,
# the corrections, a README), validated before it is written: report::package.
cargo run --quiet --manifest-path "$here/../Cargo.toml" -p jincheng-report --bin figures -- --out "$dir/data"
python3 "$here/csp.py"
bash "$here/service-worker.sh"
