/*
 * rules.c: the rule recognisers.  Each scans a block's clean text and
 * proposes candidates (pt__cand_add); entities.c keeps a flat subset.
 *
 *   symbols      A/61/530/Add.2, CAC/COSP/WG.2/2018/CRP.1
 *   urls         http://..., www....
 *   resolutions  resolution 41/128, resolutions 4/4 and 4/8, decision
 *                S-4/101, 第 6/1 号决议
 *   agenda       agenda item 5, 议程项目 5, 项目 4
 *   provisions   article 52, para. 12, sections 2, 23 and 28E,
 *                sect. IV (a), 第二章, 第 5 条
 *   dates        21 May 2007, 6 to 12 March 1995, 29 January to 2 February
 *                2001, March 2018, 2006-2007, 2006, the last quarter of
 *                2005, 2018 年 3 月 21 日和 22 日, 2017-2019 年
 *   money        $347,200, $321 million, USD 5 million, 3.21 亿美元
 *   quantities   20 个, 九个, 100 多场, 38 次以上, 三分之二, 3.0％,
 *                百分之十五, two sessions, 15 per cent, more than 20
 *   persons      Mr. John Smith, Ambassador Ana Ruiz, 王小明先生
 *
 * Where a keyword governs a list ("resolutions 4/4 and 4/8"), the first
 * mention's span includes the keyword and the others are the bare numbers,
 * each with a complete value.  Lengths win in the resolver, so a longer
 * reading (money over its number, a date over its year) needs no care
 * here; `prio` only breaks ties between equal spans.
 */
#include "recognisers.h"

#include <stdio.h>
#include <string.h>

enum { PRIO_MONEY = 1, PRIO_DATE = 2, PRIO_RULE = 3, PRIO_QUANTITY = 4 };

/* ---- numbers ------------------------------------------------------------ */

/* A decimal number: value = mant * 10^exp. */
typedef struct num {
    int64_t mant;
    int exp;
} num;

/* Digits with thousands commas ("347,200") and a decimal point ("3.21")
 * at t[i].  Returns the index after them, or i. */
static size_t
read_number(const pt_scan *sc, size_t i, num *v)
{
    const char *t = sc->t;
    size_t k = i, digits = 0;
    v->mant = 0;
    v->exp = 0;
    if (!is_digit_at(sc, i) || !at_word_start(sc, i))
        return i;
    for (;;) {
        while (is_digit_at(sc, k)) {
            if (digits++ < 18)
                v->mant = v->mant * 10 + (t[k] - '0');
            else
                v->exp++;
            k++;
        }
        /* a comma then exactly three digits groups thousands */
        if (k < sc->n && t[k] == ',' && is_digit_at(sc, k + 1) &&
            is_digit_at(sc, k + 2) && is_digit_at(sc, k + 3) &&
            !is_digit_at(sc, k + 4)) {
            k++;
            continue;
        }
        break;
    }
    if (k + 1 < sc->n && t[k] == '.' && is_digit_at(sc, k + 1)) {
        k++;
        while (is_digit_at(sc, k)) {
            if (digits++ < 18) {
                v->mant = v->mant * 10 + (t[k] - '0');
                v->exp--;
            }
            k++;
        }
    }
    return k;
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
static size_t
read_cjk_number(const pt_scan *sc, size_t i, int64_t *value)
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
            total = (total + section + (digit < 0 ? 0 : digit)) * u;
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

/* ---- document symbols --------------------------------------------------- */

static bool
is_symbol_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '/';
}

/* At an upper-case letter. */
static pt_status
symbol_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    if (!at_word_start(sc, i) || (i > 0 && (t[i - 1] == '/' || t[i - 1] == '.')))
        return PT_OK;
    size_t e = i;
    while (e < sc->n && is_symbol_char(t[e]))
        e++;
    while (e > i && (t[e - 1] == '.' || t[e - 1] == '-' || t[e - 1] == '/'))
        e--;
    bool digit = false;
    for (size_t k = i; k < e; k++)
        digit = digit || (t[k] >= '0' && t[k] <= '9');
    *resume = e + 1;
    if (digit && pt__is_symbol(t, i, e))
        return pt__emit(sc, i, e, PT_LABEL_DOCSYMBOL, PRIO_RULE, "symbol", "%.*s",
                    (int)(e - i), t + i);
    return PT_OK;
}

/* ---- URLs ------------------------------------------------------------ */

/* At "h" or "w". */
static pt_status
url_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    if (!(word_at(sc, i, "http://") || word_at(sc, i, "https://") ||
          (word_at(sc, i, "www.") && at_word_start(sc, i))))
        return PT_OK;
    size_t e = i;
    while (e < sc->n && (unsigned char)t[e] > ' ' && t[e] != '<' &&
           t[e] != '>' && t[e] != '"' && (unsigned char)t[e] < 0x80)
        e++;
    while (e > i && strchr(".,;:)]'", t[e - 1]))
        e--;
    *resume = e + 1;
    return pt__emit(sc, i, e, PT_LABEL_URL, PRIO_RULE, "url", "%.*s", (int)(e - i),
                t + i);
}

/* ---- keyword lists: resolutions, agenda items, provisions ----------------- */

/* A resolution or decision number: "41/128", "S-4/101", "1325 (2000)". */
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
        return k > m && !is_alnum(cp_at(sc, k, &m)) ? k : i;
    }
    /* Security Council style: 1325 (2000) */
    if (k + 7 <= sc->n && t[k] == ' ' && t[k + 1] == '(' &&
        is_digit_at(sc, k + 2) && is_digit_at(sc, k + 5) && t[k + 6] == ')')
        return k + 7;
    return i;
}

/* An agenda item's or provision's number: "5", "28E", "IV", then
 * optional parts "(a)", "(2)(b)". */
