import json,glob,os,re,sys
d=os.path.dirname(os.path.abspath(__file__))
ok=True
for g in sorted(glob.glob(d+'/*.gold.json')):
    base=g[:-len('.gold.json')]
    rep=[p for p in glob.glob(base+'.*') if not p.endswith('.gold.json')]
    if len(rep)!=1: print('NOREPORT',g); ok=False; continue
    lines=open(rep[0],encoding='utf-8').read().splitlines()
    j=json.load(open(g,encoding='utf-8'))
    if not re.fullmatch(r'\d{4}-W\d\d',j['week']): print('WEEK',g); ok=False
    def where(a):
        return [i for i,l in enumerate(lines) if a in l]
    itemlines=set(); cnt={}
    for it in j['items']:
        w=where(it['anchor'])
        if len(w)!=1: print('ANCHOR',os.path.basename(g),it['anchor'],w); ok=False
        else: itemlines.add(w[0])
        if len(it['anchor'])<4: print('SHORT',it['anchor']); ok=False
        k=it['kind']; cnt[k]=cnt.get(k,0)+1
        if k=='metric' and not isinstance(it.get('value'),(int,float)): print('VALUE',it); ok=False
        for f in ('from','to'):
            if f in it and not re.fullmatch(r'\d{4}-\d\d-\d\d',it[f]): print('DATE',it); ok=False
        if k=='metric' and 'previous' in it and len(w)==1:
            pv=it['previous']; l=lines[w[0]]
            s=('%g'%pv)
            if s not in l.replace(',',''): print('PREV not on line',it['anchor'],pv)
        if k=='metric' and len(w)==1:
            s='%g'%it['value']
            if s not in lines[w[0]].replace(',',''): print('VAL not on line',it['anchor'],it['value'])
    for b in j['benign']:
        w=where(b['anchor'])
        if len(w)!=1: print('BANCHOR',os.path.basename(g),b['anchor'],w); ok=False
        elif w[0] in itemlines: print('BENIGN ON ITEM',b['anchor']); ok=False
    print(os.path.basename(rep[0]),len(lines),'lines',cnt,'benign',len(j['benign']))
print('OK' if ok else 'FAIL')
