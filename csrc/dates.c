/*
 * dates.c: dates, in running text and on a masthead's date line.
 *
 *   21 May 2007, 6 to 12 March 1995, 29 January to 2 February 2001,
 *   March 2018, 2006-2007, 2006, the last quarter of 2005,
 *   2018 年 3 月 21 日和 22 日, 2017-2019 年, 6 月 6 日
 *
 * A value is an ISO date or range: "2007-05-21", "1995-03-06/1995-03-12",
 * "2018-03", "2006/2007".  A date without a year takes the year of its
 * sentence, else the document's.
 */
#include "recognisers.h"

#include <string.h>

/* ---- month names ------------------------------------------------------- */

/* One row per language, lower case, January first; Russian in the
 * genitive a date uses. */
#define MONTH_LANGS 4
static const char *const month_names[MONTH_LANGS][12] = {
    {"january", "february", "march", "april", "may", "june", "july",
     "august", "september", "october", "november", "december"},
    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
     "août", "septembre", "octobre", "novembre", "décembre"},
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
     "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
    /* Russian, in the genitive a date uses */
    {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
     "августа", "сентября", "октября", "ноября", "декабря"},
};

/* The most bytes of a month name in a word ("сентября" has 16). */
#define MONTH_MAX 20

/* Russian writes a month in the case the sentence needs ("в июне 2014
 * года", "май"): the genitive above without its ending is the stem, and
 * these the endings a month name takes. */
static const char *const russian_month_endings[] = {"я", "а", "е", "ь", "й",
                                                   "ю", "у"};
/* ... and the instrumental's two letters ("между январем 2007 года и
 * августом 2009 года") */
static const char *const russian_month_instrumental[] = {"ем", "ём", "ом"};

/* The first letters of the Russian month names (а..я as bits 0..31): я, ф,
 * м, а, и, с, о, н, д. */
#define RUSSIAN_MONTH_INITIALS                                                 \
    (1u << (0x44F - 0x430) | 1u << (0x444 - 0x430) | 1u << (0x43C - 0x430) |  \
     1u << (0x430 - 0x430) | 1u << (0x438 - 0x430) | 1u << (0x441 - 0x430) |  \
     1u << (0x43E - 0x430) | 1u << (0x43D - 0x430) | 1u << (0x434 - 0x430))

/* Arabic names a month twice, the Levantine name then the other
 * ("حزيران/يونيه"), or once: ICU 72's ar_SY and ar month names (CLDR),
 * and the UN's spellings يونيه and يوليه beside ICU's يونيو and يوليو;
 * and the names of the Maghreb, which texts its States submit keep
 * (ICU's ar_MA, and ar_DZ and ar_TN where they differ: دجنبر, جانفي).
 * In UTF-8 byte order, for a search by the first letter. */
static const struct arabic_month {
    const char *name;
    int month;
    bool levantine; /* written first, the other name after a slash */
} arabic_months[] = {
    {"آب", 8, true}, {"آذار", 3, true}, {"أبريل", 4, false},
    {"أغسطس", 8, false}, {"أفريل", 4, false}, {"أكتوبر", 10, false},
    {"أوت", 8, false}, {"أيار", 5, true}, {"أيلول", 9, true},
    {"تشرين الأول", 10, true}, {"تشرين الثاني", 11, true},
    {"تموز", 7, true}, {"جانفي", 1, false}, {"جوان", 6, false},
    {"جويلية", 7, false}, {"حزيران", 6, true}, {"دجنبر", 12, false},
    {"ديسمبر", 12, false}, {"سبتمبر", 9, false}, {"شباط", 2, true},
    {"شتنبر", 9, false}, {"غشت", 8, false}, {"فبراير", 2, false},
    {"فيفري", 2, false}, {"كانون الأول", 12, true},
    {"كانون الثاني", 1, true}, {"مارس", 3, false}, {"ماي", 5, false},
    {"مايو", 5, false}, {"نوفمبر", 11, false}, {"نونبر", 11, false},
    {"نيسان", 4, true}, {"يناير", 1, false}, {"يوليه", 7, false},
    {"يوليو", 7, false}, {"يوليوز", 7, false}, {"يونيه", 6, false},
    {"يونيو", 6, false}
};
#define ARABIC_MONTHS (sizeof arabic_months / sizeof *arabic_months)

/* An Arabic month name at t[i], both names or one: the month and *end, or
 * 0.  A space may stand around the slash ("حزيران/ يونيه"). */
/* The letters arabic_months' names begin with, as bits of their code
 * points less U+0620 (آ أ ت ج ح د س ش غ ف ك م ن ي): most words of an
 * Arabic text begin with none of them. */
#define ARABIC_LETTER_BIT(c) (UINT64_C(1) << ((c) - 0x620))
static const uint64_t arabic_month_initials =
    ARABIC_LETTER_BIT(0x622) | ARABIC_LETTER_BIT(0x623) |
    ARABIC_LETTER_BIT(0x62A) | ARABIC_LETTER_BIT(0x62C) |
    ARABIC_LETTER_BIT(0x62D) | ARABIC_LETTER_BIT(0x62F) |
    ARABIC_LETTER_BIT(0x633) | ARABIC_LETTER_BIT(0x634) |
    ARABIC_LETTER_BIT(0x63A) | ARABIC_LETTER_BIT(0x641) |
    ARABIC_LETTER_BIT(0x643) | ARABIC_LETTER_BIT(0x645) |
    ARABIC_LETTER_BIT(0x646) | ARABIC_LETTER_BIT(0x64A);

/* Is the two-byte letter at a the one at u, or before it in byte order? */
static bool
same_letter(const char *a, const unsigned char *u)
{
    return (unsigned char)a[0] == u[0] && (unsigned char)a[1] == u[1];
}

static bool
letter_before(const char *a, const unsigned char *u)
{
    return (unsigned char)a[0] < u[0] ||
           ((unsigned char)a[0] == u[0] && (unsigned char)a[1] < u[1]);
}

/* Does an Arabic month's name begin with the letter at t[i]? */
static bool
arabic_month_initial_at(const pt_scan *sc, size_t i)
{
    const unsigned char *t = (const unsigned char *)sc->t;
    if (i + 2 > sc->n || (t[i] != 0xD8 && t[i] != 0xD9))
        return false;
    uint32_t c = (uint32_t)(t[i] & 0x1F) << 6 | (t[i + 1] & 0x3F);
    return c >= 0x620 && c <= 0x65F && (arabic_month_initials >> (c - 0x620) & 1);
}

int
pt__arabic_month_at(const pt_scan *sc, size_t i, size_t *end)
{
    const unsigned char *t = (const unsigned char *)sc->t;
    if (!arabic_month_initial_at(sc, i))
        return 0;
    size_t lo = 0, hi = ARABIC_MONTHS;
    while (lo < hi) { /* the first name with t[i]'s letter */
        size_t mid = (lo + hi) / 2;
        if (letter_before(arabic_months[mid].name, t + i))
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < ARABIC_MONTHS &&
                        same_letter(arabic_months[k].name, t + i);
         k++) {
        /* every name has two letters: most words part at the second */
        const char *name = arabic_months[k].name;
        if (i + 4 > sc->n || !same_letter(name + 2, t + i + 2))
            continue;
        size_t e = script_word_at(sc, i, name), f;
        if (!e)
            continue;
        int m = arabic_months[k].month;
        *end = e;
        size_t slash = skip_sp(sc, e);
        if (arabic_months[k].levantine && slash < sc->n && sc->t[slash] == '/') {
            size_t w = skip_sp(sc, slash + 1);
            for (size_t j = 0; j < ARABIC_MONTHS; j++)
                if (arabic_months[j].month == m && !arabic_months[j].levantine &&
                    (f = script_word_at(sc, w, arabic_months[j].name)))
                    *end = f;
        }
        return m;
    }
    return 0;
}

