"""Who said what: rule-based extraction of direct, mixed and reported statements with speaker resolution.

Quotes are masked first so that cue and speaker patterns only see the article's own words; each sentence is
then matched against a small set of attribution frames (quote-cue-speaker, speaker-cue-content,
content-speaker-cue, "according to", colon introductions, speech acts on objects). This module holds the public
API and the sentence-level orchestration; the frames live in summarizer/cue_frames.py (speech-verb cues, with
summarizer/cue.py and summarizer/named_credits.py),
summarizer/speech_act_frames.py (speech acts on unquoted objects) and summarizer/quote_frames.py (quoted predicates,
statement nouns, colon introductions, "according to", documents), on the shared helpers of summarizer/clauses.py.
Speaker phrases are read in summarizer/speakers.py and resolved to actors in summarizer/resolution.py (pronouns in
summarizer/pronouns.py, the article's names in summarizer/article_names.py); quotes are found and masked in
summarizer/quotes.py.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from datetime import date

from summarizer.actors import ActorRegistry
from summarizer.clauses import (
    COLLECTIVES,
    DOCUMENT_CREDIT,
    DOER_PRONOUN,
    GROUP_HEADS,
    PARENTHETICAL_CREDIT,
    TIME_UNITS,
    Draft,
    is_finding,
    kind_of,
    past_fronted_which,
    plausible_speaker,
    speaker_ok,
    tail_noun_phrase,
    trim,
)
from summarizer.cue_frames import frame_cue
from summarizer.cues import (
    ACCORDING_RE,
    BASE_FORM_SET,
    CUE_RE,
    FINDING_NOUNS,
    ORG_WORDS,
    PLURAL_HEADS,
    PRONOUNS,
    SPEAKING_DOCUMENTS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
)
from summarizer.quote_frames import (
    DOC_CREDIT,
    DOC_CREDIT_AFTER,
    DOC_INTRO,
    according,
    colon_intro,
    noun_cue,
    quote_predicate,
)
from summarizer.quotes import DOUBLE_QUOTES, MASK, mask, quote_spans, sentences
from summarizer.resolution import ArticleContext, Resolved
from summarizer.speakers import DATELINE_CITIES, is_org, name_part, person_head
from summarizer.speech_act_frames import act_at, cue_matches, speech_act
from summarizer.speech_acts import ACT_RE


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
_MAX_BLOCK_QUOTE = 2000  # characters: a longer unquoted paragraph after 'he said:' is the article going on
_PARAGRAPH = re.compile(r"[^\n]+")
_QUOTE_TAIL_WORDS = 8  # words of narration after a continuing quote ('"..." for the top income bracket.')

_LONE_CREDIT = re.compile(
    r"\x00\s*,?\s*(?P<sp>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?P<verb>[a-z]{2,}(?:ed|s))"
    r"\s*[.!?]?\s*$")
_AUXILIARIES = frozenset("was has is does needs seems".split())
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
# Labels that end in a colon without being anyone's words ('Editor's note:', 'The Latest:', 'CLARIFICATION:').
_NOT_CREDITS = frozenset(
    label.strip() for label in """update, updated, clarification, correction, editor's note, photo, photos, video, watch,
    related, read more, source, sources, note, warning, breaking, live, exclusive, analysis, opinion, editorial,
    comment, review, q, a, advertisement, the latest, latest, what we know, timeline, factbox, explainer, transcript,
    full text, background, context, more, read, see, see also, listen, click, follow, sign up, subscribe, join,
    read related, related content, related article, more from cnn, also read""".split(",")
)
_RUN_IN_DATELINE = re.compile(r"([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s+(?=(?:A|An|The)\s)")
_QUOTED_TRANSCRIPT = re.compile(r"[\"“](?=[A-Z][A-Z.'’ -]{1,30}[A-Z]:\s+\S)")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s+(?=\S)")
_GERUND_LABEL = re.compile(r"(?:Getting|Reaching|Staying|Visiting|Eating|Finding|Going|Arriving|Traveling|Travelling|"
                           r"Exploring|Shopping|Sleeping|Drinking|Dining|Touring|Leaving|Booking|Planning|Seeing)\s")
_SAID_NAME = re.compile(r"(?:Said|Says|Asked|Added)\s+([A-Z][^:,\x00]{1,60}?)\s*[:,]\s*(?=\x00)")


_LEADING_SUBORDINATE = re.compile(
    r"\s*(?:Although|Though|Even\s+though|While|Whereas|Because|If|Even\s+if|When|After|Before|Once|Until|Since)\s"
)
_MAIN_CLAUSE = re.compile(
    r",\s+(?:he|she|they|it|we|I|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|the\s+[a-z]+|[a-z]{3,})\s+(?:[a-z]+\s+){0,2}?"
    r"(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|must|may|might|[a-z]{2,}(?:s|ed))\b"
)
_TRAILING_CONJ = re.compile(r"(?:,?\s+(?:and|but|while|as|and\s+then))+\s*$")


def _end_before(frame: str, draft: Draft, cut: int) -> None:
    """End a statement before the next one's speaker or cue, with the conjunction between them:
    'described his "detached" manner, but | said that ...'."""
    draft.end = trim(frame, draft.start, min(draft.end, cut))[1]
    tail = _TRAILING_CONJ.search(frame, draft.start, draft.end)
    if tail is not None and tail.start() > draft.start:
        draft.end = trim(frame, draft.start, tail.start())[1]


def _transcript_name(label: str) -> str:
    """'PENCE' is Pence; 'CNN' and 'AP' stay as they are."""
    return " ".join(w if w.lower() in ORG_WORDS or len(w) <= 2 else w.title() for w in label.split())


# What may stand between an earlier statement and a credit of the whole sentence: the clause running on with no
# comma ('Francis has expressed his intention to visit | next year for a meeting, analyst John Allen said': the act's
# object stopped short), or a relative clause the content was cut before ('..., which prompted the search, the source
# said')
_CLAUSE_RUNS_ON = re.compile(r" [^,\x00]{1,120}, |, (?:which|where) [^,\x00]{1,120}, ")


def _trailing_credit(frame: str, s: int, e: int, m: re.Match[str], drafts: list[Draft]) -> Draft | None:
    """'Russia hopes to resume talks, Lavrov said.': a credit after an earlier cue's statement still credits the
    whole sentence before it; both stand (the earlier one nested in it)."""
    last = drafts[-1]
    if last.kind == "cue-only" or last.speaker_pos > last.start:
        return None  # '"...," Cyrus said after online reports of ...': the earlier statement has its credit
    draft = frame_cue(frame, s, e, m, None)
    if draft is None or draft.kind == "cue-only":
        return None
    if draft.speaker_pos < last.end:
        if last.kind == "reported" and last.start < draft.end < draft.speaker_pos and draft.end <= m.start():
            # 'Blair said a video will be shown, ..., his lawyer, Seth Weinstein, said.': the credit is no content
            _end_before(frame, last, draft.end)
        return None
    # ('..., said Qiming president Qiao Wei.': an inverted credit's verb stands before its speaker)
    gap = frame[last.end:min(draft.speaker_pos, m.start())]
    if (gap.strip(" ,") and not _CLAUSE_RUNS_ON.fullmatch(gap)) or draft.start > drafts[0].start:
        return None  # '..., a claim the ministry denied': not a credit of the clause before
    return draft if draft.end <= m.start() else None


def _analyse_sentence(frame: str, s: int, e: int) -> list[Draft]:
    """Attributions of one sentence, left to right; a later cue ("..., adding that ...") starts a new one."""
    dash = _DASH_CREDIT.search(frame, s, e)
    if dash and speaker_ok(dash.group(1)):
        cs, ce = trim(frame, s, dash.start() + 1)
        if frame[cs:ce].strip(MASK + " .,") == "":
            return [Draft(dash.group(1).strip(), dash.start(1), frame[dash.start() + 1:dash.start(1)].strip(),
                          cs, ce, "direct", True)]
    lone = _LONE_CREDIT.search(frame, s, e)
    if lone and frame[s:lone.start() + 1].strip(MASK + " ") == "" and lone.group("verb") not in _AUXILIARIES \
            and (lone.group("sp").lower() in DOER_PRONOUN or speaker_ok(lone.group("sp"))):
        # '"..., even if Moscow imagines it that way," he affirmed.': any verb closing a quote credits it.
        cs, ce = trim(frame, s, lone.start() + 1)
        return [Draft(lone.group("sp"), lone.start("sp"), lone.group("verb"), cs, ce, "direct", True)]
    if s == 0:
        tr = _TRANSCRIPT.match(frame)
        if tr and len(tr.group(1).split()) <= 3 and tr.group(1).lower() not in _NOT_CREDITS:
            cs, ce = trim(frame, tr.end(), len(frame))
            return [Draft(_transcript_name(tr.group(1)), 0, ":", cs, len(frame.rstrip()), kind_of(frame, cs, ce),
                          True)]
        head = _HEADLINE_CREDIT.match(frame)
        rest = frame[head.end():].strip() if head else ""
        if head and len(frame) <= 160 and head.group(1).lower() not in _NOT_CREDITS and (
                name_part(head.group(1)) or is_org(head.group(1))) and ": " not in rest and not rest.endswith("?") \
                and not _GERUND_LABEL.match(head.group(1)):  # 'Reaching Bouvet: ...', a travel guide's section
            # not 'Herman Cain: The missing man: Was Herman Cain trying to stay under the radar?', a section head
            # A headline 'Borrell: EU will not recognise the vote': the name before the colon speaks.
            cs, ce = trim(frame, head.end(), len(frame))
            speaker = head.group(1)
            return [Draft(speaker, 0, ":", cs, ce, kind_of(frame, cs, ce), not is_finding(speaker, "said"))]
    doc = DOC_CREDIT.search(frame, s, e) or DOC_CREDIT_AFTER.search(frame, s, e) or DOC_INTRO.match(frame, s, e)
    if doc:
        if doc.re is not DOC_INTRO:
            cs, ce = trim(frame, s, doc.start() + 1)
        else:
            cs, ce = trim(frame, doc.end(), e)
        if ce > cs and frame[cs:ce].strip(MASK + " .,") == "":
            # '"...," the letter reads.': a document's words, attributed to the document (never a person).
            return [Draft(doc.group("sp"), doc.start("sp"), doc.group("verb"), cs, ce, "direct", True)]
    to_her = _TO_HER.search(frame, s, e)
    if to_her and frame[to_her.end():e].strip(MASK + " .") == "":
        # 'because to her, "there's nothing more important ..."': the quote is her view, in her words.
        sp = DOER_PRONOUN[to_her.group("sp").lower()]
        cs, ce = trim(frame, to_her.end(), e)
        return [Draft(sp, to_her.start("sp"), "to", cs, ce, "direct", True)]
    as_put = _AS_PUT_IT.search(frame, s, e)
    if as_put and as_put.group("inset") and speaker_ok(as_put.group("sp")):
        # 'Hawaii, as one of his advisers pointed out, rarely gets two hurricanes': the sentence around it.
        cs, ce = trim(frame, s, e)
        sp = as_put.group("sp")
        return [Draft(sp, as_put.start("sp"), as_put.group("verb"), cs, ce, kind_of(frame, cs, ce), True)]
    if as_put and speaker_ok(as_put.group("sp")):
        # '... a "lawful source of income," as a Homeland Security memo put it.': the clause before the credit
        clause = frame.rfind(", ", s, as_put.start() - 1)
        start = clause + 2 if clause >= 0 and len(frame[clause:as_put.start()].split()) >= 5 else s
        cs, ce = trim(frame, start, as_put.start())
        if ce - cs >= 12:
            sp = as_put.group("sp")
            return [Draft(sp, as_put.start("sp"), as_put.group("verb"), cs, ce, kind_of(frame, cs, ce),
                          not is_finding(sp, "said"))]
    said = _SAID_NAME.match(frame, s, e)
    if said and speaker_ok(said.group(1)):
        cs, ce = trim(frame, said.end(), e)
        if ce - cs >= 6:
            return [Draft(said.group(1), said.start(1), said.group(0).split()[0], cs, ce, kind_of(frame, cs, ce), True)]
    acc = ACCORDING_RE.search(frame, s, e)
    if acc:
        draft = according(frame, s, e, acc)
        if draft:
            return [draft]
    drafts: list[Draft] = []
    floor = s
    aside = PARENTHETICAL_CREDIT.search(frame, s, e)
    if aside and MASK in frame[s:aside.start()]:
        aside = None
    for m in cue_matches(frame, s, e):
        if m.start() < floor:
            continue
        if aside and m.start() < aside.start():
            continue  # 'Russia rejected the offer, the ministry said, and ...': the credit frames the sentence
        prev = drafts[-1] if drafts else None
        # 'Russia hopes to resume talks, Lavrov said.': a credit of the whole clause before, when it is one
        draft = _trailing_credit(frame, s, e, m, drafts) if m.re is CUE_RE and prev is not None and floor > s \
            else None
        if draft is None:
            draft = frame_cue(frame, floor, e, m, prev) if m.re is CUE_RE else act_at(frame, floor, e, m, prev)
        if draft is None and m.re is CUE_RE:
            # 'the administration has promised a veto': a speech verb with an object and no clause is an act.
            act = ACT_RE.match(frame, m.start(), e)
            if act is not None and MASK not in frame[act.end():e]:
                draft = act_at(frame, floor, e, act, prev)
        if draft is not None and (not _plausible(draft) or _nothing_said(frame, draft)):
            draft = None  # 'Trump unleashed a series of | tweets saying ...': the next cue may read it right
        if draft is not None and not _any_subject(frame, m) and not _agrees(draft):
            draft = None
        if draft is None:
            continue
        nested = prev is not None and draft.start <= prev.start and draft.end >= prev.end and draft.speaker_pos >= prev.end
        if nested and DOCUMENT_CREDIT.fullmatch(draft.speaker) and prev.kind != "cue-only" \
                and draft.speaker.split()[-1] in frame[s:prev.speaker_pos].split(",")[0].split():
            continue  # 'In the statement, Barak said ..., the statement said': Barak's words, and where he said them
        if prev is not None and draft.kind != "cue-only" and draft.start < prev.end and not nested:
            if draft.start <= prev.start or (prev.is_speech and not draft.is_speech and draft.end <= prev.end):
                continue  # 'said she was disappointed but expected a deal': the belief is part of what she said
            # The earlier statement ends where the later one's speaker or cue stands: '... manner, but said that'.
            _end_before(frame, prev, min(x for x in (m.start(), draft.speaker_pos, draft.start) if x > prev.start))
            prev.kind = kind_of(frame, prev.start, prev.end)
        # (nested: 'China protested the U.S. action, the ministry said.': the credit wraps the earlier statement;
        # both stand)
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
        head = next((d for d in out if d.start == first), None)
        cue_at = frame.rfind(head.cue, s, first) if head is not None and head.cue else -1
        # A quote between the cue and its content ('said on "New Day" that ...') is the cue's adverbial.
        if MASK in frame[s:cue_at if cue_at > s else first]:
            early = quote_predicate(frame, s, first)
            if early is not None and early.end <= first:
                _end_before(frame, early, cue_at if cue_at > early.start else early.end)
                out.insert(0, early)
    if not out:
        # (an according-to credit was deferred to a speaker inside its clause: that speaker's predicate first)
        fallback = ((quote_predicate(frame, s, e) or speech_act(frame, s, e) or according(frame, s, e, acc, defer=False))
                    if acc else (noun_cue(frame, s, e) or quote_predicate(frame, s, e) or colon_intro(frame, s, e)
                                 or speech_act(frame, s, e)))
        if fallback is not None and (fallback.cue in STATEMENT_NOUNS or _agrees(fallback)) \
                and not _no_words(frame, fallback):
            out.append(fallback)
    for m in _WHAT_CALLED.finditer(frame, s, e):
        # 'check out what he called Machado's "sex tape"': the quoted label is that speaker's words.
        q = frame.find(MASK, m.end(), e)
        q_end = q
        while q_end < e and frame[q_end] == MASK:
            q_end += 1
        if not any(d.start <= m.start() and q_end <= d.end and d.speaker == m.group("sp") for d in out):
            # the cue inside it found the label alone ('... he called | "a love letter"'): one statement, not two
            out[:] = [d for d in out if not (d.speaker_pos == m.start("sp") and m.start() <= d.start < q_end)]
            out.append(Draft(m.group("sp"), m.start("sp"), m.group("verb"), m.start(), q_end, "mixed", True))
    for d in out:
        if d.kind == "reported" and _COLON_ENDS.match(frame, d.end) and len(frame[d.start:d.end].split()) <= 5 \
                and _CLAUSE_SIGN.search(frame, d.start, d.end) is None:
            # 'he asked the control tower:' closing a paragraph: whom he asked; his words are the next quote
            d.start, d.end, d.kind = -1, -1, "cue-only"
    lead = _LEADING_SUBORDINATE.match(frame, s, e)
    main = _MAIN_CLAUSE.search(frame, lead.end(), e) if lead else None
    if main is not None:
        # 'Although Trump has admitted using the tax code, he does not defend it': what he admitted ends with
        # the subordinate clause.
        for d in out:
            if d.kind != "cue-only" and s <= d.speaker_pos < main.start() and d.start < main.start() < d.end \
                    and MASK not in frame[main.start():d.end] \
                    and not frame[s:d.speaker_pos].rstrip().endswith(","):  # 'Even if ..., Morgan said, he has ...'
                d.end = trim(frame, d.start, main.start())[1]
    return out


def extract_statements(
    body: str,
    published: date | None,
    registry: ActorRegistry,
    include_findings: bool = False,
) -> list[Statement]:
    """Statements in article order. Beliefs and findings ("polls show", "experts think") are dropped, or with
    include_findings kept and marked (is_speech False); either way they leave the statements around them as
    they are."""
    ctx = ArticleContext(body, registry, published)
    out: list[Statement] = []
    findings: list[Statement] = []
    carry: Statement | None = None  # speaker whose quote may continue in a following quote-only paragraph
    for pm in _PARAGRAPH.finditer(body):
        off, para = pm.start(), pm.group(0)
        if off == 0:
            run_in = _RUN_IN_DATELINE.match(para)
            if run_in and run_in.group(1).lower() in DATELINE_CITIES:
                # 'Washington An Iraq war veteran ...': a dateline that lost its '(CNN) --' is not content
                off, para = run_in.end(), para[run_in.end():]
        if _QUOTED_TRANSCRIPT.match(para):
            # '"PENCE: Well, look, ...': an interview transcript line inside an opening quote mark.
            off, para = off + 1, para[1:]
        quotes = quote_spans(para)
        frame = mask(para, quotes)
        if carry is not None and carry.start == carry.end and not quotes and _block_quote(frame):
            # 'The governor added:' and then a paragraph without quote marks (a block quote that lost its
            # markup, a tweet, a transcript): the whole paragraph is the introduced speaker's.
            bs, be = trim(frame, 0, len(frame))
            out.append(_replace(carry, body, off + bs, off + be, kind="direct"))
            carry = None
            continue
        pending: list[tuple[int, int]] = []  # bare quote sentences not yet attributed
        narration = False
        prev_idx: int | None = None  # last direct/mixed statement of this paragraph, for multi-part quotes
        # A quote sentence just given to the previous speaker, and how to take that back: '... Obama said.
        # "Who am I to judge?" Francis said.' credits the quote to the name that follows it.
        continued: tuple[int, Statement | None, int, int] | None = None
        for s, e in sentences(para, frame):
            just_continued, continued = continued, None
            if MASK in frame[s:e] and frame[s:e].strip(MASK + " .,;:") == "":
                qs, qe = trim(frame, s, e)
                if prev_idx is not None and out[prev_idx].kind != "reported" \
                        and not body[out[prev_idx].end:off + qs].strip(" ,.;:—–-"):
                    st = out[prev_idx]
                    continued = (prev_idx, st, qs, qe)
                    out[prev_idx] = _replace(st, body, st.start, off + qe)
                elif prev_idx is not None:
                    out.append(_replace(out[prev_idx], body, off + qs, off + qe, kind="direct"))
                    continued = (len(out) - 1, None, qs, qe)
                    prev_idx = len(out) - 1
                else:
                    pending.append((qs, qe))
                continue
            # A run-on 'sentence' of thousands of words is not prose (a table, a pasted list): its frames would
            # cost quadratic time and find nothing a reader would call a statement.
            drafts = _analyse_sentence(frame, s, e) if e - s - frame.count(MASK, s, e) <= _MAX_NARRATION else []
            if not drafts and prev_idx is not None and _quote_led(frame, s, e):
                # '"It's basically just a tax increase" for the top income bracket.': the speaker goes on, and
                # the writer finishes the sentence.
                qs, qe = trim(frame, s, e)
                out.append(_replace(out[prev_idx], body, off + qs, off + qe, kind="mixed"))
                prev_idx = len(out) - 1
                continue
            if not drafts:
                narration = True
                prev_idx = None
                continue
            for draft in drafts:
                speaker = _speaker_as_written(frame, para, draft)
                if speaker is None:
                    continue
                draft.speaker = speaker
                if draft.kind == "cue-only":
                    if not pending and just_continued is not None:
                        idx, was, qs, qe = just_continued
                        if was is None:
                            del out[idx]
                        else:
                            out[idx] = was
                        pending = [(qs, qe)]
                    if not pending:
                        # 'He said:' closing a paragraph introduces the quote in the next one.
                        if frame[s:e].rstrip(" .").endswith(":"):
                            res = ctx.resolve(draft.speaker, off + max(draft.speaker_pos, 0), draft.apposition)
                            carry = _statement(draft, res, body, off, 0, 0, "direct")
                            narration = False
                        continue
                    draft.start, draft.end, draft.kind = pending[0][0], pending[-1][1], "direct"
                    pending = []
                res = ctx.resolve(draft.speaker, off + max(draft.speaker_pos, 0), draft.apposition)
                if draft.kind != "reported" and _quoted_about(draft.speaker, res, para, quotes):
                    res = Resolved(None, None, "unknown")
                res = ctx.speaking_namesake(draft.speaker, res, off + max(draft.speaker_pos, 0),
                                            para[max(draft.start, 0):draft.end])
                if not draft.is_speech:
                    if include_findings and not _no_finding(frame, draft):
                        end = _finding_end(frame, draft)
                        findings.append(_statement(draft, res, body, off, draft.start, end, kind_of(frame, draft.start, end)))
                    prev_idx = None
                    continue
                out.append(_statement(draft, res, body, off, draft.start, draft.end, draft.kind))
                ctx.spoken.append((off + draft.start, off + draft.end))
                if draft.kind in ("direct", "mixed") or (draft.kind == "reported" and (
                        (res.kind == "person" and bool(name_part(res.name or ""))) or _institution(res))):
                    prev_idx = len(out) - 1  # 'Borrell said the EU would act. "We will not stand by."'
                elif prev_idx is None or not _same_speaker(out[prev_idx], out[-1]):
                    # '"A," said Romney, who vowed X. "B."': B still continues Romney's quote
                    prev_idx = None
        if pending and not narration and prev_idx is None and carry is not None and DOUBLE_QUOTES.search(para):
            out.append(_replace(carry, body, off + pending[0][0], off + pending[-1][1], kind="direct"))
            carry = out[-1]
        elif prev_idx is not None:
            carry = out[prev_idx]
        elif narration or pending or (out and out[-1].start >= off) or (carry is not None and carry.end > carry.start):
            carry = None
    return list(heapq.merge(out, findings, key=lambda st: st.start)) if findings else out


def _institution(res: Resolved) -> bool:
    """An organisation that speaks as one ('The District Attorney's office told CNN ...'), whose statement a quote
    paragraph after it goes on with."""
    return res.kind == "organization" or (res.kind == "group" and is_org(res.name or ""))


def distinct(found: list[Statement]) -> list[Statement]:
    """Each statement once: one the article repeats word for word (headline, standfirst, body) keeps its first
    place. (Extraction itself reports every place, as the benchmark's annotations do.)"""
    seen: set[tuple[str, str]] = set()
    kept = []
    for st in found:
        key = (st.actor_key or st.speaker.lower(), " ".join(st.text.lower().split()))
        if key not in seen:
            seen.add(key)
            kept.append(st)
    return kept


_VERB_IN_SPEAKER = re.compile(r"\s+(?:[a-z]{3,}ed|paid|made|gave|took|sent|wrote|held|put)\s+(?:a|an|the|his|her|their|its|tribute)\s")
_SUBJECT_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|since|later|then|earlier|already|quickly|Thursday|Monday|"
                           r"Tuesday|Wednesday|Friday|Saturday|Sunday))+$")
_CONTRACTED_PRONOUN = re.compile(r"([Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou)['’](?:s|re|ve|ll|d|m)")


# Where, when or about what someone spoke, with nothing said: 'said on its Facebook page', 'told CNN on condition of
# anonymity', 'commented on the photo in shock', 'lashed out at the channel'; not 'argued in favor of ...'.
_VENUE_ONLY = re.compile(r"(?:on|in|at|with|by|during|over|from|through|under|into)\s(?!favou?r\b)[^,\x00]*")
_CLAUSE_SIGN = re.compile(r"\b(?:that|if|whether|how|why|what|he|she|they|we|I|it)\b")  # 'under Warren's grilling he ...'


_COLON_ENDS = re.compile(r"\s*:[\s.]*(?:\n|$)")


_UNNAMED_WISH = re.compile(r"(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+remain\s+anonymous|for\s+anonymity)\b")


_PRONOUN_OBJECT = re.compile(
    r"(?:it|them|him)(?:\s+(?:before|on|at|in|during|after|again|last|this)\b[^,;:\x00]{0,40})?"
)


def _no_words(frame: str, draft: Draft) -> bool:
    """'... who asked not to be named because ...': why a source goes unnamed; 'groups opposed to al-Assad': an
    adjective."""
    if draft.kind != "reported" or draft.start < 0:
        return False
    return _UNNAMED_WISH.match(frame, draft.start, draft.end) is not None \
        or (draft.cue.lower() == "opposed" and frame.startswith("to ", draft.start))


def _nothing_said(frame: str, draft: Draft) -> bool:
    """The draft names only where, when or about what: no words."""
    if draft.kind != "reported" or draft.start < 0 or draft.cue.lower().startswith("insist"):
        return False
    if _no_words(frame, draft):
        return True
    if draft.cue.lower() not in SPEECH_VERBS and _PRONOUN_OBJECT.fullmatch(frame, draft.start, draft.end):
        return True  # 'Putin defended it before journalists Friday': what was defended is said elsewhere
    return _VENUE_ONLY.fullmatch(frame, draft.start, draft.end) is not None \
        and _CLAUSE_SIGN.search(frame, draft.start, draft.end) is None


_FORCES = frozenset("wind winds storm storms rain rains flood floods fire fires wildfire wildfires wave waves hurricane "
                    "typhoon cyclone tornado blizzard snow snowstorm drought heat earthquake quake virus outbreak "
                    "epidemic".split())


def _plausible(draft: Draft) -> bool:
    """Whether the draft's speaker can be anyone; 'He’s claiming' becomes 'He' on the way."""
    contracted = _CONTRACTED_PRONOUN.fullmatch(draft.speaker)
    if contracted:
        draft.speaker = contracted.group(1)
    if draft.speaker.lower() in TIME_UNITS:
        return False  # 'Days before Foley's killing was made public, his family sent ... asking them to show mercy'
    if draft.speaker == "One" and (draft.cue.split()[0].endswith("ing") or draft.cue in _MODALS):
        # 'One case was filed, calling for his ouster', 'One entered his skull, suggesting ...', 'One can almost
        # hear Merkel demanding: ...': a thing, or anyone; but 'One told jurors' is one of them
        return False
    if draft.speaker.split()[-1] in _FORCES:  # lower case: 'Heidi Snow', 'Morten Storm' speak
        return False  # 'Such strong winds threatened to rustle up flooding': no one speaks
    clause = _VERB_IN_SPEAKER.search(draft.speaker)
    if clause and not draft.cue.split()[0].endswith("ing"):
        # 'Scott invoked the story Kennedy | told about ...': the finite verb's subject is the last noun phrase
        tail = tail_noun_phrase(draft.speaker)
        if not tail:
            return False
        draft.speaker_pos += len(draft.speaker) - len(tail)
        draft.speaker = tail
    elif clause:
        # 'Lavrov unleashed a series of tweets | saying ...': the clause's subject speaks
        subject = _SUBJECT_TAIL.sub("", draft.speaker[:clause.start()])
        if not subject or not (name_part(subject) or is_org(subject) or person_head(subject)
                               or (subject[:1].isupper() and len(subject.split()) <= 6)
                               or subject.lower() in ("he", "she", "they", "we", "i")):
            return False
        draft.speaker = subject
    if draft.cue.lower() in _GOING_ON and draft.kind == "reported" and not _someone(draft.speaker):
        return False  # 'production of variants continued there': things go on, nobody speaks
    return plausible_speaker(draft.speaker)


_MODALS = frozenset("can could may might must should would will".split())
_GOING_ON = frozenset("continued continues continue added adds".split())


def _someone(speaker: str) -> bool:
    head = speaker.lower().split()[-1] if speaker.split() else ""
    return speaker.lower() in PRONOUNS or bool(name_part(speaker)) or is_org(speaker) or person_head(speaker) \
        or head in GROUP_HEADS or head in _WRITINGS


_WRITINGS = SPEAKING_DOCUMENTS | {"report", "email", "post"}  # 'The letter added that'


_EMPHATIC = re.compile(r"\b(?:did|does|do|to)\s+(?:[a-z]+ly\s+)?$")


def _any_subject(frame: str, m: re.Match[str]) -> bool:
    """'it did say', 'going on to say': the plain form after 'did' or 'to' agrees with any subject."""
    return _EMPHATIC.search(frame, max(0, m.start("verb") - 30), m.start("verb")) is not None


def _agrees(draft: Draft) -> bool:
    """'Though Spears announce', 'Redrick, who police say': a plural verb form needs a plural speaker."""
    verb = draft.cue.split()[0] if draft.cue.split() else ""
    if draft.speaker.lower() in _NON_THIRD_SINGULAR and verb.endswith("s") and not verb.endswith("ss"):
        return False  # 'They then analyzed search activity and tweets about ...': a noun
    return (verb not in BASE_FORM_SET and verb not in ("say", "tell")) or _plural(draft.speaker)


_NON_THIRD_SINGULAR = frozenset("they we i you".split())


# Beliefs and findings ------------------------------------------------------------------------------------
# The plain form of a belief or finding verb needs a plural subject or a modal: 'polls show', 'Iran can expect';
# not 'her Serpentine show, ...', 'a Broadway show comes together'.
_BELIEF_BASE = frozenset("think believe feel know find show expect fear worry hope estimate indicate".split())
_MODAL_BEFORE = re.compile(r"\b(?:will|would|can|could|may|might|must|should|shall)\s+(?:not\s+)?(?:[a-z]+ly\s+)?$")
# 'found myself at ...', 'found ways to ...', 'sought refuge': where one is or what one does, no finding.
_FOUND_THING = re.compile(r"(?:myself|himself|herself|themselves|ourselves|itself|yourself|ways?|a\s+way|"
                          r"work|jobs?|a\s+job|time|refuge|shelter)\b")
# 'The real Trump showed up', 'the note found in Northern Ireland': a phrasal verb or a participle, no finding.
_NOT_FOUND = re.compile(r"(?:up|off|in|at|on|near|inside|outside|under|among|during|aboard|dead|alive)\b")


# What a finding shows ends before the writer's comment on it: 'Video shows that X, contradicting ...', 'Polls show
# a close contest in the state, where ...', 'Instant polls showed X, but ...', '1.6 percent, more than ...'.
_FINDING_TAIL = re.compile(r",\s+(?:[a-z]+ing|with|where|but|while|which|although|though|more\s+than|less\s+than|"
                           r"up\s+from|down\s+from|compared)\b")


def _finding_end(frame: str, draft: Draft) -> int:
    tail = past_fronted_which(frame, draft.start, draft.end, _FINDING_TAIL.search(frame, draft.start + 12, draft.end))
    if tail is None or MASK in frame[draft.start:draft.end]:
        return draft.end
    return tail.start()


def _no_finding(frame: str, draft: Draft) -> bool:
    """A belief-or-finding draft that is none: a noun, a phrasal verb, a participle, a thought with no content."""
    verb = draft.cue.split()[-1] if draft.cue.split() else ""
    at = frame.rfind(verb, max(draft.speaker_pos, 0), draft.start) if verb else -1
    if at < 0:
        return False
    if frame[at - 1:at] == "-":
        return True  # 'his new-found talent'
    if verb in _BELIEF_BASE and not _plural(draft.speaker) and draft.speaker.lower() not in _NON_THIRD_SINGULAR \
            and draft.speaker.split()[-1].lower().rstrip("’'") not in FINDING_NOUNS \
            and _MODAL_BEFORE.search(frame, max(0, at - 30), at) is None:
        return True
    after = at + len(verb) + 1
    if verb in ("found", "find", "finds", "sought", "seeking", "seeks") and _FOUND_THING.match(frame, after):
        return True  # 'I found myself at the Freud museum', 'found ways to keep smiling', 'sought refuge'
    if verb in ("think", "thinks", "thought", "thinking") and re.match(r"(?:about|of|twice)\b", frame[after:after + 6]):
        return True  # 'he thought about Davis': a thought, with nothing held true
    return verb in ("found", "shown", "showed", "show", "shows") and _NOT_FOUND.match(frame, after) is not None


_HEAD_END = re.compile(r"\s+(?:of|with|in|at|from|for|to|on|by|close|familiar|led|based|questioned|asked|surveyed|polled|"
                       r"interviewed|involved|who|which|that)\b")
_QUANTITY = re.compile(r"\b(?:percent|per\s+cent|%|half|third|thirds|quarter|majority|minority|dozens|hundreds|thousands|"
                       r"\d+)\b|-(?:third|thirds|quarter|quarters)\b|\d", re.I)
_PLURAL_DETERMINERS = frozenset("those these many some several both few most all".split())


def _plural(speaker: str) -> bool:
    """'Critics', 'Oil executives with experience in the country', 'Members of Congress', 'Fifty-nine percent of
    those asked', 'Lavrov and Wang' are plural; 'Redrick', 'Spears', 'Washington' are not."""
    words = _HEAD_END.split(speaker, maxsplit=1)[0].split()
    if not words:
        return False
    first, head = words[0].lower(), words[-1].lower()
    if head in PLURAL_HEADS or head in COLLECTIVES or " and " in speaker or first in _PLURAL_DETERMINERS \
            or _QUANTITY.search(speaker):
        return True
    if not head.endswith("s") or head.endswith(("'s", "’s", "ss", "us")):
        return False
    # a capitalised word is a plural when it opens the sentence ('Critics') or names a people ('Democrats')
    return words[-1].islower() or head in GROUP_HEADS or head.endswith(
        ("ans", "ats", "ists", "ics", "ors", "ers", "als", "ents", "ants", "ies", "ees", "ives", "is"))


def _speaker_as_written(frame: str, para: str, draft: Draft) -> str | None:
    """The speaker with a quoted part restored ('Dan "Danny" Hsu'), or None when the phrase cannot be anyone."""
    speaker = draft.speaker
    if MASK in speaker:
        at = frame.find(speaker, max(draft.speaker_pos, 0))
        if at < 0:
            return None
        speaker = para[at:at + len(speaker)]
    return speaker if _plausible(draft) else None


def _quote_led(frame: str, s: int, e: int) -> bool:
    """A sentence that opens with a quote of some length and ends in a few words of narration."""
    qs, qe = trim(frame, s, e)
    if qs >= qe or frame[qs] != MASK:
        return False
    q_end = qs
    while q_end < qe and frame[q_end] == MASK:
        q_end += 1
    tail = frame[q_end:qe]
    words = tail.split()
    return q_end - qs >= 30 and MASK not in tail and 0 < len(words) <= _QUOTE_TAIL_WORDS \
        and not any(w[:1].isupper() for w in words) and words[0].strip(",").lower() not in PRONOUNS


def _block_quote(frame: str) -> bool:
    """A paragraph that can be the words a colon introduced: not too long, and not opening with a credit of its
    own ('Clinton responded that ...')."""
    if len(frame) > _MAX_BLOCK_QUOTE:
        return False
    first = next(iter(sentences(frame, frame)), None)
    return first is not None and not any(d.is_speech for d in _analyse_sentence(frame, *first))


_THIRD_PERSON = {
    "he": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
    "she": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b"),
}


def _quoted_about(speaker: str, res: Resolved, para: str, quotes: list[tuple[int, int]]) -> bool:
    """'"I'm very sorry for Nishikori. He's an unbelievable player," he said': words that speak of the person the
    pronoun would mean, by name and as he or she, are someone else's."""
    third = _THIRD_PERSON.get(speaker.lower())
    if third is None or res.kind != "person" or not res.name:
        return False
    quoted = " ".join(para[s:e] for s, e in quotes)
    return re.search(rf"\b{re.escape(res.name.split()[-1])}\b", quoted) is not None and third.search(quoted) is not None


def _same_speaker(a: Statement, b: Statement) -> bool:
    return (a.actor_key or a.speaker.lower()) == (b.actor_key or b.speaker.lower())


def _statement(draft: Draft, res: Resolved, body: str, off: int, start: int, end: int, kind: str) -> Statement:
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
