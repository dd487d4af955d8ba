/*
 * masthead.c: the masthead and table of contents at a document's top.
 *
 * A UN document starts with a masthead whose two columns the extractor
 * flattens into lines:
 *
 *     United Nations A/61/917              <- organ and symbol
 *     General Assembly Distr.: General     <- distribution
 *     21 May 2007                          <- date
 *     Original: English
 *     07-35147 (E) 230507                  <- job number, print date
 *     *0735147*                            <- barcode
 *     Sixty-first session                  <- session, agenda items and
 *     Agenda items 68 and 117                 their titles, sponsors
 *     Report of the Human Rights Council
 *     Programme budget for the biennium 2006-2007
 *     Reports of the Secretary-General ... <- the title (wrapped)
 *     Report of the Advisory Committee ... <- a subtitle
 *
 * The header (down to the barcode) is recognised line by line.  The rest
 * is grouped into logical lines (a wrapped line goes on when it ends in a
 * connecting word or the next starts in lower case); the title is the
 * first logical line after the session, date and agenda lines and the
 * agenda items' own titles.  The masthead ends where the body begins: a
 * numbered paragraph or heading, a table of contents, a full-width line,
 * or an opener such as "The General Assembly,".
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* A resolution's title takes this many lines at most. */
#define TITLE_LINES_MAX 5
/* A masthead is this many lines at most; beyond it the body has begun. */
#define MASTHEAD_MAX_LINES 40
/* Its header (organ, symbol, Distr., date, Original, job number) starts
 * within this many non-blank lines. */
#define HEADER_MAX_LINES 10

typedef struct slice {
    size_t b, e;
} slice;

static bool
has(const char *s, slice x, const char *lit)
{
    size_t n = strlen(lit);
    for (size_t i = x.b; i + n <= x.e; i++)
        if (memcmp(s + i, lit, n) == 0)
            return true;
    return false;
}

static bool
begins(const char *s, slice x, const char *lit)
{
    size_t n = strlen(lit);
    return x.e - x.b >= n && memcmp(s + x.b, lit, n) == 0;
}

static bool
ends(const char *s, slice x, const char *lit)
{
    size_t n = strlen(lit);
    return x.e - x.b >= n && memcmp(s + x.e - n, lit, n) == 0;
}

/* Is the slice one of the n words (ASCII case ignored when `fold`)? */
static bool
in_list(const char *s, slice x, const char *const *words, size_t n, bool fold)
{
    for (size_t k = 0; k < n; k++)
        if (strlen(words[k]) == x.e - x.b &&
            (fold ? strncasecmp(words[k], s + x.b, x.e - x.b)
                  : memcmp(words[k], s + x.b, x.e - x.b)) == 0)
            return true;
    return false;
}

static slice
content(const pt_line *l)
{
    slice x = {l->cstart, l->cend};
    return x;
}

/* Does the slice name a month and a year ("8-19 January 2001",
 * "Vienna, 6 and 7 June 2018", "2018 年 6 月")? */
static bool
mentions_date(const char *s, slice x)
{
    bool month = has(s, x, "月"), year = false;
    for (size_t i = x.b; i < x.e;) {
        size_t w = i;
        while (i < x.e && s[i] != ' ' && s[i] != ',')
            i++;
        if (i - w == 4 && s[w] >= '1' && s[w] <= '2' && s[w + 1] >= '0' &&
            s[w + 1] <= '9')
            year = true;
        else if (pt__month_of(s, w, i))
            month = true;
        while (i < x.e && (s[i] == ' ' || s[i] == ','))
            i++;
    }
    return month && year;
}

/* The committee a document is addressed to, over its title: "Special
 * Committee on the Situation with regard to ..." over "Lakeland" and
 * "Working paper prepared by the Secretariat"; "Preparatory Committee for
 * ...", "Committee on ...", "……特别委员会". */
static bool
is_committee_line(const char *s, slice x)
{
    return begins(s, x, "Special Committee ") ||
           begins(s, x, "Preparatory Committee ") ||
           begins(s, x, "Committee on ") || begins(s, x, "Committee for ") ||
           begins(s, x, "Comité spécial ") || begins(s, x, "Comité Especial ") ||
           begins(s, x, "Comité des ") || begins(s, x, "Comité pour ") ||
           begins(s, x, "Comité contre ") || begins(s, x, "Comité sur ") ||
           begins(s, x, "Comité de ") || begins(s, x, "Comité para ") ||
           begins(s, x, "Comité contra ") || begins(s, x, "Специальный комитет ") ||
           begins(s, x, "Комитет по ") || begins(s, x, "Комитет против ") ||
           ends(s, x, "特别委员会") || (begins(s, x, "消除") && ends(s, x, "委员会")) ||
           begins(s, x, "اللجنة الخاصة ") || begins(s, x, "لجنة ");
}

/* Words a line that dates a meeting holds at most: its venue and its
 * date ("Vienna, 6 and 7 June 2018", "Port of Spain, 2-4 May 2019"). */
#define MEETING_DATE_WORDS_MAX 9

/* Is the slice a meeting's date line, the venue and date under its
 * session?  A title that ends in a date ("Report of the Security Council
 * mission to Haiti, 11 to 14 March 2031") says more. */
