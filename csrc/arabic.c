/*
 * arabic.c: Arabic text as PDF extractors leave it (ANNOTATION.md, "The
 * six languages").
 *
 * pdftotext wraps lines and runs in direction marks, may write letters
 * as presentation forms, and writes the lam-alef ligature back as alef
 * then lam (`األمم` for `الأمم`).  Here: where those marks are, what a
 * block's clean text holds in their place, and the numerals Arabic
 * documents number their paragraphs ("3-", extracted "-3") and headings
 * ("أولاً -", "ألف -") with.  Every repair keeps the characters' order
 * otherwise: a displaced comma stays where the extractor put it.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>
#include <unicode/unorm2.h>

#define ALEF 0x0627
#define LAM 0x0644
#define WAW 0x0648
#define FATHATAN 0x064B

bool
pt__is_dirmark(uint32_t c)
{
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

/* The length of the direction mark at s[i], or 0. */
size_t
pt__dirmark_at(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (i + 3 > len || u[0] != 0xE2)
        return 0;
    if (u[1] == 0x80)
        return (u[2] == 0x8E || u[2] == 0x8F ||
                (u[2] >= 0xAA && u[2] <= 0xAE)) ? 3 : 0;
    return u[1] == 0x81 && u[2] >= 0xA6 && u[2] <= 0xA9 ? 3 : 0;
}

bool
pt__has_dirmarks(const char *s, size_t len)
{
    for (const char *p = s; (p = memchr(p, 0xE2, len - (size_t)(p - s)));
         p++)
        if (pt__dirmark_at(s, len, (size_t)(p - s)))
            return true;
    return false;
}

/* White space inside a line: what trim() takes off a line's ends. */
static bool
is_blank(uint32_t c)
{
    return pt__is_space(c) && !pt__is_newline(c);
}

void
pt__line_outer(const char *s, size_t len, const pt_line *l, uint32_t *b,
               uint32_t *e)
{
    /* over marks, and the blanks between them, never past a line's end */
    size_t i = l->cstart, j = l->cend, n;
    for (size_t k = i; k > 0;) {
        size_t p = pt__prev(s, k);
        uint32_t c = pt__decode(s, len, p, &n);
        if (pt__is_dirmark(c))
            i = p;
        else if (!is_blank(c))
            break;
        k = p;
    }
    for (size_t k = j; k < len; k += n) {
        uint32_t c = pt__decode(s, len, k, &n);
        if (pt__is_dirmark(c))
            j = k + n;
        else if (!is_blank(c))
            break;
    }
    *b = (uint32_t)i;
    *e = (uint32_t)j;
}

/* ---- letters ----------------------------------------------------------- */

static uint32_t
char_at(const char *s, size_t len, size_t i, size_t *n)
{
    return i < len ? pt__decode(s, len, i, n) : (*n = 0, 0);
}

static bool
is_alef(uint32_t c)
{
    return c == ALEF || c == 0x0623 || c == 0x0625 || c == 0x0622;
}

bool
pt__is_arabic_letter(uint32_t c)
{
    return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
           (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

/* A digit, Western or Arabic-Indic: its value, or -1. */
int
pt__digit_value(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 0x0660 && c <= 0x0669)
        return (int)(c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9)
        return (int)(c - 0x06F0);
    return -1;
}

/* ---- text repair ------------------------------------------------------- */

/* Presentation forms read as the letters they show: NFKC on that code
 * point alone.  Returns the UTF-8 length written to out (0 if ICU
 * fails, and the character is then kept). */
static size_t
presentation_form(uint32_t c, char *out, size_t size)
{
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&err);
    UChar src[2], dst[8];
    src[0] = (UChar)c; /* the ranges are in the BMP */
    int32_t n = U_SUCCESS(err) ? unorm2_normalize(nfkc, src, 1, dst, 8, &err)
                               : 0;
    size_t w = 0;
    for (int32_t k = 0; U_SUCCESS(err) && k < n; k++) {
        if (w + 4 > size)
            return 0;
        w += pt__encode(dst[k], out + w); /* no surrogates here */
    }
    return U_SUCCESS(err) ? w : 0;
}

/* ---- the vocabulary ------------------------------------------------------ */

#include "arabic_words.h"

#define WORD_MAX 64 /* bytes; longer words are left as they stand */

static bool
listed(const char *const *words, size_t n, const char *w)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(words[mid], w);
        if (c == 0)
            return true;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

#define LISTED(v, w) listed(v, sizeof v / sizeof *v, w)

#define CORE_MIN 6 /* bytes: three letters */

/* Is the core w[b, e) listed? */
static bool
core_listed(const char *const *stems, size_t n, const char *w, size_t b,
            size_t e)
{
    char core[WORD_MAX];
    memcpy(core, w + b, e - b);
    core[e - b] = '\0';
    return listed(stems, n, core);
}

/* Does the word w begin with a one-letter clitic (و ف ب ك ل)? */
static bool
is_clitic_letter(const char *w)
{
    size_t n;
    uint32_t c = pt__decode(w, strlen(w), 0, &n);
    return c == WAW || c == 0x0641 || c == 0x0628 || c == 0x0643 || c == LAM;
}

/* The pronouns Arabic writes at a word's end (its, their, our, your). */
static const char *const pronoun_suffixes[] = {"هما", "هم", "هن", "ها", "كم",
                                               "نا", "ه"};

/* Is the word w, spelt with lam-alef in place of the alef-lam at w[k],
 * a word of the vocabulary where w itself is none? */
