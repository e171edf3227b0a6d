"""Who said what: rule-based extraction of direct, mixed and reported statements with speaker resolution.

Quotes are masked first so that cue and speaker patterns only see the article's own words; each sentence is
then matched against a small set of attribution frames (quote-cue-speaker, speaker-cue-content,
content-speaker-cue, "according to", colon introductions, speech acts on objects). Speaker phrases are read in
summarizer/speakers.py and resolved to actors in summarizer/resolution.py; quotes are found and masked in
summarizer/quotes.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from summarizer.actors import ActorRegistry
from summarizer.cues import (
    ACCORDING_RE,
    AMBIGUOUS_FORMS,
    BELIEF_VERBS,
    CUE_RE,
    FINDING_NOUNS,
    INVERTING_VERBS,
    PRONOUNS,
    QUOTE_VERB_RE,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    TELL_VERBS,
)
from summarizer.quotes import DOUBLE_QUOTES, MASK, mask, quote_spans, sentences
from summarizer.resolution import ArticleContext, Resolved
from summarizer.speakers import (
    FUNCTION_WORDS,
    LEADING_CONJ,
    PLACEHOLDER_WORDS,
    is_org,
    name_part,
    person_head,
)
from summarizer.speech_acts import ACT_RE, PARTICLE_REQUIRED, lookup


@dataclass(frozen=True)
class Statement:
    speaker: str
    actor_key: str | None
    actor_name: str | None
    actor_kind: str
    cue: str
    text: str
    kind: str
    start: int
    end: int
    is_speech: bool = True  # False for beliefs and findings ("polls show", "experts think")


def readable(kind: str, cue: str, text: str) -> str:
    """A statement as it reads on its own. Reported content leads with its cue ('called for a ceasefire',
    'said the talks would resume'); quotes, and contents that carry their own credit, stand as they are."""
    if not cue[:1].isalpha() or cue.lower().startswith("according"):
        return text
    if kind == "direct" or (kind == "mixed" and not text[:1].islower()):
        return text
    if re.search(rf"\b{re.escape(cue)}\b", text):
        return text  # 'The threat, Borrell said, is real'
    return f"{cue} {text}"


_MAX_NARRATION = 3000  # characters of narration (quotes excluded) in one sentence worth reading for statements
_MAX_GAP = 60  # characters of narration allowed between the parts of one multi-part quote
_BELIEF = frozenset(BELIEF_VERBS)
_PARAGRAPH = re.compile(r"[^\n]+")
_CLAUSE_BREAK = re.compile(r"[,;:()\x00]|\s[—–-]{1,2}\s|[—–]")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)"
_ADVERBIAL = re.compile(
    rf"""(?:\s*,?\s*(?:(?:on|late|early|last|this)\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?
    |\s+(?:earlier|later|again|also|recently|publicly|repeatedly|previously|privately|bluntly|flatly|
        (?:last|this)\s+(?:weekend|week|month|year|morning|afternoon|evening)|in\s+(?:a|an|his|her|their|the|its)\s+
        (?:[\w-]+\s+){{0,2}}(?:statement|interview|speech|post|tweet|letter|release|video|op-ed|email|
        conference|briefing|address|appearance|remarks|message|call|debate)
        (?:\s+(?:with|to|on|at|in)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,3}})?
        |at\s+(?:a|the)\s+(?:[\w-]+\s+){{0,2}}(?:conference|briefing|rally|event|summit|meeting|hearing)
        |on\s+(?:Twitter|X|Facebook|Telegram|Instagram|Truth\s+Social|television|TV)
        |in\s+[A-Z][a-z]+)
    )*""",
    re.X,
)
# 'said about 20 people ...' is a number, not a topic.
_PREP_START = re.compile(r"(?:from|in|at|during|after|before|with|by|about|over|into|of|as)\b(?!\s+\d)", re.I)
_NON_SPEAKER = frozenset(
    """is was were are be been being not to will would could should can may might did do does which who whom
    whose if because than there here what how why it's that's as""".split()
)
# --------------------------------------------------------------------------- speaker phrases
_CLOSE_TO = re.compile(
    r"(?:[Tt]hose|[Pp]eople|[Ss]ources|[Oo]fficials|[Aa]ides|[Ff]riends|[Aa]llies|[Dd]iplomats|[Oo]ne\s+person)\s+"
    r"(?:(?:close|familiar|briefed)\s+(?:to|with|on)|with\s+knowledge\s+of)\s"
)


def _speaker_ok(chunk: str) -> bool:
    words = chunk.split()
    if not 1 <= len(words) <= 10:
        return False
    lower = [w.lower().strip(",.") for w in words]
    if _CLOSE_TO.match(chunk) and len(words) <= 8:
        return True  # 'Those close to him', 'people familiar with the talks'
    if any(w in _NON_SPEAKER for w in lower):
        return False
    if lower[0] in PRONOUNS:
        return len(words) == 1
    if lower[0].endswith("ing") and words[0].islower() and lower[-1] not in _GROUP_HEADS:
        return False  # 'citing two reports': a participle phrase, not a speaker ('restructuring experts' is)
    if any(ch.isdigit() for ch in chunk) and not re.search(r"\b\d+\s+\w+s\b", chunk) \
            and len(name_part(chunk).split()) < 2:
        return False  # '9/11 widow Terry Strada' is a speaker; '2016 was' is not
    capitalised = words[0][0].isupper()
    return capitalised or lower[0] in PLACEHOLDER_WORDS or lower[0] in _INDEFINITE or len(words) <= 5


def _preceding_chunk(frame: str, s: int, cue_start: int) -> tuple[int, str]:
    """Start and text of the noun phrase right before a cue, within its clause."""
    region = _INSET.sub(lambda m: " " * len(m.group(0)), frame[s:cue_start])
    cut = 0
    for m in _CLAUSE_BREAK.finditer(region):
        cut = m.end()
    raw = region[cut:]
    conj = LEADING_CONJ.match(raw.lstrip())
    offset = len(raw) - len(raw.lstrip())
    if conj:
        offset += conj.end()
    text = raw[offset:].rstrip()
    return s + cut + offset, text


# --------------------------------------------------------------------------- extraction
@dataclass
class _Draft:
    speaker: str
    speaker_pos: int
    cue: str
    start: int
    end: int
    kind: str
    is_speech: bool
    apposition: str = ""


def _trim(frame: str, s: int, e: int) -> tuple[int, int]:
    while s < e and frame[s] in " ,:;—–-":
        s += 1
    while e > s and (frame[e - 1] in " ,;:—–-" or (frame[e - 1] in ".!?" and frame[e - 2] != MASK)):
        e -= 1
    return s, e


def _kind(frame: str, s: int, e: int) -> str:
    seg = frame[s:e]
    if MASK not in seg:
        return "reported"
    if seg.strip(MASK + " .,") == "":
        return "direct"
    return "mixed"


def _is_finding(speaker: str, verb: str) -> bool:
    head = speaker.lower().split()[-1].strip(".,'’") if speaker.split() else ""
    return verb.split()[0] in _BELIEF or head in FINDING_NOUNS


_SUBORDINATORS = frozenset("after before when while as if because since although though once until".split())
_SUBJECT_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|Small|Large|Several|Many|Some|Most|Few|Dozens|Hundreds|"
    r"Thousands|Two|Three|Four|Five|Other|Local|Senior|Top|Former)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*"
    r"(?=\s+(?:[a-z]+(?:ed|s)|has|had|have|was|is|were|are|will|would)\b)"
    r"|[Tt]he\s+(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*(?=\s+[a-z])"
    r"|(?:[A-Z][\w'’.-]*\s+){1,3}(?:forces|officials|troops|leaders|ministers|diplomats|authorities|police|"
    r"protesters|lawmakers|prosecutors|investigators|negotiators|state\s+media)\b"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|[Hh]e\b|[Ss]he\b|[Tt]hey\b"
)


def _subject_at(frame: str, start: int, end: int) -> re.Match[str] | None:
    """The subject at the start of a sentence ('The band leader called ...'); a bare article is none."""
    m = _SUBJECT_RE.match(frame, start, end)
    if m is None or m.group(0).lower() in PLACEHOLDER_WORDS or m.group(0).split()[0].lower() in _SUBORDINATORS:
        return None
    return m


_QUOTE_AFTER_ADVERBIAL = re.compile(r"[^\x00.,]{1,50},\s*\x00")
_DASH_CREDIT = re.compile(r"\x00\s*[―—–]\s*([A-Z][^,\x00]{1,60}?)\s*(?:,|$)")
_WHAT_CALLED = re.compile(
    r"\b[Ww]hat\s+(?P<sp>he|she|they|it|we|I|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:has\s+|had\s+)?"
    r"(?P<verb>called|calls|call|described\s+as|describes\s+as|termed|terms|dubbed|dubs|labell?ed|characteri[sz]ed\s+as)"
    r"\s+(?=[^.;\x00]{0,40}\x00)"
)
_TO_HER = re.compile(r"\b[Tt]o\s+(?P<sp>him|her|them),\s*(?=\x00)")  # 'to Paris, "a city of light"' is no view
_AS_PUT_IT = re.compile(
    r",?\s+as\s+(?P<sp>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,6}?)\s+"
    r"(?P<verb>put\s+it|puts\s+it|said|says|noted|notes|wrote|writes|reported|reports|called\s+it|calls\s+it|"
    r"pointed\s+out|points\s+out)"
    r"(?P<inset>\s*,(?=\s+[a-z]))?(?(inset)|\s*[.!?]?\s*$)"
)
_HEADLINE_CREDIT = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}):\s+(?=[A-Z‘'“\"])(?![^.!?]*[.!?]\s+[A-Z])")
_NOT_CREDITS = frozenset(
    """update updated clarification correction editor's note photo photos video watch related read more source sources
    note warning breaking live exclusive analysis opinion editorial comment review q a advertisement""".split()
)
_QUOTED_TRANSCRIPT = re.compile(r"[\"“](?=[A-Z][A-Z.'’ -]{1,30}[A-Z]:\s+\S)")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s+(?=\S)")


def _analyse_sentence(frame: str, s: int, e: int) -> list[_Draft]:
    """Attributions of one sentence, left to right; a later cue ("..., adding that ...") starts a new one."""
    dash = _DASH_CREDIT.search(frame, s, e)
    if dash and _speaker_ok(dash.group(1)):
        cs, ce = _trim(frame, s, dash.start() + 1)
        if frame[cs:ce].strip(MASK + " .,") == "":
            return [_Draft(dash.group(1).strip(), dash.start(1), frame[dash.start() + 1:dash.start(1)].strip(),
                           cs, ce, "direct", True)]
    if s == 0:
        tr = _TRANSCRIPT.match(frame)
        if tr and len(tr.group(1).split()) <= 3:
            cs, ce = _trim(frame, tr.end(), len(frame))
            return [_Draft(tr.group(1).title(), 0, ":", cs, len(frame.rstrip()), _kind(frame, cs, ce), True)]
        head = _HEADLINE_CREDIT.match(frame)
        if head and len(frame) <= 160 and head.group(1).lower() not in _NOT_CREDITS and (
                name_part(head.group(1)) or is_org(head.group(1))):
            # A headline 'Borrell: EU will not recognise the vote': the name before the colon speaks.
            cs, ce = _trim(frame, head.end(), len(frame))
            speaker = head.group(1)
            return [_Draft(speaker, 0, ":", cs, ce, _kind(frame, cs, ce), not _is_finding(speaker, "said"))]
    doc = _DOC_CREDIT.search(frame, s, e) or _DOC_INTRO.match(frame, s, e)
    if doc:
        if doc.re is _DOC_CREDIT:
            cs, ce = _trim(frame, s, doc.start() + 1)
        else:
            cs, ce = _trim(frame, doc.end(), e)
        if ce > cs and frame[cs:ce].strip(MASK + " .,") == "":
            # '"...," the letter reads.': a document's words, attributed to the document (never a person).
            return [_Draft(doc.group("sp"), doc.start("sp"), doc.group("verb"), cs, ce, "direct", True)]
    to_her = _TO_HER.search(frame, s, e)
    if to_her and frame[to_her.end():e].strip(MASK + " .") == "":
        # 'because to her, "there's nothing more important ..."': the quote is her view, in her words.
        sp = _DOER_PRONOUN[to_her.group("sp").lower()]
        cs, ce = _trim(frame, to_her.end(), e)
        return [_Draft(sp, to_her.start("sp"), "to", cs, ce, "direct", True)]
    as_put = _AS_PUT_IT.search(frame, s, e)
    if as_put and as_put.group("inset") and _speaker_ok(as_put.group("sp")):
        # 'Hawaii, as one of his advisers pointed out, rarely gets two hurricanes': the sentence around it.
        cs, ce = _trim(frame, s, e)
        sp = as_put.group("sp")
        return [_Draft(sp, as_put.start("sp"), as_put.group("verb"), cs, ce, _kind(frame, cs, ce), True)]
    if as_put and _speaker_ok(as_put.group("sp")):
        # '... a "lawful source of income," as a Homeland Security memo put it.': the clause before the credit
        clause = frame.rfind(", ", s, as_put.start() - 1)
        start = clause + 2 if clause >= 0 and len(frame[clause:as_put.start()].split()) >= 5 else s
        cs, ce = _trim(frame, start, as_put.start())
        if ce - cs >= 12:
            sp = as_put.group("sp")
            return [_Draft(sp, as_put.start("sp"), as_put.group("verb"), cs, ce, _kind(frame, cs, ce),
                           not _is_finding(sp, "said"))]
    said = _SAID_NAME.match(frame, s, e)
    if said and _speaker_ok(said.group(1)):
        cs, ce = _trim(frame, said.end(), e)
        if ce - cs >= 6:
            return [_Draft(said.group(1), said.start(1), said.group(0).split()[0], cs, ce, _kind(frame, cs, ce), True)]
    acc = ACCORDING_RE.search(frame, s, e)
    if acc:
        draft = _according(frame, s, e, acc)
        if draft:
            return [draft]
    drafts: list[_Draft] = []
    floor = s
    for m in _cue_matches(frame, s, e):
        if m.start() < floor:
            continue
        prev = drafts[-1] if drafts else None
        draft = _frame_cue(frame, floor, e, m, prev) if m.re is CUE_RE else _act_at(frame, floor, e, m, prev)
        if draft is None and m.re is CUE_RE:
            # 'the administration has promised a veto': a speech verb with an object and no clause is an act.
            act = ACT_RE.match(frame, m.start(), e)
            if act is not None and MASK not in frame[act.end():e]:
                draft = _act_at(frame, floor, e, act, prev)
        if draft is None:
            continue
        if prev is not None and draft.kind != "cue-only" and draft.start < prev.end:
            if draft.start <= prev.start:
                continue
            prev.end = _trim(frame, prev.start, draft.start)[1]
            prev.kind = _kind(frame, prev.start, prev.end)
        if draft.kind == "cue-only" and drafts:
            continue
        drafts.append(draft)
        floor = max(m.end(), draft.end if draft.kind != "cue-only" and draft.start > m.start() else m.end())
        if draft.kind == "cue-only" or draft.end >= e - 1:
            break
    out = [d for d in drafts if d.kind == "cue-only" or d.end > d.start]
    if out:
        # 'Trump described the incident as a "terrible situation," but stopped short of calling ...': a quoted
        # predicate before the first statement the cues found.
        first = min((d.start for d in out if d.kind != "cue-only"), default=s)
        if MASK in frame[s:first]:
            early = _quote_predicate(frame, s, first)
            if early is not None and early.end <= first:
                out.insert(0, early)
    if not out:
        fallback = (_noun_cue(frame, s, e) or _quote_predicate(frame, s, e) or _colon_intro(frame, s, e)
                    or _speech_act(frame, s, e))
        if fallback is not None:
            out.append(fallback)
    for m in _WHAT_CALLED.finditer(frame, s, e):
        # 'check out what he called Machado's "sex tape"': the quoted label is that speaker's words.
        q = frame.find(MASK, m.end(), e)
        q_end = q
        while q_end < e and frame[q_end] == MASK:
            q_end += 1
        if not any(d.start <= m.start() and q_end <= d.end and d.speaker == m.group("sp") for d in out):
            out.append(_Draft(m.group("sp"), m.start("sp"), m.group("verb"), m.start(), q_end, "mixed", True))
    return out


_POSSESSOR = r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)"
_NOUN_CUE = re.compile(
    rf"(?P<sp>{_POSSESSOR})\s+(?:[a-z]+\s+)?(?P<noun>{'|'.join(STATEMENT_NOUNS)})\s+(?=that\b)"
)
_CLAUSE_END = re.compile(r"\s*(?:[;,]|\s[—–-]{1,2}\s|[—–])")


def _clause_content(frame: str, cs: int, e: int, min_len: int = 12) -> tuple[int, int]:
    """Content from cs to the end of its clause: the sentence end or the first comma/dash after a quote."""
    last_mask = frame.rfind(MASK, cs, e)
    search_from = max(cs + min_len, last_mask + 1 if last_mask >= 0 else cs)
    m = _CLAUSE_END.search(frame, search_from, e)
    end = m.start() if m and len(frame[m.end():e].split()) >= 3 else e
    return _trim(frame, cs, end)


def _noun_cue(frame: str, s: int, e: int) -> _Draft | None:
    """"Trump's claim that ...", "his statement that ...": the that-clause, said by the possessor."""
    m = _NOUN_CUE.search(frame, s, e)
    if m is None:
        return None
    raw = m.group("sp")
    speaker = _DOER_PRONOUN.get(raw.lower()) or re.sub(r"['’]s?$", "", raw)
    speaker = LEADING_CONJ.sub("", speaker).strip()
    if not speaker or not _speaker_ok(speaker) or speaker.split()[0].lower() in FUNCTION_WORDS:
        return None
    if speaker not in PRONOUNS and not name_part(speaker):
        return None
    cs, ce = _clause_content(frame, m.end(), e)
    if ce - cs < 12:
        return None
    return _Draft(speaker, m.start("sp"), m.group("noun"), cs, ce, _kind(frame, cs, ce), True)


# Any finite verb (for sentences whose predicate holds a quote): 'The two presidents introduced the "War on Drugs."'
_GENERIC_VERB = re.compile(
    r"\b(?:(?:has|have|had|is|was|are|were|will|would|also|repeatedly)\s+)*(?P<verb>[a-z]{2,}(?:ed|es)|[a-z]{3,}[^s's]s|"
    r"sang|wrote|said|told|spoke|took|gave|made|put|shouted|yells)\b"
)
# A second predicate of the same subject ends the content: 'claimed X, but offered no proof', '... and added'.
_COORDINATED = re.compile(
    r",?\s+but\s+(?:(?:also|then|later|still|never|did\s+not|didn['’]t|has|had)\s+)*[a-z]+ed\b"
    r"|,?\s+but\s+(?:he|she|they|it|we)\s+(?:has|have|had|is|was|also|did|does|will|would)\b"
    r"|,\s+but\s+(?:he|she|they|we)\s+[a-z]{3,}(?:s|ed)\b"
    r"|,?\s+and\s+(?:(?:also|then|later)\s+)?(?:added|said|says|offered|declined|refused|encouraged|encourages|called|"
    r"calls|urged|urges|vowed|noted|accused|accuses|repeatedly\s+says|asked|told|tweeted|went\s+on)\b"
)
# Reported content also ends at a comment clause: '..., which forced her ...', '..., although he refused ...'.
_REPORTED_END = re.compile(
    r";|,\s+(?:which|although|though|even\s+as|whereas)\b|,\s+[a-z]+ly\s+[a-z]{3,}ing\b[^,;]*$"
    r"|,\s+(?:citing|noting|adding|arguing|saying|insisting|warning|calling)\b[^,;]*$"
    r"|\s+and\s+(?:(?:also|then|later)\s+)?(?:warned|suggested|criticized|criticised|insisted|argued|claimed|"
    r"promised|pledged|predicted|stressed|attempted|refused|declined)\b"
)
_LATER_CLAUSE = re.compile(r"\s+(?:after|when|while|because|before|since|until|amid|even\s+as)\b")
_PARTICLE = re.compile(r"\s*(?:to|as|out|at|of|on|for|up)\b\s*")


_TITLE_NOUNS = frozenset(
    """documentary film movie book song album show series novel play episode title titled entitled nickname
    program programme magazine newspaper column headline hashtag slogan""".split()
)
_TIME_NOUNS = frozenset("years months weeks days hours minutes times decades centuries".split())
_GENERIC_BREAK = re.compile(r",|\b(?:while|because|when|since|though|although)\b")


def _generic_ok(frame: str, speaker: str, verb: str, ve: int, e: int) -> bool:
    """Any finite verb before a quote ('introduced the "War on Drugs"') only in a simple clause: the quote is
    the verb's own object, not a title ('her new documentary "13th"'), nor after a comma or a subordinate
    clause ('unloaded on Cruz in return, yoking him ...'), and the subject is a plain noun phrase."""
    if verb in _TIME_NOUNS or speaker.endswith("-") or speaker.split("-")[0].lower() in _NUMBER_WORDS:
        return False
    first = frame.find(MASK, ve, e)
    between = frame[ve:first]
    if _GENERIC_BREAK.search(between):
        return False
    words = between.split()
    return not words or words[-1].lower().strip(".,'’s") not in _TITLE_NOUNS


# '"...," said one Democratic source on the panel.': an indefinite speaker after an inverted cue.
_INDEFINITE = frozenset("a an one another two three several some many other".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred".split()
)


def _quote_predicate(frame: str, s: int, e: int) -> _Draft | None:
    """'She called Wells Fargo's behavior "outrageous"': a non-speech verb whose predicate quotes someone.

    Only the predicate (object and quote) is content; the quote marks are the evidence that it is speech."""
    # Listed verbs first, then any finite verb; none after the first quote (its verb would be narration).
    first_quote = frame.find(MASK, s, e)
    for m in (*QUOTE_VERB_RE.finditer(frame, s, first_quote), *_GENERIC_VERB.finditer(frame, s, first_quote)):
        vs, ve = m.start(), m.end()
        if MASK not in frame[ve:e]:
            continue
        verb = m.group("verb")
        before = frame[s:vs].rstrip()
        if m.re is _GENERIC_VERB and not verb.endswith("ing") and (
                _PASSIVE_AUX.search(frame, vs, m.start("verb")) or _PASSIVE_TAIL.search(before)):
            continue  # 'she was freed from the "house of horrors"', 'was told by a coach that "..."'
        if verb.endswith("ing") and m.start("verb") == vs:  # a bare participle; 'is calling' is finite
            if not before.endswith(","):
                continue
            head = _subject_at(frame, s, e)
            speaker, sp_start, appos = (head.group(0), s, "") if head else ("", s, "")
        else:
            sp_start, speaker = _preceding_chunk(frame, s, vs)
            speaker = _clean_speaker(speaker)
            appos = ""
            if not speaker and before.endswith(","):
                parts = [p.strip() for p in before[:-1].split(",")]
                if 2 <= len(parts) <= 3:
                    speaker = _clean_speaker(LEADING_CONJ.sub("", parts[0]))
                    appos = ", ".join(parts[1:])
                    second = _clean_speaker(parts[1])
                    if not name_part(speaker) and second and name_part(second) == second:
                        speaker, appos = second, speaker  # 'Another critic, Laurence H. Tribe, likened ...'
                    sp_start = frame.find(speaker, s) if speaker else s
            if speaker and not _speaker_ok(speaker):
                tail_np = _tail_noun_phrase(speaker)  # "That's when she | pointed to ..."
                sp_start, speaker = sp_start + len(speaker) - len(tail_np), tail_np
        if not speaker or not _speaker_ok(speaker):
            continue
        low = speaker.split()[0].lower()
        if not (speaker[0].isupper() or low in PLACEHOLDER_WORDS or low in PRONOUNS):
            continue
        named = name_part(speaker) or person_head(speaker) or is_org(speaker) or _DOC_HEAD.search(speaker)
        if (speaker.lower() in {"we", "i"} or (speaker.lower() in {"it", "they"} and m.re is _GENERIC_VERB)
                or (speaker.lower() not in PRONOUNS and not named)):
            continue  # 'it referenced "political tensions"' is a listed verb; 'it became "a mess"' is not speech
        if m.re is _GENERIC_VERB and not _generic_ok(frame, speaker, verb, ve, e):
            continue
        adv = _ADVERBIAL.match(frame, ve, e)
        cs = adv.end() if adv else ve
        part = _PARTICLE.match(frame, cs, e)
        if verb in {"gone", "going", "went"}:  # 'has gone after Trump as a "human leech"'
            after = re.compile(r"\s+after\s+").match(frame, cs, e)
            if after is None:
                continue
            cs = after.end()
        if part and verb in {"pointed", "referred", "refers", "referring"}:
            cs = part.end()
        cs, ce = _clause_content(frame, cs, e, 4)
        first = frame.find(MASK, cs, ce)
        if first < 0 or ce - cs < 4:
            continue
        coord = _COORDINATED.search(frame, first, ce)
        if coord:
            ce = coord.start()
        q_end = first
        while q_end < ce and frame[q_end] == MASK:
            q_end += 1
        later = _LATER_CLAUSE.search(frame, q_end, ce)
        if later:  # 'described her as a "disgrace" after she attacked ...': the later clause is narration
            ce = later.start()
        last = frame.rfind(MASK, cs, ce) + 1
        follow = _NEXT_WORD.match(frame, last)
        if not follow or follow.group(1) in (_PREPOSITIONS - {"for"}) | _LINKERS or follow.group(1).endswith("ly") \
                or follow.group(1) in _TIME_ADVERBS:
            ce = last  # the predicate's quoted part ends it; 'a "real" risk of ...' reads on to the clause end
        return _Draft(speaker, sp_start, verb, cs, ce, _kind(frame, cs, ce), True, appos)
    return None


_CATENATIVE = re.compile(
    r"\s+(?:continued|continues|began|begins|tried|tries|sought|seeks|wants|wanted|hopes|hoped|plans|planned|"
    r"went\s+on|used|moved|rushed|refused|declined|vowed|pledged|promised|threatened|agreed)\s+to$"
)
_GROUP_HEADS = frozenset(
    """officials leaders ministers lawmakers legislators senators diplomats demonstrators protesters protestors critics
    supporters opponents activists democrats republicans delegates members voters residents advocates campaigners
    experts analysts economists observers scientists historians researchers
    allies rivals executives prosecutors investigators negotiators envoys ambassadors spokesmen authorities
    governments countries nations states parties unions groups organizations organisations forces troops police
    militants rebels""".split()
)
# 'called the charges unsubstantiated', 'called her vote on the war a mistake': naming something is a verdict;
# 'called a news conference', 'called him on Tuesday', 'called the police' are not.
_NAMING = re.compile(
    r"\s+(?:him|her|them|it|this|that|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"|(?:the|his|her|their|its|this|that|these|those)\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+)"
    r"\s+(?:(?<!\sin\s)(?<!\son\s)(?<!\sat\s)(?<!\sfor\s)(?<!\sto\s)(?<!\swith\s)(?<!\sfrom\s)(?<!\sby\s)an?\s+[a-z]"
    r"|[a-z]+(?:ous|ful|less|ible|able|ic|ive|ish|ent|ant|ted|zed|sed)(?=\s+(?:and|or|but|because|for|after|before)\b|[,;.]|$))"
)
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being)\s")


_ACT_INSET = re.compile(
    r"(?:^|[.;]\s+|,\s+)(?P<sp>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+"
    r"(?:at|in|on|during|after|before|speaking|appearing|writing|[a-z]+ing)\b[^,\x00]{1,60},\s*$"
)
_SUBORDINATE_SUBJECT = re.compile(
    r"\s(?:as|when|while|after|before|because|since|though|although|where|if)\s+"
    r"(?P<sp>he|she|they|we|I|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$"
)
_AND_PREDICATE = re.compile(
    r",?\s+and\s+(?:then\s+|also\s+|later\s+)?[a-z]{3,}ed\s+(?:to|the|a|an|that|his|her|their|its)\b"
)
_OBJECT_NP = re.compile(r"(?:an?|the|his|her|their|its|no|new)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}")
_ONLY_WHEN = re.compile(
    rf"(?:(?:on|late|early|last|this|next)\s+)?(?:{_DAY}|week|month|year|weekend)(?:\s+(?:morning|afternoon|evening|night))?"
)
_NOT_AN_OBJECT = re.compile(r"(?:by|into|onto|through|across|down|up|off|away|back)\b")
_QUANTIFIER_SUBJECTS = frozenset("all both others many most".split())  # 'To varying degrees, all agreed that'
_PASSIVE_TAIL = re.compile(r"\b(?:is|are|was|were|be|been|being)$")
_NP_BREAKERS = frozenset("that which who had has have is isn't was wasn't are were did didn't does doesn't".split())


def _act_subject(speaker: str, bare: bool) -> bool:
    """Who can perform a speech act: a pronoun, a name, a person or group noun, an organisation. A bare verb
    form ('plan', 'support') reads as a verb only after a plural subject ('they plan', 'Republicans support')."""
    low = speaker.lower()
    words = low.split()
    if low.endswith(("'s", "’s")):
        return False  # "Amazon's (recently announced) Kindle"
    if low in PRONOUNS:
        return low not in {"him", "her", "it"} and (not bare or low in {"they", "we", "i"})
    if not _speaker_ok(speaker) or any(w in _NP_BREAKERS or (w.endswith("ed") and w.isalpha()) for w in words[1:]):
        return False
    head = words[-1].strip(".,'’")
    if low in _QUANTIFIER_SUBJECTS:
        return not bare or low != "all"
    if speaker[0].islower() and words[0] not in PLACEHOLDER_WORDS | _INDEFINITE and not (
            head in _GROUP_HEADS and len(words) <= 3):  # 'but analysts agreed ...', 'senior officials rejected'
        return False
    if bare and not (head.endswith("s") and not head.endswith(("'s", "’s", "ss"))):
        return False
    return bool(name_part(speaker)) or person_head(speaker) or is_org(speaker) or head in _GROUP_HEADS


_COLON_QUOTE = re.compile(r":\s*(?=\x00)")
_COLON_SUBJECT = re.compile(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[a-z]+(?=\s+[a-z])|(?:[Hh]e|[Ss]he|[Tt]hey|I|We)\b"
    r"|(?:(?:[A-Z][\w'’.-]*|of|the|de|van|von)\s+){0,5}[A-Z][\w'’-]*(?:\s*\([^()\x00]{1,30}\))?"
)


def _after_colon(frame: str, cs: int, ce: int) -> tuple[int, int]:
    """'McCaskill scolded him: "A," she said': narration before a colon that opens the quote is not content."""
    intro = _COLON_QUOTE.search(frame, cs, ce)
    if intro and frame[intro.end():ce].strip(MASK + " .,") == "":
        return intro.end(), ce
    return cs, ce


def _colon_intro(frame: str, s: int, e: int) -> _Draft | None:
    """'Obama is rolling out a new message: "It's about me."': a clause whose subject introduces a whole quote."""
    m = _COLON_QUOTE.search(frame, s, e)
    if m is None or frame[m.end():e].strip(MASK + " .") != "" or MASK in frame[s:m.start()]:
        return None
    comma = frame.rfind(", ", s, m.start())
    start = comma + 2 if comma >= 0 else s  # 'With 50 days to go, Obama ...': the subject follows the lead-in
    subj = _COLON_SUBJECT.match(frame, start, m.start())
    if subj is None:
        return None
    speaker = _clean_speaker(_PAREN.sub("", subj.group(0)).strip())
    after = frame[subj.end():m.start()].split()
    if not speaker or not after or not after[0].islower() or not _act_subject(speaker, False):
        return None
    cs, ce = _trim(frame, m.end(), e)
    return _Draft(speaker, subj.start(), after[0], cs, ce, "direct", not _is_finding(speaker, after[0]))


