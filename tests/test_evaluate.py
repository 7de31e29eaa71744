"""Scorer: hand-made predictions with known figures, empty and malformed predictions."""
import json
import re

import pytest

from newslens.evaluate import evaluate_dir, score, totals
from newslens.loader import InputError

GOLD = {
    "id": "a",
    "actors": [{"name": "Dmitrij Pieskow", "type": "person", "aliases": ["Pieskow"]},
               {"name": "Rosja", "type": "place", "aliases": []},
               {"name": "TASS", "type": "media", "aliases": []},
               {"name": "NATO", "type": "organization", "aliases": []}],
    "quotes": [{"speaker": "Dmitrij Pieskow", "kind": "direct", "text_start": "Chęć USA do wysłuchania", "via": None},
               {"speaker": "Rosja", "kind": "indirect", "text_start": "NATO musi się wycofać", "via": "TASS"}],
    "demands": [{"kind": "item", "by": "Rosja", "of": "NATO", "text_start": "wycofania wojsk"},
                {"kind": "item", "by": "Rosja", "of": "NATO", "text_start": "zakazu rozszerzenia"}],
    "timeline": [{"expression": "17 grudnia 2021 r.", "value": "2021-12-17"},
                 {"expression": "w styczniu", "value": "2022-01"}],
}

PRED = {
    "actors": [{"name": "Pieskow", "type": "person", "aliases": []},  # matched through the gold alias
               {"name": "Rosja", "type": "organization", "aliases": []},  # right actor, wrong type
               {"name": "Kreml", "type": "place", "aliases": []}],  # spurious
    "quotes": [{"speaker": "Pieskow", "kind": "direct", "text": "Chęć USA do wysłuchania naszych obaw", "via": None},
               {"speaker": None, "kind": "indirect", "text": "NATO musi się wycofać z Europy", "via": "TASS"},
               {"speaker": "X", "kind": "partial", "text": "coś zupełnie innego tutaj", "via": None}],
    "demands": [{"kind": "item", "by": "Rosja", "of": "NATO", "text": "wycofania wojsk z Europy"}],
    "timeline": [{"expression": "17 grudnia 2021 r.", "value": "2021-12-17"},
                 {"expression": "w styczniu", "value": "2021-01"}],
}


def test_known_figures():
    s = score(PRED, GOLD)
    a = s["actors"]
    assert (a["tp"], a["fp"], a["fn"]) == (2, 1, 2)
    assert a["precision"] == pytest.approx(2 / 3) and a["recall"] == pytest.approx(0.5)
    assert a["type_accuracy"] == pytest.approx(0.5)
    q = s["quotes"]
    assert (q["tp"], q["fp"], q["fn"]) == (2, 1, 0)
    assert q["speaker_accuracy"] == pytest.approx(0.5)  # "Pieskow" counts through the actor match
    assert q["attributed_recall"] == pytest.approx(0.5)
    assert q["via_accuracy"] == 1.0
    d = s["demands"]
    assert (d["tp"], d["fp"], d["fn"]) == (1, 0, 1) and d["by_accuracy"] == 1.0
    t = s["timeline"]
    assert t["f1"] == 1.0 and t["value_accuracy"] == pytest.approx(0.5)


def test_empty_prediction_scores_zero_recall_and_no_precision():
    s = score({}, GOLD)
    assert s["actors"]["recall"] == 0.0 and s["actors"]["precision"] is None
    assert s["quotes"]["attributed_recall"] == 0.0


def test_perfect_prediction():
    pred = {"actors": GOLD["actors"], "quotes": [dict(q, text=q["text_start"]) for q in GOLD["quotes"]],
            "demands": [dict(d, text=d["text_start"]) for d in GOLD["demands"]], "timeline": GOLD["timeline"]}
    s = score(pred, GOLD)
    assert all(s[k]["f1"] == 1.0 for k in ("actors", "quotes", "demands", "timeline"))


