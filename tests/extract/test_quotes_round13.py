"""Quotes, round 13: mechanisms for unseen text (verb classes read as data, clause shapes).
Invented sentences of the real pages' constructions; tables of text -> (kind, speaker, text start)."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.quotes import extract_quotes
from newslens.nlp import morfeusz, read_lexicon


def quotes(text):
    t = nlp.analyze(text)
    return [(q.kind, q.speaker, q.text) for q in extract_quotes(t, extract_actors(t))]


def test_every_speech_verb_is_a_verb_lemma_of_the_dictionary():
    """A lemma the analyser does not know (a typo, "przysiąc" for "przysięgnąć") never matches a token."""
    unknown = [lemma for lemma in read_lexicon("speech_verbs.txt")
               if not {"fin", "praet", "inf"} & {g[2].split(":")[0] for g in morfeusz().generate(lemma)}]
    assert unknown == []


# verbs of communication, both aspects (the list is built from the class, not from example pages)
VERB_CLASS = [
    ("Marek Wolny skrytykował w poniedziałek, że gmina zwleka z remontem mostu.",
     ("indirect", "Marek Wolny", "gmina zwleka z remontem mostu")),
    ("Radna Ewa Lis zdradziła, że klub szuka nowego trenera.",
     ("indirect", "Ewa Lis", "klub szuka nowego trenera")),
    ("Prezes spółki Adam Bury utrzymuje, że zwolnień nie będzie do końca roku.",
     ("indirect", "Adam Bury", "zwolnień nie będzie do końca roku")),
    ("Media donoszą, że rozmowy zostały przerwane.", ("indirect", None, "rozmowy zostały przerwane")),
    ("Jan Kos pochwalił się, że jego zespół wygrał pięć meczów z rzędu.",
     ("indirect", "Jan Kos", "jego zespół wygrał pięć meczów z rzędu")),
    ("Przewodniczący Piotr Gaj przysiągł, że nie wiedział o przetargu.",
     ("indirect", "Piotr Gaj", "nie wiedział o przetargu")),
    ("Przewodniczący Piotr Gaj przysięgał, że nie wiedział o przetargu.",
     ("indirect", "Piotr Gaj", "nie wiedział o przetargu")),
]


@pytest.mark.parametrize("text,expected", VERB_CLASS)
def test_verbs_of_communication_in_both_aspects(text, expected):
    assert quotes(text) == [expected]


def test_a_coordinated_verb_of_communication_ends_the_reported_clause():
    # "…, że X, krytykowali jednak …": the subject's next act of speech, not the clause's predicate
    assert quotes("Posłowie opozycji podkreślali, że budżet jest nierealny, krytykowali jednak rząd za opóźnienia.") \
        == [("indirect", "posłowie opozycji", "budżet jest nierealny")]


@pytest.mark.parametrize("text", [
    "Ten samochód nazywa się Polonez i ma już trzydzieści lat.",
    "Budynek opisany w raporcie nadal stoi pusty, a gmina szuka kupca.",
    "Drużyna utrzymuje prowadzenie w tabeli od trzech kolejek.",
])
def test_verbs_of_communication_without_reported_content_are_no_quote(text):
    assert quotes(text) == []


# an impersonal announcement: the content made known, no one named (GUIDELINES "indirect", noun objects)
IMPERSONAL = [
    ("Na czwartek zapowiedziano pikietę przed siedzibą zarządu województwa.",
     [("indirect", None, "pikietę przed siedzibą zarządu województwa")]),
    ("W lutym zapowiedziano zwolnienie kolejnych 120 pracowników zakładu.",
     [("indirect", None, "zwolnienie kolejnych 120 pracowników zakładu")]),
    ("W piątek poinformowano, że basen miejski pozostanie zamknięty do maja.",
     [("indirect", None, "basen miejski pozostanie zamknięty do maja")]),
    ("Przed głosowaniem spekulowano, że projekt może utknąć w komisji.", []),  # a guess, no announcement
    ("Nie zapowiedziano, że basen miejski pozostanie zamknięty.", []),
    ("Wniosek przekazano we wtorek przewodniczącemu rady powiatu.", []),  # a thing handed over
    # inside a frame the impersonal verb is the frame's content, not a quote of its own
    ("Jak podaje radio, powołując się na urzędników, zapowiedziano, że rozmowy ruszą w maju.",
     [("indirect", None, "zapowiedziano, że rozmowy ruszą w maju")]),
]


@pytest.mark.parametrize("text,expected", IMPERSONAL)
def test_an_impersonal_announcement_reports_with_no_speaker(text, expected):
    assert quotes(text) == expected


# clause shapes: "ze" typed for "że"; speech reported as hearsay ("miał powiedzieć, że …")
SHAPES = [
    ("Burmistrz Jan Lis stwierdził, ze szkoła będzie otwarta do czerwca.",
     [("indirect", "Jan Lis", "szkoła będzie otwarta do czerwca")]),
    ("Burmistrz Jan Lis przyznał, ze wstydem, że szkoła będzie zamknięta.",
     [("indirect", "Jan Lis", "szkoła będzie zamknięta")]),  # "ze wstydem": the preposition
    ("Burmistrz Jan Lis powiedział, ze względu na koszty projekt zostanie przesunięty.", []),
    ("Burmistrz Jan Lis rozmawiał, ze swoimi wyborcami o budżecie.", []),
    ("Wiceminister Piotr Gral miał jednak zaznaczyć, że wymiana jeńców będzie możliwa dopiero po podpisaniu umowy.",
     [("indirect", "Piotr Gral", "wymiana jeńców będzie możliwa dopiero po podpisaniu umowy")]),
    ("Prezes spółki Anna Wrona ma dodać, że zwolnień nie będzie.", [("indirect", "Anna Wrona", "zwolnień nie będzie")]),
    ("Prezes spółki Anna Wrona nie miała powiedzieć, że zwolnień nie będzie.", []),
    ("Mieliśmy powiedzieć, że wszystko jest w porządku.", []),  # the writer's own first person
    ("Jan Lis ma się spotkać z radnymi w piątek.", []),
]


@pytest.mark.parametrize("text,expected", SHAPES)
def test_clause_shapes_of_reported_speech(text, expected):
    assert quotes(text) == expected


def test_the_verb_of_an_impersonal_or_hearsay_report_is_its_lemma():
    t = nlp.analyze("Prezes spółki Anna Wrona miała dodać, że zwolnień nie będzie. Jak poinformowano, szkoła "
                    "zostanie zamknięta do piątku.")
    assert [q.verb for q in extract_quotes(t, extract_actors(t))] == ["dodać", "poinformować"]


# a source phrase with a pronoun inside the sentence reports the whole sentence, as one with a name does
SOURCE_PHRASES = [
    ("Prezes spółdzielni Adam Sowa mówił o czynszach. Głównym problemem jest według niego brak dotacji z gminy.",
     [("indirect", "Adam Sowa", "Głównym problemem jest według niego brak dotacji z gminy")]),
    ("Prezes spółdzielni Adam Sowa mówił o czynszach. Według niego czynsze wzrosną o dziesięć procent.",
     [("indirect", "Adam Sowa", "czynsze wzrosną o dziesięć procent")]),
    # inside another reported clause the phrase points back at its speaker: no quote of its own
    ("Prezes spółdzielni Adam Sowa powiedział, że remont, który według niego potrwa rok, ruszy w maju.",
     [("indirect", "Adam Sowa", "remont, który według niego potrwa rok, ruszy w maju")]),
]


@pytest.mark.parametrize("text,expected", SOURCE_PHRASES)
def test_a_pronoun_source_phrase_inside_the_sentence(text, expected):
    assert quotes(text) == expected


# a noun of an utterance or a view as the object before ", że": the clause is what was said
UTTERANCE_NOUNS = [
    ("Wojewoda Adam Kruk złożył publiczną deklarację, że oddział nie zostanie zamknięty.",
     [("indirect", "Adam Kruk", "oddział nie zostanie zamknięty")]),
    ("Wojewoda Adam Kruk wydał oświadczenie, że oddział nie zostanie zamknięty.",
     [("indirect", "Adam Kruk", "oddział nie zostanie zamknięty")]),
    ("Pielęgniarki otrzymały zapewnienie, że oddział nie zostanie zamknięty.", []),  # words received
    ("Wojewoda Adam Kruk ma nadzieję, że oddział nie zostanie zamknięty.", []),  # a state of mind
]


@pytest.mark.parametrize("text,expected", UTTERANCE_NOUNS)
def test_a_noun_of_an_utterance_before_its_clause(text, expected):
    assert quotes(text) == expected


def test_an_interview_labels_its_speaker_by_initials_and_the_journalist_asks():
    text = ("Z przewodniczącą samorządu Julią Mączką rozmawia Tomasz Borek.\n\n"
            "Julia Mączka: Zostaniemy, dopóki rektor nie usiądzie z nami do stołu. Mamy karimaty i grafik dyżurów.\n\n"
            "T.B.: Dlaczego akurat teraz?\n\n"
            "J.M.: Bo podwyżka ma wejść w życie od stycznia, a my dowiedzieliśmy się o niej z kartki.")
    got = [(k, s, t[:20]) for k, s, t in quotes(text)]
    assert ("direct", "Julia Mączka", "Bo podwyżka ma wejść") in got
    assert not any(t.startswith("Dlaczego") for _, _, t in got)


def test_initials_no_single_person_holds_are_no_label():
    text = ("Jan Mak i Joanna Mróz spotkali się z radnymi.\n\n"
            "J.M.: Bo podwyżka ma wejść w życie od stycznia, a my dowiedzieliśmy się o niej z kartki.")
    assert not any(t.startswith("Bo podwyżka") for _, _, t in quotes(text))


@pytest.mark.parametrize("text,via", [
    ("Wicepremier Adam Rys zamieścił wieczorem w serwisie Telegram krótkie nagranie. \"Nie zgodzimy się na "
     "żadne ustępstwa terytorialne w tych rozmowach\" - przekonuje Rys.", "Telegram"),
    ("Wicepremier Adam Rys opublikował na Facebooku nagranie. \"Nie zgodzimy się na żadne ustępstwa terytorialne "
     "w tych rozmowach\" - przekonuje Rys.", "Facebook"),
    ("Wicepremier Adam Rys opublikował wczoraj raport. \"Nie zgodzimy się na żadne ustępstwa terytorialne w tych "
     "rozmowach\" - przekonuje Rys.", None),
])
def test_a_post_announced_with_its_platform_is_the_next_quotes_channel(text, via):
    t = nlp.analyze(text)
    assert [q.via for q in extract_quotes(t, extract_actors(t))] == [via]


def test_a_sentence_closed_by_an_amounts_abbreviation_ends_before_a_closed_class_word():
    # "… 2,5 mln zł. Jak dodał, …": "Jak" may be a surname, but as a conjunction it opens the next sentence,
    # so the first reported clause keeps its own end and is not dissolved into the next one's quoted fragment
    text = ("Rzecznik ligi Piotr Zięba przekazał, że klub musi przedstawić gwarancję na 2,5 mln zł. Jak dodał, "
            "liga \"nie zamierza zmieniać swoich zasad dla nikogo\".")
    t = nlp.analyze(text)
    assert len({x.sent for x in t.toks}) == 2
    assert [(q.kind, q.text[:30]) for q in extract_quotes(t, extract_actors(t))] == [
        ("indirect", "klub musi przedstawić gwarancj"), ("partial", "nie zamierza zmieniać swoich z")]


def test_an_abbreviation_before_a_name_stays_inside_its_sentence():
    t = nlp.analyze("W 2024 r. Jan Lis został prezesem spółki.")
    assert len({x.sent for x in t.toks}) == 1


def test_wg_is_wedlug_abbreviated():
    assert quotes("Wg danych GUS inflacja spadła w październiku do 5 proc.") == \
        [("indirect", "GUS", "inflacja spadła w październiku do 5 proc.")]