def _speech_act(frame: str, s: int, e: int) -> _Draft | None:
    """'Borrell called for a ceasefire', 'the ministers rejected the plan': the object is the content.

    Stances ('Trump wants to ...', 'Kallas hopes ...') come out the same way, marked as not speech."""
    for m in ACT_RE.finditer(frame, s, e):
        draft = _act_at(frame, s, e, m, None)
        if draft is not None:
            return draft
    return None


def _act_at(frame: str, s: int, e: int, m: re.Match[str], prev: _Draft | None) -> _Draft | None:
    verb = m.group("verb")
    info = lookup(verb)
    if info is None or MASK in frame[m.start():m.end()]:
        return None
    lemma, particles, speech = info
    aux = frame[m.start():m.start("verb")]
    participle = verb.endswith("ing") and not aux.strip()
    after_comma = frame[s:m.start()].rstrip().endswith(",")
    if participle and not after_comma:
        return None  # a bare participle ('calling for ...') belongs to a clause the frames read
    if verb.endswith(("ed", "en", "wn")) and _PASSIVE_AUX.search(aux):
        return None  # passive: 'was criticized' has no speaker before it
    particle = (m.group("particle") or "").strip()
    if lemma == "point" and not frame.startswith(" that", m.end()):
        return None  # 'pointed out that ...' is speech; 'pointed out the chicks to her' is not
    if lemma in ("decline", "refuse") and not frame.startswith(" to ", m.end("verb")):
        return None  # 'declined to comment'; not 'declining attendance'
    naming = lemma == "call" and not particle and _NAMING.match(frame, m.end("verb"), e) is not None
    if lemma in PARTICLE_REQUIRED and particle not in particles and not naming:
        return None
    cue_end = m.end("verb")
    if particle in particles or particle == "that":
        cue_end = m.end("particle")
    sp_start, speaker = _preceding_chunk(frame, s, m.start())
    speaker = _CATENATIVE.sub("", _clean_speaker(speaker))  # 'protesters continued to | call for ...'
    if participle and prev is not None:
        speaker, sp_start = prev.speaker, prev.speaker_pos  # 'analysts said A, citing B': the same speaker
    elif participle and MASK not in frame[s:m.start()]:
        # 'In 1986, the Supreme Court blocked the sale, citing a threat to health': the sentence's subject.
        # (After a quote the quote-predicate rule reads the sentence and leaves the participle out.)
        intro = _INTRO_CLAUSE.match(frame, s, e)
        head = _subject_at(frame, intro.end() if intro else s, e)
        verb_next = _NEXT_WORD.match(frame, head.end(), e) if head is not None else None
        if head is None or head.group(0).endswith("ing") or verb_next is None \
                or verb_next.group(1).endswith("ing") or not _act_subject(_clean_speaker(head.group(0)), False):
            return None
        speaker, sp_start = _clean_speaker(head.group(0)), head.start()
    elif not speaker and prev is not None and _AND_BEFORE.search(frame[s:m.start()].rstrip()):
        speaker, sp_start = prev.speaker, prev.speaker_pos  # '... and called for talks': the same subject
    elif not speaker and prev is None and _VERB_AND.search(frame[s:m.start()].rstrip()):
        # 'He has promoted unproven therapies and downplayed the risk': the first verb's subject.
        first = _VERB_AND.search(frame[s:m.start()].rstrip())
        speaker, sp_start = first.group("sp"), s + first.start("sp")
        if not _act_subject(speaker, False):
            return None
    elif not speaker and after_comma and prev is None:
        # 'Trump, appearing after Clinton at the forum, cited problems ...': the name before the inset acts.
        inset = _ACT_INSET.search(frame[s:m.start()])
        if inset is None or not _act_subject(inset.group("sp"), False):
            return None
        speaker, sp_start = inset.group("sp"), s + inset.start("sp")
    elif not speaker or not _act_subject(speaker, verb == lemma and not aux.strip()):
        return None
    first_quote = frame.find(MASK, cue_end, e)
    if first_quote >= 0 and not CUE_RE.search(frame, cue_end, first_quote):
        cs, ce = _clause_content(frame, cue_end, e, 4)  # 'characterized Kaine, D-Va., as, "..."': up to the quote
    else:
        brk = _CLAUSE_END.search(frame, cue_end + 4, e)  # the object ends at its clause's first break
        cut = brk is not None and (len(frame[brk.end():e].split()) >= 3 or MASK in frame[brk.end():e])
        cs, ce = _trim(frame, cue_end, brk.start() if cut else e)
    second = _AND_PREDICATE.search(frame, cs + 4, ce)
    if second:  # 'promised a veto and attempted to make the case': a second predicate, not the object
        ce = second.start()
    said = _FOR_SAYING.search(frame, cs, ce)
    if said and said.group(1) in _SPEECH_FORMS:
        ce = said.start()  # 'attacked Reed for saying that ...': what Reed said is a statement of its own
    if len(frame[cs:ce].split()) < 2 or _ONLY_WHEN.fullmatch(frame[cs:ce]) or _NOT_AN_OBJECT.match(frame, cs, ce):
        return None  # 'announced Monday morning' says when; 'slammed into', 'defended by' are no speech
    cue = frame[m.start("verb"):cue_end]
    return _Draft(speaker, sp_start, cue, cs, ce, _kind(frame, cs, ce), speech and not _is_finding(speaker, verb))


