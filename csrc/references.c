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
    /* Security Council style: 1325 (2000), also written 1325(2000) and
     * 1325（2000） */
    size_t y = k < sc->n && t[k] == ' ' ? k + 1 : k;
    y = lit_at(sc, y, "(") ? y + 1 : lit_at(sc, y, "（") ? y + 3 : k;
    if (y > k && is_digit_at(sc, y) && is_digit_at(sc, y + 3) &&
        !is_digit_at(sc, y + 4))
        return lit_at(sc, y + 4, ")")   ? y + 5
               : lit_at(sc, y + 4, "）") ? y + 7
                                         : i;
    return i;
}

/* A resolution read by read_resolution_number at t[b, e), with its value
 * written one way: "1325 (2000)" however the brackets were. */
static pt_status
emit_resolution(pt_scan *sc, size_t from, size_t to, size_t b, size_t e)
{
    const char *t = sc->t;
    size_t k = b;
    while (k < e && t[k] != ' ' && t[k] != '(' && (unsigned char)t[k] < 0x80)
        k++;
    if (k == e)
        return pt__emit(sc, from, to, PT_LABEL_RESOLUTION, PT_REC_RESOLUTION,
                        "%.*s", (int)(e - b), t + b);
    size_t y = e - (t[e - 1] == ')' ? 5 : 7); /* the year, before ) or ） */
    return pt__emit(sc, from, to, PT_LABEL_RESOLUTION, PT_REC_RESOLUTION,
                    "%.*s (%.*s)", (int)(k - b), t + b, 4, t + y);
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

/* The words between the numbers of a list, besides a comma. */
static const char *const list_words[] = {"and", "or", "to"};

/* After a keyword's first number: ", N", " and N", ", N and N"... each
 * emitted on its own with the full value.  `prefix` goes before each
 * value ("section "). */
static pt_status
list_tail(pt_scan *sc, size_t i, pt_label label, pt_recogniser rec,
          const char *prefix, bool roman)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    for (;;) {
        size_t k = i;
        if (k < sc->n && t[k] == ',')
            k++;
        k = skip_sp(sc, k);
        size_t a = word_in(sc, k, list_words,
                           sizeof list_words / sizeof *list_words);
        if (a)
            k = skip_sp(sc, a);
        else if (k == i || t[i] != ',')
            break;
        size_t e = label == PT_LABEL_RESOLUTION
                       ? read_resolution_number(sc, k)
                       : read_item_number(sc, k, roman);
        if (e == k)
            break;
        if (label == PT_LABEL_RESOLUTION)
            PT_CHECK(emit_resolution(sc, k, e, k, e));
        else
            PT_CHECK(pt__emit(sc, k, e, label, rec, "%s%.*s", prefix,
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
    PT_CHECK(emit_resolution(sc, i, e, k, e));
    PT_CHECK(list_tail(sc, e, PT_LABEL_RESOLUTION, PT_REC_RESOLUTION, "",
                       false));
    *resume = e;
done:
    return rc;
}

/* Between the numbers of a Chinese list, and after them. */
static const char *const zh_list_words[] = {"和", "、", "及", ","};
static const char *const zh_resolution_words[] = {"号决议", "号决定"};

/* At 第: 第 6/1 号决议, 第 66/209 和 68/195 号决议, 第 S-4/101 号决定. */
static pt_status
resolution_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    if (!lit_at(sc, i, "第"))
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
        size_t a = lit_in(sc, m, zh_list_words,
                          sizeof zh_list_words / sizeof *zh_list_words);
        if (!a)
            break;
        m = skip_sp(sc, a);
        size_t f = read_resolution_number(sc, m);
        if (f == m || nn == 8)
            break;
        nums[nn][0] = m;
        nums[nn++][1] = f;
        j = f;
    }
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
                    {"议程项目", false},    {"项目", false}};

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
    PT_CHECK(pt__emit(sc, i, e, PT_LABEL_AGENDA_ITEM, PT_REC_AGENDA_ITEM,
                      "%.*s", (int)(e - k), t + k));
    PT_CHECK(list_tail(sc, e, PT_LABEL_AGENDA_ITEM, PT_REC_AGENDA_ITEM, "",
                       false));
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
    PT_CHECK(pt__emit(sc, i, e, PT_LABEL_PROVISION, PT_REC_PROVISION, "%s%.*s",
                      prefix, (int)(e - k), t + k));
    PT_CHECK(list_tail(sc, e, PT_LABEL_PROVISION, PT_REC_PROVISION, prefix,
                       pw->roman));
    *resume = e;
done:
    return rc;
}

/* The words after 第 and a number: 第二章 (chapter II), 第 5 条 (article
 * 5), 第 12 段 (paragraph 12). */
static const provision_word zh_provision_words[] = {
    {"章", "chapter", true},    {"条", "article", false},
    {"款", "paragraph", false}, {"段", "paragraph", false},
    {"节", "section", false}};

/* At 第: 第二章 (chapter II), 第 5 条 (article 5), 第 12 段 (paragraph 12). */
static pt_status
provision_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    if (!lit_at(sc, i, "第"))
        return PT_OK;
    size_t k = skip_sp(sc, i + 3), e;
    int64_t v = 0;
    if (is_digit_at(sc, k)) {
        for (e = k; is_digit_at(sc, e) && e - k < 6; e++)
            v = v * 10 + (t[e] - '0');
    } else {
        e = pt__read_cjk_number(sc, k, &v);
    }
    if (e == k || v <= 0)
        return PT_OK;
    size_t u = skip_sp(sc, e), w = 0;
    while (w < sizeof zh_provision_words / sizeof *zh_provision_words &&
           !lit_at(sc, u, zh_provision_words[w].word))
        w++;
    if (w == sizeof zh_provision_words / sizeof *zh_provision_words)
        return PT_OK;
    const provision_word *pw = &zh_provision_words[w];
    size_t f = u + strlen(pw->word);
    *resume = f;
    if (pw->roman && v < (int64_t)(sizeof romans / sizeof *romans))
        return pt__emit(sc, i, f, PT_LABEL_PROVISION, PT_REC_PROVISION, "%s %s",
                        pw->canonical, romans[v]);
    return pt__emit(sc, i, f, PT_LABEL_PROVISION, PT_REC_PROVISION, "%s %lld",
                    pw->canonical, (long long)v);
}

/* ---- where the recognisers begin --------------------------------------- */

const pt_rule pt__rule_resolution = {
    .at = resolution_at, .words = {PT_WORDS(resolution_words)}};
const pt_rule pt__rule_resolution_zh = {.at = resolution_zh_at, .starts = "第"};
const pt_rule pt__rule_agenda = {
    .at = agenda_at, .words = {PT_WORDS(agenda_words)}};
const pt_rule pt__rule_provision = {
    .at = provision_at, .words = {PT_WORDS(provision_words)}};
const pt_rule pt__rule_provision_zh = {.at = provision_zh_at, .starts = "第"};