/* Whether a language's month names are always capitalised (English
 * "May", never "may"); the others are lower case in running text,
 * capitalised at a sentence's start. */
static const bool month_capitalised[MONTH_LANGS] = {true, false, false,
                                                    false};

/* c in lower case (capitalised at a sentence's start) where a Russian
 * month's name begins with it, or 0. */
static uint32_t
russian_month_initial(uint32_t c)
{
    c = pt__cyrillic_lower(c);
    return c >= 0x430 && c <= 0x44F &&
                   (RUSSIAN_MONTH_INITIALS >> (c - 0x430) & 1)
               ? c
               : 0;
}

int
pt__month_of(const char *s, size_t b, size_t e)
{
    if (e - b < 3 || e - b > MONTH_MAX) /* "may" ... "сентября" */
        return 0;
    char first = s[b] >= 'A' && s[b] <= 'Z' ? (char)(s[b] | 0x20) : s[b];
    /* a word not in Latin letters is Russian's, whose every case the
     * stem below reads */
    size_t latin = (unsigned char)s[b] < 0x80 ? MONTH_LANGS - 1 : 0;
    for (size_t lang = 0; lang < latin; lang++)
        for (int m = 0; m < 12; m++) {
            const char *name = month_names[lang][m];
            if (first != name[0] || s[b + 1] != name[1] ||
                strlen(name) != e - b)
                continue;
            bool cap = s[b] == name[0] - 32;
            if ((month_capitalised[lang] && !cap) ||
                (!cap && s[b] != name[0]))
                continue;
            if (memcmp(name + 1, s + b + 1, e - b - 1) == 0)
                return m + 1;
        }
    /* Russian in another case: the genitive's stem and an ending */
    size_t n;
    uint32_t initial = russian_month_initial(pt__decode(s, e, b, &n));
    if (!initial)
        return 0; /* most words of a Russian text end here */
    for (int m = 0; m < 12; m++) {
        const char *gen = month_names[MONTH_LANGS - 1][m];
        /* most months end here, at the bytes of the initial, U+0430 to
         * U+044F, as the month names write it */
        if ((unsigned char)gen[0] != (0xC0 | initial >> 6) ||
            (unsigned char)gen[1] != (0x80 | (initial & 0x3F)))
            continue;
        size_t stem = strlen(gen) - 2; /* its ending is one letter */
        if (e - b < stem || e - b > stem + 4 ||
            memcmp(s + b + n, gen + n, stem - n) != 0)
            continue;
        for (size_t k = 0; k < sizeof russian_month_instrumental /
                                   sizeof *russian_month_instrumental; k++)
            if (e - b == stem + 4 &&
                memcmp(s + b + stem, russian_month_instrumental[k], 4) == 0)
                return m + 1;
        if (e - b == stem && stem > 4)
            return m + 1; /* март, август */
        for (size_t k = 0; k < sizeof russian_month_endings /
                                   sizeof *russian_month_endings; k++)
            if (e - b == stem + 2 && /* the ending within the word */
                memcmp(s + b + stem, russian_month_endings[k], 2) == 0)
                return m + 1;
    }
    return 0;
}

/* ---- in running text -------------------------------------------------- */

/* The signs that make the number after them the number of a thing
 * ("Decree No. 2085", "décret no 2085", "núm. 2085", "№ 2085", "第2085号"):
 * no year. */
static const char *const number_signs[] = {
    "No.", "No", "no.", "no", "n°", "N°", "nº", "Nº", "n.º", "N.º",
    "núm.", "Núm.", "№", "第"};

/* Does the number at t[i] follow a number sign (and a space)? */
bool
pt__after_number_sign(const pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    size_t w = i > 0 && t[i - 1] == ' ' ? i - 1 : i;
    for (size_t k = 0; k < sizeof number_signs / sizeof *number_signs; k++) {
        size_t n = strlen(number_signs[k]);
        /* English "no" is a word: "no 2011 figures" */
        if (strcmp(number_signs[k], "no") == 0 && sc->langs == PT_LANG_EN)
            continue;
        if (w >= n && memcmp(t + w - n, number_signs[k], n) == 0 &&
            (w == n || !pt__is_ascii_alnum((unsigned char)t[w - n - 1]) ||
             (unsigned char)number_signs[k][0] >= 0x80))
            return true;
    }
    return false;
}

/* Is the number t[i, e) a thing's number: after a number sign, before 号,
 * or before a year in brackets as resolutions and decisions are numbered
 * ("resolution 2085 (2012)")? */
static bool
numbered_thing(const pt_scan *sc, size_t i, size_t e)
{
    const char *t = sc->t;
    return lit_at(sc, e, "号") ||
           (lit_at(sc, e, " (") && e + 7 <= sc->n && t[e + 6] == ')' &&
            is_digit_at(sc, e + 2) && is_digit_at(sc, e + 3) &&
            is_digit_at(sc, e + 4) && is_digit_at(sc, e + 5)) ||
           pt__after_number_sign(sc, i);
}

