/*
 * references.c: what a keyword and a number refer to: resolutions and
 * decisions, agenda items, provisions.
 *
 *   resolutions  resolution 41/128, resolutions 4/4 and 4/8, decision
 *                S-4/101, 第 6/1 号决议
 *   agenda       agenda item 5, 议程项目 5, 项目 4
 *   provisions   article 52, para. 12, sections 2, 23 and 28E,
 *                sect. IV (a), 第二章, 第 5 条
 *
 * Where a keyword governs a list ("resolutions 4/4 and 4/8"), the first
 * mention's span includes the keyword and the others are the bare numbers,
 * each with a complete value ("section 23").
 */
#include "recognisers.h"

#include <stdio.h>
#include <string.h>

/* Arabic writes a General Assembly or commission session as دورة's
 * initial and its number: 689 (د-35) is 689 (XXXV). */
#define ARABIC_SESSION "د-"

/* The end of the session's number after ARABIC_SESSION at t[y], or y. */
static size_t
arabic_session_end(const pt_scan *sc, size_t y)
{
    size_t z = y + sizeof ARABIC_SESSION - 1, d = z;
    while (z - d < 3 && is_digit_at(sc, z))
        z++;
    return z > d && sc->t[d] != '0' ? z : y;
}

/* n (1-399) in Roman numerals into out (room for 16). */
static void
roman(unsigned n, char *out)
{
    static const struct {
        unsigned value;
        const char *digits;
    } steps[] = {{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"},
                 {9, "IX"},  {5, "V"},   {4, "IV"}, {1, "I"}};
    size_t k = 0;
    for (size_t s = 0; s < sizeof steps / sizeof *steps; s++)
        for (; n >= steps[s].value && k + 2 < 16; n -= steps[s].value)
            for (const char *d = steps[s].digits; *d; d++)
                out[k++] = *d;
    out[k] = '\0';
}

/* A resolution or decision number: "41/128", "S-4/101", "1325 (2000)",
 * "21/COP.16". */
static size_t
read_resolution_number(const pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    size_t k = i;
    if (k + 2 < sc->n && t[k] == 'S' && t[k + 1] == '-')
        k += 2;
    size_t d = k;
    while (is_digit_at(sc, k))
        k++;
    if (k == d || k - d > 5)
        return i;
    if (k < sc->n && t[k] == '/') {
        size_t m = ++k;
        while (is_digit_at(sc, k))
            k++;
        if (k == m) { /* a treaty's Conference of the Parties: "21/COP.16",
                       * "1/CP.21", "2/CMA.3", "3/COP-MOP.2" */
            while (k < sc->n && k - m < 8 &&
                   ((t[k] >= 'A' && t[k] <= 'Z') || (t[k] == '-' && k > m)))
                k++;
            if (k - m < 2 || k >= sc->n || t[k] != '.' || !is_digit_at(sc, k + 1))
                return i;
            for (m = ++k; is_digit_at(sc, k) && k - m < 3;)
                k++;
        }
        return k > m && !is_alnum(cp_at(sc, k, &m)) ? k : i;
    }
    /* Security Council style: 1325 (2000), also written 1325(2000) and
     * 1325（2000）; a session in Roman numerals, 320 (XXVIII); or the
     * number alone, 1325 */
    size_t y = k < sc->n && t[k] == ' ' ? k + 1 : k;
    y = lit_at(sc, y, "(") ? y + 1 : lit_at(sc, y, "（") ? y + 3 : k;
    size_t z = y;
    if (y > k && is_digit_at(sc, y) && is_digit_at(sc, y + 3) &&
        !is_digit_at(sc, y + 4))
        z = y + 4;
    else if (y > k && lit_at(sc, y, ARABIC_SESSION))
        z = arabic_session_end(sc, y);
    while (y > k && z < sc->n && z - y < 8 && strchr("IVXLC", t[z]) && t[z])
        z++;
    if (z > y)
        return lit_at(sc, z, ")")   ? z + 1
               : lit_at(sc, z, "）") ? z + 3
                                     : i;
    size_t n;
    return is_alnum(cp_at(sc, k, &n)) ? i : k;
}

/* ar: is the resolution number t[b, e), its slash at t[s], a year's (the
 * Economic and Social Council's 1997/12) that the extractor turned round
 * ("قراره 12/1997": a left-to-right run read off a right-to-left line)?
 * No resolution's number after a session reaches a year. */
static bool
turned_year_number(const pt_scan *sc, size_t b, size_t s, size_t e)
{
    if (!(sc->langs & PT_LANG_AR) || sc->langs == PT_ALL_LANGS || s == e ||
        s - b > 3 || e - s != 5)
        return false;
    int year = 0;
    for (size_t d = s + 1; d < e; d++)
        year = year * 10 + (sc->t[d] - '0');
    return year >= 1946 && year <= 2049;
}

/* A resolution read by read_resolution_number at t[b, e), with its value
 * written one way: "1325 (2000)" however the brackets were, and an Arabic
 * session's number in Roman numerals: "1894 (د-57)" is "1894 (LVII)". */
static pt_status
emit_resolution(pt_scan *sc, size_t from, size_t to, size_t b, size_t e)
{
    const char *t = sc->t;
    size_t k = b;
    while (k < e && t[k] != ' ' && t[k] != '(' && (unsigned char)t[k] < 0x80)
        k++;
    size_t slash = b;
    while (slash < e && t[slash] != '/')
        slash++;
    if (k == e && turned_year_number(sc, b, slash, e))
        return pt__emit(sc, from, to, PT_LABEL_RESOLUTION, PT_REC_RESOLUTION,
                        "%.*s/%.*s", (int)(e - slash - 1), t + slash + 1,
                        (int)(slash - b), t + b);
    if (k == e)
        return pt__emit(sc, from, to, PT_LABEL_RESOLUTION, PT_REC_RESOLUTION,
                        "%.*s", (int)(e - b), t + b);
    /* the year or session between ( or （ and ) or ） */
    size_t y = k + (t[k] == ' ') + (t[k + (t[k] == ' ')] == '(' ? 1 : 3);
    size_t z = e - (t[e - 1] == ')' ? 1 : 3);
    if (lit_at(sc, y, ARABIC_SESSION)) {
        unsigned session = 0;
        for (size_t d = y + sizeof ARABIC_SESSION - 1; d < z; d++)
            session = session * 10 + (unsigned)(t[d] - '0');
        char numerals[16];
        roman(session, numerals);
        return pt__emit(sc, from, to, PT_LABEL_RESOLUTION, PT_REC_RESOLUTION,
                        "%.*s (%s)", (int)(k - b), t + b, numerals);
    }
    return pt__emit(sc, from, to, PT_LABEL_RESOLUTION, PT_REC_RESOLUTION,
                    "%.*s (%.*s)", (int)(k - b), t + b, (int)(z - y), t + y);
}

/* The Latin ordinal after an article's number ("185 bis", "12 ter") at
 * t[k] (a space before it): the index after it, or k. */
static size_t
latin_ordinal(const pt_scan *sc, size_t k)
{
    static const char *const ordinals[] = {" bis", " ter", " quater"};
    size_t e = lit_in(sc, k, ordinals, sizeof ordinals / sizeof *ordinals), n;
    return e && !is_alnum(cp_at(sc, e, &n)) ? e : k;
}

/* A rising span of numbers whose dash is spaced or an en dash ("пункты 27
 * - 32", "paras. 27–32") after the number t[i, k): the end of its second
 * number, or k.  The hyphen's span ("29-31") read_item_number reads. */
static size_t
spaced_span_end(const pt_scan *sc, size_t i, size_t k)
{
    size_t d = k + (k < sc->n && sc->t[k] == ' '), f;
    if (lit_at(sc, d, "-"))
        d += 1;
    else if (lit_at(sc, d, "\u2013"))
        d += 3;
    else
        return k;
    d += d < sc->n && sc->t[d] == ' ';
    long first = 0, second = 0;
    for (size_t x = i; x < k && is_digit_at(sc, x); x++)
        first = first * 10 + (sc->t[x] - '0');
    for (f = d; is_digit_at(sc, f) && f - d < 6; f++)
        second = second * 10 + (sc->t[f] - '0');
    size_t n;
    /* rising, and of a like size: not "статьи 5 - 2015 года" */
    if (f == d || k - i > 6 || is_alnum(cp_at(sc, f, &n)) || first >= second ||
        f - d > k - i + 1)
        return k;
    return f;
}

/* A provision's value as English and the gold write it: a span's dash
 * unspaced ("27-32"), the first bracketed part after a space and the
 * others after it ("55 (1)(j)" for "55(1)(j)", "55 (1) (j)"). */
static void
canonical_provision(char *value)
{
    char out[64];
    size_t o = 0;
    bool parts = false;
    for (const char *v = value; *v && o + 2 < sizeof out; v++) {
        if (*v == ' ' && (v[1] == '-' || strncmp(v + 1, "\u2013", 3) == 0 ||
                          (o > 0 && out[o - 1] == '-') ||
                          (parts && v[1] == '(')))
            continue;
        if (strncmp(v, "\u2013", 3) == 0) {
            out[o++] = '-';
            v += 2;
            continue;
        }
        if (*v == '(' && !parts && o > 0 && out[o - 1] != ' ')
            out[o++] = ' ';
        parts = parts || *v == '(';
        out[o++] = *v;
    }
    out[o] = '\0';
    memcpy(value, out, o + 1);
}

/* An agenda item's or provision's number: "5", "28E", "IV", "87.1", a
 * span "1-55", "185 bis", then optional parts "(a)", "(2)(b)". */
static size_t
read_item_number(const pt_scan *sc, size_t i, bool roman)
{
    const char *t = sc->t;
    size_t k = i, n;
    if (is_digit_at(sc, k)) {
        while (is_digit_at(sc, k))
            k++;
        /* a sub-article ("87.1") or a span of them ("29-31") */
        while (k + 1 < sc->n && (t[k] == '.' || t[k] == '-') &&
               is_digit_at(sc, k + 1)) {
            k++;
            while (is_digit_at(sc, k))
                k++;
        }
        k = spaced_span_end(sc, i, k);
        if (k < sc->n && t[k] >= 'A' && t[k] <= 'Z' &&
            !is_alnum(cp_at(sc, k + 1, &n)))
            k++; /* 28E */
        k = latin_ordinal(sc, k);
    } else if (roman) {
        while (k < sc->n && strchr("IVXLC", t[k]) && t[k])
            k++;
    }
    if (k == i || is_alnum(cp_at(sc, k, &n)))
        return i;
    /* parts: " (a)", "(2)(b)" */
    for (;;) {
        size_t p = k < sc->n && t[k] == ' ' ? k + 1 : k;
        if (p + 2 < sc->n && t[p] == '(' &&
            ((t[p + 1] >= 'a' && t[p + 1] <= 'z') || is_digit_at(sc, p + 1))) {
            size_t q = p + 1;
            while (q < sc->n && q - p < 5 &&
                   ((t[q] >= 'a' && t[q] <= 'z') || is_digit_at(sc, q)))
                q++;
            if (q < sc->n && t[q] == ')') {
                k = q + 1;
                continue;
            }
        }
        return k;
    }
}

/* ---- keywords in French, Spanish, Russian and Arabic ------------------ */

/* A keyword of these languages and what it stands for in English. */
typedef struct ref_word {
    const char *word;      /* lower case; a Russian stem takes endings */
    const char *canonical; /* "article"; NULL for resolutions and items */
    bool roman;            /* Roman numbers are usual after it */
    bool stem;             /* Russian: any case ending may follow */
    bool needs_tail;       /* an agenda item only with the agenda named */
} ref_word;

/* Lower case of a Latin-1 or Cyrillic capital; anything else as it is. */
static uint32_t
to_lower(uint32_t c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
        (c >= 0x410 && c <= 0x42F))
        return c + 0x20;
    return c;
}

