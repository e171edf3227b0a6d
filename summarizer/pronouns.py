"""Who a 'he' or 'she' is: the last named speaker, the subject of the sentence before, or the one person of that
gender named since; no one when two could be meant. Rules on top of the article's names."""

from __future__ import annotations

import re
from datetime import date

from summarizer.actors import ActorRegistry
from summarizer.article_names import QUOTED_SPAN, ArticleNames, Resolved
from summarizer.clauses import GROUP_HEADS
from summarizer.cues import PRONOUNS
from summarizer.given_names import KIN_NOUNS, gender_of, gender_of_lead
from summarizer.name_forms import ROLE_WORDS, from_given_name, titled, untitled
from summarizer.sentences import is_abbreviation
from summarizer.speakers import PERSON_HEADS, institution_name, is_org, people_head, person_head

_GENDER_WORDS = {"f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I), "m": re.compile(r"\b(?:he|him|his|himself)\b", re.I)}
_RELATIVE_IT = re.compile(r"\b(?:what|which|that|whom)\s+$")
_GROUP_REACH = 400  # characters: 'they' takes a group that spoke this close before it, and no other speaker since

_INDEFINITE = frozenset("a an one another".split())
UNNAMED_GENDER = {**dict.fromkeys("man boy gentleman".split(), "m"), **dict.fromkeys("woman girl".split(), "f")}

# A sentence opening (after an occasion) with a name and a lower-case verb: the whole sentence before a pronoun, or
# the start of the pronoun's own sentence up to ', but'.
_SUBJECT_OPENING = (
    r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:(?:(?:On|In|At|By|After|Before|Last|Earlier|Later|Since)\b[^,.\n]{0,60}"
    r"|(?:Days|Weeks|Months|Years|Hours|Moments)\s+(?:later|earlier|after\b[^,.\n]{0,40})),\s+)?"
    r"(?:(?:But|And|Yet|Still)\s+)?"  # 'But Patrick Johnston with the RAND Corp. found'
    r"(?:(?<![A-Za-z])(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+ly\s+)?(?!former\b)[a-z]+\s+)?"  # 'a tearful Lim accepted'
    r"(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})"
    # 'Sergei Lavrov, the Russian Foreign Minister, reflected', 'Stephanie Tuck, a blogger at TuckTakesOff.com, spent'
    r"(?:,\s+(?:the|a|an|his|her)\s(?:[^,.\n]|\.(?=\w)){1,80},)?\s+[a-z]"
)
_LAST_SENTENCE = re.compile(_SUBJECT_OPENING + r"[^\n]*[.!?][\"”]?$")
_THIS_SENTENCE = re.compile(_SUBJECT_OPENING + r"[^\n.!?]*,\s(?:but|and|yet)$")
# '... Rouhani held a rally and whipped up the crowd when he criticized ...': the subject of the main clause
_THIS_SENTENCE_SUB = re.compile(_SUBJECT_OPENING + r"[^\n.!?]*(?:\s(?:when|as|after|because|while|before|until)|,\swhich)$")
# 'Thomas wore makeup ... until he could no longer hide it, he said': a credit closing its own sentence
_THIS_SENTENCE_CREDITED = re.compile(_SUBJECT_OPENING + r"[^\n.!?\x22“”]{20,},$")
_ROLE_THEN_NAME = re.compile(r"\s+(?:[a-z-]+\s+){1,3}(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2})\b")
_OBJECT_LEAD = re.compile(r"\b(?:under|like|called|named|for|with|of|from|against|about)\s+(?:[\w.'’-]+\s+){0,3}$")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+|\n")
_JOINED = re.compile(r"\s+(?:and|or|&)\s+[A-Z]")
_OPENING_QUOTE = re.compile(r"\s[\"“][^\"“”\n]*[\"”],?\s*$")
# 'Bombino, who lists Malian guitarist Ali Farka Toure as an influence': a name the relative clause speaks of
_RELATIVE_OBJECT = re.compile(r"\b(?:who|which)\s+[a-z]+s\s+(?:[A-Za-z-]+\s+){0,3}$")
# 'worn by celebrities, including Madonna, Allison Williams and Christina Hendricks': names listed as examples
_LISTED = re.compile(r"\b(?:including|such\s+as|among\s+them)\s+[^.;:!?\n]*(?:,|\band)\s+$")
_SUBORDINATORS = frozenset("while when whenever after before if as because since although though unless until once "
                           "whereas and but or like unlike with without for".split())
_DESCRIBED = re.compile(r"\b[a-z]{3,}\s+$")
_INNER_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-z'’-]+)\b")
_CREDIT = re.compile(r"\b(?:said|says|told|tells|according to)\b")


# 'Nonetheless, human rights groups and the Sri Lankan government lobbied ...': a plural subject opening a sentence,
# after at most a short opening phrase, and its verb
_GROUP_SUBJECT = re.compile(
    r"(?:-+\s+)?(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,8},\s+)?"
    r"(?:(?:But|And|Yet|So)\s+)?(?P<np>[\w'’-]+(?:\s+[\w'’-]+){0,7}?)"
    r"\s+(?:(?:did|does|do|would|will|could|can)\s+(?:not\s+|never\s+)?[a-z]{3,}|"
    r"(?:(?:also|have|has|had|were|are|was|is|been|repeatedly|later|then|[a-z]+ly)\s+)*(?:[a-z]{3,}ed|said|say|says|"
    r"told|tell|claim|argue|contains|calls|states|urges|notes|compares|argues|accuses|warns|claims|describes|"
    r"demands|asks|insists|adds|"
    r"insist|warn|want|regard|point|issued|held|made|took|sent|gave|met|were|are|appear|seem))\b"
)
# 'they' after these inside its sentence means the sentence's subject: '..., though they said', 'when they told'
_THEY_IN_CLAUSE = re.compile(r"(?:,\s+(?:though|although|but|and|as|which)|\b(?:when|after|because|before))\s+$")
_QUOTE_LEAD = re.compile(r"[\"“][^\"“”]*[\"”],?\s*")
_IT_HEADS = frozenset("study report document statement update motion ordinance watchdog agency organization organisation "
                      "ministry embassy committee court council bureau commission board firm company network newspaper "
                      "letter message memo editorial column release video ad campaign paper website response reply "
                      "declaration communique resolution ruling filing complaint".split())
_PP_TAIL = re.compile(r"\s+(?:of|by|for|from|in|on|at|to|with|about|against)\s.*$")
_NOT_SUBJECT_LEADS = frozenset("in on at by for from with after before during under since as".split())
_AUX_WORDS = frozenset("is are was were be being been has have had will would can could".split())
# 'China's Ambassador to Malaysia sought ...': a capitalised title, with its country or body, opening a sentence
_ROLE_SUBJECT = re.compile(
    r"(?:[A-Z][^,.\n]{0,80},\s+)?(?P<np>(?:[A-Z][\w'’.-]*['’]s\s+|The\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Ambassador|Minister|Secretary|Envoy|Spokesman|"
    r"Spokeswoman|Spokesperson|President|Chairman|Chancellor|Governor|Mayor|General|Commander|Director)"
    r"(?:\s+(?:to|of|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?)"
    r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}\b")
_ROLE_THEN_PRONOUN = {
    g: re.compile(rf"\b[Tt]he\s+(?P<role>(?:[a-z]+\s+){{0,2}}[a-z]+)\b(?:\s+[a-z]+)?\s+[a-z]+(?:ed|s)?\s+"
                  rf"(?:when|as|after|while|before|and|because)\s+{p}\s+[a-z]+")
    for g, p in (("m", "he"), ("f", "she"))
}
_UNNAMED_OPENING = re.compile(rf"(?P<np>(?:An?|One|Another)\s+(?:[A-Za-z-]+\s+){{0,3}}(?:{'|'.join(sorted(PERSON_HEADS))}))"
                              r"(?:,\s+an?\s+[a-z][^,.;\n]{1,40},)?"  # 'Another potential juror, a lawyer, was struck'
                              r"\s+(?:has\s+|had\s+|was\s+|is\s+)?[a-z]{2,}\b[^.;\n\"“”]*\s$")
_THE_UNNAMED = re.compile(r"(?P<np>The\s+(?:[a-z-]+\s+){0,2}(?P<head>man|woman|boy|girl))\s+(?:[a-z]+\s+){0,4}?"
                          r"(?:was|is|had|has|[a-z]{3,}ed)\b")
_APPOSED_HEAD = re.compile(r",\s+(?:a|an)\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:and|who|from|in|at|with|of|for)\b|[,.;])")
_CREDIT_AFTER = re.compile(r"[,\"”]\s*$")
_QUOTE_OPENING = re.compile(r"[“\"][^“”\"\n]{1,600}[,?!]?[”\"]\s+")
_PRONOUN_OPENING = re.compile(r"(?:(?:But|And|Instead|However|Later|Still|Yet),?\s+)?(?:[A-Z][^,.;\n]{0,60},\s+)?$")


def _plural_subject(np: str) -> bool:
    """'human rights groups and the Sri Lankan government', 'Police', "Stephenson's friends", 'RFUK and CED': several
    people or bodies, not 'the company'."""
    words = np.split()
    parts = [p.split() for p in re.split(r"\s+and\s+", np)]
    if len(parts) > 1:
        return all(p and (p[-1][:1].isupper() or p[-1].lower() in GROUP_HEADS or is_org(" ".join(p))) for p in parts)
    head = words[-1].lower()
    return head in GROUP_HEADS or head == "police" or people_head(head)


def _abbreviation_at(text: str, dot: int) -> bool:
    """The period at `dot` ends an initial ('John F.') or an abbreviation ('Gov.'), not a sentence."""
    if text[dot:dot + 1] != ".":
        return False
    token = text[:dot].rsplit(None, 1)[-1].lstrip("\"“‘'(") if text[:dot].split() else ""  # '"U.S. citizens'
    return (len(token) == 1 and token.isupper()) or is_abbreviation(token, text, dot + 1)


class PronounRules(ArticleNames):
    """The speakers named so far, and the rules that give a pronoun one of them (or no one)."""

    def __init__(self, body: str, registry: ActorRegistry, published: date | None) -> None:
        super().__init__(body, registry, published)
        self.last_named_speaker_pos = -1
        # 'the man', 'a spokeswoman': position, gender and the phrase
        self.unnamed_speakers: list[tuple[int, str | None, str]] = []
        self.spoken: list[tuple[int, int]] = []  # spans of the statements found so far (the caller adds them)
        self.last_unknown: tuple[int, Resolved] | None = None  # a speaker named by one unknown word: 'Bombino'
        self.said: list[tuple[int, str | None]] = []  # each speaker's position and the name it resolved to
        self.last_group: tuple[int, Resolved] | None = None  # the speaker resolved last, if a group ('experts said')
        self.last_body: tuple[int, Resolved] | None = None  # the speaker resolved last, if an institution
        self.last_pronoun: tuple[int, str, Resolved] | None = None  # the last 'he' or 'she' and whom it meant

    def _rivals_before(self, chosen: Resolved, gender: str | None, pos: int) -> list[Resolved]:
        """Another person of the pronoun's gender named in the sentence before it, after the speaker it would
        go to: 'an editorial by Dr. Joseph Muhlestein pointed out weaknesses. He noted ...' is not the last
        speaker's."""
        start = self._sentence_start(pos, back=2)
        if start <= self.last_named_speaker_pos:
            return []
        surname = (chosen.name or "").split()[-1:]
        rivals = {r.name: r for p, r in self.gendered
                  if start <= p < pos and r.gender == gender and (r.name or "").split()[-1:] != surname
                  and not is_org(r.name or "") and not titled((r.name or "").split()[-1])  # 'Kent County Republican'
                  and not self._aside(p, start) and (r.name or "").split()[-1:] != ["Doe"]}
        for p, text in self._unregistered:
            # 'One of the most influential voices is Nay Phone Latt, a blogger ... ¶ "...," he said': a person the
            # apposition introduces, whose name says no gender
            appos = _APPOSED_HEAD.match(self.body, p + len(text)) if start <= p < pos else None
            if appos is None or not person_head(appos["head"]):
                continue
            name = from_given_name(untitled(text))
            if len(name.split()) >= 2 and name.split()[-1:] != surname \
                    and gender_of(name) is None and not is_org(name) and not self._aside(p, start) \
                    and self.gender_by_pronoun(name) in (gender, None):
                rivals.setdefault(name, Resolved(None, name, "person", gender))
        return list(rivals.values())

    def _called_by_given_name(self, pos: int, gender: str | None, chosen: str) -> Resolved | None:
        """'We're blown away by her grace and how she's just being Mo'ne. ¶ "...," she said': the person the
        sentence before calls by the pronoun and by a given name alone, named in full earlier in the article."""
        if gender not in _GENDER_WORDS:
            return None
        quote = max((q for q in QUOTED_SPAN.finditer(self.body, max(0, pos - 2000), pos) if q.end() >= pos - 3),
                    key=lambda q: q.end(), default=None) if any(c in self.body[max(0, pos - 4):pos] for c in "\"”") else None
        at = quote.start() if quote is not None else pos  # '"... at this age ... so I just have to be myself," she'
        start, end = self._sentence_start(at, back=2), self._sentence_start(at)
        if start <= self.last_named_speaker_pos:
            return None
        said = QUOTED_SPAN.sub("", self.body[start:end])  # the narration, where the pronoun must stand
        if not _GENDER_WORDS[gender].search(said):
            return None
        found = {name for q, name in self._unregistered
                 if q < start and len(name.split()) == 2 and name.split()[-1] != (chosen.split() or [""])[-1]
                 and re.search(rf"\b{re.escape(name.split()[0])}\b(?!\s+[A-Z])", said)
                 and not is_org(name) and gender_of(name) is None and self.gender_by_pronoun(name) == gender
                 and {t for _, t in self.mentions if t.split()[0] == name.split()[0]} == {name}}
        return Resolved(None, found.pop(), "person", gender) if len(found) == 1 else None

    def _subject_since(self, chosen: Resolved, gender: str | None, pos: int) -> Resolved | None:
        """Another person of the pronoun's gender, the subject of a sentence after the chosen speaker was last
        named: 'Alaadin told the BBC. ¶ Abadi was born in Baghdad ... ¶ he has stressed' is Abadi."""
        sentence = self._sentence_start(pos)
        last = self.last_subject(pos, until=sentence)
        if last is None or last[1].gender != gender or not last[1].name or not chosen.name \
                or not self._opens_sentence(last[0]):
            return None  # 'Knight told the judge that DeJesus saved her life': DeJesus is no sentence's subject
        surname, rival = chosen.name.split()[-1], last[1].name.split()[-1]
        since = self._sentence_start(last[0])
        if rival == surname or any(since <= p < sentence and (name or "").split()[-1:] != [rival]
                                   for p, name in self.said):
            # someone else spoke since: '..., her lawyer said. ¶ ..., he said' is still the lawyer; '"...," Mr.
            # Obama said, not needing to mention the author, Muhammad Ali' names Ali in Obama's sentence
            return None
        chosen_at = max([p for p in self._occurrences(surname) if p < pos], default=-1)
        return last[1] if last[0] > chosen_at else None

    def _sentence_start(self, pos: int, back: int = 1) -> int:
        """Where the sentence holding `pos` starts (`back=2`: the sentence before it), looking 600 characters back."""
        head = self.body[max(0, pos - 600):pos]
        ends = [m.end() for m in _SENTENCE_END.finditer(head) if not _abbreviation_at(head, m.start())]
        return pos - len(head) + (ends[-back] if len(ends) >= back else 0)

    def _opens_sentence(self, at: int) -> bool:
        """The name at `at` is the subject of a sentence ('Appearing gaunt, Berndt entered'), not of a clause
        inside one ('when George W. Bush served', 'Reagan and George W. Bush')."""
        before = self.words_before_name(at, stop=_SUBORDINATORS)
        if before is None:
            return False  # 'While Obama had ...'
        return not before or before[-1][-1:] in ".!?:;,\"”"

    def _aside(self, at: int, start: int) -> bool:
        """A name inside what someone said, or in parentheses: spoken of, not speaking."""
        return any(s <= at < e for s, e in self.spoken) or self.body.rfind("(", start, at) > self.body.rfind(")", start, at) \
            or _OBJECT_LEAD.search(self.body, max(start, at - 60), at) is not None  # 'under Gov. Rick Perry'

    def _previous_subject(self, pos: int) -> Resolved | None:
        """The person (not in the registry) who is the subject of the sentence before a sentence-initial pronoun
        at `pos`: a surname whose full name the article gave, or a full name whose given name is known."""
        before = self.body[max(0, pos - 400):pos]
        opening = _OPENING_QUOTE.search(before)
        if opening and (before[:opening.start()].rstrip().endswith((".", "\n")) or not before[:opening.start()].strip()):
            # '... Star Andy Samberg won. ¶ "Oh no!" he said': the sentence before the quote the pronoun credits
            pos -= len(before) - opening.start()
            before = before[:opening.start()]
        if before.rstrip().endswith((", but", ", and", ", yet")):
            m = _THIS_SENTENCE.search(before.rstrip())  # 'Nuzzi would not confirm it, but he told CNN that ...'
        elif sub := _THIS_SENTENCE_SUB.search(before.rstrip()):
            m = sub  # 'Rouhani held a rally when he criticized ...'
        elif (own := _THIS_SENTENCE_CREDITED.search(before.rstrip())) and \
                self.last_named_speaker_pos < self._sentence_start(pos, back=2):
            # '..., said agent Mike Eisenstadt. Johnson is also survived by ..., he said' is still the agent's
            m = own
        elif before.rstrip().endswith((".", "\n")) or not before.strip():
            m = _LAST_SENTENCE.search(before.rstrip())
        else:
            return None
        if m is None or self.last_named_speaker_pos >= pos - len(before) + m.start() or _CREDIT.search(m.group(0)):
            return None  # '... Johnson worked until his death, said Eisenstadt. He called it': the speaker
        name = m.group("name")
        at = pos - len(before) + m.start("name")
        if _JOINED.match(before, m.end("name")):
            return None  # 'Karen Johnson and Anna Berg run the shelter': two people
        named = _ROLE_THEN_NAME.match(before, m.end("name"))
        if named is not None and name.lower() not in ROLE_WORDS \
                and not any(w in ROLE_WORDS for w in before[m.end("name"):named.start("name")].split()):
            named = None  # 'White House spokesman Josh Earnest weighed in': the name after the role
        if name.lower() in ROLE_WORDS or named is not None:
            if named is None:  # 'Australian actor Eric Bana, himself a racer,'
                return None
            name, at = named["name"], pos - len(before) + named.start("name")
        if name.endswith(("'s", "’s")):
            return None
        if self.registry.by_name(name):
            # registry persons are in self.persons already; the subject of the pronoun's own sentence wins outright
            # ('Sergei Lavrov reflected these worries when he voiced ...')
            same = next((r for p, r in self.persons if at <= p < at + len(name)), None)
            if same is None and m.re is _LAST_SENTENCE:
                # 'Borrell said ... ¶ Borrell previewed the letter in Washington to meet Blinken. ¶ "...," he said':
                # the sentence's subject, who spoke before while no other speaker it names did; 'Blinken met
                # Lavrov. He said' stays unresolved
                actors = [a for a in self.registry.by_name(name) if a.kind == "person"]
                spoke = {r.key: r for p, r in self.persons if p < at and r.key}
                sentence = m.group(0)[m.end("name") - m.start():]
                if len(actors) == 1 and actors[0].key in spoke and not any(
                        k != actors[0].key and r.gender == spoke[actors[0].key].gender
                        and (r.name or " ").split()[-1] in sentence for k, r in spoke.items()):
                    same = spoke[actors[0].key]  # a speaker before, and no other speaker named with them
            return same
        single = " " not in name
        if single:
            full = self.full_name_before(name, at + 1 + len(name))
            if full is None or " " not in full:
                return None
            name = full
        name = from_given_name(name)
        gender = gender_of(name)
        if gender is None and (single or m.re is _THIS_SENTENCE_SUB):
            return Resolved(None, name, "person", None)
        return Resolved(None, name, "person", gender) if gender else None

    def _unnamed(self, speaker: str, pos: int) -> None:
        """'A man', 'a European diplomat', 'the woman', 'the son': someone a later 'he' or 'she' may mean; not 'the
        resort director', who is often the person named with that title before."""
        words = speaker.lower().split()
        kin = len(words) == 2 and words[0] in ("the", "his", "her", "their") and words[1] in KIN_NOUNS
        if len(words) >= 2 and (words[0] in _INDEFINITE or words[-1] in ("man", "woman") or kin):
            self.unnamed_speakers.append((pos, UNNAMED_GENDER.get(words[-1]) or gender_of_lead(words[-1]), speaker))

    def _unnamed_meant(self, since: int, pos: int, gender: str | None) -> Resolved | None:
        """'A man, whom CNN is not identifying, said ... He said ...': an unnamed speaker of the pronoun's gender,
        after the last named one and close before the pronoun with no name between, is the one meant."""
        last = max(((p, phrase) for p, g, phrase in self.unnamed_speakers if since < p < pos and g in (gender, None)),
                   default=None)
        if last is None or pos - last[0] >= 400:
            return None
        named = [p for p, _ in self.persons] + [p for p, text in self._unregistered
                                                if not self.body.startswith(("'s", "’s"), p + len(text))]
        if any(last[0] + len(last[1]) <= p < pos for p in named):
            # but 'A New York police spokesman' names a place, and "the letter sent to Giuliani's office" no one
            # who could speak
            return None
        for word in _INNER_NAME.finditer(self.body, last[0] + len(last[1]), pos):
            if any(s <= word.start() < e for s, e in self.spoken) or self.body.startswith(("'s", "’s"), word.end(1)):
                continue  # 'testified that he met Clementi', "the letter sent to Giuliani's office": spoken of
            full = self.full_name_before(word.group(1), word.end(1))
            if full is not None and " " in full and gender_of(full) in (gender, None):
                # 'a note, which Kang left behind. ¶ He wrote ...': a person the article named in full, named again
                return Resolved(None, None, "unknown")
        return Resolved(None, last[1], "person", gender)

    def _unnamed_subject_before(self, pos: int, gender: str | None) -> Resolved | None:
        """'The man hospitalized in Lagos was a 40-year-old Liberian. ¶ He told officials ...': a pronoun opening its
        sentence means the unnamed man or woman the sentence before is about, when that sentence names no one."""
        start = self._sentence_start(pos)
        if gender not in ("m", "f"):
            return None
        if not _PRONOUN_OPENING.fullmatch(self.body[start:pos]):
            para = self.body.rfind("\n", 0, pos) + 1
            if not _QUOTE_OPENING.fullmatch(self.body, para, pos) or any(
                    p < pos and r.gender == gender for p, r in [*self.persons, *self.gendered]):
                return None  # 'The young dual-career woman ...' after Lyndsey Scott is her
            start = para  # '"It looks like a Jeep," she told the operator': the quote opens the paragraph
        pronoun = "He" if gender == "m" else "She"
        for _ in range(3):  # 'The man ... ¶ He arrived on Sunday. He told officials ...': the same pronoun before
            before = self._sentence_start(start, back=2) if start > 0 else 0
            if not self.body.startswith(f"{pronoun} ", before) or before == start:
                break
            start = before
        m = _THE_UNNAMED.match(self.body, before, start)
        if m is None or UNNAMED_GENDER[m["head"].lower()] != gender \
                or any(m.end() <= p < pos for p, _ in [*self.persons, *self.gendered]):
            return None
        return Resolved(None, m["np"][0].lower() + m["np"][1:], "person", gender)

    def _lede_subject(self, pos: int, gender: str | None) -> Resolved | None:
        """'Sachin Tendulkar will retire from cricket, he announced Thursday.': in the first sentence that names
        anyone, a pronoun credit with no one before it can only mean the one person its own sentence names."""
        start = self._sentence_start(pos)
        if any(p < pos for p, _ in self.persons) or any(p < start for p, _ in self._unregistered):
            return None
        quoted = [m.span() for m in QUOTED_SPAN.finditer(self.body, start, pos)]
        # a name after a lower-case descriptor ('sportsman Sachin Tendulkar'), not one that opens the sentence,
        # where a place or a conjunction may run into it ('Gaza When Jwdat Abu Ghrb spotted')
        names = {from_given_name(untitled(text)) for p, text in self._unregistered
                 if start <= p < pos and not is_org(text) and not self._aside(p, start)
                 and not any(qs <= p < qe for qs, qe in quoted) and _DESCRIBED.search(self.body, start, p)
                 and not self.body.endswith("the ", 0, p)}  # 'the Goldman Sachs economist': a firm, not a person
        names = {n for n in names if len(n.split()) >= 2}
        if len(names) != 1:
            return None
        name = names.pop()
        if gender_of(name) not in (gender, None):
            return None
        return self._spoke(pos, Resolved(None, name, "person", gender))

    def _subject_for(self, pos: int) -> re.Match[str] | None:
        """The subject a 'they' or an 'it' at `pos` may mean: of the sentence before, when the pronoun opens its own
        sentence (after an opening phrase or a quote); of its own sentence, when it stands in a clause ('...,
        though they said')."""
        start = self._sentence_start(pos)
        lead = self.body[start:pos]
        if _THEY_IN_CLAUSE.search(lead):
            subject = _GROUP_SUBJECT.match(self.body, start, pos)
        elif _PRONOUN_OPENING.fullmatch(lead) or _QUOTE_LEAD.fullmatch(lead):
            before = self._sentence_start(start, back=2) if _QUOTE_LEAD.fullmatch(lead) and lead else \
                self._sentence_start(pos, back=2)
            subject = _GROUP_SUBJECT.match(self.body, before, start) if before < start else None
        else:
            return None
        if subject is None or any(qs <= subject.start("np") < qe for qs, qe in self.spoken):
            return None
        return subject

    def _group_subject(self, pos: int) -> Resolved | None:
        """'Human rights groups lobbied Saudi authorities. ¶ They argued ...', 'Prosecutors offered help, though they
        said ...': the plural subject a 'they' means."""
        subject = self._subject_for(pos)
        if subject is None or not _plural_subject(subject["np"]):
            return None
        return Resolved(None, subject["np"], "group")

    def _body_subject(self, pos: int) -> Resolved | None:
        """'The study was released by the Partnership. ¶ It says ...', 'UNESCO noted with concern ... ¶ It said ...':
        the institution or document an 'it' means."""
        subject = self._subject_for(pos)
        if subject is None:
            return None
        np = subject["np"]
        words = np.split()
        head = _PP_TAIL.sub("", np).split()[-1].lower().strip(".,")  # 'The report by the Republicans': the report
        if words[0].lower() in _NOT_SUBJECT_LEADS or any(w in _AUX_WORDS for w in words) \
                or (head.endswith("s") and not head.endswith("ss") and not np[:1].isupper()):
            return None  # 'In a report released in April, UNESCO ...', 'The mission is being funded'
        if head not in _IT_HEADS and not (is_org(np) and not _plural_subject(np)):
            return None
        if self.last_body and subject.start("np") <= self.last_body[0] < subject.end("np"):
            return self.last_body[1]  # the subject spoke: as it was resolved then ('Russia's Foreign Ministry')
        core = _PP_TAIL.sub("", np).split()
        proper = any(w[:1].isupper() for w in core[1:]) or (core[0][:1].isupper() and core[0].lower() != "the"
                                                           and len(core) == 1)
        institution = institution_name(np) if proper else None
        if institution:
            return Resolved(None, institution, "organization")  # 'the CDC', 'The World Health Organization'
        return Resolved(None, np, "organization" if proper and is_org(np) else "group")

    def _only_quoted_since(self, since: int, pos: int) -> bool:
        """Between `since` and the sentence before `pos` stand only the speaker's own quoted sentences: '..., it said,
        adding ... ¶ "A. B. C." ¶ It urged ...'."""
        gap = QUOTED_SPAN.sub("", self.body[since:self._sentence_start(pos)])
        return len(_SENTENCE_END.findall(gap)) <= 2

    def _spoke(self, pos: int, res: Resolved) -> Resolved:
        """Record a person as the last named speaker, whom a later 'he' or 'she' may mean."""
        self.persons.append((pos, res))
        self.last_named_speaker_pos = pos
        return res

    def _pronoun(self, pronoun: str, pos: int) -> Resolved:
        gender = PRONOUNS[pronoun]
        subject = self._group_subject(pos) if pronoun == "they" else None
        if subject is not None:
            return subject
        if pronoun == "they" and self.last_group and pos - self.last_group[0] <= _GROUP_REACH:
            return self.last_group[1]  # 'But experts said ... And they said ...': the group that spoke last
        body = self._body_subject(pos) if pronoun == "it" and not _RELATIVE_IT.search(self.body, max(0, pos - 8), pos) \
            else None
        if body is not None:
            return body
        since = pos - self.last_body[0] if self.last_body else _GROUP_REACH * 3
        if pronoun == "it" and self.last_body and not _RELATIVE_IT.search(self.body, max(0, pos - 8), pos) and (
                (since <= _GROUP_REACH and self._sentence_start(pos, back=2) <= self.last_body[0])
                or (since <= _GROUP_REACH * 2 and self._only_quoted_since(self.last_body[0], pos))):
            # 'the Foreign Ministry said. It added ...': the institution that spoke last, in this sentence or the
            # one before; not 'the Al-Quds Brigade claimed ... what it called' nor an image two sentences on
            return self.last_body[1]
        if pronoun not in {"he", "she", "him", "her"}:
            return Resolved(None, None, "unknown")
        # Persons named since (and including) the last named speaker; guess only if one of them fits.
        since = self.last_named_speaker_pos
        candidates: dict[str, Resolved] = {}
        for p, res in self.persons:
            if p < since or p >= pos:
                continue
            candidates[res.key or res.name or ""] = res
        if not candidates and pronoun in ("he", "she"):
            lede = self._lede_subject(pos, gender)
            if lede is not None:
                return lede
        if not candidates:
            before = [(p, res) for p, res in self.persons if p < pos]
            if before:
                res = max(before, key=lambda t: t[0])[1]  # the person named last
                candidates[res.key or res.name or ""] = res
        subject = self._previous_subject(pos)
        unnamed = (self._unnamed_meant(since, pos, gender) or self._unnamed_subject_before(pos, gender)) \
            if subject is None else None
        if unnamed is not None:
            return unnamed
        own = self._own_unnamed_subject(pos, gender) if pronoun in ("he", "she") else None
        if own is not None:
            return own  # 'Another potential juror, a lawyer, was struck after he expressed ...': no one named between
        if subject is not None and subject.key and subject.gender in (gender, None):
            return subject  # the registry person who is the subject of the pronoun's own sentence
        if subject is not None and subject.gender in (gender, None) and not any(
                (r.name or "").split()[-1:] == (subject.name or "").split()[-1:] for r in candidates.values()):
            # 'Boswell disagreed. He said ...': the person the sentence before is about, not the speaker before it
            return subject
        fitting = [r for r in candidates.values() if r.gender in (gender, None)]
        role = self._role_with_pronoun(pos, gender, fitting[0]) if len(fitting) == 1 else None
        if role is not None:
            return role
        went = self.last_pronoun
        if len(fitting) == 1 and fitting[0].gender is None and went is not None and went[0] > since \
                and went[1] == pronoun and went[2].name and went[2].name != fitting[0].name:
            # 'attorney Cheney Mason told CNN. ¶ Anthony never mentions ..., but she does ... ¶ ..., she said': the
            # same pronoun goes on meaning whom it meant since that speaker, whose name says no gender
            return went[2]
        given = self._called_by_given_name(pos, gender, fitting[0].name or "") if len(fitting) == 1 else None
        if given is not None:
            return given
        if len(fitting) == 1:
            rivals = self._rivals_before(fitting[0], gender, pos)
            if rivals:  # the one person of that gender the sentence before names, else no one
                return self._spoke(pos, rivals[0]) if len(rivals) == 1 else Resolved(None, None, "unknown")
            later = self._subject_since(fitting[0], gender, pos)
            if later is not None:
                return later
            return fitting[0]
        # No named speaker fits: 'Karen Johnson runs the shelter. "...," she said.' takes the one person of that
        # gender named since the last speaker, if there is exactly one.
        if fitting:
            return Resolved(None, None, "unknown")
        # '"...," says Bombino. ¶ "...," he notes.': a one-word name that spoke last stands for a named speaker
        one_word = self.last_unknown if self.last_unknown and since < self.last_unknown[0] < pos else None
        after = one_word[0] if one_word else since
        named = {r.name: r for p, r in self.gendered if after < p < pos and r.gender == gender
                 and not _RELATIVE_OBJECT.search(self.body, max(0, p - 60), p)
                 and not _LISTED.search(self.body, max(0, p - 80), p)}
        given = self._called_by_given_name(pos, gender, next(iter(named)) or "") if len(named) == 1 else None
        if given is not None:
            return given
        if len(named) == 1:
            return self._role_with_pronoun(pos, gender, next(iter(named.values()))) or next(iter(named.values()))
        if not named:
            # 'Humaiya Akhter is 16 years old and already six of her friends are married. ... "...," she told CNN':
            # a name that says no gender, which the article's own pronouns give
            full = {self.full_name_before(name, p + len(text)) or name if " " not in name else name
                    for p, text in self._unregistered if after < p < pos and not is_org(text)
                    for name in [from_given_name(untitled(text))]}
            told = {n: Resolved(None, n, "person", gender) for n in full
                    if len(n.split()) > 1 and n.split()[-1].lower() not in PRONOUNS  # not 'Afghanistan It was'
                    and self.gender_by_pronoun(n) == gender}
            if len(told) == 1:
                return next(iter(told.values()))
        if one_word and not any(after < p < pos and not text.startswith("The ") for p, text in self.mentions):
            return one_word[1]
        if one_word and gender_of(f"{one_word[1].name} X") == gender and all(
                gender_of(text) not in (gender, None) for p, text in self.mentions if after < p < pos):
            # 'Teresa told host Andy Cohen that ... "...," she said': the one-word name the pronoun agrees with
            return one_word[1]
        own = self._own_unnamed_subject(pos, gender) if pronoun not in ("he", "she") else None  # he/she: read above
        return self._role_subject(pos) or own or self._same_unnamed(pronoun, pos) or Resolved(None, None, "unknown")

    def _same_unnamed(self, pronoun: str, pos: int) -> Resolved | None:
        """'"...," she told the operator. ¶ The suspect left the scene, she said': the same pronoun, close before
        with no one named between, goes on meaning the unnamed person it meant."""
        went = self.last_pronoun
        if went is None or went[1] != pronoun or went[2].key or not (went[2].name or "")[:1].islower() \
                or pos - went[0] > 400 or any(went[0] < p < pos for p, _ in [*self.persons, *self.gendered]):
            return None
        return went[2]

    def _own_unnamed_subject(self, pos: int, gender: str | None) -> Resolved | None:
        """'An American filmmaker has made what he describes as ...': the unnamed person opening the pronoun's own
        sentence, when no name stands between them."""
        start = self._sentence_start(pos)
        m = _UNNAMED_OPENING.match(self.body, start, pos)
        if m is None or not person_head(m["np"]) or gender_of_lead(m["np"].split()[-1]) not in (gender, None) \
                or any(m.end("np") <= p < pos for p, _ in self.mentions) or self.body[:pos].rstrip().endswith(","):
            return None  # not 'A graduate student then, he wrote': an apposition to the subject the pronoun is
        return Resolved(None, m["np"], "person", gender)

    def _role_with_pronoun(self, pos: int, gender: str | None, chosen: Resolved) -> Resolved | None:
        """'Even the voice of the normally stoic judge cracked as she dismissed jurors. ¶ "...," she told them.': a
        person the sentence before calls by a role, and already by this pronoun, with the chosen name not in it."""
        if gender not in ("m", "f") or not chosen.name:
            return None
        start, end = self._sentence_start(pos, back=2), self._sentence_start(pos)
        m = _ROLE_THEN_PRONOUN[gender].search(self.body, start, end)
        if m is None or not person_head(m["role"]) or gender_of_lead(m["role"].split()[-1]) not in (gender, None) \
                or any(start <= p < end for p in self._occurrences(chosen.name.split()[-1])) \
                or any(start <= p < end for p, _ in self.persons):
            return None
        return Resolved(None, f"the {m['role'].split()[-1]}", "person", gender)

    def _role_subject(self, pos: int) -> Resolved | None:
        """'China's Ambassador to Malaysia sought to distance these views. They "do not represent ...," he was
        quoted as saying.': when no named person fits, the titled role that is the subject of the sentence before."""
        start = self._sentence_start(pos)
        lead = self.body[start:pos]
        if not (_PRONOUN_OPENING.fullmatch(lead) or _QUOTE_LEAD.fullmatch(lead) or _CREDIT_AFTER.search(lead)):
            return None
        before = self._sentence_start(start, back=2) if start > 0 else 0
        subject = _ROLE_SUBJECT.match(self.body, before, start) if before < start else None
        if subject is None or any(q.start() <= subject.start("np") < q.end()
                                  for q in QUOTED_SPAN.finditer(self.body, before, start)):
            return None
        return Resolved(None, subject["np"], "person")
