"""Clause-level helpers shared by the attribution frames of summarizer/statements.py.

Holds the draft statement every frame returns (`Draft`), span trimming and kinds (`trim`, `kind_of`), the tests of
a speaker phrase (`speaker_ok`, `is_finding`), how a speaker is read off the words before a cue
(`preceding_chunk`, `clean_speaker`, `tail_noun_phrase`, `subject_at`), how content is cut after a cue
(`clause_content`, `content_after`, `after_colon`), and the regular expressions and word sets that these helpers
and more than one frame module use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.cues import ADVERB, BELIEF_VERBS, CUE_RE, FINDING_NOUNS, PRONOUNS, SPEECH_VERBS, TITLE_WORDS
from summarizer.given_names import gender_of
from summarizer.quotes import MASK
from summarizer.speakers import (
    FUNCTION_WORDS,
    JOINT,
    LEADING_CONJ,
    PERSON_HEADS,
    PLACEHOLDER_WORDS,
    REGIONS,
    STATES,
    US_STATES,
    after_dateline,
    is_org,
    name_part,
    person_head,
)

_BELIEF = frozenset(BELIEF_VERBS)
# 'would never have called herself a nerd', 'no one could have predicted': what was not said
COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)(?:n['’]t)?(?:\s+(?:not|never))?\s+have\s+$")
# Verbs a person says and a thing shows: 'Lavrov indicated that ...' is speech, 'a second handshake suggested that
# ...' a finding.
_PEOPLE_NOUNS = frozenset("family commentators pundits observers scholars friends people".split())
_SAID_OR_FOUND = frozenset("indicate indicates indicated suggest suggests suggested".split())

_CLAUSE_BREAK = re.compile(r"[;:()\x00]|(?<!\d),|,(?!\d)|\s[—–―-]{1,2}\s|[—–―]")  # not the comma in '8,000'
DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)(?!['’]s\b)"  # not "Thursday's vote"
ADVERBIAL = re.compile(
    rf"""(?:\s*,?\s*(?:(?:on|late|early|last|this)\s+)?{DAY}(?:\s+(?:morning|afternoon|evening|night))?
    |\s+(?:earlier|later|again|also|recently|publicly|repeatedly|previously|privately|bluntly|flatly|
        (?:last|this)\s+(?:weekend|week|month|year|morning|afternoon|evening)|in\s+(?:one\s+of\s+)?(?:a|an|his|her|their|the|its)\s+
        (?:[\w-]+\s+){{0,2}}(?:statement|interview|speech|post|tweet|letter|release|video|op-ed|email|
        conference|briefing|address|appearance|remarks|message|call|debate|sermon)s?
        (?:\s+(?:with|to|on|at|in)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){{0,2}}
        (?:(?:newspaper|magazine|daily|weekly|broadcaster|channel|network|radio|station|outlet|agency|television)\s+)?
        (?:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,3}}|\x00+))?
        |at\s+(?:a|the)\s+(?:[\w-]+\s+){{0,2}}(?:conference|briefing|rally|event|summit|meeting|hearing)
        |(?:after|before|during|following)\s+(?:the|a|his|her|their|this|last|Monday's)\s+(?:[\w'’-]+\s+){{0,2}}
        (?:convention|debate|meeting|summit|talks|vote|election|hearing|speech|rally|conference|briefing|forum|
        ceremony|session|visit|call)
        |on\s+(?:Twitter|X|Facebook|Telegram|Instagram|Truth\s+Social|television|TV)
        |on\s+(?:its|his|her|their|the)\s+(?:official\s+)?(?:website|web\s+site|blog|Facebook\s+page|Twitter\s+account)
        |in\s+(?:[Tt]he\s+)?(?:[A-Z][\w.'’&-]*\s+){{1,3}}(?:newspaper|magazine|daily|weekly|journal)
        |in\s+(?:19|20)\d\d|in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?)(?!\w)
    )*""",
    re.X,
)

TIME_UNITS = frozenset("days months years hours minutes moments decades".split())
_NON_SPEAKER = frozenset(
    """is was were are be been being not to will would could should can may might did do does which who whom
    whose if because than there here what how why it's that's as""".split()
)
_NAME_MODALS = frozenset({"may", "will"})  # 'Theresa May', 'Will Smith'
# --------------------------------------------------------------------------- speaker phrases
_CLOSE_TO = re.compile(
    r"(?:[Tt]hose|[Pp]eople|[Ss]ources|[Oo]fficials|[Aa]ides|[Ff]riends|[Aa]llies|[Dd]iplomats|[Oo]ne\s+person)\s+"
    r"(?:(?:close|familiar|briefed)\s+(?:to|with|on)|with\s+knowledge\s+of)\s"
)


_GROUP_NAMES = re.compile(r"\b[A-Z]{1,2}\d{1,2}\b")  # 'G7', 'G20', 'E3', 'P5'


# Nouns that count a group: 'a number of', 'a chorus of', 'hundreds of'.
# Who vote, not speak, when they reject or back something: 'the House of Commons rejected the measure'
BALLOTERS = frozenset("voters electorate electors shareholders commons parliament senate legislature congress "
                      "bundestag duma knesset".split())
QUANTIFIERS = frozenset("many some most several other others all both two three four five the".split())
COLLECTIVES = frozenset("range number group host series handful couple lot bunch coalition majority minority dozen "
                        "dozens hundreds thousands variety chorus".split())
SERVING = frozenset("aide aides adviser advisers advisor advisors ambassador ambassadors envoy envoys spokesman "
                     "spokeswoman spokesperson assistant assistants counselor counsellor successor".split())


_AGE = re.compile(r"\b\d{1,3}-year-old\b")  # 'the 34-year-old mother of three'


_COUNT_LEAD = re.compile(r"(?:[Aa]t\s+(?:least|most)|[Mm]ore\s+than|[Ff]ewer\s+than|[Nn]early|[Aa]lmost)\s+(?=[\d]|one|two|three|"
                         r"four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds|thousands)")


# Documents sent to someone: 'The GOP's complaint to the board says', 'a letter to members said'.
_ADDRESSED = frozenset("letter letters complaint memo petition appeal message submission request".split())


def _named_to(words: list[str], i: int) -> bool:
    """'Committee to Protect Journalists': a 'to' inside a name, between capitalised words."""
    return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


def speaker_ok(chunk: str) -> bool:
    counted = _COUNT_LEAD.match(chunk)
    if counted:  # 'At least three members of Congress', 'More than 100 lawmakers': judge the counted noun phrase
        chunk = chunk[counted.end():]
    if poll_share(chunk):
        return True  # 'Another 19 percent said', '80% of women said': a poll's finding, marked as one
    words = chunk.split()
    if not 1 <= len(words) <= 10:
        return False
    lower = [w.lower().strip(",.") for w in words]
    if _CLOSE_TO.match(chunk) and len(words) <= 8:
        return True  # 'Those close to him', 'people familiar with the talks'
    if any(w in _NON_SPEAKER and not (w == "to" and i and (lower[i - 1] in SERVING | _ADDRESSED or _named_to(words, i)))
           and not (w in _NAME_MODALS and words[i][:1].isupper()) for i, w in enumerate(lower)):
        return False  # 'An aide to Lavrov' and 'The Committee to Protect Journalists' are speakers; 'to do so' is not
    if lower[0] in PRONOUNS and not (lower[0] == "her" and person_head(chunk)):  # 'her father' speaks
        return len(words) == 1
    if len(words) == 1 and lower[0] in TIME_UNITS:
        return False  # 'Days before Foley's killing, his family sent a message asking ...
    if len(words) == 1 and lower[0] in ADVERBS:
        return False  # 'Often described as "the upside down tree"': a participle, no speaker
    if lower[0] in {"based", "due", "thanks", "owing"} and len(words) > 1 and lower[1] in {"on", "to"}:
        return False  # 'based on courtroom reporter pool | notes': a preposition phrase, not a speaker
    if lower[0].endswith("ing") and words[0].islower() and lower[-1] not in GROUP_HEADS:
        return False  # 'citing two reports': a participle phrase, not a speaker ('restructuring experts' is)
    if any(ch.isdigit() for ch in _AGE.sub("", _GROUP_NAMES.sub("", chunk))) \
            and not re.search(r"\b\d[\d,]*\s+(?:\w+s|people)\b", chunk) \
            and len(name_part(chunk).split()) < 2:
        return False  # '9/11 widow Terry Strada' and 'the G7 ministers' are speakers; '2016 was' is not
    capitalised = words[0][0].isupper()
    return capitalised or lower[0] in PLACEHOLDER_WORDS or lower[0] in INDEFINITE or len(words) <= 5


def preceding_chunk(frame: str, s: int, cue_start: int) -> tuple[int, str]:
    """Start and text of the noun phrase right before a cue, within its clause."""
    region = _INSET.sub(lambda m: " " * len(m.group(0)), frame[s:cue_start])
    cut = 0
    for m in _CLAUSE_BREAK.finditer(region):
        cut = m.end()
    raw = region[cut:]
    conj = LEADING_CONJ.match(raw.lstrip())
    if conj and raw.lstrip()[:1].isupper() and region[:cut].rstrip().endswith(","):
        conj = None  # ', So Se Pyong said': a capital after a comma starts a name, not a conjunction
    offset = len(raw) - len(raw.lstrip())
    if conj:
        offset += conj.end()
    text = raw[offset:].rstrip()
    return s + cut + offset, text


# --------------------------------------------------------------------------- draft statements
@dataclass
class Draft:
    speaker: str
    speaker_pos: int
    cue: str
    start: int
    end: int
    kind: str
    is_speech: bool
    apposition: str = ""


def trim(frame: str, s: int, e: int) -> tuple[int, int]:
    while s < e and frame[s] in " ,:;—–―-":
        s += 1
    while e > s and (frame[e - 1] in " ,;:—–―-" or (frame[e - 1] in ".!?" and frame[e - 2] != MASK)):
        e -= 1
    return s, e


def kind_of(frame: str, s: int, e: int) -> str:
    seg = frame[s:e]
    if MASK not in seg:
        return "reported"
    if seg.strip(MASK + " .,") == "":
        return "direct"
    return "mixed"


# Where the head noun of a speaker phrase ends: 'a study (published Wednesday)', 'reports (by the OECD)'.
_AFTER_HEAD = re.compile(r"\s+(?:published|released|conducted|issued|commissioned|carried|by|in|from|of|on|at|for|"
                         r"last|this|with)\b")


# 'Two-thirds say ...', '73 percent said ...', 'Another 19 percent': a poll's share of respondents, a finding
_POLL_SHARE = re.compile(
    r"(?:(?:only|another|about|nearly|almost|just|roughly|some|more than|fewer than|less than|over|under)\s+)?"
    r"(?:(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:%|percent|per cent)|half|a third|a quarter|one-third|two-thirds|three-quarters|"
    r"(?:one|two|three|four|nine) in (?:\d+|two|three|four|five|ten)|a majority|the majority|respondents)"
    r"(?:\s+of\s+(?:them|those\s+(?:polled|surveyed|asked)|(?:our\s+|the\s+)?(?:survey\s+|poll\s+)?respondents|"
    r"voters|americans))?")
# A percentage of some people: '80% of women', 'only 29% of the moms'; what they said is what a survey found.
_SURVEY_SHARE = re.compile(
    r"(?:(?:only|about|nearly|almost|just|roughly|some|more than|fewer than|less than|over|under)\s+){0,2}"
    r"\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:[a-z-]+s|people|women|men|children)")


def poll_share(speaker: str) -> bool:
    low = speaker.lower().strip()
    return _POLL_SHARE.fullmatch(low) is not None or _SURVEY_SHARE.fullmatch(low) is not None


def finding_head(speaker: str) -> str:
    """The noun before the phrase that describes it: 'poll' in 'The latest poll released Friday'."""
    core = _AFTER_HEAD.split(speaker.lower(), maxsplit=1)[0].split()
    return core[-1].strip(".,'’") if core else ""


def is_finding(speaker: str, verb: str) -> bool:
    if poll_share(speaker):
        return True
    head = speaker.lower().split()[-1].strip(".,'’") if speaker.split() else ""
    core_head = finding_head(speaker)
    if core_head in FINDING_NOUNS and core_head not in ("report", "reports"):
        # 'a study published Wednesday' is a finding; 'a report by Amnesty International' speaks for it
        head = core_head
    first = verb.split()[0] if verb.split() else ""
    if first in _SAID_OR_FOUND:  # 'Lavrov indicated that' is speech; 'the data', 'the coming year' indicate
        words = speaker.split()
        if len(words) > 1 and words[-1].lower() in ("all", "both", "each", "too", "also"):
            words.pop()  # 'Sherrod Brown and Robert Menendez all suggested'
            speaker, head = " ".join(words), words[-1].lower().strip(".,'’")
        someone = head in PRONOUNS or head in GROUP_HEADS or bool(name_part(speaker)) or person_head(speaker) \
            or is_org(speaker) or head[:-1] in PERSON_HEADS or head in _PEOPLE_NOUNS  # 'some commentators suggested'
        return head in FINDING_NOUNS or not someone
    return first in _BELIEF or head in FINDING_NOUNS


GROUP_HEADS = frozenset(
    """officials leaders ministers lawmakers legislators senators diplomats demonstrators protesters protestors critics
    supporters opponents activists democrats republicans delegates members voters residents advocates campaigners
    experts analysts economists observers scientists historians researchers
    allies rivals executives prosecutors investigators negotiators envoys ambassadors spokesmen authorities
    governments countries nations states parties unions groups organizations organisations forces troops police
    militants rebels""".split()
)
SUBORDINATORS = frozenset("after before when while as if because since although though once until".split())
# The verb after a subject; a word in -s before a verb in -ed or 'of', or a group noun, is a noun ('several
# environmental | groups granted', 'The foreign | ministers of Sweden').
_FINITE_NEXT = (rf"(?:\s+(?:in|on|last|this)\s+\w+)?(?:\s+(?:also|still|then|later|already|again|now))?\s+(?:[a-z]+ed|(?!(?:{'|'.join(sorted(GROUP_HEADS))})\b)[a-z]+s"
                r"(?!\s+(?:[a-z]+ed|of|were|are|have|had|will|would|could|can|say|said)\b)|has|had|have|was|is|were|are|will|would|"
                r"sent|met|took|gave|made|held|went|came|stood|began|brought)\b")
# A capitalised subject may go on to its head noun: 'The G7 foreign ministers', "China's foreign ministry".
_HEAD_TAIL = (rf"(?:(?:['’]s)?(?:\s+[a-z][\w-]*){{0,2}}\s+(?:{'|'.join(sorted(GROUP_HEADS))}|ministry|council|"
              rf"government|office|department|agency|commission|committee|delegation)(?={_FINITE_NEXT}))?")
_SUBJECT_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|Small|Large|[Ss]everal|[Mm]any|[Ss]ome|Most|Few|Dozens|Hundreds|Tens|Millions|"
    r"Thousands|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|Other|Local|Senior|Top|Former)\s+"
    r"(?:(?:[a-z][\w'’-]*|[A-Z][a-z]+(?:an|ese|ish|ic|i|ch))\s+){0,3}?"
    r"(?!(?:also|still|then|later|already|again|now)\b)[a-z][\w'’-]*(?<!\sof)"  # 'Two Democratic speechwriters'
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,3})?"  # 'The foreign ministers of Sweden'
    rf"(?={_FINITE_NEXT})"  # 'A group of doctors (in 2015) sent'
    # 'The Coalition for Court Transparency, an alliance of ..., has launched'
    rf"|[Tt]he\s+(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){{0,4}}[A-Z][\w'’.&-]*{_HEAD_TAIL}(?=\s+[a-z]|,)"
    r"|(?:[A-Z][\w'’.-]*\s+){1,3}(?:forces|officials|troops|leaders|ministers|diplomats|authorities|police|"
    r"protesters|lawmakers|prosecutors|investigators|negotiators|state\s+media)\b"
    # 'CNN political editor Mark Preston agreed': an outlet or a country, a role, then the name
    rf"|(?:[A-Z][\w'’.-]*\s+){{1,3}}(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(sorted(PERSON_HEADS))})\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?=\s+[a-z])"
    rf"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*{_HEAD_TAIL}|[Hh]e\b|[Ss]he\b|[Tt]hey\b"
)


_OPENING_CONJ = re.compile(r"(?:But|And|Yet|So)\s+(?=[a-zA-Z])")


def subject_at(frame: str, start: int, end: int) -> re.Match[str] | None:
    """The subject at the start of a sentence ('The band leader called ...'); a bare article is none."""
    opener = _OPENING_CONJ.match(frame, start, end)
    m = _SUBJECT_RE.match(frame, opener.end() if opener else start, end)
    if m is None or m.group(0).lower() in PLACEHOLDER_WORDS or m.group(0).split()[0].lower() in SUBORDINATORS:
        return None
    return m


# Adverbs that open a sentence before a participle: no speaker ('Often described as ...').
ADVERBS = frozenset("often sometimes once also then now later still widely long frequently usually ever never".split())
CLAUSE_END = re.compile(r"\s*(?:;|(?<!\d),|,(?!\d)|\s[—–―-]{1,2}\s|[—–―])")


_REGION_AFTER_TOWN = re.compile(
    rf"(?<=[a-z.]),\s+(?:{'|'.join(re.escape(r) for r in sorted(REGIONS, key=len, reverse=True))})(?=,)")
_CLAUSE_AFTER_REGION = re.compile(r",\s+(?:[a-z]+ing|and|or|but|which|who|where)\b")


def past_region(frame: str, pos: int) -> int:
    """'repaired the center in Aurora, Illinois, by October': the commas around a state or country after a town
    break no clause. Where the next clause may break instead: after the region ('in Tulsa, Oklahoma, | arguing
    ...'), or pos when the comma at pos is not one of them."""
    m = _REGION_AFTER_TOWN.match(frame, pos)
    if m is None:
        return pos
    town = re.search(r"([A-Z][\w'’.-]*)$", frame[max(0, pos - 40):pos])
    if town is None or town.group(1).lower() in STATES or (town.group(1) in US_STATES and "D.C." not in m.group(0)):
        return pos  # 'Mali, Niger, and Chad': a list of countries
    return m.end() if _CLAUSE_AFTER_REGION.match(frame, m.end()) else m.end() + 1


def clause_content(frame: str, cs: int, e: int, min_len: int = 12) -> tuple[int, int]:
    """Content from cs to the end of its clause: the sentence end or the first comma/dash after a quote."""
    last_mask = frame.rfind(MASK, cs, e)
    search_from = max(cs + min_len, last_mask + 1 if last_mask >= 0 else cs)
    m = CLAUSE_END.search(frame, search_from, e)
    end = m.start() if m and len(frame[m.end():e].split()) >= 3 else e
    return trim(frame, cs, end)


# A second predicate of the same subject ends the content: 'claimed X, but offered no proof', '... and added'.
_BELIEF_FORMS = sorted({*BELIEF_VERBS, *"expected feared hoped worried knew felt".split()})
COORDINATED = re.compile(
    rf",?\s+but\s+(?:(?:also|then|later|still|never|did\s+not|didn['’]t|has|had)\s+)*(?!(?:{'|'.join(_BELIEF_FORMS)})\b)"
    r"(?:[a-z]+ed|said|told|wrote|spoke)\b"  # '..., but declined to ...'; not 'but expected ...', which goes on
    r"|,?\s+but\s+(?:he|she|they|it|we)\s+(?:has|have|had|is|was|also|did|does|will|would)\b"
    # '..., but did not get more specific', 'but wouldn't say why': what the speaker left unsaid is narration
    r"|,?\s+but\s+(?:did|does|would|could|will)(?:\s+not|n['’]t)\s+(?:say|comment|elaborate|specify|discuss|disclose|"
    r"confirm|identify|name|get\s+(?:more\s+)?specific|go\s+into|give\s+(?:details|specifics)|provide\s+(?:details|specifics))\b"
    r"|,\s+but\s+(?:he|she|they|we)\s+[a-z]{3,}(?:s|ed)\b"
    r"|,\s+but\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:would|will|has|had|is|was)\b"  # ', but Mrs. Clinton would'
    r"|,?\s+and\s+(?:(?:also|then|later)\s+)?(?:added|said|says|offered|declined|refused|encouraged|encourages|called|"
    r"calls|urged|urges|vowed|noted|accused|accuses|repeatedly\s+says|asked|told|tweeted|went\s+on)\b"
    # ', and at least three members of Congress have publicly called for ...': a new subject's own act
    r"|,\s+and\s+(?:[\w'’-]+\s+){1,6}?(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:called|demanded|urged|said|asked)\b"
)
_AUX = r"is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does"
_FINITE_AUX = re.compile(rf"\b(?:{_AUX})\b")
_FRONTED_PHRASE = re.compile(
    r"(?:that\s+)?(?:in|at|on|during|among|across|for|after|before|since|under|within|of|from)\s+"
    rf"(?![^,;]*\b(?:{_AUX}|do)\b)[^,;\x00]*")
# Reported content also ends at a comment clause: '..., which forced her ...', '..., although he refused ...'.
REPORTED_END = re.compile(
    r";|,\s+(?:which(?![^,;]*,\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|"
    r"did|does)\s)|although|though|even\s+as|whereas|(?:after|before|following)\s+which)\b"
    r"|,\s+[a-z]+ly\s+[a-z]{3,}ing\b[^,;]*$"
    r"|,\s+(?:citing|noting|adding|arguing|saying|insisting|warning|calling)\b[^,;]*$"
    # '..., creating the possibility ...', '..., prompting protests': what followed, in the writer's words
    r"|,\s+(?:(?:creating|raising)\s+the\s+(?:possibility|prospect|specter|spectre|question)"
    r"|prompting|sparking|triggering|fueling|fuelling)\b"
    # '..., a claim the ministry denied': the writer's comment on the content, not part of it
    r"|,\s+(?:a|an)\s+(?:claim|charge|assertion|allegation|accusation|view|position|suggestion|remark|statement)\s+"
    r"(?:that|which|the|he|she|they|it|[A-Z])"
    r"|\s+and\s+(?:then\s+)?(?:started|began|burst|broke\s+down|walked\s+out|walked\s+away)\b"  # '... and started crying'
    r"|,?\s+and\s+where\s"  # 'the White House, where the president said A and where his calls went to ...'
    r"|\s+(?:--|[—―])\s+(?:and|but)\s+(?:while|when|as|after|then)\b"  # '... hands -- and while praising the generals, he
    r"|\s+and\s+(?:(?:also|then|later)\s+)?(?:warned|suggested|criticized|criticised|insisted|argued|claimed|"
    r"promised|pledged|predicted|stressed|attempted|refused|declined)\b"
)

# '"...," said one Democratic source on the panel.': an indefinite speaker after an inverted cue.
INDEFINITE = frozenset("a an one another two three several some many other".split())

PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being)\s|\w['’]re\s")  # 'They're called out for'
# 'had been advised of his rights and | told that ...': a verb coordinated with a passive one is passive too
PASSIVE_AND = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b[^,.;:\x00]{0,60}\s+and\s+$")

_SUBORDINATE_SUBJECT = re.compile(
    r"\s(?i:as|when|while|after|before|because|since|though|although|where|if|now\s+that"
    r"|(?:in|under|during|by|from|after)\s+which)\s+"
    r"(?:(?:rival|fellow)\s+)?"  # 'after rival Donald Trump'
    r"(?P<sp>he|she|they|we|I|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}"
    rf"|(?:[a-z][\w-]*\s+)?(?:{'|'.join(sorted(GROUP_HEADS))})"  # 'as officials praised'
    rf"|(?:a|an|the|one)\s+(?:[a-z][\w-]*\s+)?(?:{'|'.join(sorted(PERSON_HEADS | {'guest', 'customer'}))}))$"  # 'when a guest asked'
)
# 'Prices rose and the ministry | warned', 'The talks ended and Lavrov | said': a new clause's subject speaks.
_NP_AFTER_AND = r"(?P<sp>(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w'’.-]+\s+){0,3}[\w'’.-]+)$"
_CLAUSE_AND_SUBJECT = re.compile(
    r"(?<![Tt]here)\s+(?:(?:[a-z]{3,}ed|rose|fell|grew|began|broke|came|went)"
    r"(?:\s+(?:[a-z]{3,}ly|overnight|today|yesterday|again|on\s+[A-Z][a-z]+day))?"
    r"|(?:was|were|is|are)\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+and\s+" + _NP_AFTER_AND
)
AND_PREDICATE = re.compile(
    r",?\s+and\s+(?:then\s+|also\s+|later\s+|(?!only\b)[a-z]{3,}ly\s+)?(?:[a-z]{3,}ed\s+(?:to|the|a|an|that|his|her|their|its)\b"
    r"|(?:helped|urged|asked|warned|vowed|pledged|promised|accused|criticized|criticised|praised|demanded|"
    r"condemned)\s+(?!by\b)[a-z]"
    r"|(?:left|went|took|gave|made|walked|ran)\s+(?:the|a|an|his|her|their|its|home|out|back|away)\b)"
)
_OBJECT_NP = re.compile(r"(?:an?|the|his|her|their|its|no|new)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}")

NP_BREAKERS = frozenset("that which who had has have is isn't was wasn't are were did didn't does doesn't".split())

COLON_QUOTE = re.compile(r":\s*(?=\x00)")


def after_colon(frame: str, cs: int, ce: int) -> tuple[int, int]:
    """'McCaskill scolded him: "A," she said': narration before a colon that opens the quote is not content."""
    intro = COLON_QUOTE.search(frame, cs, ce)
    if intro and frame[intro.end():ce].strip(MASK + " .,") == "":
        return intro.end(), ce
    return cs, ce


# After a quote, when and how it was said is narration: '"a disgrace" Wednesday', '"partial," meaning it ...'.
_WHEN_TAIL = re.compile(
    rf"\s+(?:(?:on|late|early)\s+)?{DAY}\b|\s+(?:last|this)\s+(?:week|month|year|weekend)\b"
    r"|\s+(?:meaning|including|adding|saying|noting|leaving|prompting|sparking)\b"
)
_PREDICATE_AFTER = re.compile(r"\s*(?:was|were|is|are|has|have|had|will|would|could|can|should|may|might|must|did|"
                              r"does|remains|remained|said|says)\b")
_NAME_APPOSITION = re.compile(r"\s([A-Z][\w.'’-]*),\s+(?:the|a|an)\s+[a-z][^,;]*(?:,|$)")

SPEECH_FORMS = frozenset(SPEECH_VERBS)
_REVEALS = frozenset("revealed reveals disclosed discloses conceded concedes acknowledged acknowledges".split())

DOER_PRONOUN = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "they": "they", "them": "they",
                "their": "they"}

