"""The pair dossier over the hand-made ledger: every claim sourced, the contradiction shown."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from desk_corpus import DENIED, HELIS, SIGNED, TALKS
from typer.testing import CliRunner

from armsledger.cli.main import app
from armsledger.ledger import Ledger, open_ledger
from armsledger.report import html, markdown
from armsledger.report.dossier import build_dossier
from armsledger.types import Category, Claim, Document, Status

OFFER = "Russia has offered Mi-28 attack helicopters to Pakistan."
SOLD = "Russia agreed an arms package for Pakistan, including T-90 tanks."
NO_SALE = "The source said Russia would not sell tanks or helicopters to Pakistan."


def test_dossier_gathers_both_directions_and_numbers_sources(desk_ledger: Ledger) -> None:
    d = build_dossier(desk_ledger, "pak", "rus", today=date(2024, 1, 1))
    assert (d.a, d.b, d.a_name, d.b_name) == ("PAK", "RUS", "Pakistan", "Russia")
    assert [(x.supplier, x.recipient) for x in d.directions] == [("PAK", "RUS"), ("RUS", "PAK")]
    assert [e.summary.id for e in d.deals] == ["RUS-PAK-Mi-35M", "RUS-PAK-T-90"]
    assert [(s.n, s.doc, s.outlet) for s in d.sources] == [
        (1, "dawn_talks", "Dawn"), (2, "reuters_signed", "Reuters"), (3, "tass_denial", "TASS")]
    assert [c.evidence for c in d.claims] == [TALKS, SIGNED, HELIS, DENIED]
    assert [x.kind for x in d.contradictions] == ["denial"]


def test_markdown_cites_every_claim_and_invents_nothing(desk_ledger: Ledger) -> None:
    text = markdown.render(build_dossier(desk_ledger, "RUS", "PAK", today=date(2024, 1, 1)))
    assert text.startswith("# Arms transfers between Russia and Pakistan (RUS ⇄ PAK)\n")
    assert ("| RUS → PAK | T-90 | armoured_vehicle | agreement, contested | B4 | 3 | "
            "2017-03-14 – 2018-09-20 | quantity 300 | [1][2][3] |") in text
    assert "### Denial: T-90 (RUS → PAK)" in text
    assert "stands against 1 claim on 1 deal:" in text
    assert "  > Moscow **denied** that it would sell T-90 tanks to Pakistan." in text
    assert "- **T-90** · 2018-06-02 · **agreement** · B4 · Reuters, according to the ministry [2]" \
        in text
    # every evidence line is preceded by a line that cites a numbered source
    lines = text.splitlines()
    quotes = [i for i, line in enumerate(lines) if line.startswith("  > ")]
    assert quotes and all(re.search(r"\[\d\]$", lines[i - 1]) for i in quotes)
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    listed = {int(m) for m in re.findall(r"^(\d+)\. ", text, flags=re.M)}
    assert cited == listed == {1, 2, 3}
    assert "J-10C" not in text  # CHN -> PAK is not this pair's business
    assert "3. TASS (reliability D), 2018-09-20. “Moscow rejects tank reports” " \
           "<https://example.org/tass/denial> — document `tass_denial`" in text


def test_html_dossier_is_self_contained(desk_ledger: Ledger) -> None:
    page = html.render(build_dossier(desk_ledger, "RUS", "PAK", today=date(2024, 1, 1)))
    assert "<script" not in page
    assert not re.search(r'(src|href)="(https?:)?//', page.replace(
        'href="https://example.org/', ""))  # only the sources' own links leave the file
    assert page.count("<svg") == 1 and 'class="chart timeline-rows"' in page
    assert 'Moscow <mark class="cue">denied</mark> that' in page
    assert page.count('class="contradiction"') == 1
    assert re.findall(r'<li id="source-(\d)">', page) == ["1", "2", "3"]


def test_report_command_writes_md_and_html(desk_ledger: Ledger, tmp_path: Path) -> None:
    db = desk_ledger.url
    runner = CliRunner()
    result = runner.invoke(app, ["report", "--pair", "RUS", "PAK", "--db", db])
    assert result.exit_code == 0, result.output
    assert "### Denial: T-90 (RUS → PAK)" in result.stdout
    out = tmp_path / "rus-pak.html"
    result = runner.invoke(app, ["report", "--pair", "RUS", "PAK", "--format", "html", "--db", db,
                                 "--out", str(out)])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


@pytest.mark.parametrize("args", [["--pair", "RUS", "PAKI"], ["--pair", "RUS", "PAK", "--db",
                                                                 "/nonexistent/ledger.db"]])
def test_report_command_errors_are_one_line(args: list[str]) -> None:
    from armsledger.errors import ArmsledgerError

    result = CliRunner().invoke(app, ["report", *args])
    assert isinstance(result.exception, ArmsledgerError)
    assert str(result.exception).startswith(("Error [E100]: --pair takes",
                                             "Error [E300]: no ledger at /nonexistent"))


def _claims(doc: Document) -> list[Claim]:
    """OFFER: a Mi-28 offer; SOLD: a T-90 agreement and a generic arms agreement from one
    sentence; NO_SALE: one denial sentence read as two category denials."""
    specs = {OFFER: [("Mi-28", Category.HELICOPTER, Status.OFFER)],
             SOLD: [("T-90", Category.ARMOURED_VEHICLE, Status.AGREEMENT),
                    (None, Category.ARMS, Status.AGREEMENT)],
             NO_SALE: [(None, Category.ARMOURED_VEHICLE, Status.DENIAL),
                       (None, Category.HELICOPTER, Status.DENIAL)]}
    out = []
    for sentence, claims in specs.items():
        start = doc.text.find(sentence)
        if start < 0:
            continue
        for system, category, status in claims:
            out.append(Claim(doc=doc.id, supplier="RUS", recipient="PAK", system=system,
                             category=category, status=status, quantity=None, value_usd=None,
                             year=None, evidence=sentence, span=(start, start + len(sentence)),
                             family=system, attributed_to="The source" if status == Status.DENIAL
                             else None))
    return out


def test_one_denial_sentence_is_one_group_against_each_claim_once(tmp_path: Path) -> None:
    docs = [Document(id="offer", text=OFFER, outlet="Outlet One", published=date(2019, 1, 5)),
            Document(id="sold", text=SOLD, outlet="Outlet Two", published=date(2019, 2, 6)),
            Document(id="no", text=NO_SALE, outlet="Outlet Three")]
    with open_ledger(f"sqlite:///{tmp_path / 'x.db'}") as ledger:
        for d in docs:
            ledger.add(d, _claims(d))
        ledger.rebuild()
        dossier = build_dossier(ledger, "RUS", "PAK", today=date(2024, 1, 1))
    groups = dossier.contradiction_groups()
    # two category denials from one sentence, against two deals: one group; the generic arms
    # agreement read from the T-90 sentence is not listed a second time
    assert [(g.kind, g.covers, [(deal, c.doc) for deal, c in g.against]) for g in groups] == [
        ("denial", ("armoured vehicle", "helicopter"),
         [("RUS-PAK-Mi-28", "offer"), ("RUS-PAK-T-90", "sold")])]
    text = markdown.render(dossier)
    # the group, the Mi-28 and T-90 deals, and once (not once per category) as a generic claim
    assert text.count("> The source said Russia would **not** sell") == 4
    assert "### Denial: armoured vehicle, helicopter (RUS → PAK)" in text
    assert "stands against 2 claims on 2 deals:" in text
    assert "undated · **denial** · F4 · Outlet Three, according to the source [3]" in text
    assert "| RUS → PAK | T-90 | armoured_vehicle | agreement, contested | F4 | 1 | " \
           "2019-02-06 | — | [2][3] |" in text
    assert "Outlet Two [2]\n  > Russia **agreed** an **arms** **package**" in text
    assert text.count("Russia **agreed** an **arms** **package**") == 2  # the group and the T-90 deal
