"""Cleaning of pasted page copy (summarizer/cleaning.py) and publication dates (summarizer/dates.py)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from summarizer.cleaning import fingerprint, normalize_text, parse_article
from summarizer.dates import find_date_line, parse_date


def paragraphs(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p]


# Headline ------------------------------------------------------------------------------------------


def test_first_line_is_the_headline_and_not_repeated_in_the_body() -> None:
    raw = (
        "Nordic ministers back joint cable protection plan\n\n"
        "The foreign ministers of the Nordic countries agreed on Wednesday to share surveillance of undersea cables.\n\n"
        "The plan will be presented to the other Baltic Sea states in the autumn, officials said."
    )
    parsed = parse_article(raw)
    assert parsed.headline == "Nordic ministers back joint cable protection plan"
    assert "Nordic ministers back joint cable protection plan" not in parsed.body
    assert paragraphs(parsed.body) == [
        "The foreign ministers of the Nordic countries agreed on Wednesday to share surveillance of undersea cables.",
        "The plan will be presented to the other Baltic Sea states in the autumn, officials said.",
    ]


def test_long_prose_first_line_gives_a_derived_headline_and_keeps_the_paragraph() -> None:
    first = (
        "The foreign ministers of the European Union agreed on Monday in Luxembourg to a new package of sanctions "
        "that targets banks, shipping firms and several senior officials of the regime. "
        "The package takes effect next week."
    )
    raw = f"{first}\n\nDiplomats said the talks had lasted more than nine hours."
    parsed = parse_article(raw)
    assert parsed.headline.endswith("…")
    assert len(parsed.headline) <= 120
    assert parsed.headline.startswith("The foreign ministers of the European Union agreed on Monday")
    assert paragraphs(parsed.body) == [first, "Diplomats said the talks had lasted more than nine hours."]


def test_short_prose_first_sentence_becomes_the_headline() -> None:
    raw = (
        "Talks resume in Geneva.\n\n"
        "Delegations from both sides returned to the negotiating table on Tuesday after a pause of three weeks."
    )
    parsed = parse_article(raw)
    # A first line ending with a full stop is prose: it names the article and stays in the body.
    assert parsed.headline == "Talks resume in Geneva."
    assert parsed.body.startswith("Talks resume in Geneva.\n\nDelegations from both sides")


def test_short_prose_first_paragraph_is_not_lost() -> None:
    raw = (
        "Ministers met in Luxembourg on Monday. They agreed on a new sanctions package against the regime.\n\n"
        "The package targets banks and shipping firms, diplomats said after the meeting."
    )
    parsed = parse_article(raw)
    assert "Ministers met in Luxembourg on Monday." in parsed.body
    assert "They agreed on a new sanctions package against the regime." in parsed.body
    assert parsed.headline


def test_single_paragraph_text_keeps_its_body() -> None:
    raw = (
        "The ministers met on Monday in Vienna and agreed to meet again next month. "
        "No joint statement was issued after the session."
    )
    parsed = parse_article(raw)
    assert parsed.headline == "The ministers met on Monday in Vienna and agreed to meet again next month."
    assert parsed.body == raw


def test_empty_text() -> None:
    parsed = parse_article("  \n\n \u200b \n")
    assert (parsed.headline, parsed.body, parsed.published, parsed.outlet) == ("", "", None, None)


def test_repeated_headline_lines_are_removed() -> None:
    raw = (
        "Baltic states call for permanent NATO air defence mission\n\n"
        "Baltic states call for permanent NATO air defence mission\n\n"
        "BALTIC STATES CALL FOR PERMANENT NATO AIR DEFENCE MISSION\n\n"
        "Estonia, Latvia and Lithuania asked allies on Tuesday to turn the rotating mission into a permanent one.\n\n"
        "Baltic states call for permanent NATO air defence mission"
    )
    parsed = parse_article(raw)
    assert parsed.headline == "Baltic states call for permanent NATO air defence mission"
    assert paragraphs(parsed.body) == [
        "Estonia, Latvia and Lithuania asked allies on Tuesday to turn the rotating mission into a permanent one."
    ]


@pytest.mark.parametrize(
    "split",
    [
        "Baltic states call for permanent\nNATO air defence mission",  # each line a piece of the headline
        "Baltic states call for permanent\n\nNATO air defence mission",
        "Baltic states call for permanent NATO\nair defence mission",  # lower-case continuation: joined again
    ],
)
def test_headline_split_across_two_lines_is_removed(split: str) -> None:
    raw = (
        "Baltic states call for permanent NATO air defence mission\n\n"
        f"{split}\n\n"
        "Estonia, Latvia and Lithuania asked allies on Tuesday to turn the rotating mission into a permanent one.\n\n"
        "The request will be discussed at the summit in July, diplomats said."
    )
    parsed = parse_article(raw)
    assert paragraphs(parsed.body) == [
        "Estonia, Latvia and Lithuania asked allies on Tuesday to turn the rotating mission into a permanent one.",
        "The request will be discussed at the summit in July, diplomats said.",
    ]


def test_prose_that_contains_headline_words_is_kept() -> None:
    raw = (
        "Air defence mission\n\n"
        "Allies discussed the air defence mission.\n\n"
        "The Baltic states want the air defence mission to become permanent, their ministers said on Tuesday."
    )
    parsed = parse_article(raw)
    assert "The Baltic states want the air defence mission to become permanent" in parsed.body


# Captions and duplicates ----------------------------------------------------------------------------


def test_doubled_photo_caption_is_removed_entirely() -> None:
    caption = "Estonian soldiers take part in an exercise near Tapa. Reuters"
    raw = (
        "Baltic states ask for more air defence\n\n"
        "Estonia, Latvia and Lithuania asked allies on Tuesday for more air defence systems.\n\n"
        f"{caption}\n\n{caption}\n\n"
        "The request will be discussed at the summit in July, diplomats said."
    )
    parsed = parse_article(raw)
    assert "Estonian soldiers" not in parsed.body
    assert paragraphs(parsed.body) == [
        "Estonia, Latvia and Lithuania asked allies on Tuesday for more air defence systems.",
        "The request will be discussed at the summit in July, diplomats said.",
    ]


def test_doubled_caption_without_final_punctuation_is_removed() -> None:
    caption = "President Ursula von der Leyen at a press conference in Brussels"
    raw = (
        "Commission unveils new defence fund\n\n"
        f"{caption}\n{caption}\n\n"
        "The European Commission presented a new fund for joint arms purchases on Wednesday."
    )
    parsed = parse_article(raw)
    assert "von der Leyen" not in parsed.body
    assert parsed.body == "The European Commission presented a new fund for joint arms purchases on Wednesday."


def test_doubled_real_sentence_keeps_one_copy() -> None:
    sentence = "The measures will take effect next week, officials said in a statement."
    raw = (
        "EU agrees new sanctions\n\n"
        "Ministers of the European Union agreed on Monday to a new package of sanctions.\n\n"
        f"{sentence}\n\n{sentence}\n\n"
        "Diplomats expect more measures to follow before the end of the year."
    )
    parsed = parse_article(raw)
    assert parsed.body.count(sentence) == 1
    assert paragraphs(parsed.body)[1] == sentence


# Furniture -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Comment",
        "Similar Posts",
        "Read Entire Article Source",
        "To remove this article - Removal Request",
        "source site-34",
        "6 months ago 285",
        ".",
        "Advertisement",
        "1,204 views",
        "Share this article",
    ],
)
def test_boilerplate_line_is_dropped(line: str) -> None:
    raw = (
        "Finland opens new border crossing point\n\n"
        "Finland reopened one of its crossing points on the eastern border on Thursday, the interior ministry said.\n\n"
        f"{line}\n\n"
        "Officials said the situation would be reviewed every two weeks."
    )
    parsed = parse_article(raw)
    assert paragraphs(parsed.body) == [
        "Finland reopened one of its crossing points on the eastern border on Thursday, the interior ministry said.",
        "Officials said the situation would be reviewed every two weeks.",
    ]


def test_tail_after_similar_posts_is_cut() -> None:
    raw = (
        "Finland opens new border crossing point\n\n"
        "Finland reopened one of its crossing points on the eastern border on Thursday, the interior ministry said.\n\n"
        "Similar Posts\n\n"
        "Sweden joins the alliance\n\n"
        "Norway boosts arctic patrols\n\n"
        "Denmark signs defence deal"
    )
    parsed = parse_article(raw)
    assert parsed.body == (
        "Finland reopened one of its crossing points on the eastern border on Thursday, the interior ministry said."
    )


def test_prose_after_a_tail_marker_is_not_cut() -> None:
    raw = (
        "Finland opens new border crossing point\n\n"
        "Finland reopened one of its crossing points on the eastern border on Thursday.\n\n"
        "Read more\n\n"
        "The interior minister said the decision would be reviewed every two weeks depending on the situation."
    )
    parsed = parse_article(raw)
    assert "The interior minister said the decision would be reviewed" in parsed.body


# Outlet, agencies, datelines --------------------------------------------------------------------------


def test_source_line_gives_the_outlet() -> None:
    raw = (
        "Seoul and Brussels launch strategic dialogue\n\n"
        "The European Union and South Korea held their first strategic dialogue in Seoul on Sunday.\n\n"
        "Source: koreatimes.co.kr"
    )
    parsed = parse_article(raw)
    assert parsed.outlet == "koreatimes.co.kr"
    assert "koreatimes" not in parsed.body
    assert parsed.agencies == ()


def test_trailing_agency_tag_gives_agency_and_outlet_and_leaves_the_sentence() -> None:
    raw = (
        "EU foreign policy chief visits Seoul\n\n"
        "The European Union's foreign policy chief arrived in Seoul on Sunday for talks on security.\n\n"
        "He also met the foreign minister to sign a security and defence partnership. (Yonhap)"
    )
    parsed = parse_article(raw)
    assert parsed.agencies == ("Yonhap",)
    assert parsed.outlet == "Yonhap"
    assert "(Yonhap)" not in parsed.body
    assert paragraphs(parsed.body)[-1] == "He also met the foreign minister to sign a security and defence partnership."


def test_source_line_outlet_wins_over_agency() -> None:
    raw = (
        "EU foreign policy chief visits Seoul\n\n"
        "The European Union's foreign policy chief arrived in Seoul on Sunday for talks on security. (Yonhap)\n\n"
        "Source: koreatimes.co.kr"
    )
    parsed = parse_article(raw)
    assert parsed.outlet == "koreatimes.co.kr"
    assert parsed.agencies == ("Yonhap",)


def test_unknown_parenthesis_at_end_is_not_an_agency() -> None:
    raw = (
        "Parliament votes on budget\n\n"
        "The parliament approved the budget with a large majority on Friday (Mr Smith abstained)\n\n"
        "The vote followed two days of debate on defence and energy spending in the chamber."
    )
    parsed = parse_article(raw)
    assert parsed.agencies == ()
    assert "(Mr Smith abstained)" in parsed.body


def test_wire_dateline_is_stripped_and_gives_the_agency() -> None:
    raw = (
        "NATO to expand Baltic air policing\n\n"
        "BRUSSELS (Reuters) - NATO will expand its air policing mission over the Baltic states, diplomats said on Friday.\n\n"
        "The decision is expected to be confirmed at the summit."
    )
    parsed = parse_article(raw)
    assert parsed.agencies == ("Reuters",)
    assert parsed.outlet == "Reuters"
    assert paragraphs(parsed.body)[0] == (
        "NATO will expand its air policing mission over the Baltic states, diplomats said on Friday."
    )
    assert "BRUSSELS" not in parsed.body


def test_lone_capitalised_dateline_is_dropped() -> None:
    raw = (
        "Ministers review northern cooperation\n\n"
        "BRUSSELS\n\n"
        "The European Union and Canada agreed on Thursday to deepen their cooperation in the Arctic.\n\n"
        "NATO\n\n"
        "Officials said the next meeting would take place in Ottawa."
    )
    parsed = parse_article(raw)
    assert paragraphs(parsed.body) == [
        "The European Union and Canada agreed on Thursday to deepen their cooperation in the Arctic.",
        "Officials said the next meeting would take place in Ottawa.",
    ]


# Dates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-01-20 18:53:34", datetime(2022, 1, 20, 18, 53, 34)),
        ("2022-01-20", datetime(2022, 1, 20)),
        ("January 20, 2022", datetime(2022, 1, 20)),
        ("Jan. 20, 2022 6:53 PM", datetime(2022, 1, 20, 18, 53)),
        ("Jan. 20, 2022 12:00 PM", datetime(2022, 1, 20, 12, 0)),
        ("Sept. 3, 2021 12:05 a.m.", datetime(2021, 9, 3, 0, 5)),
        ("20 January 2022", datetime(2022, 1, 20)),
        ("3rd March 2021", datetime(2021, 3, 3)),
        ("Published: Thursday, January 20, 2022", datetime(2022, 1, 20)),
        ("Updated on 20 Jan 2022 09:15", datetime(2022, 1, 20, 9, 15)),
        ("20.01.2022", datetime(2022, 1, 20)),
        ("2022-01-20T18:53:34Z", datetime(2022, 1, 20, 18, 53, 34, tzinfo=UTC)),
        ("2022-01-20T18:53:34+02:00", datetime(2022, 1, 20, 18, 53, 34, tzinfo=timezone(timedelta(hours=2)))),
        (
            "2022-01-20T18:53:34.250-05:30",
            datetime(2022, 1, 20, 18, 53, 34, tzinfo=timezone(-timedelta(hours=5, minutes=30))),
        ),
        ("Jan 20, 2022 at 6:53 pm GMT", datetime(2022, 1, 20, 18, 53, tzinfo=UTC)),
    ],
)
def test_parse_date_formats(text: str, expected: datetime) -> None:
    got = parse_date(text)
    assert got == expected
    assert (got.tzinfo is None) == (expected.tzinfo is None)
    if expected.tzinfo is not None:
        assert got.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text",
    [
        "2022-02-30",  # no such day
        "The talks ended on January 20, 2022.",  # a sentence mentioning a date
        "January 2022",
        "Foreign ministers meet in Brussels",
        "",
    ],
)
def test_parse_date_refuses_non_dates(text: str) -> None:
    assert parse_date(text) is None


def test_find_date_line_takes_the_date_out() -> None:
    when, rest = find_date_line(["Headline", "20 January 2022", "The body sentence."])
    assert when == datetime(2022, 1, 20)
    assert rest == ["Headline", "The body sentence."]


def test_find_date_line_only_looks_near_the_top() -> None:
    paras = [f"Paragraph {i} of the article text." for i in range(6)] + ["20 January 2022"]
    assert find_date_line(paras) == (None, paras)


def test_article_date_line_becomes_published() -> None:
    raw = (
        "Ministers review northern cooperation\n\n"
        "Published: Thursday, January 20, 2022\n\n"
        "The European Union and Canada agreed on Thursday to deepen their cooperation in the Arctic."
    )
    parsed = parse_article(raw)
    assert parsed.published == datetime(2022, 1, 20)
    assert "2022" not in parsed.body


# Fingerprint --------------------------------------------------------------------------------------------


def test_fingerprint_ignores_case_spacing_and_quote_style() -> None:
    base = 'Borrell said: "We need a united response." The EU\'s partners agreed.'
    variants = [
        "BORRELL SAID: “WE NEED A UNITED RESPONSE.” THE EU’S PARTNERS AGREED.",
        "borrell   said:\n\n'we need a united response.'\tthe eu's partners agreed.",
        "  Borrell said: «We need a united response.» The EU’s partners agreed.  ",
    ]
    for variant in variants:
        assert fingerprint(variant) == fingerprint(base)


def test_fingerprint_differs_for_different_texts() -> None:
    a = "Borrell said the bloc would present a new strategy before the summer."
    b = "Borrell said the bloc would present a new strategy before the autumn."
    c = "the bloc would present a new strategy before the summer Borrell said"
    assert len({fingerprint(a), fingerprint(b), fingerprint(c)}) == 3
    assert re.fullmatch(r"[0-9a-f]{64}", fingerprint(a))


def test_normalize_text() -> None:
    raw = "\ufeffLine\u00a0one  with   spaces\r\nLine two\u200b\rLine three\n\n"
    assert normalize_text(raw) == "Line one with spaces\nLine two\nLine three"


# Property: no real sentence is lost -------------------------------------------------------------------

PAGE_COPIES: list[tuple[str, list[str]]] = [
    (
        """Moldova asks EU for faster accession talks