/* A year from `lo` to `hi` as four digits at t[i], standing alone, or 0. */
static int
year_in(const pt_scan *sc, size_t i, int lo, int hi)
{
    const char *t = sc->t;
    if (i + 4 > sc->n || !is_digit_at(sc, i) || is_digit_at(sc, i + 4) ||
        (i > 0 && (is_digit_at(sc, i - 1) || t[i - 1] == '/' ||
                   t[i - 1] == '.' || t[i - 1] == ',')))
        return 0;
    for (size_t k = i; k < i + 4; k++)
        if (!is_digit_at(sc, k))
            return 0;
    int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 +
            (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
    if (y < lo || y > hi)
        return 0;
    if (i + 4 < sc->n && (t[i + 4] == '/' || (t[i + 4] == '.' &&
                                              is_digit_at(sc, i + 5))))
        return 0; /* 2018/3, 2018.5 */
    return numbered_thing(sc, i, i + 4) ? 0 : y;
}

int
pt__year_at(const pt_scan *sc, size_t i)
{
    return year_in(sc, i, 1900, 2099);
}

/* A financial period of two years in a row, written with a slash as
 * budgets write it ("2025/26", "2025/2026"): its end, its first year in
 * *y; or 0.  Years that do not follow each other ("2018/3", "2015/2019")
 * are something else. */
static size_t
fiscal_period_end(const pt_scan *sc, size_t i, int *y)
{
    const char *t = sc->t;
    if (i + 7 > sc->n || t[i + 4] != '/' ||
        (i > 0 && (is_digit_at(sc, i - 1) || t[i - 1] == '/')))
        return 0;
    int first = 0, second = 0;
    size_t k = i;
    for (; k < i + 4; k++) {
        if (!is_digit_at(sc, k))
            return 0;
        first = first * 10 + (t[k] - '0');
    }
    for (k = i + 5; k < sc->n && is_digit_at(sc, k) && k < i + 9; k++)
        second = second * 10 + (t[k] - '0');
    size_t digits = k - i - 5;
    if ((k < sc->n && (is_digit_at(sc, k) || t[k] == '/')) || first < 1900 ||
        first > 2098 || !(digits == 2 ? second == (first + 1) % 100
                          : digits == 4 && second == first + 1))
        return 0;
    *y = first;
    return k;
}

/* Is the year at t[k] a resolution's, in brackets after its number
 * ("第1540(2004)号决议", "resolution 1540 (2004)"), no year of what the
 * sentence tells? */
static bool
resolution_year_at(const pt_scan *sc, size_t k)
{
    const char *t = sc->t;
    size_t b = k >= 1 && t[k - 1] == '(' ? k - 1
             : k >= 3 && memcmp(t + k - 3, "（", 3) == 0 ? k - 3 : 0;
    if (b > 0 && t[b - 1] == ' ')
        b--;
    return b > 0 && is_digit_at(sc, b - 1);
}

/* The year of the sentence around t[i], else the document's. */
static int
context_year(const pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    size_t b = i, e = i, n;
    /* sentences are short; look no further than this either way */
    const size_t reach = 400;
    while (b > 0 && i - b < reach) {
        size_t p = pt__prev(t, b);
        uint32_t c = pt__decode(t, sc->n, p, &n);
        if (c == 0x3002 || c == ';' || c == 0xFF1B ||
            (c == '.' && p + 1 < sc->n && t[p + 1] == ' '))
            break;
        b = p;
    }
    while (e < sc->n && e - i < reach) {
        uint32_t c = pt__decode(t, sc->n, e, &n);
        if (c == 0x3002 || c == ';' || c == 0xFF1B ||
            (c == '.' && (e + 1 >= sc->n || t[e + 1] == ' ')))
            break;
        e += n;
    }
    /* the nearest year before it ("2014年的预算…，2015年1月至3月和4月10日":
     * 2015), else the first after it; of a period written "2006-2007", the
     * first */
    int last = 0;
    for (size_t k = b; k < e && !(k >= i && last); k++) {
        int y = pt__year_at(sc, k);
        if (y && !(k >= 5 && t[k - 1] == '-' && pt__year_at(sc, k - 5)) &&
            !resolution_year_at(sc, k))
            last = y;
    }
    return last ? last : sc->doc_year;
}

/* "21", "1er": a day number at t[i]; returns the index after it or i. */
static size_t
read_day(const pt_scan *sc, size_t i, int *day)
{
    size_t k = i;
    *day = 0;
    while (is_digit_at(sc, k) && k - i < 2)
        *day = *day * 10 + (sc->t[k++] - '0');
    if (k == i || is_digit_at(sc, k) || *day < 1 || *day > 31)
        return i;
    if (k + 2 <= sc->n && memcmp(sc->t + k, "er", 2) == 0)
        k += 2;
    return k;
}

static size_t
read_month(const pt_scan *sc, size_t i, int *month)
{
    size_t k = i, n;
    if ((unsigned char)sc->t[i] >= 0xD8 && (unsigned char)sc->t[i] <= 0xDB)
        return (*month = pt__arabic_month_at(sc, i, &k)) ? k : i;
    if ((unsigned char)sc->t[i] >= 0xD0 && (unsigned char)sc->t[i] <= 0xD1 &&
        !russian_month_initial(cp_at(sc, i, &n))) {
        *month = 0; /* most Cyrillic letters: pt__month_of's first test */
        return i;
    }
    while (k < sc->n && pt__is_latin_letter(cp_at(sc, k, &n)))
        k += n;
    /* Cyrillic month names, none longer than pt__month_of reads (the
     * date rule tries every Cyrillic letter: not to each word's end) */
    while (k < sc->n && k - i <= MONTH_MAX &&
           ((unsigned char)sc->t[k] >= 0xD0 && (unsigned char)sc->t[k] <= 0xD1))
        k += 2;
    *month = k > i ? pt__month_of(sc->t, i, k) : 0;
    return *month ? k : i;
}

/* What joins the ends of a range: "6 to 12 March", "8-19 January", "du 6
 * au 12 mars", "del 6 al 12 de marzo", "18 a 22 de mayo", "6 et 7 juin",
 * "24 y 25", "с 3 по 5 февраля", "24 и 25", "31 августа — 1 сентября"
 * (Russian's spaced em dash), "من 3 إلى 5", "6 و 7" (و also glued to the
 * number after it). */
static const char *const range_words[] = {
    "-", "–", "—", "to", "and", "au", "al", "a", "et", "y", "по", "и", "إلى",
    "حتى", "و"};

/* After the connector of a range at t[i] and the spaces around it, or i. */
static size_t
read_range_word(const pt_scan *sc, size_t i)
{
    size_t k = skip_sp(sc, i), a = 0;
    for (size_t w = 0; w < sizeof range_words / sizeof *range_words && !a; w++)
        a = script_word_at(sc, k, range_words[w]);
    if (!a && lit_at(sc, k, "و") && is_digit_at(sc, k + 2))
        a = k + 2;
    return a ? skip_sp(sc, a) : i;
}

/* The words of range_words that join a list instead where a date before
 * them has its year. */
static const char *const list_words[] = {"and", "et", "y", "и", "و"};

/* Does one of list_words begin at t[k] (Arabic's و glued to what follows
 * it too)? */
static bool
list_word_at(const pt_scan *sc, size_t k)
{
    return script_word_in(sc, k, list_words,
                          sizeof list_words / sizeof *list_words) ||
           (lit_at(sc, k, "و") && is_digit_at(sc, k + 2));
}

/* What may follow a Russian year ("2018 года", "2017–2019 годах", "с
 * 2023 годом"), inside the date's span. */
static const char *const russian_year_words[] = {
    "года", "году", "годов", "годах", "годы", "год", "годом", "годам",
    "гг.", "г."};

/* The end of a date that ends with a year at t[e - 4, e): after "года"
 * where it follows. */
static size_t
after_year(const pt_scan *sc, size_t e)
{
    size_t k = skip_sp(sc, e), f = 0;
    for (size_t w = 0; w < sizeof russian_year_words /
                               sizeof *russian_year_words && !f; w++)
        f = script_word_at(sc, k, russian_year_words[w]);
    return k > e && f ? f : e;
}

/* One day-month(-year) date at t[i]: "21 May 2007", "21 May". */
typedef struct dmy {
    int d, m, y;
    size_t end;
} dmy;

/* ar: after the comma an extractor moved from before the day to the
 * month's first letter ("(الرباط 7-6 ،أيار/مايو", Rabat, 6-7 May) at
 * t[m], or m. */
static size_t
after_displaced_comma(const pt_scan *sc, size_t m)
{
    return lit_at(sc, m, "،") && pt__arabic_month_at(sc, m + 2, &(size_t){0})
               ? m + 2
               : m;
}

/* ar: the index of the year after "عام" or "سنة" (year), which Arabic may
 * write between a month or a range's word and its year at t[y] ("10
 * آذار/مارس عام 2015", "من عام 2005 حتى عام 2015"); or y. */
static size_t
after_year_word_ar(const pt_scan *sc, size_t y)
{
    static const char *const year_words[] = {"عام", "سنة"};
    size_t w = script_word_in(sc, y, year_words, 2), z;
    return w && (z = skip_sp(sc, w)) > w && pt__year_at(sc, z) ? z : y;
}

static bool
read_dmy(const pt_scan *sc, size_t i, dmy *out)
{
    size_t k = read_day(sc, i, &out->d);
    if (k == i || !at_word_start(sc, i))
        return false;
    size_t m = skip_sp(sc, k);
    if (m == k)
        return false;
    m = after_displaced_comma(sc, m);
    size_t de = word_at(sc, m, "de"); /* 21 de mayo de 2007 */
    if (de)
        m = skip_sp(sc, de);
    size_t e = read_month(sc, m, &out->m);
    if (e == m)
        return false;
    out->end = e;
    out->y = 0;
    size_t y = after_year_word_ar(sc, skip_sp(sc, e));
    if ((de = word_at(sc, y, "de")))
        y = skip_sp(sc, de);
    if (y > e && (out->y = pt__year_at(sc, y)))
        out->end = after_year(sc, y + 4);
    return true;
}

/* "2007-05-21", "2007-05" (d 0) or "2007" (m 0) into out (room for 48). */
static void
iso_date(char *out, int y, int m, int d)
{
    size_t k = pt__put_int(out, y, 4);
    if (m || d) {
        out[k++] = '-';
        k += pt__put_int(out + k, m, 2);
    }
    if (d) {
        out[k++] = '-';
        k += pt__put_int(out + k, d, 2);
    }
    out[k] = '\0';
}

static pt_status
emit_date(pt_scan *sc, size_t b, size_t e, int y1, int m1, int d1, int y2,
          int m2, int d2)
{
    char a[48], z[48];
    iso_date(a, y1, m1, d1);
    if (!y2)
        return pt__emit(sc, b, e, PT_LABEL_DATE, PT_REC_DATE, "%s", a);
    iso_date(z, y2, m2, d2);
    /* a range runs forwards: Arabic as extractors leave it writes its
     * ends in reverse ("30-29 تشرين الثاني", 29-30 November) */
    bool reversed = strcmp(z, a) < 0 && strlen(z) == strlen(a);
    return pt__emit(sc, b, e, PT_LABEL_DATE, PT_REC_DATE, "%s/%s",
                    reversed ? z : a, reversed ? a : z);
}

/* "first quarter of 2005", "last quarter of 2005", "second half of 2017",
 * "premier trimestre de 2025", "primer semestre de 2024", "в первом
 * квартале 2025 года": the months.  ("the first six months of 2011":
 * numbers.c, which reads the count.)  Per language, the five ordinals
 * (first to fourth, and last, which is the fourth quarter and the second
 * half; two spellings at most), the words for a quarter and a half, and
 * the word before the year, which may be left out; Russian's are stems,
 * which take any case ending, and its year comes straight after them. */
static const struct quarter_words {
    const char *ordinals[5][2];
    const char *quarter, *half, *of;
    bool stems;
} quarter_words[] = {
    {{{"first"}, {"second"}, {"third"}, {"fourth"}, {"last"}},
     "quarter", "half", "of", false},
    {{{"premier"}, {"deuxième", "second"}, {"troisième"}, {"quatrième"},
      {"dernier"}}, "trimestre", "semestre", "de", false},
    {{{"primer"}, {"segundo"}, {"tercer"}, {"cuarto"}, {"último"}},
     "trimestre", "semestre", "de", false},
    {{{"перв"}, {"втор"}, {"трет"}, {"четверт", "четвёрт"}, {"последн"}},
     "квартал", "полугоди", NULL, true},
};

/* The first words of the ordinals, for the rule's trigger. */
static const char *const ordinals[] = {
    "deuxième", "dernier", "first", "fourth", "last", "premier", "primer",
    "quatrième", "second", "segundo", "tercer", "third", "troisième",
    "cuarto", "último"};

/* The word or (with stems) the stem lit at t[i] and the letters that end
 * it: where it ends, or 0. */
static size_t
quarter_word_at(const pt_scan *sc, size_t i, const char *lit, bool stem)
{
    size_t n = strlen(lit), k;
    if (!stem)
        return word_at(sc, i, lit);
    if (sc->n - i < n || memcmp(sc->t + i, lit, n) != 0)
        return 0;
    for (i += n; i < sc->n && pt__is_cyrillic_letter(cp_at(sc, i, &k)); i += k)
        ;
    return i;
}

/* Does a Russian quarter's ordinal begin at t[i] ("первом", "Втором")? */
static bool
russian_quarter_at(const pt_scan *sc, size_t i)
{
    const struct quarter_words *r = &quarter_words[COUNT(quarter_words) - 1];
    char lower[8];
    size_t k, n = 0;
    /* most words end here: the ordinals begin with п, в, т or ч */
    uint32_t first = pt__cyrillic_lower(cp_at(sc, i, &k));
    if (first != 0x43F && first != 0x432 && first != 0x442 && first != 0x447)
        return false;
    for (size_t j = i; j < sc->n && n + 2 <= sizeof lower && n < 4; j += k) {
        uint32_t c = pt__cyrillic_lower(cp_at(sc, j, &k));
        if (c < 0x400 || c > 0x4FF)
            break;
        lower[n++] = (char)(0xC0 | c >> 6);
        lower[n++] = (char)(0x80 | (c & 0x3F));
    }
    for (size_t q = 0; q < 5; q++)
        for (size_t f = 0; f < 2 && r->ordinals[q][f]; f++)
            if (n == 4 && memcmp(lower, r->ordinals[q][f], 4) == 0)
                return true;
    return false;
}

static bool
read_quarter(const pt_scan *sc, size_t i, size_t *end, int *y, int *m1,
             int *m2)
{
    size_t n, russian = COUNT(quarter_words) - 1;
    /* Cyrillic ordinals are Russian's; the others begin with an ASCII
     * letter or "ú" (0xC3): no Arabic or Chinese word is one */
    unsigned char first = (unsigned char)sc->t[i];
    bool cyrillic = first == 0xD0 || first == 0xD1;
    if ((cyrillic && !russian_quarter_at(sc, i)) ||
        (!cyrillic && first >= 0x80 && first != 0xC3))
        return false;
    for (size_t l = cyrillic ? russian : 0; l < (cyrillic ? russian + 1 : russian); l++) {
        const struct quarter_words *w = &quarter_words[l];
        for (int q = 0; q < 5; q++) {
            size_t k = 0;
            for (size_t f = 0; f < 2 && w->ordinals[q][f] && !k; f++)
                k = quarter_word_at(sc, i, w->ordinals[q][f], w->stems);
            if (!k)
                continue;
            k = skip_sp(sc, k);
            /* the first or second half: months 1-6, 7-12 (2017 年下半年) */
            size_t half = q < 2 || q == 4 ? quarter_word_at(sc, k, w->half, w->stems) : 0;
            size_t x = half ? half : quarter_word_at(sc, k, w->quarter, w->stems);
            if (!x)
                break; /* another language's ordinal ("second") */
            x = skip_sp(sc, x);
            /* "of 2005", "de 2025", or the year alone ("1er semestre
             * 2025", "квартале 2025 года") */
            size_t o = w->of ? word_at(sc, x, w->of) : 0;
            o = o ? skip_sp(sc, o) : x;
            if (!(*y = pt__year_at(sc, o)) || is_alnum(cp_at(sc, o + 4, &n)))
                break;
            /* "last" is the fourth quarter, the second half */
            int months = half ? 6 : 3, part = q == 4 ? 12 / months - 1 : q;
            *m1 = part * months + 1;
            *m2 = part * months + months;
            *end = w->stems ? after_year(sc, o + 4) : o + 4;
            return true;
        }
    }
    return false;
}

/* The words that join two years into a range ("2007 to 2008", "de 2007
 * à 2008", "de 2007 a 2008", "с 2007 по 2008", "من 2007 إلى 2008", "من
 * عام 2005 حتى عام 2015")... */
static const char *const year_range_words[] = {"to", "through", "à", "a",
                                               "по", "إلى", "حتى"};
/* ... and "and" only after "between", in each language ("between 2008
 * and 2015", "entre 2008 et 2015", "entre 2008 y 2015", "между 2008 и
 * 2015", "بين عامي 2008 و 2015"), where "2009 and 2012" alone are two
 * dates. */
static const struct year_between {
    const char *before; /* ending in a space */
    const char *and_;
} year_between[] = {{"between ", "and"}, {"Between ", "and"},
                    {"entre ", "et"},    {"Entre ", "et"},
                    {"entre ", "y"},     {"Entre ", "y"},
                    {"между ", "и"},     {"Между ", "и"},
                    {"بين عامي ", "و"},  {"بين ", "و"}};

/* Does `before` end just before t[i] (extractors double the spaces)? */
static bool
ends_before(const pt_scan *sc, size_t i, const char *before)
{
    size_t len = strlen(before);
    while (i >= 2 && sc->t[i - 1] == ' ' && sc->t[i - 2] == ' ')
        i--;
    return i >= len && memcmp(sc->t + i - len, before, len) == 0;
}

/* The start of the second year of a range of years whose first is at
 * t[i], or i. */
static size_t
year_range(const pt_scan *sc, size_t i)
{
    size_t k = skip_sp(sc, i + 4), w = 0;
    if (k == i + 4)
        return i;
    for (size_t r = 0; r < sizeof year_range_words / sizeof *year_range_words && !w;
         r++)
        w = script_word_at(sc, k, year_range_words[r]);
    for (size_t b = 0; b < sizeof year_between / sizeof *year_between && !w; b++)
        if (ends_before(sc, i, year_between[b].before)) {
            w = script_word_at(sc, k, year_between[b].and_);
            if (!w && lit_at(sc, k, "و") && is_digit_at(sc, k + 2))
                return k + 2; /* Arabic's و glued to the year: و2008 */
        }
    size_t y = after_year_word_ar(sc, skip_sp(sc, w));
    return w && y > w ? y : i;
}

/* ar: the end of a range of years whose first year is y at t[i], written
 * with its ends in the extractor's order ("2019-2018", the range
 * 2018-2019), its other year in *y2; or 0.  ("بين عامي 2006 و2015" is
 * read as "between 2006 and 2015" is, year_range.) */
static size_t
year_range_ar(const pt_scan *sc, size_t i, int y, int *y2)
{
    size_t r = i + 4;
    if (!(sc->langs & PT_LANG_AR) || r + 5 > sc->n || sc->t[r] != '-')
        return 0;
    return (*y2 = pt__year_at(sc, r + 1)) && *y2 < y ? r + 5 : 0;
}

/* A month and year that ended at e, and a month and year after a range's
 * word ("January 2007 through August 2009", "de janvier 2007 à août
 * 2009", "de enero de 2007 a agosto de 2009", "с января 2007 года по
 * август 2009 года"); "mid-" before the first stays inside ("mid-January
 * 2018"). */
static const char *const month_range_words[] = {
    "to", "through", "à", "au", "a", "al", "hasta", "по", "до", "-", "–"};

/* The end of the "and" at t[k] of a range that "between" opens before
 * t[b] ("entre janvier 2007 et août 2009", as year_between), or 0. */
static size_t
between_and(const pt_scan *sc, size_t b, size_t k)
{
    size_t w = 0;
    for (size_t x = 0; x < sizeof year_between / sizeof *year_between && !w; x++)
        if (ends_before(sc, b, year_between[x].before))
            w = script_word_at(sc, k, year_between[x].and_);
    return w;
}

/* The articles between "between" and a day, and between "and" and the
 * next: "entre le 14 février et le 10 mars", "entre el 1 y el 5 de mayo". */
static const char *const day_articles[] = {"le ", "el ", "the "};

/* Where the second day of a range that "between" opens before the day at
 * t[i] begins, after the "and" at t[k] and its article ("between 14
 * October 2025 and 10 January 2026", "entre le 14 février et le 10 mars",
 * "entre el 1 y el 5 de mayo"), or 0. */
static size_t
between_second_day(const pt_scan *sc, size_t i, size_t k)
{
    size_t n, a;
    for (size_t x = 0; x < sizeof day_articles / sizeof *day_articles; x++)
        if (i >= (n = strlen(day_articles[x])) &&
            memcmp(sc->t + i - n, day_articles[x], n) == 0) {
            i -= n;
            break;
        }
    for (size_t x = 0; x < sizeof year_between / sizeof *year_between; x++) {
        size_t w;
        if (year_between[x].and_[0] == (char)0xD9 || /* Arabic's و: its order */
            !ends_before(sc, i, year_between[x].before) ||
            !(w = script_word_at(sc, k, year_between[x].and_)))
            continue;
        w = skip_sp(sc, w);
        a = lit_in(sc, w, day_articles, sizeof day_articles / sizeof *day_articles);
        return a ? a : w;
    }
    return 0;
}

static pt_status
month_year_en(pt_scan *sc, size_t i, size_t e, int y, int m, size_t *resume)
{
    size_t b = i >= 4 && memcmp(sc->t + i - 4, "mid-", 4) == 0 &&
                       at_word_start(sc, i - 4)
                   ? i - 4
                   : i;
    size_t k = skip_sp(sc, e), me, ys, de;
    int m2, y2;
    *resume = e;
    size_t w = k > e ? script_word_in(sc, k, month_range_words,
                                      sizeof month_range_words /
                                          sizeof *month_range_words)
                     : 0;
    if (!w && k > e)
        w = between_and(sc, b, k);
    if (w && (me = read_month(sc, skip_sp(sc, w), &m2)) > skip_sp(sc, w) &&
        (ys = skip_sp(sc, me)) > me &&
        (y2 = pt__year_at(sc, (de = word_at(sc, ys, "de")) ? skip_sp(sc, de)
                                                            : ys)) &&
        (y2 > y || (y2 == y && m2 > m))) {
        ys = de ? skip_sp(sc, de) : ys; /* "agosto de 2009" */
        *resume = after_year(sc, ys + 4);
        return emit_date(sc, b, *resume, y, m, 0, y2, m2, 0);
    }
    return emit_date(sc, b, e, y, m, 0, 0, 0, 0);
}

/* en: a month before its day and year, "March 21, 2018", "July, 21st
 * 2009"; nothing else at a month without a year. */
static pt_status
month_day_year_en(pt_scan *sc, size_t i, size_t e, int m, size_t *resume)
{
    static const char *const suffixes[] = {"st", "nd", "rd", "th"};
    size_t k = e + (e < sc->n && sc->t[e] == ',');
    size_t ds = skip_sp(sc, k), de, x;
    int d, y;
    if (ds == k || (de = read_day(sc, ds, &d)) == ds)
        return PT_OK;
    if ((x = lit_in(sc, de, suffixes, sizeof suffixes / sizeof *suffixes)) &&
        !is_alnum((unsigned char)sc->t[x]))
        de = x;
    k = de + (de < sc->n && sc->t[de] == ',');
    size_t ys = skip_sp(sc, k);
    if (ys == k || !(y = pt__year_at(sc, ys)))
        return PT_OK;
    *resume = ys + 4;
    return emit_date(sc, i, ys + 4, y, m, d, 0, 0, 0);
}

/* The words before a month's name that make it a date when no year
 * follows ("in March", "since May", "en mars", "в марте", "في آذار"): the
 * month takes its sentence's year, or the document's; "May" elsewhere may
 * be a verb or a name. */
static const char *const month_leads[] = {
    "in", "In", "since", "Since", "until", "by", "during", "early", "late",
    "en", "En", "depuis", "desde", "hasta", "в", "В", "с", "до", "في"};

static bool
month_follows_lead(const pt_scan *sc, size_t i)
{
    if (i < 2 || sc->t[i - 1] != ' ')
        return false;
    size_t w = i - 1;
    while (w > 0 && sc->t[w - 1] != ' ' && i - w < 16)
        w--;
    return script_word_in(sc, w, month_leads,
                          sizeof month_leads / sizeof *month_leads) == i - 1;
}

/* A month ending at t[e], a range's or a list's word, a later month and
 * one year after both ("July and August 2014", "from April to August
 * 2014", "juillet et en août 2014", "julio y agosto de 2014", "تموز/يوليه
 * وآب/أغسطس 2014"): one span of
 * months, as "21 and 22 March 2018" is one of days.  Its end and *y, *m2;
 * or 0. */
static size_t
month_pair_year_end(const pt_scan *sc, size_t e, int m, int *y, int *m2)
{
    size_t r = read_range_word(sc, e), me, en;
    if (r == e && lit_at(sc, skip_sp(sc, e), "و"))
        r = skip_sp(sc, e) + 2; /* Arabic's و glued to the month after it */
    if ((en = word_at(sc, r, "en")))
        r = skip_sp(sc, en); /* "en juillet et en août 2014" */
    if (r == e || (me = read_month(sc, r, m2)) == r || *m2 <= m)
        return 0;
    size_t ys = after_year_word_ar(sc, skip_sp(sc, me)),
           de = word_at(sc, ys, "de");
    if (de)
        ys = skip_sp(sc, de);
    if (ys == me || !(*y = pt__year_at(sc, ys)))
        return 0;
    return after_year(sc, ys + 4);
}

/* At a digit or a letter: 21 May 2007, 6 to 12 March 1995, 29 January to
 * 2 February 2001, March 2018, 2006-2007, 2006, the last quarter of 2005. */
static pt_status
date_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    dmy a, z;
    int y, m, m2, d1;
    size_t e, n;
    if (!at_word_start(sc, i))
        return PT_OK;
    /* the rule is tried at every Cyrillic and Arabic letter, where a date
     * begins only with a month's name, and most letters begin none */
    if ((unsigned char)t[i] >= 0xD0 && (unsigned char)t[i] <= 0xDB &&
        !(russian_month_initial(cp_at(sc, i, &n)) ||
          arabic_month_initial_at(sc, i) || russian_quarter_at(sc, i)))
        return PT_OK;
    if (read_dmy(sc, i, &a)) {
        /* between 14 October 2025 and 10 January 2026: a range, the first
         * year the second's, or the one before where the months go back */
        size_t k2 = between_second_day(sc, i, skip_sp(sc, a.end));
        if (k2 && read_dmy(sc, k2, &z)) {
            int y2 = z.y ? z.y : context_year(sc, i);
            int y1 = a.y ? a.y : (z.m < a.m ? y2 - 1 : y2);
            *resume = z.end;
            if (y1 && y2)
                return emit_date(sc, i, z.end, y1, a.m, a.d, y2, z.m, z.d);
            return PT_OK;
        }
        /* 29 January to 2 February 2001, 1 May 2007 to 3 June 2008 */
        size_t r = read_range_word(sc, a.end);
        /* "24 July 1954 and 26 January 1972", "12 juin 2012 et 27 juin
         * 2013", "12 حزيران/يونيه 2012 و 27 حزيران/يونيه 2013": two dates,
         * each with its year, joined as a list */
        if (r > a.end && a.y && list_word_at(sc, skip_sp(sc, a.end)))
            r = a.end;
        if (r > a.end && read_dmy(sc, r, &z)) {
            int y2 = z.y ? z.y : context_year(sc, i);
            int y1 = a.y ? a.y : y2;
            *resume = z.end;
            if (y1 && y2)
                return emit_date(sc, i, z.end, y1, a.m, a.d, y2, z.m, z.d);
            return PT_OK;
        }
        y = a.y ? a.y : context_year(sc, i);
        *resume = a.end;
        return y ? emit_date(sc, i, a.end, y, a.m, a.d, 0, 0, 0) : PT_OK;
    }
    /* 6 to 12 March 1995, 21 and 22 March 2018, 8-19 January 2001 */
    size_t k = read_day(sc, i, &d1);
    if (k > i) {
        size_t r = read_range_word(sc, k), b2 = between_second_day(sc, i, skip_sp(sc, k));
        if (b2) /* entre el 1 y el 5 de mayo */
            r = b2;
        if (r > k && read_dmy(sc, r, &z)) {
            y = z.y ? z.y : context_year(sc, i);
            *resume = z.end;
            return y ? emit_date(sc, i, z.end, y, z.m, d1, y, z.m, z.d)
                     : PT_OK;
        }
    }
    if (read_quarter(sc, i, &e, &y, &m, &m2)) {
        *resume = e;
        return pt__emit(sc, i, e, PT_LABEL_DATE, PT_REC_DATE,
                        "%04d-%02d/%04d-%02d", y, m, y, m2);
    }
    if ((e = read_month(sc, i, &m)) > i) { /* March 2018, junio de 2014 */
        size_t pair = month_pair_year_end(sc, e, m, &y, &m2);
        if (pair) {
            *resume = pair;
            return emit_date(sc, i, pair, y, m, 0, y, m2, 0);
        }
        size_t ys = after_year_word_ar(sc, skip_sp(sc, e)),
               de = word_at(sc, ys, "de");
        if (de)
            ys = skip_sp(sc, de);
        *resume = e;
        if (ys > e && (y = pt__year_at(sc, ys)))
            return month_year_en(sc, i, after_year(sc, ys + 4), y, m, resume);
        PT_CHECK(month_day_year_en(sc, i, e, m, resume));
        if (*resume == e && month_follows_lead(sc, i) &&
            (y = context_year(sc, i)))
            return emit_date(sc, i, e, y, m, 0, 0, 0, 0);
        return PT_OK;
    }
    size_t fiscal = fiscal_period_end(sc, i, &y);
    if (fiscal) { /* the 2025/26 period, 2025/2026 */
        *resume = fiscal;
        return emit_date(sc, i, fiscal, y, 0, 0, y + 1, 0, 0);
    }
    if ((y = pt__year_at(sc, i))) { /* 2006, 2006-2007, 2017–2019 */
        size_t r = i + 4, s2;
        if (r + 1 < sc->n && t[r] == ' ' && word_at(sc, r + 1, "hours"))
            return PT_OK; /* a time of day: "at 2000 hours" */
        int y2 = 0;
        if (y % 10 == 0 && r < sc->n && t[r] == 's' &&
            !is_alnum((unsigned char)t[r + 1])) { /* the 1960s */
            *resume = r + 1;
            return emit_date(sc, i, r + 1, y, 0, 0, y + 9, 0, 0);
        }
        if (r + 5 <= sc->n && t[r] == '-' && (y2 = pt__year_at(sc, r + 1)) &&
            y2 > y)
            PT_CHECK(emit_date(sc, i, after_year(sc, r + 5), y, 0, 0, y2, 0,
                               0));
        else if (r + 7 <= sc->n && memcmp(t + r, "–", 3) == 0 &&
                 (y2 = pt__year_at(sc, r + 3)) && y2 > y)
            PT_CHECK(emit_date(sc, i, after_year(sc, r + 7), y, 0, 0, y2, 0,
                               0));
        else if ((s2 = year_range_ar(sc, i, y, &y2)) > r) {
            *resume = s2; /* 2019-2018: emit_date turns it round */
            return emit_date(sc, i, s2, y, 0, 0, y2, 0, 0);
        } else if ((s2 = year_range(sc, i)) > r &&
                 (y2 = pt__year_at(sc, s2)) && y2 > y) {
            /* 2007 to 2008, between 2008 and 2015, de 2007 à 2008 */
            *resume = after_year(sc, s2 + 4);
            return emit_date(sc, i, *resume, y, 0, 0, y2, 0, 0);
        } else if (t[r] == ' ' && (s2 = skip_sp(sc, r)) < sc->n &&
                 (t[s2] == '-' || lit_at(sc, s2, "–")) &&
                 (s2 = skip_sp(sc, s2 + (t[s2] == '-' ? 1 : 3))) > r + 2 &&
                 (y2 = pt__year_at(sc, s2)) && y2 > y)
            /* "2016 - 2017 годов" */
            PT_CHECK(emit_date(sc, i, after_year(sc, s2 + 4), y, 0, 0, y2, 0,
                               0));
        PT_CHECK(emit_date(sc, i, after_year(sc, i + 4), y, 0, 0, 0, 0, 0));
        *resume = i + 4;
    }
done:
    return rc;
}