AND_BEFORE = re.compile(r"(?:^|[\s,])(?:and|but)(?:\s+(?:also|then|later))?$")

# '... chanted "What curfew?" and kept going': a second predicate after the quoted object is narration.
_AND_VERB = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:[a-z]+(?:ed|ing)|kept|went|left|ran|made|took|gave|got|came|began)\b(?!\s*\x00)"
)

# who was told, up to 'that': 'told the ministers that', 'told the judge who sentenced her to prison that'
# 'told CNN the contention that ...': a noun whose that-clause is its content is no addressee
_CONTENT_NOUNS = "contention claim claims idea notion argument suggestion assertion allegation theory belief view".split()
TOLD_THAT = re.compile(r"(?:(?!to\s|--|[—―]|(?:he|she|they|we|I)\s+[a-z]+(?:ed|s|d)\s)[^\s\x00,;]+\s+){1,12}?"
                       + "".join(rf"(?<!\b{n}\s)" for n in _CONTENT_NOUNS) + r"(?=that\b)"
                       r"|(?:[^\s\x00,;]+\s+){1,3}?(?:who|whom)\s+[^\x00,;]{0,80}?\s(?=that\b)")
LATE_THAT = re.compile(
    r"[^.\x00]{0,80}?,\s+(?=that\b)"
    r"|(?:--|[—―])\s*(?:in|at|on|during|after|before|from|with|to)\s[^.\x00—―]{0,80}?(?:\s--|[—―])\s*(?=that\b)"
)  # 'said on Monday, that ...', 'said -- in an outburst -- that ...'
_DASH_PARTICIPLE = re.compile(r"\s+(?:--|[—―])\s+(?:responding|reacting|referring|apparently|presumably|"
                              r"echoing|citing|following|amid)\b")