static size_t
read_item_number(const pt_scan *sc, size_t i, bool roman)
{
    const char *t = sc->t;
    size_t k = i, n;
    if (is_digit_at(sc, k)) {
        while (is_digit_at(sc, k))
            k++;
        if (k < sc->n && t[k] >= 'A' && t[k] <= 'Z' &&
            !is_alnum(cp_at(sc, k + 1, &n)))
            k++; /* 28E */
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

/* After a keyword's first number: ", N", " and N", ", N and N"... each
 * emitted on its own with the full value.  `prefix` goes before each
 * value ("section "). */
static pt_status
list_tail(pt_scan *sc, size_t i, pt_label label, const char *source,
          const char *prefix, bool roman)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    for (;;) {
        size_t k = i;
        if (k < sc->n && t[k] == ',')
            k++;
        k = skip_sp(sc, k);
        size_t a = word_at(sc, k, "and");
        if (!a)
            a = word_at(sc, k, "or");
        if (!a)
            a = word_at(sc, k, "to");
        if (a)
            k = skip_sp(sc, a);
        else if (k == i || t[i] != ',')
            break;
        size_t e = label == PT_LABEL_RESOLUTION ? read_resolution_number(sc, k)
                                                : read_item_number(sc, k, roman);
        if (e == k)
            break;
        PT_CHECK(pt__emit(sc, k, e, label, PRIO_RULE, source, "%s%.*s", prefix,
                      (int)(e - k), t + k));
        i = e;
    }
done:
    return rc;
}

/* At "resolution(s)" or "decision(s)": "resolution 41/128", "resolutions
 * 4/4 and 4/8", "decision S-4/101". */
static const char *const resolution_words[] = {"resolutions", "resolution",
                                               "decisions", "decision"};

static pt_status
resolution_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    size_t kw = 0;
    if (!at_word_start(sc, i))
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
    size_t k = skip_sp(sc, kw);
    size_t e = read_resolution_number(sc, k);
    if (e == k)
        return PT_OK;
    PT_CHECK(pt__emit(sc, i, e, PT_LABEL_RESOLUTION, PRIO_RULE, "resolution",
                  "%.*s", (int)(e - k), t + k));
    PT_CHECK(list_tail(sc, e, PT_LABEL_RESOLUTION, "resolution", "", false));
    *resume = e;
done:
    return rc;
}

/* At 第: 第 6/1 号决议, 第 66/209 和 68/195 号决议, 第 S-4/101 号决定. */
static pt_status
resolution_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    static const char hao[] = "\xE5\x8F\xB7";  /* 号 */
    pt_status rc = PT_OK;
    const char *t = sc->t;
    if (!lit_at(sc, i, DI))
        return PT_OK;
    size_t k = skip_sp(sc, i + 3), e = read_resolution_number(sc, k);
    if (e == k)
        return PT_OK;
    /* the numbers of a list, then 号决议 or 号决定 */
    size_t nums[8][2], nn = 0, j = e;
    nums[nn][0] = k;
    nums[nn++][1] = e;
    for (;;) {
        size_t m = skip_sp(sc, j);
        if (m + 3 <= sc->n && (memcmp(t + m, "\xE5\x92\x8C", 3) == 0 ||
                               memcmp(t + m, "\xE3\x80\x81", 3) == 0 ||
                               memcmp(t + m, "\xE5\x8F\x8A", 3) == 0))
            m += 3; /* 和 、 及 */
        else if (m < sc->n && t[m] == ',')
            m++;
        else
            break;
        m = skip_sp(sc, m);
        size_t f = read_resolution_number(sc, m);
        if (f == m || nn == 8)
            break;
        nums[nn][0] = m;
        nums[nn++][1] = f;
        j = f;
    }
    size_t h = skip_sp(sc, j);
    if (!(h + 9 <= sc->n && memcmp(t + h, hao, 3) == 0 &&
          memcmp(t + h + 3, "\xE5\x86\xB3", 3) == 0 &&
          (memcmp(t + h + 6, "\xE8\xAE\xAE", 3) == 0 ||
           memcmp(t + h + 6, "\xE5\xAE\x9A", 3) == 0)))
        return PT_OK; /* 号决议 / 号决定 */
    for (size_t m = 0; m < nn; m++) {
        size_t b = m == 0 ? i : nums[m][0];
        size_t f = m + 1 == nn ? h + 9 : nums[m][1];
        PT_CHECK(pt__emit(sc, b, f, PT_LABEL_RESOLUTION, PRIO_RULE, "resolution",
                      "%.*s", (int)(nums[m][1] - nums[m][0]), t + nums[m][0]));
    }
    *resume = h + 9;
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
                    {"\xE8\xAE\xAE\xE7\xA8\x8B\xE9\xA1\xB9\xE7\x9B\xAE", false},
                    {"\xE9\xA1\xB9\xE7\x9B\xAE", false}}; /* 议程项目 项目 */

static pt_status
agenda_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    size_t kw = 0;
    bool latin = false;
    if ((unsigned char)t[i] < 0x80 && !at_word_start(sc, i))
        return PT_OK; /* the English words begin words */
    for (size_t w = 0; w < sizeof agenda_words / sizeof *agenda_words && !kw;
         w++) {
        kw = word_at(sc, i, agenda_words[w].word);
        latin = agenda_words[w].latin;
        if (kw && latin && !at_word_start(sc, i))
            kw = 0;
    }
    if (!kw)
        return PT_OK;
    size_t k = skip_sp(sc, kw);
    if (latin && k == kw)
        return PT_OK;
    size_t e = read_item_number(sc, k, false);
    if (e == k)
        return PT_OK;
    PT_CHECK(pt__emit(sc, i, e, PT_LABEL_AGENDA_ITEM, PRIO_RULE, "agenda_item",
                  "%.*s", (int)(e - k), t + k));
    PT_CHECK(list_tail(sc, e, PT_LABEL_AGENDA_ITEM, "agenda_item", "", false));
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
    {"sections", "section", true},     {"section", "section", true},
    {"sects.", "section", true},       {"sect.", "section", true},
    {"chapters", "chapter", true},     {"chapter", "chapter", true},
    {"chap.", "chapter", true},        {"annexes", "annex", true},
    {"annex", "annex", true}};

static const char *const romans[] = {"",    "I",    "II",   "III", "IV",
                                     "V",   "VI",   "VII",  "VIII", "IX",
                                     "X",   "XI",   "XII",  "XIII", "XIV",
                                     "XV",  "XVI",  "XVII", "XVIII", "XIX",
                                     "XX"};

/* At a provision word: "article 52", "para. 12", "sections 2, 23 and
 * 28E", "sect. IV (a)". */
static pt_status
provision_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    if (!at_word_start(sc, i))
        return PT_OK;
    const provision_word *pw = NULL;
    size_t kw = 0;
    for (size_t w = 0; w < sizeof provision_words / sizeof *provision_words;
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
    if (pw == NULL)
        return PT_OK;
    size_t k = skip_sp(sc, kw);
    if (k == kw)
        return PT_OK;
    size_t e = read_item_number(sc, k, pw->roman);
    if (e == k)
        return PT_OK;
    char prefix[24];
    snprintf(prefix, sizeof prefix, "%s ", pw->canonical);
    PT_CHECK(pt__emit(sc, i, e, PT_LABEL_PROVISION, PRIO_RULE, "provision",
                  "%s%.*s", prefix, (int)(e - k), t + k));
    PT_CHECK(list_tail(sc, e, PT_LABEL_PROVISION, "provision", prefix,
                       pw->roman));
    *resume = e;
done:
    return rc;
}

