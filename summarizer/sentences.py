"""Offline sentence and word splitting for English news text.

No NLTK data: abbreviations, initials, decimals and closing quotes are handled by rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Tokens that end with a period but rarely end a sentence.
ABBREVIATIONS = _word_set(
    """
    mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr sgt adm gov sen rep pres supt insp spec spc pfc cpl pvt brig
    rev hon messrs mme mlle no nos vol vols fig figs approx est dept univ inc ltd co corp bros
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    vs etc al cf ca ie eg viz
    u.s u.k u.n e.u u.s.a d.c a.m p.m
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo
    """
)

# 'No. 5' but 'he said no.'; 'Springfield, Ill.' but 'she fell ill.'
_BEFORE_NUMBERS = _word_set("no nos vol vols fig figs")
_ALSO_WORDS = _word_set("ill miss wash mass mo ore la pa est sun sat wed mar del ind col gen rev hon co")


def is_abbreviation(token: str, text: str, end: int) -> bool:
    """Whether `token` (as written, its period at text[end - 1]) is an abbreviation rather than a sentence end."""
    low = token.lower()
    if low in _BEFORE_NUMBERS:
        return re.match(r"\s*\d", text[end:end + 4]) is not None
    if low in _ALSO_WORDS:
        return token[:1].isupper()
    return low in ABBREVIATIONS


# Abbreviations after which a capitalised word usually starts a new sentence anyway.
SENTENCE_FINAL_ABBREVIATIONS = _word_set("etc u.s u.k u.n e.u a.m p.m inc ltd co")

_CANDIDATE = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+)""")
_OPENER = re.compile(r"""\s+["'“‘(\[]*[A-Z0-9À-Ý]""")
_WORD = re.compile(r"[^\W_](?:[^\W_]|['’-](?=[^\W_]))*", re.UNICODE)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence with its character offsets in the source text."""

    text: str
    start: int
    end: int


def _token_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_boundary(text: str, mark_start: int, mark_end: int) -> bool:
    mark = text[mark_start:mark_end]
    if not _OPENER.match(text, mark_end):
        # "... said. the" or a lower-case continuation: not a boundary, unless ?/! with a quote.
        return False
    if mark.startswith((".",)) and not mark.startswith("..."):
        raw = _token_before(text, mark_start).lstrip("\"'“‘([")
        token = raw.lower()
        if not token:
            return True
        if is_abbreviation(raw, text, mark_start + 1):
            return token in SENTENCE_FINAL_ABBREVIATIONS and _next_word_starts_sentence(text, mark_end)
        # Single initials ("J. Smith") and dotted acronyms ("U.S.") are not boundaries by themselves.
        if len(token) == 1 and token.isalpha():
            return False
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
            return _next_word_starts_sentence(text, mark_end)
    return True


_COMMON_SENTENCE_STARTS = _word_set(
    "the a an he she it they we i in on at but and this that these those his her its their there "
    "after before when while as if for however meanwhile"
)


def _next_word_starts_sentence(text: str, pos: int) -> bool:
    m = _WORD.search(text, pos)
    return bool(m) and m.group(0).lower() in _COMMON_SENTENCE_STARTS


def sentence_spans(text: str) -> list[Span]:
    """Split text into sentences, never across paragraph breaks, keeping offsets."""
    spans: list[Span] = []
    for para_match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        para_start = para_match.start()
        para = para_match.group(0)
        start = 0
        for m in _CANDIDATE.finditer(para):
            if _is_boundary(para, m.start(), m.end()):
                _append(spans, para, start, m.end(), para_start)
                start = m.end()
        _append(spans, para, start, len(para), para_start)
    return spans


def _append(spans: list[Span], para: str, start: int, end: int, offset: int) -> None:
    chunk = para[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = offset + start + lead
    spans.append(Span(" ".join(stripped.split()), s, s + len(stripped)))


def split_sentences(text: str) -> list[str]:
    return [s.text for s in sentence_spans(text)]


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text)
