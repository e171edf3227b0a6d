"""Attribution frames that need no speech-verb cue: a quoted predicate ('called the plan "a disgrace"'), a
statement noun ('Trump's claim that ...'), a colon introducing a quote, 'according to', and documents that carry
words ('the letter reads').

Holds `quote_predicate`, `noun_cue`, `colon_intro`, `according` and the document-credit patterns
(`DOC_CREDIT`, `DOC_INTRO`), with the patterns and word lists only these rules use.
"""

from __future__ import annotations

import re

from summarizer.clauses import (
    ADVERBIAL,
    AND_CLAUSE,
    COLON_QUOTE,
    COORDINATED,
    DOER_PRONOUN,
    GROUP_HEADS,
    INTRO_PHRASE,
    NEXT_WORD,
    PAREN,
    PASSIVE_AUX,
    PREPOSITIONS,
    SUBORDINATORS,
    Draft,
    after_colon,
    apposed_speaker,
    clause_content,
    clean_speaker,
    is_finding,
    kind_of,
    preceding_chunk,
    speaker_ok,
    subject_at,
    tail_noun_phrase,
    trim,
)
from summarizer.cues import PRONOUNS, QUOTE_VERB_RE, STATEMENT_NOUNS, TITLE_WORDS, WRITTEN_THING
from summarizer.quotes import MASK
from summarizer.speakers import (
    FUNCTION_WORDS,
    LEADING_CONJ,
    PERSON_HEADS,
    PLACEHOLDER_WORDS,
    is_org,
    name_part,
    people_head,
    person_head,
)
from summarizer.speech_act_frames import act_subject

_POSSESSOR = r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)"
_NOUN_CUE = re.compile(
    rf"(?P<sp>{_POSSESSOR})\s+(?:[a-z]+\s+)?(?P<noun>{'|'.join(STATEMENT_NOUNS)})\s+(?=that\b)"
)


def noun_cue(frame: str, s: int, e: int) -> Draft | None:
    """"Trump's claim that ...", "his statement that ...": the that-clause, said by the possessor."""
    m = _NOUN_CUE.search(frame, s, e)
    if m is None:
        return None
    raw = m.group("sp")
    speaker = DOER_PRONOUN.get(raw.lower()) or re.sub(r"['’]s?$", "", raw)
    speaker = LEADING_CONJ.sub("", speaker).strip()
    if not speaker or not speaker_ok(speaker) or speaker.split()[0].lower() in FUNCTION_WORDS:
        return None
    if speaker not in PRONOUNS and not name_part(speaker):
        return None
    cs, ce = clause_content(frame, m.end(), e)
    if ce - cs < 12:
        return None
    return Draft(speaker, m.start("sp"), m.group("noun"), cs, ce, kind_of(frame, cs, ce), True)


# Any finite verb (for sentences whose predicate holds a quote): 'The two presidents introduced the "War on Drugs."'
_GENERIC_VERB = re.compile(
    r"\b(?:(?:has|have|had|is|was|are|were|will|would|also|repeatedly)\s+)*(?P<verb>[a-z]{2,}(?:ed|es)|[a-z]{3,}[^s's]s|"
    r"sang|wrote|said|told|spoke|took|gave|made|put|shouted|yells)\b"
)

_NOT_SAYING = frozenset("includes include included contains contained features featured involves involved requires "
                        "required allows allowed costs cost played plays starred stars translates translated means "
                        "meant stands sued sues suing spelled spelt misspelled misspelt occurs occurred happens "
                        "happened exists existed arises arose gave gives received receives won wins earned "
                        "earns gained gains lost loses facts appeared appears performed performs celebrated celebrates "
                        "titled entitled retitled spends spent spend spending launched launches runs ran "
                        "edits edited owns owned".split())  # 'Boko Haram translates as "..."': a meaning, not words
_NOUN_BEFORE = re.compile(r"\b(?:[Ss]everal|[Mm]any|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Aa]ll|[Bb]oth|[Mm]ost|[Ff]ew|"
                          r"[Tt]he|[Tt]hese|[Tt]hose|[Aa]|[Aa]n|\d+)\s*$")
