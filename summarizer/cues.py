"""Lexicon for statement extraction: attribution cue verbs, titles and non-speaker nouns."""

from __future__ import annotations

import re

# Plural-subject forms: only after a plural, a group or 'I/we/you/they', and not after a modal ('critics argue',
# not 'Spears announce' or 'one could argue').
BASE_FORMS = (
    "argue insist warn explain suggest admit acknowledge deny stress emphasize urge predict contend concede "
    "allege assert maintain reiterate complain declare announce confirm recall caution note claim"
)
# Praise that speaks only with its words quoted: 'Tuck gushed, "Love her!"'
_PRAISE_FORMS = "gushed gushes raved raves enthused enthuses"
# Speech verbs in the forms news copy uses; the benchmark reports recall over these.
SPEECH_VERBS = (
    "said say says saying told tell tells telling added adds adding noted notes noting wrote writes writing "
    "asked asks asking warned warns warning argued argues arguing claimed claims claiming stated states declared "
    "declares announced announces explained explains insisted insists insisting acknowledged acknowledges "
    "admitted admits stressed stresses emphasized emphasised emphasizes urged urges vowed vows pledged "
    "pledges promised promises promising suggested suggesting replied replies responded responds answered answers "
    "continued continues cautions quips jokes observes remembers remembered "
    "recalled recalls tweeted tweets posted reported reports confirmed confirms denied denies  "
    "complained complains predicted predicts conceded concedes alleged alleges rejected rejects demanded "
    "demands repeated reiterated reiterates maintained maintains contended observed remarked commented "
    "asserted asserts asserting concluded concludes wondered wonders "
    "cautioned threatened assured boasted joked quipped mentioned indicated signaled signalled testified "
    "countered echoed charged blasted criticized criticised condemned accused announcing explaining "
    "warning stressing urging calling tweeting "
    # Base forms after plural subjects ('critics contend', 'officials warn'); the noun-like ones are in
    # AMBIGUOUS_FORMS.
    f"{BASE_FORMS} "
    # Chants, songs and shouts: speech only with a quote (see AMBIGUOUS_FORMS).
    "sings sang singing chanted chanting chants shouted shouting shouts yelled yelling yells screamed "
    f"{_PRAISE_FORMS}"
).split()

# Beliefs and findings: attributions, but not something a person said.
BELIEF_VERBS = (
    "think thinks thought believe believes believed feel feels know knows found find finds show shows "
    "showed shown expect expects fear fears worry worries hope hopes estimate estimates estimated "
    "indicate indicates indicated"
).split()

# Nouns whose "saying" is a finding rather than speech.
FINDING_NOUNS = frozenset(
    "poll polls survey surveys study studies research data analysis average averages figures numbers statistics report "
    "reports video footage evidence records documents results estimates models projections wiretaps recordings photos photographs "
    "images scans tests samples logs emails e-mails dna respondents".split()
)

# A manner adverb between auxiliary and verb ('has steadfastly refused'); the nouns and adjectives in -ly that
# stand before verbs in news copy are not adverbs.
ADVERB = (r"(?!(?:family|assembly|ally|rally|supply|reply|belly|bully|jelly|holy|ugly|elderly|early|daily|weekly|"
          r"monthly|quarterly|yearly|friendly|lonely|likely|costly|deadly|silly|anomaly|monopoly|folly|fly|"
          r"butterfly|only|july|italy)\b)[a-z]{2,}ly")
AUX = r"(?:(?:has|have|had|is|are|was|were|also|later|then|previously|repeatedly|once|again|would|will|should|could|" \
    r"must|might|may|can|did|does|earlier|recently|even|both|always|already|often|since|just|now|still|" \
    rf"{ADVERB}|further|has\s+repeatedly|had\s+previously|ha(?:s|ve|d)\s+long)\s+)*"