static bool
reads_with_lam_alef(const char *w, size_t k)
{
    char x[WORD_MAX];
    size_t n = strlen(w) + 1;
    memcpy(x, w, n);
    memcpy(x + k, w + k + 2, 2);
    memcpy(x + k + 2, w + k, 2);
    if (LISTED(lam_alef_words, x) && !LISTED(lam_alef_words, w) &&
        !LISTED(kept_words, w)) /* the rarest first */
        return true;
    /* ... with a pronoun after it ("مالحظاتها": ملاحظات and ها) */
    size_t wl = n - 1;
    for (size_t q = 0; q < sizeof pronoun_suffixes / sizeof *pronoun_suffixes; q++) {
        size_t ql = strlen(pronoun_suffixes[q]);
        if (wl < k + 4 + ql || wl - ql < CORE_MIN ||
            memcmp(w + wl - ql, pronoun_suffixes[q], ql) != 0)
            continue;
        char wc[WORD_MAX];
        memcpy(wc, w, wl - ql);
        wc[wl - ql] = '\0';
        x[wl - ql] = '\0';
        /* a stem right as it stands, a clitic before it or not, stays:
         * "وثالثها" holds ثالث */
        size_t c = wl - ql >= 2 + CORE_MIN && is_clitic_letter(w) ? 2 : 0;
        if (LISTED(lam_alef_words, x) && !LISTED(lam_alef_words, wc) &&
            !LISTED(kept_words, wc) &&
            !core_listed(alef_lam_stems, sizeof alef_lam_stems / sizeof *alef_lam_stems,
                         wc, c, wl - ql))
            return true;
        memcpy(x + wl - ql, w + wl - ql, ql + 1);
    }
    return false;
}

/* Is the word w, spelt with lam-alef in place of the alef-lam at w[k]
 * and of another one, a word of the vocabulary where w itself is none?
 * Both ligatures of a word come out back to front ("االتصاالت",
 * "الختالف"), and neither alone makes a word. */
static bool
reads_with_two_lam_alefs(const char *w, size_t k)
{
    size_t wl = strlen(w), n, m;
    for (size_t j = 0; j + 4 <= wl; j += n) {
        bool apart = j + 4 <= k || j >= k + 4;
        if (!is_alef(pt__decode(w, wl, j, &n)) || n != 2 || !apart ||
            pt__decode(w, wl, j + 2, &m) != LAM)
            continue;
        char x[WORD_MAX];
        memcpy(x, w, wl + 1);
        memcpy(x + k, w + k + 2, 2);
        memcpy(x + k + 2, w + k, 2);
        memcpy(x + j, w + j + 2, 2);
        memcpy(x + j + 2, w + j, 2);
        if (LISTED(lam_alef_words, x) && !LISTED(lam_alef_words, w) &&
            !LISTED(kept_words, w))
            return true;
    }
    return false;
}

/* What a word's core may carry: clitics with or without the article,
 * and endings (the empty string: none). */
static const char *const core_prefixes[] = {
    "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
    "و", "ف", "ب", "ك", "ل", ""};
static const char *const core_suffixes[] = {
    "تهما", "تهم", "تها", "هما", "يات", "ات", "ية", "ين", "ون", "ان", "ها",
    "هم", "هن", "كم", "نا", "ته", "ة", "ي", "ه", "ا", ""};

/* Has the word w (wl bytes) a core among the dictionary's alef-lam stems
 * (right as they stand): w[pl, wl - ql) for an ending ql of core_suffixes,
 * reaching min_end at least? */
static bool
alef_lam_core(const char *w, size_t wl, size_t pl, size_t min_end)
{
    for (size_t q = 0; q < sizeof core_suffixes / sizeof *core_suffixes; q++) {
        size_t ql = strlen(core_suffixes[q]);
        if (wl >= pl + ql + CORE_MIN && wl - ql >= min_end &&
            memcmp(w + wl - ql, core_suffixes[q], ql) == 0 &&
            core_listed(alef_lam_stems, COUNT(alef_lam_stems), w, pl, wl - ql))
            return true;
    }
    return false;
}

/* Does the word w (wl bytes), spelt with lam-alef in place of the
 * alef-lam at w[k], have a core (the word less a prefix and an ending
 * of core_prefixes, core_suffixes) among the dictionary's lam-alef
 * stems, where no core of w itself is among its alef-lam stems? */
static bool
core_reads_with_lam_alef(const char *w, size_t wl, size_t k)
{
    /* after clitics alone it is the article ("والسياسية"), unless they
     * hold the article already or end in لِـ, after which the article
     * drops its alef: "والالجئون" and "لالجئين" are "واللاجئون", "للاجئين" */
    for (size_t p = 0; p < sizeof core_prefixes / sizeof *core_prefixes; p++)
        if (strlen(core_prefixes[p]) == k && memcmp(w, core_prefixes[p], k) == 0 &&
            !strstr(core_prefixes[p], "ل"))
            return false;
    char x[WORD_MAX];
    memcpy(x, w, wl + 1);
    memcpy(x + k, w + k + 2, 2);
    memcpy(x + k + 2, w + k, 2);
    bool repaired = false;
    for (size_t p = 0; p < sizeof core_prefixes / sizeof *core_prefixes; p++) {
        size_t pl = strlen(core_prefixes[p]);
        if (pl > k || memcmp(w, core_prefixes[p], pl) != 0)
            continue;
        if (alef_lam_core(w, wl, pl, k + 4))
            return false;
        for (size_t q = 0; q < sizeof core_suffixes / sizeof *core_suffixes;
             q++) {
            size_t ql = strlen(core_suffixes[q]);
            if (wl >= pl + ql + CORE_MIN && wl - ql >= k + 4 &&
                memcmp(w + wl - ql, core_suffixes[q], ql) == 0)
                repaired |= core_listed(lam_alef_stems, COUNT(lam_alef_stems),
                                        x, pl, wl - ql);
        }
    }
    return repaired;
}

/* What follows the alef of an ending that begins with one: none (the
 * accusative's "ا"), the plural's "ات" and its pronouns, the dual's "ان". */
static const char *const after_alef_endings[] = {
    "", "ت", "تها", "تهم", "تهما", "تهن", "ته", "تنا", "تكم", "ن"};

/* Does the word w (wl bytes) end in a stem that ends in lam (after one
 * of core_prefixes) and an ending that begins with an alef, the lam-alef
 * they make written back to front at w[k] ("تمويال" for "تمويلا",
 * "المبادالت" for "المبادلات"), where no core of w itself, nor w less
 * that ending, is among the alef-lam stems (مجال, أموال, قالت stay)? */
