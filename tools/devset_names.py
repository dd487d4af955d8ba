"""Aligned devset lines for gazetteer names that a language lacks (issue 15).

    python3 tools/devset_names.py DEVSET [LANGS] [LAST] [SHOW] [--unseen]

For each value with an English row in paratag/data/{organizations,instruments,events,places}.tsv
whose English surface occurs in devset.en.txt lines 1..LAST (default 2000: the second half of
the devset is kept for measuring), the aligned lines (same line number) of each language in
LANGS (default fr,es,ru,ar) that has no row for the value, so that the name can be read as that
language writes it.  With --unseen, also languages that have rows none of which occurs in the
aligned line (a case form or spelling the row lacks).  Values are printed most frequent first,
SHOW lines per language (default 4); the line numbers are 1-based, as the gazetteer comments cite.
"""
import re, sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / 'paratag' / 'data'
FILES = ['organizations', 'instruments', 'events', 'places']

def load():
    rows = defaultdict(dict)   # (label, value) -> lang -> [surfaces]
    for f in FILES:
        for line in (DATA / f'{f}.tsv').read_text(encoding='utf-8').splitlines():
            if not line or line.startswith('#'):
                continue
            p = line.split('\t')
            if len(p) >= 4:
                rows[(p[0], p[1])].setdefault(p[2], []).extend(s for s in p[3:] if s)
    return rows

def pattern(surfaces):
    alts = sorted(set(surfaces), key=len, reverse=True)
    return re.compile(r'(?<![\w-])(?:' + '|'.join(map(re.escape, alts)) + r')(?![\w-])')

def main(folder, langs, last, show, unseen):
    en = open(f'{folder}/devset.en.txt', encoding='utf-8').read().split('\n')[:last]
    other = {l: open(f'{folder}/devset.{l}.txt', encoding='utf-8').read().split('\n')[:last]
             for l in langs}
    found = []
    for (label, value), by in load().items():
        if 'en' not in by:
            continue
        pat = pattern(by['en'])
        hits = [i for i, s in enumerate(en) if pat.search(s)]
        if not hits:
            continue
        todo = {}
        for l in langs:
            if l not in by:
                todo[l] = ('no row', hits)
            elif unseen:
                lp = re.compile('|'.join(map(re.escape, sorted(set(by[l]), key=len, reverse=True))))
                miss = [i for i in hits if not lp.search(other[l][i])]
                if miss:
                    todo[l] = ('row unseen', miss)
        if todo:
            found.append((len(hits), label, value, todo))
    found.sort(key=lambda x: -x[0])
    for n, label, value, todo in found:
        print(f'## {label}\t{value}\t{n} en lines\t' +
              ', '.join(f'{l}:{why}:{len(ls)}' for l, (why, ls) in todo.items()))
        for l, (why, ls) in todo.items():
            for i in ls[:show]:
                print(f'  {l} {i + 1}\t{other[l][i]}')

if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if a != '--unseen']
    main(args[0], (args[1] if len(args) > 1 else 'fr,es,ru,ar').split(','),
         int(args[2]) if len(args) > 2 else 2000, int(args[3]) if len(args) > 3 else 4,
         '--unseen' in sys.argv)