/* ---- in Chinese ------------------------------------------------------ */

/* A one- or two-digit number at t[i] (skipping spaces) followed by the
 * Han character `unit` (年 月 日); returns the index after it or 0. */
static size_t
number_unit(const pt_scan *sc, size_t i, const char *unit, int *v)
{
    size_t k = skip_sp(sc, i), d = k;
    *v = 0;
    while (is_digit_at(sc, k) && k - d < 2)
        *v = *v * 10 + (sc->t[k++] - '0');
    if (k == d || is_digit_at(sc, k))
        return 0;
    k = skip_sp(sc, k);
    return k + 3 <= sc->n && memcmp(sc->t + k, unit, 3) == 0 ? k + 3 : 0;
}

/* What joins the ends of a Chinese range; between years, the words of a
 * list join two dates instead (2009和2012 年: two years, not a span). */
static const char *const cjk_range_words[] = {"-", "和", "至", "到", "、", "–"};
static const char *const cjk_list_words[] = {"和", "、"};

/* After the connector of a Chinese range at t[i] (after spaces), or 0. */
static size_t
cjk_range_word(const pt_scan *sc, size_t i)
{
    return lit_in(sc, skip_sp(sc, i), cjk_range_words,
                  sizeof cjk_range_words / sizeof *cjk_range_words);
}

