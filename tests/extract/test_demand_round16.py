"""Demands and conditions, session 10 (issue 14): mechanisms found in the misses of the fresh real pages
(F) and checked on two other batches. Invented sentences, negatives included."""
import pytest

from .test_demand_round5 import demands


def conditions(text):
    return [d.text for d in demands(text) if d.kind == "condition"]


def kinds(text):
    return [(d.kind, d.text) for d in demands(text)]


@pytest.mark.parametrize("text,expected", [
    # a general hypothesis: an indefinite subject with an imperfective present sets no condition, and the
    # "niech" answering it asks no party
    ("– Jeśli ktoś chce nam zarzucić złą wolę, niech pokaże dokumenty – mówi burmistrz Adam Wrona.", []),
    ("– Jeśli jakaś ustawa narusza interes gminy, to my musimy ją zaskarżyć – mówił wójt Jan Lis.", []),
    ("– Jeśli ktoś liczy, że dostanie nasze głosy za darmo, to się przeliczy – mówi radny Jan Kowal.", []),
    ("– Jeśli ktoś chce zmieniać statut, będzie to dobra okazja do rozmowy – zapowiada radny Jan Kowal.", []),
    # negatives: a member of a party, a future act of an indefinite, a named party in the present
    ("– Jeśli ktoś z ministerstwa do nas nie przyjedzie, zablokujemy drogę – zapowiada rolnik Jan Kowal.",
     [("condition", "ktoś z ministerstwa do nas nie przyjedzie")]),
    ("– Jeśli ktoś nas zaatakuje, odpowiemy – zapowiedział minister Jan Kowal.",
     [("condition", "ktoś nas zaatakuje")]),
    ("– Jeśli którykolwiek z radnych zagłosuje przeciw, odejdziemy z koalicji – zapowiada radny Jan Kowal.",
     [("condition", "którykolwiek z radnych zagłosuje przeciw")]),
    ("– Jeśli zarząd nie chce rozmawiać, rozpoczniemy strajk – zapowiada związkowiec Jan Kowal.",
     [("condition", "zarząd nie chce rozmawiać")]),
])
def test_a_general_hypothesis_is_no_condition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a motion in proceedings with no addressee of its own is made to the one court the text names
    ("Prokuratura Rejonowa w Lesznie wnioskowała o trzymiesięczny areszt podejrzanego. Sąd Rejonowy w "
     "Lesznie zastosował jednak dozór policji.", "Sąd Rejonowy w Lesznie"),
    ("Obrońca oskarżonego mec. Adam Wrona wniósł o uniewinnienie swojego klienta. Wyrok Sądu Okręgowego w "
     "Kaliszu zapadnie w piątek.", "Sąd Okręgowy w Kaliszu"),
    # negatives: two courts are not told apart; no court named; a motion of no party to proceedings
    ("Obrońca oskarżonego mec. Adam Wrona wniósł o uniewinnienie swojego klienta. Sąd Okręgowy w Kaliszu "
     "skazał go, a Sąd Apelacyjny w Łodzi utrzymał wyrok.", None),
    ("Prokuratura Rejonowa w Lesznie wnioskowała o trzymiesięczny areszt podejrzanego. Policja zatrzymała "
     "go w piątek.", None),
    ("Rada Osiedla Zielone wnioskowała o remont chodnika. Sąd Rejonowy w Lesznie zajmie się inną sprawą.", None),
])
def test_a_motion_is_made_to_the_court_named(text, expected):
    got = [d for d in demands(text) if d.kind == "item"]
    assert len(got) == 1 and got[0].of == expected


