import json,glob,os,re,sys
d=sys.argv[1]; ok=True
for g in sorted(glob.glob(d+'/*.gold.json')):
    base=g[:-10]; rep=[base+e for e in ('.md','.txt','.html') if os.path.exists(base+e)]
    if len(rep)!=1: print('NOREPORT',g); ok=False; continue
    raw=open(rep[0],'rb').read()
    try: text=raw.decode('utf-8')
    except: text=raw.decode('gbk')
    lines=text.splitlines()
    j=json.load(open(g,encoding='utf-8'))
    if not re.fullmatch(r'\d{4}-W\d\d',j['week']): print('WEEK',g); ok=False
    itemlines=set()
    for it in j['items']:
        hits=[i for i,l in enumerate(lines) if it['anchor'] in l]
        if len(hits)!=1: print('ANCHOR',len(hits),g,it['anchor']); ok=False
        else: itemlines.add(hits[0])
        if it['kind']=='metric' and not isinstance(it.get('value'),(int,float)): print('VALUE',g,it); ok=False
        for k in ('from','to'):
            if k in it and not re.fullmatch(r'\d{4}-\d\d-\d\d',it[k]): print('DATE',g,it); ok=False
        if it['kind'] not in ('metric','risk','delay','incident','plan'): print('KIND',g,it); ok=False
    for b in j['benign']:
        hits=[i for i,l in enumerate(lines) if b['anchor'] in l]
        if len(hits)!=1: print('BANCHOR',len(hits),g,b['anchor']); ok=False
        elif hits[0] in itemlines: print('BENIGN ON ITEM',g,b['anchor']); ok=False
    from collections import Counter
    c=Counter(i['kind'] for i in j['items'])
    print(os.path.basename(base), len(lines),'lines', dict(c), 'opt',sum(1 for i in j['items'] if i.get('optional')),'benign',len(j['benign']))
print('OK' if ok else 'FAIL')
