"""Actors, round 13 (#15): invented sentences -> (name, type), negatives included.

- a national team is an actor apart only with its age category ("reprezentacja Czech U-19"); the
  senior team named by its noun and its country ("mecz reprezentacji Czech") stands for the country,
  as a demonym does: the place, with the genitive as its alias, and no organisation;
- a quoted nickname after a naming participle ("nazywany „Kruk”") or "popularny" is one more name of
  the person named right before it, or of the one person whose surname it cuts short; its later
  occurrences too; another person's surname is no one's nickname.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _by_name(text):
    return {a.name: a for a in extract_actors(nlp.analyze(text))}


TEAMS = [
    # the senior team: its country, no organisation
    ("Za miesiąc czekają nas mecze reprezentacji Czech z Norwegią.", "Czechy", "place"),
    ("Selekcjoner kadry Węgier ogłosił w piątek powołania.", "Węgry", "place"),
    ("Kibice reprezentacji Portugalii przyjechali pociągiem.", "Portugalia", "place"),
    # an age category makes it a team of its own (and the country is then no actor)
    ("Trener ma poprowadzić reprezentację Czech U-19 w eliminacjach.", "reprezentacja Czech U-19", "organization"),
    ("Bramkarz kadry Węgier U21 doznał kontuzji.", "kadra Węgier U21", "organization"),
]


@pytest.mark.parametrize("text,name,typ", TEAMS)
def test_a_national_team_is_its_country_unless_an_age_category_names_it(text, name, typ):
    found = _by_name(text)
    assert name in found and found[name].type == typ, found
    assert not [n for n in found if n != name and n.split()[0] in ("reprezentacja", "kadra")], found
    if typ == "organization":
        assert not [a for a in found.values() if a.type == "place"], found


NICKNAMES = [
    # a naming participle after a person's name and a comma: the quoted word is that person's
    ("Bramkę zdobył Dawid Bielak, w szatni nazywany po prostu „Bielo”. Po przerwie Bielak trafił w słupek.",
     "Dawid Bielak", {"Bielo", "Bielak"}),
    ("Kapitan Mateusz Grzywacz, przez kibiców nazywany \"Grzywą\", przyznał, że mecz był trudny.",
     "Mateusz Grzywacz", {"Grzywą"}),
    ("Pani Ewa Sadowska, zwana przez sąsiadów „Sadówką”, zebrała podpisy.", "Ewa Sadowska", {"Sadówką"}),
    # its other occurrences: quoted, or a headline's label before a colon
    ("Skrzydłowy Jakub Wrona, w szatni nazywany \"Krukiem\", zdobył osiem bramek. - Nie liczę bramek - "
     "dorzucił \"Kruk\" przed kamerą.", "Jakub Wrona", {"Krukiem", "Kruk"}),
    ("Kapitan Tomasz Sidorski, przez kolegów nazywany \"Siwym\", nie krył złości.\n\n\"Siwy\": Nie szukam wymówek.",
     "Tomasz Sidorski", {"Siwym", "Siwy"}),
    # no name before it: the one person whose longer surname the nickname cuts short
    ("Jakub Wrzos i Jakub Sokołowski mają komplet medali. Poza tym, popularny \"Sokół\" znalazł się w drużynie.",
     "Jakub Sokołowski", {"Sokół"}),
]


@pytest.mark.parametrize("text,name,aliases", NICKNAMES)
def test_a_quoted_nickname_is_its_persons_name(text, name, aliases):
    found = _by_name(text)
    assert name in found and aliases <= set(found[name].aliases), found
    assert not [n for n in found if n in aliases or n in ("Grzywa", "Bielo", "Sokół")], found  # no actor of its own


@pytest.mark.parametrize("text,absent", [
    # a quoted title after "popularny" whose letters no named person's surname begins: no one's
    ("Mistrz Polski, popularny \"Teleexpress\", wraca na antenę. Prowadzi go Jan Telewski.", "Teleexpress"),
    # a lower-case quotation after a naming word is a description, no nickname
    ("Jan Morawski, nazywany \"ojcem reformy\", przemawiał pierwszy.", "ojcem reformy"),
])
def test_no_nickname_without_a_person_it_cuts_short_or_a_name(text, absent):
    found = _by_name(text)
    assert not [a for a in found.values() if absent in a.aliases or a.name == absent], found


def test_another_persons_surname_is_no_nickname():
    found = _by_name("Jan Nowak, zwany „Kruk”, przyszedł pierwszy. Adam Kruk przyszedł później, a Kruk usiadł z boku.")
    assert "Adam Kruk" in found and "Kruk" in found["Adam Kruk"].aliases, found


DOMAINS = [
    # a portal's address ending a sentence, or with its domain in capitals: the tokenizer splits it at
    # the dot; it is one media actor, named as written without the sentence's full stop
    ("Tak powiedział w rozmowie z portalem Boiskowe.pl. Były trener milczy.", "Boiskowe.pl"),
    ("Zapraszamy na stronę RadioMazury24.pl. Podczas turnieju grała.", "RadioMazury24.pl"),
    ("Tak mówił w rozmowie z portalem ABC.PL przewodniczący komitetu.", "ABC.PL"),
    # inside a sentence it was one token already
    ("Jak podał portal Sportowe24.pl, trener odejdzie.", "Sportowe24.pl"),
]


@pytest.mark.parametrize("text,name", DOMAINS)
def test_a_portals_address_split_at_its_dot_is_one_media_actor(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "media", found
    assert not [n for n in found if n != name and name.startswith(n)], found  # no "Boiskowe" of its own


@pytest.mark.parametrize("text", [
    # a dot with a space after it, or a word that is no domain after it, ends a sentence as before
    "Sprawę opisał dziennik Fakt. Plan ma być gotowy w maju.",
    "Rozmawiał z nim portal Boiskowe.Pomorze zapowiada zmiany.",
])
def test_no_address_without_a_top_level_domain_glued_to_the_dot(text):
    found = _by_name(text)
    assert not [n for n in found if "." in n], found


@pytest.mark.parametrize("text,event", [
    # a sports event named as such is no actor: a Grand Slam tournament, a championship's acronym, an
    # English name ending with a competition's noun
    ("Podczas Roland Garros zagrała świetnie, a w Wimbledonie odpadła.", "Roland Garros"),
    ("Siatkarze wrócili z MŚ z brązowym medalem.", "MŚ"),
    ("Klub odpadł z rozgrywek Leagues Cup w sierpniu.", "Leagues Cup"),
    ("Ćwierćfinał Australian Open obejrzało dwa miliony widzów.", "Australian Open"),
])
def test_a_sports_event_is_no_actor(text, event):
    found = _by_name(text)
    assert not [n for n in found if event in n or n in event], found


def test_a_league_that_acts_and_a_firm_named_with_a_competition_word_stay():
    found = _by_name("PlusLiga nałożyła karę na klub. Firma Grand Trophy Sp. z o.o. złożyła ofertę.")
    assert found.get("PlusLiga") is not None, found
    assert [n for n in found if n.startswith("Firma Grand Trophy") or n.startswith("Grand Trophy")], found
