/*
 * marks.c: footnote reference marks glued to the text.
 *
 * A PDF extractor flattens superscript marks into the line: "工作计划。1",
 * "Secretary-General;6", "Declaration8 adopted", "2001-20107 as" (the
 * range 2001-2010 and mark 7).  A digit run is a mark when what stands
 * before it cannot continue a number:
 *   - sentence or clause punctuation (, ; : . ) ] ” 。 ， ； 》 ...), except
 *     a thousands separator (347,200), a decimal point (3.5) or comma
 *     (3,2 in French, Spanish, Russian and Arabic), a symbol's
 *     part (CRP.2, Add.2 in A/61/530/Add.2) or a time (10:30);
 *   - a lower-case word of three letters or more, Latin or Russian
 *     ("Declaration8", "безопасности2");
 *   - a four-digit year range that runs one or two digits long, and a
 *     year after a word that does ("in May 20253", weak);
 *   - in CJK text, a Han character at the very end of the line;
 * and what follows ends a word: white space, the line's end, punctuation.
 * Chinese UN text sets numbers apart with spaces ("。2017 年 12 月"), so
 * after CJK punctuation a digit run followed by a unit (年, 个, 名 ...),
 * with or without a space, is a number; before other Han text it is a mark.
 * Superscript digits are always marks.  Arabic "(1)" comes out with its
 * digits after the brackets ("()1", "( .)1"): the brackets are the mark's.
 *
 * Some readings are weak: a digit run glued to a Han character at a
 * line's end ("议程项目51"), or after CJK punctuation before more Han text
 * ("，7 票反对") or another number ("、5 1968 年"), or after the full stop
 * of a number in groups at a line's end ("to 900,000.3").  Those are marks only where the document shows a
 * footnote with that number (a line that starts with it); deleting a
 * number that is no mark is data loss.  A closing mark with a space
 * before it closes nothing ("4 .25 亿"), and punctuation with a letter or
 * digit right after it is inside a token ("www.habitat3.org").  An
 * old-style mark "1/" stands after a space, and is weak too.
 */
#include "internal.h"

#include <string.h>

/* A letter of the alphabets whose words a mark may end. */
static bool
is_word_letter(uint32_t c)
{
    return pt__is_latin_letter(c) || pt__is_cyrillic_letter(c);
}

static bool
is_closing_punct(uint32_t c)
{
    switch (c) {
    case ',': case ';': case ':': case '.': case ')': case ']': case '"':
    case '!': case '?': case 0x201D: case 0x2019: case 0xBB:
        return true;
    default:
        return false;
    }
}

/* CJK punctuation after which a glued digit is a mark. */
static bool
is_cjk_closing_punct(uint32_t c)
{
    switch (c) {
    case 0x3002: case 0xFF0C: case 0xFF1B: case 0xFF1A: case 0xFF01:
    case 0xFF1F: case 0x300B: case 0x300D: case 0x300F: case 0xFF09:
    case 0x3001: case 0x3011: case 0x3009:
        return true; /* 。，；：！？》」』）、】〉 */
    default:
        return false;
    }
}

/* Han characters that make a glued number a quantity or date, not a mark. */
static bool
is_cjk_unit(uint32_t c)
{
    static const uint32_t units[] = {
        0x5E74, 0x6708, 0x65E5, 0x4E2A, 0x540D, 0x6B21, 0x9879, 0x6761,
        0x6B3E, 0x7AE0, 0x8282, 0x5C4A, 0x671F, 0x4EBF, 0x4E07, 0x5343,
        0x767E, 0x5341, 0x5C81, 0x4EBA, 0x4EFD, 0x5468, 0x5929, 0x65F6,
        0x53F7, 0x5143, 0x7F8E, 0x6B27, 0x500D, 0x5EA7, 0x6240, 0x5BB6,
        0x79CD, 0x573A, 0x4F4D, 0x7C7B, 0x6BB5, 0x9875, 0x70B9, 0x5206,
        0x7C73, 0x5428, 0x516C, 0x591A, 0x4F59, 0x81F3, 0x5230, 0x56FD};
    /* 年月日个名次项条款章节届期亿万千百十岁人份周天时号元美欧倍座所家种场位
     * 类段页点分米吨公多余至到国 */
    for (size_t k = 0; k < sizeof units / sizeof *units; k++)
        if (units[k] == c)
            return true;
    return false;
}

