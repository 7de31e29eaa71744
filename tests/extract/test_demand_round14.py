"""Demands, round 14 (issue 14, phase 2: B's misses as development data): mechanisms, not sentences.
Invented sentences of the general constructions (GUIDELINES, Demands), negatives included. No sentence
comes from a real page."""
import pytest

from .test_demand_round5 import demands, items


def by_items(text):
    return [(d.text, d.by) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # a motion named with its mover in the genitive is a demand whatever verb reports it
    ("W środę komisja ma rozpatrzyć wniosek Prokuratury Krajowej o uchylenie immunitetu i zatrzymanie posła "
     "Jana Nowaka.", [("uchylenie immunitetu", "Prokuratura Krajowa"), ("zatrzymanie posła Jana Nowaka", "Prokuratura Krajowa")]),
    ("Komisja odrzuciła wniosek rządu Adama Wrony o wstrzymanie naliczania opłat.",
     [("wstrzymanie naliczania opłat", "Adam Wrona")]),
    # the support verb after it keeps its own frame
    ("Wniosek o przesunięcie terminu wyborów sołtysa złożył burmistrz Jan Kowal.",
     [("przesunięcie terminu wyborów sołtysa", "Jan Kowal")]),
    # negatives: an application for a thing, not an act; a motion with no mover named
    ("Sąd odrzucił wniosek Jana Kowala o urlop.", []),
    ("Sąd rozpatrzy wniosek o umorzenie postępowania w przyszłym tygodniu.", []),
])
def test_a_motion_with_its_mover_in_the_genitive(text, expected):
    assert by_items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name between the support verb and the noun counts as one word
    ("Prokuratura Rejonowa w Lublinie skierowała bowiem do Sądu Okręgowego w Lublinie wniosek o list gończy.",
     ["list gończy"]),
    # negative: a support verb too far before the noun
    ("Prokuratura Rejonowa w Lublinie skierowała pismo do sądu, który w poniedziałek po południu rozpatrzy "
     "wniosek o list gończy.", []),
])
def test_a_support_verb_before_a_named_addressee(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "zwrócić się do X o A": a request made to someone, as "wystąpić do X o A"
    ("Spółka Kolbud zwróciła się do Ministerstwa Infrastruktury o przedłużenie terminu budowy.", ["przedłużenie terminu budowy"]),
    ("Rybacy zwrócili się też do miejscowego urzędu gminy o zwrot kosztów paliwa.", ["zwrot kosztów paliwa"]),
    # negatives: the reporter's question, no addressee, a threat under a condition, no "się"
    ("Zwróciliśmy się do Urzędu Miasta Gniezna o komentarz w tej sprawie.", []),
    ("Spółka Kolbud zwróciła się o pomoc.", []),
    ("Minister Jan Kowal zapowiedział, że jeśli sytuacja się pogorszy, rząd zwróci się do Komisji Europejskiej o pomoc.", []),
    # an appeal to two parties coordinated by "zarówno … jak i": the thing after both
    ("Lewica na konferencji apelowała zarówno do Platformy Obywatelskiej jak i do Urzędu Miasta Gniezna o większe "
     "dotacje dla schroniska.", ["większe dotacje dla schroniska"]),
])
def test_a_request_made_to_someone(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an amount with its unit and no noun after it is itself the thing demanded
    ("Sadownicy z Grójca będą protestować w stolicy. Związek Sadowników Polskich domaga się 900 złotych za tonę "
     "jabłek w skupie.", ["900 złotych za tonę jabłek w skupie"]),
    ("Sadownicy z Grójca będą protestować w stolicy. Związek Sadowników Polskich domaga się 900 złotych.", ["900 złotych"]),
    # the amount before the thing: the noun after it heads the item, as before
    ("Sadownicy z Grójca będą protestować w stolicy. Związek Sadowników Polskich domaga się 900 zł dopłaty do hektara.",
     ["900 zł dopłaty do hektara"]),
    # negative: a number with no unit and no noun is no thing
    ("Sadownicy z Grójca będą protestować w stolicy. Związek Sadowników Polskich domaga się 900 w skupie.", []),
])
def test_an_amount_alone_is_the_thing_demanded(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a second act asked after ", a nawet/także …" with its own verb is an item of its own
    ("– Wzywamy burmistrza, żeby ukarał swojego zastępcę, a nawet go zwolnił – dodaje radny Jan Kowal.",
     ["ukarał swojego zastępcę", "go zwolnił"]),
    # negative: no verb after "a nawet": one act with its degree
    ("– Wzywamy burmistrza, żeby ukarał swojego zastępcę, a nawet obu zastępców – dodaje radny Jan Kowal.",
     ["ukarał swojego zastępcę, a nawet obu zastępców"]),
])
def test_a_second_act_after_a_nawet(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a demanding verb in a relative clause: the thing ends where the main clause's verb comes back
    ("Ratownicy, którzy domagają się zakupu nowych karetek, protestowali w poniedziałek przed urzędem.",
     ["zakupu nowych karetek"]),
    # rights in general state no content; a named right keeps it
    ("Ratownicy, którzy walczą o swoje prawa, zostali wyprowadzeni z urzędu.", []),
    ("Ratownicy walczą o swoje prawa.", []),
    ("Związkowcy upominają się o prawo do strajku.", ["prawo do strajku"]),
])
def test_a_relative_clause_and_rights_in_general(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the support verb as a gerund an announcing verb governs: the motion announced is demanded
    ("W tle tych wydarzeń posłowie Lewicy zapowiedzieli złożenie wniosku o wotum nieufności wobec ministra rolnictwa "
     "Jana Kowala.", ["wotum nieufności wobec ministra rolnictwa Jana Kowala"]),
    # a motion against a named party is a motion, not an application for a thing
    ("Posłowie Lewicy złożyli wniosek o wotum nieufności wobec ministra rolnictwa Jana Kowala.",
     ["wotum nieufności wobec ministra rolnictwa Jana Kowala"]),
    # negatives: no party it is against; a gerund no announcing verb governs
    ("Posłowie Lewicy złożyli wniosek o wotum nieufności.", []),
    ("Posłowie Lewicy krytykowali złożenie wniosku o odwołanie ministra rolnictwa Jana Kowala.", []),
])
def test_an_announced_motion(text, expected):
    assert items(text) == expected
