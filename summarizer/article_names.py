"""What an article names: the names in its text, the persons among them, and the full name a later surname or
given name stands for. The memory that speaker resolution and pronoun rules read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from summarizer.actors import ActorRegistry, normalize
from summarizer.clauses import GROUP_HEADS, INDEFINITE, QUANTIFIERS
from summarizer.given_names import FEMALE, KIN_NOUNS, MALE, gender_of, gender_of_lead
from summarizer.name_forms import (
    SOVEREIGN_TITLES,
    TITLES,
    after_place,
    from_given_name,
    titled,
    untitled,
    without_nationality,
)
from summarizer.speakers import (
    FUNCTION_WORDS,
    LEADING_CONJ,
    NAME_RE,
    PERSON_HEADS,
    STATES,
    after_dateline,
    is_org,
)

_NAME_LEAD = re.compile(r"(?![\w.-]*['’]s$)(?![\w.-]*n['’]t$)[A-ZÀ-Ý][\w'’.-]*|von|van|der|de|bin|al|el")  # not "Clark's"
_SURNAME_AFTER = re.compile(r" (?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’-]+\b")
_NICKNAME = re.compile(r"\([A-Z][\w'’.-]*\)|[\"“‘'][A-Z][\w.-]*[\"”’']")  # '(John)', '"Hurricane"'
_SURNAME_PARTICLES = frozenset("van von de la le di da du".split())  # 'De Gucht'; but 'Al Sharpton', 'Abu Ahmad'
_PARTICLE_SURNAME = re.compile(rf"(?:{'|'.join(_SURNAME_PARTICLES)})\s+[A-Z]", re.I)  # 'de Blasio'
_KOREAN_NAME = re.compile(r"[A-Z][a-z]{1,5}\s[A-Z][a-z]+-[a-z]+")  # 'Shin Dong-hyuk': the surname first
_ABBREVIATED = re.compile(r"[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Adm|Prof|St)\.")
_TIME_WORDS = frozenset("today yesterday tonight now then meanwhile still also here there".split())  # 'Today Zanardelli'
# 'Meet Acxiom, the biggest company ...': a sentence that opens with an imperative
_IMPERATIVES = frozenset("meet imagine consider remember picture take".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
QUOTED_SPAN = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_ARTICLES = frozenset("the a an".split())
_CLAUSE_WORDS = frozenset("and but that when while as after because since so".split())
_LOWER_WORD = re.compile(r"(?<=\s)([a-z]+)(?=[\s,;:.!?])")
_NAME_PARTICLES = frozenset("al el abu bin ibn van von de la le di da du".split())
_LEAD_PREPOSITIONS = frozenset("under after before during without against among despite like unlike about until "
                               "through".split())  # 'Under Phelps, the church ...' names Phelps


def _one_slip(a: str, b: str) -> bool:
    """'rodriguez' and 'rogriguez': one letter typed for another, or two neighbours swapped; 'jenkins' is no slip
    of 'jenkinson', nor 'zimmermans' of 'zimmerman'."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                              and a[diff[1]] == b[diff[0]])


_SAID_PRONOUN = re.compile(r",?\s+(?:said|says|added|wrote|explained)\s+(?:that\s+)?(he|she)\b")
# (a scare quote may stand between: 'is looking to "digital hippies" as a theme for his next conference')
_THEN_POSSESSIVE = re.compile(r"\s+(?:is|was|has|had|[a-z]{3,}s)\s(?:[^.!?A-Z\"“”]|[\"“][a-z][^\"“”.!?,]{0,30}[\"”]){0,80}?"
                              r"\b(his|her)\s")
_WORD_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _stands_alone(body: str, at: int, n: int) -> bool:
    """The word at body[at:at + n] is whole: not 'Lee' in 'Leeds'; "Trout's" and "Thomas' " count."""
    before = body[at - 1:at]
    if before and (before.isalnum() or before in "'’-"):
        return False
    rest = body[at + n:at + n + 3]
    if rest[:1] in ("'", "’"):
        rest = rest[2:] if rest[1:2] == "s" else rest[1:]
    return not rest or not (rest[0].isalnum() or rest[0] in "'’-")


_WORD_BEFORE = re.compile(r"([\w'’.-]+)\s+$")
_SUBJECT_LEADS = frozenset("and but or so yet while when as because since after before if though although that "
                           "says said adds added asks asked wondered explains explained notes noted".split())