_TAIL_PRONOUN = re.compile(r"\b(he|she|they|we|I)$")


_AND_SPEECH = re.compile(
    r",?\s+and\s+(?:(?:also|then|later|has|have|had)\s+)*(?P<verb>[a-z]+)\s+(?=that\b|\x00)"  # 'and has revealed that'
)


# A clause saying when or why: 'after hackers targeted ...'; it ends an object or an infinitive's content.
ADVERBIAL_CLAUSE = re.compile(
    r",?\s+(?:after|before|because|while|since|although|though|even\s+though|until)\s+"
    r"(?=(?:he|she|they|it|we|I|the|a|an|his|her|their|its|[A-Z][\w'’.-]*|[a-z]+s)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|could|says?|did|does|do)\b)"
)
# 'condemned the launch as Pyongyang fired three missiles': 'as' opening a clause with a past verb is a time, while
# 'condemned the launch as a provocation' names what the act called it
AS_TIME_CLAUSE = re.compile(r"\s+as\s+(?=(?:he|she|they|it|we|[A-Z][\w'’.-]*)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b)")
# A credit inserted after an object or a clause: 'Russia rejected the offer, the ministry said, and ...'.
_CREDITED_BY = r"(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,5}?"  # 'the Foreign Ministry', 'Borrell' before the verb
_CREDIT_VERBS = r"(?:said|says|added|adds|told\s+[\w.]+)"
INSERTED_CREDIT = re.compile(rf",\s+(?!as\s){_CREDITED_BY}(?:{_CREDIT_VERBS}|according\s+to\s+[^,]{{1,60}})\s*(?:,|$)")
# The same credit with the sentence going on after it: 'China protested the U.S. action, the ministry said, and ...'.
PARENTHETICAL_CREDIT = re.compile(rf",\s+{_CREDITED_BY}{_CREDIT_VERBS},\s+(?=\S)")
_TRAILING_CREDIT = re.compile(
    r",\s+(?:said|says|added|adds|wrote|writes|according\s+to)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
    r"\s*[.]?$"
    # '..., state media reported': the medium that carried it
    r"|(?:,|(?<=\x00))\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}"
    r"(?:media|agency|newspaper|television|TV|radio|outlets?|broadcaster|network|channel|daily|tabloid|website)\s+"
    r"(?:[A-Z][\w.-]*\s+){0,2}(?:reported|said|reports|says)\s*[.]?$"  # "China's state-run media Xinhua reported"
)


