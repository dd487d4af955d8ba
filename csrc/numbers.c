/*
 * numbers.c: numbers, money and quantities.
 *
 *   money        $347,200, $321 million, USD 5 million, 3.21 亿美元,
 *                two hundred and fifty million dollars
 *   quantities   20 个, 九个, 100 多场, 38 次以上, 三分之二, 3.0％,
 *                百分之十五, two sessions, 15 per cent, more than 20,
 *                13 member States, one-third, 45 and 46 per cent
 *
 * Money's value is the currency's ISO code and the amount in full ("USD
 * 321000000"), a quantity's the number, a share as a fraction ("0.15"),
 * ">20" for "more than 20".
 */
#include "recognisers.h"

#include <stdio.h>
#include <string.h>

#include <unicode/uloc.h>

/* ---- numbers ------------------------------------------------------------ */

/* A decimal number: value = mant * 10^exp. */
typedef struct num {
    int64_t mant;
    int exp;
} num;

/* How a language writes numbers: what groups thousands and what marks
 * decimals (ANNOTATION.md, "The six languages").  French and Russian group
 * with a space or a no-break space, Spanish also with a full stop; all
 * three mark decimals with a comma.  Arabic as the extractor leaves it
 * writes its space-grouped numbers with the groups in reverse order
 * ("600 10" for 10 600: each group is a left-to-right run read off a
 * right-to-left line), and marks decimals with a full stop or a comma. */
typedef struct number_style {
    char group;        /* the one-byte group separator, or 0 */
    char decimal;      /* the decimal mark */
    char decimal2;     /* another decimal mark, or 0 */
    bool space_groups; /* a space or no-break space groups thousands */
    bool reversed;     /* space groups come last group first */
} number_style;

static number_style
number_style_of(uint32_t langs)
{
    switch (langs) {
    case PT_LANG_FR:
    case PT_LANG_RU: return (number_style){0, ',', 0, true, false};
    case PT_LANG_ES: return (number_style){'.', ',', 0, true, false};
    case PT_LANG_AR: return (number_style){',', '.', ',', true, true};
    /* Chinese reports also group with a space: "48 317 人", "6 400 万美元" */
    case PT_LANG_ZH: return (number_style){',', '.', 0, true, false};
    default: return (number_style){',', '.', 0, false, false};
    }
}

/* A space that may group thousands at t[i] (a space, U+00A0, U+202F): the
 * index after it, or i. */
static size_t
group_space_at(const pt_scan *sc, size_t i)
{
    if (i < sc->n && sc->t[i] == ' ')
        return i + 1;
    if (lit_at(sc, i, "\u00A0"))
        return i + 2;
    return lit_at(sc, i, "\u202F") ? i + 3 : i;
}

/* The number of ASCII digits from t[i]. */
static size_t
digits_at(const pt_scan *sc, size_t i)
{
    size_t k = i;
    while (is_digit_at(sc, k))
        k++;
    return k - i;
}

/* Add the digits t[b, e) to v's mantissa (beyond 18 digits, to its
 * exponent); `fraction` digits lower the exponent. */
static void
add_digits(const pt_scan *sc, size_t b, size_t e, num *v, bool fraction,
           size_t *count)
{
    for (size_t k = b; k < e; k++)
        if ((*count)++ < 18) {
            v->mant = v->mant * 10 + (sc->t[k] - '0');
            v->exp -= fraction;
        } else if (!fraction) {
            v->exp++;
        }
}

/* Arabic as extractors leave it: the groups of a number's whole part that
 * come after its decimals ("731.5 1" for 1 731.5, "567.8 234 1" for
 * 1 234 567.8: each group a left-to-right run read off a right-to-left
 * line), the first group of three read before them.  Adds them to
 * groups[1..], *k after the last; returns the number of groups (1 when
 * none follows, or when more digits follow them: a table's columns). */
static size_t
turned_whole_part(const pt_scan *sc, size_t groups[8][2], size_t *k)
{
    size_t ng = 1, at = *k;
    while (ng < 8) {
        size_t g = group_space_at(sc, at), d = g > at ? digits_at(sc, g) : 0;
        if (d < 1 || d > 3 || (g + d < sc->n && (sc->t[g + d] == '.' ||
                                                  sc->t[g + d] == ',') &&
                               is_digit_at(sc, g + d + 1)))
            break;
        groups[ng][0] = g;
        groups[ng++][1] = at = g + d;
        if (d < 3)
            break;
    }
    if (ng == 1 || is_digit_at(sc, skip_sp(sc, at)))
        return 1;
    *k = at;
    return ng;
}

/* Thousands grouped with full stops where the text's language groups
 * with commas ("more than 52.000 migrants", "1.250.000": an English
 * text translated from a language that writes them so): after a first
 * group of three digits at most, two groups of three or one of "000"
 * (no one writes a decimal so).  Adds them to groups[1..], *k after the
 * last; returns the number of groups. */
static size_t
dotted_thousands(const pt_scan *sc, size_t groups[8][2], size_t *k)
{
    size_t ng = 1, at = *k;
    while (ng < 8 && at + 3 < sc->n && sc->t[at] == '.' &&
           digits_at(sc, at + 1) == 3) {
        groups[ng][0] = at + 1;
        groups[ng++][1] = at = at + 4;
    }
    if (ng == 1 || (ng == 2 && memcmp(sc->t + groups[1][0], "000", 3) != 0) ||
        (at < sc->n && (sc->t[at] == '.' || sc->t[at] == ',') &&
         is_digit_at(sc, at + 1)))
        return 1;
    *k = at;
    return ng;
}

/* Digits grouped and marked as the text's language writes them
 * ("347,200", "3.21", "10 600", "10.600", "3,2"; Arabic "600 10") at
 * t[i], a word's start or not.  Returns the index after them, or i. */
static size_t
read_digits(const pt_scan *sc, size_t i, num *v)
{
    const char *t = sc->t;
    number_style st = number_style_of(sc->langs);
    size_t groups[8][2], ng = 0, count = 0, k;
    v->mant = 0;
    v->exp = 0;
    if (!is_digit_at(sc, i))
        return i;
    groups[ng][0] = i;
    groups[ng++][1] = k = i + digits_at(sc, i);
    for (size_t first = k - i; ng < 8;) {
        size_t g = k;
        if (st.group && k < sc->n && t[k] == st.group)
            g = k + 1;
        else if (st.space_groups && first <= 3)
            g = group_space_at(sc, k);
        size_t d = g > k ? digits_at(sc, g) : 0;
        /* a group is three digits; turned round, the last may be fewer */
        bool turned = st.reversed && t[k] != st.group && first == 3;
        if (d == 3 || (turned && d >= 1 && d < 3)) {
            groups[ng][0] = g;
            groups[ng++][1] = k = g + d;
            if (d < 3)
                break;
            continue;
        }
        break;
    }
    if (st.group == ',' && st.decimal == '.' && ng == 1 && k - i <= 3)
        ng = dotted_thousands(sc, groups, &k);
    /* a full stop before one or two digits marks decimals where it also
     * groups thousands (Spanish as Latin America writes it: "16.3 %",
     * "30.4 millones"): a group has three */
    size_t d;
    if (st.group == '.' && ng == 1 && k + 1 < sc->n && t[k] == '.' &&
        (d = digits_at(sc, k + 1)) >= 1 && d <= 2) {
        add_digits(sc, groups[0][0], groups[0][1], v, false, &count);
        add_digits(sc, k + 1, k + 1 + d, v, true, &count);
        return k + 1 + d;
    }
    /* a decimal mark then digits; in Arabic a comma then three digits
     * grouped thousands above */
    size_t fraction = k, fraction_end = k;
    if (k + 1 < sc->n && (t[k] == st.decimal ||
                          (st.decimal2 && t[k] == st.decimal2)) &&
        is_digit_at(sc, k + 1)) {
        fraction = k + 1;
        k = fraction_end = fraction + digits_at(sc, fraction);
        if (st.reversed && ng == 1 && groups[0][1] - groups[0][0] == 3)
            ng = turned_whole_part(sc, groups, &k);
    }
    /* "10 600" stands in order; "600 10" and "680 151" were turned round */
    bool reversed = st.reversed && ng > 1 && t[groups[0][1]] != st.group &&
                    groups[0][1] - groups[0][0] == 3;
    for (size_t g = 0; g < ng; g++) {
        size_t at = reversed ? ng - 1 - g : g;
        add_digits(sc, groups[at][0], groups[at][1], v, false, &count);
    }
    add_digits(sc, fraction, fraction_end, v, true, &count);
    return k;
}

/* ... where a word begins at t[i]. */
static size_t
read_number(const pt_scan *sc, size_t i, num *v)
{
    v->mant = 0;
    v->exp = 0;
    return at_word_start(sc, i) ? read_digits(sc, i, v) : i;
}

static double
pow10i(int e)
{
    double x = 1;
    for (; e > 0; e--)
        x *= 10;
    for (; e < 0; e++)
        x /= 10;
    return x;
}

static void
scale(num *v, int exp10)
{
    v->exp += exp10;
}

/* Write a number in full: "321000000", "3.5" (size at least 24). */
static void
format_num(num v, char *out, size_t size)
{
    if (v.exp >= 0) {
        int n = (int)pt__put_int(out, v.mant, 0);
        for (int z = 0; z < v.exp && v.mant && (size_t)n + 1 < size; z++)
            out[n++] = '0';
        out[n] = '\0';
        return;
    }
    int64_t p = 1;
    for (int z = 0; z < -v.exp && z < 18; z++)
        p *= 10;
    int64_t ip = v.mant / p, fp = v.mant % p;
    int places = -v.exp;
    while (places > 0 && fp % 10 == 0) {
        fp /= 10;
        places--;
    }
    int n = (int)pt__put_int(out, ip, 0);
    out[n] = '\0';
    if (places > 0 && n > 0 && (size_t)n + 1 + (size_t)places < size) {
        out[n++] = '.';
        for (int z = places - 1; z >= 0; z--, fp /= 10)
            out[n + z] = (char)('0' + fp % 10);
        out[n + places] = '\0';
    }
}

/* A fraction or share with at most four decimals: "0.6667", "0.15". */
static void
format_ratio(double x, char *out, size_t size)
{
    snprintf(out, size, "%.4f", x);
    size_t n = strlen(out);
    while (n > 1 && out[n - 1] == '0')
        out[--n] = '\0';
    if (n > 1 && out[n - 1] == '.')
        out[--n] = '\0';
}

static int
cjk_digit(uint32_t c)
{
    switch (c) {
    case 0x96F6: case 0x3007: return 0; /* 零 〇 */
    case 0x4E00: return 1;
    case 0x4E8C: case 0x4E24: return 2; /* 二 两 */
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: return 7;
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    default: return -1;
    }
}

static int64_t
cjk_unit(uint32_t c)
{
    switch (c) {
    case 0x5341: return 10;        /* 十 */
    case 0x767E: return 100;       /* 百 */
    case 0x5343: return 1000;      /* 千 */
    case 0x4E07: return 10000;     /* 万 */
    case 0x4EBF: return 100000000; /* 亿 */
    default: return 0;
    }
}

/* A Chinese numeral at t[i] ("二十六", "两", "十", "一百"); returns the
 * index after it, or i.  万 and 亿 count only after other numerals. */
size_t
pt__read_cjk_number(const pt_scan *sc, size_t i, int64_t *value)
{
    int64_t total = 0, section = 0, digit = -1;
    size_t k = i, n;
    for (;;) {
        uint32_t c = cp_at(sc, k, &n);
        int d = cjk_digit(c);
        int64_t u = cjk_unit(c);
        if (d >= 0) {
            digit = d;
        } else if (u >= 10 && u <= 1000) {
            section += (digit < 0 ? 1 : digit) * u;
            digit = -1;
        } else if (u > 1000 && k > i) {
            /* 万 scales what follows 亿 only: 二亿五千万 is 250 000 000 */
            int64_t part = section + (digit < 0 ? 0 : digit);
            total = u == 10000 ? total + part * u : (total + part) * u;
            section = 0;
            digit = -1;
        } else {
            break;
        }
        k += n;
        if (total > INT64_C(1) << 50)
            break;
    }
    *value = total + section + (digit < 0 ? 0 : digit);
    return k;
}

/* A Chinese numeral written place by place, three digits or more with no
 * unit (一五六, 156: a rule's number); returns the index after it, or i. */
size_t
pt__read_cjk_digits(const pt_scan *sc, size_t i, int64_t *value)
{
    size_t k = i, n, run = 0;
    int d;
    *value = 0;
    while (*value < INT64_C(1) << 50 && (d = cjk_digit(cp_at(sc, k, &n))) >= 0) {
        *value = *value * 10 + d;
        k += n;
        run++;
    }
    return run >= 3 && !cjk_unit(cp_at(sc, k, &n)) ? k : i;
}

/* ---- money ------------------------------------------------------------- */

typedef struct word_value {
    const char *word;
    const char *value;
} word_value;

/* Currencies written before the amount. */
static const word_value currency_prefixes[] = {
    {"US$", "USD"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"Euro", "EUR"},
    {"USD", "USD"}, {"EUR", "EUR"}, {"CHF", "CHF"}, {"GBP", "GBP"},
    {"JPY", "JPY"}, {"CNY", "CNY"}, {"RMB", "CNY"}};

/* Currencies written after it, in each language (longest first where
 * one begins another); Russian and Arabic in the case forms a number
 * takes. */
#define CJK_CURRENCIES                                                      \
    {"元人民币", "CNY"}, {"美元", "USD"}, {"欧元", "EUR"}, {"瑞士法郎", "CHF"}, \
        {"英镑", "GBP"}, {"日元", "JPY"}, {"人民币", "CNY"}
