import json, re, sys, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PUB = '2025-03-12'

def nn(x):
    x = x.strip()
    return None if x in ('~', '') else x

def parse(path):
    arts = []
    cur = None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('@ '):
            if cur: arts.append(cur)
            cur = {'id': line[2:].strip(), 'text': [], 'A': [], 'Q': [], 'D': [], 'T': [], 'N': None}
            continue
        if cur is None:
            continue
        if line.startswith('> '):
            tag, rest = line[2], line[4:]
            parts = [p.strip() for p in rest.split('|')]
            cur[tag].append(parts) if tag != 'N' else cur.__setitem__('N', rest.strip())
        elif not cur['A'] and not cur['Q'] and not cur['D'] and not cur['T'] and cur['N'] is None:
            cur['text'].append(line)
    if cur: arts.append(cur)
    return arts

problems = 0
def warn(aid, msg):
    global problems
    problems += 1
    print(f'[{aid}] {msg}')

def build(a):
    aid = a['id']
    text = '\n'.join(a['text']).strip('\n') + '\n'
    if not re.fullmatch(r'[a-z0-9-]+-\d+', aid):
        warn(aid, 'bad id')
    actors = []
    names = set()
    for p in a['A']:
        if len(p) != 4: warn(aid, f'actor fields {p}'); continue
        name, typ, al, role = p
        aliases = [x.strip() for x in al.split(';') if x.strip()]
        if typ not in ('person', 'organization', 'place', 'media'): warn(aid, f'type {typ}')
        for s in aliases:
            if s not in text: warn(aid, f'alias not in text: {s}')
        if name not in text and not aliases: warn(aid, f'name not in text and no alias: {name}')
        actors.append({'name': name, 'type': typ, 'aliases': aliases, 'role': nn(role)})
        names.add(name)
    def chk_actor_list(v, what):
        if v is None: return
        for x in v.split(', '):
            if x not in names: warn(aid, f'{what} not an actor: {x}')
    quotes = []
    for p in a['Q']:
        g = False
        if len(p) == 6 and p[5] == 'g': g = True; p = p[:5]
        if len(p) != 5: warn(aid, f'quote fields {p}'); continue
        sp, kind, st, en, via = p
        sp, via = nn(sp), nn(via)
        if kind not in ('direct', 'partial', 'indirect'): warn(aid, f'kind {kind}')
        i = text.find(st)
        if i < 0: warn(aid, f'text_start not found: {st}')
        j = text.find(en, max(i, 0))
        if j < 0: warn(aid, f'text_end not found after start: {en}')
        if kind == 'partial' and len(text[i:j+len(en)].split()) < 3: warn(aid, f'partial < 3 words')
        if not g: chk_actor_list(sp, 'speaker')
        chk_actor_list(via, 'via')
        q = {'speaker': sp, 'kind': kind, 'text_start': st, 'text_end': en, 'via': via}
        if g: q['group'] = True
        quotes.append(q)
    demands = []
    for p in a['D']:
        g = False
        if len(p) == 5 and p[4] == 'g': g = True; p = p[:4]
        by, of, kind, st = p
        by, of = nn(by), nn(of)
        if st not in text: warn(aid, f'demand start not found: {st}')
        if not g: chk_actor_list(by, 'by')
        chk_actor_list(of, 'of')
        d = {'by': by, 'of': of, 'text_start': st, 'kind': kind}
        if g: d['group'] = True
        demands.append(d)
    timeline = []
    for p in a['T']:
        ex, val, ev = p
        if ex not in text: warn(aid, f'timex not found: {ex}')
        if not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?(/\d{4}(-\d\d(-\d\d)?)?)?', val): warn(aid, f'value {val}')
        timeline.append({'expression': ex, 'value': val, 'event': ev})
    # heuristic: capitalised words not covered by an actor
    cover = ' '.join([x['name'] + ' ' + ' '.join(x['aliases']) for x in actors])
    for m in re.finditer(r'(?<![.!?\n„"»«–—-] )(?<!^)(?<=[ („"»«])([A-ZĄĆĘŁŃÓŚŹŻ][\w\-]+)', text):
        w = m.group(1)
        prev = text[max(0, m.start()-2):m.start()]
        if re.search(r'[.!?:]\s$', prev) or prev.endswith('\n') : continue
        if w not in cover:
            print(f'  cap? [{aid}] {w}')
    title = aid.rsplit('-', 1)[0] + ' ' + aid.rsplit('-', 1)[1]
    meta = {"title": title, "outlet": "konstrukcje", "published": PUB, "language": "pl", "url": None,
            "note": "Construction table, eleventh session"}
    gold = {"id": aid, "title": title, "outlet": "konstrukcje", "published": PUB, "language": "pl", "url": None}
    if a['N']: gold['notes'] = a['N']
    gold.update({"actors": actors, "quotes": quotes, "demands": demands, "timeline": timeline})
    return text, meta, gold

if __name__ == '__main__':
    files = sorted(glob.glob(os.path.join(HERE, 'data_*.dsl')))
    ids = set()
    allarts = []
    for f in files:
        for a in parse(f):
            if a['id'] in ids: warn(a['id'], 'duplicate id')
            ids.add(a['id'])
            allarts.append(a)
    write = '--write' in sys.argv
    for a in allarts:
        text, meta, gold = build(a)
        if write:
            open(f"{OUT}/{a['id']}.txt", 'w', encoding='utf-8').write(text)
            json.dump(meta, open(f"{OUT}/{a['id']}.meta.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
            json.dump(gold, open(f"{OUT}/{a['id']}.gold.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(allarts), 'articles,', problems, 'problems')
