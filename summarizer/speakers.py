"""Speaker phrases: what in a noun phrase is a personal name, a person's role, an organisation."""

from __future__ import annotations

import re

from summarizer.cues import FINDING_NOUNS, NATIONALITY_SUFFIX, ORG_WORDS, PLURAL_HEADS, PRONOUNS, TITLE_WORDS
from summarizer.given_names import FEMALE, MALE

LEADING_CONJ = re.compile(
    r"^(?:(?:and|but|so|yet|while|as|because|when|after|though|although|if|since|where|whereas|then|"
    r"meanwhile|however|also|instead|still|now|earlier|later|indeed|but\s+as|for\s+instance|for\s+example|"
    r"in\s+addition|in\s+fact|of\s+course)\b[\s,]*)+",
    re.I,
)
NAME_TOKEN = re.compile(r"^[A-ZÀ-ÝŁŠŽČ][\w'’.-]*$|^(?:von|van|der|de|la|le|bin|al|el|da|di|du|dos|ter)$"
                        r"|^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-[A-ZÀ-Ý][\w'’.-]*$")  # 'Yasser al-Numairi'
# 'Paradoxically, the affair added ...', 'Separately, ...': a sentence adverb is no name.
_ADVERB_SHAPE = re.compile(r"[A-Z][a-z]{3,}(?:(?<=[ciunrt])ally|ately|ously|ently|antly|edly|ively|fully|ingly)$")
PLACEHOLDER_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its"})
_NAME_WORD = r"(?:Mc|Mac|O['’]|D['’]|De|La|Le|Di)?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[a-z]{2,4}\b)?"  # 'McNab', "O'Brien", 'DeSantis'
NAME_RE = re.compile(
    rf"\b{_NAME_WORD}(?:[ -](?:[A-Z]\.\s)?(?:(?:von|van|der|de|bin|al|el)\s)*{_NAME_WORD}){{1,3}}\b"
)  # 'Damon A. Thibodeaux' with its middle initial
AFFILIATION = re.compile(r"\s+(?:of|for|from|at|with)\s+")
FUNCTION_WORDS = frozenset("the a an this that in on at for of to with by from if when while as but and or".split())
JOINT = re.compile(r"\s+(?:and|&)\s+")

NATIONALITIES = frozenset(
    """american british canadian russian ukrainian chinese german french japanese korean turkish hungarian
    finnish swedish polish lithuanian latvian estonian israeli iranian indian italian spanish dutch danish
    norwegian belarusian european australian mexican brazilian saudi syrian iraqi afghan pakistani nigerian
    egyptian libyan palestinian yemeni kenyan ethiopian somali argentine argentinian colombian venezuelan cuban
    chilean peruvian irish scottish greek portuguese belgian swiss austrian czech romanian bulgarian serbian croatian
    georgian armenian lebanese jordanian qatari emirati thai vietnamese indonesian filipino malaysian taiwanese
    moldovan slovak bosnian albanian azerbaijani kazakh sudanese congolese rwandan ugandan ghanaian algerian
    moroccan tunisian kuwaiti bangladeshi burmese cambodian uyghur uighur tibetan kurd yazidi shiite sunni
    alawite""".split()
)

# States and their capitals as news names them: 'Russia attacked Ukraine' is war, not words.
STATES = frozenset(
    """afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium
    bosnia brazil britain bulgaria cambodia canada chad chile china colombia congo croatia cuba cyprus czechia
    denmark egypt eritrea estonia ethiopia finland france gaza georgia germany greece haiti hungary iceland india
    indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia
    lebanon libya lithuania mali mexico moldova mongolia montenegro morocco mozambique myanmar burma nepal
    netherlands niger nigeria norway oman pakistan palestine panama peru philippines poland portugal qatar romania
    russia rwanda serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan
    tanzania thailand tunisia turkey turkmenistan uganda ukraine uzbekistan venezuela vietnam yemen zimbabwe
    crimea donbas malta luxembourg andorra monaco liechtenstein macedonia ecuador bolivia paraguay
    uruguay honduras guatemala nicaragua belize jamaica barbados bahamas cameroon senegal ghana zambia angola botswana
    namibia madagascar malawi liberia guinea gabon burundi djibouti benin togo niger malaysia brunei bhutan maldives
    fiji samoa tonga""".split()
) | frozenset(  # names of two words, for checks on a whole name ('China and North Korea')
    ["north korea", "south korea", "saudi arabia", "south africa", "new zealand", "sri lanka", "south sudan",
     "united kingdom", "united states", "united arab emirates", "ivory coast", "el salvador", "costa rica",
     "west bank", "hong kong", "north macedonia", "sierra leone", "papua new guinea", "east timor",
     "dominican republic", "burkina faso", "san marino", "trinidad and tobago"])
