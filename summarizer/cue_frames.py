"""The speech-verb frame: the statement one speech-verb cue ('said', 'told', 'adding') introduces.

Holds `frame_cue`, which reads a `Cue` (summarizer/cue.py) through the rules in turn: the named shapes of
summarizer/named_credits.py (an opening gerund, an inverted credit 'said Borrell', an apposition 'Roe, director
of ..., said', a relative clause 'who said'), a credit inside a relative clause ('which Pyongyang said'), and the
plain 'Borrell said that ...' of `_spoken`, with the patterns only these rules use.
"""

from __future__ import annotations

import re

from summarizer.clauses import (
    ADVERBIAL,
    AND_BEFORE,
    BALLOTERS,
    COUNTERFACTUAL,
    GROUP_HEADS,
    INDEFINITE,
    LATE_THAT,
    PASSIVE_AND,
    PASSIVE_AUX,
    PREP_THAT,
    QUANTIFIERS,
    REPORTED_END,
    SUBORDINATE,
    Draft,
    after_colon,
    clean_speaker,
    content_after,
    finding_head,
    is_finding,
    kind_of,
    plausible_speaker,
    preceding_chunk,
    speaker_ok,
    tail_noun_phrase,
    trim,
)
from summarizer.cue import Cue, without_occasion, without_reply
from summarizer.cues import (
    AMBIGUOUS_FORMS,
    BASE_FORM_SET,
    CUE_RE,
    FINDING_NOUNS,
    INVERTING_VERBS,
    NATIONALITY_SUFFIX,
    PRONOUNS,
    QUOTE_ONLY_FORMS,
    SUNG_FORMS,
    TELL_VERBS,
    THREATENED_MEASURE,
    TITLE_WORDS,
    WRITTEN_THING,
)
from summarizer.named_credits import (
    CREDIT_TAIL,
    DASH_OPEN,
    NARRATIVE_TAIL,
    SAID_HOW,
    TOLD_THAT,
    VERB_INSIDE,
    content_then_apposed_credit,
    gerund_draft,
    initial_gerund,
    inverted_credit,
    main_verb_after_relative,
    name_and_apposition,
    name_before_comma,
    name_before_dash,
    participle_of_subject,
    quote_then_named_credit,
    relative_clause_speaker,
    subject_of_first_verb,
)
from summarizer.quotes import MASK
from summarizer.speakers import (
    LEADING_CONJ,
    NAME_RE,
    NATIONALITIES,
    name_part,
    person_head,
)

_MAX_GAP = 60  # characters of narration allowed between the parts of one multi-part quote

# 'said about 20 people ...' is a number, not a topic.
# 'said (online) before the trial began': where or when, not what
_PREP_START = re.compile(rf"(?:{SAID_HOW}\s+)?(?:from|in|at|during|after|before|with|by|about|over|into|of|as|via)\b(?!\s+\d)"
                         rf"|{SAID_HOW}\W*$", re.I)
_AT_LEAST = re.compile(r"at\s+(?:least|most)\s")  # 'said at least 10 died': what, not where

_PLACE = re.compile(r"(?:on|aboard|onboard)\s+(?:\x00{2,40}(?:\s+[\w-]+){0,2}|[^,:;\x00]+)")
_REDUCED_RELATIVE = re.compile(r"\b(?:of|for|to|in|on|at|with|from|by|about|into|under)\s+(?:the|a|an|this|that)\s+"
                               r"(?P<noun>[a-z]+)\s+(?P<title>[A-Z][\w.'’-]*)\s+(?:[A-Z][\w.'’-]*\s+){1,4}$")
_NAME_ADJECTIVES = frozenset("late former then now current outgoing incoming embattled legendary famed renowned "
                             "celebrated beleaguered acclaimed prominent influential veteran retired disgraced "
                             "ousted exiled jailed detained slain murdered missing deceased new".split())
_THAN_SUBJECT = re.compile(r"\bthan\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s*$")
# 'writing him an open letter, published in ...': the letter is no statement unless what it says follows
_LETTER = re.compile(
    r"(?:(?:him|her|them|me|us)\s+)?(?:a|an|the|his|her|their|its|two|three|several|\d+)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:letters?|notes?|memos?|op-eds?|columns?|essays?|articles?|e-?mails?|posts?)\b"
)
_LETTER_SAYS = re.compile(r"\b(?:that|saying|urging|calling|asking|demanding|warning|arguing|telling|accusing)\b")
_ECHO_PLACE = re.compile(r"(?:across|through|throughout|around|in|from)\s")
_ELLIPTICAL = re.compile(r"(?:he|she|they|it|we|I)\s+(?:did|does|do|was|were|is|are|had|has|have|would|will|could)"
                         r"\s*(?:[,;.]|$)")
_CLAIMED_PRIZE = re.compile(
    r"(?:a|an|the|his|her|their|its|two|three|all(?:\s+three|\s+four|\s+the)?|\d+)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:medals?|titles?|victory|victories|seats?|prizes?|gold|silver|bronze|wins?|lives|life|crown|championship|"
    r"trophy|spot|place|stage)\b"
    # 'seven members claimed teaching income': money claimed, not words
    r"|(?:[\w'’-]+\s+)?(?:income|deductions?|expenses|exemptions?|refunds?|benefits|losses|tax\s+credits?)\b"
)
_ADDED_TO = re.compile(r"(?:rather\s+than|up|to\s+(?:the|a|an|his|her|its|their|this)\s)")
# What a cue's content never starts with: a verb ('Everything Trump says | is a lie'), a conjunction ('said | and
# did'), an idiom ('said | his piece'), or a speech participle, which is the real cue ('... tweets | saying that').
_NOT_CONTENT = re.compile(
    r"(?:is|are|was|were|has|have|had|and|or|(?:his|her|their|its|my)\s+piece"
    r"|saying|telling|adding|arguing|writing|claiming|noting|insisting|warning|accusing|urging|describing"
    r"|so(?:,?\s+(?:too|again|publicly|repeatedly|himself|herself|themselves))?$"  # 'He says so too.'
    r"|(?:nothing|little|(?:not\s+)?(?:a|one)\s+word)(?:\s+(?:more|else|about|of|on|publicly|since)\b[^,;]*)?$)\b"  # 'said nothing'
)
_FREE_RELATIVE = re.compile(
    r"\b(?:[Ww]hat|[Ww]hatever|[Ee]verything|[Aa]nything|[Ss]omething|[Hh]ow\s+much)\s+(?:[\w'’.-]+\s+){1,4}$"
)
# 'added the words', 'added a caveat' are speech; 'added the additional week' is not. A clause after 'added'
# ('added the EU would act') has a verb within a few words.
_ADDED_THING = re.compile(
    r"(?:the|a|an|more|new|another|its|his|her|their|some|two|three|four|five|six|several|dozens|\d[\d,.]*)\s+"
    r"(?!(?:\S+\s+){0,3}?(?:would|will|is|are|was|were|has|have|had|must|could|should|can|may|might|did|does)\b)"
    r"(?!(?:[\w'’-]+\s+){0,2}?(?:note|words?|caveat|warning|line|comment|remark|voice|thought|plea|request)\b)"
)
_CALLED_OUT = re.compile(r"to\s+(?:(?:a|an|the|several|many|numerous|multiple)\s+)?(?:[\w-]+\s+){0,2}"
                         r"(?:calls?|complaints?|reports?\s+of|scenes?|incidents?|emergenc(?:y|ies)|fires?|alarms?|"
                         r"crash(?:es)?|shootings?|disturbances?|accidents?|area|home|house|building)\b")
