"""Which known actors an article names, quoted or not (for "mentioned but never quoted")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from summarizer.actors import Actor, ActorRegistry


def _names(actor: Actor) -> Iterable[str]:
    yield actor.name
    yield from actor.aliases


@lru_cache(maxsize=8)
def _pattern(names: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    by_name = {name.casefold(): key for name, key in names}
    alternatives = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in alternatives) + r")\b", re.IGNORECASE)
    return pattern, by_name


def find_mentions(text: str, registry: ActorRegistry) -> set[str]:
    """Registry keys of people named by full name or a multi-word alias (single words are too ambiguous)."""
    names = tuple(
        sorted(
            (name, actor.key)
            for actor in registry
            if actor.kind == "person"
            for name in _names(actor)
            if len(name.split()) >= 2
        )
    )
    if not names:
        return set()
    pattern, by_name = _pattern(names)
    return {by_name[m.group(0).casefold()] for m in pattern.finditer(text)}
