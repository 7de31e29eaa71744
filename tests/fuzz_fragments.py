"""News-shaped fuzz inputs (issue 16): short invented fragments of what real pages hold, joined a few at
a time and cut at random points. Random characters rarely reach the deep paths of the extractor (a
paragraph announced by a colon, a dash dialogue, a label line, a condition); these fragments do.

``combinations(n, seed)`` yields ``n`` texts, the same for the same seed (random.Random, no hypothesis).
All sentences are invented for the tests.
"""
from __future__ import annotations

import random
from typing import Iterator

FRAGMENTS = [
    # headline, lead, subheading
    "Rada miasta zdecydowała o budżecie",
    "Radni z Wólki Małej chcą zmian w planie. Burmistrz odpowiada, że nie ma na to pieniędzy.",
    "Co dalej z inwestycją?",
    "## Nowe przepisy od stycznia",
    # dialogue lines: dash and hyphen-minus, opened and not closed quotes of every kind
    "– Nie zgodzimy się na to – mówi Anna Sowa, przewodnicząca związku.",
    "- Czekamy na odpowiedź ministra - dodał.",
    "—Tak było",
    "Mówi jeden z nich, Jan Wilk.",
    "„To nie jest koniec – powiedział wójt.",
    "„",
    "”",
    "\"Zrobimy wszystko\", zapewnił prezes.",
    "«Nie wiemy», odparła.",
    "‘Może jutro’ – stwierdził rzecznik spółki.",
    "Jak powiedział: „Żądamy podwyżek o 20 proc.",
    "– Domagamy się spotkania z premierem!",
    # labels
    "Nazwisko:",
    "Tomasz Lis: Nie ma mowy o ustępstwach.",
    "Źródło: PAP",
    # captions, credits, teasers
    "Fot. Jan K. / Agencja XYZ",
    "CZYTAJ TAKŻE: Strajk w kopalni trwa",
    "Na zdjęciu: protestujący przed urzędem wojewódzkim",
    # lists
    "1. Wycofania ustawy",
    "2) podniesienia płac",
    "• zniesienia limitów",
    "* dodatkowych etatów;",
    "Związkowcy żądają:",
    "Na liście żądań znalazły się także:",
    "Wśród postulatów rolników są: dopłaty, ulgi",
    # ordinals, conditions, demanding verbs with and without objects
    "Po pierwsze, pensje. Po drugie",
    "Jeśli rząd nie ustąpi, zaczniemy strajk generalny.",
    "Dopóki minister nie przyjedzie, nie odejdziemy",
    "Żądamy",
    "Rolnicy domagają się od ministra rolnictwa dopłat do nawozów.",
    "Apelujemy do posłów o odrzucenie projektu,",
    # dates, ranges, names with initials, acronyms, URLs, emoji
    "Od 3 do 17 marca 2025 r. w godz. 8-16",
    "we wtorek 12.05.2024",
    "w latach 2019–2021",
    "Prezes NFZ i szef PIP spotkali się z nim w ub.r.",
    "Piotr W. z ZNP",
    "https://example.org/artykul?id=12&x=y",
    "🙂🔥",
    # lone punctuation, empty, a very long word, whitespace
    ":",
    "–",
    "…",
    "(",
    "",
    "   ",
    "Konstantynopolitańczykowianeczka" * 40,
]

SEPARATORS = ["\n", "\n\n", " ", ""]


def combine(rng: random.Random) -> str:
    """One text: 1-4 fragments joined by one separator each, sometimes cut at a random point."""
    parts = [rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 4))]
    text = parts[0]
    for part in parts[1:]:
        text += rng.choice(SEPARATORS) + part
    if text and rng.random() < 0.3:
        cut = rng.randint(0, len(text))
        text = text[:cut] if rng.random() < 0.7 else text[cut:]
    return text


def combinations(n: int, seed: int = 0) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(n):
        yield combine(rng)