/* At 第: 第二章 (chapter II), 第 5 条 (article 5), 第 12 段 (paragraph 12). */
static pt_status
provision_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    if (!lit_at(sc, i, DI))
        return PT_OK;
    size_t k = skip_sp(sc, i + 3), e;
    int64_t v = 0;
    if (is_digit_at(sc, k)) {
        for (e = k; is_digit_at(sc, e) && e - k < 6; e++)
            v = v * 10 + (t[e] - '0');
    } else {
        e = read_cjk_number(sc, k, &v);
    }
    if (e == k || v <= 0)
        return PT_OK;
    size_t u = skip_sp(sc, e), n;
    uint32_t c = cp_at(sc, u, &n);
    const char *canonical = NULL;
    bool roman = false;
    switch (c) {
    case 0x7AE0: canonical = "chapter"; roman = true; break; /* 章 */
    case 0x6761: canonical = "article"; break;               /* 条 */
    case 0x6B3E: canonical = "paragraph"; break;             /* 款 */
    case 0x6BB5: canonical = "paragraph"; break;             /* 段 */
    case 0x8282: canonical = "section"; break;               /* 节 */
    default: break;
    }
    if (canonical == NULL)
        return PT_OK;
    *resume = u + n;
    if (roman && v < (int64_t)(sizeof romans / sizeof *romans))
        return pt__emit(sc, i, u + n, PT_LABEL_PROVISION, PRIO_RULE, "provision",
                    "%s %s", canonical, romans[v]);
    return pt__emit(sc, i, u + n, PT_LABEL_PROVISION, PRIO_RULE, "provision",
                "%s %lld", canonical, (long long)v);
}

/* ---- dates ------------------------------------------------------------ */

/* A year 1900-2099 as four digits at t[i], standing alone. */
static int
year_at(const pt_scan *sc, size_t i)
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
    if (y < 1900 || y > 2099)
        return 0;
    if (i + 4 < sc->n && (t[i + 4] == '/' || (t[i + 4] == '.' &&
                                              is_digit_at(sc, i + 5))))
        return 0; /* 2018/3, 2018.5 */
    return y;
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
    for (size_t k = b; k < e; k++) {
        int y = year_at(sc, k);
        if (y)
            return y;
    }
    return sc->doc_year;
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
    while (k < sc->n && pt__is_latin_letter(cp_at(sc, k, &n)))
        k += n;
    while (k < sc->n && ((unsigned char)sc->t[k] >= 0xD0 &&
                         (unsigned char)sc->t[k] <= 0xD1))
        k += 2; /* Cyrillic month names */
    *month = k > i ? pt__month_of(sc->t, i, k) : 0;
    return *month ? k : i;
}

/* The connectors of a range: "to", "and", "-", "–", "au", "al", "a". */
static size_t
read_range_word(const pt_scan *sc, size_t i)
{
    size_t k = skip_sp(sc, i), a;
    if (k < sc->n && sc->t[k] == '-')
        return skip_sp(sc, k + 1);
    if (k + 3 <= sc->n && memcmp(sc->t + k, "\xE2\x80\x93", 3) == 0)
        return skip_sp(sc, k + 3);
    if ((a = word_at(sc, k, "to")) || (a = word_at(sc, k, "and")) ||
        (a = word_at(sc, k, "au")) || (a = word_at(sc, k, "al")) ||
        (a = word_at(sc, k, "et")))
        return skip_sp(sc, a);
    return i;
}

/* One day-month(-year) date at t[i]: "21 May 2007", "21 May". */
typedef struct dmy {
    int d, m, y;
    size_t end;
} dmy;

static bool
read_dmy(const pt_scan *sc, size_t i, dmy *out)
{
    size_t k = read_day(sc, i, &out->d);
    if (k == i || !at_word_start(sc, i))
        return false;
    size_t m = skip_sp(sc, k);
    if (m == k)
        return false;
    size_t de = word_at(sc, m, "de"); /* 21 de mayo de 2007 */
    if (de)
        m = skip_sp(sc, de);
    size_t e = read_month(sc, m, &out->m);
    if (e == m)
        return false;
    out->end = e;
    out->y = 0;
    size_t y = skip_sp(sc, e);
    if ((de = word_at(sc, y, "de")))
        y = skip_sp(sc, de);
    if (y > e && (out->y = year_at(sc, y)))
        out->end = y + 4;
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
        return pt__emit(sc, b, e, PT_LABEL_DATE, PRIO_DATE, "date", "%s", a);
    iso_date(z, y2, m2, d2);
    return pt__emit(sc, b, e, PT_LABEL_DATE, PRIO_DATE, "date", "%s/%s", a, z);
}

/* "first quarter of 2005", "last quarter of 2005": the months. */
static const char *const ordinals[] = {"first", "second", "third", "fourth",
                                       "last"};

static bool
read_quarter(const pt_scan *sc, size_t i, size_t *end, int *y, int *m1,
             int *m2)
{
    for (int q = 0; q < 5; q++) {
        size_t k = word_at(sc, i, ordinals[q]);
        if (!k)
            continue;
        k = skip_sp(sc, k);
        size_t w = word_at(sc, k, "quarter");
        if (!w)
            return false;
        w = skip_sp(sc, w);
        size_t o = word_at(sc, w, "of");
        if (!o)
            return false;
        o = skip_sp(sc, o);
        if (!(*y = year_at(sc, o)))
            return false;
        int quarter = q == 4 ? 3 : q;
        *m1 = quarter * 3 + 1;
        *m2 = quarter * 3 + 3;
        *end = o + 4;
        return true;
    }
    return false;
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
    size_t e;
    if (!at_word_start(sc, i))
        return PT_OK;
    if (read_dmy(sc, i, &a)) {
        /* 29 January to 2 February 2001, 1 May 2007 to 3 June 2008 */
        size_t r = read_range_word(sc, a.end);
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
        size_t r = read_range_word(sc, k);
        if (r > k && read_dmy(sc, r, &z)) {
            y = z.y ? z.y : context_year(sc, i);
            *resume = z.end;
            return y ? emit_date(sc, i, z.end, y, z.m, d1, y, z.m, z.d)
                     : PT_OK;
        }
    }
    if (read_quarter(sc, i, &e, &y, &m, &m2)) {
        *resume = e;
        return pt__emit(sc, i, e, PT_LABEL_DATE, PRIO_DATE, "date",
                    "%04d-%02d/%04d-%02d", y, m, y, m2);
    }
    if ((e = read_month(sc, i, &m)) > i) { /* March 2018 */
        size_t ys = skip_sp(sc, e);
        *resume = e;
        if (ys > e && (y = year_at(sc, ys)))
            return emit_date(sc, i, ys + 4, y, m, 0, 0, 0, 0);
        return PT_OK;
    }
    if ((y = year_at(sc, i))) { /* 2006, 2006-2007, 2017–2019 */
        size_t r = i + 4;
        int y2 = 0;
        if (r + 5 <= sc->n && t[r] == '-' && (y2 = year_at(sc, r + 1)) &&
            y2 > y)
            PT_CHECK(emit_date(sc, i, r + 5, y, 0, 0, y2, 0, 0));
        else if (r + 7 <= sc->n && memcmp(t + r, "\xE2\x80\x93", 3) == 0 &&
                 (y2 = year_at(sc, r + 3)) && y2 > y)
            PT_CHECK(emit_date(sc, i, r + 7, y, 0, 0, y2, 0, 0));
        PT_CHECK(emit_date(sc, i, i + 4, y, 0, 0, 0, 0, 0));
        *resume = i + 4;
    }
done:
    return rc;
}

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

