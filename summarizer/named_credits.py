"""Speakers named around a speech-verb cue in other shapes than 'Borrell said': an opening gerund ('After saying
..., she'), an inverted credit ('said Borrell, the EU's top diplomat'), a name and its apposition ('Roe, director
of the institute, said'), a relative clause ('who said'), a name before a dash, and the doer of a participle."""

from __future__ import annotations

import re

from summarizer.clauses import (
    COLLECTIVES,
    DOER_PRONOUN,
    GROUP_HEADS,
    INDEFINITE,
    INTRO_CLAUSE,
    LATE_THAT,
    NAMED_TAIL,
    NP_BREAKERS,
    PREDICATE_START,
    PREP_THAT,
    QUANTIFIERS,
    SUBORDINATE,
    TOLD_THAT,
    VERB_AND,
    Draft,
    after_colon,
    apposed_speaker,
    clause_content,
    clean_speaker,
    plausible_speaker,
    preceding_chunk,
    relative_clause_end,
    speaker_ok,
    subject_at,
    tail_noun_phrase,
    trim,
)
from summarizer.cue import Cue
from summarizer.cues import INVERTING_VERBS, ORG_WORDS, PRONOUNS, SPEAKING_DOCUMENTS, TELL_VERBS, TITLE_WORDS
from summarizer.quotes import MASK
from summarizer.speakers import FUNCTION_WORDS, PLACEHOLDER_WORDS, is_org, name_part, people_head, person_head

_GROUP_LEADS = QUANTIFIERS | COLLECTIVES
_AFFILIATED = re.compile(r"(.+?)\s+(?:from|of|for|to|at|in|with|by)\s+(.+)")

_CREDIT_VERB = re.compile(r"(?:said|says|added|adds|wrote|writes|told|asked|noted|explained)\s+(?=[A-Z])")

_DASH_END = re.compile(r"(?:\s[—–―-]{1,2}|[—–―])$")

_INTRO_END = re.compile(
    r"(?:,|\x00(?=\s))\s+(?P<subj>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+[a-z]"
)


