"""The JSON API and its HTML twins, over the hand-made desk ledger (httpx via TestClient)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from desk_corpus import SIGNED, TOKEN
from fastapi.testclient import TestClient

from armsledger.errors import ConfigError
from armsledger.web.security import CSP, Access, check_bind

# Every read route: its HTML path; its JSON twin is /api + the same path.
PAGES = [
    "/", "/deals", "/deals/RUS-PAK-T-90", "/states/PAK", "/pairs/RUS/PAK", "/flows",
    "/contradictions", "/sources", "/search?q=tanks", "/documents/reuters_signed",
]


def api(path: str) -> str:
    return "/api" if path == "/" else "/api" + path


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_an_identical_json_twin(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    twin = client.get(api(path))
    assert twin.status_code == 200
    assert twin.headers["content-type"] == "application/json"
    sep = "&" if "?" in path else "?"
    assert client.get(path + sep + "format=json").json() == twin.json()
    assert client.get(path, headers={"Accept": "application/json"}).json() == twin.json()


def test_overview_counts(client: TestClient) -> None:
    assert client.get("/api").json() == {"documents": 5, "versions": 0, "claims": 5, "deals": 3,
                                         "contradictions": 1, "sources": 5, "copies": 0}


def test_deals_filter_and_sort(client: TestClient) -> None:
    everything = client.get("/api/deals").json()
    assert everything["total"] == 3
    # default: most recently reported first
    assert [d["id"] for d in everything["deals"]] == ["CHN-PAK-J-10C", "RUS-PAK-T-90",
                                                      "RUS-PAK-Mi-35M"]
    rus = client.get("/api/deals", params={"supplier": "rus", "sort": "system",
                                           "order": "asc"}).json()
    assert rus["filters"] == {"supplier": "RUS"}
    assert [d["id"] for d in rus["deals"]] == ["RUS-PAK-Mi-35M", "RUS-PAK-T-90"]
    delivered = client.get("/api/deals", params={"status": "delivery", "category": "aircraft"})
    assert [d["id"] for d in delivered.json()["deals"]] == ["CHN-PAK-J-10C"]
    by_grade = client.get("/api/deals", params={"sort": "credibility", "order": "asc"}).json()
    assert [(d["reliability"], d["credibility"]) for d in by_grade["deals"]] == [
        ("B", 3), ("D", 3), ("B", 4)]
    html = client.get("/deals", params={"system": "T-90"}).text
    assert html.count('class="deal-row') == 1
    assert 'href="/deals/RUS-PAK-T-90"' in html


def test_deal_page_shows_evidence_cues_grades_and_contradiction(client: TestClient) -> None:
    detail = client.get("/api/deals/RUS-PAK-T-90").json()
    assert detail["status"] == "agreement"
    assert detail["contested"] is True
    assert [c["status"] for c in detail["evidence"]] == ["negotiation", "agreement", "denial"]
    assert detail["contradiction_list"][0]["kind"] == "denial"
    html = client.get("/deals/RUS-PAK-T-90").text
    # the status cue words are marked inside the escaped evidence sentence
    assert 'Russia <mark class="cue">signed</mark> a' in html
    assert 'Pakistan is <mark class="cue">negotiating</mark> with Russia' in html
    assert 'Moscow <mark class="cue">denied</mark> that it would' in html
    assert ">B4</span>" in html  # Admiralty grade of the Reuters claim
    assert 'href="/documents/reuters_signed#claim-' in html
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline"' in html
    assert html.count('class="contradiction"') == 1
    assert "according to <span class=\"attribution\">the ministry</span>" in html


def test_state_and_pair_dossiers(client: TestClient) -> None:
    pak = client.get("/api/states/pak").json()
    assert pak["iso3"] == "PAK"
    assert pak["supplying"] == []
    assert sorted(d["id"] for d in pak["receiving"]) == ["CHN-PAK-J-10C", "RUS-PAK-Mi-35M",
                                                         "RUS-PAK-T-90"]
    assert [c["deal"] for c in pak["contradictions"]] == ["RUS-PAK-T-90"]
    pair = client.get("/api/pairs/PAK/RUS").json()
    assert (pair["a"], pair["b"]) == ("PAK", "RUS")
    assert pair["forward"]["deals"] == []  # PAK supplies nothing to RUS
    assert sorted(d["id"] for d in pair["backward"]["deals"]) == ["RUS-PAK-Mi-35M",
                                                                  "RUS-PAK-T-90"]


def test_flows_filter_by_category_and_years(client: TestClient) -> None:
    flows = client.get("/api/flows").json()["flows"]
    assert [(f["supplier"], f["recipient"], f["deals"]) for f in flows] == [
        ("CHN", "PAK", 1), ("RUS", "PAK", 2)]
    air = client.get("/api/flows", params={"category": "aircraft"}).json()
    assert [(f["supplier"], f["deals"]) for f in air["flows"]] == [("CHN", 1)]
    html = client.get("/flows").text
    assert 'class="chart flows"' in html and 'href="/pairs/RUS/PAK"' in html


def test_contradictions_sources_search(client: TestClient) -> None:
    contradictions = client.get("/api/contradictions").json()
    assert contradictions["count"] == 1
    assert {contradictions["contradictions"][0]["a"]["status"],
            contradictions["contradictions"][0]["b"]["status"]} == {"agreement", "denial"}
    assert client.get("/api/contradictions", params={"kind": "quantity"}).json()["count"] == 0
    sources = client.get("/api/sources").json()["sources"]
    assert ("Reuters", "B", ["reuters_signed"]) in [
        (s["label"], s["reliability"], s["documents"]) for s in sources]
    hits = client.get("/api/search", params={"q": "helicopters"}).json()["hits"]
    assert {h["doc"] for h in hits} == {"reuters_signed"}
    assert client.get("/api/search").json() == {"kind": "hits", "query": {"q": ""}, "count": 0,
                                                "hits": []}


def test_document_page_highlights_every_claim(client: TestClient) -> None:
    doc = client.get("/api/documents/reuters_signed").json()
    assert [c["span"] for c in doc["claims"]] == [[8, 94], [96, 165]]
    html = client.get("/documents/reuters_signed").text
    assert html.count('<mark class="claim status-') == 2
    assert f'<mark class="claim status-agreement" title="agreement: RUS → PAK T-90">{SIGNED}' \
        in html
    assert 'href="/deals/RUS-PAK-T-90"' in html and 'href="/deals/RUS-PAK-Mi-35M"' in html


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api", "/api/deals", "/api/deals/{deal_id}", "/api/states/{iso3}",
            "/api/pairs/{a}/{b}", "/api/flows", "/api/contradictions", "/api/sources",
            "/api/search", "/api/documents/{doc_id}", "/api/ingest"} <= set(paths)
    assert not any(not p.startswith("/api") for p in paths)  # HTML twins stay out of it


# --- errors: one envelope -------------------------------------------------------------------

@pytest.mark.parametrize(("path", "status", "code"), [
    ("/api/deals/RUS-PAK-Nothing", 404, "E304"),
    ("/api/documents/missing", 404, "E304"),
    ("/api/nowhere", 404, "E404"),
    ("/api/deals?sort=price", 422, "E422"),
    ("/api/deals?since=20x", 422, "E422"),
    ("/api/deals?category=spaceship", 422, "E422"),
    ("/api/states/PAKI", 422, "E422"),
    ("/api/search?q=" + "x" * 201, 422, "E422"),
])
def test_errors_share_one_json_envelope(client: TestClient, path: str, status: int,
                                        code: str) -> None:
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def test_validation_error_names_the_field(client: TestClient) -> None:
    message = client.get("/api/deals?sort=price").json()["error"]["message"]
    assert message.startswith("invalid request: query.sort:")


def test_html_errors_are_pages_and_json_when_asked(client: TestClient) -> None:
    page = client.get("/deals/RUS-PAK-Nothing")
    assert page.status_code == 404
    assert "E304" in page.text and page.headers["content-type"].startswith("text/html")
    asked = client.get("/deals/RUS-PAK-Nothing?format=json")
    assert asked.json()["error"]["code"] == "E304"


def test_wrong_method_is_enveloped(client: TestClient) -> None:
    response = client.delete("/api/deals")
    assert response.status_code == 403  # read-only server refuses writes before routing
    assert response.json()["error"]["code"] == "E403"


# --- safety -----------------------------------------------------------------------------------

def test_security_headers_on_pages_api_and_errors(client: TestClient) -> None:
    for path in ("/deals", "/api/deals", "/api/nowhere", "/static/desk.css"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_scripts_or_inline_styles(client: TestClient) -> None:
    for path in PAGES:
        html = client.get(path).text
        assert "<script" not in html
        assert " style=" not in html


INGEST = {"documents": [{"id": "api_doc", "text": "KARACHI: " + SIGNED, "outlet": "Dawn",
                         "title": "Posted <b>through</b> the API", "published": "2020-01-02"}]}


def test_without_a_token_the_server_is_read_only(client: TestClient) -> None:
    response = client.post("/api/ingest", json=INGEST)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "E403"


def test_ingest_needs_the_token(make_client: Callable[..., TestClient]) -> None:
    writer = make_client(Access(token=TOKEN), fresh=True)
    assert writer.post("/api/ingest", json=INGEST).json()["error"]["code"] == "E401"
    wrong = writer.post("/api/ingest", json=INGEST, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"] == "Bearer"
    ok = writer.post("/api/ingest", json=INGEST, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200
    assert ok.json() == {"stored": 1, "new_versions": 0, "unchanged": 0, "claims": 1,
                         "problems": []}
    again = writer.post("/api/ingest", json=INGEST, headers={"X-Armsledger-Token": TOKEN})
    assert again.json()["unchanged"] == 1
    doc = writer.get("/api/documents/api_doc").json()
    assert [c["status"] for c in doc["claims"]] == ["agreement"]
    assert "Posted &lt;b&gt;through&lt;/b&gt; the API" in writer.get("/documents/api_doc").text
    # reads stay open on loopback even when a token is set
    assert writer.get("/api/deals").status_code == 200


def test_read_only_flag_refuses_writes_even_with_the_token(
        make_client: Callable[..., TestClient]) -> None:
    reader = make_client(Access(token=TOKEN, writes=False), fresh=True)
    response = reader.post("/api/ingest", json=INGEST, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403


@pytest.mark.parametrize(("body", "field"), [
    ({"documents": []}, "body.documents"),
    ({"documents": [{"id": "x"}]}, "body.documents.0.text"),
    ({"documents": [{"id": "../etc", "text": "t"}]}, "body.documents.0.id"),
    ({"documents": [{"id": "x", "text": "t", "url": "javascript:alert(1)"}]},
     "body.documents.0.url"),
    ({"documents": [{"id": "x", "text": "t", "published": "yesterday"}]},
     "body.documents.0.published"),
])
def test_ingest_validates_its_input(make_client: Callable[..., TestClient], body: dict[str, object],
                                    field: str) -> None:
    writer = make_client(Access(token=TOKEN), fresh=True)
    response = writer.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "E422"
    assert f"{field}:" in response.json()["error"]["message"]


def test_beyond_loopback_every_request_needs_the_token(
        make_client: Callable[..., TestClient]) -> None:
    public = make_client(Access(host="0.0.0.0", token=TOKEN))
    refused = public.get("/api/deals")
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "E401"
    assert public.get("/deals").status_code == 401
    assert public.get("/api/deals", headers={"Authorization": f"Bearer {TOKEN}"}
                      ).status_code == 200
    # a browser opens a page once with ?token=: a cookie is set and the token leaves the URL
    opened = public.get(f"/deals?supplier=RUS&token={TOKEN}", follow_redirects=False)
    assert opened.status_code == 303
    assert opened.headers["location"] == "/deals?supplier=RUS"
    assert "httponly" in opened.headers["set-cookie"].lower()
    assert public.get("/deals?supplier=RUS").status_code == 200  # the cookie now carries it
    assert public.get("/deals?token=wrong-token-000").status_code == 401


def test_check_bind_refuses_a_public_address_without_a_token() -> None:
    check_bind("127.0.0.1", None)
    check_bind("::1", None)
    check_bind("localhost", None)
    check_bind("0.0.0.0", TOKEN)
    with pytest.raises(ConfigError, match=r"refusing to listen on 0\.0\.0\.0"):
        check_bind("0.0.0.0", None)
    with pytest.raises(ConfigError, match="shorter than 12"):
        check_bind("0.0.0.0", "short")


def test_blank_form_fields_mean_any(client: TestClient) -> None:
    response = client.get("/api/deals?supplier=RUS&since=&category=&status=")
    assert response.status_code == 200
    assert response.json()["filters"] == {"supplier": "RUS"}
