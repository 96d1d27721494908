"""Fixtures of the browser tests: the site on a loopback port, Debian's headless Chromium driven by Playwright.

A module, not a conftest.py: a second ``conftest`` module would shadow tests/conftest.py for the
tests that import helpers from it. Test modules use ``from e2e_fixtures import *``.
"""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from web_fixtures import web_kb  # noqa: F401  (session knowledge base)

__all__ = ["web_kb", "live_server", "browser", "page", "screenshot", "ARTIFACTS"]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("GONGWEN_TEST_ARTIFACTS", ROOT / "test-artifacts"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@pytest.fixture(scope="session")
def live_server(web_kb):  # noqa: F811
    """The app served by werkzeug on 127.0.0.1 and a free port, in a thread."""
    from werkzeug.serving import make_server

    from web import create_app

    app = create_app({"DATABASE": str(web_kb["path"])})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="web-e2e", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if os.environ.get("CI"):
        import playwright.sync_api as sync_api  # CI installs both: a missing browser is a failure there
    else:
        sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (test extra)")
    executable = chromium_path()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Debian chromium is not installed: scripts/test.sh installs it")
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        base_url=live_server, locale="zh-CN", viewport={"width": 1280, "height": 900},
        permissions=["clipboard-read", "clipboard-write"],
    )
    context.set_default_timeout(15000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.js_errors = errors
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """Save a full-page screenshot as a test artifact: ``screenshot(page, "search")``."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> Path:
        path = ARTIFACTS / f"web-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
