#!/usr/bin/env python3
"""Trunk post-build step: make the module's fetch check its integrity, then give dist/index.html
a Content-Security-Policy that allows nothing from
outside the app's origin. Trunk's inline start-up script is allowed by its SHA-256 hash, computed
here from the bytes trunk wrote, so no 'unsafe-inline' is needed for scripts.

No 'unsafe-inline' for styles either: the charts and the map colour their marks by class (the
stylesheet maps `ink-*` classes to the light/dark custom properties) and the tooltip is placed
through the CSSOM, which a CSP does not restrict. frame-ancestors cannot be set from a meta tag;
see the README for the header to send where the host allows headers.
"""
import base64, hashlib, os, re, sys

dist = os.environ.get("TRUNK_STAGING_DIR") or sys.argv[1]
path = os.path.join(dist, "index.html")
html = open(path, encoding="utf-8").read()

# Subresource integrity for the module. Trunk puts it on the wasm preload, but Chromium ignores
# integrity on a fetch preload (crbug.com/981419), so the start-up script's own fetch carries it
# too. This edits trunk's inline script, so it comes before the hashes below.
wasm = re.search(r'<link rel="preload" href="([^"]+_bg\.wasm)"[^>]*\bintegrity="([^"]+)"', html)
if wasm:
    url, integrity = wasm.groups()
    plain = "module_or_path: '%s'" % url
    if plain in html:
        html = html.replace(plain, "module_or_path: fetch('%s', { integrity: '%s' })" % (url, integrity))
    elif "integrity: '%s'" % integrity not in html:
        sys.exit("csp.py: cannot find trunk's start-up call for %s to give it its integrity" % url)
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
