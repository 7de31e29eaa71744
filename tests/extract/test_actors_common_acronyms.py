"""Actors (#15): an acronym of a common noun names no body (not_actors.txt): a disease, a technology, a
level of health care, a road's class, a tax filing, a class of firms, a lending instrument named as a
programme. A body's acronym beside them stays. Invented sentences -> the actors found (name, type).
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _found(text):
    return {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}


CASES = [
    ("W gminie wykryto dwa ogniska ASF, a hodowcy żądają odszkodowań.", set()),
    ("Plakat przygotowano z pomocą AI.", set()),
    ("Ciągniki jechały wolno po DK nr 19 pod Radomiem.", {("Radom", "place")}),
    ("Placówki POZ protestują, a NFZ nie odpowiada.", {("NFZ", "organization")}),
    ("Księgowi wysyłają pliki JPK do urzędu.", set()),
    ("Minister obiecał pomoc dla MŚP, a PIP zapowiedziała kontrole.", {("PIP", "organization")}),
    ("Senat przyjął ustawę o SAFE bez poprawek.", {("Senat", "organization")}),
]


@pytest.mark.parametrize("text,want", CASES)
def test_an_acronym_of_a_common_noun_is_no_actor(text, want):
    assert _found(text) == want
