"""The learned speaker ranker: candidates and features of a quote (extract/speaker_rank.py), the fitted
weights (data/rankers/speaker.json, bench/train_speakers.py) and the filling of empty speakers."""
from __future__ import annotations

import pytest

from newslens import nlp, rank
from newslens.extract import extract_actors
from newslens.extract import quotes as quotes_mod
from newslens.extract import speaker_heading, speaker_rank


def settled(text: str, monkeypatch):
    """The quote layer's document and quotes (text order) with the rules' speakers, before any filling."""
    got = []
    original = speaker_heading._speaker_from_body  # the rules only: speakers.py applies the ranker after them

    def capture(doc, results):
        original(doc, results)
        got.append((doc, sorted(results, key=lambda f: f.start)))

    monkeypatch.setattr(quotes_mod, "_speaker_from_body", capture)
    analysed = nlp.analyze(text)
    quotes_mod.extract_quotes(analysed, extract_actors(analysed))
    return got[0]


def features_of(text: str, quote_words: str, actor: str, monkeypatch) -> dict:
    doc, results = settled(text, monkeypatch)
    prior = []
    for f in results:
        cands = speaker_rank.candidates(doc, f, prior, f.speaker, f.explicit)
        if quote_words in doc.text.text[f.start:f.end]:
            return next(c.features for c in cands if c.actor.name == actor)
        prior.append((f.speaker, f))
    raise AssertionError(f"no quote holding {quote_words!r}")


def choice_of(text: str, quote_words: str, monkeypatch):
    doc, results = settled(text, monkeypatch)
    choices = speaker_rank.choose(doc, results)
    for f, (actor, p) in zip(results, choices):
        if quote_words in doc.text.text[f.start:f.end]:
            return actor.name if actor is not None else None
    raise AssertionError(f"no quote holding {quote_words!r}")


FEATURES = [
    # a nominative name right before the speech verb: its subject
    ("Jan Nowak powiedział w rozmowie z TVN24, że rząd musi natychmiast ustąpić.", "rząd musi", "Jan Nowak",
     {"type=person", "kind=name", "nom", "pos=adj_before", "agree", "subject_like", "nearest_subject", "in_attr"},
     {"oblique", "in_this_quote", "other_subject"}),
    # the outlet of "w rozmowie z": an oblique after a preposition, not the subject
    ("Jan Nowak powiedział w rozmowie z TVN24, że rząd musi natychmiast ustąpić.", "rząd musi", "TVN24",
     {"type=media", "oblique", "prep=z", "other_subject"}, {"nom", "subject_like", "nearest_subject"}),
    # a name inside the quote itself is what was said
    ("Piotr Zieliński skrytykował burmistrza. – Adam Lis nas oszukał i musi odejść – mówił Zieliński.",
     "nas oszukał", "Adam Lis", {"in_this_quote", "only_quoted", "other_subject"}, {"in_attr", "subject_like"}),
    # the inverted subject after the verb of the attribution
    ("Piotr Zieliński skrytykował burmistrza. – Adam Lis nas oszukał i musi odejść – mówił Zieliński.",
     "nas oszukał", "Piotr Zieliński", {"pos=adj_after", "nom", "agree", "nearest_subject"}, {"in_this_quote"}),
    # a role noun in apposition links the person; a feminine verb agrees with her
    ("– Nie oddamy klubu bez walki – powiedziała prezes Anna Kowalska.", "Nie oddamy", "Anna Kowalska",
     {"kind=role", "agree", "pos=adj_after"}, {"disagree"}),
    # a man's name disagrees with a feminine verb; the explicit unnamed subject is marked for every candidate
    ("Jan Nowak był na spotkaniu. – Nie mamy za co żyć – mówiła jedna z mieszkanek.", "Nie mamy", "Jan Nowak",
     {"disagree", "pos=back1", "rule_unnamed"}, {"agree", "rule"}),
]


@pytest.mark.parametrize("text,words,actor,present,absent", FEATURES)
def test_candidate_features(text, words, actor, present, absent, monkeypatch):
    feats = features_of(text, words, actor, monkeypatch)
    assert present <= set(feats), present - set(feats)
    assert not absent & set(feats), absent & set(feats)


def test_previous_speaker_and_salience(monkeypatch):
    text = ("– Nie zgodzimy się na to – powiedział Jan Nowak. Ewa Lis milczała. "
            "– To nasze ostatnie słowo – dodał Nowak.")
    feats = features_of(text, "ostatnie słowo", "Jan Nowak", monkeypatch)
    assert feats["prev_speaker"] == 1.0 and feats["spoke_before"] > 0 and "most_mentioned" in feats
    other = features_of(text, "ostatnie słowo", "Ewa Lis", monkeypatch)
    assert "prev_speaker" not in other and "spoke_before" not in other and other["salience"] < feats["salience"]


