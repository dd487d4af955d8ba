/*
 * names.c: names no gazetteer lists, read from their shape.
 *
 *   the Transitional Electoral Council, Kivu Peace Agreement,
 *   Committee on the Rights of Persons with Disabilities, 《海外领土法》
 *
 * An English name of a body, an instrument or a meeting is a run of
 * capitalised words ending in a head noun, which decides its label
 * (Council: ORG, Agreement: INSTRUMENT, Summit: EVENT), with the
 * complement that follows the head (of, for, on, ... and more capitalised
 * words).  English compounds put their head last, before the first
 * preposition.  The value is the name as written, its white space made
 * single.  A Chinese title in 《》 names an instrument when it ends in a
 * word for one (法, 公约, 计划).
 *
 * The words are table rows, one per language, so that a language adds
 * rows and no code.
 */
#include "recognisers.h"

#include <string.h>

/* A head noun may take "in X" as its complement (Mission in Liberia), or
 * be a name only with a complement (Government of Haiti). */
enum { HEAD_IN = 1, HEAD_NEEDS_COMPLEMENT = 2 };

typedef struct name_head {
    const char *word; /* capitalised, as in running text */
    uint8_t label;
    uint8_t flags;
    uint8_t lang; /* PT_LANG_*: the texts it is read in */
} name_head;

#define ORG_ PT_LABEL_ORG
#define INS_ PT_LABEL_INSTRUMENT
#define EVT_ PT_LABEL_EVENT
#define EN PT_LANG_EN

/* The head nouns of names of bodies, instruments and meetings in UN texts
 * (the labels of ANNOTATION.md), by language. */
static const name_head name_heads[] = {
    {"Agreement", INS_, 0, EN},   {"Agreements", INS_, 0, EN},  {"Accord", INS_, 0, EN},
    {"Accords", INS_, 0, EN},     {"Convention", INS_, 0, EN},  {"Act", INS_, 0, EN},
    {"Treaty", INS_, 0, EN},      {"Protocol", INS_, 0, EN},    {"Covenant", INS_, 0, EN},
    {"Charter", INS_, 0, EN},     {"Declaration", INS_, 0, EN}, {"Constitution", INS_, 0, EN},
    {"Code", INS_, 0, EN},        {"Agenda", INS_, 0, EN},      {"Roadmap", INS_, 0, EN},
    {"Council", ORG_, 0, EN},     {"Commission", ORG_, HEAD_IN, EN},
    {"Committee", ORG_, 0, EN},   {"Police", ORG_, 0, EN},      {"Party", ORG_, 0, EN},
    {"Movement", ORG_, 0, EN},    {"Front", ORG_, 0, EN},       {"Army", ORG_, 0, EN},
    {"Forces", ORG_, HEAD_IN, EN}, {"Force", ORG_, HEAD_IN, EN}, {"Mission", ORG_, HEAD_IN, EN},
    {"Office", ORG_, HEAD_IN, EN}, {"Bank", ORG_, 0, EN},       {"Fund", ORG_, 0, EN},
    {"Court", ORG_, 0, EN},       {"Tribunal", ORG_, 0, EN},    {"Ministry", ORG_, 0, EN},
    {"Division", ORG_, 0, EN},    {"Section", ORG_, 0, EN},     {"Unit", ORG_, 0, EN},
    {"Programme", ORG_, 0, EN},   {"Agency", ORG_, 0, EN},      {"Authority", ORG_, 0, EN},
    {"Organization", ORG_, 0, EN}, {"Union", ORG_, 0, EN},      {"Institute", ORG_, 0, EN},
    {"Department", ORG_, 0, EN},  {"Group", ORG_, 0, EN},       {"Assembly", ORG_, 0, EN},
    {"Parliament", ORG_, 0, EN},  {"Senate", ORG_, 0, EN},      {"Board", ORG_, 0, EN},
    {"Panel", ORG_, 0, EN},       {"Secretariat", ORG_, 0, EN}, {"Centre", ORG_, 0, EN},
    {"Center", ORG_, 0, EN},      {"Coalition", ORG_, 0, EN},   {"Alliance", ORG_, 0, EN},
    {"League", ORG_, 0, EN},      {"Federation", ORG_, 0, EN},  {"Association", ORG_, 0, EN},
    {"Foundation", ORG_, 0, EN},  {"University", ORG_, 0, EN},  {"Facility", ORG_, 0, EN},
    {"Operation", ORG_, HEAD_IN, EN}, {"Administration", ORG_, 0, EN},
    {"Bureau", ORG_, 0, EN},      {"Network", ORG_, 0, EN},     {"Service", ORG_, 0, EN},
    {"Government", ORG_, HEAD_NEEDS_COMPLEMENT, EN},
    {"Conference", EVT_, 0, EN},  {"Summit", EVT_, 0, EN},      {"Dialogue", EVT_, 0, EN},
    {"Process", EVT_, 0, EN},     {"Forum", EVT_, 0, EN},       {"Symposium", EVT_, 0, EN},
};