/* A day number at t[i] (after spaces) with a range's connector and no 日
 * after it (24和25日): after the connector, or 0. */
static size_t
day_before_range_zh(const pt_scan *sc, size_t i, int *d)
{
    size_t k = skip_sp(sc, i), x = read_day(sc, k, d);
    return x > k ? cjk_range_word(sc, x) : 0;
}

/* After a Chinese date that ends at t[e] and names its year y, month m
 * (or 0) and day d (or 0): 至 or 到 and a later date of as many parts,
 * year first (2011年至2014年, 2015年1月1日至2016年3月31日: one span, as
 * English writes "2011 to 2014"); its end and parts, or 0. */
static size_t
span_end_zh(const pt_scan *sc, size_t e, int y, int m, int d, int *y2,
            int *m2, int *d2)
{
    static const char *const span_words[] = {"至", "到"};
    size_t k = lit_in(sc, skip_sp(sc, e), span_words,
                      sizeof span_words / sizeof *span_words);
    if (!k || !(*y2 = pt__year_at(sc, k = skip_sp(sc, k))))
        return 0;
    size_t x = skip_sp(sc, k + 4);
    if (!lit_at(sc, x, "年"))
        return 0;
    x += 3;
    *m2 = *d2 = 0;
    if (m && !(x = number_unit(sc, x, "月", m2)))
        return 0;
    if (d && !(x = number_unit(sc, x, "日", d2)))
        return 0;
    bool later = *y2 > y || (*y2 == y && (*m2 > m || (*m2 == m && *d2 > d)));
    return later && *m2 <= 12 && *d2 <= 31 ? x : 0;
}

