"""Speech acts on unquoted objects: 'Borrell called for a ceasefire', 'the ministers rejected the plan'.

Holds `act_at` (the statement one speech-act verb of summarizer/speech_acts.py makes, with its subject and object),
`speech_act` (the first such act of a sentence), `act_subject` (who can perform an act) and `cue_matches` (the
speech-verb cues and acts of a sentence, in order), with the patterns only these rules use.
"""

from __future__ import annotations

import re

from summarizer.clauses import (
    ADVERBIAL_CLAUSE,
    AND_BEFORE,
    AND_CLAUSE,
    AND_PREDICATE,
    AS_TIME_CLAUSE,
    BALLOTERS,
    CIRCUMSTANCE,
    CLAUSE_END,
    COUNTERFACTUAL,
    DAY,
    GROUP_HEADS,
    INDEFINITE,
    INSERTED_CREDIT,
    INTRO_CLAUSE,
    NAMED_TAIL,
    NEXT_WORD,
    NP_BREAKERS,
    PASSIVE_AUX,
    PREP_THAT,
    SPEECH_FORMS,
    VENUE,
    VERB_AND,
    Draft,
    apposed_speaker,
    clause_content,
    clean_speaker,
    content_after,
    is_finding,
    kind_of,
    past_region,
    preceding_chunk,
    relative_clause_end,
    speaker_ok,
    subject_at,
    trim,
)
from summarizer.cues import (
    CUE_RE,
    NOUN_LEAD,
    PRONOUNS,
    SPEAKING_DOCUMENTS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    THREATENED_MEASURE,
    noun_use,
)
from summarizer.quotes import MASK
from summarizer.speakers import (
    MILITARY_HEADS,
    NATIONALITIES,
    PLACEHOLDER_WORDS,
    STATES,
    is_org,
    name_part,
    people_head,
    person_head,
)
from summarizer.speech_acts import ACT_RE, NOUN_FORMS, PARTICLE_REQUIRED, lookup

_CATENATIVE = re.compile(
    r"\s+(?:continued|continues|began|begins|tried|tries|sought|seeks|wants|wanted|hopes|hoped|plans|planned|"
    r"went\s+on|used|moved|rushed|refused|declined|vowed|pledged|promised|threatened|agreed)\s+to$"
)

# 'called the charges unsubstantiated', 'called her vote on the war a mistake': naming something is a verdict;
# 'called a news conference', 'called him on Tuesday', 'called the police' are not.
_NAMING = re.compile(
    r"\s+(?:him|her|them|it|this|that|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"|(?:the|his|her|their|its|this|that|these|those)\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+"
    r"|(?!(?:on|for|in|at|to|off|out|up|back|it|forth|upon|into|over|down|away|about|with|from|by|as)\b)"
    r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"  # 'called climate change a hoax'
    r"\s+(?:(?<!\sin\s)(?<!\son\s)(?<!\sat\s)(?<!\sfor\s)(?<!\sto\s)(?<!\swith\s)(?<!\sfrom\s)(?<!\sby\s)an?\s+[a-z]"
    r"|[a-z]+(?:ous|ful|less|ible|able|ic|ive|ish|ent|ant|ted|zed|sed)(?=\s+(?:and|or|but|because|for|after|before)\b|[,;.]|$))"
)

_ACT_INSET = re.compile(
    r"(?:^|[.;]\s+|,\s+|\b(?:since|after|when|as|because|while|before)\s+)(?P<sp>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+"
    r"(?:at|in|on|during|after|before|speaking|appearing|writing|[a-z]+ing)\b[^,\x00]{1,60},\s*$"
)

