"""Resolving a speaker phrase to an actor, with the article as context (earlier names, roles, pronouns)."""

from __future__ import annotations

import re
from datetime import date

from summarizer.actors import Actor, ActorRegistry, normalize
from summarizer.article_names import QUOTED_SPAN, Resolved
from summarizer.clauses import DOCUMENT_NOUNS, GROUP_HEADS, SERVING
from summarizer.cues import ORG_WORDS, PLURAL_HEADS, PRONOUNS, TITLE_WORDS
from summarizer.given_names import gender_of, gender_of_lead
from summarizer.name_forms import (
    from_given_name,
    other_given_name,
    titled,
    titled_name,
    untitled,
    without_nationality,
)
from summarizer.pronouns import UNNAMED_GENDER, PronounRules
from summarizer.speakers import (
    AFFILIATION,
    COUNT_WORDS,
    JOINT,
    NATIONALITIES,
    PERSON_HEADS,
    STATES,
    institution_name,
    is_org,
    name_part,
    person_head,
    state_name,
)
from summarizer.title_anaphora import titled_person

# A common noun, then the person, body or place it belongs to: 'a spokesman for Borrell', 'officials in Moscow'.
_NUMBER_NAMES = frozenset("One Two Three Four Five Six Seven Eight Nine Ten 360".split())
_RELATIVE_TAIL = re.compile(r"\s+(?:he|she|they|we|I)\s+"
                            r"(?:founded|runs|run|ran|leads|led|heads|headed|owns|owned|created|started|chairs|chaired)$")
_SERVED = re.compile(r"(?P<head>(?:(?:the|a|an|one|two|three|some|several|many|senior|top|close)\s+)*"
                     r"(?:U\.S\.\s+|U\.N\.\s+|E\.U\.\s+)?"  # 'The U.S. ambassador to NATO'
                     r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|for|to|in|from|at|with|close\s+to)\s+[A-Z]", re.I)


_ONE_OF_PEOPLE = GROUP_HEADS - {"governments", "countries", "nations", "states", "parties", "unions", "groups",
                                 "organizations", "organisations", "forces", "police"} | frozenset(
    "men women people victims survivors witnesses passengers students soldiers officers attackers suspects hostages "
    "workers residents parents children relatives lawyers sources doctors nurses teachers aides advisers advisors "
    "staffers assistants colleagues friends neighbors neighbours figures voices".split())
_PEOPLE = GROUP_HEADS | SERVING | frozenset(
    "residents people citizens relatives families friends sources representatives lawyers spokesmen".split())
_LISTED = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")  # 'Virginia, Kentucky and Idaho'
# Where 'One of the most influential figures in Middle Eastern media' names its noun: before a second preposition.
_ONE_OF_HEAD = re.compile(r"\s+(?:in|at|from|on|with|for|of)\s+")
_KIN_TITLES = frozenset("Father Mother Brother Sister Uncle Aunt Grandpa Grandma".split())
_NOBILITY = frozenset("duke duchess earl countess baron baroness marquess viscount lord sultan emir".split())
# 'The Duke of' Cambridge, 'International watchdog Index on' Censorship
_OF_NAME = re.compile(r"(?:[Tt]he\s+)?(?:(?:[\w-]+\s+){0,2}[a-z]+\s+)?(?P<head>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)"
                      r"\s+(?P<joint>of|on|for)")
_PLACED = re.compile(r"\s+(?:at|in|from|near|outside|inside|on)\s+")  # 'a man at one of the bomb sites'
_SENT_TO = re.compile(r"\b(?:mission|ambassador|envoy|delegation|representative|embassy)\s+to(?:\s+the)?$", re.I)
_SURNAME_AT = re.compile(r"([A-Z][\w'’-]+)\s+(?:at|of|from|with)\s+.*")
_ISSUED_BY = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|post|posting|tweet|message|e-?mail|"
                        r"memo|note)\s+(?:(?:released|issued|posted|published|sent|signed)\s+)?(?:from|by)\s+(?P<who>(?:the\s+)?[A-Z].*)")