_VENUE = (r"statement|interview|speech|post|tweet|letter|release|video|op-ed|column|email|conference|briefing|address|"
          r"appearance|remarks|message|call|debate|ruling|decision|verdict|diatribe|hearing|editorial|essay|broadcast|memo|filing|rally|"
          r"meeting|forum|summit|convention|ceremony|event|session|podcast|show|program|programme|town\s+hall|"
          r"visit|trip|tour|stop|stopover")
VENUE = re.compile(rf"\b(?:{_VENUE})\b")
# Where and when something was said, after an object: 'denounced the annexation | in an on-air diatribe'.
CIRCUMSTANCE = re.compile(
    rf"\s+(?:(?:in|at|during)\s+(?:a|an|his|her|their|its|the|this|last|Monday's|[A-Z][a-z]+'s)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_VENUE})\b"
    r"|in\s+(?:[\w'’-]+\s+){0,2}(?:tweets|posts|remarks|interviews|statements|speeches|comments)\b"
    rf"|at\s+last\s+week['’]s\s|since\s|while\s+at\s|on\s+{DAY}|(?:(?:earlier|later)\s+)?(?:last|this|next)\s+"
    r"(?:week|month|year|weekend)\b(?!['’])|in\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:19|20)\d\d)\b)"
)


def past_fronted_which(frame: str, cs: int, ce: int, end: re.Match[str] | None) -> re.Match[str] | None:
    """The end of a clause, read past a which-clause inside a phrase put first: in 'that in the three largest
    cities, which include Kyiv, the shelling has stopped' the clause's own verb is still to come."""
    while end is not None and end.group(0).startswith(", which") and _FRONTED_PHRASE.fullmatch(frame, cs, end.start()):
        inner = frame.find(",", end.end(), ce)
        if inner < 0:
            return None
        end = end.re.search(frame, inner + 1, ce)
    return end


