"""Speakers, round 15 (extract/quotes.py, quote_dashes.closing_attribution): tables of invented text ->
expected (kind, speaker, via, text start) per quote, with negatives. Mechanisms, not sentences: a quoted
fragment in a sentence that a dash attribution closes is that attribution's speaker's. Sentences and names
are invented."""
import pytest

from .test_speakers import assert_quotes

CLOSING_ATTRIBUTION = [
    # a fragment right before the closing "– napisał X": X's words, with X's outlet
    ('Inaczej widzi sprawę inwestor. Instalacja „spełni wszystkie normy obowiązujące w całej Unii" - napisał '
     'w piątek na Facebooku prezes Ekopal Adam Wrona.',
     [("partial", "Adam Wrona", "Facebook", "spełni wszystkie")]),
    # a fragment further inside the sentence: the closing attribution still governs it, not a verb between
    # ("odpowiedział" is the reported person's act, part of what X says)
    ('Natomiast kiedy burmistrzowi przedstawiono kilka „propozycji korzystnych dla obu stron” na wszystkie '
     'odpowiedział „nie” – oświadczył starosta Jan Lis.',
     [("partial", "Jan Lis", None, "propozycji korzystnych")]),
    # a verb of demanding before the fragment: the sentence is still the closing speaker's report
    ('Rolnicy domagają się od rządu porozumienia „za wszelką cenę i jak najszybciej” – mówi Jan Lis.',
     [("partial", "Jan Lis", None, "za wszelką cenę")]),
    # negatives: a speech verb before the fragment in its sentence keeps it; a dash that opens no speech
    # clause is no attribution (the demanders keep their words); nor is a dash in another sentence
    ('Rolnicy mówią o „zdradzie całej wsi przez rząd” – podkreśla Jan Lis.',
     [("partial", "rolnicy", None, "zdradzie całej wsi")]),
    ('Rolnicy domagają się od rządu porozumienia „za wszelką cenę i jak najszybciej” – a rząd milczy.',
     [("partial", "rolnicy", None, "za wszelką cenę")]),
    ('Instalacja ma „spełnić wszystkie normy obowiązujące w całej Unii”. – Tak będzie – mówi Adam Wrona.',
     [("partial", None, None, "spełnić wszystkie"), ("direct", "Adam Wrona", None, "Tak będzie")]),
]


@pytest.mark.parametrize("text,expected", CLOSING_ATTRIBUTION)
def test_a_fragment_in_a_sentence_closed_by_an_attribution_is_its_speakers(text, expected):
    assert_quotes(text, expected)


COUNTRY_SIDE = [
    # a side named by its country's adjective speaks for that country, the one the text lists: never the
    # person who spoke just before, nor the outlet relaying it (the outlet stays the channel)
    ('Turecki minister Ahmet Kaya wymienił żądania wobec Grecji. - Lista jest krótka - mówił. Grecka strona '
     'odpowiada, że lista jest zbyt długa.',
     [("direct", "Ahmet Kaya", None, "Lista jest krótka"), ("indirect", "Grecja", None, "lista jest zbyt")]),
    ('Spór Słowacji z Węgrami o tranzyt ropy trwa. - Nie ustąpimy - powiedział minister Jan Kowal. Jak podaje '
     'Reuters, strona węgierska w nocy oświadczyła, że tranzyt zostanie wznowiony w marcu.',
     [("direct", "Jan Kowal", None, "Nie ustąpimy"), ("indirect", "Węgry", "Reuters", "tranzyt zostanie")]),
    # negatives: a country the text does not list leaves the side's words with no speaker (not the minister
    # who spoke before); a side with no country's adjective is resolved as before; a side in an oblique
    # phrase is no subject
    ('Turecki minister Ahmet Kaya wymienił żądania wobec Aten. - Lista jest krótka - mówił. Grecka strona '
     'odpowiada, że lista jest zbyt długa.',
     [("direct", "Ahmet Kaya", None, "Lista jest krótka"), ("indirect", None, None, "lista jest zbyt")]),
    ('Rozmowy Ukrainy z Węgrami utknęły. Minister Jan Kowal spotkał się ze stroną ukraińską i poinformował, '
     'że rozmowy były trudne.',
     [("indirect", "Jan Kowal", None, "rozmowy były trudne")]),
]


@pytest.mark.parametrize("text,expected", COUNTRY_SIDE)
def test_a_side_named_by_its_country_is_that_country(text, expected):
    assert_quotes(text, expected)