# Capitals that news writes for their governments ('Beijing warned'); not ones that are also common surnames
# or given names (London, Paris, Berlin, Washington).
CAPITALS = {
    "beijing": "China", "tehran": "Iran", "damascus": "Syria", "baghdad": "Iraq", "kabul": "Afghanistan",
    "tokyo": "Japan", "seoul": "South Korea", "pyongyang": "North Korea", "ankara": "Turkey", "budapest": "Hungary",
    "helsinki": "Finland", "stockholm": "Sweden", "ottawa": "Canada", "warsaw": "Poland", "riyadh": "Saudi Arabia",
    "islamabad": "Pakistan", "caracas": "Venezuela", "havana": "Cuba", "minsk": "Belarus", "tbilisi": "Georgia",
    "yerevan": "Armenia", "baku": "Azerbaijan", "vilnius": "Lithuania", "riga": "Latvia", "tallinn": "Estonia",
    "taipei": "Taiwan", "kyiv": "Ukraine", "kiev": "Ukraine", "moscow": "Russia",
}
# Cities news writes for the side that holds them ('Moscow said', 'Gaza reported')
_CITIES_AS_STATES = frozenset("""kharkiv kyiv kiev moscow beijing tehran damascus baghdad kabul jerusalem gaza mariupol
    bakhmut odesa aleppo idlib mosul raqqa""".split())
_COUNTRIES = STATES
STATES = STATES | _CITIES_AS_STATES | frozenset(CAPITALS)
# What follows a town to say where it is ('Aurora, Illinois,', 'Aurora, Ill.,', 'Kramatorsk, Ukraine,')
US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
    Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont.
    Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.
    """.split()
) | frozenset(["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
               "Rhode Island", "South Carolina", "South Dakota", "West Virginia"])
REGIONS = US_STATES | {name.title() for name in _COUNTRIES}
# Cities that open a news agency's dateline ('LOS ANGELES (CNN) --'); a copy that lost the '(CNN) --' runs the
# city into the first sentence: 'Los Angeles Nadya Suleman says ...'.
DATELINE_CITIES = frozenset(CAPITALS) | frozenset(
    """atlanta boston chicago dallas denver detroit houston miami phoenix seattle london paris berlin rome madrid
    brussels geneva vienna jerusalem cairo istanbul mumbai sydney johannesburg nairobi lagos dubai beirut""".split()
) | frozenset(["los angeles", "new york", "washington", "san francisco", "las vegas", "new orleans", "hong kong",
               "new delhi", "mexico city", "abu dhabi", "tel aviv", "sao paulo", "rio de janeiro", "cape town"])


# Adjectives of the states diplomacy news names most, for 'the Turkish government'.
DEMONYMS = {
    "american": "United States", "us": "United States", "british": "United Kingdom", "uk": "United Kingdom",
    "canadian": "Canada", "chinese": "China", "russian": "Russia", "ukrainian": "Ukraine", "german": "Germany",
    "french": "France", "japanese": "Japan", "turkish": "Turkey", "hungarian": "Hungary", "finnish": "Finland",
    "swedish": "Sweden", "polish": "Poland", "israeli": "Israel", "iranian": "Iran", "indian": "India",
    "italian": "Italy", "spanish": "Spain", "syrian": "Syria", "iraqi": "Iraq", "afghan": "Afghanistan",
    "pakistani": "Pakistan", "egyptian": "Egypt", "libyan": "Libya", "lebanese": "Lebanon", "saudi": "Saudi Arabia",
    "mexican": "Mexico", "venezuelan": "Venezuela", "cuban": "Cuba", "nigerian": "Nigeria", "kenyan": "Kenya",
    "tanzanian": "Tanzania", "yemeni": "Yemen", "thai": "Thailand", "vietnamese": "Vietnam", "indonesian": "Indonesia",
    "philippine": "Philippines", "australian": "Australia", "belarusian": "Belarus", "georgian": "Georgia",
    "north korean": "North Korea", "south korean": "South Korea", "brazilian": "Brazil", "greek": "Greece",
    "dutch": "Netherlands", "belgian": "Belgium", "austrian": "Austria", "swiss": "Switzerland", "irish": "Ireland",
    "norwegian": "Norway", "danish": "Denmark", "jordanian": "Jordan", "qatari": "Qatar", "palestinian": "Palestine",
}
_GOVERNMENT = re.compile(r"(?:the\s+)?(?P<adj>.+?)\s+government|(?:the\s+)?government\s+of\s+(?P<of>.+)", re.I)
_STATE_CANONICAL = {"britain": "United Kingdom", "uk": "United Kingdom", "united kingdom": "United Kingdom",
                    "us": "United States", "usa": "United States", "united states": "United States"}


def state_name(phrase: str) -> str | None:
    """'Japan', 'the United States', 'Beijing', 'Tokyo Japan' (a dateline run into the name), 'The Turkish
    government', "Ukraine's government": the state meant."""
    gov = _GOVERNMENT.fullmatch(phrase.strip())
    if gov:
        place = (gov["adj"] or gov["of"]).replace(".", "")
        place = re.sub(r"['’]s$", "", place)
        if place[:1].isupper():
            return DEMONYMS.get(place.lower()) or state_name(place)
        return None
    words = phrase.removeprefix("the ").removeprefix("The ").replace(".", "").split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    if len(words) == 2 and words[0].lower() in CAPITALS and words[1].lower() in STATES:
        words = words[1:]  # 'Tokyo Japan said'
    low = " ".join(words).lower()
    if low in CAPITALS:
        return CAPITALS[low]
    if low in _STATE_CANONICAL and (len(low) > 3 or words[0].isupper()):  # 'US', not 'Us'
        return _STATE_CANONICAL[low]
    if low in STATES:
        return " ".join(words)
    return None