#define NIAN "\xE5\xB9\xB4" /* 年 */
#define YUE "\xE6\x9C\x88"  /* 月 */
#define RI "\xE6\x97\xA5"   /* 日 */

/* 和, 至, 到, 、, -: joins the ends of a Chinese range. */
static size_t
cjk_range_word(const pt_scan *sc, size_t i)
{
    size_t k = skip_sp(sc, i);
    if (k < sc->n && sc->t[k] == '-')
        return k + 1;
    if (k + 3 <= sc->n && (memcmp(sc->t + k, "\xE5\x92\x8C", 3) == 0 ||
                           memcmp(sc->t + k, "\xE8\x87\xB3", 3) == 0 ||
                           memcmp(sc->t + k, "\xE5\x88\xB0", 3) == 0 ||
                           memcmp(sc->t + k, "\xE3\x80\x81", 3) == 0 ||
                           memcmp(sc->t + k, "\xE2\x80\x93", 3) == 0))
        return k + 3;
    return 0;
}

/* At a digit: 2018 年 3 月 21 日和 22 日, 2017-2019 年, 6 月 6 日,
 * 2006 年头三个季度. */
static pt_status
date_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    int y = year_at(sc, i), y2 = 0, m = 0, d = 0, m2 = 0, d2 = 0;
    size_t k, e;
    if (!y) {
        /* 6 月 6 日 without a year: the sentence's, or the document's */
        if (is_digit_at(sc, i - (i > 0)) ||
            !(k = number_unit(sc, i, YUE, &m)) || m > 12)
            return PT_OK;
        e = number_unit(sc, k, RI, &d);
        if (!e || (y = context_year(sc, i)) == 0)
            return PT_OK;
        *resume = e;
        return emit_date(sc, i, e, y, m, d, 0, 0, 0);
    }
    k = i + 4;
    /* 2017-2019 年 */
    size_t r = cjk_range_word(sc, k);
    if (r && (y2 = year_at(sc, skip_sp(sc, r))) && y2 > y) {
        size_t n2 = skip_sp(sc, skip_sp(sc, r) + 4);
        if (n2 + 3 <= sc->n && memcmp(t + n2, NIAN, 3) == 0) {
            *resume = n2 + 3;
            return emit_date(sc, i, n2 + 3, y, 0, 0, y2, 0, 0);
        }
    }
    k = skip_sp(sc, k);
    if (!(k + 3 <= sc->n && memcmp(t + k, NIAN, 3) == 0))
        return PT_OK;
    e = k + 3;
    size_t me = number_unit(sc, e, YUE, &m);
    if (me && m >= 1 && m <= 12) {
        e = me;
        size_t de = number_unit(sc, e, RI, &d);
        if (de && d >= 1 && d <= 31) {
            e = de;
            /* 21 日和 22 日, 21 日至 4 月 2 日 */
            size_t rr = cjk_range_word(sc, e), x;
            if (rr && (x = number_unit(sc, rr, RI, &d2)) && d2 > d) {
                *resume = x;
                return emit_date(sc, i, x, y, m, d, y, m, d2);
            }
            if (rr && (x = number_unit(sc, rr, YUE, &m2)) &&
                (x = number_unit(sc, x, RI, &d2))) {
                *resume = x;
                return emit_date(sc, i, x, y, m, d, y, m2, d2);
            }
        } else {
            d = 0;
        }
        *resume = e;
        return emit_date(sc, i, e, y, m, d, 0, 0, 0);
    }
    /* 2006 年头三个季度, 2005 年第四季度, 上半年 */
    static const struct {
        const char *words;
        int m1, m2;
    } parts[] = {
        {"\xE5\xA4\xB4\xE4\xB8\x89\xE4\xB8\xAA\xE5\xAD\xA3\xE5\xBA\xA6", 1, 9},
        {"\xE7\xAC\xAC\xE4\xB8\x80\xE5\xAD\xA3\xE5\xBA\xA6", 1, 3},
        {"\xE7\xAC\xAC\xE4\xBA\x8C\xE5\xAD\xA3\xE5\xBA\xA6", 4, 6},
        {"\xE7\xAC\xAC\xE4\xB8\x89\xE5\xAD\xA3\xE5\xBA\xA6", 7, 9},
        {"\xE7\xAC\xAC\xE5\x9B\x9B\xE5\xAD\xA3\xE5\xBA\xA6", 10, 12},
        {"\xE4\xB8\x8A\xE5\x8D\x8A\xE5\xB9\xB4", 1, 6},
        {"\xE4\xB8\x8B\xE5\x8D\x8A\xE5\xB9\xB4", 7, 12}};
    for (size_t p = 0; p < sizeof parts / sizeof *parts; p++) {
        size_t n = strlen(parts[p].words);
        if (e + n <= sc->n && memcmp(t + e, parts[p].words, n) == 0) {
            PT_CHECK(pt__emit(sc, i, e + n, PT_LABEL_DATE, PRIO_DATE, "date",
                          "%04d-%02d/%04d-%02d", y, parts[p].m1, y,
                          parts[p].m2));
            break;
        }
    }
    PT_CHECK(emit_date(sc, i, e, y, 0, 0, 0, 0, 0));
    *resume = e;
done:
    return rc;
}

/* ---- money ------------------------------------------------------------- */

typedef struct word_value {
    const char *word;
    const char *value;
} word_value;

