"""Splitting what is demanded into items, and naming each item's action.

A demanded span ("wpisania na listę sankcyjną …, objęcia restrykcjami firm, które …, a także
wstrzymania prac …") is cut at top-level list commas, semicolons and the final ``oraz`` / ``a także`` /
``i``, but only where the next piece starts with a noun or gerund in the case of the first item's
head (so "ponowne podłączenie Rossielchozbanku oraz innych banków" stays one item) and is not a
coordination inside a prepositional phrase ("dopłaty do nawozów, paliwa i energii" is one item) or a
relative or explanatory tail (", które …", ", w tym …", ", tak by …").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from ..nlp import CASES, QUOTE_CLOSE, QUOTE_OPEN, Tok, morfeusz, read_lexicon

NOUNISH = ("subst", "ger", "depr")
MODIFIERS = ("adj", "adja", "num", "numcol", "ppas", "pact", "adv", "qub")
TAIL_STARTS = ("który", "która", "które", "którzy", "których", "którym", "którą", "czyli", "tak", "takich", "taki",
               "takie", "np.", "zwłaszcza", "jak", "jakie", "ale", "lecz", "że", "iż", "by", "aby", "żeby", "bo",
               "gdy", "jeśli", "jeżeli", "co", "gdzie", "kiedy", "dlatego", "choć", "mimo", "nawet", "zamiast",
               "ponieważ", "a")
FINAL_CONJ = ("oraz", "a także", "a również", "jak również", "a do", "a ponadto", "a następnie", "a potem")


@lru_cache(maxsize=4096)
def gerund_nominative(form: str, lemma: str, tag: str) -> str:
    """``wykluczenia`` (ger of wykluczyć) → ``wykluczenie``: the nominative singular gerund."""
    want = [p for p in tag.split(":") if p in ("aff", "neg", "perf", "imperf")]
    try:
        forms = morfeusz().generate(lemma)
    except RuntimeError:
        return form
    for f, _l, t, _q, _m in forms:
        parts = t.split(":")
        if parts[0] == "ger" and "sg" in parts[1].split(".") and "nom" in parts[2].split(".") \
                and all(w in parts for w in want):
            return f
    return form


def action_of(toks: Sequence[Tok]) -> Optional[str]:
    """The item's head: a gerund in the nominative (wykluczenie), else a noun or verb lemma."""
    h = head(toks, 0, len(toks))
    if h is not None and h < 6:
        t = toks[h]
        ger = next((r for r in [t.reading] + list(t.readings) if r is not None and r.pos == "ger"), None)
        if ger is not None:
            return gerund_nominative(t.text.lower(), ger.lemma, ger.tag)
        noun = next((r for r in [t.reading] + list(t.readings) if r is not None and r.pos in ("subst", "depr")), None)
        if noun is not None and (t.sent_start or not t.is_title or h == 0):  # an item's own capital ("1. Premia")
            return noun.lemma.split(":")[0]  # "prawa do …" → prawo (not the adjective prawy)
    for t in toks[:6]:
        if t.reading is not None and t.reading.pos == "prep" or t.text in ",;:":
            break
        for r in [t.reading] + list(t.readings):
            if r is not None and r.pos == "ger":
                return gerund_nominative(t.text.lower(), r.lemma, r.tag)
    for t in toks[:4]:
        if t.reading and t.reading.pos in ("subst", "inf", "fin", "praet") and (t.sent_start or not t.is_title):
            return t.lemma
    return None


def condition_action(toks: Sequence[Tok]) -> Optional[str]:
    """A condition's head: its gerund ("podpisaniu" → podpisanie), else its verb's lemma
    ("dyrekcja nie przedstawi …" → przedstawić), else as for items."""
    for t in toks[:4]:
        for r in [t.reading] + list(t.readings):
            if r is not None and r.pos == "ger":
                return gerund_nominative(t.text.lower(), r.lemma, r.tag)
    for t in toks[:10]:
        if t.text in ",;":
            break
        verbal = [r for r in t.readings if r.pos in ("fin", "praet", "bedzie", "inf", "impt")]
        if verbal and t.lower not in ("nie", "jest", "będzie", "są", "było", "był", "była", "będą"):
            return verbal[0].lemma
    return action_of(toks)