MILITARY_HEADS = frozenset(
    """forces troops army military militants rebels insurgents fighters jets drones missiles gunmen soldiers navy
    taliban hamas hezbollah isis militia militias separatists artillery warplanes bombers""".split()
)


PERSON_HEADS = frozenset(
    """spokesman spokeswoman spokesperson minister secretary president mayor governor senator ambassador envoy
    chancellor chief director chairman chairwoman chair leader commander official officer adviser advisor aide
    judge premier king queen prince princess pope manager ceo founder head lawyer attorney counsel prosecutor sheriff
    general admiral colonel captain commissioner representative congressman congresswoman councillor councilor
    candidate nominee deputy economist analyst expert professor researcher historian diplomat negotiator
    follower supporter fan believer admirer devotee worshipper parishioner surrogate
    strategist pollster consultant activist lawmaker legislator president-elect secretary-general doctor physician
    surgeon nurse teacher architect reporter ireporter journalist writer author editor columnist host anchor pastor priest
    bishop rabbi imam mother father mom mum dad grandmother grandfather aunt uncle cousin
    wife husband son daughter sister brother friend neighbor neighbour witness
    victim resident voter worker employee owner founder partner student officer trooper soldier veteran
    woman man girl boy person member correspondent lecturer scientist engineer psychologist psychiatrist
    epidemiologist sociologist scholar curator producer detective inspector investigator superintendent
    organizer campaigner coach seller buyer bidder customer passenger driver pilot patient parent executive
    banker trader investor farmer fisherman nun monk commandant filmmaker actor actress artist singer musician
    photographer painter poet novelist comedian dancer rapper designer chef athlete player entrepreneur inventor
    blogger playwright composer guitarist songwriter sculptor astronaut survivor defendant suspect plaintiff inmate
    prisoner hostage teenager fighter gunman marshal administrator accuser runner-up winner challenger incumbent
    front-runner frontrunner therapist counselor counsellor trainer agent broker clerk firefighter paramedic medic
    nanny waiter bartender cashier janitor mechanic electrician plumber carpenter contractor lobbyist planner juror
    bailiff warden sergeant corporal cleric preacher missionary volunteer intern critic opponent mediator presenter commentator coordinator lady guest
    broadcaster newscaster anchorman anchorwoman
    auditor coroner pathologist biologist chemist physicist geologist statistician demographer specialist
    bureaucrat assistant staffer laborer rancher grower cosmonaut refugee migrant immigrant aunt uncle niece nephew
    cousin grandmother grandfather grandson granddaughter fiance fiancee girlfriend boyfriend stepfather stepmother
    supervisor principal provost chaplain midwife defector dissident protester protestor demonstrator eyewitness
    villager tourist visitor traveler shopper consumer client donor recipient widow widower orphan heir landlord
    tenant colleague boss lama publicist irishman englishman frenchman scotsman welshman dutchman merchant vendor
    shopkeeper storekeeper shopowner retiree pensioner homeowner housewife homemaker""".split()
)