_CLEFT_BY = re.compile(r"It\s+(?:is|was)\s+(?:only\s+|not\s+|precisely\s+|just\s+)?(?:by|in)\b")
_NOT_DOERS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december the a an in on at of for by but and when after before while""".split())

# 'said Nishikori (after the match)': when a named speaker spoke is not part of the name
_OCCASION_AFTER_NAME = re.compile(
    r"(?<=[A-Za-z.])\s+(?:(?:after|before|during|following|while|when|as|ahead\s+of|prior\s+to)\s+[a-z].*"
    r"|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b.*"
    r"|at\s+the\s+time\b.*"
    r"|in\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:book|memoir|statement|interview|letter|"
    r"speech|post|tweet|blog|column|essay|op-ed|article|email|message|video|podcast|testimony)\b.*)$"
)  # 'said Moore after the hearing', 'wrote Dupont in March', 'said Obama at the time', 'recalls X in her book'

_PARTITIVE_WHOM = re.compile(r"(?:many|some|most|all|several|both|one|two|three|a\s+few|few|each)\s+of\s+whom$")

_PEOPLE_OF = re.compile(r"\b[a-z][\w'’-]*[^s\W]s\s+(?:of|to|for|from|at|in)\s+$")

# 'says in a video | released by the city': the rest of the occasion after the adverbial
_AGED_NAME = re.compile(r"\d+-year-old\s+[A-Z][a-z'’-]+")  # 'asked 15-year-old Tom'
_OBJECT_APPOSITION = re.compile(r"(?:[A-Z][\w.'’-]*['’]s|the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}[a-z][\w'’-]*")
_REDUCED_TAIL = re.compile(r"[a-z]{3,}ed\s+(?:by|on|in|at|to|from|for|last|this|earlier)\b")

_RELATIVE_WHO = re.compile(
    r"(\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
    r"|\b(?:[A-Z][a-z]+\s+){0,2}[a-z]+s)\s+who$"  # 'Republican lawmakers who'; not 'Republic|an lawmakers'
    r"|(?:[Tt]he\s+)?((?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)\s+which$"
)

# What may follow a credit without being its speaker or new content: 'said of RT', 'said on Fox News'.
_WHERE_PRESENT = re.compile(r"\s+(?:in|at)\s+the\s+(?:room|meeting|hearing|talks|briefing|session)$")  # 'one source in the room'

# 'said in an interview on Tuesday', 'said on "PBS NewsHour" Wednesday', 'said online before the trial': where and
# when, a show's title included
SAID_HOW = r"(?:online|publicly|privately)"  # 'said online', with nothing said in the word
CREDIT_TAIL = re.compile(rf"(?:{SAID_HOW}\s+)?(?:in|at|on|during|to|before|after|for|via)\b[^,;:\x00]{{0,60}}"
                         rf"|{SAID_HOW}\W*"
                         r"|(?:[^,;:\x00]{0,40}\s)?(?:on|in)\s+\x00{2,40}(?:\s+[\w-]+){0,2}")

DASH_OPEN = re.compile(r"\s[—–―-]{1,2}\s|[—–―]")

NARRATIVE_TAIL = re.compile(r"(?:of|about|on|in|at|to|during|from|after|before|while|when|with|via|through|earlier|later|"
                            r"last|recently|yesterday|previously)\s"
                            r"|this\s+(?:week|month|year|summer|spring|fall|autumn|winter|morning|afternoon|evening|weekend)\b")

# 'told the ministers that ...'; not 'warned North Korea to refrain from actions that ...'.

VERB_INSIDE = re.compile(r"\s(?:[a-z]{2,}ed|met|told|saw|spoke|gave|took|made|held|sent|wrote|left|came|read)\s")


_KEPT_FROM = re.compile(r"(?P<neg>(?:n['’]t|\bnot|\bnever)\s+(?:\w+\s+)?)?\b"
                        r"(?:keep|kept|keeping|keeps|stop|stopped|stopping|stops|prevent|prevented|preventing|prevents|"
                        r"bar|barred|barring|bars|ban|banned|banning|bans|deter|deterred|discourage|discouraged)\b")


def initial_gerund(c: Cue) -> Draft | None:
    """'After saying her foot was "so swollen," she was ...': the main clause's subject said it."""
    end = _INTRO_END.search(c.frame, c.rest_start, c.e)
    if end and end.group("subj").lower() not in _NOT_DOERS:
        lead = len(c.frame[c.rest_start:end.start()]) - len(c.frame[c.rest_start:end.start()].lstrip())
        that = PREP_THAT.match(c.frame, c.rest_start + lead, end.start())  # 'Writing for the Times that ...'
        cs, ce = trim(c.frame, that.end() if that else c.rest_start, end.start() + (c.frame[end.start()] == MASK))
        if len(c.frame[cs:ce].split()) >= 3 or MASK in c.frame[cs:ce]:  # not 'Saying nothing, he left.'
            return c.draft(end.group("subj"), end.start("subj"), cs, ce, speech=True)
    return None


def gerund_draft(c: Cue, gerund: re.Match[str]) -> Draft | None:
    """'attacked Clinton for saying ...': the nearest person before the gerund says it; 'began by saying',
    'sings before asking': the subject of the clause does."""
    frame, s, prev = c.frame, c.s, c.prev
    kept = _KEPT_FROM.search(frame, s, gerund.start()) if gerund.group(1).lower() == "from" else None
    if kept is not None:
        # 'keeping the administration from calling it a coup': kept from saying it; but 'That didn't stop Anonymous
        # from claiming credit', 'it hasn't stopped his parents from insisting ...': they did
        who = clean_speaker(frame[kept.end():gerund.start()])
        if not kept["neg"] or not who or not speaker_ok(who) or not plausible_speaker(who):
            return None
        cs, ce = c.content()
        return c.draft(who, kept.end() + frame[kept.end():gerund.start()].find(who), cs, ce, speech=True)
    doer = nearest_doer(frame, min(s, prev.start) if prev is not None else s, c.cue_start)
    if gerund.group(1).lower() not in ("for", "of"):
        intro = INTRO_CLAUSE.match(frame, s, c.e)  # 'On September 27, Politifact published ... by announcing'
        # '..., and Xi made the most of it by announcing ...': the subject of the clause the gerund ends
        joined = _coordinated_subject(c) if prev is None else None
        head = joined or subject_at(frame, intro.end() if intro else s, c.e)
        if prev is not None:
            doer = (prev.speaker_pos, prev.speaker)
        elif head and _CLEFT_BY.match(frame, head.start(), c.cue_start):
            return None  # 'It is only by telling their story that ...': no one tells anything
        elif head and head.group(0).lower() not in _NOT_DOERS and not head.group(0).isupper():
            doer = (head.start() if joined else s, head.group(0))
    if doer is not None:
        cs, ce = c.content()
        if ce - cs > 10 or (MASK in frame[cs:ce] and ce - cs > 3):
            return c.draft(doer[1], doer[0], cs, ce, speech=True)
    return None


