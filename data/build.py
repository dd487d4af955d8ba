"""Build the gazetteers of paratag/data that come from packaged sources.

    python3 -m pip install countryinfo==1.0.1 babel==2.19.0
    python3 data/build.py            # rewrites paratag/data/demonym.tsv

Not run at install or at run time: its output is committed, and each block
of the output says where its entries come from.

demonym.tsv: the English adjective of nationality of every State and
territory, from the `demonym` field of the countryinfo package (PyPI,
MIT licence, data compiled from Wikipedia), with its plural as a noun
("Haitians") made by the English rule below.  A demonym that the package
gives to several codes is kept for the one whose population is more than
ten times that of every other (French: France, not Réunion; Congolese: the
Democratic Republic of the Congo), and dropped when no such one exists
(Serbian: Serbia and Serbia and Montenegro).  A demonym that is the
State's own name ("Djibouti") is left to the country gazetteer.

French, Spanish, Russian and Arabic: the adjective of nationality is read
from CLDR (through babel), which has no demonyms but writes one in the
name of a State's own currency, today's or one it had since 1960
(`livre syrienne`, `lira turca`, `иракский динар`, `ليرة سورية`, `lire
italienne`; ISO 4217: a currency's code begins with its State's alpha-2
code) and in some territories' names (`Territoires
palestiniens`) and in the names of a language as one State writes
it (`anglais américain`: the only CLDR source of the United States'
adjective).  A word of that name is taken for the State's adjective
only when it shares its first three letters or more with one of the
State's names (CLDR's, or countries.tsv's) and with no other State's as
much, or with others' whose population is less than a tenth of its own as
in English (`congolais`): that leaves out `sterling`, `convertible`,
`dollar des États-Unis`, and an adjective two States could claim
(`indien`: Inde, Indonésie).  Its
masculine singular is made by each language's rule for feminines and
plurals, and its other forms by each language's regular paradigm
(`ADJECTIVE_FORMS`): French and Spanish gender and number, the nouns
(`les Syriens`) capitalised in French; the six Russian cases of the
adjective; the Arabic nisba with and without the article, feminine and
plurals.  Where the adjective is also CLDR's name of a language (`russe`,
`китайский`, `الصينية`), the language's phrases are blocked by
NONE rows written with them (`langue russe`, `китайский язык`), and so
are the currencies' names (`livre syrienne`: a currency is not tagged).
ORDINARY_WORDS lists the adjectives that are also another word.
"""
import glob
import json
import os
import re
import sys
import unicodedata
from datetime import date
from collections import defaultdict

OUT = os.path.join(os.path.dirname(__file__), '..', 'paratag', 'data', 'demonym.tsv')

CONSTITUTIONS = os.path.join(os.path.dirname(__file__), '..', 'paratag', 'data', 'constitutions.tsv')
CONSTITUTIONS_HEADER = """\
# A State's constitution named by its adjective of nationality (INSTRUMENT):
# one value in every language, the English adjective before `Constitution`.
# Written by data/build.py from the adjectives of demonym.tsv; edit that
# script, not this file.
"""

HEADER = """\
# Adjectives and nouns of nationality standing for a State (ANNOTATION.md):
# label COUNTRY, value ISO 3166-1 alpha-3, source `demonym`.
# Written by data/build.py; edit that script, not this file.
# Inside a longer name the longer name wins (Haitian National Police);
# ethnic communities and English languages are blocked in blockers.tsv,
# the currencies and languages that other languages name by these
# adjectives by the NONE rows below.
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


def countryinfo_records():
    """countryinfo's record of every State and territory, in file order."""
    import countryinfo
    folder = os.path.join(os.path.dirname(countryinfo.__file__), 'data')
    for path in sorted(glob.glob(os.path.join(folder, '*.json'))):
        with open(path, encoding='utf-8') as f:
            yield json.load(f)


def countryinfo_demonyms():
    codes = defaultdict(list)
    names = set()
    for c in countryinfo_records():
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


# ---- French, Spanish, Russian and Arabic, from CLDR -----------------------

