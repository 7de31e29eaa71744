"""Merge: the forms of one actor in one text get one name.

Mentions of the same actor come inflected ("Leszna", "w Lesznie"), with a first name in another
case ("Roberta Fica" beside "Robert Fico") or spelled two ways ("Demchenko", "Demczenko";
"Netanyahu", "Netanjahu"). Mentions of the same kind (a person, or anything else) and length join
when one nominative candidate (``names.py``) could stand for both, or when their names are the
same up to spelling (diacritics, transliteration, one letter per word). A joined group takes the
candidate that explains the most of its forms, then the best scored; the other forms stay aliases.

Then shorter forms join the full name they shorten (``People``: a surname, a first word, a name with
the surname's initial, a familiar first name; ``initials``: an acronym that spells a name); the
short forms of bodies and clubs are in ``short_forms.py``.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicon import lexicon_set
from ..nlp import readings

_TRANSLIT = (("sch", "sz"), ("sh", "sz"), ("ch", "cz"), ("zh", "z"), ("gh", "g"), ("ya", "ja"), ("ye", "je"),
             ("yo", "jo"), ("yu", "ju"), ("v", "w"), ("x", "ks"), ("ck", "k"), ("ts", "c"))
_KEEP = 0.5  # candidates this close to a mention's best one count as readings of it


# a nasal vowel before a stop is said, and often written, as a vowel and a nasal consonant: "Kępa" and
# "Kempa", "Dąbrowski" and "Dombrowski" are one name
_NASAL = re.compile(r"([ęą])(?=[pb])|([ęą])(?=[tdckg])")


def _nasal(m: re.Match) -> str:
    vowel = m.group(1) or m.group(2)
    return ("e" if vowel == "ę" else "o") + ("m" if m.group(1) else "n")


def _nasals(name: str) -> int:
    return sum(name.count(c) for c in "ęąĘĄ")


def fold_nasal(word: str) -> str:
    """``fold_spelling`` with a nasal vowel before a stop written out ("Kępa", "Kempa" -> "kempa"): a spelling
    equal so, and only equal (no further letter apart: "Zięba" is not "Ziemka"), is the same name."""
    return fold_spelling(_NASAL.sub(_nasal, word.lower()))


@lru_cache(maxsize=100_000)
def fold_spelling(word: str) -> str:
    """Lower case, no diacritics, English transliteration to Polish ("Demchenko" -> "demczenko", "Araghczi" -> "aragczi",
    "Mitsotakis" -> "micotakis")."""
    s = unicodedata.normalize("NFKD", word.lower().replace("ł", "l"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    return s[:-1] + "i" if s.endswith("y") else s


_FOREIGN = ("sh", "zh", "gh", "ya", "ye", "yo", "yu", "v", "x", "q")


def foreign_spelling(name: str) -> int:
    """Letters a Polish spelling would write otherwise ("Netanyahu": 1; "Netanjahu": 0): of two
    spellings of one name in one text, the Polish one names the actor."""
    low = name.lower()
    return sum(low.count(x) for x in _FOREIGN)


def _close(a: str, b: str) -> bool:
    """At most one edit apart (both at least five letters long), or equal."""
    return a == b or (min(len(a), len(b)) >= 5 and _one_edit(a, b))


def _one_edit(a: str, b: str) -> bool:
    """Exactly one letter inserted, deleted or replaced (any length: "mark", "marek")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _spelling_keys(name: str) -> tuple[int, set[str]]:
    """Words (hyphen parts counted) and the keys of the last one: itself and, when long enough to
    allow a one-letter difference, each deletion of one letter (two words one edit apart share one)."""
    words = name.replace("-", " ").split()
    last = fold_spelling(words[-1]) if words else ""
    nasal = {fold_nasal(words[-1])} if words else set()
    if len(last) < 5:
        return len(words), {last} | nasal
    return len(words), {last} | nasal | {last[:k] + last[k + 1:] for k in range(len(last))}


_BUCKET = 50  # names kept per spelling key: beyond that a text is a list, not prose


