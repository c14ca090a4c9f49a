"""Publication dates from metadata strings, datelines and URLs; never in the future."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from functools import lru_cache

from armsledger.types import DateSource

log = logging.getLogger(__name__)

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?[ \t]*"
# "4 January 2019", "January 4, 2019", "Jan. 4 2019", "2019-01-04": a full date with a year,
# on one line.
_FULL_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}\.?,?[ \t]+\d{{4}}"
              rf"|{_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
              r"|\d{4}-\d{2}-\d{2})\b")
# A dateline starts a line: an optional PLACE in capitals (with "(Agency)"), an optional
# weekday, then the date: "ISLAMABAD, 11 March 2022 -", "Friday, January 4, 2019".
_DATELINE = re.compile(
    rf"^[ \t]*(?:[A-Z][A-Z.'\- ]{{1,40}}(?:\([^)\n]{{1,40}}\))?[ \t]*[,:\-\u2013\u2014]?[ \t]*)?"
    rf"(?i:{_WEEKDAY})?(?P<date>(?i:{_FULL_DATE}))",
)
DATELINE_LINES = 3  # a dateline is on one of the text's first non-empty lines
# /2019/01/04/, /2019-01-04-, /20190104/ in a URL path
_URL_DATE = re.compile(r"/((?:19|20)\d{2})([/-]?)(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")

_DATEPARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["year", "month"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": False,
}


def _plausible(value: date | None) -> date | None:
    if value is None or value.year < 1900 or value > date.today():
        return None
    return value


@lru_cache(maxsize=4096)
def parse_date(value: str) -> date | None:
    """A free-form or ISO date string -> date, or None when it is no (past) date."""
    value = value.strip()
    if not value:
        return None
    iso = _ISO.match(value)
    if iso:
        try:
            return _plausible(date(int(iso[1]), int(iso[2]), int(iso[3])))
        except ValueError:
            return None
    if not _YEAR.search(value):  # "yesterday", "3 days ago": relative to when? not a date we keep
        return None
    import dateparser

    try:
        parsed = dateparser.parse(value, settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError) as exc:
        log.debug("dateparser failed on %r: %s", value, exc)
        return None
    return _plausible(parsed.date() if parsed else None)


def from_struct(value: object) -> date | None:
    """feedparser's time.struct_time (or a datetime) -> date."""
    if isinstance(value, datetime):
        return _plausible(value.date())
    try:
        return _plausible(date(value[0], value[1], value[2]))  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        return None


def dateline_date(text: str) -> date | None:
    """The date of a dateline on one of the first lines of an article."""
    lines = [line for line in text[:2000].splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        match = _DATELINE.match(line)
        if match:
            return parse_date(match.group("date"))
    return None


def url_date(url: str | None) -> date | None:
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return _plausible(date(int(match[1]), int(match[3]), int(match[4])))
    except ValueError:
        return None


def best_date(*candidates: tuple[date | None, DateSource]) -> tuple[date | None, DateSource | None]:
    """The first candidate that has a date, with where it came from."""
    for value, source in candidates:
        if value is not None:
            return value, source
    return None, None


def resolve(text: str, url: str | None, *, metadata: date | None = None, feed: date | None = None,
            crawl: date | None = None) -> tuple[date | None, DateSource | None]:
    """The best date and its source: metadata, feed field, dateline, URL, then crawl date.

    The dateline and URL are only looked at when no better date was given.
    """
    found = best_date((metadata, DateSource.METADATA), (feed, DateSource.FEED))
    if found[0] is not None:
        return found
    return best_date((dateline_date(text), DateSource.TEXT), (url_date(url), DateSource.URL),
                     (crawl, DateSource.CRAWL))