LANGS = ('fr', 'es', 'ru', 'ar')
COUNTRIES = os.path.join(os.path.dirname(__file__), '..', 'paratag', 'data', 'countries.tsv')
# Arabic nisbas that are also ordinary words of running text: قطري is
# "national, of a country" (الدراسات القطرية, country studies) as often as
# "of Qatar".
ORDINARY_WORDS = {'ar': {'قطري'}}
# Adjectives UN texts write that CLDR has not, or spells otherwise (iraquien: UN
# French writes Iraq, CLDR Irak and irakien; azerbaïdjanais, where CLDR has only
# the manat's azéri; the United Kingdom's, whose pound sterling and whose names
# hold none), read from the aligned lines of the UNPC devset against
# devset.en.txt (fr lines 66, 890, 981, 1376, 1699, 1774; British: fr, es, ru and
# ar lines 1884 and 1922); Chad's, whose CFA franc holds none (fr, es, ru, ar lines
# 1651, 3068); Afghanistan's in Russian and Arabic, where CLDR's afghani is the
# currency's own word (lines 2323, 3143); Azerbaijan's in Arabic, which UN texts
# spell أذربيجاني where CLDR writes أذريبجاني (lines 295, 793, 2375); Haiti's in
# Arabic, whose gourde CLDR names without it (الهايتية, lines 33, 1067);
# Kyrgyzstan's in Russian, which the UN writes as the State's official name
# does (countries.tsv: Кыргызская Республика) where CLDR has киргизский.
# The other States of the CFA franc, whose currency names none of them, in
# French as the Commission générale de terminologie et de néologie lists
# their inhabitants (Recommandation concernant les noms d'États,
# d'habitants, de capitales..., JORF n° 0223 of 24 September 2008, NOR
# CTNX0818389X; burkinabè as UN French writes the invariable Burkinabé) and
# in Spanish as the Real Academia Española lists their gentilicios
# (Diccionario panhispánico de dudas, appendix 5).
CFA_ADJECTIVES = {'fr': {'béninois': 'BJ', 'burkinabè': 'BF', 'burkinabé': 'BF',
                         'camerounais': 'CM', 'centrafricain': 'CF', 'ivoirien': 'CI',
                         'gabonais': 'GA', 'nigérien': 'NE', 'sénégalais': 'SN',
                         'togolais': 'TG'},
                  'es': {'beninés': 'BJ', 'burkinés': 'BF', 'camerunés': 'CM',
                         'centroafricano': 'CF', 'marfileño': 'CI', 'gabonés': 'GA',
                         'nigerino': 'NE', 'senegalés': 'SN', 'togolés': 'TG'}}
# French adjectives of one form for both genders and numbers (JORF: "inv.").
INVARIABLE_FR = {'burkinabè', 'burkinabé'}
UN_ADJECTIVES = {'fr': {'iraquien': 'IQ', 'azerbaïdjanais': 'AZ', 'britannique': 'GB',
                        'tchadien': 'TD', **CFA_ADJECTIVES['fr']},
                 'es': {'británico': 'GB', 'chadiano': 'TD', **CFA_ADJECTIVES['es']},
                 'ru': {'британский': 'GB', 'чадский': 'TD', 'афганский': 'AF',
                        'кыргызский': 'KG'},
                 'ar': {'بريطاني': 'GB', 'تشادي': 'TD', 'أفغاني': 'AF', 'أذربيجاني': 'AZ',
                        'هايتي': 'HT'}}
# Territories without a currency of their own whose CLDR name holds the
# adjective (`Territoires palestiniens`).
NAMED_BY_ADJECTIVE = ('PS',)


def fold(word):
    """Lower case, no accents, no Arabic article: what two words of one
    stem share at their start (syrienne, Syrie; عراقي, العراق)."""
    word = unicodedata.normalize('NFD', word.lower())
    word = ''.join(c for c in word if not unicodedata.combining(c))
    return word[2:] if word.startswith('ال') else word


