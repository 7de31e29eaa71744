"""The speech verb's grammatical subject as the speaker when the rules find none (speaker_clauses.clause_subject)."""
from __future__ import annotations

from newslens import nlp
from newslens.extract import extract_actors
from newslens.extract import quotes as quotes_mod
from newslens.extract.speaker_clauses import clause_subject


def _doc(text, monkeypatch):
    got = []
    original = quotes_mod._speaker_from_body

    def capture(doc, results):
        original(doc, results)
        got.append(doc)

    monkeypatch.setattr(quotes_mod, "_speaker_from_body", capture)
    analysed = nlp.analyze(text)
    quotes_mod.extract_quotes(analysed, extract_actors(analysed))
    return got[0]


def _subject_of(text, verb, monkeypatch):
    doc = _doc(text, monkeypatch)
    v = next(t.i for t in doc.toks if t.text == verb)
    got = clause_subject(doc, v)
    return got.name if got is not None else None


def test_the_name_after_the_verb_and_its_adjuncts_is_the_subject(monkeypatch):
    text = "– Wrócimy tu za tydzień – zapowiedział w piątek na antenie radia Adam Wilczek."
    assert _subject_of(text, "zapowiedział", monkeypatch) == "Adam Wilczek"


def test_the_name_in_apposition_to_a_role_noun_is_the_subject(monkeypatch):
    text = "Rzeczniczka gminy Ewa Karaś przekazała, że szkoła zostanie otwarta."
    assert _subject_of(text, "przekazała", monkeypatch) == "Ewa Karaś"


def test_negatives_a_genitive_name_a_relative_clause_a_disagreeing_verb(monkeypatch):
    # the person in the genitive after the role noun is whose spokesman it is
    assert _subject_of("Rzecznik Anny Nowak przekonywał, że posłanka nie złamała prawa.", "przekonywał",
                       monkeypatch) is None
    # a name inside a relative clause is that clause's subject, not the main verb's
    text = "Radny, z którym rozmawiał Piotr Lis, zapowiedział, że złoży skargę."
    assert _subject_of(text, "zapowiedział", monkeypatch) is None
    # a woman's name does not agree with a masculine verb
    assert _subject_of("– Nie zgadzamy się – powiedział w piątek Annie Kos.", "powiedział", monkeypatch) is None


def test_two_quotes_with_the_same_offsets_do_not_break_the_heading_pass(monkeypatch):
    # two found quotes may share their offsets (a fuzzed text of repeated marks did): sorting them must
    # not compare the records themselves
    from newslens.extract.quote_doc import _Found
    from newslens.extract.speaker_heading import _speaker_from_body
    from newslens.model import Actor

    doc = _doc("Wójt Adam Lis zapowiedział: „Szkoła zostanie”.", monkeypatch)
    lis = Actor("Adam Lis", "person")
    twins = [_Found("direct", 30, 45, speaker=lis), _Found("partial", 30, 45, speaker=lis), _Found("direct", 0, 5)]
    _speaker_from_body(doc, twins)
    assert [f.speaker for f in twins[:2]] == [lis, lis]