_ONLY_WHEN = re.compile(
    rf"(?:(?:on|late|early|last|this|next)\s+)?(?:{DAY}|week|month|year|weekend)(?:\s+(?:morning|afternoon|evening|night))?"
)
# 'has encouraged allies to spend more but has said she will ...': the subject's next predicate, not the object.
_BUT_PREDICATE = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:has|have|had|also|then|later|would|will|did|does)\s+)+(?:said|says|told|[a-z]{3,}ed)\s"
    r"|,?\s+but\s+(?:(?:did|does|do|has|had|would|will)\s+)?(?:not|never)\s+[a-z]{3,}\b"  # 'but did not recommend'
    r"|,?\s+but\s+also\s+(?:(?:would|will|could|may|might)\s+)?(?:had|has|have)\s+to\s"  # 'but also had to give him more time'
    r"|,?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:said|says|told|added|argued|insisted|warned)\s"  # 'and said'
)
_WH_OBJECT = re.compile(r"(?:that|whether|how|what|why|if|when|where|who)\b")
# An auxiliary that makes a bare form a verb ('they will support'); an adverb alone does not ('gravelly voice').
_TRUE_AUX = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|did|does|do|never|not|didn['’]t|"
                       r"doesn['’]t|don['’]t|won['’]t)\b")
_TARGETS = frozenset("city town village base bases positions convoy targets ships port airport camp border".split())
_NOT_NAMES = frozenset("I It He She They We You This That Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_NOT_AN_OBJECT = re.compile(r"(?:by|into|onto|through|across|down|up|off|away|back|(?:little|nothing|much)\s+else$)\b")
_LIST_GOES_ON = re.compile(r"(?!\s*[a-z]+ing\b)\s*(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+(?:and|or)\s+[\w'’-]+(?:\s+[\w'’-]+)?(?=[\s,.;]|$)"
                           r"(?!\s+(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]+ed)\b)")
_EVIDENCE = re.compile(
    r"\s+(?:[^,.;\x00]{1,80}?\s+as\s+(?:an?\s+)?(?:example|evidence|proof|sign|reason|model|warning)\b"
    r"|(?:the\s+|a\s+|new\s+|recent\s+)*(?:evidence|data|figures|polls?|reports?|stud(?:y|ies)|statistics|"
    r"signs?|the\s+fact|need|progress|gains|concerns?|risks?)\b)"
)
_NEGATION = re.compile(r"\b(?:(?:did|does|do|has|have|had|will|would|could)\s+)?(?:not|never)\b|\b\w+n['’]t\b")
_FEELING_ABOUT = re.compile(
    r"\s+(?:(?:deep|grave|serious|strong|growing|some|their|his|her|its|the|great|particular|renewed|cautious|full|"
    r"outright|sharp|almost\s+universal)\s+){0,3}(?:concerns?|outrage|support|opposition|frustration|skepticism|"
    r"scepticism|doubts?|anger|dismay|hopes?|confidence|regret|disappointment|alarm|reservations|sympathy|solidarity|"
    r"gratitude|satisfaction|optimism|pessimism|condolences|interest|fears?|worries|misgivings)\s+"
    r"(?:about|over|for|at|with|in|regarding|toward|towards|to)(?=\s)"
)
_PRONOUN_ONLY = re.compile(
    r"(?:it|them|him|her|this|these|those)\s+(?:(?:to|into)\s+(?:the|a|an|his|her|their|its|[A-Z])|with\b|from\b)"
)
_PERFECT_END = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?$")
_VERB_FIRST = re.compile(
    r"(?:said|says|told|was|were|is|are|has|had|have|and|or|saying|accusing|arguing|claiming|adding|telling|noting)\b"
)  # 'most of those questioned | said'
_OWNED_HEAD = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}([a-z-]+)$")  # "brown's weekend arrest" -> arrest
_SPEAKING_THINGS = frozenset({*STATEMENT_NOUNS, *"""letter report speech ad ads video website message memo
                              editorial column book filing lawsuit complaint platform account tweet tweets guidelines policy rules law
                              plan proposal bill resolution agreement""".split()})
