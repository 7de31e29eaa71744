"""A street or square named as a location ("na Głównym Rynku", "na Krakowskim Przedmieściu"): no actor.

GUIDELINES: streets, squares and buildings named as locations are no actors. A run of two capitalised words,
a street's head noun (``street_heads.txt``: rynek, przedmieście, plac, aleja …) and an adjective agreeing
with it, names one, wherever it stands ("na Nowym Świecie i Krakowskim Przedmieściu"); a listed name
("Rynek Kolejowy", an outlet) stays what the list says.
"""
from __future__ import annotations

from ..lexicon import lexicon_set
from ..nlp import Tok
from .actor_words import agreeing_adjective, gaz_match


def street_name(toks: list[Tok], i: int, j: int) -> bool:
    """The run ``i:j`` is a street's or square's name: its head noun and an adjective agreeing with it."""
    if j - i != 2 or gaz_match(toks, i):
        return False
    heads = lexicon_set("street_heads.txt")

    def head(t: Tok) -> bool:
        return any(r.pos == "subst" and r.lemma.lower() in heads for r in t.readings)

    a, b = toks[i], toks[i + 1]
    return (head(b) and agreeing_adjective(a, b)) or (head(a) and agreeing_adjective(b, a))