def same_spelling(x: str, y: str) -> bool:
    """Two names of as many words, each pair of words the same up to spelling (one letter, or a nasal vowel written out)."""
    xs, ys = x.replace("-", " ").split(), y.replace("-", " ").split()
    return len(xs) == len(ys) and all(_close(fold_spelling(a), fold_spelling(b)) or fold_nasal(a) == fold_nasal(b)
                                      for a, b in zip(xs, ys))


def _kind(m) -> str:
    """Persons join persons and the rest the rest; a one-word name's type is too weak to keep
    "Trakbus", "w Trakbusie" and "Trakbusa" apart."""
    if " " not in m.name:
        return "word"
    return "person" if m.type == "person" else "other"


def unify(mentions: Sequence) -> list:
    """The mentions with the name (and type) of the group of forms each belongs to."""
    n = len(mentions)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    def readings_of(m) -> dict[str, float]:
        cands = dict(m.cands) or {m.name: 1.0}
        top = max(cands.values())
        return {k: v for k, v in cands.items() if v >= top - _KEEP}

    def stem_key(m, c: str):
        """A person's name with the surname's final vowels dropped: "Robert Fico" and "Robert Fic"
        (read from "Roberta Fica") share "Robert fic"."""
        words = c.split()
        stem = fold_spelling(words[-1]).rstrip("aeiouy")
        if m.type != "person" or len(words) < 2 or len(stem) < 3:
            return None
        return ("stem", len(words), tuple(words[:-1]), stem)

    def compact_key(m, c: str):
        """A body's or place's name without its spaces and hyphens: "Krusz-Bet" and "Kruszbet", "Agros-Nova"
        and "Agros Nova" are one name written two ways (people are matched word by word)."""
        joined = re.sub(r"[\s\-‐-―]+", "", c)
        if m.type == "person" or joined == c or len(joined) < 5:
            return None
        return ("compact", fold_spelling(joined))

    def compact_lemmas(m) -> list:
        """A body's name written apart, its last word inflected: the joined name with that word's noun
        lemmas ("Plus Ligi" -> "plusliga", as "PlusLiga", "PlusLigę" read)."""
        words = m.surface.split()
        if m.type == "person" or len(words) != 2 or not words[1][:1].isupper():
            return []
        return [("compact", fold_spelling(words[0] + r.lemma)) for r in readings(words[1])
                if r.pos == "subst" and len(words[0] + r.lemma) >= 5]

    reads = [readings_of(m) for m in mentions]
    seen: dict[tuple, int] = {}  # (kind, words, candidate) -> first mention
    spelled: dict[tuple, list[int]] = {}  # (kind, words, spelling key of the last word) -> mentions
    compared: set[tuple] = set()  # (kind, name) already looked up
    for i, m in enumerate(mentions):
        words = len(m.name.split())
        for c in reads[i]:
            for key in ((_kind(m), words, c), stem_key(m, c), compact_key(m, c),
                        ("compact", fold_spelling(c)) if m.type != "person" and " " not in c else None):
                if key is None:
                    continue
                if key in seen:
                    join(i, seen[key])
                else:
                    seen[key] = i
        for key in compact_lemmas(m):
            if key in seen:
                join(i, seen[key])
            else:
                seen[key] = i
        if (_kind(m), m.name) in compared:
            continue  # the same name was looked up (and indexed) before; the name key joined them
        compared.add((_kind(m), m.name))
        n_words, keys = _spelling_keys(m.name)
        near = {j for k in keys for j in spelled.get((_kind(m), n_words, k), ())}
        for j in sorted(near):
            if mentions[j].name != m.name and same_spelling(mentions[j].name, m.name):
                join(i, j)
                break
        for k in keys:
            bucket = spelled.setdefault((_kind(m), n_words, k), [])
            if len(bucket) < _BUCKET:
                bucket.append(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    out = list(mentions)
    for members in groups.values():
        if len(members) == 1 and not mentions[members[0]].cands:
            continue
        keys = {i: set(reads[i]) | {stem_key(mentions[i], c) for c in reads[i]} for i in members}
        total: Counter = Counter()
        for i in members:
            for c, v in reads[i].items():
                total[c] += v
        cover = {c: sum(c in keys[i] or stem_key(mentions[i], c) in keys[i] for i in members) for c in total}
        freq = Counter(mentions[i].name for i in members)
        # a form the text gives that is its own best reading: a nominative seen as such
        seen_as = {mentions[i].name for i in members if mentions[i].name == mentions[i].surface}
        # of a nasal vowel and its written-out spelling ("Kępa", "Kempa"), the nasal letter names the actor
        written_out = {c for c in cover if any(_nasals(d) > _nasals(c) and fold_nasal(d) == fold_nasal(c) for d in cover)}
        # of two spellings the text writes, the Polish one; a reading the text never writes gains nothing
        # by its spelling over the written ones ("Xiny", a case the guesser reads into a foreign "Xinyu")
        worst = max((foreign_spelling(c) for c in seen_as), default=0)
        name = max(cover, key=lambda c: (cover[c], -(foreign_spelling(c) if c in seen_as else max(foreign_spelling(c), worst)),
                                         c not in written_out, total[c] + 0.1 * freq[c] + 0.5 * (c in seen_as)))
        # a type the text states ("archipelagu Kinmen", "kopalni Turów") outvotes types read from the
        # name alone ("z Kinmen", "o Turów")
        told = [i for i in members if getattr(mentions[i], "described", False)]
        types = Counter(mentions[i].type for i in told or members)
        typ = max(types, key=lambda t: (types[t], -min(k for k, i in enumerate(members) if mentions[i].type == t)))
        for i in members:
            out[i] = replace(mentions[i], name=name, type=typ)
    return out


@lru_cache(maxsize=1)
def _case_endings() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(ending, which surnames take it: "a", "-" or "") longest first, and the alternations (form,
    lemma) of ``name_case_endings.txt``, folded."""
    from ..lexicon import lexicon_set

    endings, alternations = set(), []
    for line in lexicon_set("name_case_endings.txt"):
        if ">" in line:
            alternations.append(tuple(fold_spelling(x) for x in line.split(">")))
        else:
            ending, _, takes = line.partition("\t")
            endings.add((fold_spelling(ending.strip()), takes.strip()))
    return tuple(sorted(endings, key=lambda e: -len(e[0]))), tuple(sorted(alternations, key=lambda a: -len(a[0])))


_ADJECTIVAL = re.compile(r"(sk|ck|dzk)(i|a|iego|iej|iemu|im|ą)$")


def _undo_alternation(stem: str) -> str:
    for form, lemma in _case_endings()[1]:
        if stem.endswith(form):
            return stem[:-len(form)] + lemma
    return stem


@lru_cache(maxsize=20_000)
def surname_stem(key: str) -> str:
    """A folded surname's stem: its final vowel off ("lukaszenka" -> "lukaszenk", "rutte" -> "rutt"),
    a consonant-final one whole ("pieskow")."""
    return key[:-1] if len(key) >= 4 and key[-1] in "aeiou" else key


@lru_cache(maxsize=20_000)
def form_stems(key: str) -> frozenset[tuple[str, str]]:
    """(stem, which surnames take the ending) for each case ending a folded word may have
    (``name_case_endings.txt``), three letters of stem at least: "lukaszence" -> ("lukaszenk", "")."""
    out = set()
    for ending, takes in _case_endings()[0]:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            out.add((key[:-len(ending)], takes))
            out.add((_undo_alternation(key[:-len(ending)]), takes))  # the alternation, where there is one
    return frozenset(out)


def _first_name_genders(word: str) -> set[str]:
    return {g for r in readings(word) if "imię" in r.quals and r.has("sg") for g in ("m1", "f") if r.has(g)}


@lru_cache(maxsize=1)
def _diminutives() -> dict[str, tuple[str, ...]]:
    """Familiar first name -> the given names it stands for (``name_diminutives.txt``)."""
    from ..lexicon import lexicon_set

    return {line.split()[0]: tuple(line.split()[1:]) for line in lexicon_set("name_diminutives.txt")}


def given_names(familiar: str) -> tuple[str, ...]:
    """The given names a familiar first name stands for ("Janek" -> Jan, "Kuba" -> Jakub); none else."""
    return _diminutives().get(familiar, ())


def _same_first_name(short: str, full: str) -> bool:
    """A familiar form of a first name ("Przemek" for Przemysław, "Tomek" for Tomasz): the same
    first four letters and the same gender ("Aleksandra" is not "Aleksander"), or a listed familiar
    form of it ("Kuba" for Jakub, "Janek" for Jan: ``name_diminutives.txt``)."""
    if full in given_names(short):
        return True
    a, b = fold_spelling(short), fold_spelling(full)
    if len(a) < 4 or a[:4] != b[:4]:
        return False
    ga, gb = _first_name_genders(short), _first_name_genders(full)
    return bool(ga and gb and ga & gb) and not (ga != gb and (len(ga) == 1 or len(gb) == 1))


def lone_initial(word: str) -> bool:
    """A surname written as its initial: one capital letter and a dot ("Ł.")."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


class People:
    """Full names of the people in a text, indexed by what a shorter form of them keeps."""

    def __init__(self, mentions: Sequence):
        self.by_surname: dict[str, str] = {}  # folded surname ("hałas", "kosiniak kamysz") -> full name
        self.all_by_surname: dict[str, set[str]] = {}  # folded last word -> every full name ending in it
        self.by_first: dict[str, set[str]] = {}  # first word -> full names
        self.by_initial: dict[tuple[str, str], set[str]] = {}  # (first word, surname initial) -> full names
        self.by_nasal: dict[str, set[str]] = {}  # surname, a nasal vowel written out ("kempa") -> full names
        self.by_part: dict[str, set[str]] = {}  # one part of a double surname ("wierzbicka") -> full names
        self.by_last_initial: dict[str, set[str]] = {}  # "Ł." -> full names ending in it ("Arkadiusz Ł.")
        for m in mentions:
            words = m.name.split()
            if m.type == "person" and len(words) >= 2 and lone_initial(words[-1]):
                self.by_last_initial.setdefault(words[-1], set()).add(m.name)
            if m.type != "person" or len(words) < 2 or len(words[-1].rstrip(".")) < 2:
                continue
            rest = " ".join(words[1:]).replace("-", " ")
            self.by_surname.setdefault(fold_spelling(words[-1]), m.name)
            self.all_by_surname.setdefault(fold_spelling(words[-1]), set()).add(m.name)
            self.by_nasal.setdefault(fold_nasal(words[-1]), set()).add(m.name)  # "Kempa" for Ryszard Kępa
            particle, _, bare = words[-1].partition("-")
            if bare[:1].isupper() and particle.islower():  # "as-Sisi" goes by "Sisi" too
                self.by_surname.setdefault(fold_spelling(bare), m.name)
                self.all_by_surname.setdefault(fold_spelling(bare), set()).add(m.name)
            self.by_surname.setdefault(fold_spelling(rest), m.name)
            if len(words) == 2 and all(p[:1].isupper() and len(p) > 2 for p in words[-1].split("-")) \
                    and words[-1].count("-") == 1:  # "Wierzbicka" for Ewa Wierzbicka-Koś
                for part in words[-1].split("-"):
                    self.by_part.setdefault(fold_spelling(part), set()).add(m.name)
            self.by_first.setdefault(words[0], set()).add(m.name)
            self.by_initial.setdefault((words[0], words[-1][0]), set()).add(m.name)
        self._deletions: Optional[dict[str, set[str]]] = None  # built on the first spelling look-up
        self._stems: Optional[dict[str, list]] = None  # stem -> (surname, full names), built on the first look-up
        self._skeletons: Optional[dict[tuple, list]] = None  # built on the first vowels_apart look-up
        self.same: dict[str, str] = {}  # "Przemek Matuszak" -> "Przemysław Matuszak"
        by_last: dict[tuple[str, str], list[str]] = {}  # (surname, first four letters) -> names
        for name in dict.fromkeys(m.name for m in mentions if m.type == "person"):
            words = name.split()
            if len(words) == 2 and len(words[1]) > 2 and len(words[0]) >= 4:
                by_last.setdefault((fold_spelling(words[1]), fold_spelling(words[0])[:4]), []).append(name)
        for names in by_last.values():
            for x in names:
                for y in names:
                    if x != y and len(y.split()[0]) > len(x.split()[0]) and _same_first_name(x.split()[0], y.split()[0]):
                        self.same.setdefault(x, y)
        by_family: dict[str, set[str]] = {}  # surname -> two-word names ("Kuba Lis" and "Jakub Lis")
        for name in dict.fromkeys(m.name for m in mentions if m.type == "person"):
            words = name.split()
            if len(words) == 2:
                by_family.setdefault(fold_spelling(words[1]), set()).add(name)
        for names in by_family.values():
            for x in names:
                full = {y for y in names if y.split()[0] in given_names(x.split()[0])}
                if len(full) == 1:
                    self.same.setdefault(x, full.pop())
        # a first name read into Polish from an oblique form ("z Markiem Rutte" -> Marek Rutte) is the
        # name the text writes out one letter away with the same surname ("Mark Rutte")
        written = {m.name for m in mentions if m.type == "person" and m.surface == m.name}
        by_surname: dict[str, list[str]] = {}
        for name in dict.fromkeys(m.name for m in mentions if m.type == "person"):
            words = name.split()
            if len(words) == 2 and len(words[0]) >= 4:
                by_surname.setdefault(words[1], []).append(name)
        for names in by_surname.values():
            for kx, x in enumerate(names):
                for ky, y in enumerate(names):
                    fx, fy = x.split()[0], y.split()[0]
                    gx, gy = _first_name_genders(fx), _first_name_genders(fy)
                    # both written as nominatives: one spelling, a letter more or less, is the other's
                    # ("Annie Genevard", later "Anne Genevard"); the first one the text writes names her
                    later = kx > ky and x in written and abs(len(fx) - len(fy)) == 1
                    if x != y and (x not in written or later) and y in written and x not in self.same \
                            and fx[:3] == fy[:3] and _one_edit(fold_spelling(fx), fold_spelling(fy)) \
                            and not (gx and gy and not gx & gy):
                        self.same[x] = y

    def same_stem(self, word: str) -> Optional[str]:
        """The one full name whose surname ``word`` is in another case (``name_case_endings.txt``: a
        case ending the surname takes, a consonant alternation undone): "Ruttego" -> Mark Rutte,
        "Łukaszence" -> Alaksandr Łukaszenka, "Zacharowej" -> Maria Zacharowa, but "Petrowej" is no
        Iwan Petrow's. None when no name or two names fit, and for adjectival surnames, whose forms the
        dictionary knows ("Kowalskiego" is not Anna Kowalska's)."""
        if self._stems is None:
            self._stems = {}
            for key, names in self.all_by_surname.items():
                if " " not in key and len(key) >= 4 and not _ADJECTIVAL.search(key):
                    self._stems.setdefault(surname_stem(key), []).append((key, names))
        folded = fold_spelling(word)
        if _ADJECTIVAL.search(folded):
            return None
        found: set[str] = set()
        for stem, takes in form_stems(folded):
            for key, names in self._stems.get(stem, ()):
                if not takes or (takes == "a") == key.endswith("a"):
                    found |= names
        return next(iter(found)) if len(found) == 1 else None

    def familiar(self, t) -> Optional[str]:
        """The one full name whose first name token ``t`` is a familiar form of, in any case ("Tomek",
        "Kubie" -> Jakub Sowa; ``name_diminutives.txt``); None when none or two fit."""
        forms = {t.text} | {r.lemma for r in t.readings if "imię" in r.quals}
        found = set().union(*(self.by_first.get(g, set()) for f in forms for g in given_names(f)))
        return next(iter(found)) if len(found) == 1 and not forms & set(self.by_first) else None

    def vowels_apart(self, word: str) -> set[str]:
        """Full names whose surname, a word the dictionary does not know, differs from ``word`` (unknown
        too) only in its vowels inside the word: the same consonants, in order, five or more, the same
        first letter and the same last two letters ("Kristiansen", "Kristensen": a foreign name spelled
        two ways). Empty for known words ("Kowalska" is no form of "Kowalski")."""
        key = fold_spelling(word)
        if not _unknown(word) or len(_consonants(key)) < 5:
            return set()
        if self._skeletons is None:  # (first letter, consonants, last two letters) -> (surname key, names)
            self._skeletons = {}
            for k, names in self.all_by_surname.items():
                if " " not in k and len(_consonants(k)) >= 5:
                    self._skeletons.setdefault((k[0], _consonants(k), k[-2:]), []).append((k, names))
        return {name for k, names in self._skeletons.get((key[0], _consonants(key), key[-2:]), ())
                for name in names if k != key and _unknown(name.split()[-1])}

    def surname_lemma(self, t) -> Optional[str]:
        """The one full name whose surname a surname reading of token ``t`` has as its lemma, in any
        case ("Kowalskiej" -> Anna Kowalska, "Nowak-Kowalskiej" -> Anna Nowak-Kowalska; not "Kowalskiego")."""
        from .names import person_word_lemmas

        found = set().union(*(self.all_by_surname.get(fold_spelling(lemma), set()) for lemma in person_word_lemmas(t)))
        return next(iter(found)) if len(found) == 1 else None

    def _spelled_like(self, key: str) -> list[str]:
        """Surname keys one letter away from ``key`` inside the word (six letters at least; the last
        two, which carry case and gender, the same: "Kowalska" is not "Kowalski"), or with its last
        consonant doubled ("Mitchel" for Mitchell)."""
        if len(key) < 6:
            return []
        if self._deletions is None:  # deletion key -> surname keys (two words one edit apart share one)
            self._deletions = {}
            for k in self.by_surname:
                if " " not in k and len(k) >= 5:
                    for d in {k} | {k[:i] + k[i + 1:] for i in range(len(k))}:
                        bucket = self._deletions.setdefault(d, set())
                        if len(bucket) < _BUCKET:
                            bucket.add(k)
        near = set().union(*(self._deletions.get(d, set()) for d in {key} | {key[:i] + key[i + 1:] for i in range(len(key))}))
        # (a doubled last consonant written single is the same name: "Mitchel" for Mitchell)
        return [k for k in near if k != key and _close(k, key)
                and (k[-2:] == key[-2:] or k == key + key[-1] and key[-1] not in "aeiouyąę")]

    def full_name(self, m) -> Optional[str]:
        found = self._full_name(m)
        return self.same.get(found, found) if found else None

    def _full_name(self, m) -> Optional[str]:
        """The full name a shorter person form stands for: a surname in any case or spelling
        ("Hałasa", "Demchenko", "Kosiniak Kamysz"), a name with the surname's initial
        ("Krzysztof D." for Krzysztof Dudek), or the first word of exactly one full name ("Drogi
        Janie" -> Jan Kowalski, "Laia" -> Lai Ching-te)."""
        if m.name in self.same:
            return self.same[m.name]
        if lone_initial(m.name) and m.type != "media":  # "wobec Ł." beside "Arkadiusza Ł.": the one person whose surname is that initial
            found = self.by_last_initial.get(m.name, set())
            return next(iter(found)) if len(found) == 1 else None
        cands = [c for c, _ in m.cands] or [m.name]
        for c in cands:
            key = fold_spelling(c.replace("-", " "))
            if key in self.by_surname and self.by_surname[key] != c:
                return self.by_surname[key]
        for c in cands:  # "Wierzbicka", "Ostrowska" (read as places' genitives) beside Ewa Wierzbicka-Koś
            key = fold_spelling(c)
            found = self.by_part.get(key, set()) - {c}
            if " " not in c and len(found) == 1 and key not in self.by_surname:
                return next(iter(found))
        for c in cands:  # "Kempa" beside the one Ryszard Kępa
            found = self.by_nasal.get(fold_nasal(c), set()) - {c}
            if " " not in c and len(found) == 1:
                return next(iter(found))
        words = m.name.split()
        if len(words) == 1:
            found = {self.by_surname[k] for c in cands for k in self._spelled_like(fold_spelling(c))}
            if len(found) == 1:
                return found.pop()  # "Abdollahian" beside "Hosejn Amir Abdollahijan"
            found = self.same_stem(m.surface)
            if found:
                return found  # "Ruttego" beside "Mark Rutte", "Łukaszence" beside "Alaksandr Łukaszenka"
            found = {n for c in cands for n in self.vowels_apart(c)}
            if len(found) == 1:
                return found.pop()  # "Kristiansen" beside "Mads Kristensen"
        initial = words[-1].rstrip(".")
        if len(words) == 2 and len(initial) == 1 and initial.isupper():
            found = set().union(*(self.by_initial.get((c.split()[0], initial), set()) for c in cands))
            return next(iter(found)) if len(found) == 1 else None
        if len(words) == 1:
            for c in cands:
                if len(self.by_first.get(c, ())) == 1:
                    return next(iter(self.by_first[c]))
            for c in cands:  # "Janek" beside the one Jan Ziółkowski, "Kubie" beside the one Jakub Lis
                found = set().union(*(self.by_first.get(g, set()) for g in given_names(c)))
                if len(found) == 1 and c not in self.by_first:
                    return next(iter(found))
        return None


def _consonants(key: str) -> str:
    return "".join(c for c in key if c not in "aeiouy")


@lru_cache(maxsize=20_000)
def _unknown(word: str) -> bool:
    """A word the dictionary has no reading of (a foreign name)."""
    return all(r.pos == "ign" for r in readings(word))


def _initial(w: str) -> str:
    """A word's letter in an acronym: an acronym inside the name gives all of its letters ("RP")."""
    return w if len(w) > 1 and w.isalpha() and w.isupper() else w[:1]


def initials(name: str) -> str:
    """'Urząd Regulacji Energetyki' -> 'URE' (capitalised words only); 'Związek Sadowników RP' -> 'ZSRP'."""
    return "".join(_initial(w) for w in name.split() if w[:1].isupper())


def initials_without_seat(name: str) -> str:
    """'Miejskie Przedsiębiorstwo Komunikacyjne w Łodzi' -> 'MPK': an acronym leaves out the seat."""
    words = name.split()
    cut = next((k for k, w in enumerate(words) if k and w in ("w", "we", "na")), len(words))
    return initials(" ".join(words[:cut]))


_PARENT_ACRONYM = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]+(?:[a-z][A-ZĄĆĘŁŃÓŚŹŻ]+)?")  # "KGP", "MSWiA"


def initials_without_parent(name: str) -> str:
    """'Biuro Spraw Wewnętrznych KGP' -> 'BSW': a unit's acronym leaves out its parent's acronym after it
    (none when no two words stay before it)."""
    words = name.split()
    k = len(words)
    while k > 2 and _PARENT_ACRONYM.fullmatch(words[k - 1]):
        k -= 1
    return initials(" ".join(words[:k])) if k < len(words) else ""


def initials_without_classifier(name: str) -> str:
    """'Stowarzyszenie Stop Bankowemu Bezprawiu' -> 'SBB': an acronym may leave out the classifying noun
    that opens the name (``name_classifiers.txt``; none when fewer than two words stay)."""
    words = name.split()
    if len(words) > 2 and words[0].lower() in lexicon_set("name_classifiers.txt"):
        return initials(" ".join(words[1:]))
    return ""


def initials_with_conjunctions(name: str) -> str:
    """'Ogólnopolski Związek Zawodowy Pielęgniarek i Położnych' -> 'OZZPiP' (a one-letter word kept
    in lower case, as such acronyms write it)."""
    return "".join(_initial(w) for w in name.split() if w[:1].isupper() or len(w) == 1)