_OPENING_WORD = re.compile(r"\s*[A-Z][a-z]+ing\b")
_OPENING_GERUNDS = frozenset(v for v in SPEECH_VERBS if v.endswith("ing"))


def _cue_matches(frame: str, s: int, e: int) -> list[re.Match[str]]:
    """Speech-verb cues, and speech acts on unquoted objects where no speech verb stands."""
    cues = list(CUE_RE.finditer(frame, s, e))
    opening = _OPENING_WORD.match(frame, s, e)
    if opening and opening.group(0).lower() in _OPENING_GERUNDS:
        # 'Claiming the vote was rigged, Trump ...': the lexicon is lower case, so read the first word lowered.
        lowered = frame[:opening.start()] + opening.group(0).lower() + frame[opening.end():]
        first = CUE_RE.match(lowered, opening.start(), e)
        if first is not None:
            cues.insert(0, first)
    taken = [(m.start(), m.end()) for m in cues]
    for m in ACT_RE.finditer(frame, s, e):
        if lookup(m.group("verb")) is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        clause = _clause_content(frame, m.end(), e, 4)
        first_quote = frame.find(MASK, m.start(), clause[1])
        if first_quote >= 0 and not any(m.end() <= a < first_quote for a, _ in taken):
            continue  # a quoted object is read by the quote-predicate rule, unless a speech verb claims the quote
        cues.append(m)
    return sorted(cues, key=lambda m: m.start())


