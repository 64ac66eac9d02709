"""Real pages in headless Chromium (Debian's package, never a downloaded browser): every chart
is drawn, and there is no console error, page error or Content-Security-Policy violation."""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from conftest import SEED_STORY

from slant.cli import make_server

CHROMIUM = os.environ.get("SLANT_CHROMIUM", "/usr/bin/chromium")
pytestmark = pytest.mark.browser

playwright_api = pytest.importorskip("playwright.sync_api")
if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        pytest.fail(f"Chromium not found at {CHROMIUM}; .ci/run installs Debian's chromium",
                    pytrace=False)
    pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)

WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def served(subpath_site):
    server = make_server(subpath_site, "/slant-demo/", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/slant-demo/"
    server.shutdown()


def open_page(browser, url, width=1280):
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    page.add_init_script(WATCH_CSP)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page, problems


def assert_charts_drawn(page) -> int:
    boxes = page.locator("[data-chart-spec]")
    count = boxes.count()
    assert count > 0
    page.wait_for_function(
        "document.querySelectorAll('[data-chart-spec][data-drawn=\"true\"]').length === "
        "document.querySelectorAll('[data-chart-spec]').length", timeout=15000)
    for i in range(count):
        assert boxes.nth(i).locator("svg.main-svg").count() > 0
    return count


@pytest.mark.parametrize("width", [1280, 390])
def test_story_page_draws_every_chart_cleanly(browser, served, width):
    page, problems = open_page(browser, f"{served}stories/{SEED_STORY}.html", width)
    assert assert_charts_drawn(page) >= 3
    assert page.evaluate("window.__cspViolations") == []
    assert problems == []
    # The tone chart's hover and the coverage matrix are interactive plotly charts.
    assert page.locator("#chart-coverage .hoverlayer").count() == 1
    page.close()


def test_article_page_draws_its_chart_and_marks_quotes(browser, served):
    page, problems = open_page(browser, f"{served}articles/{SEED_STORY}/cbs-news.html")
    assert assert_charts_drawn(page) == 1
    assert page.locator(".article-text .q-full").count() >= 5
    assert page.locator(".article-text .who").first.inner_text().strip() != ""
    assert page.evaluate("window.__cspViolations") == []
    assert problems == []
    page.close()


def test_pages_work_from_the_file_system(browser, seed_site):
    page, problems = open_page(browser, (seed_site / "stories" / f"{SEED_STORY}.html").as_uri())
    assert assert_charts_drawn(page) >= 3
    assert problems == []
    page.close()
