"""'The governor said' after 'Gov. Chris Christie': a bare title that stands for the one person the article gave
that title.

News copy names a person once with a title ('Mayor Bill de Blasio', 'Jen Psaki, the State Department
spokeswoman') and then calls them by the bare title ('the mayor said', 'her lawyer said'). When the article gave the
title to exactly one person before, the bare title is that person; with two, it stays an unnamed person. A lede often
gives the title first ('..., his agent said') and the name later ('said agent Mike Eisenstadt'): with no one titled
before, the one person titled after is meant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.name_forms import after_place

_COUNSEL = r"(?:[Ll]awyer|[Aa]ttorney(?!\s+General)),?"
# title as written after 'the' -> the forms written before a name ('Gov. Chris Christie', 'Governor Cuomo').
_BEFORE_NAME = {
    "governor": r"Gov\.|Governor",
    "mayor": r"Mayor",
    "senator": r"Sen\.|Senator",
    "congressman": r"Rep\.|Congressman",
    "congresswoman": r"Rep\.|Congresswoman",
    "president": r"(?<!Vice\s)(?<!Vice-)President",
    "prime minister": r"Prime\s+Minister|PM",
    "foreign minister": r"Foreign\s+Minister",
    "minister": r"(?<!Prime\s)Minister",
    "chancellor": r"Chancellor",
    "ambassador": r"Ambassador",
    "envoy": r"[Ee]nvoy",
    "spokesman": r"[Ss]pokesman",
    "spokeswoman": r"[Ss]pokeswoman",
    "spokesperson": r"[Ss]pokesperson",
    "secretary of state": r"Secretary\s+of\s+State",
    "police chief": r"[Pp]olice\s+[Cc]hief",
    "sheriff": r"Sheriff",
    "judge": r"Judge",
    "chief justice": r"Chief\s+Justice",
    "prosecutor": r"[Pp]rosecutor",
    "coach": r"[Cc]oach",
    "chairman": r"[Cc]hairman",
    "chairwoman": r"[Cc]hairwoman",
    "commissioner": r"[Cc]ommissioner",
    "superintendent": r"[Ss]uperintendent",
    "attorney general": r"Attorney\s+General",
    "director": r"[Dd]irector",
    "agent": r"[Aa]gent,?",
    "researcher": r"[Rr]esearcher,?",
    "analyst": r"[Aa]nalyst,?",
    "professor": r"[Pp]rofessor,?",
    "publicist": r"[Pp]ublicist,?",
    "manager": r"[Mm]anager,?",
    # a lawyer is called either: 'Attorney Okorie Okorocha ... the lawyer insisted' is no other lawyer's word
    "lawyer": _COUNSEL,
    "attorney": _COUNSEL,
    "prince": r"Prince",
    "princess": r"Princess",
    "duke": r"Duke",
    "duchess": r"Duchess",
    # kin: 'his mother, Shirley Sotloff, ... the mother said'
    **{kin: rf"{kin},?" for kin in "mother father son daughter wife husband widow widower brother sister".split()},
}
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|(?:de|van|von|bin)\b|al-[A-Z][\w'’-]+|[A-Z][\w'’-]+)){1,3}"
_ROYAL = frozenset("prince princess duke duchess".split())
_ROYAL_NAME = r"[A-Z][\w'’-]+"  # 'Prince Charles': one name
# Words that may stand between 'the' and the title: 'the new mayor', "the city's mayor", 'the Pakistani president'.
_MODIFIER = r"(?:former|new|current|then-|incoming|outgoing|[a-z]+['’]s|[A-Z][\w.'’-]*)"
# A common noun before the title ('the education commissioner') narrows it: the earlier title must have it too.
_NOT_NOUN = {"former", "new", "current", "incoming", "outgoing"} | {t.split()[0] for t in _BEFORE_NAME if " " in t}
_NOUN_MODIFIER = rf"(?!(?:{'|'.join(sorted(_NOT_NOUN))})\s)[a-z]{{3,}}"
_SPEAKER = re.compile(rf"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<mods>(?:{_MODIFIER}\s+){{0,3}})(?P<noun>{_NOUN_MODIFIER}\s+)?(?P<title>(?i:{'|'.join(sorted(_BEFORE_NAME, key=len, reverse=True))}))")
_DATE_WORDS = re.compile(r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                         r"April|May|June|July|August|September|October|November|December))+$")
_FORMER = re.compile(r"\bformer\s+$|\bex-$", re.I)


@lru_cache(maxsize=64)
def _antecedent(title: str, noun: str) -> re.Pattern[str]:
    before = _BEFORE_NAME[title]
    words = "(?:lawyer|attorney)" if before == _COUNSEL else r"\s+".join(title.split())
    if noun:
        before = rf"(?i:{noun})\s+(?:{before})"
        words = rf"{noun}\s+{words}"
    return re.compile(
        rf"(?:\b(?:{before})\s+(?P<a>{_ROYAL_NAME if title in _ROYAL else _NAME})"  # 'Gov. Chris Christie'
        rf"|(?P<b>{_NAME})(?:,\s+(?:(?:the|a|who\s+is\s+the)\s+)?|\s+(?:is|was)\s+(?:the|a|an)\s+)(?:(?!(?:of|for|to|and|with)\s)[\w.'’-]+\s+){{0,4}}?"
        rf"{words}\b(?!\s+[A-Z])"  # 'Jen Psaki, the State Department spokeswoman'; not 'Ann Lee, the wife of the
        # governor', nor 'Christopher Dorner, police chief Charlie Beck said'
        rf"|\b[Tt]he\s+{words}\s+(?:is|was)\s+(?P<c>{_NAME})"  # 'The mother is Shirley Sotloff'
        # 'Bill de Blasio, who ..., was sworn in Wednesday as New York's 109th mayor'
        rf"|(?P<d>{_NAME})(?:,[^.;\n]{{0,200}}?,)?\s+(?:is|was|has\s+been|had\s+been)\s+(?:sworn\s+in|elected|re-elected|"
        rf"named|appointed|inaugurated)\b[^.;,\n]{{0,40}}?\s+as\s+(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){{0,4}}?{words}\b(?!\s+[A-Z]))"
    )


def titled_person(speaker: str, body: str, pos: int) -> tuple[int, str] | None:
    """Where and whom: the one person the body titled as `speaker` ('the governor', 'his agent') before `pos`, else
    the one titled so after it."""
    m = _SPEAKER.fullmatch(speaker)
    if m is None:
        return None
    title = " ".join(m["title"].lower().split())
    former = "former" in m["mods"].lower()
    pattern = _antecedent(title, (m["noun"] or "").strip())
    for start, end in ((0, pos), (pos, len(body))):
        # "... has died, his agent said. ¶ ... said agent Mike Eisenstadt": a lede names the title before the person
        found: list[tuple[int, str]] = []
        for a in pattern.finditer(body, start, end):
            name = _DATE_WORDS.sub("", a["a"] or a["b"] or a["c"] or " ".join(after_place(a["d"].split())))
            if a["a"] and bool(_FORMER.search(body, max(0, a.start() - 8), a.start())) != former:
                continue  # 'the former president' is not 'President Obama'
            found.append((a.start(), f"{title.capitalize()} {name}" if title in _ROYAL and a["a"] else name))
        if found:
            return found[-1] if len({name.split()[-1] for _, name in found}) == 1 else None
    return None