# Documents and things that carry quoted words: 'the letter reads', 'the IMF report stated', 'the sign read'.
_DOCS = (
    r"letter|letters|article|sign|signs|banner|placard|poster|report|memo|memorandum|statement|release|bylaws|"
    r"document|headline|caption|note|petition|resolution|complaint|lawsuit|filing|indictment|ruling|order|"
    r"platform|charter|email|e-mail|message|ad|advertisement|invitation|leaflet|flyer|label|website|page|"
    r"t-shirt|shirt|hat|plaque|inscription|text|transcript|editorial|column|story|book|decision|opinion"
)
_DOC_SUBJECT = rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’.-]+\s+){{0,3}}?(?:{_DOCS})"
_DOC_HEAD = re.compile(rf"\b(?:{_DOCS})$")
_DOC_VERB = r"reads|read|stated|states|said|says|noted|notes|declared|declares|warned|warns|added|adds|continued|continues"
_DOC_CREDIT = re.compile(
    rf"\x00\s*,?\s*(?P<sp>{_DOC_SUBJECT})\s+(?P<verb>{_DOC_VERB})\b\s*(?:[.,;]|$)"
)
_DOC_INTRO = re.compile(rf"(?P<sp>{_DOC_SUBJECT})\s+(?P<verb>{_DOC_VERB})\s*[:,]?\s*(?=\x00)")
_SAID_NAME = re.compile(r"(?:Said|Says|Asked|Added)\s+([A-Z][^:,\x00]{1,60}?)\s*[:,]\s*(?=\x00)")