# Role nouns written as titles ('Historian Fernando Gonzalez'); kin words stay: 'Father Park' is a priest.
_OCCUPATIONS = PERSON_HEADS - frozenset(
    "father mother wife husband son daughter sister brother friend neighbor neighbour woman man girl boy person "
    "secretary-general".split())


_ROLE_NOUNS = PERSON_HEADS | TITLE_WORDS


_IN_PLACE = re.compile(r"(?P<np>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+in\s+[A-Z]")


def name_part(speaker: str) -> str:
    """Trailing personal-name tokens after titles: "Canadian Foreign Minister Melanie Joly" -> "Melanie Joly"."""
    placed = _IN_PLACE.match(speaker)
    if placed and (people_head(placed["np"]) or placed["np"].lower() in PLURAL_HEADS):
        return ""  # 'Eyewitnesses in Jaar', 'Residents in Aden': people of a place, not a person named Jaar
    head = AFFILIATION.split(speaker, maxsplit=1)[0]
    if head != speaker:
        name = name_part(head)
        low = head.lower()
        if low in PLURAL_HEADS or (low.endswith("s") and low[:-1] in PERSON_HEADS):
            return ""  # 'Staff at Lola Ya Bonobo', 'Analysts at Barclays': the name is the organisation's
        if name and re.match(r"\s+(?:from|in)\s", speaker[len(head):]) and name.lower() not in FINDING_NOUNS:
            return name  # 'Earnest Tuesday from Los Angeles': where the speaker was; 'Video from the scene' is none
        tail = _trailing_name(speaker)
        role = speaker[: -len(tail)].split()[-1:] if tail else []
        if len(tail.split()) >= 2 and role and (role[0].lower() in PERSON_HEADS or (
                role[0].islower() and role[0] in TITLE_WORDS)):
            return tail  # 'Virginia Bureau of Insurance spokesman Ken Schrad'
        if len(name.split()) >= 2:
            return name  # 'Mark Preston of CNN'
        words = head.split()
        while words and words[-1].islower() and (words[-1] in _ROLE_NOUNS or words[-1].split("-")[0] in _ROLE_NOUNS):
            words.pop()  # 'director', 'editor-in-chief'
        if words and len(words) < len(head.split()) and words[0].lower() not in FUNCTION_WORDS \
                and all(w[:1].isupper() for w in words) and len(_trailing_name(" ".join(words)).split()) >= 2:
            return _trailing_name(" ".join(words))  # 'Dr. Helen Wallace director of Genewatch UK', comma left out
    return _trailing_name(speaker)


# 'figures released Wednesday', 'Dupont in March', 'Last July' name no one; 'S. Michael March' does.
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday tonight".split())
_MONTHS = frozenset("january february march april june july august september october november december".split())
_MONTH_LEADS = frozenset("last next early late mid this".split())
_DATE_PREPS = frozenset("in on since".split())


def _dated(tokens: list[str], i: int) -> bool:
    """tokens[i] is a month used as a date: first, or after a lower-case word or 'Last'."""
    return i == 0 or tokens[i - 1].islower() or tokens[i - 1].lower() in _MONTH_LEADS


def _without_trailing_date(tokens: list[str]) -> list[str]:
    """'Sanders on Tuesday' -> 'Sanders', 'Dupont in March' -> 'Dupont'."""
    while tokens:
        last = tokens[-1].lower()
        if not (last in _WEEKDAYS or (last in _MONTHS and len(tokens) > 1 and tokens[-2].lower() in _DATE_PREPS)):
            break
        tokens = tokens[:-1]
        if tokens and tokens[-1].lower() in _DATE_PREPS:
            tokens = tokens[:-1]
    return tokens


_GIVEN_NAMES = MALE | FEMALE
_ABBREVIATIONS = frozenset("bros. inc. corp. ltd. co. jr. sr. gen. sen. rep. gov. col. sgt. capt. adm. prof.".split())


