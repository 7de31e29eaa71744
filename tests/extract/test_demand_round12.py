"""Demands, round 12 (issue 14, recall on unseen real pages): mechanisms, not sentences. Invented
sentences of the general constructions (GUIDELINES, Demands), negatives included. No sentence comes
from a real page."""
import pytest

from .test_demand_round5 import demands, items


@pytest.mark.parametrize("text,expected", [
    # a noun of demanding opening a copular clause states the demands, also with a possessive, a sentence
    # adverb before it or an addressee after it
    ("– Nasze postulaty to zniesienie opłaty targowej i odnowienie hali przy ulicy Polnej – mówi kupiec Jan Lis.",
     ["zniesienie opłaty targowej", "odnowienie hali przy ulicy Polnej"]),
    ("Sadownicy od tygodnia blokują drogę. – Dlatego naszym pierwszym postulatem jest skup jabłek po "
     "stałej cenie – podkreśla sadownik Adam Wrona.", ["skup jabłek po stałej cenie"]),
    ("Związek Zawodowy Maszynistów nie ustępuje. Jego postulaty wobec zarządu to: przywrócenie nocnych "
     "dodatków, skrócenie dyżurów oraz zakup nowych lokomotyw.",
     ["przywrócenie nocnych dodatków", "skrócenie dyżurów", "zakup nowych lokomotyw"]),
    # negatives: the noun announces the demands without stating them; an adjective is no demand
    ("Związek Zawodowy Maszynistów przedstawił nasze postulaty zarządowi spółki.", []),
    ("Związek Zawodowy Maszynistów spotkał się z zarządem. Nasze postulaty są jasne – mówił jego szef.", []),
])
def test_a_noun_of_demanding_opening_a_copular_clause(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a plural noun of demanding before a colon lists the demands
    ("Szef związku Jan Lis wyjaśnił, że na pakiet związku składają się żądania: podwyżki płac w handlu, "
     "skrócenia zmian nocnych oraz zakazu pracy w święta.",
     ["podwyżki płac w handlu", "skrócenia zmian nocnych", "zakazu pracy w święta"]),
    # an action after a comma of the list opens an item in whatever case the writer put it
    ("Szef związku Jan Lis wyjaśnił, że na pakiet związku składają się żądania: podwyżki płac w handlu, "
     "wprowadzenie dodatku nocnego, skrócenia zmian nocnych.",
     ["podwyżki płac w handlu", "wprowadzenie dodatku nocnego", "skrócenia zmian nocnych"]),
    # "A, B oraz C, a także D": the list goes on after "oraz" to its last conjunction
    ("Związek Zawodowy Maszynistów domaga się podwyżki płac, skrócenia dyżurów oraz zakupu lokomotyw, "
     "a także przywrócenia nocnych dodatków.",
     ["podwyżki płac", "skrócenia dyżurów", "zakupu lokomotyw", "przywrócenia nocnych dodatków"]),
    # negatives: a participle after a comma modifies the item before; a singular "warunek" before a colon
    # is a condition's (conditions.py), not a list of items
    ("Związek Zawodowy Maszynistów domaga się przeglądu taboru, zakończonego raportem, oraz zakupu lokomotyw.",
     ["przeglądu taboru, zakończonego raportem", "zakupu lokomotyw"]),
])
def test_a_colon_list_after_a_noun_of_demanding(text, expected):
    assert items(text) == expected