/* en: words that join a head to its complement, and words that may follow
 * them before it ("of the"). */
static const char *const joins_en[] = {"of", "for", "on", "against", "to"};
static const char *const join_in_en[] = {"in"}; /* after HEAD_IN heads */
static const char *const and_en[] = {"and"};
static const char *const article_en[] = {"the"};

/* en: capitalised words that begin sentences or come before names but
 * are no part of one; months and weekdays end a complement too. */
static const char *const not_in_names_en[] = {
    "The", "A", "An", "In", "On", "At", "For", "By", "With", "From", "To",
    "Of", "And", "But", "Or", "As", "This", "That", "These", "Those", "Its",
    "Their", "His", "Her", "Our", "Both", "Each", "All", "Any", "Some",
    "Such", "Under", "During", "After", "Before", "Since", "While", "When",
    "Where", "If", "Following", "Through", "Between", "Among", "Also",
    "However", "Moreover", "Furthermore", "Meanwhile", "Accordingly",
    "Several", "Many", "Most", "Other", "New", "Mr", "Ms", "Mrs", "Dr",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};

/* en: words that, alone before a head, make a short reference to a body
 * named in full elsewhere ("the Advisory Committee", "the Working
 * Group"), not a name. */
static const char *const generic_modifiers_en[] = {
    "Advisory", "Working", "Special", "Preparatory", "Main",
    "Standing", "Joint", "Steering", "Subsidiary", "General",
    "Permanent", "National", "Regional", "Country", "Field", "Drafting"};

/* zh: the last words of the titles of laws, treaties and plans in 《》. */
static const char *const instrument_ends_zh[] = {
    "法", "公约", "条约", "协定", "协议", "议定书", "宪章", "宣言", "计划",
    "纲领", "战略", "规划", "法案", "条例", "法典", "守则", "议程", "框架",
    "准则", "原则", "规约", "盟约"};

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* How many words a name may have: enough for the longest real ones, and
 * a bound on the work at each head. */
#define MAX_NAME_WORDS 16

/* The end of the word of letters, digits, hyphens and apostrophes that
 * begins at i. */
static size_t
word_end(const pt_scan *sc, size_t i)
{
    size_t n;
    while (i < sc->n) {
        uint32_t c = cp_at(sc, i, &n);
        if (!(is_alnum(c) || c == '-' ||
              (c == '\'' && i + 1 < sc->n &&
               pt__is_latin_letter((unsigned char)sc->t[i + 1]) &&
               sc->t[i + 1] != 's')))
            break;
        i += n;
    }
    return i;
}

/* Is s[b, e) one of words (exactly, or all in capitals when caps)? */
static bool
word_is(const pt_scan *sc, size_t b, size_t e, const char *const *words,
        size_t n, bool caps)
{
    for (size_t k = 0; k < n; k++) {
        const char *w = words[k];
        if (strlen(w) != e - b)
            continue;
        size_t j = 0;
        for (; j < e - b; j++) {
            char c = sc->t[b + j], want = w[j];
            if (c != want && !(caps && c == (want & ~0x20) &&
                               want >= 'a' && want <= 'z'))
                break;
        }
        if (j == e - b)
            return true;
    }
    return false;
}

