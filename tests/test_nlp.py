"""Language core helpers."""
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