def name_before_dash(c: Cue) -> None:
    """'Kall -- co-editor of the review -- said ...': the name stands before the first dash."""
    dash = _DASH_END.search(c.before)
    opener = DASH_OPEN.search(c.frame, c.s, c.s + dash.start()) if dash else None
    if opener:
        name_start, name = preceding_chunk(c.frame, c.s, opener.start())
        name = clean_speaker(name)
        if name and speaker_ok(name) and name[:1].isupper():
            c.speaker, c.sp_start = name, name_start
            c.before = c.frame[c.s:c.sp_start].rstrip()


_PRESENT_CUES = frozenset("adds says notes insists argues explains".split())
_PRESENT_AND = re.compile(r"^(?P<sp>(?!(?:The|A|An|This|That|His|Her|Their|Its|When|While|As|If|It)\s)[A-Z][\w'’.-]*"
                          r"(?:\s+[A-Z][\w'’.-]*){0,3}|[Hh]e|[Ss]he)\s+(?:(?:still|also|now|often)\s+)?[a-z]{3,}(?<![su])s\b"
                          r"(?:[^;:.\x00]|\x00){0,120}?,?\s+(?:and|but)(?:\s+(?:also|then|later))?$")


def subject_of_first_verb(c: Cue) -> Draft | None:
    """'I laughed and said, "..."': the subject of the first verb says it."""
    laughed = VERB_AND.search(c.frame[c.s:c.cue_start].rstrip()) if not c.speaker else None
    if laughed is None and not c.speaker and c.verb in _PRESENT_CUES and c.prev is None:
        laughed = _PRESENT_AND.search(c.frame[c.s:c.cue_start].rstrip())  # 'Dominguez still treasures ..., but adds'
    if laughed and c.rest and (c.prev is None or c.s + laughed.start("sp") in (c.prev.speaker_pos, c.prev.end)
                               or c.s + laughed.start("sp") > c.prev.end):
        cs, ce = c.content()
        if ce - cs >= 6 or MASK in c.frame[cs:ce]:
            return c.draft(laughed.group("sp"), c.s + laughed.start("sp"), cs, ce)
    return None


# Common nouns that may speak through 'which said': institutions and their writings.
_SPEAKING_THINGS = (ORG_WORDS | SPEAKING_DOCUMENTS | {"ruling", "report", "study", "order", "filing", "complaint"}) \
    - {"post", "times", "house", "press", "school", "hotel", "restaurant", "museum", "zoo", "airport", "act", "manual"}
_THING_AT_END = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)$")


