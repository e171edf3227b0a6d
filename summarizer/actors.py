"""Actor registry: canonical names, aliases, surnames and dated roles, with lookups for speaker resolution."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

ACTOR_KINDS = ("person", "organization", "group")


@dataclass(frozen=True)
class Role:
    title: str
    phrases: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Actor:
    key: str
    name: str
    kind: str = "person"
    gender: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.name.split() else self.name


@dataclass(frozen=True)
class QueryResult:
    actors: tuple[Actor, ...] = ()
    suggestions: tuple[Actor, ...] = ()
    earlier_holders: tuple[Actor, ...] = field(default=())


_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ")


def normalize(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: "the EU's Top Diplomat" -> "eu top diplomat"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace(".", "")
    text = _POSSESSIVE.sub("", text)
    text = _NON_WORD.sub(" ", text).strip()
    return _LEADING_ARTICLE.sub("", text)


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


class ActorRegistry:
    """In-memory index over actors. Build with from_records(config.actor_registry.load_actor_records())."""

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        self._actors: dict[str, Actor] = {}
        self._names: dict[str, list[str]] = {}
        self._surnames: dict[str, list[str]] = {}
        self._roles: dict[str, list[tuple[str, Role]]] = {}
        for actor in actors:
            self.add(actor)

    @classmethod
    def from_records(cls, records: list[dict[str, Any]]) -> ActorRegistry:
        actors = []
        for rec in records:
            kind = rec.get("kind", "person")
            if kind not in ACTOR_KINDS:
                raise ValueError(f"actor {rec.get('key')}: unknown kind {kind!r}")
            roles = tuple(
                Role(
                    title=r["title"],
                    phrases=tuple(r.get("phrases", ())),
                    start=_date(r.get("start")),
                    end=_date(r.get("end")),
                )
                for r in rec.get("roles", ())
            )
            actors.append(
                Actor(
                    key=rec["key"],
                    name=rec["name"],
                    kind=kind,
                    gender=rec.get("gender"),
                    aliases=tuple(rec.get("aliases", ())),
                    roles=roles,
                )
            )
        return cls(actors)

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self):
        return iter(self._actors.values())

    def add(self, actor: Actor) -> None:
        if actor.key in self._actors:
            self._remove(actor.key)
        self._actors[actor.key] = actor
        for name in (actor.name, *actor.aliases):
            norm = normalize(name)
            if norm:
                _push(self._names, norm, actor.key)
            tokens = norm.split()
            if actor.kind == "person" and len(name.split()) > 1:
                _push(self._surnames, tokens[-1], actor.key)
                _push(self._surnames, normalize(name.split()[-1]), actor.key)  # "Roe-Smith" whole
        for role in actor.roles:
            for phrase in (role.title, *role.phrases):
                norm = normalize(phrase)
                if norm:
                    self._roles.setdefault(norm, []).append((actor.key, role))

    def _remove(self, key: str) -> None:
        for index in (self._names, self._surnames):
            for keys in index.values():
                while key in keys:
                    keys.remove(key)
        for entries in self._roles.values():
            entries[:] = [e for e in entries if e[0] != key]

    def get(self, key: str) -> Actor | None:
        return self._actors.get(key)

    # -- exact lookups -------------------------------------------------------
    def by_name(self, text: str) -> tuple[Actor, ...]:
        """Actors whose canonical name or alias equals text (normalized)."""
        return self._fetch(self._names.get(normalize(text), ()))

    def by_surname(self, text: str) -> tuple[Actor, ...]:
        """Persons whose full name or multi-word alias ends with this single word."""
        return self._fetch(self._surnames.get(normalize(text), ()))

    def is_role_phrase(self, text: str) -> bool:
        return normalize(text) in self._roles

    def holder(self, role_phrase: str, on: date) -> Actor | None:
        """The actor holding the role named by role_phrase on the given date, if exactly one does."""
        keys = {k for k, role in self._roles.get(normalize(role_phrase), ()) if role.active(on)}
        return self._actors[next(iter(keys))] if len(keys) == 1 else None

    def holders(self, role_phrase: str) -> list[tuple[Actor, Role]]:
        return [(self._actors[k], r) for k, r in self._roles.get(normalize(role_phrase), ())]

    # -- fuzzy ---------------------------------------------------------------
    def near(self, text: str, cutoff: float = 0.8, limit: int = 5) -> tuple[Actor, ...]:
        """Near-miss names (typos, transliterations), best first. Single words match surnames too."""
        norm = normalize(text)
        if not norm:
            return ()
        pool = list(self._names) + (list(self._surnames) if " " not in norm else [])
        keys: list[str] = []
        for match in difflib.get_close_matches(norm, pool, n=limit * 2, cutoff=cutoff):
            for key in self._names.get(match, []) + self._surnames.get(match, []):
                if key not in keys:
                    keys.append(key)
        return self._fetch(keys[:limit])

    def lookup(self, query: str, on: date | None = None) -> QueryResult:
        """Resolve a /who query: name, alias, surname or role phrase (holder on `on`, default today)."""
        on = on or date.today()
        exact = self.by_name(query) or self.by_surname(query)
        if exact:
            return QueryResult(actors=exact)
        entries = self._roles.get(normalize(query))
        if entries:
            current = self.holder(query, on)
            earlier = sorted(
                {(r.end or date.min, k) for k, r in entries if r.end is not None and r.end < on},
                reverse=True,
            )
            earlier_keys = [k for _, k in earlier if not current or k != current.key]
            return QueryResult(
                actors=(current,) if current else (),
                earlier_holders=self._fetch(dict.fromkeys(earlier_keys)),
            )
        return QueryResult(suggestions=self.near(query, cutoff=0.72))

    def _fetch(self, keys: Iterable[str]) -> tuple[Actor, ...]:
        return tuple(self._actors[k] for k in dict.fromkeys(keys) if k in self._actors)


def _push(index: dict[str, list[str]], norm: str, key: str) -> None:
    keys = index.setdefault(norm, [])
    if key not in keys:
        keys.append(key)
