"""Event phrases: the clause around a temporal expression, trimmed to a short readable phrase."""
from __future__ import annotations

from typing import Optional

from ..nlp import Text


def event_phrase(text: Text, a: int, b: int) -> Optional[str]:
    tok = text.tok_at(a)
    if tok is None:
        return None
    s0, s1 = text.sent_span(tok.sent)
    sent = text.text[s0:s1]
    rel_a, rel_b = a - s0, b - s0
    left = max(sent.rfind(sep, 0, rel_a) for sep in (", ", "; ", " – ", ": ", "„", "\"")) + 1
    rights = [i for i in (sent.find(sep, rel_b) for sep in (", ", "; ", " – ", "”", "\"")) if i >= 0]
    right = min(rights) if rights else len(sent)
    clause = (sent[left:rel_a] + " " + sent[rel_b:right]).strip(" ,;:–-\"„”.?!")
    words = clause.split()
    while words and words[0].lower() in {"i", "a", "ale", "oraz", "że", "iż", "to", "lecz"}:
        words = words[1:]
    return " ".join(words[:14]) or None