_FUNCTION_WORDS = frozenset("For But And When As After To With Of By In On At That Then Yet So Like Unlike Before Since "
                            "Although While If Though Because Until Unless Without Against About From".split())


@dataclass
class Resolved:
    """A speaker phrase resolved: the registry key (None outside it), the name, its kind and gender."""

    key: str | None
    name: str | None
    kind: str
    gender: str | None = None


class ArticleNames:
    """Per-article memory: names seen in the text and named persons, in order."""

    def __init__(self, body: str, registry: ActorRegistry, published: date | None) -> None:
        self.registry = registry
        self.published = published
        self.body = body
        self._body_norm: str | None = None
        self._surname_hits: dict[str, list[int]] = {}
        self._body_low: str | None = None
        self.mentions: list[tuple[int, str]] = []
        for m in NAME_RE.finditer(body):
            cut = after_dateline(m.group(0))
            text = m.group(0)[cut:]
            surname = _SURNAME_AFTER.match(body, m.end()) if len(text.split()) >= 4 else None
            if surname and text.split()[-1].lower() in MALE | FEMALE:
                text += surname.group(0)  # 'Canadian Prime Minister Stephen | Harper': the name runs on past the titles
            self.mentions.append((m.start() + cut, text))
        self.normalized_mentions = [(p, normalize(n)) for p, n in self.mentions]
        self.mention_norms = {n for _, n in self.normalized_mentions}
        self.mention_tokens = {t for n in self.mention_norms for t in n.split()}
        self.persons: list[tuple[int, Resolved]] = []  # named persons (speakers and registry names) by position
        self._subject_cache: dict[int, bool] = {}
        self._lower_words: set[str] | None = None  # the article's lower-case words, read on first need
        self._gendered: list[tuple[int, Resolved]] | None = None
        self._pronoun_gender: dict[str, str | None] = {}
        self._unregistered: list[tuple[int, str]] = []
        for pos, text in self.mentions:
            actors = [a for a in registry.by_name(text) if a.kind == "person"]
            if len(actors) == 1:
                a = actors[0]
                self.persons.append((pos, Resolved(a.key, a.name, "person", a.gender)))
            elif not actors:
                self._unregistered.append((pos, text))

    def gender_by_pronoun(self, name: str) -> str | None:
        """The gender the article itself gives a person whose given name does not: 'Lee said she encouraged ...'
        (every 'SURNAME said he/she' agrees)."""
        surname = name.split()[-1] if name.split() else ""
        if surname not in self._pronoun_gender:
            at = [a for a in self._occurrences(surname) if self.body.startswith(surname, a)]
            given = {g[1] for a in at if (g := _WORD_BEFORE_NAME.search(self.body, max(0, a - 30), a))
                     and (g[1].lower() in MALE or g[1].lower() in FEMALE
                          or (g[1].lower() not in FUNCTION_WORDS and not titled(g[1])))}
            found = {m[1] for a in at if (m := _SAID_PRONOUN.match(self.body, a + len(surname)))}
            if len(given) <= 1:  # 'Marlon Brown ... his car' says nothing of Krystal Brown
                # 'Humaiya Akhter is 16 years old and already six of her friends are married'
                found |= {"he" if m[1] == "his" else "she" for a in at
                          if (m := _THEN_POSSESSIVE.match(self.body, a + len(surname)))}
            self._pronoun_gender[surname] = ("m" if found == {"he"} else "f") if len(found) == 1 else None
        return self._pronoun_gender[surname]

    def gender_by_kin(self, name: str) -> str | None:
        """'Paris, Michael Jackson's 14-year-old daughter,': the kin noun an apposition gives the given name."""
        given = name.split()[0] if name.split() else ""
        m = re.search(rf"\b{re.escape(given)},\s+(?:[\w'’-]+\s+){{0,4}}?(?P<kin>[a-z]+)\b", self.body) if given else None
        return gender_of_lead(m["kin"]) if m and m["kin"] in KIN_NOUNS else None

    @property
    def gendered(self) -> list[tuple[int, Resolved]]:
        """Names outside the registry whose given name tells the gender ('Karen Johnson', 'Attorney Chris Dolan'),
        outside quotation marks (not a name someone speaks of); read only when a pronoun needs them."""
        if self._gendered is None:
            quoted = [m.span() for m in QUOTED_SPAN.finditer(self.body)]
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
            self._gendered += self._surname_mentions(self._gendered, quoted)
            self._gendered.sort(key=lambda t: t[0])
        return self._gendered

    def _surname_mentions(self, full: list[tuple[int, Resolved]], quoted: list[tuple[int, int]]
                          ) -> list[tuple[int, Resolved]]:
        """'For Koch, it was worth it' after 'Hope Koch': the surname alone names her again; not 'Charles
        Koch', a name of its own, nor a surname two people share."""
        first: dict[str, tuple[int, Resolved]] = {}
        owners: dict[str, set[str]] = {}
        for pos, res in full:
            words = (res.name or "").split()
            if len(words) >= 2 and len(words[-1]) >= 3:
                first.setdefault(words[-1], (pos, res))
                owners.setdefault(words[-1], set()).add(res.name or "")
        found: list[tuple[int, Resolved]] = []
        single = {name: [first[name]] for name in first if len(owners[name]) == 1}
        for name in first.keys() - single.keys():
            # 'Nancy Curtis ... her son, Peter Theo Curtis ... Curtis speaks rapidly': one of each gender, so a
            # pronoun of either gender has its one candidate in the surname
            people = {res.name: (pos, res) for pos, res in full if (res.name or "").split()[-1:] == [name]}
            if len(people) == 2 and len({res.gender for _, res in people.values()}) == 2:
                single[name] = list(people.values())
        if not single:
            return found
        alternatives = "|".join(re.escape(name) for name in sorted(single, key=len, reverse=True))
        for m in re.finditer(rf"\b(?:{alternatives})\b(?![\w'’-]|\s+[A-Z])", self.body):
            for start, res in single[m.group(0)]:
                if m.start() > start and self._subject_place(m.start()) \
                        and not any(qs < m.start() < qe for qs, qe in quoted):
                    found.append((m.start(), res))
        return found

    def _subject_place(self, at: int) -> bool:
        """Where a subject or a speaker stands: after a sentence or clause break, a conjunction or a speech verb
        ('For Koch, ...', 'but Merveldt-Guevara decided', 'says Tan'); not an object ('suing Deen')."""
        before = self.body[max(0, at - 30):at].rstrip()
        if not before or before[-1] in ".,;:!?—–-\"“”'’(":
            return True
        word = _WORD_BEFORE.search(before + " ")
        return word is not None and (word[1] in _FUNCTION_WORDS or word[1] in _SUBJECT_LEADS)

    @property
    def body_norm(self) -> str:
        """The whole article normalized (built on first use, for the misspelling check)."""
        if self._body_norm is None:
            self._body_norm = f" {normalize(self.body)} "
        return self._body_norm

    def _occurrences(self, surname: str) -> list[int]:
        """Where `surname` stands as a word (any case; a possessive allowed), in order; kept per article, as
        names and pronouns ask for the same few names again and again."""
        if surname in self._surname_hits:
            return self._surname_hits[surname]
        if self._body_low is None:
            self._body_low = self.body.lower()
        low, found = surname.lower(), []
        at = self._body_low.find(low)
        while at >= 0:
            if _stands_alone(self.body, at, len(surname)):
                found.append(at)
            at = self._body_low.find(low, at + 1)
        self._surname_hits[surname] = found
        return found

    def full_name_before(self, surname: str, pos: int) -> str | None:
        """The last full name before `pos` ending in `surname`: 'Veterans Affairs Committee Chairman Jeff Miller'
        gives Jeff Miller, "Japan's Prime Minister Shinzo Abe" Shinzo Abe, 'When Carmela Spinelli' Carmela
        Spinelli, 'Pope Francis' itself."""
        best = established = None
        if surname.isupper() or not (surname[:1].isupper() or surname[:3].lower() in ("al-", "el-")
                                     or _PARTICLE_SURNAME.match(surname)) \
                or surname.lower() in GROUP_HEADS:
            return None  # 'DNA', 'officials': no person's surname; 'al-Assad' is one
        for at in self._occurrences(surname):
            if at + len(surname) > pos:
                break
            found = self.body[at:at + len(surname)]
            if not found[:1].isupper() and found[:3].lower() not in ("al-", "el-") \
                    and not _PARTICLE_SURNAME.match(found):  # 'de Blasio' is found for 'De Blasio'
                continue  # 'Mcgraw' finds 'McGraw', but 'Management' not 'GM management'
            lead: list[str] = []
            window = self.body[max(0, at - 80):at]
            for word in reversed(window.split()[-5:]):
                if _NICKNAME.fullmatch(word) and lead == []:
                    continue  # 'Johann (John) Breyer' is Johann Breyer, 'Rubin "Hurricane" Carter' Rubin Carter
                if word.startswith("(") and _NAME_LEAD.fullmatch(word[1:]) and not word.endswith("."):
                    lead.insert(0, word[1:])
                    break  # 'Jim White (Roy Abramsohn)': a cast list names the actor in parentheses
                if not _NAME_LEAD.fullmatch(word) or (word.endswith(".") and not _ABBREVIATED.fullmatch(word)):
                    break  # not a name word, or the end of the sentence before
                lead.insert(0, word)
            while lead and (lead[0].lower() in FUNCTION_WORDS or lead[0].lower() in _LEAD_PREPOSITIONS
                            or LEADING_CONJ.match(lead[0] + " ")
                            or lead[0].lower() in _TIME_WORDS or lead[0].lower() in _IMPERATIVES
                            or lead[0].lower() in QUANTIFIERS or lead[0].lower() in INDEFINITE  # 'Other Facebook users
                            # 'on Sunday McIlroy', not the newspaper 'the Sunday People'
                            or (lead[0].lower() in _WEEKDAYS
                                and re.search(rf"\b(?:[Oo]n|[Bb]y|[Ll]ast|[Tt]his|[Nn]ext)\s+{lead[0]}\s", window))
                            or any(w.lower().strip(".,") in STATES for w in lead[:-1])):
                lead.pop(0)  # 'When Carmela Spinelli hears ...', 'U.S. Ambassador to Syria Robert Ford'
            lead = after_place([*lead, found])[:-1]  # 'New York Bill de Blasio': a dateline before the name
            if lead and self._common_word(lead[0]):
                lead.pop(0)  # 'Was Herman Cain ...?', 'All Katherine McMillan wanted': a sentence's first word
            last_title = max((i for i, w in enumerate(lead) if "-" in w and w.lower() in PERSON_HEADS), default=-1)
            if 0 <= last_title < len(lead) - 1:
                lead = lead[last_title + 1:]  # 'Hezbollah Secretary-General Hassan Nasrallah' is Hassan Nasrallah
            given = next((i for i, w in enumerate(lead) if w.lower() in MALE or w.lower() in FEMALE), 0)
            common = max((i for i, w in enumerate(lead[:given]) if self._common_word(w) or "-" in w), default=-1)
            if given > 0 and re.search(rf"\bof\s+{re.escape(lead[0])}\s", window):
                common = given - 1  # a title that ends the name of an office: 'Director of National Intelligence'
            if common >= 0:
                # 'Director of National Intelligence James Clapper' is James Clapper, 'Chief of Staff Denis McDonough'
                # Denis McDonough; 'Georges Thierry Handja' keeps his first given name
                lead = lead[common + 1:]
            full = without_nationality(untitled(" ".join([*lead, found])).split())
            words = full[after_dateline(full):].split()  # 'Los Angeles Nadya Suleman' is Nadya Suleman
            # 'de Blasio said', 'De Gucht said': the surname alone; but 'Al Sharpton', 'Abu Ahmad' are names
            bare = all(w in _NAME_PARTICLES or w.lower() in _SURNAME_PARTICLES for w in lead)
            if len(words) > 1 and not titled(words[0]) and not bare:
                best = " ".join(words)
            elif lead and lead[-1].lower() in SOVEREIGN_TITLES:
                best = f"{lead[-1]} {found}"
            elif bare and best is not None and established is None:
                established = best
        # 'Michelle Knight ... Knight told the judge ... her mother, Barbara Knight, ... Knight said': the name the bare
        # surname stood for first goes on standing for it
        return established or best

    def _common_word(self, word: str) -> bool:
        """A capitalised word the article also writes in lower case, and no given name ('Was', 'All', 'Enter')."""
        low = word.lower()
        if low in SOVEREIGN_TITLES or titled(word) or low in _NAME_PARTICLES:
            return False  # 'Pope Francis', 'Cardinal Cormac Murphy-O'Connor', 'Al Mauretani'
        if not (word[:1].isupper() and word[1:].islower()) or gender_of(f"{word} X") is not None:
            return False
        return self.lower_word(low)

    def lower_word(self, low: str) -> bool:
        """The article writes `low` in lower case somewhere."""
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD.findall(self.body))
        return low in self._lower_words

    def _given_name_before(self, given: str, pos: int) -> str | None:
        """'Zach said' after 'Zach Sobiech': the one full name before `pos` that starts with `given`, if it is a
        speaker's or `given` is a known given name."""
        # 'Attorney Kang Jung-min ... Kang told CNN'; not 'Philadelphia Archbishop Charles Chaput'
        fulls = {full for full in (untitled(text) for p, text in self.mentions if p < pos) if full.split()[0] == given}
        if len(fulls) != 1:
            return None
        full = fulls.pop()
        speakers = {res.name for _, res in self.persons}
        if len(full.split()) < 2 or is_org(full) or (full not in speakers and gender_of(full) is None
                                                     and not _KOREAN_NAME.fullmatch(full)
                                                     and not self._of_a_family(full, pos)):
            return None
        return full

    def _of_a_family(self, full: str, pos: int) -> bool:
        """'Paris tweeted' after 'Paris Jackson' and 'Janet Jackson': where a family shares a surname, the article
        calls its members by their given names."""
        given, surname = full.split()[0], full.split()[-1]
        return any(len(words := untitled(text).split()) == 2 and words[1] == surname and words[0] != given
                   and gender_of(words[0] + " X") is not None for p, text in self.mentions if p < pos)

    def misspelt_surname_before(self, surname: str, pos: int) -> str | None:
        """'suggested Rogriguez' after 'Amanda Rodriguez': the one full name before `pos`, with a known given name,
        whose surname differs from `surname` by a slip of the keyboard."""
        if len(surname) < 5 or not surname[:1].isupper():
            return None
        fulls = {untitled(LEADING_CONJ.sub("", text)) for p, text in self.mentions if p < pos}  # 'But Amanda Rodriguez'
        near = {full for full in fulls if len(full.split()) >= 2 and gender_of(full) is not None and not is_org(full)
                and full.split()[-1][:1] == surname[:1] and full.split()[-1] != surname
                and _one_slip(full.split()[-1].lower(), surname.lower())}
        return near.pop() if len(near) == 1 else None

    def _last_person(self, pos: int) -> Resolved | None:
        """The person named last before `pos`, by full name or later by surname, outside quotation marks."""
        last = self.last_subject(pos)
        return last[1] if last else None

    def last_subject(self, pos: int, until: int | None = None) -> tuple[int, Resolved] | None:
        """Where and who: the person named last before `until` (else `pos`) as a speaker or a clause's subject,
        outside the quotations closed before `pos`."""
        quoted = [m.span() for m in QUOTED_SPAN.finditer(self.body, 0, pos)]
        pos = pos if until is None else until
        best: tuple[int, Resolved] | None = None
        speakers = {p for p, _ in self.persons}
        for p, res in [*self.persons, *self.gendered]:
            if p >= pos or not res.name:
                continue
            for at in [p, *(a for a in self._occurrences(res.name.split()[-1]) if p < a < pos)]:
                if (best is None or at > best[0]) and not any(qs < at < qe for qs, qe in quoted) \
                        and (at in speakers or self._subject_at(at)):
                    best = (at, res)
        return best

    def _subject_at(self, at: int) -> bool:
        """The name at `at` opens a clause ('Earlier, Maria Sharapova beat', 'coach Fernando Santos said'); not
        an object ('misrepresented Putin', "defeat Romania's Simona Halep", 'the Jamaica Gleaner')."""
        if at not in self._subject_cache:
            self._subject_cache[at] = self._opens_clause(at)
        return self._subject_cache[at]

    def _opens_clause(self, at: int) -> bool:
        before = self.words_before_name(at, keep=_ARTICLES) or []
        return not before or before[-1][-1:] in ".!?:;,\"”" or before[-1].lower() in _CLAUSE_WORDS

    def words_before_name(self, at: int, keep: frozenset[str] = frozenset(),
                          stop: frozenset[str] = frozenset()) -> list[str] | None:
        """The words before the name at `at`, without its titles and capitalised lead ('Dr.', 'Hezbollah'),
        keeping the words in `keep`; None when a word in `stop` leads the name ('While Obama')."""
        before = self.body[max(0, at - 80):at].split()
        while before and ((before[-1][:1].isupper() and before[-1].lower() not in keep)
                          or before[-1].lower() in TITLES):
            if before[-1].lower() in stop:
                return None
            before.pop()
        return before
