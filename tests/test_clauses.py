"""Clause analysis (newslens/clauses.py): invented sentences -> predicate, subject, objects, PPs, openers."""
import dataclasses

import pytest

from newslens.clauses import Clause, clause_of, sentence_clauses
from newslens.nlp import analyze


def _words(text, a, b):
    return " ".join(t.text for t in text.toks[a:b])


def _summary(sentence):
    """Per clause: (opener kind, predicate form, subject words, objects "case:words", PPs "prep+case:words")."""
    text = analyze(sentence)
    out = []
    for c in sentence_clauses(text, 0):
        pred = text.toks[c.predicate.tok].text if c.predicate else None
        subj = _words(text, c.subject.start, c.subject.end) if c.subject else None
        objs = tuple(f"{o.case}:{_words(text, o.start, o.end)}" for o in c.objects)
        pps = tuple(f"{p.prep}+{p.case}:{_words(text, p.start, p.end)}" for p in c.pps)
        out.append((c.kind, pred, subj, objs, pps))
    return out


def _subjects(sentence):
    return [(k, p, s) for k, p, s, _o, _pp in _summary(sentence)]


TABLE = [
    # the subject after the verb and its adjuncts
    ("– Nie pojedziemy tam – napisał w sobotę na Twitterze Tomasz Wróbel.",
     [("dash", "pojedziemy", None), ("dash", "napisał", "Tomasz Wróbel")]),
    # a name inside a relative clause is that clause's, not the main verb's subject
    ("Radna, która spotkała się z Piotrem Malinowskim, zapytała o szkołę.",
     [(None, "zapytała", "Radna"), ("rel", "spotkała", "która")]),
    # two coordinated clauses, each with its own subject
    ("Kierowcy zablokowali most, a strażnicy miejscy wezwali policję.",
     [(None, "zablokowali", "Kierowcy"), ("coord", "wezwali", "strażnicy miejscy")]),
    # pro-drop: a first-person verb has no noun subject
    ("Złożyliśmy wniosek do sądu.", [(None, "Złożyliśmy", None)]),
    # a reflexive verb with no agreeing nominative: impersonal
    ("Okazało się, że szpital zamknięto.", [(None, "Okazało", None), ("comp", "zamknięto", None)]),
    # według / zdaniem: the expert is in a prepositional phrase, never the subject
    ("Według ekonomistów inflacja wzrośnie.", [(None, "wzrośnie", "inflacja")]),
    ("Zdaniem prawnika Adama Króla umowa jest nieważna.", [(None, "jest", "umowa")]),
    # a noun in the genitive after a role noun belongs to the subject phrase; the name is its apposition
    ("Rzecznik urzędu wojewódzkiego Ewa Sowa przekazała, że wnioski rozpatrzono.",
     [(None, "przekazała", "Rzecznik urzędu wojewódzkiego Ewa Sowa"), ("comp", "rozpatrzono", None)]),
    # feminine past tense: a masculine nominative does not agree
    ("Wniosek złożyła mieszkanka Rudy.", [(None, "złożyła", "mieszkanka Rudy")]),
    ("Wczoraj mówiła o tym sąsiadka, a nie sołtys.", [(None, "mówiła", "sąsiadka")]),
    # plural group subjects, virile and non-virile
    ("Ratownicy medyczni ogłosili strajk.", [(None, "ogłosili", "Ratownicy medyczni")]),
    ("Pielęgniarki ze szpitala powiatowego zapowiedziały protest.", [(None, "zapowiedziały", "Pielęgniarki")]),
    # two coordinated nominatives with a plural verb
    ("Wójt i skarbnik gminy podpisali umowę.", [(None, "podpisali", "Wójt i skarbnik gminy")]),
    # an apposition between commas and a subordinate clause interrupting the main one
    ("Karol Maj, dyrektor szkoły, powiedział, że lekcje wrócą.",
     [(None, "powiedział", "Karol Maj , dyrektor szkoły"), ("comp", "wrócą", "lekcje")]),
    ("Burmistrz, który przyjechał na miejsce, obiecał pomoc.",
     [(None, "obiecał", "Burmistrz"), ("rel", "przyjechał", "który")]),
    # a parenthetical "jak" clause before the main one depends on it
    ("Jak podała straż pożarna, ogień ugaszono.", [("comp", "podała", "straż pożarna"), ("comma", "ugaszono", None)]),
    # numerals with a genitive noun take a neuter singular verb
    ("Pięciu radnych głosowało przeciw.", [(None, "głosowało", "Pięciu radnych")]),
    # an accusative-looking noun after a masculine verb is its object, not a subject
    ("Przedstawił projekt w poniedziałek.", [(None, "Przedstawił", None)]),
    # a neuter subject after the verb ("przekazało ministerstwo")
    ("– Sprawa jest w toku – przekazało ministerstwo.", [("dash", "jest", "Sprawa"), ("dash", "przekazało", "ministerstwo")]),
]


