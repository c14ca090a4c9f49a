"""Real headless Chromium (Debian's `chromium`) driving the desk served on loopback.

Skipped when no chromium is found, except under CI=true, where that is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from desk_corpus import SIGNED, rule_extract

from armsledger.settings import Settings
from armsledger.web.app import create_app
from armsledger.web.server import background

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    return os.environ.get("ARMSLEDGER_CHROMIUM") or shutil.which("chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        if os.environ.get("CI") == "true":
            pytest.fail("no chromium found: CI must run .ci/services.sh (apt-get install chromium)")
        pytest.skip("no chromium found (set ARMSLEDGER_CHROMIUM or install Debian's chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def base_url(desk_db: Path) -> Iterator[str]:
    app = create_app(Settings(db=f"sqlite:///{desk_db}"), extract=rule_extract)
    with background(app) as url:
        yield url


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    yield opened
    context.close()
    assert problems == []  # no CSP violations, no failed loads


def deal_ids(page: Any) -> list[str]:
    return [row.get_attribute("data-deal") for row in page.locator("tr.deal-row").all()]


def test_filter_sort_open_deal_follow_evidence(page: Any) -> None:
    page.goto("/deals")
    assert deal_ids(page) == ["CHN-PAK-J-10C", "RUS-PAK-T-90", "RUS-PAK-Mi-35M"]
    page.fill("#filter-supplier", "RUS")
    page.select_option("#filter-category", "armoured_vehicle")
    page.click("#filter-apply")
    page.wait_for_url("**/deals?*supplier=RUS*")
    assert deal_ids(page) == ["RUS-PAK-T-90"]
    page.select_option("#filter-category", "")
    page.click("#filter-apply")
    page.click("a.sort[data-sort=system]")
    assert deal_ids(page) == ["RUS-PAK-Mi-35M", "RUS-PAK-T-90"]

    page.click("tr[data-deal='RUS-PAK-T-90'] a.deal-link")
    page.wait_for_url("**/deals/RUS-PAK-T-90")
    assert page.locator("h1").inner_text() == "RUS → PAK: T-90"
    assert page.locator("svg.timeline .point").count() == 3
    card = page.locator("section.contradiction")
    assert card.count() == 1
    assert card.locator("mark.cue").first.inner_text() in {"denied", "signed"}

    reuters = page.locator("article.claim", has_text="Reuters").last
    assert reuters.locator(".grade").inner_text() == "B4"
    reuters.locator("a.evidence-link").click()
    page.wait_for_url("**/documents/reuters_signed#claim-*")
    marked = page.locator("#doc-text mark.claim").first
    assert marked.inner_text() == SIGNED
    marked.click()  # the highlight links to its claim in the side panel
    assert page.locator(".doc-claim:target").count() == 1


def test_search_from_the_header(page: Any) -> None:
    page.goto("/")
    page.fill("#nav-search", "helicopters")
    page.press("#nav-search", "Enter")
    page.wait_for_url("**/search?q=helicopters")
    hits = page.locator("ol.hits li")
    assert hits.count() >= 1
    hits.first.locator("a").click()
    page.wait_for_url("**/documents/reuters_signed*")
    assert "Four Mi-35M helicopters were delivered" in page.locator("#doc-text").inner_text()


def test_flows_and_pair_dossier(page: Any) -> None:
    page.goto("/flows")
    page.select_option("#flow-category", "aircraft")
    page.click("form.filters button")
    page.wait_for_url("**/flows?category=aircraft*")
    assert page.locator("svg.flows g.edge").count() == 1
    page.goto("/pairs/RUS/PAK")
    assert page.locator("section.direction").count() == 2
    assert page.locator("section.contradiction").count() == 1