_STIMULUS = re.compile(r"(?:[a-z]+ly\s+)?(?:to|with|directly|evidently|in\s+kind)\b")
_POSTED_THING = re.compile(r"(?:to|on|online)\b|(?:an?\s+)?(?:\$[\d.,]+\s+(?:million\s+|billion\s+)?)?(?:bond|bail)\b")
_THAT_OR_COLON = re.compile(r"\bthat\b|:")
_SUBORDINATE_OPENING = re.compile(r"(?:When|While|After|Before|Asked|Although|Though|Since|Once|Despite)\s+[a-z]")
_BY_DOING = re.compile(r"\bby\s+[a-z]+ing\b")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|his|her|their|its|this|these|those)\s+$", re.I)
_OPEN_ENDS = frozenset("with without of for from by no any the a an".split())
_SAYS = frozenset("said says added adds wrote writes noted notes".split())
_QUOTE_AFTER_ADVERBIAL = re.compile(r"[^\x00.,:]{1,50}[,:]\s*\x00")
_OPEN_RELATIVE = re.compile(r",\s+(?:which|who|whom|where)\s[^,;:\x00]*$")
_CLAUSE_BEFORE_COLON = re.compile(r"\b(?:is|are|was|were|has|have|had|[a-z]{2,}(?<!e)ed|said|says|sent|told|wrote)\b[^\x00]*:\s*\x00$")


# 'a missile, which Pyongyang said was a test': the credited subject inside a relative clause; not 'in which'.
_EMBEDDED_CREDIT = re.compile(
    r"(?:(?<=^)|(?<=[\s,]))(?<!\b(?:in|of|on|at|by) )(?P<rel>which|that)\s+"
    r"(?P<sp>he|she|they|we|it|I|(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}"
    rf"|(?:(?:the|some|many|[a-z]+(?:an|ish|al|ese)|[A-Z][a-z]+(?:an|ish|ese|i))\s+)?(?:[a-z]+\s+){{0,2}}(?:media|{'|'.join(sorted(GROUP_HEADS))}))\s*$"
)
_FINITE_START = re.compile(
    r"(?:(?:now|also|still|already|later|then)\s+)?"
    r"(?:was|were|is|are|had|has|have|would|will|could|might|may|must|should|can|[a-z]{3,}ed|(?:al)?lows)\b"
)
_BARE_SUBJECT = re.compile(r"(?:[\w'’.][\w'’.-]*\s+){0,6}[\w'’.][\w'’.-]*(?P<open>,|\s+--|\s*—)?\s*")  # 'The strike, '
_CLAUSE_CLOSE = re.compile(r",|\s--\s|\s*—")
_RELATIVE_CLOSE = re.compile(r"\s--\s|\s*—|,\s+(?:was|were|is|are|has|have|had|will|would|[a-z]{3,}ed)\b")
_CONTACT_HEAD = re.compile(r"\b(?:man|woman|person|suspect|boy|girl|men|women|people)\s+(?:both\s+|either\s+)?(?:the\s+)?"
                           r"(?:[A-Z][\w'’.-]*|police|authorities|officials|investigators|prosecutors)\b[^,;:\x00]*$")
_FINITE_WORD = re.compile(r"\b(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|says?|told)\b")


def _embedded_credit(c: Cue) -> Draft | None:
    """'which Pyongyang said was a test': the relative clause with its credit is what the speaker said."""
    frame = c.frame
    m = _EMBEDDED_CREDIT.search(frame, c.sp_start, c.cue_start)
    if not m or not c.rest or MASK in c.rest[:1] or not _FINITE_START.match(c.rest) or not speaker_ok(m.group("sp")):
        return None
    before = frame[c.s:m.start()]
    cs, ce = m.start(), c.content()[1]
    bare = _BARE_SUBJECT.fullmatch(before) if not _FINITE_WORD.search(before) else None
    if bare and not bare.group("open"):
        return None  # 'The behavior that authorities say prompted her suicide grew ...': where it ends is unclear
    if bare:
        # 'The strike, which Kyiv says killed 12 civilians, drew condemnation': the clause ends at its comma
        close = _CLAUSE_CLOSE.search(frame, c.rest_start, ce)
        ce = close.start() if close else ce
    else:  # '... by December 31 -- triggering', 'Blasio, who ran on a platform that he said would ..., was sworn in'
        close = _RELATIVE_CLOSE.search(frame, c.rest_start, ce)
        ce = close.start() if close else ce
    cs, ce = trim(frame, cs, ce)
    if len(frame[c.rest_start:ce].split()) < 2:
        return None
    return c.draft(m.group("sp"), m.start("sp"), cs, ce)


_GERUND_LISTED = re.compile(r"\b[a-z]{3,}ing,\s+$")
_PREDICATE_RESUMES = re.compile(r",\s+(?:is|are|was|were|has|have|had)\s+(?:also\s+|now\s+|not\s+|been\s+)?[a-z]+(?:ed|en)\b")
_AS_CLAUSE = re.compile(r",\s*(?:just\s+)?as$")
_CONDITION_LEAD = re.compile(r"\s*(?:If|Unless|Whether)\s+")
_CLAUSE_ENDS = re.compile(r"[\s,.]*|,\s+(?:and|but|so|yet)\s+.*", re.S)
_CONCESSIVE_LEAD = re.compile(r"\s*(?:While|Although|Though|Whereas|Even\s+though|When)\s+")
_REPLIES = r"replies|replied|answers|answered|responds|responded"
_MAIN_CLAUSE = re.compile(rf"(?<=\x00)\s+(?:[\w'’-]+\s+){{1,3}}(?:{_REPLIES})\b"
                          r"|(?:,|\s--|\s—)\s+(?!(?:and|but|or|which|who|that|as|if|because)\b)(?:[\w%][\w'’%-]*\s+){1,4}"
                          rf"(?:will|would|is|are|was|were|has|have|had|can|could|should|must|may|might|says?|said|{_REPLIES})\b")
_LISTENER_ONLY = re.compile(r"(?:his|her|their|my|our|the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+)?,\s")
_SUBORDINATE_LEAD = re.compile(r"\s(?:as|when|while|after|before|because|since|though|although|where|if)\s*$")
_IN_PREPOSITION = re.compile(r"(?:Of|Among|For)\s+(?:the|those|all|these)\s")
_APPENDED = re.compile(r"(?:including|such\s+as|especially|particularly|notably|not\s+least)\b")


def _credit_within(frame: str, start: int, end: int) -> bool:
    """A speech cue of the same clause: not 'swing states', not 'but Shelby said' (a clause of its own)."""
    for m in CUE_RE.finditer(frame, start, end):
        if m.group("verb") not in AMBIGUOUS_FORMS and not _NEW_CLAUSE.search(frame, start, m.start()):
            return True
    return False


_NEW_CLAUSE = re.compile(r",\s+(?:but|while|although|though|and|as)\s")


