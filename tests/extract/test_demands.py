"""Demands: every list shape, conditions, and negatives (tables of text -> expected items)."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.demands import extract_demands, gerund_nominative
from newslens.extract.timeline import extract_timeline


def demands(text, published="2024-03-01"):
    t = nlp.analyze(text)
    return extract_demands(t, extract_actors(t), extract_timeline(t, published))


def items(text):
    return [(d.n, d.action, d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


def test_reference_article_six_demands(reference, gold):
    got = [d for d in reference.extraction.demands if d.kind == "item"]
    assert len(got) == 6
    for n, (g, d) in enumerate(zip(gold["demands"], got), 1):
        assert d.n == n and g["text_start"] in d.text
        assert d.by == "Rosja" and set(d.of.split(", ")) == {"USA", "NATO"}
        assert d.date == "2021-12-17"
    assert got[5].text == "regularnej wymienny informacji o ćwiczeniach wojskowych"
    assert [d.action for d in got[:5]] == ["wykluczenie", "nierozmieszczanie", "porzucenie", "nierozmieszczanie",
                                           "nieprowadzenie"]
    conditions = [d for d in reference.extraction.demands if d.kind == "condition"]
    # "gotowi wysłuchać …, jeśli zgłoszą kolejną prośbę" conditions what Russia will do (GUIDELINES)
    assert [c.by for c in conditions] == ["Siergiej Ławrow", "Siergiej Ławrow", "Dmitrij Pieskow"]
    assert conditions[0].text.startswith("pojawienia się propozycji")
    assert conditions[1].text == "zgłoszą kolejną prośbę o zorganizowanie rozmowy"
    assert conditions[2].text == "Chęć USA do wysłuchania naszych obaw"
    assert [c.n for c in conditions] == [7, 8, 9]


SHAPES = [
    # semicolon list with a final "oraz"
    ("Związek Nauczycielstwa Polskiego domaga się od rządu podwyżki płac o 20 proc.; skrócenia pensum; "
     "oraz wypłaty zaległych dodatków.",
     ["podwyżka", "skrócenie", "wypłata"], "Związek Nauczycielstwa Polskiego", None),  # "rząd" is no named actor
    # a comma list in one sentence with "oraz"
    ("Rolnicy żądają od Komisji Europejskiej wycofania Zielonego Ładu, ograniczenia importu zboża "
     "oraz dopłat do nawozów.",
     ["wycofanie", "ograniczenie", "dopłata"], None, "Komisja Europejska"),
]


@pytest.mark.parametrize("text,actions,by,of", SHAPES)
def test_sentence_lists(text, actions, by, of):
    got = items(text)
    assert [a for _, a, _, _, _ in got] == actions
    assert [n for n, *_ in got] == list(range(1, len(actions) + 1))
    if by:
        assert got[0][3] == by
    assert got[0][4] == of


def test_numbered_list():
    text = ("Protestujący lekarze przedstawili postulaty:\n1) zwiększenie nakładów na ochronę zdrowia;\n"
            "2) skrócenie kolejek do specjalistów;\n3) podwyżki dla rezydentów.\nMinister obiecał odpowiedź.")
    got = items(text)
    assert [t for _, _, t, _, _ in got] == ["zwiększenie nakładów na ochronę zdrowia",
                                              "skrócenie kolejek do specjalistów", "podwyżki dla rezydentów"]
    assert [a for _, a, *_ in got] == ["zwiększenie", "skrócenie", "podwyżka"]


def test_bulleted_list():
    text = ("Mieszkańcy domagają się:\n- budowy obwodnicy,\n- ograniczenia ruchu ciężarówek,\n"
            "- nowego przejścia dla pieszych.\n")
    assert [a for _, a, *_ in items(text)] == ["budowa", "ograniczenie", "przejście"]


def test_po_pierwsze_across_sentences():
    text = ("Opozycja stawia rządowi żądania. Po pierwsze, dymisji ministra zdrowia. Po drugie, "
            "przyjęcia ustawy o szpitalach. Po trzecie, audytu w spółkach skarbu państwa.")
    got = items(text)
    assert [t for _, _, t, _, _ in got] == ["dymisji ministra zdrowia", "przyjęcia ustawy o szpitalach",
                                              "audytu w spółkach skarbu państwa"]


@pytest.mark.parametrize("text,expected", [
    ("Związkowcy zapowiedzieli, że nie zawieszą strajku, dopóki rząd nie przedstawi nowej oferty.",
     "rząd nie przedstawi nowej oferty"),
    ("Minister zgodził się na rozmowy pod warunkiem, że protestujący zakończą blokadę dróg.",
     "protestujący zakończą blokadę dróg"),
    ("Warunkiem jest wycofanie wojsk z granicy – oświadczył rzecznik.", "wycofanie wojsk z granicy"),
])
def test_conditions(text, expected):
    got = [d for d in demands(text) if d.kind == "condition"]
    assert [d.text for d in got] == [expected]


@pytest.mark.parametrize("text", [
    "W spotkaniu wzięli udział przedstawiciele Polski, Niemiec, Francji oraz Hiszpanii.",
    "Jan Kowalski, Anna Nowak i Piotr Wiśniewski podpisali list.",
    "Delegacja odwiedziła Warszawę, Kraków oraz Gdańsk, gdzie spotkała się z samorządowcami.",
    "Rząd oczekuje na decyzję Komisji Europejskiej.",
    "Obawia się, że jeśli nie będzie deszczu, zbiory będą niskie.",
])
def test_not_demands(text):
    assert demands(text) == []


@pytest.mark.parametrize("form,lemma,tag,expected", [
    ("wykluczenia", "wykluczyć", "ger:sg:gen:n:perf:aff", "wykluczenie"),
    ("nierozmieszczania", "rozmieszczać", "ger:sg:gen:n:imperf:neg", "nierozmieszczanie"),
    ("porzucenia", "porzucić", "ger:sg:gen:n:perf:aff", "porzucenie"),
])
def test_gerund_nominative(form, lemma, tag, expected):
    assert gerund_nominative(form, lemma, tag) == expected