def _surname_title(tokens: list[str], i: int) -> bool:
    """A title word last, after a given name, is a surname: 'Sonia Prince', 'Peter King'."""
    return i == len(tokens) - 1 and i > 0 and tokens[i - 1].lower() in _GIVEN_NAMES


def _trailing_name(speaker: str) -> str:
    tokens = _without_trailing_date(speaker.replace(",", " ").split())
    name: list[str] = []
    for i, tok in reversed(list(enumerate(tokens))):
        low = tok.lower().strip(".")
        initial = len(tok) == 2 and tok[0].isupper() and tok[1] == "." and 0 < i < len(tokens) - 1  # 'Daniel A. Wren'
        if initial and name:
            name.append(tok)
            continue
        if not NAME_TOKEN.match(tok) or (low in TITLE_WORDS and not _surname_title(tokens, i)) or low in PLACEHOLDER_WORDS or _ADVERB_SHAPE.match(tok) \
                or (low in _OCCUPATIONS and i < len(tokens) - 1 and not is_org(" ".join(name))) \
                or low in _WEEKDAYS or (low in _MONTHS and _dated(tokens, i)):
            break
        if tok.endswith(("'s", "’s", "s'", "s’")):
            break  # "the group's Daniel Mach", "The Ravens' Ray Lewis"
        parts = tok.split("-")
        if len(parts) > 1 and parts[-1].islower() and (parts[-1] in _ROLE_NOUNS or len(parts[-1]) >= 5):
            break  # 'China-watcher Robert Lawrence Kuhn', 'Co-founder Jane Doe': a role run into the name
        if low == "secretary-general" and len(name) >= 2:
            break  # 'Hezbollah Secretary-General Hassan Nasrallah'; but 'Secretary-General Ban' is a name as used
        name.append(tok)
    name.reverse()
    if name and name[-1].endswith(".") and len(name[-1]) > 3 and name[-1][:-1].isalpha() \
            and name[-1][1:-1].islower() and name[-1].lower() not in _ABBREVIATIONS:
        name[-1] = name[-1][:-1]  # 'said Julie A. Diaz Martinez.': the sentence's period
    while name and name[0].lower() in {"von", "van", "der", "de", "la", "le", "bin", "al", "el"}:
        name.pop(0)
    # Nationality adjectives at the head ("Canadian") belong to the title.
    while len(name) > 1 and NATIONALITY_SUFFIX.search(name[0]) and name[0].lower() in NATIONALITIES:
        name.pop(0)
    return " ".join(name)


COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


def person_head(speaker: str) -> bool:
    """A singular role noun heads the phrase ('the mayor', "Borrell's spokesman", 'a senior official')."""
    words = speaker.split()
    if not words or len(words) > 8 or (words[0].lower() in PRONOUNS and (words[0].lower() != "her" or len(words) < 2)):
        return False  # 'her father' is a person; 'her' alone is no role
    if len(words) >= 3 and words[-2] == "of" and (words[-1] in COUNT_WORDS or words[-1].isdigit()):
        words = words[:-2]  # 'the New York City father of three'
    head = words[-1].lower().strip(".,")
    if head == "justice" and len(words) >= 2 and words[-2].lower() == "chief":
        return True  # 'the chief justice'; 'justice' alone is mostly the courts' work
    # 'His ex-wife', 'the then-governor'
    return head in PERSON_HEADS or head.removeprefix("ex-").removeprefix("then-") in PERSON_HEADS


def people_head(speaker: str) -> bool:
    """A plural role noun heads the phrase ('His aides', 'the doctors', 'two witnesses')."""
    words = speaker.split()
    head = words[-1].lower().strip(".,") if words else ""
    if not head.endswith("s") or head.endswith("ss"):
        return False
    return person_head(head[:-1]) or (head.endswith("es") and person_head(head[:-2]))