def frame_cue(frame: str, s: int, e: int, m: re.Match[str], prev: Draft | None = None) -> Draft | None:
    """The statement a speech-verb cue introduces, if any: its speaker and the span of what was said."""
    c = Cue.read(frame, s, e, m, prev)
    if c.speaker.rpartition(" ")[2].lower() in _OPEN_ENDS and not c.verb.endswith("ing"):
        return None  # 'tobacco without added flavoring': the verb form is an adjective
    if c.verb.endswith("ing") and _WITHOUT_END.search(frame, max(s, c.cue_start - 12), c.cue_start):
        return None  # 'took custody of him without asking Turkey to ...': what was not said
    if c.verb in BASE_FORM_SET and _MODAL.search(frame, m.start(), m.start("verb")):
        return None  # 'one could argue', 'no one can deny': nobody has
    if c.verb.endswith("ing") and frame.startswith(",", c.cue_end) and _GERUND_LISTED.search(frame, s, c.cue_start):
        return None  # 'skills such as reading, writing, critical thinking': an item of a list
    if COUNTERFACTUAL.search(frame, max(s, m.start("verb") - 40), m.start("verb")):
        return None  # 'would never have called herself a nerd': what was not said
    if (PASSIVE_AUX.search(frame, max(s, m.start() - 5), m.start("verb"))
            or (c.verb in TELL_VERBS and PASSIVE_AND.search(frame, max(0, m.start() - 100), m.start("verb")))) \
            and not c.verb.endswith("ing"):
        return None  # 'skating was added in 1992', 'he was told': the subject did not say it
    if c.verb in QUOTE_ONLY_FORMS and not ((c.before.strip(MASK + " ,") == "" and MASK in c.before) or c.rest.lstrip(" ,:")[:1] == MASK
                                          or (c.verb in SUNG_FORMS and MASK in frame[s:e])):
        return None  # 'a student who sang at church every week': a song or a chant is speech only with its words
    if (_TIMES_ONLY.match(c.rest) or (c.verb.startswith("admit") and _ADMITTED_PEOPLE.match(c.rest))) \
            and MASK not in c.rest and " that " not in c.rest:
        return None  # 'testified 10 times before grand juries', 'admitted 160 schoolgirls': no words are given
    if c.verb == "alleged" and (c.speaker.lower() in QUANTIFIERS or _DETERMINER_END.search(frame, s, c.cue_start)):
        return None  # 'While many alleged victims knew her': an adjective
    embedded = _embedded_credit(c)
    if embedded is not None:
        return embedded
    if c.verb.startswith("charge") and (_IN_PREPOSITION.match(frame, c.sp_start) or c.rest.startswith("with ")):
        # 'Of the Americans charged, fewer than half ...', 'Pistorius, charged with murder, is ...': the charged
        return None
    if c.verb == "accused" and (c.rest.startswith("of ") or re.match(r"[a-z]{2,}ed\b", c.rest)):
        # 'a boy accused of stabbing his sister was charged', 'how the lawyers and accused handled a case': the
        # accused, not the accuser
        return None
    advising = _ADVISES.search(c.speaker) if c.verb.endswith("ing") else None
    if advising:  # 'McKecuen suggests telling them: "..."': the adviser speaks
        c.speaker = c.speaker[: advising.start()]
    if _NOUN_THEN_PRONOUN.fullmatch(c.speaker):
        return None  # 'the hundreds of dollars per bottle they charged the pharmacies': a reduced relative clause
    if re.match(r"(?:themselves|itself)\b", c.rest):
        return None  # 'The stories repeated themselves in various places'
    if c.verb.startswith("continu") and c.speaker.lower().split()[-1:] and c.speaker.lower().split()[-1] in _EVENTS:
        return None  # 'The fighting has continued despite a peace plan': events go on, they do not speak
    if c.verb.startswith("reject") and re.match(r"(?:him|her|them|me|us)\b", c.rest):
        return None  # 'after Sanchez rejected him as a prom date': a person turned down, not words
    if c.verb.startswith("reject") and c.speaker and c.speaker.lower().split()[-1] in BALLOTERS:
        return None  # 'voters rejected a constitutional amendment': a ballot, not words
    if MASK not in c.rest[:1] and _NOT_CONTENT.match(c.rest):
        return None  # 'Everything Trump says is a lie', 'said and did', 'once he has said his piece'
    letter = _LETTER.match(c.rest) if c.verb.split()[-1].startswith(("wrote", "writ")) else None
    if letter and MASK not in frame[slice(*c.content())] and (
            not _LETTER_SAYS.search(frame, *c.content())
            or (c.rest[letter.end():].startswith(",") and not _LETTER_SAYS.match(c.rest[letter.end() + 1:].lstrip()))):
        # 'responded by writing him an open letter, published in local newspapers this week'; 'The year before
        # Levenson wrote the controversial email, the group sold its team': the letter, not what it says
        return None
    if (c.verb.split()[-1].startswith(("wrote", "writ")) and WRITTEN_THING.match(c.rest)) or (
            c.verb.startswith("echo") and _ECHO_PLACE.match(c.rest)):
        return None  # 'wrote her a personal check', 'Similar calls echoed across the Internet'
    if c.verb.startswith("threat") and MASK not in c.rest and not THREATENED_MEASURE.match(" " + c.rest):
        return None  # 'Neymar threatened a third', 'Russia threatens security in Europe': a danger, not a threat made
    if c.verb.startswith("post") and MASK not in frame[s:e] and _POSTED_THING.match(c.rest) \
            and not _THAT_OR_COLON.search(c.rest):
        return None  # 'captured on video and posted to the Internet', 'posted a $2 million bond': no words
    if c.verb.startswith("respond") and _CALLED_OUT.match(c.rest):
        return None  # 'Deputies have responded to complaints about loud parties': they went there
    if c.verb.startswith(("respond", "repl", "answer")) and _STIMULUS.match(c.rest) and MASK not in c.rest \
            and not _BY_DOING.search(c.rest):
        # 'Carney responded bluntly to a question about ...': what he was asked; but in 'responded to the fan,
        # "..."' or 'responded to the surrenders by calling for ...' the words follow
        return None
    reduced = _REDUCED_RELATIVE.search(c.frame, c.sp_start, c.cue_start)
    if reduced and reduced["title"].lower().strip(".") in TITLE_WORDS and not person_head(reduced["noun"]) \
            and reduced["noun"] not in _NAME_ADJECTIVES and reduced["noun"] not in NATIONALITIES \
            and reduced["noun"] not in TITLE_WORDS:
        return None  # 'as part of the mission President Barack Obama announced last week': what he announced is before
    if _THAN_SUBJECT.search(c.frame, c.sp_start, c.cue_start):
        return None  # 'more than the Palestinians originally demanded -- despite ...': what they demanded is elsewhere
    if _ELLIPTICAL.match(c.rest):
        return None  # 'the crimes they claim he did, when ...': the clause is elsewhere
    if _FREE_RELATIVE.search(frame, s, c.cue_start):
        return None  # 'what Trump says his plan would do': a clause about words, not a statement
    if c.verb in ("claimed", "claims", "claiming") and _CLAIMED_PRIZE.match(c.rest):
        return None  # 'he claimed an 18th medal', 'the fire claimed the lives of': won or took, not said
    if c.verb.startswith("observ") and c.rest and MASK not in c.rest and not c.rest.startswith(("that ", ":")):
        return None  # 'FBI agents observed him during the flight', 'observed a minute of silence': watched or kept
    if c.verb in ("added", "adds", "adding") and (
            (_ADDED_TO.match(c.rest) and MASK not in c.rest[:40])  # 'He added to the letter photos of ...'
            or (MASK not in c.rest and (c.speaker or MASK not in c.before[-3:]) and _ADDED_THING.match(c.rest))):
        return None  # 'The state added the additional week', 'added to the tension': something added, not said
    if c.verb.startswith("continue") and (c.rest.startswith(("to ", "his ", "her ", "their ", "its ", "the "))
                                         or c.rest.split(" ", 1)[0].endswith("ing")):
        return None  # 'continued to call for ...': the verb after 'to' is the cue, if any; 'continued his remarks''
    if prev is not None and _GOING_ON_TO.search(frame, s, c.cue_start) and c.rest:
        # '"...," Sanders said, going on to say that ...': the same speaker goes on.
        cs, ce = c.content()
        if ce - cs >= 6 or MASK in frame[cs:ce]:
            return c.draft(prev.speaker, prev.speaker_pos, cs, ce, prev.apposition)
    quoted_as = _QUOTED_AS.search(frame, s, c.cue_start) if c.verb == "saying" else None
    if quoted_as:
        # 'Ryabkov was quoted by the RIA news agency as saying that ...': the subject of 'was quoted' said it;
        # '"...," Gay was quoted as saying by Reuters.': the quote before the credit
        sp_start, speaker = preceding_chunk(frame, s, quoted_as.start())
        speaker = clean_speaker(speaker)
        before = frame[s:sp_start].rstrip(" ,")
        if c.rest and not _PREP_START.match(c.rest) and not c.rest.startswith("by "):
            cs, ce = c.content()
        elif before.endswith(MASK):
            cs, ce = trim(frame, s, s + len(before))
        else:
            cs = ce = 0
        if speaker and speaker_ok(speaker) and (ce - cs >= 8 or MASK in frame[cs:ce]):
            return c.draft(speaker, frame.find(speaker, sp_start), cs, ce)
    quoted_whom = _QUOTED_WHOM_AS.search(frame, s, c.cue_start) if c.verb == "saying" else None
    if quoted_whom:
        # '"...," the Army piece quoted one of those soldiers, Spec. Robert Parson, as saying': the one quoted
        sp = quoted_whom.group("sp")
        # 'one of those soldiers, Spec. Robert Parson', 'Dai Davies, a former head of royal protection': the name
        speaker = next((p for p in reversed(sp.split(", ")) if p[:1].isupper() and name_part(p)
                        and p.endswith(name_part(p))), sp)
        last_quote = frame.rfind(MASK, s, quoted_whom.start())  # '"...," the Army piece quoted ...'
        cs, ce = c.content() if c.rest and not _PREP_START.match(c.rest) else (
            trim(frame, s, last_quote + 1) if last_quote >= 0 else (0, 0))
        if speaker_ok(speaker) and (ce - cs >= 8 or MASK in frame[cs:ce]):
            return c.draft(speaker, frame.find(speaker, quoted_whom.start("sp")), cs, ce, sp if speaker != sp else "")
    doer = _WITH_DOER.match(frame, c.sp_start, c.cue_start) if c.verb.endswith("ing") and c.rest else None
    if doer and speaker_ok(doer.group("np")) and plausible_speaker(doer.group("np")):
        # '..., with spokesman Dmitry Peskov telling reporters that ...': the 'with' phrase's noun says it
        cs, ce = c.content()
        if ce - cs >= 8 or MASK in frame[cs:ce]:
            return c.draft(doer.group("np"), doer.start("np"), cs, ce)
    gerund = _GERUND_PREP.search(frame, s, c.cue_start) if c.verb.endswith("ing") and c.rest else None
    opening = not frame[s:c.cue_start].strip() and frame[c.cue_start:c.cue_start + 1].isupper() \
        and not _PREP_START.match(c.rest) and not c.rest.startswith("to ")  # not 'Adding to the mystery, ...'
    if prev is None and c.rest and c.verb.endswith("ing") and (
            opening or (gerund and not frame[s:gerund.start()].strip())):
        return initial_gerund(c)  # 'Claiming the vote was rigged, Trump ...', 'After saying ..., she ...'
    if gerund:
        found = gerund_draft(c, gerund)
        if found is not None:
            return found
    lead_in = _QUOTE_AFTER_ADVERBIAL.match(frame, c.rest_start, e)
    if lead_in and _CLAUSE_BEFORE_COLON.search(lead_in.group(0)):
        lead_in = None  # 'alleges Sterling said: "..."': a clause of its own before the colon, not an adverbial
    if lead_in and c.verb not in TELL_VERBS and MASK not in frame[s:c.cue_start] and not _PREP_START.match(c.rest) \
            and _OPEN_RELATIVE.search(frame, s, c.cue_start):
        # 'Feinstein described the scandal, which she learned of when Petraeus announced his resignation, "like
        # peeling an onion"': after an object, the quote that closes the relative clause is the main clause's; not
        # after 'who joked of the museum, "..."'
        c.e = frame.rfind(",", c.rest_start, lead_in.end())
        c.rest = c.tail = frame[c.rest_start:c.e].strip(" .,:")
        lead_in = None
    if lead_in and (c.speaker or not c.rest[:1].isupper()):  # 'says of Clinton, "..."', not 'said Gao, "..."'
        c.rest_start = lead_in.end() - 1
        c.rest = frame[c.rest_start:e].strip(" .")
    if not c.speaker:
        name_before_dash(c)
    found = subject_of_first_verb(c) or relative_clause_speaker(c) or quote_then_named_credit(c)
    if found is not None:
        return found
    if not c.speaker:
        found = main_verb_after_relative(c)
        if found is not None:
            return found
    if not c.speaker and c.before.endswith(",") and MASK not in c.before and not c.verb.endswith("ing"):
        found = name_and_apposition(c) or content_then_apposed_credit(c)
        if found is not None:
            return found
        first = c.rest.split()[0] if c.rest.split() else ""
        if c.verb not in INVERTING_VERBS or (not c.rest[:1].isupper() and not c.rest.startswith("the ")
                                             and first not in INDEFINITE):
            return None
    if not c.speaker and prev is not None and c.rest and AND_BEFORE.search(c.before) \
            and MASK not in frame[prev.end:c.cue_start]:
        # 'Authorities announced an arrest and said a curfew would continue': the same subject speaks again.
        cs, ce = c.content()
        if ce - cs >= 6 or MASK in frame[cs:ce]:
            return c.draft(prev.speaker, prev.speaker_pos, cs, ce, prev.apposition)
    if not c.speaker:
        return inverted_credit(c) or participle_of_subject(c)
    if c.verb in TELL_VERBS and _SUBORDINATE_LEAD.search(" " + frame[c.s:c.sp_start]) and _LISTENER_ONLY.match(c.rest):
        return None  # 'But when he told his parents, his mother started to cry': no words, and the main clause follows
    found = _spoken(c)
    resumes = _PREDICATE_RESUMES.search(frame, found.start, found.end) \
        if found is not None and c.verb.endswith("ing") and MASK not in frame[found.start:found.end] else None
    if resumes:
        # 'Ansar Dine, a group claiming control of the city, is blamed ...': the participle's object ends where
        # the sentence's own predicate resumes
        found.end = resumes.start()
    if found is not None and _CONCESSIVE_LEAD.fullmatch(frame, s, c.sp_start):
        mains = list(_MAIN_CLAUSE.finditer(frame, found.start, found.end))
        if mains:
            # 'While critics say the poll is a show, observers will be poring over ...': the main clause is the
            # writer's
            found.end = mains[-1].start()
    return found