def noun_cases(t: Tok) -> set[str]:
    """Cases of the noun readings; the vocative never heads a demanded item."""
    return {c for r in t.readings if r.pos in NOUNISH for c in CASES if c != "voc" and r.has(c)}


def _is_name(t: Tok) -> bool:
    return t.is_title and not t.sent_start and (t.guessed or any(r.is_proper for r in t.readings)
                                                  or not any(r.pos in NOUNISH for r in t.readings))


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return frozenset(read_lexicon("demand_amount_units.txt"))


@lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    return frozenset(read_lexicon("demand_act_nouns.txt"))


def _acts(t: Tok) -> bool:
    """The head names an act: a gerund or a noun of an act (data/demand_act_nouns.txt: "powrót", "zmiana")."""
    return any(r.pos == "ger" for r in t.readings) or t.lemma in _act_nouns()


def head(toks: Sequence[Tok], a: int, b: int) -> Optional[int]:
    """The first noun or gerund of [a, b) after modifiers; None when the piece starts otherwise."""
    for k in range(a, min(b, a + 5)):
        t = toks[k]
        if t.text in QUOTE_OPEN or t.text in QUOTE_CLOSE:
            continue
        pos = {r.pos for r in t.readings}
        if pos & {"adj", "ppas", "pact"} and k + 1 < b and {r.pos for r in toks[k + 1].readings} & set(NOUNISH) \
                and not toks[k + 1].is_punct and not any(r.pos == "prep" for r in toks[k + 1].readings):
            continue  # "innych banków", "ponowne podłączenie": an adjective before its noun
        if "prep" in pos and t.lower not in ("koło",):
            return None  # "od" also reads as a noun (oda): a preposition never heads an item
        if t.pos == "dig" or k > a and t.lower in _units() and (toks[k - 1].pos == "dig" or toks[k - 1].lower in _units()) \
                or t.text == "-" and k > a and toks[k - 1].pos == "dig":
            if t.pos != "dig" and t.text != "-" and pos & set(NOUNISH) and not (
                    k + 1 < b and (toks[k + 1].lower in _units() or {r.pos for r in toks[k + 1].readings} & set(NOUNISH)
                                   and not toks[k + 1].is_punct and not any(r.pos == "prep" for r in toks[k + 1].readings))):
                return k  # the amount is the thing demanded: "1500 złotych (w ciągu trzech lat)"
            continue  # an amount before the thing demanded: "800 zł podwyżki", "15 proc. podwyżki", "15-procentowe"
        if pos & set(NOUNISH) and not _is_name(t):
            return k
        if pos & {"inf"}:
            return k
        if t.lower in ("jego", "jej", "ich", "swój", "swoje", "swojego", "swoich", "co", "najmniej", "mniej",
                       "więcej", "ponad", "około", "ok."):
            continue
        if t.lower in ("i", "oraz", ",") and k > a and k + 1 < b and toks[k - 1].pos in ("adj", "ppas", "pact"):
            continue  # "natychmiastowego i bezwarunkowego zawieszenia"
        if not pos & set(MODIFIERS) or t.pos in ("prep", "conj", "comp", "fin", "praet"):
            return None
    return None


def _separators(toks: Sequence[Tok], a: int, b: int) -> list[tuple[int, int, str]]:
    """Top-level separators (start, end, kind) of [a, b): ',', ';', 'i', 'oraz', 'a także' …"""
    out = []
    depth, straight = 0, False
    k = a
    while k < b:
        t = toks[k]
        if t.text == '"':
            straight = not straight
        elif t.text in "(„«“":
            depth += 1
        elif t.text in ")”»" and depth:
            depth -= 1
        elif depth == 0 and not straight:
            two = f"{t.lower} {toks[k + 1].lower}" if k + 1 < b else ""
            if two == "a do" and k + 2 < b and toks[k + 2].lower == "tego":
                out.append((k, k + 3, "final"))  # ", a do tego opłat …"
                k += 3
                continue
            if two in FINAL_CONJ and two != "a do":
                out.append((k, k + 2, "final"))
                k += 2
                continue
            if t.lower == "oraz":
                out.append((k, k + 1, "final"))
            elif t.text in ",;":
                out.append((k, k + 1, t.text))
            elif t.lower == "i":
                out.append((k, k + 1, "i"))
        k += 1
    return out