static const word_value currency_suffixes[] = {
    CJK_CURRENCIES,
    {"United States dollars", "USD"}, {"US dollars", "USD"},
    {"dollars des États-Unis", "USD"}, {"dollars É.-U.", "USD"},
    {"dollars", "USD"}, {"dollar", "USD"}, {"euros", "EUR"}, {"euro", "EUR"},
    /* the yen as CLDR names it in each language */
    {"yens", "JPY"}, {"yenes", "JPY"}, {"yen", "JPY"}, {"иен", "JPY"},
    {"Swiss francs", "CHF"},
    {"francs suisses", "CHF"}, {"pounds sterling", "GBP"},
    {"livres sterling", "GBP"},
    {"USD", "USD"}, {"EUR", "EUR"},
    {"CHF", "CHF"}, {"dólares de los Estados Unidos", "USD"},
    {"dólares EE.UU.", "USD"}, {"dólares", "USD"}, {"francos suizos", "CHF"},
    {"libras esterlinas", "GBP"},
    {"долл. США", "USD"}, {"долларов США", "USD"}, {"доллара США", "USD"},
    {"доллар США", "USD"}, {"долл.", "USD"}, {"долларов", "USD"},
    {"евро", "EUR"}, {"швейцарских франков", "CHF"},
    {"фунтов стерлингов", "GBP"}};
/* ... and the names CLDR gives every currency in the six languages
 * (generated), which the currency of an amount is looked up in first:
 * "dollars des Caraïbes orientales" before "dollars". */
#include "currency_names.h"

typedef struct scale_word {
    const char *word;
    int exp10;
} scale_word;

/* Longest first where one begins another. */
static const scale_word scales[] = {
    {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12},
    {"millions", 6}, {"milliards", 9}, {"milliard", 9},
    {"miles de millones", 9}, {"mil millones", 9}, {"millones", 6},
    {"mil", 3}, /* "100 mil personas" */
    {"millón", 6},
    {"млн.", 6}, {"млрд.", 9}, {"тыс.", 3},
    /* as UN Russian writes them since its style changed: no full stop */
    {"млн", 6}, {"млрд", 9}, {"тыс", 3}, {"миллионов", 6},
    {"миллиона", 6}, {"миллион", 6}, {"миллиардов", 9}, {"миллиарда", 9},
    {"миллиард", 9},
    {"ملايين", 6}, {"مليون", 6}, {"مليارات", 9}, {"مليار", 9},
    {"بلايين", 9}, {"بليون", 9}, {"آلاف", 3}, {"ألف", 3},
    /* CLDR's ترليون and the UN's تريليون */
    {"تريليونات", 12}, {"تريليون", 12}, {"ترليونات", 12}, {"ترليون", 12},
    /* trillions, as CLDR's long compact numbers name them */
    {"billones", 12}, {"billón", 12}, {"трлн.", 12}, {"трлн", 12}, {"триллионов", 12},
    {"триллиона", 12}, {"триллион", 12},
    {"千万", 7}, {"百万", 6}, {"万亿", 12}, {"亿", 8}, {"万", 4}};

/* Between a scale and its currency: "millions de dollars", "millones de
 * dólares", "millions d'euros". */
static const char *const scale_links[] = {"de ", "d'", "d’"};

/* A scale word after the amount ("million", "亿"); index after it or i. */
static size_t
read_scale(const pt_scan *sc, size_t i, num *v)
{
    size_t k = skip_sp(sc, i);
    unsigned char c = k < sc->n ? (unsigned char)sc->t[k] : 0;
    if (c < 0x80 && (unsigned)((c | 0x20) - 'a') >= 26)
        return i; /* the scale words begin with a letter or are Chinese */
    for (size_t s = 0; s < sizeof scales / sizeof *scales; s++) {
        size_t e = script_word_at(sc, k, scales[s].word);
        if (e) {
            scale(v, scales[s].exp10);
            return e;
        }
    }
    return i;
}

/* The first of a generated table's names (world_currencies,
 * shared_currencies) at t[k]: its value, *end after it; or NULL.  A
 * binary search for its first two bytes, then the few that share them. */
static const char *
named_currency_at(const word_value *table, size_t count, const pt_scan *sc,
                  size_t k, size_t *end)
{
    size_t lo = 0, hi = count;
    if (k + 2 > sc->n)
        return NULL;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (memcmp(table[mid].word, sc->t + k, 2) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t c = lo; c < count && memcmp(table[c].word, sc->t + k, 2) == 0; c++)
        if ((*end = script_word_at(sc, k, table[c].word)))
            return table[c].value;
    return NULL;
}

#define NAMED_CURRENCY_AT(table, sc, k, end)                                  \
    named_currency_at(table, sizeof table / sizeof *table, sc, k, end)

/* The currency written after an amount at t[k] ("dollars", "долл. США"):
 * its ISO code, *end after it; or NULL.  A State's currency first, whose
 * name may begin with another's ("dollars australiens"); a name several
 * currencies share ("shillings") last, as their codes each followed by
 * '|', which the States the document names decide (entities.c, through
 * pt__currency_states). */
static const char *
currency_suffix_at(const pt_scan *sc, size_t k, size_t *end)
{
    unsigned char b = k < sc->n ? (unsigned char)sc->t[k] : 0;
    if (b < 0x80 && (unsigned)((b | 0x20) - 'a') >= 26)
        return NULL; /* the currencies after an amount begin with a letter */
    const char *named = NAMED_CURRENCY_AT(world_currencies, sc, k, end);
    if (named)
        return named;
    for (size_t c = 0; (b < 0xD8 || b > 0xDB) && /* no Arabic there */
                       c < sizeof currency_suffixes / sizeof *currency_suffixes;
         c++)
        if ((*end = script_word_at(sc, k, currency_suffixes[c].word)))
            return currency_suffixes[c].value;
    return NAMED_CURRENCY_AT(shared_currencies, sc, k, end);
}

size_t
pt__currency_states(const char *codes, size_t len, pt_currency_state *out, size_t max)
{
    size_t n = 0;
    for (size_t c = 0; c + 4 <= len && codes[c + 3] == '|'; c += 4)
        for (size_t r = 0; r < sizeof currency_territories / sizeof *currency_territories; r++) {
            const char *t = currency_territories[r].value;
            if (memcmp(currency_territories[r].word, codes + c, 3) != 0)
                continue;
            for (; *t && n < max; t += t[2] ? 3 : 2) {
                char loc[8] = "und_";
                memcpy(loc + 4, t, 2);
                const char *three = uloc_getISO3Country(loc);
                if (three == NULL || strlen(three) != 3)
                    continue;
                memcpy(out[n].state, three, 4);
                out[n++].currency = currency_territories[r].word;
            }
        }
    return n;
}

/* fr, es, ru, ar: a scale and its currency after it ("millions de
 * dollars"): the currency, *end after it, the scale's power of ten in
 * *exp10; or NULL. */
static const char *
scaled_currency_at(const pt_scan *sc, size_t k, int *exp10, size_t *end)
{
    num v = {1, 0};
    size_t f = read_scale(sc, k, &v), c = skip_sp(sc, f), l;
    if (f > k && (l = lit_in(sc, c, scale_links,
                             sizeof scale_links / sizeof *scale_links)))
        c = l;
    *exp10 = v.exp;
    return currency_suffix_at(sc, c, end);
}

/* Is the text French, Spanish, Russian or Arabic (not all languages at
 * once)? */
static bool
other_language(const pt_scan *sc)
{
    return sc->langs & (PT_LANG_FR | PT_LANG_ES | PT_LANG_RU | PT_LANG_AR) &&
           sc->langs != PT_ALL_LANGS;
}

/* The words that join two amounts of one currency, written after the
 * second only: "entre 2 et 3 millions de dollars", "de 55.000 a 2
 * millones de dólares", "от 2 до 3 млн. долл.", "بين 000 55 و 2 مليون
 * دولار", "2-3 millions de dollars". */
static const char *const amount_joins[] = {" et ", " à ", " y ", " a ",
                                           " и ", " до ", " و", " إلى ",
                                           "-", "–"};

/* The currency of the amount after the number ending at t[e] and its
 * join, which that number shares; *v takes the later amount's scale
 * where the range then rises ("2 et 3 millions": 2 million; "55.000 y 2
 * millones": 55 000).  NULL when no such amount follows. */
static const char *
shared_currency(const pt_scan *sc, size_t e, bool scaled, num *v)
{
    size_t j = lit_in(sc, e, amount_joins,
                      sizeof amount_joins / sizeof *amount_joins), f, end;
    num w;
    int exp10;
    if (!j || (f = read_number(sc, skip_sp(sc, j), &w)) == skip_sp(sc, j))
        return NULL;
    const char *cur = scaled_currency_at(sc, f, &exp10, &end);
    if (cur && !scaled &&
        (double)v->mant * pow10i(v->exp + exp10) <=
            (double)w.mant * pow10i(w.exp + exp10))
        scale(v, exp10);
    return cur;
}

/* ru, ar: "and", after which a scale counts nothing ("154,6 млн. и"). */
static const char *const and_words[] = {"и", "а", "или", "و", "أو"};

/* The longest currency part of a money value, "BIF|CDF|...|XPF|". */
#define ELIDED_MAX 48

/* fr, es, ru, ar: the currency written once for several amounts of one
 * sentence ("10,8 millions de dollars, dont 3,2 millions", "200,3
 * millones de dólares, [...] 154,6 millones"), for a scaled number at
 * t[i] whose scale ends at t[k] with nothing it counts after it: a link
 * to a noun in French and Spanish ("2 millions de personnes"), any word
 * but "and" in Russian and Arabic ("2 млн. человек").  Copies the ISO
 * code (or codes) of the last amount before it in its sentence into cur;
 * false when there is none. */
static bool
elided_currency(const pt_scan *sc, size_t i, size_t k, char cur[ELIDED_MAX])
{
    size_t a = skip_sp(sc, k), n;
    if (sc->langs & (PT_LANG_FR | PT_LANG_ES)
            ? lit_in(sc, a, scale_links,
                     sizeof scale_links / sizeof *scale_links) ||
                  word_at(sc, a, "del")
            : is_word_char(cp_at(sc, a, &n)) &&
                  !script_word_in(sc, a, and_words,
                                  sizeof and_words / sizeof *and_words))
        return false;
    const pt_cand *c = sc->cands.items;
    for (size_t m = sc->cands.n, seen = 0; m-- > sc->names && seen < 32;
         seen++) {
        if (c[m].rec != PT_REC_MONEY || c[m].end > i)
            continue;
        if (i - c[m].end > 400 || c[m].value_len < 4)
            return false;
        for (size_t x = c[m].end; x + 2 < i; x++)
            if ((sc->t[x] == '.' || sc->t[x] == '!' || sc->t[x] == '?') &&
                sc->t[x + 1] == ' ' &&
                (sc->langs & PT_LANG_AR || pt__is_upper(cp_at(sc, x + 2, &n))))
                return false; /* a sentence ended */
        const char *v = sc->vals.ptr + c[m].value_off; /* "USD 5" */
        size_t len = strcspn(v, " ");
        if (len >= ELIDED_MAX || len >= c[m].value_len)
            return false;
        memcpy(cur, v, len);
        cur[len] = '\0';
        return true;
    }
    return false;
}

static pt_status
emit_money(pt_scan *sc, size_t b, size_t e, const char *cur, num v)
{
    char amount[48];
    format_num(v, amount, sizeof amount);
    return pt__emit(sc, b, e, PT_LABEL_MONEY, PT_REC_MONEY, "%s %s", cur,
                    amount);
}

/* fr, es, ru, ar: a number in words at t[i, e) worth w, then a scale or a
 * currency or both ("deux millions de dollars", "dos millones", "عشرة
 * ملايين دولار", "خمسة دولارات"): emits the money or the scaled count,
 * its end in *end; else *end is e. */
static pt_status
spelled_scale_or_money(pt_scan *sc, size_t i, size_t e, int w, size_t *end)
{
    num v = {w, 0};
    size_t se = read_scale(sc, e, &v), c = skip_sp(sc, se), l;
    if (se > e && (l = lit_in(sc, c, scale_links,
                              sizeof scale_links / sizeof *scale_links)))
        c = l;
    const char *cur = c > se ? currency_suffix_at(sc, c, end) : NULL;
    if (cur)
        return emit_money(sc, i, *end, cur, v);
    *end = se;
    if (se == e)
        return PT_OK;
    char value[48];
    format_num(v, value, sizeof value);
    return pt__emit(sc, i, se, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s",
                    value);
}

/* Is the currency code w an English word in capitals ("ALL", "TOP") whose
 * number, ending at e, a lower-case word follows: a count of that noun
 * ("ALL 5 members"), not an amount ("MAD 40 a month", "per person")? */
static bool
counts_before_a_noun(const pt_scan *sc, const char *w, size_t e)
{
    static const char *const after_amounts[] = {"a ", "an ", "and ", "each ", "for ",
                                                "in ", "or ", "per ", "to "};
    size_t codes = sizeof world_currency_word_codes / sizeof *world_currency_word_codes,
           k = 0, n;
    while (k < codes && strcmp(world_currency_word_codes[k], w) != 0)
        k++;
    return k < codes && e + 1 < sc->n && sc->t[e] == ' ' &&
           pt__is_lower(cp_at(sc, e + 1, &n)) &&
           !lit_in(sc, e + 1, after_amounts, sizeof after_amounts / sizeof *after_amounts);
}

/* The money at t[i] written with one of the currencies of table[0, n)
 * before its amount ("$347,200", "US$ 5 million", "HK$3.2 billion"):
 * emitted, and where it ends; or 0 (*rc says whether emitting failed). */
static size_t
prefixed_money(pt_scan *sc, size_t i, const word_value *table, size_t count,
               pt_status *rc)
{
    num v;
    *rc = PT_OK;
    for (size_t c = 0; c < count; c++) {
        const char *w = table[c].word;
        if (sc->t[i] != w[0])
            continue;
        size_t n = strlen(w), k, e;
        if (sc->n - i < n || memcmp(sc->t + i, w, n) != 0 ||
            (is_alnum((unsigned char)w[0]) && !at_word_start(sc, i)) ||
            (pt__is_lower((unsigned char)w[n - 1]) && !is_digit_at(sc, i + n) &&
             !strchr(table[c].value, '|')))
            continue; /* "Euro1.5 million" as extractors leave "€1.5
                       * million", not the football of "Euro 2016"; a sign
                       * the State decides ("Ksh 300") is guarded by it */
        k = skip_sp(sc, i + n);
        if ((e = (k == i + n ? read_digits : read_number)(sc, k, &v)) == k)
            continue; /* "$5", "US$ 5", "Euro1.5" */
        if (w[n - 1] == '/' && e < sc->n && sc->t[e] == '/')
            continue; /* a document symbol, "S/2025/238", not soles */
        size_t digits_end = e;
        if ((e = read_scale(sc, e, &v)) == digits_end && n == 1 &&
            is_alnum((unsigned char)w[0]))
            continue; /* a letter alone is a sign before a scale only ("L 96.4
                       * million", "Q 212 million"), not "annex L 5" */
        if (counts_before_a_noun(sc, w, e))
            continue;
        *rc = emit_money(sc, i, e, table[c].value, v);
        return e;
    }
    return 0;
}