/* After a month of a year that ends at t[e]: 和, 至 or 到 and a later
 * month of the same year (2014年7月和8月, 2014年4月至8月: one span, as
 * English writes "July and August 2014"); its end and *m2, or 0. */
static size_t
month_after_zh(const pt_scan *sc, size_t e, int m, int *m2)
{
    static const char *const month_joints[] = {"和", "至", "到", "-", "–"};
    size_t k = lit_in(sc, skip_sp(sc, e), month_joints,
                      sizeof month_joints / sizeof *month_joints),
           x;
    if (!k || !(x = number_unit(sc, k, "月", m2)))
        return 0;
    return *m2 > m && *m2 <= 12 ? x : 0;
}

/* A month without a day nor a year, from t[i] to e (4 月, 5月): the
 * sentence's year, or the document's, as a day's without a year takes. */
static pt_status
month_alone_zh(pt_scan *sc, size_t i, size_t e, int m, size_t *resume)
{
    size_t n;
    uint32_t before = i > 0 ? pt__decode(sc->t, sc->n, pt__prev(sc->t, i), &n) : 0;
    /* 第3月, the third month of something; 8-7月, no span and no month */
    if (before == 0x7B2C || before == '-')
        return PT_OK;
    int y = context_year(sc, i);
    if (!y)
        return PT_OK;
    *resume = e;
    return emit_date(sc, i, e, y, m, 0, 0, 0, 0);
}