def _according(frame: str, s: int, e: int, m: re.Match[str]) -> _Draft | None:
    after = frame[m.end():e]
    comma = after.find(",")
    if frame[s:m.start()].strip() == "":
        if comma < 0:
            return None
        speaker = after[:comma].strip()
        cs, ce = _trim(frame, m.end() + comma + 1, e)
    else:
        speaker = after[: comma if comma >= 0 else len(after)].strip().rstrip(".")
        cs, ce = _trim(frame, s, m.start())
    if not speaker or (len(frame[cs:ce].split()) < 3 and MASK not in frame[cs:ce]) or len(speaker.split()) > 20:
        return None
    spos = frame.find(speaker, m.end())
    return _Draft(speaker, spos, m.group(0), cs, ce, _kind(frame, cs, ce), not _is_finding(speaker, "said"))


@dataclass
class _Cue:
    """One speech-verb cue in a sentence and what surrounds it; the frames below read it in turn."""

    frame: str
    s: int
    e: int
    prev: _Draft | None
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
    def read(cls, frame: str, s: int, e: int, m: re.Match[str], prev: _Draft | None) -> _Cue:
        verb = m.group("verb").lower()
        cue_start, cue_end = m.start(), m.end()
        if verb not in TELL_VERBS or not m.group("obj"):
            cue_end = m.end("verb")
        sp_start, speaker = _preceding_chunk(frame, s, cue_start)
        adv = _ADVERBIAL.match(frame, cue_end, e)
        rest_start = adv.end() if adv else cue_end
        return cls(frame, s, e, prev, verb, cue_start, cue_end, frame[m.start("verb"):cue_end], sp_start,
                   _clean_speaker(speaker), frame[s:sp_start].rstrip(), rest_start,
                   frame[rest_start:e].strip(" ."), frame[rest_start:e].strip(" .,:"))

    def draft(self, speaker: str, pos: int, cs: int, ce: int, appos: str = "", speech: bool | None = None) -> _Draft:
        is_speech = not _is_finding(speaker, self.verb) if speech is None else speech
        return _Draft(speaker, pos, self.cue_text, cs, ce, _kind(self.frame, cs, ce), is_speech, appos)

    def content(self) -> tuple[int, int]:
        return _content_after(self.frame, self.rest_start, self.e, self.rest)


def _frame_cue(frame: str, s: int, e: int, m: re.Match[str], prev: _Draft | None = None) -> _Draft | None:
    """The statement a speech-verb cue introduces, if any: its speaker and the span of what was said."""
    c = _Cue.read(frame, s, e, m, prev)
    if _PASSIVE_AUX.search(frame, m.start(), m.start("verb")) and not c.verb.endswith("ing"):
        return None  # 'skating was added in 1992', 'he was told': the subject did not say it
    if c.verb.startswith("continue") and c.rest.startswith(("to ", "his ", "her ", "their ", "its ", "the ")):
        return None  # 'continued to call for ...': the verb after 'to' is the cue, if any; 'continued his remarks''
    if prev is not None and _GOING_ON_TO.search(frame, s, c.cue_start) and c.rest:
        # '"...," Sanders said, going on to say that ...': the same speaker goes on.
        cs, ce = c.content()
        if ce - cs >= 6 or MASK in frame[cs:ce]:
            return c.draft(prev.speaker, prev.speaker_pos, cs, ce, prev.apposition)
    gerund = _GERUND_PREP.search(frame, s, c.cue_start) if c.verb.endswith("ing") and c.rest else None
    opening = not frame[s:c.cue_start].strip() and frame[c.cue_start:c.cue_start + 1].isupper() \
        and not _PREP_START.match(c.rest) and not c.rest.startswith("to ")  # not 'Adding to the mystery, ...'
    if prev is None and c.rest and c.verb.endswith("ing") and (
            opening or (gerund and not frame[s:gerund.start()].strip())):
        return _initial_gerund(c)  # 'Claiming the vote was rigged, Trump ...', 'After saying ..., she ...'
    if gerund:
        found = _gerund_draft(c, gerund)
        if found is not None:
            return found
    lead_in = _QUOTE_AFTER_ADVERBIAL.match(frame, c.rest_start, e)
    if lead_in:  # 'says of Clinton, "..."'
        c.rest_start = lead_in.end() - 1
        c.rest = frame[c.rest_start:e].strip(" .")
    if not c.speaker:
        _name_before_dash(c)
    found = _subject_of_first_verb(c) or _relative_clause_speaker(c) or _quote_then_named_credit(c)
    if found is not None:
        return found
    if not c.speaker and c.before.endswith(",") and MASK not in c.before and not c.verb.endswith("ing"):
        found = _name_and_apposition(c)
        if found is not None:
            return found
        first = c.rest.split()[0] if c.rest.split() else ""
        if c.verb not in INVERTING_VERBS or (not c.rest[:1].isupper() and not c.rest.startswith("the ")
                                             and first not in _INDEFINITE):
            return None
    if not c.speaker and prev is not None and c.rest and _AND_BEFORE.search(c.before) \
            and MASK not in frame[prev.end:c.cue_start]:
        # 'Authorities announced an arrest and said a curfew would continue': the same subject speaks again.
        cs, ce = c.content()
        if ce - cs >= 6 or MASK in frame[cs:ce]:
            return c.draft(prev.speaker, prev.speaker_pos, cs, ce, prev.apposition)
    if not c.speaker:
        return _inverted_credit(c) or _participle_of_subject(c)
    return _spoken(c)


def _initial_gerund(c: _Cue) -> _Draft | None:
    """'After saying her foot was "so swollen," she was ...': the main clause's subject said it."""
    end = _INTRO_END.search(c.frame, c.rest_start, c.e)
    if end and end.group("subj").lower() not in _NOT_DOERS:
        lead = len(c.frame[c.rest_start:end.start()]) - len(c.frame[c.rest_start:end.start()].lstrip())
        that = _PREP_THAT.match(c.frame, c.rest_start + lead, end.start())  # 'Writing for the Times that ...'
        cs, ce = _trim(c.frame, that.end() if that else c.rest_start, end.start() + (c.frame[end.start()] == MASK))
        if len(c.frame[cs:ce].split()) >= 3 or MASK in c.frame[cs:ce]:  # not 'Saying nothing, he left.'
            return c.draft(end.group("subj"), end.start("subj"), cs, ce, speech=True)
    return None


def _gerund_draft(c: _Cue, gerund: re.Match[str]) -> _Draft | None:
    """'attacked Clinton for saying ...': the nearest person before the gerund says it; 'began by saying',
    'sings before asking': the subject of the clause does."""
    frame, s, prev = c.frame, c.s, c.prev
    doer = _nearest_doer(frame, min(s, prev.start) if prev is not None else s, c.cue_start)
    if gerund.group(1).lower() not in ("for", "of"):
        head = _subject_at(frame, s, c.e)
        if prev is not None:
            doer = (prev.speaker_pos, prev.speaker)
        elif head and head.group(0).lower() not in _NOT_DOERS and not head.group(0).isupper():
            doer = (s, head.group(0))
    if doer is not None:
        cs, ce = c.content()
        if ce - cs > 10 or (MASK in frame[cs:ce] and ce - cs > 3):
            return c.draft(doer[1], doer[0], cs, ce, speech=True)
    return None


def _name_before_dash(c: _Cue) -> None:
    """'Kall -- co-editor of the review -- said ...': the name stands before the first dash."""
    dash = _DASH_END.search(c.before)
    opener = _DASH_OPEN.search(c.frame, c.s, c.s + dash.start()) if dash else None
    if opener:
        name_start, name = _preceding_chunk(c.frame, c.s, opener.start())
        name = _clean_speaker(name)
        if name and _speaker_ok(name) and name[:1].isupper():
            c.speaker, c.sp_start = name, name_start
            c.before = c.frame[c.s:c.sp_start].rstrip()


def _subject_of_first_verb(c: _Cue) -> _Draft | None:
    """'I laughed and said, "..."': the subject of the first verb says it."""
    laughed = _VERB_AND.search(c.frame[c.s:c.cue_start].rstrip()) if not c.speaker else None
    if laughed and c.rest and (c.prev is None or c.s + laughed.start("sp") in (c.prev.speaker_pos, c.prev.end)
                               or c.s + laughed.start("sp") > c.prev.end):
        cs, ce = c.content()
        if ce - cs >= 6 or MASK in c.frame[cs:ce]:
            return c.draft(laughed.group("sp"), c.s + laughed.start("sp"), cs, ce)
    return None


