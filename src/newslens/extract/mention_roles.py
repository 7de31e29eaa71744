"""Role nouns as mentions: which person (or body) a role noun refers to, for :mod:`.mentions`.

A role noun (``premier``, ``szef związku``, ``rzecznik rządu``, ``pani minister``) in apposition to a
name is that person; otherwise the person the text gives a role of the same class
(``data/role_classes.txt``) and agreeing gender, mentioned before it; a subheading ``Prezes: …`` is the
holder named in the paragraph below it; an unnamed spokesperson of a named organisation speaks for it.
Split out of ``mentions.py`` (output unchanged) with the small token tests both use.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from ..lexicon import role_words
from ..model import Actor
from ..nlp import CASES, Tok, per_form, read_lexicon, readings

if TYPE_CHECKING:
    from .mentions import _Index


ADDRESS = ("pan", "pani")


@lru_cache(maxsize=1)
def role_classes() -> dict[str, int]:
    """Role lemma -> class number (``data/role_classes.txt``); a role in no class is its own class."""
    out: dict[str, int] = {}
    for n, line in enumerate(read_lexicon("role_classes.txt")):
        for w in line.split():
            out.setdefault(w, n)
    return out


def role_class(lemma: str, keys: frozenset[str] | set[str] = frozenset()) -> str:
    """The class of a role noun; ``szef+rząd`` entries name a role with its complement ("szef rządu")."""
    for k in keys:
        n = role_classes().get(f"{lemma}+{k}")
        if n is not None:
            return f"#{n}"
    n = role_classes().get(lemma)
    return f"#{n}" if n is not None else lemma


# (id of the readings, lemma) -> (readings, role lemma or None): the readings are shared by every
# token of a form (nlp.readings), so the role is read once per form and lemma, not per token; the
# readings are held, so their id is not reused while the entry stays.
_role_by_form: dict[tuple, tuple] = {}


def _role_lemma(t: Tok) -> Optional[str]:
    """The role noun a token is (any reading), or None; capitalised only at a sentence start."""
    if not t.is_word or (t.is_title and not t.sent_start):
        return None
    return per_form(_role_by_form, t.readings, t.lemma, _role_of)


def _role_of(rs: tuple, chosen: str) -> Optional[str]:
    roles = role_words()
    for lemma in [chosen.lower()] + [r.lemma.lower() for r in rs if r.pos == "subst"]:
        if lemma in roles:
            own = [r for r in rs if r.pos == "subst" and r.lemma.lower() == lemma and not r.is_proper]
            if own and all(r.has("pl") and not r.has("sg") for r in own):
                return None  # a plural role noun ("dyplomaci", "posłowie") names a group, not a post holder
            return lemma
    return None


def _skip_title(toks: list[Tok], j: int) -> int:
    """Past a title right before a name (``prok.``, ``dr``, ``mec.``), or ``j`` itself."""
    if j >= len(toks) or not toks[j].is_word or toks[j].is_title:
        return j
    roles = role_words()
    if toks[j].lower in roles or _role_lemma(toks[j]):
        return j + 1
    if toks[j].lower + "." in roles and j + 1 < len(toks) and toks[j + 1].text == ".":
        return j + 2
    return j


def _feminine(t: Tok, lemma: str) -> Optional[bool]:
    """True for a feminine role noun (szefowa), False for a masculine one, None when unknown."""
    subst = [r for r in t.readings if r.pos == "subst" and r.lemma.lower() == lemma]
    if subst and all(r.has("f") for r in subst):
        return True
    if subst and all(not r.has("f") for r in subst):
        return False
    return None


def person_gender(actor: Actor) -> Optional[str]:
    """'m' / 'f' for a person from the first name's morphology or the surname's ending."""
    if actor.type != "person":
        return None
    words = actor.name.split()
    for w in words[:-1] or words:
        for r in readings(w):
            if "imię" in r.quals and r.has("nom"):
                return "f" if r.has("f") else "m"
    if len(words) > 1 and words[0].endswith("a"):
        return "f"
    return "f" if words and any(part.endswith(("ska", "cka", "dzka", "owa", "ówna"))
                                for part in words[-1].split("-")) else "m"  # "Lisowska-Bąk" too


def is_person(actor: Actor) -> bool:
    """A person, not an acronym the actor extractor typed as one ("OZZPiP")."""
    # (the capitals are counted only for a one-word person's name: asked for every name mention)
    return actor.type == "person" and not (" " not in actor.name and sum(c.isupper() for c in actor.name) >= 2)


# (id of the readings, lemma, lower-cased form) -> (readings, the keys): one set per form and lemma
_keys_by_form: dict[tuple, tuple] = {}


def _word_keys(t: Tok) -> set[str]:
    """The token's form, lemma and every reading's lemma, lower-cased. One set per form and lemma,
    built once and shared: callers read it and never change it."""
    rs = t.readings
    got = _keys_by_form.get((id(rs), t.lemma, t.lower))
    if got is None or got[0] is not rs:
        if len(_keys_by_form) > 200_000:
            _keys_by_form.clear()
        got = _keys_by_form[(id(rs), t.lemma, t.lower)] = (rs, {t.lower, t.lemma.lower()} | {r.lemma.lower() for r in rs})
    return got[1]


def _genitive(t: Tok) -> bool:
    return t.is_word and any(r.has("gen") for r in t.readings if r.pos in ("subst", "adj", "ppas", "pact", "ger"))


def _link_role(toks, idx: _Index, i: int, phrase, held, by_class, last_seen, gender, add,
               line_start: bool = False, spoke_for: Optional[dict[str, str]] = None, ahead: Optional[str] = None) -> int:
    lemma, last, keys, org, own = phrase  # the phrase runs to ``last``; its own words to ``own``
    spoke_for = {} if spoke_for is None else spoke_for  # role class -> organisation an unnamed holder spoke for
    t = toks[i]
    start = i - 1 if i > 0 and toks[i - 1].lemma.lower() in ADDRESS and toks[i - 1].sent == t.sent else i
    feminine = _feminine(t, lemma)
    if start < i and toks[start].lemma.lower() == "pani":
        feminine = True
    after = _skip_title(toks, last + 1)  # "… prok. Jan Nowak"
    nxt = idx.at.get(after)
    if nxt is not None and is_person(nxt[0]) and nxt[1] == after and _complement_person(t, lemma, toks, nxt):
        nxt = idx.at.get(_skip_title(toks, nxt[2] + 1))  # "Obrońca Jana K. mec. Piotr Zawada": the holder follows
        after = nxt[1] if nxt is not None else after
    if nxt is not None and is_person(nxt[0]) and nxt[1] == after:
        add(nxt[0].name, "role", start, own, i)  # apposition: "rzecznik Kremla Dmitrij Pieskow"
        return own + 1
    before = apposed_before(toks, idx, i)
    if before is not None:
        add(before.name, "role", start, own, i)  # "Jan Nowak, prezes spółki", "Jan Nowak – rzecznik PK –"
        return own + 1
    cls = role_class(lemma, keys)
    if ahead is not None:  # a subheading "Prezes: …" labels the section below it: the holder named there
        add(ahead, "role", start, own, i)
        return own + 1
    cands = [n for n in by_class.get(cls, ()) if n in last_seen]
    if not cands and line_start and len(set(by_class.get(cls, ()))) == 1:
        cands = list(by_class[cls])  # a subheading "Burmistrz: …" before the paragraph that names him
        last_seen = {**last_seen, cands[0]: -1}
    if org is not None:  # "rzecznik MEN" is not the government's spokesman named earlier
        words = {w.lower() for w in org.split() if len(w) > 2}  # ("szef Ministerstwa Zdrowia" is the "minister
        cands = [n for n in cands if any(org.lower() in k or _stems_meet(words, k)  # zdrowia" named before)
                                         for c, k in held[n] if c == cls)]
    named: set[str] = set()
    j = i + 1
    while j < len(toks) and j <= i + 3 and toks[j].sent == t.sent and toks[j].is_title and j not in idx.at \
            and (_genitive(toks[j]) or _acronym(toks[j])):
        named |= _word_keys(toks[j])  # a proper complement no actor took: "szef Agencji", "szef MSWiA"
        j += 1
    if named:  # "szef Agencji" is not the "szef MSWiA" named before: a proper complement must match
        cands = [n for n in cands if any(not k or _stems_meet(named, k)
                                         for c, k in held[n] if c == cls)]
    if feminine is True:
        cands = [n for n in cands if gender.get(n) == "f"]
    elif feminine is False and any(gender.get(n) == "m" for n in cands):
        cands = [n for n in cands if gender.get(n) == "m"]
    if cands:
        def rank(n: str) -> tuple[int, int]:
            overlap = any(keys & k for c, k in held[n] if c == cls) if keys else False
            return (1 if overlap else 0, last_seen[n])

        add(max(cands, key=rank), "role", start, own, i)
    elif org is not None and (cls == role_class("rzecznik") or (
            (cls in (role_class("szef"), role_class("minister")) or (cls in _head_classes() and _nominative_role(t, lemma)))
            and not by_class.get(cls))):  # (another head only as the subject: "Marszałek Senatu poinformował")
        # "rzecznik MEN"; "szef Ministerstwa Zdrowia" when no one in the text holds such a post: an unnamed
        # spokesperson or head speaks for the body the text names (GUIDELINES, Speakers)
        add(org, "role", start, own, i)
        spoke_for[cls] = org
    elif org is None and not keys and spoke_for.get(cls) and not by_class.get(cls):
        add(spoke_for[cls], "role", start, own, i)  # "… rzecznik odpowiedział": the spokesperson named before
    return own + 1


APPOSITION_MARKS = (",", "–", "—", "-", "(")


def apposed_before(toks, idx: "_Index", i: int) -> Optional[Actor]:
    """The person a role noun at ``i`` stands in apposition to after a comma, a spaced dash or an opening
    bracket ("Jan Nowak, prezes spółki", "Jan Nowak – rzecznik PK – wskazał", "Jan Nowak (rzecznik
    PK)"); None otherwise."""
    if i < 2 or toks[i - 1].text not in APPOSITION_MARKS or toks[i - 1].sent != toks[i].sent:
        return None
    m = idx.at.get(i - 2)
    if m is None or not is_person(m[0]) or m[2] != i - 2:
        return None
    if toks[i - 1].text in "–—-" and toks[i - 2].end == toks[i - 1].idx:
        return None  # an unspaced hyphen joins words, it sets off no apposition
    return m[0]


