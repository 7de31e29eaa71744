"""groups.GroupLeaders: the one named organisation that leads a group, or None (table, negatives)."""
import pytest

from newslens.extract.groups import GroupLeaders
from newslens.model import Actor


def org(name, at):
    return Actor(name, "organization", first_offset=at, offsets=((at, at + len(name)),))


UNION = org("Krajowy Związek Zawodowy Ratowników Medycznych", 0)
FANS = org("Stowarzyszenie Kibiców Odry Opole", 10)
HEALTH = org("Ministerstwo Zdrowia", 20)

CASES = [
    ([UNION, HEALTH], ("związkowiec", (), 100), UNION.name),  # a member noun: the one union named
    ([UNION, HEALTH], ("ratownik", ("medyczny",), 100), UNION.name),  # the name carries the group
    ([FANS], ("kibic", (), 100), FANS.name),
    ([UNION], ("ratownik", ("kontraktowy",), 100), None),  # an adjective the name lacks: another group
    ([UNION], ("dyspozytor", (), 100), None),  # a group the name does not carry
    ([UNION], ("związkowiec", (), 0), None),  # named only after the group
    ([UNION, org("NSZZ Solidarność", 5)], ("związkowiec", (), 100), None),  # two unions: not safe
    ([UNION, org("Solidarność", 5)], ("związkowiec", (), 100), None),  # a one-word union makes it ambiguous too
    ([org("Solidarność", 5)], ("związkowiec", (), 100), None),  # ... and alone is not taken (often a federation)
    ([HEALTH], ("pracownik", (), 100), None),  # a ministry leads no group
    ([], ("rolnik", (), 100), None),
    # a group noun after a preposition in the name is whom the body is for, not its members
    ([org("Gniezno dla Rolników", 5)], ("rolnik", (), 100), None),
    ([org("Fundacja Pomocy dla Kibiców", 5)], ("kibic", (), 100), None),
    ([org("Stowarzyszenie Rolników z Gniezna", 5)], ("rolnik", (), 100), "Stowarzyszenie Rolników z Gniezna"),
    # only a body of members leads the group its name carries; a council or a self-government represents it
    ([org("Komitet Obrony Przewoźników Drogowych", 5)], ("przewoźnik", (), 100), "Komitet Obrony Przewoźników Drogowych"),
    ([org("Ogólnopolskie Zrzeszenie Sadowników", 5)], ("sadownik", (), 100), "Ogólnopolskie Zrzeszenie Sadowników"),
    ([org("Rada Pracowników Huty Zawiercie", 5)], ("pracownik", (), 100), None),
    ([org("Samorząd Studentów Uniwersytetu Opolskiego", 5)], ("student", (), 100), None),
    ([org("Rada Rodziców", 5)], ("rodzic", (), 100), None),
]


@pytest.mark.parametrize("actors,query,expected", CASES)
def test_group_leader(actors, query, expected):
    noun, adjs, at = query
    assert GroupLeaders(actors).leader(noun, adjs, at) == expected


APPOSITION = [
    ("Lekarze rezydenci protestują od rana.", True),  # two nominatives: one group, "lekarze rezydenci"
    ("Ratownicy medycy zebrali się przed szpitalem.", True),
    # the head's chosen reading decides: one reading of "Rodzice" (of "rodzica") is accusative, as
    # "uczniów" is, but the head is nominative here, so "uczniów" is its genitive complement
    ("Rodzice uczniów zebrali podpisy pod petycją.", False),
    ("Przedstawiciele pracowników spotkali się z zarządem.", False),
]


@pytest.mark.parametrize("text,expected", APPOSITION)
def test_second_group_noun_in_apposition_only_in_the_heads_case(text, expected):
    from newslens.extract.groups import _same_case
    from newslens.nlp import analyze

    toks = analyze(text).toks
    assert _same_case(toks[1], toks[0]) is expected


POSTPOSED = [
    ("Ratownicy kontraktowi protestują od rana.", True),  # a classifying adjective names the group
    ("Lekarze rodzinni zamknęli przychodnie.", True),
    # a form that is also a finite verb is the group's predicate, not part of its name
    ("Mieszkańcy przyszli na sesję z apelem.", False),  # przyszły / przyjść
    ("Sadownicy byli zaskoczeni decyzją.", False),  # były / być
    ("Rolnicy zrzeszeni w izbie protestują.", False),  # a participle opens a clause of its own
]


@pytest.mark.parametrize("text,expected", POSTPOSED)
def test_postposed_adjective_joins_the_group_name_unless_it_may_be_the_verb(text, expected):
    from newslens.extract.groups import _postposed_adj
    from newslens.nlp import analyze

    toks = analyze(text).toks
    assert _postposed_adj(toks[1], toks[0]) is expected