ANNOUNCED_STEP = [
    # a verb of announcing or declaring with a noun object naming a party's step, legal action or measure,
    # its part in something or its readiness: the object is the content made known (GUIDELINES "indirect")
    ('Stowarzyszenie Nasze Osiedle zapowiada skargę do wojewody mazowieckiego.',
     [("indirect", "Stowarzyszenie Nasze Osiedle", None, "skargę do wojewody")]),
    ('Burmistrz Jan Kowal zapowiada autopoprawkę do projektu budżetu.',
     [("indirect", "Jan Kowal", None, "autopoprawkę do projektu")]),
    ('– Przygotujemy wielki marsz – powiedziała Anna Lis, zapowiadając udział nauczycieli oraz pracowników '
     'szkół.',
     [("direct", "Anna Lis", None, "Przygotujemy wielki marsz"), ("indirect", "Anna Lis", None, "udział nauczycieli")]),
    # negatives: a mere topic ("mówił o …"), a thing given rather than a step ("pomoc"), a negated verb and a
    # verb that is no speech ("zorganizował") report nothing
    ('Burmistrz Jan Kowal mówił o spotkaniu z protestującymi.', []),
    ('Burmistrz Jan Kowal zapowiada pomoc dla poszkodowanych rolników.', []),
    ('Burmistrz Jan Kowal nie zapowiedział spotkania z protestującymi.', []),
    ('Burmistrz Jan Kowal zorganizował spotkanie z protestującymi.', []),
]


@pytest.mark.parametrize("text,expected", ANNOUNCED_STEP)
def test_an_announced_step_is_reported_content(text, expected):
    assert_quotes(text, expected)


SOLE_VOICE = [
    # a quotation with no speech clause that nothing else attributes is the words of the one party that has
    # spoken so far, when no one else is introduced as a subject since its last quote: a statement's or an
    # interview's single voice goes on (a role's complement, "Prezes PSL", introduces no one)
    ('Lider PSL Jan Kowal przedstawił projekt ustawy. - To dobra ustawa - powiedział.\n\nPrezes PSL wyraził '
     'oczekiwanie szybkiego rozpatrzenia projektu przez Sejm. "Sejm powinien zebrać się jeszcze w tym tygodniu, '
     'a nie za miesiąc. Jesteśmy gotowi do pracy".',
     [("direct", "Jan Kowal", None, "To dobra ustawa"), ("direct", "Jan Kowal", None, "Sejm powinien")]),
    # the headline above the first paragraph opens no new section
    ('Związek Kolejarzy zawiesza protest. "Dajemy rządowi czas"\n\n"Nasze postulaty są znane od roku. Nikt z '
     'nami nie rozmawiał. Dajemy rządowi czas do końca miesiąca".\n\n"Jeśli nie będzie porozumienia, wrócimy na '
     'tory. Nie mamy innego wyjścia".',
     [("partial", "Związek Kolejarzy", None, "Dajemy rządowi czas"),
      ("direct", "Związek Kolejarzy", None, "Nasze postulaty"), ("direct", "Związek Kolejarzy", None, "Jeśli nie")]),
    # negatives: another person introduced as the subject in between; a second party that has spoken; a
    # subheading in between
    ('Lider PSL Jan Kowal przedstawił projekt ustawy. - To dobra ustawa - powiedział.\n\nMinister Anna Lis '
     'wyraziła oczekiwanie szybkiego rozpatrzenia projektu przez Sejm. "Sejm powinien zebrać się jeszcze w tym '
     'tygodniu, a nie za miesiąc. Jesteśmy gotowi do pracy".',
     [("direct", "Jan Kowal", None, "To dobra ustawa"), ("direct", None, None, "Sejm powinien")]),
    ('Lider PSL Jan Kowal przedstawił projekt ustawy. - To dobra ustawa - powiedział.\n\nMinister Anna Lis '
     'odpowiedziała w piątek. - To zła ustawa - mówiła.\n\n"Sejm powinien zebrać się jeszcze w tym tygodniu, a '
     'nie za miesiąc. Jesteśmy gotowi do pracy".',
     [("direct", "Jan Kowal", None, "To dobra ustawa"), ("direct", "Anna Lis", None, "To zła ustawa"),
      ("direct", None, None, "Sejm powinien")]),
    ('- Dzień dobry wszystkim! - zaczął żartem trener Petr Novak.\n\nTrener Wisły\n\n- Wracamy do domu z '
     'pucharem i z wieloma lekcjami na przyszły sezon.',
     [("direct", "Petr Novak", None, "Dzień dobry"), ("direct", None, None, "Wracamy do domu")]),
]


@pytest.mark.parametrize("text,expected", SOLE_VOICE)
def test_the_one_voice_so_far_goes_on(text, expected):
    assert_quotes(text, expected)
