#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) the app needs, skipping whatever is already
# there: the wasm32 target, trunk, the wasm-bindgen CLI that matches Cargo.lock, wasm-opt from
# npm's binaryen, CJK fonts (the build draws the long image in Chinese), and for tests Chromium
# and chromedriver (Debian packages).
# Usage: scripts/setup.sh build|test
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}
tools="$PWD/.tools"
mkdir -p "$tools"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return
  say "installing ${missing[*]} (Debian packages)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first" >&2; exit 1; }
command -v npm >/dev/null || apt_install nodejs npm

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]; then
  say "installing trunk 0.21.14 (several minutes on two cores)"
  cargo install trunk --version 0.21.14 --locked
fi

# The CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
  say "installing wasm-bindgen-cli $wb (several minutes on two cores)"
  # Not --locked: one of the CLI's locked dependencies is gone from the registry.
  cargo install wasm-bindgen-cli --version "=$wb"
fi

# Debian's binaryen is too old for today's modules; npm's binaryen 132 works.
if [ ! -x "$tools/node_modules/.bin/wasm-opt" ]; then
  say "installing wasm-opt (npm binaryen@132.0.0)"
  (cd "$tools" && npm install --silent --no-audit --no-fund --prefix "$tools" binaryen@132.0.0 >/dev/null)
fi

# The site step rasterises the long image (一图读懂) of both languages: it needs a CJK font.
apt_install fonts-noto-cjk

if [ "$what" = test ]; then
  apt_install chromium chromium-driver
  # axe-core: the accessibility rules the end-to-end tests run on every view.
  if [ ! -f "$tools/node_modules/axe-core/axe.min.js" ]; then
    say "installing axe-core 4.10.2 (npm)"
    npm install --silent --no-audit --no-fund --prefix "$tools" axe-core@4.10.2 >/dev/null
  fi
fi
