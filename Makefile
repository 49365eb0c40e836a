# The two commands of the README: `make serve` builds and serves the app, `make test` runs every
# test. Both install what is missing first (scripts/setup.sh).

SHELL := /bin/bash
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# trunk uses the tools on PATH instead of downloading its own.
export TRUNK_OFFLINE := true

.PHONY: serve build test test-native test-wasm test-e2e figures screenshots bench lighthouse

serve:
	scripts/setup.sh build
	trunk serve --release

build:
	scripts/setup.sh build
	trunk build --release

test:
	scripts/setup.sh test
	$(MAKE) test-native
	trunk build --release
	$(MAKE) test-wasm
	$(MAKE) test-e2e

test-native:
	cargo test --workspace
	# The site step (src/site.rs), the language audit of every page (src/lang_audit.rs) and the
	# views tested through the build's renderer need its feature.
	cargo test --features ssr --lib

test-wasm:
	cargo test --target wasm32-unknown-unknown --test web

# One browser at a time: the machine has two cores, and the tests wait on what a page does.
test-e2e:
	cargo test --features e2e --test e2e -- --test-threads=1

figures:
	cargo run --release --bin figures -- --format json

screenshots:
	trunk build --release
	cargo test --features e2e --test e2e screenshots -- --ignored

# Both build dist/ for the address scripts/lighthouse.mjs serves it on (SITE_URL: every page's
# canonical and hreflang addresses); `make lighthouse` first, then `make bench`, which adds its
# results (target/lighthouse.json) to BENCHMARKS.md.
LH_PORT ?= 8787
SITE_URL ?= http://127.0.0.1:$(LH_PORT)/

bench:
	scripts/setup.sh test
	SITE_URL=$(SITE_URL) python3 scripts/bench.py

lighthouse:
	scripts/setup.sh test
	test -d .tools/node_modules/lighthouse || npm install --silent --no-audit --no-fund --prefix .tools lighthouse@12.2.3
	SITE_URL=http://127.0.0.1:$(LH_PORT)/ trunk build --release
	LH_PORT=$(LH_PORT) node scripts/lighthouse.mjs