/* Currencies written before the amount. */
static const word_value currency_prefixes[] = {
    {"US$", "USD"}, {"$", "USD"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"},
    {"USD", "USD"}, {"EUR", "EUR"}, {"CHF", "CHF"}, {"GBP", "GBP"},
    {"JPY", "JPY"}, {"CNY", "CNY"}, {"RMB", "CNY"}};

/* Currencies written after it (longest first where one begins another). */
static const word_value currency_suffixes[] = {
    {"\xE5\x85\x83\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81", "CNY"}, /* 元人民币 */
    {"\xE7\xBE\x8E\xE5\x85\x83", "USD"},                          /* 美元 */
    {"\xE6\xAC\xA7\xE5\x85\x83", "EUR"},                          /* 欧元 */
    {"\xE7\x91\x9E\xE5\xA3\xAB\xE6\xB3\x95\xE9\x83\x8E", "CHF"},  /* 瑞士法郎 */
    {"\xE8\x8B\xB1\xE9\x95\x91", "GBP"},                          /* 英镑 */
    {"\xE6\x97\xA5\xE5\x85\x83", "JPY"},                          /* 日元 */
    {"\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81", "CNY"},              /* 人民币 */
    {"United States dollars", "USD"}, {"US dollars", "USD"},
    {"dollars", "USD"}, {"euros", "EUR"}, {"Swiss francs", "CHF"},
    {"pounds sterling", "GBP"}, {"USD", "USD"}, {"EUR", "EUR"},
    {"CHF", "CHF"}, {"d\xC3\xB3lares", "USD"}, {"dollars des \xC3\x89tats-Unis", "USD"},
    {"\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB. \xD0\xA1\xD0\xA8\xD0\x90", "USD"}, /* долл. США */
    {"\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2 "
     "\xD0\xA1\xD0\xA8\xD0\x90", "USD"}}; /* долларов США */

typedef struct scale_word {
    const char *word;
    int exp10;
} scale_word;

static const scale_word scales[] = {
    {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12},
    {"millions", 6}, {"milliards", 9}, {"milliard", 9}, {"millones", 6},
    {"\xE5\x8D\x83\xE4\xB8\x87", 7},   /* 千万 */
    {"\xE7\x99\xBE\xE4\xB8\x87", 6},   /* 百万 */
    {"\xE4\xB8\x87\xE4\xBA\xBF", 12},  /* 万亿 */
    {"\xE4\xBA\xBF", 8},               /* 亿 */
    {"\xE4\xB8\x87", 4}};              /* 万 */

/* A scale word after the amount ("million", "亿"); index after it or i. */
static size_t
read_scale(const pt_scan *sc, size_t i, num *v)
{
    size_t k = skip_sp(sc, i);
    unsigned char c = k < sc->n ? (unsigned char)sc->t[k] : 0;
    if (c < 0x80 && (unsigned)((c | 0x20) - 'a') >= 26)
        return i; /* the scale words begin with a letter or are Chinese */
    for (size_t s = 0; s < sizeof scales / sizeof *scales; s++) {
        size_t e = word_at(sc, k, scales[s].word);
        if (e) {
            scale(v, scales[s].exp10);
            return e;
        }
    }
    return i;
}

static pt_status
emit_money(pt_scan *sc, size_t b, size_t e, const char *cur, num v)
{
    char amount[48];
    format_num(v, amount, sizeof amount);
    return pt__emit(sc, b, e, PT_LABEL_MONEY, PRIO_MONEY, "money", "%s %s", cur,
                amount);
}

/* At a currency before the amount or at a digit: $347,200, US$ 5 million,
 * 3.21 亿美元, 5 million United States dollars. */
static pt_status
money_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    num v;
    size_t k, e;
    for (size_t c = 0; !pt__is_ascii_digit((unsigned char)sc->t[i]) &&
                       c < sizeof currency_prefixes / sizeof *currency_prefixes;
         c++) {
        const char *w = currency_prefixes[c].word;
        if (sc->t[i] != w[0])
            continue;
        size_t n = strlen(w);
        if (sc->n - i < n || memcmp(sc->t + i, w, n) != 0 ||
            (is_alnum((unsigned char)w[0]) && !at_word_start(sc, i)))
            continue;
        k = skip_sp(sc, i + n);
        if ((e = read_number(sc, k, &v)) == k)
            continue;
        e = read_scale(sc, e, &v);
        PT_CHECK(emit_money(sc, i, e, currency_prefixes[c].value, v));
        break;
    }
    if ((e = read_number(sc, i, &v)) == i)
        return PT_OK;
    k = read_scale(sc, e, &v);
    size_t c2 = skip_sp(sc, k);
    *resume = e;
    unsigned char b = c2 < sc->n ? (unsigned char)sc->t[c2] : 0;
    if (b < 0x80 && (unsigned)((b | 0x20) - 'a') >= 26)
        return PT_OK; /* the currencies after an amount begin with a letter */
    for (size_t c = 0; c < sizeof currency_suffixes / sizeof *currency_suffixes;
         c++) {
        size_t f = word_at(sc, c2, currency_suffixes[c].word);
        if (f)
            return emit_money(sc, i, f, currency_suffixes[c].value, v);
    }
done:
    return rc;
}

/* ---- quantities ----------------------------------------------------- */

/* Chinese classifiers and units, longest first. */
static const char *const classifiers[] = {
    "\xE4\xB8\xAA\xE6\x9C\x88",             /* 个月 */
    "\xE5\xB9\xB3\xE6\x96\xB9\xE5\x85\xAC\xE9\x87\x8C", /* 平方公里 */
    "\xE5\x85\xAC\xE9\x87\x8C", "\xE5\x8D\x83\xE7\xB1\xB3", /* 公里 千米 */
    "\xE5\xB0\x8F\xE6\x97\xB6", "\xE5\x85\xAC\xE6\x96\xA4", /* 小时 公斤 */
    "\xE5\x8D\x83\xE5\x85\x8B", "\xE5\x85\xAC\xE9\xA1\xB7", /* 千克 公顷 */
    "\xE4\xB8\xAA", "\xE5\x90\x8D", "\xE5\x9C\xBA", "\xE6\xAC\xA1", /* 个名场次 */
    "\xE9\xA1\xB9", "\xE4\xBB\xBD", "\xE4\xBD\x8D", "\xE5\xAE\xB6", /* 项份位家 */
    "\xE7\xA7\x8D", "\xE7\xB1\xBB", "\xE6\x9D\xA1", "\xE4\xBA\xBA", /* 种类条人 */
    "\xE5\xB9\xB4", "\xE5\xA4\xA9", "\xE5\x91\xA8", "\xE5\xB2\x81", /* 年天周岁 */
    "\xE5\x80\x8D", "\xE6\x89\x80", "\xE5\xBA\xA7", "\xE5\x8F\xB0", /* 倍所座台 */
    "\xE8\xBE\x86", "\xE6\x9E\xB6", "\xE8\x89\x98", "\xE9\x83\xA8", /* 辆架艘部 */
    "\xE7\xAF\x87", "\xE4\xBB\xB6", "\xE6\x89\xB9", "\xE7\xBB\x84", /* 篇件批组 */
    "\xE8\xBD\xAE", "\xE5\xB1\x8A", "\xE6\x9C\x9F", "\xE9\xA1\xB5", /* 轮届期页 */
    "\xE5\x9B\xBD", "\xE8\xB5\xB7", "\xE5\xAE\x97", "\xE4\xBE\x8B", /* 国起宗例 */
    "\xE7\xAC\x94", "\xE5\xBC\xA0", "\xE5\x86\x8C", "\xE5\x90\xA8", /* 笔张册吨 */
    "\xE7\xB1\xB3", "\xE5\x88\x86\xE9\x92\x9F"};                     /* 米 分钟 */

