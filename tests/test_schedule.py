from datetime import UTC, datetime, time

import pytest

from service.schedule import (
    DAILY,
    WEEKDAYS,
    Schedule,
    is_missed,
    last_due,
    next_run,
    parse_schedule_args,
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- parsing --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["07:30", "Europe/Berlin", "weekdays"],
        ["weekdays", "07:30", "Europe/Berlin"],
        ["europe/berlin", "WEEKDAYS", "7:30"],
    ],
)
def test_parse_accepts_any_order_and_case(args: list[str]) -> None:
    assert parse_schedule_args(args, "UTC") == Schedule(time(7, 30), "Europe/Berlin", WEEKDAYS)


def test_parse_defaults() -> None:
    assert parse_schedule_args([], "America/New_York") == Schedule(time(8, 0), "America/New_York", DAILY)
    assert parse_schedule_args(["18:05"], "UTC") == Schedule(time(18, 5), "UTC", DAILY)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["25:00"], "25:00"),
        (["7:75"], "7:75"),
        (["8"], "HH:MM"),
        (["Mars/Olympus"], "Mars/Olympus"),
        (["sometimes"], "sometimes"),
        (["07:00", "08:00"], "one time"),
        (["daily", "weekdays"], "once"),
    ],
)
def test_parse_errors_explain_and_give_an_example(args: list[str], fragment: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_schedule_args(args, "UTC")
    message = str(excinfo.value)
    assert fragment in message
    assert "/subscribe" in message


# --- next_run across DST --------------------------------------------------------------------------


def test_berlin_morning_stays_local_across_march_switch() -> None:
    s = Schedule(time(8, 0), "Europe/Berlin")
    # 2024-03-31: clocks go 02:00 CET -> 03:00 CEST.
    assert next_run(s, utc(2024, 3, 29, 12)) == utc(2024, 3, 30, 7)
    assert next_run(s, utc(2024, 3, 30, 7)) == utc(2024, 3, 31, 6)  # strictly after
    assert next_run(s, utc(2024, 3, 31, 6)) == utc(2024, 4, 1, 6)


def test_berlin_morning_stays_local_across_october_switch() -> None:
    s = Schedule(time(8, 0), "Europe/Berlin")
    assert next_run(s, utc(2024, 10, 26, 6, 30)) == utc(2024, 10, 27, 7)


def test_new_york_both_switches() -> None:
    s = Schedule(time(8, 0), "America/New_York")
    assert next_run(s, utc(2024, 3, 9, 14)) == utc(2024, 3, 10, 12)  # EDT from 2024-03-10
    assert next_run(s, utc(2024, 11, 2, 13)) == utc(2024, 11, 3, 13)  # EST from 2024-11-03


def test_time_in_spring_gap_runs_once_at_first_valid_instant() -> None:
    s = Schedule(time(2, 30), "America/New_York")
    first = next_run(s, utc(2024, 3, 9, 12))
    assert first == utc(2024, 3, 10, 7)  # 03:00 EDT, the end of the gap
    assert next_run(s, first) == utc(2024, 3, 11, 6, 30)  # 02:30 EDT next day


def test_time_in_fall_overlap_runs_once_at_first_occurrence() -> None:
    s = Schedule(time(1, 30), "America/New_York")
    first = next_run(s, utc(2024, 11, 2, 12))
    assert first == utc(2024, 11, 3, 5, 30)  # 01:30 EDT (fold=0)
    assert next_run(s, first) == utc(2024, 11, 4, 6, 30)  # the 01:30 EST repeat is skipped


def test_result_is_aware_utc_and_naive_input_is_utc() -> None:
    s = Schedule(time(9, 15), "Asia/Tokyo")
    result = next_run(s, datetime(2024, 5, 1, 0, 0))
    assert result.tzinfo is UTC
    assert result == utc(2024, 5, 1, 0, 15)


# --- weekdays -------------------------------------------------------------------------------------


def test_weekdays_skip_the_weekend() -> None:
    s = Schedule(time(8, 0), "Europe/Berlin", WEEKDAYS)
    # Friday 2024-06-07 08:00 CEST has passed: next is Monday.
    assert next_run(s, utc(2024, 6, 7, 6, 0)) == utc(2024, 6, 10, 6)


def test_weekdays_use_the_chats_local_day() -> None:
    s = Schedule(time(7, 0), "Pacific/Auckland", WEEKDAYS)
    # Saturday 2024-06-08 UTC; Monday 07:00 NZST is still Sunday in UTC.
    assert next_run(s, utc(2024, 6, 8, 12)) == utc(2024, 6, 9, 19)
    # Friday 07:00 NZST is Thursday 19:00 UTC; after it comes Monday.
    assert next_run(s, utc(2024, 6, 6, 19)) == utc(2024, 6, 9, 19)


# --- catch-up -------------------------------------------------------------------------------------


def test_last_due() -> None:
    s = Schedule(time(8, 0), "Europe/Berlin")
    assert last_due(s, utc(2024, 6, 5, 6, 0)) == utc(2024, 6, 5, 6)  # <= now
    assert last_due(s, utc(2024, 6, 5, 5, 59)) == utc(2024, 6, 4, 6)
    weekdays = Schedule(time(8, 0), "Europe/Berlin", WEEKDAYS)
    assert last_due(weekdays, utc(2024, 6, 9, 12)) == utc(2024, 6, 7, 6)  # Sunday -> Friday


def test_is_missed() -> None:
    s = Schedule(time(8, 0), "Europe/Berlin")
    now = utc(2024, 6, 5, 9)
    assert not is_missed(s, utc(2024, 6, 5, 6, 0, 3), now)  # today's digest went out
    assert is_missed(s, utc(2024, 6, 4, 6, 0, 3), now)  # yesterday's was the last one
    assert is_missed(s, None, now)
    assert not is_missed(s, utc(2024, 6, 5, 6), utc(2024, 6, 6, 5, 59))  # next one not due yet
