from datetime import date

import pytest

from config.actor_registry import load_actor_records
from summarizer.actors import Actor, ActorRegistry, Role, normalize
from summarizer.name_forms import after_place


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.from_records(load_actor_records())


def test_registry_has_enough_valid_actors(registry: ActorRegistry) -> None:
    records = load_actor_records()
    assert len(records) >= 80
    assert len({r["key"] for r in records}) == len(records)
    for actor in registry:
        assert actor.kind in {"person", "organization", "group"}
        assert actor.gender in {"m", "f", None}
        if actor.kind != "person":
            assert actor.gender is None
        for role in actor.roles:
            assert role.title and role.phrases
            if role.start and role.end:
                assert role.start < role.end, actor.key
    for key in ("josep-borrell", "kaja-kallas", "melanie-joly", "sergey-lavrov", "volodymyr-zelensky",
                "sergei-ryabkov", "cho-tae-yul", "kim-jong-un", "european-union", "nato", "kremlin"):
        assert registry.get(key) is not None, key


def test_lookup_by_canonical_alias_and_surname(registry: ActorRegistry) -> None:
    assert registry.lookup("Josep Borrell").actors[0].key == "josep-borrell"
    assert registry.lookup("Sergei Lavrov").actors[0].key == "sergey-lavrov"
    assert registry.lookup("Zelenskyy").actors[0].key == "volodymyr-zelensky"
    assert registry.lookup("Riabkov").actors[0].key == "sergei-ryabkov"
    assert registry.lookup("Stoltenberg").actors[0].key == "jens-stoltenberg"
    assert registry.lookup("melanie joly").actors[0].key == "melanie-joly"  # accents and case ignored


def test_lookup_by_the_last_words_of_a_compound_surname() -> None:
    registry = ActorRegistry.from_records(load_actor_records())
    registry.add(Actor("found:amlo", "Andres Manuel Lopez Obrador", "person", None, (), ()))
    registry.add(Actor("found:lopez", "Maria Lopez", "person", None, (), ()))
    assert [a.key for a in registry.lookup("Lopez Obrador").actors] == ["found:amlo"]
    assert [a.key for a in registry.lookup("manuel lopez obrador").actors] == ["found:amlo"]
    assert [a.key for a in registry.lookup("Lopez").actors] == ["found:lopez"]  # a surname is its last word
    assert registry.lookup("Maria Obrador").actors == ()  # not a tail of any name


def test_lookup_role_phrase_gives_holder_on_date_and_earlier_holders(registry: ActorRegistry) -> None:
    res = registry.lookup("the EU's top diplomat", on=date(2025, 3, 1))
    assert [a.key for a in res.actors] == ["kaja-kallas"]
    assert [a.key for a in res.earlier_holders] == ["josep-borrell"]
    res = registry.lookup("EU foreign policy chief", on=date(2022, 6, 1))
    assert [a.key for a in res.actors] == ["josep-borrell"]
    assert res.earlier_holders == ()


def test_holder_switches_on_the_change_date(registry: ActorRegistry) -> None:
    assert registry.holder("High Representative", date(2024, 11, 30)).key == "josep-borrell"
    assert registry.holder("High Representative", date(2024, 12, 1)).key == "kaja-kallas"
    assert registry.holder("NATO chief", date(2024, 10, 2)).key == "mark-rutte"
    assert registry.holder("NATO chief", date(2010, 1, 1)) is None


def test_near_miss_suggestions(registry: ActorRegistry) -> None:
    res = registry.lookup("Borel")
    assert res.actors == ()
    assert res.suggestions[0].key == "josep-borrell"
    assert registry.lookup("Stoltenburg").suggestions[0].key == "jens-stoltenberg"
    assert registry.lookup("Xyzzy Plover").suggestions == ()


def test_add_operator_actor_and_replace() -> None:
    reg = ActorRegistry([])
    reg.add(Actor(key="jane-roe", name="Jane Roe", kind="person", gender="f",
                  roles=(Role("Mayor of Springfield", ("Springfield mayor",), date(2020, 1, 1)),)))
    assert reg.lookup("Roe").actors[0].key == "jane-roe"
    assert reg.holder("the Springfield mayor", date(2021, 1, 1)).key == "jane-roe"
    reg.add(Actor(key="jane-roe", name="Jane Roe-Smith", kind="person"))
    assert reg.lookup("Roe-Smith").actors[0].name == "Jane Roe-Smith"
    assert reg.holder("Springfield mayor", date(2021, 1, 1)) is None


def test_from_records_accepts_iso_strings_and_rejects_bad_kind() -> None:
    reg = ActorRegistry.from_records([
        {"key": "x", "name": "Ann Example", "kind": "person",
         "roles": [{"title": "Envoy", "phrases": ["special envoy"], "start": "2020-01-01", "end": "2021-01-01"}]},
    ])
    assert reg.get("x").roles[0].start == date(2020, 1, 1)
    with pytest.raises(ValueError):
        ActorRegistry.from_records([{"key": "y", "name": "Y", "kind": "robot"}])


def test_normalize() -> None:
    assert normalize("The EU’s Top Diplomat") == "eu top diplomat"
    assert normalize("Sauli Niinistö") == "sauli niinisto"
    assert normalize("U.S. Secretary of State") == "us secretary of state"


def test_near_stays_correct_with_5000_extra_actors() -> None:
    import random
    import string

    reg = ActorRegistry.from_records(load_actor_records())
    rnd = random.Random(7)

    def word() -> str:
        return rnd.choice(string.ascii_uppercase) + "".join(rnd.choices(string.ascii_lowercase, k=rnd.randint(3, 9)))

    for i in range(5000):
        reg.add(Actor(key=f"extra-{i}", name=f"{word()} {word()}"))
    assert len(reg) >= 5080
    queries = ["Borel", "Stoltenburg", "Josep Borel", "Zelenski", "Lavrow", "Kalas", "Xyzzy Plover"]
    for i in range(300):
        reg.near(f"{queries[i % len(queries)]}{'' if i < len(queries) else i}", cutoff=0.8, limit=3)
    assert reg.near("Josep Borel")[0].key == "josep-borrell"
    assert reg.near("Stoltenburg")[0].key == "jens-stoltenberg"
    # Re-adding an actor (new alias) keeps the fuzzy index and cache in step.
    reg.add(Actor(key="extra-1", name="Quentin Zabriskie"))
    assert reg.near("Quentin Zabriski")[0].key == "extra-1"
    reg.add(Actor(key="extra-1", name="Other Person"))
    assert all(a.key != "extra-1" for a in reg.near("Quentin Zabriski"))


def test_a_dateline_place_run_into_a_name_is_dropped_up_to_the_given_name() -> None:
    assert after_place("New York Bill de Blasio".split()) == ["Bill", "de", "Blasio"]
    assert after_place("York Bill de Blasio".split()) == ["Bill", "de", "Blasio"]
    assert after_place("Mary Kate Smith".split()) == ["Mary", "Kate", "Smith"]
    assert after_place("Washington Post Bill Smith".split()) == ["Washington", "Post", "Bill", "Smith"]
