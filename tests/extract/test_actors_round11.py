"""Actors, round 11 (the real-page classes): invented sentences -> expected actors, and negatives.

Regions named by an abbreviated or plural region noun with adjectives.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _by_name(text):
    return {a.name: a for a in extract_actors(nlp.analyze(text))}


# (text, {name: an alias it must carry or None}) — every listed region is a place
REGIONS = [
    # the abbreviation "woj." with its adjective: the name keeps the abbreviation, in the nominative
    ("Spotkanie odbędzie się w Kielcach (woj. świętokrzyskie).", {"woj. świętokrzyskie": None}),
    ("Przyjechali hodowcy z woj. opolskiego i z woj. podlaskiego.",
     {"woj. opolskie": "woj. opolskiego", "woj. podlaskie": "woj. podlaskiego"}),
    # a compound adjective declines in its last part
    ("Głos zabrał sadownik z woj. kujawsko-pomorskiego.", {"woj. kujawsko-pomorskie": "woj. kujawsko-pomorskiego"}),
    # the plural noun before coordinated adjectives: one region each, a colon or none between
    ("Armia wycofała się z obwodów: charkowskiego, sumskiego i ługańskiego.",
     {"obwód charkowski": "charkowskiego", "obwód sumski": "sumskiego", "obwód ługański": "ługańskiego"}),
    ("Sadownicy z województw lubelskiego oraz mazowieckiego zablokowali drogę.",
     {"województwo lubelskie": "lubelskiego", "województwo mazowieckie": "mazowieckiego"}),
    ("Rakiety spadły w obwodach odeskim i mikołajowskim.",
     {"obwód odeski": "odeskim", "obwód mikołajowski": "mikołajowskim"}),
    # the singular noun with its adjective, as before
    ("Wybory w obwodzie kurskim przełożono.", {"obwód kurski": "obwodzie kurskim"}),
]


@pytest.mark.parametrize("text,names", REGIONS)
def test_a_region_noun_with_adjectives_names_places(text, names):
    found = _by_name(text)
    for name, alias in names.items():
        assert name in found and found[name].type == "place", (name, found)
        assert alias is None or alias in found[name].aliases, (name, found[name])


NOT_REGIONS = [
    # a plural region noun before words that are no regional adjectives
    "Komisja zbadała głosy z obwodów, których nie policzono, i z obwodów wyborczych.",
    "Rosja zajęła część obwodów okupowanych wcześniej.",
    # a single adjective after the plural: no list
    "Skargi przyszły z województw ościennych.",
    # the abbreviation with no adjective after it
    "Urzędnicy woj. nie odpowiedzieli.",
]


@pytest.mark.parametrize("text", NOT_REGIONS)
def test_no_region_without_its_adjectives(text):
    found = _by_name(text)
    assert not any(n.startswith(("obwód", "województwo", "woj.")) for n in found), found


# (text, names that must not be actors, names that must be)
NAMED_THINGS = [
    # a document named by its head noun, also after an adjective
    ("Minister powołał się na Kartę Praw Podstawowych.", {"Karta Praw Podstawowych"}, set()),
    ("Sąd wydał Europejski Nakaz Ochrony wobec Jana Nowaka.", {"Europejski Nakaz Ochrony"}, {"Jan Nowak"}),
    # a first word whose chosen lemma hides its "none" reading ("Trasy": tras / trasa)
    ("Korek sięgał do Trasy Siekierkowskiej.", {"Trasa Siekierkowska", "Trasy Siekierkowskiej"}, set()),
    # a street or square after its noun, a listed name and a two-person street too
    ("Demonstranci doszli do placu Unii Europejskiej.", {"Unia Europejska", "Unia"}, set()),
    ("Szpital mieści się przy ul. Kopernika i Curie w Gdańsku.", {"Curie", "Kopernik"}, {"Gdańsk"}),
    ("Kibice zebrali się na Placu Grunwaldzkim w Szczecinie.", {"Plac Grunwaldzki"}, {"Szczecin"}),
    # but a city's streets in the plural are the city's
    ("Rolnicy wyjechali na ulice Krakowa.", set(), {"Kraków"}),
]


@pytest.mark.parametrize("text,absent,present", NAMED_THINGS)
def test_documents_and_streets_are_no_actors(text, absent, present):
    found = _by_name(text)
    assert not absent & set(found), found
    assert present <= set(found), found


# (text, the person's full name, a form that must be among its aliases or None, names that must not be actors)
PARTICLES = [
    # "vel" joins two surnames into one name, also opening a sentence without the first name
    ("Rozmawialiśmy z Janem Malczewskim vel Sroką. Malczewski vel Sroka odmówił komentarza.",
     "Jan Malczewski vel Sroka", "Malczewski vel Sroka", {"Malczewski", "Sroka", "Malczewski vel"}),
    ("Głos zabrał poseł Piotr Zieliński vel Bąk. Zieliński vel Bąk o reformie: to konieczne.",
     "Piotr Zieliński vel Bąk", "Zieliński vel Bąk", {"Zieliński", "Bąk", "Zieliński vel"}),
    # an author's credit glued to the end of a line is no actor
    ("Minister Adam Wolak zapowiedział reformę.\nTo będzie trudny rok Marta Kowal /RMF FM\nDalszy tekst.",
     "Adam Wolak", None, {"Marta Kowal"}),
]


@pytest.mark.parametrize("text,name,alias,absent", PARTICLES)
def test_double_surnames_and_author_credits(text, name, alias, absent):
    found = _by_name(text)
    assert name in found and found[name].type == "person", found
    assert alias is None or alias in found[name].aliases, found[name]
    assert not absent & set(found), found


# (text, the body's name, names that must not be actors)
DISTRICTS = [
    ("Sąd Rejonowy dla Łodzi-Widzewa nie przychylił się do wniosku.", "Sąd Rejonowy dla Łodzi-Widzewa",
     {"Sąd Rejonowy", "Łódź-Widzew"}),
    ("Wniosek trafił do Sądu Rejonowego dla Krakowa-Podgórza.", "Sąd Rejonowy dla Krakowa-Podgórza", {"Sąd Rejonowy"}),
    ("Sprawę rozpatrzy Sąd Okręgowy dla Gdańska.", "Sąd Okręgowy dla Gdańska", {"Sąd Okręgowy", "Gdańsk"}),
    # a council club's own name with "dla" stays as written
    ("Radni z klubu Razem dla Gminy głosowali przeciw.", "Razem dla Gminy", set()),
]


@pytest.mark.parametrize("text,name,absent", DISTRICTS)
def test_a_body_named_with_its_district(text, name, absent):
    found = _by_name(text)
    assert name in found and found[name].type == "organization", found
    assert not absent & set(found), found


def test_dla_before_no_place_ends_the_name():
    found = _by_name("Urząd Miasta przygotował dla Mieszkańców nową ofertę.")
    assert not any("dla" in n for n in found), found


# (text, the club's name, names that must not be actors)
CLUBS = [
    # a word only ever part of a body's name, then its city in the nominative
    ("Trener Jan Wilk (Polonia Bytom) skrytykował sędziów.", "Polonia Bytom", {"Bytom", "Polonia"}),
    # a club's suffix ends its name; the words before it are no person or place of their own
    ("Bramkę dla Charlotte FC zdobył Karol Las.", "Charlotte FC", {"Charlotte", "FC"}),
    ("Mecz z Los Angeles FC zakończył się remisem.", "Los Angeles FC", {"Los Angeles", "FC"}),
]


@pytest.mark.parametrize("text,name,absent", CLUBS)
def test_a_club_named_with_its_city_or_suffix(text, name, absent):
    found = _by_name(text)
    assert name in found and found[name].type == "organization", found
    assert not absent & set(found), found


def test_a_common_noun_before_a_city_stays_apart():
    found = _by_name("Mecz odbył się w Bytomiu, a Polonia Bytom przegrała.")
    assert "Bytom" in found and found["Bytom"].type == "place", found


# (text, words in capitals that must not be actors, names that must be)
CAPITALS = [
    ("Mieszkańcy powiedzieli swoje NIE dla budowy spalarni.", {"NIE"}, set()),
    ("Radni chcą zachować park [WIDEO]\nSesja trwała długo.", {"WIDEO"}, set()),
    ("Posłuchaj audycji na 101 FM o ósmej.", {"FM"}, set()),
    ("Samorządność jest w DNA ludowców, mówił prezes PSL.", {"DNA"}, {"PSL"}),
    # an acronym of a body stays one, also after a word or a bracket of its own
    ("Zarząd ZNP (ZNP) wydał oświadczenie, a NBP milczy.", set(), {"ZNP", "NBP"}),
]


@pytest.mark.parametrize("text,absent,present", CAPITALS)
def test_capitals_that_name_no_one(text, absent, present):
    found = _by_name(text)
    assert not absent & set(found), found
    assert present <= set(found), found


def test_a_surname_initial_alone_joins_the_one_person_named_with_it():
    found = _by_name("Policja zatrzymała Tomasza W. ps. Wilk. Sąd, do którego trafił wniosek wobec W., zwlekał.")
    assert "Tomasz W." in found and "W." in found["Tomasz W."].aliases, found
    assert "W." not in found, found


def test_an_initial_of_two_people_names_no_one():
    found = _by_name("Zatrzymano Marka K. i Annę K. Prokurator przesłuchał K. wczoraj.")
    assert {"Marek K.", "Anna K."} <= set(found) and "K." not in found, found
    assert not any("K." in a.aliases for n, a in found.items() if n != "Marek K." and n != "Anna K."), found


def test_the_platform_x_at_a_sentence_end_stays():
    found = _by_name("Premier Jan Nowak napisał o tym na platformie X. Opozycja milczy.")
    assert any(a.type == "media" for a in found.values()), found


def test_a_body_goes_by_its_acronym_and_its_own_name_without_its_classifier():
    found = _by_name('Pismo złożyło Stowarzyszenie Wolne Sady Mazowsza (WSM). Protest zorganizował ruch "Wolne Sady '
                     'Mazowsza" w Grójcu. Przedstawiciele WSM spotkali się z wojewodą.')
    name = "Stowarzyszenie Wolne Sady Mazowsza"
    assert name in found and {"WSM", "Wolne Sady Mazowsza"} <= set(found[name].aliases), found
    assert not {"WSM", "Wolne Sady Mazowsza", "Wolny Sad Mazowsza"} & set(found), found


def test_an_acronym_of_other_words_stays_apart():
    found = _by_name("Stowarzyszenie Wolne Sady Mazowsza skarży się na NSM. Rzecznik NSM odpowiedział.")
    assert "NSM" in found and "NSM" not in found["Stowarzyszenie Wolne Sady Mazowsza"].aliases, found


# (text, full name, the misspelt form that joins it, or None when it must stay apart)
SPELLINGS = [
    ("Dziennikarka Sarah Russell zadała pytanie. Russel nie dostała odpowiedzi.", "Sarah Russell", "Russel"),
    ("Gościem był Mark Mitchell. Ambasador o słowach Mitchel: to nieporozumienie.", "Mark Mitchell", "Mitchel"),
    # a vowel added at the end is another case or name, not a doubled consonant
    ("Na liście jest Adam Kowalski. Kowalskii nie przyszedł.", "Adam Kowalski", None),
]


@pytest.mark.parametrize("text,name,form", SPELLINGS)
def test_a_doubled_last_consonant_written_single_is_the_same_surname(text, name, form):
    found = _by_name(text)
    assert name in found, found
    if form:
        assert form in found[name].aliases and form not in found, found
    else:
        assert "Kowalskii" not in found[name].aliases, found


# (text, the person's nominative name)
FOREIGN_NAMES = [
    # an unknown first name's -ą is an ending, never a nominative
    ("Przywódcy, z (przewodniczącą rady - red.) Ermengardą von Hoff na czele, uzgodnili plan.", "Ermengarda von Hoff"),
    ("Przywódcy z Hildegardą van Dijk na czele przyjęli plan.", "Hildegarda van Dijk"),
    # a name coordinated with a person's name in an oblique case is in that case too
    ("List wysłano Donaldowi Tuskowi i Kamali Harris.", "Kamala Harris"),
    # but not after a nominative one
    ("Na scenie stanęli Jan Nowak i Kamali Osei.", "Kamali Osei"),
]


@pytest.mark.parametrize("text,name", [row for row in FOREIGN_NAMES if row[1]])
def test_a_foreign_first_name_in_an_oblique_case(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "person", found


# (text, the clause-initial surname that must be a person, or None: no person)
SUBJECT_SURNAMES = [
    # a man's surname that is also a neuter or feminine common noun, before a masculine past verb
    ("Ziobro w czwartek w radiu odniósł się do sprawy.", "Ziobro"),
    ("Ziobro powiedział, że śledztwo potrwa.", "Ziobro"),
    # the common noun agrees with the verb: no person
    ("Ziobro było złamane w dwóch miejscach.", None),
]


@pytest.mark.parametrize("text,name", SUBJECT_SURNAMES)
def test_a_clause_initial_surname_before_its_verb(text, name):
    found = _by_name(text)
    if name:
        assert name in found and found[name].type == "person", found
    else:
        assert not any(a.type == "person" for a in found.values()), found


def test_a_department_is_a_body_also_opening_a_sentence():
    found = _by_name('"Wydział Kontroli Wewnętrznej wszczął postępowanie" - poinformowała rzeczniczka.')
    assert "Wydział Kontroli Wewnętrznej" in found, found
    assert "Kontrola Wewnętrzna" not in found, found


# (text, name, type)
LISTED = [
    ("Premier mówił w Faktach TVN o budżecie.", "Fakty TVN", "media"),
    ("Marsz wyruszył sprzed Belwederu.", "Belweder", "organization"),
]


@pytest.mark.parametrize("text,name,typ", LISTED)
def test_listed_programmes_and_seats(text, name, typ):
    found = _by_name(text)
    assert name in found and found[name].type == typ, found
    assert "TVN" not in found, found


def test_a_unions_acronym_then_its_listed_parents():
    found = _by_name("List podpisali szefowie Federacji ZZM KGHM oraz Solidarności.")
    assert "Federacja ZZM KGHM" in found, found
    assert "Federacja ZZM" not in found, found


def test_a_listed_place_after_the_acronym_stays_apart():
    found = _by_name("Decyzję podjęła Rada UE, a USA ją skrytykowały.")
    assert "Rada UE" in found and "USA" in found, found


def test_a_mine_by_its_own_name_and_with_its_noun_is_one_body():
    found = _by_name("Górnicy protestują w kopalni Sośnica. Kopalnia Sośnica / Jan Kos / PAP")
    assert sum("Sośnica" in n or any("Sośnica" in a for a in found[n].aliases) for n in found) == 1, found


def test_a_south_slavic_surname_in_ic_inflects_in_cia():
    found = _by_name("Jović stawia warunki. Spotkanie z ministrem Draganem Joviciem trwało godzinę. "
                     "Według Jovicia rozmowy będą trwały.")
    assert "Dragan Jović" in found and {"Jović", "Draganem Joviciem"} <= set(found["Dragan Jović"].aliases), found
    assert len([a for a in found.values() if a.type == "person"]) == 1, found


def test_a_council_clubs_noun_opens_its_own_name_with_dla():
    found = _by_name("Burmistrz odpowiada na zarzuty Komitetu dla Gminy. Radni z Komitetu dla Gminy milczą.")
    assert "Komitet dla Gminy" in found and found["Komitet dla Gminy"].type == "organization", found
    assert not {"Gmina", "Komitet"} & set(found), found


def test_dla_before_a_persons_name_ends_the_club():
    found = _by_name("Zarząd przekazał pieniądze dla Jana Nowaka.")
    assert "Jan Nowak" in found and not any("dla" in n for n in found), found


# (text, the body's name or None, names that must not be actors)
EPONYMS = [
    ("Protest trwa w łódzkim szpitalu Rehmera, mówi rezydent.", "szpital Rehmera", {"Rehmer", "Rehmera"}),
    # a person after the noun (a director's name in the nominative) stays the person
    ("Dyrektor szpitala Marek Wilk zapowiedział zmiany.", None, {"szpital Marek"}),
]


@pytest.mark.parametrize("text,name,absent", EPONYMS)
def test_a_hospital_named_after_a_person(text, name, absent):
    found = _by_name(text)
    assert name is None or (name in found and found[name].type == "organization"), found
    assert not absent & set(found), found