def _nominative_role(t: Tok, lemma: str) -> bool:
    return any(r.has("nom") for r in t.readings if r.pos == "subst" and r.lemma.lower() == lemma)


@lru_cache(maxsize=1)
def _head_classes() -> frozenset[str]:
    """The role classes of a body's head (data/body_head_roles.txt: szef, prezes, marszałek, …)."""
    return frozenset(role_class(w) for w in read_lexicon("body_head_roles.txt"))


def _oblique_name(toks, m: tuple[Actor, int, int], any_case: bool = False) -> bool:
    """A person's mention in an inflected form: a word of it differs from the canonical (nominative) name's
    word and reads as that word in the genitive ("Jana K." for Jan K., "Anny Nowak"); with ``any_case``, in
    any case but the nominative ("Annie Kral", "z Janem Lisem", "Annę K."): never a subject."""
    words = m[0].name.split()
    surface = [t for t in toks[m[1]:m[2] + 1] if t.is_word]
    if len(surface) != len(words):
        return False
    for t, w in zip(surface, words):
        if t.text == w:
            continue
        own = [r for r in t.readings if r.lemma == w]
        if any(r.has("gen") for r in own) or (any_case and own and not any(r.has("nom") for r in own)):
            return True
    return False


def _complement_person(role: Tok, lemma: str, toks, m: tuple[Actor, int, int]) -> bool:
    """A person named in the genitive right after a role noun that is not itself genitive ("Obrońca Jana K.",
    "rzecznik Anny Nowak") is whose the role is, not its holder ("ministra Jana Nowaka" agrees: the holder)."""
    man = person_gender(m[0]) == "m"  # (a woman's "rzecznik" reads in every case: for a man's name that
    return not any(r.has("gen") for r in role.readings if r.lemma.lower() == lemma  # is no genitive)
                   and not (man and all(r.has(c) for c in CASES))) and _oblique_name(toks, m)


