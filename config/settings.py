"""Settings from environment variables, a `.env` file and an optional TOML file.

Precedence: real environment > `.env` > TOML file (`ATTACHE_CONFIG`, default `attache.toml`) > defaults.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

DEFAULT_API_URL = "https://api.telegram.org"


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Settings:
    token: str = ""
    api_url: str = DEFAULT_API_URL
    db_path: Path = Path("data/attache.db")
    allowed: frozenset[int] = frozenset()
    admins: frozenset[int] = frozenset()
    tz: str = "UTC"
    library_mode: str = "per-chat"
    summary_sentences: int = 3
    max_text_chars: int = 200_000
    allow_private_urls: bool = False
    empty_digest: str = "line"  # "line": one short line for an empty window; "skip": send nothing

    @property
    def shared_library(self) -> bool:
        return self.library_mode == "shared"

    def may_delete(self, user_id: int | None) -> bool:
        """In a shared library, deleting is for admins when ATTACHE_ADMINS names any."""
        return not (self.shared_library and self.admins) or user_id in self.admins

    def is_allowed(self, user_id: int | None, chat_id: int | None) -> bool:
        if not self.allowed:
            return True
        return user_id in self.allowed or chat_id in self.allowed


_KEYS = {
    "TELEGRAM_BOT_TOKEN": "token",
    "ATTACHE_API_URL": "api_url",
    "ATTACHE_DB": "db_path",
    "ATTACHE_ALLOWED": "allowed",
    "ATTACHE_ADMINS": "admins",
    "ATTACHE_TZ": "tz",
    "ATTACHE_LIBRARY": "library_mode",
    "ATTACHE_SUMMARY_SENTENCES": "summary_sentences",
    "ATTACHE_MAX_TEXT_CHARS": "max_text_chars",
    "ATTACHE_ALLOW_PRIVATE_URLS": "allow_private_urls",
    "ATTACHE_EMPTY_DIGEST": "empty_digest",
}


def _ids(raw: str, name: str) -> frozenset[int]:
    out: set[int] = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.add(int(part))
        except ValueError as exc:
            raise SettingsError(f"{name} must be comma-separated numeric ids, got {part!r}") from exc
    return frozenset(out)


def _positive_int(raw: str, name: str) -> int:
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be a whole number, got {raw!r}") from exc
    if value <= 0:
        raise SettingsError(f"{name} must be positive, got {value}")
    return value


def _read_toml(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path} is not valid TOML: {exc}") from exc
    # Accept both the environment names and the short field names in the TOML file.
    fields = {v: k for k, v in _KEYS.items()}
    out: dict[str, str] = {}
    for key, value in data.items():
        env_key = key if key in _KEYS else fields.get(key)
        if env_key:
            out[env_key] = ",".join(map(str, value)) if isinstance(value, list) else str(value)
    return out


def load_settings(env: dict[str, str] | None = None, dotenv_path: Path | None = Path(".env")) -> Settings:
    """Build settings; `env` defaults to os.environ (tests pass their own)."""
    environ = dict(os.environ if env is None else env)
    toml_path = Path(environ.get("ATTACHE_CONFIG", "attache.toml"))
    merged: dict[str, str] = _read_toml(toml_path)
    if dotenv_path is not None and dotenv_path.is_file():
        merged.update({k: v for k, v in dotenv_values(dotenv_path).items() if v is not None})
    merged.update({k: v for k, v in environ.items() if k in _KEYS or k == "ATTACHE_CONFIG"})

    tz = merged.get("ATTACHE_TZ", "UTC").strip() or "UTC"
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError(f"ATTACHE_TZ is not a known timezone: {tz!r} (example: Europe/Brussels)") from exc
    mode = merged.get("ATTACHE_LIBRARY", "per-chat").strip() or "per-chat"
    if mode not in ("per-chat", "shared"):
        raise SettingsError(f"ATTACHE_LIBRARY must be 'per-chat' or 'shared', got {mode!r}")
    empty = merged.get("ATTACHE_EMPTY_DIGEST", "line").strip() or "line"
    if empty not in ("line", "skip"):
        raise SettingsError(f"ATTACHE_EMPTY_DIGEST must be 'line' or 'skip', got {empty!r}")
    return Settings(
        token=merged.get("TELEGRAM_BOT_TOKEN", "").strip(),
        api_url=(merged.get("ATTACHE_API_URL", "").strip() or DEFAULT_API_URL).rstrip("/"),
        db_path=Path(merged.get("ATTACHE_DB", "").strip() or "data/attache.db"),
        allowed=_ids(merged.get("ATTACHE_ALLOWED", ""), "ATTACHE_ALLOWED"),
        admins=_ids(merged.get("ATTACHE_ADMINS", ""), "ATTACHE_ADMINS"),
        tz=tz,
        library_mode=mode,
        summary_sentences=_positive_int(merged.get("ATTACHE_SUMMARY_SENTENCES", "3"), "ATTACHE_SUMMARY_SENTENCES"),
        max_text_chars=_positive_int(merged.get("ATTACHE_MAX_TEXT_CHARS", "200000"), "ATTACHE_MAX_TEXT_CHARS"),
        allow_private_urls=merged.get("ATTACHE_ALLOW_PRIVATE_URLS", "").strip().lower() in ("1", "true", "yes"),
        empty_digest=empty,
    )