def _relative_clause_speaker(c: _Cue) -> _Draft | None:
    """'an architect who said he was stiffed', 'the Police Department which reported', 'Joe Roe, who said'."""
    frame, s, speaker = c.frame, c.s, c.speaker
    rel = _RELATIVE_WHO.search(speaker) if speaker.endswith((" who", " which")) and c.rest else None
    group = 1 if rel and rel.group(1) else 2
    ante = rel.group(group) if rel else ""
    # Only an object's relative clause: after 'Voters who said A' the main verb would run on into the content.
    # 'who' makes its noun a person, so any plain noun phrase will do; 'which' needs an organisation's name.
    if rel and rel.start(group) > 0 and MASK not in frame[c.sp_start:c.rest_start] and _speaker_ok(ante) \
            and not set(ante.lower().split()) & _NP_BREAKERS and (group == 1 or is_org(ante)):
        cs, ce = c.content()
        if ce - cs >= 8 or MASK in frame[cs:ce]:
            return c.draft(ante, c.sp_start + rel.start(group), cs, ce)
    if speaker.lower() != "who" or not c.before.endswith(",") or MASK in frame[c.sp_start:c.rest_start]:
        return None
    # 'Joe Roe, who said he was stiffed, ...': the relative clause's antecedent speaks.
    ante_start, ante = _preceding_chunk(frame, s, s + len(c.before) - 1)
    ante = _clean_speaker(ante)
    if ante and not _speaker_ok(ante):
        tail_np = _tail_noun_phrase(ante)
        ante_start += len(ante) - len(tail_np)
        ante = tail_np if tail_np not in PRONOUNS else ""
    appos = ""
    lead = re.sub(r"\s+(?:now|then|once|also|still)$", "", frame[s:ante_start].rstrip())
    if ante[:1].islower() and lead.endswith(","):
        # 'McConnell, now the Senate majority leader, who said': the name before the apposition speaks.
        name_start, name = _preceding_chunk(frame, s, s + len(lead) - 1)
        name = _clean_speaker(name)
        if name and name_part(name) != name:
            tail_np = _tail_noun_phrase(name)
            name_start, name = name_start + len(name) - len(tail_np), tail_np
        if name and name not in PRONOUNS and name_part(name) == name:
            appos, ante, ante_start = ante, name, name_start
    if ante and _speaker_ok(ante) and (ante[:1].isupper() or ante.split()[0] in PLACEHOLDER_WORDS) and c.rest:
        that = _TOLD_THAT.match(c.rest) if c.verb in TELL_VERBS else None
        start = frame.find(c.rest, c.rest_start) + (that.end() if that else 0)
        cs, ce = _clause_content(frame, start, c.e)
        if ce - cs >= 8:
            return c.draft(ante, ante_start, cs, ce, appos)
    return None


def _quote_then_named_credit(c: _Cue) -> _Draft | None:
    """'"...," Scott Pruitt, the attorney general of Oklahoma, said.'"""
    if c.speaker or MASK not in c.before or not c.before.endswith(","):
        return None
    q_end = c.s + c.before.rfind(MASK) + 1
    parts = [p.strip() for p in c.frame[q_end:c.s + len(c.before)].strip(" ,").split(",")]
    cand = _clean_speaker(parts[0])
    if cand and name_part(cand) and _speaker_ok(cand) and (
            not c.tail or _SUBORDINATE.match(c.tail) or _NARRATIVE_TAIL.match(c.tail)):
        cs, ce = _trim(c.frame, c.s, q_end)
        return c.draft(cand, c.frame.find(cand, q_end), cs, ce, ", ".join(parts[1:]))
    return None


_PERSON_DETAIL = re.compile(r"\d{1,3}$|of\s+[A-Z]|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?$|(?:who|a|an|the)\s")


def _name_and_apposition(c: _Cue) -> _Draft | None:
    """'Richard Roe, director of the institute, said ...' / 'The chairman, Phil Lovas, said ...'"""
    parts = [p.strip() for p in c.before[:-1].split(",")]
    lead = _clean_speaker(LEADING_CONJ.sub("", parts[0]))
    if 3 < len(parts) <= 6 and len(lead.split()) >= 2 and name_part(lead) == lead \
            and all(_PERSON_DETAIL.match(p) for p in parts[1:]):
        # 'Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said ...': age, home and a clause.
        cs, ce = c.content()
        if ce - cs >= 6:
            return c.draft(lead, c.frame.find(lead, c.s), cs, ce, ", ".join(parts[1:]))
    if not (2 <= len(parts) <= 3 and len(parts[0].split()) <= 6):
        return None
    head = _clean_speaker(LEADING_CONJ.sub("", parts[0]))
    second = _clean_speaker(parts[1])
    if second and name_part(second) == second and len(second.split()) <= 4 and second[0].isupper():
        speaker, appos = second, head
    else:
        speaker, appos = head, ", ".join(parts[1:])
    if speaker and _speaker_ok(speaker) and (speaker[0].isupper() or speaker.split()[0] in PLACEHOLDER_WORDS):
        cs, ce = c.content()
        if ce - cs >= 6:
            return c.draft(speaker, c.frame.find(speaker, c.s), cs, ce, appos)
    return None


def _inverted_credit(c: _Cue) -> _Draft | None:
    """'"...," said Borrell, the EU's top diplomat.'"""
    before = c.before
    if not (c.verb in INVERTING_VERBS and before.endswith((MASK, ","))
            and (MASK in before or len(before.split()) >= 3)):
        return None
    tail = c.frame[c.rest_start:c.e].strip(" .")
    if _NARRATIVE_TAIL.match(tail):
        return None  # '"...," McFaul said of RT': RT is what was spoken of, not the speaker
    name, _, appos = tail.partition(",")
    name = _clean_speaker(_WHERE_PRESENT.sub("", name.strip()))
    if name and _speaker_ok(name) and len(name.split()) <= 8 and (
        name[0].isupper() or (name.startswith("the ") and len(name.split()) <= 4)
        or (name.split()[0] in _INDEFINITE and len(name.split()) <= 7)
        or (name[0].isdigit() and len(name_part(name).split()) >= 2)
    ):
        cs, ce = _after_colon(c.frame, *_trim(c.frame, c.s, c.cue_start))
        return c.draft(name, c.frame.find(name, c.rest_start), cs, ce, appos.strip())
    return None


def _participle_of_subject(c: _Cue) -> _Draft | None:
    """'Clinton spoke out, arguing that ...': the sentence's subject; after an earlier cue of the same sentence
    ('"A," he said, adding that B') that cue's speaker carries on."""
    if not (c.verb.endswith("ing") and c.before.endswith(",")):
        return None
    prev = c.prev
    intro = _INTRO_CLAUSE.match(c.frame, c.s, c.e)
    head = _subject_at(c.frame, intro.end() if intro else c.s, c.e) if prev is None else None
    subject = prev.speaker if prev is not None else head.group(0) if head else ""
    if subject and c.rest:
        cs, ce = c.content()
        if ce - cs > 10 or (MASK in c.frame[cs:ce] and ce - cs > 3):
            return c.draft(subject, prev.speaker_pos if prev is not None else c.s, cs, ce,
                           prev.apposition if prev is not None else "")
    return None


def _spoken(c: _Cue) -> _Draft | None:
    """A speaker stands right before the cue: 'Borrell said that ...', 'CONTENT, Borrell said.', 'The threat,
    Borrell said, is real.', '"A," she said, "B."'."""
    frame, s, e, verb = c.frame, c.s, c.e, c.verb
    speaker, sp_start, before = c.speaker, c.sp_start, c.before
    if not _speaker_ok(speaker):
        tail_np = _tail_noun_phrase(speaker)
        if not tail_np:
            return None
        sp_start += len(speaker) - len(tail_np)
        speaker = tail_np
    if verb.endswith("ing") and len(speaker.split()) > 3:
        tail_np = _tail_noun_phrase(speaker)
        if tail_np and tail_np not in PRONOUNS:
            sp_start += len(speaker) - len(tail_np)
            speaker = tail_np
    finding = _is_finding(speaker, verb)
    appos = ""
    # Apposition: 'Borrell, the EU's top diplomat, said' -> name from before the comma, title as signal.
    if speaker[:1].islower() and speaker.lower() not in PRONOUNS and before.endswith(","):
        name_start, name = _preceding_chunk(frame, s, len(frame[:sp_start].rstrip()) - 1)
        if name and name_part(name) == name and name[:1].isupper():
            appos, speaker, sp_start = speaker, name, name_start
            before = frame[s:sp_start].rstrip()

    def draft(cs: int, ce: int, kind: str | None = None) -> _Draft:
        return _Draft(speaker, sp_start, c.cue_text, cs, ce, kind or _kind(frame, cs, ce), not finding, appos)

    core = before.strip(" ,—–-")
    leading = (
        not core
        or (before.endswith((",", ":", ";")) and MASK not in before)
        or (c.prev is not None and _JOINER.fullmatch(core) is not None)
        or (MASK not in before and not LEADING_CONJ.sub("", core + " ").strip())
        or (MASK not in before and _COMMA_JOINER.search(before) is not None)
        or (_INTRO.match(core) is not None and before.endswith((",", MASK)) and not CUE_RE.search(core))
        # '..., where restructuring experts say ...': a subordinate clause of its own after a comma
        or (MASK not in before and "," in core and _WH_CLAUSE.fullmatch(core.rsplit(",", 1)[1].strip()) is not None)
    )
    rest_start, rest = c.rest_start, c.rest
    if verb in TELL_VERBS:
        told = _TOLD_THAT.match(rest)
        if told:  # 'told the ministers that ...'
            rest_start = frame.find(rest, rest_start) + told.end()
            rest = frame[rest_start:e].strip(" .")
    that = _LATE_THAT.match(rest) or _PREP_THAT.match(rest)
    strong = rest[:1] == MASK or rest.startswith(("that ", "that,", ":")) or frame[c.cue_end:rest_start + 1].strip() == ":"
    inset = _CREDIT_INSET.match(frame, rest_start, e)  # 'Stumpf explained earlier in the hearing, were ...'
    after_credit = inset.end() if inset else rest_start
    conj = _COORDINATOR.match(core)
    bare_core = core[conj.end():] if conj else core
    parenthetical = (before.endswith(",") and bare_core and MASK not in before and c.prev is None
                     and frame[after_credit:after_credit + 1] == "," and not _INTRO.match(bare_core)
                     and not LEADING_CONJ.match(bare_core))
    if parenthetical and len(bare_core.split()) <= 12 and _PREDICATE.match(frame[after_credit + 1:e].lstrip()):
        # 'The threat, Borrell said, is real': the content wraps around the parenthetical attribution;
        # 'But the weapons, he added, are ...' leaves the conjunction out.
        cs, ce = _trim(frame, s + len(before) - len(before.lstrip()) + (conj.end() if conj else 0), e)
        cut = _REPORTED_END.search(frame, cs + 8, ce)  # '..., although it may take days to tell'
        return draft(*_trim(frame, cs, cut.start() if cut else ce))
    if parenthetical and len(bare_core.split()) >= 5 and _COORDINATOR.match(frame[after_credit + 1:e].lstrip()):
        # 'It would take weeks, he said, and wrangling could paralyse it': the clause before the credit.
        return draft(*_trim(frame, s, sp_start))
    if leading and rest and (that or not _SUBORDINATE.match(rest)) and (
            strong or (that and not rest.startswith("by ")) or (verb not in AMBIGUOUS_FORMS and not _PREP_START.match(rest))):
        cs, ce = _content_after(frame, rest_start, e, rest)
        if ce - cs >= 6 or MASK in frame[cs:ce]:
            return draft(cs, ce)
    tail = c.tail
    if not before and not tail and frame[rest_start:e].strip() == ":" and speaker[:1].isupper():
        # 'The New York Times reports:' closing a paragraph introduces the quote in the next one.
        return draft(-1, -1, "cue-only")
    # Trailing: 'CONTENT, Borrell said (on Monday).' or a multi-part quote '"A," he said, "B."'
    if verb in AMBIGUOUS_FORMS and not before.endswith((",", MASK)):
        return None
    quoted = before.rstrip(" ,")
    if quoted.endswith(MASK):
        # '"A," she said (of the election), "B."': the quote is the content, narration after the cue is not.
        cs, ce = _after_colon(frame, *_trim(frame, s, s + len(quoted)))
        nxt = frame.find(MASK, rest_start, e)
        if nxt >= 0 and nxt - ce <= _MAX_GAP and not CUE_RE.search(frame, rest_start, nxt) \
                and not _NEW_EVENT.search(frame, c.cue_end, nxt):
            ce = frame.rfind(MASK, nxt, e) + 1
        return draft(cs, ce)
    loose_tail = (MASK in before and (_NARRATIVE_TAIL.match(tail) or _PARTICIPLE_TAIL.match(tail))) or (
        inset is not None and frame[after_credit:after_credit + 1] == ",")  # '..., the agency said in a report, and'
    if before and (not tail or _SUBORDINATE.match(tail) or loose_tail) \
            and (verb in INVERTING_VERBS or before.endswith(",")):
        cs, ce = _trim(frame, s, sp_start)
        if ce - cs >= 8:
            return draft(cs, ce)
    if not before and not tail:
        return draft(-1, -1, "cue-only")
    return None