_LATER_CLAUSE = re.compile(r"\s+(?:after|when|while|because|before|since|until|amid|even\s+as)\b")
_PARTICLE = re.compile(r"\s*(?:to|as|out|at|of|on|for|up)\b\s*")


_TITLE_NOUNS = frozenset(
    """documentary film movie book song album show series novel play episode title titled entitled nickname
    program programme magazine newspaper column headline hashtag slogan version rendition segment segments excerpt
    excerpts scene scenes chapter track songs films books""".split()
)
_NAMED_AFTER = frozenset("list ranking rankings award awards index prize campaign initiative tour".split())
_WORD_AFTER_QUOTE = re.compile(r"\x00+[\s,]*([a-z]+)\b")
_NAMING = frozenset("called named dubbed nicknamed labeled labelled branded".split())
_TIME_NOUNS = frozenset("years months weeks days hours minutes times decades centuries".split())
_LABEL_BEFORE = re.compile(r"\b(?:level|status|rating|grade|category|stage|phase|mode|alert)\s+(?:to|as|of|at)\s*$")
_GENERIC_BREAK = re.compile(r",|\s--\s|—|\b(?:while|because|when|since|though|although)\b|\band\s+(?:it|he|she|they|we|I)\b")


def _generic_ok(frame: str, speaker: str, verb: str, ve: int, e: int) -> bool:
    """Any finite verb before a quote ('introduced the "War on Drugs"') only in a simple clause: the quote is
    the verb's own object, not a title ('her new documentary "13th"'), nor after a comma or a subordinate
    clause ('unloaded on Cruz in return, yoking him ...'), and the subject is a plain noun phrase."""
    if verb in _TIME_NOUNS or speaker.endswith("-") or speaker.split("-")[0].lower() in _NUMBER_WORDS \
            or speaker.split()[-1].lower() in _EVENT_HEADS or _CLAUSE_IN_SUBJECT.search(speaker):
        return False  # 'the Arab Spring created an opportunity that allows things "out of the norm"': an event
    first = frame.find(MASK, ve, e)
    between = frame[ve:first]
    if _SUCH_AS.search(f"{speaker} {verb}{between}"):
        # titles given as examples: 'originated parts in such works as Williams' "The Rose Tattoo"'; 'the
        # cinematographer for such David Fincher films as "..."', where 'films' is a noun
        return False
    if _GENERIC_BREAK.search(between) or _LABEL_BEFORE.search(between):
        return False  # 'raised its terror alert level to "high"': a named level, not words
    after = _WORD_AFTER_QUOTE.match(frame, first)
    if after and (after[1].lower() in _TITLE_NOUNS or after[1].lower() in _NAMED_AFTER):
        return False  # "places fourth on the Fortune '100 Best Companies to Work For' list": the list's name
    return not _titled_object(between)


def _titled_object(between: str) -> bool:
    """The words before a quote make it a title or a name: 'a service called "Delete Me"', 'the song "Care"', 'a
    version of "Yesterday"'."""
    words = between.split()
    if len(words) > 1 and words[-1] == "of":
        words = words[:-1]
    return bool(words) and (re.sub(r"['’]s?$", "", words[-1].lower().rstrip(".,")) in _TITLE_NOUNS
                            or words[-1] in _NAMING)


_CLAUSE_IN_SUBJECT = re.compile(r"\b[a-z]{3,}ed\s+(?:in|on|at|with|for|to|from|by|into)\b")  # 'Federle appeared in the ..'
_SUCH_AS = re.compile(r"\bsuch\s+(?:[\w'’-]+\s+){0,3}?as\b", re.IGNORECASE)
_EVENT_HEADS = frozenset("spring war revolution crisis olympics games cup election storm hurricane".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred".split()
)
_PASSIVE_TAIL = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+(?:[a-z]+ly|once|often|also|still|never|ever|"
                           r"always|later|long|widely))?$")  # 'They were once referred to as "..."'