Moldova asks EU for faster accession talks

Share this article

2023-11-08 10:42:17

CHISINAU (Reuters) - Moldova's president asked European Union leaders on Wednesday to open accession negotiations before the end of the year.

"We have done our homework and we expect the Union to do its part," the president told reporters in Chisinau.

President Maia Sandu speaks to the press in Chisinau. AP Photo

President Maia Sandu speaks to the press in Chisinau. AP Photo

The European Commission is due to publish its assessment of the candidate countries next week.

Officials in Brussels said the report would recognise progress on judicial reform. It would also list the remaining conditions.

Leave a Comment

Similar Posts

Georgia's candidacy in focus

Ukraine reform tracker
""",
        [
            "Moldova's president asked European Union leaders on Wednesday to open accession negotiations before the end of the year.",
            '"We have done our homework and we expect the Union to do its part," the president told reporters in Chisinau.',
            "The European Commission is due to publish its assessment of the candidate countries next week.",
            "Officials in Brussels said the report would recognise progress on judicial reform.",
            "It would also list the remaining conditions.",
        ],
    ),
    (
        """Japan and Philippines sign defence pact
6 months ago 285
TOKYO
Japan and the Philippines signed an agreement on Monday that allows their troops to train on each other's territory.
The pact still needs to be ratified by both parliaments.
Defence officials said the first joint exercise could take place next spring. (Kyodo)
Read Entire Article Source
To remove this article - Removal Request
source site-34
""",
        [
            "Japan and the Philippines signed an agreement on Monday that allows their troops to train on each other's territory.",
            "The pact still needs to be ratified by both parliaments.",
            "Defence officials said the first joint exercise could take place next spring.",
        ],
    ),
    (
        """Senate delays vote on aid package