def content_after(frame: str, start: int, e: int, rest: str) -> tuple[int, int]:
    """Content after a cue; skips a long adverbial ending in 'that', stops before a second attribution."""
    that = LATE_THAT.match(rest) or PREP_THAT.match(rest)
    if that and not rest.startswith("that "):
        start = frame.find(rest, start) + that.end()
    cs, ce = trim(frame, start, e)
    if frame[cs:cs + 1] == MASK:
        # '“That makes me smart,” when Clinton blasted him': narration after a leading quote is not content.
        q_end = cs
        while q_end < ce and frame[q_end] == MASK:
            q_end += 1
        if SUBORDINATE.match(frame, q_end, ce) or _AND_VERB.match(frame, q_end, ce):
            return cs, q_end
    coord = COORDINATED.search(frame, cs + 8, ce) or REPORTED_END.search(frame, cs + 8, ce)
    linked = coord.group(0).lstrip(" ,") if coord is not None else ""
    if coord is not None and linked.startswith("and ") \
            and PASSIVE_AND.search(frame, cs, coord.end() - len(linked) + 4):
        coord = REPORTED_END.search(frame, coord.end(), ce)  # '... had been advised of his rights and told that ...'
    if coord is not None and coord.re is REPORTED_END:
        coord = past_fronted_which(frame, cs, ce, coord)
    second = AND_PREDICATE.search(frame, cs + 4, ce)
    if second and (coord is None or second.start() < coord.start()) and _OBJECT_NP.fullmatch(frame[cs:second.start()]):
        coord = second  # 'has promised a veto and attempted to ...': the object is a noun phrase
    said = _AND_SPEECH.search(frame, cs + 8, ce)
    if said and PASSIVE_AND.search(frame, cs, said.start("verb")):
        said = None  # '... had been advised of his rights and told that ...': the passive goes on
    if said and (said.group("verb") in SPEECH_FORMS or said.group("verb") in _REVEALS) and (
            coord is None or said.start() < coord.start()):
        coord = said  # 'accused the government of X and asserted that Y': the same speaker's second statement
    # A quote after the break stays in unless a second speech verb takes it: '..., but admitted that "..."'.
    if coord and (MASK not in frame[coord.start():ce] or coord.group(0).split()[-1] in SPEECH_FORMS
                  or coord.group(0).lstrip()[:1] in "-—―"):  # '-- and while praising ..., he said "..."': his next
        ce = trim(frame, cs, coord.start())[1]
        new_subject = _NEW_SUBJECT_TAIL.search(frame, cs, ce)
        if new_subject:  # '... the devil, I laughed | and said': the next statement has its own subject
            ce = new_subject.start()
    for m in CUE_RE.finditer(frame, cs, ce):
        if m.group("verb").split()[0] in _BELIEF or PASSIVE_AND.search(frame, cs, m.start("verb")):
            continue  # '..., but she knows that ...': a belief of the same speaker stays in the statement
        comma = max(frame.rfind(",", cs, m.start()), frame.rfind("—", cs, m.start()), frame.rfind("―", cs, m.start()))
        quote_end = frame.rfind(MASK, cs, m.start())  # '"... a gun," but he said': the comma is inside the quote
        if quote_end > comma and (_JOINED_SPEAKER.fullmatch(frame[quote_end + 1:m.start()].strip())
                                  or DOCUMENT_CREDIT.fullmatch(frame[quote_end + 1:m.start()].strip(" ,"))):
            return trim(frame, cs, quote_end + 1)  # '..., "meant to murder ...," the Tuesday statement said'
        joined = _AND_SUBJECT.search(frame, cs, m.start())
        if joined and joined.start() > cs + 8:  # '... the investigation and Democrats accused the GOP'
            return trim(frame, cs, joined.start())
        if comma < 0:
            continue
        between = frame[comma + 1:m.start()].strip()
        if _NEXT_SPEAKER.fullmatch(between) and (between or m.group("verb").endswith("ing")):
            # '..., but he said that B' / '..., adding that B': a second attribution starts here, and a lead-in
            # clause of its own goes with it ('..., and when pressed on why, the mother replied').
            lead_in = _LEAD_IN_TAIL.search(frame[cs:comma])
            return trim(frame, cs, cs + lead_in.start() if lead_in and lead_in.start() >= 8 else comma)
    contrast = _WHILE_OTHERS.search(frame, cs + 8, ce) if frame.startswith("to ", cs) else None
    if contrast:  # 'pledged to respect minority rights, while al-Nour supports ...': an infinitive has no subject
        ce = contrast.start()
    inserted = INSERTED_CREDIT.search(frame, cs + 4, ce)
    if inserted and MASK not in frame[inserted.start():inserted.end()]:
        ce = inserted.start()  # '... the offer, the ministry said, and ...': another speaker's credit
    aside = _DASH_PARTICIPLE.search(frame, cs + 8, ce)
    if aside and MASK not in frame[aside.start():ce]:
        ce = aside.start()  # '... troops into Ukraine -- responding to Western warnings': the writer's note
    credit = _TRAILING_CREDIT.search(frame, cs + 8, ce)
    if credit:  # 'The ministers had emphasized that X, said Stoltenberg.': the writer's source, not the content
        ce = credit.start()
    last = frame.rfind(MASK, cs, ce) + 1
    if last and _WHEN_TAIL.match(frame, last, ce):
        return cs, last  # 'blasted Clinton as a "disgrace" Wednesday on a radio show': when and where is narration
    if MASK not in frame[cs:ce]:
        # 'he did not support Mr. Trump, the presumed Putin favorite': the writer's apposition is not content.
        appos = _NAME_APPOSITION.search(frame, cs, ce)
        # Not 'that the fate of Idriss, a top rebel commander, | was uncertain': the clause goes on; nor
        # '..., which include Kyiv, the shelling has stopped', a clause with its own verb.
        if appos and appos.start() - cs >= 12 and not _PREDICATE_AFTER.match(frame, appos.end(), ce) \
                and not _FINITE_AUX.search(re.split(r"\b(?:who|which|that|whose)\b", appos.group(0))[0]):
            ce = appos.start() + 1 + len(appos.group(1))
    return cs, ce