# After a quote, when and how it was said is narration: '"a disgrace" Wednesday', '"partial," meaning it ...'.
_WHEN_TAIL = re.compile(
    rf"\s+(?:(?:on|late|early)\s+)?{_DAY}\b|\s+(?:last|this)\s+(?:week|month|year|weekend)\b"
    r"|\s+(?:meaning|including|adding|saying|noting|leaving|prompting|sparking)\b"
)
_NAME_APPOSITION = re.compile(r"\s([A-Z][\w.'’-]*),\s+(?:the|a|an)\s+[a-z][^,;]*(?:,|$)")
_CREDIT_INSET = re.compile(r"\s+(?:in|at|on|during|earlier|later|to|before|after)\b[^,;:\x00]{0,60}(?=,)")
_RELATIVE_WHO = re.compile(
    r"((?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|[a-z]+s)\s+who$"
    r"|(?:[Tt]he\s+)?((?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)\s+which$"
)
# What may follow a credit without being its speaker or new content: 'said of RT', 'said on Fox News'.
_WHERE_PRESENT = re.compile(r"\s+(?:in|at)\s+the\s+(?:room|meeting|hearing|talks|briefing|session)$")  # 'one source in the room'
_NARRATIVE_TAIL = re.compile(r"(?:of|about|on|in|at|to|during|from|after|before|while|when|with|via|through)\s")
_PARTICIPLE_TAIL = re.compile(r"[a-z]{3,}ing\b")
_WH_CLAUSE = re.compile(r"(?:where|while|whereas|although|though|because|since|as|and|but)", re.I)
_FOR_SAYING = re.compile(r"\s+(?:for|of|by|after)\s+([a-z]+ing)\b")
_SPEECH_FORMS = frozenset(SPEECH_VERBS)
_GERUND_PREP = re.compile(r"\b(by|for|after|before|while|when|in|of|from|with|without)\s+$", re.I)
_DOER_PRONOUN = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "they": "they", "them": "they",
                 "their": "they"}
