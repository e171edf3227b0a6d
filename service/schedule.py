"""Digest schedules: parsing `/subscribe` arguments and local-time arithmetic across DST.

A schedule is a wall-clock time in an IANA timezone. Rules at DST changes:
- a time inside the spring-forward gap (02:30 on the night clocks jump 02:00 -> 03:00) runs once,
  at the first valid instant after the gap (03:00 local);
- a time inside the fall-back overlap runs once, at its first occurrence (fold=0).
All returned instants are aware UTC datetimes; naive inputs are taken as UTC.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

DAILY = "daily"
WEEKDAYS = "weekdays"
DEFAULT_TIME = time(8, 0)
EXAMPLE = "Example: /subscribe 07:30 Europe/Berlin weekdays"

_DAY_WORDS = {
    "daily": DAILY,
    "everyday": DAILY,
    "every-day": DAILY,
    "weekdays": WEEKDAYS,
    "weekday": WEEKDAYS,
    "workdays": WEEKDAYS,
    "mon-fri": WEEKDAYS,
}
_TIME = re.compile(r"(\d{1,2})[:.h](\d{2})")


@dataclass(frozen=True)
class Schedule:
    time: time
    tz: str  # IANA name
    days: str = DAILY  # "daily" | "weekdays"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def runs_on(self, day: date) -> bool:
        return self.days == DAILY or day.weekday() < 5


# --- parsing --------------------------------------------------------------------------------------


@cache
def _zones_by_lower_name() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def canonical_timezone(name: str) -> str | None:
    """The IANA spelling of `name` (matched case-insensitively), or None if unknown."""
    exact = _zones_by_lower_name().get(name.strip().lower())
    if exact is None:
        return None
    try:
        ZoneInfo(exact)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return exact


def _parse_time(token: str) -> time | None:
    """A time for an HH:MM-like token, None if the token is not time-like; ValueError if invalid."""
    m = _TIME.fullmatch(token)
    if not m:
        if token.isdigit():
            raise ValueError(f"“{token}” is not a time: write it as HH:MM (24-hour). {EXAMPLE}")
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"“{token}” is not a valid time: use 00:00 to 23:59. {EXAMPLE}")
    return time(hour, minute)


def parse_schedule_args(
    args: Sequence[str], default_tz: str, default_time: time = DEFAULT_TIME
) -> Schedule:
    """Parse `/subscribe [HH:MM] [Area/City] [weekdays|daily]`, arguments in any order.

    Raises ValueError with a message meant for the user (and an example) on anything else.
    """
    found_time: time | None = None
    found_tz: str | None = None
    found_days: str | None = None
    for raw in args:
        token = raw.strip()
        if not token:
            continue
        parsed_time = _parse_time(token)
        if parsed_time is not None:
            if found_time is not None:
                raise ValueError(f"Give only one time (got {found_time:%H:%M} and {token}). {EXAMPLE}")
            found_time = parsed_time
        elif token.lower() in _DAY_WORDS:
            if found_days is not None:
                raise ValueError(f"Give either “daily” or “weekdays”, once. {EXAMPLE}")
            found_days = _DAY_WORDS[token.lower()]
        elif (zone := canonical_timezone(token)) is not None:
            if found_tz is not None:
                raise ValueError(f"Give only one timezone (got {found_tz} and {token}). {EXAMPLE}")
            found_tz = zone
        elif "/" in token:
            raise ValueError(f"Unknown timezone “{token}”: use an IANA name like Europe/Berlin. {EXAMPLE}")
        else:
            raise ValueError(
                f"Did not understand “{token}”: expected a time (HH:MM), a timezone (Area/City) "
                f"or “weekdays”/“daily”. {EXAMPLE}"
            )
    tz = found_tz or canonical_timezone(default_tz)
    if tz is None:
        raise ValueError(f"Unknown default timezone “{default_tz}”. {EXAMPLE}")
    return Schedule(time=found_time or default_time, tz=tz, days=found_days or DAILY)


# --- arithmetic -----------------------------------------------------------------------------------


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _wall(moment: datetime) -> tuple[date, time]:
    return moment.date(), moment.time().replace(tzinfo=None, fold=0)


def occurrence(schedule: Schedule, day: date) -> datetime:
    """The UTC instant of the schedule's wall time on local `day` (gap and overlap rules above)."""
    zone = schedule.zone
    local = datetime.combine(day, schedule.time, tzinfo=zone)  # fold=0: first occurrence in an overlap
    utc = local.astimezone(UTC)
    if _wall(utc.astimezone(zone)) == (day, schedule.time.replace(tzinfo=None, fold=0)):
        return utc
    # The wall time does not exist (spring-forward gap): fold=1 gives an instant before the jump,
    # fold=0 one after it; the first valid instant is the jump itself.
    return _first_instant_at_or_after(local.replace(fold=1).astimezone(UTC), utc, zone, local)


def _first_instant_at_or_after(lo: datetime, hi: datetime, zone: ZoneInfo, target: datetime) -> datetime:
    """Smallest instant in (lo, hi] whose local wall time is at or after `target`'s wall time."""
    wall_target = target.replace(tzinfo=None)
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        if mid.astimezone(zone).replace(tzinfo=None) >= wall_target:
            hi = mid
        else:
            lo = mid
    return hi.replace(microsecond=0)


def _local_day(schedule: Schedule, moment: datetime) -> date:
    return _as_utc(moment).astimezone(schedule.zone).date()


def next_run(schedule: Schedule, after: datetime) -> datetime:
    """The first scheduled send strictly after `after`, as an aware UTC datetime."""
    after_utc = _as_utc(after)
    start = _local_day(schedule, after_utc) - timedelta(days=1)
    for offset in range(10):
        day = start + timedelta(days=offset)
        if schedule.runs_on(day):
            run = occurrence(schedule, day)
            if run > after_utc:
                return run
    raise AssertionError("a schedule runs at least five days a week")  # pragma: no cover


def last_due(schedule: Schedule, now: datetime) -> datetime | None:
    """The most recent scheduled send at or before `now` (UTC), looking back at most a week."""
    now_utc = _as_utc(now)
    start = _local_day(schedule, now_utc) + timedelta(days=1)
    for offset in range(9):
        day = start - timedelta(days=offset)
        if schedule.runs_on(day):
            run = occurrence(schedule, day)
            if run <= now_utc:
                return run
    return None


def is_missed(schedule: Schedule, last_sent_end: datetime | None, now: datetime) -> bool:
    """True when a scheduled send time passed after the last digest and no digest covered it.

    `last_sent_end` is the end of the last digest's window (its send time). Pass the subscription
    time when no digest was sent yet; None means "never sent", so any past send time counts.
    """
    due = last_due(schedule, now)
    if due is None:
        return False
    return last_sent_end is None or due > _as_utc(last_sent_end)