/* Does a word that may stand in a name begin at b (a capital letter, not
 * a word that only begins sentences; or a number before one, as in "the
 * 2030 Agenda"), and where does it end? */
static size_t
name_word_at(const pt_scan *sc, size_t b, bool caps)
{
    size_t n;
    if (is_digit_at(sc, b)) {
        size_t e = word_end(sc, b);
        return e < sc->n && sc->t[e] == ' ' && name_word_at(sc, e + 1, caps)
                   ? e
                   : 0;
    }
    if (!pt__is_upper(cp_at(sc, b, &n)))
        return 0;
    size_t e = word_end(sc, b);
    if (word_is(sc, b, e, not_in_names_en, COUNT(not_in_names_en), false) ||
        (caps && word_is(sc, b, e, not_in_names_en, COUNT(not_in_names_en),
                         true)))
        return 0;
    return e;
}

/* The head row s[b, e) is, if any: as written, or in capitals. */
static const name_head *
head_of(const pt_scan *sc, size_t b, size_t e, bool *caps)
{
    for (size_t k = 0; k < COUNT(name_heads); k++) {
        const char *w = name_heads[k].word;
        if (strlen(w) != e - b || sc->t[b] != w[0] ||
            !(name_heads[k].lang & sc->langs))
            continue;
        if (memcmp(sc->t + b, w, e - b) == 0) {
            *caps = false;
            return &name_heads[k];
        }
        *caps = true;
        for (size_t j = 1; j < e - b && *caps; j++)
            *caps = sc->t[b + j] == (w[j] & ~0x20);
        if (*caps)
            return &name_heads[k];
    }
    return NULL;
}

/* The start of the word that ends at e (before a space at e), or e. */
static size_t
word_before(const pt_scan *sc, size_t e)
{
    size_t b = e;
    while (b > 0 && (pt__is_ascii_alnum((unsigned char)sc->t[b - 1]) ||
                     sc->t[b - 1] == '-' ||
                     is_continuation((unsigned char)sc->t[b - 1]) ||
                     (unsigned char)sc->t[b - 1] >= 0xC0))
        b--;
    return b;
}

/* The modifiers before a head at h: capitalised words, and "and" between
 * two of them (Economic and Social Council). */
static size_t
modifiers_start(const pt_scan *sc, size_t h, bool caps, size_t *words)
{
    size_t b = h;
    while (*words < MAX_NAME_WORDS && b >= 2 && sc->t[b - 1] == ' ') {
        size_t p = word_before(sc, b - 1);
        if (p == b - 1)
            break;
        if (word_is(sc, p, b - 1, and_en, 1, caps) &&
            p >= 2 && sc->t[p - 1] == ' ') {
            /* "and" only between two capitalised words */
            size_t q = word_before(sc, p - 1);
            bool head_before;
            if (q == p - 1 || name_word_at(sc, q, caps) != p - 1 ||
                head_of(sc, q, p - 1, &head_before))
                break; /* "the General Assembly and Social Council": two */
            b = q;
            *words += 2;
            continue;
        }
        if (name_word_at(sc, p, caps) != b - 1)
            break;
        b = p;
        ++*words;
    }
    return b;
}

/* The complement after a head that ends at e: connecting words and runs
 * of capitalised words ("on the Rights of the Child"); its end, or e. */
