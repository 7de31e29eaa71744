"""Quotes, round 12 phase 2: classes of misses and spurious quotes on the real pages r61-r84 (set B, development
data since 2026-11-27), fixed as mechanisms and checked here on invented sentences of the same constructions
(other words and names). Each row: text -> expected quotes (kind, speaker, via, text start)."""
import pytest

from .test_quotes import assert_quotes

LABELS = [
    # an interview's label: the person's name, a comma and a role in apposition, then the colon
    ("Wywiad z bramkarzem.\n\nTomasz Wierzba, bramkarz reprezentacji Czech: Przed meczem zawsze słucham muzyki "
     "i nie rozmawiam z nikim. Tak mam od lat.",
     [("direct", "Tomasz Wierzba", None, "Przed meczem zawsze")]),
    ("Rozmowa o budżecie.\n\nAnna Sowa, wiceprezes banku: Nie spodziewamy się dalszych podwyżek stóp w tym roku.",
     [("direct", "Anna Sowa", None, "Nie spodziewamy się")]),
    # negatives: a verb in the apposition makes it a sentence, not a label; a non-role apposition labels nothing
    ("Wywiad z bramkarzem.\n\nTomasz Wierzba, bramkarz, który wrócił do kadry: Przed meczem zawsze słucham muzyki "
     "i nie rozmawiam z nikim.", []),
    ("Wywiad z bramkarzem.\n\nTomasz Wierzba, wczoraj w Pradze: Przed meczem zawsze słucham muzyki "
     "i nie rozmawiam z nikim.", []),
]


@pytest.mark.parametrize("text,expected", LABELS)
def test_round14_apposition_label(text, expected):
    assert_quotes(text, expected)


OWN_OUTLET = [
    # a reporter speaking of what he sees: the outlet he works for describes him, it is no channel
    ("- Pociągi stoją na stacji od rana i nikt nie wie, kiedy ruszą - relacjonuje reporter Radia Zet Piotr Mazur.",
     [("direct", "Piotr Mazur", None, "Pociągi stoją na stacji")]),
    ("- Kierowcy czekają w korku od trzech godzin, wielu wyszło z aut - mówił Piotr Mazur z TVN24.",
     [("direct", "Piotr Mazur", None, "Kierowcy czekają w korku")]),
    # negatives: the outlet as the channel of someone else's words (the noun in the dative) stays the via
    ("- Czekamy na decyzję ministra od miesiąca - mówiła reporterce Radia Zet Anna Grab.",
     [("direct", "Anna Grab", "Radio Zet", "Czekamy na decyzję")]),
    ("- Czekamy na decyzję ministra od miesiąca - mówiła Anna Grab w rozmowie z Radiem Zet.",
     [("direct", "Anna Grab", "Radio Zet", "Czekamy na decyzję")]),
]


@pytest.mark.parametrize("text,expected", OWN_OUTLET)
def test_round14_own_outlet_is_no_via(text, expected):
    assert_quotes(text, expected)


NOUN_OBJECT = [
    # an announced act (a verbal noun) after its modifiers: the possessive "ich", adjectives
    ("Taksówkarze nie odpuszczają i zapowiadają ich przedłużenie o kolejny tydzień.",
     [("indirect", "taksówkarze", None, "ich przedłużenie")]),
    ("Związkowcy zapowiedzieli swoje dalsze blokowanie dróg wojewódzkich.",
     [("indirect", "związkowcy", None, "swoje dalsze blokowanie")]),
    # negatives: a thing, not an act, after the modifiers; a topic after "mówić"
    ("Związkowcy zapowiedzieli swoje nowe logo na stronie związku.", []),
    ("Związkowcy mówili o ich przedłużeniu przez cały wieczór.", []),
]


@pytest.mark.parametrize("text,expected", NOUN_OBJECT)
def test_round14_announced_act_after_its_modifiers(text, expected):
    assert_quotes(text, expected)


REFLEXIVE = [
    # a verb of communication with "się" in another sense (taking a side) opens no reported clause: the outer
    # clause stays one quote, not a frame around a false inner one
    ("Minister Adam Lis podkreślił, że rząd działa zgodnie z prawem i nawet ci, którzy opowiadają się za "
     "opozycją, wiedzą, że reforma jest potrzebna.",
     [("indirect", "Adam Lis", None, "rząd działa zgodnie z prawem")]),
    ("Większość radnych opowiedziała się za tym, żeby szkoła została otwarta.", []),
    # negative: the verb without "się" reports
    ("Radny Adam Lis opowiadał, że szkoła została otwarta po remoncie.",
     [("indirect", "Adam Lis", None, "szkoła została otwarta")]),
]


@pytest.mark.parametrize("text,expected", REFLEXIVE)
def test_round14_reflexive_sense_is_no_speech(text, expected):
    assert_quotes(text, expected)


POSTS = [
    # an embedded post: its words, a dash, the author with the account in brackets, the date; the signature is
    # no one's quote
    ("Posłanka skrytykowała decyzję rządu.\n\nTo jest zła decyzja i nie poprzemy jej w głosowaniu. "
     "— Anna Lis (@annalis) May 4, 2021\n\nSprawa wróci na posiedzeniu.",
     [("direct", "Anna Lis", None, "To jest zła decyzja")]),
    ("Posłanka skrytykowała decyzję rządu.\n\nTo jest zła decyzja i nie poprzemy jej w głosowaniu. "
     "— Anna Lis (@annalis) 4 maja 2021\n\nSprawa wróci na posiedzeniu.",
     [("direct", "Anna Lis", None, "To jest zła decyzja")]),
    # negative: an account named inside a sentence, with no dash before it, signs nothing
    ("Posłanka skrytykowała decyzję rządu.\n\nWpis dodała na profilu Anna Lis (@annalis) May 4, 2021\n\n"
     "Sprawa wróci na posiedzeniu.", []),
]


@pytest.mark.parametrize("text,expected", POSTS)
def test_round14_embedded_post(text, expected):
    assert_quotes(text, expected)