# What can 'state' something in lower case: a text or an institution ('the affidavit states', 'the ministry states').
_STATING_HEADS = frozenset(
    """website site page affidavit warrant complaint document documents report letter blurb law laws constitution
    rule rules policy guidance guidelines statement release notice memo note filing indictment lawsuit suit order
    ruling decision motion petition agreement treaty charter contract bill text article section clause paragraph
    manual label sign caption description post tweet email message study survey paper analysis plan proposal
    resolution protocol regulation regulations code act amendment provision application form summary transcript
    record file book guide handbook entry verdict opinion brief ministry department government company agency
    office court commission committee council board organization organisation group campaign spokesman
    spokeswoman spokesperson who which that""".split()
)
_REGION_WORDS = frozenset("gulf baltic balkan nordic arab southern northern eastern western central member swing "
                          "border island frontline persian caribbean sahel andean latin muslim islamic".split())


_TIMES_ONLY = re.compile(r"(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous)"
                         r"\s+times|twice)\b")
_ADMITTED_PEOPLE = re.compile(r"(?:\d[\d,]*|dozens\s+of|hundreds\s+of|scores\s+of)\s+(?:[a-z-]+\s+)?(?:patients|people|"
                              r"children|students|schoolgirls|schoolchildren|girls|boys|women|men|refugees|migrants)\b")