def relative_clause_speaker(c: Cue) -> Draft | None:
    """'an architect who said he was stiffed', 'the Police Department which reported', 'Joe Roe, who said'."""
    frame, s, speaker = c.frame, c.s, c.speaker
    rel = _RELATIVE_WHO.search(speaker) if speaker.endswith((" who", " which")) and c.rest else None
    group = 1 if rel and rel.group(1) else 2
    ante = rel.group(group) if rel else ""
    # Only an object's relative clause: after 'Voters who said A' the main verb would run on into the content.
    # 'who' makes its noun a person, so any plain noun phrase will do; 'which' needs an organisation's name.
    if rel and rel.start(group) > 0 and MASK not in frame[c.sp_start:c.rest_start] and speaker_ok(ante) \
            and not set(ante.lower().split()) & NP_BREAKERS and (group == 1 or is_org(ante)):
        at = c.sp_start + rel.start(group)
        owner = _AFFILIATED.match(ante) if group == 1 else None
        people = owner.group(2).split()[-1] if owner else ""
        if owner and not person_head(owner.group(1)) and owner.group(1).split()[-1].lower() not in GROUP_HEADS \
                and owner.group(1).split()[-1].lower() not in _GROUP_LEADS \
                and people.islower() and people.endswith("s"):
            # 'a report from Republican lawmakers who said': the people after the preposition speak
            at += owner.start(2)
            ante = owner.group(2)
        holder = _PEOPLE_OF.search(speaker, 0, rel.start(group)) if group == 1 and ante[:1].islower() else None
        if holder and not person_head(ante) and not ante.endswith("s"):
            # 'residents of the town who said', 'listeners to his program who said': the people speak
            ante, at = speaker[holder.start():rel.end(group)], c.sp_start + holder.start()
        cs, ce = c.content()
        ce = relative_clause_end(frame, cs, ce)  # 'critcized by supporters who said A, told CNN that B'
        if ce - cs >= 8 or MASK in frame[cs:ce]:
            return c.draft(ante, at, cs, ce)
    partitive = _PARTITIVE_WHOM.match(speaker.lower()) is not None  # 'victims, many of whom say': victims speak
    pronoun = "who" if partitive else speaker.lower()
    if pronoun not in ("who", "which") or not c.before.endswith(",") \
            or MASK in frame[c.sp_start:c.rest_start]:
        return None
    # 'Joe Roe, who said he was stiffed, ...': the relative clause's antecedent speaks.
    ante_start, ante = preceding_chunk(frame, s, s + len(c.before) - 1)
    ante = clean_speaker(ante)
    credit = _CREDIT_VERB.match(ante)
    prev = c.prev
    if credit:  # '"...," said Mr. Kamin, who emphasized that ...': the credited speaker goes on
        ante_start, ante = ante_start + credit.end(), ante[credit.end():]
    elif not ante and prev is not None and frame[prev.speaker_pos:s].strip(" ,") == prev.speaker:
        ante_start, ante = prev.speaker_pos, prev.speaker  # the same, read after the credit's cue
    elif not ante and prev is not None and prev.end > prev.start and not frame[prev.end:s + len(c.before)].strip(" ,"):
        # 'Ted Cruz endorses Trump, who says he is honored': the name ending the earlier statement
        named = NAMED_TAIL.search(frame, prev.start, prev.end)
        if named and name_part(named.group(0)) == named.group(0):
            ante_start, ante = named.start(), named.group(0)
    if partitive:
        ante_start, ante = _partitive_antecedent(frame, ante_start, ante)
    if pronoun == "which":
        # 'members of the Hungarian government, which denied ...', 'China and the United States, which vowed'
        org = NAMED_TAIL.search(ante)
        if org is not None and (is_org(org.group(0)) or name_part(org.group(0)) == org.group(0).removeprefix("the ")):
            ante_start, ante = ante_start + ante.rfind(org.group(0)), org.group(0)
        else:  # 'in a brief ruling, which said:', 'the ministry, which said'
            thing = _THING_AT_END.search(ante)
            if thing is None or thing.group(1).lower() not in _SPEAKING_THINGS:
                return None
            ante_start, ante = ante_start + thing.start(), thing.group(0)
    chunk_start, chunk = ante_start, ante
    if ante and (not speaker_ok(ante) or VERB_INSIDE.search(ante)):  # 'Lavrov met Kallas, who said'
        tail_np = tail_noun_phrase(ante)
        ante_start += len(ante) - len(tail_np)
        ante = tail_np if tail_np not in PRONOUNS else ""
    appos = ""
    if chunk[:1].islower() and ante != chunk and person_head(re.split(r"\s+(?:of|for|at)\s+", chunk)[0]):
        ante_start = chunk_start  # 'Bobby Jindal, ... governor of Louisiana, who said': not Louisiana
        ante = chunk if speaker_ok(chunk) else ""
    lead = re.sub(r"\s+(?:now|then|once|also|still)$", "", frame[s:ante_start].rstrip())
    if (ante[:1].islower() or not ante) and lead.endswith(","):
        # 'McConnell, now the Senate majority leader, who said': the name before the apposition speaks.
        name_start, name = preceding_chunk(frame, s, s + len(lead) - 1)
        name = clean_speaker(name)
        if name and name_part(name) != name:
            tail_np = tail_noun_phrase(name)
            name_start, name = name_start + len(name) - len(tail_np), tail_np
        if not name and prev is not None and not frame[prev.speaker_pos + len(prev.speaker):ante_start].strip(" ,"):
            # '"...," said Mark Tobin, a senior at the school, who added ...': the name the credit gave
            name_start, name = prev.speaker_pos, prev.speaker
        if name and name not in PRONOUNS and name_part(name) == name:
            appos, ante, ante_start = ante, name, name_start
    if ante and speaker_ok(ante) and (ante[:1].isupper() or ante.split()[0] in PLACEHOLDER_WORDS or partitive) \
            and c.rest:
        # 'told them that ...', 'said -- in an outburst -- that ...'
        that = TOLD_THAT.match(c.rest) if c.verb in TELL_VERBS else LATE_THAT.match(c.rest)
        start = frame.find(c.rest, c.rest_start) + (that.end() if that else 0)
        cs, ce = clause_content(frame, start, c.e)
        ce = relative_clause_end(frame, cs, ce)
        if ce - cs >= 8:
            return c.draft(ante, ante_start, cs, ce, appos)
    return None


