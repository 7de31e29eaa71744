"""Actors: tables of text -> expected (name, type), negatives, merging, roles."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def actors(text):
    return {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}


CASES = [
    ("Rzecznik Kremla Dmitrij Pieskow powiedział, że rozmowy trwają.",
     {("Dmitrij Pieskow", "person")}),
    ("Sąd Apelacyjny w Krakowie uchylił wyrok.", {("Sąd Apelacyjny w Krakowie", "organization")}),
    ("Protest odbył się przed Ministerstwem Zdrowia w Warszawie.",
     {("Ministerstwo Zdrowia", "organization"), ("Warszawa", "place")}),
    ("Komitet Obrony Przewoźników i Pracodawców Transportu domaga się zmian.",
     {("Komitet Obrony Przewoźników i Pracodawców Transportu", "organization")}),
    ("Rzecznik JSW Tomasz Siemieniec zapewnił, że zarząd jest gotowy do rozmów.",
     {("JSW", "organization"), ("Tomasz Siemieniec", "person")}),
    ("Prokuratura postawiła zarzuty prezesowi spółki Gdańskie Wody Piotrowi Zielińskiemu.",
     {("Piotr Zieliński", "person")}),  # the first name starts a new run
    ("Ursula von der Leyen napisała list do rolników.", {("Ursula von der Leyen", "person")}),
    ("Spotkał się z minister Barbarą Nowacką i posłanką Pauliną Hennig-Kloską.",
     {("Barbara Nowacka", "person"), ("Paulina Hennig-Kloska", "person")}),
    ("Jak podaje portal money.pl, ceny wzrosną.", {("money.pl", "media")}),
    ("Mecenas udzielił wywiadu „Gazecie Krakowskiej” w Nowym Targu.",
     {("Gazeta Krakowska", "media"), ("Nowy Targ", "place")}),
    ("Mecz odbędzie się w Cardiff.", {("Cardiff", "place")}),
    ("Zaprzysiężony prezydent Tajwanu Lai Ching-te zapewnił o obronie wyspy.",
     {("Lai Ching-te", "person"), ("Tajwan", "place")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_actor_table(text, expected):
    assert expected <= actors(text)


NEGATIVES = [
    ("Inflacja spadła, a PKB wzrósł o 3 proc.", {"PKB"}),  # an economic acronym
    ("Rolnicy żądają wycofania Zielonego Ładu.", {"Zielony Ład"}),  # a policy
    ("Koniec złych czasów – mówił rano.", {"Koniec"}),  # a sentence's first word
    ("W poniedziałek i we wtorek nic się nie działo.", {"Poniedziałek", "W"}),
]


@pytest.mark.parametrize("text,absent", NEGATIVES)
def test_not_actors(text, absent):
    assert not {n for n, _ in actors(text)} & absent


def test_surname_merges_with_full_name_and_counts_mentions():
    text = ("Prezes związku Sławomir Broniarz spotkał się z ministrem. – Nie będziemy czekać – powiedział Broniarz. "
            "Broniarz zapowiedział referendum.")
    got = {a.name: a for a in extract_actors(nlp.analyze(text))}
    assert "Broniarz" not in got
    assert got["Sławomir Broniarz"].mentions == 3
    assert got["Sławomir Broniarz"].role == "prezes związku"


def test_acronym_merges_with_the_name_it_spells():
    text = "Urząd Regulacji Energetyki zatwierdził taryfy. Prezes URE Rafał Gawin mówił o cenach."
    got = {a.name: a for a in extract_actors(nlp.analyze(text))}
    assert "URE" not in got
    assert got["Urząd Regulacji Energetyki"].mentions == 2
    assert "URE" in got["Urząd Regulacji Energetyki"].aliases


def test_reference_article_gives_exactly_its_gold_actors(reference, gold):
    got = {(a.name, a.type) for a in reference.extraction.actors}
    assert got == {(a["name"], a["type"]) for a in gold["actors"]}


LAYOUT = [
    # photo credits, source lines and teasers of other articles are not article text
    ("Wójt Adam Lis otworzył most.\nFot. Jan Kos / Kurier Gminny\n", {"Adam Lis"}, {"Jan Kos", "Kurier Gminny"}),
    ("Burmistrz Ewa Sowa zamknęła szkołę.\nŹródło: PAP, Reuters", {"Ewa Sowa"}, {"PAP", "Reuters"}),
    ("Minister Piotr Wrona odszedł.\n\nZOBACZ TAKŻE: Ceny w Berlinie rosną. Co na to Scholz?\n",
     {"Piotr Wrona"}, {"Berlin", "Scholz", "TAKŻE"}),
    ("Polecamy: Nowy port w Gdyni\nFotografie pokazał Onet.", {"Onet"}, {"Gdynia"}),  # "Fotografie" opens no credit
]


@pytest.mark.parametrize("text,present,absent", LAYOUT)
def test_layout_lines_give_no_actors(text, present, absent):
    names = {n for n, _ in actors(text)}
    assert present <= names and not names & absent
