from datetime import date, timedelta

import pytest

from armsledger.ingest.dates import dateline_date, parse_date, resolve, url_date
from armsledger.types import DateSource


@pytest.mark.parametrize(("value", "expected"), [
    ("2019-08-21", date(2019, 8, 21)),
    ("2019-08-21T10:00:00+02:00", date(2019, 8, 21)),
    ("Tue, 20 Aug 2019 14:00:00 GMT", date(2019, 8, 20)),
    ("March 2022", date(2022, 3, 1)),
    ("5 October 2018", date(2018, 10, 5)),
    ("yesterday", None),
    ("not a date", None),
    ("2019-02-30", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_future_dates_are_refused():
    assert parse_date((date.today() + timedelta(days=40)).isoformat()) is None
    assert url_date(f"https://example.org/{date.today().year + 1}/01/02/x") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Friday, January 4, 2019\u00a0\n\nBody.", date(2019, 1, 4)),
    ("NEW DELHI, 5 October 2018 - India signed.", date(2018, 10, 5)),
    ("MOSCOW (Wire) - Oct. 5, 2018: text", date(2018, 10, 5)),
    ("Headline\n\nLISBON, 3 May 2021 - text", date(2021, 5, 3)),
    ("The deal was signed on 5 October 2018 in New Delhi.", None),  # in a sentence: no dateline
    ("Ground\n\nTuesday, 1 March\n\n2000 GMT", None),  # a date must sit on one line
    ("a\nb\nc\n5 October 2018", None),  # only the first three lines
])
def test_dateline(text, expected):
    assert dateline_date(text) == expected


def test_url_date():
    assert url_date("https://example.org/news/2019/08/21/f16") == date(2019, 8, 21)
    assert url_date("https://example.org/2019-08-21-f16") == date(2019, 8, 21)
    assert url_date("https://example.org/story/20211206/s400") == date(2021, 12, 6)
    assert url_date("https://example.org/story/12345678") is None


def test_resolve_prefers_metadata_then_feed_then_text_then_url_then_crawl():
    text = "KYIV, 2 June 2020 - body"
    url = "https://example.org/2019/01/01/x"
    crawl = date(2021, 1, 1)
    assert resolve(text, url, metadata=date(2020, 1, 1), feed=date(2020, 2, 2)) == (
        date(2020, 1, 1), DateSource.METADATA)
    assert resolve(text, url, feed=date(2020, 2, 2)) == (date(2020, 2, 2), DateSource.FEED)
    assert resolve(text, url, crawl=crawl) == (date(2020, 6, 2), DateSource.TEXT)
    assert resolve("body", url, crawl=crawl) == (date(2019, 1, 1), DateSource.URL)
    assert resolve("body", None, crawl=crawl) == (crawl, DateSource.CRAWL)
    assert resolve("body", None) == (None, None)