/* At an ISO 4217 code, an amount after a space ("EGP 70"; "COP23",
 * "SDG7" glued are names): emitted, and where it ends; or 0. */
static size_t
coded_money(pt_scan *sc, size_t i, pt_status *rc)
{
    *rc = PT_OK;
    return i + 4 < sc->n && sc->t[i + 3] == ' ' && is_digit_at(sc, i + 4)
               ? prefixed_money(sc, i, world_currency_codes,
                                sizeof world_currency_codes / sizeof *world_currency_codes,
                                rc)
               : 0;
}

/* At a currency before the amount or at a digit: $347,200, US$ 5 million,
 * 3.21 亿美元, 5 million United States dollars. */
static pt_status
money_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    num v;
    size_t k, e;
    if (!pt__is_ascii_digit((unsigned char)sc->t[i]) &&
        !prefixed_money(sc, i, currency_prefixes,
                        sizeof currency_prefixes / sizeof *currency_prefixes,
                        &rc) &&
        rc == PT_OK &&
        !prefixed_money(sc, i, world_currency_signs,
                        sizeof world_currency_signs / sizeof *world_currency_signs,
                        &rc) &&
        rc == PT_OK)
        coded_money(sc, i, &rc);
    if (rc != PT_OK)
        return rc;
    if ((e = read_number(sc, i, &v)) == i)
        return PT_OK;
    k = read_scale(sc, e, &v);
    size_t c2 = skip_sp(sc, k), l, f;
    if (k > e && (l = lit_in(sc, c2, scale_links,
                             sizeof scale_links / sizeof *scale_links)))
        c2 = l;
    *resume = e;
    const char *cur = currency_suffix_at(sc, c2, &f);
    if (cur)
        return emit_money(sc, i, f, cur, v);
    if (!other_language(sc) || pt__year_at(sc, i))
        return PT_OK;
    char elided[ELIDED_MAX];
    if ((cur = shared_currency(sc, k, k > e, &v)))
        return emit_money(sc, i, k, cur, v); /* entre 2 et 3 millions de dollars */
    if (k > e && elided_currency(sc, i, k, elided))
        return emit_money(sc, i, k, elided, v);
    return PT_OK;
}

/* ---- quantities ----------------------------------------------------- */

/* Chinese classifiers and units, longest first; a classifier and 次 is
 * one compound (人次 person-times, 架次 sorties, 艘次 ship calls). */
static const char *const classifiers[] = {
    "人次", "架次", "艘次", "车次", "户次", "班次", "个月", "平方公里", "公里", "千米", "小时", "公斤", "千克", "公顷",
    "个", "名", "场", "次", "项", "份", "位", "家", "种", "类", "条", "人",
    "年", "天", "周", "岁", "倍", "所", "座", "台", "辆", "架", "艘", "部",
    "篇", "件", "批", "组", "轮", "届", "期", "页", "国", "起", "宗", "例",
    "笔", "张", "册", "吨", "米", "分钟", "枚", "栋", "户", "处", "块", "套"};

/* zh: what joins the numbers of a list (第1和3次, 第三、四和五次) and the
 * characters of the numbers themselves. */
static const char *const list_joints_zh[] = {"和", "、", "及", "至", "到"};
static const char numerals_zh[] = "〇一二三四五六七八九十百千两";

/* Is the character t[p, p + n) a digit, a space or a Chinese numeral? */
static bool
numeral_char_zh(const pt_scan *sc, size_t p, size_t n)
{
    if (n == 1)
        return is_digit_at(sc, p) || sc->t[p] == ' ';
    for (size_t k = 0; n == 3 && k + 3 <= sizeof numerals_zh - 1; k += 3)
        if (memcmp(numerals_zh + k, sc->t + p, 3) == 0)
            return true;
    return false;
}

/* The start of the number that ends at t[e] (digits or Chinese
 * numerals, spaces around them), or e. */
static size_t
number_before_zh(const pt_scan *sc, size_t e)
{
    size_t b = e, n;
    while (b > 0 && e - b < 32) {
        size_t p = pt__prev(sc->t, b);
        pt__decode(sc->t, sc->n, p, &n);
        if (!numeral_char_zh(sc, p, n))
            break;
        b = p;
    }
    return b;
}

/* Is the number at t[i] a later item of a list of ordinals that 第
 * begins, the 第 written once (第1和3次会议: the first and third
 * meetings)? */
static bool
in_ordinal_list(const pt_scan *sc, size_t i)
{
    for (int items = 0; items < 8; items++) {
        size_t j = 0;
        for (size_t w = 0; w < sizeof list_joints_zh / sizeof *list_joints_zh && !j; w++)
            if (i >= 3 && memcmp(sc->t + i - 3, list_joints_zh[w], 3) == 0)
                j = i - 3;
        if (!j)
            return false;
        size_t b = number_before_zh(sc, j);
        if (b == j)
            return false;
        if (b >= 3 && memcmp(sc->t + b - 3, "第", 3) == 0)
            return true;
        i = b;
    }
    return false;
}

/* 第 before the number at t[i], with or without a space: an ordinal (第五次
 * 会议, 第 7364 次会议 is the 7364th meeting), no count. */
static bool
after_ordinal_mark(const pt_scan *sc, size_t i)
{
    if (i > 0 && sc->t[i - 1] == ' ')
        i--;
    return (i >= 3 && memcmp(sc->t + i - 3, "第", 3) == 0) ||
           in_ordinal_list(sc, i);
}

/* zh: 数 or 几 before a number makes it vague (数十人, dozens; 几十年,
 * decades), and 过去, 最近, 近, 未来, 今后 before a number of years, months
 * or days a relative date (过去十年, the past ten years; 近十年来): no
 * counts, as English leaves "dozens" and "the last ten years". */
static const char *const vague_zh[] = {"数", "几"};
static const char *const relative_zh[] = {"过去", "最近", "近", "未来", "今后"};
static const char *const periods_zh[] = {"年", "个月", "天", "周"};

static bool
vague_or_relative_zh(const pt_scan *sc, size_t i, size_t k)
{
    for (size_t w = 0; w < sizeof vague_zh / sizeof *vague_zh; w++)
        if (i >= 3 && memcmp(sc->t + i - 3, vague_zh[w], 3) == 0)
            return true;
    if (!lit_in(sc, k, periods_zh, sizeof periods_zh / sizeof *periods_zh))
        return false;
    size_t b = i;
    while (b > 0 && sc->t[b - 1] == ' ')
        b--;
    if (b >= 3 && memcmp(sc->t + b - 3, "的", 3) == 0)
        b -= 3; /* 过去的10个月 */
    for (size_t w = 0; w < sizeof relative_zh / sizeof *relative_zh; w++) {
        size_t len = strlen(relative_zh[w]);
        if (b >= len && memcmp(sc->t + b - len, relative_zh[w], len) == 0)
            return true;
    }
    return false;
}

/* zh: 所 and a verb of showing or listing after a number (表3所示, as
 * table 3 shows; 附件2所列, listed in annex 2): the number labels a part
 * of a document, as English "table 3" does, and 所 counts no schools. */
static const char *const shown_in_zh[] = {"所示", "所述", "所列", "所载"};

static bool
labels_a_part_zh(const pt_scan *sc, size_t k)
{
    return lit_in(sc, k, shown_in_zh, sizeof shown_in_zh / sizeof *shown_in_zh) != 0;
}

/* 周年 after a number is an anniversary, ordinal in English (七十周年 is the
 * seventieth), and 两年期 the biennium, a period English writes without a
 * number (other spans, 五年期, are five-year as in English): no counts. */
static bool
no_count_at(const pt_scan *sc, size_t i, size_t k)
{
    return lit_at(sc, k, "周年") || lit_at(sc, i, "两年期") ||
           vague_or_relative_zh(sc, i, k) || labels_a_part_zh(sc, k);
}

/* zh: a scale after the number ending at t[e], 多 (more than) before it
 * or not ("150万", "200多万"): the end of the scale, *v scaled; or e. */
static size_t
scaled_cjk(const pt_scan *sc, size_t e, num *v)
{
    size_t s = skip_sp(sc, e);
    s += lit_at(sc, s, "多") ? 3 : 0;
    size_t m = read_scale(sc, s, v);
    return m > s ? m : e;
}

/* zh: the end of "以上" ("or more") after a share or count that ends at
 * e, or e: "40％以上", "三分之一以上" (value ">0.3333"). */
static size_t
above_after_zh(const pt_scan *sc, size_t e)
{
    return lit_at(sc, e, "以上") ? e + 6 : e;
}

/* A Chinese count: number [多|余] classifier [以上|多]. */
static pt_status
cjk_count(pt_scan *sc, size_t i, size_t e, const char *value)
{
    size_t k = skip_sp(sc, e);
    bool more = false;
    if (k < sc->n && (unsigned char)sc->t[k] < 0x80)
        return PT_OK; /* every classifier is a Chinese character */
    if (after_ordinal_mark(sc, i) || no_count_at(sc, i, k))
        return PT_OK;
    if (lit_at(sc, k, "多") || lit_at(sc, k, "余")) {
        more = true;
        k += 3;
    }
    for (size_t c = 0; c < sizeof classifiers / sizeof *classifiers; c++) {
        if (!lit_at(sc, k, classifiers[c]) || lit_at(sc, k, "国际"))
            continue; /* 2008国际...年: a year before "international" */
        size_t f = k + strlen(classifiers[c]);
        if (above_after_zh(sc, f) > f) {
            more = true;
            f += 6;
        } else if (lit_at(sc, f, "多") && !more) {
            more = true;
            f += 3;
        }
        return pt__emit(sc, i, f, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s%s",
                        more ? ">" : "", value);
    }
    return PT_OK;
}

/* zh: a count with its classifier; or, where none stands, a number whose
 * thousands a space or comma groups, which only counts ("每100 000活产儿",
 * per 100,000 live births: the number alone, as English writes it). */
static pt_status
grouped_or_cjk_count(pt_scan *sc, size_t i, size_t e, const char *value)
{
    size_t before = sc->cands.n;
    pt_status rc = cjk_count(sc, i, e, value);
    if (rc != PT_OK || sc->cands.n > before || after_ordinal_mark(sc, i) ||
        no_count_at(sc, i, skip_sp(sc, e)))
        return rc;
    for (size_t k = i + 1; k + 3 < e; k++)
        if ((sc->t[k] == ' ' || sc->t[k] == ',') && is_digit_at(sc, k - 1) &&
            is_digit_at(sc, k + 1))
            return pt__emit(sc, i, e, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s",
                            value);
    return PT_OK;
}

static const char *const number_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen"};
/* A count of one to nineteen at t[i], in digits or an English word ("six
 * months"): its value, *end after it; or 0. */
static int
small_count_at(const pt_scan *sc, size_t i, size_t *end)
{
    int v = 0;
    size_t k = i;
    while (is_digit_at(sc, k) && k - i < 2)
        v = v * 10 + (sc->t[k++] - '0');
    if (k > i && !is_digit_at(sc, k)) {
        *end = k;
        return v;
    }
    for (int w = 1; w < (int)(sizeof number_words / sizeof *number_words); w++)
        if ((*end = word_at(sc, i, number_words[w])))
            return w;
    return 0;
}

static const struct big_number_word {
    const char *word;
    int value;
} big_number_words[] = {{"hundred", 100}, {"thousand", 1000}};
static const char *const tens_words[] = {"", "", "twenty", "thirty", "forty",
                                         "fifty", "sixty", "seventy",
                                         "eighty", "ninety"};

/* Fractions after a number word: "two thirds", "three-quarters". */
static const struct fraction_word {
    const char *word;
    int denominator;
} fraction_words[] = {{"thirds", 3}, {"quarters", 4}, {"fifths", 5},
                      {"sixths", 6}, {"eighths", 8},  {"tenths", 10}};

/* A fraction after "one" ("one-third", "one quarter of"): a hyphen before
 * it or "of" after it, since "one third party" counts no share. */
static const struct fraction_word one_fractions[] = {
    {"third", 3}, {"quarter", 4}, {"fifth", 5}, {"tenth", 10}};

/* After "one" ending at t[e], a fraction of one_fractions: the index after
 * it and *denominator, or 0. */
static size_t
one_fraction_end(const pt_scan *sc, size_t e, double *denominator)
{
    for (size_t q = 0; q < sizeof one_fractions / sizeof *one_fractions; q++) {
        size_t f = e + 1 < sc->n ? word_at(sc, e + 1, one_fractions[q].word) : 0;
        if (f && (sc->t[e] == '-' || (sc->t[e] == ' ' && lit_at(sc, f, " of ")))) {
            *denominator = one_fractions[q].denominator;
            return f;
        }
    }
    return 0;
}

/* An English number word ("two", "Twenty-five", "hundred"); value or -1. */
static int
read_number_word(const pt_scan *sc, size_t i, size_t *end)
{
    char low[16];
    size_t k = i;
    /* the first letters of the words above */
    switch (sc->t[i] | 0x20) {
    case 't': case 'f': case 's': case 'e': case 'n': case 'h': break;
    default: return -1;
    }
    while (k < sc->n && k - i < 15 &&
           ((sc->t[k] >= 'a' && sc->t[k] <= 'z') ||
            (k == i && sc->t[k] >= 'A' && sc->t[k] <= 'Z')))
        k++;
    size_t n = k - i, m;
    if (n == 0 || n >= sizeof low || is_alnum(cp_at(sc, k, &m)))
        return -1;
    for (size_t j = 0; j < n; j++)
        low[j] = (char)(sc->t[i + j] | 0x20);
    low[n] = '\0';
    for (int v = 2; v < 20; v++)
        if (low[0] == number_words[v][0] && strcmp(low, number_words[v]) == 0) {
            *end = k;
            return v;
        }
    for (int v = 2; v < 10; v++)
        if (low[0] == tens_words[v][0] && strcmp(low, tens_words[v]) == 0) {
            *end = k;
            if (k + 1 < sc->n && sc->t[k] == '-') {
                size_t u = k + 1, ue = u;
                while (ue < sc->n && sc->t[ue] >= 'a' && sc->t[ue] <= 'z')
                    ue++;
                for (int d = 1; d < 10; d++)
                    if (ue - u == strlen(number_words[d]) &&
                        memcmp(sc->t + u, number_words[d], ue - u) == 0) {
                        *end = ue;
                        return v * 10 + d;
                    }
                return -1; /* "twenty-fourth" */
            }
            return v * 10;
        }
    for (size_t h = 0; h < sizeof big_number_words / sizeof *big_number_words;
         h++)
        if (strcmp(low, big_number_words[h].word) == 0) {
            *end = k;
            return big_number_words[h].value;
        }
    return -1;
}