static bool
dates_a_meeting(const char *s, slice x)
{
    return mentions_date(s, x) &&
           (has(s, x, "月") ||
            pt__count_words(s, x.b, x.e) <= MEETING_DATE_WORDS_MAX);
}

/* ---- header lines ----------------------------------------------------- */

/* Where a date that ends the line begins, alone or after the left
 * column's text ("缔约国会议 12 March 2026"); x.e when none does. */
static size_t
date_start(const char *s, slice x, char *out)
{
    if (pt__parse_date_line(s, x.b, x.e, out))
        return x.b;
    for (size_t i = x.b; i < x.e; i++)
        if (s[i] == ' ' && pt__parse_date_line(s, i + 1, x.e, out))
            return i + 1;
    return x.e;
}

static bool
date_at_end(const char *s, slice x, char *out)
{
    return date_start(s, x, out) < x.e;
}

/* Is the line the header's date?  A title or a sentence can end in a date
 * too ("Report of the Security Council mission to Haiti, 11 to 14 March
 * 2031"): a date after a comma or a range's word is the text's, and once
 * the header has its date, only a date alone on its line is another
 * field. */
static bool
header_date(const pt_doc *doc, const char *s, slice x, char *out)
{
    static const char *const joins[] = {"to", "and", "from", "-", "\xe2\x80\x93"};
    size_t b = date_start(s, x, out);
    if (b == x.e)
        return false;
    if (b == x.b)
        return true;
    if (doc->meta_off[PT_META_DATE] != PT_NONE)
        return false;
    size_t e = b;
    while (e > x.b && s[e - 1] == ' ')
        e--;
    if (e > x.b && s[e - 1] == ',')
        return false;
    slice last = {e, e}; /* the word before the date */
    while (last.b > x.b && s[last.b - 1] != ' ')
        last.b--;
    return !in_list(s, last, joins, sizeof joins / sizeof *joins, false);
}

static bool
is_distr(const char *s, slice x)
{
    return has(s, x, "Distr.") || has(s, x, "Distr:") || has(s, x, "Распр.");
}

bool
pt__is_distribution(const char *s, const pt_line *l)
{
    return is_distr(s, content(l));
}

/* Up to three capital letters alone: a fragment of text set vertically in
 * the margin ("UNITED NATIONS" down the page), which the extractor
 * scatters over the masthead's lines. */
