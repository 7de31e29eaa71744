""""o ile" after a named actor's announced act, with no verb of speaking (construction table: cond-jesli-4):
"X zrobi A, o ile Y zrobi B" sets the condition B when Y is a named actor or a deciding body; not a plan
hanging on a state or with no named actor. Invented sentences."""
import pytest

from .test_demand_round5 import demands


def conditions(text):
    return [d.text for d in demands(text) if d.kind == "condition"]


@pytest.mark.parametrize("text,expected", [
    ("Orlen obniży ceny paliw, o ile rząd Donalda Tuska zmniejszy akcyzę.", ["rząd Donalda Tuska zmniejszy akcyzę"]),
    ("Legia Warszawa zagra na Stadionie Śląskim, o ile Śląsk Wrocław zgodzi się na zamianę terminów.",
     ["Śląsk Wrocław zgodzi się na zamianę terminów"]),
    ("Spółka Polregio przywróci połączenie do Nysy, o ile samorząd województwa dopłaci do kursów.",
     ["samorząd województwa dopłaci do kursów"]),
    ("Stal Mielec zbuduje nową trybunę, o ile Mielec przekaże klubowi działkę.",
     ["Mielec przekaże klubowi działkę"]),
])
def test_provided_a_party_acts(text, expected):
    assert conditions(text) == expected


@pytest.mark.parametrize("text", [
    "Pociąg odjedzie o czasie, o ile pogoda pozwoli.",
    "KGHM zwiększy wydobycie, o ile ceny miedzi wzrosną.",
])
def test_provided_a_state(text):
    assert conditions(text) == []
