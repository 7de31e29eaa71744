"""A sentence's first word after a layout mark the sentence splitter leaves inside the sentence.

A numbered list's item ("2. Rząd przygotuje projekt …": the number opens the sentence, its word comes
after the number's dot) and a cut marked in a quotation ("… pod ścianą. (…) Jak nie będziemy …") open a
sentence as a sentence's start does: a capitalised common word there is no name. A word or a line in
capitals ("PODWYŻKI", "NIE BĘDZIE PODWYŻEK W TYM ROKU") is a typographic mark too: no acronym, no name
(``shouted``, moved here from ``actor_words.py`` in the eleventh session).
"""
from __future__ import annotations

from ..nlp import Tok, readings

_ELLIPSES = ("…", "...")


def after_layout_mark(toks: list[Tok], i: int) -> bool:
    """Token ``i`` follows a list item's number at its sentence's start, or a bracketed ellipsis."""
    if i < 2 or toks[i - 1].sent != toks[i].sent:
        return False
    prev, mark = toks[i - 1], toks[i - 2]
    if prev.text == "." and mark.text.isdigit() and len(mark.text) <= 2 and mark.sent_start and mark.sent == toks[i].sent:
        return True  # "2. Rząd przygotuje …"
    return i >= 3 and prev.text in ")]" and mark.text in _ELLIPSES and toks[i - 3].text in "(["  # "(…) Jak …"


def _caps(t: Tok) -> bool:
    return len(t.text) > 1 and t.text.isalpha() and t.text.isupper()


def shouted(toks: list[Tok], i: int) -> bool:
    """An ordinary word written in capitals, no acronym: one the dictionary knows in lower case as a common
    word only and in no singular nominative, four letters or more ("Więcej TUTAJ", "PODWYŻKI"; not "NSZZ",
    "NATO", "SWIFT"), or any word of a line in capitals (three such words or
    more, most of its words: "NIE BĘDZIE PODWYŻEK W TYM ROKU")."""
    t = toks[i]
    if not _caps(t):
        return False
    low = readings(t.text.lower())
    if len(t.text) >= 4 and any(r.pos != "ign" and r.lemma.islower() for r in low) \
            and not any(r.lemma[:1].isupper() or (r.pos == "subst" and r.has("sg") and r.has("nom")) for r in low):
        return True  # (an acronym is not inflected: "systemu SWIFT" reads as a noun's nominative)
    k = i
    while k > 0 and toks[k - 1].sent == t.sent:
        k -= 1
    words = [x for x in toks[k:k + 60] if x.sent == t.sent and x.is_word]
    caps = sum(_caps(x) for x in words)
    return caps >= 3 and caps * 5 >= len(words) * 3
