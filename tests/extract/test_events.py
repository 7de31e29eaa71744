"""Event phrases (issue 18): the clause around a temporal expression, trimmed to a readable phrase."""
import json
from pathlib import Path

import pytest

from newslens import nlp
from newslens.extract.events import MAX_WORDS, event_phrase
from newslens.extract.timeline import extract_timeline


def phrase(text, expression):
    a = text.index(expression)
    return event_phrase(nlp.analyze(text), a, a + len(expression))


CASES = [
    # the expression leaves no gap and no dangling preposition behind
    ("Chodzi o powrót do sytuacji z grudnia-stycznia i postawienie pytania.", "grudnia-stycznia",
     "Chodzi o powrót do sytuacji i postawienie pytania"),
    ("Rozporządzenie mogłoby obowiązywać od 1 stycznia 2026 r.", "1 stycznia 2026 r.",
     "Rozporządzenie mogłoby obowiązywać"),
    ("Rosja przekazała projekty 17 grudnia w Moskwie.", "17 grudnia", "Rosja przekazała projekty w Moskwie"),
    # an adjectival date keeps the preposition of its noun
    ("Prokuratura odwoła się od czwartkowego wyroku.", "czwartkowego", "Prokuratura odwoła się od wyroku"),
    ("We wtorkowym komunikacie Kreml stawia warunki.", "wtorkowym", "W komunikacie Kreml stawia warunki"),
    # no list numbers, no conjunction at the start
    ("Związek żąda: 1) podwyżek od lipca; 2) rozpoczęcia rozmów w zespole trójstronnym do 15 września.",
     "do 15 września", "rozpoczęcia rozmów w zespole trójstronnym"),
    ("Rząd obiecał pieniądze, a w maju wycofał się z obietnicy.", "w maju", "wycofał się z obietnicy"),
    # a relative clause is preceded by the words it refers to
    ("Rząd przyjął projekt, który trafi do Sejmu w piątek.", "w piątek", "projekt, który trafi do Sejmu"),
    ("Do 2020 r. obowiązywała zasada 10H, którą złagodzono w 2023 r.", "w 2023 r.", "zasada 10H, którą złagodzono"),
    # the attribution after a quotation is a clause of its own
    ("– Spotkamy się z wójtem w piątek – powiedział sołtys.", "w piątek", "Spotkamy się z wójtem"),
    # a clause without a verb takes in its neighbour across a comma
    ("Sprawą zajmie się sąd apelacyjny, najpewniej w marcu.", "w marcu",
     "Sprawą zajmie się sąd apelacyjny, najpewniej"),
]


@pytest.mark.parametrize("text,expression,expected", CASES)
def test_event_phrase(text, expression, expected):
    assert phrase(text, expression) == expected


def test_event_phrase_is_short():
    text = ("W poniedziałek przedstawiciele wszystkich związków zawodowych działających w spółce spotkali się "
            "z zarządem, radą nadzorczą, wojewodą, posłami regionu i mediatorem wskazanym przez ministra pracy.")
    got = phrase(text, "W poniedziałek")
    assert got.startswith("przedstawiciele wszystkich związków")
    assert len([w for w in got.split() if any(c.isalnum() for c in w)]) <= MAX_WORDS
    assert got.split()[-1] not in {"z", "i", "przez"}


_PREPOSITIONS = {"w", "we", "z", "ze", "od", "do", "na", "po", "przed", "za", "o", "przy", "pod", "dla", "przez"}


ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ["data/raw/lawrow-warunki-rozmow", "data/dev/web-s01-grajewo-pielegniarki", "data/dev/web-s02-znp-spor-zbiorowy",
            "data/dev/web-s07-lekarze-limit-kontraktow", "data/dev/web-p03-starosta-wyrok-drogi", "data/dev/pakt-migracyjny-ue"]


@pytest.mark.parametrize("stem", ARTICLES)
def test_event_phrases_of_real_articles_read_cleanly(stem):
    meta = json.loads((ROOT / f"{stem}.meta.json").read_text("utf-8"))
    text = (ROOT / f"{stem}.txt").read_text("utf-8")
    timeline = extract_timeline(nlp.analyze(text), meta.get("published"))
    assert timeline
    for t in timeline:
        assert t.event, t.expression
        words = t.event.split()
        assert words[-1].lower() not in _PREPOSITIONS, t.event  # no dangling preposition
        assert not (words[0].rstrip(").").isdigit() and words[0][-1:] in ").") and words[0] != ")", t.event
        assert words[0].lower() not in {"i", "a", "oraz", "że", "ale"}, t.event
        assert len([w for w in words if any(c.isalnum() for c in w)]) <= MAX_WORDS, t.event
        assert t.expression not in t.event, t.event  # the phrase says what happened, not when
        assert "  " not in t.event and " ," not in t.event and not t.event.endswith((",", ":", "-", "–")), t.event