def _holder_below(text: str, toks, i: int, phrase, by_class, by_name) -> Optional[str]:
    """A role noun that opens a subheading line and is followed by its colon ("Prezes: nie mamy z czego")
    labels the section below it: the one holder of its class first named in the paragraph after the line
    (the same gender when the noun shows one); None when that paragraph names none or two."""
    lemma, _last, keys, org, own = phrase
    if org is not None or own + 1 >= len(toks) or toks[own + 1].text != ":":
        return None
    line_end = text.find("\n", toks[i].idx)
    if line_end < 0:
        return None
    body = line_end
    while body < len(text) and text[body].isspace():
        body += 1
    para_end = text.find("\n", body)
    para_end = len(text) if para_end < 0 else para_end
    feminine = _feminine(toks[i], lemma)
    below = set()
    for name in by_class.get(role_class(lemma, keys), ()):
        actor = by_name.get(name)
        if actor is None or not any(body <= s < para_end for s, _ in actor.offsets):
            continue
        if feminine is not None and person_gender(actor) not in (None, "f" if feminine else "m"):
            continue
        below.add(name)
    return below.pop() if len(below) == 1 else None


def _acronym(t: Tok) -> bool:
    """An all-capitals word of two or more letters (MSWiA, GDDKiA counts its capitals)."""
    return sum(c.isupper() for c in t.text) >= 2 and t.text[:1].isupper() and t.text.isalpha()


