"""Lexicon of speech acts and stances whose content is an object rather than a clause.

"Borrell called for a ceasefire", "the ministers rejected the plan", "Joly spoke about sanctions" report what
someone said without quoting it; "Trump wants to ...", "Kallas hopes to ..." report a stance. Both verb sets are
listed by lemma and inflected here, so that each lemma is one line of data.
"""

from __future__ import annotations

import re

from summarizer.cues import ADVERB

DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Lemma, then the particle that introduces the content when the verb needs one ("call for", "speak about").
ACT_LEMMAS = """
call:for|on|out  urge  ask:for  demand  propose  recommend  endorse  oppose  reject  condemn  denounce
criticize  criticise  praise  applaud  hail  attack  slam  blast  accuse  blame  defend  question
dispute  cite  discuss  talk:about|of  speak:about|of|out|against  comment:on  mention
highlight  announce  unveil  outline  promise  pledge  vow  threaten  agree:to|with|on|that  refuse  decline
push:for  argue:for|against|about  advocate  lobby:for  appeal:for|to  warn:of|about|against  complain:about
dismiss  mock  ridicule  acknowledge  concede  reveal  disclose  tout  boast:about|of  brag:about
lament  apologize:for  thank  congratulate  insist:on  press:for  encourage  implore  caution:against
downplay  express  voice  reiterate  restate  rule:out|that|against  explain  describe  characterize  reaffirm
lash:out  hit:out  rail:against  take:aim  point:out|to
bemoan  chastise  deride  decry  lambast  liken:to  invoke  reference  retweet  underscore  articulate
compliment  extol  lay:out  plead:for|with  protest  portray  recite  weigh:in  sum:up  champion
welcome  deplore  regret  commend  affirm  pay:tribute
""".split()

STANCE_LEMMAS = """
want  plan  hope  expect  intend  seek  believe  think  know  understand  fear  worry:about|that
consider  favor  favour  support  prefer  wish
""".split()

_IRREGULAR = {
    "speak": ["speaks", "speaking", "spoke", "spoken"],
    "think": ["thinks", "thinking", "thought"],
    "know": ["knows", "knowing", "knew", "known"],
    "understand": ["understands", "understanding", "understood"],
    "feel": ["feels", "feeling", "felt"],
    "see": ["sees", "seeing", "saw", "seen"],
    "hit": ["hits", "hitting"],
    "seek": ["seeks", "seeking", "sought"],
    "take": ["takes", "taking", "took", "taken"],
    "lash": ["lashes", "lashing", "lashed"],
    "push": ["pushes", "pushing", "pushed"],
    "press": ["presses", "pressing", "pressed"],
    "lay": ["lays", "laying", "laid"],
    "pay": ["pays", "paying", "paid"],
}
_DOUBLE_FINAL = {"plan", "slam", "brag", "sum"}  # final consonant doubled before -ed/-ing: "planned", "summed"


def inflections(lemma: str) -> list[str]:
    """The finite and participle forms news copy uses: 'criticize' -> criticizes, criticized, criticizing."""
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma]]
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return [lemma, lemma + "s", stem + "ed", stem + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        stem = lemma[:-1]
        return [lemma, stem + "ies", stem + "ied", lemma + "ing"]
    if lemma.endswith(("sh", "ch", "ss", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    if lemma in _DOUBLE_FINAL:
        return [lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def _table(entries: list[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """form -> (lemma, particles)."""
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for entry in entries:
        lemma, _, parts = entry.partition(":")
        particles = tuple(parts.split("|")) if parts else ()
        for form in inflections(lemma):
            table.setdefault(form, (lemma, particles))
    return table


ACTS = _table(ACT_LEMMAS)
STANCES = _table(STANCE_LEMMAS)
# Lemmas that need their particle to be a speech act ("called for" yes, "called" no; "spoke about").
PARTICLE_REQUIRED = frozenset({"call", "talk", "speak", "comment", "push", "lobby", "appeal", "boast", "brag", "rule",
                               "liken", "lay", "plead", "weigh", "sum",
                               "lash", "hit", "rail", "take", "press", "insist", "worry", "point", "pay"})

_AUX = (r"(?:(?:ha(?:s|ve|d)\s+long|has|have|had|is|are|was|were|will|would|could|also|then|later|previously|repeatedly|again|once|"
        rf"already|almost|often|always|{ADVERB}|did\s+not|"
        r"does\s+not|do\s+not|didn['’]t|doesn['’]t|don['’]t|won['’]t|never|not|still|even|further|firmly|been)\s+)*")
# Any word is a candidate verb here (a lookup() filters them): far faster than an alternation of every form.
ACT_RE = re.compile(
    rf"\b{_AUX}(?P<verb>[a-z]{{3,}})\b(?P<particle>\s+(?:{ADVERB}\s+|(?:on\s+)?{DAY}\s+)?(?:for|on|out|about|of|to|with|against|that|aim|tribute)(?!\w))?"
)


# Lemmas whose bare and -s forms are mostly nouns ('heart attacks', 'Gezi Park protests', 'German champions'): only an
# auxiliary makes them verbs.
NOUN_FORMS = frozenset("attack protest champion reference compliment echo".split())


def lookup(form: str) -> tuple[str, tuple[str, ...], bool] | None:
    """(lemma, particles, is_speech) of a verb form, or None."""
    if form in ACTS:
        lemma, parts = ACTS[form]
        return lemma, parts, True
    if form in STANCES:
        lemma, parts = STANCES[form]
        return lemma, parts, False
    return None
