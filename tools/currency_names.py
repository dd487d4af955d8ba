"""Write csrc/currency_names.h: the names of the world's currencies written
after an amount, in the six languages, each with its ISO 4217 code, from
CLDR (through babel), so that "48 million East Caribbean dollars",
"9,62 亿开曼元", "5 millions de dollars néo-zélandais" and "10 милл.
новозеландских долларов" are money in the currency they name.

    python3 tools/currency_names.py > csrc/currency_names.h      (needs babel, wamerican)

The currencies: those legal tender on 1 January 2026 in some territory CLDR knows (so no
funds, metals or currencies long withdrawn).  The names: CLDR's name of the
currency for each plural category of the language (Russian: one, few, many,
other; Arabic: zero to other), and its display name where a language
writes it in lower case; English in the plural and the singular CLDR gives
("Cayman Islands dollars"), not its title-case display name.  Added to
CLDR's, the forms UN texts write that CLDR does not (UN_FORMS below, each
with where it was seen).  Sorted by the first two bytes of each name,
longest first among those, for numbers.c's binary search."""
import datetime
import sys

import babel
from babel import Locale
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

LANGS = ["en", "fr", "es", "ru", "ar", "zh"]

# One number per plural category of each language, as CLDR's rules assign
# them (1 one; 2-4 few in Russian; 5 many; 1.5 other; Arabic 0 zero, 2 two,
# 3 few, 11 many, 100 other).
SAMPLE_COUNTS = [0, 1, 2, 3, 5, 11, 100, 1.5]

# Forms UN texts write that CLDR does not give: the Arabic dollar in the
# UN's spellings, alone and in the accusative and plural after a number
# (UNPC v1.0 devset, Arabic lines with "دولار" after an amount; ESCWA
# reports).
UN_FORMS = {
    "USD": ["دولار", "دولارا", "دولاراً", "دولارًا", "دولارات"],
    # the Australian dollar's short Chinese name (devset.zh.txt line 1456,
    # "45,000澳元", where English writes "$A45,000")
    "AUD": ["澳元"],
}


# The day the currencies are legal tender on, fixed so that the table does
# not change with the day the script runs.
TENDER_ON = datetime.date(2026, 1, 1)


def tender_currencies():
    codes = set()
    for territory in Locale("en").territories:
        if territory.isdigit() or territory in ("ZZ", "XA", "XB"):
            continue
        codes.update(get_territory_currencies(territory, start_date=TENDER_ON, tender=True))
    return sorted(codes)


def territories_of(code):
    """The territories where the currency is legal tender."""
    return [t for t in Locale("en").territories
            if not t.isdigit() and t not in ("ZZ", "XA", "XB")
            and code in get_territory_currencies(t, start_date=TENDER_ON, tender=True)]


def short_names_zh(code):
    """The Chinese short names of a currency: CLDR's name without the
    CLDR Chinese name of a territory it is legal tender in that begins it
    (海地古德 -> 古德, as reports write "2900亿古德"), two characters or
    more, that ends no other currency's name (no 迪拉姆, which ends 阿联酋迪拉姆
    too); main() keeps only those that name one currency (no 第纳尔)."""
    full = get_currency_name(code, locale="zh")
    places = Locale("zh").territories
    shorts = {full[len(places[t]):] for t in territories_of(code)
              if t in places and full.startswith(places[t])
              and len(full) - len(places[t]) >= 2}
    others = [get_currency_name(o, locale="zh") for o in tender_currencies() if o != code]
    return {s for s in shorts if not any(o.endswith(s) for o in others)}


def names(code):
    out = set()
    for lang in LANGS:
        forms = {get_currency_name(code, count=c, locale=lang) for c in SAMPLE_COUNTS}
        if lang != "en":
            forms.add(get_currency_name(code, locale=lang))
        for form in forms:
            if not form or form == code:
                continue
            if lang in ("fr", "es", "ru") and form[0].isupper() and not form.isupper():
                form = form[0].lower() + form[1:]
            out.add(form)
    out.update(UN_FORMS.get(code, []))
    out.update(short_names_zh(code))
    return out


# The head noun of a currency's name alone after an amount ("3.000 soles",
# "12 млрд тенге", "45 млн сомов"), as reports write it once the State is
# plain: its last word in English, its first in French and Spanish, and in
# Russian the noun after the adjectives (below); lower case.  Kept only where it heads one legal tender's names
# and is no other currency's full name; Arabic and Chinese are left out,
# since CLDR gives their plurals for some currencies of a head and not for
# others (ليرات).  Left out too: the heads that are ordinary words after a
# number (Zimbabwe Gold's "gold", "oro", "золотых"; Spanish "marcos",
# frameworks; French "sols", soils; Russian "марки", brands, "драма",
# "соль", salt, and the particle "таки").
HEAD_LANGS = {"en": -1, "fr": 0, "es": 0, "ru": None}
# Russian writes the noun after its adjectives and before its complement
# ("казахских тенге", "доллар США", "фунт Фолклендских островов"): the head
# is the first word that does not end as an adjective does.
RUSSIAN_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ого",
                             "его", "ых", "их", "ому", "ему", "ым", "им", "ую", "юю")
