"""Lemma guesser for proper names morfeusz2 does not know (``ign``).

Suffix rules are learned from the paradigms morfeusz2 generates for a few exemplar
lemmas (``data/guesser_paradigms.txt``): for each singular form the rule is
``form ending -> lemma ending`` with the case it expresses, keyed by the lemma's
final letters. An unknown form gets every lemma the rules allow, scored by support.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")


@dataclass(frozen=True)
class Guess:
    lemma: str
    cases: frozenset[str]
    gender: str  # m1, f, m3, n ...
    score: float


def _cases(tag: str) -> set[str]:
    parts = tag.split(":")
    return {c for p in parts for c in p.split(".") if c in CASES}


def _gender(tag: str) -> str:
    for p in tag.split(":"):
        for g in p.split("."):
            if g in ("m1", "m2", "m3", "f", "n"):
                return g
    return "m1"


@lru_cache(maxsize=1)
def _rules() -> dict[tuple[str, str], dict[tuple[str, str], set]]:
    """(form suffix, lemma tail) -> {(lemma suffix, gender): cases}."""
    from .nlp import morfeusz

    morf = morfeusz()
    text = resources.files("newslens").joinpath("data/guesser_paradigms.txt").read_text("utf-8")
    rules: dict = defaultdict(lambda: defaultdict(set))
    for line in text.splitlines():
        lemma = line.strip()
        if not lemma or lemma.startswith("#"):
            continue
        for form, lem, tag, _quals, _marks in morf.generate(lemma):
            base = lem.split(":")[0]
            parts = tag.split(":")
            if base != lemma or parts[0] != "subst" or "sg" not in parts[1].split("."):
                continue
            k = 0
            while k < min(len(form), len(base)) and form[k] == base[k]:
                k += 1
            f_suf, l_suf = form[k:], base[k:]
            stem = base[:k]
            for tail_len in (2, 1, 0):
                tail = stem[len(stem) - tail_len:] if tail_len else ""
                rules[(f_suf, tail)][(l_suf, _gender(tag))] |= _cases(tag)
    return {k: dict(v) for k, v in rules.items()}


def guess(form: str, max_suffix: int = 4) -> list[Guess]:
    """All lemmas ``form`` may inflect from, best first (the form itself is always a candidate)."""
    return list(_guess(form, max_suffix))


@lru_cache(maxsize=50_000)
def _guess(form: str, max_suffix: int) -> tuple[Guess, ...]:
    """``guess``, once per form: the same unknown word recurs in a text (about 3 asks per distinct
    form over the dev articles); the guesses are frozen, the caller gets its own list."""
    rules = _rules()
    out: dict[tuple[str, str], Guess] = {}
    for n in range(0, min(max_suffix, len(form) - 2) + 1):
        f_suf = form[len(form) - n:] if n else ""
        stem = form[: len(form) - n]
        for tail_len, weight in ((2, 1.0), (1, 0.4), (0, 0.15)):
            tail = stem[len(stem) - tail_len:] if tail_len else ""
            for (l_suf, gender), cases in rules.get((f_suf, tail), {}).items():
                lemma = stem + l_suf
                key = (lemma, gender)
                score = weight * (1 + n * 0.5)
                prev = out.get(key)
                if prev is None or prev.score < score:
                    merged = frozenset(cases) | (prev.cases if prev else frozenset())
                    out[key] = Guess(lemma, merged, gender, score)
    if form[-1:] in ("ą", "ę"):  # an oblique ending: the lemma drops it ("Giorgią" is not a lemma)
        out = {k: g for k, g in out.items() if not g.lemma.startswith(form)}
    if not out:
        out[(form, "m1")] = Guess(form, frozenset(CASES), "m1", 0.1)
    return tuple(sorted(out.values(), key=lambda g: (-g.score, g.lemma)))


@lru_cache(maxsize=1)
def _adjectival_tails() -> frozenset[str]:
    """Last three letters of the exemplar lemmas that decline as adjectives (their genitive
    singular ends in -ego: Kaczyński, Morawiecki)."""
    from .nlp import morfeusz

    text = resources.files("newslens").joinpath("data/guesser_paradigms.txt").read_text("utf-8")
    tails = set()
    for line in text.splitlines():
        lemma = line.strip()
        if lemma and not lemma.startswith("#") and any(
                form.endswith("ego") and "gen" in _cases(tag) and ":sg:" in tag and lem.split(":")[0] == lemma
                for form, lem, tag, _q, _m in morfeusz().generate(lemma)):
            tails.add(lemma[-3:])
    return frozenset(tails)


def adjectival_guesses(form: str) -> list[Guess]:
    """The guesses for ``form`` whose lemma declines as an adjective ("Pilczyńskiego" ->
    Pilczyński, gen/acc; the same endings as a place's adjective)."""
    tails = _adjectival_tails()
    return [g for g in guess(form) if g.lemma[-3:] in tails or g.lemma[-3:-1] + "i" in tails and g.lemma.endswith("a")
            and g.gender == "f"]


def guess_lemma(form: str, case: str | None = None) -> str:
    """Best lemma for ``form``; with ``case`` (from an agreeing first name), only rules for that case."""
    guesses = guess(form)
    if case:
        fitting = [g for g in guesses if case in g.cases]
        if fitting:
            return fitting[0].lemma
    return guesses[0].lemma