static bool
is_fragment(const char *s, slice x)
{
    size_t n = x.e - x.b;
    if (n < 1 || n > 3)
        return false;
    for (size_t i = x.b; i < x.e; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return false;
    return true;
}

/* A line of an emblem's caption as the extractor reads it: capitals
 * only, a few words ("UNITED NATIONS", "ECONOMIC AND SOCIAL", "COUNCIL")
 * or the pieces of vertical lettering ("MIC", "AND").  Before the Distr.
 * line such lines take no room: an emblem can print its organ's name twice. */
static bool
is_caption(const char *s, slice x)
{
    unsigned words = 1;
    if (x.e - x.b > 32 || x.e == x.b)
        return false;
    for (size_t i = x.b; i < x.e; i++) {
        if (s[i] == ' ')
            words += s[i - 1] != ' ';
        else if (s[i] < 'A' || s[i] > 'Z')
            return false;
    }
    return words <= 4;
}

/* "LIMITED", "General": the distribution, on the line after "Distr.". */
static bool
is_distribution(const char *s, slice x)
{
    static const char *const words[] = {"General", "Limited", "Restricted", "Общая",
                                        "ОБЩАЯ", "Ограниченная"};
    return in_list(s, x, words, sizeof words / sizeof *words, true);
}

/* What begins the line of the original's language, in each language:
 * "Original: English", "ORIGINAL: ARABIC", "原文：英文", "الأصل: عربي". */
static const char *const original_words[] = {"Original", "ORIGINAL", "Оригинал",
                                             "原文", "الأصل", "األصل" /* swapped */};

/* "Original: English" / "原文：英文": the language, or an empty slice. */
static slice
original_language(const char *s, slice x)
{
    slice none = {0, 0};
    size_t i = 0;
    for (size_t k = 0; k < sizeof original_words / sizeof *original_words &&
                       !i; k++)
        if (begins(s, x, original_words[k]))
            i = x.b + strlen(original_words[k]);
    if (!i)
        return none;
    i = pt__skip_blanks(s, x.e, i);
    if (!pt__skip_word(s, x.e, &i, ":") && !pt__skip_word(s, x.e, &i, "："))
        return none;
    slice v = {i, x.e};
    /* "ORIGINAL: ENGLISH TE": a fragment of vertical text after it */
    for (size_t k = v.e; k > v.b; k--)
        if (s[k - 1] == ' ') {
            slice last = {k, v.e};
            if (is_fragment(s, last))
                v.e = k - 1;
            break;
        }
    while (v.e > v.b && s[v.e - 1] == ' ')
        v.e--;
    return v.b < v.e ? v : none;
}

/* "Chinese", "English", ... alone: the language of this edition. */
static bool
is_language_name(const char *s, slice x)
{
    /* in English, and in French, Spanish, Russian and Arabic as ICU 72
     * (CLDR) names them; ASCII case is ignored, Russian's written both
     * ways, and the UN's Arabic الإنكليزية beside CLDR's الإنجليزية */
    static const char *const names[] = {
        "Arabic", "Chinese", "English", "French", "Russian", "Spanish",
        "arabe", "chinois", "anglais", "français", "russe", "espagnol",
        "Français", "árabe", "chino", "inglés", "francés", "ruso",
        "español", "Árabe", "Inglés", "Francés", "Español",
        "арабский", "китайский", "английский", "французский", "русский",
        "испанский", "Арабский", "Китайский", "Английский", "Французский",
        "Русский", "Испанский",
        "العربية", "الصينية", "الإنجليزية", "الإنكليزية", "الفرنسية",
        "الروسية", "الإسبانية"};
    return in_list(s, x, names, sizeof names / sizeof *names, true);
}

/* The job number a line starts with, with its language letter, written
 * "07-35147 (E)" whether the letter was glued to it or not; the print
 * date after them is left out.  Returns the length written to out. */
static size_t
job_number(const char *s, const pt_line *l, char *out, size_t size)
{
    slice x = content(l);
    if (l->kind != PT_LINE_FURNITURE || l->role != PT_ROLE_JOB_NUMBER)
        return 0;
    size_t i = x.b;
    while (i < x.e && s[i] != ' ')
        i++;
    size_t num_end = i, j = pt__skip_blanks(s, x.e, i);
    const char *letter = NULL;
    if (i - x.b > 3 && s[i - 3] == '(' && s[i - 1] == ')') {
        letter = s + i - 3; /* glued: "GE.18-05123(E)" */
        num_end = i - 3;
    } else if (j + 3 <= x.e && s[j] == '(' && s[j + 2] == ')') {
        letter = s + j;
    }
    int n = snprintf(out, size, "%.*s%s%.*s", (int)(num_end - x.b), s + x.b,
                     letter ? " " : "", letter ? 3 : 0, letter ? letter : "");
    return n > 0 && (size_t)n < size ? (size_t)n : 0;
}

pt_status
pt__job_number_meta(pt_doc *doc, const pt_line *l)
{
    char job[32];
    size_t n = job_number(doc->text, l, job, sizeof job);
    if (n == 0 || doc->meta_off[PT_META_JOB_NUMBER] != PT_NONE)
        return PT_OK;
    return pt__meta_set(doc, PT_META_JOB_NUMBER, job, n);
}

/* The first document symbol among the line's tokens. */
static slice
symbol_in(const char *s, slice x)
{
    slice none = {0, 0};
    for (size_t i = x.b; i < x.e;) {
        size_t w = i;
        i = pt__word_end(s, i, x.e);
        if (pt__is_symbol(s, w, i)) {
            slice v = {w, i};
            return v;
        }
        i = pt__skip_blanks(s, x.e, i);
    }
    return none;
}

/* A symbol whose closing bracket a right-to-left page moved to its
 * front (")E/ESCWA/2017/EC.4/4(Part III" for ".../4(Part III)"): written
 * back as it reads, into out (SYMBOL_MAX bytes); its length, or 0. */
#define SYMBOL_MAX 64
static size_t
mirrored_symbol(const char *s, slice x, char *out)
{
    size_t n = 0, m;
    if (x.e - x.b < 3 || s[x.b] != ')' || s[x.e - 1] == ')')
        return 0;
    for (size_t i = x.b + 1; i < x.e; i += m ? m : 1) {
        if ((m = pt__dirmark_at(s, x.e, i)))
            continue; /* the embedding the page wraps it in */
        if (n + 2 > SYMBOL_MAX)
            return 0;
        out[n++] = s[i];
    }
    out[n++] = ')';
    return memchr(out, '(', n) && pt__is_symbol(out, 0, n) ? n : 0;
}

/* ---- logical lines after the header ------------------------------------ */

/* Does the slice end with a word that cannot end a title line? */
static bool
ends_with_connector(const char *s, slice x)
{
    static const char *const words[] = {
        " and", " of", " the", " on", " for", " in", " to", " by", " at",
        " from", " with", " a", " an", " its", " their", " including",
        " between", " concerning", " regarding", " under", " against",
        " et", " de", " des", " du", " la", " le", " les", " y", " del",
        " el", " los", " las", ",", ":", "-"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (ends(s, x, words[k]))
            return true;
    return false;
}

static bool
starts_lower(const char *s, slice x)
{
    size_t n;
    uint32_t c = pt__decode(s, x.e, x.b, &n);
    return pt__is_lower(c) || c == '(';
}

typedef enum logical_kind {
    LOGICAL_OTHER = 0,
    LOGICAL_SESSION, /* "Sixty-first session", a date, a committee */
    LOGICAL_AGENDA,  /* "Agenda items 68 and 117" */
    LOGICAL_SPONSOR  /* "South Africa: draft resolution" */
} logical_kind;

typedef struct logical {
    size_t first, last; /* line indices */
    logical_kind kind;
    unsigned items; /* agenda: how many items it lists */
} logical;

/* How many items "Agenda items 68 and 117" lists: its separate numbers. */
static unsigned
count_items(const char *s, slice x)
{
    unsigned k = 0;
    for (size_t i = x.b; i < x.e; i++)
        if (s[i] >= '0' && s[i] <= '9' &&
            (i == x.b || s[i - 1] == ' ' || s[i - 1] == ','))
            k++;
    return k ? k : 1;
}

/* The Security Council's year under its name, as the General Assembly's
 * session under its own: "Eightieth year", "Quatre-vingtième année",
 * "Octogésimo año", "Восьмидесятый год", "第八十年", "السنة الثمانون". */
static bool
is_council_year(const char *s, slice x)
{
    size_t words = pt__count_words(s, x.b, x.e);
    return (words <= 3 && (ends(s, x, " year") || ends(s, x, " année") ||
                           ends(s, x, " año") || ends(s, x, " год"))) ||
           (begins(s, x, "第") && ends(s, x, "年") && x.e - x.b <= 18) ||
           (words == 2 && begins(s, x, "السنة "));
}

static logical_kind
logical_kind_of(const char *s, slice x, unsigned *items)
{
    *items = 0;
    /* "Item 6 of the provisional agenda" in the six languages */
    if (begins(s, x, "Agenda item") || begins(s, x, "Item ") ||
        begins(s, x, "Items ") || has(s, x, "议程") ||
        begins(s, x, "Point ") || begins(s, x, "Points ") ||
        begins(s, x, "Tema ") || begins(s, x, "Temas ") ||
        begins(s, x, "Пункт ") || begins(s, x, "Пункты ") ||
        begins(s, x, "البند") || begins(s, x, "البنود")) {
        *items = count_items(s, x);
        return LOGICAL_AGENDA;
    }
    if (has(s, x, "draft resolution") || has(s, x, "draft decision") ||
        has(s, x, "决议草案") || has(s, x, "决定草案"))
        return LOGICAL_SPONSOR;
    if (ends(s, x, "session") || ends(s, x, "Session") ||
        ends(s, x, "sesiones") || ends(s, x, "сессия") ||
        begins(s, x, "الدورة") || begins(s, x, "الاجتماع") ||
        begins(s, x, "االجتماع") /* swapped */ ||
        (ends(s, x, "Committee") && pt__count_words(s, x.b, x.e) <= 3) ||
        is_committee_line(s, x) ||
        has(s, x, "届会") || dates_a_meeting(s, x) || is_council_year(s, x))
        return LOGICAL_SESSION; /* "Third Committee" */
    return LOGICAL_OTHER;
}

/* An opener such as "The General Assembly," or "大会，": a short line
 * ending in a comma, with no digits, that introduces the body. */
static bool
is_opener(const char *s, const pt_line *l)
{
    slice x = content(l);
    while (x.e >= x.b + 3 && pt__dirmark_at(s, x.e, x.e - 3))
        x.e -= 3; /* "إن الجمعية العامة،" in its marks */
    x.b = pt__ar_skip_marks(s, x.e, x.b, x.e);
    if (l->width > 40 ||
        !(ends(s, x, ",") || ends(s, x, "，") || ends(s, x, "\u060C")))
        return false;
    for (size_t i = x.b; i < x.e; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return false;
    size_t n;
    uint32_t c = pt__decode(s, x.e, x.b, &n);
    return pt__is_upper(c) || pt__is_cjk(c) || pt__is_arabic_letter(c);
}

/* "Contents", "CONTENTS (continued)", "目  录": a contents table's title. */
static bool
is_contents(const char *s, slice x)
{
    static const char *const words[] = {
        "Contents", "Table of contents", "目录", "目 录", "目  录",
        "Sommaire", "Table des matières", "Índice", "Содержание", "المحتويات"};
    static const char *const continued = " (continued)";
    if (x.e - x.b > strlen(continued) && ends(s, x, continued))
        x.e -= strlen(continued);
    return in_list(s, x, words, sizeof words / sizeof *words, true);
}

bool
pt__is_contents(const char *s, const pt_line *l)
{
    return is_contents(s, content(l));
}

/* Where a dot leader starts in s[b, e): four dots or more in a row,
 * spaced or not ("....", ". . . .", "……", "．．．．"), or three spaced
 * ones, all a long title leaves room for (". . . 14"; an ellipsis is
 * never spaced); e when there is none. */
size_t
pt__leader_start(const char *s, size_t b, size_t e)
{
    unsigned dots = 0, spaced = 0;
    size_t start = e;
    for (size_t i = b; i < e; i++) {
        size_t n = s[i] == '.' ? 1
                   : e - i >= 3 && (memcmp(s + i, "\u2026", 3) == 0 ||
                                    memcmp(s + i, "\uFF0E", 3) == 0)
                       ? 3
                       : 0;
        if (n) {
            start = dots ? start : i;
            dots += n == 1 ? 1 : 2;
            spaced += n == 1 && i > b && s[i - 1] == ' ' && dots > 1;
            i += n - 1;
        } else if (s[i] != ' ' || dots == 0) {
            dots = spaced = 0;
        }
        if (dots >= 4 || (dots == 3 && spaced == 2))
            return start;
    }
    return e;
}

static bool
has_leader(const char *s, slice x)
{
    return pt__leader_start(s, x.b, x.e) < x.e;
}

/* A contents entry wherever it stands: an entry's text, a dot leader
 * and a page number closing the line ("I. Introduction ....... 3"), as a
 * contents table continued on a page without its title has them; body
 * text never ends so. */
bool
pt__is_contents_entry(const char *s, const pt_line *l)
{
    slice x = content(l);
    size_t e = x.e, digits = 0;
    while (e > x.b && s[e - 1] >= '0' && s[e - 1] <= '9')
        e--, digits++;
    if (digits == 0 || digits > 4)
        return false;
    size_t page = e;
    for (; e > x.b; e--) { /* the leader, spaced or not, back from the page */
        if (e - x.b >= 3 && (memcmp(s + e - 3, "\u2026", 3) == 0 ||
                             memcmp(s + e - 3, "\uFF0E", 3) == 0))
            e -= 2;
        else if (s[e - 1] != '.' && s[e - 1] != ' ')
            break;
    }
    return e > x.b && pt__leader_start(s, e, page) < page;
}

/* A line of a contents table's number columns: page numbers and
 * paragraph ranges ("3", "1-4", "3 - 45", "1 -"), or a column's title
 * ("Paragraphs", "Page", "页次"). */
static bool
is_toc_numbers(const char *s, slice x)
{
    static const char *const titles[] = {
        "Page", "Pages", "Paragraphs", "Paragraph", "Chapter", "页次", "段次",
        "页码", "段落", "章次", "الصفحة", "الفقرات", "الفصل"};
    size_t i = x.b, digits = 0;
    for (; i < x.e; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            digits++;
        else if (x.e - i >= 3 && memcmp(s + i, "\u2013", 3) == 0)
            i += 2;
        else if (s[i] != ' ' && s[i] != '-')
            break;
    }
    if (i == x.e && digits)
        return true;
    slice w = {x.b, x.b};
    while (w.e < x.e && s[w.e] != ' ')
        w.e++;
    slice rest = {pt__skip_blanks(s, x.e, w.e), x.e};
    return in_list(s, w, titles, sizeof titles / sizeof *titles, true) &&
           (rest.b == rest.e || is_toc_numbers(s, rest));
}

/* An entry whose page number comes first, as publications set them:
 * "P. 3 Summary", "p. 12". */
static bool
is_page_first_entry(const char *s, slice x)
{
    size_t i = x.b + 3;
    if (x.e - x.b < 4 || (s[x.b] != 'P' && s[x.b] != 'p') ||
        s[x.b + 1] != '.' || s[x.b + 2] != ' ')
        return false;
    while (i < x.e && s[i] >= '0' && s[i] <= '9')
        i++;
    return i > x.b + 3 && (i == x.e || s[i] == ' ');
}

/* A contents line the extractor split from its page numbers: an entry
 * ending in dot leaders, or the numbers alone ("4-1", "12"), as Arabic
 * contents come out; "-1" and "-4-" are paragraph and page numbers. */
static bool
is_toc_piece(const char *s, slice x)
{
    if (ends(s, x, "...") || ends(s, x, "\u2026"))
        return true;
    if (s[x.b] == '-' || s[x.e - 1] == '-')
        return false;
    for (size_t i = x.b, m; i < x.e; i += m ? m : 1) {
        m = pt__dirmark_at(s, x.e, i);
        if (!m && !(s[i] >= '0' && s[i] <= '9') && s[i] != '-' && s[i] != ' ')
            return false;
    }
    return true;
}

/* A number alone, of one to four digits ("19"): the extractor calls it a
 * page's number, but in a column of them after the contents' other
 * numbers it is an entry's page or paragraph. */
static bool
is_bare_number(const char *s, slice x)
{
    for (size_t i = x.b; i < x.e; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return x.e > x.b && x.e - x.b <= 4;
}

/* A table of contents from lines[i] (its "Contents" line).  Its entries
 * carry dot leaders, page numbers and paragraph ranges, which pdftotext
 * often puts on lines of their own, away from the entries' text and
 * labels ("I.", "A.").  A line with none of them belongs to it only when
 * one with them follows within a few lines (an entry's title wraps over
 * up to four), a full line counting double, since body text is full.
 * Returns the index of the first line after it. */
#define TOC_WRAP_MAX 5

/* A heading's or paragraph's number alone on its line: "II.", "3." */
static bool
is_label(const pt_line *l)
{
    return (l->kind == PT_LINE_HEADING || l->kind == PT_LINE_PARA) &&
           l->text_start == l->cend && !l->annex;
}

pt_status
pt__contents(pt_doc *doc, const pt_lines *lines, size_t i, size_t *after)
{
    const char *s = doc->text;
    pt_status rc = PT_OK;
    size_t first = i, end = i + 1, weak = 0;
    bool numbers = false; /* the last line taken holds numbers alone */
    for (i = first + 1; i < lines->n && weak < TOC_WRAP_MAX; i++) {
        const pt_line *l = &lines->v[i];
        slice x = content(l);
        if (numbers && end == i && is_bare_number(s, x)) {
            end = i + 1; /* the column of numbers goes on */
        } else if (l->kind == PT_LINE_FURNITURE || is_label(l)) {
            continue; /* a page's footer, or an entry's label alone: "II." */
        } else if (has_leader(s, x) || is_toc_numbers(s, x) ||
                   is_contents(s, x) || is_page_first_entry(s, x) ||
                   (strcmp(doc->lang, "ar") == 0 &&
                    (is_toc_piece(s, x) || l->kind == PT_LINE_HEADING))) {
            end = i + 1;
            weak = 0;
            numbers = is_toc_piece(s, x) && !has(s, x, "..") &&
                      !has(s, x, "\u2026");
        } else {
            /* a full line is the body's, unless an entry wraps from it */
            weak += l->width * 20 >= lines->typical_width * 17 ? 2 : 1;
        }
    }
    /* the column of labels ("I.", "II.") may come last, before the page's
     * foot, among page numbers the extractor put there too; a label before
     * text is the body's first heading */
    size_t labels_end = end;
    for (i = end; i < lines->n && (is_label(&lines->v[i]) ||
                                   lines->v[i].kind == PT_LINE_FURNITURE);
         i++)
        if (is_label(&lines->v[i]))
            labels_end = i + 1;
    if (labels_end < lines->n && lines->v[labels_end].kind == PT_LINE_FURNITURE)
        end = labels_end;
    for (i = first; i < end; i++) {
        PT_CHECK(pt__job_number_meta(doc, &lines->v[i])); /* a page's foot */
        PT_CHECK(pt__region_line(doc, &lines->v[i], PT_REGION_TOC,
                                 PT_ROLE_NONE));
    }
    *after = end;
done:
    return rc;
}

/* The number a General Assembly resolution's symbol gives it ("80/163"
 * of A/RES/80/163) into num; its length, or 0 for other symbols. */
static size_t
resolution_number(const pt_doc *doc, char *num, size_t size)
{
    if (doc->meta_off[PT_META_SYMBOL] == PT_NONE)
        return 0;
    const char *sym = doc->pool.ptr + doc->meta_off[PT_META_SYMBOL];
    const char *n = strstr(sym, "/RES/");
    size_t len = n ? strlen(n + 5) : 0;
    if (!len || len >= size || !strchr(n + 5, '/') || !(n[5] >= '0' && n[5] <= '9'))
        return 0;
    memcpy(num, n + 5, len + 1);
    return len;
}

/* Does the line open the resolution's title with its number ("80/163.
 * International cooperation", "80/163 -", the Arabic extractor's
 * "-163/80 التعاون")?  Where its words begin, or 0. */
static size_t
resolution_title_start(const pt_doc *doc, const char *s, slice x)
{
    char num[24], turned[24];
    size_t n = resolution_number(doc, num, sizeof num);
    if (!n)
        return 0;
    /* "163/80": the extractor's order of a right-to-left line */
    const char *slash = strchr(num, '/');
    size_t a = (size_t)(slash - num);
    memcpy(turned, slash + 1, n - a - 1);
    turned[n - a - 1] = '/';
    memcpy(turned + n - a, num, a);
    turned[n] = '\0';
    size_t i = pt__ar_skip_marks(s, x.e, x.b, x.e);
    size_t j = i < x.e && s[i] == '-' ? pt__ar_skip_marks(s, x.e, i + 1, x.e) : x.e;
    if (j + n <= x.e && memcmp(s + j, turned, n) == 0)
        return pt__ar_skip_marks(s, x.e, j + n, x.e);
    if (i + n + 1 <= x.e && memcmp(s + i, num, n) == 0 &&
        (s[i + n] == '.' || s[i + n] == ' ')) {
        i = pt__ar_skip_marks(s, x.e, i + n + 1, x.e);
        if (i < x.e && s[i] == '-')
            i = pt__ar_skip_marks(s, x.e, i + 1, x.e);
        return i; /* x.e: the number alone, the title on the next line */
    }
    return 0;
}

/* Store the title: the logical line's lines joined by single spaces (no
 * space between CJK lines), without a trailing footnote star, from
 * `from` on its first line. */
/* Append s[i, e) to b as a block's clean text has it: without direction
 * marks, Arabic repaired (arabic.c). */
static pt_status
append_clean(pt_doc *doc, pt_buf *b, uint32_t i, uint32_t e)
{
    pt_repair r;
    while (i < e) {
        uint32_t f = pt__next_repair(doc->text, doc->len, i, e, &r);
        if (pt__buf_append(b, &doc->alloc, doc->text + i, f - i) != PT_OK ||
            (f < e && pt__buf_append(b, &doc->alloc, r.clean, r.clean_len) !=
                          PT_OK))
            return PT_E_NOMEM;
        i = f < e ? f + r.raw_len : e;
    }
    return PT_OK;
}

static pt_status
set_title(pt_doc *doc, const pt_lines *lines, const logical *t, size_t from)
{
    const char *s = doc->text;
    pt_buf b = {NULL, 0, 0};
    pt_status rc = PT_OK;
    for (size_t i = t->first; i <= t->last; i++) {
        const pt_line *l = &lines->v[i];
        size_t n, e = l->cend, start = i == t->first && from ? from : l->cstart;
        if (b.len && !pt__is_cjk(pt__decode(s, e, l->cstart, &n)) &&
            !pt__is_cjk(pt__decode(b.ptr, b.len, pt__prev(b.ptr, b.len), &n)))
            PT_CHECK(pt__buf_append(&b, &doc->alloc, " ", 1));
        while (e > start && s[e - 1] == '*')
            e--;
        PT_CHECK(append_clean(doc, &b, (uint32_t)start, (uint32_t)e));
    }
    if (b.len)
        PT_CHECK(pt__meta_set(doc, PT_META_TITLE, b.ptr, b.len));
done:
    pt__buf_free(&b, &doc->alloc);
    return rc;
}

/* Pick the title among the logical lines after the header. */
static pt_status
find_title(pt_doc *doc, const pt_lines *lines, const logical *v, size_t n)
{
    size_t t = 0, after = 0; /* after the last session or agenda line */
    for (size_t k = 0; k < n; k++) {
        if (v[k].kind == LOGICAL_SESSION)
            t = after = k + 1;
        else if (v[k].kind == LOGICAL_AGENDA) {
            t = k + 1 + v[k].items; /* the items' titles come first */
            after = k + 1;
        }
    }
    while (t < n && v[t].kind == LOGICAL_SPONSOR)
        t++;
    /* no items' titles: the one line left is the document's title */
    if (t >= n && after < n)
        t = n - 1;
    if (t >= n)
        return PT_OK;
    return set_title(doc, lines, &v[t], 0);
}

/* "Summary", "摘要": the title of the box that sums a report up under its
 * masthead. */
static bool
is_summary(const char *s, slice x)
{
    static const char *const words[] = {
        "Summary", "Executive summary", "Abstract", "Résumé", "Resumen",
        "Резюме", "摘要", "内容提要", "提要"};
    return in_list(s, x, words, sizeof words / sizeof *words, true) ||
           pt__ar_is_word(s, x.b, x.e, "موجز") ||
           pt__ar_is_word(s, x.b, x.e, "ملخص");
}

bool
pt__is_summary_title(const char *s, size_t b, size_t e)
{
    slice x = {b, e};
    return is_summary(s, x);
}

/* Where the body begins: a paragraph, heading, contents, summary, footnote
 * star or opener line, or a full-width line. */
static bool
body_begins(const char *s, const pt_lines *lines, const pt_line *l)
{
    if (l->kind == PT_LINE_PARA || (l->kind == PT_LINE_HEADING && !l->annex))
        return true;
    slice x = content(l);
    if (is_contents(s, x) || is_summary(s, x))
        return true;
    if (pt__is_star_line(s, x.b, x.e))
        return true; /* a title's footnote: its star alone, then its text */
    /* the rule over the first page's footnotes, its title's "*" note
     * ("* The annex ... is circulated as received.") under it */
    if (l->kind == PT_LINE_RULE && l + 1 < lines->v + lines->n &&
        s[l[1].cstart] == '*')
        return true;
    return l->kind == PT_LINE_BODY &&
           l->width * 20 >= lines->typical_width * 17;
}

/* Lines an organ's name after the Distr. line may take, at most. */
#define ORGAN_LINES 3

/* Is line i, after the Distr. line, a piece of the organ's name ("المجلس"
 * over "الاقتصادي والاجتماعي": a right-to-left page read column by
 * column puts it there) with the symbol, the date or the Original line
 * still to come: a few words, no digits, and one of those within the
 * next ORGAN_LINES lines? */
static bool
organ_before_fields(const char *s, const pt_lines *lines, size_t i)
{
    char date[11];
    for (size_t k = i; k < lines->n && k <= i + ORGAN_LINES; k++) {
        slice x = content(&lines->v[k]);
        char symbol[SYMBOL_MAX];
        if (symbol_in(s, x).e || date_at_end(s, x, date) ||
            original_language(s, x).e || mirrored_symbol(s, x, symbol))
            return k > i;
        for (size_t j = x.b; j < x.e; j++)
            if (s[j] >= '0' && s[j] <= '9')
                return false;
        size_t words = pt__count_words(s, x.b, x.e);
        if (words == 0 || words > 4 || lines->v[k].kind != PT_LINE_BODY)
            return false;
    }
    return false;
}

/* The logical lines in lines[from, to) can be at most this many. */
#define LOGICAL_MAX MASTHEAD_MAX_LINES

pt_status
pt__masthead(pt_doc *doc, pt_lines *lines, size_t *body_start)
{
    const char *s = doc->text;
    pt_status rc = PT_OK;
    size_t i = 0, seen = 0, header_end = 0;
    bool signal = false;
    *body_start = 0;
    size_t first = 0;
    /* Is there a masthead?  Its header has a Distr. or Original: line. */
    for (size_t k = first; k < lines->n && seen < HEADER_MAX_LINES; k++) {
        slice x = content(&lines->v[k]);
        seen += !is_caption(s, x);
        if (is_label(&lines->v[k]))
            continue; /* an emblem's letters read as a numeral: "I." */
        if (body_begins(s, lines, &lines->v[k]))
            break; /* "1. Distr.: ..." is a paragraph */
        if (is_distr(s, x) || original_language(s, x).e) {
            signal = true;
            break;
        }
    }
    if (!signal) {
        if (first < lines->n && is_contents(s, content(&lines->v[first])))
            return pt__contents(doc, lines, first, body_start);
        return PT_OK;
    }

    /* The header: everything down to the Distr. line, then the date,
     * Original, language, job number, barcode and symbol lines. */
    bool distr_seen = false;
    char date[11];
    for (i = first, seen = 0; i < lines->n && seen < HEADER_MAX_LINES; i++) {
        pt_line *l = &lines->v[i];
        slice x = content(l), v = symbol_in(s, x);
        /* vertical text and, before Distr., the emblem take no room */
        seen += !is_fragment(s, x) && (distr_seen || !is_caption(s, x));
        if ((l->kind == PT_LINE_PARA || l->kind == PT_LINE_HEADING) &&
            (distr_seen || !is_label(l)))
            break;
        /* before Distr. every line is the header's; after it, a symbol
         * alone on its line still is */
        bool field = !distr_seen || (v.e && l->kind == PT_LINE_FURNITURE);
        if (is_distr(s, x))
            distr_seen = field = true;
        if (v.e && field && doc->meta_off[PT_META_SYMBOL] == PT_NONE)
            PT_CHECK(pt__meta_set(doc, PT_META_SYMBOL, s + v.b, v.e - v.b));
        char mirrored[SYMBOL_MAX];
        size_t nm = v.e ? 0 : mirrored_symbol(s, x, mirrored);
        if (nm && (field || l->kind == PT_LINE_FURNITURE)) {
            field = true;
            if (doc->meta_off[PT_META_SYMBOL] == PT_NONE)
                PT_CHECK(pt__meta_set(doc, PT_META_SYMBOL, mirrored, nm));
        }
        if (header_date(doc, s, x, date)) {
            field = true;
            if (doc->meta_off[PT_META_DATE] == PT_NONE)
                PT_CHECK(pt__meta_set(doc, PT_META_DATE, date, 10));
        }
        if ((v = original_language(s, x)).e) {
            field = true;
            if (doc->meta_off[PT_META_ORIGINAL_LANGUAGE] == PT_NONE)
                PT_CHECK(pt__meta_set(doc, PT_META_ORIGINAL_LANGUAGE,
                                      s + v.b, v.e - v.b));
        }
        char job[32];
        if (job_number(s, l, job, sizeof job)) {
            field = true;
            PT_CHECK(pt__job_number_meta(doc, l));
        }
        if (is_language_name(s, x) || is_distribution(s, x) ||
            is_fragment(s, x) || (l->kind == PT_LINE_FURNITURE &&
                                       l->role == PT_ROLE_BARCODE))
            field = true;
        if (!field && !(distr_seen && organ_before_fields(s, lines, i)))
            break;
        header_end = i + 1;
    }

    /* After the header: logical lines down to where the body begins. */
    logical v[LOGICAL_MAX], resolution = {0, 0, LOGICAL_OTHER, 0};
    size_t nv = 0, end = header_end, title_from = 0;
    bool opener = false, in_title = false, number_alone = false;
    for (i = header_end; i < lines->n && i - first < MASTHEAD_MAX_LINES; i++) {
        pt_line *l = &lines->v[i];
        /* a resolution's title after its number ("80/163. International
         * ...") and its lines down to a blank one or the opener */
        size_t from = title_from ? 0 : resolution_title_start(doc, s, content(l));
        if (number_alone && l->kind != PT_LINE_FURNITURE)
            from = l->cstart; /* "48/161." over its title */
        if (from == l->cend) {
            number_alone = true;
            end = i + 1;
            continue;
        }
        if (from) {
            resolution.first = resolution.last = i;
            title_from = from;
            in_title = true;
            number_alone = false;
            end = i + 1;
            continue;
        }
        if (in_title && !l->blanks_before && !is_opener(s, l) &&
            l->kind != PT_LINE_FURNITURE && l->kind != PT_LINE_PARA &&
            l->kind != PT_LINE_HEADING && i - resolution.first < TITLE_LINES_MAX) {
            resolution.last = i;
            end = i + 1;
            continue;
        }
        in_title = false;
        if (body_begins(s, lines, l))
            break;
        end = i + 1;
        if ((nv || title_from) && is_opener(s, l)) {
            opener = true;
            break;
        }
        slice x = content(l);
        /* a job number at the first page's foot, under the title */
        PT_CHECK(pt__job_number_meta(doc, l));
        if (l->kind == PT_LINE_FURNITURE || is_fragment(s, x))
            continue;
        logical *prev = nv ? &v[nv - 1] : NULL;
        if (prev &&
            (prev->kind == LOGICAL_OTHER || prev->kind == LOGICAL_SESSION) &&
            (ends_with_connector(s, content(&lines->v[prev->last])) ||
             starts_lower(s, x))) {
            prev->last = i;
            continue;
        }
        if (prev && prev->kind == LOGICAL_AGENDA && starts_lower(s, x)) {
            prev->last = i;
            continue;
        }
        if (nv == LOGICAL_MAX)
            break;
        v[nv].first = v[nv].last = i;
        v[nv].kind = logical_kind_of(s, x, &v[nv].items);
        nv++;
    }
    if (!opener && i - first >= MASTHEAD_MAX_LINES)
        end = header_end; /* no body start in sight: keep just the header */
    else if (title_from && opener)
        PT_CHECK(set_title(doc, lines, &resolution, title_from));
    else
        PT_CHECK(find_title(doc, lines, v, nv));
    for (i = first; i < end; i++)
        PT_CHECK(pt__region_line(doc, &lines->v[i], PT_REGION_MASTHEAD,
                                 PT_ROLE_NONE));
    *body_start = end;
    if (end < lines->n && is_contents(s, content(&lines->v[end])))
        PT_CHECK(pt__contents(doc, lines, end, body_start));
done:
    return rc;
}