def test_dir_with_malformed_and_missing_predictions(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    for stem in ("a", "b", "c"):
        (gold_dir / f"{stem}.gold.json").write_text(json.dumps(dict(GOLD, id=stem)), "utf-8")
    (pred_dir / "a.json").write_text(json.dumps(PRED), "utf-8")
    (pred_dir / "b.json").write_text("{not json", "utf-8")  # malformed; c has none
    rows = evaluate_dir(gold_dir, pred_dir)
    by_id = {r["id"]: r for r in rows}
    assert by_id["a"]["error"] is None
    assert by_id["b"]["error"] and by_id["c"]["error"]
    assert by_id["b"]["actors"]["recall"] == 0.0
    total = totals(rows)
    assert total["actors"]["recall"] == pytest.approx(2 / 12)  # micro: 2 found of 3 x 4 gold


def test_gold_without_kinds_annotates_no_conditions():
    gold = dict(GOLD, demands=[{k: v for k, v in d.items() if k != "kind"} for d in GOLD["demands"]])
    pred = dict(PRED, demands=PRED["demands"] + [{"kind": "condition", "by": "Rosja", "text": "pod warunkiem"}])
    s = score(pred, gold)
    assert s["conditions"]["not_annotated"] and s["conditions"]["spurious"] == []
    assert s["demands"]["tp"] == 1  # items are still scored
    s = score(pred, GOLD)  # a gold file with kinds does score conditions
    assert s["conditions"]["fp"] == 1


# ---------------------------------------------------------------- the figures a reader sees
@pytest.mark.parametrize("name, ok", [
    ("Dmitrij Pieskow", True),     # the nominative name
    ("Pieskow", True),             # a run of its words
    ("Dmitrija Pieskowa", False),  # an oblique case
    ("Pieskowa", False),
    ("rzecznik Pieskow", False),   # a title inside the name
])
def test_canonical_name_of_a_person(name, ok):
    from newslens.evaluate import canonical_name
    assert canonical_name({"name": "Dmitrij Pieskow", "aliases": ["Pieskow", "Pieskowa"]}, name) is ok


def test_canonical_name_acronyms_and_feminine_heads():
    from newslens.evaluate import canonical_name
    znp = {"name": "Związek Nauczycielstwa Polskiego", "aliases": ["ZNP"]}
    assert canonical_name(znp, "ZNP") and canonical_name({"name": "Prawo i Sprawiedliwość", "aliases": ["PiS"]}, "PiS")
    assert not canonical_name(znp, "OZZL")  # an acronym the actor does not go by
    rada = {"name": "Rada Ministrów", "aliases": ["Radzie Ministrów"]}
    assert canonical_name(rada, "Rada Ministrów") and not canonical_name(rada, "Rad Ministrów")
    assert not canonical_name(rada, "Radzie Ministrów")


def test_split_actors_and_canonical_accuracy():
    gold = {"actors": [{"name": "Olaf Scholz", "type": "person", "aliases": ["Olafem Scholzem", "Scholz"]},
                       {"name": "Radom", "type": "place", "aliases": ["Radomia"]}]}
    pred = {"actors": [{"name": "Olafem Scholzem", "type": "person", "aliases": []},
                       {"name": "Olaf Scholz", "type": "person", "aliases": ["Scholz"]},
                       {"name": "Radom", "type": "place", "aliases": ["Radomia"]}]}
    a = score(pred, gold)["actors"]
    assert a["split"] == 1 and a["split_actors"] == ["Olaf Scholz: Olafem Scholzem | Olaf Scholz"]
    assert (a["tp"], a["fp"]) == (2, 1)
    assert a["canonical_accuracy"] == pytest.approx(0.5)  # Scholz was paired with its oblique form first
    assert totals([score(pred, gold)])["actors"]["split"] == 1


def test_quote_end_via_and_nested_partial():
    gold = {"actors": [{"name": "Jan Nowak", "type": "person", "aliases": []},
                       {"name": "PAP", "type": "media", "aliases": []}],
            "quotes": [{"speaker": "Jan Nowak", "kind": "partial", "text_start": "nie do przyjęcia",
                        "text_end": "nie do przyjęcia", "via": "PAP"},
                       {"speaker": "Jan Nowak", "kind": "direct", "text_start": "Nie ustąpimy",
                        "text_end": "do końca", "via": None}]}
    pred = {"quotes": [  # the indirect quote holding the partial comes first: the partial must pair with its own
        {"speaker": "Jan Nowak", "kind": "indirect", "text": "warunki są „nie do przyjęcia”", "via": None},
        {"speaker": "Jan Nowak", "kind": "partial", "text": "nie do przyjęcia", "via": "PAP"},
        {"speaker": "Jan Nowak", "kind": "direct", "text": "Nie ustąpimy do końca. – powiedział", "via": None}]}
    q = score(pred, gold)["quotes"]
    assert (q["tp"], q["fp"]) == (2, 1) and q["kind_accuracy"] == 1.0
    assert q["via_accuracy"] == 1.0
    assert q["end_accuracy"] == pytest.approx(0.5)  # the direct quote swallowed its attribution
    assert len(q["wrong_end"]) == 1


def test_demand_by_and_of_resolve_through_actor_aliases():
    gold = {"actors": [{"name": "Związek Nauczycielstwa Polskiego", "type": "organization", "aliases": ["ZNP"]},
                       {"name": "Prawo i Sprawiedliwość", "type": "organization", "aliases": ["PiS"]},
                       {"name": "NATO", "type": "organization", "aliases": []}],
            "demands": [{"kind": "item", "by": "Związek Nauczycielstwa Polskiego", "of": "Prawo i Sprawiedliwość, NATO",
                         "text_start": "podwyżki płac"},
                        {"kind": "item", "by": "Związek Nauczycielstwa Polskiego", "of": None,
                         "text_start": "mniej biurokracji"}]}
    pred = {"actors": [{"name": "ZNP", "type": "organization", "aliases": []},
                       {"name": "PiS", "type": "organization", "aliases": []},
                       {"name": "NATO", "type": "organization", "aliases": []}],
            "demands": [{"kind": "item", "by": "ZNP", "of": "NATO, PiS", "text": "podwyżki płac o 20 proc."},
                        {"kind": "item", "by": "NATO", "of": None, "text": "mniej biurokracji"}]}
    d = score(pred, gold)["demands"]
    assert d["by_accuracy"] == pytest.approx(0.5) and d["of_accuracy"] == 1.0
    t = totals([score(pred, gold)])
    assert t["demands"]["by_accuracy"] == pytest.approx(0.5)


def test_several_named_demanders_or_speakers_match_as_a_set():
    gold = {"actors": [{"name": "Jan Nowak", "type": "person", "aliases": ["Nowak"]},
                       {"name": "Anna Wiśniewska", "type": "person", "aliases": ["Wiśniewska"]}],
            "quotes": [{"speaker": "Jan Nowak, Anna Wiśniewska", "kind": "indirect", "via": None,
                        "text_start": "nie podpiszą umowy"}],
            "demands": [{"kind": "item", "by": "Jan Nowak, Anna Wiśniewska", "of": None,
                         "text_start": "zwołania komisji"},
                        {"kind": "item", "by": "Jan Nowak, Anna Wiśniewska", "of": None,
                         "text_start": "jawnego głosowania"}]}
    pred = {"actors": [{"name": "Wiśniewska", "type": "person", "aliases": []},
                       {"name": "Jan Nowak", "type": "person", "aliases": []}],
            "quotes": [{"speaker": "Wiśniewska, Jan Nowak", "kind": "indirect", "text": "nie podpiszą umowy"}],
            "demands": [{"kind": "item", "by": "Jan Nowak, Wiśniewska", "of": None, "text": "zwołania komisji"},
                        {"kind": "item", "by": "Jan Nowak", "of": None, "text": "jawnego głosowania"}]}  # one of two
    s = score(pred, gold)
    assert s["quotes"]["speaker_accuracy"] == 1.0
    assert s["demands"]["by_accuracy"] == pytest.approx(0.5)


@pytest.mark.parametrize("name, head", [
    ("mieszkańcy Pilczyna", "mieszkańcy"), ("inni mieszkańcy", "mieszkańcy"), ("unijni dyplomaci", "dyplomaci"),
    ("byli pracownicy starostwa", "pracownicy"), ("protestujący mieszkańcy", "mieszkańcy"),
    ("lekarze rezydenci", "lekarze"), ("protestujący", "protestujący"), ("", "")])
def test_group_head(name, head):
    from newslens.evaluate import group_head
    assert group_head(name) == head


def test_group_speaker_matches_by_head_noun_only_when_gold_is_a_group():
    gold = {"quotes": [{"speaker": "mieszkańcy Pilczyna", "group": True, "kind": "direct", "text_start": "Nie oddamy szpitala"},
                       {"speaker": "rolnicy", "group": True, "kind": "direct", "text_start": "Zboże gnije w silosach"},
                       {"speaker": "Rada Miasta", "kind": "indirect", "text_start": "budżet jest napięty"}],
            "demands": [{"kind": "item", "by": "mieszkańcy", "group": True, "of": None, "text_start": "nowego przetargu"}]}
    pred = {"quotes": [{"speaker": "mieszkańcy", "kind": "direct", "text": "Nie oddamy szpitala nikomu"},
                       {"speaker": "sadownicy", "kind": "direct", "text": "Zboże gnije w silosach od jesieni"},  # another group
                       {"speaker": "Rada", "kind": "indirect", "text": "budżet jest napięty"}],  # not a group: exact
            "demands": [{"kind": "item", "by": "mieszkańcy wsi", "of": None, "text": "nowego przetargu na przewozy"}]}
    s = score(pred, gold)
    assert s["quotes"]["speaker_accuracy"] == pytest.approx(1 / 3)
    assert s["demands"]["by_accuracy"] == 1.0


@pytest.mark.parametrize("a, b, same", [
    ("Kłamca!", "Kłamca", True),          # a sentence's end mark is no part of the words said
    ("czy to koniec?", "czy to koniec", True),
    ("i tak dalej…", "i tak dalej", True),
    ("Kłamca", "Kłamcy", False),           # a different word stays different
    ("nie", "nie wiem", False),
])
def test_fold_ignores_end_punctuation_only(a, b, same):
    from newslens.evaluate import fold
    assert (fold(a) == fold(b)) is same


def test_speakers_left_empty_apart_from_speakers_credited_to_another_party():
    from newslens.evaluate import speaker_summary

    wrong = {**PRED, "quotes": [{**PRED["quotes"][0], "speaker": "NATO"}, PRED["quotes"][1]]}
    s = score(wrong, GOLD)["quotes"]
    assert (s["speaker_empty"], s["speaker_wrong_party"]) == (1, 1)  # Rosja's quote empty, Pieskow's given to NATO
    s = score(PRED, GOLD)["quotes"]
    assert (s["speaker_empty"], s["speaker_wrong_party"]) == (1, 0)
    line = speaker_summary(totals([score(PRED, GOLD), score(wrong, GOLD)]))
    assert line == ("speakers of 4 found quotes: 1 right, 2 left empty, 1 credited to another party "
                    "(0.50 of the 2 given)")


@pytest.mark.parametrize("section, record, field", [
    ("quotes", {"speaker": 5, "kind": "direct", "text_start": "Chęć USA"}, "quotes[0].speaker"),  # was a TypeError
    ("actors", {"name": None, "type": "person"}, "actors[0].name"),
    ("actors", {"type": "person", "aliases": []}, "actors[0].name"),
    ("actors", {"name": "Rosja", "type": "place", "aliases": [1]}, "actors[0].aliases"),
    ("demands", {"kind": "item", "by": ["Rosja"], "text_start": "wycofania"}, "demands[0].by"),
    ("timeline", {"expression": "w styczniu", "value": 2022}, "timeline[0].value"),
])
def test_gold_field_that_is_not_text_is_one_clear_line(tmp_path, section, record, field):
    (tmp_path / "a.txt").write_text("Rosja żąda wycofania wojsk NATO.", "utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps(dict(GOLD, **{section: [record]})), "utf-8")
    with pytest.raises(InputError, match=rf"a\.gold\.json: malformed gold file \({re.escape(field)} is not text\)"):
        evaluate_dir(tmp_path)


def test_prediction_field_that_is_not_text_scores_as_empty(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    (gold_dir / "a.gold.json").write_text(json.dumps(GOLD), "utf-8")
    (pred_dir / "a.json").write_text(json.dumps(dict(PRED, quotes=[{"speaker": 5, "text": "Chęć USA"}])), "utf-8")
    (row,) = evaluate_dir(gold_dir, pred_dir)
    assert "quotes[0].speaker is not text" in row["error"] and row["quotes"]["recall"] == 0.0


def test_lists_of_misses_cut_between_words_and_name_no_party_plainly():
    gold = {"actors": [{"name": "Jan Nowak", "type": "person", "aliases": []}],
            "quotes": [{"speaker": "Jan Nowak", "kind": "direct", "via": None,
                        "text_start": "Nie zgodzimy się", "text_end": "jesienią"}]}
    said = "Nie zgodzimy się na żadne cięcia budżetu szpitala powiatowego ani teraz, ani jesienią"
    q = score({"actors": gold["actors"], "quotes": [{"speaker": None, "kind": "direct", "text": said}]}, gold)["quotes"]
    assert q["wrong_speaker"] == ["Nie zgodzimy się na żadne cięcia budżetu szpitala…: (none) (gold Jan Nowak)"]