#define DUO "\xE5\xA4\x9A"  /* 多 */
#define YU "\xE4\xBD\x99"   /* 余 */
#define YISHANG "\xE4\xBB\xA5\xE4\xB8\x8A" /* 以上 */

/* A Chinese count: number [多|余] classifier [以上|多]. */
static pt_status
cjk_count(pt_scan *sc, size_t i, size_t e, const char *value)
{
    size_t k = skip_sp(sc, e);
    bool more = false;
    if (k < sc->n && (unsigned char)sc->t[k] < 0x80)
        return PT_OK; /* every classifier is a Chinese character */
    if (lit_at(sc, k, DUO) || lit_at(sc, k, YU)) {
        more = true;
        k += 3;
    }
    for (size_t c = 0; c < sizeof classifiers / sizeof *classifiers; c++) {
        if (!lit_at(sc, k, classifiers[c]))
            continue;
        size_t f = k + strlen(classifiers[c]);
        if (lit_at(sc, f, YISHANG)) {
            more = true;
            f += 6;
        } else if (lit_at(sc, f, DUO) && !more) {
            more = true;
            f += 3;
        }
        return pt__emit(sc, i, f, PT_LABEL_QUANTITY, PRIO_QUANTITY, "quantity",
                    "%s%s", more ? ">" : "", value);
    }
    return PT_OK;
}

static const char *const number_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen"};
static const struct big_number_word {
    const char *word;
    int value;
} big_number_words[] = {{"hundred", 100}, {"thousand", 1000}};
static const char *const tens_words[] = {"", "", "twenty", "thirty", "forty",
                                         "fifty", "sixty", "seventy",
                                         "eighty", "ninety"};

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

/* Is a plural-looking lower-case word at t[i] ("sessions", "studies")? */
static bool
counted_noun_at(const pt_scan *sc, size_t i)
{
    size_t k = i;
    while (k < sc->n && sc->t[k] >= 'a' && sc->t[k] <= 'z')
        k++;
    return k - i >= 2;
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
    if (pt__is_ascii_digit(c) && (e = read_number(sc, i, &v)) > i) {
        k = skip_sp(sc, e);
        bool more_than = i >= 10 && memcmp(t + i - 10, "more than ", 10) == 0;
        *resume = e;
        if (lit_at(sc, k, "%") || lit_at(sc, k, "\xEF\xBC\x85")) {
            format_ratio((double)v.mant * pow10i(v.exp) / 100, value,
                         sizeof value);
            return pt__emit(sc, i, k + (t[k] == '%' ? 1 : 3), PT_LABEL_QUANTITY,
                        PRIO_QUANTITY, "quantity", "%s", value);
        }
        if ((k = word_at(sc, skip_sp(sc, e), "per cent")) ||
            (k = word_at(sc, skip_sp(sc, e), "percent"))) {
            format_ratio((double)v.mant * pow10i(v.exp) / 100, value,
                         sizeof value);
            return pt__emit(sc, i, k, PT_LABEL_QUANTITY, PRIO_QUANTITY,
                        "quantity", "%s", value);
        }
        if (more_than) {
            format_num(v, value, sizeof value);
            return pt__emit(sc, i - 10, e, PT_LABEL_QUANTITY, PRIO_QUANTITY,
                        "quantity", ">%s", value);
        }
        if (v.exp < 0 || (v.mant < 2 && v.exp == 0))
            return PT_OK;
        /* a count: a Chinese classifier or an English noun after it; most
         * numbers have neither, and their value is never formatted */
        k = skip_sp(sc, e);
        bool chinese = k < sc->n && (unsigned char)t[k] >= 0x80;
        bool noun = k == e + 1 && counted_noun_at(sc, k) && !year_at(sc, i);
        if (!chinese && !noun)
            return PT_OK;
        format_num(v, value, sizeof value);
        if (chinese)
            PT_CHECK(cjk_count(sc, i, e, value));
        if (noun)
            PT_CHECK(pt__emit(sc, i, e, PT_LABEL_QUANTITY, PRIO_QUANTITY,
                          "quantity", "%s", value));
        return PT_OK;
    }
    if (cjk_digit(c) >= 0 || cjk_unit(c) == 10 || cjk_unit(c) == 100) {
        e = read_cjk_number(sc, i, &cv);
        bool ordinal = i >= 3 && memcmp(t + i - 3, DI, 3) == 0;
        /* 三分之二 */
        if (!ordinal && lit_at(sc, e, "\xE5\x88\x86\xE4\xB9\x8B")) {
            int64_t num2;
            size_t f = read_cjk_number(sc, e + 6, &num2);
            if (f > e + 6 && cv > 0) {
                format_ratio((double)num2 / (double)cv, value, sizeof value);
                *resume = f;
                return pt__emit(sc, i, f, PT_LABEL_QUANTITY, PRIO_QUANTITY,
                            "quantity", "%s", value);
            }
        }
        *resume = e > i ? e : i + n;
        if (!ordinal && cv >= 2 && !(i >= 9 && memcmp(t + i - 9,
            "\xE7\x99\xBE\xE5\x88\x86\xE4\xB9\x8B", 9) == 0)) {
            value[pt__put_int(value, cv, 0)] = '\0';
            return cjk_count(sc, i, e, value);
        }
        return PT_OK;
    }
    /* 百分之十五 */
    if (lit_at(sc, i, "\xE7\x99\xBE\xE5\x88\x86\xE4\xB9\x8B")) {
        e = read_cjk_number(sc, i + 9, &cv);
        if (e > i + 9) {
            format_ratio((double)cv / 100, value, sizeof value);
            *resume = e;
            return pt__emit(sc, i, e, PT_LABEL_QUANTITY, PRIO_QUANTITY,
                        "quantity", "%s", value);
        }
    }
    /* two sessions, seven commitments */
    int w;
    if (at_word_start(sc, i) && (w = read_number_word(sc, i, &e)) >= 2) {
        k = skip_sp(sc, e);
        *resume = e;
        if (k == e + 1 && counted_noun_at(sc, k))
            return pt__emit(sc, i, e, PT_LABEL_QUANTITY, PRIO_QUANTITY,
                        "quantity", "%d", w);
    }
done:
    return rc;
}

/* ---- persons ------------------------------------------------------------ */

/* At an upper-case letter: Mr. John Smith, Ambassador Ana Ruiz. */
static const char *const titles[] = {
    "Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Ambassador ", "Judge ",
    "Professor ", "Prof. ", "Sir ", "Dame ", "H.E. ", "Mr ", "Ms "};

