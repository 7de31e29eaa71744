"""Quotes, round 12: classes of misses and spurious quotes on the development real pages r37-r60, fixed as
mechanisms and checked here on invented sentences of the same constructions (other words and names).
Each row: text -> expected quotes (kind, speaker, via, text start)."""
import pytest

from newslens.lexicon import read_lexicon

from .test_quotes import assert_quotes, quotes

VERBS = [
    # the speech verb list holds both aspects of a verb of communication: the imperfective of a listed
    # perfective reports as well ("zaprzeczyć" was listed, "zaprzeczać" was not)
    ("Burmistrz Ewa Kot zaprzeczała, że miasto sprzedało działkę deweloperowi.",
     [("indirect", "Ewa Kot", None, "miasto sprzedało działkę")]),
    ("Rzecznik Adam Lis dementuje, że firma zwolni stu pracowników.",
     [("indirect", "Adam Lis", None, "firma zwolni stu")]),
    # "jakoby" after a verb of denial introduces the content reported (its truth doubted)
    ("Burmistrz Ewa Kot zaprzeczała, jakoby miasto sprzedało działkę deweloperowi.",
     [("indirect", "Ewa Kot", None, "miasto sprzedało działkę")]),
    # negative: a verb of denial with a noun object and no clause reports nothing
    ("Burmistrz Ewa Kot zaprzeczała tym doniesieniom w mediach.", []),
]

COMMA = [
    # the comma before "że" left out, right after the verb
    ("Rzecznik spółki Adam Lis, autor wniosku w tej sprawie, powiedział że spółka odwołała się od decyzji "
     "urzędu w całości.", [("indirect", "Adam Lis", None, "spółka odwołała się")]),
    # negatives: "że" after another word is a conjunction of its own ("tak że", "mimo że")
    ("Burmistrz Ewa Kot mówiła tak że nikt jej nie słyszał.", []),
    ("Burmistrz Ewa Kot zaprzeczała wszystkiemu mimo że miasto sprzedało działkę.", []),
]

WRITER = [
    # the writer's first person in the past tense ("pisaliśmy", "informowaliśmy") is the outlet's own earlier
    # report, no one's quote: the person ending is not in the tag, the form shows it
    ("Jak pisaliśmy, Partia Zielonych, kierowana przez Adama Lisa, zapowiedziała, że nie poprze budżetu.",
     [("indirect", "Partia Zieloni", None, "nie poprze budżetu")]),
    ("Jak informowaliśmy wczoraj, szpital w Kole zamknął oddział dziecięcy.", []),
    # negative: the third person of the same construction is a source phrase
    ("Jak poinformował wczoraj wojewoda, szpital w Kole zamknął oddział dziecięcy.",
     [("indirect", None, None, "szpital w Kole")]),
]


OBJECTS = [
    # a verb that announces or declares an act (speech_object_verbs.txt: zapowiedzieć, zadeklarować) reports its
    # object when the object names an act (a verbal noun or an action noun), however short
    # (GUIDELINES, decided 2026-11-27: "zapowiedział strajk")
    ("Na konferencji lewica zadeklarowała poparcie projektu ustawy.",
     [("indirect", None, None, "poparcie projektu ustawy")]),
    ("Związkowcy zapowiedzieli protesty.", [("indirect", "związkowcy", None, "protesty")]),
    ("Spółka ponownie zapowiedziała próbę renegocjacji kontraktu.", [("indirect", None, None, "próbę renegocjacji")]),
    # negative: an object that is a thing, not an act
    ("Burmistrz zadeklarował pomoc dla powodzian.", []),
]

OBJECT_ENDS = [
    # the object ends before the writer's next clause after ", a"
    ("Kibice zapowiadają bojkot meczów, a klub milczy.", "bojkot meczów"),
    ("Trener zapowiedział odejście, a zawodnicy domagają się zaległych pensji.", "odejście"),
    # negative: a comma inside the object's phrase with no conjunction keeps it going
    ("Związkowcy zapowiedzieli protesty w Gdańsku, Gdyni i Sopocie.", "protesty w Gdańsku, Gdyni i Sopocie"),
]


