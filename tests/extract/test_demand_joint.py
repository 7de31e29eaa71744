"""Several named demanders of one demand (GUIDELINES, eleventh session; construction table:
dem-wspolrzedni-zadajacy): named actors coordinated as the subject of the plural verb of demanding, or of
the plural verb it is coordinated with, make one demand whose ``by`` lists them in the text's order. Not
coordinated addressees, not a singular demander. A plural common noun whose genitive names two or more of
them ("Przywódcy Danii, Szwecji i Finlandii") makes them a group named by the noun (GUIDELINES). Invented
sentences."""
import pytest

from .test_demand_round5 import demands


def by_items(text):
    return [(d.text, d.by) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    ("Czechy, Słowacja i Węgry zażądały od Komisji Europejskiej wycofania kar.",
     [("wycofania kar", "Czechy, Słowacja, Węgry")]),
    ("Solidarność oraz OPZZ wspólnie wezwały rząd do podniesienia płac.",
     [("podniesienia płac", "Solidarność, OPZZ")]),
    ("Estonia i Finlandia wezwały Niemcy do zwiększenia pomocy.", [("zwiększenia pomocy", "Estonia, Finlandia")]),
    # the subject of the verb the verb of demanding is coordinated with
    ("W piątek Jan Kot, Adam Lis i Ewa Nowak przyjechali do Warszawy i zażądali od Białorusi uwolnienia więźniów.",
     [("uwolnienia więźniów", "Jan Kot, Adam Lis, Ewa Nowak")]),
])
def test_coordinated_demanders(text, expected):
    assert by_items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # coordinated addressees, one demander
    ("Rumunia zażądała od Bułgarii i Grecji zwrotu kosztów.", [("zwrotu kosztów", "Rumunia")]),
])
def test_one_demander(text, expected):
    assert by_items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a plural common noun naming two or more actors in the genitive: a group named by the noun
    ("Przywódcy Danii, Szwecji i Finlandii zaapelowali do Komisji Europejskiej o pomoc dla rolników.",
     [("pomoc dla rolników", "przywódcy")]),
    ("Przedstawiciele Egiptu i Kataru wezwali Izrael do wstrzymania ataków.",
     [("wstrzymania ataków", "przedstawiciele")]),
    ("Ministrowie rolnictwa Czech i Słowacji zażądali od Komisji Europejskiej wycofania kar.",
     [("wycofania kar", "ministrowie")]),
    # one actor in the genitive: that actor
    ("Przedstawiciele Solidarności zażądali od zarządu podwyżek.", [("podwyżek", "Solidarność")]),
])
def test_a_noun_naming_several(text, expected):
    assert by_items(text) == expected