static pt_status
person_at(pt_scan *sc, size_t i, size_t *resume)
{
    static const char *const particles[] = {"de ", "da ", "van ", "von ",
                                            "bin ", "del ", "dos ", "al-"};
    const char *t = sc->t;
    if (!at_word_start(sc, i))
        return PT_OK;
    size_t k = 0;
    for (size_t w = 0; w < sizeof titles / sizeof *titles && !k; w++)
        if (lit_at(sc, i, titles[w]))
            k = i + strlen(titles[w]);
    if (!k)
        return PT_OK;
    size_t b = k, e = k, words = 0, n;
    for (;;) {
        size_t p = e;
        for (size_t q = 0; q < sizeof particles / sizeof *particles; q++)
            if (words && lit_at(sc, p, particles[q]))
                p += strlen(particles[q]);
        uint32_t c = cp_at(sc, p, &n);
        if (!pt__is_upper(c))
            break;
        size_t f = p + n;
        while (f < sc->n && (pt__is_latin_letter(cp_at(sc, f, &n)) ||
                             t[f] == '-' || t[f] == '\''))
            f += n ? n : 1;
        e = f;
        if (++words == 4 || e >= sc->n || t[e] != ' ')
            break;
        e++;
        size_t m;
        if (!pt__is_upper(cp_at(sc, e, &m)) && !lit_at(sc, e, "de ") &&
            !lit_at(sc, e, "van ") && !lit_at(sc, e, "von ") &&
            !lit_at(sc, e, "bin ") && !lit_at(sc, e, "al-")) {
            e--;
            break;
        }
    }
    while (e > b && t[e - 1] == ' ')
        e--;
    if (e > i)
        *resume = e;
    if (words)
        return pt__emit(sc, b, e, PT_LABEL_PERSON, PRIO_RULE, "person", "%.*s",
                    (int)(e - b), t + b);
    return PT_OK;
}

/* At 先生 or 女士, after a transliterated name: 王小明先生. */
static const char *const cjk_titles[] = {"\xE5\x85\x88\xE7\x94\x9F",
                                         "\xE5\xA5\xB3\xE5\xA3\xAB"}; /* 先生 女士 */

static pt_status
person_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    if (i < 3 || i + 6 > sc->n ||
        (!lit_at(sc, i, cjk_titles[0]) && !lit_at(sc, i, cjk_titles[1])))
        return PT_OK;
    size_t b = i, chars = 0, n;
    bool dot = false;
    while (b > 0 && chars < 10) {
        size_t p = pt__prev(t, b);
        uint32_t c = pt__decode(t, sc->n, p, &n);
        /* stop at function words that come before names */
        if (!(pt__is_han(c) || c == 0xB7 || c == 0x30FB) ||
            c == 0x7684 || c == 0x7531 || c == 0x4E0E || c == 0x548C ||
            c == 0x53CA || c == 0x5411 || c == 0x5728 || c == 0x4E86 ||
            c == 0x662F || c == 0x8BF7 || c == 0x5BF9 || c == 0x4E3A ||
            c == 0x8BA9 || c == 0x540E)
            break;
        dot = dot || c == 0xB7 || c == 0x30FB;
        b = p;
        chars++;
    }
    *resume = i + 6;
    if (chars >= 2 && (dot || chars <= 4))
        return pt__emit(sc, b, i, PT_LABEL_PERSON, PRIO_RULE, "person", "%.*s",
                    (int)(i - b), t + b);
    return PT_OK;
}

/* ---- all rules ------------------------------------------------------- */

static const char *const article_the[] = {"the"};

/* The words a recogniser may begin with: `count` items `stride` bytes
 * apart, each beginning with the word (a const char *): a list of strings
 * or of structs whose first member is the word. */
typedef struct word_list {
    const void *items;
    size_t count, stride;
} word_list;

#define WORDS(array) {(array), sizeof(array) / sizeof *(array), sizeof *(array)}

static const char *
word_of(const word_list *list, size_t k)
{
    return *(const char *const *)((const char *)list->items + k * list->stride);
}

/* A recogniser is tried where what it finds may begin: at the characters
 * of `starts` (a lone lead byte stands for every character it begins),
 * and where one of its `words` may begin.  A word that begins with an
 * ASCII letter is looked for by its letters, lower-cased, at the start of
 * a text word ("para" for "para.", "f" for "février"); any other word by
 * its first character, like `starts`.  It returns where it may be tried
 * next through *resume (the byte after i unless it read further).  All
 * but the `mid_word` ones begin words where they begin with a letter or
 * digit. */
typedef struct recogniser {
    pt_status (*at)(pt_scan *sc, size_t i, size_t *resume);
    const char *starts;
    word_list words[3];
    bool mid_word;
} recogniser;

#define DIGITS "0123456789"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

static const recogniser recognisers[] = {
    /* tried in this order where several may begin at one character */
    /* digits, and the lead bytes of Latin-1 and Latin Extended-A/B
     * (C3-C9) and Cyrillic (D0, D1) letters */
    {date_at, DIGITS "\xC3\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\xD0\xD1",
     {{pt__month_names, PT_MONTH_LANGS * 12, sizeof **pt__month_names},
      WORDS(ordinals)},
     false},
    /* digits and Chinese numerals */
    {quantity_at, DIGITS
                  "\xE9\x9B\xB6\xE3\x80\x87\xE4\xB8\x80\xE4\xBA\x8C\xE4\xB8\xA4"
                  "\xE4\xB8\x89\xE5\x9B\x9B\xE4\xBA\x94\xE5\x85\xAD\xE4\xB8\x83"
                  "\xE5\x85\xAB\xE4\xB9\x9D\xE5\x8D\x81\xE7\x99\xBE",
     {WORDS(number_words), WORDS(tens_words), WORDS(big_number_words)}, false},
    {provision_at, "", {WORDS(provision_words)}, false},
    {money_at, DIGITS, {WORDS(currency_prefixes)}, false},
    {agenda_at, "", {WORDS(agenda_words)}, false},
    {symbol_at, UPPER, {{NULL, 0, 0}}, false},
    {person_at, "", {WORDS(titles)}, false},
    {resolution_at, "", {WORDS(resolution_words)}, false},
    {url_at, "hw", {{NULL, 0, 0}}, true},
    {date_zh_at, DIGITS, {{NULL, 0, 0}}, true},
    {resolution_zh_at, DI, {{NULL, 0, 0}}, false},
    {provision_zh_at, DI, {{NULL, 0, 0}}, false},
    {person_zh_at, "", {WORDS(cjk_titles)}, false},
    {pt__short_title_at, "\xE3\x80\x8A" /* 《 */, {WORDS(article_the)}, false},
};

