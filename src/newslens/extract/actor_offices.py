"""An office held by one person, named right before its holder: the holder's role, not an actor.

A body named by a role noun ("Rzecznik Praw Obywatelskich", "Rzecznik Praw Dziecka") written right before
a person's name in the same sentence ("Rzecznik Praw Obywatelskich Adam Bodnar") is that person's office:
the office's other mentions in the text ("RPO", "Jako Rzecznik Praw Obywatelskich …") name its holder. An
office the text names with no holder stays an organisation ("sprawa trafi do Rzecznika Praw
Obywatelskich"); so does one named before two different people.
"""
from __future__ import annotations

from ..nlp import Text
from .roles import is_role


def held_offices(text: Text, groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """An organisation's name -> the person who holds it, for each office named right before its holder."""
    toks = text.toks
    starts = {m.a: n for n, ms in groups.items() if types[n] == "person" for m in ms}
    out: dict[str, str] = {}
    for name, ms in groups.items():
        if types[name] != "organization":
            continue
        holders = {starts[m.b] for m in ms
                   if m.b in starts and m.b - m.a > 1 and is_role(toks[m.a]) and toks[m.a].is_title
                   and toks[m.b].sent == toks[m.b - 1].sent and text.text[toks[m.b - 1].end:toks[m.b].idx] == " "}
        if len(holders) == 1:
            out[name] = holders.pop()
    return out
