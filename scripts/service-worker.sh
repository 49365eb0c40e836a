#!/usr/bin/env bash
# Trunk post-build hook: writes sw.js into the staging dist/ with the list of files to precache
# and a build id that is the hash of their contents.
set -euo pipefail
dir=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
template="$(cd "$(dirname "$0")/.." && pwd)/static/sw.template.js"
cd "$dir"
# Not the first screens of the views and embeds, nor the figures' details (screens-<build>/,
# about 580 files, 5.4 MB):
# offline, such a route starts the module, which is precached, and draws the same.
files=$(find . -type f ! -name sw.js ! -name '*.map' ! -path './screens-*' | sed 's|^\./||' | LC_ALL=C sort)
build=$(cat $files | sha256sum | cut -c1-16)
list=$(printf '"./"'; for f in $files; do printf ', "./%s"' "$f"; done)
sed -e "s|__BUILD__|$build|" -e "s|__FILES__|[$list]|" "$template" > sw.js