_TIME_ADVERBS = frozenset(
    "often again also today yesterday tonight now then still even too ever never a an the his her their its this".split()
)
_LINKERS = frozenset("and or but as to because so than that which who when where if until unless".split())


# 'Her other Tony nominations came from "Bus Stop"': words of these shapes are plural nouns, not verbs
_IMPERATIVES = frozenset("read watch see click listen follow share tell look".split())
_NOUN_SHAPE = re.compile(r"(?:ations|ships|ists|ities|nesses|appearances|performances|ments|^series)$")
# 'returned from intermission ... "Requiem"', 'acted in dozens of shows after "Gilligan's Island"': a verb of doing
_PLACE_AFTER = re.compile(r"\s+(?:from|into|in|at|on|over|under|through|across|during|after|before|around)\s")
_SAID = frozenset("said told wrote spoke".split())
_THAT_BEFORE_QUOTE = re.compile(r"[^\x00]*?\sthat\s")  # 'opined in a piece for CNN.com that a "cursory reading ..."'
_RELATIVE_SPEAKER = re.compile(r"\b(?:in\s+which|in\s+whose\s+\w+|where)\s+(?:[a-z]+\s+){0,2}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*$")
_AUX_NEXT = re.compile(r"\s+(?:have|has|had|are|were|is|was|will|would|can|could|should|must|may|might|do|did)\b")


_THAT = re.compile(r"\bthat\b")
_NAME_NEXT = re.compile(r"\s([A-Z][a-z][\w'’-]*)\s+[A-Za-z]")
_DATE_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                        "July August September October November December".split())