def _partitive_antecedent(frame: str, start: int, ante: str) -> tuple[int, str]:
    """The plural noun phrase before 'many of whom': 'Hundreds of protesters (gathered)', '(... with) family
    members of victims'; none when the clause does not end with one."""
    words = ante.split()
    if words and words[-1].endswith("ed"):
        words = words[:-1]  # 'protesters gathered, some of whom'
    if not words or not words[-1].endswith("s") or not words[-1].islower() or words[-1] in FUNCTION_WORDS:
        return start, ""
    n = 1
    while n < min(len(words), 4) and (words[-n - 1] == "of" or words[-n - 1].lower() not in FUNCTION_WORDS):
        n += 1
    phrase = " ".join(words[-n:])
    return start + ante.rfind(phrase), phrase


def quote_then_named_credit(c: Cue) -> Draft | None:
    """'"...," Scott Pruitt, the attorney general of Oklahoma, said.'"""
    if c.speaker or MASK not in c.before or not c.before.endswith(","):
        return None
    q_end = c.s + c.before.rfind(MASK) + 1
    parts = [p.strip() for p in c.frame[q_end:c.s + len(c.before)].strip(" ,").split(",")]
    cand = clean_speaker(parts[0])
    head = _OF_PLACE.split(cand)[0]  # 'the mayor of Venice'
    if len(parts) >= 2 and person_head(head) and not name_part(head) and parts[1][:1].isupper() \
            and name_part(parts[1]) == parts[1]:
        parts = [parts[1], cand, *parts[2:]]  # '"...," his sister, Olivia Thibou, told CNN.'
        cand = parts[0]
    if cand and name_part(cand) and speaker_ok(cand) and (
            not c.tail or SUBORDINATE.match(c.tail) or NARRATIVE_TAIL.match(c.tail) or _REDUCED_TAIL.match(c.tail)
            or (c.rest.startswith(",") and _OBJECT_APPOSITION.fullmatch(c.tail))):  # 'told HLN, CNN's sister network'
        cs, ce = trim(c.frame, c.s, q_end)
        return c.draft(cand, c.frame.find(cand, q_end), cs, ce, ", ".join(parts[1:]))
    return None


_ROLE_PHRASE = re.compile(r"(?:his|her|their|its|the|a|an)\s+[a-z][\w'’-]*(?:\s+[\w'’.-]+){0,6}")


def content_then_apposed_credit(c: Cue) -> Draft | None:
    """'He left behind a wife and two children, his mother, Ruth Serrano, told KSL.' and '..., Ruth Serrano, his
    mother, said.': what was said, then a name and its role set off by commas."""
    if c.rest and not CREDIT_TAIL.fullmatch(c.rest):
        return None
    if c.before.count(",") < 3:
        return None
    content, first, second = c.before[:-1].rsplit(",", 2)
    first, second = first.strip(), second.strip()
    if _ROLE_PHRASE.fullmatch(first) and name_part(second) == second:
        name, role = second, first
    elif _ROLE_PHRASE.fullmatch(second) and name_part(first) == first:
        name, role = first, second
    else:
        return None
    if not (2 <= len(name.split()) <= 4 and person_head(role.split(" of ")[0])) or len(content.split()) < 4:
        return None
    cs, ce = trim(c.frame, c.s, c.s + len(content))
    return c.draft(name, c.frame.find(name, c.s + len(content)), cs, ce, role)


