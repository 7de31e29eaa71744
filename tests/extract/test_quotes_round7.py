"""Round 7 (issue 13): speakers a reader finds at once where earlier rounds left them empty. Table of
invented text -> (kind, speaker, via, text start), negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.quotes import extract_quotes


def quotes(text):
    t = nlp.analyze(text)
    return [(q.kind, q.speaker, q.via, q.text) for q in extract_quotes(t, extract_actors(t))]


CASES = [
    # a profession's role noun in a form that can only be plural speaks as a group
    ("Ceny spadły. Ekonomiści ostrzegają, że inflacja znowu wzrośnie jesienią.",
     [("indirect", "ekonomiści", None, "inflacja znowu wzrośnie")]),
    ("Rynek czeka.\n\n– Podwyżki stóp jeszcze nie koniec – mówią analitycy.",
     [("direct", "analitycy", None, "Podwyżki stóp jeszcze nie koniec")]),
    # negatives: experts in general and lawyers stay unnamed sources (data/not_group_nouns.txt)
    ("Ceny spadły. Eksperci ostrzegają, że inflacja znowu wzrośnie jesienią.",
     [("indirect", None, None, "inflacja znowu wzrośnie")]),
    ("Sąd ma 30 dni. Jak szacują prawnicy, wyrok zapadnie w maju.",
     [("indirect", None, None, "wyrok zapadnie w maju")]),
    # a name with a legal form is a company: "spółka" refers to the one such company named so far
    ("Farmavita SA zarobiła mniej niż przed rokiem. Spółka podkreśla, że różnice w cenach wynikały z błędu.",
     [("indirect", "Farmavita SA", None, "różnice w cenach")]),
    # negatives: two companies named so far, or a body with no legal form and no brand name: no speaker
    ("Farmavita SA i Zdrowex sp. z o.o. zarobiły mniej. Spółka podkreśla, że różnice w cenach wynikały z błędu.",
     [("indirect", None, None, "różnice w cenach")]),
    ("Naczelna Rada Aptekarska ostrzega sieci. Spółka podkreśla, że różnice w cenach wynikały z błędu.",
     [("indirect", None, None, "różnice w cenach")]),
    # a woman's surname alone, written as in her canonical name, is nominative even where the dictionary
    # reads it only as a man's genitive ("Pietrowa" of "Pietrow"): the subject after the verb, the headline's
    # speaker before its colon (not the name inside "o ćwiczeniach NATO")
    ("Pietrowa o ćwiczeniach NATO: „To otwarta prowokacja wobec Rosji”\n\nRzeczniczka rosyjskiego MSZ Swietłana "
     "Pietrowa skrytykowała NATO. Chodzi o ćwiczenia Iron Wolf, największe manewry Sojuszu.\n\n- Ćwiczenia przy "
     "naszych granicach nie mają nic wspólnego z obroną - mówiła Pietrowa na briefingu.",
     [("direct", "Swietłana Pietrowa", None, "To otwarta prowokacja"),
      ("direct", "Swietłana Pietrowa", None, "Ćwiczenia przy naszych granicach")]),
    # negative: her surname in another case is no subject ("ze Swietłaną Pietrową"): the man who spoke
    ("Rzeczniczka MSZ Swietłana Pietrowa przyjechała do Wiednia. Jan Lis spotkał się ze Swietłaną Pietrową. "
     "- To nie była prowokacja - mówił po spotkaniu.",
     [("direct", "Jan Lis", None, "To nie była prowokacja")]),
    # an outlet framing the verb's own sentence ("Według TASS …") is its channel, never the implied subject
    ("Rzeczniczka MSZ Anna Nowak mówiła w piątek na briefingu w Moskwie. Według TASS oświadczyła też, że "
     "wszystkie propozycje pozostają na stole.",
     [("indirect", "Anna Nowak", "TASS", "wszystkie propozycje")]),
    # negative: the outlet as the only source of its own sentence stays the speaker
    ("Rzeczniczka MSZ Anna Nowak mówiła w piątek na briefingu w Moskwie. Według TASS rozmowy potrwają do piątku.",
     [("indirect", "TASS", None, "rozmowy potrwają")]),
    # a body's head noun opening a headline's sentence before a colon labels its speaker, as a subheading's
    # does: the one body of that head the text names below
    ("Wójt przegrał z gazetą. Sąd: „Dziennikarka działała w interesie społecznym”\n\nSąd Rejonowy w Opolu "
     "uniewinnił w środę dziennikarkę lokalnej gazety.",
     [("direct", "Sąd Rejonowy w Opolu", None, "Dziennikarka działała")]),
    # negative: two courts of that head named below: no speaker
    ("Wójt przegrał z gazetą. Sąd: „Dziennikarka działała w interesie społecznym”\n\nSąd Rejonowy w Opolu "
     "uniewinnił w środę dziennikarkę, a Sąd Okręgowy w Opolu utrzymał wyrok.",
     [("direct", None, None, "Dziennikarka działała")]),
    # an epithet (a person's common noun) in apposition before a name refers to that person when it later
    # opens a clause; zero anaphora then finds her as the previous sentence's subject
    ("Sąd uniewinnił w środę redaktor naczelną „Gazety Lokalnej” Annę K. Wyrok jest nieprawomocny. Burmistrz "
     "zapowiada apelację.\n\nRedaktor naczelna nie kryła ulgi. - Żyłam z zarzutem przez rok - mówiła po wyjściu.",
     [("direct", "Anna K.", None, "Żyłam z zarzutem")]),
    # negatives: two persons so called, or a noun whose genitive name says whose it is: no speaker
    ("Sąd uniewinnił w środę redaktor naczelną „Gazety Lokalnej” Annę K. oraz redaktor naczelną „Echa Dnia” Ewę L. "
     "Wyrok jest nieprawomocny. Burmistrz zapowiada apelację.\n\nRedaktor naczelna nie kryła ulgi. - Żyłam z "
     "zarzutem przez rok - mówiła po wyjściu.",
     [("direct", None, None, "Żyłam z zarzutem")]),
    ("Syn Jana Kowalskiego spotkał się z burmistrzem. Wyrok jest nieprawomocny. Burmistrz zapowiada apelację."
     "\n\nSyn nie krył ulgi. - Żyłem z zarzutem przez rok - mówił po wyjściu.",
     [("direct", None, None, "Żyłem z zarzutem")]),
    # a colon quote's speaker is the subject of the last clause before the colon, not of an earlier one
    ("Rolnicy stawiają warunki, Nowak: „Nie będzie żadnych ustępstw”\n\nMinister rolnictwa Jan Nowak spotkał się "
     "w piątek z rolnikami.",
     [("direct", "Jan Nowak", None, "Nie będzie żadnych ustępstw")]),
    # negative: a last clause with no subject of its own leaves the sentence's subject
    ("Rolnicy z Lubelszczyzny, po rozmowie z Nowakiem: „Nie odpuścimy do końca roku”\n\nMinister rolnictwa Jan "
     "Nowak spotkał się w piątek z rolnikami.",
     [("direct", "rolnicy z Lubelszczyzny", None, "Nie odpuścimy")]),
    # a member noun before a plural group noun in the genitive is no compound ("członkowie rodzin": whose
    # members), so the subject after the verb is read, not a group named before
    ("Rodziny zakładników protestowały przed ministerstwem. Demonstranci wezwali premiera do ustępstw.\n\n"
     "- Każdy dzień zwłoki to wyrok na naszych bliskich - mówili członkowie rodzin, cytowani przez agencję Reuters.",
     [("direct", "członkowie", "Reuters", "Każdy dzień zwłoki")]),
    # negative: two plural nouns in one case stay one group ("lekarze rezydenci")
    ("Szpital milczy.\n\n- Nie odpuścimy - mówili lekarze rezydenci przed budynkiem.",
     [("direct", "lekarze rezydenci", None, "Nie odpuścimy")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_speaker(text, expected):
    got = quotes(text)
    for kind, speaker, via, start in expected:
        assert any(g[0] == kind and g[1] == speaker and g[2] == via and g[3].startswith(start) for g in got), got


def test_profession_subheading_is_no_quote():
    # a profession's plural before a colon labels a section; other groups speak there
    text = "Wyniki spółki\n\nFirma straciła.\n\nAnalitycy: rynek był na to przygotowany\n\nKurs spadł o 7 proc."
    assert not any(q[3].startswith("rynek był") for q in quotes(text))
    text = "Wyniki spółki\n\nFirma straciła.\n\nMieszkańcy: jesteśmy zakładnikami tego sporu\n\nKurs spadł o 7 proc."
    assert ("direct", "mieszkańcy") in {q[:2] for q in quotes(text) if q[3].startswith("jesteśmy")}
