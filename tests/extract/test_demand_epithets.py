"""A person's common noun as the demander's subject ("ukraiński przywódca chce, by …", "Polityk domaga
się …"): the person the text named. Invented sentences; negatives included (no such person, a woman
before a masculine noun, two persons of the country: no demander rather than a wrong one)."""
import pytest

from .test_demand_round5 import demands


def by_of(text):
    return [(d.kind, d.text, d.by) for d in demands(text)]


@pytest.mark.parametrize("text,expected", [
    # an adjective of a country: the one person named with a word of that country
    ("Prezydent Litwy Jonas Petraitis rozmawiał z Adamem Wroną. Wrona chce, aby Petraitis podpisał umowę. "
     "Jednak litewski przywódca chce, by parlament zatwierdził najpierw traktat.",
     [("item", "Petraitis podpisał umowę", "Adam Wrona"),
      ("item", "parlament zatwierdził najpierw traktat", "Jonas Petraitis")]),
    ("Szef duńskiego rządu Lars Holm spotkał się z Piotrem Zawadą. Duński polityk zgodzi się na dotacje "
     "tylko pod warunkiem, że Grecja obniży deficyt.",
     [("condition", "Grecja obniży deficyt", "Lars Holm")]),
    # no adjective: the person who is the subject of the sentence before
    ("Radny Tomasz Lis stwierdził, że nie poprze budżetu miasta. Polityk domaga się, by burmistrz obniżył opłaty.",
     [("item", "burmistrz obniżył opłaty", "Tomasz Lis")]),
    ("Mecenas Piotr Zawada broni sołtysa. Adwokat wnosił o uniewinnienie swojego klienta.",
     [("item", "uniewinnienie swojego klienta", "Piotr Zawada")]),
])
def test_a_persons_common_noun_refers_to_the_person_named(text, expected):
    assert by_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    # no person before: no demander
    ("Protest trwa od tygodnia. Polityk domaga się, by rząd zmienił ustawę.",
     [("item", "rząd zmienił ustawę", None)]),
    # two persons named with a word of the country: no demander rather than a wrong one
    ("Prezydent Litwy Jonas Petraitis i premier Litwy Adam Kalnas rozmawiali w Wilnie. Litewski przywódca "
     "chce, by parlament zatwierdził traktat.",
     [("item", "parlament zatwierdził traktat", None)]),
    # a name in apposition is the noun's own: that person
    ("Jan Nowak przyjechał do Gdyni. Polityk Adam Wrona domaga się, by rząd zmienił ustawę.",
     [("item", "rząd zmienił ustawę", "Adam Wrona")]),
])
def test_no_person_or_several_leave_the_demander_empty(text, expected):
    assert by_of(text) == expected
