"""Parsing command arguments into values, with the usage hint as the error message."""

from __future__ import annotations

from bot.commands import USAGE


class BadArguments(ValueError):
    pass


def usage(command: str, example: str = "") -> str:
    hint = f"Usage: {USAGE[command]}"
    return f"{hint} (for example {example})" if example else hint


def article_number(raw: str, command: str, example: str) -> int:
    value = raw.strip().lstrip("#")
    if not value.isdigit() or int(value) < 1:
        raise BadArguments(usage(command, example))
    return int(value)


def count(raw: str, command: str, example: str, low: int, high: int) -> int:
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise BadArguments(f"{usage(command, example)}; n is between {low} and {high}.")
    return int(raw)
