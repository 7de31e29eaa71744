"""Demands, round 5 (issue 14): precision. A plan or purpose is not a demand; a count of things
announced is not an item. Invented sentences, negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.demands import extract_demands
from newslens.extract.quotes import extract_quotes
from newslens.extract.timeline import extract_timeline


def demands(text, published="2025-03-01"):
    t = nlp.analyze(text)
    actors = extract_actors(t)
    return extract_demands(t, actors, extract_timeline(t, published), extract_quotes(t, actors))


def items(text):
    return [d.text for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # the subject's own plan (chcieć + infinitive): no demand made of anyone
    ("Spółka Granbud chce budować tu żwirownię w latach 2026-2040.", []),
    ("Fundacja Zielony Las chce jednak najpierw sprawdzić, czy projekt spełnia normy.", []),
    ("Agencja Ochrony Wód chce zbadać wszystkie studnie do maja.", []),
    # an infinitive of obtaining asks others for the thing
    ("Związek Zawodowy Kolejarzy chce uzyskać gwarancje zatrudnienia.", ["uzyskać gwarancje zatrudnienia"]),
    # chcieć with a noun or a clause still demands
    ("Związek Zawodowy Kolejarzy chce podwyżki płac o 500 zł.", ["podwyżki płac o 500 zł"]),
])
def test_a_plan_is_no_demand(text, expected):
    assert [x[: len(e)] for x, e in zip(items(text), expected)] == expected and len(items(text)) == len(expected)


@pytest.mark.parametrize("text,expected", [
    # a count of things announced, the things listed after: only the listed things are items
    ("Stowarzyszenie Rowerzystów Opola domaga się od radnych dwóch zmian. Pierwsza to budowa nowej ścieżki "
     "rowerowej. Druga to obniżenie opłat za parking.", ["budowa nowej ścieżki rowerowej", "obniżenie opłat za parking"]),
    # plural "zmian" with its complement announces the changes listed after
    ("Kupcy chcą zmian w regulaminie targowiska. Stowarzyszenie Kupców Opola domaga się obniżki opłat.",
     ["obniżki opłat"]),
    # negative: one change (genitive singular) with its complement is the demand itself
    ("Związek Zawodowy Kolejarzy domaga się zmiany regulaminu pracy.", ["zmiany regulaminu pracy"]),
])
def test_a_count_announced_is_no_item(text, expected):
    got = items(text)
    assert not any(x.startswith(("dwóch zmian", "zmian w")) for x in got)
    assert got == expected


def conditions(text):
    return [d.text for d in demands(text) if d.kind == "condition"]


@pytest.mark.parametrize("text,expected", [
    # a fear: the main clause says what will happen to the speaker, no condition set
    ("– Jeśli huta zamknie piec, zostaniemy bez pracy – mówi Jan Lis, hutnik z Ostrowca.", []),
    ("– Jeżeli cła wzrosną, nikt od nas nie kupi jabłek – mówi sadownik Adam Rak.", []),
    ("– Jeśli zbudują tu drogę, moja córka nie będzie miała gdzie mieszkać – mówi Anna Sowa.", []),
    ("Rzecznik Jan Lis zapewnił nas, że spółka podniesie płace, jeśli wzrosną zamówienia.",
     ["wzrosną zamówienia"]),
    # negatives: the speaker's side acts, or the measure is passive with its participle
    ("– Jeśli ktoś nas zaatakuje, odpowiemy – powiedział minister Jan Lis.", ["ktoś nas zaatakuje"]),
    ("– Jeśli zarząd nie podpisze porozumienia, blokada zostanie przedłużona – zapowiedział Jan Lis.",
     ["zarząd nie podpisze porozumienia"]),
])
def test_a_fear_is_no_condition(text, expected):
    assert [x[: len(e)] for x, e in zip(conditions(text), expected)] == expected
    assert len(conditions(text)) == len(expected)


def parties(text):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,of", [
    # a series item opening with its own demanding clause: the addressee it names holds for the series
    ("Minister rolnictwa Jan Kowal spotkał się z rolnikami. Związek Zawodowy Rolników przedstawił postulaty. "
     "Po pierwsze, związek domaga się od ministra Kowala dopłat do nawozów. Po drugie, oczekuje skupu "
     "interwencyjnego zboża.", ["Jan Kowal", "Jan Kowal"]),
    # negative: the clause names no addressee
    ("Minister rolnictwa Jan Kowal spotkał się z rolnikami. Związek Zawodowy Rolników przedstawił postulaty. "
     "Po pierwsze, związek domaga się dopłat do nawozów. Po drugie, oczekuje skupu interwencyjnego zboża.",
     [None, None]),
])
def test_a_series_item_with_its_own_clause_keeps_its_addressee(text, of):
    assert [o for _t, _b, o in parties(text)] == of


@pytest.mark.parametrize("text,by", [
    # the authors of a petition a named organisation sent are that organisation
    ("Stowarzyszenie Właścicieli Działek zebrało 300 podpisów pod petycją do Rady Miasta Opola. Petycję "
     "przekazano we wtorek. Jej autorzy domagają się od radnych obniżki opłat.", "Stowarzyszenie Właścicieli Działek"),
    # negative: no organisation sent it (a person did): the group stays
    ("Jan Nowak zebrał 300 podpisów pod petycją do Rady Miasta Opola. Petycję przekazano we wtorek. Jej "
     "autorzy domagają się od radnych obniżki opłat.", "autorzy"),
    # negative: a group that is not the sender's people stays
    ("Stowarzyszenie Właścicieli Działek wysłało petycję do Rady Miasta Opola. Mieszkańcy domagają się od "
     "radnych obniżki opłat.", "mieszkańcy"),
])
def test_the_authors_of_a_petition_are_its_sender(text, by):
    assert [b for _t, b, _o in parties(text)] == [by]


@pytest.mark.parametrize("text,expected", [
    # a quote on a line of its own, its attribution on the next line after a dash: a condition is stated
    ("Rolnicy protestują pod urzędem.\n\n„Jeśli do środy wojewoda nas nie przyjmie, zablokujemy drogę”\n"
     "– zapowiedział Adam Rak.\n", ["do środy wojewoda nas nie przyjmie"]),
    # negative: the same words as a subheading (no attribution after it) state nothing
    ("Rolnicy protestują pod urzędem.\n\n„Jeśli do środy wojewoda nas nie przyjmie, zablokujemy drogę”\n\n"
     "Protest trwa od poniedziałku.\n", []),
])
def test_an_attributed_quote_line_is_no_heading(text, expected):
    assert [x[: len(e)] for x, e in zip(conditions(text), expected)] == expected
    assert len(conditions(text)) == len(expected)


@pytest.mark.parametrize("text,expected", [
    # a leading "Jeśli …" right after a demand in its paragraph conditions the demanders' next step
    ("Związek Zawodowy Maszynistów zażądał od spółki Koleje Podhalańskie podwyżki płac. Jeśli zarząd nie "
     "zmieni zdania do końca maja, pociągi staną.", ["zarząd nie zmieni zdania do końca maja"]),
    # negatives: no demand before it; an elliptic "Jeśli nie, …"
    ("Spółka Koleje Podhalańskie kupiła nowe pociągi. Jeśli zarząd nie zmieni zdania do końca maja, pociągi "
     "staną.", []),
    ("Związek Zawodowy Maszynistów zażądał od spółki Koleje Podhalańskie podwyżki płac. Jeśli nie, pociągi "
     "staną w czerwcu.", []),
])
def test_a_condition_right_after_a_demand(text, expected):
    assert [x[: len(e)] for x, e in zip(conditions(text), expected)] == expected
    assert len(conditions(text)) == len(expected)


@pytest.mark.parametrize("text,expected", [
    # a participle after a comma modifies the noun before: one item
    ("Związek Zawodowy Lekarzy wzywa wojewodę do zwołania posiedzenia rady, poświęconego wyłącznie sytuacji "
     "w szpitalu.", ["zwołania posiedzenia rady, poświęconego wyłącznie sytuacji w szpitalu"]),
    # negative: a participle before its own noun opens the next item
    ("Związek Zawodowy Lekarzy domaga się podwyżki płac, zaległych wypłat oraz nowych etatów.",
     ["podwyżki płac", "zaległych wypłat", "nowych etatów"]),
])
def test_a_participle_after_a_comma_is_no_item(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,of", [
    # the board of another body (a kind the named body's name does not hold) is not the named body
    ("Zarząd Morski Portu Gdynia wydał komunikat. Związek Zawodowy Dokerów domaga się od zarządu spółki "
     "podwyżki płac.", None),
    # negative: the qualifier the named body's name holds
    ("Zarząd Morski Portu Gdynia wydał komunikat. Związek Zawodowy Dokerów domaga się od zarządu portu "
     "podwyżki płac.", "Zarząd Morski Portu Gdynia"),
    # negative: a bare organ noun is still the one named
    ("Zarząd Morski Portu Gdynia wydał komunikat. Związek Zawodowy Dokerów domaga się od zarządu podwyżki płac.",
     "Zarząd Morski Portu Gdynia"),
])
def test_the_board_of_another_body_is_not_the_named_board(text, of):
    assert [o for _t, _b, o in parties(text)] == [of]


def condition_by(text):
    return [d.by for d in demands(text) if d.kind == "condition"]


@pytest.mark.parametrize("text,by", [
    # an outlet relays the condition: the speaker of the sentence before sets it
    ("Prezydent Litwy Gitanas Nausėda spotkał się z premierem. W rozmowie z telewizją LRT zapowiedział, że Wilno "
     "nie podpisze umowy, dopóki Mińsk nie wypuści więźniów.", "Gitanas Nausėda"),
    # the sentence's own subject, the agency an aside
    ("Litwini, jak podaje agencja BNS, zapowiadają, że nie podpiszą umowy, dopóki Mińsk nie wypuści więźniów.",
     "Litwa"),
])
def test_an_outlet_sets_no_condition(text, by):
    assert condition_by(text) == [by]


@pytest.mark.parametrize("text,of", [
    # a second addressee with its own preposition, named by the head of its name
    ("Komisja Licencyjna Polskiej Ligi Koszykówki odmówiła licencji. Klub Sportowy Orzeł Kielce się odwoła. "
     "Polska Liga Koszykówki milczy. Związek Zawodowy Koszykarzy domaga się od klubu i od ligi wypłaty pensji.",
     {"Klub Sportowy Orzeł Kielce", "Polska Liga Koszykówki"}),
    # negative: "od ligi" alone where only the league's commission is named: no league
    ("Komisja Licencyjna Polskiej Ligi Koszykówki odmówiła licencji. Związek Zawodowy Koszykarzy domaga się od "
     "ligi wypłaty pensji.", set()),
])
def test_a_second_addressee_with_its_own_preposition(text, of):
    assert [split(o) for _t, _b, o in parties(text)] == [of]


def split(of):
    return set((of or "").split(", ")) - {""}


@pytest.mark.parametrize("text,expected", [
    # a dash closing an aside before the verb: the verb demands with the subject before the aside
    ("Klub zapowiada odwołanie, a zawodniczki - w tym kapitan Anna Lis - domagają się zaległych pensji.",
     [("zaległych pensji", "zawodniczki")]),
    # negative: a dash before the verb after a statement is an attribution
    ("Klub ma do piątku wypłacić pensje – zażądał Związek Zawodowy Siatkarek.",
     [("Klub ma do piątku wypłacić pensje", "Związek Zawodowy Siatkarek")]),
])
def test_a_dash_closing_an_aside_is_no_attribution(text, expected):
    assert [(t, b) for t, b, _o in parties(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # an infinitive the tagger may read as a noun is still the speaker's own plan
    ("Mieszkańcy protestują. – Chcemy tu żyć, a nie mieszkać na placu budowy – mówi Anna Lis.", []),
    # a wished clause with an indefinite subject asks no party to act
    ("Mieszkańcy protestują. – Chcemy, żeby ktoś wreszcie nas słuchał – mówią mieszkańcy.", []),
    # negative: a named party is asked to act
    ("Mieszkańcy protestują. – Chcemy, żeby burmistrz Jan Lis wreszcie nas wysłuchał – mówią mieszkańcy.",
     ["burmistrz Jan Lis wreszcie nas wysłuchał"]),
])
def test_a_wish_asking_no_one_is_no_demand(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a procedural rule of validity states no condition an actor sets
    ("Związek Zawodowy Kolejarzy zapowiada referendum. Referendum będzie ważne, jeśli weźmie w nim udział "
     "połowa załogi.", []),
    ("Związek Zawodowy Kolejarzy zapowiada referendum. Jeśli wniosek będzie poprawny, referendum odbędzie się "
     "w maju.", []),
    # negatives: readiness and a measure stay conditions
    ("Związek Zawodowy Kolejarzy zapowiada, że jeśli zarząd nie przedstawi propozycji, strajk będzie "
     "bezterminowy.", ["zarząd nie przedstawi propozycji"]),
    ("– Jeśli zarząd przedstawi propozycję, jesteśmy gotowi rozmawiać – zapowiedział Jan Lis.",
     ["zarząd przedstawi propozycję"]),
])
def test_a_rule_of_validity_is_no_condition(text, expected):
    assert [x[: len(e)] for x, e in zip(conditions(text), expected)] == expected
    assert len(conditions(text)) == len(expected)