def items(text):
    return [(d.text, d.by) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # one demand of one demander restated in a later sentence is stated once, at its first statement
    ("Związek Zawodowy Kolejarzy domaga się podwyżki płac zasadniczych. Prezes spółki odmówił. – Związek "
     "Zawodowy Kolejarzy żąda podwyżki o 500 zł – powiedział Adam Wrona, rzecznik związku.",
     [("podwyżki płac zasadniczych", "Związek Zawodowy Kolejarzy")]),
    ("Klub Radnych Razem domaga się zwołania sesji nadzwyczajnej. W piątek Klub Radnych Razem zaapelował o "
     "natychmiastowe zwołanie sesji.", [("zwołania sesji nadzwyczajnej", "Klub Radnych Razem")]),
    # negatives: two items of one list with one head are two demands; another demander's alike demand
    ("Rolnicy domagają się zniesienia limitu importu, zniesienia kar za spóźnione wnioski i dopłat do nawozów.",
     [("zniesienia limitu importu", "rolnicy"), ("zniesienia kar za spóźnione wnioski", "rolnicy"),
      ("dopłat do nawozów", "rolnicy")]),
    ("Rolnicy domagają się dopłat do nawozów. Sadownicy domagają się dopłat do paliwa.",
     [("dopłat do nawozów", "rolnicy"), ("dopłat do paliwa", "sadownicy")]),
])
def test_a_restated_demand_is_stated_once(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a condition waiting for a meeting or talks with a named party waits for that party
    ("– Zawieszamy blokadę do czasu podjęcia rozmów z panią minister – powiedział Adam Wrona, szef komitetu. "
     "Minister rolnictwa Ewa Lis nie skomentowała sprawy.", "Ewa Lis"),
    ("Związkowcy zapowiadają, że jeśli do piątku nie dojdzie do spotkania z wojewodą Janem Kosem, rozpoczną "
     "strajk.", "Jan Kos"),
    ("Związek Zawodowy Kolejarzy zapowiada, że o strajku zdecyduje dopiero po spotkaniu z prezesem Adamem "
     "Wroną.", "Adam Wrona"),
    # negatives: talks going on (the subject) are no meeting waited for; a body the text does not name
    ("– Jeśli trwają negocjacje z Unią Europejską, nie wprowadzimy ceł – powiedział prezydent Jan Kos.", None),
    ("Związkowcy zapowiadają, że jeśli do piątku nie dojdzie do spotkania z ministerstwem, rozpoczną strajk.",
     None),
])
def test_a_meeting_waited_for_names_the_party_met(text, expected):
    got = [d for d in demands(text) if d.kind == "condition"]
    assert len(got) == 1 and got[0].of == expected


@pytest.mark.parametrize("text,expected", [
    # a main clause that only says what may then happen sets no condition
    ("– Jeśli większość mieszkańców poparłaby zmianę, wówczas w gminie mogłoby dojść do zamknięcia szkoły – "
     "mówi sołtys Jan Kos.", []),
    ("– Jeśli radni odwołają burmistrza, będzie on mógł zaskarżyć uchwałę do sądu – wyjaśnił prawnik Adam "
     "Wrona.", []),
    ("Jak wyjaśnił mecenas Adam Wrona, zwolnienie z opłaty będzie możliwe, jeśli sąd okręgowy uwzględni "
     "zażalenie.", []),
    # negatives: a warning makes it a threat; an exclusive "tylko, jeżeli"; what a named party may do once
    # it acts (an offer)
    ("Kolejarze ostrzegają: jeśli spółka nie podniesie płac, możliwa jest blokada torów na całej linii.",
     ["spółka nie podniesie płac, możliwa jest blokada torów na całej linii"]),
    ("– Pieniądze mogą trafić do gminy tylko, jeżeli ustawa zostanie przyjęta – mówił poseł Jan Kos.",
     ["ustawa zostanie przyjęta"]),
    ("– Jeśli Dania zniesie cła, wtedy będzie mogła dołączyć do rozmów – dodał minister Jan Kos.",
     ["Dania zniesie cła"]),
])
def test_a_possibility_is_no_condition_set(text, expected):
    assert conditions(text) == expected