_DOCUMENT_DETERMINERS = frozenset("the a an this that his her its their".split())
_SUBJECT_PP = re.compile(r"\s+(?:of|in|from|at|across|around)\s+")
_QUANTIFIER_SUBJECTS = frozenset("all both others many most".split())  # 'To varying degrees, all agreed that'
_FOR_SAYING = re.compile(r"\s+(?:for|of|by|after)\s+([a-z]+ing)\b")


_HYPOTHETICAL_AUX = re.compile(r"\b(?:can|could|would|might|may|should|must)\b(?!.*\b(?:later|not)\b)")


def act_subject(speaker: str, bare: bool) -> bool:
    """Who can perform a speech act: a pronoun, a name, a person or group noun, an organisation. A bare verb
    form ('plan', 'support') reads as a verb only after a plural subject ('they plan', 'Republicans support')."""
    low = speaker.lower()
    words = low.split()
    if not words or low.endswith(("'s", "’s")) or words[-1] in PLACEHOLDER_WORDS:
        return False  # "Amazon's (recently announced) Kindle", 'Supporters of the | plan'
    if low in PRONOUNS:
        return low not in {"him", "her", "it"} and (not bare or low in {"they", "we", "i"})
    if not speaker_ok(speaker) or any(w.lower() in NP_BREAKERS or (w.endswith("ed") and w.isalpha() and w.islower())
                                      for w in speaker.split()[1:]):  # 'Sen. Ted Cruz' is a name
        return False
    core = _SUBJECT_PP.split(low, maxsplit=1)[0]  # 'Others in the African-American community'
    owned = _OWNED_HEAD.search(_SUBJECT_PP.split(speaker, maxsplit=1)[0])
    if owned and not (person_head(owned[1]) or person_head(owned[1].removesuffix("s")) or owned[1] in GROUP_HEADS
                      or is_org(owned[1]) or owned[1] in _SPEAKING_THINGS):
        return False  # "Brown's weekend arrest in the District of Columbia threatens ...": an event speaks not
    head = words[-1].strip(".,'’")
    if low in _QUANTIFIER_SUBJECTS or (core != low and (core in _QUANTIFIER_SUBJECTS or core.split()[-1] in GROUP_HEADS)):
        return not bare or low != "all"
    if core in ("one", "some", "several", "two", "three") and core != low and _people(head):
        return not bare or core != "one"  # 'One of the doctors', 'Some of his aides'
    if speaker[0].islower() and words[0] not in PLACEHOLDER_WORDS | INDEFINITE and not (
            # 'but analysts agreed ...', 'senior officials rejected', 'protesters and civic leaders have demanded'
            all(1 <= len(part.split()) <= 3 and part.split()[-1] in GROUP_HEADS for part in low.split(" and "))):
        return False
    if bare and not (head.endswith("s") and not head.endswith(("'s", "’s", "ss"))):
        return False
    if head in SPEAKING_DOCUMENTS and words[0] in _DOCUMENT_DETERMINERS and not bare:
        return True  # 'The letter criticizes Moscow', 'A new ad questions whether ...'; not 'the report' (a finding)
    return bool(name_part(speaker)) or person_head(speaker) or is_org(speaker) or head in GROUP_HEADS \
        or _people(core.split()[-1])


def _people(word: str) -> bool:
    """'officials', 'aides', 'doctors': a noun for several people."""
    return word in GROUP_HEADS or people_head(word)


def speech_act(frame: str, s: int, e: int) -> Draft | None:
    """'Borrell called for a ceasefire', 'the ministers rejected the plan': the object is the content.

    Stances ('Trump wants to ...', 'Kallas hopes ...') come out the same way, marked as not speech."""
    for m in ACT_RE.finditer(frame, s, e):
        draft = act_at(frame, s, e, m, None)
        if draft is not None:
            return draft
    return None


