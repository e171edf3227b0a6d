"""Turn text copied from a news web page into a clean article: headline, date, outlet, body.

Pasted and forwarded articles carry page furniture (repeated headlines, doubled photo captions,
"Similar Posts", view counters, removal-request footers). The rules below remove it line by line and
never touch a paragraph that reads like article prose.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from summarizer.dates import find_date_line

AGENCIES = {
    "reuters": "Reuters",
    "ap": "AP",
    "associated press": "Associated Press",
    "afp": "AFP",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "aa": "Anadolu Agency",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "ukrinform": "Ukrinform",
    "unian": "UNIAN",
    "bloomberg": "Bloomberg",
    "upi": "UPI",
}

# Whole lines that are page furniture, never article prose.
_BOILERPLATE = re.compile(
    r"""^(?:
        leave\ a\ (?:comment|reply)
      | similar\ posts | related\ (?:posts|articles|stories|news) | you\ may\ also\ like | more\ from\ .{1,40}
      | read\ (?:entire\ article\ source|the\ full\ (?:article|story)|more|next)
      | to\ remove\ this\ article\b.* | removal\ request
      | source\ site-\d+
      | share\ (?:this(?:\ article|\ story)?|on\ \w+) | advertisement | sponsored(?:\ content)?
      | click\ here\b.{0,80} | sign\ up\b.{0,60}newsletter.* | subscribe\b.{0,60}
      | follow\ us\ on\ .{1,60} | (?:posted|filed)\ (?:in|under)\b[^.!?]{0,80} | tags?:.{0,200}
      | ©.{0,120} | copyright\ (?:©|\(c\)|\d{4}).{0,120} | all\ rights\ reserved\.?
      | \d+\ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\ ago(?:\s+[\d,.]+[km]?)?
      | [\d,.]+[km]?\ (?:views?|reads?|comments?|shares?)
      | (?:photo|image|file\ photo|video)\s*:.{0,150}
      | [\W_]{1,3}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Lines after which the rest of a page is usually link lists, when what follows is short.
_TAIL_MARKERS = re.compile(
    r"^(?:similar\ posts|related\ (?:posts|articles|stories)|you\ may\ also\ like|leave\ a\ (?:comment|reply)"
    r"|more\ from\ .{1,40}|read\ more|comments?)$",
    re.IGNORECASE | re.VERBOSE,
)

_SOURCE_LINE = re.compile(r"^(?:source|via|originally published (?:at|by|on))\s*[:\-–]\s*(?P<outlet>\S.{0,80})$", re.I)
_TRAILING_AGENCY = re.compile(r"\s*\((?P<agency>[A-Z][A-Za-z .-]{1,30})\)\s*$")
_LEADING_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .,'-]{1,40})?\s*\((?P<agency>[A-Z][A-Za-z .-]{1,30})\)\s*[-–—]+\s*"
)
_PHOTO_CREDIT = re.compile(
    r"(?:\b(?:AP|AFP|Reuters|Yonhap|EPA|Getty Images|Xinhua|TASS|Anadolu)(?:[-/][A-Za-z]+)*|\bphoto\s*(?:by|:|/|credit).{0,40})\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)]*$""")
_WS = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class ParsedArticle:
    headline: str
    body: str
    published: datetime | None
    outlet: str | None
    agencies: tuple[str, ...] = ()


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def fingerprint(text: str) -> str:
    """Identity of an article's wording, blind to case, punctuation, quotes and spacing."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    tokens = re.findall(r"\w+", folded)
    return hashlib.sha256(" ".join(tokens).encode()).hexdigest()


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks; single line breaks inside a block of prose are joined."""
    blocks = re.split(r"\n\s*\n", text)
    out: list[str] = []
    for block in blocks:
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        # Pasted pages often lose blank lines: keep each line as its own paragraph unless the
        # line is a broken-up sentence (ends without punctuation and the next starts lower-case).
        current = lines[0]
        for line in lines[1:]:
            if not _SENTENCE_END.search(current) and line[:1].islower():
                current = f"{current} {line}"
            else:
                out.append(current)
                current = line
        out.append(current)
    return out