def quote_predicate(frame: str, s: int, e: int) -> Draft | None:
    """'She called Wells Fargo's behavior "outrageous"': a non-speech verb whose predicate quotes someone.

    Only the predicate (object and quote) is content; the quote marks are the evidence that it is speech."""
    # Listed verbs first, then any finite verb; none after the first quote (its verb would be narration).
    first_quote = frame.find(MASK, s, e)
    for m in (*QUOTE_VERB_RE.finditer(frame, s, first_quote), *_GENERIC_VERB.finditer(frame, s, first_quote)):
        vs, ve = m.start(), m.end()
        if MASK not in frame[ve:e]:
            continue
        verb = m.group("verb")
        if any(_RELATIVE_SPEAKER.search(frame, ve, later.start()) for later in QUOTE_VERB_RE.finditer(frame, ve, first_quote)):
            continue  # 'referred questions to a statement in which spokesman Qin Gang called the charges "absurd"'
        before = frame[s:vs].rstrip()
        if m.re is _GENERIC_VERB and (_AUX_NEXT.match(frame, m.end("verb"), e) or verb in GROUP_HEADS
                                      or verb in _NOT_SAYING or _NOUN_BEFORE.search(frame, s, vs)
                                      or _NOUN_SHAPE.search(verb) or verb[:-1] in PERSON_HEADS
                                      or (_PLACE_AFTER.match(frame, m.end("verb"), e) and verb not in _SAID
                                          and not _THAT_BEFORE_QUOTE.match(frame, m.end("verb"), e))):
            # 'California voters | have an opportunity', 'urged Florida lawmakers', 'Several jurors described':
            # plural nouns; 'the law includes a "fair share" provision': no one speaks
            continue
        if not verb.endswith("ing") and verb != "quoted" and (
                PASSIVE_AUX.search(frame, vs, m.start("verb")) or _PASSIVE_TAIL.search(before)):
            # 'she was freed from the "house of horrors"', 'was told by a coach that "..."', 'The decision was
            # announced in a brief ruling', 'They were once referred to as "..."'; but 'was quoted as saying'
            continue
        if verb.endswith("ing") and m.start("verb") == vs:  # a bare participle; 'is calling' is finite
            if not before.endswith(","):
                continue
            head = subject_at(frame, s, e)
            speaker, sp_start, appos = (head.group(0), s, "") if head else ("", s, "")
        else:
            sp_start, speaker = preceding_chunk(frame, s, vs)
            speaker = clean_speaker(speaker)
            appos = ""
            if not speaker and before.endswith(","):
                parts = [p.strip() for p in before[:-1].split(",")]
                if len(parts) == 3 and INTRO_PHRASE.match(parts[0]):
                    parts = parts[1:]  # 'In a letter to General David Petraeus, InterAction, which ..., expressed'
                elif len(parts) == 2 and INTRO_PHRASE.match(parts[0]):
                    continue  # 'In May, Xi received both leaders, issued a "peace plan"': a lead-in, then a clause
                if 2 <= len(parts) <= 3:
                    speaker = clean_speaker(LEADING_CONJ.sub("", parts[0]))
                    appos = ", ".join(parts[1:])
                    second = clean_speaker(parts[1])
                    apposed = apposed_speaker(before) if MASK not in before else None
                    if (not name_part(speaker) and second and name_part(second) == second) or (
                            apposed is not None and apposed[0] == second and name_part(second) == second and person_head(speaker.split(" of ")[0])):
                        # 'Another critic, Laurence H. Tribe, likened ...', 'The president of the National
                        # Organization for Marriage, Brian Brown, called ...'
                        speaker, appos = second, speaker
                    sp_start = frame.find(speaker, s) if speaker else s
            if speaker and not speaker_ok(speaker):
                tail_np = tail_noun_phrase(speaker)  # "That's when she | pointed to ..."
                sp_start, speaker = sp_start + len(speaker) - len(tail_np), tail_np
        if not speaker or not speaker_ok(speaker) or speaker.lower() in _IMPERATIVES:
            continue  # 'Read related: Madagascar's "lemur lady" ...': a link's label
        low = speaker.split()[0].lower()
        if not (speaker[0].isupper() or low in PLACEHOLDER_WORDS or low in PRONOUNS):
            continue
        if low in PRONOUNS and not frame.startswith(speaker, sp_start):
            # 'Lavrov, the Russian Foreign Minister, reflected these worries when he voiced "..."': where 'he' stands
            inner = [w.start() for w in re.finditer(rf"\b{speaker}\b", frame[sp_start:vs])]
            sp_start += inner[-1] if inner else 0
        # 'The Pentagon', 'the Richard III Society' are named; 'The service' or 'Our survey' is not for any verb
        proper_org = is_org(speaker) and (m.re is not _GENERIC_VERB or any(w[:1].isupper() for w in speaker.split()[1:]))
        named = name_part(speaker) or person_head(speaker) or proper_org or _DOC_HEAD.search(speaker) \
            or (people_head(speaker) and m.re is not _GENERIC_VERB)  # 'His aides called him "a genius"'
        if (speaker.lower() in {"we", "i"} or (speaker.lower() in {"it", "they"} and m.re is _GENERIC_VERB)
                or (speaker.lower() not in PRONOUNS and not named)):
            continue  # 'it referenced "political tensions"' is a listed verb; 'it became "a mess"' is not speech
        if m.re is _GENERIC_VERB and (not _generic_ok(frame, speaker, verb, ve, e)
                                      or frame[s:sp_start].strip().lower() in SUBORDINATORS):
            continue  # 'When Hoffman took the stage to accept his Oscar for "Capote," he remembered ...': a clause
        if verb.startswith(("sang", "sing")) and _titled_object(frame[ve:frame.find(MASK, ve, e)]):
            continue  # 'Miley Cyrus sang her hit "The Climb"': a song's title, not its words
        adv = ADVERBIAL.match(frame, ve, e)
        cs = adv.end() if adv else ve
        part = _PARTICLE.match(frame, cs, e)
        if verb in {"gone", "going", "went"}:  # 'has gone after Trump as a "human leech"'
            after = re.compile(r"\s+after\s+").match(frame, cs, e)
            if after is None:
                continue
            cs = after.end()
        if part and verb in {"pointed", "referred", "refers", "referring"}:
            cs = part.end()
        if verb.startswith("cit") and re.match(r"\s*(?:where|when|how)\b", frame[cs:e]):
            continue  # "Romney's campaign cites where the candidate addressed the case in his book "No Apology.""
        if verb.startswith(("wrote", "writ")) and WRITTEN_THING.match(frame, cs + 1 if frame[cs:cs + 1] == " " else cs):
            continue  # 'also wrote a book on prickly pacts, titled "..."': a book, not words said
        cs, ce = clause_content(frame, cs, e, 4)
        quote_at = frame.find(MASK, cs, ce)
        lead_in = frame[cs:quote_at].strip() if quote_at >= 0 else ""
        if _OCCASION_LEAD.match(frame, cs, ce) or (lead_in.endswith(":") and len(lead_in.split()) <= 3):
            # 'announced after his team's victory: "..."', 'the judge jumped in: "..."': the quote alone
            cs, ce = after_colon(frame, cs, ce)
        first = frame.find(MASK, cs, ce)
        if first < 0 or ce - cs < 4:
            continue
        if AND_CLAUSE.search(frame, cs, first):
            continue  # 'described themselves as fans and two have seen "This Is It"': the quote is another clause's
        coord = COORDINATED.search(frame, first, ce)
        if coord:
            ce = coord.start()
        q_end = first
        while q_end < ce and frame[q_end] == MASK:
            q_end += 1
        later = _LATER_CLAUSE.search(frame, q_end, ce)
        if later:  # 'described her as a "disgrace" after she attacked ...': the later clause is narration
            ce = later.start()
        last = frame.rfind(MASK, cs, ce) + 1
        follow = NEXT_WORD.match(frame, last)
        named_next = _NAME_NEXT.match(frame, last, ce)
        quote_len = last - (frame.rfind(" ", cs, last) + 1)
        if named_next and named_next.group(1) not in _DATE_NAMES and quote_len <= 24:
            follow = named_next  # 'concern that a "winter" World Cup could clash': a short quote before a name reads on
        in_that = _THAT.search(frame, cs, last) is not None  # 'that the "zoo community" collectively is less ...'
        if not follow or follow.group(1) in (PREPOSITIONS - {"for"}) | _LINKERS \
                or (follow.group(1).endswith("ly") and not in_that) \
                or follow.group(1) in _TIME_ADVERBS or (_AUX_NEXT.match(frame, last, ce) and not in_that):
            # the predicate's quoted part ends it ('describes herself as a "sleep evangelist," has nap rooms ...': the
            # subject's next predicate); 'a "real" risk of ...' reads on to the clause end
            ce = last
        return Draft(speaker, sp_start, verb, cs, ce, kind_of(frame, cs, ce), True, appos)
    return None