def _act_speaker(frame: str, s: int, e: int, m: re.Match[str], prev: Draft | None, bare: bool
                 ) -> tuple[str, int] | None:
    """Who performs the act at `m`, and where that speaker stands, or None when no one can."""
    participle = m.group("verb").endswith("ing") and not frame[m.start():m.start("verb")].strip()
    after_comma = frame[s:m.start()].rstrip().endswith(",")
    sp_start, speaker = preceding_chunk(frame, s, m.start())
    speaker = _CATENATIVE.sub("", clean_speaker(speaker))  # 'protesters continued to | call for ...'
    if participle and prev is not None:
        return prev.speaker, prev.speaker_pos  # 'analysts said A, citing B': the same speaker
    if participle and MASK not in frame[s:m.start()]:
        # 'In 1986, the Supreme Court blocked the sale, citing a threat to health': the sentence's subject.
        # (After a quote the quote-predicate rule reads the sentence and leaves the participle out.)
        intro = INTRO_CLAUSE.match(frame, s, e)
        head = subject_at(frame, intro.end() if intro else s, e)
        verb_next = NEXT_WORD.match(frame, head.end(), e) if head is not None else None
        if head is None or head.group(0).endswith("ing") or verb_next is None \
                or verb_next.group(1).endswith("ing") or not act_subject(clean_speaker(head.group(0)), False):
            return None
        return clean_speaker(head.group(0)), head.start()
    if not speaker and prev is not None and AND_BEFORE.search(frame[s:m.start()].rstrip()):
        return prev.speaker, prev.speaker_pos  # '... and called for talks': the same subject
    first = VERB_AND.search(frame[s:m.start()].rstrip()) if not speaker and prev is None else None
    if first is not None:
        # 'He has promoted unproven therapies and downplayed the risk': the first verb's subject.
        return (first.group("sp"), s + first.start("sp")) if act_subject(first.group("sp"), False) else None
    if not speaker and after_comma and prev is None:
        before = frame[s:m.start()].rstrip()
        apposed = apposed_speaker(before) if MASK not in before else None
        if apposed is not None and act_subject(apposed[0], bare):
            return apposed[0], frame.find(apposed[0], s)  # 'Another host, Abby Martin, denounced ...'
        # 'Trump, appearing after Clinton at the forum, cited problems ...': the name before the inset acts.
        inset = _ACT_INSET.search(frame[s:m.start()])
        if inset is None or not act_subject(inset.group("sp"), False):
            return None
        return inset.group("sp"), s + inset.start("sp")
    if speaker.lower() in ("who", "which") and frame[s:sp_start].rstrip().endswith(","):
        # 'the Saudi government, which has strongly denied any involvement': the antecedent acts.
        ante_start, chunk = preceding_chunk(frame, s, len(frame[:sp_start].rstrip()) - 1)
        tail = NAMED_TAIL.search(clean_speaker(chunk))
        ante = tail.group(0) if tail else ""
        if not ante or not act_subject(ante, False) or not (name_part(ante) == ante or is_org(ante)):
            return None
        return ante, frame.find(ante, ante_start)
    if not speaker or not act_subject(speaker, bare):
        return None
    return speaker, sp_start


def _bare(word: str) -> str:
    """'Syria's' -> 'syria', 'soldiers.' -> 'soldiers'."""
    return re.sub(r"['’]s?$", "", word.lower().strip(".,"))


def _armed_attack(speaker: str, verb: str, aux: str, after: str) -> bool:
    """'Russia attacked Ukraine', 'Israeli attacks have expanded', 'Taliban attacks at polling stations': an
    attack by or on a state or an armed group is war, not words ('Trump attacked Clinton' is words)."""
    words = [_bare(w) for w in speaker.split()]
    target = [_bare(w) for w in after.split()[:4]]
    return (any(w in STATES or w in MILITARY_HEADS or w in NATIONALITIES for w in words)
            or any(w in STATES or w in MILITARY_HEADS or w in _TARGETS for w in target))


