#!/usr/bin/env python3
"""Save-to-reload latency of `sitegen serve`, measured by a real loopback client.

Starts `sitegen serve` on a site, subscribes to the live-reload event stream (/__sitegen/events) as an open page
does, then edits one post's text EDITS times (in place, as an editor saving a file does) and records the time from
just before the write until the `reload` event arrives (debounce, rebuild and push included). Prints the median,
p95 and maximum, and the server's peak resident memory (VmHWM).

    bench/serve_latency.py SITEGEN SITE_DIR [EDITS] [PORT]
"""
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def wait_for_site(port, timeout=900):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
                if r.status == 200:
                    return
        except Exception:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not serve the site in time")


class EventStream:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.buffer = b""

    def next_event(self, timeout):
        """The next `event:` name, or None on timeout."""
        self.sock.settimeout(timeout)
        while True:
            while b"\n\n" in self.buffer:
                block, self.buffer = self.buffer.split(b"\n\n", 1)
                for line in block.split(b"\n"):
                    if line.startswith(b"event: "):
                        return line[7:].decode()
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                return None
            if not data:
                raise SystemExit("the event stream closed")
            self.buffer += data.replace(b"\r\n", b"\n")


def peak_memory_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main():
    sitegen, site = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    port = int(sys.argv[4]) if len(sys.argv) > 4 else 18000 + os.getpid() % 1000
    posts = sorted(os.listdir(os.path.join(site, "Content/posts")))
    # serve's own folder: the first build must be a real one, and the site is only served once it is done.
    shutil.rmtree(os.path.join(site, ".sitegen/serve"), ignore_errors=True)
    server = subprocess.Popen([sitegen, "serve", "--source", site, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = time.time()
        wait_for_site(port)
        first_build = time.time() - started
        events = EventStream(port)
        # Let the first build's cache writing finish before the first edit.
        time.sleep(3)
        while events.next_event(0.5) is not None:
            pass
        rng = random.Random(14)
        latencies = []
        for i in range(edits):
            path = os.path.join(site, "Content/posts", posts[rng.randrange(len(posts))])
            with open(path) as f:
                text = f.read()
            # A new sentence in the body, after the front matter.
            marker = "\n---\n"
            cut = text.index(marker, 4) + len(marker)
            text = text[:cut] + f"\nEdited sentence number {i} of the latency run.\n" + text[cut:]
            t0 = time.perf_counter()
            with open(path, "w") as f:
                f.write(text)
            while True:
                event = events.next_event(60)
                if event is None:
                    raise SystemExit(f"no reload message within 60 s of edit {i}")
                if event in ("reload", "failure"):
                    break
            latencies.append(time.perf_counter() - t0)
            if event == "failure":
                raise SystemExit(f"edit {i} made the build fail")
            time.sleep(0.3)
        latencies.sort()
        p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
        print(f"serve: first build {first_build:.1f} s; save -> reload message over {edits} edits: "
              f"median {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
              f"max {latencies[-1] * 1000:.0f} ms; peak memory {peak_memory_kb(server.pid) / 1024:.0f} MB")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