bool
pt__is_superscript_digit(uint32_t c)
{
    return c == 0xB9 || c == 0xB2 || c == 0xB3 || (c >= 0x2070 && c <= 0x2079);
}

/* Symbols are shorter than this; looking no further keeps a line with
 * no spaces linear. */
#define TOKEN_REACH 64

/* Does the token around s[i] (white-space delimited) contain a slash? */
static bool
token_has_slash(const char *s, size_t b, size_t e, size_t i)
{
    size_t k = i;
    while (k > b && s[k - 1] != ' ' && i - k < TOKEN_REACH)
        if (s[--k] == '/')
            return true;
    for (k = i; k < e && s[k] != ' ' && k - i < TOKEN_REACH; k++)
        if (s[k] == '/')
            return true;
    return false;
}

/* Does the word before the full stop at s[dot] name a document symbol's
 * part ("Add.", "Rev.", "Corr.", "Amend.", "Suppl."), whose number
 * follows it, on the line after its symbol's other parts too? */
static bool
symbol_part_before(const char *s, size_t b, size_t dot)
{
    static const char *const parts[] = {"Add", "Rev", "Corr", "Amend", "Suppl"};
    size_t w = dot;
    while (w > b && s[w - 1] >= 'A' && s[w - 1] <= 'z')
        w--;
    if (w > b && s[w - 1] != '/' && s[w - 1] != ' ' && s[w - 1] != '(')
        return false;
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
        if (strlen(parts[k]) == dot - w && memcmp(s + w, parts[k], dot - w) == 0)
            return true;
    return false;
}

/* Do the four characters before s[i] make a year (1900-2099) that
 * starts a word? */
static bool
year_before(const char *s, size_t b, size_t i)
{
    if (i < b + 4 || (i > b + 4 && s[i - 5] >= '0' && s[i - 5] <= '9'))
        return false;
    for (size_t k = i - 4; k < i; k++)
        if (s[k] < '0' || s[k] > '9')
            return false;
    return (s[i - 4] == '1' && s[i - 3] == '9') ||
           (s[i - 4] == '2' && s[i - 3] == '0');
}

/* Does a whole number written in groups ("900,000", "1,250") end at
 * s[i], in the line that starts at b? */
static bool
grouped_number_before(const char *s, size_t b, size_t i)
{
    if (i < b + 5 || s[i - 4] != ',' || s[i - 5] < '0' || s[i - 5] > '9')
        return false;
    for (size_t k = i - 3; k < i; k++)
        if (s[k] < '0' || s[k] > '9')
            return false;
    return true;
}

/* Does a mark end at j: the line's end, white space or punctuation that
 * ends a word (not the dot of "3.org" or "4.25")? */
static bool
ends_word(const char *s, size_t e, size_t j)
{
    size_t n;
    if (j >= e)
        return true;
    uint32_t c = pt__decode(s, e, j, &n);
    if (is_closing_punct(c) && j + n < e) {
        uint32_t after = pt__decode(s, e, j + n, &n);
        return !(is_word_letter(after) || pt__is_ascii_digit(after));
    }
    return pt__is_space(c) || is_closing_punct(c) || is_cjk_closing_punct(c);
}

/* The part of a document symbol before its number is a short code
 * (CRP.2, INF.1, WG.6, Add.2); a body's or a treaty's acronym of more
 * capitals than these ends a sentence ("... party to the ICESCR.112 Both
 * ..."): the word before the stop at s[stop] is all capitals, at least
 * this long, and a capitalised word follows the digits after a space. */
