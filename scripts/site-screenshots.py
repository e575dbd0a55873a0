#!/usr/bin/env python3
"""Screenshots and checks of a built site in headless Chromium, served by a plain static server.

    site-screenshots.py SITE_DIR BASE_PATH OUT_DIR QUERY POST_PATH

Serves SITE_DIR at BASE_PATH (for example /fieldnotes/, the path of base_url) with `python3 -m http.server` on
loopback, as GitHub Pages serves a project site, then in Chromium (over the DevTools pipe, see
browser-reload-check.py):

- searches for QUERY on the search page and screenshots the results (light and dark colour schemes), checks that
  every result links under BASE_PATH and that ArrowDown moves the focus from the input to the first result;
- opens POST_PATH (relative to BASE_PATH) in light and dark and screenshots it, checking the stylesheet loaded
  and the two schemes differ;
- opens the post and the search page with JavaScript off: the post's text must be there, the search page must
  say where to go instead.

Writes PNG files into OUT_DIR and prints one JSON object with what it saw. Exits 0 when every check passed, 1
when one failed, 77 when Chromium is not installed.
"""
import base64
import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("reload_check", os.path.join(HERE, "browser-reload-check.py"))
reload_check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reload_check)
DevTools, wait_until, find_chromium = reload_check.DevTools, reload_check.wait_until, reload_check.find_chromium


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(site, base_path, root):
    """Serves `site` at `base_path` under a fresh folder `root` (a symbolic link), returns (process, origin)."""
    parts = [p for p in base_path.split("/") if p]
    folder = root
    for part in parts[:-1]:
        folder = os.path.join(folder, part)
        os.makedirs(folder, exist_ok=True)
    if parts:
        os.symlink(os.path.abspath(site), os.path.join(folder, parts[-1]))
    else:
        root = os.path.abspath(site)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", root],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return process, f"http://127.0.0.1:{port}"


class Browser:
    def __init__(self, binary, profile):
        self.devtools = DevTools(binary, profile)
        targets = self.devtools.send("Target.getTargets", session=False)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.devtools.session = self.devtools.send(
            "Target.attachToTarget", {"targetId": page["targetId"], "flatten": True}, session=False)["sessionId"]
        self.devtools.send("Page.enable")
        self.devtools.send("Runtime.enable")
        self.devtools.send("Emulation.setDeviceMetricsOverride",
                           {"width": 1100, "height": 900, "deviceScaleFactor": 1, "mobile": False})

    def scheme(self, name):
        self.devtools.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": name}]})

    def scripts(self, enabled):
        self.devtools.send("Emulation.setScriptExecutionDisabled", {"value": not enabled})

    def open(self, url):
        self.devtools.send("Page.navigate", {"url": url})
        time.sleep(0.1)
        return wait_until(self.devtools, "document.readyState === 'complete'", 20)

    def value(self, expression):
        return self.devtools.evaluate(expression)

    def screenshot(self, path):
        data = self.devtools.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return os.path.getsize(path)

    def key(self, key, code):
        for kind in ("keyDown", "keyUp"):
            self.devtools.send("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": code,
                                                          "windowsVirtualKeyCode": 40 if key == "ArrowDown" else 0})

    def close(self):
        self.devtools.close()


def main():
    if len(sys.argv) != 6:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    site, base_path, out, query, post = sys.argv[1:]
    base_path = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
    binary = find_chromium()
    if not binary:
        print(json.dumps({"skipped": "chromium is not installed (apt-get install chromium)"}))
        return 77
    os.makedirs(out, exist_ok=True)
    checks = {}
    seen = {}
    with tempfile.TemporaryDirectory() as root, tempfile.TemporaryDirectory() as profile:
        server, origin = serve(site, base_path, root)
        browser = Browser(binary, profile)
        try:
            search_url = f"{origin}{base_path}search/?q={query}"
            for scheme in ("light", "dark"):
                browser.scheme(scheme)
                browser.open(search_url)
                found = wait_until(browser.devtools, "document.querySelectorAll('#search-results > li').length > 0 || "
                                   "/No results|could not/.test(document.getElementById('search-status').textContent)", 20)
                seen[f"search_{scheme}_status"] = browser.value("document.getElementById('search-status').textContent")
                seen[f"search_{scheme}_results"] = browser.value("document.querySelectorAll('#search-results > li').length")
                seen[f"search_{scheme}_png"] = browser.screenshot(os.path.join(out, f"search-{scheme}.png"))
                checks[f"search results ({scheme})"] = found and seen[f"search_{scheme}_results"] > 0
            links = browser.value("[...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href'))") or []
            seen["search_links"] = links[:5]
            checks["every result links under the base path"] = bool(links) and all(l.startswith(base_path) for l in links)
            seen["marked_words"] = browser.value("document.querySelectorAll('#search-results mark').length")
            browser.value("document.getElementById('search-query').focus()")
            browser.key("ArrowDown", "ArrowDown")
            checks["ArrowDown moves to the first result"] = bool(browser.value(
                "document.activeElement === document.querySelector('#search-results a')"))
            browser.open(f"{origin}{base_path}search/?q=zzzqqqxxnothing")
            wait_until(browser.devtools, "/No results/.test(document.getElementById('search-status').textContent)", 10)
            checks["a query without results says so"] = "No results" in (browser.value(
                "document.getElementById('search-status').textContent") or "")

            backgrounds = {}
            for scheme in ("light", "dark"):
                browser.scheme(scheme)
                ok = browser.open(f"{origin}{base_path}{post}")
                backgrounds[scheme] = browser.value("getComputedStyle(document.body).backgroundColor")
                seen[f"post_{scheme}_png"] = browser.screenshot(os.path.join(out, f"post-{scheme}.png"))
                checks[f"post loads with its stylesheet ({scheme})"] = ok and bool(browser.value(
                    "[...document.styleSheets].some(s => s.href && s.href.includes('assets/style.css') && s.cssRules.length > 50)"))
                checks[f"post's images load ({scheme})"] = bool(browser.value(
                    "[...document.images].every(i => i.complete && i.naturalWidth > 0)"))
            seen["backgrounds"] = backgrounds
            checks["light and dark differ"] = backgrounds["light"] != backgrounds["dark"]

            browser.scheme("light")
            browser.scripts(False)
            browser.open(f"{origin}{base_path}{post}")
            text = browser.value("document.querySelector('main').innerText") or ""
            seen["post_without_js_characters"] = len(text)
            checks["the post reads without JavaScript"] = len(text) > 200 and bool(browser.value(
                "[...document.styleSheets].some(s => s.href && s.href.includes('assets/style.css'))"))
            seen["post_nojs_png"] = browser.screenshot(os.path.join(out, "post-no-javascript.png"))
            browser.open(f"{origin}{base_path}search/?q={query}")
            search_text = browser.value("document.querySelector('main').innerText") or ""
            checks["the search page without JavaScript points to the archive"] = "archive" in search_text
            seen["search_nojs_png"] = browser.screenshot(os.path.join(out, "search-no-javascript.png"))
            browser.scripts(True)
        finally:
            browser.close()
            # SIGKILL: a parent that blocks SIGTERM (a test runner) passes the blocked mask on to the server.
            server.kill()
            server.wait(timeout=10)
    ok = all(checks.values())
    print(json.dumps({"ok": ok, "checks": checks, "seen": seen}, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