def _stems_meet(a: set[str], b) -> bool:
    """Two word sets share a word or a stem of five letters ("związku" / "związkowców")."""
    return bool(a & set(b)) or any(x[:5] == y[:5] for x in a for y in b if len(x) >= 5 and len(y) >= 5)


# ---------------------------------------------------------------- epithets: a person's common noun


def epithet_lemma(t: Tok) -> Optional[str]:
    """A singular masculine-personal common noun that is no role word and no word for people in general
    ("redaktor", "bramkarz" is a role; "kierowca", "mieszkaniec"): a noun a text may call a person by."""
    if not t.is_word or (t.is_title and not t.sent_start):
        return None
    return per_form(_epithets, t.readings, t.lower, _epithet_of_form)  # the rest depends on the form alone


_epithets: dict[tuple, tuple] = {}  # (id of a readings tuple, lower-cased form) -> (the tuple, its epithet)


def _epithet_of_form(readings: tuple, lower: str) -> Optional[str]:
    if lower in ADDRESS or any(r.pos == "adj" for r in readings):  # "politycznego": an adjective first
        return None
    from ..lexicon import lexicon_set
    for r in readings:
        lemma = r.lemma.lower()
        if r.pos == "subst" and r.has("sg") and r.has("m1") and not r.is_proper and lemma not in role_words() \
                and lemma not in lexicon_set("not_group_nouns.txt") and lemma not in ADDRESS:
            return lemma
    return None


def epithet_end(toks: list[Tok], i: int) -> int:
    """The last token of an epithet's own words: the noun and the lower-case adjectives right after it
    ("redaktor naczelna")."""
    j = i
    while j + 1 < len(toks) and toks[j + 1].sent == toks[i].sent and toks[j + 1].text[:1].islower() \
            and any(r.pos == "adj" for r in toks[j + 1].readings):
        j += 1
    return j