#define NRECOGNISERS (sizeof recognisers / sizeof *recognisers)

/* The word of ASCII letters at s, lower-cased and NUL-padded into key,
 * and in *slot its place in the keyword table; returns its length, or 0
 * when it is too long to be a keyword. */
static size_t
keyword_key(const char *s, size_t n, char key[PT_KEYWORD_MAX], size_t *slot)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    size_t k = 0;
    memset(key, 0, PT_KEYWORD_MAX);
    while (k < n && pt__is_ascii_letter((unsigned char)s[k])) {
        if (k == PT_KEYWORD_MAX - 1)
            return 0;
        key[k] = (char)(s[k] | 0x20);
        h = (h ^ (unsigned char)key[k]) * 16777619u;
        k++;
    }
    *slot = h % PT_KEYWORDS;
    return k;
}

/* The recognisers that begin with the keyword `key`: one probe, mostly. */
static unsigned
keyword_bits(const pt_rule_tables *tables, const char key[PT_KEYWORD_MAX],
             size_t slot)
{
    for (; tables->keywords[slot].word[0]; slot = (slot + 1) % PT_KEYWORDS)
        if (memcmp(tables->keywords[slot].word, key, PT_KEYWORD_MAX) == 0)
            return tables->keywords[slot].bits;
    return 0;
}

/* Recogniser k may begin at a character that starts with c[0] (and c[1]
 * when that continues it). */
static void
add_trigger(pt_rule_tables *tables, const unsigned char *c, size_t k)
{
    uint32_t first = c[0], last = c[0];
    if (c[0] >= 0xC0 && !is_continuation(c[1])) {
        /* a lone lead byte: every character it begins */
        unsigned bits = c[0] < 0xE0 ? 6 : c[0] < 0xF0 ? 12 : 18;
        first = (uint32_t)(c[0] & (0x7F >> (bits / 6 + 1))) << bits;
        last = first + (1u << bits) - 1;
    } else if (c[0] >= 0xC0) {
        size_t n;
        const char *ch = (const char *)c;
        first = last = pt__decode(ch, strlen(ch), 0, &n);
    }
    for (uint32_t cp = first; cp <= last && cp < PT_TRIGGERS; cp++)
        tables->triggers[cp] |= (uint16_t)(1u << k);
}

_Static_assert(NRECOGNISERS <= 16, "a trigger bit for each recogniser");

/* Recogniser k may begin at a text word whose ASCII letters are key's. */
static void
add_keyword(pt_rule_tables *tables, const char key[PT_KEYWORD_MAX],
            size_t slot, size_t k)
{
    /* flag the word's first two bytes in every case; a one-letter word
     * may be followed by any byte but a letter */
    for (unsigned first = 0; first < 256; first++) {
        if ((first | 0x20) != (unsigned char)key[0])
            continue;
        for (unsigned next = 0; next < 256; next++)
            if (key[1] ? (next | 0x20) == (unsigned char)key[1]
                       : !pt__is_ascii_letter((unsigned char)next))
                tables->keyword_starts[(first << 8 | next) >> 6] |=
                    UINT64_C(1) << (next & 63);
    }
    while (tables->keywords[slot].word[0] &&
           memcmp(tables->keywords[slot].word, key, PT_KEYWORD_MAX) != 0)
        slot = (slot + 1) % PT_KEYWORDS;
    memcpy(tables->keywords[slot].word, key, PT_KEYWORD_MAX);
    tables->keywords[slot].bits |= (uint16_t)(1u << k);
}

void
pt__rules_tables(pt_rule_tables *tables)
{
    memset(tables, 0, sizeof *tables);
    for (size_t k = 0; k < NRECOGNISERS; k++) {
        const recogniser *r = &recognisers[k];
        tables->mid_word |= r->mid_word ? 1u << k : 0;
        for (const unsigned char *c = (const unsigned char *)r->starts; *c; c++)
            if (!is_continuation(*c))
                add_trigger(tables, c, k);
        for (size_t l = 0; l < sizeof r->words / sizeof *r->words; l++)
            for (size_t w = 0; w < r->words[l].count; w++) {
                const char *word = word_of(&r->words[l], w);
                char key[PT_KEYWORD_MAX];
                size_t slot;
                if (keyword_key(word, strlen(word), key, &slot))
                    add_keyword(tables, key, slot, k);
                else if (word[0] &&
                         !pt__is_ascii_letter((unsigned char)word[0]))
                    add_trigger(tables, (const unsigned char *)word, k);
            }
    }
    for (unsigned c = 0; c < 256; c++)
        tables->inert_mid_word[c] = pt__is_ascii_alnum((unsigned char)c) &&
                                    !(tables->triggers[c] & tables->mid_word);
}

/* One pass over the block: at each character, the recognisers its table
 * entry names, and at each word of ASCII letters those its keyword names,
 * so that the many characters and words that begin nothing cost a lookup
 * each and the inside of a word costs one more. */
pt_status
pt__rules_scan(const pt_rule_tables *tables, pt_scan *sc)
{
    pt_status rc = PT_OK;
    size_t resume[NRECOGNISERS] = {0};
    const unsigned char *t = (const unsigned char *)sc->t;
    size_t n;
    for (size_t i = 0; i < sc->n; i += n) {
        n = 1;
        if (tables->inert_mid_word[t[i]] && i > 0 &&
            pt__is_ascii_alnum(t[i - 1])) {
            /* most of a Latin text: the inside of a word, up to where
             * something may begin in it */
            while (tables->inert_mid_word[t[i + n]])
                n++;
            continue;
        }
        /* recognisers begin at characters: step over whole ones; a
         * keyword by its first two bytes (the text is NUL-terminated, so
         * t[i + 1] is there) */
        uint32_t c = t[i] < 0x80 ? t[i] : pt__decode(sc->t, sc->n, i, &n);
        unsigned bits = c < PT_TRIGGERS ? tables->triggers[c] : 0;
        if (pt__is_ascii_alnum(t[i]) && !at_word_start(sc, i)) {
            bits &= tables->mid_word;
        } else if (pt__is_ascii_letter(t[i]) &&
                   tables->keyword_starts[t[i] << 2 | t[i + 1] >> 6] >>
                   (t[i + 1] & 63) & 1) {
            char key[PT_KEYWORD_MAX];
            size_t slot;
            if (keyword_key(sc->t + i, sc->n - i, key, &slot))
                bits |= keyword_bits(tables, key, slot);
        }
        for (; bits; bits &= bits - 1) {
            unsigned k = pt__lowest_bit(bits);
            if (i < resume[k])
                continue;
            resume[k] = i + 1;
            PT_CHECK(recognisers[k].at(sc, i, &resume[k]));
        }
    }
done:
    return rc;
}