def after_dateline(name: str) -> int:
    """Where a person's name starts after a dateline city run into it ('Los Angeles Nadya Suleman' -> 12); 0 when
    there is none. 'New York Times', 'Los Angeles County' and 'New York Gov. Andrew Cuomo' keep their city."""
    words = name.split()
    city = next((n for n in (3, 2, 1) if " ".join(words[:n]).lower() in DATELINE_CITIES), 0)
    rest = words[city:]
    if not city or not rest:
        return 0
    state_of = _POSSESSIVE.sub("", rest[0]).lower() in STATES and _POSSESSIVE.search(rest[0]) is not None
    if not (state_of and len(rest) > 1) and (  # 'Tokyo Japan's nuclear watchdog'
            not 2 <= len(rest) <= 3 or not all(w[:1].isupper() for w in rest) or is_org(" ".join(rest))
            or rest[0].lower().strip(".") in TITLE_WORDS):
        return 0
    return name.index(rest[0], len(" ".join(words[:city])))


# 'The Church of England', 'the Catholic church'; 'Church' alone may be a surname (Sen. Frank Church).
_CHURCH = re.compile(r"\b[Cc]hurch(?:es)?\s+of\s+[A-Z]|^[Tt]he\s+(?:[A-Z][\w-]*\s+){0,2}[Cc]hurch$")


def is_org(speaker: str) -> bool:
    words = [_POSSESSIVE.sub("", w.lower().strip(".,")) for w in speaker.replace("-", " ").split()]  # 'the Capital-Journal'
    return any(w in ORG_WORDS or (w.endswith("s") and w[:-1] in ORG_WORDS) for w in words) \
        or _CHURCH.search(speaker) is not None


_POSSESSIVE = re.compile(r"['’]s?$")


_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z&]+s?")  # 'CDC', 'U.N.', 'NYPD', 'AT&T'
_NOT_INSTITUTIONS = frozenset("MD DC TV EMT DNA CEO CFO GM".split())  # 'M.D.', 'The EMT': a person, a place
_PERSONAL_TITLES = frozenset("mr mrs ms dr sen rep gov gen col lt sgt cpl pvt pfc spc spec adm prof sir dame commandant ayatollah sheikh "
                              "emir".split())
_PARTY_MEMBERS = frozenset("republicans democrats conservatives liberals socialists greens tories".split())
_INSTITUTION_GLUE = frozenset("of for on to and & the de du la".split())


def _body_for(words: list[str]) -> bool:
    """'Committee to Protect Journalists', 'Council for Exceptional Children': a body named for whom it serves."""
    return any(w.lower() in ORG_WORDS and words[i + 1] in ("to", "for") for i, w in enumerate(words[:-1]))


def institution_name(name: str) -> str | None:
    """A named institution outside the registry, without its article: 'the CDC' -> 'CDC', 'The World Health
    Organization' -> 'World Health Organization'; not a group of people ('Critics', "California's voters")."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for _ in range(2):  # 'the opposition Syrian Observatory for Human Rights', 'the state-run Xinhua News Agency'
        if len(words) > 2 and words[0][:1].islower() and words[0].lower() not in _INSTITUTION_GLUE \
                and not _POSSESSIVE.search(words[0]) \
                and words[1][:1].isupper() and not person_head(words[0]) and words[0] not in PLURAL_HEADS:
            words = words[1:]
    if len(words) == 1 and _ACRONYM.fullmatch(words[0]) and len(words[0].strip(".")) >= 2 \
            and words[0].replace(".", "") not in _NOT_INSTITUTIONS:
        return words[0]
    if len(words) < 2 or not words[0][:1].isupper() or not (words[-1][:1].isupper() or words[-1][:3] == "al-") \
            or not is_org(" ".join(words)) \
            or words[0].lower() in PLACEHOLDER_WORDS:  # 'Its Freedom and Justice Party'
        return None
    if any(_POSSESSIVE.search(w) or not (w[:1].isupper() or w in _INSTITUTION_GLUE or w[:3] in ("al-", "el-"))
           for w in words) \
            or any(person_head(w) or w.lower().strip(".") in _PERSONAL_TITLES for w in words) or "and the" in name \
            or ((words[0].lower()[:-1] in PERSON_HEADS or words[0].lower() in PLURAL_HEADS)
                and words[1] in _INSTITUTION_GLUE) \
            or (words[-1].lower()[:-1] in PERSON_HEADS and not _body_for(words)) or words[-1].lower() in _PARTY_MEMBERS \
            or (words[-2].lower() in _GIVEN_NAMES and words[-1].lower() not in ORG_WORDS):
        # 'Members of Congress', 'House Republicans', 'Commissioner of Police Andy Tsang', 'the UN and the EU'
        return None
    return " ".join(words)
