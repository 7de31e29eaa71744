"""Actors, round 14 (#15): invented sentences -> expected names, negatives included.

- two organisations' names joined by "i" are two actors when the words after "i" are an adjective and a
  noun agreeing outside the genitive (a new name's nominative or accusative: "Urząd Wojewódzki i Wody
  Polskie"); a name's own coordinated complement is a genitive or a lone word and stays in it;
- a body's name without the adjective that opens it, once the full name is given, is that body;
- a trade union's unit named with its union (and its workplace in the genitive) is one actor; the
  union named alone stays an actor of its own.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _names(text):
    return {a.name for a in extract_actors(nlp.analyze(text))}


def _by_name(text):
    return {a.name: a for a in extract_actors(nlp.analyze(text))}


COORDINATED = [
    ("W piątek Urząd Marszałkowski i Wody Polskie podpisały porozumienie.", {"Urząd Marszałkowski", "Wody Polskie"}),
    ("Protest zorganizowały Ogólnopolski Związek Zawodowy Kolejarzy i Krajowa Rada Kolejarzy.",
     {"Ogólnopolski Związek Zawodowy Kolejarzy", "Krajowa Rada Kolejarzy"}),
    ("Spotkali się z nimi przedstawiciele: Zarząd Główny i Rada Naczelna stowarzyszenia.", {"Zarząd Główny", "Rada Naczelna"}),
    ("Kontrolę prowadzą Inspekcja Handlowa i Straż Graniczna.", {"Inspekcja Handlowa", "Straż Graniczna"}),
]

ONE_NAME = [  # a name's own "i": a genitive complement or a lone word after it
    ("Pismo trafiło do Ministerstwa Rodziny i Polityki Społecznej.", "Ministerstwo Rodziny i Polityki Społecznej"),
    ("Ostrzeżenie wydał Instytut Meteorologii i Gospodarki Wodnej.", "Instytut Meteorologii i Gospodarki Wodnej"),
    ("Strajk ogłosił Związek Zawodowy Personelu Pokładowego i Lotniczego.",
     "Związek Zawodowy Personelu Pokładowego i Lotniczego"),
]


@pytest.mark.parametrize("text,want", COORDINATED)
def test_two_names_joined_by_i_are_two_actors(text, want):
    found = _names(text)
    assert want <= found, found
    assert not [n for n in found if " i " in n], found


@pytest.mark.parametrize("text,name", ONE_NAME)
def test_a_names_own_coordinated_complement_stays_in_it(text, name):
    assert name in _names(text)


UNQUALIFIED = [
    ("W sobotę Mazowiecki Urząd Wojewódzki wydał komunikat. Urząd Wojewódzki zapewnia o pomocy.",
     "Mazowiecki Urząd Wojewódzki"),
    ("Wyrok wydał Wojewódzki Sąd Administracyjny w Gliwicach. Sąd Administracyjny uznał skargę.",
     "Wojewódzki Sąd Administracyjny w Gliwicach"),
    ("Polska Grupa Górnicza ogłosiła plan. Grupa Górnicza zapowiada zwolnienia.", "Polska Grupa Górnicza"),
]


@pytest.mark.parametrize("text,name", UNQUALIFIED)
def test_a_name_without_its_opening_adjective_is_the_named_body(text, name):
    assert set(_names(text)) == {name}


def test_a_shortened_name_two_bodies_share_stays_apart():
    found = _names("Skargi trafiły do Okręgowej Izby Lekarskiej i Naczelnej Izby Lekarskiej. Izba Lekarska milczy.")
    assert {"Okręgowa Izba Lekarska", "Naczelna Izba Lekarska"} <= found, found


UNITS = [
    ('Głos zabrał Jan Nowak, szef Krajowej Sekcji Górnictwa NSZZ "S".', 'Krajowa Sekcja Górnictwa NSZZ "S"'),
    ("Krajowa Sekcja Oświaty NSZZ Solidarność wydała oświadczenie.", "Krajowa Sekcja Oświaty NSZZ Solidarność"),
    ("Protestują działacze KK WZZ Sierpień 80 z kopalni.", "KK WZZ Sierpień 80"),
    ('Komisja Zakładowa NSZZ "Solidarność" Huty Zawiercie zażądała rozmów.',
     'Komisja Zakładowa NSZZ "Solidarność" Huty Zawiercie'),
    ("Wezwanie wystosowała Organizacja Zakładowa OPZZ Kopalni Jankowice.", "Organizacja Zakładowa OPZZ Kopalni Jankowice"),
    # the unit's acronym signing an embedded post after a dash
    ("Posłowie nas nie słuchają... — KZ NSZZ Solidarność (@kz_solidarnosc) March 3, 2021", "KZ NSZZ Solidarność"),
]


@pytest.mark.parametrize("text,name", UNITS)
def test_a_unions_unit_named_with_its_union_is_one_actor(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "organization", found
    assert not [n for n in found if n != name and found[n].type == "organization"], found


def test_a_union_alone_and_a_firms_organ_stay_apart():
    found = _names("Zarząd Huty Radlin przedstawił plan. NSZZ Solidarność protestuje, a OPZZ milczy.")
    assert {"Zarząd Huty Radlin", "NSZZ Solidarność", "OPZZ"} <= found, found


HOLDERS = [  # a role, the name it is of, then its holder with a foreign (or common-word) first name
    ("Wczoraj premier Nowej Zelandii Chris Hipkins przyjechał z wizytą.", "Nowa Zelandia", "Chris Hipkins"),
    ("Przyjechał premier Wielkiej Brytanii Rishi Sunak.", "Wielka Brytania", "Rishi Sunak"),
    ("Oświadczenie wydał prezes Kopalni Wujek Dieter Baumann.", "Kopalnia Wujek", "Dieter Baumann"),
    ("Apel wysłano do burmistrza Kościana Marka Nowaka, który milczy.", "Kościan", "Marek Nowak"),
    # the role opening its sentence has a capital that makes it no part of a name
    ("Premier Nowej Zelandii Chris Hipkins przyjechał z wizytą.", "Nowa Zelandia", "Chris Hipkins"),
    ("Deszcz padał. Prezes Kopalni Wujek Dieter Baumann wydał oświadczenie.", "Kopalnia Wujek", "Dieter Baumann"),
    ("– Premier Wielkiej Brytanii Rishi Sunak jutro przyjedzie.", "Wielka Brytania", "Rishi Sunak"),
]


@pytest.mark.parametrize("text,body,person", HOLDERS)
def test_a_roles_complement_and_its_holder_are_two_actors(text, body, person):
    found = _by_name(text)
    assert body in found and person in found and found[person].type == "person", found
    assert len(found) == 2, found


@pytest.mark.parametrize("text,person", [
    # a body named after a person: an institution's noun before the name, no pair
    ("Rozmawiał z prezesem Fundacji Anny Nowickiej.", "Anna Nowicka"),
    ("Przemawiał rektor Uniwersytetu Adama Mickiewicza.", "Adam Mickiewicz"),
])
def test_a_body_named_after_a_person_is_not_cut_into_a_place(text, person):
    found = _by_name(text)
    assert not [a for a in found.values() if a.type == "place"], found


CREDITS = [  # the page's byline and credits give no actor; the article's names stay
    ("Sejm przyjął ustawę\n\n2024-03-06, 17:54  Polska Agencja Prasowa\n\nPosłowie PiS protestowali.",
     {"Sejm", "PiS"}),
    ("Sejm przyjął ustawę\n\n06.03.2024 10:15 Anna Kowalska\n\nPosłowie PiS protestowali.", {"Sejm", "PiS"}),
    ("Sejm przyjął ustawę\n\n2023-11-02, 08:05 PAP\n\nPosłowie PiS protestowali.", {"Sejm", "PiS"}),
    ("Sejm przyjął ustawę\n\n6 marca 2024, 17:54 Anna Kowalska\n\nPosłowie PiS protestowali.", {"Sejm", "PiS"}),
    ("Ceny biletów wzrosły w Toruniu./fot. Unsplash\n\nRatusz milczy.", {"Toruń"}),
    ("Posłowie w Sejmie /Fot. Jan Kos\n\nRatusz milczy.", {"Sejm"}),
    ("Relację z Berlina przygotował Jan Kos/IAR\n\nRatusz milczy.", {"Berlin"}),
]


@pytest.mark.parametrize("text,want", CREDITS)
def test_a_pages_byline_and_glued_credits_give_no_actor(text, want):
    assert _names(text) == want


def test_a_dated_sentence_is_no_byline():
    found = _names("2024-03-06 Sejm przyjął ustawę o Krajowej Radzie Sądownictwa.\n\nAnna Kowalska skrytykowała ją.")
    assert {"Sejm", "Krajowa Rada Sądownictwa", "Anna Kowalska"} <= found, found
    found = _names("Wyrok zapadł\n\n12 lutego 2023 Sąd Okręgowy w Opolu\n\nTo był trudny dzień.")
    assert "Sąd Okręgowy w Opolu" in found, found


HOLIDAYS = [  # a holiday names a day, as a month or a weekday does: no actor
    ("Górnicy czekają na nagrody z okazji Barbórki.", set()),
    ("Wyrok zapadł w Wielki Czwartek w Sądzie Okręgowym w Opolu.", {"Sąd Okręgowy w Opolu"}),
    ("Program ulg będzie gotowy do Wszystkich Świętych.", set()),
    ("Na Dzień Kobiet pracownice Poczty Polskiej dostały premię.", {"Poczta Polska"}),
    # negative: a person whose first name is a holiday's stays
    ("Sylwester Marciniak przemawiał w Dniu Matki.", {"Sylwester Marciniak"}),
]


@pytest.mark.parametrize("text,want", HOLIDAYS)
def test_a_holiday_is_no_actor(text, want):
    assert _names(text) == want


PREFIXED = [  # an acronym before a body's name abbreviates its full name: one actor
    ("Stewardesy latają dla PLL LOT od lat. Rzecznik Polskich Linii Lotniczych milczy, a strajk w LOT trwa.", "LOT",
     {"PLL LOT", "Polskich Linii Lotniczych"}),
    ("Polskie Linie Lotnicze odwołały rejsy. Samoloty PLL LOT stoją na płycie.", "LOT", {"Polskie Linie Lotnicze"}),
    ("Spółka PGW Wody Polskie zapewnia, że Wody Polskie działają.", "Wody Polskie", {"PGW"}),
    ("Nadleśnictwa PGL Lasy Państwowe sprzedają drewno. Lasy Państwowe podniosły ceny.", "Lasy Państwowe", {"PGL"}),
]


@pytest.mark.parametrize("text,name,forms", PREFIXED)
def test_an_acronym_before_a_bodys_name_is_that_body(text, name, forms):
    found = _by_name(text)
    assert name in found and forms <= set(found[name].aliases), found
    assert len([a for a in found.values() if a.type == "organization"]) == 1, found


def test_an_acronym_before_another_body_stays_apart():
    # "KE" spells no listed form of Wody Polskie: two bodies side by side
    found = _names("Według KE Wody Polskie nie wykonały zaleceń. Komisja Europejska czeka na raport.")
    assert {"Wody Polskie"} <= found and not [n for n in found if "KE" in n.split() and n != "KE"], found
    assert len(found) == 2, found


FOREIGN_BODIES = [  # another country's adjective before a listed (Polish) body names that country's body
    ("Greckie MSZ wydało w piątek komunikat.", "Greckie MSZ"),
    ("Tureckie Ministerstwo Spraw Zagranicznych wydało ostrzeżenie dla turystów.",
     "Tureckie Ministerstwo Spraw Zagranicznych"),
    ("Czeskie MSZ wezwało ambasadora.", "Czeskie MSZ"),
]


@pytest.mark.parametrize("text,name", FOREIGN_BODIES)
def test_another_countrys_adjective_before_a_listed_body_is_part_of_its_name(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "organization", found
    assert len(found) == 1, found


def test_the_polish_adjective_before_a_listed_body_is_the_body_itself():
    assert _names("Polskie MSZ poinformowało w poniedziałek o spotkaniu.") == {"MSZ"}


def test_a_body_by_its_countrys_adjective_and_by_the_country_in_the_genitive_is_one():
    found = _by_name("Rosyjskie MSZ wezwało ambasadora. MSZ Rosji milczy.")
    assert set(found) == {"MSZ Rosji"} and "Rosyjskie MSZ" in found["MSZ Rosji"].aliases, found


ENTERPRISES = [  # an enterprise's name is an organization, even where a word of it also names a place
    ("Kontrolerzy od lat pracują w Państwowych Portach Lotniczych.", "Państwowe Porty Lotnicze"),
    ("Spór zakończył się porozumieniem w Kolejach Śląskich.", "Koleje Śląskie"),
    ("Oświadczenie wydał prezes Huty Częstochowa.", "Huta Częstochowa"),
    ("Samoloty nie polecą już z Portu Lotniczego Szczecin-Goleniów.", "Port Lotniczy Szczecin-Goleniów"),
]


@pytest.mark.parametrize("text,name", ENTERPRISES)
def test_an_enterprises_name_is_an_organization(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "organization", found


@pytest.mark.parametrize("text,name", [
    ("Mieszka w miejscowości Huta Różaniecka pod Biłgorajem.", "Huta Różaniecka"),  # a village named Huta …
    ("Pojechał do Zielonej Góry i Stalowej Woli.", "Stalowa Wola"),
])
def test_a_place_named_like_an_enterprise_stays_a_place(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "place", found
