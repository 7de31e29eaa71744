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


@pytest.mark.parametrize("text,expected", [
    # a noun of demanding as the object of a support verb: its complement is demanded
    ("Związek Zawodowy Piekarzy wysunął postulat podwyżki stawek za nocne zmiany.",
     ["podwyżki stawek za nocne zmiany"]),
    ("Stowarzyszenie Lokatorów złożyło do sądu wniosek o wstrzymanie eksmisji.", ["wstrzymanie eksmisji"]),
    ("Burmistrz Adam Wrona wyraził oczekiwanie pilnego przeglądu mostu przez wojewodę.",
     ["pilnego przeglądu mostu przez wojewodę"]),
    ("Związek Zawodowy Piekarzy zgłosił żądanie wypłaty zaległych dodatków.", ["wypłaty zaległych dodatków"]),
    ("Rada Sołecka zwróciła się do starosty z prośbą o naprawę przepustu.", ["naprawę przepustu"]),
    ("Pełnomocnik Adam Wrona złoży do sądu wnioski: o przesłuchanie sąsiadów, o oględziny działki i o "
     "powołanie biegłego geodety.", ["przesłuchanie sąsiadów", "oględziny działki", "powołanie biegłego geodety"]),
    ("Związek Zawodowy Piekarzy wyraził oczekiwanie, że zarząd piekarni cofnie obniżkę premii.",
     ["zarząd piekarni cofnie obniżkę premii"]),
    # the noun before its complement and the verb after: "Wniosek o A złożył X"
    ("Wniosek o odwołanie skarbnika gminy złożył wójt Adam Wrona.", ["odwołanie skarbnika gminy"]),
    # negatives: negated, after a modal of possibility, a count announcing, a threat under a condition, an
    # application for a thing
    ("Związek Zawodowy Piekarzy nie złożył wniosku o mediację.", []),
    ("W razie uchybień sanepid może skierować wniosek o ukaranie piekarni.", []),
    ("Związek Zawodowy Piekarzy przedstawił trzy postulaty dotyczące czasu pracy.", []),
    ("Radni klubu Razem zapowiedzieli, że złożą wniosek o odwołanie wójta, jeśli szkoła zostanie zamknięta.", []),
    ("Obie gminy złożyły wnioski o dotację w marcu.", []),
])
def test_a_noun_of_demanding_with_its_support_verb(text, expected):
    assert items(text) == expected


def test_the_demander_of_a_fronted_motion_is_the_subject_after_the_verb():
    got = [d for d in demands("Wniosek o odwołanie skarbnika gminy złożył wójt Adam Wrona.") if d.kind == "item"]
    assert [d.by for d in got] == ["Adam Wrona"]


@pytest.mark.parametrize("text,expected", [
    # verbs of demanding with their aspect pairs and the synonyms of their class
    ("Stowarzyszenie Lokatorów zawnioskowało o zwołanie zebrania wspólnoty.", ["zwołanie zebrania wspólnoty"]),
    ("Stowarzyszenie Lokatorów dopomina się o wymianę wind.", ["wymianę wind"]),
    ("Stowarzyszenie Lokatorów nawołuje do bojkotu podwyżek czynszu.", ["bojkotu podwyżek czynszu"]),
    ("Stowarzyszenie Lokatorów nalega na szybkie rozpoczęcie remontu.", ["szybkie rozpoczęcie remontu"]),
    # a third-person "prosi o" an act (a gerund) is a request made of someone
    ("Ambasada wydała komunikat, w którym prosi o wycofanie nowych przepisów.", ["wycofanie nowych przepisów"]),
    # a beneficiary "dla X" between the verb and the thing demanded
    ("Prokurator Adam Wrona zażądał dla oskarżonego dwóch lat więzienia.", ["dwóch lat więzienia"]),
    # a first-person wish asking a deciding body the text does not name
    ("– Chcemy, aby zarząd wycofał się z obniżki premii – mówi Anna Lis ze związku.",
     ["zarząd wycofał się z obniżki premii"]),
    # negatives: a request of the reporting, a thing asked for, a wish that asks no one
    ("Jedna z kasjerek, która prosiła o niepodawanie nazwiska, opowiadała o zmianach.", []),
    ("Rzecznik spółki poprosił o przesłanie pytań mailem.", []),
    ("Policja prosi o pomoc w ustaleniu sprawcy.", []),
    ("– Chcemy, żeby nasze dzieci miały gdzie grać – mówi Anna Lis.", []),
])
def test_verbs_of_demanding_by_class(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of demanding as the subject of a verb of content: its object lists the things demanded
    ("Lista żądań obejmuje podwyżkę stawek, skrócenie dyżurów i nowe karetki.",
     ["podwyżkę stawek", "skrócenie dyżurów", "nowe karetki"]),
    ("Postulaty ratowników dotyczą przede wszystkim podwyżek stawek.", ["podwyżek stawek"]),
    ("Żądania sprowadzają się do jednego: dymisji dyrektora pogotowia.", ["dymisji dyrektora pogotowia"]),
    # negatives: negated; a noun that does not open its clause
    ("Postulaty ratowników nie dotyczą płac.", []),
    ("Dyrektor pogotowia odpowiedział, że postulaty dotyczą też innych stacji.", []),
])
def test_a_noun_of_demanding_with_a_verb_of_content(text, expected):
    assert items(text) == expected


def test_a_page_tag_after_a_headline_is_no_part_of_the_item():
    text = "Ratownicy domagają się nowych karetek [WIDEO]\n\nRatownicy z Lipna protestowali w poniedziałek pod urzędem."
    assert items(text) == ["nowych karetek"]


@pytest.mark.parametrize("text,expected", [
    # verbs of urging, as "wezwać", with the party urged after the verb
    ("Szef związku Adam Wrona zachęcił władze spółki do podjęcia rozmów z załogą.", ["podjęcia rozmów z załogą"]),
    # an announcing phrase with its apposition ("czyli A") is one item
    ("Kupcy domagają się spełnienia swoich warunków, czyli obniżki opłat za stragany.",
     ["spełnienia swoich warunków, czyli obniżki opłat za stragany"]),
    # negatives: urging no party; an announcement without an apposition
    ("Zachęcamy do lektury całej rozmowy.", []),
    ("Kupcy domagają się spełnienia trzech warunków.", []),
])
def test_urging_and_an_announcement_with_its_apposition(text, expected):
    assert items(text) == expected