CHOICES = [
    ("Jan Nowak powiedział w rozmowie z TVN24, że rząd musi natychmiast ustąpić.", "rząd musi", "Jan Nowak"),
    # negative: the outlet is the channel, never the speaker
    ("W rozmowie z TVN24 Jan Nowak zapowiedział, że związek nie odwoła strajku.", "nie odwoła", "Jan Nowak"),
    ("– Nie oddamy klubu bez walki – powiedziała prezes Anna Kowalska.", "Nie oddamy", "Anna Kowalska"),
    # negative: a name inside the quote is not its speaker
    ("Piotr Zieliński skrytykował burmistrza. – Adam Lis nas oszukał i musi odejść – mówił Zieliński.",
     "nas oszukał", "Piotr Zieliński"),
    # negative: an unnamed speaker ("jedna z mieszkanek") is no one, not the man merely mentioned before
    ("Jan Nowak był na spotkaniu. – Nie mamy za co żyć – mówiła jedna z mieszkanek.", "Nie mamy", None),
    # an unnamed spokesperson's partial quote about the person she speaks for: that person
    ("Sam burmistrz Jan Kowalski nie zabrał dotąd głosu. Jego rzeczniczka przekazała, że Jan Kowalski spotka się "
     "z mieszkańcami, „gdy tylko pozwoli na to kalendarz”.", "kalendarz", "Jan Kowalski"),
    # a role noun naming the person introduced in the sentence before
    ("Innego zdania jest minister rolnictwa Adam Lis. Lider ludowców napisał w piątek na Twitterze, że zgoda na "
     "warunki Brukseli to „kapitulacja, za którą zapłacą rolnicy”.", "kapitulacja", "Adam Lis"),
]


@pytest.mark.parametrize("text,words,speaker", CHOICES)
def test_ranker_choice(text, words, speaker, monkeypatch):
    assert choice_of(text, words, monkeypatch) == speaker


def test_fill_empty_only_where_the_rules_found_no_one(monkeypatch):
    text = ("Innego zdania jest minister rolnictwa Adam Lis. Lider ludowców napisał w piątek na Twitterze, że zgoda "
            "na warunki Brukseli to „kapitulacja, za którą zapłacą rolnicy”. Jan Nowak był na spotkaniu. "
            "– Nie mamy za co żyć – mówiła jedna z mieszkanek.")
    doc, results = settled(text, monkeypatch)
    before = [f.speaker for f in results]
    assert all(s is None for s in before)  # the rules leave both empty
    monkeypatch.undo()
    speaker_rank.fill_empty(doc, results)
    after = {doc.text.text[f.start:f.end][:12]: (f.speaker.name if f.speaker else None) for f in results}
    assert after == {"kapitulacja,": "Adam Lis", "Nie mamy za ": None}


def test_fill_empty_keeps_a_named_choice(monkeypatch):
    doc, results = settled("Jan Nowak powiedział w rozmowie z TVN24, że rząd musi natychmiast ustąpić.", monkeypatch)
    named = [f.speaker for f in results]
    monkeypatch.undo()
    speaker_rank.fill_empty(doc, results)
    assert [f.speaker for f in results] == named and named[0].name == "Jan Nowak"


def test_weights_file_is_general():
    """The shipped weights name features, never words: no open-class identity is a feature."""
    weights = rank.load("speaker").weights
    assert weights["rule"] > 0 and weights.get("type=place", 0) < weights.get("type=person", 0) + 1
    allowed = ("prep=",)
    for name in weights:
        if name.startswith(allowed):
            assert name.split("=", 1)[1] in speaker_rank.PREPS | {"other"}
        assert not any(c.isupper() for c in name), name


def test_clause_features_tell_the_verbs_subject_from_a_complement_and_a_relative_clause(monkeypatch):
    # the subject after the verb and its adjuncts is the clause's subject; the body in the genitive after
    # the role noun is part of the subject phrase only; a name inside a relative clause is in a dependent one
    text = ('Posłanka Ewa Ryba, która rozmawiała z Tomaszem Lisem, była zaskoczona. – Nie oddamy szpitala – '
            'powiedziała w sobotę na konferencji dyrektor Spółdzielni Rolników Halina Mak.')
    mak = features_of(text, "Nie oddamy", "Halina Mak", monkeypatch)
    assert "cl_subject" in mak and "cl_same" in mak
    body = features_of(text, "Nie oddamy", "Spółdzielnia Rolników", monkeypatch)
    assert "cl_subject" not in body and "cl_subject_part" in body
    text2 = 'Jan Wrona, który spotkał się z Ewą Rybą, stwierdził, że "szpital zostanie otwarty".'
    ryba = features_of(text2, "szpital zostanie", "Ewa Ryba", monkeypatch)
    wrona = features_of(text2, "szpital zostanie", "Jan Wrona", monkeypatch)
    assert "cl_in_dependent" in ryba and "cl_subject" not in ryba and "cl_pp" not in ryba
    assert "cl_subject" in wrona