/* The keyword w at t[i] (its first letter in either case; a stem with its
 * ending), ending a word: the index after it, or 0.  The letter at t[i] is
 * n bytes, and lower[0, m) is its lower case in UTF-8. */
static size_t
ref_word_at(const pt_scan *sc, size_t i, const char *lower, size_t m,
            size_t n, const ref_word *w)
{
    if (w->word[0] != lower[0])
        return 0; /* most words end here */
    for (size_t j = 1; j < m; j++)
        if (w->word[j] != lower[j])
            return 0;
    /* the rest as written: most of those left end within a few bytes */
    size_t k = i + n;
    const char *rest = w->word + m;
    while (*rest && k < sc->n && sc->t[k] == *rest) {
        rest++;
        k++;
    }
    if (*rest)
        return 0;
    if (w->stem)
        while (k < sc->n && pt__is_lower(cp_at(sc, k, &n)))
            k += n;
    return is_word_char(cp_at(sc, k, &n)) ? 0 : k;
}

/* Does w begin with the article ال? */
static bool
is_article(const char *w)
{
    return (unsigned char)w[0] == 0xD8 && (unsigned char)w[1] == 0xA7 &&
           (unsigned char)w[2] == 0xD9 && (unsigned char)w[3] == 0x84;
}

/* The first of words[0, n) at the word that begins at t[i]: *b where its
 * span begins (after Arabic clitics, "وبالقرار"; at the word's start
 * where لِـ has fused with the article, "للقرار"), the index after it or 0. */
static size_t
ref_words_at(const pt_scan *sc, size_t i, const ref_word *words, size_t n,
             const ref_word **found, size_t *b)
{
    if (!at_any_word_start(sc, i))
        return 0;
    size_t k = i, m;
    for (int clitics = 0; clitics <= 2; clitics++) {
        size_t cn;
        char lower[4];
        size_t ln = pt__encode(to_lower(cp_at(sc, k, &cn)), lower);
        bool fused = lit_at(sc, k, "لل");
        /* *found and *b end as the last word tried left them */
        *found = &words[n - 1];
        *b = k;
        for (size_t w = 0; w < n; w++) {
            const char *word = words[w].word;
            size_t e = ref_word_at(sc, k, lower, ln, cn, &words[w]);
            if (e) {
                *found = &words[w];
                return e;
            }
            /* "للقرار": ل, then the article without its alef */
            if (!fused || !is_article(word))
                continue;
            size_t rest = strlen(word) - 4; /* after ال */
            if (sc->n - k - 4 >= rest &&
                memcmp(sc->t + k + 4, word + 4, rest) == 0 &&
                !is_word_char(cp_at(sc, k + 4 + rest, &m))) {
                *found = &words[w];
                return k + 4 + rest;
            }
        }
        size_t c = lit_in(sc, k, pt__arabic_clitics, PT_ARABIC_CLITICS);
        if (!c)
            return 0;
        k = c;
    }
    return 0;
}

#define NWORDS(a) (sizeof(a) / sizeof *(a))

/* Arabic letters a part is lettered with, in the abjad order Arabic UN
 * texts follow where English writes (a), (b), (c): أ ب ج د هـ و ز ح ط ي ك ل. */
static const char *const arabic_part_letters[] = {
    "أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل"};

/* Russian letters a part in its own alphabet's order where English
 * writes (a), (b), (c): а б в г д е ж з и к л м. */
static const char *const cyrillic_part_letters[] = {
    "а", "б", "в", "г", "д", "е", "ж", "з", "и", "к", "л", "м"};

/* "(ب)" or "(в)" at t[x]: the Latin letter it stands for and *end, or 0. */
static char
lettered_part_at(const pt_scan *sc, size_t x, size_t *end)
{
    if (x >= sc->n || sc->t[x] != '(')
        return 0;
    for (size_t k = 0; k < NWORDS(arabic_part_letters); k++) {
        size_t n = strlen(arabic_part_letters[k]);
        if (lit_at(sc, x + 1, arabic_part_letters[k]) &&
            x + 1 + n < sc->n && sc->t[x + 1 + n] == ')') {
            *end = x + 2 + n;
            return (char)('a' + k);
        }
    }
    for (size_t k = 0; k < NWORDS(cyrillic_part_letters); k++)
        if (lit_at(sc, x + 1, cyrillic_part_letters[k]) && x + 3 < sc->n &&
            sc->t[x + 3] == ')') {
            *end = x + 4;
            return (char)('a' + k);
        }
    return 0;
}

/* An item's number as English writes it: "3 b)", "113(b)" and "113 (ب)"
 * are "3 (b)", "113 (b)" and "113 (b)".  t[k, *e) is the number read;
 * *e moves past a part written "b)" or in Arabic.  Into out (room for
 * 64). */
static void
item_value(const pt_scan *sc, size_t k, size_t *e, char *out)
{
    const char *t = sc->t;
    size_t o = 0, j = k;
    while (j < *e && t[j] != '(' && o < 40 &&
           (t[j] != ' ' || latin_ordinal(sc, j) > j)) /* "185 bis" */
        out[o++] = t[j++];
    for (bool first = true; o < 56;) {
        size_t p = j < sc->n && t[j] == ' ' ? j + 1 : j, after;
        size_t open = p < sc->n && t[p] == '(';
        size_t x = p + open;
        char letter = lettered_part_at(sc, p, &after);
        if (letter) {
            x = after - 2; /* as if "x)" */
        } else if (!(x + 1 < sc->n && t[x] >= 'a' && t[x] <= 'z' &&
                     t[x + 1] == ')') ||
                   (!open && x + 2 < sc->n &&
                    is_word_char((unsigned char)t[x + 2]))) {
            break;
        } else {
            letter = t[x];
        }
        if (first)
            out[o++] = ' ';
        first = false;
        out[o++] = '(';
        out[o++] = letter;
        out[o++] = ')';
        j = x + 2;
    }
    out[o] = '\0';
    if (j > *e)
        *e = j;
}

/* The parts in Arabic letters after a provision's number that ends at *e
 * ("2 (هـ)"), appended to its value as English writes them ("2 (e)");
 * *e moves past them.  `value` has room for 64. */
static void
arabic_parts(const pt_scan *sc, size_t *e, char *value)
{
    size_t o = strlen(value), after;
    char letter;
    for (size_t p = *e; o + 4 < 64; p = *e) {
        p += p < sc->n && sc->t[p] == ' ';
        if (!(letter = lettered_part_at(sc, p, &after)))
            break;
        o += (size_t)snprintf(value + o, 64 - o, " (%c)", letter);
        *e = after;
    }
}