_INTRO_END = re.compile(
    r"(?:,|\x00(?=\s))\s+(?P<subj>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+[a-z]"
)
_NOT_DOERS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december the a an in on at of for by but and when after before while""".split())


def _nearest_doer(frame: str, s: int, end: int) -> tuple[int, str] | None:
    """The last pronoun or capitalised name before `end` in the sentence: who does what a gerund says."""
    tokens = list(re.finditer(r"[\w'’.-]+", frame[s:end]))
    i = len(tokens) - 1
    while i >= 0:
        word = tokens[i].group(0).strip(".")
        low = word.lower()
        if low in _DOER_PRONOUN:
            return s + tokens[i].start(), _DOER_PRONOUN[low]
        if word[:1].isupper() and not word.isupper() and low not in _NOT_DOERS and not is_org(word):
            j = i
            while j > 0 and tokens[j - 1].group(0)[:1].isupper() and tokens[j - 1].group(0).lower() not in _NOT_DOERS \
                    and frame[s + tokens[j - 1].end():s + tokens[j].start()].strip() == "":
                j -= 1
            return s + tokens[j].start(), frame[s + tokens[j].start():s + tokens[i].end()].rstrip(".")
        i -= 1
    return None


_GOING_ON_TO = re.compile(r",\s+(?:before\s+|and\s+)?(?:going|went|goes)\s+on\s+to\s*$")
_AND_BEFORE = re.compile(r"(?:^|[\s,])(?:and|but)(?:\s+(?:also|then|later))?$")
# '"A," she sings to Clinton before asking her, "B"': a later event, so a second statement, not one quote.
_NEW_EVENT = re.compile(r"\b(?:before|after|while|then|until|later)\b")
# '... chanted "What curfew?" and kept going': a second predicate after the quoted object is narration.
_AND_VERB = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:[a-z]+(?:ed|ing)|kept|went|left|ran|made|took|gave|got|came|began)\b(?!\s*\x00)"
)
_DASH_END = re.compile(r"(?:\s[—–-]{1,2}|[—–])$")
_DASH_OPEN = re.compile(r"\s[—–-]{1,2}\s|[—–]")
_LATE_THAT = re.compile(r"[^.\x00]{0,80}?,\s+(?=that\b)")
_TAIL_PRONOUN = re.compile(r"\b(he|she|they|we|I)$")


def _content_after(frame: str, start: int, e: int, rest: str) -> tuple[int, int]:
    """Content after a cue; skips a long adverbial ending in 'that', stops before a second attribution."""
    that = _LATE_THAT.match(rest) or _PREP_THAT.match(rest)
    if that and not rest.startswith("that "):
        start = frame.find(rest, start) + that.end()
    cs, ce = _trim(frame, start, e)
    if frame[cs:cs + 1] == MASK:
        # '“That makes me smart,” when Clinton blasted him': narration after a leading quote is not content.
        q_end = cs
        while q_end < ce and frame[q_end] == MASK:
            q_end += 1
        if _SUBORDINATE.match(frame, q_end, ce) or _AND_VERB.match(frame, q_end, ce):
            return cs, q_end
    coord = _COORDINATED.search(frame, cs + 8, ce) or _REPORTED_END.search(frame, cs + 8, ce)
    second = _AND_PREDICATE.search(frame, cs + 4, ce)
    if second and (coord is None or second.start() < coord.start()) and _OBJECT_NP.fullmatch(frame[cs:second.start()]):
        coord = second  # 'has promised a veto and attempted to ...': the object is a noun phrase
    # A quote after the break stays in unless a second speech verb takes it: '..., but admitted that "..."'.
    if coord and (MASK not in frame[coord.start():ce] or coord.group(0).split()[-1] in _SPEECH_FORMS):
        ce = _trim(frame, cs, coord.start())[1]
        new_subject = _NEW_SUBJECT_TAIL.search(frame, cs, ce)
        if new_subject:  # '... the devil, I laughed | and said': the next statement has its own subject
            ce = new_subject.start()
    for m in CUE_RE.finditer(frame, cs, ce):
        if m.group("verb").split()[0] in _BELIEF:
            continue  # '..., but she knows that ...': a belief of the same speaker stays in the statement
        comma = max(frame.rfind(",", cs, m.start()), frame.rfind("—", cs, m.start()))
        quote_end = frame.rfind(MASK, cs, m.start())  # '"... a gun," but he said': the comma is inside the quote
        if quote_end > comma and _JOINED_SPEAKER.fullmatch(frame[quote_end + 1:m.start()].strip()):
            return _trim(frame, cs, quote_end + 1)
        joined = _AND_SUBJECT.search(frame, cs, m.start())
        if joined and joined.start() > cs + 8:  # '... the investigation and Democrats accused the GOP'
            return _trim(frame, cs, joined.start())
        if comma < 0:
            continue
        between = frame[comma + 1:m.start()].strip()
        if _NEXT_SPEAKER.fullmatch(between) and (between or m.group("verb").endswith("ing")):
            # '..., but he said that B' / '..., adding that B': a second attribution starts here.
            return _trim(frame, cs, comma)
    last = frame.rfind(MASK, cs, ce) + 1
    if last and _WHEN_TAIL.match(frame, last, ce):
        return cs, last  # 'blasted Clinton as a "disgrace" Wednesday on a radio show': when and where is narration
    if MASK not in frame[cs:ce]:
        # 'he did not support Mr. Trump, the presumed Putin favorite': the writer's apposition is not content.
        appos = _NAME_APPOSITION.search(frame, cs, ce)
        if appos and appos.start() - cs >= 12:
            ce = appos.start() + 1 + len(appos.group(1))
    return cs, ce


_PREDICATE = re.compile(
    r"(?:is|are|was|were|will|would|has|have|had|could|can|must|should|may|might|remains|remained|won't|isn't|"
    r"wasn't|cannot|does|did|do|[a-z]{3,}ed)\b"
)
_COORDINATOR = re.compile(r"(?:and|but|yet|so)\s+", re.I)
_INTRO_CLAUSE = re.compile(r"(?:[A-Z][a-z]+ly\s+(?:before|after)\b|On|In|At|During|After|Before|Later|Earlier|Last)\b[^,\x00]{0,40},\s*(?:however,\s*)?")
_SUBORDINATE = re.compile(r",?\s*(?:when|as|after|before|while|because|during|but|and\s+then|even\s+as|amid)\b")
_COMMA_JOINER = re.compile(r",\s*(?:and|but|while|yet|so)$", re.I)
_JOINER = re.compile(r"(?:and|but|while|though|although|yet|then)", re.I)
_INTRO = re.compile(r"(?:On|In|At|During|After|Before|Speaking|Asked|Writing|Later|Earlier)\b")
# 'told the ministers that ...'; not 'warned North Korea to refrain from actions that ...'.
_TOLD_THAT = re.compile(r"(?:(?!to\s)[^\s\x00,;]+\s+){1,12}?(?=that\b)")
_PREP_THAT = re.compile(r"(?:during|at|in|on|after|before|from|with|for|to\s+(?=the|a|an|his|her|their|its|reporters|journalists|[A-Z])|on\s+\w+)\b[^.,;\x00]{0,60}?\s(?=that\b)")
_VERB_AND = re.compile(
    r"(?:^|[,;]\s*)(?P<sp>(?!(?:The|A|An|This|That|His|Her|Their|Its|When|While|As|If)\s)[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+"
    r"(?:(?:then|later|just|also|has|had|have)\s+)?(?:[a-z]{3,}ed|met|told|spoke|went|took|gave|made|held|sent|wrote|left|came|"
    r"visited|thanked|hosted)\b(?:[^,;:.\x00]|\x00){0,80}?\s+and$"
)
_NEW_SUBJECT_TAIL = re.compile(r",\s+(?:he|she|they|I|we|[A-Z][\w'’.-]*)\s+[a-z]+ed(?:\s+and)?\s*$")
_AND_SUBJECT = re.compile(r"\s+(?:and|but|while)\s+(?:he|she|they|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*$")
_JOINED_SPEAKER = re.compile(r"(?:and|but|while|although|though)\s+(?:he|she|they|we|I|[A-Z][\w'’.-]+)")
_NEXT_SPEAKER = re.compile(
    r"(?:(?:and|but|while|although|though|whereas)\s+)?(?:he|she|they|it|we|I|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,6})?"
    r"(?:\s+[a-z]+ed\s+and)?",  # 'I laughed and said'
)


# Parentheticals and party-state tags inside a speaker: "Rep. Gwen Moore (D-Wis.)", "McConnell, R-Ky.,".
_INSET = re.compile(r"\s*\([^()\x00]{1,40}\)|,\s*[DRI]-[A-Z][\w.]{1,6},(?=\s)|,\s*\d{1,3},(?=\s)")
_PAREN = re.compile(r"\s*\([^)]*\)")
_TRAILING_ADVERBIAL = re.compile(
    rf"(?:\s+(?:(?:on|late|early|last|this)\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:just\s+)?(?:this|last)\s+(?:week|month|year)|\s+in\s+(?:19|20)\d\d"
    r"|\s+(?:now|often|also|again|just|still|too|later|then|"
    r"once|even|further|himself|herself|themselves|itself|[a-z]+ly))+$"
)
_LEADING_ADVERB = re.compile(r"^(?:Even|Only|Also|Now|Still|Instead|Meanwhile)\s+(?=[A-Z])")
_NEXT_WORD = re.compile(r"\s([a-z]+)\b")
_TIME_ADVERBS = frozenset(
    "often again also today yesterday tonight now then still even too ever never a an the his her their its this".split()
)
_LINKERS = frozenset("and or but as to because so than that which who when where if until unless".split())
_PREPOSITIONS = frozenset("in on at during after before with by from for of since under while chastened".split())


def _clean_speaker(chunk: str) -> str:
    """Drop parentheticals and trailing time adverbials: 'Sanders on Tuesday' -> 'Sanders'."""
    chunk = " ".join(_PAREN.sub("", chunk).split())
    chunk = _TRAILING_ADVERBIAL.sub("", chunk).strip()
    chunk = _LEADING_ADVERB.sub("", chunk)
    sub = _SUBORDINATE_SUBJECT.search(" " + chunk)
    if sub:  # 'Trump made the reference as he | discussed ...': the subordinate clause's own subject
        return sub.group("sp")
    words = chunk.split()
    if words and words[-1].lower() in {"and", "or", "but"}:
        return ""
    if words and words[0].lower() in _PREPOSITIONS:
        return _tail_noun_phrase(" ".join(words[1:])) if len(words) > 1 else ""
    return chunk


def _tail_noun_phrase(chunk: str) -> str:
    """The speaker at the end of a long clause: '... of the Washington Post Trump' -> 'Trump'."""
    pron = _TAIL_PRONOUN.search(chunk)
    if pron:
        return pron.group(1)
    name = name_part(chunk)
    if name and len(name.split()) <= 4 and not is_org(name):
        return name
    return ""


def extract_statements(
    body: str,
    published: date | None,
    registry: ActorRegistry,
    include_findings: bool = False,
) -> list[Statement]:
    """Statements in article order. Beliefs/findings ("polls show") are dropped unless include_findings."""
    ctx = ArticleContext(body, registry, published)
    out: list[Statement] = []
    carry: Statement | None = None  # speaker whose quote may continue in a following quote-only paragraph
    for pm in _PARAGRAPH.finditer(body):
        off, para = pm.start(), pm.group(0)
        if _QUOTED_TRANSCRIPT.match(para):
            # '"PENCE: Well, look, ...': an interview transcript line inside an opening quote mark.
            off, para = off + 1, para[1:]
        quotes = quote_spans(para)
        frame = mask(para, quotes)
        pending: list[tuple[int, int]] = []  # bare quote sentences not yet attributed
        narration = False
        prev_idx: int | None = None  # last direct/mixed statement of this paragraph, for multi-part quotes
        for s, e in sentences(para, frame):
            if MASK in frame[s:e] and frame[s:e].strip(MASK + " .,;:") == "":
                qs, qe = _trim(frame, s, e)
                if prev_idx is not None and not body[out[prev_idx].end:off + qs].strip(" ,.;:—–-"):
                    st = out[prev_idx]
                    out[prev_idx] = _replace(st, body, st.start, off + qe)
                elif prev_idx is not None:
                    out.append(_replace(out[prev_idx], body, off + qs, off + qe, kind="direct"))
                    prev_idx = len(out) - 1
                else:
                    pending.append((qs, qe))
                continue
            # A run-on 'sentence' of thousands of words is not prose (a table, a pasted list): its frames would
            # cost quadratic time and find nothing a reader would call a statement.
            drafts = _analyse_sentence(frame, s, e) if e - s - frame.count(MASK, s, e) <= _MAX_NARRATION else []
            if not drafts:
                narration = True
                prev_idx = None
                continue
            for draft in drafts:
                if draft.kind == "cue-only":
                    if not pending:
                        # 'He said:' closing a paragraph introduces the quote in the next one.
                        if frame[s:e].rstrip().endswith(":"):
                            res = ctx.resolve(draft.speaker, off + max(draft.speaker_pos, 0), draft.apposition)
                            carry = _statement(draft, res, body, off, 0, 0, "direct")
                            narration = False
                        continue
                    draft.start, draft.end, draft.kind = pending[0][0], pending[-1][1], "direct"
                    pending = []
                res = ctx.resolve(draft.speaker, off + max(draft.speaker_pos, 0), draft.apposition)
                if not draft.is_speech and not include_findings:
                    prev_idx = None
                    continue
                out.append(_statement(draft, res, body, off, draft.start, draft.end, draft.kind))
                prev_idx = len(out) - 1 if draft.kind in ("direct", "mixed") else None
        if pending and not narration and prev_idx is None and carry is not None and DOUBLE_QUOTES.search(para):
            out.append(_replace(carry, body, off + pending[0][0], off + pending[-1][1], kind="direct"))
            carry = out[-1]
        elif prev_idx is not None:
            carry = out[prev_idx]
        elif narration or pending or (out and out[-1].start >= off) or (carry is not None and carry.end > carry.start):
            carry = None
    return out


def _statement(draft: _Draft, res: Resolved, body: str, off: int, start: int, end: int, kind: str) -> Statement:
    return Statement(
        speaker=draft.speaker,
        actor_key=res.key,
        actor_name=res.name,
        actor_kind=res.kind,
        cue=draft.cue.strip(),
        text=body[off + start: off + end],
        kind=kind,
        start=off + start,
        end=off + end,
        is_speech=draft.is_speech,
    )


def _replace(st: Statement, body: str, start: int, end: int, kind: str | None = None) -> Statement:
    return Statement(
        speaker=st.speaker,
        actor_key=st.actor_key,
        actor_name=st.actor_name,
        actor_kind=st.actor_kind,
        cue=st.cue,
        text=body[start:end],
        kind=kind or st.kind,
        start=start,
        end=end,
        is_speech=st.is_speech,
    )
