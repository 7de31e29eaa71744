"""Speakers, the construction table (bench/constructions/speakers, eleventh session): tables of invented
text -> expected (kind, speaker, via, text start) per quote, one table per construction of Polish news
prose, with negatives. Sentences and names are invented."""
import pytest

from .test_speakers import assert_quotes

FINDING_FRONTED = [
    # "wynika, że" with its source phrase fronted before the verb ("Z raportu X wynika, że …"): the actor
    # the phrase names is the speaker, past adjectives, a genitive noun, a participle's agent or an outlet's
    # title in quotation marks (then the outlet speaks and is no via), in the present or the past
    ('Z danych Głównego Urzędu Statystycznego za luty wynika, iż inflacja spadła do 4 proc.',
     [("indirect", "Główny Urząd Statystyczny", None, "inflacja spadła")]),
    ('Z najnowszego sondażu CBOS wynikało, że większość Polaków popiera budowę elektrowni.',
     [("indirect", "CBOS", None, "większość Polaków")]),
    ('Z analizy przygotowanej przez Instytut Badań Strukturalnych wynika, że bezrobocie wzrośnie.',
     [("indirect", "Instytut Badań Strukturalnych", None, "bezrobocie wzrośnie")]),
    ('Z nieoficjalnych ustaleń „Dziennika Łódzkiego” wynika, że prezydent miasta poda się do dymisji.',
     [("indirect", "Dziennik Łódzki", None, "prezydent miasta")]),
    # negatives: a source phrase that names no one leaves the speaker empty; a pronoun's inference is no
    # quote; inside a person's reported clause the finding is that person's words
    ('Z raportu wynika, że co piąta szkoła nie ma sali gimnastycznej.',
     [("indirect", None, None, "co piąta szkoła")]),
    ('Minister Jan Kos przedstawił dane. Z tego wynika, że budżet się nie domknie.', []),
    ('Posłanka Anna Lis powiedziała, że z raportu NIK wynika, iż szpitale nie są gotowe.',
     [("indirect", "Anna Lis", None, "z raportu NIK")]),
]


@pytest.mark.parametrize("text,expected", FINDING_FRONTED)
def test_a_fronted_source_of_wynika_is_the_speaker(text, expected):
    assert_quotes(text, expected)