_COLON_SUBJECT = re.compile(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[a-z]+(?=\s+[a-z])|(?:[Hh]e|[Ss]he|[Tt]hey|I|We)\b"
    r"|(?:(?:[A-Z][\w'’.-]*|of|the|de|van|von)\s+){0,5}[A-Z][\w'’-]*(?:\s*\([^()\x00]{1,30}\))?"
)


# 'Kerry was then asked: "..."': the quote is the question put to the subject
_ASKED_OF = re.compile(r"(?:was|were|is|are|(?:has|have|had) been)\s+(?:(?:then|also|later|again|first|once|\w+ly)\s+)?(?:asked|told)\b")


def colon_intro(frame: str, s: int, e: int) -> Draft | None:
    """'Obama is rolling out a new message: "It's about me."': a clause whose subject introduces a whole quote."""
    m = COLON_QUOTE.search(frame, s, e)
    if m is None or frame[m.end():e].strip(MASK + " .") != "" or MASK in frame[s:m.start()]:
        return None
    comma = frame.rfind(", ", s, m.start())
    start = comma + 2 if comma >= 0 else s  # 'With 50 days to go, Obama ...': the subject follows the lead-in
    subj = _COLON_SUBJECT.match(frame, start, m.start())
    if subj is None:
        return None
    speaker = clean_speaker(PAREN.sub("", subj.group(0)).strip())
    after = frame[subj.end():m.start()].split()
    if not speaker or not after or not after[0].islower() or after[0] in ("of", "that", "which", "who", "whose") \
            or after[0] in ("the", "a", "an") \
            or not act_subject(speaker, False) \
            or _ASKED_OF.match(" ".join(after)) is not None \
            or speaker.lower() in ("sample", "example", "excerpt") \
            or re.search(r"\band (?:a|an|the) ", " ".join(after)) is not None:
        # 'Sample tweet: "..."': a label; 'The parents of ... have a message:' and 'Content that was ... had been
        # removed with messages reading:' have their verbs further on; 'Users
        # cannot view images and a message reads on the site: "..."': the clause before the colon has a subject
        # of its own
        return None
    cs, ce = trim(frame, m.end(), e)
    return Draft(speaker, subj.start(), after[0], cs, ce, "direct", not is_finding(speaker, after[0]))


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
DOC_CREDIT = re.compile(
    rf"\x00\s*,?\s*(?P<sp>{_DOC_SUBJECT})\s+(?P<verb>{_DOC_VERB})\b\s*(?:[.,;]|$)"
)
# '"...," read a statement from the police.': the document after its verb, and who issued it
DOC_CREDIT_AFTER = re.compile(
    rf"\x00\s*,?\s*(?P<verb>read|reads|said|says|stated|states)\s+(?P<sp>(?:[Aa]n?|[Tt]he)\s+(?:(?!of\b)[\w'’.-]+\s+){{0,3}}?"
    rf"(?:{_DOCS})(?:\s+(?:from|by|of|issued\s+by)\s+[^.,;:\x00]{{1,60}}?)?)\s*(?:[.,;]|$)"
)
DOC_INTRO = re.compile(rf"(?P<sp>{_DOC_SUBJECT})\s+(?P<verb>{_DOC_VERB})\s*[:,]?\s*(?=\x00)")


