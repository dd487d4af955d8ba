"""Build the gazetteers of paratag/data that come from packaged sources.

    python3 -m pip install countryinfo==1.0.1
    python3 data/build.py            # rewrites paratag/data/demonym.tsv

Not run at install or at run time: its output is committed, and each block
of the output says where its entries come from.

demonym.tsv: the English adjective of nationality of every State and
territory, from the `demonym` field of the countryinfo package (PyPI,
MIT licence, data compiled from Wikipedia), with its plural as a noun
("Haitians") made by the English rule below.  A demonym that the package
gives to several codes is kept for the one whose population is more than
ten times that of every other (French: France, not Réunion), and dropped
when no such one exists (Congolese, Dominican).  A demonym that is the
State's own name ("Djibouti") is left to the country gazetteer.
"""
import glob
import json
import os
import sys
from collections import defaultdict

OUT = os.path.join(os.path.dirname(__file__), '..', 'paratag', 'data', 'demonym.tsv')

HEADER = """\
# Adjectives and nouns of nationality standing for a State (ANNOTATION.md):
# label COUNTRY, value ISO 3166-1 alpha-3, source `demonym`.
# Written by data/build.py; edit that script, not this file.
# Inside a longer name the longer name wins (Haitian National Police);
# ethnic communities and languages are blocked in blockers.tsv.
"""

# Chinese writes a State's side in talks or positions as its one-character
# abbreviation + 方 (中方: China's side).  Only abbreviations that do not
# end common words before 方 (立法方面, 道德方面, 朝方向) are listed.
ZH_SIDES = [('CHN', '中方'), ('USA', '美方'), ('RUS', '俄方'), ('GBR', '英方'),
            ('JPN', '日方'), ('KOR', '韩方')]


def plural(word):
    """The noun's plural: Haitians, Iraqis, New Zealanders; none where the
    adjective is also the plural (Sudanese, Swiss) or the plural is
    another word (British, French, Turkish, Dutch, Malagasy)."""
    if word.endswith(('ese', 'sh', 'ch', 'ss', 'x', 'y', 'z')):
        return None
    return word + 's'


def countryinfo_demonyms():
    import countryinfo
    folder = os.path.join(os.path.dirname(countryinfo.__file__), 'data')
    codes = defaultdict(list)
    names = set()
    for path in sorted(glob.glob(os.path.join(folder, '*.json'))):
        with open(path, encoding='utf-8') as f:
            c = json.load(f)
        names.add(c['name'])
        for word in (c.get('demonym') or '').replace('/', ',').split(','):
            if word.strip():
                codes[word.strip()].append((c.get('population') or 0, c['ISO']['alpha3']))
    out = {}
    for word, found in codes.items():
        if word in names:
            continue
        found.sort(reverse=True)
        if len(found) == 1 or found[0][0] > 10 * found[1][0]:
            out[word] = found[0][1]
    return out


def main():
    demonyms = countryinfo_demonyms()
    lines = [HEADER, '# en: countryinfo 1.0.1 (PyPI, MIT), field `demonym`; plurals by rule\n']
    for word, code in sorted(demonyms.items()):
        forms = [word] + [p for p in [plural(word)] if p]
        lines.append('\t'.join(['COUNTRY', code, 'en'] + forms) + '\n')
    lines.append('# zh: a State\'s one-character abbreviation + 方 (its side)\n')
    for code, form in ZH_SIDES:
        lines.append('\t'.join(['COUNTRY', code, 'zh', form]) + '\n')
    with open(OUT, 'w', encoding='utf-8') as f:
        f.writelines(lines)
    print(f'{OUT}: {len(demonyms)} English demonyms, {len(ZH_SIDES)} Chinese', file=sys.stderr)


if __name__ == '__main__':
    main()
