"""Demands in prose, generalised on batch C (issue 14, round 3): a group named by its membership of an
organisation the text names by a common noun, a document addressed before the demanding verb, a
petition noun that is not itself the frame. Invented sentences, negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.demands import extract_demands
from newslens.extract.quotes import extract_quotes
from newslens.extract.timeline import extract_timeline


def items(text, published="2025-03-01"):
    t = nlp.analyze(text)
    actors = extract_actors(t)
    got = extract_demands(t, actors, extract_timeline(t, published), extract_quotes(t, actors))
    return [(d.text, d.by, d.of) for d in got if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # "rolnicy zrzeszeni w stowarzyszeniu": the one association the text names
    ("Stowarzyszenie Sadowników Mazowsza protestuje od marca. Rolnicy zrzeszeni w stowarzyszeniu domagają się "
     "od Ministerstwa Rolnictwa dopłat do paliwa.",
     [("dopłat do paliwa", "Stowarzyszenie Sadowników Mazowsza", "Ministerstwo Rolnictwa")]),
    # "członkowie komitetu": the committee named before
    ("Komitet Obrony Dworca zebrał tysiąc podpisów. Członkowie komitetu domagają się od Urzędu Miasta Kielce "
     "remontu poczekalni.",
     [("remontu poczekalni", "Komitet Obrony Dworca", "Urząd Miasta Kielce")]),
    # negative: no organisation named by that noun, the group stays a group
    ("Rolnicy zrzeszeni w stowarzyszeniu domagają się od Ministerstwa Rolnictwa dopłat do paliwa.",
     [("dopłat do paliwa", "rolnicy", "Ministerstwo Rolnictwa")]),
])
def test_member_group_is_the_organisation_named_by_its_noun(text, expected):
    got = items(text)
    assert [(x, o) for x, _, o in got] == [(x, o) for x, _, o in expected]
    assert [b for _, b, _ in got][0].startswith(expected[0][1])
    if expected[0][1] == "rolnicy":
        assert all(not (b or "").startswith("Stowarzyszenie") for _, b, _ in got)


@pytest.mark.parametrize("text,expected", [
    # the petition addressed before the verb carries the demand to its addressee, who is not the demander
    ("Mieszkańcy Zalesia zebrali podpisy. W petycji do Urzędu Gminy Zalesie domagają się budowy chodnika.",
     [("budowy chodnika", None, "Urząd Gminy Zalesie")]),
    ("W piśmie do Zarządu Województwa Opolskiego związkowcy domagają się podwyżek.",
     [("podwyżek", "związkowcy", "Zarząd Województwa Opolskiego")]),
    # negative: "do" before the verb names a date, not an addressee
    ("W petycji do końca marca Związek Zawodowy Kolejarzy domaga się podwyżek.",
     [("podwyżek", "Związek Zawodowy Kolejarzy", None)]),
])
def test_document_addressed_before_the_verb(text, expected):
    got = items(text)
    assert [(x, o) for x, _, o in got] == [(x, o) for x, _, o in expected]
    for (_, b, o), (_, eb, _) in zip(got, expected):
        assert b != o
        if eb is not None:
            assert (b or "").startswith(eb)


@pytest.mark.parametrize("text,expected", [
    # the petition noun is not the frame when a demanding verb follows it: the verb's object is whole
    ("W petycji komitet domaga się wycofania decyzji o likwidacji szkoły.",
     ["wycofania decyzji o likwidacji szkoły"]),
    # negative: "petycja do X o A" with no verb still states A
    ("Mieszkańcy wysłali petycję do wójta o budowę drogi.", ["budowę drogi"]),
])
def test_petition_noun_before_a_demanding_verb(text, expected):
    assert [x for x, _, _ in items(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # the party that answers the demands just stated ("oddalił wszystkie wnioski") is their addressee
    ("Sąd Rejonowy w Kole rozpatrywał sprawę w piątek. Obrońca Jan Nowak wnosił o: uniewinnienie klienta, "
     "przesłuchanie biegłego oraz umorzenie kosztów. Sąd oddalił wszystkie wnioski.",
     [("uniewinnienie klienta", "Jan Nowak", "Sąd Rejonowy w Kole"),
      ("przesłuchanie biegłego", "Jan Nowak", "Sąd Rejonowy w Kole"),
      ("umorzenie kosztów", "Jan Nowak", "Sąd Rejonowy w Kole")]),
    # a list over sentences: the answer after its last item names the addressee of all of it
    ("Burmistrz Anna Lis podniosła opłaty. Stowarzyszenie Nasze Miasto stawia trzy żądania. Kolejnym "
     "postulatem jest remont szkoły.\n\nWśród żądań znalazła się także budowa parku.\n\n– Jeśli pani "
     "burmistrz spełni te żądania, zakończymy protest – mówi Jan Nowak.",
     [("remont szkoły", "Stowarzyszenie Nasze Miasto", "Anna Lis"),
      ("budowa parku", "Stowarzyszenie Nasze Miasto", "Anna Lis")]),
    # negative: an answer with no pointing word is not about these demands (a verb of demanding, not a
    # motion: a motion would be made to the one court named, session 10)
    ("Sąd Rejonowy w Kole rozpatrywał sprawę w piątek. Obrońca Jan Nowak domagał się uniewinnienia klienta "
     "oraz umorzenia kosztów. Sąd odrzucił wcześniej inne wnioski prokuratury.",
     [("uniewinnienia klienta", "Jan Nowak", None), ("umorzenia kosztów", "Jan Nowak", None)]),
    # negative: the demander answering its own demands is not their addressee
    ("Stowarzyszenie Nasze Miasto domaga się remontu szkoły. Stowarzyszenie przyjęło te postulaty w maju.",
     [("remontu szkoły", "Stowarzyszenie Nasze Miasto", None)]),
])
def test_the_party_answering_the_demands_is_their_addressee(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a head noun before a quoted name tells what the name is: "komitet" later is that committee
    ('Komitet referendalny „Razem dla Gminy" zebrał tysiąc podpisów. Komitet stawia dwa żądania. Kolejnym '
     'postulatem jest remont szkoły.',
     [("remont szkoły", "Razem dla Gminy", None)]),
    # negative: without quotation marks only a classifying noun ("spółka X") is read as an apposition
    ("Komitet referendalny Razem dla Gminy zebrał tysiąc podpisów. Komitet stawia dwa żądania. Kolejnym "
     "postulatem jest remont szkoły.",
     [("remont szkoły", None, None)]),
])
def test_a_head_noun_before_a_name_in_apposition(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an announcement names the demander's addressee once for all its items that name none
    ("Komisja Europejska jest gotowa ustąpić, ale w zamian stawia Węgrom twarde warunki.\n\nRzecznik milczy. "
     "Według dziennika Komisja Europejska może przesunąć termin. Warunki są jasne. To przyjęcie ustawy do końca "
     "roku oraz przedstawienie planu inwestycji.",
     [("przyjęcie ustawy do końca roku", "Komisja Europejska", "Węgry"),
      ("przedstawienie planu inwestycji", "Komisja Europejska", "Węgry")]),
    # negative: another demander's announcement is not this one's addressee
    ("Komisja Europejska stawia Węgrom twarde warunki.\n\nRzecznik milczy. Według dziennika Polska może "
     "przesunąć termin. Warunki są jasne. To przyjęcie ustawy do końca roku oraz przedstawienie planu inwestycji.",
     [("przyjęcie ustawy do końca roku", "Polska", None),
      ("przedstawienie planu inwestycji", "Polska", None)]),
])
def test_an_announced_addressee_holds_for_the_demanders_items(text, expected):
    assert items(text) == expected
