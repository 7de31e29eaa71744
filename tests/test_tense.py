"""Tense of the clause around a date: nearest verb, clause boundaries, modals, planning forms."""
import pytest

from newslens import nlp
from newslens.tense import scheduled_event, span_clause_tense, span_tense

CASES = [
    ("Minister spotkał się z rolnikami w czwartek.", "w czwartek", "past"),
    ("Kadra zagra we wtorek z Walią.", "we wtorek", "future"),
    ("Premier ma spotkać się ze związkowcami w piątek.", "w piątek", "future"),
    ("Szkoły mogą stanąć w kwietniu.", "w kwietniu", "future"),
    ("Budżet będzie gotowy w maju.", "w maju", "future"),
    ("Kolejny szczyt zaplanowano na lipiec.", "na lipiec", "future"),
    ("Protesty trwają od 9 lutego.", "od 9 lutego", "present"),
    ("ZNP domaga się podwyżek od 1 września.", "od 1 września", "future"),
    # the date belongs to the announcing verb, not to what is announced
    ("Komisja zapowiedziała w czwartek, że przedstawi propozycje.", "w czwartek", "past"),
    ("Komisja zapowiedziała w czwartek, że przedstawi propozycje do połowy marca.", "do połowy marca", "future"),
    # a participle right next to the date wins over the main verb
    ("Prezydent, zaprzysiężony w poniedziałek, zapewnił, że wyspa będzie bronić demokracji.", "w poniedziałek", "past"),
    ("Od lipca wyższe rachunki za prąd.", "Od lipca", None),
    # mood and modality point forward (issue 21)
    ("Sejm mógłby zająć się projektem 7 maja.", "7 maja", "future"),  # conditional
    ("Rząd miałby przyjąć ustawę 12 czerwca.", "12 czerwca", "future"),  # conditional of mieć
    ("Posiedzenie ma się odbyć w środę.", "w środę", "future"),  # mieć + się + infinitive
    ("Ministrowie mieli w piątek podpisać porozumienie.", "w piątek", "future"),  # mieć (past) + infinitive: a plan
    ("Ministrowie mogli w piątek podpisać porozumienie.", "w piątek", "past"),  # other modals in the past: past
    ("Przyjdźcie w piątek pod urząd!", "w piątek", "future"),  # imperative
    ("Nie chcemy, żeby protest wybuchł w maju.", "w maju", "future"),  # żeby + past form
    ("Jeżeli rząd nie zmieni zdania, od 1 kwietnia stajemy.", "od 1 kwietnia", "future"),  # present in a condition
    ("Od 1 kwietnia stajemy w pracy o siódmej.", "Od 1 kwietnia", "present"),  # no condition: present
    # a verb of request dates what is asked for when its object stands between them
    ("Wójt zaprosił mieszkańców na spotkanie w piątek.", "w piątek", "future"),
    ("Prokurator wnioskował o areszt do 7 czerwca.", "do 7 czerwca", "future"),
    ("Wójt zaapelował w piątek o spokój.", "w piątek", "past"),
    ("Zapowiadał Kowalski w środę na konferencji.", "w środę", "past"),  # a subject between, not an object
    # a phrase of the occasion the request was made at is no object: the date is the request's
    ("Minister apelował podczas posiedzenia komisji 3 marca, by lekarze wrócili do pracy.", "3 marca", "past"),
    ("Radna zaapelowała w trakcie czwartkowej sesji o zmiany w budżecie.", "czwartkowej", "past"),
    ("Burmistrz prosił na zebraniu 4 maja o cierpliwość.", "4 maja", "past"),
    ("Wójt zaprosił mieszkańców podczas sesji na spotkanie w piątek.", "w piątek", "future"),  # the object after it still counts
    ("Starosta zaprosił radnych na spotkanie 4 maja.", "4 maja", "future"),  # `na` with the accusative: the object
    ("Związkowcy zapowiedzieli strajk 15 maja.", "15 maja", "future"),  # an announcement dates what it announces
    ("Ekonomiści spodziewali się ruchu najwcześniej w listopadzie.", "w listopadzie", "future"),  # what was expected
    ("Ekonomiści spodziewali się w listopadzie obniżki.", "w listopadzie", "past"),  # when they expected it
    # an attribution after a quotation does not date what is quoted
    ("– Prosimy o spotkanie jeszcze w lutym – apelował lider związku.", "w lutym", "future"),
    ("– Spotkaliśmy się w lutym – powiedział lider związku.", "w lutym", "past"),
    # participles read as adjectives; a participle after an auxiliary takes the auxiliary's tense
    ("Wezwano do uwolnienia marynarzy zatrzymanych w listopadzie.", "w listopadzie", "past"),
    ("Przejścia pozostaną zamknięte do końca lutego.", "do końca lutego", "future"),
    ("Zakaz obowiązujący od 16 września będzie trwał długo.", "od 16 września", "present"),
    # a word read as a verb right after a preposition is a noun; an imperative that is also a noun is no imperative
    ("Prosimy o spotkanie z udziałem premiera w lutym.", "w lutym", "future"),
    ("Wcześniej, 28 stycznia, ministrowie spraw zagranicznych przedłużyli sankcje.", "28 stycznia", "past"),
    # a sentence the tagger left without a verb: the finite reading it did not choose ("zapadnie" as an adjective)
    ("Decyzja zapadnie najpóźniej w październiku.", "w październiku", "future"),
    # a form read as a participle right after a noun that can be its subject is the finite verb
    ("Firmy dostaną w styczniu podwójny cios.", "w styczniu", "future"),
    ("Lekarze przestaną pracować 30 września.", "30 września", "future"),
    ("Firmy dostały w styczniu podwójny cios.", "w styczniu", "past"),
    # a participle before its noun is an attribute and dates nothing; after an auxiliary (adverbs aside) it
    # takes the auxiliary's tense
    ("Agencja chce wyjaśnić wszystkie otwarte kwestie do czerwca.", "do czerwca", "future"),
    ("Decyzja ma zostać formalnie potwierdzona na szczycie 7–8 lipca.", "7–8 lipca", "future"),
    ("Dane opublikowane we wtorek pokazują spadek.", "we wtorek", "past"),
    # "by", "żeby" opening the clause a few words before the verb
    ("Zarząd chce, by z końcem sierpnia przestały działać dwie szkoły.", "z końcem sierpnia", "future"),
    ("Zarząd zdecydował, że z końcem sierpnia przestały działać dwie szkoły.", "z końcem sierpnia", "past"),
]