_QUOTED_WHOM_AS = re.compile(r"\bquoted\s+(?P<sp>[^\x00]{2,100}?),?\s+as\s+$")
_THEN_TITLE = re.compile(r"(?<=[\x00,])\s+(?:then|now)\s+$")
_DASHED_NAME = re.compile(r"\s(?:--|—|–)\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?:--|—|–)\s*$")


def _states_noun(speaker: str) -> bool:
    """'swing states', 'Southeast Asian states': the word before 'states' makes it a noun phrase."""
    last = speaker.split()[-1].strip(".,")
    low = last.lower().removesuffix("'s").removesuffix("’s")
    if last[:1].islower():
        return low not in PRONOUNS and low not in _STATING_HEADS
    return low in _REGION_WORDS or (len(speaker.split()) > 1 and NATIONALITY_SUFFIX.search(low) is not None
                                    and speaker.split()[-2][:1].isupper())


def _spoken(c: Cue) -> Draft | None:
    """A speaker stands right before the cue: 'Borrell said that ...', 'CONTENT, Borrell said.', 'The threat,
    Borrell said, is real.', '"A," she said, "B."'."""
    frame, s, e, verb = c.frame, c.s, c.e, c.verb
    speaker, sp_start, before = c.speaker, c.sp_start, c.before
    if speaker.lower() in PRONOUNS and not frame.startswith(speaker, sp_start):
        # 'Rouhani held a rally ... when he criticized': the pronoun of the clause is where the speaker stands
        inner = [p.start() for p in _PRONOUN_WORD.finditer(frame, sp_start, c.cue_start) if p.group(0) == speaker]
        sp_start = inner[-1] if inner else sp_start
    if _HYPOTHETICAL.search(frame[s:c.cue_start].rstrip()) and MASK not in frame[c.cue_end:e]:
        return None  # '... if commanders on the ground told him that ...': nobody has said it
    if verb in ("states", "state") and _states_noun(speaker):
        return None  # '..., many in conservative states.', 'other Gulf states': the noun, not the verb
    if _RELATIVE_OBJECT.match(speaker) and c.rest.startswith(","):
        return None  # 'The expulsion, which Maduro announced Sunday, comes after ...': what he announced went before
    listed = _LIST_HEAD.fullmatch(before) if " and " in speaker else None
    if listed and _LIST_ITEM.fullmatch(speaker.split(" and ")[0]) and c.prev is None:
        # 'The United States, the UN and the EU have called on ...': the first names of the list speak as well
        sp_start = s + len(before) - len(before.lstrip())
        speaker, before = frame[sp_start:c.cue_start].strip(), ""
    if _CONTACT_HEAD.search(frame, c.s, c.cue_start) and (c.rest.startswith("to be ") or _FINITE_START.match(c.rest)):
        return None  # 'a man both the Star and Gawker claimed to be Ford ranted': who the man is, not a claim
    from_tail = False
    # '"...," Dr. Ken Fujise, director of cardiology at the University of Texas said': a long apposition after
    # a name is no speaker of its own, and neither is the place that ends it.
    long_apposition = speaker[:1].islower() and before.endswith(",") and MASK not in speaker \
        and name_before_comma(c) is not None
    head = _WHO_HEAD.fullmatch(speaker)
    named_as = _NAMED_AS.search(speaker)  # 'a man who identified himself as Abu Omar'; not '... as his mother'
    if head and not speaker_ok(speaker) and not (named_as and re.search(r"\b[A-Z]", speaker[named_as.end():])) \
            and (person_head(head["np"]) or head["np"].split()[-1].lower() in GROUP_HEADS):
        # 'One man who recently left the ranks of ISIS also said', 'Officials who spoke on condition of anonymity
        # said': the noun the relative clause describes speaks, not the name inside the clause
        speaker = head["np"]
    role = _AND_ROLE.fullmatch(speaker)
    and_role = ""
    if role and person_head(role["role"]) and speaker_ok(role["np"]) and NAME_RE.search(role["np"]):
        # 'actress Mary Steenburgen and longtime friend of the Clintons told Vogue': one person and her role
        speaker, and_role = role["np"], speaker[role.start("role"):]
    if not speaker_ok(speaker) and not long_apposition:
        tail_np = tail_noun_phrase(speaker)
        if not tail_np:
            return None
        # The cleaned chunk may be shorter than the text (parentheses, spaces): find the phrase itself.
        found_at = frame.rfind(tail_np, sp_start, c.cue_start)
        sp_start = found_at if found_at >= 0 else sp_start + len(speaker) - len(tail_np)
        speaker, from_tail = tail_np, True
    progressive = re.match(r"(?:is|are|was|were)\s", frame[c.cue_start:c.cue_end]) is not None
    if verb.endswith("ing") and len(speaker.split()) > 3 and not progressive:  # not 'Embassies in Khartoum are urging'
        tail_np = tail_noun_phrase(speaker)
        if tail_np and tail_np not in PRONOUNS:
            sp_start += len(speaker) - len(tail_np)
            speaker = tail_np
    finding = is_finding(speaker, verb)
    appos = and_role
    dashed = _DASHED_NAME.search(frame, sp_start, c.cue_start)
    if dashed and MASK not in frame[sp_start:c.cue_start]:
        # 'One of us -- Andy Young -- asked him': the name set off by dashes says who the phrase before it is
        appos, sp_start, speaker = speaker, dashed.start("name"), dashed.group("name")
    # Apposition: 'Borrell, the EU's top diplomat, said' -> name from before the comma, title as signal.
    raw = frame[c.sp_start:c.cue_start].rstrip()
    if speaker[:1].islower() and speaker.lower() not in PRONOUNS and before.endswith(",") and not (
            not raw.startswith(speaker) and _SUBORDINATE_LEAD.search(raw[:-len(speaker)])):  # '..., Cote was ... when a guest asked'
        named = name_before_comma(c, sp_start)
        if named is not None:
            appos, (sp_start, speaker) = speaker, named
            before = frame[s:sp_start].rstrip()

    def draft(cs: int, ce: int, kind: str | None = None) -> Draft:
        return Draft(speaker, sp_start, c.cue_text, cs, ce, kind or kind_of(frame, cs, ce), not finding, appos)

    core = before.strip(" ,—–―-")
    leading = (
        not core
        or (before.endswith((",", ":", ";")) and MASK not in before)
        # '... ― as was true for years ― Trump boasted'; not a dateline's dash before 'In a clip for ... Apple Music'
        or (before.endswith(("—", "―", "–")) and MASK not in before and frame.startswith(speaker, sp_start))
        or (c.prev is not None and _JOINER.fullmatch(core) is not None)
        or (MASK not in before and not LEADING_CONJ.sub("", core + " ").strip())
        or (MASK not in before and _COMMA_JOINER.search(before) is not None)
        or (_INTRO.match(core) is not None and before.endswith((",", MASK)) and not CUE_RE.search(core))
        # '..., where restructuring experts say ...', '... - though Lynch notes ...': a subordinate clause of its
        # own after a comma or a dash
        or (MASK not in before and _WH_CLAUSE.fullmatch(_CLAUSE_OPEN.split(core)[-1].strip()) is not None
            and _CLAUSE_OPEN.search(core) is not None)
        # 'If the show pulls "Idol"-like numbers, he added, "it will be ..."': the quote after the credit
        or (before.endswith(",") and c.tail[:1] == MASK and c.prev is None and not before.rstrip(" ,").endswith(MASK))
        # '..., because, as he argued in a sermon, "..."': an as-clause credits what follows it
        or (_AS_CLAUSE.search(before) is not None and c.tail[:1] == MASK)
        # 'Astaire described it as "solitary," and Rodger replied with "..."': a clause of its own after a quote
        or (_QUOTE_THEN_AND.search(before) is not None and c.tail[:1] in (MASK, "w") and speaker[:1].isupper())
        # 'When asked about Biden's remarks on a "minor incursion" in Ukraine, Borrell said ...': a quoted phrase
        # inside an opening subordinate clause
        or (before.endswith(",") and _SUBORDINATE_OPENING.match(core) is not None and not core.endswith(MASK)
            and not verb.endswith("ing"))
    )
    rest_start, rest = c.rest_start, c.rest
    if _AS_CLAUSE.search(before) and c.tail[:1] != MASK and MASK not in before:
        # 'The economy is slowing, as some have argued.', 'If the century belongs to China, as some have argued,
        # then ...': the as-clause credits the clause before it
        comma = frame.rfind(",", s, sp_start)
        condition = _CONDITION_LEAD.match(frame, s, comma)
        if condition or _CLAUSE_ENDS.fullmatch(rest):
            cs, ce = trim(frame, condition.end() if condition else s, comma)
            return draft(cs, ce) if ce - cs >= 8 else None
    replied_with = _WITH_QUOTE.match(rest) if verb in _REPLY_FORMS else None
    if replied_with:  # 'replied with "I know what you mean"'
        rest_start = frame.find(rest, rest_start) + replied_with.end()
        rest = frame[rest_start:e].strip(" .")
    if verb in TELL_VERBS and not rest.startswith("that "):  # 'told police that X said ... the shots that'
        told = TOLD_THAT.match(rest) or _ADDRESSEE_APPOSITION.match(rest)
        if told:  # 'told the ministers that ...', 'asked Astaire, a novelist, whether ...'
            rest_start = frame.find(rest, rest_start) + told.end()
            rest = frame[rest_start:e].strip(" .")
    that = LATE_THAT.match(rest) or PREP_THAT.match(rest)
    strong = rest[:1] == MASK or rest.startswith(("that ", "that,", ":")) or frame[c.cue_end:rest_start + 1].strip() == ":" \
        or (rest.startswith(", " + MASK) and leading and (speaker[:1].isupper() or speaker.lower() in PRONOUNS))  # 'He answered, "..."'
    inset = _CREDIT_INSET.match(frame, rest_start, e)  # 'Stumpf explained earlier in the hearing, were ...'
    after_credit = inset.end() if inset else rest_start
    conj = _COORDINATOR.match(core)
    bare_core = core[conj.end():] if conj else core
    parenthetical = (before.endswith(",") and bare_core and MASK not in before and c.prev is None
                     and frame[after_credit:after_credit + 1] == "," and not _INTRO.match(bare_core)
                     and not LEADING_CONJ.match(bare_core))
    if before.endswith(",") and MASK not in before and c.prev is None and len(core.split()) >= 3 \
            and _THEN_PARTICIPLE.match(frame, after_credit, e):
        # 'The sanctions will stay, Borrell said on Tuesday, adding that ...': the clause before the credit; the
        # participle is a statement of its own
        cs, ce = trim(frame, s, sp_start)
        cs += conj.end() if conj and frame.startswith(conj.group(0), cs) else 0
        return draft(*trim(frame, cs, ce))
    if parenthetical and len(bare_core.split()) <= 12 and _PREDICATE.match(frame[after_credit + 1:e].lstrip()):
        # 'The threat, Borrell said, is real': the content wraps around the parenthetical attribution;
        # 'But the weapons, he added, are ...' leaves the conjunction out.
        cs, ce = trim(frame, s + len(before) - len(before.lstrip()) + (conj.end() if conj else 0), e)
        cut = REPORTED_END.search(frame, cs + 8, ce)  # '..., although it may take days to tell'
        return draft(*trim(frame, cs, cut.start() if cut else ce))
    goes_on = _SENTENCE_GOES_ON.match(frame[after_credit + 1:e].lstrip()) if parenthetical else None
    if goes_on and 3 <= len(bare_core.split()) <= 20:
        # 'Japan is still in the process of reflection, he said, to avoid repeating the accident': one sentence
        cs, ce = trim(frame, s + len(before) - len(before.lstrip()) + (conj.end() if conj else 0), e)
        cut = REPORTED_END.search(frame, cs + 8, ce)
        return draft(*trim(frame, cs, cut.start() if cut else ce))
    after = frame[after_credit + 1:e].lstrip()
    if parenthetical and 2 <= len(bare_core.split()) <= 20 and _RELATIVE_START.match(after):
        # 'She wrote the Department of Corrections, he said, which told her ...': the relative clause belongs to the
        # clause before the credit, and the credit frames the whole sentence
        cs = s + len(before) - len(before.lstrip()) + (conj.end() if conj else 0)
        cut = REPORTED_END.search(frame, e - len(after) + 1, e)
        return draft(*trim(frame, cs, cut.start() if cut else e))
    if parenthetical and len(bare_core.split()) <= 12 and _CLAUSE_START.match(after):
        # 'To understand Dred Scott, Roberts said, one should visit this museum', 'If Russia invades, she said,
        # the EU will respond': the credit inside the sentence frames all of it.
        cs, ce = trim(frame, s + len(before) - len(before.lstrip()) + (conj.end() if conj else 0), e)
        return draft(cs, ce)
    if parenthetical and len(bare_core.split()) >= 3 and _APPENDED.match(after):
        # 'This is a far worse concern than the rhetoric, analysts say, including Romney's pledge ...': the clause
        # before the credit; the phrase after it only adds to that clause
        return draft(*trim(frame, s + len(before) - len(before.lstrip()) + (conj.end() if conj else 0), sp_start))
    coordinated = _COORDINATOR.match(after) if parenthetical else None
    if coordinated and len(bare_core.split()) >= 3:
        # 'The middle fifth paid 8.9 percent, the agency said, and the bottom fifth paid 0.8 percent': both
        # clauses; but in 'It would take weeks, he said, and then left' what follows 'then' is narration.
        if _THEN.match(after, coordinated.end()):
            return draft(*trim(frame, s, sp_start))
        return draft(*trim(frame, s + len(before) - len(before.lstrip()), e))
    if leading and rest and (that or not SUBORDINATE.match(rest)) and (
            strong or (that and not rest.startswith("by ")) or (
                verb not in AMBIGUOUS_FORMS and (not _PREP_START.match(rest) or (verb in _SAYS and _AT_LEAST.match(rest)))
                and not (verb in _SAYS and _place_only(rest))
                and not (verb in _SAYS and rest.startswith("for ")))  # '..., the bloc said in a letter for Moscow'
            # 'though Lynch notes they were appointed': a clause of its own after the noun-or-verb form
            or (verb in AMBIGUOUS_FORMS and verb not in SUNG_FORMS and _PRONOUN_CLAUSE.match(rest) is not None
                and (speaker[:1].isupper() or speaker.lower() in PRONOUNS))
            # 'The poll shows Clinton leading': after a finding noun the form is the verb, unless a credit follows
            # ('Video shows the moments before ..., KLAS reported', 'The footage shows Brunt asking ...')
            or (verb == "shows" and finding and finding_head(speaker) in FINDING_NOUNS
                and not _credit_within(frame, rest_start, e))):
        cs, ce = without_occasion(frame, verb, *content_after(frame, rest_start, e, rest))
        cs, ce = without_reply(frame, verb, c.cue_text, cs, ce)
        opener = [o.group(0) for o in _CLAUSE_OPEN.finditer(core)]
        closing = DASH_OPEN.search(frame, cs, ce) if MASK not in before and opener[-1:] not in ([], [","]) else None
        ce = closing.start() if closing else ce  # 'Going to rehab -- as his rep said "..." -- could allow ...'
        comma = len(frame[:cs].rstrip()) - 1
        if (ce - cs >= 6 or MASK in frame[cs:ce]) and not (
                frame[comma] == "," and _THEN_PARTICIPLE.match(frame, comma, ce)):
            return draft(cs, ce)  # not 'said on Tuesday, | adding that ...': the participle is the next cue's
    tail = c.tail
    if not before and not tail and frame[rest_start:e].strip() == ":" and speaker[:1].isupper():
        # 'The New York Times reports:' closing a paragraph introduces the quote in the next one.
        return draft(-1, -1, "cue-only")
    # Trailing: 'CONTENT, Borrell said (on Monday).' or a multi-part quote '"A," he said, "B."'
    if verb in AMBIGUOUS_FORMS and not before.endswith((",", MASK)):
        return None
    quoted = before.rstrip(" ,")
    if quoted.endswith(MASK) and not raw.startswith(speaker) and _SUBORDINATE_LEAD.search(raw[:-len(speaker)]):
        # '"crusaders," an accusation that gained traction after President Bush called for "this crusade"': the
        # subordinate clause's speaker says what follows the cue, not the quote before it
        cs, ce = c.content()
        return draft(cs, ce) if MASK in frame[cs:ce] else None
    if quoted.endswith(MASK):
        after_verb = frame[c.cue_end:e].strip()
        lead = frame[s:s + quoted.find(MASK)]
        titled = _TITLE_IN_INTRO.match(lead) is not None and not _FINITE_WORD.search(lead)
        if titled or (lead.strip() and not finding and verb not in TELL_VERBS
                      and _OBJECT_AFTER.match(frame, c.cue_end, e)
                      and not ADVERBIAL.match(frame, c.cue_end, e).group(0) and not (
                          NARRATIVE_TAIL.match(after_verb) or _PARTICIPLE_TAIL.match(after_verb)
                          or SUBORDINATE.match(after_verb))):
            # 'Bemoaning the "phony system," Trump accused Holt of ...': the verb has an object of its own, and
            # the quote before it is no content; in 'she added the words, "..."' the quote after it is. In
            # 'On ABC's "The View," Joy Behar asked ...' the quote is a title in the opening phrase.
            cs, ce = c.content()
            return draft(cs, ce) if ce - cs >= 6 or MASK in frame[cs:ce] else None
        # '"A," she said (of the election), "B."': the quote is the content, narration after the cue is not.
        cs, ce = after_colon(frame, *trim(frame, s, s + len(quoted)))
        nxt = frame.find(MASK, rest_start, e)
        if nxt >= 0 and nxt - ce <= _MAX_GAP and not CUE_RE.search(frame, rest_start, nxt) \
                and not _NEW_EVENT.search(frame, c.cue_end, nxt) and not _TITLE_AFTER.search(frame[c.cue_end:nxt]):
            ce = frame.rfind(MASK, nxt, e) + 1
        return draft(cs, ce)
    # '..., the agency said in a report, and ...'; '..., the bloc said in a letter for Moscow.'
    credit_tail = (inset is not None and frame[after_credit:after_credit + 1] == ",") or (
        before.endswith(",") and not from_tail and verb in _SAYS and CREDIT_TAIL.fullmatch(tail) is not None
        and len(c.speaker.split()) <= 6 and not VERB_INSIDE.search(f" {c.speaker} "))
    loose_tail = (MASK in before and (NARRATIVE_TAIL.match(tail) or _PARTICIPLE_TAIL.match(tail))) or credit_tail
    # '... from earlier books they wrote.': a pronoun ending a long clause credits nothing without a comma.
    bare_tail = from_tail and speaker.lower() in PRONOUNS and not frame[s:sp_start].rstrip().endswith((",", MASK))
    if before and not bare_tail and (not tail or SUBORDINATE.match(tail) or loose_tail) \
            and (verb in INVERTING_VERBS or before.endswith(",")):
        # '..., wedding photographer Thea Dodd said.': the descriptor before the name is not content either.
        end = min(sp_start, c.sp_start) if from_tail else sp_start
        then = _THEN_TITLE.search(frame, s, end)
        cs, ce = trim(frame, s, then.start() if then else end)  # '"...," then Assistant Secretary X said'
        if ce - cs >= 8:
            return draft(cs, ce)
    if not before and (not tail or (verb in _SAYS and _place_only(tail))):
        return draft(-1, -1, "cue-only")
    return None


