"""Load the actor registry (config/actors.toml) into plain records.

This is the only module that reads the TOML; summarizer.actors.ActorRegistry.from_records builds on its output.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

ACTORS_PATH = Path(__file__).with_name("actors.toml")


def load_actor_records(path: Path | str | None = None) -> list[dict[str, Any]]:
    """Return one dict per actor: key, name, kind, gender, aliases, roles (title, phrases, start, end)."""
    with open(path or ACTORS_PATH, "rb") as fh:
        data = tomllib.load(fh)
    phrase_sets: dict[str, list[str]] = data.get("phrases", {})
    records: list[dict[str, Any]] = []
    for raw in data.get("actor", []):
        roles = []
        for role in raw.get("roles", []):
            phrases = list(phrase_sets.get(role["set"], [])) if "set" in role else []
            if "set" in role and role["set"] not in phrase_sets:
                raise ValueError(f"actor {raw.get('key')}: unknown phrase set {role['set']!r}")
            phrases += role.get("phrases", [])
            roles.append(
                {
                    "title": role["title"],
                    "phrases": phrases,
                    "start": _as_date(role.get("start")),
                    "end": _as_date(role.get("end")),
                }
            )
        records.append(
            {
                "key": raw["key"],
                "name": raw["name"],
                "kind": raw.get("kind", "person"),
                "gender": raw.get("gender"),
                "aliases": list(raw.get("aliases", [])),
                "roles": roles,
            }
        )
    return records


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
