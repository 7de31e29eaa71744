"""Nicknames: a person's name in quotation marks that the text gives after a verb of naming ("Jan Wilk,
przez kolegów nazywany „Wilczkiem”", "zwana „Żelazną”"; ``nickname_words.txt``: the participles of the
verbs of calling someone a name and ``popularny``) is one more name of that person, not an actor of
its own. The person is the one whose name the naming phrase follows in its sentence, after a comma
("Jan Wilk, w szatni nazywany „…”"); with no name there ("Poza tym popularny „Wilczek” …"), the one
person named in the text whose longer surname the nickname cuts short ("Kochan" of Kochanowski). The
nickname's other capitalised occurrences (in another case, quoted, in a headline's label "Wilczek: …")
name that person too; a form that is another named person's surname does not.
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import lexicon_set
from ..nlp import QUOTE_CLOSE, QUOTE_OPEN, Text
from .actor_mentions import Mention

_GAP = 5  # words between the naming word and the quotation ("przez kibiców", "w szatni po prostu")
_PREFIX = 4  # letters a nickname shares with the surname it is made of ("Kochan" / Kochanowski)


def _naming(text: Text, k: int, words: frozenset[str]) -> bool:
    t = text.toks[k]
    return not t.is_title and any(r.pos in ("ppas", "adj") and r.lemma.lower() in words for r in t.readings)


def _quoted_after(text: Text, k: int) -> Optional[tuple[int, int]]:
    """The tokens ``(a, b)`` of one or two capitalised words in quotation marks within a few words after
    ``k`` in its sentence (the nickname)."""
    toks = text.toks
    sent = toks[k].sent
    for q in range(k + 1, min(k + 2 + _GAP, len(toks))):
        if toks[q].sent != sent or toks[q].text in ",.;:!?()":
            return None
        if toks[q].text not in QUOTE_OPEN:
            continue
        for c in (q + 2, q + 3):
            if c < len(toks) and toks[c].text in QUOTE_CLOSE and toks[c].sent == sent \
                    and all(t.is_word and t.is_title for t in toks[q + 1:c]):
                return q + 1, c
        return None
    return None


def _antecedent(text: Text, by_sent: dict[int, list[Mention]], k: int) -> Optional[Mention]:
    """The person mention the naming word at ``k`` follows in its sentence: a comma right after the
    name, then a few words ("Jan Wilk, przez kolegów nazywany"). ``by_sent``: the person mentions by
    the sentence of their first token, in text order."""
    toks = text.toks
    before = [m for m in by_sent.get(toks[k].sent, ()) if m.b <= k]
    if not before:
        return None
    m = max(before, key=lambda x: x.b)
    gap = toks[m.b:k]
    if gap and gap[0].text == "," and len(gap) <= _GAP and all(t.is_word and not t.is_title for t in gap[1:]):
        return m
    return None


_ALTERNATION = str.maketrans("óąę", "oae")  # "Sokół" of Sokołowski: a stem's vowel alternates


def _by_surname(people: list[Mention], nick: str) -> Optional[str]:
    """The one person's name (a first name and a surname) whose surname the nickname cuts short: all
    its letters but the last (four or more) begin the longer surname ("Kochan" of Kochanowski, "Sokół"
    of Sokołowski)."""
    head = nick.lower().translate(_ALTERNATION)[:-1]
    names = {m.name for m in people if " " in m.name and len(head) >= _PREFIX
             and len(m.name.split()[-1]) > len(nick)
             and m.name.split()[-1].lower().translate(_ALTERNATION).startswith(head)}
    return names.pop() if len(names) == 1 else None


def _forms(text: Text, a: int, b: int) -> set[str]:
    """The nickname's written form and lemmas, folded ("Krukiem" -> krukiem, kruk)."""
    toks = text.toks
    if b - a > 1:
        return {" ".join(t.text for t in toks[a:b]).lower()}
    return {toks[a].text.lower()} | {r.lemma.lower() for r in toks[a].readings}


def nicknames(text: Text, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (named by ``merge.unify``) with every mention of a nickname named as its person's."""
    toks = text.toks
    people = [m for m in mentions if m.type == "person"]
    if not people or not any(q in text.text for q in QUOTE_OPEN):
        return mentions
    words = lexicon_set("nickname_words.txt")
    found: dict[str, set[str]] = {}  # person's name -> the nickname's forms
    spans: list[tuple[int, int, str]] = []
    by_sent: dict[int, list[Mention]] = {}  # (a scan of every person mention per naming word was quadratic)
    for m in people:
        by_sent.setdefault(toks[m.a].sent, []).append(m)
    for k in range(len(toks)):
        if not _naming(text, k, words):
            continue
        quoted = _quoted_after(text, k)
        if quoted is None:
            continue
        a, b = quoted
        m = _antecedent(text, by_sent, k)
        name = m.name if m is not None and " " in m.name else _by_surname(people, toks[a].text)
        if name is None:
            continue
        found.setdefault(name, set()).update(_forms(text, a, b))
        spans.append((a, b, name))
    if not found:
        return mentions
    owner: dict[str, Optional[str]] = {}
    surnames = {m.name.split()[-1].lower(): m.name for m in people if " " in m.name}
    for name, forms in found.items():
        for f in forms:
            if surnames.get(f, name) != name:
                continue  # another person's surname ("Kruk" beside an Adam Kruk): not the nickname's
            owner[f] = name if owner.get(f, name) == name else None  # a form two nicknames share: no one's
    defined = {a for a, _b, _n in spans}
    single = {m.a for m in mentions if m.b == m.a + 1}
    for i, t in enumerate(toks):  # the nickname again: quoted, a label before a colon, or a name found
        if i in defined or not t.is_title or not t.is_word:
            continue
        marked = (i > 0 and toks[i - 1].text in QUOTE_OPEN) or i in single \
            or (i + 1 < len(toks) and toks[i + 1].text == ":")
        name = owner.get(t.text.lower()) or next((owner[r.lemma.lower()] for r in t.readings
                                                  if owner.get(r.lemma.lower())), None)
        if marked and name is not None and not any(m.a <= i < m.b and m.b > m.a + 1 for m in mentions):
            spans.append((i, i + 1, name))
    out = [m for m in mentions if not any(m.a < b and a < m.b for a, b, _n in spans)]
    for a, b, name in spans:
        surface = text.text[toks[a].idx:toks[b - 1].end]
        out.append(Mention(a, b, name, "person", toks[a].idx, toks[b - 1].end, surface))
    return sorted(out, key=lambda m: m.a)