@pytest.mark.parametrize("text,end", OBJECT_ENDS)
def test_round12_object_ends(text, end):
    assert [q[3] for q in quotes(text)] == [end]


@pytest.mark.parametrize("text,expected", VERBS + COMMA + WRITER + OBJECTS)
def test_round12_reported(text, expected):
    assert_quotes(text, expected)


def test_speech_verbs_hold_both_aspects_of_the_added_pairs():
    verbs = set(read_lexicon("speech_verbs.txt"))
    for perf, imperf in [("zaprzeczyć", "zaprzeczać"), ("zdementować", "dementować"), ("oznajmić", "oznajmiać"),
                         ("dopowiedzieć", "dopowiadać"), ("uściślić", "uściślać"), ("oskarżyć", "oskarżać")]:
        assert perf in verbs and imperf in verbs, (perf, imperf)


CUT_OFF = [
    # a page cut off inside its last quotation: the words to the end are a direct quote, as closed ones are
    ('Prezes Adam Lis liczy na rychłą decyzję. "Zarząd musi obradować jeszcze przed świętami, '
     'a nie w lutym. Czekamy tylko na opinię prawników w sprawie umowy z dostawc',
     [("direct", None, None, "Zarząd musi obradować")]),
    ('Związkowcy pikietowali przed urzędem.\n\n"Na Śląsku mówimy to od lat',
     [("direct", None, None, "Na Śląsku mówimy to od lat")]),
    # negatives: two words cut off; a mark inside a sentence (a fragment, not a sentence opened); a mark
    # in an earlier paragraph (an unbalanced mark never runs on)
    ('Związkowcy pikietowali przed urzędem.\n\n"Na Śląsku', []),
    ('Burmistrz Jan Lis mówił o "nowym rozdaniu w mieście', []),
    ('Związkowcy pikietowali. "Na Śląsku mówimy to od lat\n\nRadni zebrali się w poniedziałek.', []),
]


@pytest.mark.parametrize("text,expected", CUT_OFF)
def test_round12_cut_off_quotation(text, expected):
    assert_quotes(text, expected)


TERMS = [
    # a noun that names an expression makes the quoted words a phrase mentioned, not said
    ('Premier polecił ambasadorowi zaapelować o wycofanie ustawy karzącej za sformułowanie "polskie obozy pracy".',
     []),
    ('Rzecznik uznał określenie „wojna na górze prawicy” za przesadę.', []),
    # negative: the same words after a speech verb are a fragment said
    ('Rzecznik mówił o „wojnie na górze prawicy”.', [("partial", None, None, "wojnie na górze prawicy")]),
]


@pytest.mark.parametrize("text,expected", TERMS)
def test_round12_terms(text, expected):
    assert_quotes(text, expected)


COLON_DASH = [
    # a clause with any verb, then a colon and a dash before a capital: the speaker's words follow, as after a
    # verb right before the colon ("Starosta uspokaja: – …")
    ("Burmistrz Adam Lis stawia też warunek radnym: - Jeśli odrzucą budżet, to podam się do dymisji.",
     [("direct", "Adam Lis", None, "Jeśli odrzucą budżet")]),
    # negatives: a list of figures after the colon; a lower-case item
    ("Wyniki głosowania przedstawiają się następująco: - 30 proc. za, 70 proc. przeciw.", []),
    ("Związek przedstawił postulaty: - podwyżki płac o 500 zł.", []),
]

DASH_ENDS = [
    # an aside between dashes inside a conditional, and its "to": no attribution ("– to do klubu nie wejdę")
    ("Adam Lis mówił o koalicji.\n\n– Jeśli zmuszą mnie do głosowania - w myśl dyscypliny - to do ich klubu nie "
     "wejdę.", "Jeśli zmuszą mnie do głosowania - w myśl dyscypliny - to do ich klubu nie wejdę."),
    # negative: "– to …" with no verb of the speaker's own still attributes ("– to z kolei sołtys")
    ("– Droga będzie gotowa w maju – to z kolei sołtys Jan Kania.", "Droga będzie gotowa w maju"),
]


