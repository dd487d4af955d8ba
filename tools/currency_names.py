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
longest first among those, for numbers.c's binary search.

A name or sign several currencies share ("shillings", "先令", "ريال",
"francs CFA", "C$"), or a sign of letters only ("Ksh", "L"), goes to a
second table with all their codes: the State the document names decides
(entities.c), through the territories where each is legal tender, the
last table."""
import datetime
import re
import sys

import babel
from babel import Locale, localedata
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
    # the SDR as Russian texts abbreviate it, CLDR's name without its
    # bracketed long form
    "XDR": ["СДР"],
}


# The day the currencies are legal tender on, fixed so that the table does
# not change with the day the script runs.
TENDER_ON = datetime.date(2026, 1, 1)


# Units of account that are no territory's legal tender but that UN texts
# count money in: the IMF's special drawing rights (budgets and funds,
# "1 000 亿特别提款权", "SDR 100 million").
UNITS_OF_ACCOUNT = {"XDR"}


def tender_currencies():
    codes = set(UNITS_OF_ACCOUNT)
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


def names(code):
    out = set()
    for lang in LANGS:
        forms = {get_currency_name(code, count=c, locale=lang) for c in SAMPLE_COUNTS}
        if lang != "en":
            forms.add(get_currency_name(code, locale=lang))
        for form in forms:
            if not form or form == code:
                continue
            if (lang in ("fr", "es", "ru") and form[0].isupper()
                    and not form.split()[0].isupper()):
                form = form[0].lower() + form[1:]
            out.add(form)
    out.update(UN_FORMS.get(code, []))
    return out


def unbracketed(code):
    """CLDR's names that tell a currency from its namesakes by a bracket,
    without it ("francs CFA (BCEAO)" -> "francs CFA"): shared, at most."""
    return {re.sub(r"\s*\([^)]*\)$", "", form) for form in names(code) if form.endswith(")")}


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
                  "sol", "sols", "марка", "марки", "марок", "драма", "соль", "таки",
                  # shared heads: the verb "won"; Spanish "peso", weight;
                  # French "livres", books; the adjectives of "nouveaux
                  # shekels", "nuevos dólares", not nouns
                  "won", "wons", "peso", "livre", "livres", "nouveau", "nouveaux",
                  "nuevo", "nuevos",
                  # the pound, a weight too ("3,000 pounds of seeds", "500
                  # libras de arroz", "500 фунтов зерна"); sterling is named
                  "pound", "pounds", "libra", "libras", "фунт", "фунта", "фунтов"}


def arabic_heads(code):
    """The first words of the currency's Arabic names (شلن of شلن كينيي),
    with the accusative a number from 11 to 99 gives the singular (ريالا,
    535 ريالا)."""
    out = set()
    for count in SAMPLE_COUNTS:
        words = get_currency_name(code, count=count, locale="ar").split()
        if len(words) >= 2 and len(words[0]) >= 2:
            out.add(words[0])
    singular = get_currency_name(code, count=1, locale="ar").split()[0]
    if singular[-1] not in "ةاىي":
        out.update({singular + "ا", singular + "اً"})
    return out


def zh_heads(code):
    """The currency's Chinese name without the Chinese name of a
    territory it is legal tender in, or the part of one that begins it
    (肯尼亚先令 -> 先令, 孟加拉塔卡 -> 塔卡), two characters or more."""
    full = get_currency_name(code, locale="zh")
    places = Locale("zh").territories
    out = set()
    for t in territories_of(code):
        place = places.get(t, "")
        common = 0
        while common < min(len(place), len(full)) and place[common] == full[common]:
            common += 1
        if common >= 2 and len(full) - common >= 2:
            out.add(full[common:])
    return out


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
UN_SIGNS = {"$A": "AUD",
            # special drawing rights, as the IMF and UN texts abbreviate them
            "SDR": "XDR",
            # the UN Editorial Manual's abbreviation of the CFA franc, of
            # the West and Central African States alike
            "CFAF": "XAF|XOF|",
            # C$: CLDR's córdoba (es_NI), and the Canadian dollar as English
            # texts write it
            "C$": "CAD|NIO|",
            # the Jordanian dinar as Jordan writes it in English (ESCWA
            # reports)
            "JD": "JOD|",
            # CLDR's symbols of the two CFA francs, which texts of either
            # zone write for theirs
            "FCFA": "XAF|XOF|", "F CFA": "XAF|XOF|"}

# Signs of letters that are words of a UN language too: French's article
# "Le" (Sierra Leone's leone, "Le 31 décembre").
ORDINARY_SIGNS = {"Le"}

# Names UN texts give the CFA franc that CLDR does not: the English,
# Spanish and Russian of the UN's "CFA francs", without the issuer CLDR
# adds ("West African CFA francs", "francos CFA de África Occidental").
UN_SHARED_FORMS = {"CFA francs": {"XAF", "XOF"}, "CFA franc": {"XAF", "XOF"},
                   "francos CFA": {"XAF", "XOF"}, "франков КФА": {"XAF", "XOF"},
                   "франка КФА": {"XAF", "XOF"}}

# Arabic and Chinese heads that are ordinary words too: "gold" (ذهب,
# which is also "went"; 金元), سيدي ("my lord", and Sidi of place names).
ORDINARY_HEADS_AR = {"ذهب", "ذهبا", "ذهباً", "سيدي"}
ORDINARY_HEADS_ZH = {"金元"}

# Codes that UN texts write far more often as the acronym of something
# numbered like an amount: left out of the codes written before an amount.
NUMBERED_ACRONYMS = {
    "SDG": "a Sustainable Development Goal, 'SDG 5', 'SDG 17.10' (ESCWA reports)",
    "COP": "a Conference of the Parties, 'COP 28' (ESCWA reports, UNPC devset)",
}

# Signs numbers.c reads itself (US$, $, €, £): not repeated here.
HAND_SIGNS = {"US$", "$", "€", "£"}


def signs():
    """The signs written before an amount: CLDR's symbols that hold a
    currency sign (A$, HK$, ₹, ¥), in English and in the languages of the
    currency's own territories (RD$ in es_DO, S/ in es_PE, Ksh in en_KE),
    and UN_SIGNS.  A sign of one currency holding a non-letter is that
    currency; one of letters only (Ksh, L) or of several currencies (kr)
    is the State's to decide, shared_value()."""
    english, local = {}, {}
    for code in tender_currencies():
        own = set(territories_of(code))
        for locale in ["en"] + [l for l in localedata.locale_identifiers()
                                if l.split("_")[0] in LANGS and len(l.split("_")) >= 2
                                and l.split("_")[-1] in own]:
            sign = get_currency_symbol(code, locale=locale).replace("\u200f", "").replace("\u202f", " ")
            if sign != code and sign.strip() and sign not in HAND_SIGNS:
                (english if locale == "en" else local).setdefault(sign, set()).add(code)
    # a sign English gives one currency keeps it in every text (¥ is the
    # yen, though zh_CN's ¥ is the yuan)
    out = dict(english)
    out.update({sign: codes for sign, codes in local.items() if sign not in english})
    table = {}
    for sign, codes in out.items():
        letters_only = sign.replace(".", "").replace(" ", "").isalpha()
        if len(codes) == 1 and not letters_only:
            table[sign] = next(iter(codes))
        elif letters_only and sign.replace(".", "").isascii() or len(codes) > 1:
            table[sign] = shared_value(codes)
    table.update(UN_SIGNS)
    return {sign: value for sign, value in table.items() if sign not in ORDINARY_SIGNS}


