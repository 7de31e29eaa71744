"""Demands, round 9 second phase (classes of the 42 development real pages): invented sentences of the
constructions real pages use, negatives included. No sentence comes from a real page."""
import pytest

from .test_demand_round5 import demands, items


@pytest.mark.parametrize("text,expected", [
    # an "oraz" before a noun in a list that goes on with commas to a later "oraz" joins two nouns of one
    # item; the items after it are found
    ("Pielęgniarki pikietowały pod szpitalem, domagając się: wyższych płac dla personelu, zatrudnienia "
     "nowych pielęgniarek, lepszego wyposażenia oddziałów oraz sal zabiegowych i gabinetów, szybkiego wyremontowania "
     "izby przyjęć, poprawy bezpieczeństwa pracy oraz jawnych zasad awansu.",
     ["wyższych płac dla personelu", "zatrudnienia nowych pielęgniarek",
      "lepszego wyposażenia oddziałów oraz sal zabiegowych i gabinetów", "szybkiego wyremontowania izby przyjęć",
      "poprawy bezpieczeństwa pracy", "jawnych zasad awansu"]),
    # one final "oraz": the last item, as before
    ("Rolnicy domagają się wyższych cen skupu, niższych cen nawozów oraz dopłat do paliwa.",
     ["wyższych cen skupu", "niższych cen nawozów", "dopłat do paliwa"]),
])
def test_list_with_inner_oraz(text, expected):
    assert items(text) == expected


def test_inner_oraz_needs_an_action_after_the_comma():
    # the list goes on with a plain noun: no evidence the "oraz" is inside an item; cut as before
    got = items("Pielęgniarki domagają się wyższych płac, nowych etatów oraz sprzętu, mundurów oraz premii.")
    assert got[:2] == ["wyższych płac", "nowych etatów"]
    assert "nowych etatów oraz sprzętu" not in got


def parties(text, kind="item"):
    return [(d.text[:20], d.by, d.of) for d in demands(text) if d.kind == kind]


@pytest.mark.parametrize("text,expected", [
    # a protest in front of a named body, in the lead-in: the demands are made of that body
    ("Związek Zawodowy Kolejarzy zorganizował pikietę. Kolejarze pikietowali przed Ministerstwem Infrastruktury, "
     "domagając się: podwyżki płac, nowych taborów oraz przywrócenia połączeń.",
     [("podwyżki płac", "Związek Zawodowy Kolejarzy", "Ministerstwo Infrastruktury"),
      ("nowych taborów", "Związek Zawodowy Kolejarzy", "Ministerstwo Infrastruktury"),
      ("przywrócenia połącze", "Związek Zawodowy Kolejarzy", "Ministerstwo Infrastruktury")]),
    # in front of a building the text names no body for: no addressee
    ("Kolejarze pikietowali przed budynkiem dworca, domagając się podwyżki płac.",
     [("podwyżki płac", "kolejarze", None)]),
    # the body is named in the sentence, but not as the protest's site: no addressee from it
    ("Kolejarze pikietowali w centrum miasta, choć Ministerstwo Infrastruktury zaprosiło ich na rozmowy. "
     "Domagają się podwyżki płac.",
     [("podwyżki płac", "kolejarze", None)]),
])
def test_protest_site_is_the_addressee(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a letter in the paragraph before, then a narrated scene later in another paragraph: another event,
    # whose demands the letter's addressee is not asked
    ("Szefowie związków kopalni wysłali list do premiera Jana Lisa.\n\n"
     "W piątek rada odwołała prezesa. Obrady zostały przerwane przez górników, którzy weszli na salę, "
     "domagając się cofnięcia uchwały.",
     [("cofnięcia uchwały", "górnicy", None)]),
    # the paragraph opens with the demand: the letter's addressee as before
    ("Związek Górników wysłał list do premiera Jana Lisa.\n\n"
     "Związek domaga się w nim cofnięcia uchwały rady.",
     [("cofnięcia uchwały ra", "Związek Górników", "Jan Lis")]),
])
def test_letter_before_reaches_the_next_paragraph_only_at_its_start(text, expected):
    assert [p for p in parties(text) if p[0].startswith("cofnięcia")] == expected


