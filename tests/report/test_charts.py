from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from armsledger.report.charts import (
    FlowEdge,
    TimelinePoint,
    TimelineRow,
    flow_svg,
    rows_timeline_svg,
    timeline_svg,
)
from armsledger.types import Status

SVG = "{http://www.w3.org/2000/svg}"


def test_timeline_places_claims_in_time_and_status_lanes() -> None:
    svg = str(timeline_svg([
        TimelinePoint(date(2016, 1, 1), Status.NEGOTIATION, "Dawn <C2>", "#claim-1"),
        TimelinePoint(date(2020, 1, 1), Status.DENIAL, "TASS", "#claim-2"),
    ]))
    root = ET.fromstring(svg)  # well-formed, the label escaped
    circles = root.findall(f".//{SVG}circle")
    crosses = root.findall(f".//{SVG}path")
    assert len(circles) == 1 and len(crosses) == 1
    assert "2016-01-01 · negotiation · Dawn &lt;C2&gt;" in svg
    years = [t.text for t in root.iter(f"{SVG}text") if t.text and t.text.isdigit()]
    assert years == ["2016", "2017", "2018", "2019", "2020"]
    # later claims sit further right
    assert float(circles[0].get("cx", 0)) < float(crosses[0].get("d", "M0").split(",")[0][1:])
    assert [a.get("href") for a in root.iter(f"{SVG}a")] == ["#claim-1", "#claim-2"]
    assert str(timeline_svg([])) == ""


def test_flow_graph_width_follows_deals() -> None:
    root = ET.fromstring(str(flow_svg([FlowEdge("RUS", "PAK", 4, "/pairs/RUS/PAK"),
                                       FlowEdge("CHN", "PAK", 1, "/pairs/CHN/PAK"),
                                       FlowEdge("USA", "IND", 0)])))
    bands = {g.find(f"{SVG}title").text: float(g.find(f"{SVG}path").get("stroke-width"))  # type: ignore[union-attr]
             for g in root.iter(f"{SVG}g")}
    assert bands == {"RUS → PAK: 4 deals": 12.0, "CHN → PAK: 1 deal": 4.1}
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert labels == ["supplier", "recipient", "RUS (4)", "CHN (1)", "PAK (5)"]


def test_rows_timeline_has_one_row_per_deal_and_a_legend() -> None:
    rows = [TimelineRow("T-90 RUS→PAK", (TimelinePoint(date(2017, 3, 1), Status.AGREEMENT),)),
            TimelineRow("empty", ())]
    root = ET.fromstring(str(rows_timeline_svg(rows)))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "T-90 RUS→PAK" in texts and "empty" not in texts
    assert [s.value for s in Status] == [t for t in texts if t in {s.value for s in Status}]