INTRO_CLAUSE = re.compile(
    r"(?:[A-Z][a-z]+ly\s+(?:before|after)\b|On|In|At|During|After|Before|Later|Earlier|Last|[A-Z][a-z]{3,}ed\s+by"
    r"|(?:(?:One|Two|Three|Four|Five|Six|A|Several|\d+)\s+)?(?:[Mm]oment|[Mm]inute|[Hh]our|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear)s?"
    r"\s+(?:earlier|later|ago|before|after))\b"
    r"[^,\x00]{0,60},\s*"
    r"(?:however,\s*)?"
    # a date needs no comma: 'On September 27 they published ...'
    r"|On\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}"
    r"(?:,\s*\d{4})?,?\s+"
)
SUBORDINATE = re.compile(r",?\s*(?:when|as|after|before|while|because|during|but|and\s+then|even\s+as|amid)\b")

PREP_THAT = re.compile(r"[a-z]{3,}ly\s+(?=that\b)|(?:during|at|in|on|after|before|ahead\s+of|following|outside|via|from|with|for|posted|published|released|issued|to\s+(?=the|a|an|his|her|their|its|reporters|journalists|[A-Z])|on\s+\w+)\b(?:[^.,;\x00]|\x00){0,80}?\s(?=that\b)")
VERB_AND = re.compile(
    r"(?:^|[,;]\s*)(?P<sp>(?!(?:The|A|An|This|That|His|Her|Their|Its|When|While|As|If)\s)[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e"
    r"|(?:The|His|Her|Their)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*(?<!s))\s+"  # 'The minister', 'His ex-wife'
    r"(?:(?:then|later|just|also|has|had|have)\s+)?(?:[a-z]{3,}ed|met|told|spoke|went|took|gave|made|held|sent|wrote|left|came|"
    r"visited|thanked|hosted|used)\b(?:[^,;:.\x00]|\x00){0,80}?(?:,?\s+and|,?\s+but)(?:\s+(?:also|then|later))?$"
)
_WHILE_OTHERS = re.compile(r",\s+(?:while|whereas)\s+(?!(?:[a-z]+ing|in|at|on|under|with|for)\b)")
_NEW_SUBJECT_TAIL = re.compile(r",\s+(?:he|she|they|I|we|[A-Z][\w'’.-]*)\s+[a-z]+ed(?:\s+and)?\s*$")
# 'and two have seen', 'but the others were': a clause with a subject of its own after the conjunction
AND_CLAUSE = re.compile(r"\s(?:and|but)\s+(?:(?!(?:that|which|who|also|then|now|still)\s)[\w'’-]+\s+){1,3}"
                        r"(?:have|has|had|is|are|was|were|will|would|did)\s")
_AND_SUBJECT = re.compile(
    r"\s+(?:and|but|while)\s+(?:(?:last|this|earlier\s+this|later\s+that)\s+(?:year|week|month)\s+)?"
    r"(?:he|she|they|(?:(?:[A-Z][\w'’.-]+\s+)?[a-z]+\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*$"
)  # '... and last year Germany goalkeeper Manuel Neuer | told'

# Documents that speak for whoever issued them: 'the statement said', 'A letter released on Monday says'
DOCUMENT_NOUNS = frozenset(
    "statement letter release report memo message communique declaration note document filing complaint ruling".split())
DOCUMENT_CREDIT = re.compile(rf"(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){{0,3}}(?:{'|'.join(sorted(DOCUMENT_NOUNS))})")
_JOINED_SPEAKER = re.compile(r"(?:and|but|while|although|though)\s+(?:he|she|they|we|I|[A-Z][\w'’.-]+)")
_LEAD_IN_TAIL = re.compile(r"(?:,|\s*[―—–])\s+(?:(?:and|but)\s+)?(?:when|as|after|while|before|once|if|asked|pressed)\b[^,;\x00]*$")
_NEXT_SPEAKER = re.compile(
    r"(?:(?:and|but|while|although|though|whereas)\s+)?(?:he|she|they|it|we|I|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,6}"
    # '..., and human rights groups warned that': a group named by a plain noun phrase
    rf"|(?:(?:the|some|many|other|several)\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}(?:{'|'.join(sorted(GROUP_HEADS))})"
    # '..., the 34-year-old mother of three replied': a person named by a role
    rf"|(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}(?:{'|'.join(sorted(PERSON_HEADS))})(?:\s+of\s+\w+)?)?"
    r"(?:\s+[a-z]+ed\s+and)?",  # 'I laughed and said'
)


# Insets in a speaker: parentheses ("Rep. Gwen Moore (D-Wis.)"), a party and state ("McConnell, R-Ky.,", "Waxman,
# D-California,") and an age ("Rawlings, 59,"; not "8,000, Beirich said").
_INSET = re.compile(
    r"\s*\([^()\x00]{1,40}\)|,\s*[DRI]-[A-Z][\w.]{1,14}(?:\s+[A-Z][\w.]{1,14})?,(?=\s)|(?<!\d),\s*\d{1,3},(?=\s)"
    r"|\s(?:--|—|–)\s[^\x00—–]{1,80}?\s(?:--|—|–)(?=\s*$)"  # 'one teen -- the same age as Martin -- told'
    r"|,\s+(?:speaking|writing|talking)\s[^,\x00]{1,60},(?=\s*$)"  # 'the official, speaking on condition of ..., said'
)
PAREN = re.compile(r"\s*\([^)]*\)")
_TRAILING_ADVERBIAL = re.compile(
    rf"(?:\s+(?:(?:on|late|early|last|this)\s+)?{DAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:just\s+)?(?:this|last)\s+(?:week|month|year)|\s+in\s+(?:19|20)\d\d"
    r"|\s+on\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"  # 'issued on March 16'
    r"|\s+in\s+a\s+(?:press\s+release|statement|news\s+release|blog\s+post)"  # "Northwestern's Wartella in a press release"
    r"|\s+for\s+(?:his|her|its|their|our|my)\s+part"  # 'Hunter for his part said'
    r"|\s+(?:now|often|also|again|just|still|too|later|then|online|"
    rf"once|even|only|further|himself|herself|themselves|itself|together|first|{ADVERB}))+$"
)
# 'A heckler standing just behind Barack Obama': the noun before the participle speaks, not the name after it
_PARTICIPLE_PHRASE = re.compile(r"(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?<!\ban)(?<!\ba)"
                                r"(?<!\bthe)(?<!\bof)\s+(?!during\b)"
                                r"[a-z]{2,}ing\s+(?!by\b)\S.*")
# 'a senior official in Abyan who is not authorized to speak to the news media | told CNN': why no name is given
_ANONYMITY = re.compile(r",?\s+who\s+(?:(?:is|was|are|were)\s+not\s+authori[sz]ed\s+to\s+|(?:asked|requested|spoke)\s+"
                        r"(?:not\s+to\s+be|on\s+(?:the\s+)?condition|anonymity)|declined\s+to\s+be\s+named)[^,\x00]*,?$")
_PUBLISHED = re.compile(r"\s+(?:released|published|conducted|issued|commissioned|unveiled)$")
_LEADING_ADVERB = re.compile(r"^(?:Even|Only|Also|Now|Still|Instead|Meanwhile|rival|fellow)\s+(?=[A-Z])")
NEXT_WORD = re.compile(r"\s([a-z]+)\b")

PREPOSITIONS = frozenset("in on at during after before with by from for of since under while chastened".split())


_PERSON_DETAIL = re.compile(r"\d{1,3}$|of\s+[A-Z]|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?$|(?:who|a|an|the)\s")


INTRO_PHRASE = re.compile(r"(?:In|On|At|During|After|Before|Later|Earlier|Last|For|From|With|Speaking|Asked|Writing|"
                          r"Testifying|Addressing|Responding)\b")
