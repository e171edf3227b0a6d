"""One speech-verb cue in a sentence and what surrounds it: the speaker phrase before it, the words after it, and
the span of what was said (`Cue.content`). The frames in cue_frames.py and named_credits.py read it in turn."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.clauses import (
    ADVERBIAL,
    ADVERBIAL_CLAUSE,
    AS_TIME_CLAUSE,
    CIRCUMSTANCE,
    TOLD_THAT,
    VENUE,
    Draft,
    clean_speaker,
    content_after,
    is_finding,
    kind_of,
    preceding_chunk,
    trim,
)
from summarizer.cues import TELL_VERBS
from summarizer.quotes import MASK

# Speech verbs whose content is an object, so that where it was said follows it: 'condemned the attack (in ...)'.
_OBJECT_VERBS = frozenset("condemned condemns criticized criticised criticizes blasted accused accuses denied denies "
                          "rejected rejects demanded demands".split())


_SHOW_TITLE = re.compile(r"\s*\x00+")
_DASH_ASIDE = re.compile(r"(?<=[a-z]),?\s+(?:--|[—–])\s+[^\x00\-—–,;]{3,90}?\s+(?:--|[—–])\s*$")
_REPLY = re.compile(r",\s+(?:but|and)\s+(?P<name>[A-Z][\w'’.-]*)\s+[a-z]+ed\b")
_ACCORDING_TAIL = re.compile(r"\s*,?\s*according\s+to\b[^\x00,;:]*$")

# 'urged the ministers to ...', 'warned Iran to ...': an addressee, then an infinitive
_OBJECT_TO = re.compile(
    r"(?!(?:[\w'’.-]+\s+){0,4}?(?:have|has|had|want|wants|wanted|like|need|needs|needed|going|able|used|ought|is|are|"
    r"was|were|be|been|plan|plans|planned|tried|hope|hoped)\s+to\b)(?:[\w'’.-]+\s+){1,4}?to\s+[a-z]"
)


@dataclass
class Cue:
    """One speech-verb cue in a sentence and what surrounds it; the frames below read it in turn."""

    frame: str
    s: int
    e: int
    prev: Draft | None
    verb: str
    cue_start: int
    cue_end: int
    cue_text: str
    sp_start: int
    speaker: str
    before: str
    rest_start: int
    rest: str
    tail: str

    @classmethod
    def read(cls, frame: str, s: int, e: int, m: re.Match[str], prev: Draft | None) -> Cue:
        verb = m.group("verb").lower()
        cue_start, cue_end = m.start(), m.end()
        if verb not in TELL_VERBS or not m.group("obj"):
            cue_end = m.end("verb")
        sp_start, speaker = preceding_chunk(frame, s, cue_start)
        before = frame[s:sp_start].rstrip()
        aside = _DASH_ASIDE.search(frame, s, cue_start)
        if aside:
            role_start, role = preceding_chunk(frame, s, aside.start())
            if role and re.search(r"[A-Z][\w'’.-]+,$", frame[s:role_start].rstrip()):
                # 'George Whitesides, CEO of Virgin Galactic -- the company planning ... -- said': an apposition
                # closed by an aside, read as if closed by a comma
                sp_start, speaker, before = cue_start, "", frame[s:aside.start()].rstrip() + ","
        cue_text = frame[m.start("verb"):cue_end]
        show = _SHOW_TITLE.match(frame, cue_end, e) if cue_text.endswith(("'s", "’s")) else None
        if show:  # 'told CNN's "State of the Union"': the show's title is where it was said
            cue_end = show.end()
        adv = ADVERBIAL.match(frame, cue_end, e)
        rest_start = adv.end() if adv else cue_end
        if _ACCORDING_TAIL.match(frame, rest_start, e):
            rest_start = e  # '"...," Sterling said, according to the lawsuit.': who reports the credit
        return cls(frame, s, e, prev, verb, cue_start, cue_end, cue_text, sp_start,
                   clean_speaker(speaker), before, rest_start,
                   frame[rest_start:e].strip(" ."), frame[rest_start:e].strip(" .,:"))

    def draft(self, speaker: str, pos: int, cs: int, ce: int, appos: str = "", speech: bool | None = None) -> Draft:
        is_speech = not is_finding(speaker, self.verb) if speech is None else speech
        return Draft(speaker, pos, self.cue_text, cs, ce, kind_of(self.frame, cs, ce), is_speech, appos)

    def content(self) -> tuple[int, int]:
        rest_start, rest = self.rest_start, self.rest
        told = TOLD_THAT.match(rest) if self.verb in TELL_VERBS and not rest.startswith("that") else None
        if told:  # 'told television channel France 5 over the weekend that ...'
            rest_start = self.frame.find(rest, rest_start) + told.end()
            rest = self.frame[rest_start:self.e].strip(" .")
        cs, ce = without_occasion(self.frame, self.verb, *content_after(self.frame, rest_start, self.e, rest))
        return without_reply(self.frame, self.verb, self.cue_text, cs, ce)


def without_reply(frame: str, verb: str, cue_text: str, cs: int, ce: int) -> tuple[int, int]:
    """'The men told Serry they had orders to take him away, but Serry refused': what the one told did next is
    narration."""
    told = cue_text.split()[1:] if verb in TELL_VERBS else []
    if told and told[-1][:1].isupper() and MASK not in frame[cs:ce]:
        reply = next((m for m in _REPLY.finditer(frame, cs, ce) if m["name"] == told[-1]), None)
        if reply:
            ce = reply.start()
    return cs, ce


def without_occasion(frame: str, verb: str, cs: int, ce: int) -> tuple[int, int]:
    """'warned officials to boost security after hackers targeted ...': the occasion of a request is narration."""
    if (verb in TELL_VERBS or verb.startswith("call")) and _OBJECT_TO.match(frame, cs, ce):
        why = ADVERBIAL_CLAUSE.search(frame, cs + 4, ce)
        if why:
            ce = why.start()
    if (verb.startswith("call") and MASK not in frame[cs:ce]) or (verb in _OBJECT_VERBS
                                                                 and not frame.startswith("that", cs)):
        # 'called for more investment in a statement on Thursday', 'accused Russia of "blackmail" in an address'
        where = CIRCUMSTANCE.search(frame, max(cs + 4, frame.rfind(MASK, cs, ce) + 1), ce)
        if where and VENUE.search(where.group(0)):
            ce = trim(frame, cs, where.start())[1]  # 'rejected parts of DOMA, | in a 5-4 decision'
        when = AS_TIME_CLAUSE.search(frame, max(cs + 4, frame.rfind(MASK, cs, ce) + 1), ce)
        if when:
            ce = when.start()
    return cs, ce