def _pp_noun(toks: Sequence[Tok], a: int, b: int) -> Optional[Tok]:
    """The noun ending [a, b) when it sits in a prepositional phrase ("dopłaty do nawozów")."""
    k = b - 1
    while k > a and toks[k].is_punct:
        k -= 1
    if k <= a or not noun_cases(toks[k]):
        return None
    cases = noun_cases(toks[k])
    while k - 2 > a and toks[k - 1].text == "," and noun_cases(toks[k - 2]) & cases and toks[k - 2].pos == "subst":
        k -= 2  # "bez obniżenia pensji, dodatków": the nouns before the comma share the phrase
    for j in range(k - 1, max(a - 1, k - 4), -1):
        if toks[j].pos == "prep" or any(r.pos == "prep" for r in toks[j].readings) and toks[j].lower in (
                "do", "za", "na", "w", "z", "o", "od", "dla", "przez", "po", "przy"):
            return toks[k]
        if not ({r.pos for r in toks[j].readings} & set(MODIFIERS + NOUNISH)):
            return None
    return None


def _inner_genitive_list(toks: Sequence[Tok], seps, n: int, prev_start: int, s: int, pa: int, nxt: int,
                         cases: set[str], first_cases: set[str], b: int) -> bool:
    """The comma at ``seps[n]`` opens a coordination inside the item before it: a one-noun genitive segment
    closed by "i", after an item ending in a genitive complement, while the list goes on after that "i"
    with another comma or a final conjunction ("ochrony własności intelektualnej, patentów i znaków
    towarowych, zakończenia transferu, a także …": the "i" cannot be the list's last conjunction)."""
    if n + 1 >= len(seps) or seps[n + 1][2] != "i" or nxt - pa > 2 or "gen" not in cases:
        return False
    k = s - 1
    while k > prev_start and toks[k].pos in ("adj", "adja"):
        k -= 1  # "własności intelektualnej": the complement's noun
    h = head(toks, prev_start, s)
    if k <= prev_start or h is None or k == h or toks[k].pos != "subst" or "gen" not in noun_cases(toks[k]):
        return False
    for x in range(n + 2, len(seps)):
        if seps[x][2] in (",", "final"):
            hx = head(toks, seps[x][1], seps[x + 1][0] if x + 1 < len(seps) else b)
            return hx is not None and bool(noun_cases(toks[hx]) & first_cases)
    return False


def _shared_head(toks: Sequence[Tok], prev_start: int, s: int, pa: int, h: int) -> bool:
    """The piece before the separator at ``s`` is a gerund and one adjective, the piece after it opens with
    an adjective before its noun ``h``: the first adjective modifies that noun too ("zaprzestania
    chamskiego i lekceważącego traktowania pracowników"; a gerund's own attribute follows no gerund)."""
    if s - prev_start != 2 or h <= pa:
        return False
    first, adj = toks[prev_start], toks[s - 1]
    adjective = ("adj", "pact", "ppas")
    return any(r.pos == "ger" for r in first.readings) and adj.pos in adjective \
        and not any(r.pos in NOUNISH for r in adj.readings) and toks[pa].pos in adjective \
        and any(r.pos == "ger" for r in toks[h].readings)


def _list_goes_on(toks: Sequence[Tok], seps, n: int, b: int, first_cases: set[str]) -> bool:
    """After the final conjunction ``seps[n]`` the list goes on: a later comma opens an item agreeing with
    the first one, and another final conjunction follows it."""
    for x in range(n + 1, len(seps)):
        if seps[x][2] != ",":
            continue
        hx = head(toks, seps[x][1], seps[x + 1][0] if x + 1 < len(seps) else b)
        if hx is not None and noun_cases(toks[hx]) & first_cases and any(r.pos == "ger" for r in toks[hx].readings):
            return any(k2 == "final" for _x, _y, k2 in seps[x + 1:])
    return False


def _final_again(toks: Sequence[Tok], seps, n: int, b: int) -> bool:
    """After the final conjunction ``seps[n]`` ("oraz") a comma and another final conjunction open an action
    ("A, B oraz C, a także D": the list's last item is D)."""
    for x in range(n + 1, len(seps) - 1):
        if seps[x][2] == "," and seps[x + 1][2] == "final" and seps[x + 1][0] == seps[x][1]:
            hx = head(toks, seps[x + 1][1], seps[x + 2][0] if x + 2 < len(seps) else b)
            return hx is not None and any(r.pos == "ger" for r in toks[hx].readings)
    return False


