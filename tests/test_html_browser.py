"""The HTML report in headless Chromium: it renders, runs without an error or a blocked
resource, keeps hostile sources inert, works with JavaScript off, follows the dark scheme
and prints, and opens a generated project fast. Skipped when Chromium is absent (Debian:
apt-get install chromium chromium-driver); bench/html_report.py measures the large case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from bench.browser import Browser, find_chromium
from bench.generate import generate
from typer.testing import CliRunner

from crosscheck.cli import app
from tests.conftest import REPO, ProjectFactory

pytestmark = pytest.mark.skipif(find_chromium() is None,
                                reason="needs chromium and chromium-driver")

# Installed before the page's own scripts: collects script errors and anything the page's
# Content-Security-Policy blocked (an injected script or handler, or our own inline code
# if its hash were wrong).
WATCH = """
window.__problems = [];
addEventListener("error", (e) => __problems.push("error: " + e.message));
document.addEventListener("securitypolicyviolation",
  (e) => __problems.push("blocked: " + e.violatedDirective + " " + e.sample));
"""
LOAD_BUDGET_MS = 2000
runner = CliRunner()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser(1280, 900) as opened:
        opened.before_load(WATCH)
        yield opened


def write_html(claims: Path, output: Path) -> Path:
    result = runner.invoke(app, ["report", "--claims", str(claims), "--format", "html",
                                 "--output", str(output), "--no-progress"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return output


def problems(browser: Browser) -> Any:
    return browser.run("return window.__problems;")


def test_the_demo_renders_with_its_grid_and_no_problem(browser: Browser, tmp_path: Path) -> None:
    page = write_html(REPO / "claims.yaml", tmp_path / "demo.html")
    browser.emulate("light")
    browser.open(page)
    state = browser.run("""return {
        rows: document.querySelectorAll('.g-row').length,
        cells: document.querySelectorAll('.g-cell').length,
        cards: [...document.querySelectorAll('article.card')].filter(c => !c.hidden).length,
        shown: document.getElementById('shown').textContent};""")
    assert state == {"rows": 17, "cells": state["cells"], "cards": 17,
                     "shown": "Showing 17 of 17 claims"}
    assert state["cells"] >= 17
    assert problems(browser) == []
    shot = browser.screenshot(tmp_path / "demo.png")
    assert shot.stat().st_size > 20_000


def test_filter_search_sort_and_a_cells_passages(browser: Browser, tmp_path: Path) -> None:
    page = write_html(REPO / "claims.yaml", tmp_path / "demo.html")
    browser.open(page)
    browser.run("document.querySelector('#controls input[value=supported]').click();")
    assert browser.run("return document.getElementById('shown').textContent;") == \
        "Showing 2 of 17 claims"
    assert browser.run("return document.querySelectorAll('.g-row').length;") == 2
    browser.run("document.querySelector('#controls input[value=supported]').click();")
    found = browser.run_async("""const done = arguments[0];
        const box = document.getElementById('q');
        box.value = 'Munich';
        box.dispatchEvent(new Event('input'));
        setTimeout(() => done([...document.querySelectorAll('article.card')]
          .filter(c => !c.hidden).map(c => c.id)), 400);""")
    assert "claim-ministers-meet-february" in found and len(found) < 17
    browser.open(page)
    tip = browser.run("""const cell = document.querySelector('.g-cell.rel-accepted');
        cell.click();
        const tip = document.getElementById('tip');
        return {hidden: tip.hidden, text: tip.textContent};""")
    assert not tip["hidden"]
    assert "conflicts (accepted)" in tip["text"] and "2013" in tip["text"]
    order = browser.run("""document.querySelectorAll('.g-col')[1].click();
        return [...document.querySelectorAll('article.card')].slice(0, 3).map(c => c.id);""")
    assert order[0] != "claim-crimea-annexed"
    assert problems(browser) == []


def test_keyboard_focus_survives_the_grid_redrawing(browser: Browser, tmp_path: Path) -> None:
    page = write_html(REPO / "claims.yaml", tmp_path / "demo.html")
    browser.open(page)
    keys = browser.run_async("""const done = arguments[0];
        const cell = document.querySelector('.g-cell');
        cell.focus();
        document.getElementById('grid').scrollTop += 24;
        requestAnimationFrame(() => requestAnimationFrame(() => done(
          [cell.isConnected, cell.dataset.key, document.activeElement.dataset.key])));""")
    assert keys[0] is False and keys[1] == keys[2]


def test_a_hostile_source_stays_inert(browser: Browser, make_project: ProjectFactory,
                                      tmp_path: Path) -> None:
    # No full stop inside: the sentence splitter would cut the passage there.
    hostile = ("The bridge opened in 2014 <script>name='pwned'</script> "
               "<img src=x onerror=\"name='pwned'\"> after years of delays.\n")
    claims = make_project(
        "version: 1\ncorpus: [news]\nclaims:\n  - id: opened\n    claim: The bridge opened "
        "in 2014.\n",
        {"news/a.txt": hostile, "news/<img src=x onerror=name='pwned'>.txt": hostile})
    page = write_html(claims, tmp_path / "hostile.html")
    browser.open(page)
    browser.run("document.querySelector('.g-cell').dispatchEvent("
                "new MouseEvent('mouseover', {bubbles: true}));")
    state = browser.run("""return {name: window.name,
        images: document.querySelectorAll('img').length,
        tip: document.getElementById('tip').innerText,
        text: document.body.innerText};""")
    assert state["name"] != "pwned" and state["images"] == 0
    assert "<script>name='pwned'</script>" in state["text"]
    assert "<img src=x onerror=\"name='pwned'\">" in state["tip"]
    assert "news/<img src=x onerror=name='pwned'>.txt" in state["text"]
    assert problems(browser) == []


def test_without_javascript_every_claim_is_listed(browser: Browser, tmp_path: Path) -> None:
    page = write_html(REPO / "claims.yaml", tmp_path / "demo.html")
    browser.javascript(False)
    try:
        browser.open(page)
        document = lxml.html.document_fromstring(browser.dom())
        shot = browser.screenshot(tmp_path / "nojs.png", full_page=True)
    finally:
        browser.javascript(True)
    rows = document.xpath('//table[@id="claims-table"]/tbody/tr')
    assert len(rows) == 17 and "crimea-annexed" in rows[0].text_content()
    assert len(document.xpath('//article[contains(@class, "card")]')) == 17
    assert not document.xpath('//*[contains(@class, "g-cell")]')
    assert shot.stat().st_size > 50_000


def test_dark_scheme_and_print(browser: Browser, tmp_path: Path) -> None:
    page = write_html(REPO / "claims.yaml", tmp_path / "demo.html")
    browser.open(page)
    light = browser.run("return getComputedStyle(document.body).backgroundColor;")
    browser.emulate("dark")
    dark = browser.run("return getComputedStyle(document.body).backgroundColor;")
    browser.emulate("light", media="print")
    printed = browser.run("""return {
        grid: getComputedStyle(document.getElementById('grid')).display,
        controls: getComputedStyle(document.getElementById('controls')).display,
        card: getComputedStyle(document.querySelector('article.card')).contentVisibility};""")
    browser.emulate("light")
    assert (light, dark) == ("rgb(255, 255, 255)", "rgb(13, 17, 23)")
    assert printed == {"grid": "none", "controls": "none", "card": "visible"}


def test_a_generated_project_opens_fast(browser: Browser, tmp_path: Path) -> None:
    generate(tmp_path / "large", documents=1000, claims=300)
    page = write_html(tmp_path / "large" / "claims.yaml", tmp_path / "large.html")
    browser.open("about:blank")
    browser.open(page)
    timings = browser.timings()
    assert timings["firstFrameAfterLoad"] < LOAD_BUDGET_MS
    assert browser.run("return document.querySelectorAll('article.card').length;") == 300
    assert problems(browser) == []
