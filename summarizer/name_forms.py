"""Forms of a person's name in a speaker phrase: the title before it ('Judge Michael Pastor'), a role or state word
before a known given name ('U.S. Ambassador to Syria Robert Ford'), a nationality ('American Joss Christensen'), and
whether a lead names someone else than a registry actor ('Bill Clinton' is not Hillary Clinton)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from summarizer.actors import Actor, normalize
from summarizer.cues import TITLE_WORDS
from summarizer.given_names import gender_of
from summarizer.speakers import DATELINE_CITIES, NATIONALITIES, PERSON_HEADS, STATES, US_STATES, is_org, name_part


def titled_name(phrase: str) -> bool:
    """'the IAEA Rafael Grossi', 'NATO chief Mark Rutte': an organisation or title, then a person's full name
    ('the head of | the IAEA Rafael Grossi' is Grossi; 'An aide to | NATO chief Mark Rutte' is not Rutte)."""
    tokens = name_part(phrase).split()
    while len(tokens) > 2 and (tokens[0].isupper() or is_org(tokens[0]) or tokens[0].lower() in STATES):
        tokens.pop(0)  # 'IAEA Rafael Grossi': the organisation leads the name
    name = " ".join(tokens)
    lead = phrase[: len(phrase) - len(name)].strip().removeprefix("the ").strip()
    last = lead.split()[-1] if lead else ""
    return len(name.split()) >= 2 and bool(lead) and not is_org(name) and (
        is_org(lead) or last.isupper() or last.lower() in TITLE_WORDS or last.lower() in STATES)


def other_given_name(lead: list[str], actor: Actor, fuzzy: bool = False) -> bool:
    """'Bill Clinton' is not Hillary Clinton: a given name the actor's names lack ('Melanie Jolly' has Joly's,
    near enough when `fuzzy`); 'IAEA Rafael Grossi' is Grossi."""
    names = {w for n in (actor.name, *actor.aliases) for w in normalize(n).split()}

    def known(word: str) -> bool:
        w = normalize(word)
        return w in names or (fuzzy and any(SequenceMatcher(None, w, n).ratio() >= 0.75 for n in names))

    return any(w[:1].isupper() and not w.isupper() and not is_org(w) and w.lower() not in STATES and not known(w)
               and w.lower() != "secretary-general" for w in lead)  # 'Secretary-General Ban'; not 'President Clinton'


SOVEREIGN_TITLES = frozenset("pope king queen prince princess sheikh emir ayatollah sultan".split())  # 'Pope Francis'

# 'Historian Fernando M. Gonzalez' is Fernando M. Gonzalez; 'Secretary-General Ban' keeps its title: a surname
# alone would be no one's name.
TITLES = (TITLE_WORDS | PERSON_HEADS) - {"new", "secretary-general"}


def titled(word: str) -> bool:
    """A title before a name, also 'CEO' and "NanoSystem's"; not the 'New' of 'New England'."""
    return word.lower().strip(".") in TITLES or (word.isupper() and len(word) > 2) \
        or word.endswith(("'s", "’s"))


def untitled(full: str) -> str:
    """'Attorney Chris Dolan' as a name is Chris Dolan, "Sepp Blatter's" is Sepp Blatter; 'De Gucht' stays."""
    words = re.sub(r"['’]s?$", "", full).split()
    if len(words) > 3 and " ".join(words[:2]).lower() in STATES and gender_of(" ".join(words[2:])) is not None:
        words = words[2:]  # 'South Africa Oscar Pistorius': a dateline run into the name
    last = max((i for i, w in enumerate(words[:-1]) if titled(w)), default=-1)  # 'Judge Michael Pastor'
    if len(words) - last - 1 >= 2:  # 'DeLand Police Chief William Ridgway'
        words = words[last + 1:]
    return " ".join(words)


# ... and the last words of titles cut at 'of' ('Chief of | Staff Denis McDonough', '... of National | Intelligence')
ROLE_WORDS = TITLE_WORDS | PERSON_HEADS | NATIONALITIES | frozenset(
    "star legend great veteran rookie famer staff intelligence defense defence affairs security".split())

_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}")


def from_given_name(name: str) -> str:
    """'Star Andy Samberg' as a name is Andy Samberg, 'U.S. Ambassador to Syria Robert Ford' Robert Ford: a role
    word, a state or an abbreviation before a known given name."""
    words = name.split()
    if any(w.endswith(("'s", "’s")) for w in words):
        return name  # "Kevin Werbach's Coursera" is no one
    while len(words) > 2 and gender_of(" ".join(words[1:])) is not None and (
            words[0].lower().strip(".") in ROLE_WORDS or words[0].lower() in STATES or _ABBREVIATION.fullmatch(words[0])):
        words.pop(0)
    return " ".join(words)


_PLACE_WORDS = frozenset(w for place in DATELINE_CITIES | {s.lower() for s in US_STATES} for w in place.split())


def after_place(words: list[str]) -> list[str]:
    """'New York Bill de Blasio', 'York Bill de Blasio': the words of a dateline's place run into a name, dropped
    up to a known given name ('Mary Kate Smith' keeps Mary)."""
    for i, word in enumerate(words[:-2]):
        if word.lower() not in _PLACE_WORDS:
            break
        if gender_of(" ".join(words[i + 1:])) is not None:
            return words[i + 1:]
    return words


def without_nationality(words: list[str]) -> str:
    """'American Joss Christensen' as a name is Joss Christensen."""
    while len(words) > 2 and words[0].lower() in NATIONALITIES:
        words = words[1:]
    return " ".join(words)
