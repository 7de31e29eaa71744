"""Headline labels (GUIDELINES: a headline's speaker label before a colon is a quote with or without
quotation marks, as in a subheading). Invented rows: text -> expected quotes; negatives included."""
import pytest

from .test_quotes import assert_quotes

HEADLINES = [
    # a label after the headline's first sentence; an abbreviation inside the words
    ("Rada bez zmian. Wolański: inflacja spadnie poniżej 4 proc.\n\nPrezes banku Adam Wolański mówił w "
     "czwartek o inflacji.",
     [("direct", "Adam Wolański", None, "inflacja spadnie poniżej 4 proc")]),
    # two labels in one headline, each quote ending with its sentence
    ("Spór w koalicji. Nowak: Zostajemy w rządzie. Kowal: Nie przekupicie nas\n\nPoseł Jan Nowak i poseł "
     "Piotr Kowal spierali się w radiu.",
     [("direct", "Jan Nowak", None, "Zostajemy w rządzie"), ("direct", "Piotr Kowal", None, "Nie przekupicie nas")]),
    # a body as the label
    ("Kreml: to przedłuża wojnę\n\nRzecznik Kremla Dmitrij Pieskow ocenił zapowiedź Berlina.",
     [("direct", "Kreml", None, "to przedłuża wojnę")]),
    # a title before the name
    ("Minister Lis: reforma wejdzie w życie w styczniu\n\nMinister Jan Lis zapowiedział reformę szkół.",
     [("direct", "Jan Lis", None, "reforma wejdzie w życie w styczniu")]),
    # negatives: a topic label, a headline reporting without a label, a label over one word
    ("Głodówka rezydentów: sześć procent kompromisu\n\nLekarze rezydenci protestują od tygodnia.", []),
    ("Burmistrz zapowiada pozew wobec wojewody\n\nBurmistrz Jan Żak zapowiedział pozew.",
     [("indirect", "Jan Żak", None, "pozew")]),  # (the body's announced legal action is a quote: round 15)
    ("Budżet miasta. Nowak: porażka\n\nRadny Jan Nowak krytykował budżet.", []),
]


@pytest.mark.parametrize("text, expected", HEADLINES)
def test_headline_labels(text, expected):
    assert_quotes(text, expected)