static bool
lam_stem_before_alef_ending(const char *w, size_t wl, size_t k)
{
    bool ending = false;
    for (size_t q = 0; q < sizeof after_alef_endings / sizeof *after_alef_endings; q++)
        ending |= strcmp(w + k + 4, after_alef_endings[q]) == 0;
    if (!ending)
        return false;
    size_t bare = k + 4; /* w less that ending: "قال" of "وقالت" stays */
    char stem[WORD_MAX];
    bool repaired = false;
    for (size_t p = 0; p < sizeof core_prefixes / sizeof *core_prefixes; p++) {
        size_t pl = strlen(core_prefixes[p]);
        if (pl >= k || memcmp(w, core_prefixes[p], pl) != 0)
            continue;
        if (core_listed(alef_lam_stems, COUNT(alef_lam_stems), w, pl, bare) ||
            alef_lam_core(w, wl, pl, 0))
            return false;
        if (pl + CORE_MIN - 2 > k)
            continue;
        memcpy(stem, w + pl, k - pl);
        memcpy(stem + k - pl, w + k + 2, 2); /* the lam */
        stem[k - pl + 2] = '\0';
        repaired |= LISTED(lam_end_stems, stem);
    }
    return repaired;
}

/* Is the word w[0, wl), less one of core_suffixes, one of the stems? */
static bool
stem_with_ending(const char *const *stems, size_t n, const char *w, size_t wl)
{
    for (size_t q = 0; q < sizeof core_suffixes / sizeof *core_suffixes; q++) {
        size_t ql = strlen(core_suffixes[q]);
        if (wl >= ql + CORE_MIN && memcmp(w + wl - ql, core_suffixes[q], ql) == 0 &&
            core_listed(stems, n, w, 0, wl - ql))
            return true;
    }
    return false;
}

#define HAMZA_STEM(w, wl) \
    stem_with_ending(hamza_stems, sizeof hamza_stems / sizeof *hamza_stems, w, wl)
#define WASL_STEM(w, wl) \
    stem_with_ending(wasl_stems, sizeof wasl_stems / sizeof *wasl_stems, w, wl)

/* Is the alef at w[k] (wl bytes) and the lam after it the lam of لِـ
 * "for" and the first letter of the word it governs, written back to
 * front ("وإلحراز" for "ولإحراز", "القتصاد" for "لاقتصاد")?  So when only
 * the conjunction و or ف comes before, the word after the lam is a
 * dictionary stem that begins with that alef, once an ending is off: with
 * a hamza or madda, where the word as it stands is none (إلى, ألف stay);
 * bare, where the article and the rest make no word (data/build_arabic_wasl.py
 * left those stems out: المرأة stays). */
static bool
li_before_alef(const char *w, size_t wl, size_t k)
{
    size_t n;
    uint32_t a = pt__decode(w, wl, k, &n);
    uint32_t first = pt__decode(w, wl, 0, &n);
    if ((a != 0x0622 && a != 0x0623 && a != 0x0625 && a != 0x0627) ||
        !(k == 0 || (k == 2 && (first == WAW || first == 0x0641))) ||
        wl < k + 4 + CORE_MIN - 2)
        return false;
    char x[WORD_MAX];
    memcpy(x, w + k, 2);
    memcpy(x + 2, w + k + 4, wl - k - 4);
    if (a == 0x0627)
        return WASL_STEM(x, wl - k - 2);
    return HAMZA_STEM(x, wl - k - 2) && !HAMZA_STEM(w + k, wl - k);
}

/* Is c part of an Arabic word: a letter, a vowel mark, the shadda or the
 * tatweel? */
static bool
in_word(uint32_t c)
{
    return pt__is_arabic_letter(c) || (c >= 0x064B && c <= 0x0652) ||
           c == 0x0670 || c == 0x0640;
}

/* Is the alef-lam at s[k] a lam-alef written back to front, as the
 * vocabulary tells for its word, with or without a one-letter clitic
 * (و ف ب ك ل) before it, or the dictionary for its core? */
static bool
swapped_in_word(const char *s, size_t len, size_t k)
{
    size_t b = k, e = k, n;
    while (b > 0 && k - b < WORD_MAX &&
           in_word(pt__decode(s, len, pt__prev(s, b), &n)))
        b = pt__prev(s, b);
    while (e < len && e - b < WORD_MAX && in_word(pt__decode(s, len, e, &n)))
        e += n;
    if (e - b >= WORD_MAX)
        return false;
    /* the word's letters, its vowel marks and shadda off as the
     * vocabulary has them ("والنُظم" is "والنظم"); the alef at w[at] */
    char w[WORD_MAX];
    size_t wl = 0, at = 0;
    for (size_t i = b; i < e; i += n) {
        uint32_t c = pt__decode(s, len, i, &n);
        if (i == k)
            at = wl;
        if (pt__is_arabic_letter(c) && c != 0x0640 && c != 0x0670) {
            memcpy(w + wl, s + i, n);
            wl += n;
        }
    }
    w[wl] = '\0';
    if (wl == 4)
        return false; /* alef-lam alone ("الـ 77"): bare_la's to tell */
    if (reads_with_lam_alef(w, at) || reads_with_two_lam_alefs(w, at))
        return true;
    uint32_t c = pt__decode(w, wl, 0, &n);
    if (is_clitic_letter(w) && at >= 2 &&
        (reads_with_lam_alef(w + 2, at - 2) ||
         reads_with_two_lam_alefs(w + 2, at - 2)))
        return true;
    if (at > 0 && core_reads_with_lam_alef(w, wl, at))
        return true;
    if (at > 0 && lam_stem_before_alef_ending(w, wl, at))
        return true;
    if (li_before_alef(w, wl, at))
        return true;
    /* لِـ fused with the article: "لإلسكوا" is "للإسكوا" where the
     * vocabulary knows "الإسكوا" */
    if (c != LAM || at != 2)
        return false;
    char a[WORD_MAX];
    memcpy(a, w, wl + 1);
    a[0] = (char)0xD8; /* ا */
    a[1] = (char)0xA7;
    memcpy(a + 2, w + at + 2, 2); /* ل */
    memcpy(a + 4, w + at, 2);     /* the alef */
    if (LISTED(lam_alef_words, a) && !LISTED(lam_alef_words, w))
        return true;
    /* ... or the dictionary its word after the article, where that alef
     * carries a hamza ("لإلنماء" is "للإنماء": إنماء, and no إلنماء) */
    uint32_t alef = pt__decode(w, wl, at, &n);
    return alef != ALEF && HAMZA_STEM(a + 4, wl - 4) &&
           !HAMZA_STEM(w + at, wl - at);
}

/* Is s[i, i + 4) "ال" standing for the word "لا" (alone, or after the
 * conjunction و)?  The article never stands alone. */
