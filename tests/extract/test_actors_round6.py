"""Actors, round 6 (issue 15): invented sentences -> expected (name, type), negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _by_name(text):
    return {a.name: a for a in extract_actors(nlp.analyze(text))}


def names(text):
    return set(_by_name(text))


# a nasal vowel before a stop written out ("Kempa" for "Kępa") is the same surname: one person
NASAL = [
    ("Prezes Tadeusz Kępa odmówił. Wczoraj Tadeusz Kempa zmienił zdanie.", "Tadeusz Kępa", "Tadeusz Kempa"),
    ("Radna Ewa Dąbek pytała o budżet. Ewa Dombek nie dostała odpowiedzi, a Dąbek zapowiedziała skargę.",
     "Ewa Dąbek", "Ewa Dombek"),
]
NASAL_NEGATIVES = [
    # other first names: two people
    ("Prezes Tadeusz Kępa odmówił. Wczoraj Marek Kempa zmienił zdanie.", {"Tadeusz Kępa", "Marek Kempa"}),
    # a letter other than the nasal: two people with similar surnames stay apart
    ("Radny Piotr Zięba pytał o drogę. Piotr Ziemka odpowiedział mu na sesji.", {"Piotr Zięba", "Piotr Ziemka"}),
]


@pytest.mark.parametrize("text,name,variant", NASAL)
def test_nasal_spelling_of_one_surname_merges(text, name, variant):
    found = _by_name(text)
    assert name in found and variant not in found
    assert variant in found[name].aliases


@pytest.mark.parametrize("text,expected", NASAL_NEGATIVES)
def test_other_people_stay_apart(text, expected):
    assert expected <= names(text)


# an acronym with a conjunction's letter in upper case ("OZZPIP") spells the name as "OZZPiP" does
ACRONYM_CASE = [
    ("Krajowy Związek Hodowców i Rolników wysłał pismo. Zarząd KZHIR czeka na odpowiedź.",
     "Krajowy Związek Hodowców i Rolników", "KZHIR"),
]


@pytest.mark.parametrize("text,name,acronym", ACRONYM_CASE)
def test_acronym_in_capitals_merges(text, name, acronym):
    found = _by_name(text)
    assert acronym not in found and acronym in found[name].aliases


def test_acronym_of_other_letters_stays_apart():
    found = names("Krajowy Związek Hodowców i Rolników wysłał pismo. Zarząd KZHOR czeka na odpowiedź.")
    assert "KZHOR" in found


def test_the_nasal_spelling_names_the_person_and_the_surname_joins():
    found = _by_name("Ryszard Kempa zaprzecza. Kibice chcą, aby Ryszard Kępa odszedł, a Kępa milczy. Kempa nie oddzwonił.")
    assert "Ryszard Kępa" in found and not {"Ryszard Kempa", "Kępa", "Kempa"} & set(found)
    assert found["Ryszard Kępa"].mentions == 4


# a common noun opening a clause is no actor by its capital letter alone; a listed name so written
# stays one, and so does a common noun the text also names the actor by elsewhere
CLAUSE_START = [
    ("Radni spierali się długo. Klub PSL poprze projekt, jeśli burmistrz go zmieni.", {"Klub"}, {"PSL"}),
    ("Stopy wzrosły o pół punktu. Polityka pieniężna i fiskalna idą w różne strony.", {"Polityka"}, set()),
    ("Wójt milczał. Polityk dodał, że PSL nie wyklucza własnego projektu.", {"Polityka", "Polityk"}, {"PSL"}),
]
CLAUSE_START_KEPT = [
    ("Projekt trafił do komisji. Sejm zajmie się nim w piątek.", "Sejm"),
    ("Związkowcy protestują. Solidarność zapowiada strajk generalny.", "Solidarność"),
    ("Polityka ustaliła, że minister odejdzie. Tygodnik powołuje się na trzy źródła.", "Polityka"),
]


@pytest.mark.parametrize("text,absent,present", CLAUSE_START)
def test_common_noun_at_clause_start_is_no_actor(text, absent, present):
    found = names(text)
    assert not found & absent and present <= found


@pytest.mark.parametrize("text,name", CLAUSE_START_KEPT)
def test_named_actors_at_clause_start_stay(text, name):
    assert name in names(text)


# a word the dictionary does not know that declines as an adjective agrees with the head noun before it
AGREEING_UNKNOWN = [
    ("Gminy Kraju Wysockiego tracą wodę w studniach.", "Kraj Wysocki", "place"),
    ("Władze Powiatu Ostrzeszyckiego czekają na decyzję.", "Powiat Ostrzeszycki", None),
    ("Radni Ziemi Dobrzyckiej poparli apel.", "Ziemia Dobrzycka", None),
]
AGREEING_NEGATIVES = [
    # a genitive complement of another gender keeps its form: no invented agreement
    ("Radni Ziemi Dobrzyckiego poparli apel.", "Ziemia Dobrzycka"),
]


@pytest.mark.parametrize("text,name,typ", AGREEING_UNKNOWN)
def test_unknown_adjective_agrees_with_its_head(text, name, typ):
    found = _by_name(text)
    assert name in found and (typ is None or found[name].type == typ)


@pytest.mark.parametrize("text,absent", AGREEING_NEGATIVES)
def test_no_agreement_invented(text, absent):
    assert absent not in names(text)


# of a town in -ów and a village in -owo that one oblique form may stand for, the town in -ów
def test_a_town_in_ow_over_owo():
    found = names("Rolnicy pod Józefowem protestują od rana.")
    assert "Józefów" in found and "Józefowo" not in found


# an -io first name the dictionary does not know declines as Antonio does (Antoniem, Antonia): its
# nominative ends in -io, not in an invented soft stem ("Antóń")
IO_NAMES = [
    ("Rozmawiał telefonicznie z sekretarzem generalnym Antóniem Guterresem.", "António Guterres"),
    ("Zastąpi go Sergio Ramos, a rozmowy z Sergiem Ramosem trwają.", "Sergio Ramos"),
]
IO_NEGATIVES = [
    # a woman's first name in -ia stays hers: no Giorgio read into the nominative
    ("Premier Giorgia Meloni przyjechała do Brukseli.", "Giorgia Meloni", {"Giorgio Meloni"}),
]


@pytest.mark.parametrize("text,name", IO_NAMES)
def test_io_first_names(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "person"


@pytest.mark.parametrize("text,name,absent", IO_NEGATIVES)
def test_feminine_ia_names_stay(text, name, absent):
    found = names(text)
    assert name in found and not found & absent


# a body's or a region's run ending in the surname of a person the text names on its own is two names
PERSON_TAILS = [
    ("Nie zgodzimy się – powiedział hejtman Kraju Wysockiego Marek Břenek. Jak dodał Brenek, woda znika.",
     {("Marek Břenek", "person"), ("Kraj Wysocki", "place")}, {"Kraj Wysocki Marek Břenek", "Brenek"}),
    ("Premier Tomas Kiraly grozi wetem. W wywiadzie dla radia Dunaj Kiraly zapowiedział weto.",
     {("Tomas Kiraly", "person"), ("Dunaj", "media")}, {"Dunaj Kiraly"}),
]
PERSON_TAIL_NEGATIVES = [
    # no such person named on his own: the run stays one name
    ("W wywiadzie dla radia Dunaj Kiraly zapowiedział weto.", {"Dunaj Kiraly"}),
    # a place ending a body's name is no surname, though a person bears it
    ("Radna Anna Kalisz pytała o budżet. Urząd Miasta Kalisz nie odpowiedział.", {"Urząd Miasta Kalisz"}),
]


@pytest.mark.parametrize("text,expected,absent", PERSON_TAILS)
def test_person_after_a_body_or_region(text, expected, absent):
    found = {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}
    assert expected <= found and not {n for n, _ in found} & absent


@pytest.mark.parametrize("text,present", PERSON_TAIL_NEGATIVES)
def test_runs_without_a_named_person_stay(text, present):
    assert present <= names(text)


# a body's territorial unit named with the body's acronym ends at the acronym, with the unit's seat
UNITS = [
    ("Pismo trafiło do Mazowieckiego Oddziału Wojewódzkiego NFZ w piątek.", "Mazowiecki Oddział Wojewódzki NFZ"),
    ("Spór trwa od miesięcy. Oddział ZNP w Kaliszu wystosował pismo do prezydenta.", "Oddział ZNP w Kaliszu"),
    ("Okręg PZW w Lesznie zarybił jezioro.", "Okręg PZW w Lesznie"),
]
UNIT_NEGATIVES = [
    # a unit's noun in lower case is no name: the acronym alone
    ("Rzeczniczka mazowieckiego oddziału NFZ milczy.", "NFZ", {"Oddział NFZ"}),
    # a town after the acronym without a preposition is no seat
    ("Prezes Oddziału ZNP Jan Kowal zabrał głos.", "Jan Kowal", {"Oddział ZNP Jan Kowal"}),
]


@pytest.mark.parametrize("text,name", UNITS)
def test_unit_of_a_body_with_its_acronym(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "organization"


@pytest.mark.parametrize("text,name,absent", UNIT_NEGATIVES)
def test_unit_negatives(text, name, absent):
    found = names(text)
    assert name in found and not found & absent


# a person named by a first name and a surname's initial keeps the period, at a clause start too
INITIAL_NAMES = [
    ("Sąd skazał Piotra K. na karę. Marek W. odmówił składania wyjaśnień.", {"Piotr K.", "Marek W."}, {"W.", "Piotr K"}),
]


@pytest.mark.parametrize("text,present,absent", INITIAL_NAMES)
def test_initial_names(text, present, absent):
    found = names(text)
    assert present <= found and not found & absent


# a listed title that is a common noun does not take the other number: "Fakty" is no form of the daily
# "Fakt", "Politycy" none of the weekly "Polityka"; a proper name's forms stay its own
TITLE_NUMBER = [
    ("W rozmowie z portalem Sportowe Fakty przekonywał, że dołożył do klubu.", {("Sportowe Fakty", "media")},
     {"Fakt", "Sportowe"}),
    ("Politycy PiS milczą w tej sprawie.", {("PiS", "organization")}, {"Polityka"}),
    ("Jak podał Fakt, minister odejdzie. Według Faktu to przesądzone.", {("Fakt", "media")}, set()),
    ("Rozmawiali w Niemczech i w Polsce.", {("Niemcy", "place"), ("Polska", "place")}, set()),
]


@pytest.mark.parametrize("text,expected,absent", TITLE_NUMBER)
def test_title_in_the_other_number(text, expected, absent):
    found = {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}
    assert expected <= found and not {n for n, _ in found} & absent


# a workplace named by its common name in the nominative and its own unknown name is one body, which
# then goes by its own name alone; its seat is where it is, not part of its name
OWN_NAMES = [
    ("Zakłady Metalowe Wiertex w Stalowej Woli zwolnią 340 osób. Wiertex tłumaczy to spadkiem zamówień.",
     "Zakłady Metalowe Wiertex", {"Wiertex"}),
    ("Przedsiębiorstwo Handlowe Kolbex podniesie ceny. Zarząd Kolbexu milczy.",
     "Przedsiębiorstwo Handlowe Kolbex", {"Kolbexu"}),
]
OWN_NAME_NEGATIVES = [
    # a body whose head is no workplace keeps its words apart from an unknown word after them
    ("Rada Nadzorcza Kolbex zbierze się w piątek.", {"Rada Nadzorcza"}, {"Rada Nadzorcza Kolbex"}),
    # an unknown word named as a person elsewhere does not cut a firm's name without a first name before it
    ("Prezes Kolbexu Grzegorz Lis milczy. Przedsiębiorstwo Handlowe Kolbex podniesie ceny.",
     {"Przedsiębiorstwo Handlowe Kolbex", "Grzegorz Lis"}, {"Przedsiębiorstwo Handlowe"}),
]


@pytest.mark.parametrize("text,name,aliases", OWN_NAMES)
def test_workplace_with_its_own_name(text, name, aliases):
    found = _by_name(text)
    assert name in found and aliases <= set(found[name].aliases) and not aliases & set(found)


@pytest.mark.parametrize("text,present,absent", OWN_NAME_NEGATIVES)
def test_own_name_negatives(text, present, absent):
    found = names(text)
    assert present <= found and not found & absent


# a programme's or an event's name goes on through a listed place: no actor in it
THINGS = [
    ("Pieniądze mają pochodzić z Programu Operacyjnego Polska Wschodnia. Radni się zgodzili.", {"Polska"}),
    ("Był najlepszym zawodnikiem Akademickich Mistrzostw Polski, napisał na Instagramie.",
     {"Polska", "Akademickie Mistrzostwa"}),
]
THING_NEGATIVES = [
    # a place named after the thing's name, apart from it, stays
    ("Program Czyste Powietrze działa w Polsce od lat.", {"Polska"}),
    ("Mistrzostwa odbędą się w Polsce, a Polska zagra w grupie A.", {"Polska"}),
]


@pytest.mark.parametrize("text,absent", THINGS)
def test_no_actor_inside_a_things_name(text, absent):
    assert not names(text) & absent


@pytest.mark.parametrize("text,present", THING_NEGATIVES)
def test_places_apart_from_a_thing_stay(text, present):
    assert present <= names(text)


# a listed body's word after a capitalised adjective agreeing with it heads a longer name of its own
LISTED_HEADS = [
    ("Według Krajowej Unii Producentów Soków ceny spadną. Dyrektor KUPS milczy.",
     "Krajowa Unia Producentów Soków", {"KUPS"}),
    ("Apel wystosowała Ogólnopolska Unia Przewoźników Drogowych w piątek.", "Ogólnopolska Unia Przewoźników Drogowych", set()),
]
LISTED_HEAD_NEGATIVES = [
    # the listed word alone, or with nothing after it, is the listed body
    ("Unia Europejska przyjęła pakiet, a Unia nie zmieni zdania.", {"Unia Europejska"}, {"Unia Przewoźników"}),
]


@pytest.mark.parametrize("text,name,aliases", LISTED_HEADS)
def test_listed_word_heading_a_longer_name(text, name, aliases):
    found = _by_name(text)
    assert name in found and found[name].type == "organization" and aliases <= set(found[name].aliases)
    assert not {"Unia", "Unia Europejska"} & set(found)


@pytest.mark.parametrize("text,present,absent", LISTED_HEAD_NEGATIVES)
def test_listed_body_stays(text, present, absent):
    found = names(text)
    assert present <= found and not found & absent


# an acronym naming a body with its head noun and adjectives, and a branch named with "i", are one name;
# the branch's acronym ("PGE GiEK": the firm's and the initials of the rest) joins it
ACRONYM_BODIES = [
    ("Analitycy XYZ Banku Śląskiego ocenili w komentarzu, że złoty zyska.", "XYZ Bank Śląski", set()),
    ("Warunkiem jest, że PGE Górnictwo i Energetyka Konwencjonalna wydłuży ekran. Rzeczniczka PGE GiEK "
     "przekazała, że wyniki są jawne.", "PGE Górnictwo i Energetyka Konwencjonalna", {"PGE GiEK"}),
]
ACRONYM_BODY_NEGATIVES = [
    # a listed name after "i" is a body of its own
    ("Umowę podpisały PGE Obrót i Tauron.", {"PGE Obrót", "Tauron"}, {"PGE Obrót i Tauron"}),
    # an acronym before a body's head noun without a capitalised adjective stays apart
    ("Według NIK Urząd Miasta nie dopełnił obowiązków.", {"NIK"}, {"NIK Urząd Miasta"}),
]


@pytest.mark.parametrize("text,name,aliases", ACRONYM_BODIES)
def test_acronym_bodies(text, name, aliases):
    found = _by_name(text)
    assert name in found and found[name].type == "organization" and aliases <= set(found[name].aliases)


@pytest.mark.parametrize("text,present,absent", ACRONYM_BODY_NEGATIVES)
def test_acronym_body_negatives(text, present, absent):
    found = names(text)
    assert present <= found and not found & absent


# a listed outlet's channel number ending the clause is part of its name; a count after it is not
CHANNELS = [
    ("Minister mówił, cytowany przez Polskie Radio 24. Potem wyszedł.", {"Polskie Radio 24"}, {"Polskie Radio"}),
    ("Polskie Radio 5 razy pytało o to.", {"Polskie Radio"}, {"Polskie Radio 5"}),
]


@pytest.mark.parametrize("text,present,absent", CHANNELS)
def test_channel_numbers(text, present, absent):
    found = names(text)
    assert present <= found and not found & absent


# a capitalised institution's head noun alone with a quoted name after it is one body, written as such
QUOTED_BODIES = [
    ('W poniedziałek Stowarzyszenie "Nasza Bukowa Góra" złożyło petycję.', 'Stowarzyszenie "Nasza Bukowa Góra"'),
    ("Petycję złożyło Stowarzyszenie „Zielony Dom” w piątek.", "Stowarzyszenie „Zielony Dom”"),
]
QUOTED_BODY_NEGATIVES = [
    # a quoted word after a head noun that is no name's (lower case, or a verb's quote) makes no body
    ('Sąd "zawiódł" - mówią mieszkańcy.', {'Sąd "zawiódł"', "Sąd"}),
]


@pytest.mark.parametrize("text,name", QUOTED_BODIES)
def test_head_noun_with_quoted_name(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "organization"


@pytest.mark.parametrize("text,absent", QUOTED_BODY_NEGATIVES)
def test_quoted_word_after_head_noun(text, absent):
    assert not names(text) & absent