def apposed_person(toks: list[Tok], idx: "_Index", i: int) -> Optional[tuple]:
    """The person's name mention an epithet at ``i`` stands before: past its own adjectives, names of bodies
    or outlets, capitalised words and quotation marks (its complement) in one sentence; None otherwise."""
    t = toks[i]
    j = epithet_end(toks, i) + 1
    while j < len(toks) and j - i <= 8 and toks[j].sent == t.sent:
        m = idx.at.get(j)
        if m is not None and m[1] == j:
            if is_person(m[0]):
                return m
            j = m[2] + 1
            continue
        if toks[j].text in "„”\"«»" or (toks[j].is_word and toks[j].is_title):
            j += 1  # a quotation mark, a capitalised word of a complement no actor took ("„Echa Dnia”")
            continue
        return None
    return None


def epithet_appositions(toks: list[Tok], idx: "_Index") -> dict[str, set[str]]:
    """Epithet lemma -> the persons it stands in apposition to (``apposed_person``: "redaktor naczelną
    „Tygodnika Rzeczyckiego” Agnieszkę W."); never a person named in the genitive as whose the noun is
    ("syn Jana Kowalskiego", "zastępca Zielińskiej")."""
    out: dict[str, set[str]] = {}
    # a person's name must start within eight tokens after the epithet (``apposed_person``'s reach): only
    # the tokens before such a start are read, in text order
    starts = {a for k, (actor, a, _b) in idx.at.items() if k == a and is_person(actor)}
    near = sorted({a - d for a in starts for d in range(1, 9) if a >= d})
    for i in near:
        if i in idx.at:
            continue
        t = toks[i]
        lemma = epithet_lemma(t)
        m = apposed_person(toks, idx, i) if lemma is not None else None
        if m is not None and not _complement_person(t, lemma, toks, m):
            out.setdefault(lemma, set()).add(m[0].name)
    return out


def epithet_complements(toks: list[Tok], idx: "_Index", epithets: dict[str, set[str]]) -> dict[tuple[str, str], set[str]]:
    """(epithet lemma, person) -> the bodies or outlets named right after the epithet where it stands in
    apposition to that person ("Reporter TVN24 Jan Lis" -> {TVN24}): the same noun with another body after
    it later ("reporter Radia X") is someone else's (``other_epithet_complement``)."""
    out: dict[tuple[str, str], set[str]] = {}
    starts = {a for k, (actor, a, _b) in idx.at.items() if k == a and is_person(actor)}
    for i in sorted({a - d for a in starts for d in range(2, 9) if a >= d}):  # (apposed_person's reach)
        lemma = epithet_lemma(toks[i]) if i not in idx.at else None
        if lemma is None or lemma not in epithets:
            continue
        m = apposed_person(toks, idx, i)
        comp = idx.at.get(i + 1)
        if m is not None and comp is not None and comp[1] == i + 1 and not is_person(comp[0]):
            out.setdefault((lemma, m[0].name), set()).add(comp[0].name)
    return out


def other_epithet_complement(toks: list[Tok], idx: "_Index", i: int, lemma: str, person: str,
                             complements: dict[tuple[str, str], set[str]]) -> bool:
    """The epithet at ``i`` has a body or outlet right after it that is not the one named with it where it
    stood in apposition to ``person``: "reporter tvnwarszawa.pl" is not the "Reporter TVN24 Jan Lis". The
    body is a mention of its own or a word with no reading of the dictionary (a brand, a domain); a common
    noun after it ("reporter stacji") is no evidence."""
    own = complements.get((lemma, person))
    if not own or i + 1 >= len(toks) or not toks[i + 1].is_word:
        return False
    comp = idx.at.get(i + 1)
    if comp is not None:
        return comp[1] == i + 1 and not is_person(comp[0]) and comp[0].name not in own
    first = toks[i + 1].lower
    return all(r.pos == "ign" for r in toks[i + 1].readings) \
        and not any(n.lower().split()[0] == first for n in own if n.split())
