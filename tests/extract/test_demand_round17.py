"""Demands and conditions, session 11 (issue 14): classes found in the misses of the real pages of set I
and checked against the dev gold. Invented sentences, negatives included."""
import pytest

from .test_demand_round5 import demands


def items(text):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # a verb of demanding with a clause of an infinitive: the act asked with no subject (I: r215, r231, r233)
    ("– Domagamy się by jeszcze dziś opublikować wszystkie dokumenty – dodał poseł Adam Nowak.",
     [("jeszcze dziś opublikować wszystkie dokumenty", "Adam Nowak", None)]),
    ("Burmistrz Jan Kowal apeluje stanowczo, by zadbać o bezpieczeństwo dzieci na przejściach.",
     [("zadbać o bezpieczeństwo dzieci na przejściach", "Jan Kowal", None)]),
    ("Posłanka Anna Lis przemawiała w Sejmie. Prosiła, by Nowaka nie wybierać na prezesa i utrzymać "
     "finansowanie szkół.",
     [("Nowaka nie wybierać na prezesa", "Anna Lis", None), ("utrzymać finansowanie szkół", "Anna Lis", None)]),
    ("– Żądamy, by jeszcze dziś zwołać komisję i by jeszcze dziś wyjaśnić, kto wiedział o awarii – mówi "
     "radny Piotr Zieliński.",
     [("jeszcze dziś zwołać komisję", "Piotr Zieliński", None),
      ("jeszcze dziś wyjaśnić, kto wiedział o awarii", "Piotr Zieliński", None)]),
    # one act with two verbs sharing its object stays one item; a finite clause is unchanged
    ("Burmistrz Jan Kowal prosi, by ratować i remontować zabytki.", [("ratować i remontować zabytki", "Jan Kowal", None)]),
    ("Rada Gminy Zalesie apeluje, żeby Jan Nowak wycofał wniosek.", [("Jan Nowak wycofał wniosek", "Rada Gminy Zalesie", "Jan Nowak")]),
    # negatives: a request about the reporting itself; a request for a thing; an infinitive after a modal
    ("Rzecznik Jan Nowak prosił, by nie podawać jego nazwiska.", []),
    ("Rzecznik Jan Nowak prosił o komentarz do decyzji.", []),
    ("Związkowcy z huty mogą, by zdążyć przed zimą, zacząć remont sami.", []),
])
def test_a_clause_of_an_infinitive_is_demanded(text, expected):
    assert items(text) == expected