def english_words():
    """The words of Debian's wamerican list (apt-get install wamerican)."""
    with open("/usr/share/dict/american-english", encoding="utf-8") as f:
        return {line.strip() for line in f}


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def head_groups():
    """Every head (heads(), arabic_heads(), zh_heads(), unbracketed(),
    UN_SHARED_FORMS) with the currencies it may name: in Arabic all that
    share the singular's head (CLDR gives ليرات for one of them only), in
    Chinese all whose name ends with it (迪拉姆: AED and MAD)."""
    groups = {}
    tender = tender_currencies()
    singular_ar = {c: get_currency_name(c, count=1, locale="ar").split()[0] for c in tender}
    zh = {c: get_currency_name(c, locale="zh") for c in tender}
    for code in tender:
        if code in UNITS_OF_ACCOUNT:
            continue  # no adjective and noun: "special drawing rights"
        for head in heads(code) | unbracketed(code):
            groups.setdefault(head, set()).add(code)
        for head in arabic_heads(code) - ORDINARY_HEADS_AR:
            groups.setdefault(head, set()).update(
                c for c in tender if singular_ar[c] == singular_ar[code])
        for head in zh_heads(code):
            if head[0].isalpha() and "岛" not in head and head not in ORDINARY_HEADS_ZH:
                groups.setdefault(head, set()).update(c for c in tender if zh[c].endswith(head))
    for form, codes in UN_SHARED_FORMS.items():
        groups.setdefault(form, set()).update(codes)
    return groups


