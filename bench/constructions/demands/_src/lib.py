"""Helpers for the demands construction table (eleventh session).

Each article is built with art(); build.py writes the three files per article
and checks every span against the text.
"""

TYPES = {"p": "person", "o": "organization", "l": "place", "m": "media"}
ARTICLES = []


def A(name, t, aliases=(), role=None):
    return {"name": name, "type": TYPES[t], "aliases": list(aliases), "role": role}


def Q(speaker, kind, start, end, via=None, group=False):
    q = {"speaker": speaker, "kind": kind, "text_start": start, "text_end": end, "via": via}
    if group:
        q["group"] = True
    return q


def D(by, of, start, group=False):
    d = {"by": by, "of": of, "text_start": start, "kind": "item"}
    if group:
        d["group"] = True
    return d


def C(by, of, start, group=False):
    d = {"by": by, "of": of, "text_start": start, "kind": "condition"}
    if group:
        d["group"] = True
    return d


def T(expr, value, event):
    return {"expression": expr, "value": value, "event": event}


def art(cid, n, text, actors=(), quotes=(), demands=(), timeline=(), group=None):
    ARTICLES.append({
        "id": f"{cid}-{n}",
        "construction": cid,
        "group": group,
        "text": text.strip() + "\n",
        "actors": list(actors),
        "quotes": list(quotes),
        "demands": list(demands),
        "timeline": list(timeline),
    })
