"""Resolving a speaker phrase to an actor, with the article as context (earlier names, roles, pronouns)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from summarizer.actors import Actor, ActorRegistry, normalize
from summarizer.clauses import GROUP_HEADS, SERVING
from summarizer.cues import PLURAL_HEADS, PRONOUNS, TITLE_WORDS
from summarizer.given_names import gender_of, gender_of_lead
from summarizer.name_forms import (
    ROLE_WORDS,
    SOVEREIGN_TITLES,
    TITLES,
    from_given_name,
    other_given_name,
    titled,
    titled_name,
    untitled,
    without_nationality,
)
from summarizer.sentences import is_abbreviation
from summarizer.speakers import (
    AFFILIATION,
    FUNCTION_WORDS,
    JOINT,
    LEADING_CONJ,
    NAME_RE,
    NATIONALITIES,
    PERSON_HEADS,
    STATES,
    institution_name,
    is_org,
    name_part,
    person_head,
    state_name,
)

# A common noun, then the person, body or place it belongs to: 'a spokesman for Borrell', 'officials in Moscow'.
_SERVED = re.compile(r"(?P<head>(?:(?:the|a|an|one|two|three|some|several|many|senior|top|close)\s+)*"
                     r"(?:U\.S\.\s+|U\.N\.\s+|E\.U\.\s+)?"  # 'The U.S. ambassador to NATO'
                     r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|for|to|in|from|at|with|close\s+to)\s+[A-Z]", re.I)


_ONE_OF_PEOPLE = GROUP_HEADS - {"governments", "countries", "nations", "states", "parties", "unions", "groups",
                                 "organizations", "organisations", "forces", "police"} | frozenset(
    "men women people victims survivors witnesses passengers students soldiers officers attackers suspects hostages "
    "workers residents parents children relatives lawyers sources doctors nurses teachers aides advisers advisors "
    "staffers assistants colleagues friends neighbors neighbours".split())
_PEOPLE = GROUP_HEADS | SERVING | frozenset(
    "residents people citizens relatives families friends sources representatives lawyers spokesmen".split())


_NAME_LEAD = re.compile(r"(?![\w.-]*['’]s$)(?![\w.-]*n['’]t$)[A-ZÀ-Ý][\w'’.-]*|von|van|der|de|bin|al|el")  # not "Clark's"
_ABBREVIATED = re.compile(r"[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Adm|Prof|St)\.")
_TIME_WORDS = frozenset("today yesterday tonight now then meanwhile still also here there".split())  # 'Today Zanardelli'
_SENT_TO = re.compile(r"\b(?:mission|ambassador|envoy|delegation|representative|embassy)\s+to(?:\s+the)?$", re.I)
_INDEFINITE = frozenset("a an one another".split())
_UNNAMED_GENDER = {**dict.fromkeys("man boy gentleman".split(), "m"), **dict.fromkeys("woman girl".split(), "f")}
_SURNAME_AT = re.compile(r"([A-Z][\w'’-]+)\s+(?:at|of|from|with)\s+.*")
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_AGE_EPITHET = re.compile(r"[Tt]he\s+(?P<age>\d{1,3})-year-old(?P<rest>(?:\s+[\w-]+){0,3})")  # 'the 27-year-old singer'
_CLAUSE_WORDS = frozenset("and but that when while as after because since so".split())
_AGED_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"


def _stands_alone(body: str, at: int, n: int) -> bool:
    """The word at body[at:at + n] is whole: not 'Lee' in 'Leeds'; "Trout's" and "Thomas' " count."""
    before = body[at - 1:at]
    if before and (before.isalnum() or before in "'’-"):
        return False
    rest = body[at + n:at + n + 3]
    if rest[:1] in ("'", "’"):
        rest = rest[2:] if rest[1:2] == "s" else rest[1:]
    return not rest or not (rest[0].isalnum() or rest[0] in "'’-")


_CAP = r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w.'’-]*)*"
_AMPERSAND_NAME = re.compile(rf"{_CAP}\s*&\s*{_CAP}$")  # 'the Institute for College Access & Success'
_OWNER_LEAD = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w&.-]*\s+){0,3}[\w&.-]+(?:['’]s|s['’])")  # "the group's", "The Ravens'"


# A sentence opening (after an occasion) with a name and a lower-case verb: the whole sentence before a pronoun, or
# the start of the pronoun's own sentence up to ', but'.
_SUBJECT_OPENING = (
    r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:(?:On|In|At|By|After|Before|Last|Earlier|Later|Since)\b[^,.\n]{0,40},\s+)?"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})\s+[a-z]"
)
_LAST_SENTENCE = re.compile(_SUBJECT_OPENING + r"[^\n]*[.!?][\"”]?$")
_THIS_SENTENCE = re.compile(_SUBJECT_OPENING + r"[^\n.!?]*,\s(?:but|and|yet)$")
_ROLE_THEN_NAME = re.compile(r"\s+(?:[a-z-]+\s+){1,3}(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2})\b")
_OBJECT_LEAD = re.compile(r"\b(?:under|like|called|named|for|with|of|from|against|about)\s+(?:[\w.'’-]+\s+){0,3}$")
_TEAM_TITLE = re.compile(r"\b(?:champions?|team|club|side|franchise|NBA|NFL|MLB|NHL|MLS|league)\s*$", re.I)
_MEDIA_AFTER = re.compile(
    r"\s+(?:news\s+)?(?:agency|service|newspaper|network|channel|television|radio|website|company|group|foundation|"
    r"outlet|portal|site|daily|magazine|station|wire)\b")
_LOWER_WORD = re.compile(r"(?<=\s)([a-z]+)(?=[\s,;:.!?])")
_TRAILING_TITLES = frozenset("head chairman chairwoman director president chief founder".split())
_GROUP_WORDS = GROUP_HEADS | PLURAL_HEADS
_QUANTIFIER_LEADS = frozenset("both several many some all most few".split())
_NAME_PARTICLES = frozenset("al el abu bin ibn van von de la le di da du".split())
_LEAD_PREPOSITIONS = frozenset("under after before during without against among despite like unlike about until "
                               "through".split())  # 'Under Phelps, the church ...' names Phelps
_FAITHFUL = frozenset("christians muslims jews catholics protestants hindus buddhists sikhs mormons evangelicals "
                      "shiites sunnis".split())
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+|\n")
_JOINED = re.compile(r"\s+(?:and|or|&)\s+[A-Z]")
_OPENING_QUOTE = re.compile(r"\s[\"“][^\"“”\n]*[\"”],?\s*$")
# 'Bombino, who lists Malian guitarist Ali Farka Toure as an influence': a name the relative clause speaks of
_RELATIVE_OBJECT = re.compile(r"\b(?:who|which)\s+[a-z]+s\s+(?:[A-Za-z-]+\s+){0,3}$")
_CREDIT = re.compile(r"\b(?:said|says|told|tells|according to)\b")


def _abbreviation_at(text: str, dot: int) -> bool:
    """The period at `dot` ends an initial ('John F.') or an abbreviation ('Gov.'), not a sentence."""
    if text[dot:dot + 1] != ".":
        return False
    token = text[:dot].rsplit(None, 1)[-1] if text[:dot].split() else ""
    return (len(token) == 1 and token.isupper()) or is_abbreviation(token, text, dot + 1)


@dataclass
class Resolved:
    key: str | None
    name: str | None
    kind: str
    gender: str | None = None


class ArticleContext:
    """Per-article memory: names seen in the text and named speakers, in order."""

    def __init__(self, body: str, registry: ActorRegistry, published: date | None) -> None:
        self.registry = registry
        self.published = published
        self.body = body
        self._body_norm: str | None = None
        self._surname_hits: dict[str, list[int]] = {}
        self._body_low: str | None = None
        self.mentions: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in NAME_RE.finditer(body)]
        self.normalized_mentions = [(p, normalize(n)) for p, n in self.mentions]
        self.mention_norms = {n for _, n in self.normalized_mentions}
        self.mention_tokens = {t for n in self.mention_norms for t in n.split()}
        self.persons: list[tuple[int, Resolved]] = []  # named persons (speakers and registry names) by position
        self.last_named_speaker_pos = -1
        self.unnamed_speakers: list[tuple[int, str | None]] = []  # 'the man', 'a spokeswoman': position, gender
        self._lower_words: set[str] | None = None  # the article's lower-case words, read on first need
        self.spoken: list[tuple[int, int]] = []  # spans of the statements found so far (the caller adds them)
        self.last_unknown: tuple[int, Resolved] | None = None  # a speaker named by one unknown word: 'Bombino'
        self._gendered: list[tuple[int, Resolved]] | None = None
        self._unregistered: list[tuple[int, str]] = []
        for pos, text in self.mentions:
            actors = [a for a in registry.by_name(text) if a.kind == "person"]
            if len(actors) == 1:
                a = actors[0]
                self.persons.append((pos, Resolved(a.key, a.name, "person", a.gender)))
            elif not actors:
                self._unregistered.append((pos, text))

    @property
    def gendered(self) -> list[tuple[int, Resolved]]:
        """Names outside the registry whose given name tells the gender ('Karen Johnson', 'Attorney Chris Dolan'),
        outside quotation marks (not a name someone speaks of); read only when a pronoun needs them."""
        if self._gendered is None:
            quoted = [m.span() for m in _QUOTED.finditer(self.body)]
            self._gendered = []
            for pos, text in self._unregistered:
                if any(qs < pos < qe for qs, qe in quoted):
                    continue
                name = from_given_name(untitled(text))
                lead = text[: len(text) - len(name)] if text.endswith(name) else ""
                gender = gender_of(name) or gender_of_lead(lead, kin=False) \
                    or gender_of_lead(self.body[max(0, pos - 24):pos], kin=False)
                if gender is not None:
                    self._gendered.append((pos, Resolved(None, name, "person", gender)))
        return self._gendered

    @property
    def body_norm(self) -> str:
        """The whole article normalized (built on first use, for the misspelling check)."""
        if self._body_norm is None:
            self._body_norm = f" {normalize(self.body)} "
        return self._body_norm

    def _occurrences(self, surname: str) -> list[int]:
        """Where `surname` stands as a word (any case; a possessive allowed), in order."""
        if self._body_low is None:
            self._body_low = self.body.lower()
        low, found = surname.lower(), []
        at = self._body_low.find(low)
        while at >= 0:
            if _stands_alone(self.body, at, len(surname)):
                found.append(at)
            at = self._body_low.find(low, at + 1)
        return found

    def full_name_before(self, surname: str, pos: int) -> str | None:
        """The last full name before `pos` ending in `surname`: 'Veterans Affairs Committee Chairman Jeff Miller'
        gives Jeff Miller, "Japan's Prime Minister Shinzo Abe" Shinzo Abe, 'When Carmela Spinelli' Carmela
        Spinelli, 'Pope Francis' itself."""
        best = None
        if surname.isupper() or not (surname[:1].isupper() or surname[:3].lower() in ("al-", "el-")) \
                or surname.lower() in GROUP_HEADS:
            return None  # 'DNA', 'officials': no person's surname; 'al-Assad' is one
        if surname not in self._surname_hits:
            self._surname_hits[surname] = self._occurrences(surname)
        for at in self._surname_hits[surname]:
            if at + len(surname) > pos:
                break
            found = self.body[at:at + len(surname)]
            if not found[:1].isupper() and found[:3].lower() not in ("al-", "el-"):
                continue  # 'Mcgraw' finds 'McGraw', but 'Management' not 'GM management'
            lead: list[str] = []
            for word in reversed(self.body[max(0, at - 80):at].split()[-5:]):
                if not _NAME_LEAD.fullmatch(word) or (word.endswith(".") and not _ABBREVIATED.fullmatch(word)):
                    break  # not a name word, or the end of the sentence before
                lead.insert(0, word)
            while lead and (lead[0].lower() in FUNCTION_WORDS or lead[0].lower() in _LEAD_PREPOSITIONS
                            or LEADING_CONJ.match(lead[0] + " ")
                            or lead[0].lower() in _TIME_WORDS
                            or any(w.lower().strip(".,") in STATES for w in lead[:-1])):
                lead.pop(0)  # 'When Carmela Spinelli hears ...', 'U.S. Ambassador to Syria Robert Ford'
            if lead and self._common_word(lead[0]):
                lead.pop(0)  # 'Was Herman Cain ...?', 'All Katherine McMillan wanted': a sentence's first word
            words = without_nationality(untitled(" ".join([*lead, found])).split()).split()
            if len(words) > 1 and not titled(words[0]):
                best = " ".join(words)
            elif lead and lead[-1].lower() in SOVEREIGN_TITLES:
                best = f"{lead[-1]} {found}"
        return best

    def resolve(self, speaker: str, pos: int, apposition: str = "") -> Resolved:
        res = self._resolve(speaker, pos, apposition)
        if res.key is None and res.name and len(res.name.split()) > 1 and res.name.endswith("s") \
                and res.name.split()[0].lower() in _QUANTIFIER_LEADS:
            return Resolved(None, res.name, "group")  # 'Both Candidates', 'Several Senators'
        if res.key is not None or not res.name or res.kind not in ("group", "unknown"):
            return res
        institution = institution_name(res.name)
        if institution:  # 'the CDC', 'The World Health Organization': an organisation of its own
            return Resolved(None, institution, "organization")
        low = res.name.lower()
        if res.kind == "unknown" and (low in _GROUP_WORDS or (" " not in low and (
                low.endswith(("ists", "ians")) or (low.endswith("s") and low[:-1] in PERSON_HEADS)))):
            return Resolved(None, res.name, "group")  # 'Prosecutors said', 'Others say', 'Environmentalists say'
        return res

    def _resolve(self, speaker: str, pos: int, apposition: str) -> Resolved:
        reg = self.registry
        words = speaker.split()
        if len(words) >= 3 and words[-1].lower() in _TRAILING_TITLES and self.body.startswith(" of ", pos + len(speaker)):
            speaker = " ".join(words[:-1])  # 'said Mohammad Asim Head of the religious school': the head of it
        low = speaker.lower()
        if low in PRONOUNS:
            return self._pronoun(low, pos)
        self.last_unknown = None  # only while no other speaker has spoken since
        exact = reg.by_name(speaker)
        if len(exact) == 1 and exact[0].kind != "person":
            return self._registry_person(exact[0])  # 'Al Qaeda', 'the Kremlin': the registry's own spelling
        state = state_name(speaker)
        if state and not self._person_named(speaker, pos):  # 'Japan said', 'Tokyo Japan said'; not 'Jordan'
            known = reg.by_name(state)
            return self._registry_person(known[0]) if len(known) == 1 else Resolved(None, state, "organization")
        firm = _AMPERSAND_NAME.search(speaker)
        if firm:  # 'publisher Simon & Schuster', 'AT & T': one organisation, not two people
            orgs = reg.by_name(firm.group(0))
            return self._registry_person(orgs[0]) if orgs else Resolved(None, firm.group(0), "organization")
        joint = self._joint(speaker, pos)
        if joint is not None:
            return joint
        epithet = _AGE_EPITHET.fullmatch(speaker)
        if epithet and all(w.islower() or w.lower() in NATIONALITIES for w in epithet["rest"].split()):
            aged = self._aged(speaker, epithet["age"], pos)
            return aged or Resolved(None, speaker, "person")
        served = _SERVED.match(speaker)
        noun = served.group("head").split()[-1] if served else ""
        titled = noun.lower() in TITLE_WORDS and (noun.lower() not in SERVING or noun[:1].isupper()) \
            and titled_name(speaker[served.end() - 1:])  # 'U.S. Ambassador to Syria Robert Ford' is Ford
        if served and (noun.islower() or noun.lower() in _PEOPLE or noun == "One") and not titled:
            # 'An aide to Lavrov', 'Residents of Kyiv', 'the head of NATO': someone other than the name at the end,
            # unless the phrase is a role the registry knows.
            actor = self._role(speaker, pos) or self._role(apposition, pos)
            if actor is not None:
                return self._registry_person(actor)
            # 'one of the men', 'One of the protesters': a person of that group
            single = person_head(served.group("head")) or (
                noun.lower() == "one" and speaker.split()[-1].lower() in _ONE_OF_PEOPLE)
            if single:
                self._unnamed(speaker, pos)
            return Resolved(None, speaker, "person" if single else "group")
        res = self._named(speaker, pos, apposition)
        if res is not None:
            if res.kind == "person":
                self.persons.append((pos, res))
                self.last_named_speaker_pos = pos
            elif res.kind == "unknown" and self._one_word_name(speaker):
                self.last_unknown = (pos, res)

            return res
        if exact:  # the registry lookup at the top, now for a person too
            return self._registry_person(exact[0])
        if person_head(speaker) and not JOINT.search(speaker):
            # 'the mayor', "Borrell's spokesman": one person whose name the registry does not know; not
            # 'Gavin Newsom and his wife'.
            self._unnamed(speaker, pos)
            return Resolved(None, speaker, "person")
        kind = "group" if not name_part(speaker) or is_org(speaker) else "unknown"
        return Resolved(None, speaker, kind)

    def _person_named(self, word: str, pos: int) -> bool:
        """'Jordan said' after 'Michael Jordan', 'Chad said' after 'Chad Smith': a person, not a state."""
        full = None if " " in word else self.full_name_before(word, pos) or self._given_name_before(word, pos)
        if not full or any(w.lower() in STATES for w in full.split()[:-1]):
            return False  # 'Gaza City Israel' is a dateline
        return gender_of(full) is not None or full in {res.name for _, res in self.persons}

    def _called_media(self, name: str) -> bool:
        """The article writes the name before 'news service', 'agency', 'network' ...: 'Ria Novosti news service'."""
        at = self.body.find(name)
        while at >= 0:
            if _MEDIA_AFTER.match(self.body, at + len(name)):
                return True
            at = self.body.find(name, at + 1)
        return False

    def _common_word(self, word: str) -> bool:
        """A capitalised word the article also writes in lower case, and no given name ('Was', 'All', 'Enter')."""
        low = word.lower()
        if low in SOVEREIGN_TITLES or titled(word) or low in _NAME_PARTICLES:
            return False  # 'Pope Francis', 'Cardinal Cormac Murphy-O'Connor', 'Al Mauretani'
        if not (word[:1].isupper() and word[1:].islower()) or gender_of(f"{word} X") is not None:
            return False
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD.findall(self.body))
        return low in self._lower_words

    def _given_name_before(self, given: str, pos: int) -> str | None:
        """'Zach said' after 'Zach Sobiech': the one full name before `pos` that starts with `given`, if it is a
        speaker's or `given` is a known given name."""
        fulls = {untitled(text) for p, text in self.mentions if p < pos and text.split()[0] == given}
        if len(fulls) != 1:
            return None
        full = fulls.pop()
        speakers = {res.name for _, res in self.persons}
        if len(full.split()) < 2 or is_org(full) or (full not in speakers and gender_of(full) is None):
            return None
        return full

    def _one_word_name(self, speaker: str) -> bool:
        """'Bombino', 'Shahristani': not an acronym ('UNICEF'), an organisation, or a capitalised common noun
        that the article also writes in lower case ('Doctors')."""
        return " " not in speaker and speaker[:1].isupper() and speaker[1:].islower() and speaker.isalpha() \
            and not is_org(speaker) and re.search(rf"\b{speaker.lower()}\b", self.body) is None

    def _aged(self, speaker: str, age: str, pos: int) -> Resolved | None:
        """'the 27-year-old said': the person given that age before ('Ian Watkins, 27,', '27-year-old Ian
        Watkins'), else the person named last (outside quotes), whom news writing refers to this way ('Sharapova
        won ... the 27-year-old said')."""
        given = re.compile(rf"(?P<a>{_AGED_NAME}),\s+{age}\b(?!-)|\b{age}-year-old\s+(?:[a-z][\w-]*\s+){{0,3}}"
                           rf"(?P<b>{_AGED_NAME})|(?P<c>{_AGED_NAME})\s+\({age}\)")
        found = [m for m in given.finditer(self.body, 0, pos)]
        res = None
        if found:
            m = found[-1]
            res = self._named(without_nationality(untitled(m["a"] or m["b"] or m["c"]).split()), m.start(), "")
        if (res is None or res.kind != "person") and speaker.split()[-1].lower() not in _UNNAMED_GENDER:
            res = self._last_person(pos)  # but 'the 32-year-old man' is often someone the article does not name
        if res is None:
            self._unnamed(speaker, pos)
            return None
        self.persons.append((pos, res))
        self.last_named_speaker_pos = pos
        return res

    def _last_person(self, pos: int) -> Resolved | None:
        """The person named last before `pos`, by full name or later by surname, outside quotation marks."""
        quoted = [m.span() for m in _QUOTED.finditer(self.body, 0, pos)]
        best: tuple[int, Resolved] | None = None
        speakers = {p for p, _ in self.persons}
        for p, res in [*self.persons, *self.gendered]:
            if p >= pos or not res.name:
                continue
            surname = res.name.split()[-1]
            for at in [p, *(a for a in self._occurrences(surname) if p < a < pos)]:
                if (best is None or at > best[0]) and not any(qs < at < qe for qs, qe in quoted) \
                        and (at in speakers or self._subject_at(at)):
                    best = (at, res)
        return best[1] if best else None

    def _subject_at(self, at: int) -> bool:
        """The name at `at` opens a clause ('Earlier, Maria Sharapova beat', 'coach Fernando Santos said'); not
        an object ('misrepresented Putin', "defeat Romania's Simona Halep", 'the Jamaica Gleaner')."""
        before = self.body[max(0, at - 80):at].split()
        while before and ((before[-1][:1].isupper() and before[-1].lower() not in ("the", "a", "an"))
                          or before[-1].lower() in TITLES):
            before.pop()
        return not before or before[-1][-1:] in ".!?:;,\"”" or before[-1].lower() in _CLAUSE_WORDS

    def _rivals_before(self, chosen: Resolved, gender: str | None, pos: int) -> list[Resolved]:
        """Another person of the pronoun's gender named in the sentence before it, after the speaker it would
        go to: 'an editorial by Dr. Joseph Muhlestein pointed out weaknesses. He noted ...' is not the last
        speaker's."""
        head = self.body[max(0, pos - 600):pos]
        ends = [m.end() for m in _SENTENCE_END.finditer(head) if not _abbreviation_at(head, m.start())]
        start = pos - len(head) + (ends[-2] if len(ends) >= 2 else 0)
        if start <= self.last_named_speaker_pos:
            return []
        surname = (chosen.name or "").split()[-1:]
        rivals = {r.name: r for p, r in self.gendered
                  if start <= p < pos and r.gender == gender and (r.name or "").split()[-1:] != surname
                  and not is_org(r.name or "") and not titled((r.name or "").split()[-1])  # 'Kent County Republican'
                  and not self._aside(p, start) and (r.name or "").split()[-1:] != ["Doe"]}
        return list(rivals.values())

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
        if name.lower() in ROLE_WORDS:
            named = _ROLE_THEN_NAME.match(before, m.end("name"))  # 'Australian actor Eric Bana, himself a racer,'
            if named is None:
                return None
            name, at = named["name"], pos - len(before) + named.start("name")
        if name.endswith(("'s", "’s")) or self.registry.by_name(name):
            return None  # registry persons are in self.persons already
        single = " " not in name
        if single:
            full = self.full_name_before(name, at + 1 + len(name))
            if full is None or " " not in full:
                return None
            name = full
        name = from_given_name(name)
        gender = gender_of(name)
        if gender is None and single:
            return Resolved(None, name, "person", None)
        return Resolved(None, name, "person", gender) if gender else None

    def _joint(self, speaker: str, pos: int) -> Resolved | None:
        """'Borrell and Jolly said': a group of the named persons, each resolved (typos included) on its own."""
        parts = JOINT.split(speaker)
        if len(parts) != 2 or not all(p[:1].isupper() and name_part(p) == p for p in parts):
            return None
        members = [self._named(p, pos, "") for p in parts]
        if not all(m is not None and m.kind in ("person", "unknown") for m in members):
            return None
        names = [m.name or p for m, p in zip(members, parts, strict=True)]  # type: ignore[union-attr]
        return Resolved(None, " and ".join(names), "group")

    def _registry_person(self, actor: Actor) -> Resolved:
        return Resolved(actor.key, actor.name, actor.kind, actor.gender)

    def _role(self, phrase: str, pos: int) -> Actor | None:
        """A role phrase names the holder already mentioned in the article ("Stoltenberg ... the NATO
        Secretary General added"), else the holder the article names next (a lead gives the role before the
        name), else whoever held the role on the article's date. The date is the weakest signal: a forwarded
        post's date can be long after the story."""
        if not phrase:
            return None
        holders = [actor for actor, _ in self.registry.holders(phrase)]
        named = [(self._last_mention(actor, pos), actor) for actor in holders]
        named = [(p, a) for p, a in named if p >= 0]
        if named:
            return max(named, key=lambda t: t[0])[1]
        later = [(self._next_mention(a, pos), a) for a in holders]
        later = [(p, a) for p, a in later if p >= 0]
        if later:
            return min(later, key=lambda t: t[0])[1]
        if self.published is None:
            return None
        return self.registry.holder(phrase, self.published)

    def _mentions_of(self, actor: Actor) -> list[int]:
        """Positions where `actor` is named, by full name, alias or surname."""
        surname = normalize(actor.surname)
        full = {normalize(n) for n in (actor.name, *actor.aliases)}
        return [p for p, norm in self.normalized_mentions if norm in full or norm.split()[-1:] == [surname]]

    def _next_mention(self, actor: Actor, pos: int) -> int:
        """Position of the first mention of `actor` after `pos`, or -1."""
        return next((p for p in self._mentions_of(actor) if p > pos), -1)

    def _last_mention(self, actor: Actor, pos: int) -> int:
        """Position of the last mention of `actor` before `pos`, or -1."""
        return max((p for p in self._mentions_of(actor) if p < pos), default=-1)

    def _named(self, speaker: str, pos: int, apposition: str) -> Resolved | None:
        reg = self.registry
        at = _SURNAME_AT.fullmatch(speaker)
        if at and self.full_name_before(at[1], pos):
            return self._named(at[1], pos, apposition or speaker[len(at[1]):].strip())  # 'Clark at Emirates'
        name = name_part(speaker)
        at = speaker.find(name) + len(name) if name else -1
        name = from_given_name(name)  # 'U.S. Ambassador to Syria Robert Ford', 'EPA Administrator Gina McCarthy'
        if len(name.split()) >= 2 and at >= len(name) and AFFILIATION.match(speaker, at) \
                and all(titled(w) for w in speaker[:at - len(name)].split()):
            # 'Jessica Kowal of Boeing's environment team', 'Dr. Kathy Ritger of the Chicago Department of Public
            # Health': a person of an organisation
            return self._named(speaker[:at], pos, apposition or speaker[at:].strip())
        title = speaker[: len(speaker) - len(name)].strip(" ,") if name else speaker
        if name.lower() in STATES and (title or not self.registry.by_name(name)) and not self._person_named(name, pos):
            return None  # 'the National Statistical Office of Thailand', 'The Canadian Embassy in Beijing'
        if name and is_org(speaker) and not title:
            name = ""
        if not name:
            actor = self._role(speaker, pos) or self._role(apposition, pos)
            if actor is None:
                for a in reg.by_name(speaker):
                    return self._registry_person(a)
                return None
            return self._registry_person(actor)
        tokens = name.split()
        if _SENT_TO.search(title) and reg.by_name(name) and reg.by_name(name)[0].kind != "person":
            return None  # "Iran's mission to the United Nations", 'the U.S. ambassador to NATO': not the UN
        for i in range(len(tokens)):
            exact = reg.by_name(" ".join(tokens[i:]))
            if len(exact) == 1 and (i == 0 or exact[0].kind == "person") and not other_given_name(tokens[:i], exact[0]):
                full = self.full_name_before(name, pos) if len(tokens) == 1 and exact[0].kind == "person" else None
                if full and not reg.by_name(full) and other_given_name(full.split()[:-1], exact[0]):
                    break  # 'White House spokesman Jay Carney ... Carney said': not Mark Carney
                return self._registry_person(exact[0])
        capitalised = [w for w in speaker.split() if w[:1].isupper() and w.lower() != "the"]
        of_org = speaker.endswith(f" of {name}") and is_org(speaker)  # 'the Lagos State Ministry of Health'
        if len(tokens) == 1 and not (is_org(name) and len(capitalised) > 1) and not of_org:
            # 'the Journal' is the Wall Street Journal named before; 'The Justice Department' is no other department
            full = self.full_name_before(name, pos) or self._given_name_before(name, pos)
            if full:
                hits = reg.by_name(full)
                if len(hits) == 1:
                    return self._registry_person(hits[0])
                if is_org(full):  # 'the Journal' after 'The Wall Street Journal'
                    return Resolved(None, full, "group")
                return Resolved(None, untitled(full), "person", gender_of(full))
        role_actor = self._role(title, pos) or self._role(apposition, pos)
        if role_actor and normalize(role_actor.name).split()[-1] in normalize(name).split():
            return self._registry_person(role_actor)
        # Misspelling: accept a near match only with a second signal (title, apposition, or article mention).
        for cand in reg.near(name, cutoff=0.8, limit=3):
            if cand.kind != "person" or other_given_name(tokens[:-1], cand, fuzzy=True) \
                    or normalize(name) == normalize(cand.surname) + "s":
                continue  # 'Bill Clinton' is no misspelling of Hillary Clinton, nor are 'the Clintons'
            signals = any(self._title_fits(cand, t) for t in (title, apposition) if t)
            signals = signals or any(
                normalize(n) in self.mention_norms or f" {normalize(n)} " in self.body_norm
                for n in (cand.name, *cand.aliases) if " " in n
            )
            if signals:
                return self._registry_person(cand)
        role = " ".join(w for w in title.split() if not titled(w) or w.islower())  # 'spokesman Col.' -> spokesman
        served_name = len(tokens) > 1 and not is_org(name) and person_head(AFFILIATION.split(title)[0])
        titled_name = len(tokens) > 1 and not is_org(name) and title.split()[-1:] != [] \
            and title.split()[-1].lower().strip(".") in TITLE_WORDS  # 'U.S. Air Force Gen. Norman Ham'
        if is_org(speaker) and not person_head(title) and not served_name and not titled_name and not (person_head(role) and len(tokens) > 1) and not (
                len(tokens) > 1 and not is_org(name) and _OWNER_LEAD.fullmatch(title)):
            # 'CNN political editor Mark Preston' and "the group's Daniel Mach" are persons
            return None
        gender = gender_of(name) or gender_of_lead(title) or gender_of_lead(self.body[max(0, pos - 24):pos])
        if title.lower() == "the":  # no person's name takes 'the': 'the Royal Swedish Academy', 'the OPCW'
            if person_head(name):
                return Resolved(None, name, "person")  # 'The Dalai Lama': a title that is a name
            return Resolved(None, name, "group" if len(tokens) > 1 else "unknown")
        if tokens[-1].lower().endswith("s") and (tokens[-1].lower()[:-1] in NATIONALITIES
                                                 or tokens[-1].lower() in _FAITHFUL):
            return Resolved(None, speaker, "group")  # 'Many Syrians', 'angry Nigerians': a people
        if len(tokens) > 1 and tokens[-1].endswith("s") and not tokens[-1].endswith("ss") \
                and _TEAM_TITLE.search(title):
            return Resolved(None, name, "organization")  # 'the reigning NBA champion San Antonio Spurs'
        if len(tokens) > 1 and self._called_media(name):
            return Resolved(None, name, "organization")  # 'Ria Novosti' after 'the Ria Novosti news service'
        return Resolved(None, name, "person" if len(tokens) > 1 or title else "unknown", gender)

    def _title_fits(self, actor: Actor, title: str) -> bool:
        norm = normalize(title)
        if not norm:
            return False
        return any(norm == normalize(p) or norm.endswith(normalize(p)) for r in actor.roles for p in (r.title, *r.phrases))

    def _unnamed(self, speaker: str, pos: int) -> None:
        """'A man', 'a European diplomat', 'the woman': someone new, whom a later 'he' or 'she' may mean; not 'the
        resort director', who is often the person named with that title before."""
        words = speaker.lower().split()
        if len(words) >= 2 and (words[0] in _INDEFINITE or words[-1] in ("man", "woman")):
            self.unnamed_speakers.append((pos, _UNNAMED_GENDER.get(words[-1]) or gender_of_lead(words[-1])))

    def _unnamed_meant(self, since: int, pos: int, gender: str | None) -> bool:
        """'A man, whom CNN is not identifying, said ... He said ...': an unnamed speaker of the pronoun's gender,
        after the last named one and close before the pronoun with no name between, is the one meant."""
        last = max((p for p, g in self.unnamed_speakers if since < p < pos and g in (gender, None)), default=None)
        if last is None or pos - last >= 400:
            return False
        named = [p for p, _ in self.persons] + [p for p, _ in self._unregistered]
        return not any(last < p < pos for p in named)

    def _pronoun(self, pronoun: str, pos: int) -> Resolved:
        gender = PRONOUNS[pronoun]
        if pronoun not in {"he", "she", "him", "her"}:
            return Resolved(None, None, "unknown")
        # Persons named since (and including) the last named speaker; guess only if one of them fits.
        since = self.last_named_speaker_pos
        candidates: dict[str, Resolved] = {}
        for p, res in self.persons:
            if p < since or p >= pos:
                continue
            candidates[res.key or res.name or ""] = res
        if not candidates:
            before = [(p, res) for p, res in self.persons if p < pos]
            if before:
                res = max(before, key=lambda t: t[0])[1]  # the person named last
                candidates[res.key or res.name or ""] = res
        subject = self._previous_subject(pos)
        if subject is None and self._unnamed_meant(since, pos, gender):
            return Resolved(None, None, "unknown")
        if subject is not None and subject.gender in (gender, None) and not any(
                (r.name or "").split()[-1:] == (subject.name or "").split()[-1:] for r in candidates.values()):
            # 'Boswell disagreed. He said ...': the person the sentence before is about, not the speaker before it
            return subject
        fitting = [r for r in candidates.values() if r.gender in (gender, None)]
        known = [r for r in candidates.values() if r.gender == gender]
        if len(fitting) == 1 and (len(candidates) == 1 or len(known) == 1):
            rivals = self._rivals_before(fitting[0], gender, pos)
            if rivals:  # the one person of that gender the sentence before names, else no one
                return rivals[0] if len(rivals) == 1 else Resolved(None, None, "unknown")
            return fitting[0]
        # No named speaker fits: 'Karen Johnson runs the shelter. "...," she said.' takes the one person of that
        # gender named since the last speaker, if there is exactly one.
        if fitting:
            return Resolved(None, None, "unknown")
        # '"...," says Bombino. ¶ "...," he notes.': a one-word name that spoke last stands for a named speaker
        one_word = self.last_unknown if self.last_unknown and since < self.last_unknown[0] < pos else None
        after = one_word[0] if one_word else since
        named = {r.name: r for p, r in self.gendered if after < p < pos and r.gender == gender
                 and not _RELATIVE_OBJECT.search(self.body, max(0, p - 60), p)}
        if len(named) == 1:
            return next(iter(named.values()))
        if one_word and not any(after < p < pos and not text.startswith("The ") for p, text in self.mentions):
            return one_word[1]
        return Resolved(None, None, "unknown")