/* The parts French and Spanish write with a closing bracket alone after a
 * provision's number that ends at *e ("article 6 f)", "article 7 1) j)"),
 * appended to its value as English brackets them ("6 (f)", "7 (1)(j)");
 * *e moves past them.  `value` has room for 64. */
static void
closed_parts(const pt_scan *sc, size_t *e, char *value)
{
    size_t o = strlen(value);
    for (bool first = true; o + 8 < 64; first = false) {
        size_t p = *e + (*e < sc->n && sc->t[*e] == ' '), q = p;
        while (q < sc->n && q - p < 3 &&
               ((sc->t[q] >= 'a' && sc->t[q] <= 'z') || is_digit_at(sc, q)))
            q++;
        if (q == p || q >= sc->n || sc->t[q] != ')')
            break;
        o += (size_t)snprintf(value + o, 64 - o, first ? " (%.*s)" : "(%.*s)",
                              (int)(q - p), sc->t + p);
        *e = q + 1;
    }
}

/* The words between the numbers of a list, besides a comma, in each
 * language but Chinese (Arabic's "و" is glued to the number after it). */
static const char *const list_words[] = {"and", "or", "to", "et", "ou", "à",
                                         "y", "o", "a", "и", "или"};

/* A provision's number t[k, e) into out (room for 64): as written, or
 * with `dotted` its part after a hyphen as English writes it after a
 * full stop (Arabic's "2-1", article 2.1; "6- 11", typed with the space
 * after the hyphen, article 6.11: one article is no span). */
static void
provision_number(const char *t, size_t k, size_t e, bool dotted, char *out)
{
    size_t dash = k;
    while (dotted && dash < e && t[dash] >= '0' && t[dash] <= '9')
        dash++;
    size_t after = dash + 1 + (dash + 2 < e && t[dash + 1] == ' ');
    bool part = dotted && dash > k && after < e && t[dash] == '-' &&
                t[after] >= '0' && t[after] <= '9';
    if (part)
        snprintf(out, 64, "%.*s.%.*s", (int)(dash - k), t + k,
                 (int)(e - after), t + after);
    else
        snprintf(out, 64, "%.*s", (int)(e - k), t + k);
}

/* Past the word that joins two numbers of a list at t[k] ("and", "et",
 * "и", Arabic's "و", Chinese 和 and 、 glued to the numbers), or 0. */
static size_t
list_word_end(const pt_scan *sc, size_t k)
{
    size_t a = 0;
    for (size_t w = 0; w < sizeof list_words / sizeof *list_words && !a; w++)
        a = script_word_at(sc, k, list_words[w]);
    if (!a && lit_at(sc, k, "و"))
        a = k + 2;
    if (!a && (lit_at(sc, k, "和") || lit_at(sc, k, "、")))
        a = k + 3;
    return a;
}

/* After a keyword's first number: ", N", " and N", ", N and N"... each
 * emitted on its own with the full value.  `prefix` goes before each
 * value ("section "); `dotted` as provision_number has it. */
static pt_status
list_tail(pt_scan *sc, size_t i, pt_label label, pt_recogniser rec,
          const char *prefix, bool roman, bool dotted)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    for (;;) {
        size_t k = i;
        bool comma = (k < sc->n && t[k] == ',') || lit_at(sc, k, "،");
        k = skip_sp(sc, k + (comma ? (t[k] == ',' ? 1 : 2) : 0));
        size_t a = list_word_end(sc, k);
        if (a)
            k = skip_sp(sc, a);
        else if (k == i || !comma)
            break;
        size_t e = label == PT_LABEL_RESOLUTION
                       ? read_resolution_number(sc, k)
                       : read_item_number(sc, k, roman);
        if (e == k)
            break;
        if (label == PT_LABEL_RESOLUTION) {
            PT_CHECK(emit_resolution(sc, k, e, k, e));
        } else {
            char value[64];
            if (label == PT_LABEL_AGENDA_ITEM)
                item_value(sc, k, &e, value); /* "17 c)", "17(c)", "17 (ج)" */
            else
                provision_number(t, k, e, dotted, value);
            if (label == PT_LABEL_PROVISION)
                canonical_provision(value);
            PT_CHECK(pt__emit(sc, k, e, label, rec, "%s%s", prefix, value));
        }
        i = e;
    }
done:
    return rc;
}

/* At "resolution(s)" or "decision(s)": "resolution 41/128", "resolutions
 * 4/4 and 4/8", "decision S-4/101". */
static const char *const resolution_words[] = {"resolutions", "resolution",
                                               "decisions", "decision"};
/* ... and in French, Spanish, Russian (stems) and Arabic. */
static const ref_word resolution_words_ml[] = {
    {"résolutions", NULL, false, false, false}, {"résolution", NULL, false, false, false},
    {"décisions", NULL, false, false, false},   {"décision", NULL, false, false, false},
    {"resoluciones", NULL, false, false, false}, {"resolución", NULL, false, false, false},
    {"decisiones", NULL, false, false, false},  {"decisión", NULL, false, false, false},
    {"резолюци", NULL, false, true, false},     {"решени", NULL, false, true, false},
    {"القرارات", NULL, false, false, false},    {"القرار", NULL, false, false, false},
    {"المقررات", NULL, false, false, false},    {"المقرر", NULL, false, false, false},
    /* Arabic's construct state and possessive endings: قرار مجلس الأمن,
     * قراره (its resolution) */
    {"قرارا", NULL, false, false, false}, /* the dual's construct state */
    {"قرارات", NULL, false, false, false},      {"قرار", NULL, false, false, false},
    {"قراراته", NULL, false, false, false},     {"قراره", NULL, false, false, false},
    {"قراراتها", NULL, false, false, false},    {"قرارها", NULL, false, false, false},
    {"مقرره", NULL, false, false, false},       {"مقررها", NULL, false, false, false},
    /* the construct state of decisions (مقرر مجلس الإدارة), and the dual
     * (القرارين 1591 (2005) و 1556 (2004)) */
    {"مقررات", NULL, false, false, false},      {"مقرر", NULL, false, false, false},
    {"القرارين", NULL, false, false, false},    {"القراران", NULL, false, false, false},
    {"قراري", NULL, false, false, false},       {"المقررين", NULL, false, false, false}};

/* A keyword of French, Spanish, Russian or Arabic may name the body
 * between itself and the number: "resoluciones del Consejo de Seguridad
 * 822 (1993)", "резолюции Совета Безопасности 2118 (2013)", "قرار مجلس
 * الأمن 2118 (2013)"; the words of at most this many.  The span is then the
 * number alone, since the body is an entity of its own. */
#define BODY_WORDS 8

/* The end of the longest gazetteer name that begins in t[b, e) (a word,
 * its clitics before the name: "للأمم المتحدة"), or 0. */
static size_t
listed_name_from(const pt_scan *sc, size_t b, size_t e)
{
    const pt_cand *c = sc->cands.items;
    size_t end = 0;
    for (size_t k = pt__first_name_from(sc, b);
         k < sc->names && c[k].start < e; k++)
        if (c[k].label != PT_LABEL_NONE && c[k].end > end)
            end = c[k].end;
    return end;
}

/* The resolution number after kw, past a body's name where the keyword is
 * not English: the gazetteer's names, however long ("قرار مجلس
 * الأمن التابع للأمم المتحدة رقم 1325"), and up to BODY_WORDS other words;
 * its start, or 0. */
static size_t
number_after_body(const pt_scan *sc, size_t kw, size_t *end)
{
    size_t k = skip_sp(sc, kw), n;
    for (int w = 0; w <= BODY_WORDS;) {
        if ((*end = read_resolution_number(sc, k)) > k)
            return k;
        size_t b = k;
        while (k < sc->n && is_word_char(cp_at(sc, k, &n)) &&
               !is_digit_at(sc, k))
            k += n;
        if (k == b || k == skip_sp(sc, k))
            return 0;
        size_t name = listed_name_from(sc, b, k);
        if (name >= k) {
            k = skip_sp(sc, name);
            continue; /* a name counts as no word */
        }
        k = skip_sp(sc, k);
        w++;
    }
    return 0;
}

/* The words around a year: Russian's after it (1995 года, 1995 г.),
 * Arabic's before it (لعام 1995, في عام 1995). */
static const char *const year_after_ru[] = {"год", "г."};
static const char *const year_before_ar[] = {"عام ", "لعام ", "العام ",
                                             "سنة "};

/* Is the number t[k, e) of digits alone, after a Cyrillic or Arabic
 * keyword, a year rather than a resolution (резолюции 1995 года)?  Four
 * digits with a year's word beside them. */
static bool
bare_year(const pt_scan *sc, size_t k, size_t e)
{
    if (e - k != 4)
        return false;
    size_t a = skip_sp(sc, e);
    if (lit_in(sc, a, year_after_ru, NWORDS(year_after_ru)))
        return true;
    for (size_t w = 0; w < NWORDS(year_before_ar); w++) {
        size_t len = strlen(year_before_ar[w]);
        if (k >= len && memcmp(sc->t + k - len, year_before_ar[w], len) == 0)
            return true;
    }
    return false;
}

/* Four digits at t[i], a year's (1945-2099), whatever stands around them
 * (the turned brackets of ")2015("). */