static bool
bare_la(const char *s, size_t len, size_t i)
{
    size_t n, p = i;
    if (i >= 2 && char_at(s, len, i - 2, &n) == WAW)
        p = i - 2;
    uint32_t before = p >= 2 ? char_at(s, len, pt__prev(s, p), &n) : 0;
    uint32_t after = char_at(s, len, i + 4, &n);
    return !pt__is_arabic_letter(before) && !pt__is_arabic_letter(after) &&
           after != 0x0640; /* the tatweel of "الـ" */
}

/* Does the lam of the alef-lam at s[k] carry the tanween that ends its
 * word ("مثالً")?  An accusative tanween rides on an alef ("مثلاً"), so
 * it is the ligature's, whose alef the extractor put first. */
static bool
tanween_on_lam(const char *s, size_t e, size_t k)
{
    size_t n;
    return char_at(s, e, k + 4, &n) == FATHATAN &&
           !pt__is_arabic_letter(char_at(s, e, k + 6, &n));
}

uint32_t
pt__next_repair(const char *s, size_t len, uint32_t i, uint32_t e,
                pt_repair *r)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n;
    for (uint32_t k = i; k < e; k++) {
        /* eight bytes at a time where none begins a mark or a
         * presentation form and no lam (D9 84) follows an alef */
        while (k + 11 <= e && !pt__has_byte(pt__load8(s + k), 0xE2) &&
               !pt__has_byte(pt__load8(s + k), 0xEF) &&
               !pt__has_byte(pt__load8(s + k + 3), 0x84))
            k += 8;
        if (u[k] == 0xE2) {
            if ((r->raw_len = (uint8_t)pt__dirmark_at(s, e, k))) {
                r->clean_len = 0;
                return k;
            }
        } else if (u[k] == 0xEF) {
            uint32_t c = char_at(s, e, k, &n);
            if ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE)) {
                r->clean_len = (uint8_t)presentation_form(c, r->clean,
                                                          sizeof r->clean);
                r->raw_len = (uint8_t)n;
                if (r->clean_len)
                    return k;
            }
        } else if (u[k] == 0xD8 && k + 4 <= e && u[k + 2] == 0xD9 &&
                   u[k + 3] == 0x84) { /* then lam: bytes first, as D8 is
                                          the lead of half the letters */
            /* an alef, then lam: the ligature written back to front where
             * another alef comes first ("األمم", "إال"), as no word has
             * two alefs in a row; in the bare word "ال"; under a word's
             * closing tanween ("مثالً"); and where the
             * vocabulary knows the word only with lam-alef ("خالل") */
            uint32_t a = char_at(s, e, k, &n);
            if (!is_alef(a) || char_at(s, e, k + 2, &n) != LAM)
                continue;
            bool swapped = k >= 2 && is_alef(char_at(s, len, k - 2, &n));
            if (!swapped && !(a == ALEF && bare_la(s, len, k)) &&
                !tanween_on_lam(s, e, k) && !swapped_in_word(s, len, k))
                continue;
            r->raw_len = r->clean_len = 4;
            memcpy(r->clean, s + k + 2, 2);
            memcpy(r->clean + 2, s + k, 2);
            return k;
        }
    }
    return e;
}

/* ---- words --------------------------------------------------------------- */

bool
pt__ar_is_word(const char *s, size_t b, size_t e, const char *w)
{
    size_t k = 0, wl = strlen(w);
    for (size_t i = b; i < e; i++) {
        if (i + 2 <= e && (unsigned char)s[i] == 0xD9 &&
            (unsigned char)s[i + 1] == 0x80) { /* a tatweel stretches it */
            i++;
            continue;
        }
        if (k >= wl || s[i] != w[k])
            return false;
        k++;
    }
    return k == wl;
}

/* ---- figures -------------------------------------------------------------- */

/* Is the first word of s[b, e), past direction marks, one of words[0, n)?
 * Sets *end after it. */
static bool
first_word_among(const char *s, size_t len, size_t b, size_t e,
                 const char *const *words, size_t n, size_t *end)
{
    size_t i = pt__ar_skip_marks(s, len, b, e), m;
    *end = i;
    while (*end < e && (pt__is_arabic_letter(char_at(s, e, *end, &m)) ||
                        char_at(s, e, *end, &m) == 0x0640)) /* tatweel */
        *end += m;
    for (size_t k = 0; k < n; k++)
        if (*end > i && pt__ar_is_word(s, i, *end, words[k]))
            return true;
    return false;
}

bool
pt__ar_is_caption(const char *s, size_t len, size_t b, size_t e)
{
    /* figure, table: the words English captions start with */
    static const char *const words[] = {"الشكل", "الجدول"};
    size_t i, d, n;
    if (!first_word_among(s, len, b, e, words, 2, &i))
        return false;
    i = pt__ar_skip_marks(s, len, i, e);
    bool dash_first = i < e && s[i] == '-';
    if (dash_first)
        i = pt__ar_skip_marks(s, len, i + 1, e);
    for (d = i; i < e && pt__digit_value(char_at(s, e, i, &n)) >= 0;)
        i += n;
    if (i == d || dash_first)
        return i > d;
    i = pt__ar_skip_marks(s, len, i, e);
    return i < e && s[i] == '-';
}

bool
pt__ar_is_source_note(const char *s, size_t len, size_t b, size_t e)
{
    static const char *const words[] = {"المصدر", "المصادر"};
    size_t end;
    return first_word_among(s, len, b, e, words, 2, &end);
}

/* ---- annexes -------------------------------------------------------------- */

static bool spells(const char *s, size_t b, size_t e, const char *w);

/* The ordinals that number Arabic annexes ("المرفق الثاني"), with the
 * Roman numerals English numbers them by. */
static const char *const annex_ordinals[][2] = {
    {"الأول", "I"},    {"الثاني", "II"},  {"الثالث", "III"},
    {"الرابع", "IV"},  {"الخامس", "V"},   {"السادس", "VI"},
    {"السابع", "VII"}, {"الثامن", "VIII"}, {"التاسع", "IX"},
    {"العاشر", "X"}};