def _place_only(rest: str) -> bool:
    """'said on "PBS NewsHour" Wednesday', 'said ... aboard the papal plane': where, not what."""
    return _PLACE.fullmatch(rest) is not None and not _FINITE_WORD.search(rest)


# A name, then 'and' and a role without an article: the same person ('X and longtime friend of Y'), not two
_AND_ROLE = re.compile(r"(?P<np>.*?[A-Z][\w'’.-]+)\s+and\s+(?!(?:his|her|their|its|the|a|an|other|several|two|three|many|some|fellow)\s)(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                       r"(?:\s+(?:of|to|at|for|with|in)\s+.+)?")
_CREDIT_INSET = re.compile(r"\s+(?:in|at|on|during|earlier|later|to|before|after|for)\b[^,;:\x00]{0,60}(?=,)")
_PRONOUN_CLAUSE = re.compile(r"(?:he|she|they|it|we|I|there)\s+(?:(?:is|are|was|were|has|have|had|will|would|could|"
                             r"should|can|may|might|must|did|does|do)\b|[a-z]{3,}(?:ed|s)\b)")
_PARTICIPLE_TAIL = re.compile(r"[a-z]{3,}ing\b")
_WH_CLAUSE = re.compile(r"(?:where|while|whereas|although|though|because|since|as|and|but)", re.I)

_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+|later\s+)?quoted\b[^.;\x00]{0,80}?"
                        r"\bas\s+$")