static bool
four_digits_at(const pt_scan *sc, size_t i)
{
    if (i + 4 > sc->n)
        return false;
    int v = 0;
    for (size_t d = i; d < i + 4; d++) {
        if (!is_digit_at(sc, d))
            return false;
        v = v * 10 + (sc->t[d] - '0');
    }
    return v >= 1945 && v <= 2099 && !(i + 4 < sc->n && is_digit_at(sc, i + 4));
}

/* The end of a resolution's number at t[b], four digits at most and no
 * digit after them, or b. */
static size_t
digits_end(const pt_scan *sc, size_t b)
{
    size_t e = b;
    while (e < sc->n && is_digit_at(sc, e) && e - b < 4)
        e++;
    return e < sc->n && is_digit_at(sc, e) ? b : e;
}

/* ar: "2216 (2015)" as the extractor turns a left-to-right run round in a
 * right-to-left line, the punctuation after it displaced before or inside:
 * " .)2015( 2216", " ،)2024( 2742" (the year's brackets first), "( 2755
 * ،)2024", "( 2570.)2021", "( 1970 )2011" (the number's bracket first).
 * From k: the end, the number at [*nb, *ne) and the year at *yb; or k. */
static size_t
turned_resolution_ar(const pt_scan *sc, size_t k, size_t *nb, size_t *ne, size_t *yb)
{
    static const char *const displaced[] = {"\u060C", ".", ","};
    size_t p = skip_sp(sc, k), q;
    if ((q = lit_in(sc, p, displaced, NWORDS(displaced))))
        p = skip_sp(sc, q);
    if (lit_at(sc, p, ")"))
        p++; /* (the extractor's bracket may be gone with the marks) */
    if (four_digits_at(sc, p) && lit_at(sc, p + 4, "(")) {
        *yb = p; /* ")2015( 2216" */
        *ne = digits_end(sc, *nb = skip_sp(sc, p + 5));
        return *ne > *nb ? *ne : k;
    }
    if (!lit_at(sc, p, "(")) /* "( 2755 ،)2024" */
        return k;
    *ne = digits_end(sc, *nb = skip_sp(sc, p + 1));
    if (*ne == *nb)
        return k;
    q = skip_sp(sc, *ne);
    size_t d = lit_in(sc, q, displaced, NWORDS(displaced));
    q = d ? d : q;
    if (!lit_at(sc, q, ")") || !four_digits_at(sc, q + 1) ||
        (q + 5 < sc->n && is_digit_at(sc, q + 5)))
        return k;
    *yb = q + 1;
    return q + 5;
}

/* Does a gazetteer's body (ORG) end at e? */
static bool
body_ends_at(const pt_scan *sc, size_t e)
{
    static const char number_word[] = " رقم"; /* قرار مجلس الأمن رقم 1325 */
    size_t len = sizeof number_word - 1;
    if (e >= len && memcmp(sc->t + e - len, number_word, len) == 0)
        e -= len;
    return pt__listed_start(sc, e, 1u << PT_LABEL_ORG) < e;
}

static pt_status
resolution_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    size_t kw = 0;
    const ref_word *rw;
    size_t b = i;
    if ((unsigned char)t[i] >= 0x80 || sc->langs != PT_LANG_EN)
        kw = ref_words_at(sc, i, resolution_words_ml,
                          NWORDS(resolution_words_ml), &rw, &b);
    bool ml = kw != 0;
    if (!kw && !at_word_start(sc, i))
        return PT_OK;
    for (size_t w = 0; w < 4 && !kw; w++) {
        const char *word = resolution_words[w];
        if (!(kw = word_at(sc, i, word)) && t[i] == word[0] - 32) {
            /* "Resolution 6/1" at a sentence start */
            char cap[16];
            snprintf(cap, sizeof cap, "%s", word);
            cap[0] = (char)(cap[0] - 32);
            kw = word_at(sc, i, cap);
        }
    }
    if (!kw)
        return PT_OK;
    size_t k = skip_sp(sc, kw), e;
    /* resolution A/RES/71/213: the number is what follows RES/ */
    static const char *const res_prefixes[] = {"A/RES/", "S/RES/", "E/RES/"};
    size_t after = (unsigned char)t[i] < 0xD0 /* not Cyrillic nor Arabic */
                       ? lit_in(sc, k, res_prefixes, NWORDS(res_prefixes))
                       : 0;
    size_t nb, ne, yb;
    if (ml && (sc->langs & PT_LANG_AR) && (e = turned_resolution_ar(sc, k, &nb, &ne, &yb)) > k) {
        *resume = e;
        return pt__emit(sc, b, e, PT_LABEL_RESOLUTION, PT_REC_RESOLUTION, "%.*s (%.*s)",
                        (int)(ne - nb), t + nb, 4, t + yb);
    }
    if (after) {
        e = read_resolution_number(sc, k = after);
    } else if (ml) { /* and "résolutions du Conseil de sécurité 822 (1993)" */
        size_t direct = k;
        k = number_after_body(sc, kw, &e);
        if (k > direct)
            b = k; /* the body's name is its own entity */
        size_t d = k;
        while (d < e && is_digit_at(sc, d))
            d++;
        /* a number alone may be a year (резолюции 1995 года), or, after
         * words no gazetteer names as a body, no resolution's at all
         * (القرار وإلى المادتين 38) */
        if (k && d == e &&
            (bare_year(sc, k, e) || (k > direct && !body_ends_at(sc, k - 1))))
            return PT_OK;
    } else {
        e = read_resolution_number(sc, k);
    }
    if (!k || e == k)
        return PT_OK;
    PT_CHECK(emit_resolution(sc, b, e, k, e));
    PT_CHECK(list_tail(sc, e, PT_LABEL_RESOLUTION, PT_REC_RESOLUTION, "",
                       false, false));
    *resume = e;
done:
    return rc;
}

/* At the start of a block: a resolution's number before its title, as a
 * programme's list of legislative mandates sets each under a caption
 * ("General Assembly resolutions" over "68/200 Unilateral economic
 * measures ..."; "2014/5 ..."; "269 (XXVI) ..."): a number with its
 * session or year, then a capitalised word.  A number alone there is a
 * paragraph's or a count. */
static pt_status
mandate_resolution_at(pt_scan *sc, size_t i, size_t *resume)
{
    if (i != 0 || !(sc->langs & PT_LANG_EN) || sc->langs == PT_ALL_LANGS)
        return PT_OK;
    size_t e = read_resolution_number(sc, 0), d = 0, n;
    while (d < e && is_digit_at(sc, d))
        d++;
    if (e == 0 || d == e || e + 1 >= sc->n || sc->t[e] != ' ' ||
        !pt__is_upper(cp_at(sc, e + 1, &n)))
        return PT_OK;
    *resume = e;
    return emit_resolution(sc, 0, e, 0, e);
}

/* Between the numbers of a Chinese list, and after them. */
static const char *const zh_list_words[] = {"和", "、", "及", ",", "至"};
static const char *const zh_resolution_words[] = {"号决议", "号决定"};

/* At 第: a Chinese list of numbers that share the word after the last (第
 * 66/209 和 68/195 号决议, 第9、11和第12段, 第822(1993)号、第853(1993)号决议
 * with 号 after each), each found by `read` (its
 * end, or its start) after 第 or a list word and an optional 第; the start
 * and end of each in nums, their count returned (at most 8; 0 if none). */
typedef size_t (*number_reader)(const pt_scan *sc, size_t i);
static size_t
zh_number_list(const pt_scan *sc, size_t i, number_reader read,
               size_t nums[8][2])
{
    if (!lit_at(sc, i, "第"))
        return 0;
    size_t nn = 0, m = i;
    while (nn < 8) {
        if (lit_at(sc, m, "第"))
            m = skip_sp(sc, m + 3);
        size_t f = read(sc, m);
        if (f == m)
            break;
        nums[nn][0] = m;
        nums[nn++][1] = f;
        m = skip_sp(sc, f);
        size_t a = lit_in(sc, m, zh_list_words,
                          sizeof zh_list_words / sizeof *zh_list_words);
        if (!a && lit_at(sc, m, "号")) /* 第822(1993)号、第853(1993)号和 */
            a = lit_in(sc, m + 3, zh_list_words,
                       sizeof zh_list_words / sizeof *zh_list_words);
        if (!a)
            break;
        m = skip_sp(sc, a);
    }
    return nn;
}

/* At 第: 第 6/1 号决议, 第 66/209 和 68/195 号决议, 第 S-4/101 号决定. */
static pt_status
resolution_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    /* the numbers of a list, then 号决议 or 号决定 */
    size_t nums[8][2], nn = zh_number_list(sc, i, read_resolution_number, nums);
    if (!nn)
        return PT_OK;
    size_t j = nums[nn - 1][1];
    size_t z = lit_in(sc, skip_sp(sc, j), zh_resolution_words,
                      sizeof zh_resolution_words / sizeof *zh_resolution_words);
    if (!z)
        return PT_OK;
    for (size_t m = 0; m < nn; m++) {
        size_t b = m == 0 ? i : nums[m][0];
        size_t f = m + 1 == nn ? z : nums[m][1];
        PT_CHECK(emit_resolution(sc, b, f, nums[m][0], nums[m][1]));
    }
    *resume = z;
done:
    return rc;
}