#define ACRONYM_MIN 4

static bool
acronym_ends_sentence(const char *s, size_t b, size_t e, size_t stop,
                      size_t j)
{
    size_t k = stop, n;
    while (k > b && s[k - 1] >= 'A' && s[k - 1] <= 'Z')
        k--;
    if (stop - k < ACRONYM_MIN || (k > b && s[k - 1] != ' ' && s[k - 1] != '('))
        return false;
    return j + 1 < e && s[j] == ' ' && pt__is_upper(pt__decode(s, e, j + 1, &n));
}

typedef enum reading { NO_MARK = 0, MARK, WEAK_MARK } reading;

/* Is the character c[0, n) one of the UTF-8 string set's? */
static bool
one_of_chars(const char *set, const char *c, size_t n)
{
    for (const char *p = set; *p; p++)
        if (strncmp(p, c, n) == 0)
            return true;
    return false;
}

/* Is s[i, j) (a digit run after CJK punctuation) a mark, judging by what
 * follows?  At the line's end or before punctuation it is; before Han
 * text only weakly ("。1 另有" is a mark, "，7 票反对" a count). */
static reading
cjk_mark_follows(const char *s, size_t e, size_t j)
{
    size_t n;
    if (j >= e)
        return MARK;
    uint32_t q = pt__decode(s, e, j, &n);
    if (pt__is_space(q)) {
        while (j < e && pt__is_space(pt__decode(s, e, j, &n)))
            j += n;
        if (j >= e)
            return MARK; /* "。1 " at the line's end */
        /* "。2017 年 12 月" is a date, "。1 另有" a mark before a sentence */
        q = pt__decode(s, e, j, &n);
        /* and "、5 1968 年" a mark before a number that no group of
         * three digits continues ("5 196 人" is one number) */
        size_t d = j;
        while (d < e && pt__is_ascii_digit((unsigned char)s[d]))
            d++;
        if (d > j && d - j != 3)
            return WEAK_MARK;
        return pt__is_han(q) && !is_cjk_unit(q) ? WEAK_MARK : NO_MARK;
    }
    if (pt__is_han(q))
        return is_cjk_unit(q) ? NO_MARK : WEAK_MARK;
    return is_cjk_closing_punct(q) ? MARK : NO_MARK;
}

/* Does Han text follow s[j] (after spaces)?  A digit run there is read
 * as after Chinese punctuation: "org3 议程" weakly, ".3 亿" not at all. */
static bool
han_follows(const char *s, size_t e, size_t j)
{
    size_t n;
    while (j < e && s[j] == ' ')
        j++;
    return j < e && pt__is_han(pt__decode(s, e, j, &n));
}

/* English words a number follows: nouns that name a numbered thing, and
 * the currency written before its amount.  Glued to one by an extractor
 * that lost the space ("(Agenda item8)", "in paragraph12", "Euro33
 * million"), the digits are that number, not a footnote mark.  (Other
 * languages' are in numbers.c, which reads them before a number.) */
static const char *const numbered_things[] = {
    "item", "items", "paragraph", "paragraphs", "para", "article",
    "articles", "rule", "rules", "resolution", "resolutions", "decision",
    "decisions", "annex", "chapter", "section", "table", "figure", "page",
    "part", "session", "goal", "target", "principle", "recommendation",
    "euro", "euros"};

/* Is the word that ends at s[i] (a line s[b, ...)) one of those nouns? */
static bool
names_numbered_thing(const char *s, size_t b, size_t i)
{
    size_t w = i;
    while (w > b && i - w <= 16 && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') ||
                                   (s[w - 1] >= 'A' && s[w - 1] <= 'Z')))
        w--;
    if (w > b && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') ||
                  (s[w - 1] >= 'A' && s[w - 1] <= 'Z')))
        return false; /* longer than any of them */
    for (size_t k = 0; k < sizeof numbered_things / sizeof *numbered_things; k++) {
        size_t n = strlen(numbered_things[k]);
        if (i - w == n && (s[w] | 0x20) == numbered_things[k][0] &&
            memcmp(s + w + 1, numbered_things[k] + 1, n - 1) == 0)
            return true;
    }
    return false;
}