const char *
pt__ar_annex(const char *s, size_t len, size_t b, size_t e)
{
    static const char *const annex[] = {"المرفق"};
    const char *numeral = "";
    size_t i, w, n;
    if (!first_word_among(s, len, b, e, annex, 1, &i))
        return NULL;
    i = pt__ar_skip_marks(s, len, i, e);
    for (w = i; w < e && pt__is_arabic_letter(char_at(s, e, w, &n));)
        w += n;
    if (w > i) {
        numeral = NULL;
        for (size_t k = 0; k < sizeof annex_ordinals / sizeof *annex_ordinals; k++)
            if (spells(s, i, w, annex_ordinals[k][0]))
                numeral = annex_ordinals[k][1];
        if (!numeral)
            return NULL;
    }
    /* nothing after but a footnote mark, "(*)" */
    for (i = w; (i = pt__ar_skip_marks(s, len, i, e)) < e; i++)
        if (s[i] != '(' && s[i] != ')' && s[i] != '*')
            return NULL;
    return numeral;
}

/* ---- resolutions ------------------------------------------------------ */

/* The digits at s[i, e), Western or Arabic-Indic: where they end (i when
 * there are none or more than `most`). */
static size_t
digits_end(const char *s, size_t i, size_t e, size_t most)
{
    size_t k = i, n, count = 0;
    while (k < e && pt__digit_value(char_at(s, e, k, &n)) >= 0 && count < most)
        k += n, count++;
    return k < e && pt__digit_value(char_at(s, e, k, &n)) >= 0 ? i : k;
}

bool
pt__ar_is_resolution(const char *s, size_t len, size_t b, size_t e)
{
    /* "296 (د-26)" on the page: number, then session (دورة) */
    size_t i = pt__ar_skip_marks(s, len, b, e), d, n;
    if (i >= e || s[i] != '(')
        return false;
    i = pt__ar_skip_marks(s, len, i + 1, e);
    if ((d = digits_end(s, i, e, 4)) == i ||
        char_at(s, e, d = pt__ar_skip_marks(s, len, d, e), &n) != 0x062F)
        return false;
    i = pt__ar_skip_marks(s, len, d + n, e);
    if (i >= e || s[i] != ')')
        return false;
    i = pt__ar_skip_marks(s, len, i + 1, e);
    if ((d = digits_end(s, i, e, 3)) == i)
        return false;
    i = pt__ar_skip_marks(s, len, d, e);
    return i < e && s[i] == '-' && pt__ar_skip_marks(s, len, i + 1, e) == e;
}

/* ---- sentences ---------------------------------------------------------- */

/* The longest left-to-right run read back from a text's end for a stop
 * or comma displaced before it (a symbol, a year, a URL): the search is
 * bounded, so a paragraph's lines cost each the same. */
#define DISPLACED_RUN_MAX 256

bool
pt__ar_displaced_stop(const char *t, size_t n)
{
    /* the left-to-right run that ends the line: ASCII and digits, with
     * the direction marks around it */
    size_t i = n, k, digits = 0;
    bool digits_only = true;
    while (i > 0 && n - i < DISPLACED_RUN_MAX) {
        size_t p = pt__prev(t, i);
        uint32_t c = pt__decode(t, n, p, &k);
        if (c >= 0x80 && pt__digit_value(c) < 0 && !pt__is_dirmark(c))
            break;
        if (pt__digit_value(c) >= 0 && digits_only)
            digits++;
        else if (c == '.' && digits_only && digits > 0 && p > 0 &&
                 pt__digit_value(pt__decode(t, n, pt__prev(t, p), &k)) < 0)
            return true; /* ".2016", ".)1": "2.0" is a number */
        else if (c != ')' && c != ' ' && !pt__is_dirmark(c))
            digits_only = false;
        i = p;
    }
    if (i > 0 && n - i >= DISPLACED_RUN_MAX)
        return false; /* a long run: no symbol's nor year's */
    i = pt__ar_skip_marks(t, n, i, n);
    while (i < n && (t[i] == ' ' || t[i] == '('))
        i = pt__ar_skip_marks(t, n, i + 1, n);
    /* the run's full stop first, something after it: "(.)A/80/85"; not
     * an ellipsis */
    size_t after = i < n ? pt__ar_skip_marks(t, n, i + 1, n) : n;
    while (after < n && (t[after] == ' ' || t[after] == ')'))
        after = pt__ar_skip_marks(t, n, after + 1, n);
    return i < n && t[i] == '.' && after < n && t[after] != '.';
}

bool
pt__ar_displaced_comma(const char *t, size_t n)
{
    /* back over the left-to-right run that ends the text ("،2023",
     * "، 78/123"), to the comma the extractor put before it */
    size_t i = n, k;
    bool digit = false;
    while (i > 0 && n - i < DISPLACED_RUN_MAX) {
        size_t p = pt__prev(t, i);
        uint32_t c = pt__decode(t, n, p, &k);
        if (c == 0x060C)
            return digit;
        if (c >= 0x80 && pt__digit_value(c) < 0 && !pt__is_dirmark(c))
            return false;
        digit |= pt__digit_value(c) >= 0;
        i = p;
    }
    return false;
}

uint32_t
pt__ar_char_before(const char *s, size_t len, size_t i)
{
    size_t n;
    while (i > 0) {
        i = pt__prev(s, i);
        uint32_t c = pt__decode(s, len, i, &n);
        if (!pt__is_dirmark(c))
            return c;
    }
    return 0;
}

bool
pt__ar_stops_displaced(const char *s, size_t len)
{
    size_t displaced = 0, glued = 0, n;
    for (const char *p = memchr(s, '.', len); p;
         p = memchr(p + 1, '.', len - (size_t)(p + 1 - s))) {
        size_t i = (size_t)(p - s), after = pt__ar_skip_marks(s, len, i + 1, len);
        uint32_t before = pt__ar_char_before(s, len, i);
        if (after >= len || !pt__is_arabic_letter(char_at(s, len, after, &n)))
            continue;
        bool spaced = memchr(s + i + 1, ' ', after - i - 1) != NULL;
        if (before == ' ' && !spaced)
            displaced++; /* " .وتؤكد" */
        else if (pt__is_arabic_letter(before) && spaced)
            glued++; /* "والنمو. وتؤكد" */
    }
    return displaced >= 3 && displaced > 2 * glued;
}

/* ---- numerals ---------------------------------------------------------- */

/* The numerals of Arabic UN headings: the ordinal adverbs of chapters and
 * the abjad letter names of sections, in order (as written in the Arabic
 * editions of UN reports: "أولاً -", "ألف -"). */