def shared_start(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def lemma(word, lang, head):
    """The masculine singular of an adjective as a currency's or a
    territory's name writes it after or before its head noun, or None for
    a word no adjective."""
    if lang == 'ar':
        word = word[2:] if word.startswith('ال') else word
        word = word[:-1] if word.endswith('ية') else word
        return word if word.endswith('ي') and len(word) > 2 else None
    if lang == 'ru':
        word = word.lower()
        for end, masc in (('ские', 'ский'), ('ская', 'ский'), ('цкая', 'цкий'), ('кая', 'кий'),
                          ('ий', 'ий'), ('ый', 'ый')):
            if word.endswith(end):
                return word[:-len(end)] + masc
        return None
    if not word[:1].islower() and not word[:1].isupper():
        return None
    if lang == 'en':  # capitalised, one form: "Argentine Peso", "Sri Lankan Rupee"
        return word if all(w[:1].isupper() and w.isalpha() for w in word.split()) else None
    word = word.lower()
    if lang == 'fr':
        if word.endswith('s') and word[:-1].endswith(('ien', 'éen', 'ain', 'in')):
            word = word[:-1]
        for fem, masc in (('ienne', 'ien'), ('éenne', 'éen'), ('aise', 'ais'), ('oise', 'ois'),
                          ('aine', 'ain'), ('ine', 'in'), ('ane', 'an'), ('ole', 'ol'),
                          ('cque', 'c'), ('rque', 'rc')):
            if word.endswith(fem):
                return word[:-len(fem)] + masc
        return word
    if word.endswith(('os', 'es')) and len(word) > 4:
        word = word[:-1]
    if word.endswith(('ta', 'ga')):  # chipriota, croata, belga: one form for both
        return word
    for fem, masc in (('esa', 'és'), ('ola', 'ol'), ('a', 'o')):
        if word.endswith(fem) and head.endswith('a'):  # libra siria, not dong vietnamita
            return word[:-len(fem)] + masc
    return word


def plural_fr(w):
    return w if w.endswith(('s', 'x')) else w + 's'


def feminine_fr(masc):
    if masc in INVARIABLE_FR:
        return masc
    if masc.endswith('en'):
        return masc + 'ne'
    if masc.endswith('e'):
        return masc
    if masc.endswith('c'):
        return masc[:-1] + ('cque' if masc.endswith('ec') else 'que')
    return masc + 'e'


def nationals_ru(masc):
    """The nouns of a State's nationals in Russian, as an adjective in
    -ский derives them (афганский: афганец, афганцы, афганцев; сирийский:
    сириец, сирийцы), in every case.  Where a State's nationals are named
    otherwise (египтяне, французы), the derived word is none that a text
    writes, and finds nothing."""
    if not masc.endswith('ский') or masc.endswith('цкий'):
        return []
    stem = masc[:-4]
    singular = (stem[:-1] if stem.endswith('й') else stem) + 'ец'
    return [singular] + [stem + 'ц' + e for e in ('а', 'у', 'ем', 'е', 'ы', 'ев', 'ам', 'ами', 'ах')]


def adjective_forms(masc, lang):
    """Every form of an adjective of nationality in running text."""
    if lang == 'fr':
        fem = feminine_fr(masc)
        forms = [masc] if masc in INVARIABLE_FR else [masc, fem, plural_fr(masc), plural_fr(fem)]
        nouns = ['-'.join(p[:1].upper() + p[1:] for p in f.split('-')) for f in forms]
        return list(dict.fromkeys(forms + nouns))
    if lang == 'es':
        if masc.endswith('o'):
            return [masc, masc[:-1] + 'a', masc + 's', masc[:-1] + 'as']
        if masc.endswith(('a', 'e')):  # chipriota, estadounidense
            return [masc, masc + 's']
        if masc.endswith(('í', 'ú')):  # iraquí, iraquíes
            return [masc, masc + 'es']
        if masc[-2] in 'áéíóú':  # alemán: alemana, alemanes
            masc_stem = masc[:-2] + 'aeiou'['áéíóú'.index(masc[-2])] + masc[-1]
        else:  # español
            masc_stem = masc
        return [masc, masc_stem + 'a', masc_stem + 'es', masc_stem + 'as']
    if lang == 'ru':
        stem, soft = (masc[:-2], masc[-3] in 'кгхжшчщ')
        i = 'и' if soft else 'ы'
        ends = [i + 'й' if masc.endswith('ий') else 'ый', 'ого', 'ому', i + 'м', 'ом', 'ая', 'ой',
                'ую', 'ое', i + 'е', i + 'х', i + 'ми']
        forms = [stem + e for e in ends] + nationals_ru(masc)
        return forms + [f[:1].upper() + f[1:] for f in forms]
    forms = [masc, masc + 'ة', masc + 'ون', masc + 'ين', masc + 'ات']
    return forms + ['ال' + f for f in forms]


def state_names(lang):
    """Every State's names in one language, CLDR's and countries.tsv's:
    {alpha-2: (every word, the first words that are no word of three
    States' names or more (République, Estado, Islas))}."""
    from babel import Locale
    names = defaultdict(set)
    for code, name in Locale.parse(lang).territories.items():
        if len(code) == 2 and code.isalpha():
            names[code].add(name)
    alpha2 = {v: k for k, v in alpha3_codes().items()}
    with open(COUNTRIES, encoding='utf-8') as f:
        for line in f:
            row = line.rstrip('\n').split('\t')
            if len(row) > 3 and row[0] == 'COUNTRY' and row[2] == lang and row[1] in alpha2:
                names[alpha2[row[1]]].update(row[3:])
    split = {code: [[fold(w) for w in re.split(r"[\s\-'’]+", n) if len(w) >= 3] for n in found]
             for code, found in names.items()}
    seen = defaultdict(int)
    for ns in split.values():
        for w in {w for n in ns for w in n}:
            seen[w] += 1
    return {code: ({w for n in ns for w in n}, {n[0] for n in ns if n and seen[n[0]] < 3})
            for code, ns in split.items()}


def populations():
    """{alpha-2: population}, countryinfo's."""
    return {c['ISO']['alpha2']: c.get('population') or 0 for c in countryinfo_records()}


def alpha3_codes():
    return {c['ISO']['alpha2']: c['ISO']['alpha3'] for c in countryinfo_records()}


def cldr_adjectives(lang):
    """{masculine adjective: alpha-2 code} for one language, from CLDR."""
    from babel import Locale
    loc = Locale.parse(lang)
    names = state_names(lang)
    population = populations()
    said = [(cur[:2], loc.currencies[cur], True) for cur in sorted(loc.currencies)
            if cur[:2] in names and cur in currencies(cur[:2])]
    said += [(code, loc.territories[code], False) for code in NAMED_BY_ADJECTIVE]
    said += variant_names(loc, names)
    found = defaultdict(set)
    for code, text, own_name in said:
        own_words = {fold(lemma(w, lang, '') or w)
                     for w in re.split(r'[\s\-]+', loc.territories[code])} if own_name else set()
        head, words = qualifiers(text, lang)
        for word in words:
            masc = lemma(word, lang, head)
            # a word of the State's name (Émirats arabes unis, Hong Kong) is
            # no adjective made from it; in French and Spanish a currency
            # writes its adjective in lower case (dollar de Hong Kong)
            if (masc is None or set(fold(masc).split()) <= own_words
                    or masc in ORDINARY_WORDS.get(lang, ())
                    or (own_name and lang in ('fr', 'es') and not word[:1].islower())):
                continue
            parts = [fold(p) for p in re.split(r'[- ]', masc)]
            # how far the adjective follows a State's name: letters shared,
            # then the shorter name (سوري: سوريا before سورينام); another
            # State's is read in the first word of its names (Islas Turcas
            # y Caicos is no Turquía)
            def score(words):
                return min(max([(shared_start(p, w), -len(w)) for w in words] or [(0, 0)])
                           for p in parts)
            best = score(names[code][0])
            rivals = [c for c, (_, first) in names.items()
                      if c != code and not extends(loc, c, code)
                      and not named_by(loc, c, masc) and score(first) >= best]
            # a State that another shares the adjective with keeps it when it
            # is the one meant, as English's rule above decides (congolais:
            # the Democratic Republic of the Congo, not the Congo)
            if best[0] >= 3 and all(population[code] > 10 * population[c] for c in rivals):
                found[masc].add(code)
    found = {m: next(iter(c)) for m, c in found.items() if len(c) == 1}
    return {**found, **UN_ADJECTIVES.get(lang, {})}


def variant_names(loc, names):
    """(region, name, True) for CLDR's names of a language as one State
    writes it (en_US: `anglais américain`, `американский английский`),
    which hold the State's adjective as a currency's name does: the only
    CLDR source for States whose currency's name has none (dollar des
    États-Unis)."""
    out = []
    for key, text in sorted(loc.languages.items()):
        region = key.partition('_')[2]
        if len(region) == 2 and region.isalpha() and region in names:
            out.append((region, text, True))
    return out


def currency_blockers(lang):
    """A NONE row of the names of the currencies the adjectives were read
    in: a currency's name alone is not tagged (ANNOTATION.md), and in
    Arabic the article stands on both words (بالدولار الأمريكي)."""
    from babel import Locale
    loc = Locale.parse(lang)
    names = sorted({loc.currencies[cur] for cur in loc.currencies
                    if cur[:2] in loc.territories and cur in currencies(cur[:2])})
    if lang == 'ar':
        names += [' '.join('ال' + w for w in n.split()) for n in names]
    return '\t'.join(['NONE', 'currency', lang] + names) + '\n'


def extends(loc, other, code):
    """Is the State `other` named by `code`'s name and more words (Soudan
    du Sud, Guinée-Bissau)?  It has an adjective of its own (sud-soudanais),
    and claims none of the shorter name's (soudanais)."""
    name, longer = fold(loc.territories[code]), fold(loc.territories[other])
    return longer.startswith((name + ' ', name + '-'))


def named_by(loc, other, masc):
    """Is the territory `other` named by the adjective (Американское Самоа,
    Samoa américaines)?  It belongs to the adjective's State and claims
    none of its adjectives."""
    stem = {'ru': masc[:-2], 'ar': masc[:-1]}.get(str(loc), masc)  # американск-, not its ending
    return len(stem) > 4 and fold(stem) in fold(loc.territories.get(other, ''))


def qualifiers(name, lang):
    """The head noun of a name, which Russian writes last (сирийский фунт)
    and the others first (livre syrienne), and its other words; English
    writes its adjective of one or more words before the head ("Sri Lankan
    Rupee"), a bracket after it ("Bolivian Boliviano (1863–1963)")."""
    words = name.split()
    if lang == 'en':
        words = re.sub(r'\s*\(.*\)', '', name).split()
        return words[-1], [' '.join(words[:-1])] if len(words) > 1 else []
    return (words[-1], words[:-1]) if lang == 'ru' else (words[0], words[1:])


def currencies(code):
    """The currencies a territory has used since 1960 (CLDR): those it gave
    up for the euro name its adjective too (lire italienne)."""
    from babel.numbers import get_territory_currencies
    return get_territory_currencies(code, start_date=date(1960, 1, 1), end_date=date.today())


def language_blockers(lang, adjectives):
    """NONE rows for the phrases that name a language whose name is also an
    adjective of nationality (CLDR's language names)."""
    from babel import Locale
    languages = {n.lower() for n in Locale.parse(lang).languages.values()}
    rows = []
    for masc in sorted(adjectives):
        forms = adjective_forms(masc, lang)
        if not languages & set(forms):
            continue
        if lang == 'fr':
            phrases = ['en ' + masc, 'texte ' + masc, 'langue ' + feminine_fr(masc),
                       'version ' + feminine_fr(masc)]
        elif lang == 'es':
            phrases = ['en ' + forms[0], 'idioma ' + forms[0], 'versión ' + forms[1],
                       'lengua ' + forms[1]]
        elif lang == 'ru':
            phrases = [forms[k] + ' ' + noun for k, noun in
                       ((0, 'язык'), (1, 'языка'), (2, 'языку'), (3, 'языком'), (4, 'языке'))]
            phrases.append('на ' + forms[4])
        else:  # باللغة الفرنسية, بالفرنسية: in French
            phrases = ['اللغة ' + forms[6], 'باللغة ' + forms[6], 'ب' + forms[6]]
        rows.append('\t'.join(['NONE', 'language', lang] + phrases) + '\n')
    return rows


def cldr_version():
    import babel
    return 'babel ' + babel.__version__


def main():
    demonyms = countryinfo_demonyms()
    lines = [HEADER, '# en: countryinfo 1.0.1 (PyPI, MIT), field `demonym`; plurals by rule\n']
    for word, code in sorted(demonyms.items()):
        forms = [word] + [p for p in [plural(word)] if p]
        lines.append('\t'.join(['COUNTRY', code, 'en'] + forms) + '\n')
    alpha3 = alpha3_codes()
    lines.append(f'# en: CLDR of {cldr_version()}, the adjectives in the names of currencies '
                 'that countryinfo has not (Argentine, Philippine, Serbian); plurals by rule\n')
    state_names_en = {n for ws, _ in state_names('en').values() for n in ws}
    for word, code in sorted(cldr_adjectives('en').items()):
        if word not in demonyms:
            forms = [word] + [p for p in [plural(word)] if p and fold(p) not in state_names_en]
            lines.append('\t'.join(['COUNTRY', alpha3[code], 'en'] + forms) + '\n')
    lines.append('# zh: a State\'s one-character abbreviation + 方 (its side)\n')
    for code, form in ZH_SIDES:
        lines.append('\t'.join(['COUNTRY', code, 'zh', form]) + '\n')
    for lang in LANGS:
        adjectives = cldr_adjectives(lang)
        lines.append(f'# {lang}: CLDR of {cldr_version()}, adjectives in the names of '
                     'currencies and territories; forms by rule\n')
        for masc, code in sorted(adjectives.items()):
            lines.append('\t'.join(['COUNTRY', alpha3[code], lang]
                                   + adjective_forms(masc, lang)) + '\n')
        lines.extend(language_blockers(lang, adjectives))
        lines.append(currency_blockers(lang))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.writelines(lines)
    print(f'{OUT}: {len(demonyms)} English demonyms, {len(ZH_SIDES)} Chinese', file=sys.stderr)
    write_constitutions(demonyms, alpha3)


def feminine_singular(masc, lang):
    """The adjective's form beside a feminine noun in the nominative
    (Constitution italienne, Constitución italiana, итальянская Конституция)
    or, in Arabic, beside the masculine الدستور with the article."""
    if lang == 'fr':
        return feminine_fr(masc)
    forms = adjective_forms(masc, lang)
    return forms[{'es': 1 if len(forms) == 4 else 0, 'ru': 5, 'ar': 5}[lang]]


def write_constitutions(demonyms, alpha3):
    """constitutions.tsv: a State's constitution named by its adjective
    (Italian Constitution, Constitution italienne), one value in every
    language: the English adjective (countryinfo, as in demonym.tsv) before
    `Constitution`, as English names it from its shape (names.c), for the
    States with one English adjective."""
    english = defaultdict(list)
    for word, code in demonyms.items():
        english[code].append(word)
    rows = {code: [('en', f'{words[0]} Constitution')]
            for code, words in english.items() if len(words) == 1}
    for lang in LANGS:
        for masc, code in sorted(cldr_adjectives(lang).items()):
            adj = feminine_singular(masc, lang)
            if alpha3[code] in rows:
                rows[alpha3[code]].append((lang, {'fr': f'Constitution {adj}',
                                                  'es': f'Constitución {adj}',
                                                  'ru': f'{adj} Конституция',
                                                  'ar': f'الدستور {adj}'}[lang]))
    with open(CONSTITUTIONS, 'w', encoding='utf-8') as f:
        f.write(CONSTITUTIONS_HEADER)
        for code in sorted(rows):
            if len(rows[code]) < 2:
                continue
            value = rows[code][0][1]
            for lang, surface in rows[code]:
                f.write('\t'.join(['INSTRUMENT', value, lang, surface]) + '\n')
    print(f'{CONSTITUTIONS}: {len(rows)} States', file=sys.stderr)


if __name__ == '__main__':
    main()