/* An old-style mark "1/" (documents of the mid-1990s and before), its
 * digits set apart by the space at s[space] after a word or a clause
 * ("peace, 1/ and"): the space and the slash are the mark's (the text
 * keeps one space), and what follows the slash at s[j] ends the word
 * (not "1/2", a fraction).  It is weak, a footnote "1/" must show it: a
 * symbol broken at its line's end reads alike ("resolution 47/").  pp is
 * the character before the space. */
static reading
slash_mark(const char *s, size_t e, size_t space, size_t j, uint32_t pp,
           size_t *mark_start, size_t *mark_end)
{
    size_t n;
    bool after_word = is_word_letter(pp) || is_closing_punct(pp);
    if (!after_word || !(j + 1 >= e || pt__is_space(pt__decode(s, e, j + 1, &n)) ||
                         is_closing_punct(pt__decode(s, e, j + 1, &n))))
        return NO_MARK;
    *mark_start = space;
    *mark_end = j + 1;
    return WEAK_MARK;
}

/* The mark (if any) in the digit run s[i, j) of a line s[b, e): it
 * spans [*mark_start, *mark_end). */
static reading
digit_run_mark(const char *s, size_t b, size_t e, size_t i, size_t j,
               bool cjk, bool decimal_comma, size_t *mark_start,
               size_t *mark_end)
{
    size_t n, d = j - i;
    *mark_start = i;
    *mark_end = j;
    if (s[i] == '0')
        return NO_MARK; /* footnotes count from 1: "(figure .)0" */
    /* "20255," opening a line after "en junio de": a year, the mark run
     * into it; weak, as a line may open with a number */
    if (i == b && d == 5 && year_before(s, b, i + 4) && s[i + 4] != '0' && j < e &&
        (s[j] == ',' || s[j] == '.' || s[j] == ';' || s[j] == ' ')) {
        *mark_start = i + 4;
        return WEAK_MARK;
    }
    if (i == b)
        return NO_MARK; /* a paragraph number, or a line starting "2019 年" */
    size_t pi = pt__prev(s, i);
    uint32_t p = pt__decode(s, e, pi, &n);
    uint32_t pp = 0; /* the character before p, past direction marks */
    for (size_t q = pi; q > b && (pp == 0 || pt__is_dirmark(pp));) {
        q = pt__prev(s, q);
        pp = pt__decode(s, e, q, &n);
    }

    /* "2001-20107": a year range with the mark run into it */
    if ((d == 5 || d == 6) && (p == '-' || p == 0x2013) && pi >= b + 4) {
        size_t y = pi - 4;
        bool year = true;
        for (size_t k = y; k < pi; k++)
            year = year && s[k] >= '0' && s[k] <= '9';
        if (year && (y == b || !(s[y - 1] >= '0' && s[y - 1] <= '9')) &&
            memcmp(s + i, s + y, 2) == 0 && memcmp(s + i, s + y, 4) >= 0 &&
            ends_word(s, e, j)) {
            *mark_start = i + 4;
            return MARK;
        }
    }
    /* "in May 20253": a year after a word, the mark run into it; weak,
     * as "20253" may be a number */
    if ((d == 5 || d == 6) && p == ' ' && pt__is_latin_letter(pp) &&
        year_before(s, b, i + 4) && ends_word(s, e, j)) {
        *mark_start = i + 4;
        return WEAK_MARK;
    }
    if (d > 3)
        return NO_MARK;
    if (p == ')' && d <= 2 && j < e && s[j] == '(' &&
        !(j + 1 < e && s[j + 1] == ')')) { /* "()4" follows: "(4)" */
        /* ")7(": "(7)" mirrored, in a left-to-right run of Arabic text */
        *mark_start = pi;
        *mark_end = j + 1;
        return MARK;
    }
    if (p == ')' && d <= 2) {
        /* "(1)" in Arabic comes out "()1", "(.)1" or "( .)1": its digits
         * after the brackets, a full stop or comma displaced inside them,
         * the next word glued to it */
        size_t k = pi;
        while (k > b && pi - k < 10) {
            if (s[k - 1] == ' ' || s[k - 1] == '.' || s[k - 1] == ',')
                k--;
            else if (k >= b + 2 && memcmp(s + k - 2, "\u060C", 2) == 0)
                k -= 2; /* Arabic's comma: "( ،)2" */
            else if (k >= b + 3 && pt__dirmark_at(s, e, k - 3)) /* "(", LRE, ".)1" */
                k -= 3;
            else
                break;
        }
        if (k > b && s[k - 1] == '(') {
            *mark_start = k - 1;
            return MARK;
        }
        /* "(المادتان 4 و .)6", "(المادة .)5": a bracket closed on "and",
         * "or", "to" or on the noun of a numbered thing, the number that
         * was to follow displaced after it by the extractor, no note's
         * mark */
        static const char *const joins[] = {
            "\u0648", "\u0623\u0648", "\u0625\u0644\u0649", "-", "\u2013",
            "\u0627\u0644\u0645\u0627\u062F\u0629",             /* المادة */
            "\u0627\u0644\u0645\u0627\u062F\u062A\u0627\u0646",     /* المادتان */
            "\u0627\u0644\u0645\u0627\u062F\u062A\u064A\u0646",     /* المادتين */
            "\u0627\u0644\u0641\u0642\u0631\u0629",             /* الفقرة */
            "\u0627\u0644\u0641\u0642\u0631\u062A\u0627\u0646",     /* الفقرتان */
            "\u0627\u0644\u0642\u0631\u0627\u0631",             /* القرار */
            "\u0631\u0642\u0645",                         /* رقم */
            "\u0639\u0627\u0645"};                        /* عام */
        for (size_t w = 0; w < sizeof joins / sizeof *joins; w++) {
            size_t len = strlen(joins[w]);
            if (k - b > len && memcmp(s + k - len, joins[w], len) == 0 &&
                !pt__is_arabic_letter(pt__decode(s, e, pt__prev(s, k - len), &n)))
                return NO_MARK; /* the word whole, after a space, a digit or
                                 * a direction mark */
        }
    }
    if (pt__is_space(p) && d <= 2 && j < e && s[j] == '/')
        return slash_mark(s, e, pi, j, pp, mark_start, mark_end);
    if (p == 0x3001 && pt__is_ascii_digit(pp))
        return NO_MARK; /* 第1、2、3条: a list of numbers */
    if (is_cjk_closing_punct(p))
        return cjk_mark_follows(s, e, j);
    if (is_closing_punct(p)) {
        if (pt__is_space(pp))
            return NO_MARK; /* "4 .25": it closes nothing */
        if (p == ',' && pt__is_ascii_digit(pp) && (d == 3 || decimal_comma))
            return NO_MARK; /* 347,200; 3,2 where a comma marks decimals */
        if (p == '.' && pt__is_ascii_digit(pp) && d <= 3 &&
            year_before(s, b, pi) && (j >= e || s[j] == ' '))
            /* "in September 2025.2"; before Han text as after "。";
             * the hundredth note and after only where it is shown */
            return han_follows(s, e, j) ? cjk_mark_follows(s, e, j)
                   : d == 3             ? WEAK_MARK
                                        : MARK;
        /* "... from 1.9 million to 900,000.3" at a line's end: a whole
         * number in groups with one or two decimals is rarer there than a
         * mark after its full stop; the document decides (weak) */
        if (p == '.' && d <= 2 && j >= e && !decimal_comma &&
            grouped_number_before(s, b, pi))
            return WEAK_MARK;
        if ((p == '.' || p == ':') && pt__is_ascii_digit(pp))
            return NO_MARK; /* 3.5, 10:30 */
        if (p == '.' && pt__is_upper(pp) && !token_has_slash(s, b, e, i) &&
            acronym_ends_sentence(s, b, e, pi, j))
            return WEAK_MARK; /* "... party to the ICESCR.112 Both ..." */
        if (p == '.' && (pt__is_upper(pp) || token_has_slash(s, b, e, i) ||
                         symbol_part_before(s, b, pi)))
            return NO_MARK; /* CRP.2, A/61/530/Add.2, "Add.7" the line after "A/79/744/" */
        if (han_follows(s, e, j))
            return cjk_mark_follows(s, e, j);
        return ends_word(s, e, j) ? MARK : NO_MARK;
    }
    if (is_word_letter(p)) {
        /* "Declaration8": a lower-case word of three letters or more */
        size_t k = i, letters = 0;
        while (k > b && letters < 3) {
            size_t q = pt__prev(s, k);
            if (!is_word_letter(pt__decode(s, e, q, &n)))
                break;
            k = q;
            letters++;
        }
        /* "ЕЭК1", "США10": a Cyrillic acronym, which Russian does not
         * number so (it writes "МКС-28"), where the document shows the
         * note and the body has yet to cite it */
        if (d <= 2 && letters >= 3 && pt__is_cyrillic_letter(p) && pt__is_upper(p) &&
            ends_word(s, e, j))
            return WEAK_MARK;
        if (!(d <= 3 && letters >= 3 && pt__is_lower(p) &&
              !token_has_slash(s, b, e, i) && ends_word(s, e, j)) ||
            names_numbered_thing(s, b, i))
            return NO_MARK;
        if (d == 3) /* "countries122": a report of a hundred notes or more */
            return WEAK_MARK;
        return han_follows(s, e, j) ? cjk_mark_follows(s, e, j) : MARK;
    }
    if (cjk && pt__is_han(p) && d <= 2 && j >= e)
        return WEAK_MARK; /* "……宣言1", or "议程项目51", at a line's end */
    /* "分析结果1，以及": before a comma or stop; not after a noun that
     * numbers things (第1，, 表1，, 附件3。) */
    static const char numbering_nouns[] = "第表图件章条段款项号节次页期卷届";
    if (cjk && pt__is_han(p) && d <= 2 && j < e &&
        is_cjk_closing_punct(pt__decode(s, e, j, &n)) &&
        !one_of_chars(numbering_nouns, s + pi, i - pi))
        return WEAK_MARK;
    return NO_MARK;
}