/* At "agenda item(s)", "item(s)", 议程项目 or 项目. */
static const struct agenda_word {
    const char *word;
    bool latin;
} agenda_words[] = {{"agenda items", true}, {"agenda item", true},
                    {"Agenda items", true}, {"Agenda item", true},
                    {"items", true},        {"item", true},
                    /* a masthead's "Item 6 of the provisional agenda" */
                    {"Items", true},        {"Item", true},
                    {"议程项目", false},    {"项目", false}};

/* ... and in French, Spanish, Russian and Arabic, with what names the
 * agenda after the number ("point 5 de l'ordre du jour"); Russian "пункт"
 * is also a paragraph, so an item only with it. */
static const ref_word agenda_words_ml[] = {
    {"points", NULL, false, false, false}, {"point", NULL, false, false, false},
    {"temas", NULL, false, false, false},  {"tema", NULL, false, false, false},
    {"пункт", NULL, false, true, true},    {"البنود", NULL, false, false, false},
    {"البندان", NULL, false, false, false}, {"البندين", NULL, false, false, false},
    {"البند", NULL, false, false, false}};
static const char *const agenda_tails[] = {
    "de l'ordre du jour", "de l’ordre du jour", "de son ordre du jour",
    "del programa", "de su programa", "повестки дня",
    "предварительной повестки дня", "ее повестки дня", "его повестки дня",
    "своей повестки дня", "من جدول الأعمال", "من جدول أعمالها",
    "من جدول أعماله",
    /* the list the agenda is drawn from: "Item 138 of the preliminary list" */
    "de la liste préliminaire", "de la lista preliminar",
    "первоначального перечня", "من القائمة الأولية"};

/* What a heading that is an agenda item alone may add: "Пункт 10
 * (продолжение)", "Item 10 (continued)". */
static const char *const continued[] = {"(suite)", "(continuación)",
                                        "(продолжение)", "(تابع)"};

/* The end of the list of item numbers that begins at t[k] ("132 и
 * 17(c)"): where a tail naming the agenda would stand. */
static size_t
item_list_end(const pt_scan *sc, size_t k)
{
    char part[64];
    size_t e = read_item_number(sc, k, false);
    for (int items = 0; e > k && items < 64; items++) {
        item_value(sc, k, &e, part); /* past "(c)" */
        size_t j = e < sc->n && sc->t[e] == ',' ? e + 1 : e;
        size_t a = list_word_end(sc, skip_sp(sc, j));
        size_t next = skip_sp(sc, a ? a : j);
        size_t f = (a || j > e) ? read_item_number(sc, next, false) : next;
        if (f == next)
            break;
        k = next;
        e = f;
    }
    return e;
}

/* At an agenda word of French, Spanish, Russian or Arabic. */
static pt_status
agenda_ml_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const ref_word *w;
    size_t b, kw = ref_words_at(sc, i, agenda_words_ml, NWORDS(agenda_words_ml),
                                &w, &b);
    size_t k = skip_sp(sc, kw);
    if (!kw || k == kw)
        return PT_OK;
    size_t e = read_item_number(sc, k, false);
    if (e == k)
        return PT_OK;
    char value[64];
    item_value(sc, k, &e, value);
    size_t tail = lit_in(sc, skip_sp(sc, e), agenda_tails, NWORDS(agenda_tails));
    /* a block that is the item alone is an agenda's heading ("Пункт 6");
     * "Пункты 132 и 17(c) повестки дня": the tail after the whole list */
    size_t more = lit_in(sc, skip_sp(sc, e), continued, NWORDS(continued));
    bool alone = b == 0 && skip_sp(sc, more ? more : e) == sc->n;
    if (w->needs_tail && !tail && !alone &&
        !lit_in(sc, skip_sp(sc, item_list_end(sc, k)), agenda_tails,
                NWORDS(agenda_tails)))
        return PT_OK;
    PT_CHECK(pt__emit(sc, b, tail ? tail : e, PT_LABEL_AGENDA_ITEM,
                      PT_REC_AGENDA_ITEM, "%s", value));
    if (!tail)
        PT_CHECK(list_tail(sc, e, PT_LABEL_AGENDA_ITEM, PT_REC_AGENDA_ITEM, "",
                           false, false));
    *resume = tail ? tail : e;
done:
    return rc;
}

static pt_status
agenda_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    size_t kw = 0;
    bool latin = false;
    if ((unsigned char)t[i] < 0x80 && !at_word_start(sc, i))
        return PT_OK; /* the Latin words begin words */
    for (size_t w = 0; w < sizeof agenda_words / sizeof *agenda_words && !kw;
         w++) {
        kw = word_at(sc, i, agenda_words[w].word);
        latin = agenda_words[w].latin;
        if (kw && latin && !at_word_start(sc, i))
            kw = 0;
    }
    if (!kw)
        return sc->langs & PT_LANG_EN && sc->langs != PT_ALL_LANGS
                   ? PT_OK
                   : agenda_ml_at(sc, i, resume);
    size_t k = skip_sp(sc, kw);
    if (latin && k == kw)
        return PT_OK;
    size_t e = read_item_number(sc, k, false);
    if (e == k)
        return PT_OK;
    char value[64];
    item_value(sc, k, &e, value); /* "4(d)" is item 4 (d) */
    PT_CHECK(pt__emit(sc, i, e, PT_LABEL_AGENDA_ITEM, PT_REC_AGENDA_ITEM,
                      "%s", value));
    PT_CHECK(list_tail(sc, e, PT_LABEL_AGENDA_ITEM, PT_REC_AGENDA_ITEM, "",
                       false, false));
    *resume = e;
done:
    return rc;
}

typedef struct provision_word {
    const char *word;
    const char *canonical;
    bool roman; /* Roman numbers are usual after it */
} provision_word;

static const provision_word provision_words[] = {
    {"articles", "article", true},     {"article", "article", true},
    {"arts.", "article", true},        {"art.", "article", true},
    {"subparagraphs", "subparagraph", false},
    {"subparagraph", "subparagraph", false},
    {"paragraphs", "paragraph", false}, {"paragraph", "paragraph", false},
    {"paras.", "paragraph", false},    {"para.", "paragraph", false},
    {"rules", "rule", false},          {"rule", "rule", false},
    {"regulations", "regulation", false},
    {"regulation", "regulation", false},
    {"sections", "section", true},     {"section", "section", true},
    {"sects.", "section", true},       {"sect.", "section", true},
    {"chapters", "chapter", true},     {"chapter", "chapter", true},
    {"chap.", "chapter", true},        {"annexes", "annex", true},
    {"annex", "annex", true},
    /* the provisions of staff and financial rules and of contracts */
    {"regulations", "regulation", false}, {"regulation", "regulation", false},
    {"schedules", "schedule", false},  {"schedule", "schedule", false}};

static const char *const romans[] = {"",    "I",    "II",   "III", "IV",
                                     "V",   "VI",   "VII",  "VIII", "IX",
                                     "X",   "XI",   "XII",  "XIII", "XIV",
                                     "XV",  "XVI",  "XVII", "XVIII", "XIX",
                                     "XX"};

/* ... and in French, Spanish, Russian (stems) and Arabic. */
#define PROVISION(word, canonical, roman, stem)                             \
    {word, canonical, roman, stem, false}
static const ref_word provision_words_ml[] = {
    PROVISION("articles", "article", true, false),
    PROVISION("article", "article", true, false),
    PROVISION("paragraphes", "paragraph", false, false),
    PROVISION("paragraphe", "paragraph", false, false),
    PROVISION("par.", "paragraph", false, false),
    PROVISION("alinéas", "subparagraph", false, false),
    PROVISION("alinéa", "subparagraph", false, false),
    PROVISION("règles", "rule", false, false),
    PROVISION("règle", "rule", false, false),
    PROVISION("chapitres", "chapter", true, false),
    PROVISION("chapitre", "chapter", true, false),
    PROVISION("annexes", "annex", true, false),
    PROVISION("annexe", "annex", true, false),
    PROVISION("artículos", "article", true, false),
    PROVISION("artículo", "article", true, false),
    PROVISION("párrafos", "paragraph", false, false),
    PROVISION("párrafo", "paragraph", false, false),
    PROVISION("párrs.", "paragraph", false, false),
    PROVISION("párr.", "paragraph", false, false),
    PROVISION("apartados", "subparagraph", false, false),
    PROVISION("apartado", "subparagraph", false, false),
    PROVISION("secciones", "section", true, false),
    PROVISION("sección", "section", true, false),
    PROVISION("capítulos", "chapter", true, false),
    PROVISION("capítulo", "chapter", true, false),
    PROVISION("anexos", "annex", true, false),
    PROVISION("anexo", "annex", true, false),
    PROVISION("стать", "article", true, true),
    PROVISION("подпункт", "subparagraph", false, true),
    PROVISION("пункт", "paragraph", false, true),
    PROVISION("правил", "rule", false, true),
    PROVISION("раздел", "section", true, true),
    PROVISION("глав", "chapter", true, true),
    PROVISION("приложени", "annex", true, true),
    PROVISION("المواد", "article", true, false),
    PROVISION("المادة", "article", true, false),
    PROVISION("الفقرات", "paragraph", false, false),
    PROVISION("الفقرة", "paragraph", false, false),
    PROVISION("القواعد", "rule", false, false),
    PROVISION("القاعدة", "rule", false, false),
    PROVISION("الفرع", "section", true, false),
    PROVISION("الفصل", "chapter", true, false),
    PROVISION("القسم", "section", true, false),
    PROVISION("المرفق", "annex", true, false),
    /* the dual: المادتين 38 و 42, الفقرتان 9 و 11 */
    PROVISION("المادتين", "article", true, false),
    PROVISION("المادتان", "article", true, false),
    PROVISION("الفقرتين", "paragraph", false, false),
    PROVISION("الفقرتان", "paragraph", false, false),
    PROVISION("القاعدتين", "rule", false, false),
    PROVISION("القاعدتان", "rule", false, false),
    PROVISION("الفرعين", "section", true, false),
    PROVISION("الفرعان", "section", true, false),
    PROVISION("الفصلين", "chapter", true, false),
    PROVISION("الفصلان", "chapter", true, false),
    PROVISION("المرفقين", "annex", true, false),
    PROVISION("المرفقان", "annex", true, false)};

