#!/usr/bin/env python3
"""End-to-end check of `sitegen serve` in headless Chromium, driven over the DevTools protocol.

Opens URL, scrolls down, rewrites FILE (replacing OLD with NEW, the way an editor saves), and waits until the
page's DOM shows NEW without this script navigating: the page must reload itself from the server's event and
come back at the same scroll position. Talks to Chromium over --remote-debugging-pipe (NUL-separated JSON on
file descriptors 3 and 4), so it needs nothing but Python's standard library.

Prints one JSON line with what it saw; exits 0 when the edit showed up, 1 when it did not, 77 when no
Chromium is installed.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class DevTools:
    def __init__(self, binary, profile):
        to_browser_r, self.to_browser_w = os.pipe()
        self.from_browser_r, from_browser_w = os.pipe()
        # Chromium reads commands on fd 3 and writes replies on fd 4; the shell puts the pipe ends there.
        args = [binary, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", f"--user-data-dir={profile}",
                "--window-size=1000,600", "about:blank"]
        command = 'exec "$@" 3<&%d 4>&%d' % (to_browser_r, from_browser_w)
        self.process = subprocess.Popen(
            ["/bin/sh", "-c", command, "chromium"] + args, pass_fds=(to_browser_r, from_browser_w),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser_w, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser_r, 65536)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def wait_until(devtools, expression, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if devtools.evaluate(expression):
                return True
        except RuntimeError:
            pass  # the page is between documents while it reloads
        time.sleep(0.05)
    return False


def main():
    if len(sys.argv) != 5:
        print("usage: browser-reload-check.py URL FILE OLD NEW", file=sys.stderr)
        return 2
    url, path, old, new = sys.argv[1:]
    binary = find_chromium()
    if not binary:
        print(json.dumps({"skipped": "no chromium installed"}))
        return 77
    with tempfile.TemporaryDirectory() as profile:
        devtools = DevTools(binary, profile)
        try:
            targets = devtools.send("Target.getTargets", session=False)["targetInfos"]
            page = next(t for t in targets if t["type"] == "page")
            devtools.session = devtools.send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True},
                                             session=False)["sessionId"]
            devtools.send("Page.enable")
            devtools.send("Runtime.enable")
            devtools.send("Page.navigate", {"url": url})
            if not wait_until(devtools, f"document.readyState === 'complete' && document.body.innerText.includes({json.dumps(old)})", 30):
                print(json.dumps({"ok": False, "error": "the page never showed the original text"}))
                return 1
            # Wait until the page's event stream is open, then scroll down.
            wait_until(devtools, "performance.getEntriesByType('resource').some(e => e.name.includes('/__sitegen/events'))", 10)
            time.sleep(0.3)
            devtools.evaluate("window.scrollTo({top: 200, behavior: 'instant'})")
            wait_until(devtools, "window.scrollY > 0", 5)
            scroll_before = devtools.evaluate("window.scrollY")
            with open(path, encoding="utf-8") as f:
                text = f.read()
            temporary = path + ".tmp-save"
            with open(temporary, "w", encoding="utf-8") as f:
                f.write(text.replace(old, new))
            os.replace(temporary, path)
            started = time.time()
            shown = wait_until(devtools, f"document.body.innerText.includes({json.dumps(new)})", 30)
            seconds = time.time() - started
            wait_until(devtools, f"window.scrollY === {scroll_before}", 3)
            result = {
                "ok": shown,
                "seconds": round(seconds, 3),
                "url": devtools.evaluate("location.href"),
                "navigation": devtools.evaluate("performance.getEntriesByType('navigation')[0].type"),
                "scroll_before": scroll_before,
                "scroll_after": devtools.evaluate("window.scrollY"),
                "overlay": devtools.evaluate("!!document.getElementById('sitegen-error-overlay')"),
            }
            print(json.dumps(result))
            return 0 if shown else 1
        finally:
            devtools.close()


if __name__ == "__main__":
    sys.exit(main())