static const char *const ordinals[] = {
    "أولا", "ثانيا", "ثالثا", "رابعا", "خامسا",
    "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا"};
static const char *const letters[] = {
    "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء",
    "ياء", "كاف", "لام", "ميم", "نون", "سين", "عين", "فاء", "صاد",
    "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد", "ظاء",
    "غين"};

/* Does s[b, e) spell w, lam-alef swapped or not? */
static bool
spells(const char *s, size_t b, size_t e, const char *w)
{
    size_t wl = strlen(w), k = 0, n;
    if (e - b != wl)
        return false;
    while (k < wl) {
        if (s[b + k] == w[k] && s[b + k + 1] == w[k + 1]) {
            k += 2;
            continue;
        }
        /* "لا" in the word, "ال" in the text */
        if (k + 4 <= wl && pt__decode(w, wl, k, &n) == LAM &&
            is_alef(pt__decode(w, wl, k + 2, &n)) &&
            memcmp(s + b + k, w + k + 2, 2) == 0 &&
            memcmp(s + b + k + 2, w + k, 2) == 0) {
            k += 4;
            continue;
        }
        return false;
    }
    return true;
}

/* The recycling logo's words at an Arabic first page's foot ("Please
 * recycle"), lam-alef swapped or not, the logo's sign after them or not. */
bool
pt__ar_recycling_words(const char *s, size_t len, size_t b, size_t e)
{
    static const char *const words[][3] = {{"الرجاء", "إعادة", "الاستعمال"},
                                           {"يرجى", "إعادة", "الاستعمال"}};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t i = b, w = 0, m;
        for (; w < 3; w++) {
            size_t end = i = pt__ar_skip_marks(s, len, i, e);
            while (end < e && pt__is_arabic_letter(char_at(s, e, end, &m)))
                end += m;
            if (!spells(s, i, end, words[k][w]))
                break;
            i = end;
        }
        while (w == 3 && (i = pt__ar_skip_marks(s, len, i, e)) < e &&
               (s[i] == ' ' || char_at(s, e, i, &m) == 0x2672)) /* ♲ */
            i += s[i] == ' ' ? 1 : m;
        if (w == 3 && i == e)
            return true;
    }
    return false;
}