_LED_BY = re.compile(r"(?P<head>(?:.+?\s)?[\w-]+)\s+(?:led|headed|backed|joined|supported|accompanied)\s+by\s+\S")
_AGE_EPITHET = re.compile(r"[Tt]he\s+(?P<age>\d{1,3})-year-old(?P<rest>(?:\s+[\w-]+){0,3})")  # 'the 27-year-old singer'
# 'the California Democrat', 'the leading Republican': the politician the article is about, by party
_PARTY_EPITHET = re.compile(
    r"[Tt]he\s+(?:(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|leading|top|senior|junior|freshman|veteran)\s+)?(?:Democrat|Republican)"
)
_AGED_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_CALLED = re.compile(r"\s+(?:called|named|nicknamed|known\s+as)\s+(?=[\"“A-Z])")
_DEMONYM = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?(?:Irish|French|English|Scots|Welsh|Dutch|Manx)(?P<sex>man|woman)")
# 'the Mexican director', 'the Portland, Oregon, resident': news copy calls the person it just named by where they are
# from
_PLACE_EPITHET = re.compile(
    r"[Tt]he\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,)?\s+(?P<noun>mom|mother|dad|"
    r"father|resident|native|director|filmmaker|singer|actor|actress|star|writer|author|artist|musician|designer|"
    r"entrepreneur|businessman|businesswoman|athlete|player|coach|chef|researcher|scientist|doctor|chief|founder|"
    r"co-founder|boss|veteran|lawmaker|executive|owner|comedian|rapper|grandmother|grandfather)"
    rf"(?:\s+of\s+(?:{'|'.join(sorted(COUNT_WORDS))}|\d+))?"  # 'The New York City father of three'
)

_PARENT_WORDS = {"mom": "mother", "dad": "father"}
_CAP = r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w.'’-]*)*"
_AMPERSAND_NAME = re.compile(rf"{_CAP}\s*&\s*{_CAP}$")  # 'the Institute for College Access & Success'
_OWNER_LEAD = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w&.-]*\s+){0,3}[\w&.-]+(?:['’]s|s['’])")  # "the group's", "The Ravens'"
# 'his employer West Bromwich Albion', 'the carmaker Fiat': a company or a club, whatever its name looks like
_ORG_TITLE = re.compile(r"\b(?:employer|club|firm|company|carmaker|automaker|publisher|label|retailer|airline|studio|"
                        r"manufacturer|insurer|lender|chain|conglomerate|charity|nonprofit|non-profit|organi[sz]ation|"
                        r"group|NGO|watchdog|tank|association|foundation|institute|bank|party|union|band)\s*$", re.I)
_TEAM_TITLE = re.compile(r"\b(?:champions?|team|club|side|franchise|NBA|NFL|MLB|NHL|MLS|league)\s*$", re.I)
_MEDIA_AFTER = re.compile(
    r"\s+(?:news\s+)?(?:agency|service|newspaper|network|channel|television|radio|website|company|group|foundation|"
    r"outlet|portal|site|daily|magazine|station|wire)\b")
# 'The French newspaper Le Parisien', 'Russian news agency Interfax': the outlet the media noun names.
_MEDIA_NAMED = re.compile(
    r"\b(?:newspaper|paper|daily|weekly|tabloid|magazine|broadcaster|agency|network|channel|station|website|outlet|media|"
    r"wire)\s+(?P<name>(?:[A-Z]|al-|el-)[\w'’.&-]*(?:\s+(?:[A-Z]|al-)[\w'’.&-]*){0,3})$")
_BODY_LEADER = re.compile(r"[Tt]he\s+(?P<body>EU|E\.U\.|NATO|UN|U\.N\.|OSCE|IAEA|WHO|IMF|G7|G20|ASEAN)\s+(?:leader|chief)")
_TRAILING_TITLES = frozenset("head chairman chairwoman director president chief founder".split())
_GROUP_WORDS = GROUP_HEADS | PLURAL_HEADS
_KIN = frozenset("his her their wife husband son daughter brother sister mother father partner fiance fiancee".split())
_QUANTIFIER_LEADS = frozenset("both several many some all most few".split())
_FAITHFUL = frozenset("christians muslims jews catholics protestants hindus buddhists sikhs mormons evangelicals "
                      "shiites sunnis".split())