def sorted_for_search(rows):
    """numbers.c's order: by the first two bytes, longest first among those."""
    return sorted(rows, key=lambda w: (w.encode()[:2], -len(w.encode()), w))


def shared_value(codes):
    """The value numbers.c gives an amount the document's State decides:
    the codes, each followed by '|' ("KES|SOS|TZS|UGX|")."""
    return "".join(c + "|" for c in sorted(codes))


def main():
    rows = {}
    for code in tender_currencies():
        for name in names(code):
            rows.setdefault(name, set()).add(code)
    full_names = set(rows)
    rows = {name: codes.pop() for name, codes in rows.items() if len(codes) == 1}
    shared = {}
    for head, codes in head_groups().items():
        if head in full_names or "USD" in codes:
            continue  # a State's own name, or "dollars", which numbers.c reads as USD
        if len(codes) == 1:
            rows[head] = next(iter(codes))
        else:
            shared[head] = shared_value(codes)
    w = sys.stdout.write
    w(f"/* Generated by tools/currency_names.py from CLDR (babel {babel.__version__}):\n"
      " * the names of the currencies legal tender on 1 January 2026, in the six\n"
      " * languages, with their ISO 4217 codes, and the forms UN texts write that\n"
      " * CLDR does not, sorted by their first two bytes, longest first among\n"
      " * those; then their signs and codes.  Do not edit; run the script. */\n")
    w("static const word_value world_currencies[] = {\n")
    for name in sorted_for_search(rows):
        w(f"    {{{c_string(name)}, \"{rows[name]}\"}},\n")
    w("};\n")
    w("\n/* The names several currencies share (\"shillings\", \"先令\", \"ريال\",\n"
      " * \"francs CFA\"), with the codes of those currencies, each followed by\n"
      " * '|': the State the document names decides.  Same order. */\n")
    w("static const word_value shared_currencies[] = {\n")
    for name in sorted_for_search(shared):
        w(f"    {{{c_string(name)}, \"{shared[name]}\"}},\n")
    w("};\n")
    w("\n/* Their signs before an amount (CLDR's symbols that hold a currency\n"
      " * sign, in English and in the languages of the currency's own\n"
      " * territories, and the UN's), longest first; a sign of letters or of\n"
      " * several currencies is the State's to decide (\"Ksh\", \"C$\"). */\n")
    w("static const word_value world_currency_signs[] = {\n")
    table = signs()
    for sign in sorted(table, key=lambda x: (-len(x.encode()), x)):
        w(f"    {{{c_string(sign)}, \"{table[sign]}\"}},\n")
    w("};\n")
    w("\n/* Where each currency of a shared name or sign is legal tender\n"
      " * (ISO 3166 alpha-2), by code. */\n")
    w("static const word_value currency_territories[] = {\n")
    decided = sorted({c for v in list(shared.values()) + list(table.values()) if "|" in v
                      for c in v.split("|") if c})
    for code in decided:
        w(f"    {{\"{code}\", \"{' '.join(sorted(territories_of(code)))}\"}},\n")
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