_QUOTE_CREDITED = re.compile(r"(?:[^\n]*[\x00,])?\s*(?:(?:[A-Z][\w'’.-]*\s+){1,4}|(?:he|she|they)\s+)"
                             r"(?:allegedly\s+|reportedly\s+)?"
                             r"(?:said|says|told|tells|wrote|writes|added|adds)"
                             r"(?:\s+(?:[A-Z][\w'’.-]*|(?:the|a|an|his|her|their)\s+[a-z]+|him|her|them|me|us|reporters))?\s*"
                             # '"...," said Prime Minister Laurent Lamothe, according to a U.N. transcript'
                             r"|[^\n]*\x00,?\s*(?:said|says|added|adds|wrote|writes)\s+(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*\s*")
_OWN_CREDIT = re.compile(r"(?P<sp>[A-Z][^,;:\x00]{0,80}?)\s+(?:has\s+|had\s+)?(?:said|says|told|tells|stated|claimed|claims|"
                         r"insisted|argued|warned|reported|reports|added|adds|noted|notes|dismissed|rejected|denied|accused|urged|criticized|criticised|"
                         r"condemned|welcomed|called\s+(?:for|on))\s+\S")


_OCCASION_LEAD = re.compile(r"(?:after|before|during|following|upon|at|on|in)\s")
_POSSESSIVE = re.compile(r"^(?:his|her|their|its)\s+")
_APPOSED_ROLE = re.compile(r"(?P<role>(?:an?|the|[A-Z][\w.-]*['’]s?)\s[^,\n]{2,80}?),\s+")
_SOURCE_RELATIVE = re.compile(r"(?:which|who)\s[^,;:\x00]{3,80},\s+(?=\S)")
_OF_AFFILIATION = re.compile(r"\s+(?:for|of|at|in|with)\s+")  # 'its vice president | for the Africa region'
# A name, then content whose first words hold no comma (not 'Ann Lee, a farmer, was shot').
_NAME_THEN_CONTENT = re.compile(r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}), (?=[a-z])(?=(?:[^,\s]+\s+){5})")
_APPOSED_NAME = re.compile(r"\s*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})\s*(?:[.;]|$|, (?:who|a|an|the)\b)")