def _is_prose(paragraph: str) -> bool:
    return bool(_SENTENCE_END.search(paragraph)) and len(paragraph.split()) >= 6


def _looks_like_headline(line: str) -> bool:
    """Headlines rarely end with a full stop; a first line that does is the article's first paragraph."""
    ends_with_stop = bool(re.search(r"""[.…]["'”’)]*$""", line))
    return len(line) <= 220 and len(line.split()) <= 30 and not ends_with_stop


def _norm(line: str) -> str:
    return re.sub(r"\W+", " ", line.casefold()).strip()


def _drop_headline_repeats(paragraphs: list[str], headline: str) -> list[str]:
    head = _norm(headline)
    kept = []
    for p in paragraphs:
        n = _norm(p)
        # The headline again, or a line the page split the headline into.
        if n == head or (len(n) >= 12 and not _is_prose(p) and n in head):
            continue
        kept.append(p)
    return kept


def _drop_captions(paragraphs: list[str]) -> list[str]:
    """Photo captions appear twice in a row in copied pages; article paragraphs do not."""
    kept: list[str] = []
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        j = i
        while j + 1 < len(paragraphs) and paragraphs[j + 1] == p:
            j += 1
        if j > i:
            if not (_PHOTO_CREDIT.search(p) or not _SENTENCE_END.search(p)):
                kept.append(p)
        else:
            kept.append(p)
        i = j + 1
    return kept


def _cut_tail(paragraphs: list[str]) -> list[str]:
    for i, p in enumerate(paragraphs):
        if _TAIL_MARKERS.match(p) and all(len(q) < 120 and not _is_prose(q) for q in paragraphs[i + 1 :]):
            return paragraphs[:i]
    return paragraphs


def _agency(name: str) -> str | None:
    return AGENCIES.get(name.strip().casefold())


def parse_article(raw: str) -> ParsedArticle:
    """Parse pasted article text. The first line is the headline when it reads like one."""
    text = normalize_text(raw)
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return ParsedArticle(headline="", body="", published=None, outlet=None)

    first = paragraphs[0]
    if _looks_like_headline(first) and len(paragraphs) > 1:
        headline, rest = first, _drop_headline_repeats(paragraphs[1:], first)
    else:
        headline, rest = _headline_from_prose(first), paragraphs

    published, rest = find_date_line(rest)
    outlet: str | None = None
    agencies: list[str] = []
    body: list[str] = []
    for p in _cut_tail(_drop_captions(rest)):
        source = _SOURCE_LINE.match(p)
        if source:
            outlet = outlet or source.group("outlet").strip().rstrip(".")
            continue
        if _BOILERPLATE.match(p) or _is_dateline_only(p):
            continue
        p, found = _strip_agency_tags(p)
        agencies.extend(found)
        if p:
            body.append(p)
    agencies = list(dict.fromkeys(agencies))
    if outlet is None and agencies:
        outlet = agencies[0]
    return ParsedArticle(
        headline=headline.strip(),
        body="\n\n".join(body),
        published=published,
        outlet=outlet,
        agencies=tuple(agencies),
    )


def _is_dateline_only(p: str) -> bool:
    """A lone place name in capitals ("BRUSSELS") that opens wire copy."""
    return p.isupper() and len(p.split()) <= 3 and not _SENTENCE_END.search(p)


def _strip_agency_tags(p: str) -> tuple[str, list[str]]:
    found: list[str] = []
    m = _TRAILING_AGENCY.search(p)
    if m and (name := _agency(m.group("agency"))):
        found.append(name)
        p = p[: m.start()].rstrip()
    m = _LEADING_DATELINE.match(p)
    if m and (name := _agency(m.group("agency"))):
        found.append(name)
        p = p[m.end() :].lstrip()
    return p, found


def _headline_from_prose(paragraph: str) -> str:
    first = re.split(r"(?<=[.!?])\s+", paragraph, maxsplit=1)[0]
    if len(first) <= 120:
        return first
    cut = first[:117].rsplit(" ", 1)[0]
    return f"{cut}…"
