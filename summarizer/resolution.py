"""Resolving a speaker phrase to an actor, with the article as context (earlier names, roles, pronouns)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from summarizer.actors import Actor, ActorRegistry, normalize
from summarizer.clauses import GROUP_HEADS, SERVING
from summarizer.cues import PRONOUNS, TITLE_WORDS
from summarizer.speakers import (
    FUNCTION_WORDS,
    JOINT,
    LEADING_CONJ,
    NAME_RE,
    STATES,
    is_org,
    name_part,
    person_head,
)

# A common noun, then the person, body or place it belongs to: 'a spokesman for Borrell', 'officials in Moscow'.
_SERVED = re.compile(r"(?P<head>(?:(?:the|a|an|one|two|three|some|several|many|senior|top|close)\s+)*"
                     r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|for|to|in|from|at|with|close\s+to)\s+[A-Z]", re.I)


_PEOPLE = GROUP_HEADS | SERVING | frozenset(
    "residents people citizens relatives families friends sources representatives lawyers spokesmen".split())


def _titled_name(phrase: str) -> bool:
    """'the IAEA Rafael Grossi', 'NATO chief Mark Rutte': an organisation or title, then a person's full name
    ('the head of | the IAEA Rafael Grossi' is Grossi; 'An aide to | NATO chief Mark Rutte' is not Rutte)."""
    tokens = name_part(phrase).split()
    while len(tokens) > 2 and (tokens[0].isupper() or is_org(tokens[0]) or tokens[0].lower() in STATES):
        tokens.pop(0)  # 'IAEA Rafael Grossi': the organisation leads the name
    name = " ".join(tokens)
    lead = phrase[: len(phrase) - len(name)].strip().removeprefix("the ").strip()
    last = lead.split()[-1] if lead else ""
    return len(name.split()) >= 2 and bool(lead) and (is_org(lead) or last.isupper() or last.lower() in TITLE_WORDS
                                                      or last.lower() in STATES)


def _untitled(full: str) -> str:
    """'Attorney Chris Dolan' as a name is Chris Dolan, "Sepp Blatter's" is Sepp Blatter; 'De Gucht' stays."""
    words = re.sub(r"['’]s$", "", full).split()
    def titled(word: str) -> bool:
        return word.lower().strip(".") in TITLE_WORDS - {"new"}  # not 'New England'

    while titled(words[0]) and sum(not titled(w) for w in words[1:]) >= 2:
        words.pop(0)
    return " ".join(words)


@dataclass
class Resolved:
    key: str | None
    name: str | None
    kind: str
    gender: str | None = None


class ArticleContext:
    """Per-article memory: names seen in the text and named speakers, in order."""

    def __init__(self, body: str, registry: ActorRegistry, published: date | None) -> None:
        self.registry = registry
        self.published = published
        self.body = body
        self._body_norm: str | None = None
        self.mentions: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in NAME_RE.finditer(body)]
        self.normalized_mentions = [(p, normalize(n)) for p, n in self.mentions]
        self.mention_norms = {n for _, n in self.normalized_mentions}
        self.mention_tokens = {t for n in self.mention_norms for t in n.split()}
        self.persons: list[tuple[int, Resolved]] = []  # named persons (speakers and registry names) by position
        self.last_named_speaker_pos = -1
        for pos, text in self.mentions:
            actors = [a for a in registry.by_name(text) if a.kind == "person"]
            if len(actors) == 1:
                a = actors[0]
                self.persons.append((pos, Resolved(a.key, a.name, "person", a.gender)))

    @property
    def body_norm(self) -> str:
        """The whole article normalized (built on first use, for the misspelling check)."""
        if self._body_norm is None:
            self._body_norm = f" {normalize(self.body)} "
        return self._body_norm

    def full_name_before(self, surname: str, pos: int) -> str | None:
        norm = normalize(surname)
        best = None
        for p, text in self.mentions:
            if p >= pos:
                break
            text = LEADING_CONJ.sub("", text)  # "But Fowler" at a sentence start is not a full name
            toks = normalize(text).split()
            if len(toks) > 1 and toks[-1] == norm and toks[0] not in FUNCTION_WORDS:
                best = text
        return best

    def resolve(self, speaker: str, pos: int, apposition: str = "") -> Resolved:
        reg = self.registry
        low = speaker.lower()
        if low in PRONOUNS:
            return self._pronoun(low, pos)
        joint = self._joint(speaker, pos)
        if joint is not None:
            return joint
        served = _SERVED.match(speaker)
        noun = served.group("head").split()[-1] if served else ""
        if served and (noun.islower() or noun.lower() in _PEOPLE) and not (
                noun.lower() in TITLE_WORDS and noun.lower() not in SERVING and _titled_name(speaker[served.end() - 1:])):
            # 'An aide to Lavrov', 'Residents of Kyiv', 'the head of NATO': someone other than the name at the end,
            # unless the phrase is a role the registry knows.
            actor = self._role(speaker, pos) or self._role(apposition, pos)
            if actor is not None:
                return self._registry_person(actor)
            single = person_head(served.group("head"))
            return Resolved(None, speaker, "person" if single else "group")
        res = self._named(speaker, pos, apposition)
        if res is not None:
            if res.kind == "person":
                self.persons.append((pos, res))
                self.last_named_speaker_pos = pos

            return res
        orgs = reg.by_name(speaker)
        if orgs:
            a = orgs[0]
            return Resolved(a.key, a.name, a.kind, a.gender)
        if person_head(speaker):
            # 'the mayor', "Borrell's spokesman": one person whose name the registry does not know.
            return Resolved(None, speaker, "person")
        kind = "group" if not name_part(speaker) or is_org(speaker) else "unknown"
        return Resolved(None, speaker, kind)

    def _joint(self, speaker: str, pos: int) -> Resolved | None:
        """'Borrell and Jolly said': a group of the named persons, each resolved (typos included) on its own."""
        parts = JOINT.split(speaker)
        if len(parts) != 2 or not all(p[:1].isupper() and name_part(p) == p for p in parts):
            return None
        members = [self._named(p, pos, "") for p in parts]
        if not all(m is not None and m.kind in ("person", "unknown") for m in members):
            return None
        names = [m.name or p for m, p in zip(members, parts, strict=True)]  # type: ignore[union-attr]
        return Resolved(None, " and ".join(names), "group")

    def _registry_person(self, actor: Actor) -> Resolved:
        return Resolved(actor.key, actor.name, actor.kind, actor.gender)

    def _role(self, phrase: str, pos: int) -> Actor | None:
        """A role phrase names the holder already mentioned in the article ("Stoltenberg ... the NATO
        Secretary General added"), else the holder the article names next (a lead gives the role before the
        name), else whoever held the role on the article's date. The date is the weakest signal: a forwarded
        post's date can be long after the story."""
        if not phrase:
            return None
        holders = [actor for actor, _ in self.registry.holders(phrase)]
        named = [(self._last_mention(actor, pos), actor) for actor in holders]
        named = [(p, a) for p, a in named if p >= 0]
        if named:
            return max(named, key=lambda t: t[0])[1]
        later = [(self._next_mention(a, pos), a) for a in holders]
        later = [(p, a) for p, a in later if p >= 0]
        if later:
            return min(later, key=lambda t: t[0])[1]
        if self.published is None:
            return None
        return self.registry.holder(phrase, self.published)

    def _mentions_of(self, actor: Actor) -> list[int]:
        """Positions where `actor` is named, by full name, alias or surname."""
        surname = normalize(actor.surname)
        full = {normalize(n) for n in (actor.name, *actor.aliases)}
        return [p for p, norm in self.normalized_mentions if norm in full or norm.split()[-1:] == [surname]]

    def _next_mention(self, actor: Actor, pos: int) -> int:
        """Position of the first mention of `actor` after `pos`, or -1."""
        return next((p for p in self._mentions_of(actor) if p > pos), -1)

    def _last_mention(self, actor: Actor, pos: int) -> int:
        """Position of the last mention of `actor` before `pos`, or -1."""
        return max((p for p in self._mentions_of(actor) if p < pos), default=-1)

    def _named(self, speaker: str, pos: int, apposition: str) -> Resolved | None:
        reg = self.registry
        name = name_part(speaker)
        title = speaker[: len(speaker) - len(name)].strip(" ,") if name else speaker
        if name and is_org(speaker) and not title:
            name = ""
        if not name:
            actor = self._role(speaker, pos) or self._role(apposition, pos)
            if actor is None:
                for a in reg.by_name(speaker):
                    return self._registry_person(a)
                return None
            return self._registry_person(actor)
        tokens = name.split()
        for i in range(len(tokens)):
            exact = reg.by_name(" ".join(tokens[i:]))
            if len(exact) == 1 and (i == 0 or exact[0].kind == "person"):
                return self._registry_person(exact[0])
        if len(tokens) == 1:
            full = self.full_name_before(name, pos)
            if full:
                hits = reg.by_name(full)
                if len(hits) == 1:
                    return self._registry_person(hits[0])
                return Resolved(None, _untitled(full), "person")
        role_actor = self._role(title, pos) or self._role(apposition, pos)
        if role_actor and normalize(role_actor.name).split()[-1] in normalize(name).split():
            return self._registry_person(role_actor)
        # Misspelling: accept a near match only with a second signal (title, apposition, or article mention).
        for cand in reg.near(name, cutoff=0.8, limit=3):
            if cand.kind != "person":
                continue
            signals = any(self._title_fits(cand, t) for t in (title, apposition) if t)
            signals = signals or any(
                normalize(n) in self.mention_norms or f" {normalize(n)} " in self.body_norm
                for n in (cand.name, *cand.aliases) if " " in n
            )
            if signals:
                return self._registry_person(cand)
        if is_org(speaker) and not person_head(title):  # 'CNN political editor Mark Preston' is a person
            return None
        return Resolved(None, name, "person" if len(tokens) > 1 or title else "unknown")

    def _title_fits(self, actor: Actor, title: str) -> bool:
        norm = normalize(title)
        if not norm:
            return False
        return any(norm == normalize(p) or norm.endswith(normalize(p)) for r in actor.roles for p in (r.title, *r.phrases))

    def _pronoun(self, pronoun: str, pos: int) -> Resolved:
        gender = PRONOUNS[pronoun]
        if pronoun not in {"he", "she", "him", "her"}:
            return Resolved(None, None, "unknown")
        # Persons named since (and including) the last named speaker; guess only if one of them fits.
        since = self.last_named_speaker_pos
        candidates: dict[str, Resolved] = {}
        for p, res in self.persons:
            if p < since or p >= pos:
                continue
            candidates[res.key or res.name or ""] = res
        if not candidates:
            for p, res in reversed(self.persons):
                if p < pos:
                    candidates[res.key or res.name or ""] = res
                    break
        fitting = [r for r in candidates.values() if r.gender in (gender, None)]
        known = [r for r in candidates.values() if r.gender == gender]
        if len(candidates) == 1 and len(fitting) == 1:
            return fitting[0]
        if len(known) == 1 and len(fitting) == 1:
            return known[0]
        return Resolved(None, None, "unknown")