_PREPOSITION_LEAD = re.compile(r"(?:in|on|at|during|after|before|for|from|with|by|through|via)\s")
_FINITE_CLAUSE = re.compile(r"(?!(?:who|whom|which|whose|that|as|where|when)\b)(?:\S+\s+){1,3}(?:is|are|was|were|has|have|had)\s")
_FINITE_AFTER_SUBJECT = re.compile(r"\s(?:had|has|have|was|were|is|are|will|would|could|can|did|[a-z]{3,}ed)\s")
_APPOSITION_OPENS = re.compile(r"(?:an?|the|then|now|once|later|former|who|whose|one|also|\d)\b")
_CLAUSE_SUBJECTS = frozenset("i we you he she they it there".split())


# A name or an organisation ending a phrase: 'members of (the Hungarian government)', 'the talks in (Geneva)'.
# 'the National Organization for Marriage', 'the Department of Justice': one name with 'of' or 'for' inside
NAMED_TAIL = re.compile(r"(?:(?:the|The)\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’.&-]*)*"
                        r"(?:\s+[a-z]+)?$")


_DISCOURSE_WORDS = frozenset(
    """however meanwhile still instead also moreover nevertheless nonetheless furthermore indeed then now later earlier
    thus therefore hence yet but and so sometimes eventually finally first second third separately similarly
    likewise otherwise besides anyway fellow former other such every""".split()
)
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d)$")
_NEVER_IN_SPEAKER = frozenset("is was were are been being".split())
_CONTACT_DETERMINERS = frozenset("the a an his her their its".split())
# Words a determiner may follow inside a speaker phrase ('RT and its defenders', 'observers around the country').
_BEFORE_DETERMINER = _CONTACT_DETERMINERS | frozenset(
    "and or nor & through around across near outside inside within among to into against behind beyond throughout "
    "like about over between toward towards along including across all both half such".split()
)
_LONE_SPEAKERS = frozenset("some many most all both one someone everyone anyone everybody nobody police".split())
_BEFORE_PARTICIPLE = frozenset("i we they he she you those people respondents voters".split())
_ADJECTIVAL_ED = frozenset("accused deceased wounded injured displaced detained arrested elected".split())


def plausible_speaker(speaker: str) -> bool:
    """A last check on any frame's speaker phrase: 'the', "my son's", 'writes', 'updated a blog post', 'one attorney
    tried', 'researchers is derived from' are no one."""
    words = speaker.split()
    if not words or len(words) > 20 or speaker.endswith(("'s", "’s")) or speaker.lower() == "you":
        return False  # narration's 'you' is the reader: 'you are probably asking yourself'
    low = [w.lower().strip(",.") for w in words]
    if low[-1] in PLACEHOLDER_WORDS or low[-1] in FUNCTION_WORDS or any(w in _NEVER_IN_SPEAKER for w in low) \
            or low[-1] in ("like", "unlike"):  # 'pretty much like | telling everybody'
        return False
    if len(words) == 1 and low[0] in _DISCOURSE_WORDS:
        return False  # 'However, saying it "depends on Russia's attitude"'
    if low[0] == "there":
        return False  # 'There is distrust of the water, with 1% of residents saying ...': no one, only 'there is'
    if len(words) > 1 and any(_CONTRACTION.search(w) for w in low):
        return False  # "I'm sure I | agreed with": a clause
    if low[-1].endswith(("n't", "n’t")) or low[-1] in ("not", "never"):
        return False  # 'The family hasn't | said where she is': a negated cue reports no statement
    if (low[0] in PREPOSITIONS or low[0] in ("like", "unlike")) and not _COUNT_LEAD.match(speaker):
        return False  # 'On Monday | urged ...': a time, not a speaker
    if any(w == "that" or (w in _CONTACT_DETERMINERS and words[i - 1].islower() and low[i - 1] not in PREPOSITIONS
                           and low[i - 1] not in _BEFORE_DETERMINER and not low[i - 1].endswith(("ing", "ed"))
                           and (low[0] in _CONTACT_DETERMINERS or i + 1 == len(words) or words[i + 1].islower()))
           for i, w in enumerate(low) if i >= 2):
        return False  # 'a claim the ministry | denied', 'a charge that Moscow | rejects': a noun and its clause
    if len(words) == 1 and words[0].islower():
        return low[0] in PRONOUNS or low[0] in _LONE_SPEAKERS or (
            low[0].endswith("s") and not low[0].endswith("ly") and low[0] not in SPEECH_FORMS)
    if words[0].islower() and low[0].endswith("ed") and len(low) > 1 and low[1] in PLACEHOLDER_WORDS:
        return False  # 'updated a blog post', 'issued an executive order'
    # 'one attorney tried' is a clause; 'the experts I interviewed', 'most of those questioned' are people
    return not (words[-1].islower() and low[-1].endswith("ed") and low[-1] not in _ADJECTIVAL_ED
                and (len(low) < 2 or low[-2] not in _BEFORE_PARTICIPLE))


PREDICATE_START = re.compile(r"(?:[a-z]{3,}ed|fell|went|hit|ran|left|came|took|made|gave|was|were|is|are|has|had)\b")


_TITLE_ADJECTIVES = frozenset("""new state national high top first former acting senior special executive security press
    affairs external foreign defence defense finance interior democratic republican democrat gop labour conservative
    police campaign vice prime crown""".split())


_IDENTIFIED_AS = re.compile(r"^(?:identified|named|known)\s+(?:only\s+)?as\s+")


_DEGREE = re.compile(r"M\.D\.|Ph\.D\.|MD|PhD|D\.O\.|R\.N\.|Esq\.|Jr\.|Sr\.|J\.D\.|M\.P\.H\.")  # 'Leo B. Twiggs, M.D.,'


def titled_name(phrase: str) -> str | None:
    """The person a long title names: 'Archbishop of Canterbury Justin Welby' -> 'Justin Welby', where a known
    given name starts the name."""
    words = phrase.split()
    if len(words) < 3 or words[0].lower().strip(".") not in TITLE_WORDS:
        return None
    for j in range(1, len(words) - 1):
        rest = words[j:]
        if len(rest) <= 4 and all(w[:1].isupper() for w in rest) and gender_of(" ".join(rest)) is not None:
            return " ".join(rest)
    return None


_AFFILIATION_LEAD = re.compile(r"(?:of|from|with|at)\s+(?:the\s+)?[A-Z]")


