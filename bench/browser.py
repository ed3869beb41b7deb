"""Headless Chromium over the W3C WebDriver protocol, to look at the HTML report as a person
would: open it, time it, take screenshots, run a script in it.

Standard library only: chromedriver (Debian package ``chromium-driver``) speaks JSON over
HTTP on the loopback, which is all this needs. ``find_chromium()`` is None when Chromium or
chromedriver is missing, and callers skip.
"""

from __future__ import annotations

import base64
import contextlib
import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                  "--force-color-profile=srgb")

# Timings taken in the page once it has loaded and drawn its first frame after the load
# event (two animation frames: the one scheduled, then the one that shows it).
PAGE_TIMINGS = """
const done = arguments[arguments.length - 1];
const loaded = () => {
  const nav = performance.getEntriesByType("navigation")[0];
  return nav && nav.loadEventEnd > 0;
};
const measure = () => requestAnimationFrame(() => requestAnimationFrame(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const ready = performance.getEntriesByName("crosscheck:ready")[0];
  done({domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
        firstContentfulPaint: paint ? paint.startTime : null,
        scriptReady: ready ? ready.startTime : null, firstFrameAfterLoad: performance.now(),
        transferSize: nav.transferSize, domNodes: document.getElementsByTagName("*").length});
}));
const wait = () => loaded() ? measure() : setTimeout(wait, 10);
wait();
"""


def find_chromium() -> tuple[str, str] | None:
    """(chromium, chromedriver) executables, or None when either is missing."""
    browser = next((found for name in ("chromium", "chromium-browser", "google-chrome")
                    if (found := shutil.which(name))), None)
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Browser:
    """One headless Chromium session with a fresh profile; use it as a context manager."""

    def __init__(self, width: int = 1280, height: int = 900) -> None:
        found = find_chromium()
        if found is None:
            raise RuntimeError("chromium and chromedriver are needed "
                               "(Debian: apt-get install chromium chromium-driver)")
        chromium, chromedriver = found
        self.profile = Path(tempfile.mkdtemp(prefix="crosscheck-chromium-"))
        port = _free_port()
        self.base = f"http://127.0.0.1:{port}"
        self.driver = subprocess.Popen([chromedriver, f"--port={port}"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            self._wait_ready()
            args = [*CHROMIUM_FLAGS, f"--user-data-dir={self.profile}",
                    f"--window-size={width},{height}"]
            answer = self._call("POST", "/session", {"capabilities": {"alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {"binary": chromium, "args": args}}}})
            self.session = f"/session/{answer['sessionId']}"
        except BaseException:
            self._stop_driver()
            raise

    def _wait_ready(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self._call("GET", "/status").get("ready"):
                    return
            except (urllib.error.URLError, ConnectionError):
                pass
            time.sleep(0.1)
        raise RuntimeError("chromedriver did not start")

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as exc:
            detail = json.loads(exc.read() or b"{}").get("value", {})
            raise RuntimeError(f"webdriver {method} {path}: {detail.get('message', exc)}") \
                from None

    def _cdp(self, command: str, params: dict[str, Any]) -> Any:
        return self._call("POST", f"{self.session}/goog/cdp/execute",
                          {"cmd": command, "params": params})

    def before_load(self, script: str) -> None:
        """Run ``script`` in every page this session opens, before the page's own scripts."""
        self._cdp("Page.addScriptToEvaluateOnNewDocument", {"source": script})

    def emulate(self, color_scheme: str = "light", media: str = "") -> None:
        """Render as under ``prefers-color-scheme: color_scheme``, for ``media`` ("print",
        or "" for the screen)."""
        self._cdp("Emulation.setEmulatedMedia", {"media": media, "features": [
            {"name": "prefers-color-scheme", "value": color_scheme}]})

    def javascript(self, enabled: bool) -> None:
        """Turn the pages' JavaScript on or off (the next page opened is read accordingly)."""
        self._cdp("Emulation.setScriptExecutionDisabled", {"value": not enabled})

    def dom(self) -> str:
        """The document as the browser holds it now, read without running any script."""
        root = self._cdp("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        html: str = self._cdp("DOM.getOuterHTML", {"nodeId": root})["outerHTML"]
        return html

    def open(self, page: Path | str) -> float:
        """Open a file or URL; the seconds until its load event had run."""
        url = page.resolve().as_uri() if isinstance(page, Path) else page
        started = time.perf_counter()
        self._call("POST", f"{self.session}/url", {"url": url})
        return time.perf_counter() - started

    def run(self, script: str, *args: Any) -> Any:
        """Run a function body in the page and return its value."""
        return self._call("POST", f"{self.session}/execute/sync",
                          {"script": script, "args": list(args)})

    def run_async(self, script: str, *args: Any) -> Any:
        """Run a function body whose last argument is the callback that returns its value."""
        return self._call("POST", f"{self.session}/execute/async",
                          {"script": script, "args": list(args)})

    def timings(self) -> dict[str, Any]:
        """The page's load timings in milliseconds since navigation started."""
        result: dict[str, Any] = self.run_async(PAGE_TIMINGS)
        return result

    def screenshot(self, target: Path, full_page: bool = False) -> Path:
        """A PNG of the viewport, or of the whole page."""
        if full_page:
            data = self._cdp("Page.captureScreenshot",
                             {"format": "png", "captureBeyondViewport": True})["data"]
        else:
            data = self._call("GET", f"{self.session}/screenshot")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(data))
        return target

    def close(self) -> None:
        """End the session, chromedriver and the profile."""
        with contextlib.suppress(RuntimeError, urllib.error.URLError, ConnectionError):
            self._call("DELETE", self.session)
        self._stop_driver()

    def _stop_driver(self) -> None:
        self.driver.terminate()
        try:
            self.driver.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.driver.kill()
            self.driver.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