def split_items(toks: Sequence[Tok], a: int, b: int, lead_prep: Optional[str] = None) -> list[tuple[int, int]]:
    """Cut [a, b) into items (token ranges, trimmed); one range when it is a single item."""
    seps = _separators(toks, a, b)
    semis = [s for s in seps if s[2] == ";"]
    if semis:  # a semicolon list: items end at ';', the last one may end with "oraz"/", oraz"
        cuts, start = [], a
        for s, e, _ in semis:
            cuts.append((start, s))
            start = e
        last = (start, b)
        finals = [s for s in seps if s[2] == "final" and s[0] >= start]
        if finals and head(toks, finals[-1][1], b) is not None:
            cuts += [(start, finals[-1][0]), (finals[-1][1], b)]
        else:
            cuts.append(last)
        return [r for r in (trim(toks, x, y) for x, y in cuts) if r[1] > r[0]]
    h0 = head(toks, a, b)
    if h0 is None:  # (nothing but punctuation, or nothing at all, after "…: ": no item)
        return [r for r in [trim(toks, a, b)] if r[1] > r[0]]
    first_cases = noun_cases(toks[h0]) or {"nom", "acc", "gen"}
    first_ger = any(r.pos == "ger" for r in toks[h0].readings)
    cuts: list[tuple[int, int]] = []  # separators accepted
    commas, inner = 0, False
    for n, (s, e, kind) in enumerate(seps):
        nxt = seps[n + 1][0] if n + 1 < len(seps) else b
        pa = e
        if lead_prep and pa < b and toks[pa].lower == lead_prep:
            pa += 1  # "o resort X oraz o ministerstwo Y"
        if pa >= b or toks[pa].lower in TAIL_STARTS or toks[pa].pos == "prep" and toks[pa].lower != lead_prep:
            continue
        if pa + 1 < b and f"{toks[pa].lower} {toks[pa + 1].lower}" in ("w tym", "a nie", "między innymi"):
            continue
        if kind == "," and toks[pa].pos in ("ppas", "pact") and not (pa + 1 < b and toks[pa + 1].pos in NOUNISH):
            continue  # "posiedzenia Rady, poświęconego wyłącznie sytuacji …": a participle modifying the noun before
        h = head(toks, pa, nxt)
        if h is None:
            continue
        cases = noun_cases(toks[h])
        ger = any(r.pos == "ger" for r in toks[h].readings)
        if cases and not cases & first_cases and not (ger and kind in (",", "final") and commas + (kind == ",") > 0
                                                       and (h == pa or toks[pa].pos == "adj")
                                                       and head(toks, cuts[-1][1] if cuts else a, s) is not None):
            continue  # (an action after a comma of a list opens an item in whatever case the writer put it:
            # "żądania: podwyżek płac, wprowadzenie dodatku, odmrożenia funduszu")
        prev_start = cuts[-1][1] if cuts else a
        if head(toks, prev_start, s) is None:
            continue  # "natychmiastowego i bezwarunkowego zawieszenia": no item before the separator
        if _shared_head(toks, prev_start, s, pa, h):
            continue  # "zaprzestania chamskiego i lekceważącego traktowania": two adjectives of one noun
        pp = _pp_noun(toks, prev_start, s)
        if pp is not None and not ger and cases & noun_cases(pp) and kind in (",", "i") and nxt - pa <= 2:
            continue  # "dopłaty do nawozów, paliwa i energii"
        if kind == "," and not ger and _inner_genitive_list(toks, seps, n, prev_start, s, pa, nxt, cases, first_cases, b):
            continue  # "ochrony własności intelektualnej, patentów i znaków towarowych, zakończenia …"
        # "A i wstrzymanie B, C oraz D": an "i" before an action (a gerund) in a list that goes on with commas
        # to its final conjunction joins items (not "za rolnictwo, obszary wiejskie i fundusze, …": one item)
        goes_on = kind == "i" and ger and any(k2 == "," for _x, _y, k2 in seps[n + 1:]) and seps[-1][2] == "final"
        hp = head(toks, prev_start, s)
        hp_ger = any(r.pos == "ger" for r in toks[hp].readings)
        both = kind == "i" and (_acts(toks[h]) and _acts(toks[hp]) or ger and toks[hp].pos == "subst") and (ger or hp_ger) \
            and nxt - h > 1 and s - hp > 1 and bool(noun_cases(toks[hp]) & cases) \
            and not ("gen" in cases and not any(r.pos == "prep" for x in range(hp + 1, s) for r in toks[x].readings))
        # (not "wstrzymania budowy i modernizacji mostu": a genitive after the first act's genitive complement
        # may be its second complement; "deklaracji w sprawie obwodnicy i wpisania do budżetu" is two acts)
        # ("zawieszenie protestu i powrót do rozmów": an act and an act, each with its own complement; "kampanię
        # informacyjną i wskazanie zamienników": a thing and then an act; not a thing after an act, which may
        # join its complement: "planu spłaty zaległości wobec zawodników i trenerów")
        if kind == "i" and not (commas or (ger and first_ger) or both or goes_on):
            continue
        if kind == "final" and commas and _list_goes_on(toks, seps, n, b, first_cases):
            # "A, B, C oraz D, E oraz F": a list that goes on with commas to a later final conjunction;
            # an action after this "oraz" is an item of its own, a noun joins the item before ("poprawy
            # warunków nauki oraz warunków pracy, podjęcia prac …")
            if not ger:
                inner = True  # an "i" before the next comma is inside this item too ("nauczycieli i pracowników")
                continue
            goes_on = True
        if kind == "i" and inner:
            continue
        inner = False
        if kind == "," and not (ger or noun_cases(toks[h])):
            continue
        cuts.append((s, pa))  # the next item starts after a repeated preposition ("o A oraz o B")
        if kind == ",":
            commas += 1
        elif not goes_on and not _final_again(toks, seps, n, b):
            break  # the final conjunction: the rest is the last item
    if not cuts:
        return [r for r in [trim(toks, a, b)] if r[1] > r[0]]
    pieces, start = [], a
    for s, e in cuts:
        pieces.append((start, s))
        start = e
    pieces.append((start, b))
    return [r for r in (trim(toks, x, y) for x, y in pieces) if r[1] > r[0]]