size_t
pt__ar_skip_marks(const char *s, size_t len, size_t i, size_t e)
{
    size_t m;
    for (;;) {
        while (i < e && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (!(m = pt__dirmark_at(s, len < e ? len : e, i)))
            return i;
        i += m;
    }
}

/* The heading numeral spelt by s[b, e), or NULL; *ordinal when it is
 * one of the ordinals. */
static const char *
numeral_word(const char *s, size_t b, size_t e, bool *ordinal)
{
    for (size_t k = 0; k < sizeof ordinals / sizeof *ordinals; k++)
        if (spells(s, b, e, ordinals[k]))
            return *ordinal = true, ordinals[k];
    for (size_t k = 0; k < sizeof letters / sizeof *letters; k++)
        if (spells(s, b, e, letters[k]))
            return *ordinal = false, letters[k];
    return NULL;
}

unsigned
pt__ar_numeral_rank(const char *word, bool *ordinal)
{
    for (size_t k = 0; k < sizeof ordinals / sizeof *ordinals; k++)
        if (word == ordinals[k])
            return *ordinal = true, (unsigned)k + 1;
    for (size_t k = 0; k < sizeof letters / sizeof *letters; k++)
        if (word == letters[k])
            return *ordinal = false, (unsigned)k + 1;
    return 0;
}

int
pt__ar_item_letter(const char *s, size_t len, size_t b, size_t e, size_t *end)
{
    size_t i = pt__ar_skip_marks(s, len, b, e), n;
    if (i >= e || s[i] != '(')
        return -1;
    i = pt__ar_skip_marks(s, len, i + 1, e);
    uint32_t c = char_at(s, e, i, &n);
    size_t j = i + n;
    if (char_at(s, e, j, &n) == 0x0640) /* a tatweel: "(هـ)" */
        j += n;
    j = pt__ar_skip_marks(s, len, j, e);
    if (!pt__is_arabic_letter(c) || j >= e || s[j] != ')')
        return -1;
    /* the letters in order are the first of the abjad letters' names */
    for (size_t k = 0; k < sizeof letters / sizeof *letters; k++)
        if (pt__decode(letters[k], strlen(letters[k]), 0, &n) == c) {
            *end = j + 1;
            return (int)k;
        }
    return -1;
}

size_t
pt__ar_heading_numeral(const char *s, size_t len, size_t b, size_t e,
                       const char **word, bool *tanween, size_t *num_end)
{
    size_t i = b, n;
    bool ordinal = false;
    while (i < e && pt__is_arabic_letter(char_at(s, e, i, &n)))
        i += n;
    if (i - b < 6 || i - b > 12 || !memchr(s + i, '-', e - i < 12 ? e - i : 12))
        return 0; /* three to five letters, a dash soon after: most lines
                     are not headings */
    /* an ordinal's tanween comes out as one more alef, glued or not */
    *tanween = false;
    if ((*word = numeral_word(s, b, i, &ordinal)) != NULL) {
        size_t t = i < e && s[i] == ' ' ? i + 1 : i;
        if (ordinal && char_at(s, e, t, &n) == ALEF &&
            !pt__is_arabic_letter(char_at(s, e, t + 2, &n))) {
            *tanween = true;
            i = t + 2;
        }
    } else if (i - b > 2 && char_at(s, e, i - 2, &n) == ALEF &&
               (*word = numeral_word(s, b, i - 2, &ordinal)) && ordinal) {
        *tanween = true;
    } else {
        return 0;
    }
    if (char_at(s, e, i, &n) == FATHATAN) {
        *tanween = true;
        i += n;
    }
    i = pt__ar_skip_marks(s, len, i, e);
    if (i >= e || s[i] != '-')
        return 0;
    *num_end = i + 1;
    return pt__ar_skip_marks(s, len, i + 1, e);
}

pt_status
pt__numeral_append(const char *s, size_t len, const pt_line *l,
                   const pt_alloc *a, pt_buf *out)
{
    const char *word;
    bool tanween;
    size_t b = l->cstart, e = l->num_end;
    size_t i = pt__ar_skip_marks(s, len, b, e), n, end;
    if (l->by_order) {
        char digits[11];
        int k = snprintf(digits, sizeof digits, "%u", (unsigned)l->num_value);
        return pt__buf_append(out, a, digits, (size_t)k);
    }
    if (pt__ar_heading_numeral(s, len, i, e, &word, &tanween, &end)) {
        if (pt__buf_append(out, a, word, strlen(word)) != PT_OK)
            return PT_E_NOMEM;
        return tanween ? pt__buf_append(out, a, "\u064B", 2) : PT_OK;
    }
    for (; i < e; i += n) {
        uint32_t c = pt__decode(s, len, i, &n);
        int d = pt__digit_value(c);
        char digit = (char)('0' + d);
        if (d >= 0 && pt__buf_append(out, a, &digit, 1) != PT_OK)
            return PT_E_NOMEM;
        if (d < 0 && !pt__is_dirmark(c) && !pt__is_space(c) && c != '-' &&
            !(c >= 0x064B && c <= 0x0652) && /* a displaced vowel mark */
            pt__buf_append(out, a, s + i, n) != PT_OK)
            return PT_E_NOMEM;
    }
    return PT_OK;
}

/* The paragraph number "-3" or "3-" at s[b, e), its digits as shown
 * (up to three, a leading zero included) in shown[]: see
 * pt__ar_paragraph_number. */
static size_t
shown_number(const char *s, size_t len, size_t b, size_t e, uint8_t *shown,
             size_t *nd, size_t *text)
{
    size_t i = b, n, d = 0;
    /* a vowel mark of the first word, displaced before the number
     * ("ُ -10نظمت"): the number's, as no text comes before it */
    for (uint32_t c; i < e && (c = char_at(s, e, i, &n)) >= 0x064B &&
                     c <= 0x0652 && i - b < 4;)
        i = pt__ar_skip_marks(s, len, i + n, e);
    if (i > b && (i >= e || s[i] != '-'))
        i = b;
    bool dash_first = i < e && s[i] == '-';
    if (dash_first)
        i = pt__ar_skip_marks(s, len, i + 1, e);
    int dv;
    while (i < e && (dv = pt__digit_value(char_at(s, e, i, &n))) >= 0 &&
           d < 3) {
        shown[d++] = (uint8_t)dv;
        i += n;
    }
    if (d == 0 || (i < e && pt__digit_value(char_at(s, e, i, &n)) >= 0))
        return 0;
    size_t num_end = i;
    i = pt__ar_skip_marks(s, len, i, e);
    if (!dash_first) { /* "3-" in the page's order */
        if (i >= e || s[i] != '-')
            return 0;
        num_end = i + 1;
        i = pt__ar_skip_marks(s, len, i + 1, e);
    }
    if (i < e && !pt__is_arabic_letter(char_at(s, e, i, &n)))
        return 0; /* "-3 %", "-5-" */
    *nd = d;
    *text = i;
    return num_end;
}

size_t
pt__ar_paragraph_number(const char *s, size_t len, size_t b, size_t e,
                        uint32_t *value, size_t *text)
{
    uint8_t shown[3];
    size_t nd, end = shown_number(s, len, b, e, shown, &nd, text);
    if (!end || shown[0] == 0)
        return 0;
    *value = 0;
    for (size_t k = 0; k < nd; k++)
        *value = *value * 10 + shown[k];
    return end;
}

size_t
pt__ar_page_then_number(const char *s, size_t len, size_t b, size_t e)
{
    size_t i = pt__ar_skip_marks(s, len, b, e), d, n, text;
    uint32_t value;
    if (i >= e || s[i] != '-')
        return 0;
    for (d = i + 1; d < e && d - i <= 3 && pt__digit_value(char_at(s, e, d, &n)) >= 0;)
        d += n;
    if (d == i + 1)
        return 0;
    d = pt__ar_skip_marks(s, len, d, e);
    if (d >= e || s[d] != '-')
        return 0;
    return pt__ar_paragraph_number(s, len, d, e, &value, &text) && text == e
               ? d
               : 0;
}

/* ---- paragraph numbers by their order ---------------------------------- */

/* Some Arabic fonts draw digits from other code points, and the extractor
 * gives those: 2015 comes out "7105", paragraphs 1, 2, 3 as "-0", "-7",
 * "-0".  One map from each true digit to the digit shown holds through
 * the document (not one to one: two digits may show alike), so the text
 * cannot be undone, but paragraph numbers, which run 1, 2, 3..., can be
 * read from their order. */

/* Does paragraph number k show as shown[0, nd) through map (true digit to
 * shown digit, -1 where not known yet)?  With learn, an unknown digit
 * takes what is shown, in map. */
static bool
shows_as(uint32_t k, const uint8_t *shown, size_t nd, int8_t *map, bool learn)
{
    uint8_t digits[3];
    size_t kd = 0;
    for (uint32_t v = k; v && kd < 3; v /= 10)
        digits[kd++] = (uint8_t)(v % 10);
    if (kd != nd || k >= 1000)
        return false;
    int8_t tried[10];
    memcpy(tried, map, sizeof tried);
    for (size_t j = 0; j < nd; j++) {
        uint8_t t = digits[nd - 1 - j];
        if (tried[t] < 0 && learn)
            tried[t] = (int8_t)shown[j];
        if (tried[t] != shown[j])
            return false;
    }
    memcpy(map, tried, sizeof tried);
    return true;
}

/* The paragraph-number candidates from line `from` on, read as 1, 2, 3...
 * through map: how many read so (a number or two may be missing, where
 * the map already knows how the next ones show).  With apply, those
 * lines become paragraphs numbered by their order. */
static size_t
follow_order(const char *s, size_t len, pt_lines *lines, size_t from,
             int8_t *map, bool learn, bool apply)
{
    uint32_t k = 1;
    size_t found = 0;
    for (size_t i = from; i < lines->n; i++) {
        pt_line *l = &lines->v[i];
        uint8_t shown[3];
        size_t nd, text, end;
        if (l->kind != PT_LINE_PARA && l->kind != PT_LINE_BODY)
            continue;
        /* after the page's number glued before it, it is read there */
        size_t split = pt__ar_page_then_number(s, len, l->cstart, l->cend);
        if (!(end = shown_number(s, len, split ? split : l->cstart, l->cend,
                                 shown, &nd, &text)))
            continue;
        /* glued to the line under a page's running header: the page's
         * number, which has no line of its own there */
        if (text < l->cend && i > 0 && l[-1].kind == PT_LINE_FURNITURE &&
            l[-1].role == PT_ROLE_HEADER) {
            if (apply)
                l->role = PT_ROLE_PAGE_NUMBER;
            continue;
        }
        uint32_t next = 0;
        for (uint32_t skip = 0; skip < 3 && !next; skip++)
            if (shows_as(k + skip, shown, nd, map, learn && skip == 0))
                next = k + skip;
        if (!next)
            continue;
        found++;
        k = next + 1;
        if (apply && !split) {
            l->kind = PT_LINE_PARA;
            l->num_end = (uint32_t)end;
            l->text_start = (uint32_t)text;
        }
        if (apply) {
            l->num_value = next;
            l->by_order = 1;
        }
    }
    return found;
}

/* The years a report cites: the first and last of the span counted. */
#define YEAR_FIRST 1950
#define YEAR_LAST 2039

/* Does the byte c join the digits next to it into a left-to-right
 * token (a symbol, an address), rather than stand beside a number? */
static bool
in_latin_token(char c)
{
    return c == '/' || c == '.' || (c >= 'A' && c <= 'Z') ||
           (c >= 'a' && c <= 'z');
}

/* Are the text's four-digit numbers (not a symbol's) mostly years as
 * they stand, more than twice as many as the others?  A font that
 * substitutes digits shows its years as no years ("7105" for 2015), so
 * the text's font shows digits as they are, and a map that reads its
 * numbered lines as 1, 2, 3... is a coincidence of lists that start
 * again. */
static bool
shows_its_years(const char *s, size_t len)
{
    size_t years = 0, others = 0;
    for (size_t i = 0; i < len;) {
        if (s[i] < '0' || s[i] > '9') {
            i++;
            continue;
        }
        size_t j = i;
        unsigned v = 0;
        for (; j < len && s[j] >= '0' && s[j] <= '9'; j++)
            if (j - i < 4)
                v = v * 10 + (unsigned)(s[j] - '0');
        /* a symbol's or an address's digits are in a Latin font:
         * "E/ESCWA/2031/1" */
        bool latin = (i > 0 && in_latin_token(s[i - 1])) ||
                     (j < len && in_latin_token(s[j]));
        if (j - i == 4 && !latin) {
            if (v >= YEAR_FIRST && v <= YEAR_LAST)
                years++;
            else
                others++;
        }
        i = j;
    }
    return years > 2 * others;
}

/* Does y (a year) show as shown[0, 4) through map, at least two of its
 * digits known to the map and one of those substituted, the others free? */
static bool
year_shows_through(unsigned y, const uint8_t *shown, const int8_t *map)
{
    unsigned known = 0, substituted = 0;
    for (int j = 3; j >= 0; j--, y /= 10) {
        int m = map[y % 10];
        if (m >= 0 && m != shown[j])
            return false;
        known += m >= 0;
        substituted += m >= 0 && m != (int)(y % 10);
    }
    return known >= 2 && substituted >= 1;
}

/* Does the text show, in its Arabic font, a year it writes as it stands
 * elsewhere (its symbol's or its masthead's date, in a Latin font:
 * "2017"), through map ("7102")?  That bears out a map that too few
 * paragraphs follow to tell it alone. */
static bool
year_through_map(const char *s, size_t len, const int8_t *map)
{
    bool seen[YEAR_LAST - YEAR_FIRST + 1] = {false};
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < len;) {
            if (s[i] < '0' || s[i] > '9') {
                i++;
                continue;
            }
            size_t j = i;
            uint8_t shown[4];
            unsigned v = 0;
            for (; j < len && s[j] >= '0' && s[j] <= '9'; j++)
                if (j - i < 4)
                    v = v * 10 + (shown[j - i] = (uint8_t)(s[j] - '0'));
            bool latin = (i > 0 && in_latin_token(s[i - 1])) ||
                         (j < len && in_latin_token(s[j]));
            bool year = v >= YEAR_FIRST && v <= YEAR_LAST;
            if (j - i == 4 && pass == 0 && year)
                seen[v - YEAR_FIRST] = true;
            if (j - i == 4 && pass == 1 && !year && !latin)
                for (unsigned y = YEAR_FIRST; y <= YEAR_LAST; y++)
                    if (seen[y - YEAR_FIRST] &&
                        year_shows_through(y, shown, map))
                        return true;
            i = j;
        }
    return false;
}

