#!/usr/bin/env python3
"""Trunk post-build step: start the module as static/start.template.js says, with its integrity,
then give dist/index.html a Content-Security-Policy that allows nothing from outside the app's
origin. The inline scripts (the start-up, the first screen's language picker) are allowed by
their SHA-256 hashes, computed here from the final bytes, so no 'unsafe-inline' for scripts.

No 'unsafe-inline' for styles either: the charts and the map colour their marks by class (the
stylesheet maps `ink-*` classes to the light/dark custom properties) and the tooltip is placed
through the CSSOM, which a CSP does not restrict. frame-ancestors cannot be set from a meta tag;
see the README for the header to send where the host allows headers.
"""
import base64, hashlib, os, re, sys

dist = os.environ.get("TRUNK_STAGING_DIR") or sys.argv[1]
path = os.path.join(dist, "index.html")
html = open(path, encoding="utf-8").read()

# Trunk's start-up: a module preload and a wasm preload in <head>, and an inline script that
# imports the glue and starts the module at once. Replaced by static/start.template.js, which
# starts it at once only on routes without a first screen; elsewhere it waits for the reader
# (see that file). The preloads become part of static/head.template.js, which adds them only on
# routes without a first screen: elsewhere they would fetch the module regardless.
# Integrity stays: the template preloads the glue with it and fetches the wasm with it (Chromium
# ignores integrity on a fetch preload anyway, crbug.com/981419).
def attrs(tag):
    return dict(re.findall(r'([a-z-]+)="([^"]*)"', tag))

glue = re.search(r'<link rel="modulepreload"[^>]*>\s*', html)
wasm = re.search(r'<link rel="preload"[^>]*_bg\.wasm"[^>]*>\s*', html)
boot = re.search(r'<script type="module">[^<]*?import init, \* as bindings[^<]*?</script>', html, flags=re.S)
if not (glue and wasm and boot):
    sys.exit("csp.py: trunk's start-up is not where expected (modulepreload %s, wasm preload %s, script %s)" % (bool(glue), bool(wasm), bool(boot)))
g, w = attrs(glue.group(0)), attrs(wasm.group(0))
# The first screens (src/bin/prerender.rs) go into a folder named after the build, so that a page
# never draws another build's screen: the service worker may serve an old index.html while the
# host has new files (and the screens are not precached).
# Trunk writes the hash in hex without leading zeros: up to 16 digits, and not always 16.
build = re.search(r"-([0-9a-f]{12,16})_bg\.wasm$", w["href"])
if not build:
    sys.exit("csp.py: cannot read the build's hash from %s" % w["href"])
screens_dir = "screens-" + build.group(1)
if os.path.isdir(os.path.join(dist, "screens")):
    os.replace(os.path.join(dist, "screens"), os.path.join(dist, screens_dir))

def template(name):
    text = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "static", name), encoding="utf-8").read()
    # The comments are for the repository's readers; every visitor would download them.
    text = "".join(l for l in text.splitlines(True) if not l.lstrip().startswith("//"))
    for key, value in {"__GLUE__": g["href"], "__GLUE_INTEGRITY__": g["integrity"], "__WASM__": w["href"], "__WASM_INTEGRITY__": w["integrity"], "__SCREENS__": screens_dir}.items():
        text = text.replace(key, value)
    return text

html = html.replace(boot.group(0), '<script type="module">\n' + template("start.template.js") + '</script>')
# The preloads' place in <head> gets a script that adds them back on every route but the overview.
html = html.replace(glue.group(0), "").replace(wasm.group(0), "")
# The head script right after the list of first screens it reads, before the stylesheet: it
# decides what the picker, boot.js and the start-up script do, and starts the downloads.
screens = re.search(r'<meta name="first-screens"[^>]*>', html)
if not screens:
    sys.exit("csp.py: index.html has no <meta name=\"first-screens\"> (src/bin/prerender.rs fills it in)")
html = html.replace(screens.group(0), screens.group(0) + "\n  <script>\n" + template("head.template.js") + "</script>", 1)
inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() for s in inline
)
policy = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval' " + hashes,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
])
meta = '<meta http-equiv="Content-Security-Policy" content="%s">' % policy
html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\s*', "", html)
html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  ' + meta, 1)
open(path, "w", encoding="utf-8").write(html)