@pytest.mark.parametrize("text,expected", [
    # a comma before another verb of demanding ends the first verb's span: each verb has its own item
    ("Kolejarze chcą wyższych płac, domagać się będą też dymisji prezesa spółki.",
     ["wyższych płac", "dymisji prezesa spółki"]),
    ("Pielęgniarki chcą nowych etatów, domagając się również zmiany grafików.",
     ["nowych etatów", "zmiany grafików"]),
    # a comma list of nouns goes on as before
    ("Kolejarze chcą wyższych płac, nowych lokomotyw i premii.",
     ["wyższych płac", "nowych lokomotyw", "premii"]),
])
def test_second_demand_verb_after_a_comma(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a first-person request with the perfective verb: "chciałbym poprosić X o", "poproszę, aby …"
    ("– Chciałbym poprosić kibiców o wspieranie drużyny – powiedział trener Jan Lis.",
     [("wspieranie drużyny", "Jan Lis", None)]),
    ("– Poproszę, aby rada rozpatrzyła mój wniosek w piątek – powiedział prezes Jan Lis.",
     [("rada rozpatrzyła mój", "Jan Lis", None)]),
    # a third person's wish to ask is no request the text reports as made
    ("– Chciał poprosić o radę – powiedział Jan Lis.", []),
])
def test_first_person_poprosic(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an urging its speaker states: "namawiamy do A i do B"
    ("– Od miesięcy namawiamy do rozmów. Namawiamy bardzo mocno do podpisania umowy i do zwołania komisji "
     "– powiedział poseł Jan Lis.",
     [("rozmów", "Jan Lis", None), ("podpisania umowy", "Jan Lis", None), ("zwołania komisji", "Jan Lis", None)]),
    # a reported persuasion, a seller's pitch: no demand
    ("Jan Lis namawiał kolegę do zakupu akcji.", []),
    ("Sprzedawca namawia klientów do zakupu.", []),
])
def test_first_person_namawiac(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "chce" after a connective adverb continues the demander of the sentence before
    ("Związek Zawodowy Kolejarzy domaga się nowej ustawy o kolei. Ponadto chce nowych przepisów o premiach.",
     [("nowej ustawy o kolei", "Związek Zawodowy Kolejarzy", None),
      ("nowych przepisów o p", "Związek Zawodowy Kolejarzy", None)]),
    # the sentence before demands nothing: no demander to continue
    ("Związek Zawodowy Kolejarzy otworzył nowe biuro. Ponadto chce nowej siedziby.", []),
])
def test_connective_chce_continues_the_demander(text, expected):
    assert parties(text) == expected


def test_changes_with_a_purpose_clause_are_stated():
    # "zmian …" announces changes listed later, unless a purpose clause states them (", tak aby …" too)
    got = parties("Związek Zawodowy Kolejarzy chce zmian w systemie premii, tak aby kolejarze mieli wyższe pensje.")
    assert got == [("zmian w systemie pre", "Związek Zawodowy Kolejarzy", None)]


def conditions(text):
    return [(d.text[:24], d.by) for d in demands(text) if d.kind == "condition"]


@pytest.mark.parametrize("text,expected", [
    # a premise of the argument: a present-tense verb of opinion with "że" after it
    ("– Jeśli wszyscy uważają, że trzeba rozmawiać, to przy stole muszą usiąść obie strony – powiedział "
     "premier Jan Lis.", []),
    ("– Jeżeli dyrektor twierdzi, że nic nie może, to niech odejdzie – mówiła Anna Kos.", []),
    # a future act of answering asks the addressee to act: a condition
    ("– Jeżeli dyrektor powie, że nic nie może, to zaczniemy strajk – mówiła Anna Kos.",
     [("dyrektor powie, że nic n", "Anna Kos")]),
])
def test_opinion_premise_is_no_condition(text, expected):
    assert conditions(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare property ("być" with adjectives) waits for no party's act
    ("„Prosimy o stabilne przepisy, jeżeli są potrzebne i rzetelnie uzasadnione” – napisała Anna Kos.", []),
    # an act of a party after "jeżeli" stays a condition
    ("„Zaczniemy strajk, jeżeli zarząd nie podpisze porozumienia” – napisała Anna Kos.",
     [("zarząd nie podpisze poro", "Anna Kos")]),
])
def test_bare_property_is_no_condition(text, expected):
    assert conditions(text) == expected


@pytest.mark.parametrize("text", [
    # a wish without a demander (impersonal "chciałoby się"), not a first-person request
    "Chciałoby się poprosić o więcej słońca.",
    # a plan of a protest before a body, a promise made before one: no demand, so no addressee either
    "Związek Zawodowy Kolejarzy planuje pikietę przed Ministerstwem Infrastruktury.",
    "Minister Jan Lis obiecał przed Sejmem podwyżki dla kolejarzy.",
    # a court's order, and a third-person present 'prosi' (restricted to first-person requests)
    "Sąd Okręgowy w Gdańsku nakazał spółce wypłatę odszkodowania.",
    "Sąd Okręgowy w Gdańsku prosi o cierpliwość.",
])
def test_no_demand(text):
    assert parties(text) == []
