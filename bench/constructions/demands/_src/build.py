import json, os, re, sys, glob, importlib
sys.path.insert(0, os.path.dirname(__file__))
import lib

MODS = ["a_verbs", "b_nominal", "c_forms", "d_lists", "e_parties", "f_conditions", "g_negatives"]
for m in MODS:
    importlib.import_module(m)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
META_NOTE = "Construction table, eleventh session"
PUB = "2025-03-12"

problems = []
ids = set()
# words that may start with a capital without being actors
STOP = set()

def check(a):
    t = a["text"]
    aid = a["id"]
    if aid in ids:
        problems.append(f"{aid}: duplicate id")
    ids.add(aid)
    if not re.fullmatch(r"[a-z0-9-]+", aid):
        problems.append(f"{aid}: bad id")
    names = set()
    for ac in a["actors"]:
        names.add(ac["name"])
        forms = [ac["name"]] + ac["aliases"]
        if not any(f in t for f in forms):
            problems.append(f"{aid}: actor {ac['name']} not in text")
        for al in ac["aliases"]:
            if al not in t:
                problems.append(f"{aid}: alias {al} not in text")
        if ac["role"] and ac["role"] != ac["role"]:
            pass
    for q in a["quotes"]:
        for k in ("text_start", "text_end"):
            if q[k] not in t:
                problems.append(f"{aid}: quote {k} '{q[k]}' not in text")
        if q["speaker"] and not q.get("group") and q["speaker"] not in names:
            problems.append(f"{aid}: speaker {q['speaker']} not an actor")
        if q["via"] and q["via"] not in names:
            problems.append(f"{aid}: via {q['via']} not an actor")
    for d in a["demands"]:
        if d["text_start"] not in t:
            problems.append(f"{aid}: demand '{d['text_start']}' not in text")
        for who in (d["by"] or "").split(", "):
            if who and not d.get("group") and who not in names:
                problems.append(f"{aid}: by {who} not an actor")
        if not d["by"]:
            problems.append(f"{aid}: by null")
        for who in (d["of"] or "").split(", "):
            if who and who not in names:
                problems.append(f"{aid}: of {who} not an actor")
    for x in a["timeline"]:
        if x["expression"] not in t:
            problems.append(f"{aid}: timex '{x['expression']}' not in text")
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?(/\d{4}(-\d\d(-\d\d)?)?)?", x["value"]):
            problems.append(f"{aid}: bad value {x['value']}")


def write(a):
    stem = os.path.join(OUT, a["id"])
    title = f"{a['construction']} {a['id'].rsplit('-', 1)[1]}"
    with open(stem + ".txt", "w") as f:
        f.write(a["text"])
    meta = {"title": title, "outlet": "konstrukcje", "published": PUB, "language": "pl",
            "url": None, "note": META_NOTE}
    with open(stem + ".meta.json", "w") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    gold = {"id": a["id"], "title": title, "outlet": "konstrukcje", "published": PUB, "language": "pl",
            "actors": a["actors"], "quotes": a["quotes"], "demands": a["demands"],
            "timeline": a["timeline"]}
    with open(stem + ".gold.json", "w") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def caps_report(a):
    """Capitalised words not covered by an actor form (for a manual look)."""
    t = a["text"]
    covered = []
    for ac in a["actors"]:
        for f in [ac["name"]] + ac["aliases"]:
            for m in re.finditer(re.escape(f), t):
                covered.append((m.start(), m.end()))
    out = []
    for m in re.finditer(r"\b[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]*", t):
        s = m.start()
        # sentence start?
        pre = t[:s].rstrip(" „\"'–-(")
        if not pre or pre[-1] in ".!?:\n–" or t[:s].endswith(("– ", "- ", "„", '"')):
            continue
        if any(a0 <= s < a1 for a0, a1 in covered):
            continue
        out.append(m.group())
    return out


if __name__ == "__main__":
    for a in lib.ARTICLES:
        check(a)
    if problems:
        print("\n".join(problems))
        print(len(problems), "problems")
    if "--caps" in sys.argv:
        for a in lib.ARTICLES:
            c = caps_report(a)
            if c:
                print(a["id"], c)
    if "--write" in sys.argv and not problems:
        for old in glob.glob(os.path.join(OUT, "*.gold.json")) + glob.glob(os.path.join(OUT, "*.meta.json")) + glob.glob(os.path.join(OUT, "*.txt")):
            os.remove(old)
        for a in lib.ARTICLES:
            write(a)
        print("wrote", len(lib.ARTICLES))
    from collections import Counter
    c = Counter(a["construction"] for a in lib.ARTICLES)
    print(len(lib.ARTICLES), "articles,", len(c), "constructions")