@pytest.mark.parametrize("sentence,expected", TABLE, ids=[s[:40] for s, _ in TABLE])
def test_subjects_and_openers(sentence, expected):
    assert _subjects(sentence) == expected


def test_objects_and_prepositional_phrases_carry_their_case():
    got = _summary("Minister przekazał dziennikarzom raport o stanie dróg w piątek.")
    assert got[0][3] == ("dat:dziennikarzom", "acc:raport")
    assert got[0][4] == ("o+loc:o stanie dróg", "w+acc:w piątek")


def test_negation_takes_a_genitive_object_and_is_marked():
    text = analyze("Rada nie przyjęła uchwały.")
    (c,) = sentence_clauses(text, 0)
    assert c.negated and c.predicate.negated
    assert [(o.case, _words(text, o.start, o.end)) for o in c.objects] == [("gen", "uchwały")]
    (c2,) = sentence_clauses(analyze("Rada przyjęła uchwałę."), 0)
    assert not c2.negated


def test_predicate_person_number_gender():
    def pred(sentence, k=0):
        return sentence_clauses(analyze(sentence), 0)[k].predicate

    p = pred("Zrobiłabym to jeszcze raz.")
    assert (p.pos, p.person, p.number, p.genders) == ("praet", "pri", "sg", frozenset({"f"}))
    p = pred("Prosili, żebyśmy przyszli.", 1)
    assert (p.person, p.number, p.genders) == ("pri", "pl", frozenset({"m1"}))
    p = pred("Powiedziano nam, że wyjadą.")
    assert (p.pos, p.person, p.number) == ("imps", None, None)
    p = pred("Minister będzie mówiła o tym jutro.")
    assert (p.pos, p.genders) == ("bedzie", frozenset({"f"}))
    assert pred("Radni zgodzili się na to.").reflexive


def test_dependents_and_coordination_point_to_their_clause():
    text = analyze("Wojewoda, który odwiedził gminę, zapowiedział, że drogę naprawią, a most zamkną.")
    cs = sentence_clauses(text, 0)
    kinds = [c.kind for c in cs]
    assert kinds == [None, "rel", "comp", "coord"]
    main, rel, comp, coord = cs
    assert rel.parent == 0 and comp.parent == 0 and coord.coordinated == 2 and coord.parent == 0
    assert len(main.parts) == 2 and main.dependent is False and rel.dependent and comp.dependent and coord.dependent
    assert sentence_clauses(analyze("Rada obradowała, a wójt milczał."), 0)[1].dependent is False
    # the clause of a token, and character offsets that slice the text
    k = next(t.i for t in text.toks if t.text == "gminę")
    assert clause_of(text, k) == rel
    assert text.text[rel.char_start:rel.char_end].startswith("który odwiedził gminę")


def test_speech_marks_open_their_clauses():
    cs = sentence_clauses(analyze("„Nie zgadzamy się” – oświadczył prezes klubu."), 0)
    assert [c.kind for c in cs] == ["quote", "dash"]
    assert cs[0].speech and not cs[1].speech
    text = analyze("Sołtys (który wcześniej milczał) ogłosił: wybory odbędą się w maju.")
    cs = sentence_clauses(text, 0)
    assert [c.kind for c in cs] == [None, "rel", "colon"]
    assert _words(text, cs[0].subject.start, cs[0].subject.end) == "Sołtys"


def test_clauses_are_frozen_and_computed_once_per_sentence():
    text = analyze("Posłowie przyjęli ustawę. Senat ją odrzucił.")
    first = sentence_clauses(text, 1)
    assert sentence_clauses(text, 1) is first
    assert isinstance(first[0], Clause)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first[0].kind = "x"
    assert _words(text, first[0].subject.start, first[0].subject.end) == "Senat"
    assert clause_of(text, 10_000) is None


def test_an_acronym_shows_no_case_and_stands_alone():
    # "powiedział PAP X": the agency in the dative, the name after it the subject
    assert _subjects("– Wrócimy – powiedział PAP Tadeusz Zięba.")[1] == ("dash", "powiedział", "Tadeusz Zięba")
