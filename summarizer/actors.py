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
        # Fuzzy index: character trigrams of every indexed name/surname -> those strings; results cached per
        # registry version so that growing the registry (unknown speakers are added at run time) stays cheap.
        self._grams: dict[str, set[str]] = {}
        self._gram_refs: dict[str, int] = {}  # indexed string -> number of (index, key) entries using it
        self._entries: dict[str, list[tuple[dict[str, list[str]], str]]] = {}  # key -> where it is indexed
        self._near_cache: dict[tuple[str, float, int], tuple[str, ...]] = {}
        self.version = 0
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
        self.version += 1
        self._near_cache.clear()
        self._actors[actor.key] = actor
        for name in (actor.name, *actor.aliases):
            norm = normalize(name)
            if norm:
                self._index(self._names, norm, actor.key)
            tokens = norm.split()
            if actor.kind == "person" and len(name.split()) > 1:
                self._index(self._surnames, tokens[-1], actor.key)
                self._index(self._surnames, normalize(name.split()[-1]), actor.key)  # "Roe-Smith" whole
        for role in actor.roles:
            for phrase in (role.title, *role.phrases):
                norm = normalize(phrase)
                if norm:
                    self._roles.setdefault(norm, []).append((actor.key, role))
                    self._entries.setdefault(actor.key, []).append((self._roles, norm))  # type: ignore[arg-type]

    def _index(self, index: dict[str, list[str]], norm: str, key: str) -> None:
        keys = index.setdefault(norm, [])
        if key in keys:
            return
        keys.append(key)
        self._entries.setdefault(key, []).append((index, norm))
        refs = self._gram_refs.get(norm, 0)
        self._gram_refs[norm] = refs + 1
        if refs == 0:
            for gram in _trigrams(norm):
                self._grams.setdefault(gram, set()).add(norm)

    def remove(self, key: str) -> None:
        """Forget an actor (one merged into another)."""
        if self._actors.pop(key, None) is not None:
            self._remove(key)
            self.version += 1
            self._near_cache.clear()

    def edit(self, add: Iterable[Actor], remove: Iterable[str] = ()) -> None:
        """Forget the `remove` keys, then add or replace the `add` actors."""
        for key in remove:
            self.remove(key)
        for actor in add:
            self.add(actor)

    def _remove(self, key: str) -> None:
        """Undo one actor's index entries (cost proportional to that actor's names, not the registry)."""
        for index, norm in self._entries.pop(key, []):
            entries = index.get(norm)
            if entries is None:
                continue
            if index is self._roles:
                entries[:] = [e for e in entries if e[0] != key]  # type: ignore[index]
                if not entries:
                    del index[norm]
                continue
            while key in entries:
                entries.remove(key)
            if not entries:
                del index[norm]
            refs = self._gram_refs.get(norm, 0) - 1
            if refs > 0:
                self._gram_refs[norm] = refs
                continue
            self._gram_refs.pop(norm, None)
            for gram in _trigrams(norm):
                bucket = self._grams.get(gram)
                if bucket is not None:
                    bucket.discard(norm)
                    if not bucket:
                        del self._grams[gram]

    def get(self, key: str) -> Actor | None:
        return self._actors.get(key)

    # -- exact lookups -------------------------------------------------------
    def by_name(self, text: str) -> tuple[Actor, ...]:
        """Actors whose canonical name or alias equals text (normalized)."""
        return self._fetch(self._names.get(normalize(text), ()))

    def by_surname(self, text: str) -> tuple[Actor, ...]:
        """Persons whose full name or multi-word alias ends with this single word."""
        return self._fetch(self._surnames.get(normalize(text), ()))

    def by_name_tail(self, text: str) -> tuple[Actor, ...]:
        """Persons whose full name or alias ends with these two or more words ('Lopez Obrador', 'der Leyen')."""
        norm = normalize(text)
        tokens = norm.split()
        if len(tokens) < 2:
            return ()
        return self._fetch(
            k
            for k in self._surnames.get(tokens[-1], ())
            if any(normalize(n).endswith(" " + norm) for n in (self._actors[k].name, *self._actors[k].aliases))
        )

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
        cache_key = (norm, cutoff, limit)
        keys = self._near_cache.get(cache_key)
        if keys is None:
            found: list[str] = []
            for match in self._close_matches(norm, limit * 2, cutoff):
                for key in self._names.get(match, []) + self._surnames.get(match, []):
                    if key not in found:
                        found.append(key)
            keys = tuple(found[:limit])
            if len(self._near_cache) > 4096:
                self._near_cache.clear()
            self._near_cache[cache_key] = keys
        return self._fetch(keys)

    def _close_matches(self, norm: str, n: int, cutoff: float) -> list[str]:
        """difflib.get_close_matches over the indexed names, restricted to strings sharing trigrams with norm.

        A candidate must share enough trigrams to possibly reach the cutoff, and only the best-sharing
        _MAX_CANDIDATES are scored, so the cost does not grow with the registry."""
        multi = " " in norm
        counts: dict[str, int] = {}
        grams = _trigrams(norm)
        for gram in grams:
            for cand in self._grams.get(gram, ()):
                counts[cand] = counts.get(cand, 0) + 1
        la = len(norm)
        need = max(1, int(len(grams) * 0.25))
        ranked = sorted(
            (c for c, k in counts.items()
             if k >= need and 2 * min(la, len(c)) >= cutoff * (la + len(c))
             and (c in self._names or (not multi and c in self._surnames))),
            key=lambda c: (-counts[c], abs(len(c) - la), c),
        )[:_MAX_CANDIDATES]
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(norm)
        scored: list[tuple[float, str]] = []
        for cand in ranked:
            matcher.set_seq1(cand)
            if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
                score = matcher.ratio()
                if score >= cutoff:
                    scored.append((score, cand))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [c for _, c in scored[:n]]

    def lookup(self, query: str, on: date | None = None) -> QueryResult:
        """Resolve a /who query: name, alias, surname or role phrase (holder on `on`, default today)."""
        on = on or date.today()
        exact = self.by_name(query) or self.by_surname(query) or self.by_name_tail(query)
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


_MAX_CANDIDATES = 64


def _trigrams(norm: str) -> set[str]:
    padded = f"  {norm} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}