_LIKENING = frozenset("describe characterize characterise portray liken".split())
_RELATIVE_THEN_QUOTE = re.compile(r"\s*(?:which|who)\s[^\x00;:]{1,160}?,\s+(?:as\s+|like\s+)?\x00+")
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
_BALLOT_ACTS = frozenset("reject approve back endorse support oppose".split())
_GUESTS = re.compile(r"\s+(?:[A-Z][\w.'’-]*(?<!['’]s)(?:\s|$)|(?:\S+\s+){0,3}?(?:guests|visitors|delegations?|crowds?|"
                     r"fans|students|refugees|migrants|newcomers|home|back|him|her|them|us|me|you)\b)")
_ISSUED_PAPER = re.compile(r"\b(?:issued|released|published|signed|adopted|sent|issues|releases|signs|adopts)\s+"
                           r"(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|declaration|"
                           r"letter|resolution|note|message)\s+$")


_DEED = re.compile(r"(?:leave|die|change|pass|pursue|move|eat|stop|pay|hand|go|return|quit|budge|"
                   r"evacuate|obey|comply|give\s+up|step\s+down|cross-examine|surrender|disarm|be\s+(?:identified|named|quoted|photographed))\b")
_IF_SUBJECT = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+(?:[\w'’.-]+\s+){1,4}$")
_EVENT_SUBJECT = re.compile(
    r"(?:the|a|an|this|that|its|his|her|their)\s+(?:[a-z-]+\s+)?(?:disappearance|death|crash|collapse|loss|failure|"
    r"shooting|killing|explosion|incident|tragedy|outbreak|spread|arrival|departure|fall|rise)\s+of\s", re.I
)
_DEFENDED_GROUND = re.compile(
    r"\s+(?:(?:the|his|her|their|its|our|a|an|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|many|several|"
    r"[A-Z][\w'’.-]*['’]s)\s+)?(?:[\w-]+\s+)?(?:seats?|titles?|crowns?|championships?|belts?|lead|majority|records?|"
    r"city|country|homeland|borders?|territory|positions?|goal|net|wicket|home|base|fort)\b"
)
_QUESTIONED = re.compile(r"\s*(?:him|them|me|us|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?![.'’\w]))")


def _quoting_clause(frame: str, cs: int, ce: int) -> re.Match[str] | None:
    """'described themselves as fans and two have seen "This Is It"': a later clause holds the only quote."""
    joined = AND_CLAUSE.search(frame, cs + 4, ce)
    if joined and MASK in frame[joined.end():ce] and MASK not in frame[cs:joined.start()]:
        return joined
    return None


def act_at(frame: str, s: int, e: int, m: re.Match[str], prev: Draft | None) -> Draft | None:
    verb = m.group("verb")
    info = lookup(verb)
    if info is None or MASK in frame[m.start():m.end()]:
        return None
    lemma, particles, speech = info
    aux = frame[m.start():m.start("verb")]
    if (verb == lemma and _HYPOTHETICAL_AUX.search(aux)) or COUNTERFACTUAL.search(aux):
        return None  # 'Some would argue that ...', 'one could call it', 'would never have called': nobody has
    participle = verb.endswith("ing") and not aux.strip()
    after_comma = frame[s:m.start()].rstrip().endswith(",")
    if participle and not after_comma and not _ISSUED_PAPER.search(frame, s, m.start()):
        # a bare participle ('calling for ...') belongs to a clause the frames read; but 'issued a joint
        # statement welcoming ...' is the subject's act
        return None
    if verb.endswith(("ed", "en", "wn")) and PASSIVE_AUX.search(frame, max(s, m.start() - 5), m.start("verb")):
        return None  # passive: 'was criticized' has no speaker before it
    if not aux.strip() and verb in (lemma, lemma + "s") and NOUN_LEAD.search(frame, max(s, m.start() - 16), m.start()):
        return None  # 'came after calls for testing', 'amid growing demands': nouns
    if _PERFECT_END.search(aux) and verb.endswith("s") and not verb.endswith("ss"):
        return None  # 'still had questions they wanted answered': a noun after 'had'
    particle = (m.group("particle") or "").rpartition(" ")[2]  # 'spoke emotionally of': the particle is the last word
    pointed_to = lemma == "point" and (m.group("particle") or "").endswith("to")
    if lemma == "point" and not frame.startswith(" that", m.end()) and not (
            pointed_to and _EVIDENCE.match(frame, m.end(), e)):
        # 'pointed out that ...', 'pointed to the data as evidence' are speech; 'pointed out the chicks to her',
        # 'pointed to the sky' are not
        return None
    if lemma == "thank" and particle == "to":
        return None  # 'thanks to downward comparison'
    if lemma == "welcome" and _GUESTS.match(frame, m.end("verb"), e):
        return None  # 'welcomed several hundred guests', 'welcomed Putin to Beijing': a host, not a statement
    if lemma == "accuse" and frame.startswith(" of ", m.end("verb")):
        return None  # 'arrested last week, accused of assaulting his driver': the accused
    if lemma == "pay" and not frame.startswith(" to ", m.end("particle")):
        return None  # 'paid tribute on his Facebook page, saying ...': the participle says what
    if lemma in ("decline", "refuse") and (not frame.startswith(" to ", m.end("verb"))
                                           or _DEED.match(frame, m.end("verb") + 4, e)):
        return None  # 'declined to comment'; not 'declining attendance', nor 'refused to leave' (a deed)
    naming = lemma == "call" and not particle and _NAMING.match(frame, m.end("verb"), e) is not None
    if lemma in PARTICLE_REQUIRED and particle not in particles and not naming:
        return None
    cue_end = m.end("verb")
    if particle in particles or particle == "that":
        cue_end = m.end("particle")
    feeling = _FEELING_ABOUT.match(frame, cue_end, e) if lemma in ("express", "voice") else None
    if feeling:  # 'expressed deep concern about | the policy': the cue names the feeling, the content its object
        cue_end = feeling.end()
    found = _act_speaker(frame, s, e, m, prev, bare=verb == lemma and not _TRUE_AUX.search(aux))
    if found is None:
        return None
    speaker, sp_start = found
    if _IF_SUBJECT.search(frame, max(s, sp_start - 12), m.start()):
        return None  # 'if she refuses to obey', 'unless Russia rejects the plan': nobody has yet
    if speaker.lower() in _SUBJECT_PRONOUNS and not frame.startswith(speaker, sp_start):
        # 'Lavrov reflected these worries when he voiced ...': the pronoun stands inside the clause, not at its start
        inner = frame.rfind(f" {speaker} ", sp_start, m.start() + 1)
        sp_start = inner + 1 if inner >= 0 else sp_start
    if _EVENT_SUBJECT.match(speaker):
        return None  # 'The disappearance of the jet revealed shortcomings': an event shows, nobody says
    if lemma in NOUN_FORMS and verb in (lemma, lemma + "s") and not _TRUE_AUX.search(aux):
        return None  # mostly the noun: 'heart attacks', 'the Gezi Park protests', 'German champions Bayern'
    if lemma == "attack" and _armed_attack(speaker, verb, aux, frame[m.end():e]):
        return None
    if lemma in _BALLOT_ACTS and speaker.lower().split()[-1] in BALLOTERS:
        return None  # 'voters rejected a constitutional amendment': a ballot, not words
    if lemma == "cite" and re.match(r"\s*(?:where|when|how)\b", frame[m.end("verb"):e]):
        return None  # "Romney's campaign cites where the candidate addressed the case": a reference, not words
    if lemma == "accuse" and re.match(r"\s*[a-z]{2,}ed\b", frame[m.end("verb"):e]):
        return None  # 'how the lawyers and accused handled the case': the accused, a noun
    if lemma == "reject" and re.match(r"\s*(?:him|her|them|me|us)\b", frame[m.end("verb"):e]):
        return None  # 'after Sanchez rejected him as a prom date': a person turned down, not words
    if lemma == "defend" and _DEFENDED_GROUND.match(frame, m.end("verb"), e):
        return None  # 'Democrats are defending 21 seats', 'defended his title': a contest, not words
    if lemma == "threaten" and not THREATENED_MEASURE.match(frame, m.end("verb"), e):
        return None  # 'Russia threatens security in Europe', 'threatening the reforms': a danger, not a threat made
    if lemma == "question" and _QUESTIONED.match(frame, m.end("verb"), e):
        return None  # 'FBI agents questioned him for hours': an interrogation; not 'questioned his motives'
    first_quote = frame.find(MASK, cue_end, e)
    likened = None
    if particle == "that":  # 'ruled that even though ..., it was not an emergency': a clause, read as one
        cs, ce = content_after(frame, cue_end, e, frame[cue_end:e].strip(" ."))
        named = _NAMED_CREDIT.search(frame, cs, ce)  # '..., said David Schenker, director of ...': who reports it
        ce = trim(frame, cs, named.start())[1] if named else ce
    elif first_quote >= 0 and not CUE_RE.search(frame, cue_end, first_quote):
        cs, ce = clause_content(frame, cue_end, e, 4)  # 'characterized Kaine, D-Va., as, "..."': up to the quote
    else:
        brk = CLAUSE_END.search(frame, cue_end + 4, e)  # the object ends at its clause's first break
        while brk is not None:
            # 'problems in the Middle East, China(,) and elsewhere', 'the center in Aurora, Illinois, repaired'
            listed = _LIST_GOES_ON.match(frame, brk.end(), e)
            region_end = past_region(frame, brk.end() - 1)
            if listed is not None:
                brk = CLAUSE_END.search(frame, listed.end(), e)
            elif _long_list(frame, brk.end(), e) or region_end >= brk.end():
                brk = CLAUSE_END.search(frame, max(brk.end() + 1, region_end), e)
            else:
                break
        cut = brk is not None and (len(frame[brk.end():e].split()) >= 3 or MASK in frame[brk.end():e])
        cs, ce = trim(frame, cue_end, brk.start() if cut else e)
        likened = _RELATIVE_THEN_QUOTE.match(frame, brk.end(), e) if cut and lemma in _LIKENING else None
        if likened:
            # 'described the scandal, which she learned of on Friday, "like peeling an onion"': the quote after the
            # relative clause is what the object was described as
            ce = likened.end()
    venue = PREP_THAT.match(frame, cs, ce) if particle != "that" else None
    if venue:  # 'revealed in a message posted to her Tumblr account that ...': the clause is what she revealed
        cs = venue.end()
    if _RELATIVE_BEFORE.search(frame, max(s, m.start() - 30), m.start()):
        ce = relative_clause_end(frame, cs, ce)  # 'Westling, who describes her hair as "...," first dyed ...'
    credit = INSERTED_CREDIT.search(frame, cs, ce)
    if credit:  # 'Russia rejected the offer, the ministry said, and ...': the writer's source is not the object
        ce = credit.start()
    second = AND_PREDICATE.search(frame, cs + 4, ce) or _BUT_PREDICATE.search(frame, cs + 4, ce) \
        or _quoting_clause(frame, cs, ce)
    if second:  # 'promised a veto and attempted to make the case': a second predicate, not the object
        ce = second.start()
    if particle != "that" and not likened and not _WH_OBJECT.match(frame, cs, ce):
        where = CIRCUMSTANCE.search(frame, cs + 2, ce)
        if where and (not frame.startswith("to ", cs) or VENUE.search(where.group(0))):
            ce = where.start()  # 'denounced the annexation in an on-air diatribe'; not 'plan to meet in June'
    if particle != "that" and not likened and not _WH_OBJECT.match(frame, cs, ce):
        why = ADVERBIAL_CLAUSE.search(frame, cs + 4, ce) or AS_TIME_CLAUSE.search(frame, cs + 4, ce)
        if why:  # 'warned officials to boost security after hackers targeted ...': the occasion, not the content
            ce = why.start()
    said = _FOR_SAYING.search(frame, cs, ce)
    if said and said.group(1) in SPEECH_FORMS:
        ce = said.start()  # 'attacked Reed for saying that ...': what Reed said is a statement of its own
    one_name = frame[cs:cs + 1].isupper() and frame[cs:ce].isalpha() and frame[cs:ce] not in _NOT_NAMES
    if (len(frame[cs:ce].split()) < 2 and not one_name) or _ONLY_WHEN.fullmatch(frame[cs:ce]) or _NOT_AN_OBJECT.match(frame, cs, ce):
        return None  # 'announced Monday morning' says when; 'slammed into', 'defended by' are no speech
    if _PRONOUN_ONLY.match(frame, cs, ce):
        return None  # 'disclosed them to the AP': nothing said, only something passed on
    if MASK in frame[ce:e] and CUE_RE.search(frame, cs, ce):
        return None  # 'invoked the story Kennedy told about his father, "..."': the quote's own credit comes first
    if frame[cue_end:cs].strip()[:1] in (",", ";", ":", ".") or _VERB_FIRST.match(frame, cs, ce):
        return None  # 'If Russia attacks, Stoltenberg said, ...': an act without an object
    negated = _NEGATION.search(aux)
    # 'would not comment on the specifics', 'has not disclosed ...': nothing was said, so the draft is marked like a
    # finding (kept out of /who); it still stands as the subject of 'but said ...' that may follow
    silent = negated is not None and lemma in _SILENT_WHEN_NEGATED
    # 'did not rule out new talks': the negation is part of what the act says
    cue = frame[m.start() + negated.start() if negated else m.start("verb"):cue_end]
    return Draft(speaker, sp_start, cue, cs, ce, kind_of(frame, cs, ce),
                 speech and not silent and not is_finding(speaker, verb))


_SILENT_WHEN_NEGATED = frozenset("comment speak talk disclose reveal explain elaborate discuss mention respond answer "
                                 "confirm specify".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())
_LIST_VERBS = frozenset("is are was were be been has have had will would said says told added adds".split())


def _long_list(frame: str, at: int, e: int) -> bool:
    """'cited reports of overcrowding, lack of running water, lack of heat, and negligence': the object is a list
    of short noun phrases that a final 'and' or 'or' closes."""
    items = frame[at:e].split(",")
    for n, item in enumerate(items[:6]):
        words = item.split()
        if not words or len(words) > 7 or not words[0][:1].islower() or MASK in item \
                or any(w in _LIST_VERBS for w in words):
            return False
        if words[0] in ("and", "or"):
            # the last item ends the sentence; 'and they respected his wishes' is a clause of its own
            return (n > 0 or len(items) == 1) and words[1:2] != [] and words[1] not in _SUBJECT_PRONOUNS
        if n > 0 and (" and " in item or " or " in item):
            return True
    return False


_NAMED_CREDIT = re.compile(r",\s+(?:said|says|according\s+to)\s+(?:the\s+)?[A-Z]")
_OPENING_WORD = re.compile(r"\s*[A-Z][a-z]+ing\b")
_OPENING_GERUNDS = frozenset(v for v in SPEECH_VERBS if v.endswith("ing"))


def cue_matches(frame: str, s: int, e: int) -> list[re.Match[str]]:
    """Speech-verb cues, and speech acts on unquoted objects where no speech verb stands."""
    cues = [m for m in CUE_RE.finditer(frame, s, e) if not noun_use(frame, m)]
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
        clause = clause_content(frame, m.end(), e, 4)
        first_quote = frame.find(MASK, m.start(), clause[1])
        if first_quote >= 0 and not any(m.end() <= a < first_quote for a, _ in taken):
            continue  # a quoted object is read by the quote-predicate rule, unless a speech verb claims the quote
        cues.append(m)
    return sorted(cues, key=lambda m: m.start())