/* The Arabic plurals among them, without the article (للمواد fuses it):
 * after these "1-55" is a span of provisions; after the others, one
 * provision and its part ("المادة 2-1" is article 2.1). */
static const char *const arabic_provision_plurals[] = {"مواد", "فقرات",
                                                       "قواعد"};

/* How Arabic letters a part where English writes A, B, C ("المرفق جيم",
 * annex C), and numbers one with an adverb where English writes I, II
 * ("الفرع خامسا", section V), with or without the tanween's mark. */
static const char *const arabic_letter_names[] = {
    "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء",
    "كاف", "لام"};
static const char *const arabic_adverb_ordinals[] = {
    "أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا",
    "تاسعا", "عاشرا"};

/* Arabic writes a Roman-numbered provision with an ordinal ("الفصل
 * السابع", chapter VII; "المادة الثالثة", article III): ICU 72's ar
 * %spellout-ordinal-masculine and -feminine for 1 to 10. */
static const char *const arabic_ordinals[2][10] = {
    {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
     "الثامن", "التاسع", "العاشر"},
    {"الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
     "السابعة", "الثامنة", "التاسعة", "العاشرة"}};

/* An Arabic ordinal at t[i]: its value 1-10 and *end, or 0. */
static int
arabic_ordinal_at(const pt_scan *sc, size_t i, size_t *end)
{
    for (int g = 1; g >= 0; g--) /* the feminine forms are the longer */
        for (int v = 0; v < 10; v++)
            if ((*end = script_word_at(sc, i, arabic_ordinals[g][v])))
                return v + 1;
    return 0;
}

/* An Arabic letter's name or ordinal adverb at t[i] ("جيم", "خامساً"): the
 * letter or Roman number it stands for into part (room for 8), and the
 * index after it; or 0. */
static size_t
arabic_part_name_at(const pt_scan *sc, size_t i, char *part)
{
    size_t e, n;
    for (size_t k = 0; k < NWORDS(arabic_letter_names); k++)
        if ((e = script_word_at(sc, i, arabic_letter_names[k]))) {
            part[0] = (char)('A' + k);
            part[1] = '\0';
            return e;
        }
    for (size_t k = 0; k < NWORDS(arabic_adverb_ordinals); k++) {
        size_t len = strlen(arabic_adverb_ordinals[k]);
        if (!lit_at(sc, i, arabic_adverb_ordinals[k]))
            continue;
        e = i + len;
        if (lit_at(sc, e, "\u064B")) /* the tanween's mark: "خامساً" */
            e += 2;
        if (is_word_char(cp_at(sc, e, &n)))
            continue;
        snprintf(part, 8, "%s", romans[k + 1]);
        return e;
    }
    return 0;
}

/* Does the Arabic keyword t[b, kw) end in a plural? */
static bool
arabic_plural_at(const pt_scan *sc, size_t b, size_t kw)
{
    for (size_t k = 0; k < NWORDS(arabic_provision_plurals); k++) {
        size_t len = strlen(arabic_provision_plurals[k]);
        if (kw - b >= len &&
            memcmp(sc->t + kw - len, arabic_provision_plurals[k], len) == 0)
            return true;
    }
    return false;
}

/* The end of the list of numbers that begins with one ending at e
 * ("21 et 99", "3, 4 y 5", "21 و 99"), or e. */
static size_t
list_end(const pt_scan *sc, size_t e)
{
    for (int items = 0; items < 16; items++) {
        size_t comma = e < sc->n && sc->t[e] == ',' ? 1
                       : lit_at(sc, e, "،")        ? 2
                                                   : 0;
        size_t x = skip_sp(sc, e + comma), a = list_word_end(sc, x);
        x = a ? skip_sp(sc, a) : x;
        size_t y = read_item_number(sc, x, false);
        if ((!a && !comma) || y == x)
            break;
        e = y;
    }
    return e;
}

/* Between the numbers of a range as French and Spanish write it, and as
 * any language may with a spaced dash: "paragraphes 375 à 377", "párrafos
 * 375 a 377", "пункты 375 – 377"; English writes "paragraphs 375-377".
 * One mention, whose value is English's. */
static const char *const range_joins[] = {" \xC3\xA0 ", " a ", " al ",
                                          " \xE2\x80\x93 ", " - ",
                                          " \xE2\x80\x94 "};

/* The whole number t[b, e) (below a million), or -1. */
static long
whole_number(const char *t, size_t b, size_t e)
{
    long v = 0;
    for (size_t i = b; i < e; i++)
        if (t[i] < '0' || t[i] > '9' || (v = v * 10 + t[i] - '0') >= 1000000)
            return -1;
    return e > b ? v : -1;
}

/* After a provision's number t[b, e), the range's last number: where it
 * begins, and its end in *end; or 0.  Only whole numbers, rising, and no
 * year ("статьи 7 - 2016 года"). */
static size_t
range_last(const pt_scan *sc, size_t b, size_t e, bool roman, size_t *end)
{
    size_t k = lit_in(sc, e, range_joins, NWORDS(range_joins));
    if (!k || (*end = read_item_number(sc, k, roman)) == k ||
        pt__year_at(sc, k))
        return 0;
    long from = whole_number(sc->t, b, e), to = whole_number(sc->t, k, *end);
    return from >= 0 && from < to ? k : 0;
}

/* French, Spanish and Arabic number the rules of procedure as articles
 * ("article 15 du Règlement intérieur" is rule 15): what names them after
 * the number. */
static const char *const rules_of_procedure[] = {
    "du Règlement intérieur", "du règlement intérieur", "del reglamento",
    "del Reglamento", "من النظام الداخلي"};

/* At a provision word: "article 52", "para. 12", "sections 2, 23 and
 * 28E", "sect. IV (a)"; "paragraphe 12", "статьи 5", "المادة 52". */
static pt_status
provision_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    if ((unsigned char)t[i] < 0x80 && !at_word_start(sc, i))
        return PT_OK;
    const provision_word *pw = NULL;
    size_t kw = 0;
    /* the English words, each in ASCII */
    for (size_t w = 0; (unsigned char)t[i] < 0x80 &&
                       w < sizeof provision_words / sizeof *provision_words;
         w++) {
        const char *word = provision_words[w].word;
        if (t[i] != word[0] && t[i] != word[0] - 32)
            continue;
        size_t n = strlen(word);
        if (sc->n - i >= n && memcmp(t + i + 1, word + 1, n - 1) == 0) {
            size_t m;
            if (word[n - 1] != '.' && is_alnum(cp_at(sc, i + n, &m)))
                continue;
            pw = &provision_words[w];
            kw = i + n;
            break;
        }
    }
    const char *canonical = pw ? pw->canonical : NULL;
    bool roman = pw && pw->roman;
    size_t b = i;
    if (pw == NULL) {
        const ref_word *rw;
        kw = ref_words_at(sc, i, provision_words_ml,
                          NWORDS(provision_words_ml), &rw, &b);
        if (!kw)
            return PT_OK;
        canonical = rw->canonical;
        roman = rw->roman;
    }
    size_t k = skip_sp(sc, kw), e;
    if (k == kw)
        return PT_OK;
    int ordinal;
    if (roman && (ordinal = arabic_ordinal_at(sc, k, &e))) {
        /* "المادة الأولى (ج)", article I (c); a letter glued to the
         * ordinal ("المرفق الثالث(أ)") is a note's mark */
        char parts[64] = "";
        if (e < sc->n && sc->t[e] == ' ')
            arabic_parts(sc, &e, parts);
        *resume = e;
        return pt__emit(sc, b, e, PT_LABEL_PROVISION, PT_REC_PROVISION,
                        "%s %s%s", canonical, romans[ordinal], parts);
    }
    char part[8];
    if (roman && (e = arabic_part_name_at(sc, k, part))) {
        *resume = e;
        return pt__emit(sc, b, e, PT_LABEL_PROVISION, PT_REC_PROVISION,
                        "%s %s", canonical, part);
    }
    e = read_item_number(sc, k, roman);
    if (e == k)
        return PT_OK;
    size_t ab;
    const ref_word *aw;
    if (b == 0 && skip_sp(sc, e) == sc->n && pw == NULL &&
        ref_words_at(sc, i, agenda_words_ml, NWORDS(agenda_words_ml), &aw,
                     &ab))
        return PT_OK; /* "Пункт 6" alone: an agenda's heading (agenda_ml_at) */
    /* "المادة 2-1" is article 2.1, "المواد 1-55" articles 1 to 55 */
    bool dotted = pw == NULL && (unsigned char)t[b] >= 0xD8 &&
                  !arabic_plural_at(sc, b, kw);
    if (strcmp(canonical, "article") == 0 &&
        lit_in(sc, skip_sp(sc, list_end(sc, e)), rules_of_procedure,
               NWORDS(rules_of_procedure)))
        canonical = "rule";
    char prefix[24], value[64];
    snprintf(prefix, sizeof prefix, "%s ", canonical);
    provision_number(t, k, e, dotted, value);
    size_t range_end, last = range_last(sc, k, e, roman, &range_end);
    if (last) {
        char to[64];
        provision_number(t, last, range_end, dotted, to);
        size_t len = strlen(value), tl = strlen(to);
        if (len + 1 + tl < sizeof value) {
            value[len] = '-';
            memcpy(value + len + 1, to, tl + 1);
            e = range_end;
        }
    }
    arabic_parts(sc, &e, value);
    if (sc->langs & (PT_LANG_FR | PT_LANG_ES) && sc->langs != PT_ALL_LANGS)
        closed_parts(sc, &e, value);
    canonical_provision(value);
    PT_CHECK(pt__emit(sc, b, e, PT_LABEL_PROVISION, PT_REC_PROVISION, "%s%s",
                      prefix, value));
    PT_CHECK(list_tail(sc, e, PT_LABEL_PROVISION, PT_REC_PROVISION, prefix,
                       roman, dotted));
    *resume = e;
