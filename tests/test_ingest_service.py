"""The ingest use-case: which speakers become actors of their own."""

from __future__ import annotations

import pytest

from service.ingest import looks_like_name


@pytest.mark.parametrize(
    "name", ["Magdalena Andersson", "Ursula von der Leyen", "Cho Tae-yul", "Recep Tayyip Erdogan", "Mark Rutte"]
)
def test_person_names_become_actors(name: str) -> None:
    assert looks_like_name(name)


@pytest.mark.parametrize(
    "name", ["The NATO Secretary General", "the mayor", "Borrell", "a European diplomat", "Borrell's spokesman", "he"]
)
def test_roles_pronouns_and_single_words_do_not(name: str) -> None:
    assert not looks_like_name(name)