_THEN_PARTICIPLE = re.compile(r"\s*,\s+(?:adding|saying|noting|stressing|insisting|arguing|warning|citing|calling|"
                              r"urging|describing|referring|pointing|explaining|accusing|echoing|reiterating|repeating|"
                              r"acknowledging|conceding|admitting|suggesting|emphasizing|emphasising|responding|"
                              r"reacting|speaking|praising|criticizing|criticising|blaming)\b")
_WITH_DOER = re.compile(r"with\s+(?P<np>(?!(?:a|an|the|his|her|their|its)\s+(?:view|aim|intent)\b)[^\x00,;]{2,60}?)\s+$")
_WITHOUT_END = re.compile(r"\bwithout\s+$", re.I)
_GERUND_PREP = re.compile(r"\b(by|for|after|before|while|when|in|of|from|with)\s+$", re.I)


_GOING_ON_TO = re.compile(r",\s+(?:before\s+|and\s+)?(?:going|went|goes)\s+on\s+to\s*$")

# '"A," she sings to Clinton before asking her, "B"': a later event, so a second statement, not one quote.
# '"...," Lim said during "CNN Heroes: An All-Star Tribute,"': a quoted title after a preposition is no more words
# 'said on CNN's "Starting Point"', 'told NBC's "Today"': a show's title after the credit, not more of the quote
_TITLE_AFTER = re.compile(r"\b(?:during|at|on|in|called|titled|named|dubbed|"
                          r"(?:during|at|on|in|to)\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s"
                          # 'says in his book, "The Power of Habit."': the work's title
                          r"|(?:book|memoir|novel|film|documentary|album|song|show|program|programme|essay|blog)\s*,)"
                          r"\s*$")