_VERB_ALT = "|".join(sorted({*SPEECH_VERBS, *BELIEF_VERBS}, key=len, reverse=True))
# A capitalised word; a final full stop only after an initial or a title ('U.S.', 'Mr.'), not 'told Reuters.'
_CAPITALISED = r"[A-Z](?:[\w&'’-]|\.(?=\w))*(?:(?<=\.[A-Za-z])\.|(?<=\b[A-Z])\.|(?<=Mr|Dr|Ms|St|Jr|Sr|Lt)\.|(?<=Mrs|Rev|Gen|Sen|Rep|Gov|Col|Sgt|Maj)\.|(?<=Capt|Prof|Cmdr)\.)?"
_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_ONE_OBJECT = (
    r"(?:reporters|journalists|lawmakers|supporters|voters|officials|diplomats|ministers|leaders|students|"
    r"viewers|listeners|members|delegates|allies|colleagues|residents|workers|troops|soldiers|donors|followers|"
    r"police|investigators|detectives|officers|authorities|prosecutors|jurors|doctors|relatives|friends|family|"
    r"neighbors|neighbours|psychiatrists|"
    r"the\s+crowd|the\s+audience|him|her|them|us|me|everyone|everybody|anyone|anybody"
    # 'the Indian national', 'the state news agency' before 'the Guardian'
    r"|(?:a|an|the)\s+(?:[\w'’]+\s+){0,2}(?:reporter|reporters|crowd|audience|interviewer|newspaper|radio|network|station|"
    r"outlet|committee|panel|conference|rally|group|meeting|national|daily|weekly|tabloid|broadcaster|channel|"
    r"friend|relative|neighbor|neighbour|detective|officer|investigator|psychiatrist|psychologist|profiler|therapist|"
    r"magazine|website|agency|paper|briefing|parliament|summit|session|hearing|forum|assembly|council|people|public|"
    r"nation|court|jury)"
    r"|state\s+(?:radio|television|TV|media)|parliament|lawmakers"
    r"|(?:[A-Z][\w'’-]*\s+){1,2}(?:television|radio|TV|media|newspapers?|reporters|journalists)"  # 'Israeli television'
    rf"|{_CAPITALISED}\s+affiliates?\s+{_CAPITALISED}(?:\s+and\s+{_CAPITALISED})?"  # 'CNN affiliates WAPT and WLBT'
    # "the U.N.'s Human Rights Council", not the day after it
    rf"|(?:the\s+)?{_CAPITALISED}(?:['’]s)?(?:\s+(?!{_DAY_NAME}){_CAPITALISED}){{0,4}}"
    # not 'asked the Syrian | government to ...', "the UAE's Islamic | authorities": a noun goes on with the object
    r"(?!(?:['’]s)?(?:\s+[A-Z][\w'’.-]*)*\s+(?![a-z]+ly\b)(?!(?:on|in|at|that|as|of|for|about)\b)[a-z]+(?:\s+(?:to|that)\b|\s*[:\x00])))"
)
# 'told relatives and a criminal profiler'
_OBJECT = rf"(?:\s+{_ONE_OBJECT}(?:\s+and\s+{_ONE_OBJECT})?(?![\w'’]))?"
CUE_RE = re.compile(
    rf"\b{AUX}(?P<verb>(?:called|calling|calls)\s+(?:for|on)|{_VERB_ALT})\b(?P<obj>{_OBJECT})",
)
TELL_VERBS = frozenset({"told", "tell", "tells", "telling", "asked", "asks", "asking", "warned", "assured", "urged"})
ACCORDING_RE = re.compile(r"\b[Aa]ccording\s+to\b(?!\s+(?:where|how|when|whether|which|why)\b)")

# Verbs after which a following speaker is plausible: "..., said Borrell."
INVERTING_VERBS = frozenset(
    "said says added asked wrote noted continued recalled warned explained argued insisted replied responded "
    "told tweeted declared stressed reported reports writes adds asks notes continues recalls warns explains argues "
    "insists replies responds tells tweets declares stresses agreed agrees suggested suggests cautioned cautions "
    "admitted admits quipped quips remembered remembers advised advises observed observes commented comments".split()
)

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": None, "it": None, "we": None, "i": None}

TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mister madam dr prof sir dame lord lady rev reverend archbishop bishop cardinal president vice prime minister
    ministers secretary chancellor
    foreign defence defense finance interior deputy chief spokesman spokeswoman spokesperson ambassador
    envoy general gen adm admiral rear colonel col lieutenant lt sgt cpl pvt pfc spc spec capt maj cmdr brig sen senator rep
    representative gov governor baroness baron rapporteur
    mayor judge justice king queen prince princess crown pope ayatollah sheikh emir leader chairman chairwoman
    chair director head commissioner high top former acting new state premier first lady official officer
    commander captain councillor councilor congressman congresswoman speaker attorney candidate nominee
    democratic republican democrat gop labour conservative police campaign manager adviser advisor aide
    press affairs external national security executive senior special frenchman englishman
    irishman scotsman dutchman welshman
    """.split()
)

ORG_WORDS = frozenset(
    """
    post times news journal herald tribune telegraph guardian press agency department ministry office police
    party committee council campaign group house agency association institute university commission court
    government union bank fund foundation cnn bbc reuters ap afp nbc abc cbs fox msnbc network center centre
    organization organisation service services corporation company inc corp club team board embassy kremlin
    pentagon parliament congress senate assembly administration coalition movement alliance forces army
    navy military council secretariat poll polls survey institute magazine website blog report factbook
    observatory authority tribunal federation society force ansar jabhat jaish harakat hizb liwa katibat fc afc cabinet
    presidency politburo junta directorate academy central census tv archdiocese diocese
    pictures studios bros bakery motors airways airlines weekly college mission guard records
    entertainment labs holdings hotel restaurant museum zoo hospital airport school reserve corps conference manual act
    pharmacy clinic laboratory league radio
    """.split()
)

NATIONALITY_SUFFIX = re.compile(r"(?:an|ese|ish|ch|i|ic)$")

# Forms that are as often nouns ("member states", "news reports"): need "that", a colon or a quote.
# Songs, chants and shouts are speech only with their words quoted.
SUNG_FORMS = frozenset(
    "sings sang singing chanted chanting chants shouted shouting shouts yelled yelling yells screamed".split()
)
# Verbs that say something only when they credit quoted words: '"...," he continues', not 'the war continues'.
QUOTE_ONLY_FORMS = SUNG_FORMS | frozenset(f"continues remembers remembered quips jokes observes {_PRAISE_FORMS}".split())
AMBIGUOUS_FORMS = frozenset(
    "states reports claims notes promises pledges demands charges fears worries hopes shows estimates "
    "remarks comments warning calling posted signaled note claim maintain deny confirm recall declare announce stress "
    "urge caution insist tweets answered answers".split()
) | QUOTE_ONLY_FORMS
BASE_FORM_SET = frozenset(BASE_FORMS.split())
_OWNING = r"['’]s|\b(?:the|a|an|his|her|their|its|my|our|your)"
_POSSESSED = re.compile(rf"(?:{_OWNING})\s+$", re.I)  # 'your vows'; not 'a report that says'
_DETERMINED = re.compile(rf"(?:{_OWNING}|\b(?:this|that))\s+$", re.I)


# Before a bare or -s form, a preposition, determiner or adjective makes it a noun: 'after calls for', 'amid demands'.
NOUN_LEAD = re.compile(r"\b(?:after|amid|despite|following|without|of|over|the|a|an|his|her|their|its|our|new|growing|"
                       r"repeated|renewed|mounting|recent|fresh|earlier)\s+$")


# 'State media reports that ...' is a verb; 'in two media reports', 'unconfirmed news reports' are nouns
_MEDIA_LEAD = re.compile(r"\b(?:in|of|from|by|after|amid|despite|following|with|two|three|several|numerous|many|"
                         r"unconfirmed|initial|earlier|conflicting|recent|some|these|those|such)\s+"
                         r"(?:(?:news|media|press|local|state|foreign)\s+)?$")


def noun_use(frame: str, m: re.Match[str]) -> bool:
    """A plural-subject form after a determiner is a noun: "Trump's claim", 'the note'; so is 'after calls for'."""
    if m.group("verb").startswith("calls ") and NOUN_LEAD.search(frame, max(0, m.start() - 16), m.start()):
        return True
    if m.group("verb") in ("reports", "claims") and _MEDIA_LEAD.search(frame, max(0, m.start() - 24), m.start()):
        return True  # 'allegations in two media reports in May that ...', 'unconfirmed news reports'
    verb = m.group("verb")
    if " " not in verb and verb.endswith("s") and not verb.endswith("ss") \
            and _POSSESSED.search(frame, max(0, m.start() - 40), m.start("verb")):
        return True  # 'you didn't stumble on your vows', "the minister's claims": a noun
    return verb in BASE_FORM_SET and _DETERMINED.search(frame, max(0, m.start() - 40), m.start("verb")) is not None


PLURAL_HEADS = frozenset("police people media staff public military clergy press personnel men women children i we you "
                         "they some many others both few most pair couple".split())

# Verbs that attribute a quoted phrase without being speech verbs: 'She called the plan "a disaster."'
# Used only when the predicate after them holds a quote (the quote marks are the evidence of speech).
QUOTE_VERBS = (
    "called calls calling labeled labelled labels dubbed dubs branded brands described describes describing "
    "cited cites citing attacked attacks likened likens chanted chanting chants tweeted wrote writes put "
    "mocked mocks dismissed dismisses praised praises lauded lauds slammed slams derided derides touted touts "
    "referred refers referring hailed hails characterized characterised characterizes termed decried decries "
    "denounced denounces lamented laments sang sings singing urged encouraged encouraging vowed promised "
    "pledged accused accuses criticized criticised criticizes blasted blasts questioned questions "
    "described dismissed recounted recalled invoked invokes quoted quotes joked quipped boasted bragged "
    "conceded admitted insisted insists complained complains declared announced warned predicted argued "
    "pointed asked asking demanded demanding gone going went call referenced references referencing hailed"
).split()
QUOTE_VERB_RE = re.compile(
    r"\b(?:(?:has|have|had|is|are|was|were|also|then|once|again|repeatedly|publicly|previously|recently|"
    r"later|earlier|even|openly)\s+)*(?P<verb>" + "|".join(sorted(set(QUOTE_VERBS), key=len, reverse=True)) + r")\b"
)

# Nouns that carry a reported statement: "Trump's claim that ...", "his statement that ...".
STATEMENT_NOUNS = (
    "claim claims statement statements assertion assertions argument insistence suggestion promise pledge vow "
    "warning contention allegation allegations remark remarks comment comments accusation charge announcement "
    "declaration admission boast prediction threat"
).split()

# Things written or broadcast that speak for their authors ('the letter calls on', 'the ad mentions').
SPEAKING_DOCUMENTS = frozenset("letter ad ads video message memo editorial column statement tweet speech spot "
                               "commercial op-ed".split())

# 'wrote her a personal check', 'wrote a book on ...': a thing written, not words said
WRITTEN_THING = re.compile(
    r"(?:(?:him|her|them|me|us)\s+)?(?:(?:a|an|the|his|her|their|its|two|three|several|\d+)\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"(?:checks?|cheques?|songs?|music|code|software|programs?|screenplays?|scripts?|novels?|books?|"
    r"regulations?|rules|laws?|legislation|bills?|poems?|lyrics|(?:best-?)?sellers?|memoirs?|biograph(?:y|ies)|plays?)\b"
)

# What one threatens when a threat is made: 'threatened legal action', 'threatened to leave'; not 'threatens security'
THREATENED_MEASURE = re.compile(
    r"\s+(?:to\b|that\b|(?:him|her|them|us|me|it)\s+with\b|(?:(?:a|an|the|new|more|further|legal|military|"
    r"economic|tough|severe)\s+){0,3}(?:action|sanctions?|retaliation|reprisals?|boycotts?|strikes?|war|"
    r"force|consequences|vetoe?s?|lawsuits?|suits?|measures|punishment|prosecution|arrests?|tariffs)\b)")