# 'Kenton Cool, who said the peak was hard, | warned': the relative clause closed by a comma (or by a quote whose
# comma sits inside its marks)
_RELATIVE_CLOSED = re.compile(r",\s+(?:who|which)\s+[^,]*?(?:,|\x00)\s*")


def main_verb_after_relative(c: Cue) -> Draft | None:
    """'Kenton Cool, who said the peak was hard, warned that ...': the speaker of the relative clause, named
    before it, is the subject of the main verb too."""
    prev = c.prev
    if prev is None or prev.speaker_pos < 0 or not c.rest \
            or not (name_part(prev.speaker) == prev.speaker or is_org(prev.speaker)):
        return None
    word_before = c.frame[max(0, prev.speaker_pos - 30):prev.speaker_pos].split()[-1:]
    if word_before and word_before[0].lower() in FUNCTION_WORDS:
        return None  # 'the National Organization for Marriage, which ...': the name is longer than the speaker
    after_name = prev.speaker_pos + len(prev.speaker)
    if not c.frame.startswith(prev.speaker, prev.speaker_pos) \
            or _RELATIVE_CLOSED.fullmatch(c.frame, after_name, c.cue_start) is None:
        return None
    cs, ce = c.content()
    if ce - cs < 8 and MASK not in c.frame[cs:ce]:
        return None
    return c.draft(prev.speaker, prev.speaker_pos, cs, ce)


def name_and_apposition(c: Cue) -> Draft | None:
    """'Richard Roe, director of the institute, said ...' / 'The chairman, Phil Lovas, said ...'"""
    found = apposed_speaker(c.before)
    if found is None:
        return None
    speaker, appos = found
    last = appos.rsplit(",", 1)[-1].strip()
    tail = c.frame[c.rest_start:c.e].strip(" .")
    named_tail = len(tail.split()) <= 6 and bool(name_part(tail)) and tail.endswith(name_part(tail))
    if (re.fullmatch(r"[a-z]+ly", appos) or (PREDICATE_START.match(last) and not name_part(last)) or named_tail) \
            and (c.rest[:1].isupper() or c.rest.startswith("the ") or named_tail):
        # 'The German, who retired in 2012, fell and hit his head, said the director': a predicate, then an
        # inverted credit
        inverted = inverted_credit(c)
        if inverted is not None:
            return inverted
    cs, ce = c.content()
    if ce - cs < 6:
        return None
    return c.draft(speaker, c.frame.find(speaker, c.s), cs, ce, appos)


_ROLE_THEN_NAME = re.compile(r"(?:the [\w-]+['’]s )?(?:[a-z][a-z-]* ){1,3}[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")


_NAME_THEN_ROLE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*)\s+(the\s+[a-z].*)")


_OF_PLACE = re.compile(r"\s+(?:of|for|at|in|near|from)\s+")  # 'a resident | of a building near the blast'


_PLACE_STATE_NOUN = re.compile(r"(?:the|a|an)\s+(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,"
                               r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:\s+(?:of|from|with)\s+[^,]{1,60}?)?(?=\s*(?:,|$))")


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|to)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s*$")
_PLACED_OF = re.compile(r"\s+(?:of|from|with)\s+[^,]*$")
_ONE_OF = re.compile(r"(?:one|some|two|three|several|many)\s+of\s+(?:the|his|her|their|its|our|these|those)\s+")


def _one_of_people(name: str) -> bool:
    """'one of the Syrian researchers on our mapping project': a member of a group of people."""
    one_of = _ONE_OF.match(name)
    return one_of is not None and people_head(re.split(r"\s+(?:of|for|at|in|near|from|on|with)\s+", name[one_of.end():])[0])


