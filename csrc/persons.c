/*
 * persons.c: people named with a title or an honorific.
 *
 *   Mr. John Smith, Ambassador Ana Ruiz, 王小明先生
 *
 * The value is the name without the title.
 */
#include "recognisers.h"

#include <string.h>

/* At an upper-case letter: Mr. John Smith, Ambassador Ana Ruiz; the
 * honorifics of French, Spanish and Russian (in its case forms, with the
 * hyphen or, as UN texts also write them, without); and Arabic's, which
 * write no capitals, so its names are read otherwise (arabic_name). */
static const char *const titles[] = {
    "Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Ambassador ", "Judge ",
    "Professor ", "Prof. ", "Sir ", "Dame ", "H.E. ", "Mr ", "Ms ",
    "M. ", "Mme ", "Mlle ", "Sr. ", "Sra. ", "Srta. ",
    "г-н ", "г-на ", "г-ну ", "г-жа ", "г-жи ", "г-же ", "гн ", "гна ",
    "гну ", "гжа ", "гжи ", "гже ", "Г-н ", "Г-жа ", "Гн ", "Гжа ",
    "السيد ", "السيدة ", "للسيد ", "للسيدة "};

/* Arabic words that end a name after السيد: particles, prepositions,
 * conjunctions and pronouns that follow a name in running text. */
static const char *const arabic_name_stops[] = {
    "إلى", "قد", "في", "من", "على", "عن", "أن", "بأن", "الذي", "التي",
    "هو", "هي", "و", "أو", "ثم", "مع", "لدى", "بشأن", "عند", "بعد", "قبل"};

/* The Arabic name of at most three words at t[i], up to punctuation or a
 * stop word; its end, or i. */
static size_t
arabic_name(const pt_scan *sc, size_t i)
{
    size_t e = i, k = i, n;
    for (int words = 0; words < 3; words++) {
        size_t w = k;
        while (k < sc->n && is_word_char(cp_at(sc, k, &n)) &&
               !is_digit_at(sc, k))
            k += n;
        if (k - w < 4) /* two letters at least */
            break;
        for (size_t s = 0; s < sizeof arabic_name_stops /
                                   sizeof *arabic_name_stops; s++)
            if (script_word_at(sc, w, arabic_name_stops[s]) == k)
                return e;
        e = k;
        if (k >= sc->n || sc->t[k] != ' ')
            break;
        k++;
    }
    return e;
}

static pt_status
person_at(pt_scan *sc, size_t i, size_t *resume)
{
    static const char *const particles[] = {"de ", "da ", "van ", "von ",
                                            "bin ", "del ", "dos ", "al-",
                                            "аль-", "ибн "};
    const char *t = sc->t;
    if (!at_word_start(sc, i))
        return PT_OK;
    size_t k = 0;
    for (size_t w = 0; w < sizeof titles / sizeof *titles && !k; w++)
        if (lit_at(sc, i, titles[w]))
            k = i + strlen(titles[w]);
    if (!k)
        return PT_OK;
    if ((unsigned char)t[i] >= 0xD8 && (unsigned char)t[i] <= 0xDB) {
        size_t e = arabic_name(sc, k);
        *resume = e > k ? e : k;
        return e > k ? pt__emit(sc, k, e, PT_LABEL_PERSON, PT_REC_PERSON,
                                "%.*s", (int)(e - k), t + k)
                     : PT_OK;
    }
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
        while (f < sc->n && (is_word_char(cp_at(sc, f, &n)) ||
                             t[f] == '-' || t[f] == '\''))
            f += n ? n : 1;
        e = f;
        if (++words == 4 || e >= sc->n || t[e] != ' ')
            break;
        e++;
        size_t m;
        if (!pt__is_upper(cp_at(sc, e, &m)) && !lit_at(sc, e, "de ") &&
            !lit_at(sc, e, "van ") && !lit_at(sc, e, "von ") &&
            !lit_at(sc, e, "bin ") && !lit_at(sc, e, "al-") &&
            !lit_at(sc, e, "аль-")) {
            e--;
            break;
        }
    }
    while (e > b && t[e - 1] == ' ')
        e--;
    if (e > i)
        *resume = e;
    if (words)
        return pt__emit(sc, b, e, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                        (int)(e - b), t + b);
    return PT_OK;
}

/* At 先生 or 女士, after a transliterated name: 王小明先生. */
static const char *const cjk_titles[] = {"先生", "女士"};

/* Function words that come before names, where a name stops. */
static const char name_stops[] = "的由与和及向在了是请对为让后";

static bool
is_name_stop(uint32_t c)
{
    size_t n;
    for (size_t k = 0; name_stops[k]; k += n)
        if (pt__decode(name_stops, sizeof name_stops - 1, k, &n) == c)
            return true;
    return false;
}

static pt_status
person_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    if (i < 3 || i + 6 > sc->n ||
        !lit_in(sc, i, cjk_titles, sizeof cjk_titles / sizeof *cjk_titles))
        return PT_OK;
    size_t b = i, chars = 0, n;
    bool dot = false;
    while (b > 0 && chars < 10) {
        size_t p = pt__prev(t, b);
        uint32_t c = pt__decode(t, sc->n, p, &n);
        if (!(pt__is_han(c) || c == 0xB7 || c == 0x30FB) || is_name_stop(c))
            break;
        dot = dot || c == 0xB7 || c == 0x30FB;
        b = p;
        chars++;
    }
    *resume = i + 6;
    if (chars >= 2 && (dot || chars <= 4))
        return pt__emit(sc, b, i, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                        (int)(i - b), t + b);
    return PT_OK;
}

/* ---- where the recognisers begin --------------------------------------- */

const pt_rule pt__rule_person = {.at = person_at, .words = {PT_WORDS(titles)}};
const pt_rule pt__rule_person_zh = {
    .at = person_zh_at, .words = {PT_WORDS(cjk_titles)}};