/* Marks a weak reading may run ahead of the highest taken so far. */
#define WEAK_MARK_GAP 3

/* Is a weak reading of mark v confirmed: the document shows footnote v,
 * and v is a mark the body text has yet to give, not far past the last
 * ("，2 票弃权" after mark 2 was taken, in a document with footnote 2, is
 * a count)?  An old-style "2/" (`slashed`) may cite its footnote again,
 * as resolutions of its time do. */
static bool
weak_mark_confirmed(const pt_note_numbers *notes, uint32_t v, bool slashed)
{
    if (v >= notes->n || !notes->shown[v])
        return false;
    if (slashed)
        return true;
    if (notes->taken && notes->taken[v])
        return false;
    return notes->taken_max == 0 || v <= notes->taken_max + WEAK_MARK_GAP;
}

/* May one of the eight bytes in w begin a mark: a digit, a star, or a
 * byte above ASCII?  Exact for ASCII bytes: adding 0x80 - '0' sets the
 * top bit of the bytes from '0' on, with no carry into the next byte. */
static inline bool
may_begin_mark_in(uint64_t w)
{
    if (w & PT_HIGHS)
        return true;
    uint64_t digit = (w + PT_ONES * (0x80 - '0')) &
                     ~(w + PT_ONES * (0x80 - '9' - 1));
    return (digit & PT_HIGHS) || pt__has_byte(w, '*');
}