done:
    return rc;
}

/* The words after 第 and a number: 第二章 (chapter II), 第 5 条 (article
 * 5), 第 12 段 (paragraph 12).  Chinese UN texts write a chapter or
 * section that English numbers in Roman with a Chinese numeral (第二章,
 * 第一节), and one numbered in digits with digits (第 5 章). */
static const provision_word zh_provision_words[] = {
    {"章", "chapter", true},    {"条", "article", false},
    {"款", "paragraph", false}, {"段", "paragraph", false},
    {"节", "section", true}};

/* The texts whose 条 English calls a rule or a regulation: rules of
 * procedure (议事规则第 15 条, rule 15), financial rules (细则), staff or
 * financial regulations (条例, 规章). */
static const provision_word zh_rule_texts[] = {{"规则", "rule", false},
                                               {"细则", "rule", false},
                                               {"条例", "regulation", false},
                                               {"规章", "regulation", false}};

/* What a 条 at 第 t[i] is called: that of the text named just before it,
 * in title marks or not (《规章》第 21 条, regulation 21), or article. */
static const char *
zh_article_name(const pt_scan *sc, size_t i)
{
    if (i >= 3 && memcmp(sc->t + i - 3, "》", 3) == 0)
        i -= 3;
    for (size_t w = 0; w < sizeof zh_rule_texts / sizeof *zh_rule_texts; w++) {
        size_t len = strlen(zh_rule_texts[w].word);
        if (i >= len && memcmp(sc->t + i - len, zh_rule_texts[w].word, len) == 0)
            return zh_rule_texts[w].canonical;
    }
    return "article";
}

/* The words before a number that name an annex or appendix: 附件一
 * (annex I: a Chinese numeral is a Roman one in English), 附录 2
 * (appendix 2); and a rule of procedure as its heading and references
 * write it (规则 30, rule 30: in digits only). */
static const provision_word zh_annex_words[] = {{"附件", "annex", true},
                                                {"附录", "appendix", true},
                                                {"规则", "rule", false}};

/* At 附: 附件一, 附件 2, 附录二; at 规: 规则 30. */
static pt_status
annex_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    size_t w = 0;
    while (w < sizeof zh_annex_words / sizeof *zh_annex_words &&
           !lit_at(sc, i, zh_annex_words[w].word))
        w++;
    if (w == sizeof zh_annex_words / sizeof *zh_annex_words)
        return PT_OK;
    size_t k = skip_sp(sc, i + strlen(zh_annex_words[w].word)), e;
    int64_t v = 0;
    bool digits = is_digit_at(sc, k);
    if (digits) {
        for (e = k; is_digit_at(sc, e) && e - k < 4; e++)
            v = v * 10 + (t[e] - '0');
    } else {
        e = pt__read_cjk_number(sc, k, &v);
    }
    if (e == k || v <= 0 || is_digit_at(sc, e) ||
        (!digits && v >= (int64_t)(sizeof romans / sizeof *romans)))
        return PT_OK;
    if (!zh_annex_words[w].roman &&
        (!digits || (e + 1 < sc->n && t[e] == '.' && is_digit_at(sc, e + 1)) ||
         lit_at(sc, skip_sp(sc, e), "个")))
        return PT_OK; /* 规则三, 规则 1.2, 规则30个: no rule's number */
    *resume = e;
    if (digits)
        return pt__emit(sc, i, e, PT_LABEL_PROVISION, PT_REC_PROVISION,
                        "%s %lld", zh_annex_words[w].canonical, (long long)v);
    return pt__emit(sc, i, e, PT_LABEL_PROVISION, PT_REC_PROVISION, "%s %s",
                    zh_annex_words[w].canonical, romans[v]);
}

/* The end of the lettered or numbered subdivisions written in brackets
 * after a provision's number, inside 第 and 条 or 段 (第6 (f)条, 第2(e)段,
 * 第7(1)(j)条: article 6 (f)); or e.  Three characters at most in each,
 * so that a year in brackets is none. */
static size_t
subdivisions_end_zh(const pt_scan *sc, size_t e)
{
    size_t end = e;
    for (int groups = 0; groups < 4; groups++) {
        size_t k = skip_sp(sc, end), x = k + 1;
        if (k >= sc->n || sc->t[k] != '(')
            break;
        while (x < sc->n && x - k <= 3 &&
               ((sc->t[x] >= 'a' && sc->t[x] <= 'z') || is_digit_at(sc, x)))
            x++;
        if (x == k + 1 || x >= sc->n || sc->t[x] != ')')
            break;
        end = x + 1;
    }
    return end;
}

/* The value of a provision's number in digits written at t[b, e), as
 * English writes it: its subdivisions after one space, none between
 * them (6 (f), 7 (1)(j)); its length in out (room for 64). */
static size_t
subdivided_number(const pt_scan *sc, size_t b, size_t e, char out[64])
{
    size_t n = 0;
    for (size_t k = b; k < e && n < 62; k++) {
        if (sc->t[k] == ' ')
            continue;
        if (sc->t[k] == '(' && (n == 0 || out[n - 1] != ')'))
            out[n++] = ' ';
        out[n++] = sc->t[k];
    }
    return n;
}

/* The number of a Chinese provision at t[k], in digits or a Chinese
 * numeral, its value in *v; its end, or k. */
static size_t
zh_item_number(const pt_scan *sc, size_t k, int64_t *v)
{
    size_t e;
    *v = 0;
    if (!is_digit_at(sc, k) && (e = pt__read_cjk_digits(sc, k, v)) > k)
        return *v > 0 ? e : k;
    if (!is_digit_at(sc, k))
        return (e = pt__read_cjk_number(sc, k, v)) > k && *v > 0 ? e : k;
    for (e = k; is_digit_at(sc, e) && e - k < 6; e++)
        *v = *v * 10 + (sc->t[e] - '0');
    /* a sub-article or sub-paragraph: 第 2.1 条, 第 140.2 段, 第 5-1 条 */
    while (e + 1 < sc->n && (sc->t[e] == '.' || sc->t[e] == '-') &&
           is_digit_at(sc, e + 1))
        for (e++; is_digit_at(sc, e) && e - k < 12; e++)
            ;
    return *v > 0 ? subdivisions_end_zh(sc, e) : k;
}

static size_t
zh_item_end(const pt_scan *sc, size_t k)
{
    int64_t v;
    return zh_item_number(sc, k, &v);
}

/* After an article's 条 at f, a subparagraph's letter in brackets and 项
 * ("(a)项", "（b）项"): the end of 项 and the letter in *letter, or f. */
static size_t
zh_item_letter_end(const pt_scan *sc, size_t f, char *letter)
{
    static const char *const opens[] = {"(", "\uFF08"}, *const closes[] = {")", "\uFF09"};
    size_t a = lit_in(sc, f, opens, NWORDS(opens));
    if (!a || a >= sc->n || sc->t[a] < 'a' || sc->t[a] > 'z')
        return f;
    size_t c = lit_in(sc, a + 1, closes, NWORDS(closes));
    if (!c || !lit_at(sc, c, "项"))
        return f;
    *letter = sc->t[a];
    return c + strlen("项");
}

/* The start of the item whose number begins at k: its "第", where it has
 * one ("第四、第四十二和第四十四条": each item's own), else k. */
static size_t
ordinal_start(const pt_scan *sc, size_t k)
{
    size_t p = k;
    while (p > 0 && sc->t[p - 1] == ' ')
        p--;
    return p >= 3 && memcmp(sc->t + p - 3, "第", 3) == 0 ? p - 3 : k;
}

