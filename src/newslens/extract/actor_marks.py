"""A sentence's first word after a layout mark the sentence splitter leaves inside the sentence.

A numbered list's item ("2. Rząd przygotuje projekt …": the number opens the sentence, its word comes
after the number's dot) and a cut marked in a quotation ("… pod ścianą. (…) Jak nie będziemy …") open a
sentence as a sentence's start does: a capitalised common word there is no name.
"""
from __future__ import annotations

from ..nlp import Tok

_ELLIPSES = ("…", "...")


def after_layout_mark(toks: list[Tok], i: int) -> bool:
    """Token ``i`` follows a list item's number at its sentence's start, or a bracketed ellipsis."""
    if i < 2 or toks[i - 1].sent != toks[i].sent:
        return False
    prev, mark = toks[i - 1], toks[i - 2]
    if prev.text == "." and mark.text.isdigit() and len(mark.text) <= 2 and mark.sent_start and mark.sent == toks[i].sent:
        return True  # "2. Rząd przygotuje …"
    return i >= 3 and prev.text in ")]" and mark.text in _ELLIPSES and toks[i - 3].text in "(["  # "(…) Jak …"