#include "number_words.h"

/* Lower-case the first letter of s[0, len) in place where it is a capital
 * of ASCII, Latin-1 or Russian (same length in UTF-8 either way). */
static void
lower_initial(char *s, size_t len)
{
    unsigned char *u = (unsigned char *)s;
    size_t n;
    uint32_t c = pt__decode(s, len, 0, &n);
    if (!pt__is_upper(c))
        return;
    if (n == 1 || (c >= 0xC0 && c <= 0xDE) || (c >= 0x410 && c <= 0x41F)) {
        u[n - 1] += 0x20; /* A-Z, À-Þ, А-П */
    } else { /* Р-Я, D0 A0-AF, are р-я, D1 80-8F */
        u[0] = 0xD1;
        u[1] -= 0x20;
    }
}

/* Does a word of spelled_numbers, or one of its phrases, begin with the
 * word `key` ("cincuenta" of "cincuenta y dos")?  The words and phrases
 * that begin with it follow one another in byte order, and the first of
 * them is the word alone or the word and a space, where there is one. */
static bool
spelled_first_word(const char *key, size_t len)
{
    size_t lo = 0, hi = sizeof spelled_numbers / sizeof *spelled_numbers;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(spelled_numbers[mid].word, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == sizeof spelled_numbers / sizeof *spelled_numbers)
        return false;
    const char *w = spelled_numbers[lo].word;
    return strncmp(w, key, len) == 0 && (w[len] == '\0' || w[len] == ' ');
}

/* A number written in words in French, Spanish, Russian or Arabic at t[i]
 * ("deux", "vingt-cinq", "treinta y dos", "двух", "ثلاثة وعشرين"), one to
 * three words, capitalised or not: its value and *end, or -1. */