static size_t
complement_end(const pt_scan *sc, size_t e, const name_head *head, bool caps,
               size_t *words)
{
    size_t end = e;
    while (*words < MAX_NAME_WORDS && end < sc->n && sc->t[end] == ' ') {
        size_t k = end + 1, w = word_end(sc, k);
        bool joined = false;
        bool and_ = word_is(sc, k, w, and_en, 1, caps);
        if ((and_ && end > e) || word_is(sc, k, w, joins_en, COUNT(joins_en), caps) ||
            (head->flags & HEAD_IN && word_is(sc, k, w, join_in_en, 1, caps))) {
            k = w;
            joined = true;
            if (k < sc->n && sc->t[k] == ' ' && !and_) {
                size_t a = word_end(sc, k + 1);
                if (word_is(sc, k + 1, a, article_en, 1, caps))
                    k = a;
            }
            if (k >= sc->n || sc->t[k] != ' ')
                break;
            k++;
        }
        if (!joined)
            break;
        /* a run of capitalised words, at least one; after "and" one only
         * ("on Trade and Development", not "... and United Nations"); a run
         * with a body's head after any word but "of" is another body ("the
         * Commission on Human Rights for the Working Group") */
        size_t run = k, run_end = k, x, count = 0;
        bool body = false, of = word_is(sc, end + 1, word_end(sc, end + 1),
                                        joins_en, 1, caps);
        while (*words + count < MAX_NAME_WORDS &&
               (x = name_word_at(sc, run, caps))) {
            bool nested_caps;
            const name_head *nested = head_of(sc, run, x, &nested_caps);
            body = body || (nested && nested->label == PT_LABEL_ORG);
            count++;
            run_end = x;
            if (x >= sc->n || sc->t[x] != ' ')
                break;
            run = x + 1;
        }
        if (count == 0 || (and_ && count > 1) || (body && !of))
            break;
        end = run_end;
        *words += count;
    }
    return end;
}

/* The value: the name with each run of white space made one space. */
static pt_status
emit_name(pt_scan *sc, size_t b, size_t e, pt_label label)
{
    char value[256];
    size_t k = 0, n;
    bool space = false;
    for (size_t i = b; i < e; i += n) {
        uint32_t c = cp_at(sc, i, &n);
        if (pt__is_space(c)) {
            space = true;
            continue;
        }
        if (k + n + 1 >= sizeof value)
            return PT_OK; /* no real name is that long */
        if (space)
            value[k++] = ' ';
        space = false;
        memcpy(value + k, sc->t + i, n);
        k += n;
    }
    return pt__cand_add(sc, b, e, label, PT_REC_SHAPE, value, k);
}

/* At a head noun: the name it ends, with its complement. */
static pt_status
name_at(pt_scan *sc, size_t i, size_t *resume)
{
    bool caps;
    size_t n;
    if (!pt__is_upper(cp_at(sc, i, &n)))
        return PT_OK;
    size_t h = word_end(sc, i);
    const name_head *head = head_of(sc, i, h, &caps);
    if (head == NULL)
        return PT_OK;
    size_t words = 1;
    size_t b = modifiers_start(sc, i, caps, &words);
    size_t before = words;
    size_t e = complement_end(sc, h, head, caps, &words);
    if (words < 2 || (head->flags & HEAD_NEEDS_COMPLEMENT && words == before))
        return PT_OK;
    if (before == 2 && words == 2 &&
        word_is(sc, b, word_end(sc, b), generic_modifiers_en,
                COUNT(generic_modifiers_en), caps))
        return PT_OK;
    *resume = e;
    return emit_name(sc, b, e, (pt_label)head->label);
}

/* At 《: a title that names an instrument; its value is the title. */
static pt_status
title_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    static const char open[] = "《", close[] = "》";
    size_t b = i + sizeof open - 1, e = b;
    /* a title is one line of at most a few dozen characters */
    while (e < sc->n && e - b < 120 && sc->t[e] != '\n' &&
           !lit_at(sc, e, close) && !lit_at(sc, e, open))
        e++;
    if (e == b || !lit_at(sc, e, close))
        return PT_OK;
    *resume = e;
    for (size_t k = 0; k < COUNT(instrument_ends_zh); k++) {
        size_t m = strlen(instrument_ends_zh[k]);
        if (e - b > m && memcmp(sc->t + e - m, instrument_ends_zh[k], m) == 0)
            return emit_name(sc, b, e, PT_LABEL_INSTRUMENT);
    }
    return PT_OK;
}

/* ---- where the recognisers begin --------------------------------------- */

const pt_rule pt__rule_name = {.at = name_at, .words = {PT_WORDS(name_heads)}};
const pt_rule pt__rule_title_zh = {.at = title_zh_at, .starts = "《"};