def spelled_out(toks, a: int, b: int, listed: bool = False) -> list[tuple[int, int]]:
    """An item that names its demands in general and spells them out after a colon ("działań na rzecz
    górnictwa: zapewnienia zbytu węgla i zmniejszenia importu", "by porozumienie objęło trzy elementy: A, B,
    a także C"): the things after the colon, two or more, are the items; else the item as it is. The
    first item of a list (``listed``) whose colon opens the list cut after it ("pomocy dla gospodarstw:
    dopłat do paliwa", "umorzenia kredytów", …) keeps the thing after the colon."""
    depth = 0
    for k in range(a, b):
        t = toks[k].text
        if t in QUOTE_OPEN and t not in QUOTE_CLOSE or t == "(":
            depth += 1
        elif t in QUOTE_CLOSE and t not in QUOTE_OPEN or t == ")":
            depth = max(0, depth - 1)
        elif t == ":" and depth == 0 and k > a + 1 and k + 2 < b:
            if head(toks, k + 1, b) is None:
                return [(a, b)]
            items = split_items(toks, k + 1, b)
            return items if len(items) >= 2 or listed else [(a, b)]
    return [(a, b)]


def trim(toks: Sequence[Tok], a: int, b: int) -> tuple[int, int]:
    br = next((k for k in range(max(a + 1, b - 4), b) if toks[k].text == "["), None)
    if br is not None:
        b = br  # "… Parku Miejskiego [WIDEO]": a page's tag after a headline is no part of the item
    while a < b and (toks[a].is_punct and toks[a].text not in "„\"«(" or toks[a].lower in ("oraz", "i", "a", "także", "również", "wreszcie")
                     or re.fullmatch(r"\d{1,2}|[a-h]", toks[a].text) and a + 1 < b and toks[a + 1].text in ".)"):
        a += 1
    while b > a and toks[b - 1].is_punct and toks[b - 1].text not in "”)»\"":
        b -= 1
    if b > a and toks[b - 1].text in "”»\"" and not any(toks[k].text in "„«\"" for k in range(a, b - 1)):
        b -= 1  # a closing quotation mark of the speech around the item
    if b > a and toks[a].text in "„«\"" and not any(toks[k].text in "”»\"" for k in range(a + 1, b)):
        a += 1
    return a, b