def apposed_speaker(before: str) -> tuple[str, str] | None:
    """(speaker, apposition) of a subject set off by commas, `before` ending with the last comma:
    'Richard Roe, director of the institute,', 'The chairman, Phil Lovas,', and a name with age, home town and a
    relative clause, 'Donna Rawlings, 59, of Ashton, Md., who watched the ceremony,'."""
    parts = [p.strip() for p in before[:-1].split(",")]
    parts = [p for i, p in enumerate(parts) if not (i and _DEGREE.fullmatch(p))]
    if len(parts) >= 3 and INTRO_PHRASE.match(parts[0]):
        parts = parts[1:]  # 'In a statement, one of the family's attorneys, Justin Bamberg, said'
    elif len(parts) == 2 and INTRO_PHRASE.match(parts[0]) and _FINITE_AFTER_SUBJECT.search(parts[1]):
        return None  # 'After the fire, air traffic controllers had to ..., said Doug Church': a lead-in, then a clause
    if any(p.split()[0].lower() in _CLAUSE_SUBJECTS or _FINITE_CLAUSE.match(p) for p in parts[1:] if p.split()):
        return None  # 'Sometimes, we need ..., thanks to', 'Among the dead, at least 40 were killed': a clause
    lead = clean_speaker(LEADING_CONJ.sub("", parts[0]))
    if 3 < len(parts) <= 6 and len(lead.split()) >= 2 and name_part(lead) == lead \
            and all(_PERSON_DETAIL.match(p) for p in parts[1:]):
        return lead, ", ".join(parts[1:])
    if not (2 <= len(parts) <= 3 and len(parts[0].split()) <= 10):
        return None
    if len(parts) == 2 and _AFFILIATION_LEAD.match(parts[1]) and len(lead.split()) >= 2 and name_part(lead) == lead:
        return lead, parts[1]  # 'Seema Sirohi, of the Indian Council on Global Relations,': her, not the council
    second = clean_speaker(_IDENTIFIED_AS.sub("", parts[1]))
    named = name_part(second)
    if _IDENTIFIED_AS.match(parts[1]) and named and re.fullmatch(rf"{re.escape(named)}\s+(?:of|from)\s+[A-Z].*", second):
        second = named  # 'Another, identified as Michael Gordon of Northpoint,': that person
    title = second[: len(second) - len(named)].split()[-1:] if named and second.endswith(named) else []
    # 'One of the survivors, Frenchman Arnaud Manel,', 'the army chief, Gen. Prayuth Chan-ocha,'; not 'New York'
    titled = bool(title) and title[0].lower().strip(".") in TITLE_WORDS - _TITLE_ADJECTIVES
    inset = _PREPOSITION_LEAD.match(parts[1]) is not None  # 'Simpson, in a statement reported by the Gleaner,'
    if inset and len(parts) > 2:
        return None  # 'The training, in Jordan and Turkey, covers ...,': a predicate before an inverted credit
    long_titled = titled_name(second) if not titled and name_part(second) != second else None
    if long_titled:  # 'The head of the Church of England, Archbishop of Canterbury Justin Welby,'
        speaker, appos = long_titled, f"{lead}, {second[:-len(long_titled)].strip()}"
    elif second and not inset and (name_part(second) == second or titled) and len(second.split()) <= 4 \
            and second[0].isupper():
        speaker, appos = second, lead
    elif len(parts[0].split()) > 6:
        return None  # a long lead needs a full name after it: 'The U.S. ambassador to the United Nations, Samantha Power,'
    elif len(parts) == 2 and INTRO_PHRASE.match(parts[0]) and not _APPOSITION_OPENS.match(parts[1]):
        # 'On Christmas, Pope Benedict spread a message to his followers, calling for', 'Earlier this week, many
        # migrant workers departing from the border town, told CNN': a lead-in and the subject, not an apposition
        return None
    else:
        speaker, appos = lead, ", ".join(parts[1:])
    if len(parts[0].split()) > 6 and len(speaker.split()) < 2:
        return None  # 'The chief deputy coroner in Kitsap County, Washington,': a place
    if speaker and speaker_ok(speaker) and (speaker[0].isupper() or speaker.split()[0] in PLACEHOLDER_WORDS):
        return speaker, appos
    return None


_DATELINE_HEADS = frozenset("The A An He She They It We".split())  # 'New York The FBI said', 'Seoul They were'


_TRAILING_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")


def _person_named_last(chunk: str) -> bool:
    """'CNN iReporter Molly Schulson': the phrase ends with a person's name (a given name says so)."""
    name = name_part(chunk)
    return bool(name) and chunk.endswith(name) and gender_of(name) is not None and not is_org(name)


def clean_speaker(chunk: str) -> str:
    """Drop parentheticals and trailing time adverbials: 'Sanders on Tuesday' -> 'Sanders'."""
    chunk = " ".join(PAREN.sub("", chunk).split())
    chunk = _ANONYMITY.sub("", chunk)
    chunk = _TRAILING_ADVERBIAL.sub("", chunk).strip()
    place = _TRAILING_PLACE.search(chunk)
    if place and _person_named_last(chunk[: place.start()]):
        chunk = chunk[: place.start()]  # 'Mark Tobin in Boston'; not 'the U.S. Embassy in Kabul'
    chunk = _LEADING_ADVERB.sub("", chunk)
    published = _PUBLISHED.search(chunk)
    if published and chunk[:published.start()].split()[-1].lower() in FINDING_NOUNS | DOCUMENT_NOUNS:
        chunk = chunk[:published.start()]  # 'A poll released Friday' -> 'A poll', 'A statement issued on March 16'
    sub = _SUBORDINATE_SUBJECT.search(" " + chunk)
    if sub:  # 'Trump made the reference as he | discussed ...': the subordinate clause's own subject
        return sub.group("sp")
    sub = _CLAUSE_AND_SUBJECT.search(chunk)
    if sub and not JOINT.search(sub.group("sp")) and sub.group("sp").lower() not in QUANTIFIERS:
        return sub.group("sp")
    words = chunk.split()
    lead = next((i for i, w in enumerate(words[1:], 1) if w in _DATELINE_HEADS), 0)
    if lead and all(w[:1].isupper() for w in words[:lead]):
        # 'New York The FBI said': a dateline run into the sentence; the noun phrase starts at 'The'
        words = words[lead:]
        chunk = " ".join(words)
    dateline = after_dateline(chunk)
    if dateline:  # 'Los Angeles Nadya Suleman says'
        chunk = chunk[dateline:]
        words = chunk.split()
    participle = _PARTICIPLE_PHRASE.fullmatch(chunk)
    if participle:
        return participle.group("np")
    if words and words[-1].lower() in {"and", "or", "but"}:
        return ""
    if words and words[0].lower() in PREPOSITIONS and not _COUNT_LEAD.match(chunk):  # 'At least three lawmakers'
        if words[0] in ("in", "at", "during") and VENUE.search(chunk) and any(w[:1].isupper() for w in words):
            return chunk  # 'Johnson, in a 2004 interview for the Archive of American Television said': no speaker
        return tail_noun_phrase(" ".join(words[1:])) if len(words) > 1 else ""
    return chunk


_ORG_COMPLEMENT = r"(?:\s+(?:for|of|on|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?$"


def tail_noun_phrase(chunk: str) -> str:
    """The speaker at the end of a long clause: '... of the Washington Post Trump' -> 'Trump'."""
    pron = _TAIL_PRONOUN.search(chunk)
    if pron:
        return pron.group(1)
    name = name_part(chunk)
    if name and len(name.split()) <= 4 and is_org(name):
        words = name.split()
        last_org = max(i for i, w in enumerate(words) if is_org(w))
        whole = re.search(re.escape(name) + _ORG_COMPLEMENT, chunk) if last_org == len(words) - 1 else None
        if whole and len(words) >= 3:
            return whole.group(0)  # '... came as the UN Assistance Mission for Iraq confirmed': the institution itself
        name = " ".join(words[last_org + 1:])  # an outlet and then its speaker, no comma between
    if name and _PLACES_AT_END.search(chunk):
        return ""  # '... for Missing & Exploited Children in Virginia', 'officials in San Paulo and Rio de Janeiro
    if name and len(name.split()) <= 4 and not is_org(name):
        return name
    return ""


_PLACES_AT_END = re.compile(r"\b(?:in|near|outside|inside|across)\s+(?:[A-Z][\w'’.-]*|de|da|do|and|,|\s)+$")


_MAIN_PREDICATE = re.compile(r"(?:(?:has|had|was|is|also|then|later|first)\s+)?(?:[a-z]{2,}ed|left|went|made|took|spent|told|"
                             r"ran|won|lost|came|became|is|was|has|had)\b[^;]*")


# 'Ford, who had said he did not use crack | and who has not been charged, ...': the relative clause's next part
_SECOND_RELATIVE = re.compile(r",?\s+and\s+who\s+(?:has|have|had|is|was|were|are|also|then|later|now|would|will)\b")


def relative_clause_end(frame: str, cs: int, ce: int) -> int:
    """Where a relative clause's content ends: 'Joe Roe, who said he was stiffed, left.' closes before the main
    predicate; so does a comma inside a quote ('..., which emphasizes "positive news," called it ...')."""
    for comma in re.finditer(r",\s+|(?<=\x00)\s+(?!\x00)", frame[cs:ce]):
        if _MAIN_PREDICATE.fullmatch(frame[cs + comma.end():ce]):
            return cs + comma.start()
    second = _SECOND_RELATIVE.search(frame, cs, ce)
    return second.start() if second else ce
