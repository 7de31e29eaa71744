"""Language core helpers."""
import pytest

from newslens.nlp import analyze, per_reading


def test_per_reading_works_out_once_per_form_and_reading_choice():
    calls = []

    def compute(rs, chosen):
        calls.append(chosen.lemma if chosen else None)
        return chosen.lemma.upper() if chosen else None

    table: dict = {}
    toks = [t for t in analyze("Rolnicy protestują. Rolnicy blokują drogi, a rolnicy z Podlasia czekają.").toks
            if t.is_word]
    got = [per_reading(table, t, compute) for t in toks]
    assert got == [t.reading.lemma.upper() for t in toks]  # the same answer as computing per token
    same_form = [t for t in toks if t.text == "Rolnicy"]
    assert len(same_form) == 2 and same_form[0].readings is same_form[1].readings
    assert len(calls) < len(toks)  # "Rolnicy" twice and "rolnicy" once: fewer computations than tokens


def _toks(text):
    return [(t.text, t.sent) for t in analyze(text).toks]


# a surname's initial after a word keeps its period as one token; a capital word after it that is a
# common noun opens a new sentence, as after an abbreviation that may close one
INITIALS = [
    ("Sąd skazał Jana K. na karę.", [("Sąd", 0), ("skazał", 0), ("Jana", 0), ("K.", 0), ("na", 0), ("karę", 0), (".", 0)]),
    ("Sąd skazał Jana K. Sąd uznał winę.", [("Sąd", 0), ("skazał", 0), ("Jana", 0), ("K.", 0), ("Sąd", 1), ("uznał", 1),
                                           ("winę", 1), (".", 1)]),
    ("Zespół A. Kowalskiego gra.", [("Zespół", 0), ("A.", 0), ("Kowalskiego", 0), ("gra", 0), (".", 0)]),
    # after a sentence's own period a capital and a dot are no initial of a name before them
    ("Tak. K. Nowak mówi.", [("Tak", 0), (".", 0), ("K", 1), (".", 1), ("Nowak", 2), ("mówi", 2), (".", 2)]),
    # a capital inside a word or number is no initial
    ("Szczepionka COVID-19. Sąd", [("Szczepionka", 0), ("COVID-19", 0), (".", 0), ("Sąd", 1)]),
]


@pytest.mark.parametrize("text,expected", INITIALS)
def test_initials_keep_their_period(text, expected):
    assert _toks(text) == expected


@pytest.mark.parametrize("text", [
    "Związkowcy wysłali list otwarty do właściciela spółki.",
    "Mieszkańcy złożyli petycję do starosty w piątek.",
    "Apel do ministra zdrowia podpisało stu lekarzy.",
    "Rada skierowała pismo do wojewody.",
])
def test_do_after_a_noun_is_the_preposition_not_the_indeclinable_note(text):
    # morfeusz2 also reads "do" as a noun (the musical note) in every case; agreement with the noun
    # before it must not outweigh the preposition governing the genitive after it
    do = next(t for t in analyze(text).toks if t.lower == "do")
    assert do.reading.pos == "prep"


def test_an_indeclinable_proper_acronym_still_agrees_with_the_noun_before_it():
    toks = analyze("Komisja Taryf Celnych Rady Państwa ChRL ogłosiła cła.").toks
    chrl = next(t for t in toks if t.text == "ChRL")
    assert chrl.reading.pos == "subst"


@pytest.mark.parametrize("text,title", [
    ("Wnioski podpisał prok. Marek Cis z Prokuratury Rejonowej w Busku.", "prok."),
    ("Akcją kierował podinsp. Anna Lis z komendy miejskiej.", "podinsp."),
    ("Jednostką dowodzi kmdr. Adam Kos od marca.", "kmdr."),
])
def test_a_title_before_a_name_does_not_end_the_sentence(text, title):
    t = analyze(text)
    assert len(t.sents) == 1, [t.text[t.toks[a].idx:t.toks[b - 1].end] for a, b in t.sents]


def test_tokens_in_spans_answers_as_in_spans_does_for_every_token():
    """The token set ``tokens_in_spans`` builds span by span is the tokens whose start ``in_spans`` holds
    for: disjoint spans, a span ending inside a word, spans sharing a start, a span overlapping the next."""
    from newslens.nlp import in_spans, tokens_in_spans

    text = analyze("Fot. Jan Kowalski / Agencja. Rada miasta zebrała się we wtorek. CZYTAJ TAKŻE: Ile to kosztuje?")
    n = len(text.text)
    cases = [[], [(0, 4)], [(0, 4), (60, n)], [(5, 11)], [(5, 9), (5, 30)], [(0, 40), (3, 4), (20, 25)],
             [(0, 3), (2, 50)]]
    for spans in cases:
        spans = sorted(spans)
        want = {t.i for t in text.toks if in_spans(spans, t.idx)}
        assert tokens_in_spans(text, spans) == want, spans
    assert tokens_in_spans(text, [(0, 4)]) == {0, 1}  # "Fot", "."


def test_in_quotes_per_token_marks_open_close_toggle_and_line_breaks():
    """Inside after an opening mark, outside after a closing one or a line break; a straight quote
    toggles, "“" (either) changes nothing, an apostrophe inside a word is no mark."""
    from newslens.nlp import in_quotes

    text = analyze('Ala „ma kota” i "psa" oraz “rybę Pan O’Neil „pisze\nDalej tekst')
    got = {t.text: q for t, q in zip(text.toks, in_quotes(text))}
    assert got["Ala"] is False and got["ma"] is True and got["kota"] is True and got["i"] is False
    assert got["psa"] is True and got["oraz"] is False  # toggled on, then off
    assert got["rybę"] is False and got["O’Neil"] is False  # neither changes the state
    assert got["pisze"] is True and got["Dalej"] is False and got["tekst"] is False  # the line break ends it


@pytest.mark.parametrize("text,n", [
    ("Ala ma kota. Kot ma Alę.", 2),
    ("Pierwsza linia bez kropki\nDruga linia", 2),
    ("Powiedział: „Koniec.” Potem wyszedł.", 2),
    ("Spotkał Jana K. Sąd uznał go winnym.", 2),
    ("Kosztuje 2,5 mln zł. Jak dodał, to dużo.", 2),
    ("1. Podwyżki płac\n2. Krótszy czas pracy", 2),
    ("Zdanie bez końca", 1),
])
def test_sentences_end_at_marks_line_breaks_initials_and_abbreviations(text, n):
    t = analyze(text)
    assert len(t.sents) == n, [t.text[t.toks[a].idx:t.toks[b - 1].end] for a, b in t.sents]