static int
read_spelled_number(const pt_scan *sc, size_t i, size_t *end)
{
    char key[96];
    size_t ends[3], nw = 0, k = i, n;
    while (nw < 3) {
        size_t w = k;
        while (k < sc->n && (is_word_char(cp_at(sc, k, &n)) ||
                             (k > w && sc->t[k] == '-')))
            k += n;
        if (k == w || k - i >= sizeof key)
            break;
        ends[nw++] = k;
        if (nw == 1) { /* most words begin none: one search, and no more
                          words read */
            memcpy(key, sc->t + i, k - i);
            key[k - i] = '\0';
            lower_initial(key, k - i);
            if (!spelled_first_word(key, k - i))
                return -1;
        }
        if (k >= sc->n || sc->t[k] != ' ')
            break;
        k++;
    }
    while (nw > 0) {
        size_t len = ends[--nw] - i;
        memcpy(key, sc->t + i, len);
        key[len] = '\0';
        lower_initial(key, len);
        size_t lo = 0, hi = sizeof spelled_numbers / sizeof *spelled_numbers;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int cmp = strcmp(spelled_numbers[mid].word, key);
            if (cmp == 0) {
                *end = i + len;
                return spelled_numbers[mid].value;
            }
            if (cmp < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    return -1;
}

/* What makes a number a share: "3.0％", "15 per cent", "15 %", "15 por
 * ciento", "15 процентов", "15 في المائة"; and percentage points, a
 * difference of shares ("4.5个百分点", "2,6 puntos porcentuales": 0.045,
 * 0.026). */
static const char *const percent_words[] = {
    "percentage points", "percentage point", "points de pourcentage",
    "point de pourcentage", "puntos porcentuales", "punto porcentual",
    "процентных пункта", "процентных пунктов", "процентного пункта",
    "процентный пункт", "نقطة مئوية", "نقاط مئوية",
    "%",          "％",          "٪",          "per cent",  "percent",
    "pour cent",  "por ciento",  "процентов",  "процентам", "процентами",
    "процентах",  "процента",    "процент",    "في المائة", "في المئة",
    "个百分点",   "百分点"};

/* The end of a percent word at t[k], or 0. */
static size_t
percent_end(const pt_scan *sc, size_t k)
{
    size_t f = 0;
    for (size_t w = 0; w < sizeof percent_words / sizeof *percent_words && !f;
         w++)
        f = script_word_at(sc, k, percent_words[w]);
    return f;
}

/* en: the words after a number that are not what it counts, but join it
 * to what follows ("5 in 2015", "10 to 12"; a numbered thing's number,
 * "subprogramme 4 of programme 19", is after_numbered_thing's; "20 of the
 * 30 members" counts); "and" and "or" only where no count follows them
 * ("tables 9 and 10", not "45 and 46 per cent" nor "two and three
 * sessions"). */
static const char *const not_counted_en[] = {
    "as", "at", "by", "for", "from", "in", "on", "the", "to", "with"};
static const char *const list_words_en[] = {"and", "or"};

/* Is a plural-looking lower-case word at t[i] ("sessions", "studies"), no
 * function word?  After "and" or "or", the next number's. */
static bool
counted_noun_at(const pt_scan *sc, size_t i)
{
    size_t k = i, d;
    while (k < sc->n && sc->t[k] >= 'a' && sc->t[k] <= 'z')
        k++;
    if (k - i < 2 || word_in(sc, i, not_counted_en,
                             sizeof not_counted_en / sizeof *not_counted_en) == k)
        return false;
    if (word_in(sc, i, list_words_en, 2) != k)
        return true;
    size_t x;
    if (k < sc->n && sc->t[k] == ' ' && read_number_word(sc, k + 1, &x) >= 0)
        return true; /* "two and three sessions" */
    for (d = k + 1; d < sc->n && is_digit_at(sc, d); d++)
        ;
    if (k >= sc->n || sc->t[k] != ' ' || d == k + 1 || d + 1 >= sc->n ||
        sc->t[d] != ' ')
        return false;
    if (percent_end(sc, d + 1))
        return true;
    return word_in(sc, d + 1, list_words_en, 2) == 0 &&
           counted_noun_at(sc, d + 1);
}

/* The words after a number that are not what it counts: function words
 * ("15 de marzo" is no count of "de"), by language. */
static const char *const not_counted[] = {
    "de", "du", "des", "et", "à", "au", "aux", "ou", "en", "la", "le", "les",
    "ci", /* "paragraphes 28 et 29 ci-dessus" */
    "est", "sont", "concernant", "relatif", "relative", "es", "son", "sobre",
    "relativo", "relativa",
    "pour", "par", "sur", "dans", "del", "y", "e", "o", "a", "al", "el",
    "los", "las", "para", "por", "con", "и", "в", "на", "по", "с", "к",
    "до", "из", "от", "за", "или", "года", "году", "год", "годом", "годах",
    "годы", "гг.", "г.",
    /* pronouns, verbs and conjunctions that a number's clause goes on
     * with ("4.576.331 se distribuyen", "79.266 como", "2085 был") */
    "se", "que", "qui", "como", "comme", "dont", "lo", "ne", "no",
    "ont", "était", "sera", "ha", "han", "fue", "fueron", "será", "entre",
    "contre", "contra", "selon", "según", "avec", "sans", "sin", "desde",
    "hasta", "depuis", "pendant", "durante", "что", "как", "не", "был",
    "была", "было", "были", "будет", "для", "при", "без", "между", "после",
    "повестки", /* "пункты 13 и 115 повестки дня": the agenda, no count */
    /* how often, after an amount ("R$ 5.000 mensuales", "300 euros
     * annuels"): adjectives, no noun counted */
    "mensual", "mensuales", "anual", "anuales", "diario", "diarios", "diaria",
    "diarias", "semanal", "semanales", "mensuel", "mensuels", "mensuelle",
    "mensuelles", "annuel", "annuels", "annuelle", "annuelles", "quotidien",
    "quotidiens", "hebdomadaire", "hebdomadaires",
    /* comparatives: "585 millions de moins", "3 млн больше" */
    "moins", "plus", "menos", "más", "больше", "меньше", "более", "менее",
    "و", "في", "من", "إلى", "على", "عن", "أو", "مع", "حتى", "بين", "عام",
    "ما", "لا", "قد", "كل", "هذه", "هذا", "التي", "الذي", "أعلاه", "أدناه",
    "حيث", "بشأن", "هو", "هي", "لعام", "لسنة", "بعد", "قبل", "خلال", "منذ",
    "منها", "منهم", "داخل", "خارج", "ذات",
    "ضد", "دون", "لدى", "عند", "وذلك", "وهو", "وهي", "وقد", "وفي", "ومن",
    "وعلى", "وإلى", "وعلاوة", "وفقا", "وفقاً"};

/* The nouns of fractions: "deux tiers", "dos tercios", "две трети" are
 * the fraction 2/3, not two of something. */
static const struct fraction_noun {
    const char *word;
    int denominator;
} fraction_nouns[] = {
    {"tiers", 3},   {"quarts", 4},   {"quart", 4},   {"tercios", 3},
    {"tercio", 3},  {"cuartos", 4},  {"cuarto", 4},  {"трети", 3},
    {"третей", 3},  {"треть", 3},    {"четверти", 4}, {"четвертей", 4},
    {"четверть", 4}, {"أرباع", 4}};

/* ar: fractions written as one word ("ثلث البلدان", a third of the
 * countries; "ثلثي الأعضاء", two thirds of the members). */
static const struct arabic_fraction {
    const char *word;
    int numerator, denominator;
} arabic_fractions[] = {{"ثلث", 1, 3}, {"ثلثا", 2, 3}, {"ثلثي", 2, 3}};

/* The words for one before a fraction's noun: "un tiers", "un tercio",
 * "одна треть", "одной трети", "одну четверть". */
static const char *const one_words[] = {"un", "Un", "una", "Una", "одна",
                                        "Одна", "одной", "одну"};

/* fr, es, ru: the end of the word for one at t[i] before a scale ("un
 * million", "un millón", "одного миллиона"), or i. */
static size_t
one_before_scale(const pt_scan *sc, size_t i)
{
    static const char *const ones[] = {"un", "Un", "один", "Один", "одного",
                                       "одним", "одном", "одному"};
    num v = {1, 0};
    for (size_t k = 0; k < sizeof ones / sizeof *ones; k++) {
        size_t e = script_word_at(sc, i, ones[k]);
        if (e && e < sc->n && sc->t[e] == ' ' && read_scale(sc, e + 1, &v) > e + 1)
            return e;
    }
    return i;
}

/* The denominator of the fraction noun t[k, f), or 0; in Arabic also
 * with a pronoun after it ("ثلاثة أرباعها", three quarters of it). */
static int
fraction_of(const pt_scan *sc, size_t k, size_t f)
{
    for (size_t w = 0; w < sizeof fraction_nouns / sizeof *fraction_nouns; w++) {
        size_t len = strlen(fraction_nouns[w].word);
        if (script_word_at(sc, k, fraction_nouns[w].word) == f ||
            (f - k == len + 4 && lit_at(sc, k, fraction_nouns[w].word) &&
             (lit_at(sc, k + len, "ها") || lit_at(sc, k + len, "هم"))))
            return fraction_nouns[w].denominator;
    }
    return 0;
}

static size_t counted_noun_end(const pt_scan *sc, size_t i);

/* fr, es: adjectives that stand before the noun a number counts ("22
 * antiguos espacios", "trois nouveaux camps"). */
static const char *const adjectives_before_nouns_fr_es[] = {
    "anciennes", "anciens", "antiguas", "antiguos", "autres", "derniers",
    "dernières", "distintas", "distintos", "diversas", "diversos", "grandes",
    "grands", "jeunes", "nouveaux", "nouvelles", "nuevas", "nuevos",
    "numerosas", "numerosos", "pequeñas", "pequeños", "petites", "petits",
    "premiers", "premières", "presuntas", "presuntos", "primeras", "primeros",
    "principales", "principaux", "présumés", "supuestas", "supuestos",
    "últimas", "últimos"};

/* fr, es: the end of what the number before t[k] counts, where the word
 * t[k, f) was read as its noun (the number ends at e).  A noun a number
 * above one counts is plural, and ends in -s, -x or -z, or is a unit of
 * three letters at most ("12 km"), or a capitalised name ("deux
 * Zaghawa"); another word is the
 * sentence's next (a verb: "1.758 residen"), and the number counts
 * alone.  An adjective before the noun takes the noun with it. */
static size_t
plural_noun_end_fr_es(const pt_scan *sc, size_t e, size_t k, size_t f,
                      double count)
{
    size_t n, g;
    if (word_in(sc, k, adjectives_before_nouns_fr_es,
                sizeof adjectives_before_nouns_fr_es /
                    sizeof *adjectives_before_nouns_fr_es) == f &&
        lit_at(sc, f, " ") && (g = counted_noun_end(sc, f + 1)) > f + 1 &&
        pt__char_in_set("sxz", cp_at(sc, pt__prev(sc->t, g), &n)))
        return g;
    uint32_t last = cp_at(sc, pt__prev(sc->t, f), &n);
    if (count <= 1 || f - k <= 3 || pt__char_in_set("sxz", last) ||
        pt__is_upper(cp_at(sc, k, &n)))
        return f; /* a people's name keeps its form: "deux Zaghawa" */
    return e;
}

/* A count, or a fraction where its noun is one: emit t[i, f) with the
 * value of `count` (formatted in `value`) or of count/denominator. */
static pt_status
emit_count(pt_scan *sc, size_t i, size_t k, size_t f, double count,
           const char *value)
{
    char ratio[48];
    int d = fraction_of(sc, k, f);
    if (d)
        format_ratio(count / d, ratio, sizeof ratio);
    else if (pt__listed_at(sc, k, ~(1u << PT_LABEL_NONE)))
        f = k - 1; /* one space after the number; "17 186 сирийских": the
                    * name after it is an entity of its own */
    return pt__emit(sc, i, f, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s",
                    d ? ratio : value);
}

/* A time of day is no quantity: "à 10 heures", "a las 10 horas", "в 10
 * часов", "vers 11 heures", "после 22 часов": the words before the
 * number and the hour's noun after it; or a range of hours after it ("de
 * 10 heures à 13 heures"); or a block's first words, as a programme's
 * items begin, a title after it ("19 heures Séance ..."); its minutes
 * ("17 h 30") are none either. */
static const char *const clock_before[] = {"à", "las", "в", "vers", "après",
                                           "dès", "после"};
static const char *const clock_range[] = {"à", "a", "y", "et", "до", "-"};
static const char *const clock_hours[] = {"heures", "heure", "h", "horas",
                                          "hora", "часов", "часа", "ч."};

/* Is the number at t[i] the minutes of a time written "17 h 30"? */
static bool
clock_minutes(const pt_scan *sc, size_t i)
{
    size_t h = i;
    if (h >= 2 && sc->t[h - 1] == ' ')
        h--;
    if (h < 2 || sc->t[h - 1] != 'h')
        return false;
    h--;
    if (h >= 1 && sc->t[h - 1] == ' ')
        h--;
    return h >= 1 && is_digit_at(sc, h - 1);
}

/* en: is the number t[i, e) a time of day written in four digits, "at
 * 1100 hours", "between 1100 and 1200 hours" (a duration that long is
 * grouped: "1,100 hours")? */
static bool
military_time(const pt_scan *sc, size_t i, size_t e)
{
    static const char *const joins[] = {" and ", " to ", "-"};
    if (e - i != 4 || digits_at(sc, i) != 4)
        return false;
    size_t j = lit_in(sc, e, joins, sizeof joins / sizeof *joins);
    if (j && digits_at(sc, j) == 4)
        e = j + 4;
    return e + 1 < sc->n && sc->t[e] == ' ' && word_at(sc, e + 1, "hours");
}

/* Is the number t[i, e) with the noun t[k, f) after it a time of day? */
static bool
clock_time(const pt_scan *sc, size_t i, size_t k, size_t f)
{
    bool hours = false;
    for (size_t w = 0; w < sizeof clock_hours / sizeof *clock_hours; w++)
        hours = hours || script_word_at(sc, k, clock_hours[w]) == f;
    if (!hours)
        return false;
    size_t a = script_word_in(sc, skip_sp(sc, f), clock_range,
                              sizeof clock_range / sizeof *clock_range);
    if (a && is_digit_at(sc, skip_sp(sc, a))) {
        size_t h = skip_sp(sc, a);
        while (is_digit_at(sc, h))
            h++;
        if (script_word_in(sc, skip_sp(sc, h), clock_hours,
                           sizeof clock_hours / sizeof *clock_hours))
            return true; /* de 10 heures à 13 heures */
    }
    /* at a block's start, a programme's item opens with its time
     * ("19 heures Séance d'information") */
    if (i == 0) {
        size_t c = skip_sp(sc, f), n0;
        return c > f && c < sc->n && pt__is_upper(cp_at(sc, c, &n0));
    }
    if (i < 2 || sc->t[i - 1] != ' ')
        return false;
    size_t b = pt__prev(sc->t, i - 1), n;
    while (b > 0 && is_word_char(cp_at(sc, pt__prev(sc->t, b), &n)))
        b = pt__prev(sc->t, b);
    for (size_t w = 0; w < sizeof clock_before / sizeof *clock_before; w++)
        if (script_word_at(sc, b, clock_before[w]) == i - 1)
            return true;
    return false;
}

/* The nouns before a number that names a numbered thing ("paragraphe 5
 * des", "пункте 5 резолюции", "البند 5 من", "subprogramme 3 on", "Figure
 * 2 shows"), not one that counts: stems, by language, the first letter
 * in either case. */
static const char *const numbered_things[] = {
    "paragraphe", "alinéa", "article", "point", "règle", "annexe",
    "section", "chapitre", "résolution", "décision", "page", "tableau",
    "figure", "partie", "párrafo", "apartado", "artículo", "tema",
    "regla", "anexo", "sección", "capítulo", "resolución", "decisión",
    "página", "cuadro", "gráfico", "parte", "пункт", "подпункт", "стать",
    "правил", "приложени", "раздел", "глав", "резолюци", "решени",
    "страниц", "таблиц", "рисун", "част", "действи", "параграф",
    "подпрограмм", "программ", "ст.", "الفقرة", "المادة", "البند",
    "القاعدة", "المرفق", "الفرع", "الفصل", "القرار", "المقرر", "الصفحة",
    "الجدول", "الشكل", "الجزء", "table", "item", "action", "subprogramme",
    "programme", "schedule", "title", "goal", "recommendation", "annex",
    "appendix", "box", "category", "chapter", "cluster", "option",
    "paragraph", "phase", "stage", "step", "target", "tier"};

/* A lower-case letter of Latin, Cyrillic or Arabic (which has no case). */
static bool
is_lower_word_char(uint32_t c)
{
    return pt__is_lower(c) || (c >= 0x430 && c <= 0x45F) ||
           (c >= 0x620 && c <= 0x64A) || (c >= 0x66E && c <= 0x6D3);
}


/* ru: the endings of the plural adjectives a number of two or more takes
 * (genitive, nominative, dative, instrumental), which no noun after a
 * number ends with ("организаций", "мероприятие" do not) */
static const char *const plural_adjective_endings_ru[] = {
    "ых", "их", "ые", "ие", "ым", "им", "ыми", "ими"};

/* ru: the noun after the adjective t[i, k) in a count, which Russian
 * writes before it and the span keeps ("14 совместных мероприятий", "120
 * молодых людей"): its end, two adjectives at most; or k. */
static size_t
noun_after_adjective_ru(const pt_scan *sc, size_t i, size_t k, int depth)
{
    if (depth > 2 || k + 1 >= sc->n || sc->t[k] != ' ' ||
        ((unsigned char)sc->t[i] & 0xFE) != 0xD0 || /* Cyrillic */
        !pt__ends_in(sc, i, k, plural_adjective_endings_ru,
                     sizeof plural_adjective_endings_ru /
                         sizeof *plural_adjective_endings_ru))
        return k;
    size_t f = counted_noun_end(sc, k + 1);
    if (f == k + 1)
        return k;
    return noun_after_adjective_ru(sc, k + 1, f, depth + 1);
}

/* What joins a scale to the noun it counts: French's and Spanish's "de"
 * (millions de personnes, millones de personas), a space in Russian and
 * Arabic (млн граждан, مليون شخص). */
static const char *const scale_noun_links[] = {" de ", " d\xE2\x80\x99", " d'", " "};

/* The end of the counted noun at t[i] in French, Spanish, Russian or
 * Arabic ("20 pays", "treinta personas", "20 стран", "11 خطا"): a
 * lower-case word of two letters or more that is no function word and no
 * month, and in Russian the noun its adjectives come before; or i. */
static size_t
counted_noun_end(const pt_scan *sc, size_t i)
{
    size_t k = i, n, letters = 0;
    while (k < sc->n && is_lower_word_char(cp_at(sc, k, &n))) {
        k += n;
        letters++;
    }
    size_t x;
    /* a unit of one letter: "200 m", "500 g" */
    bool unit = letters == 1 && (sc->t[i] == 'm' || sc->t[i] == 'g');
    if ((letters < 2 && !unit) || is_word_char(cp_at(sc, k, &n)) ||
        pt__month_of(sc->t, i, k) || pt__arabic_month_at(sc, i, &x))
        return i; /* a month: a day without its year, "3 كانون الأول" */
    for (size_t w = 0; w < sizeof not_counted / sizeof *not_counted; w++)
        if (script_word_at(sc, i, not_counted[w]) == k)
            return i;
    if (read_spelled_number(sc, i, &x) >= 0 && x == k)
        return i; /* "шестьдесят седьмой": an ordinal's parts */
    /* "and" before a word that begins with alef or a verb's prefix is the
     * next phrase ("25 وأكد", "659 وأي", "3 وياء"): no noun after a
     * number begins so */
    static const char *const and_phrases[] = {"وا", "وأ", "وإ", "وآ", "وي",
                                              "وت"};
    if (lit_in(sc, i, and_phrases, sizeof and_phrases / sizeof *and_phrases))
        return i;
    /* Arabic counts with an indefinite noun: one with the article, after
     * a clitic or not, is the next phrase ("52 والفقرة") */
    x = lit_in(sc, i, pt__arabic_clitics, PT_ARABIC_CLITICS);
    if (lit_at(sc, x ? x : i, "ال") || lit_at(sc, i, "لل"))
        return i;
    /* ... and so is "and" + a numbered thing ("1325 وقرار", "5 وفقرة") */
    for (size_t w = 0; x && w < sizeof numbered_things / sizeof *numbered_things;
         w++)
        if (strncmp(numbered_things[w], "ال", 4) == 0 &&
            strlen(numbered_things[w]) - 4 == k - x &&
            memcmp(sc->t + x, numbered_things[w] + 4, k - x) == 0)
            return i;
    return noun_after_adjective_ru(sc, i, k, 0);
}

/* Is the number t[i, e) one that an Arabic extractor glued to the next
 * phrase (the tagger reads a tab there, entities.c): a year ("7101وأهدافها",
 * a year whose font substitutes digits, 2015) or a number before "and"
 * (و, ف)?  Then the word after it is counted by nothing; a smaller number
 * glued to its noun ("3أنواع") is a count. */
static bool
glued_phrase(const pt_scan *sc, size_t i, size_t e)
{
    if (e >= sc->n || sc->t[e] != '\t')
        return false;
    return e - i >= 4 || lit_at(sc, e + 1, "و") || lit_at(sc, e + 1, "ف");
}

/* The stem s[0, len) at t[b] with its first letter a capital, Latin or
 * Cyrillic ("Table 2", "Таблицу 10"). */
static bool
capitalised_stem_at(const pt_scan *sc, size_t b, const char *s, size_t len)
{
    size_t n, m;
    uint32_t c = pt__decode(s, len, 0, &n), t = cp_at(sc, b, &m);
    bool capital = (c >= 'a' && c <= 'z') || (c >= 0x430 && c <= 0x44F);
    return capital && t == c - 0x20 && m == n &&
           memcmp(sc->t + b + n, s + n, len - n) == 0;
}

/* Does the word before t[i] (one space before it) name a numbered thing? */
static bool
after_numbered_thing(const pt_scan *sc, size_t i)
{
    size_t n;
    if (i > 0 && sc->t[i - 1] == '-')
        i--; /* "الشكل -2": Arabic's "Figure 2" as the extractor left it */
    size_t e = i > 0 ? pt__prev(sc->t, i) : 0, b = e;
    if (i == 0 || !pt__is_space(cp_at(sc, e, &n)))
        return false;
    while (e > 0 && sc->t[e - 1] == ' ')
        e--; /* extractors double spaces */
    b = e - (e > 0 && sc->t[e - 1] == '.'); /* an abbreviation: "ст. 3" */
    while (b > 0 && is_word_char(cp_at(sc, pt__prev(sc->t, b), &n)))
        b = pt__prev(sc->t, b);
    for (; b < e; b += n) { /* the stem after a clitic (وفي البند 5) */
        for (size_t w = 0; w < sizeof numbered_things / sizeof *numbered_things;
             w++) {
            const char *stem = numbered_things[w];
            size_t len = strlen(stem);
            /* ل fused with the article: للمادة for ل + المادة */
            if (lit_at(sc, b, "لل") && strncmp(stem, "ال", 4) == 0 &&
                len <= e - b &&
                memcmp(sc->t + b + 4, stem + 4, len - 4) == 0)
                return true;
            if (len <= e - b && (memcmp(sc->t + b, stem, len) == 0 ||
                                 capitalised_stem_at(sc, b, stem, len)))
                return true;
        }
        /* only Arabic fuses clitics to the front: "appointed" holds no
         * "point" */
        if (!pt__is_arabic_letter(cp_at(sc, b, &n)))
            break;
    }
    return false;
}

/* The words that join the numbers of a list ("4 et 5", "4 y 5", "4 and
 * 5", "4 и 5", "4 و 5"). */
static const char *const list_joins[] = {"et", "ou", "y", "e", "o", "и",
                                         "или", "و", "أو", "and", "or"};

/* Is the number at t[i] a later one of a list whose first number follows a
 * numbered thing ("paragraphes 4 et 5 ci-dessus", "الجدولين 9 و 10",
 * "пунктах 3, 4 и 5")?  Reads back over the list's words, a space before
 * each: conjunctions and numbers, a comma after a number. */
static bool
after_numbered_list(const pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    bool joined = false;
    for (size_t b = i, words = 0; words < 12; words++) {
        if (b < 2 || t[b - 1] != ' ')
            return false;
        size_t e = b - 1, w = e;
        while (w > 0 && (unsigned char)t[w - 1] > ' ')
            w--; /* a space is one byte: never inside a character */
        size_t digits = 0;
        while (w + digits < e && t[w + digits] >= '0' && t[w + digits] <= '9')
            digits++;
        if (digits && (w + digits == e || (w + digits + 1 == e && t[e - 1] == ','))) {
            if (joined && after_numbered_thing(sc, w))
                return true;
        } else {
            bool join = false;
            for (size_t k = 0; k < sizeof list_joins / sizeof *list_joins; k++)
                join = join || (strlen(list_joins[k]) == e - w &&
                                memcmp(t + w, list_joins[k], e - w) == 0);
            if (!join)
                return false;
            joined = true;
        }
        b = w;
    }
    return false;
}

/* The end of a counted noun written with a capital at t[i] ("cinq États",
 * "dos Estados": UN French and Spanish capitalise States, Parties and
 * Members), or i.  After a spelled number, or after digits that follow a
 * word in lower case ("de 131 États"): a capitalised word after digits
 * alone is more often a heading's title ("5 Introduction").  Four letters
 * or more: a capitalised "Les" or "Des" starts a sentence. */
static size_t
titled_noun_end(const pt_scan *sc, size_t i)
{
    size_t n;
    if (i >= sc->n || !pt__is_upper(cp_at(sc, i, &n)))
        return i;
    size_t f = counted_noun_end(sc, i + n), letters = 0;
    for (size_t k = i; k < f; k += n, letters++)
        cp_at(sc, k, &n);
    return letters >= 4 ? f : i; /* not "Les", "Des" starting a sentence */
}

/* en: units and measures that stay inside a count's span (ANNOTATION.md:
 * "six months", "917 km"), from CLDR (generated); a singular one also
 * after a hyphen ("five-year", "10-day", "12.5-kilogram"). */
#include "unit_names.h"

/* What puts a count above its number ("more than 20", "over 20", "plus
 * de 20", "más de 20", "более 20", "أكثر من 20"). */
static const char *const above_words[] = {
    "more than ", "More than ", "over ",       "Over ",       "plus de ",
    "Plus de ",   "más de ",    "Más de ",     "более ",      "Более ",
    "свыше ",     "Свыше ",     "أكثر من ",   "ما يزيد على ", "ما يزيد عن ",
    /* es "más del 30%" (de and el joined); an age above its number, as
     * English's "over 18": "mayores de 18 años", "старше 18 лет" */
    "más del ",   "Más del ",   "mayores de ", "Mayores de ", "mayor de ",
    "старше ",    "Старше "};

/* ... except after a negation: "no more than 20", "pas plus de 20", "не
 * более 20", "لا يزيد" are at most 20 (ANNOTATION.md: the value is the
 * number). */
static const char *const above_negations[] = {"no ", "No ", "not ", "pas ",
                                              "не ", "Не "};

/* en: words before a duration that make it a relative date ("in the past
 * five years"), which is not tagged. */
static const char *const relative_en[] = {"past ", "last ", "next ",
                                          "coming "};

/* Does one of the `count` phrases `before` (each ending in a space) end
 * just before t[i]?  Its start, or i. */
static size_t
phrase_before(const pt_scan *sc, size_t i, const char *const *before,
              size_t count)
{
    for (size_t w = 0; w < count; w++) {
        size_t len = strlen(before[w]);
        if (i >= len && memcmp(sc->t + i - len, before[w], len) == 0 &&
            at_word_start(sc, i - len))
            return i - len;
    }
    return i;
}

/* The start of the words of above_words before t[i], or i. */
static size_t
above_before(const pt_scan *sc, size_t i)
{
    size_t b = phrase_before(sc, i, above_words,
                             sizeof above_words / sizeof *above_words);
    if (b < i && phrase_before(sc, b, above_negations,
                               sizeof above_negations /
                                   sizeof *above_negations) < b)
        return i;
    return b;
}

/* fr, es, ru: is the year-shaped number at t[i], before a counted noun,
 * a count?  After "plus de", "более" (above < i), and in Russian, which
 * writes a four-digit number without a space ("более 2000 человек", "1500
 * беженцев") and a year with its noun (в 2000 году); French and Spanish
 * write "2 000", "2.000", and a year may open a clause without a comma
 * ("en 2014 países como ..."). */
static bool
year_shaped_count(const pt_scan *sc, size_t i, size_t above)
{
    /* год in the next two words: the year's noun ("между 2008 и 2015
     * годами", "2014 финансового года") */
    size_t k = skip_sp(sc, i + 4);
    for (int w = 0; w < 2 && k < sc->n; w++) {
        if (lit_at(sc, k, "год"))
            return false;
        while (k < sc->n && sc->t[k] != ' ')
            k++;
        k = skip_sp(sc, k);
    }
    return above < i || sc->langs == PT_LANG_RU;
}

/* fr, es, ru: the words that make a count a relative date ("les cinq
 * dernières années", "los últimos cinco años", "los diez últimos años",
 * "последние пять лет"), which is not tagged, as English leaves "the past
 * five years": after the number in French and Spanish, before it in
 * Spanish and Russian. */
static const char *const relative_after[] = {
    "derniers", "dernières", "prochains", "prochaines", "últimos", "últimas",
    "próximos", "próximas"};
static const char *const relative_before[] = {
    "últimos ",    "últimas ",    "próximos ",  "próximas ",
    "последние ",  "последних ",  "последними ", "ближайшие ",
    "ближайших ",  "ближайшими "};

/* Is the number at t[i], with the word at t[k] after it, a relative
 * date's? */
static bool
relative_count(const pt_scan *sc, size_t i, size_t k)
{
    return word_in(sc, k, relative_after,
                   sizeof relative_after / sizeof *relative_after) ||
           phrase_before(sc, i, relative_before,
                         sizeof relative_before / sizeof *relative_before) < i;
}

/* After an English number t[i, e), a scale ("5.5 million", which scales
 * *v) and a unit ("two weeks", "five-year"): where the count's span ends,
 * or e; or 0 for a relative date ("the past five years"). */
static size_t
measure_end_en(const pt_scan *sc, size_t i, size_t e, num *v)
{
    size_t u = 0;
    if (e + 1 < sc->n && sc->t[e] == '-')
        u = word_in(sc, e + 1, units_en, sizeof units_en / sizeof *units_en);
    if (u == 0) {
        size_t k = skip_sp(sc, e);
        if (k < sc->n && pt__is_latin_letter((unsigned char)sc->t[k]))
            e = read_scale(sc, e, v);
        if (e + 1 < sc->n && sc->t[e] == ' ')
            u = word_in(sc, e + 1, units_en,
                        sizeof units_en / sizeof *units_en);
    }
    if (u && u + 1 < sc->n && sc->t[u] == '-' && pt__is_latin_letter((unsigned char)sc->t[u + 1]))
        u = 0; /* a compound goes on: "megawatt-hours" is no unit read */
    if (u && phrase_before(sc, i, relative_en,
                           sizeof relative_en / sizeof *relative_en) < i)
        return 0;
    return u ? u : e;
}


/* en: the powers of ten a number in words multiplies by, as ICU's
 * spellout rules write them ("two hundred and fifty million"); "hundred"
 * and "thousand" read_number_word reads. */
static const scale_word scales_en[] = {
    {"million", 6}, {"billion", 9}, {"trillion", 12}};

/* The power of ten of the scale word at t[k] (hundred 2, thousand 3,
 * million 6...), *e after it; or 0. */
static int
scale_word_en(const pt_scan *sc, size_t k, int w, size_t *e)
{
    if (w == 100 || w == 1000)
        return w == 100 ? 2 : 3;
    for (size_t s = 0; s < sizeof scales_en / sizeof *scales_en; s++) {
        size_t f = word_at(sc, k, scales_en[s].word);
        if (f) {
            *e = f;
            return scales_en[s].exp10;
        }
    }
    return 0;
}

/* An English number in words at t[i], its words as ICU's spellout rules
 * join them ("two hundred and fifty million", "one hundred thousand",
 * "twenty-five", "Ten"): its value and *end, or -1.  A scale multiplies
 * the number before it ("several hundred" is no number, "a thousand" is
 * one); "and" joins only after a
 * scale ("hundred and fifty"), so "two and three" are two numbers.
 * *scaled: a thousand or more multiplied it ("three million"). */
static int64_t
read_number_words_en(const pt_scan *sc, size_t i, size_t *end, bool *scaled)
{
    int64_t total = 0, group = 0;
    bool units_last = false, tens_last = false, any = false;
    int last_exp = 13; /* each thousand or more smaller than the one before */
    size_t scale_end = i;
    /* "a thousand organizations": the article stands for one */
    bool article = i >= 2 && sc->t[i - 1] == ' ' &&
                   (sc->t[i - 2] | 0x20) == 'a' &&
                   (i == 2 || !is_alnum((unsigned char)sc->t[i - 3]));
    *scaled = false;
    for (size_t k = i, e = 0;;) {
        int w = -1;
        if ((e = word_at(sc, k, "one")) || (k == i && (e = word_at(sc, k, "One"))))
            w = 1;
        else
            w = read_number_word(sc, k, &e);
        int exp = scale_word_en(sc, k, w, &e);
        bool unit_after_tens = tens_last && w >= 1 && w <= 9; /* "seventy five" */
        if ((w < 0 && exp == 0) || (exp == 0 && units_last && !unit_after_tens) ||
            (exp && group == 0 && !(k == i && article)) ||
            (exp == 2 && group >= 100) || total > INT64_C(1) << 50)
            break;
        if (exp > 2 && exp >= last_exp) { /* "two million three million" */
            *end = scale_end;
            return total;
        }
        if (exp == 0) {
            group += w;
        } else if (exp == 2) {
            group = (group ? group : 1) * 100;
        } else {
            int64_t p = 1;
            for (int z = 0; z < exp; z++)
                p *= 10;
            total += (group ? group : 1) * p;
            group = 0;
            last_exp = exp;
            scale_end = e;
            *scaled = true;
        }
        units_last = exp == 0;
        tens_last = exp == 0 && w >= 20 && w % 10 == 0 && !unit_after_tens;
        any = true;
        *end = e;
        if (e + 1 >= sc->n || sc->t[e] != ' ')
            break;
        k = e + 1;
        size_t a = units_last ? 0 : word_at(sc, k, "and");
        if (a && a + 1 < sc->n && sc->t[a] == ' ')
            k = a + 1;
    }
    return any ? total + group : -1;
}

/* en: plurals that do not end in "s" ("2,600 Yazidi women"). */
static const char *const irregular_plurals_en[] = {"children", "men", "people",
                                                    "women"};

/* en: a count's noun phrase that opens with a capital ("five Regions",
 * "13 ESCWA member States", "four Arab countries"): up to four words,
 * capitalised or upper-case and at most two lower-case, the last a plural
 * of four letters or more ending in a single s; not a month ("26 February
 * was"). */
static bool
titled_count_at(const pt_scan *sc, size_t k)
{
    if (k >= sc->n || sc->t[k] < 'A' || sc->t[k] > 'Z')
        return false;
    for (int words = 0, lower = 0; words < 4; words++) {
        size_t b = k, n;
        while (k < sc->n && (sc->t[k] | 0x20) >= 'a' && (sc->t[k] | 0x20) <= 'z')
            k++;
        if (k - b < 2 || is_alnum(cp_at(sc, k, &n)) ||
            (words == 0 && pt__month_of(sc->t, b, k)) ||
            (sc->t[b] >= 'a' && ++lower > 2))
            return false;
        if ((k - b >= 4 && sc->t[k - 1] == 's' && sc->t[k - 2] != 's' &&
             sc->t[k - 2] >= 'a') ||
            word_in(sc, b, irregular_plurals_en,
                    sizeof irregular_plurals_en / sizeof *irregular_plurals_en) == k)
            return true;
        if (k + 1 >= sc->n || sc->t[k] != ' ')
            return false;
        k++;
    }
    return false;
}

/* Is the word before t[i] (one space before it) written in lower case, or
 * is t[i] after a comma or an opening bracket or the text's start?  Then a
 * number at i counts ("from 13 ESCWA member States"); after a capitalised
 * word it is more often a numbered thing's ("Item 4 Regional issues",
 * "Figure 3 Social spending"). */
static bool
after_lower_word(const pt_scan *sc, size_t i)
{
    if (i == 0)
        return true;
    if (i < 2 || sc->t[i - 1] != ' ')
        return sc->t[i - 1] == '(';
    size_t b = i - 1;
    if (sc->t[b - 1] == ',')
        return true;
    while (b > 0 && (sc->t[b - 1] | 0x20) >= 'a' && (sc->t[b - 1] | 0x20) <= 'z')
        b--;
    return b < i - 1 && sc->t[b] >= 'a' && sc->t[b] <= 'z' &&
           (b == 0 || !is_alnum((unsigned char)sc->t[b - 1]));
}

/* Does a percentage after the number ending at t[e] govern it too ("45
 * and 46 per cent", "between 10 and 20 per cent", "45 и 46 процентов",
 * "entre 10 et 20 %", "بين 10 و 20 في المائة")? */
static bool
shares_percent(const pt_scan *sc, size_t e)
{
    /* not "or" ("1/3 or 33.3 per cent" restates) nor a comma ("36,070,
     * 0.9 per cent lower" moves on) */
    static const char *const joins[] = {" and ", " to ", " et ", " à ",
                                        " y el ", " y ",  " al ", " a ",
                                        " и ",   " до ", " و "};
    size_t k = lit_in(sc, e, joins, sizeof joins / sizeof *joins), f;
    num v;
    if (!k || (f = read_number(sc, k, &v)) == k)
        return false;
    return percent_end(sc, skip_sp(sc, f)) > 0;
}

/* ru: the stems of the adjectives a number makes with a unit ("10-месячный
 * период", "15-летняя девочка", "пятилетний", "30-процентная квота"),
 * which English writes "10-month", "15-year-old", "five-year", "30 per
 * cent"; "двухгодичный" is the biennium, no count.  The number's prefix
 * forms, 2-10, before them. */
static const char *const compound_units_ru[] = {"летн", "месячн", "дневн",
                                                "недельн", "процентн"};
static const struct compound_number {
    const char *prefix;
    int value;
} compound_numbers_ru[] = {
    {"двух", 2},  {"трех", 3},   {"трёх", 3},   {"четырех", 4}, {"четырёх", 4},
    {"пяти", 5},  {"шести", 6},  {"семи", 7},   {"восьми", 8},  {"девяти", 9},
    {"десяти", 10}};

/* ru: a compound's unit at t[k] (after a hyphen or glued to the number):
 * the end of its word, *share whether it is a percentage; or 0. */
static size_t
compound_unit_ru(const pt_scan *sc, size_t k, bool *share)
{
    size_t n, f;
    for (size_t u = 0; u < sizeof compound_units_ru / sizeof *compound_units_ru;
         u++)
        if (lit_at(sc, k, compound_units_ru[u])) {
            *share = u + 1 == sizeof compound_units_ru / sizeof *compound_units_ru;
            for (f = k; is_word_char(cp_at(sc, f, &n)); f += n)
                ;
            return f;
        }
    return 0;
}

/* ar: the words after a count that make it a relative date ("السنوات
 * الثلاث الماضية", the past three years). */
static const char *const relative_after_ar[] = {
    "الماضية", "الأخيرة", "المقبلة", "القادمة", "الماضي", "الأخير",
    "المقبل", "القادم"};

/* ar: a number word with the article after a noun with it counts the
 * noun ("الدول الخمس", the five States; "السنوات الثلاث"): its value and
 * the span from the noun, *b to *e; or -1.  Three to ten only, whose
 * ordinals are other words (الخامس, the fifth); from twenty on the two
 * are one (الدورة الخمسين, the fiftieth session). */
static int
definite_count_ar(const pt_scan *sc, size_t i, size_t *b, size_t *e)
{
    size_t n, p = i - 1;
    if (!(sc->langs & PT_LANG_AR) || sc->langs == PT_ALL_LANGS ||
        !lit_at(sc, i, "ال") || i < 2 || sc->t[p] != ' ')
        return -1;
    int w = read_spelled_number(sc, i + 4, e);
    if (w < 3 || w > 10 || is_word_char(cp_at(sc, *e, &n)) ||
        word_in(sc, skip_sp(sc, *e), relative_after_ar,
                sizeof relative_after_ar / sizeof *relative_after_ar))
        return -1;
    while (p > 0 && is_word_char(cp_at(sc, pt__prev(sc->t, p), &n)))
        p = pt__prev(sc->t, p);
    size_t q = lit_in(sc, p, pt__arabic_clitics, PT_ARABIC_CLITICS);
    if (p + 1 >= i || !(lit_at(sc, q ? q : p, "ال") || lit_at(sc, p, "لل")))
        return -1;
    *b = q && lit_at(sc, q, "ال") ? q : p; /* the clitic stays outside */
    return w;
}

/* ar: the partitive after a number in words, "ثلاثة من التقارير" (three
 * of the reports), "ثلاث منها" (three of them): English counts "three of
 * the reports" and "three of them", and so does Arabic, with the numeral
 * alone as the span (from three: "اثنان منهم" stays uncounted, as "two"
 * does after no dual).  Is it at t[k]? */
static bool
partitive_at_ar(const pt_scan *sc, size_t k)
{
    static const char *const of_them[] = {"منها", "منهم", "منهن", "منهما"};
    size_t n;
    if (!(sc->langs & PT_LANG_AR) || sc->langs == PT_ALL_LANGS)
        return false;
    return script_word_in(sc, k, of_them, sizeof of_them / sizeof *of_them) ||
           (lit_at(sc, k, "من ") && pt__is_arabic_letter(cp_at(sc, k + 5, &n)));
}

/* ar: is the number at t[i] a list item's, "2-" on the page, that the
 * extractor wrote "-2" after a space ("-1 افتتاح الدورة. -2 انتخاب أعضاء
 * المكتب"), as it writes paragraph numbers?  Then it counts nothing. */
static bool
item_number_ar(const pt_scan *sc, size_t i)
{
    return (sc->langs & PT_LANG_AR) && i >= 1 && sc->t[i - 1] == '-' &&
           (i == 1 || sc->t[i - 2] == ' ');
}

/* ar: where a number in words begins after the one-letter clitic at t[i]
 * ("وأربعة مراكز", and four posts), or i.  Words of three letters or
 * more, as "لست" (I am not) is no ل before ست (six). */
static size_t
after_clitic_before_spelled_ar(const pt_scan *sc, size_t i)
{
    size_t c, e, n, letters = 0;
    if (!(sc->langs & PT_LANG_AR) || sc->langs == PT_ALL_LANGS ||
        !(c = lit_in(sc, i, pt__arabic_clitics, PT_ARABIC_CLITICS)) ||
        read_spelled_number(sc, c, &e) < 0)
        return i;
    for (size_t k = c; k < e && is_word_char(cp_at(sc, k, &n)); k += n)
        letters++;
    return letters >= 3 ? c : i;
}

/* ar: the start of the dual noun that the numeral "two" at t[i] follows
 * ("أساسين اثنين", two bases; "مرحلتان اثنتان"), which makes the pair a
 * count of two (ANNOTATION.md: a dual alone is none); or i.  A clitic
 * stays in the span: no rule tells it from the first letter of a noun
 * (وثيقتين, two documents; فريقين, two teams). */
static size_t
dual_before_ar(const pt_scan *sc, size_t i)
{
    size_t n, p = i - 1, letters = 0;
    if (!(sc->langs & PT_LANG_AR) || i < 6 || sc->t[p] != ' ' ||
        !(lit_at(sc, p - 4, "ين") || lit_at(sc, p - 4, "ان")))
        return i;
    while (p > 0 && is_word_char(cp_at(sc, pt__prev(sc->t, p), &n))) {
        p = pt__prev(sc->t, p);
        letters++;
    }
    return letters >= 4 ? p : i;
}

/* Is the number at t[i] part of a name or a numbered part, not a count:
 * after a capital and a hyphen (a grade, P-4; a model, A-400; a meeting,
 * GEO-5, КС-12) or after a digit and a full stop (section 2.3, where the
 * language marks decimals with a comma or read 2.3 whole)? */
static bool
designation_before(const pt_scan *sc, size_t i)
{
    size_t n;
    if (i < 2 || (sc->t[i - 1] != '-' && sc->t[i - 1] != '.'))
        return false;
    if (sc->t[i - 1] == '.')
        return pt__is_ascii_digit((unsigned char)sc->t[i - 2]);
    return pt__is_upper(cp_at(sc, pt__prev(sc->t, i - 1), &n));
}

/* ar: "عشر" or "عشرة" at t[i], ending at *e, after a number or an
 * ordinal is a teen's second word: "بخمسة عشر عاماً" (15 years, its
 * first word after a clitic, where the scan began no number), "الحادي
 * عشر" (the eleventh), "سبعة عشرة سنة" (a unit whose gender the ten does
 * not follow).  The teen's value (0 for an ordinal), *b and *e its span;
 * or -1 where the word stands alone. */
static int
teen_before(const pt_scan *sc, size_t i, size_t *b, size_t *e)
{
    size_t n, p = i - 1, x;
    if (!(sc->langs & PT_LANG_AR) || i < 2 || sc->t[p] != ' ')
        return -1;
    while (p > 0 && is_word_char(cp_at(sc, pt__prev(sc->t, p), &n)))
        p = pt__prev(sc->t, p);
    size_t q = lit_in(sc, p, pt__arabic_clitics, PT_ARABIC_CLITICS);
    size_t a = lit_at(sc, q ? q : p, "ال") ? (q ? q : p) + 4 : 0;
    size_t starts[3] = {p, q ? q : p, a ? a : p};
    for (size_t s = 0; s < 3; s++) {
        int w = read_spelled_number(sc, starts[s], &x);
        if (w >= 0 && x > i) {
            *b = starts[s];
            *e = x;
            return w;
        }
    }
    /* a unit whose gender the ten does not follow ("سبعة عشرة سنة"), or
     * with the article ("الاثني عشر شهراً", the twelve months) */
    for (size_t s = 0; s < 3; s++) {
        int w = read_spelled_number(sc, starts[s], &x);
        if (x + 1 == i && (w == 0 || (w >= 2 && w <= 9))) {
            *b = starts[s]; /* *e: the ten's end, as the caller read it */
            return w ? w + 10 : 0;
        }
    }
    return -1;
}

/* At a digit, a Chinese numeral or an English number word: 20 个, 九个,
 * 100 多场, 38 次以上, 三分之二, 3.0％, 百分之十五, two sessions, 15 per
 * cent, more than 20. */
static pt_status
quantity_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    char value[48];
    size_t n, e, k;
    num v;
    int64_t cv;
    uint32_t c = cp_at(sc, i, &n);
    if (c < 0x80 && !at_word_start(sc, i))
        return PT_OK; /* numbers and number words begin words */
    if (i > 0 && (t[i - 1] == '/' ||
                  (t[i - 1] == ':' && i > 1 && pt__is_ascii_digit(
                                                   (unsigned char)t[i - 2]))))
        return PT_OK; /* a symbol's part, A/RES/71/213; a time's, 10:30 */
    if (designation_before(sc, i))
        return PT_OK; /* P-4, A-400, GEO-5, КС-12; section 2.3 */
    bool percent;
    if (pt__is_ascii_digit(c) && (e = read_number(sc, i, &v)) > i) {
        k = skip_sp(sc, e);
        *resume = e;
        size_t u;
        if (sc->langs == PT_LANG_RU && v.exp == 0 &&
            (u = compound_unit_ru(sc, e + (e < sc->n && t[e] == '-'), &percent))) {
            *resume = u; /* 10-месячный, 15летняя, 30-процентная */
            if (percent)
                format_ratio((double)v.mant / 100, value, sizeof value);
            else
                format_num(v, value, sizeof value);
            return pt__emit(sc, i, u, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s",
                            value);
        }
        size_t f = percent_end(sc, k);
        size_t share_end = f ? f : e;
        if (f || shares_percent(sc, e)) {
            format_ratio((double)v.mant * pow10i(v.exp) / 100, value,
                         sizeof value);
            size_t x = f ? above_after_zh(sc, f) : share_end;
            *resume = x > e ? x : e;
            return pt__emit(sc, i, x, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                            "%s%s", above_before(sc, i) < i || x > share_end ? ">" : "",
                            value);
        }
        bool english = !(sc->langs & (PT_LANG_FR | PT_LANG_ES | PT_LANG_RU |
                                      PT_LANG_AR | PT_LANG_ZH)) ||
                       sc->langs == PT_ALL_LANGS;
        size_t above = above_before(sc, i), m;
        /* "decision No. 2085", "№ 15": a thing's number counts nothing */
        if (military_time(sc, i, e) || pt__after_number_sign(sc, i))
            return PT_OK;
        if (english && !pt__year_at(sc, i) &&
            ((m = measure_end_en(sc, i, e, &v)) == 0 || m > e || above < i)) {
            if (m == 0)
                return PT_OK;
            /* 5.5 million, 50 years, more than 20 */
            format_num(v, value, sizeof value);
            *resume = m;
            return pt__emit(sc, above, m, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                            "%s%s", above < i ? ">" : "", value);
        }
        bool others = sc->langs & (PT_LANG_FR | PT_LANG_ES | PT_LANG_RU |
                                   PT_LANG_AR) &&
                      sc->langs != PT_ALL_LANGS;
        if (others && !pt__year_at(sc, i) && (m = read_scale(sc, e, &v)) > e) {
            /* 24 millions, 1,5 millón, 3 млн.: the number scaled, as
             * English's "24 million"; the noun it counts inside, as after
             * a number (ANNOTATION.md), after "de" in French and Spanish
             * (33,1 millions de personnes, 2,6 млн граждан) */
            format_num(v, value, sizeof value);
            size_t link = lit_in(sc, m, scale_noun_links,
                                 sizeof scale_noun_links / sizeof *scale_noun_links);
            size_t noun = link && (link > m + 1 || !(sc->langs & (PT_LANG_FR | PT_LANG_ES)))
                              ? counted_noun_end(sc, link)
                              : link;
            if (link && noun > link && !pt__listed_at(sc, link, UINT32_MAX))
                m = noun; /* (no body's name: "مليون أوبك") */
            *resume = m;
            return pt__emit(sc, i, m, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                            "%s%s", above < i ? ">" : "", value);
        }
        if (sc->langs == PT_LANG_ZH && !pt__year_at(sc, i) &&
            (m = scaled_cjk(sc, e, &v)) > e) {
            /* 150万人, 8.7亿人, 200多万人, 70亿: the number scaled, as
             * English's "1.5 million"; its classifier, where it has one,
             * inside */
            bool more = lit_at(sc, skip_sp(sc, e), "多");
            value[0] = '>';
            format_num(v, value + more, sizeof value - 1);
            *resume = m;
            size_t before = sc->cands.n;
            PT_CHECK(cjk_count(sc, i, m, value));
            if (sc->cands.n == before)
                PT_CHECK(pt__emit(sc, i, m, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                                  "%s", value));
            return PT_OK;
        }
        /* a decimal counts nothing in English and Chinese; in the others
         * it measures ("948,2 km²", "2,5 años") */
        if ((v.exp < 0 && !others) || (v.mant < 2 && v.exp == 0))
            return PT_OK;
        /* a count: a Chinese classifier or a noun after it (English keeps
         * the number alone, the others the noun); most numbers have
         * neither, and their value is never formatted */
        k = skip_sp(sc, e);
        if (others) {
            size_t f2 = k == e + 1 && !glued_phrase(sc, i, e)
                            ? counted_noun_end(sc, k)
                            : k;
            if (f2 == k && k == e + 1 && i > 0 && after_lower_word(sc, i))
                f2 = titled_noun_end(sc, k); /* de 131 États Membres */
            if (f2 == k || (pt__year_at(sc, i) && !year_shaped_count(sc, i, above)) ||
                after_numbered_thing(sc, i) ||
                item_number_ar(sc, i) ||
                digits_at(sc, i) >= 5 || /* a norm's, a ship's: 16304 */
                after_numbered_list(sc, i) || clock_time(sc, i, k, f2) ||
                clock_minutes(sc, i) ||
                relative_count(sc, i, k))
                return PT_OK;
            double count = (double)v.mant * pow10i(v.exp);
            if (sc->langs & (PT_LANG_FR | PT_LANG_ES))
                f2 = plural_noun_end_fr_es(sc, e, k, f2, count);
            value[0] = '>'; /* plus de 2 000 personnes */
            format_num(v, value + (above < i), sizeof value - 1);
            return emit_count(sc, i, k, f2, count, value);
        }
        bool chinese = k < sc->n && (unsigned char)t[k] >= 0x80;
        bool noun = k == e + 1 && !pt__year_at(sc, i) &&
                    (counted_noun_at(sc, k) ||
                     (after_lower_word(sc, i) && titled_count_at(sc, k))) &&
                    !after_numbered_thing(sc, i) &&
                    !after_numbered_list(sc, i);
        if (!chinese && !noun)
            return PT_OK;
        format_num(v, value, sizeof value);
        if (chinese)
            PT_CHECK(grouped_or_cjk_count(sc, i, e, value));
        if (noun)
            PT_CHECK(pt__emit(sc, i, e, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                              "%s", value));
        return PT_OK;
    }
    if (cjk_digit(c) >= 0 || cjk_unit(c) == 10 || cjk_unit(c) == 100) {
        e = pt__read_cjk_number(sc, i, &cv);
        bool ordinal = after_ordinal_mark(sc, i);
        /* 三分之二 */
        if (!ordinal && lit_at(sc, e, "分之")) {
            int64_t num2;
            size_t f = pt__read_cjk_number(sc, e + 6, &num2);
            if (f > e + 6 && cv > 0) {
                format_ratio((double)num2 / (double)cv, value, sizeof value);
                size_t x = above_after_zh(sc, f);
                *resume = x;
                return pt__emit(sc, i, x, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                                "%s%s", x > f ? ">" : "", value);
            }
        }
        *resume = e > i ? e : i + n;
        const char *cur;
        size_t cur_end;
        if (!ordinal && e > i && (cur = currency_suffix_at(sc, e, &cur_end)))
            return emit_money(sc, i, cur_end, cur, (num){cv, 0}); /* 二亿五千万美元, 二百万澳元 */
        size_t points = ordinal ? 0 : percent_end(sc, e); /* 三个百分点 */
        if (points) {
            format_ratio((double)cv / 100, value, sizeof value);
            *resume = points;
            return pt__emit(sc, i, points, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                            "%s", value);
        }
        if (!ordinal && cv >= 2 &&
            !(i >= 9 && memcmp(t + i - 9, "百分之", 9) == 0)) {
            value[pt__put_int(value, cv, 0)] = '\0';
            return cjk_count(sc, i, e, value);
        }
        return PT_OK;
    }
    /* 百分之十五 */
    if (lit_at(sc, i, "百分之")) {
        e = pt__read_cjk_number(sc, i + 9, &cv);
        if (e > i + 9) {
            format_ratio((double)cv / 100, value, sizeof value);
            size_t x = above_after_zh(sc, e);
            *resume = x;
            return pt__emit(sc, i, x, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                            "%s%s", x > e ? ">" : "", value);
        }
    }
    int w;
    size_t b;
    for (size_t p = 0; sc->langs == PT_LANG_RU && at_any_word_start(sc, i) &&
                       p < sizeof compound_numbers_ru / sizeof *compound_numbers_ru;
         p++) {
        const char *prefix = compound_numbers_ru[p].prefix;
        if (sc->t[i + 1] == prefix[1] && lit_at(sc, i, prefix) &&
            (e = compound_unit_ru(sc, i + strlen(prefix), &percent))) {
            *resume = e; /* пятилетний, трехмесячный */
            w = compound_numbers_ru[p].value;
            if (percent)
                format_ratio(w / 100.0, value, sizeof value);
            else
                value[pt__put_int(value, w, 0)] = '\0';
            return pt__emit(sc, i, e, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s",
                            value);
        }
    }
    if ((w = definite_count_ar(sc, i, &b, &e)) > 0) { /* البلدان الثلاثة */
        *resume = e;
        value[pt__put_int(value, w, 0)] = '\0';
        return pt__emit(sc, b, e, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s",
                        value);
    }
    /* un million de dollars, un millón, один миллион: one before a scale
     * is its number, as English's "1 million" (no article there) */
    if (other_language(sc) && at_any_word_start(sc, i) &&
        (e = one_before_scale(sc, i)) > i) {
        PT_CHECK(spelled_scale_or_money(sc, i, e, 1, resume));
        if (*resume > e)
            return PT_OK;
    }
    /* two sessions, twenty-five per cent, two thirds; deux sessions, dos
     * sesiones, две сессии, ثلاثة أشهر; وأربعة مراكز, and four posts */
    size_t word = i;
    if (sc->langs & (PT_LANG_FR | PT_LANG_ES | PT_LANG_RU | PT_LANG_AR) &&
        sc->langs != PT_ALL_LANGS && at_any_word_start(sc, i) &&
        (w = read_spelled_number(
             sc, word = after_clitic_before_spelled_ar(sc, i), &e)) >= 0) {
        i = word;
        *resume = e; /* an ordinal's words count nothing: الحادي عشر */
        int teen;
        if (w == 10 && (teen = teen_before(sc, i, &i, &e)) >= 0) {
            w = teen; /* بخمسة عشر عاماً: 15 from the word before */
            *resume = e;
        }
        if (w >= 1) {
            PT_CHECK(spelled_scale_or_money(sc, i, e, w, resume));
            if (*resume > e)
                return PT_OK;
        }
        if (w < 2)
            return PT_OK;
        size_t dual = w == 2 ? dual_before_ar(sc, i) : i;
        if (dual < i) /* أساسين اثنين */
            return pt__emit(sc, dual, e, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                            "2");
        k = skip_sp(sc, e);
        size_t f = k == e + 1 ? percent_end(sc, k) : 0;
        if (f) { /* сорок три процента, quinze pour cent */
            *resume = f;
            format_ratio(w / 100.0, value, sizeof value);
            return pt__emit(sc, i, f, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s",
                            value);
        }
        f = k == e + 1 ? counted_noun_end(sc, k) : k;
        if (f == k && k == e + 1)
            f = titled_noun_end(sc, k);
        if (f > k && !after_numbered_thing(sc, i) && !relative_count(sc, i, k)) {
            value[0] = '>'; /* plus de deux cents */
            value[pt__put_int(value + (above_before(sc, i) < i), w, 0) +
                  (above_before(sc, i) < i)] = '\0';
            if (sc->langs & (PT_LANG_FR | PT_LANG_ES))
                f = plural_noun_end_fr_es(sc, e, k, f, w);
            return emit_count(sc, i, k, f, w, value);
        }
        if (w > 2 && k == e + 1 && partitive_at_ar(sc, k) &&
            !after_numbered_thing(sc, i)) {
            value[pt__put_int(value, w, 0)] = '\0'; /* ثلاثة من التقارير */
            return pt__emit(sc, i, e, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s",
                            value);
        }
        return PT_OK;
    }
    for (size_t q = 0; sc->langs & PT_LANG_AR && at_any_word_start(sc, i) &&
                       q < sizeof arabic_fractions / sizeof *arabic_fractions;
         q++)
        if ((e = script_word_at(sc, i, arabic_fractions[q].word))) {
            *resume = e; /* ثلثي الأعضاء */
            format_ratio((double)arabic_fractions[q].numerator /
                             arabic_fractions[q].denominator,
                         value, sizeof value);
            return pt__emit(sc, i, e, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s",
                            value);
        }
    /* un tiers, un quart, un tercio, одна треть: the fraction of one */
    if (other_language(sc) &&
        (t[i] == 'u' || t[i] == 'U' || lit_at(sc, i, "од") ||
         lit_at(sc, i, "Од")) &&
        (e = word_in(sc, i, one_words,
                                           sizeof one_words / sizeof *one_words)) &&
        e + 1 < sc->n && sc->t[e] == ' ') {
        size_t f = e + 1, n2;
        while (f < sc->n && is_word_char(cp_at(sc, f, &n2)))
            f += n2;
        int d = fraction_of(sc, e + 1, f);
        if (d) {
            *resume = f;
            format_ratio(1.0 / d, value, sizeof value);
            return pt__emit(sc, i, f, PT_LABEL_QUANTITY, PT_REC_QUANTITY, "%s",
                            value);
        }
    }
    /* two sessions, seven commitments, two hundred and fifty million */
    int64_t wn;
    bool scaled;
    if ((sc->langs & PT_LANG_EN) && at_word_start(sc, i) &&
        (wn = read_number_words_en(sc, i, &e, &scaled)) >= 1) {
        k = skip_sp(sc, e);
        *resume = e;
        size_t cur_end;
        const char *cur = k == e + 1 ? currency_suffix_at(sc, k, &cur_end) : NULL;
        if (cur) {
            *resume = cur_end;
            return emit_money(sc, i, cur_end, cur, (num){wn, 0});
        }
        /* more than four years: above its number, as "more than 4
         * years"; not "over", which before a word is as often "about"
         * ("agreement over two principles") */
        size_t above = above_before(sc, i);
        if (above < i && (t[above] == 'o' || t[above] == 'O'))
            above = i;
        if (scaled) /* three million, as "3 million" */
            return pt__emit(sc, above, e, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                            "%s%lld", above < i ? ">" : "", (long long)wn);
        size_t f = k == e + 1 ? word_in(sc, k, percent_words,
                                        sizeof percent_words /
                                            sizeof *percent_words)
                              : 0;
        double share = f ? (double)wn / 100.0 : 0;
        size_t after = e + (e < sc->n && (t[e] == ' ' || t[e] == '-'));
        for (size_t q = 0;
             !f && after > e &&
             q < sizeof fraction_words / sizeof *fraction_words;
             q++)
            if ((f = word_at(sc, after, fraction_words[q].word)))
                share = (double)wn / fraction_words[q].denominator;
        if (!f && wn == 1 && after > e && (f = one_fraction_end(sc, e, &share)))
            share = 1 / share;
        if (f) {
            format_ratio(share, value, sizeof value);
            *resume = f;
            return pt__emit(sc, i, f, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                            "%s", value);
        }
        if (wn < 2)
            return PT_OK; /* "one" is mostly an article */
        num nv = {wn, 0};
        size_t m = measure_end_en(sc, i, e, &nv);
        if (m == 0)
            return PT_OK;
        if (m > e) { /* two weeks, five-year */
            format_num(nv, value, sizeof value);
            *resume = m;
            return pt__emit(sc, above, m, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                            "%s%s", above < i ? ">" : "", value);
        }
        if (k == e + 1 && (counted_noun_at(sc, k) || titled_count_at(sc, k)))
            return pt__emit(sc, above, e, PT_LABEL_QUANTITY, PT_REC_QUANTITY,
                            "%s%lld", above < i ? ">" : "", (long long)wn);
    }
done:
    return rc;
}

/* ---- where the recognisers begin --------------------------------------- */

const pt_rule pt__rule_quantity = {
    .at = quantity_at,
    .starts = DIGITS "零〇一二两三四五六七八九十百",
    /* Russian capitals: a spelled number at a sentence's start */
    .from = 0x410,
    .to = 0x42F,
    .words = {PT_WORDS(number_words), PT_WORDS(tens_words),
              PT_WORDS(big_number_words), PT_WORDS(spelled_numbers),
              PT_WORDS(one_words)}};

/* ---- the first months of a year ------------------------------------ */

/* After "first" or "last" at t[k], a count of the year's months or
 * quarters, "of" and the year ("six months of 2011"): where the year
 * ends, its months in *m1 and *m2, the year in *y; or 0. */
static size_t
months_of_year_en(const pt_scan *sc, size_t k, bool last, int *y, int *m1,
                  int *m2)
{
    size_t c, w;
    int n = small_count_at(sc, k, &c), months;
    if (!n)
        return 0;
    c = skip_sp(sc, c);
    if ((w = word_at(sc, c, "months")) && n <= 12)
        months = n;
    else if ((w = word_at(sc, c, "quarters")) && n <= 4)
        months = 3 * n;
    else
        return 0;
    size_t o = word_at(sc, skip_sp(sc, w), "of");
    if (!o || !(*y = pt__year_at(sc, skip_sp(sc, o))))
        return 0;
    *m1 = last ? 13 - months : 1;
    *m2 = last ? 12 : months;
    return skip_sp(sc, o) + 4;
}

/* After 头 or 前 at t[k] (a year's 年 before them), a count of its months
 * or quarters: "头 6 个月", "前三个月", "头两个季度": where they end, their
 * months in *months; or 0. */
static size_t
months_of_year_zh(const pt_scan *sc, size_t k, int *months)
{
    int64_t n = 0;
    size_t d = skip_sp(sc, k), e = d;
    while (is_digit_at(sc, e) && e - d < 2)
        n = n * 10 + (sc->t[e++] - '0');
    if (e == d && lit_at(sc, d, "两")) {
        n = 2;
        e = d + strlen("两");
    } else if (e == d) {
        e = pt__read_cjk_number(sc, d, &n);
    }
    if (e == d || is_digit_at(sc, e))
        return 0;
    e = skip_sp(sc, e);
    if (lit_at(sc, e, "个月") && n >= 1 && n <= 12) {
        *months = (int)n;
        return e + strlen("个月");
    }
    if (lit_at(sc, e, "个季度") && n >= 1 && n <= 4) {
        *months = (int)n * 3;
        return e + strlen("个季度");
    }
    return 0;
}

static const char *const year_part_words[] = {"first", "First", "last", "Last",
                                              "年头", "年前"};
#define YEAR_PART_WORDS_EN 4 /* the English ones, first */

/* At "first", "last", "年头" or "年前": the first (or last) months of a
 * year as one date, "the first six months of 2011", "2011 年头 6 个月":
 * the months they span, not a year and a count. */
static pt_status
year_part_at(pt_scan *sc, size_t i, size_t *resume)
{
    int y = 0, m1 = 1, m2 = 0;
    size_t e, b = i, k;
    if ((unsigned char)sc->t[i] < 0x80) { /* first, last */
        if (!at_word_start(sc, i) ||
            !(k = word_in(sc, i, year_part_words, YEAR_PART_WORDS_EN)) ||
            !(e = months_of_year_en(sc, skip_sp(sc, k), (sc->t[i] | 0x20) == 'l',
                                    &y, &m1, &m2)))
            return PT_OK;
    } else { /* 年头, 年前: the year before 年 */
        size_t d = i;
        while (d > 0 && sc->t[d - 1] == ' ')
            d--;
        if (d < 4 || !(y = pt__year_at(sc, d - 4)) ||
            !(e = months_of_year_zh(sc, i + strlen("年头"), &m2)))
            return PT_OK;
        b = d - 4;
    }
    *resume = e;
    return pt__emit(sc, b, e, PT_LABEL_DATE, PT_REC_DATE, "%04d-%02d/%04d-%02d",
                    y, m1, y, m2);
}


const pt_rule pt__rule_year_part = {.at = year_part_at,
                                    .words = {PT_WORDS(year_part_words)}};

const pt_rule pt__rule_money = {
    .at = money_at,
    .starts = DIGITS,
    .words = {PT_WORDS(currency_prefixes), PT_WORDS(world_currency_signs),
              PT_WORDS(world_currency_codes)}};