/* The Symbol font's star, U+F02A, which extractors give for a "*" mark. */
static inline bool
is_symbol_star(const char *s, size_t e, size_t i)
{
    return i + 3 <= e && (unsigned char)s[i] == 0xEF &&
           (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xAA;
}

size_t
pt__find_marks(const char *s, uint32_t b, uint32_t from, uint32_t e, bool cjk,
               const pt_note_numbers *notes, bool decimal_comma, pt_span *out,
               size_t max)
{
    size_t found = 0, n;
    for (size_t i = from; i < e && found < max; i += n) {
        /* a mark begins with a digit, a star or a superscript digit (lead
         * byte C2 or E2): skip every other character undecoded */
        unsigned char u = (unsigned char)s[i];
        if (u < 0x80 && i + 8 <= e && !may_begin_mark_in(pt__load8(s + i))) {
            n = 8;
            continue;
        }
        if (u < 0x80 && !(u >= '0' && u <= '9') && u != '*') {
            n = 1;
            continue;
        }
        if (u >= 0xE3 && u <= 0xEF && !is_symbol_star(s, e, i)) {
            /* most of a Chinese text: three-byte characters, none of
             * them a superscript digit (those begin C2 or E2); the
             * Symbol font's star is looked for after Latin text only */
            for (n = 3; i + n + 3 <= e && (unsigned char)s[i + n] >= 0xE3 &&
                        (unsigned char)s[i + n] <= 0xEF;)
                n += 3;
            continue;
        }
        if (u >= 0x80 && u != 0xC2 && u != 0xE2 && u != 0xEF) {
            n = u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : 2;
            continue;
        }
        uint32_t c = pt__decode(s, e, i, &n);
        size_t j = i;
        if (pt__is_superscript_digit(c)) {
            while (j < e && pt__is_superscript_digit(pt__decode(s, e, j, &n)))
                j += n;
        } else if (pt__is_ascii_digit(c)) {
            while (j < e && s[j] >= '0' && s[j] <= '9')
                j++;
            size_t ms, me;
            reading r =
                digit_run_mark(s, b, e, i, j, cjk, decimal_comma, &ms, &me);
            uint32_t v = 0;
            for (size_t k = ms > i ? ms : i; k < j; k++) /* its digits */
                v = v * 10 + (uint32_t)(s[k] - '0');
            /* a bracket the mark before has taken is not this one's */
            if (r == NO_MARK || ms < from ||
                (found && ms < out[found - 1].end) ||
                (r == WEAK_MARK &&
                 !weak_mark_confirmed(notes, v, s[me - 1] == '/'))) {
                n = j - i;
                continue;
            }
            i = ms;
            j = me;
        } else if ((c == '*' || c == 0xF02A) && i > b) {
            /* "South Africa:*", "汇编*": a star glued to a word */
            uint32_t p = pt__decode(s, e, pt__prev(s, i), &n);
            while (j < e && s[j] == '*' && j - i < 3)
                j++;
            if (c == 0xF02A)
                j = i + 3;
            /* after a Han character only at the line's end, as digits */
            if (pt__is_space(p) || p == '*' || !ends_word(s, e, j) ||
                (j < e && s[j] == '*') || (pt__is_han(p) && j < e)) {
                n = j - i;
                continue;
            }
        } else {
            continue;
        }
        assert(from <= i && i < j && j <= e);
        assert(found == 0 || out[found - 1].end <= i);
        out[found].start = (uint32_t)i;
        out[found].end = (uint32_t)j;
        found++;
        n = j - i;
    }
    return found;
}