Published: Thursday, January 20, 2022

.

The Senate postponed a vote on the foreign aid package on Thursday after a dispute over border provisions.

Leaders of both parties said they hoped to hold the vote next week.

Leaders of both parties said they hoped to hold the vote next week.

"This is not the end of the road," the majority leader said. "We will get this done."

Advertisement

The package includes military aid for allies and humanitarian funds for civilians in conflict zones.
Some senators
want the border measures removed entirely, aides said.

Source: example-capitol-news.com
""",
        [
            "The Senate postponed a vote on the foreign aid package on Thursday after a dispute over border provisions.",
            "Leaders of both parties said they hoped to hold the vote next week.",
            '"This is not the end of the road," the majority leader said.',
            '"We will get this done."',
            "The package includes military aid for allies and humanitarian funds for civilians in conflict zones.",
            "Some senators want the border measures removed entirely, aides said.",
        ],
    ),
    (
        """African Union names new envoy for the Sahel
The African Union named a former foreign minister as its special envoy for the Sahel on Friday.
Photo: The African Union headquarters in Addis Ababa
The envoy will travel to Niamey, Bamako and Ouagadougou in the coming weeks.
ADDIS ABABA (AFP) - Diplomats said the appointment had been delayed by disagreements among member states.
1,204 views
""",
        [
            "The African Union named a former foreign minister as its special envoy for the Sahel on Friday.",
            "The envoy will travel to Niamey, Bamako and Ouagadougou in the coming weeks.",
            "Diplomats said the appointment had been delayed by disagreements among member states.",
        ],
    ),
]


@pytest.mark.parametrize(("raw", "sentences"), PAGE_COPIES, ids=["moldova", "japan", "senate", "sahel"])
def test_no_real_sentence_is_lost(raw: str, sentences: list[str]) -> None:
    parsed = parse_article(raw)
    body = " ".join(parsed.body.split())
    for sentence in sentences:
        assert sentence in body, sentence
    # and the furniture is gone
    for junk in ("Leave a Comment", "Similar Posts", "Removal Request", "site-34", "months ago", "views", "Photo"):
        assert junk not in parsed.body
    assert parsed.headline and parsed.headline not in parsed.body


def test_page_copy_metadata() -> None:
    moldova = parse_article(PAGE_COPIES[0][0])
    assert moldova.headline == "Moldova asks EU for faster accession talks"
    assert moldova.published == datetime(2023, 11, 8, 10, 42, 17)
    assert moldova.outlet == "Reuters"
    japan = parse_article(PAGE_COPIES[1][0])
    assert japan.agencies == ("Kyodo",)
    senate = parse_article(PAGE_COPIES[2][0])
    assert senate.outlet == "example-capitol-news.com"
    assert senate.published == datetime(2022, 1, 20)
    assert senate.body.count("Leaders of both parties said they hoped to hold the vote next week.") == 1


# Bugs: prose taken for furniture -------------------------------------------------------------------------

_INTRO = "Ministers review the budget\n\nThe ministers met on Monday and agreed to meet again next month in Vienna.\n\n"


def test_prose_starting_with_copyright_is_kept() -> None:
    sentence = "Copyright law was reformed by the parliament on Tuesday, the minister said."
    assert sentence in parse_article(_INTRO + sentence).body


def test_prose_starting_with_posted_in_is_kept() -> None:
    sentence = "Posted in Brussels for six years, the ambassador knows the city well."
    assert sentence in parse_article(_INTRO + sentence).body


def test_doubled_prose_sentence_mentioning_a_photo_keeps_one_copy() -> None:
    sentence = "The minister posted a photo of the meeting with his counterpart."
    assert parse_article(f"{_INTRO}{sentence}\n\n{sentence}").body.count(sentence) == 1