/* At a digit: 2018 年 3 月 21 日和 22 日, 2017-2019 年, 6 月 6 日,
 * 2006 年头三个季度 (2011 年头 6 个月: numbers.c). */
static pt_status
date_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    int y = pt__year_at(sc, i), y2 = 0, m = 0, d = 0, m2 = 0, d2 = 0;
    size_t k, e;
    if (!y && lit_at(sc, skip_sp(sc, i + 4), "年"))
        y = year_in(sc, i, 1000, 1899); /* 1815 年: 年 says it is a year */
    if (!y) {
        /* 6 月 6 日 without a year: the sentence's, or the document's */
        if ((i > 0 && is_digit_at(sc, i - 1)) ||
            !(k = number_unit(sc, i, "月", &m)) || m > 12)
            return PT_OK;
        e = number_unit(sc, k, "日", &d);
        if (!e)
            return m >= 1 ? month_alone_zh(sc, i, k, m, resume) : PT_OK;
        if ((y = context_year(sc, i)) == 0)
            return PT_OK;
        /* 3 月 11 日和 12 日: the days of a month, as with a year */
        size_t rr = cjk_range_word(sc, e), x;
        if (rr && (x = number_unit(sc, rr, "日", &d2)) && d2 > d && d2 <= 31) {
            *resume = x;
            return emit_date(sc, i, x, y, m, d, y, m, d2);
        }
        *resume = e;
        return emit_date(sc, i, e, y, m, d, 0, 0, 0);
    }
    k = i + 4;
    /* 2017-2019 年 */
    size_t r = cjk_range_word(sc, k);
    if (r && (y2 = pt__year_at(sc, skip_sp(sc, r))) && y2 > y) {
        size_t n2 = skip_sp(sc, skip_sp(sc, r) + 4);
        if (n2 + 3 <= sc->n && memcmp(t + n2, "年", 3) == 0) {
            *resume = n2 + 3;
            if (!lit_in(sc, skip_sp(sc, k), cjk_list_words,
                        sizeof cjk_list_words / sizeof *cjk_list_words))
                return emit_date(sc, i, n2 + 3, y, 0, 0, y2, 0, 0);
            PT_CHECK(emit_date(sc, i, k, y, 0, 0, 0, 0, 0));
            return emit_date(sc, skip_sp(sc, r), n2 + 3, y2, 0, 0, 0, 0, 0);
        }
    }
    k = skip_sp(sc, k);
    if (!(k + 3 <= sc->n && memcmp(t + k, "年", 3) == 0))
        return PT_OK;
    e = k + 3;
    if (y % 10 == 0 && lit_at(sc, e, "代")) { /* 1960年代: the 1960s */
        *resume = e + 3;
        return emit_date(sc, i, e + 3, y, 0, 0, y + 9, 0, 0);
    }
    /* 2014年7-8月, 2014年7至9月: the months of a year (the first read as
     * a day before a connector is) */
    int m1;
    size_t mr = day_before_range_zh(sc, e, &m1), mx;
    if (mr && m1 >= 1 && (mx = number_unit(sc, mr, "月", &m2)) && m2 > m1 &&
        m2 <= 12) {
        *resume = mx;
        return emit_date(sc, i, mx, y, m1, 0, y, m2, 0);
    }
    size_t me = number_unit(sc, e, "月", &m);
    if (me && m >= 1 && m <= 12) {
        e = me;
        int d1;
        size_t de = number_unit(sc, e, "日", &d), x;
        /* 24和25日, 29至31日: the first day without its 日 */
        size_t rd = day_before_range_zh(sc, e, &d1);
        if (rd && (x = number_unit(sc, rd, "日", &d2)) && d2 > d1) {
            *resume = x;
            return emit_date(sc, i, x, y, m, d1, y, m, d2);
        }
        if (de && d >= 1 && d <= 31) {
            e = de;
            /* 21 日和 22 日, 21 日至 4 月 2 日 */
            size_t rr = cjk_range_word(sc, e);
            if (rr && (x = number_unit(sc, rr, "日", &d2)) && d2 > d) {
                *resume = x;
                return emit_date(sc, i, x, y, m, d, y, m, d2);
            }
            if (rr && (x = number_unit(sc, rr, "月", &m2)) &&
                (x = number_unit(sc, x, "日", &d2))) {
                *resume = x;
                return emit_date(sc, i, x, y, m, d, y, m2, d2);
            }
        } else {
            d = 0;
            if ((x = month_after_zh(sc, e, m, &m2))) {
                *resume = x;
                return emit_date(sc, i, x, y, m, 0, y, m2, 0);
            }
        }
        if ((x = span_end_zh(sc, e, y, m, d, &y2, &m2, &d2))) {
            *resume = x;
            return emit_date(sc, i, x, y, m, d, y2, m2, d2);
        }
        *resume = e;
        return emit_date(sc, i, e, y, m, d, 0, 0, 0);
    }
    /* 2006 年头三个季度, 2005 年第四季度, 上半年 */
    static const struct {
        const char *words;
        int m1, m2;
    } parts[] = {
        {"头三个季度", 1, 9}, {"第一季度", 1, 3}, {"第二季度", 4, 6},
        {"第三季度", 7, 9},   {"第四季度", 10, 12}, {"上半年", 1, 6},
        {"下半年", 7, 12}};
    for (size_t p = 0; p < sizeof parts / sizeof *parts; p++) {
        size_t n = strlen(parts[p].words);
        if (e + n <= sc->n && memcmp(t + e, parts[p].words, n) == 0) {
            PT_CHECK(pt__emit(sc, i, e + n, PT_LABEL_DATE, PT_REC_DATE,
                              "%04d-%02d/%04d-%02d", y, parts[p].m1, y,
                              parts[p].m2));
            break;
        }
    }
    size_t x = span_end_zh(sc, e, y, 0, 0, &y2, &m2, &d2);
    PT_CHECK(emit_date(sc, i, x ? x : e, y, 0, 0, x ? y2 : 0, 0, 0));
    *resume = x ? x : e;
