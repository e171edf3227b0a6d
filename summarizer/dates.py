"""Publication dates as news pages print them ("2022-01-20 18:53:34", "Jan. 20, 2022 6:53 PM")."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:[,\s|at-]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?"
_TZ = r"(?:\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2}|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?))?"
_PREFIX = r"^(?:(?:published|updated|posted|last updated|date)(?:\s+on)?\s*:?\s*)?(?:[A-Za-z]+day,?\s+)?"

_PATTERNS = [
    re.compile(
        _PREFIX
        + r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?:[T\s](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\.\d+)?)?"
        + _TZ
        + r"$",
        re.I,
    ),
    re.compile(
        _PREFIX + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME + _TZ + r"$", re.I
    ),
    re.compile(
        _PREFIX + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME + _TZ + r"$", re.I
    ),
    re.compile(_PREFIX + r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})" + _TIME + _TZ + r"$", re.I),
]


def _tzinfo(raw: str | None) -> timezone | None:
    if not raw:
        return None
    raw = raw.upper()
    if raw in ("Z", "UTC", "GMT"):
        return UTC
    m = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", raw)
    if not m:
        return None
    sign = 1 if m.group(1) == "+" else -1
    return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0)))


def parse_date(text: str) -> datetime | None:
    """A datetime when the whole string is a date (with optional time and prefix), else None."""
    s = " ".join(text.strip().split())
    for pattern in _PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["mon"]) if g.get("mon") else MONTHS[g["month"].lower()]
        hour = int(g.get("hour") or 0)
        ampm = (g.get("ampm") or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        try:
            return datetime(
                int(g["year"]),
                month,
                int(g["day"]),
                hour,
                int(g.get("minute") or 0),
                int(g.get("second") or 0),
                tzinfo=_tzinfo(g.get("tz")),
            )
        except ValueError:
            return None
    return None


def find_date_line(paragraphs: list[str], look: int = 5) -> tuple[datetime | None, list[str]]:
    """Find a date-only line near the top; return it and the paragraphs without it."""
    for i, p in enumerate(paragraphs[:look]):
        if len(p) > 80:
            continue
        when = parse_date(p)
        if when is not None:
            return when, paragraphs[:i] + paragraphs[i + 1 :]
    return None, paragraphs
