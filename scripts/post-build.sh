#!/usr/bin/env bash
# Trunk post-build hook, in order: the Content-Security-Policy (it hashes trunk's inline script),
# then the service worker (it hashes every file, index.html with its CSP included). One hook,
# because trunk runs the hooks of a stage concurrently.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python3 "$here/csp.py"
bash "$here/service-worker.sh"
