"""Quotes, session 10 (issue #13): classes of misses on the real pages (F, r133-r156, with the older batches and
the dev batches as cross-batch evidence), fixed as mechanisms and checked here on invented sentences of the same
constructions (other words and names). Each row: text -> expected quotes (kind, speaker, via, text start)."""
import pytest

from newslens.extract.quote_doc import quote_marks

from .test_quotes import assert_quotes

NESTED_MARKS = [
    # a quotation inside a quotation: straight marks in straight marks, „…” in "…", "…" in „…”
    ('"Mamy "plan Kowalskiego". Chcemy też "planu Nowaka". Zapraszamy wszystkich" - mówił.',
     ['Mamy "plan Kowalskiego". Chcemy też "planu Nowaka". Zapraszamy wszystkich']),
    ('"Padło hasło: „referendum” – teraz trzeba działać" - napisali.', ["Padło hasło: „referendum” – teraz trzeba działać"]),
    ("„Nie zgodzimy się na \"reformę\" ministra” – dodał.", ['Nie zgodzimy się na "reformę" ministra']),
    # negatives: two quotations side by side stay two; a closer glued to its word closes
    ('"Tak" - powiedział. "Nie" - dodał.', ["Tak", "Nie"]),
    ('Mówił "dwa słowa", a potem "trzy inne słowa".', ["dwa słowa", "trzy inne słowa"]),
    ('"Jedno zdanie." "Drugie zdanie."', ["Jedno zdanie.", "Drugie zdanie."]),
]


@pytest.mark.parametrize("text,expected", NESTED_MARKS)
def test_nested_quotation_marks(text, expected):
    assert [text[a:b] for a, b in quote_marks(text)] == expected


NESTED_QUOTES = [
    ('Poseł Jan Wrona zabrał głos w Sejmie. "Był czas, kiedy ambasador był nazywany "naszym przyjacielem" i '
     'zapraszany na bankiety w stolicy" - zauważył Wrona na konferencji.',
     [("direct", "Jan Wrona", None, "Był czas, kiedy ambasador")]),
]


@pytest.mark.parametrize("text,expected", NESTED_QUOTES)
def test_nested_quotation_is_one_quote(text, expected):
    assert_quotes(text, expected)


FRONTED_ABOUT = [
    # an "o" phrase fronted before a verb of informing is its content: the known thing first, the speaker last
    ("O zamknięciu oddziału położniczego poinformowała w piątek rzeczniczka szpitala Ewa Grab.",
     [("indirect", "Ewa Grab", None, "O zamknięciu oddziału położniczego")]),
    ("O wszczęciu kontroli w urzędzie gminy wspomniał też wojewoda Adam Lis.",
     [("indirect", "Adam Lis", None, "O wszczęciu kontroli w urzędzie gminy")]),
    ("O odwołaniu koncertu poinformowała we wtorek PAP rzeczniczka miasta Ewa Grab.",
     [("indirect", "Ewa Grab", "PAP", "O odwołaniu koncertu")]),
    # negatives: a pronoun for content said elsewhere, a time of day, a verb with its own clause, a non-speech verb
    ("O tym poinformowała w piątek rzeczniczka szpitala Ewa Grab.", []),
    ("O godzinie dziesiątej wojewoda Adam Lis poinformował mieszkańców.", []),
    ("O zmroku wojewoda Adam Lis poinformował, że droga zostanie otwarta.",
     [("indirect", "Adam Lis", None, "droga zostanie otwarta")]),
    ("O zamknięciu oddziału zdecydował w piątek zarząd szpitala.", []),
]


@pytest.mark.parametrize("text,expected", FRONTED_ABOUT)
def test_fronted_about_phrase(text, expected):
    assert_quotes(text, expected)


def test_fronted_about_phrase_ends_before_the_subject():
    from newslens.extract import nlp, extract_actors, extract_quotes
    text = nlp.analyze("O likwidacji połączeń autobusowych przewoźnik poinformował gminy w ubiegłym tygodniu.")
    got = extract_quotes(text, extract_actors(text))
    assert [q.text for q in got] == ["O likwidacji połączeń autobusowych"]


