"""Speakers, round 11 (extract/speakers.py, speaker_*.py, mentions.py, mention_roles.py): tables of
invented text -> expected (kind, speaker, via, text start) per quote, with negatives where the speaker
must stay empty or the body really is the speaker. The constructions come from wrong speakers on the
development real pages; the sentences and names are invented."""
import pytest

from .test_speakers import assert_quotes

NAME_FORMS = [
    # a one-word surname at a clause start that the actor extractor did not record there is still its person
    ('Zarząd spółki Rolmex przyjął rezygnację złożoną przez Zagórowskiego. Związki groziły strajkiem.\n\n'
     'Zagórowski oświadczył w piątek, że odejdzie, jeśli załoga wróci do pracy.',
     [("indirect", "Zagórowski", None, "odejdzie")]),
    ('Związki domagały się dymisji prezesa. Jak podała rzeczniczka spółki, rezygnację złożył Kowalewski.\n\n'
     'Kowalewski oświadczył w piątek, że odejdzie, jeśli załoga wróci do pracy.',
     [("indirect", None, None, "rezygnację złożył"), ("indirect", "Kowalewski", None, "odejdzie")]),
    # a woman's double-barrelled surname agrees with a feminine verb ("dodała")
    ('Jak podała Nowicka-Bajer, przyczyną rezygnacji prezesa jest „fala nienawiści wobec całego zarządu”. '
     '"Ta kampania trwała od wielu miesięcy i nasilała się w czasie strajku" - dodała w komunikacie spółki '
     'Rolmex.',
     [("partial", "Nowicka-Bajer", None, "fala nienawiści"), ("direct", "Nowicka-Bajer", None, "Ta kampania")]),
    # negative: a man's double-barrelled surname does not take the feminine verb
    ('Jak podał Nowak-Lisiecki, przyczyną rezygnacji prezesa jest „fala nienawiści wobec całego zarządu”. '
     '"Ta kampania trwała od wielu miesięcy i nasilała się w czasie strajku" - dodała w komunikacie.',
     [("partial", "Nowak-Lisiecki", None, "fala nienawiści"), ("direct", None, None, "Ta kampania")]),
]


@pytest.mark.parametrize("text,expected", NAME_FORMS)
def test_name_forms_of_one_word_and_double_barrelled_surnames(text, expected):
    assert_quotes(text, expected)