_NEW_EVENT = re.compile(r"\b(?:before|after|while|then|until|later)\b")

_TITLE_IN_INTRO = re.compile(r"(?:On|In|At|During|Speaking|Writing|Appearing)\b.*(?:['’]s|\bon|\bin)\s*$", re.S)
_OBJECT_AFTER = re.compile(r"\s+(?!(?:in|on|at|of|to|for|from|about|during|after|before|with|by|as|when|while|and|but|"
                           r"then|outside|inside|near|behind|into|over|through|following|ahead|via|here|there|this|last|"
                           r"adding|saying|referring|noting|again|also|later|earlier|today|yesterday|tonight|now|once|twice|"
                           r"afterwards?|that\s+(?:day|night|week)|(?:\w+\s+)?(?:moments?|minutes?|hours?|days?|weeks?|months?|years?|decades?)|"
                           r"(?:more|less|very|quite|rather|most)\s+[a-z]+|[a-z]+ly)\b)"
                           r"[A-Za-z]")  # '..., she added the words'
_CLAUSE_OPEN = re.compile(",|" + DASH_OPEN.pattern)

_PREDICATE = re.compile(
    r"(?:is|are|was|were|will|would|has|have|had|could|can|must|should|may|might|remains|remained|won't|isn't|"
    r"wasn't|cannot|does|did|do|[a-z]{3,}ed)\b"
)
_SENTENCE_GOES_ON = re.compile(r"(?:to\s+[a-z]+|because|since|so\s+that|if|unless|until|in\s+order\s+to|even\s+if|"
                               r"(?:for|of|about|on)\s+(?:how|why|what|whether|which))\b")
_CLAUSE_START = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Tt]here|"
                           r"[Oo]ne|[Nn]o\s+one|[A-Z][\w'’-]*)\s+[^\s\x00]+\s+[^\s\x00]+")
_RELATIVE_START = re.compile(r"(?:which|where|who|whom|whose)\s")
_THEN = re.compile(r"then\b|(?:he|she|they)\s+(?:then|later)\b")
_COORDINATOR = re.compile(r"(?:and|but|yet|so)\s+", re.I)

_COMMA_JOINER = re.compile(r",\s*(?:and|but|while|yet|so)$", re.I)
_JOINER = re.compile(r"(?:and|but|while|though|although|yet|then)", re.I)
_INTRO = re.compile(r"(?:On|In|At|During|After|Before|Speaking|Asked|Writing|Later|Earlier)\b")


_WHO_HEAD = re.compile(r"(?P<np>(?:[A-Z][\w'’-]*|[a-z]+)(?:\s+[\w'’-]+){0,3}?)\s+who\s+(?:[a-z]+ly\s+)?"
                       r"(?:[a-z]{2,}ed|[a-z]{3,}s|was|were|is|are|has|have|had|spoke|left|fled|lost|met|saw)\b.*")
_ADVISES = re.compile(r"\s+(?:suggests|suggested|recommends|recommended|advises|advised)$")
_NOUN_THEN_PRONOUN = re.compile(
    r"(?![^,;]*\b(?:time|year|week|day|month|morning|night|weekend|pause|moment|while|minute)\b)"
    r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+"
    r"[^,;]*?\s(?<!\band\s)(?<!\bbut\s)(?<!\bso\s)(?<!\bthen\s)(?<!\bthat\s)(?<!\bas\s)(?<!\bwhen\s)"
    r"(?<!\bif\s)(?:they|he|she|we|it|I)")
_EVENTS = frozenset("fighting violence war clashes protests unrest crisis search talks negotiations investigation "
                    "probe trial hearing debate campaign strike strikes shelling bombing bombings attacks operation "
                    "operations rain storm outbreak".split())
_NAMED_AS = re.compile(r"\bwho\s+(?:goes\s+by|is\s+(?:named|called|known\s+as)|identified\s+\w+\s+as|gave\s+\w+\s+"
                       r"name\s+as|asked\s+to\s+be\s+identified)\b")  # '..., who goes by the nom de guerre Abu Mohammed'
_LIST_ITEM = re.compile(
    r"(?!(?:On|In|At|By|For|From|With|Under|After|Before|Since|While|When|Although|Despite|However|Meanwhile|But|And|"
    r"So|Still|Yet|Now|Today|Yesterday|Instead|Also|Separately|Later|Earlier|Elsewhere|Indeed|Nevertheless|Last|This|"
    r"Next|Then|Here|There|Thus|Overall|Finally|First|Second|Third|Again|Already|Together|Yes|No|Well|Moreover|"
    r"Furthermore|Besides|Otherwise)\b|[A-Z][a-z]+ly\b)(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,4}")
_LIST_HEAD = re.compile(rf"\s*(?:{_LIST_ITEM.pattern},\s*)+")
_ADDRESSEE_APPOSITION = re.compile(r",\s+(?:a|an|the|his|her|their)\s+[^,\x00]{1,60},\s+"
                                   r"(?=(?:whether|if|that|to|why|how|what|when|where)\b)")
_QUOTE_THEN_AND = re.compile(r"\x00,?\s+(?:and|but)$")
_WITH_QUOTE = re.compile(r"with\s+(?=\x00)")
_REPLY_FORMS = frozenset(_REPLIES.split("|"))
_PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\b")
_RELATIVE_OBJECT = re.compile(r"(?:which|whom)\s", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)(?:\s+(?!(?:is|are|was|were|has|have|had)\b)"
                           r"(?![a-z]+ed\b)[\w'’.-]+){0,8}$")

# A speaker inside a condition: 'if (commanders on the ground in) Afghanistan told him'; no verb in between.
_MODAL = re.compile(r"\b(?:can|could|would|might|may|should|must|will)\b")