def _titled_name(part: str) -> bool:
    """'Borrell', 'Prince Charles', 'wife Camilla', 'his wife Michelle': a name, titled or with a kin word."""
    name = name_part(part)
    if not name or not part.endswith(name) or person_head(name):  # 'Singer and actress Bette Midler': one person
        return False
    lead = part[: len(part) - len(name)].split()
    return all(titled(w) or w.lower() in _KIN for w in lead)


def _two_people(speaker: str) -> bool:
    """'Gavin Newsom and his wife', 'the president and first lady'; not 'the former AC Milan and Real Madrid coach',
    where 'and' joins what the one coach coached."""
    joint = JOINT.search(speaker)
    if joint is None:
        return False
    before, after = speaker[:joint.start()], speaker[joint.end():]
    return not (speaker.lower().startswith("the ") and after[:1].isupper() and before.split()[-1][:1].isupper()
                and not person_head(before))


# 'the release said ... "...," it said', 'the tribe said ... It concludes': a document or a body that spoke is what
# 'it' means next
_IT_GROUP_HEADS = DOCUMENT_NOUNS | frozenset("editorial column commentary tribe band".split())
_HEAD_TAIL = re.compile(r"\s+(?:published|released|issued|by|of|from|in|on)\s.*$")  # 'a commentary published by ...'


# 'the alliance of Western countries' is one body; 'the team of experts' are several
_OF_TAIL = re.compile(r"\b(alliance|coalition|bloc|union|federation|league|association|organi[sz]ation|council)\s+of\s.*$",
                      re.I)
_ROLE_ABBREVIATIONS = frozenset("CEO CFO COO CTO PM MP DJ EMT VP DA AG".split())
_PREPOSITION = re.compile(r"\b(?:by|of|in|at|from|with|for|to|on|about)\b")


def _one_of_whom(after: str) -> str:
    """The noun of 'one of the most influential figures in Middle Eastern media' ('of ...' given): 'figures'."""
    parts = _ONE_OF_HEAD.split(" " + after.strip())
    words = parts[1].split() if len(parts) > 1 else []
    return words[-1].lower() if words else ""