/* At 第: 第二章 (chapter II), 第 5 条 (article 5), 第 12 段 (paragraph 12),
 * 第9和11段 (paragraphs 9 and 11: the first span holds 第, the last the
 * word).  At 附: an annex; at 规: a rule. */
static pt_status
provision_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    if (lit_at(sc, i, "附") || lit_at(sc, i, "规"))
        return annex_zh_at(sc, i, resume);
    size_t nums[8][2], nn = zh_number_list(sc, i, zh_item_end, nums);
    if (!nn)
        return PT_OK;
    size_t u = skip_sp(sc, nums[nn - 1][1]), w = 0;
    while (w < sizeof zh_provision_words / sizeof *zh_provision_words &&
           !lit_at(sc, u, zh_provision_words[w].word))
        w++;
    if (w == sizeof zh_provision_words / sizeof *zh_provision_words)
        return PT_OK;
    const provision_word *pw = &zh_provision_words[w];
    size_t f = u + strlen(pw->word);
    const char *name = strcmp(pw->canonical, "article") == 0
                           ? zh_article_name(sc, i)
                           : pw->canonical;
    /* a subparagraph of the last item's article: "第三十七条(a)项",
     * "第 6 条（b）项": "article 37 (a)" */
    char sub = 0;
    size_t g = f;
    if (strcmp(pw->canonical, "article") == 0 && (g = zh_item_letter_end(sc, f, &sub)) > f)
        f = g;
    for (size_t m = 0; m < nn; m++) {
        int64_t v;
        zh_item_number(sc, nums[m][0], &v);
        size_t b = m == 0 ? i : ordinal_start(sc, nums[m][0]),
               end = m + 1 == nn ? f : nums[m][1];
        if (pw->roman && !is_digit_at(sc, nums[m][0]) &&
            v < (int64_t)(sizeof romans / sizeof *romans))
            PT_CHECK(pt__emit(sc, b, end, PT_LABEL_PROVISION, PT_REC_PROVISION,
                              "%s %s", pw->canonical, romans[v]));
        else {
            /* 第 2.1 条: as written */
            char number[64];
            size_t len = is_digit_at(sc, nums[m][0])
                             ? subdivided_number(sc, nums[m][0], nums[m][1], number)
                             : pt__put_int(number, v, 0);
            bool lettered = sub && m + 1 == nn;
            PT_CHECK(pt__emit(sc, b, end, PT_LABEL_PROVISION, PT_REC_PROVISION,
                              lettered ? "%s %.*s (%.*s)" : "%s %.*s", name, (int)len,
                              number, 1, &sub));
        }
    }
    *resume = f;
done:
    return rc;
}

/* ---- treaty bodies' general comments ------------------------------------ */

/* A treaty body's general comments and recommendations, cited by number in
 * each language ("general recommendation No. 28 (2010)", "observation
 * générale no 18", "общей рекомендации № 35", "التعليق العام رقم 7"):
 * the phrase's first word (a Russian stem takes any case), the rest of it,
 * and the kind the value names in English; then a number sign, the
 * number and the year of adoption in brackets, which the span keeps. */
static const ref_word comment_first_words[] = {
    {"general", NULL, false, false, false},
    {"recommandation", NULL, false, false, false},
    {"observation", NULL, false, false, false},
    {"recomendación", NULL, false, false, false},
    {"observación", NULL, false, false, false},
    {"общ", NULL, false, true, false},
    {"замечани", NULL, false, true, false},
    {"التوصية", NULL, false, false, false},
    {"التعليق", NULL, false, false, false}};
static const struct comment_phrase {
    const char *first, *rest, *kind;
    bool stem; /* the rest is a Russian stem too */
} comment_phrases[] = {
    {"general", " recommendation", "general recommendation", false},
    {"general", " comment", "general comment", false},
    {"recommandation", " générale", "general recommendation", false},
    {"observation", " générale", "general comment", false},
    {"recomendación", " general", "general recommendation", false},
    {"observación", " general", "general comment", false},
    {"общ", " рекомендаци", "general recommendation", true},
    {"замечани", " общего порядка", "general comment", false},
    {"التوصية", " العامة", "general recommendation", false},
    {"التعليق", " العام", "general comment", false}};
static const char *const comment_number_signs[] = {
    "No. ", "No ", "no. ", "no ", "n° ", "nº ", "n.º ", "núm. ", "№ ", "رقم "};

/* zh: a year in brackets at t[k], either width, with or without 年 and
 * spaces ("(2013)", "（2016 年）"): where it ends, or k. */
static size_t
bracketed_year_end(const pt_scan *sc, size_t k)
{
    size_t y = lit_at(sc, k, "(") ? k + 1 : lit_at(sc, k, "（") ? k + 3 : 0, c;
    if (!y || !pt__year_at(sc, (y = skip_sp(sc, y))))
        return k;
    c = skip_sp(sc, y + 4);
    c = lit_at(sc, c, "年") ? skip_sp(sc, c + 3) : c;
    return lit_at(sc, c, ")") ? c + 1 : lit_at(sc, c, "）") ? c + 3 : k;
}

/* Chinese: "第9号一般性建议", "第29（2013）号一般性建议", "第18号一般性意见". */
static pt_status
comment_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    static const char *const kinds[][2] = {
        {"号一般性建议", "general recommendation"},
        {"号一般性意见", "general comment"}};
    size_t d = skip_sp(sc, i + sizeof "第" - 1), k = d;
    while (k < sc->n && k - d < 3 && is_digit_at(sc, k))
        k++;
    if (k == d)
        return PT_OK;
    char number[4] = {0};
    memcpy(number, sc->t + d, k - d);
    k = skip_sp(sc, bracketed_year_end(sc, k));
    for (size_t q = 0; q < NWORDS(kinds); q++)
        if (lit_at(sc, k, kinds[q][0])) {
            size_t e = k + strlen(kinds[q][0]);
            /* its year in brackets after it too, as the other languages
             * write it after the number ("第19号一般性意见（2016年）") */
            e = bracketed_year_end(sc, e);
            *resume = e;
            return pt__emit(sc, i, e, PT_LABEL_INSTRUMENT, PT_REC_COMMENT,
                            "%s No. %s", kinds[q][1], number);
        }
    return PT_OK;
}

static pt_status
comment_at(pt_scan *sc, size_t i, size_t *resume)
{
    if (lit_at(sc, i, "第"))
        return comment_zh_at(sc, i, resume);
    const ref_word *w;
    size_t b, n, e = ref_words_at(sc, i, comment_first_words,
                                  NWORDS(comment_first_words), &w, &b);
    if (!e)
        return PT_OK;
    for (size_t k = 0; k < NWORDS(comment_phrases); k++) {
        const struct comment_phrase *p = &comment_phrases[k];
        if (strcmp(p->first, w->word) != 0 || !lit_at(sc, e, p->rest))
            continue;
        size_t r = e + strlen(p->rest);
        if (p->stem)
            while (r < sc->n && pt__is_lower(cp_at(sc, r, &n)))
                r += n;
        size_t sign = lit_in(sc, skip_sp(sc, r), comment_number_signs,
                             NWORDS(comment_number_signs));
        size_t d = sign, x;
        while (sign && d < sc->n && d - sign < 3 && is_digit_at(sc, d))
            d++;
        if (!sign || d == sign || is_alnum(cp_at(sc, d, &n)))
            return PT_OK;
        char number[4] = {0};
        memcpy(number, sc->t + sign, d - sign);
        /* "(2010)": the year of adoption */
        if (lit_at(sc, d, " (") && pt__year_at(sc, d + 2) &&
            (x = d + 6) < sc->n && sc->t[x] == ')')
            d = x + 1;
        *resume = d;
        return pt__emit(sc, b, d, PT_LABEL_INSTRUMENT, PT_REC_COMMENT,
                        "%s No. %s", p->kind, number);
    }
    return PT_OK;
}

/* ---- where the recognisers begin --------------------------------------- */

/* Arabic's clitics, and the capitals of the Russian words at a sentence's
 * start, begin keywords too. */
#define ARABIC_CLITICS "وفبكل"
const pt_rule pt__rule_resolution = {
    .at = resolution_at,
    .starts = ARABIC_CLITICS "Р",
    .words = {PT_WORDS(resolution_words), PT_WORDS(resolution_words_ml)}};
const pt_rule pt__rule_resolution_zh = {.at = resolution_zh_at, .starts = "第"};
const pt_rule pt__rule_mandate = {.at = mandate_resolution_at, .from = '0',
                                  .to = '9'};
const pt_rule pt__rule_agenda = {
    .at = agenda_at,
    .starts = ARABIC_CLITICS "П",
    .words = {PT_WORDS(agenda_words), PT_WORDS(agenda_words_ml)}};
const pt_rule pt__rule_provision = {
    .at = provision_at,
    .starts = ARABIC_CLITICS "СПРГ",
    .words = {PT_WORDS(provision_words), PT_WORDS(provision_words_ml)}};
const pt_rule pt__rule_provision_zh = {.at = provision_zh_at, .starts = "第附规"};
const pt_rule pt__rule_comment = {.at = comment_at,
                                  .starts = ARABIC_CLITICS "ОЗ第",
                                  .words = {PT_WORDS(comment_first_words)}};