ORDINARY_HEADS = {"gold", "oro", "золотой", "золотого", "золотых", "marco", "marcos",
                  "sol", "sols", "марка", "марки", "марок", "драма", "соль", "таки"}


def heads(code):
    """The head nouns of the currency's names, as HEAD_LANGS reads them."""
    out = set()
    for lang, at in HEAD_LANGS.items():
        for count in SAMPLE_COUNTS:
            words = get_currency_name(code, count=count, locale=lang).split()
            if len(words) < 2:
                continue
            head = (next((w for w in words if not w.endswith(RUSSIAN_ADJECTIVE_ENDINGS)), "")
                    if lang == "ru" else words[at]).lower()
            if head.isalpha() and len(head) >= 3 and head not in ORDINARY_HEADS:
                out.add(head)
    return out


# Signs UN texts write before an amount that CLDR does not give: the
# Australian dollar as "$A" (UNPC v1.0 devset, "$A45,000").
UN_SIGNS = {"$A": "AUD"}

# Codes that UN texts write far more often as the acronym of something
# numbered like an amount: left out of the codes written before an amount.
NUMBERED_ACRONYMS = {
    "SDG": "a Sustainable Development Goal, 'SDG 5', 'SDG 17.10' (ESCWA reports)",
    "COP": "a Conference of the Parties, 'COP 28' (ESCWA reports, UNPC devset)",
}

# Signs numbers.c reads itself (US$, $, €, £): not repeated here.
HAND_SIGNS = {"US$", "$", "€", "£"}


def signs():
    """CLDR's English symbols written before an amount (A$, HK$, ₹, ¥) that
    hold a currency sign, one currency's each, and UN_SIGNS."""
    out = {}
    for code in tender_currencies():
        sign = get_currency_symbol(code, locale="en")
        if sign != code and not sign.replace(".", "").replace("\u202f", "").isalpha():
            out.setdefault(sign, set()).add(code)
    out = {sign: codes.pop() for sign, codes in out.items()
           if len(codes) == 1 and sign not in HAND_SIGNS}
    out.update(UN_SIGNS)
    return out


def english_words():
    """The words of Debian's wamerican list (apt-get install wamerican)."""
    with open("/usr/share/dict/american-english", encoding="utf-8") as f:
        return {line.strip() for line in f}


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    rows = {}
    for code in tender_currencies():
        for name in names(code):
            rows.setdefault(name, set()).add(code)
    full_names = set(rows)
    rows = {name: codes.pop() for name, codes in rows.items() if len(codes) == 1}
    head_rows = {}
    for code in tender_currencies():
        for head in heads(code):
            head_rows.setdefault(head, set()).add(code)
    rows.update({head: codes.pop() for head, codes in head_rows.items()
                 if len(codes) == 1 and head not in full_names})
    ordered = sorted(rows, key=lambda w: (w.encode()[:2], -len(w.encode()), w))
    w = sys.stdout.write
    w(f"/* Generated by tools/currency_names.py from CLDR (babel {babel.__version__}):\n"
      " * the names of the currencies legal tender on 1 January 2026, in the six\n"
      " * languages, with their ISO 4217 codes, and the forms UN texts write that\n"
      " * CLDR does not, sorted by their first two bytes, longest first among\n"
      " * those; then their signs and codes.  Do not edit; run the script. */\n")
    w("static const word_value world_currencies[] = {\n")
    for name in ordered:
        w(f"    {{{c_string(name)}, \"{rows[name]}\"}},\n")
    w("};\n")
    w("\n/* Their signs before an amount (CLDR's English symbols that hold a\n"
      " * currency sign, and the UN's), longest first. */\n")
    w("static const word_value world_currency_signs[] = {\n")
    table = signs()
    for sign in sorted(table, key=lambda x: (-len(x.encode()), x)):
        w(f"    {{{c_string(sign)}, \"{table[sign]}\"}},\n")
    w("};\n")
    w("\n/* Their ISO 4217 codes, which reports write before an amount too\n"
      " * (\"EGP 70\", \"TND 3.1 billion\"), but SDG and COP, which UN texts\n"
      " * number as goals and conferences (\"SDG 5\", \"COP 28\"). */\n")
    w("static const word_value world_currency_codes[] = {\n")
    for code in tender_currencies():
        if code not in NUMBERED_ACRONYMS:
            w(f"    {{\"{code}\", \"{code}\"}},\n")
    w("};\n")
    words = english_words()
    w("\n/* ... of them, those that are English words in capitals too (Debian\n"
      " * wamerican), which a count may follow (\"ALL 5 members\", \"TOP 10\n"
      " * list\"): an amount of theirs has no word of its own after it. */\n")
    w("static const char *const world_currency_word_codes[] = {\n")
    for code in tender_currencies():
        if code.lower() in words:
            w(f"    \"{code}\",\n")
    w("};\n")


if __name__ == "__main__":
    main()
