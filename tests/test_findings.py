"""Beliefs and findings ('polls show', 'experts believe'): kept and marked, never counted as something said."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.actor_registry import load_actor_records
from service.core import Attache
from service.export import export_records
from service.ingest import Incoming
from store import Store
from store.db import schema_version
from store.migrations import MIGRATIONS
from summarizer.actors import ActorRegistry
from summarizer.pipeline import analyse
from summarizer.statements import extract_statements
from tests.olddb import close, old_database

ARTICLE = """EU ministers extend sanctions

Josep Borrell said on Monday that the European Union would extend its sanctions for another six months. Polls show \
that most Europeans back the sanctions. The World Health Organization expects that the outbreak will peak in the \
spring.

"We will not look away," Borrell told reporters in Brussels after the meeting of foreign ministers ended."""


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.from_records(load_actor_records())


def said(text: str, registry: ActorRegistry) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.cue, s.text) for s in extract_statements(text, None, registry, include_findings=True)
            if not s.is_speech]


# Extraction ------------------------------------------------------------------------------------------


def test_findings_are_marked_in_article_order_and_leave_statements_as_they_are(registry: ActorRegistry) -> None:
    body = ARTICLE.split("\n\n", 1)[1]
    plain = extract_statements(body, None, registry)
    marked = extract_statements(body, None, registry, include_findings=True)
    assert [s for s in marked if s.is_speech] == plain
    assert [(s.speaker, s.is_speech) for s in marked] == [
        ("Josep Borrell", True), ("Polls", False), ("The World Health Organization", False), ("Borrell", True)
    ]
    assert [s.start for s in marked] == sorted(s.start for s in marked)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polls show a close race in the state.", [("Polls", "show", "a close race in the state")]),
        ("If all goes well, Iran can expect more in return for transparency.",
         [("Iran", "expect", "more in return for transparency")]),
        # The writer's comment after what the record shows is not part of it.
        ("Video shows that Crutcher had his hands in the air, contradicting the police account of the shooting.",
         [("Video", "shows", "that Crutcher had his hands in the air")]),
        ("Polls show a close contest in the state, where 18 electoral votes are up for grabs.",
         [("Polls", "show", "a close contest in the state")]),
        # 'shows' without 'that' after a finding noun; the participle of publication is not part of the name
        ("The poll shows Mayor Hale leading his rival by five points.",
         [("The poll", "shows", "Mayor Hale leading his rival by five points")]),
        ("A poll released Friday shows that the mayor leads his rival by five points.",
         [("A poll", "shows", "that the mayor leads his rival by five points")]),
        ("The state average of polls shows the mayor ahead by three points.",
         [("The state average of polls", "shows", "the mayor ahead by three points")]),
        ("Video of the arrest shows him with his hands raised, but the officer said he had refused to stop.",
         [("Video of the arrest", "shows", "him with his hands raised")]),
    ],
)
def test_findings_found(text: str, expected: list[tuple[str, str, str]], registry: ActorRegistry) -> None:
    assert said(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 'show' the noun, with a singular subject and no modal
        "For those who hoped to snap a selfie at her Serpentine show, bitter disappointment awaits them.",
        "It is an insider look at what happens when a big-budget Broadway show comes together on stage.",
        # a phrasal verb or a participle
        "The real Trump showed up at the debate on Monday night.",
        "CNN could not reach the prison where the note found in Northern Ireland allegedly came from.",
        # found where one is or what one does; a thought with nothing held true
        "Very early one morning I found myself at the Freud museum in Vienna.",
        "Lloyd, 27, found ways to keep smiling outside the family home.",
        "Then he thought about Davis and actually said her name.",
        "It was complete sensory overload. In fact, I'm still thinking about it.",
        "The President could easily find himself forced to send more troops than he expected.",
        "Serry walked and sought refuge for hours in a cafe, swarmed by protesters.",
        "And, of course, there's his new-found television talent.",
    ],
)
def test_no_finding(text: str, registry: ActorRegistry) -> None:
    assert said(text, registry) == []


def test_analysed_article_keeps_findings_apart(registry: ActorRegistry) -> None:
    analysed = analyse(ARTICLE, registry)
    assert [s.speaker for s in analysed.statements] == ["Josep Borrell", "Borrell"]
    assert [(s.speaker, s.actor_key) for s in analysed.findings] == [
        ("Polls", None), ("The World Health Organization", "who")
    ]
    # The actor of a finding is named in the article: mentioned, though never quoted.
    assert {"josep-borrell", "who"} <= analysed.mentioned


# Storage and the use-cases ---------------------------------------------------------------------------


def test_ingest_stores_findings_marked_and_only_statements_count(attache: Attache) -> None:
    outcome = attache.ingest(Incoming(text=ARTICLE, library="chat:1"))
    assert outcome.status == "saved"
    assert outcome.speakers == (("Josep Borrell", 2),)  # the ingest reply names who spoke

    [record] = list(export_records(attache.store, "chat:1"))
    assert [(s["speaker"], s["finding"]) for s in record["statements"]] == [
        ("Josep Borrell", False), ("Polls", True), ("The World Health Organization", True), ("Borrell", False)
    ]

    who = attache.who("chat:1", "World Health Organization")
    assert who.actor is not None and who.actor.key == "who"
    assert who.total == 0 and who.statements == ()  # expecting is not saying
    assert [n for n, _, _ in who.mentioned_in] == [outcome.article.no]
    assert attache.who("chat:1", "Borrell").total == 2
    assert {a.key: said for a, said, _ in attache.actors("chat:1")}.get("who", 0) == 0
    assert [c.key for c in attache.most_quoted("chat:1")] == ["josep-borrell"]

    digest = attache.digests.compose("chat:1", None, "9999-01-01T00:00:00", [])
    assert sorted(s.text for s in digest.statements) == [
        '"We will not look away,"', "that the European Union would extend its sanctions for another six months"
    ]  # who said what: no poll, no expectation


def test_upgrade_adds_the_mark_to_stored_statements(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    old = old_database(path, 3)
    old.execute("INSERT INTO articles (library, no, fingerprint, headline, body, saved_at, analysed)"
                " VALUES ('shared', 1, 'x', 'Old', 'Old body.', '2022-01-01T00:00:00', 1)")
    old.execute("INSERT INTO statements (article_id, library, actor_key, speaker, cue, text, kind, position, published,"
                " saved_at) VALUES (1, 'shared', 'josep-borrell', 'Borrell', 'said', 'We act.', 'direct', 0,"
                " '2022-01-01', '2022-01-01T00:00:00')")
    close(old)

    s = Store(path)
    try:
        assert schema_version(s.database.db) == len(MIGRATIONS)
        assert s.statements.count_by_actor("shared", ["josep-borrell"]) == 1
        [kept] = s.statements.by_actor("shared", ["josep-borrell"], limit=5)
        assert kept.text == "We act." and kept.finding is False
        plan = " ".join(str(r) for r in s.database.db.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM statements WHERE library = 'shared'"
            " AND actor_key IN ('josep-borrell') AND finding = 0").fetchall())
        assert "statements_by_actor" in plan  # the partial index serves what /who counts
    finally:
        s.close()


def test_a_credit_after_a_shown_thing_keeps_the_statement(registry: ActorRegistry) -> None:
    text = ("Phone video released by police shows the moments before the shots were fired, the local station "
            "KXYZ reported. The footage shows reporter Tom Brant asking the mayor why he \"was hiding.\"")
    marked = extract_statements(text, None, registry, include_findings=True)
    assert [(s.speaker, s.cue, s.is_speech) for s in marked] == [
        ("the local station KXYZ", "reported", True), ("Tom Brant", "asking", True)]


def test_a_record_from_a_place_is_no_person(registry: ActorRegistry) -> None:
    [video] = extract_statements("Video from the scene shows burned-out cars and walls pocked by bullets.", None,
                                 registry, include_findings=True)
    assert (video.actor_name, video.actor_kind, video.is_speech) == ("Video from the scene", "group", False)


def test_a_poll_share_with_a_number_is_a_finding(registry: ActorRegistry) -> None:
    text = "Clinton leads by five points. Another 19 percent said they would not pick either candidate."
    assert said(text, registry) == [("Another 19 percent", "said", "they would not pick either candidate")]
    assert [s for s in extract_statements(text, None, registry) if s.is_speech] == []