done:
    return rc;
}

/* ---- a masthead's date line ------------------------------------------- */

/* Read a number of 1-4 digits at s[*i]; returns -1 if there is none. */
static int
read_digits(const char *s, size_t e, size_t *i)
{
    int v = 0;
    size_t k = *i;
    while (k < e && k - *i < 4 && s[k] >= '0' && s[k] <= '9')
        v = v * 10 + (s[k++] - '0');
    if (k == *i)
        return -1;
    *i = k;
    return v;
}

/* A date line's day, month and year as ISO into out (11 bytes), when they
 * make one. */
static bool
line_date(int y, int m, int d, char *out)
{
    if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    iso_date(out, y, m, d);
    return true;
}

bool
pt__parse_date_line(const char *s, size_t b, size_t e, char *out)
{
    size_t i = b;
    int d = read_digits(s, e, &i), y, m;
    if (d < 0)
        return false;
    if (i - b == 4) { /* 2007 年 5 月 21 日 */
        y = d;
        i = pt__skip_blanks(s, e, i);
        if (!pt__skip_word(s, e, &i, "年"))
            return false;
        if ((m = read_digits(s, e, &i)) < 0)
            return false;
        i = pt__skip_blanks(s, e, i);
        if (!pt__skip_word(s, e, &i, "月"))
            return false;
        if ((d = read_digits(s, e, &i)) < 0)
            return false;
        i = pt__skip_blanks(s, e, i);
        if (!pt__skip_word(s, e, &i, "日"))
            return false;
        return i == e && line_date(y, m, d, out);
    }
    pt__skip_word(s, e, &i, "er"); /* 1er décembre */
    i = pt__skip_blanks(s, e, i);
    pt__skip_word(s, e, &i, "de"); /* 21 de mayo de 2007 */
    size_t w = i;
    while (i < e && s[i] != ' ')
        i++;
    if ((m = pt__month_of(s, w, i)) == 0)
        return false;
    i = pt__skip_blanks(s, e, i);
    pt__skip_word(s, e, &i, "de");
    if ((y = read_digits(s, e, &i)) < 0)
        return false;
    i = pt__skip_blanks(s, e, i);
    /* Russian "2007 года", "2007 г." */
    if (i < e && !pt__skip_word(s, e, &i, "года") &&
        !pt__skip_word(s, e, &i, "г."))
        return false;
    return i == e && line_date(y, m, d, out);
}

/* ---- where the recognisers begin --------------------------------------- */

const pt_rule pt__rule_date = {
    .at = date_at,
    .starts = DIGITS,
    /* Latin-1 to Arabic letters: month names beyond ASCII */
    .from = 0xC0,
    .to = 0x6FF,
    .words = {{month_names, MONTH_LANGS * 12, sizeof **month_names},
              PT_WORDS(ordinals)}};

const pt_rule pt__rule_date_zh = {
    .at = date_zh_at, .starts = DIGITS, .mid_word = true};