# 'According to Mississippi law, voters are not required ...': what a rule or custom holds, not words said
_RULES = frozenset("law laws rules regulations statute statutes constitution guidelines tradition legend custom "
                   "bible scripture quran dictionary definition schedule wishes wish plan plans instructions design "
                   "script protocol procedure procedures".split())


def _rule(speaker: str) -> bool:
    last = speaker.split()[-1]
    return last.lower() in _RULES and (last.islower() or last in ("Constitution", "Bible", "Quran", "Scripture"))


_DASH = re.compile(r"\s(?:--|[—–―])\s|[—―]$")


_ARTICLES = frozenset("a an the".split())
_INSET_ROLES = PERSON_HEADS | TITLE_WORDS
# '..., according to the document, was to ..., the official said.': the sentence's own credit comes last
_TRAILING_SAID = re.compile(r",\s+(?:[^,\x00]{1,80}?\s)?(?:said|says|told|added|adds|wrote|writes)\b[^,\x00]{0,60}$")
_INSET_GOES_ON = re.compile(r",\s+([a-z][\w'’-]*)")
# after the credit's comma: a new clause, or the source's own apposition ('according to Douglas Paal, vice president')
_INSET_BREAKS = frozenset("and but or which who whom whose where when while as although though because after before since "
                          "saying adding citing noting so yet a an the vice senior chief deputy former".split())


_OPEN_END = re.compile(r"\b(?:with|of|to|for|by|from|in|on|at|into|the|a|an|and|or)\s*,?\s*$")
_CONJ_BEFORE = re.compile(r",\s+(?:but|and|while|whereas|yet)\s+$")
_JOINED_END = re.compile(r"\s(?:and|or|but)\s*,\s*$")


_LEAD_IN_PHRASE = re.compile(r"(?:In|At|On|By|After|Before|For|Since|Under|From)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+")


def _goes_on(before: str, after: str, comma: int) -> bool:
    """The clause `before` an inset 'according to SOURCE,' goes on after it: 'The talks, | will resume'; not when the
    words after the comma start a new clause or describe the source."""
    goes_on = _INSET_GOES_ON.match(after, comma)
    if goes_on is not None and _OPEN_END.search(before) and goes_on.group(1) not in _INSET_ROLES:
        return True  # 'A piece of paper with, according to Coca-Cola, a recipe inside': the phrase is unfinished
    if goes_on is None or len(before.split()) > 6 or goes_on.group(1) in _INSET_ROLES:
        return False
    word = goes_on.group(1)
    # 'However, according to Anderson, the licenses are ...': an article goes on only after an adverb
    return word not in _INSET_BREAKS or (word in _ARTICLES and len(before.split()) <= 2
                                          and before.split()[0].lower() not in _ARTICLES)


