"""Which known people an article names, quoted or not (for "mentioned but never quoted").

Names are matched as word n-grams against a table built from the registry, so the cost is linear in
the article's length and does not grow with the number of actors.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from summarizer.actors import ActorRegistry

_WORD = re.compile(r"[^\W_][\w'’.-]*[^\W_]|[^\W_]")
MAX_NAME_WORDS = 5
# Per registry object (not its id, which can be reused), rebuilt when the registry grows.
_tables: WeakKeyDictionary[ActorRegistry, tuple[int, dict[tuple[str, ...], str]]] = WeakKeyDictionary()


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(w.casefold().replace("’", "'") for w in _WORD.findall(text))


def _table(registry: ActorRegistry) -> dict[tuple[str, ...], str]:
    """Multi-word names and aliases of people; single words are too ambiguous to count as mentions."""
    cached = _tables.get(registry)
    if cached and cached[0] == len(registry):
        return cached[1]
    table: dict[tuple[str, ...], str] = {}
    for actor in registry:
        if actor.kind != "person":
            continue
        for name in (actor.name, *actor.aliases):
            words = _tokens(name)
            if 2 <= len(words) <= MAX_NAME_WORDS:
                table.setdefault(words, actor.key)
    _tables[registry] = (len(registry), table)
    return table


def find_mentions(text: str, registry: ActorRegistry) -> set[str]:
    table = _table(registry)
    words = _tokens(text)
    found: set[str] = set()
    for i in range(len(words)):
        for n in range(2, MAX_NAME_WORDS + 1):
            key = table.get(words[i : i + n])
            if key is not None:
                found.add(key)
    return found