def inverted_credit(c: Cue) -> Draft | None:
    """'"...," said Borrell, the EU's top diplomat.'"""
    before = c.before
    if not (c.verb in INVERTING_VERBS and before.endswith((MASK, ","))
            and (MASK in before or len(before.split()) >= 3)):
        return None
    tail = c.frame[c.rest_start:c.e].strip(" .")
    asked_name = not tail and not c.speaker and c.verb in TELL_VERBS and c.cue_text != c.verb \
        and before.endswith(MASK)
    if asked_name:
        tail = c.cue_text[len(c.verb):].strip()  # '"...?" asked Justice Samuel Alito.': not whom he asked
        if not name_part(tail):
            return None
    if NARRATIVE_TAIL.match(tail):
        return None  # '"...," McFaul said of RT': RT is what was spoken of, not the speaker
    placed = _PLACE_STATE_NOUN.match(tail)
    if placed:  # '..., said the Portland, Oregon, resident': the place and its state are inside the noun phrase
        name, appos = placed.group(0), tail[placed.end():].lstrip(",")
        of = _PLACED_OF.search(name)
        if of:  # 'the Brooklyn, New York, mom | of a 1-year-old son'
            name, appos = name[:of.start()], name[of.start():].strip()
    else:
        name, _, appos = tail.partition(",")
    quote = re.match(rf"\s*{MASK}+", appos)
    name = re.sub(r"\s+(?:where|who|which|whose)\s.*$", "", name.strip())  # 'the director of the resort where ...'
    if name[:1].isupper():
        unmarked = _NAME_THEN_ROLE.fullmatch(name)
        if unmarked:  # 'says Krystal Brown the ex-wife of ...': an apposition without its comma
            name, appos = unmarked[1], unmarked[2]
        # 'Geithner of the bill', 'Toobin of Friday's verdict': what was spoken of
        name = re.sub(r"\s+(?:(?:of|about)\s+(?:the|his|her|their|its|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+[a-z]|about\s).*$", "", name)
    full = appos.split(",")[0].strip()  # '..., said the study's lead author, Zachary Kaminsky, an assistant ...'
    owned_role = re.match(r"[A-Z][\w'’.-]*['’]s\s+[a-z]", name) is not None and person_head(name)
    if (name[:1].islower() or owned_role) and len(full.split()) >= 2 and name_part(full) == full:
        # '..., said the U.N. special representative for Iraq, Nickolay Mladenov.', "says Hannah's mother, Jennifer
        # Mohn."
        name, appos = full, name
    name = clean_speaker(_WHERE_PRESENT.sub("", _OCCASION_AFTER_NAME.sub("", name)))
    core = re.split(r"\s+(?:of|at|from|with|on)\s+", name, maxsplit=1)[0] if name[:1].isupper() \
        else " ".join(name.split()[:4]) if _one_of_people(name) else name
    if name and speaker_ok(name) and len(core.split()) <= 8 and len(name.split()) <= 14 and (
        name[0].isupper() or (name.startswith("the ") and len(name.split()) <= 4)
        or (name.startswith("the ") and name[4:5].isupper() and len(name.split()) <= 8)  # 'the Local Coordination ...'
        or (name.startswith("the ") and len(name.split()) <= 8 and person_head(re.split(r"\s+(?:of|for|at)\s+", name)[0]))
        or (name.split()[0] in ("his", "her", "their") and len(name.split()) <= 5 and person_head(name))  # 'said his mom'
        or (name.split()[0] in INDEFINITE and (len(name.split()) <= 7 or person_head(_OF_PLACE.split(name)[0])
                                                or _one_of_people(name)))
        or (name[0].isdigit() and (len(name_part(name).split()) >= 2 or _AGED_NAME.fullmatch(name) is not None))
        or _ROLE_THEN_NAME.fullmatch(name) is not None  # '..., said agent Mike Eisenstadt.'
    ):
        cs, ce = after_colon(c.frame, *trim(c.frame, c.s, c.cue_start))
        if quote:
            # 'If such reports are true, said commentator Victor Gao, "this will be ..."' and '"A," said Oates,
            # "B."': the quote goes on after the credit
            ce = c.frame.find(",", c.rest_start) + 1 + quote.end()
            return c.draft(name, c.frame.find(name, c.rest_start), cs, ce)
        found = c.draft(name, c.frame.find(name, c.cue_start + len(c.verb)), cs, ce, appos.strip())
        if asked_name:
            found.cue = c.verb
        return found
    return None


_BOUND_TO = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:ordered|required|asked|told|forced|directed|sentenced|"
                       r"expected|supposed|obliged)\s+to\b")