def according(frame: str, s: int, e: int, m: re.Match[str], defer: bool = True) -> Draft | None:
    """'CONTENT, according to SOURCE' or 'According to SOURCE, CONTENT'; with `defer`, none when the content names
    its own speaker, whose cue the caller reads first."""
    after = frame[m.end():e]
    comma = after.find(",")
    dash = _DASH.search(after)
    if dash and (comma < 0 or dash.start() < comma):
        if not _DASH.search(frame[s:m.start()] + " "):
            return None  # 'According to Apple a fingerprint -- up to five prints -- can be read': no source to cut
        # '..., unfriendly and -- according to many human rights advocates -- unfair legal system': an inset
        speaker = after[:dash.start()].strip()
        cs, ce = trim(frame, s, e)
        if not speaker_ok(speaker) or _rule(speaker):
            return None
        return Draft(speaker, frame.find(speaker, m.end()), m.group(0), cs, ce, kind_of(frame, cs, ce),
                     not is_finding(speaker, "said"))
    if frame[s:m.start()].strip() == "":
        colon = after.find(":")
        if colon >= 0 and (comma < 0 or colon < comma):
            comma = colon  # 'According to Pew: "..."'
        if comma < 0:
            return None
        speaker = after[:comma].strip()
        cs, ce = trim(frame, m.end() + comma + 1, e)
        own = _OWN_CREDIT.match(frame, cs, ce) if defer else None
        if own and speaker_ok(own.group("sp")):
            return None  # 'According to a translation by SITE, Mahmoud said ...': Mahmoud said it
        named = _NAME_THEN_CONTENT.match(frame, cs, ce)
        if named and person_head(speaker) and name_part(named["name"]) == named["name"]:
            # 'According to one defector, Mina Yoon, the elections serve as ...': the name is the defector
            return Draft(named["name"], named.start("name"), m.group(0), named.end(), ce,
                         kind_of(frame, named.end(), ce), True, speaker)
        relative = _SOURCE_RELATIVE.match(frame, cs, ce)
        if relative:
            cs = relative.end()  # 'According to the Guttmacher Institute, which studies sexual health, 13% ...'
        role = _APPOSED_ROLE.match(frame, cs, ce)
        if role and name_part(speaker) == speaker and " " in speaker \
                and person_head(_OF_AFFILIATION.split(_POSSESSIVE.sub("the ", role["role"]))[0]):
            # 'According to Dan Stevens, the county deputy emergency management coordinator, Hribal had ...'
            cs = role.end()
    else:
        speaker = after[: comma if comma >= 0 else len(after)].strip().rstrip(".")
        cs, ce = trim(frame, s, m.start())
        if comma >= 0 and frame[s:m.start()].rstrip().endswith(",") and _goes_on(frame[cs:ce], after, comma) \
                and not _TRAILING_SAID.search(frame, m.end() + comma + 1, e):
            cs, ce = trim(frame, s, e)  # 'The talks, according to Reuters, will resume': the credit is an inset
            if _JOINED_END.search(frame, s, m.start()):
                # 'The Party controls the courts and, according to the supreme court, ...': the credit is the
                # second clause's
                cs, ce = trim(frame, m.end() + comma + 1, e)
        elif comma >= 0 and frame[s:m.start()].rstrip().endswith(",") and len(frame[m.end() + comma + 1:e].split()) >= 3 \
                and MASK not in frame[cs:ce] and (frame[cs:ce].endswith(" that") or _LEAD_IN_PHRASE.fullmatch(frame, cs, ce)):
            # 'In the end it appears that, according to his family, Mr. Russell has ...': a lead-in, not content
            cs, ce = trim(frame, s, e)
        if comma >= 0 and _CONJ_BEFORE.search(frame, s, m.start()) and len(frame[m.end() + comma + 1:e].split()) >= 3:
            # "It's unknown how many get an implant, but according to NIH, about 210,000 have one": the clause after
            cs, ce = trim(frame, m.end() + comma + 1, e)
        named = _APPOSED_NAME.match(after, comma + 1) if comma >= 0 else None
        name = named.group(1).rstrip(".") if named else ""
        role = _POSSESSIVE.sub("the ", speaker)
        if name and (person_head(role) or person_head(_OF_AFFILIATION.split(role)[0])) and name_part(name) == name:
            # '..., according to her lawyer, Mohamed Jar Elnabi.': the name speaks, the role describes
            spos = frame.find(name, m.end() + comma)
            return Draft(name, spos, m.group(0), cs, ce, kind_of(frame, cs, ce), True, speaker)
        own = _OWN_CREDIT.match(frame, cs, ce) if defer else None
        if (own and speaker_ok(own.group("sp"))) or (defer and _QUOTE_CREDITED.fullmatch(frame, cs, ce)):
            # 'He said the talks were "constructive", according to a readout', '"...," Sterling allegedly said,
            # according to the lawsuit': he said it
            return None
    if not speaker or (len(frame[cs:ce].split()) < 3 and MASK not in frame[cs:ce]) or len(speaker.split()) > 20 \
            or _rule(speaker):
        return None
    spos = frame.find(speaker, m.end())
    return Draft(speaker, spos, m.group(0), cs, ce, kind_of(frame, cs, ce), not is_finding(speaker, "said"))
