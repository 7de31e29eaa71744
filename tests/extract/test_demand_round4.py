"""Demands and conditions, round 4 (issue 14): addressees only from stated evidence. Invented
sentences, negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.demands import extract_demands
from newslens.extract.quotes import extract_quotes
from newslens.extract.timeline import extract_timeline


def demands(text, published="2025-03-01"):
    t = nlp.analyze(text)
    actors = extract_actors(t)
    return extract_demands(t, actors, extract_timeline(t, published), extract_quotes(t, actors))


PETITION = "Związek Zawodowy Leśników wysłał petycję do premiera Donalda Tuska. Petycję podpisało 3 tys. osób. "


@pytest.mark.parametrize("text,start,of", [
    # the demanders wait to receive the answer: the petition's addressee is to act
    (PETITION + "– Jeśli do końca kwietnia nie otrzymamy odpowiedzi, zablokujemy drogi – zapowiedział Adam Wrona.",
     "do końca kwietnia nie otrzymamy odpowiedzi", "Donald Tusk"),
    # negative: a condition that receives nothing asks the petition's addressee nothing
    (PETITION + "– Protest zawiesimy dopiero po zakończeniu procesu – zapowiedział Adam Wrona.",
     "zakończeniu procesu", None),
    # negative: the company whose account is named after a preposition is not the one to act
    ("Spółka Autobusy Beskidzkie wstrzymała kursy. – Autobusy wyjadą dopiero po tym, jak na konto spółki "
     "wpłyną zaległe pieniądze – mówi prezes Jan Mróz.",
     "na konto spółki wpłyną zaległe pieniądze", None),
    # the named actor opening the condition is the one to act
    ("– Autobusy wyjadą dopiero wtedy, gdy Urząd Gminy Mirów przeleje zaległe pieniądze – mówi prezes Jan Mróz.",
     "Urząd Gminy Mirów przeleje zaległe pieniądze", "Urząd Gminy Mirów"),
])
def test_condition_of_is_the_named_actor_to_act(text, start, of):
    got = [(d.text, d.of) for d in demands(text) if d.kind == "condition"]
    assert [(x[: len(start)], o) for x, o in got] == [(start, of)]


def items(text):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


def split(of):
    return set((of or "").split(", ")) - {""}


@pytest.mark.parametrize("text,start,of", [
    # "both parties": the demander before and the party it demanded of
    ("Związek Zawodowy Listonoszy domaga się od Poczty Polskiej podwyżki płac. Ministerstwo Cyfryzacji wezwało "
     "obie strony do powrotu do rozmów.",
     "powrotu do rozmów", {"Związek Zawodowy Listonoszy", "Poczta Polska"}),
    # the demander's own demand names no addressee: the organisation the dispute is placed in
    ("Referendum strajkowe w spółce Koleje Podhalańskie wygrał Komitet Strajkowy Kolejarzy. Komitet Strajkowy "
     "Kolejarzy domaga się podwyżki płac. Minister Jan Wolski zaapelował do obu stron o powrót do stołu.",
     "powrót do stołu", {"Komitet Strajkowy Kolejarzy", "Koleje Podhalańskie"}),
    # negative: no demander named before, "both parties" are not stated
    ("Ministerstwo Infrastruktury wezwało obie strony do powrotu do rozmów.", "powrotu do rozmów", set()),
    # negative: one party only is named (no demand before, no dispute placed in an organisation)
    ("Związek Zawodowy Pilotów domaga się podwyżki płac. Ministerstwo Infrastruktury wezwało obie strony do "
     "powrotu do rozmów.", "powrotu do rozmów", set()),
])
def test_both_parties_are_the_named_parties_of_the_dispute(text, start, of):
    got = {x: split(o) for x, _b, o in items(text)}
    assert got[start] == of


@pytest.mark.parametrize("text,start,of", [
    # "byłemu staroście" → the person the text calls the former starosta (apposition after the name)
    ("Henryk Mazur, były starosta wierzbnicki, usłyszał wyrok. Jego następca Paweł Grzyb zapowiada, że powiat "
     "wystąpi przeciwko byłemu staroście z powództwem o zwrot strat.", "zwrot strat", {"Henryk Mazur"}),
    # the apposition before the name
    ("Sąd skazał byłego dyrektora szpitala Adama Kota na grzywnę. Szpital Miejski w Opolu domaga się od byłego "
     "dyrektora zwrotu pieniędzy wraz z odsetkami.", "zwrotu pieniędzy wraz z odsetkami", {"Adam Kot"}),
    # negative: two persons are called former starostas, the text does not say which one
    ("Henryk Mazur, były starosta wierzbnicki, i Jan Lis, były starosta opolski, usłyszeli wyroki. Paweł Grzyb "
     "zapowiada, że powiat wystąpi przeciwko byłemu staroście z powództwem o zwrot strat.", "zwrot strat", set()),
    # negative: the director now in office is not "the former director"
    ("Dyrektor szpitala Joanna Kruk złożyła pozew. Szpital Miejski w Opolu domaga się od byłego dyrektora "
     "zwrotu pieniędzy wraz z odsetkami.", "zwrotu pieniędzy wraz z odsetkami", set()),
])
def test_former_role_is_the_person_the_text_calls_so(text, start, of):
    got = {x: split(o) for x, _b, o in items(text)}
    assert got[start] == of


@pytest.mark.parametrize("text,start,of", [
    # the petition's recipient stated with "adresat" and a copula, the demands read from the petition later
    ("Komitet Obrony Dworca zbiera podpisy pod petycją. Jej adresatem jest burmistrz Opola Jan Lis. Pod petycją "
     "podpisało się 800 osób. Marsz przeszedł przez miasto. W petycji komitet domaga się przede wszystkim "
     "remontu poczekalni.", "remontu poczekalni", {"Jan Lis"}),
    ("Adresatem petycji jest Urząd Miasta Opola. Podpisało ją 800 osób. W petycji Komitet Obrony Dworca domaga "
     "się remontu poczekalni.", "remontu poczekalni", {"Urząd Miasta Opola"}),
    # negative: the person is named, but not as the recipient
    ("Komitet Obrony Dworca zbiera podpisy pod petycją. Burmistrz Opola Jan Lis nie skomentował sprawy. Pod "
     "petycją podpisało się 800 osób. Marsz przeszedł przez miasto. W petycji komitet domaga się przede wszystkim "
     "remontu poczekalni.", "remontu poczekalni", set()),
])
def test_petition_recipient_stated_with_adresat(text, start, of):
    got = {x: split(o) for x, _b, o in items(text)}
    assert got[start] == of


LIST = ("Związek Zawodowy Kolejarzy domaga się od Kolei Mazowieckich podwyżki płac. Kolejnym postulatem jest "
        "dodatek za pracę w nocy. ")


@pytest.mark.parametrize("text,last", [
    # a list continued with "<among> <demand noun> znalazł się X": "na liście żądań" like "wśród żądań"
    (LIST + "Na liście żądań znalazła się także zmiana regulaminu premiowania.", "zmiana regulaminu premiowania"),
    (LIST + "Wśród ich postulatów znalazła się także zmiana regulaminu premiowania.", "zmiana regulaminu premiowania"),
    # negatives: a list of something else, or no demand noun
    (LIST + "Na liście gości znalazł się także minister.", "dodatek za pracę w nocy"),
    (LIST + "Wśród gości znalazł się także minister.", "dodatek za pracę w nocy"),
])
def test_items_found_among_the_demands(text, last):
    got = items(text)
    assert got[-1][0] == last
    assert got[-1][1:] == ("Związek Zawodowy Kolejarzy", "Koleje Mazowieckie")


@pytest.mark.parametrize("text,expected", [
    # "Warunki <whose> są jasne. To A, B oraz C": the owner between the noun and the copula
    ("– Warunki Turcji są jasne. To wydanie terrorystów, zniesienie embarga oraz koniec wsparcia dla bojówek "
     "– mówił prezydent Recep Erdogan.",
     ["wydanie terrorystów", "zniesienie embarga", "koniec wsparcia dla bojówek"]),
    ("– Postulaty związku są jasne. To podwyżka płac oraz dodatek nocny – mówił Adam Wrona.",
     ["podwyżka płac", "dodatek nocny"]),
    # negatives: the next sentence does not list them; a genitive that is no owner of demands
    ("– Warunki Turcji są jasne. Nie damy się zwieść obietnicami – mówił prezydent Recep Erdogan.", []),
    ("Warunki pracy są trudne. To efekt wieloletnich zaniedbań.", []),
])
def test_clear_terms_with_their_owner(text, expected):
    assert [x for x, _b, _o in items(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # the first item right after an announcement, opened by "Przede wszystkim"; "X ma …": X is the addressee
    ("Burmistrz Opola Jan Lis podniósł opłaty. Komitet Obrony Szkoły stawia trzy żądania. Przede wszystkim "
     "burmistrz ma wycofać się z podwyżki opłat. Kolejnym postulatem jest remont sali.",
     [("burmistrz ma wycofać się z podwyżki opłat", "Komitet Obrony Szkoły", "Jan Lis"),
      ("remont sali", "Komitet Obrony Szkoły", "Jan Lis")]),
    # negative: no announcement right before
    ("Komitet Obrony Szkoły zebrał się w sobotę. Przede wszystkim burmistrz ma wycofać się z podwyżki opłat.", []),
])
def test_first_item_after_an_announcement(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a date between the verb and what it demands is skipped
    ("Związek Zawodowy Listonoszy zażądał w czwartek od Poczty Polskiej podwyżki płac.",
     [("podwyżki płac", "Związek Zawodowy Listonoszy", "Poczta Polska")]),
    ("Związek Zawodowy Listonoszy zażądał od Poczty Polskiej podwyżki płac.",
     [("podwyżki płac", "Związek Zawodowy Listonoszy", "Poczta Polska")]),
    # negative: a date alone demands nothing
    ("Związek Zawodowy Listonoszy zażądał w czwartek.", []),
])
def test_a_date_after_the_verb_is_no_part_of_the_demand(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "a następnie" / "a potem" join demanded things in sequence: two items, like "a także"
    ("Mieszkańcy Kozłowic domagają się usunięcia odpadów na koszt państwa, a następnie ściągnięcia pieniędzy "
     "od sprawców.", ["usunięcia odpadów na koszt państwa", "ściągnięcia pieniędzy od sprawców"]),
    ("Związek Zawodowy Listonoszy domaga się podwyżki płac, a potem premii.", ["podwyżki płac", "premii"]),
    # negative: one noun phrase with commas of its own stays one item
    ("Związek Zawodowy Listonoszy domaga się dopłat do paliwa, nawozów i energii.", ["dopłat do paliwa, nawozów i energii"]),
])
def test_items_in_sequence_are_split(text, expected):
    assert [x for x, _b, _o in items(text)] == expected