def participle_of_subject(c: Cue) -> Draft | None:
    """'Clinton spoke out, arguing that ...': the sentence's subject; after an earlier cue of the same sentence
    ('"A," he said, adding that B') that cue's speaker carries on."""
    if not (c.verb.endswith("ing") and (c.before.endswith(",") or (c.prev is not None and (
            c.before.endswith(MASK) or not c.before.strip(" ,"))))):
        return None  # '..., arguing that', 'Peabody said: "...," adding that'
    prev = c.prev
    intro = INTRO_CLAUSE.match(c.frame, c.s, c.e)
    head = (_coordinated_subject(c) or subject_at(c.frame, intro.end() if intro else c.s, c.e)) if prev is None else None
    subject = prev.speaker if prev is not None else head.group(0) if head else ""
    if prev is not None and not prev.is_speech and prev.end <= c.cue_start and c.frame.startswith("that ", prev.start):
        # 'we find that a new group has declared its existence, claiming ...': one does not find and then claim;
        # the subject of what was found does
        head = subject_at(c.frame, prev.start + 5, c.cue_start)
        if head is None or not speaker_ok(head.group(0)):
            return None
        prev, subject = None, head.group(0)
    if head is not None and _BOUND_TO.search(c.frame, head.end(), c.cue_start):
        return None  # 'The teen was ordered to write letters to the family, telling them ...': not yet said
    if subject and c.rest:
        cs, ce = c.content()
        if ce - cs > 10 or (MASK in c.frame[cs:ce] and ce - cs > 3):
            return c.draft(subject, prev.speaker_pos if prev is not None else head.start() if head else c.s, cs, ce,
                           prev.apposition if prev is not None else "")
    return None


_LAST_COORDINATOR = re.compile(r"(?:,\s+(?:but|and|yet)|;)\s+(?!.*(?:,\s+(?:but|and|yet)|;)\s)")


def _coordinated_subject(c: Cue) -> re.Match[str] | None:
    """'It seemed he would object, but Sandusky stopped him, saying ...': the named subject of the last clause."""
    joined = _LAST_COORDINATOR.search(c.frame, c.s, c.cue_start)
    head = subject_at(c.frame, joined.end(), c.cue_start) if joined else None
    if head is None or MASK in c.frame[c.s:joined.start()]:
        return None
    word = head.group(0)
    verb = re.match(r"\s+([a-z]+)\b", c.frame[head.end():c.cue_start])
    named = word.lower() in ("he", "she", "they") or name_part(word) == word
    return head if named and verb is not None and verb.group(1) not in FUNCTION_WORDS else None


def name_before_comma(c: Cue, at: int | None = None) -> tuple[int, str] | None:
    """The name before the comma that sets off an apposition to the speaker phrase starting at `at`."""
    start = c.sp_start if at is None else at
    name_start, name = preceding_chunk(c.frame, c.s, len(c.frame[:start].rstrip()) - 1)
    if _PLACE_BEFORE.search(c.frame, c.s, name_start):
        return None  # '... in Long Island, New York, the paper reported': the state of a place, not a speaker
    core = name_part(name) if name else ""
    titles = name[:len(name) - len(core)].split() if core and name.endswith(core) else ["-"]
    if core and name[:1].isupper() and all(t.lower().strip(".") in TITLE_WORDS for t in titles) \
            and plausible_speaker(name):  # 'Dr. Ken Fujise', not 'On Wednesday'
        return name_start, name
    return None


def nearest_doer(frame: str, s: int, end: int) -> tuple[int, str] | None:
    """The last pronoun or capitalised name before `end` in the sentence: who does what a gerund says."""
    tokens = list(re.finditer(r"[\w'’.-]+", frame[s:end]))
    i = len(tokens) - 1
    while i >= 0:
        word = tokens[i].group(0).strip(".")
        low = word.lower()
        if low in DOER_PRONOUN:
            return s + tokens[i].start(), DOER_PRONOUN[low]
        if word[:1].isupper() and not word.isupper() and low not in _NOT_DOERS and not is_org(word):
            j = i
            while j > 0 and tokens[j - 1].group(0)[:1].isupper() and tokens[j - 1].group(0).lower() not in _NOT_DOERS \
                    and frame[s + tokens[j - 1].end():s + tokens[j].start()].strip() == "":
                j -= 1
            return s + tokens[j].start(), frame[s + tokens[j].start():s + tokens[i].end()].rstrip(".")
        i -= 1
    return None
