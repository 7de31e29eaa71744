"""Crashes the news-shaped fuzz run found (tests/fuzz_fragments.py), each at its cause: the smallest input
and a sentence of the same shape -> no exception, offsets inside the text, the expected quotes and
demands. All sentences invented."""
import pytest

from newslens.extract import extract
from newslens.extract.actor_quoted import credit_tails
from newslens.loader import Article

ROWS = [
    # demand_lists.EnumeratedLists.series: an ordinal with no words after it ("Po drugie" ending the page)
    # made an empty item (IndexError in extract_demands, or a demand whose end came before its start);
    # it still counts in the series, and is no item
    ("Żąda\nPo pierwsze.Po drugie", [], []),
    ("Związkowcy żądają dwóch rzeczy.\n\nPo pierwsze, podwyżek.\nPo drugie", [], ["podwyżek"]),
    ("Związkowcy żądają dwóch rzeczy.\n\nPo pierwsze, podwyżek.\nPo drugie.", [], ["podwyżek"]),
    ("Żądamy\n\nPo pierwsze.\nPo drugie, nowych etatów.", [], ["nowych etatów"]),
    # demand_prose_frames.list_goes_on: a sentence of a dash only after a demand (IndexError in in_quote)
    ("– Domaga pot!–", ["Domaga pot!"], ["pot"]),
    ("– Domagamy się spotkania z premierem!–", ["Domagamy się spotkania z premierem!"], ["spotkania z premierem"]),
    ("– Domagamy się spotkania z premierem!\n–", ["Domagamy się spotkania z premierem!"], ["spotkania z premierem"]),
    # quote_dashes._dash_quotes: a colon and a dash ending the page, no token after the dash (IndexError)
    ("y dają:–", [], []),
    ("Rzecznik odpowiada: –", [], []),
    ("Pielęgniarki żądają:–", [], ["Pielęgniarki"]),  # as "Pielęgniarki żądają –" (a separate miss, not a crash)
    # demand_items.split_items: nothing after "…: " (the page cut there) gave an empty item (IndexError in
    # demand_resolve.resolve, or a demand ending before its start)
    ("Na liście żądań znalazł się także:", [], []),
    ("Na liście żądań znalazł się także:\nS", [], []),
    ("Wśród żądań rolników znalazły się: –", [], []),
    ("Wśród żądań rolników znalazły się: dopłaty do nawozów.", [], ["dopłaty do nawozów"]),
]


@pytest.mark.parametrize("text,quotes,demands", ROWS)
def test_fuzz_crash_inputs(text, quotes, demands):
    ex = extract(Article(id="fuzz", text=text))
    for x in list(ex.quotes) + list(ex.demands):
        assert 0 <= x.start <= x.end <= len(text) and x.text == text[x.start:x.end]
    assert [q.text for q in ex.quotes] == quotes
    assert [d.text for d in ex.demands] == demands


SIGNATURES = [
    # actor_quoted._SIGNATURE (an agency's signature line) and _AUTHOR (an author's credit at a line's end),
    # rewritten with one separator between two words: the same lines match as before
    ("(PAP)", [(0, 5)]), ("(kk/PAP)", [(0, 8)]), ("(oprac. MK)", [(0, 11)]), ("(a,b,c,d)", [(0, 9)]), ("(a, b)", []),
    ("(PAP )", [(0, 6)]), ("(a b c d e)", []), ("(a  b)", []), ("( PAP)", []), ("(PAP", []),
    ("Strajk trwa Jan Kos /RMF FM", [(12, 27)]), ("Strajk trwa Jan Kos /RMF FM 24", [(12, 30)]),
    ("Strajk trwa Jan Kos /RMF FM Radio Plus", []), ("Strajk trwa Jan Kos /rmf", []),
]


@pytest.mark.parametrize("line,spans", SIGNATURES)
def test_signature_and_author_lines(line, spans):
    assert credit_tails(line) == spans


def test_a_long_word_after_a_bracket_is_no_signature():
    # the old pattern's optional separator split such a word in n**3 ways: minutes for a 1 300-character word
    word = "Konstantynopolitańczykowianeczka" * 40
    assert credit_tails("(" + word) == [] and credit_tails("Ala Kos /" + "K" * 1300 + "!") == []


@pytest.mark.parametrize("text, spoken", [
    ("Powtarzali: nie, potem: róbmy to, a dalej: tak było: my tu zostaniemy; i wreszcie: dobrze.",
     [False, True, True, True, False]),
    ("Rada: tak: tak: idźcie: nie: ja: on: ona, potem: wy: oni.\nDrugi: zostańmy: nie.",
     [True] * 5 + [False] * 4 + [True, False]),
    ("Zarząd: ten: tamten: wczoraj: dziś: jutro", [False] * 5),
])
def test_spoken_clause_memo_answers_as_the_scan(text, spoken):
    # quote_layouts._colon_unmarked asks _spoken_clause at every colon before a lower-case word; the memo of
    # the clause scanned last (a hypothesis input of 67 KB, one clause of 2 000 colons: 10.8 s CPU) answers
    # as the scan from each colon does
    from newslens import nlp
    from newslens.extract.actors import extract_actors
    from newslens.extract.quote_layouts import _spoken_clause
    from newslens.extract.quotes import _Doc
    t = nlp.analyze(text)
    doc = _Doc(t, extract_actors(t), linked=True)
    memo: dict = {}
    colons = [k + 1 for k, x in enumerate(doc.toks[:-1]) if x.text == ":"]
    assert [_spoken_clause(doc, k, memo) for k in colons] == [_spoken_clause(doc, k) for k in colons] == spoken
