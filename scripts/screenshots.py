"""Save screenshots of the desk's main pages to out/screenshots/ (headless Debian chromium).

    python scripts/screenshots.py [--db out/demo.db] [--out out/screenshots]

Fills the ledger from the packaged demo corpus first when the database file does not exist.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from importlib.resources import files
from pathlib import Path

from armsledger.ingest import read
from armsledger.ledger import ingest_documents, open_ledger
from armsledger.settings import Settings
from armsledger.web.app import create_app
from armsledger.web.server import background
from armsledger.web.templating import deal_url, doc_url, pair_url

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def pages(db: str) -> list[tuple[str, str]]:
    """The pages to shoot: the lists, and the most-contested deal with its pair and a document."""
    shots = [("overview", "/"), ("deals", "/deals"), ("flows", "/flows"),
             ("contradictions", "/contradictions"), ("sources", "/sources"),
             ("search", "/search?q=T-90")]
    with open_ledger(db) as ledger:
        deals = sorted(ledger.deals(), key=lambda d: (-d.contradictions, -d.sources, d.id))
        if deals:
            top = ledger.deal(deals[0].id)
            shots.append(("deal", deal_url(top.deal.id)))
            shots.append(("pair", pair_url(top.deal.supplier, top.deal.recipient)))
            shots.append(("state", f"/states/{top.deal.recipient}"))
            if top.claims:
                shots.append(("document", doc_url(top.claims[0].doc)))
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="out/demo.db")
    parser.add_argument("--out", default="out/screenshots", type=Path)
    args = parser.parse_args()
    settings = Settings.from_env(db=args.db)
    if settings.db.startswith("sqlite:///") and not Path(settings.db[10:]).exists():
        Path(settings.db[10:]).parent.mkdir(parents=True, exist_ok=True)
        print(f"filling {settings.db} from the demo corpus ...", file=sys.stderr)
        with open_ledger(settings.db) as ledger:
            ingest_documents(ledger, read([str(files("armsledger") / "samples" / "demo")]))
    executable = os.environ.get("ARMSLEDGER_CHROMIUM") or shutil.which("chromium")
    if executable is None:
        print("Error [E901]: no chromium found. Hint: apt-get install chromium or set "
              "ARMSLEDGER_CHROMIUM", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with background(create_app(settings)) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, path in pages(settings.db):
            page.goto(base + path)
            target = args.out / f"{name}.png"
            page.screenshot(path=str(target), full_page=True)
            print(target)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
