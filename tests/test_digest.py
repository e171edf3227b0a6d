import random
from datetime import UTC, datetime, timedelta

from summarizer.digest import (
    Digest,
    DigestArticle,
    DigestStatement,
    compose_digest,
    group_stories,
)

T0 = datetime(2024, 6, 5, 6, 0, tzinfo=UTC)

QUAKE = """A strong earthquake shook the coastal city of Valmora before dawn on Tuesday, toppling old \
buildings and cutting power to tens of thousands of homes across the northern province.

Rescue teams worked through the morning to pull survivors from the rubble of a collapsed market hall, \
where night traders had been unloading fresh fish and vegetables when the ground started to move.

The regional governor said at least twelve people had died and more than eighty were injured, adding \
that the toll was likely to rise as crews reached the mountain villages cut off by landslides.

Seismologists at the national observatory measured the quake at magnitude 6.4 and warned residents to \
stay away from damaged walls because strong aftershocks could follow over the coming days."""

UKRAINE_GRAIN = """Ukraine and its European partners agreed on Wednesday to open a new rail corridor for \
grain exports, bypassing ports on the Black Sea that have come under repeated attack in recent months.

Officials in Kyiv said the first trains loaded with wheat and sunflower seeds would leave the western \
city of Lviv next week, heading for terminals in Poland and onward to buyers in North Africa.

Farmers have struggled to sell their harvest since shipping insurance costs soared, and warehouses \
near Odesa are still full of last year's corn, according to the national agrarian council.

The agriculture minister said the corridor could carry two million tonnes a month once new loading \
platforms at the border crossings were finished later this summer."""

UKRAINE_POWER = """Ukraine will ration electricity for households in Kyiv and several eastern regions \
after Russian missile strikes damaged two large power stations overnight, the national grid operator said.

Blackouts of up to four hours a day are planned for the coming weeks while engineers repair \
transformers and turbines, and hospitals will run on backup generators during the outages.

Officials urged residents to charge phones and torches in the morning and to avoid running washing \
machines and heaters in the evening, when demand on the weakened network is highest.

Energy companies in Poland and Romania have offered to increase emergency supplies across the border \
this month, the energy minister said in a televised briefing on Wednesday."""


def article(
    number: int,
    body: str,
    headline: str = "",
    outlet: str | None = "Outlet",
    summary: tuple[str, ...] = (),
    hours: int = 0,
) -> DigestArticle:
    when = T0 + timedelta(hours=hours)
    return DigestArticle(number, headline or f"Headline {number}", outlet, when, when, body, summary)


def statement(
    actor: str, text: str, number: int, kind: str = "direct", key: str | None = None
) -> DigestStatement:
    return DigestStatement(key, actor, text, kind, number, T0)


def numbers(groups: list[list[DigestArticle]]) -> list[list[int]]:
    return sorted(sorted(a.number for a in group) for group in groups)


def lightly_edited(body: str) -> str:
    """First paragraph dropped, a few words changed, an agency footer added."""
    paragraphs = body.split("\n\n")[1:]
    text = "\n\n".join(paragraphs)
    text = text.replace("Rescue teams", "Emergency crews").replace("twelve", "13").replace("likely", "expected")
    return text + "\n\n(Reuters)"


# --- grouping -------------------------------------------------------------------------------------


def test_exact_and_edited_copies_join_their_original() -> None:
    articles = [
        article(1, QUAKE, "Quake kills 12 in Valmora"),
        article(2, UKRAINE_GRAIN),
        article(3, QUAKE, "QUAKE KILLS 12 IN VALMORA", outlet="Other"),
        article(4, lightly_edited(QUAKE), "Deadly earthquake hits Valmora"),
    ]
    assert numbers(group_stories(articles)) == [[1, 3, 4], [2]]


def test_an_excerpt_joins_the_full_report() -> None:
    excerpt = "\n\n".join(QUAKE.split("\n\n")[1:3])
    articles = [article(1, excerpt, "Valmora quake: rescue under way"), article(2, QUAKE, "Valmora quake")]
    assert numbers(group_stories(articles)) == [[1, 2]]


def test_distinct_stories_on_the_same_topic_stay_apart() -> None:
    articles = [article(1, UKRAINE_GRAIN, "Ukraine opens rail route"), article(2, UKRAINE_POWER, "Kyiv rations power")]
    assert numbers(group_stories(articles)) == [[1], [2]]


def test_grouping_many_generated_articles_with_edited_copies() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(3000)]
    originals = [" ".join(rng.choices(vocabulary, k=150)) for _ in range(150)]
    copies = []
    for text in originals:
        tokens = text.split()[20:]  # lead dropped
        for k in rng.sample(range(len(tokens)), 4):
            tokens[k] = "changed"
        copies.append(" ".join(tokens) + " Source: Agency")
    articles = [article(i, t) for i, t in enumerate(originals)]
    articles += [article(1000 + i, t) for i, t in enumerate(copies)]
    assert numbers(group_stories(articles)) == [[i, 1000 + i] for i in range(150)]


def test_groups_keep_input_order() -> None:
    groups = group_stories([article(5, UKRAINE_POWER), article(2, QUAKE), article(9, UKRAINE_POWER)])
    assert [[a.number for a in g] for g in groups] == [[5, 9], [2]]


# --- stories --------------------------------------------------------------------------------------


