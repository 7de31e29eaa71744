"""Quotes, round 9: layouts of real pages (invented sentences of the same constructions, other words and
names). Each row: text -> expected quotes (kind, speaker, via, text start); negatives included."""
import pytest

from .test_quotes import assert_quotes

LABELS = [
    # an interview's or sports page's label: a paragraph opening with a name and a colon, a dash or none
    ("Po meczu\n\nJan Wilk: - Dziś murawa nie pomagała. Było bardzo ślisko, ale nie można na to zrzucać winy."
     "\n\nTomasz Sowa: - Był dziś problem z boiskiem. Nie wiem, czy to się poprawi.\n\nObaj piłkarze wyszli do "
     "dziennikarzy.",
     [("direct", "Jan Wilk", None, "Dziś murawa nie pomagała"),
      ("direct", "Tomasz Sowa", None, "Był dziś problem z boiskiem")]),
    ("Po meczu\n\nJan Wilk: Dziś murawa nie pomagała. Było bardzo ślisko, ale nie można na to zrzucać winy.",
     [("direct", "Jan Wilk", None, "Dziś murawa nie pomagała")]),
    # a page excerpt opening with the label (two sentences and a full stop: no headline)
    ("Jan Wilk: - Dziś murawa nie pomagała. Było bardzo ślisko, ale trudno.\n\nTomasz Sowa zszedł z boiska.",
     [("direct", "Jan Wilk", None, "Dziś murawa nie pomagała")]),
    # negative: a headline label without quotation marks is no quote (GUIDELINES)
    ("Jan Wilk: Dziś murawa nie pomagała\n\nTomasz Sowa rozmawiał z dziennikarzami.", []),
    # negative: a list after a colon is no label
    ("Po meczu\n\nSkład: Jan Wilk, Tomasz Sowa, Adam Kruk i inni zawodnicy pierwszej drużyny.", []),
    # a speech verb with its "o" phrase before the colon and the dash
    ("Po meczu\n\nTrener Jan Bór mówił też o debiucie Adama Kruka: - Wielka sprawa, zasłużył na to. "
     "Zagrał bardzo dobrze.",
     [("direct", "Jan Bór", None, "Wielka sprawa")]),
]

SHOUTS = [
    # a subheading's label with an addressee, and a shouted word; the chant in the body
    ("Strajk w szpitalach\n\nPielęgniarki protestowały przed urzędem.\n\nProtestujące do Nowaka: Oszust!\n\n"
     "Wojewoda Jan Nowak wyszedł do protestujących. - Zrobimy wszystko - dodał. - Oszust! Oszust! - krzyczały "
     "pielęgniarki.",
     [("direct", "protestujące", None, "Oszust!"), ("direct", "Jan Nowak", None, "Zrobimy wszystko"),
      ("direct", "pielęgniarki", None, "Oszust! Oszust!")]),
    # negatives: a section label, and a label with a phrase and no shout
    ("Strajk\n\nPielęgniarki protestowały.\n\nSport: Wisła!\n\nMieszkańcy do burmistrza: nowe drogi\n\n"
     "Wojewoda Jan Nowak wyszedł do nich.", []),
]

RELAYS = [
    # "jak podaje X" inside a dash quote's attribution names the outlet; it is no quote of its own
    ("Wojewoda Jan Nowak wyszedł do protestujących. - Nie będzie pielęgniarek, odejdą z pracy. To jest nie do "
     "przyjęcia - powiedziała, jak podaje portal tvn24.pl, jedna ze strajkujących.",
     [("direct", None, "tvn24.pl", "Nie będzie pielęgniarek")]),
    # negative: the same phrase opening a sentence still gives the outlet's claim
    ("Minister mówił długo. Jak podaje PAP, rozmowy potrwają do piątku.",
     [("indirect", "PAP", None, "rozmowy potrwają")]),
    # "według" inside a list item, then a comma and "lub": no source phrase
    ("Rodzicom przedstawiono dwie opcje: szukanie miejsca w szkole obwodowej według miejsca zamieszkania, lub "
     "wnioskowanie o przyjęcie do klasy równoległej.", []),
]


@pytest.mark.parametrize("text,expected", LABELS + SHOUTS + RELAYS)
def test_round9_layouts(text, expected):
    assert_quotes(text, expected)