HEARD = [
    # words heard by a reporter: the speaker is the one named after "od", else none; the hearer's outlet is the via
    ("Reporter Radia Zet Jan Wróbel, który jest na miejscu, usłyszał, że powodem blokady są niskie ceny skupu.",
     [("indirect", None, "Radio Zet", "powodem blokady są niskie ceny")]),
    ("Jak usłyszał od protestujących reporter Radia Zet, wojewoda nie odpowiedział na ich pismo.",
     [("indirect", "protestujący", "Radio Zet", "wojewoda nie odpowiedział")]),
    ("Nie mamy z czego żyć, a ceny paliwa rosną - usłyszała reporterka Radia Zet Anna Lis od jednego z kierowców.",
     [("direct", None, "Radio Zet", "Nie mamy z czego żyć")]),
    ("Na wiecu można też było usłyszeć, że rolnicy nie odpuszczą.", [("indirect", None, None, "rolnicy nie odpuszczą")]),
    ("Poseł Jan Wrona usłyszał od premiera Adama Lisa, że reforma będzie kontynuowana.",
     [("indirect", "Adam Lis", None, "reforma będzie kontynuowana")]),
    # negatives: a thing heard that is no speech (charges), the writer's own first person
    ("Prezes Jan Wrona usłyszał w prokuraturze trzy zarzuty.", []),
    ("Usłyszeliśmy, że szpital zostanie zamknięty.", []),
]


@pytest.mark.parametrize("text,expected", HEARD)
def test_heard_speech(text, expected):
    assert_quotes(text, expected)


NEXT_ACT = [
    # the reported words end where the reporting subject's next act begins: a finite verb agreeing with the
    # reporting verb after ", i" (the comma closes the reported clause) or after a noun-phrase content
    ("Burmistrz Jan Lis uznał, że artykuł go zniesławia, i złożył prywatny akt oskarżenia.", ["artykuł go zniesławia"]),
    ("Radna Anna Lis powiedziała, że projekt upadł, i wyszła z sali.", ["projekt upadł"]),
    ("Dyrektor Jan Lis zarzuca związkowcom brak przejrzystości i chce sprawdzić listy głosujących.", ["brak przejrzystości"]),
    # negatives: "i" inside the reported clause (no comma, the inner subject's verb), a verb that does not agree
    ("Burmistrz Jan Lis powiedział, że spółka zwolni pracowników i zamknie zakład.",
     ["spółka zwolni pracowników i zamknie zakład"]),
    ("Burmistrz Jan Lis powiedział, że radni przyszli, i wyszli z sali.", ["radni przyszli, i wyszli z sali"]),
]


@pytest.mark.parametrize("text,expected", NEXT_ACT)
def test_reported_words_end_before_the_next_act(text, expected):
    from newslens.extract import nlp, extract_actors, extract_quotes
    doc = nlp.analyze(text)
    assert [q.text for q in extract_quotes(doc, extract_actors(doc))] == expected


SOURCE_PHRASE = [
    # the reported words start after the source phrase's genitive dependents and the "z" phrase of its workplace
    ("Według aktu oskarżenia w latach 2019-2021 dyrektor ustawiał przetargi.", "w latach 2019-2021 dyrektor"),
    ("Według aktu oskarżenia spółka Budrex z Łomży wygrała 17 przetargów.", "spółka Budrex z Łomży"),
    ("Według libańskiego ministerstwa zdrowia od tego czasu zginęło 3 tys. osób.", "od tego czasu zginęło"),
    ("Według szefa komisji finansów Jana Lisa prace nad ustawą potrwają do jesieni.", "prace nad ustawą"),
    ("Zdaniem Jana Lisa z Biura Maklerskiego Nordex w tym roku zyski wzrosną.", "w tym roku zyski"),
    # negatives: a word that may be the subject stays in the reported words (before a verb, an adjective of its
    # own, a name in apposition)
    ("Według ministra firmy muszą płacić więcej.", "firmy muszą płacić"),
    ("Według resortu farmy wiatrowe mają powstać w 2030 r.", "farmy wiatrowe mają"),
    ("Według nieoficjalnych informacji PAP premier Jan Lis ma się spotkać z wójtem.", "premier Jan Lis ma"),
    ("Według śledczych najwięcej pieniędzy miało trafić do prezesa.", "najwięcej pieniędzy"),
]


@pytest.mark.parametrize("text,start", SOURCE_PHRASE)
def test_reported_words_start_after_the_source_phrase(text, start):
    from newslens.extract import nlp, extract_actors, extract_quotes
    doc = nlp.analyze(text)
    got = extract_quotes(doc, extract_actors(doc))
    assert len(got) == 1 and got[0].kind == "indirect" and got[0].text.startswith(start), got