def test_story_has_earliest_headline_outlets_and_numbers() -> None:
    articles = [
        article(4, QUAKE, "Later headline", outlet="AP", hours=3),
        article(7, lightly_edited(QUAKE), "Earliest headline", outlet="Reuters", hours=1),
        article(9, QUAKE, "Copy", outlet="reuters", hours=5),
    ]
    digest = compose_digest(articles, [], window_start=None, window_end=T0 + timedelta(days=1))
    (story,) = digest.stories
    assert story.headline == "Earliest headline"
    assert story.outlets == ("Reuters", "AP")
    assert story.article_numbers == (4, 7, 9)


def test_summary_has_no_repeated_sentences_and_at_most_three() -> None:
    articles = [
        article(1, QUAKE, summary=("A strong earthquake shook Valmora on Tuesday.", "At least twelve people died.")),
        article(
            2,
            QUAKE,
            outlet="Other",
            summary=(
                "A strong earthquake shook Valmora on Tuesday morning.",
                "At least twelve people died.",
                "The quake measured magnitude 6.4.",
                "Aftershocks could follow.",
            ),
        ),
    ]
    (story,) = compose_digest(articles, [], window_start=None, window_end=T0).stories
    assert story.summary == (
        "A strong earthquake shook Valmora on Tuesday.",
        "At least twelve people died.",
        "The quake measured magnitude 6.4.",
    )


def test_summary_falls_back_to_the_body() -> None:
    (story,) = compose_digest([article(1, QUAKE)], [], window_start=None, window_end=T0).stories
    assert 1 <= len(story.summary) <= 3
    assert all(sentence in " ".join(QUAKE.split()) for sentence in story.summary)


def test_stories_with_more_outlets_rank_first() -> None:
    articles = [
        article(1, UKRAINE_GRAIN, outlet="A"),
        article(2, QUAKE, outlet="A"),
        article(3, QUAKE, outlet="B"),
        article(4, QUAKE, outlet="C"),
        article(5, UKRAINE_POWER, outlet="A"),
        article(6, UKRAINE_POWER, outlet="B"),
    ]
    digest = compose_digest(articles, [], window_start=None, window_end=T0)
    assert [s.article_numbers for s in digest.stories] == [(2, 3, 4), (5, 6), (1,)]
    assert digest.stories[0].score > digest.stories[1].score > digest.stories[2].score


def test_watched_actor_lifts_a_story() -> None:
    articles = [article(1, UKRAINE_GRAIN), article(2, QUAKE, outlet="A"), article(3, QUAKE, outlet="B")]
    statements = [statement("Olena Koval", "Grain will move by rail.", 1, key="Q42")]
    unwatched = compose_digest(articles, statements, window_start=None, window_end=T0)
    watched = compose_digest(articles, statements, window_start=None, window_end=T0, watched=["q42"])
    assert [s.article_numbers for s in unwatched.stories] == [(2, 3), (1,)]
    assert [s.article_numbers for s in watched.stories] == [(1,), (2, 3)]
    assert watched.stories[0].watched_actors == ("Olena Koval",)


# --- statements -----------------------------------------------------------------------------------


def test_statements_two_per_actor_watched_first_direct_preferred() -> None:
    articles = [article(1, QUAKE), article(2, QUAKE, outlet="B"), article(3, UKRAINE_GRAIN)]
    statements = [
        statement("Governor Ana Ruiz", "At least twelve people have died.", 1),
        statement("Governor Ana Ruiz", "At least twelve people have died.", 2),  # a copy's repeat
        statement("Governor Ana Ruiz", "The toll is likely to rise.", 1, kind="reported"),
        statement("Governor Ana Ruiz", "Stay away from damaged walls.", 1, kind="mixed"),
        statement("Governor Ana Ruiz", "Crews are reaching the villages.", 2),
        statement("Minister Taras Bondar", "The corridor can carry two million tonnes.", 3, kind="reported"),
        statement("Observer Li", "It measured 6.4.", 1),
    ]
    digest = compose_digest(
        articles, statements, window_start=None, window_end=T0, watched=["minister taras bondar"]
    )
    chosen = [(s.actor_name, s.text) for s in digest.statements]
    assert chosen == [
        ("Minister Taras Bondar", "The corridor can carry two million tonnes."),
        ("Governor Ana Ruiz", "At least twelve people have died."),
        ("Observer Li", "It measured 6.4."),
        ("Governor Ana Ruiz", "Crews are reaching the villages."),
    ]
    # Under a tight cap every actor's best statement goes before anyone's second one.
    capped = compose_digest(
        articles, statements, window_start=None, window_end=T0, watched=["minister taras bondar"],
        max_statements=3,
    )
    assert [s.actor_name for s in capped.statements] == [
        "Minister Taras Bondar", "Governor Ana Ruiz", "Observer Li"
    ]


def test_statements_are_capped() -> None:
    articles = [article(1, QUAKE)]
    statements = [statement(f"Person {i}", f"Statement number {i} about the quake.", 1) for i in range(20)]
    digest = compose_digest(articles, statements, window_start=None, window_end=T0, max_statements=5)
    assert len(digest.statements) == 5


def test_statements_from_bigger_stories_come_first() -> None:
    articles = [article(1, UKRAINE_GRAIN), article(2, QUAKE, outlet="A"), article(3, QUAKE, outlet="B")]
    statements = [statement("Small", "About grain.", 1), statement("Big", "About the quake.", 3)]
    digest = compose_digest(articles, statements, window_start=None, window_end=T0)
    assert [s.actor_name for s in digest.statements] == ["Big", "Small"]


def test_empty_window() -> None:
    start, end = T0 - timedelta(days=1), T0
    digest = compose_digest([], [], window_start=start, window_end=end)
    assert digest == Digest(window_start=start, window_end=end, stories=(), statements=())
    assert group_stories([]) == []