@pytest.mark.parametrize("text,expected", COLON_DASH)
def test_round12_colon_dash(text, expected):
    assert_quotes(text, expected)


@pytest.mark.parametrize("text,end", DASH_ENDS)
def test_round12_dash_ends(text, end):
    assert [q[3] for q in quotes(text)] == [end]


ASIDES = [
    # a pronoun's source phrase inside a reported clause points back at the one reporting: his clause stays
    # one quote, the phrase no quote of its own and no frame around his
    ("Burmistrz Adam Lis mówił o planach. Jak poinformował, radni złożyli wniosek, który — jego zdaniem — pozwoli "
     "uratować szpital.", [("indirect", "Adam Lis", None, "radni złożyli wniosek")]),
    ("Burmistrz Adam Lis powiedział, że według niego szpital zostanie uratowany.",
     [("indirect", "Adam Lis", None, "według niego szpital")]),
    # negative: the phrase opening a sentence of its own is a quote
    ("Burmistrz Adam Lis mówił o planach. Jego zdaniem szpital zostanie uratowany.",
     [("indirect", "Adam Lis", None, "szpital zostanie uratowany")]),
]


@pytest.mark.parametrize("text,expected", ASIDES)
def test_round12_pronoun_asides(text, expected):
    assert_quotes(text, expected)


ANSWER_PARAGRAPHS = [
    # a speech verb's colon closing its paragraph, and below it a paragraph that opens with a name as the subject
    # of its verb: the speaker's words (a reported clause inside them is no quote of its own)
    ("Lis o koalicji\nLider partii był gościem telewizji. Zapytany o sojusze, Adam Lis odparł:\nJan Kowalski od "
     "miesięcy ogłasza, że nie usiądzie z nami do stołu, więc i ja nie zamierzam go o to prosić.\n"
     "Natomiast mógłbym spotkać się z marszałkiem\n— dodał.",
     [("direct", "Adam Lis", None, "Jan Kowalski od miesięcy"), ("direct", "Adam Lis", None, "Natomiast mógłbym")]),
    # negatives: names listed after the colon; names with a comma before their verb
    ("Lis o krajach\nMinister wymienił kraje, które poparły wniosek:\nPolskę, Niemcy, Francję i Hiszpanię, a także "
     "kilka mniejszych państw regionu.", []),
    ("Lis o krajach\nMinister mówił o krajach, które poparły wniosek:\nPolska, Niemcy i Francja poparły wniosek, a "
     "Hiszpania była przeciw.", []),
]


@pytest.mark.parametrize("text,expected", ANSWER_PARAGRAPHS)
def test_round12_answer_paragraphs(text, expected):
    assert_quotes(text, expected)


HEDGED = [
    # an adverb of the writer's inference by the verb: the writer's guess at a view, no report of speech
    ("W rozmowie z radiem Adam Lis uznał najwyraźniej, że może dyktować warunki starszym kolegom z partii.", []),
    ("Prezes Adam Lis zapewne stwierdzi, że spółka nie ma pieniędzy na podwyżki.", []),
    # negatives: no adverb; hearsay ("podobno") still reports someone's words
    ("Prezes Adam Lis stwierdził, że spółka nie ma pieniędzy na podwyżki.",
     [("indirect", "Adam Lis", None, "spółka nie ma")]),
    ("Prezes Adam Lis podobno powiedział, że spółka nie ma pieniędzy na podwyżki.",
     [("indirect", "Adam Lis", None, "spółka nie ma")]),
]


@pytest.mark.parametrize("text,expected", HEDGED)
def test_round12_hedged(text, expected):
    assert_quotes(text, expected)