@pytest.mark.parametrize("text,span,expected", CASES)
def test_span_tense(text, span, expected):
    a = text.index(span)
    assert span_tense(nlp.analyze(text), a, a + len(span)) == expected


# nouns and adjectives of planning (tense_plan_words.txt): a noun governs a limit or start after it
# (limit=True: "do", "od", "na"), an adjective any date after it; a verb after the date in their
# clause still dates it
PLAN_CASES = [
    ("Minister mówił o ogłoszonym przez premiera zamiarze przyjęcia do końca listopada ustawy.", "do końca listopada",
     True, "plan"),
    ("Związek odpowiada: pogotowie strajkowe od 9 kwietnia.", "od 9 kwietnia", True, "plan"),
    ("Trener mówił, że najbliższe posiedzenie w czwartek zdecyduje o składzie.", "w czwartek", False, "future"),
    ("Mówił o najbliższym posiedzeniu w czwartek.", "w czwartek", False, "plan"),
    # negatives
    ("Kolegium przyjęło pozytywną ocenę planu w środę.", "w środę", False, "past"),  # not a limit: the verb's date
    ("Po zapowiedzi premiera w marcu rolnicy wyszli na drogi.", "w marcu", False, "past"),
    ("Po kolejnym spotkaniu w marcu rolnicy wyszli na drogi.", "w marcu", False, "past"),  # a verb in the clause
    ("Mieszkańcy przyszli w poniedziałek na zebranie.", "w poniedziałek", False, "past"),  # came, not future
]


# a limit or start inside the "o" phrase of a verb of speaking or asking is the topic's: the verb does not date it
TOPIC_CASES = [
    ("Prezes mówił o podwyżkach od stycznia.", "od stycznia", True, None),
    ("Pytany o podwyżki od stycznia prezes milczał.", "od stycznia", True, "past"),  # the verb after dates it
    ("Prezes mówi o tym od stycznia.", "od stycznia", True, "present"),  # a pronoun: since when he says it
    ("Prezes mówił o podwyżkach w styczniu.", "w styczniu", False, "past"),  # not a limit: when he spoke
]


@pytest.mark.parametrize("text,span,limit,expected", TOPIC_CASES)
def test_topic_of_speech(text, span, limit, expected):
    a = text.index(span)
    assert span_tense(nlp.analyze(text), a, a + len(span), limit=limit) == expected


@pytest.mark.parametrize("text,span,limit,expected", PLAN_CASES)
def test_plan_words(text, span, limit, expected):
    a = text.index(span)
    assert span_tense(nlp.analyze(text), a, a + len(span), limit=limit) == expected


# a noun of an event right before the date (tense_event_nouns.txt): with a present verb, a schedule
EVENTS = [
    ("Kluczowy jest teraz turniej w Chorwacji w marcu.", "w marcu", True),
    ("Najważniejszy jest teraz mecz z Austrią w marcu.", "w marcu", True),  # "mecz" tagged as an imperative
    ("W czwartek jest posiedzenie rady.", "W czwartek", False),  # the noun after the date
    ("Posiedzenie rady, które zwołano w czwartek, trwało długo.", "w czwartek", False),  # a verb between
]


@pytest.mark.parametrize("text,span,expected", EVENTS)
def test_scheduled_event(text, span, expected):
    assert scheduled_event(nlp.analyze(text), text.index(span)) is expected


@pytest.mark.parametrize("text,span,expected", [
    ("Protesty trwają od 9 lutego.", "od 9 lutego", ("present", True)),
    ("Federacja deklaruje: bezterminowy strajk od 8 kwietnia.", "od 8 kwietnia", ("present", False)),
])
def test_clause_of_the_verb(text, span, expected):
    a = text.index(span)
    assert span_clause_tense(nlp.analyze(text), a, a + len(span)) == expected


# an impersonal verb of planning after the date: a plain time dates the announcement, a limit or a term
# dates what is planned; before the date it dates what is planned
ANNOUNCED = [
    ("W marcu zapowiedziano zwolnienie kolejnych 300 osób.", "W marcu", False, "past"),
    ("Na poniedziałkową sesję zaplanowano zmiany w budżecie.", "poniedziałkową", "na", "future"),
    ("Od stycznia zapowiedziano podwyżki opłat.", "Od stycznia", "od", "future"),
    ("Zaplanowano remont na lipiec.", "na lipiec", "na", "future"),
    # a clause opened by "że" has a predicate even when the tagger read it as another part of speech
    ("Dodała, że decyzja zapadnie w drugiej połowie października.", "w drugiej połowie października", False, "future"),
    ("Dodała, że decyzja zapadła w październiku.", "w październiku", False, "past"),
]


@pytest.mark.parametrize("text,span,limit,expected", ANNOUNCED)
def test_announced_and_verbless_clauses(text, span, limit, expected):
    a = text.index(span)
    assert span_tense(nlp.analyze(text), a, a + len(span), limit=limit) == expected