/* Paragraphs a map must read as 1, 2, 3... to be taken for a font's,
 * and fewer where the text's own year bears it out. */
#define ORDER_MIN 4
#define ORDER_MIN_WITH_YEAR 2

/* Where a candidate starts, among the first few: a page number glued to
 * a line may come before paragraph 1. */
#define STARTS 4

void
pt__ar_number_by_order(const char *s, size_t len, pt_lines *lines)
{
    int8_t identity[10], map[10], best_map[10];
    for (int8_t d = 0; d < 10; d++)
        identity[d] = d;
    size_t as_shown = follow_order(s, len, lines, 0, identity, false, false);
    size_t best = 0, best_from = 0, starts = 0;
    for (size_t i = 0; i < lines->n && starts < STARTS; i++) {
        const pt_line *l = &lines->v[i];
        uint8_t shown[3];
        size_t nd, text;
        if ((l->kind != PT_LINE_PARA && l->kind != PT_LINE_BODY) ||
            !shown_number(s, len, l->cstart, l->cend, shown, &nd, &text))
            continue;
        starts++;
        memset(map, -1, sizeof map);
        size_t found = follow_order(s, len, lines, i, map, true, false);
        if (found > best)
            best = found, best_from = i, memcpy(best_map, map, sizeof map);
    }
    /* a map that is not the identity, borne out by four paragraphs at
     * least (two where the text's year bears it out) and by two more than
     * the digits as shown */
    if (best < ORDER_MIN_WITH_YEAR || best < as_shown + 2)
        return;
    bool substitutes = false;
    for (int d = 0; d < 10; d++)
        substitutes |= best_map[d] >= 0 && best_map[d] != d;
    if (!substitutes || shows_its_years(s, len) ||
        (best < ORDER_MIN && !year_through_map(s, len, best_map)))
        return;
    memset(map, -1, sizeof map);
    follow_order(s, len, lines, best_from, map, true, true);
}