class ArticleContext(PronounRules):
    """Per-article speaker resolution: each speaker phrase read against the names, roles and speakers before it."""

    def __init__(self, body: str, registry: ActorRegistry, published: date | None) -> None:
        super().__init__(body, registry, published)
        self.epithets: dict[str, str] = {}  # person -> the party epithet that named them ('the Texas Republican')
        self.namesakes: dict[str, Resolved] = {}  # a name the bare surname was found not to mean -> who spoke

    def resolve(self, speaker: str, pos: int, apposition: str = "") -> Resolved:
        res = self._kind_checked(speaker, pos, apposition)
        self.said.append((pos, res.name))
        if speaker.lower() in ("he", "she"):
            self.last_pronoun = (pos, speaker.lower(), res)
        head = _OF_TAIL.sub(r"\1", res.name or "")
        self.last_group = (pos, res) if res.kind == "group" and head.endswith("s") else None
        core = _HEAD_TAIL.sub("", head)
        self.last_body = (pos, res) if head and (res.kind == "organization" or (
            res.kind == "group" and not core.endswith("s") and (
                is_org(head) or core.split()[-1].lower() in _IT_GROUP_HEADS)) or (
            res.kind == "unknown" and " " not in head and head[:1].isupper())) else None
        return res

    def speaking_namesake(self, speaker: str, res: Resolved, pos: int, content: str) -> Resolved:
        """'said Clay Rogers ... Glen Rogers was a drifter ... "Glen told me ...," Rogers said': a bare surname whose
        statement names the person it would mean speaks of them; of their namesakes, the one who spoke before is
        meant, here and for the rest of the article."""
        if res.kind != "person" or not res.name or " " in speaker or " " not in res.name:
            return res
        if res.name in self.namesakes:
            return self.namesakes[res.name]
        given, surname = res.name.split()[0], res.name.split()[-1]
        if speaker != surname or not re.search(rf"\b{re.escape(given)}\b", content):
            return res
        spoke = {n for p, n in self.said if p < pos and n and " " in n and " and " not in n and not is_org(n)
                 and n.split()[-1] == surname and n.split()[0] != given}
        if len(spoke) != 1:
            return res
        name = spoke.pop()
        self.namesakes[res.name] = Resolved(None, name, "person", gender_of(name) or self.gender_by_pronoun(name))
        return self.namesakes[res.name]

    def _kind_checked(self, speaker: str, pos: int, apposition: str) -> Resolved:
        relative = _RELATIVE_TAIL.search(speaker)
        if relative and relative.start() > 0:
            speaker = speaker[:relative.start()]  # 'the Green Belt Movement she founded': the movement
        res = self._resolve(speaker, pos, apposition)
        if res.key is None and res.kind == "person" and res.name and len(res.name.split()) > 1 \
                and res.name.split()[-1] in _NUMBER_NAMES:
            return Resolved(None, res.name, "organization")  # 'Mars One', 'Formula One': no one's surname
        if res.key is None and res.kind == "person" and res.name and len(res.name.split()) > 1 \
                and gender_of(res.name) is None and self._short_for_body(res.name):
            return Resolved(None, res.name, "organization")  # 'Sea Shepherd' after 'the Sea Shepherd Conservation Society'
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
        if res.kind == "unknown" and self._plural_of_article_word(res.name, speaker):
            return Resolved(None, res.name, "group")
        return res

    def _short_for_body(self, name: str) -> bool:
        """The article gives `name` as the start of a body's name ('the Sea Shepherd Conservation Society') and never
        calls it by its last word alone, as it would a person ('Azumah Nelson Foundation ... Nelson says')."""
        at = self.body.find(name + " ")
        body_words = []
        while at >= 0 and not body_words:  # cheap first: most names never run on into a body's name
            after = self.body[at + len(name):at + len(name) + 60].split()[:3]
            run = after[:next((i for i, w in enumerate(after) if not w[:1].isupper()), len(after))]
            body_words = [w for w in run if w.lower().strip(".,;:") in ORG_WORDS]
            at = self.body.find(name + " ", at + 1)
        if not body_words:
            return False
        first, last = name.split()[0], name.split()[-1]
        return re.search(rf"(?<!{re.escape(first)} )\b{re.escape(last)}\b(?!\s+[A-Z])", self.body) is None

    def _plural_of_article_word(self, name: str, speaker: str) -> bool:
        """'Witnesses said' (the article writes 'witness'), 'the Grahams said' (after 'Sue Graham'), 'Houthis
        rejected' (after 'Houthi rebels'): a plural of a common noun, a family or a people; not 'Jenkins'."""
        if " " in name or not name.endswith("s") or not name[:1].isupper() or not name[1:].islower():
            return False
        low = name.lower()
        stems = [low[:-1], low[:-2]] if low.endswith("es") else [low[:-1]]
        if any(self.lower_word(w) for w in (low, *stems)) or any(w in PERSON_HEADS for w in stems):
            return True
        family = speaker.lower().startswith("the ") or gender_of(f"{name[:-1]} X") is None
        return family and self._occurrences(name[:-1]) != []

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
        state = self._state(speaker, pos)
        if state is not None:
            return state
        firm = _AMPERSAND_NAME.search(speaker)
        if firm:  # 'publisher Simon & Schuster', 'AT & T': one organisation, not two people
            orgs = reg.by_name(firm.group(0))
            return self._registry_person(orgs[0]) if orgs else Resolved(None, firm.group(0), "organization")
        media = _MEDIA_NAMED.search(speaker)
        if media and not any(w.lower().strip(".") in TITLE_WORDS or person_head(w) for w in media["name"].split()):
            outlets = reg.by_name(media["name"])
            return self._registry_person(outlets[0]) if outlets else Resolved(None, media["name"], "organization")
        joint = self._joint(speaker, pos)
        if joint is not None:
            return joint
        epithet = _AGE_EPITHET.fullmatch(speaker)
        if epithet and all(w.islower() or w.lower() in NATIONALITIES for w in epithet["rest"].split()):
            aged = self._aged(speaker, epithet["age"], pos)
            return aged or Resolved(None, speaker, "person")
        if _PLACE_EPITHET.fullmatch(speaker):
            return self._placed(speaker, pos)
        demonym = _DEMONYM.fullmatch(speaker)
        if demonym:  # 'the Irishman told CNN': said of the person a 'he' would mean here
            gender = "f" if demonym["sex"] == "woman" else "m"
            meant = self._pronoun("she" if gender == "f" else "he", pos)
            return meant if meant.name and meant.gender == gender else Resolved(None, speaker, "person")
        if _PARTY_EPITHET.fullmatch(speaker):
            party = self._last_person(pos)
            said = speaker.lower().removeprefix("the ")
            if party is None or self.epithets.setdefault(party.key or party.name or "", said) != said:
                return Resolved(None, speaker, "person")  # 'the California Democrat' is not 'the Texas Republican'
            return self._spoke(pos, party)
        issued = _ISSUED_BY.fullmatch(speaker)
        if issued and (name_part(issued["who"]) == issued["who"] or is_org(issued["who"])):
            # 'a statement from Cheryl Kagan said': the one who issued it speaks
            return self._resolve(issued["who"], pos + issued.start("who"), "")
        led = _LED_BY.match(speaker)
        if led and (led["head"].split()[-1].islower() or led["head"].lower() in _GROUP_WORDS):
            # 'Twenty-six states led by Florida', 'Critics led by Smith': the ones led speak, not the leader
            return Resolved(None, speaker, "person" if person_head(led["head"]) else "group")
        served = _SERVED.match(speaker)
        noun = served.group("head").split()[-1] if served else ""
        role_titled = noun.lower() in TITLE_WORDS and (noun.lower() not in SERVING or noun[:1].isupper()) \
            and titled_name(speaker[served.end() - 1:])  # 'U.S. Ambassador to Syria Robert Ford' is Ford
        if served and (noun.islower() or noun.lower() in _PEOPLE or noun == "One") and not role_titled:
            # 'An aide to Lavrov', 'Residents of Kyiv', 'the head of NATO': someone other than the name at the end,
            # unless the phrase is a role the registry knows.
            actor = self._role(speaker, pos) or self._role(apposition, pos)
            if actor is not None:
                return self._registry_person(actor)
            # 'one of the men', 'One of the protesters': a person of that group
            single = person_head(_PLACED.split(served.group("head"))[0]) or (
                noun.lower() == "one" and _one_of_whom(speaker[served.end("head"):]) in _ONE_OF_PEOPLE)
            if single:
                self._unnamed(speaker, pos)
            return Resolved(None, speaker, "person" if single else "group")
        if served and noun[:1].isupper() and noun.lower() in TITLE_WORDS:
            # 'the Secretary General of NATO': a role the registry knows, not the organisation at the end
            actor = self._role(speaker, pos)
            if actor is not None and actor.kind == "person":
                return self._spoke(pos, self._registry_person(actor))
        res = self._named(speaker, pos, apposition)
        if res is not None:
            if res.kind == "person":
                self._spoke(pos, res)
            elif res.kind == "unknown" and self._one_word_name(speaker):
                self.last_unknown = (pos, res)
            return res
        if exact:  # the registry lookup at the top, now for a person too
            return self._registry_person(exact[0])
        named_before = self._title_surname(speaker, pos) or self._body_leader(speaker, pos) \
            or self._titled(speaker, pos)
        if named_before is not None:
            return named_before
        if (person_head(speaker) or person_head(_PLACED.split(speaker)[0]) or person_head(_CALLED.split(speaker)[0])) \
                and not _two_people(speaker):  # 'a migrant called "Red Peasant"' too
            # 'the mayor', "Borrell's spokesman": one person whose name the registry does not know; not
            # 'Gavin Newsom and his wife'.
            self._unnamed(speaker, pos)
            return Resolved(None, speaker, "person")
        kind = "group" if not name_part(speaker) or is_org(speaker) else "unknown"
        return Resolved(None, speaker, kind)

    def _titled(self, speaker: str, pos: int) -> Resolved | None:
        """'The governor said' after 'Gov. Chris Christie': the one person the article gave that title."""
        titled_before = titled_person(speaker, self.body, pos)
        if titled_before is None:
            return None
        res = self._named(titled_before[1], titled_before[0], "")
        if res is None or res.kind not in ("person", "unknown"):
            return None
        return self._spoke(pos, Resolved(res.key, res.name, "person", res.gender or gender_of(res.name or "")))

    def _body_leader(self, speaker: str, pos: int) -> Resolved | None:
        """'the EU leader writes' after 'signed by the EU's top diplomat, Josep Borrell': the one registry person
        named before whose roles belong to that body."""
        m = _BODY_LEADER.fullmatch(speaker)
        if m is None:
            return None
        body = normalize(m["body"]).replace(" ", "")
        named = [actor for actor in self.registry if actor.kind == "person" and self._last_mention(actor, pos) >= 0
                 and any(body in normalize(text).split() for role in actor.roles for text in (role.title, *role.phrases))]
        if len(named) != 1:
            return None
        return self._spoke(pos, self._registry_person(named[0]))

    def _title_surname(self, speaker: str, pos: int) -> Resolved | None:
        """'King complained' after 'Dr. Martin Luther King': a surname that is also a title, standing alone."""
        if " " in speaker or not speaker[:1].isupper() or not speaker[1:].islower():
            return None
        full = self.full_name_before(speaker, pos)
        if full is None or full.split()[-1] != speaker or gender_of(full) is None:
            return None
        return self._spoke(pos, Resolved(None, full, "person", gender_of(full)))

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
        if (res is None or res.kind != "person") and speaker.split()[-1].lower() not in UNNAMED_GENDER:
            res = self._last_person(pos)  # but 'the 32-year-old man' is often someone the article does not name
        if res is None:
            self._unnamed(speaker, pos)
            return None
        return self._spoke(pos, res)


    def _placed(self, speaker: str, pos: int) -> Resolved:
        """'... best director for Alfonso Cuaron. ¶ "...," the Mexican director said': the subject named since the
        sentence before, else the one person named there; with none or several, an unnamed person."""
        since = self._sentence_start(pos, back=2)
        epithet = _PLACE_EPITHET.fullmatch(speaker)
        sex = gender_of_lead(_PARENT_WORDS.get(epithet["noun"], epithet["noun"])) if epithet else None
        last = self.last_subject(pos)
        if last is not None and last[0] >= since and (sex is None or last[1].gender in (sex, None)):
            return self._spoke(pos, last[1])
        quoted = [q.span() for q in QUOTED_SPAN.finditer(self.body, since, pos)]
        near = {res.name: res for p, res in [*self.persons, *self.gendered]
                if since <= p < pos and res.name and not any(qs < p < qe for qs, qe in quoted)}
        if not near:
            # 'Stanton Peele is a psychologist ... The New York City father of three said': a full name whose given
            # name says no gender, opening the sentence before
            opening = {name for p, text in self._unregistered if since <= p < pos and self._subject_at(p)
                       and not any(qs < p < qe for qs, qe in quoted)
                       for name in [untitled(text)] if len(name.split()) >= 2 and not is_org(name)}
            near = {name: Resolved(None, name, "person", self.gender_by_pronoun(name)) for name in opening}
        if len(near) == 1 and (sex is None or next(iter(near.values())).gender in (sex, None)):
            return self._spoke(pos, next(iter(near.values())))
        return Resolved(None, speaker, "person")

    def _joint(self, speaker: str, pos: int) -> Resolved | None:
        """'Borrell and Jolly said', 'Italy and Malta said': a group of the named persons or states, each resolved
        (typos included) on its own."""
        parts = _LISTED.split(speaker)
        if not 2 <= len(parts) <= 4 or (len(parts) > 2 and not JOINT.search(speaker)) \
                or not all(_titled_name(p) for p in parts):
            return None
        members = [self._state(p, pos) or self._named(p, pos, "") for p in parts]
        if not all(m is not None and m.kind in ("person", "unknown", "organization") for m in members):
            return None
        names = [m.name or p for m, p in zip(members, parts, strict=True)]  # type: ignore[union-attr]
        return Resolved(None, ", ".join(names[:-1]) + " and " + names[-1], "group")

    def _state(self, speaker: str, pos: int) -> Resolved | None:
        """'Japan said', 'Tokyo Japan said'; not 'Jordan' where the article names a person Jordan."""
        state = state_name(speaker)
        if not state or self._person_named(speaker, pos):
            return None
        known = self.registry.by_name(state)
        return self._registry_person(known[0]) if len(known) == 1 else Resolved(None, state, "organization")

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
        if len(name.split()) >= 2 and name.split()[0] in _ROLE_ABBREVIATIONS:
            name = name.split(None, 1)[1]  # 'PM Valls', 'CEO Tim Cook'
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
            # 'President Barrack Obama': the surname exact and the given name a near miss is the registry person
            if len(exact) == 1 and (i == 0 or exact[0].kind == "person") \
                    and not other_given_name(tokens[:i], exact[0], fuzzy=True):
                full = self.full_name_before(name, pos) if len(tokens) == 1 and exact[0].kind == "person" else None
                if full and not reg.by_name(full) and other_given_name(full.split()[:-1], exact[0], fuzzy=True):
                    break  # 'White House spokesman Jay Carney ... Carney said': not Mark Carney
                return self._registry_person(exact[0])
        if len(tokens) == 1 and len(name) >= 2 and name.isalpha() and name.isupper():
            if name in _ROLE_ABBREVIATIONS:
                return Resolved(None, speaker, "person")  # "The automotive giant's CEO": a role, not a name
            if name == "TV":
                return Resolved(None, speaker, "group")  # 'state TV': a medium, not a name
            if not any(w[:1].isupper() and w.lower().strip(".") in TITLE_WORDS for w in title.split()) \
                    and not _PREPOSITION.search(title):
                # 'state TV', 'market intelligence firm IDC'; not 'A dossier seen by CNN'
                return Resolved(None, name, "organization")
        if len(tokens) == 2 and tokens[0] in _KIN_TITLES:
            full = self._given_name_before(tokens[1], pos)  # 'Father Lon' after 'Lon Snowden': not a priest
            if full:
                return Resolved(None, full, "person", gender_of(full) or gender_of_lead(tokens[0]))
        capitalised = [w for w in speaker.split() if w[:1].isupper() and w.lower() != "the"]
        of_org = speaker.endswith(f" of {name}") and is_org(speaker)  # 'the Lagos State Ministry of Health'
        if len(tokens) == 1 and not (is_org(name) and len(capitalised) > 1) and not of_org:
            # 'the Journal' is the Wall Street Journal named before; 'The Justice Department' is no other department
            full = self.full_name_before(name, pos) or self._given_name_before(name, pos) \
                or self.misspelt_surname_before(name, pos)
            if full:
                hits = reg.by_name(full)
                if len(hits) == 1:
                    return self._registry_person(hits[0])
                if is_org(full):  # 'the Journal' after 'The Wall Street Journal'
                    return Resolved(None, full, "group")
                return Resolved(None, untitled(full), "person",
                                gender_of(full) or self.gender_by_pronoun(full) or self.gender_by_kin(full))
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
        gender = gender_of(name) or gender_of_lead(title) or gender_of_lead(self.body[max(0, pos - 24):pos]) \
            or (self.gender_by_pronoun(name) if len(tokens) > 1 else None)
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
        if _ORG_TITLE.search(title):
            return Resolved(None, name, "organization")
        if len(tokens) > 1 and self._called_media(name):
            return Resolved(None, name, "organization")  # 'Ria Novosti' after 'the Ria Novosti news service'
        if len(tokens) > 1 and any(c.isdigit() for c in name) and all(w[:1].isupper() for w in tokens):
            return Resolved(None, name, "group")  # 'Recommendation VI-2 stated': a numbered text, no one's name
        of = _OF_NAME.fullmatch(title)
        if of is not None:
            # 'The Archbishop of Canterbury' is someone, 'The Knights of Columbus' a body; neither is Columbus
            whole = f"{of['head']} {of['joint']} {name}"
            if any(person_head(w) or w.lower() in TITLE_WORDS or w.lower() in _NOBILITY for w in of["head"].split()) \
                    or gender_of(of["head"]) is not None:
                return Resolved(None, whole, "person", gender_of_lead(of["head"].split()[-1]))
            return Resolved(None, whole, "organization")
        return Resolved(None, name, "person" if len(tokens) > 1 or title else "unknown", gender)

    def _title_fits(self, actor: Actor, title: str) -> bool:
        norm = normalize(title)
        if not norm:
            return False
        return any(norm == normalize(p) or norm.endswith(normalize(p)) for r in actor.roles for p in (r.title, *r.phrases))


