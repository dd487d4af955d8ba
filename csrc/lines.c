/*
 * lines.c: split the input into lines and classify each one.
 *
 * A line ends at any code point Python's str.splitlines() breaks at, so
 * that line numbers agree with what users see; \r\n counts once.  Each line records its content (the line
 * without surrounding white space) and its display width, CJK counting
 * two, which stands in for the width the PDF gave it: a line much shorter
 * than a full one ends a paragraph.
 *
 * Classification is local to the line; blocks.c decides in context
 * (a "12." line only starts paragraph 12 after paragraph 11).
 */
#include "internal.h"

#include <string.h>

/* A run of underscores this long at the end of a line is a footnote rule
 * even with other text before it (a cleaning tool's log puts the rule on
 * its "filtered str =>" line). */
#define RULE_MIN 5

static bool
is_underscore_run(const char *s, size_t b, size_t e)
{
    if (e - b < RULE_MIN)
        return false;
    for (size_t i = b; i < e; i++)
        if (s[i] != '_')
            return false;
    return true;
}

/* Trim white space and direction marks from both ends of s[*b, *e);
 * a line of marks alone keeps them, as nothing else owns them. */
static void
trim(const char *s, size_t len, uint32_t *b, uint32_t *e)
{
    size_t i = *b, j = *e, n;
    while (i < j && (pt__is_space(pt__decode(s, len, i, &n)) ||
                     pt__is_dirmark(pt__decode(s, len, i, &n))))
        i += n;
    while (j > i) {
        size_t p = pt__prev(s, j);
        uint32_t c = pt__decode(s, len, p, &n);
        if (!pt__is_space(c) && !pt__is_dirmark(c))
            break;
        j = p;
    }
    if (i == j) /* marks alone, or blank: only white space trimmed */
        for (i = *b, j = *e; i < j && pt__is_space(pt__decode(s, len, i, &n));)
            i += n;
    while (j > i && pt__is_space(pt__decode(s, len, pt__prev(s, j), &n)))
        j = pt__prev(s, j);
    *b = (uint32_t)i;
    *e = (uint32_t)j;
}

/* The display width of s[b, e): ASCII undecoded. */
static uint32_t
display_width(const char *s, size_t len, size_t b, size_t e)
{
    uint32_t w = 0;
    size_t n;
    for (size_t i = b; i < e; i += n) {
        unsigned char u = (unsigned char)s[i];
        if (u < 0x80 && i + 8 <= e && !(pt__load8(s + i) & PT_HIGHS)) {
            w += 8; /* eight ASCII characters */
            n = 8;
        } else if (u < 0x80) {
            w++;
            n = 1;
        } else if (pt__is_han_lead(u) ||
                   (u == 0xE3 && (unsigned char)s[i + 1] <= 0x83) ||
                   (u == 0xEF && (unsigned char)s[i + 1] == 0xBC)) {
            /* Han (U+5000-U+9FFF), CJK punctuation and kana (U+3000-U+30FF)
             * and full-width forms (U+FF00-U+FF3F): wide */
            w += 2;
            n = 3;
        } else {
            w += pt__width(pt__decode(s, len, i, &n));
        }
    }
    return w;
}

static pt_status
push_line(pt_vec *v, const pt_alloc *a, const char *s, size_t len,
          uint32_t start, uint32_t end, uint32_t *blanks)
{
    pt_line l;
    memset(&l, 0, sizeof l);
    l.cstart = start;
    l.cend = end;
    trim(s, len, &l.cstart, &l.cend);
    l.spaced_end = l.cend < end && s[l.cend] == ' ';
    if (l.cstart == l.cend) {
        if (*blanks < UINT32_MAX)
            (*blanks)++;
        return PT_OK;
    }
    l.blanks_before = *blanks < UINT8_MAX ? (uint8_t)*blanks : UINT8_MAX;
    *blanks = 0;
    /* A byte order mark before text, where files were joined: a line of
     * its own, which classifying makes a separator. */
    if (l.cend - l.cstart > 3 && memcmp(s + l.cstart, "\uFEFF", 3) == 0) {
        pt_line bom = l;
        bom.cend = l.cstart + 3;
        if (pt__vec_push(v, a, &bom) != PT_OK)
            return PT_E_NOMEM;
        l.cstart += 3;
        trim(s, len, &l.cstart, &l.cend);
        l.blanks_before = 0;
    }
    /* A rule at the end of a line with text before it: two lines. */
    if (l.cend - l.cstart > RULE_MIN && s[l.cend - 1] == '_') {
        uint32_t r = l.cend;
        while (r > l.cstart && s[r - 1] == '_')
            r--;
        if (r > l.cstart && l.cend - r >= RULE_MIN &&
            pt__is_space((unsigned char)s[r - 1])) {
            pt_line head = l;
            head.cend = r;
            trim(s, len, &head.cstart, &head.cend);
            head.width = display_width(s, len, head.cstart, head.cend);
            if (pt__vec_push(v, a, &head) != PT_OK)
                return PT_E_NOMEM;
            l.cstart = r;
            l.blanks_before = 0;
        }
    }
    l.width = display_width(s, len, l.cstart, l.cend);
    assert(l.cstart < l.cend && l.cend <= len);
    assert(v->n == 0 || PT_VEC_AT(*v, pt_line, v->n - 1).cend <= l.cstart);
    return pt__vec_push(v, a, &l);
}

/* The bytes that may begin a line terminator: most bytes are checked
 * against this table only. */
static const bool may_end_line[256] = {
    ['\n'] = true, ['\v'] = true, ['\f'] = true, ['\r'] = true,
    [0x1C] = true,  [0x1D] = true,  [0x1E] = true,
    [0xC2] = true,  /* U+0085 */
    [0xE2] = true}; /* U+2028, U+2029 */

/* May one of the eight bytes in w begin a line terminator?  True when one
 * is below 0x20, C2 or E2, which the table then decides. */
static inline bool
may_end_line_in(uint64_t w)
{
    return ((w - PT_ONES * 0x20) & ~w & PT_HIGHS) | pt__has_byte(w, 0xC2) |
           pt__has_byte(w, 0xE2);
}

pt_status
pt__lines_split(const char *s, size_t len, const pt_alloc *a,
                const pt_cancel *cancel, pt_lines *out)
{
    pt_vec v = PT_VEC_INIT(pt_line);
    pt_status rc = PT_OK;
    uint32_t blanks = 0; /* since the last line pushed */
    /* a byte order mark is not text; doc.c makes it a region */
    size_t start = len >= 3 && memcmp(s, "\uFEFF", 3) == 0 ? 3 : 0;
    size_t i = start;
    while (i < len) {
        if (i + 8 <= len && !may_end_line_in(pt__load8(s + i))) {
            i += 8;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        size_t tlen = 0; /* terminator length, 0 when s[i] is not one */
        if (!may_end_line[c]) {
            i++;
            continue;
        }
        if (c == '\n' || c == '\f' || c == '\v' || (c >= 0x1C && c <= 0x1E))
            tlen = 1;
        else if (c == '\r')
            tlen = (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
        else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0x85)
            tlen = 2;
        else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
                 ((unsigned char)s[i + 2] == 0xA8 ||
                  (unsigned char)s[i + 2] == 0xA9))
            tlen = 3;
        if (tlen == 0) {
            i++;
            continue;
        }
        PT_CHECK(push_line(&v, a, s, len, (uint32_t)start, (uint32_t)i, &blanks));
        if (v.n % PT_CANCEL_EVERY == 0 && pt__cancel_asked(cancel)) {
            rc = PT_E_CANCELLED;
            goto done;
        }
        i += tlen;
        start = i;
    }
    if (start < len)
        PT_CHECK(push_line(&v, a, s, len, (uint32_t)start, (uint32_t)len,
                           &blanks));
    out->trailing_blanks = blanks;
done:
    if (rc != PT_OK) {
        pt__vec_free(&v, a);
        return rc;
    }
    out->v = v.items;
    out->n = v.n;
    return PT_OK;
}

/* ---- lexical helpers -------------------------------------------------- */

static bool
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool
is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Length of a run of ASCII digits at s[i..e). */
static size_t
digits(const char *s, size_t i, size_t e)
{
    size_t k = i;
    while (k < e && is_digit(s[k]))
        k++;
    return k - i;
}

/* The digits after the first part of a number "19.29" whose first part
 * has d digits at s[b]: how many, or 0 where no dot and digit follow. */
static size_t
decimal_minor(const char *s, size_t b, size_t e, size_t d)
{
    return b + d + 1 < e && s[b + d] == '.' ? digits(s, b + d + 1, e) : 0;
}

/* The value of the digits s[b, e). */
static uint32_t
digits_value(const char *s, size_t b, size_t e)
{
    uint32_t v = 0;
    for (size_t k = b; k < e; k++)
        v = v * 10 + (uint32_t)(s[k] - '0');
    return v;
}

static bool
starts_with(const char *s, size_t b, size_t e, const char *lit)
{
    size_t n = strlen(lit);
    return e - b >= n && memcmp(s + b, lit, n) == 0;
}

/* The "/" parts of a symbol from s[i]: "/61/917", "/L.12/Rev.1".  How
 * many, or 0 when s[i, e) is not made of them. */
static size_t
slash_parts(const char *s, size_t i, size_t e)
{
    size_t slashes = 0;
    while (i < e) {
        if (s[i] != '/')
            return 0;
        size_t p = ++i;
        while (i < e && (is_upper(s[i]) || is_digit(s[i]) ||
                         (s[i] >= 'a' && s[i] <= 'z') || s[i] == '.' ||
                         s[i] == '-'))
            i++;
        if (i == p)
            return 0;
        slashes++;
    }
    return slashes;
}

/* The length of a Security Council resolution's year after its number,
 * " (2026)" at s[i, e) ("S/RES/2812 (2026)"), or 0. */
static size_t
resolution_year_len(const char *s, size_t i, size_t e)
{
    static const char form[] = " (dddd)";
    if (e - i < sizeof form - 1)
        return 0;
    for (size_t k = 0; k < sizeof form - 1; k++)
        if (form[k] == 'd' ? (unsigned)(s[i + k] - '0') > 9 : s[i + k] != form[k])
            return 0;
    return sizeof form - 1;
}

/* A UN document symbol: uppercase letters, then at least one "/" part
 * ("A/61/917", "CAC/COSP/WG.2/2018/CRP.1", "A/C.3/56/L.12/Rev.1",
 * "E/CN.7/2015/13", "S/2005/302", "A/HRC/S-4/5", "S/RES/2812 (2026)"). */
static bool
is_one_symbol(const char *s, size_t b, size_t e)
{
    size_t i = b;
    if (e - b > 7 && resolution_year_len(s, e - 7, e) && (unsigned)(s[e - 8] - '0') <= 9)
        e -= 7; /* "S/RES/2812 (2026)" */
    /* a part of a document, and its revision: "E/ESCWA/2017/EC.4/4(Part
     * II)", "E/ESCWA/EDID/2016/IG.1/4(Part I)/Rev.1" */
    static const char part[] = "(Part ";
    const char *open = e > b ? memchr(s + b, '(', e - b) : NULL;
    if (open && (size_t)(open - s) + sizeof part - 1 < e &&
        memcmp(open, part, sizeof part - 1) == 0) {
        size_t k = (size_t)(open - s), r = k + sizeof part - 1, close = r;
        while (close < e && s[close] != ')')
            close++;
        if (close == e || pt__roman_value(s, r, close) == 0 ||
            (close + 1 < e && !slash_parts(s, close + 1, e)))
            return false;
        e = k > b && s[k - 1] == '/' ? k - 1 : k; /* "4/(Part III)" */
    }
    while (i < e && is_upper(s[i]))
        i++;
    if (i == b || i - b > 6 || i == e || s[i] != '/')
        return false;
    return slash_parts(s, i, e) > 0;
}

/* A document symbol, or the joint symbol of a document issued to two
 * organs ("A/79/902–S/2025/371", its parts joined by en dashes). */
bool
pt__is_symbol(const char *s, size_t b, size_t e)
{
    static const char dash[] = "\u2013";
    size_t from = b; /* most tokens hold no dash's first byte at all */
    for (const char *p; (p = memchr(s + from, dash[0], e - from)) != NULL;) {
        size_t k = (size_t)(p - s);
        if (k + 3 <= e && memcmp(p, dash, 3) == 0) {
            if (!is_one_symbol(s, b, k))
                return false;
            b = k + 3;
        }
        from = k + 1;
    }
    return is_one_symbol(s, b, e);
}

/* A symbol with one slash doubled inside ("E/ESCWA//2017/1"), as a
 * typist's slip leaves it in a running header? */
static bool
is_symbol_doubled_slash(const char *s, size_t b, size_t e)
{
    char one[64];
    const char *d = e - b > 2 && e - b <= sizeof one ? memchr(s + b, '/', e - b)
                                                      : NULL;
    while (d && (size_t)(d - s) + 1 < e && d[1] != '/')
        d = memchr(d + 1, '/', e - (size_t)(d + 1 - s));
    if (!d || (size_t)(d - s) + 1 >= e)
        return false;
    size_t k = (size_t)(d - s) - b; /* the doubled slash's first */
    memcpy(one, s + b, k + 1);
    memcpy(one + k + 1, d + 2, e - b - k - 2);
    return pt__is_symbol(one, 0, e - b - 1);
}

/* The end of the word at s[i] (up to a space), "(Part II)" after a
 * symbol counted in: "E/ESCWA/2017/EC.4/4(Part II)" is one word, as is
 * "S/RES/2812 (2026)". */
size_t
pt__word_end(const char *s, size_t i, size_t e)
{
    const char *space = i < e ? memchr(s + i, ' ', e - i) : NULL;
    size_t w = space ? (size_t)(space - s) : e;
    if (w < e && w > i && (unsigned)(s[w - 1] - '0') <= 9 && resolution_year_len(s, w, e) &&
        memchr(s + i, '/', w - i))
        return w + resolution_year_len(s, w, e); /* "S/RES/2812 (2026)" */
    if (w < e && w - i > 5 && memcmp(s + w - 5, "(Part", 5) == 0) {
        const char *close = memchr(s + w, ')', e - w);
        if (close && close - (s + w) <= 8) {
            w = (size_t)(close - s) + 1;
            while (w < e && s[w] == '/') /* "(Part I)/Rev.1" */
                while (++w < e && s[w] != ' ' && s[w] != '/')
                    ;
        }
    }
    return w;
}

/* A job number: "07-35147", "V.18-03947", "GE.18-12345", "B26-00412",
 * with its language letter glued or not: "GE.18-05123(E)". */
bool
pt__is_job_number(const char *s, size_t b, size_t e)
{
    size_t i = b;
    if (e - b > 3 && s[e - 3] == '(' && is_upper(s[e - 2]) && s[e - 1] == ')')
        e -= 3;
    while (e > b && s[e - 1] == ' ')
        e--;
    while (i < e && is_upper(s[i]) && i - b < 3)
        i++;
    /* "GE.18-12345"; one office's letter glued, "B26-00412" (Bangkok) */
    if (i > b && !(i - b == 1 && i < e && s[i] >= '0' && s[i] <= '9')) {
        if (i == e || s[i] != '.')
            return false;
        i++;
    }
    return e - i == 8 && digits(s, i, e) == 2 && s[i + 2] == '-' &&
           digits(s, i + 3, e) == 5;
}

bool
pt__is_barcode(const char *s, size_t b, size_t e)
{
    return e - b >= 7 && s[b] == '*' && s[e - 1] == '*' &&
           digits(s, b + 1, e - 1) == e - b - 2;
}

/* A barcode in a Symbol font's private-use code points, as some
 * extractors give it: U+F02A U+F031 ... U+F02A for "*1...*". */
static bool
is_symbol_font_barcode(const char *s, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t i = b; i < e; i += 3, n++) {
        if (e - i < 3 || (unsigned char)s[i] != 0xEF ||
            (unsigned char)s[i + 1] != 0x80)
            return false;
        unsigned char c = (unsigned char)((unsigned char)s[i + 2] - 0x80);
        bool star = c == '*', digit = c >= '0' && c <= '9';
        if (!(star ? i == b || i + 3 == e : digit))
            return false;
    }
    return n >= 7;
}

/* "3", "3/10": a page number token. */
static bool
is_page_token(const char *s, size_t b, size_t e)
{
    size_t d = digits(s, b, e);
    if (e - b >= 3 && s[b] == '-' && s[e - 1] == '-') /* "-5-" */
        return digits(s, b + 1, e - 1) == e - b - 2 && e - b - 2 <= 4;
    size_t rule = b; /* "-----8": the closing rule glued to the page's number */
    while (rule < e && s[rule] == '-')
        rule++;
    if (rule - b >= 3 && rule < e)
        return digits(s, rule, e) == e - rule && e - rule <= 4;
    if (d == 0 || d > 4)
        return false;
    if (b + d == e)
        return true;
    /* "3/" is no page count: an old footnote's mark ("1/") */
    return s[b + d] == '/' && digits(s, b + d + 1, e) == e - b - d - 1 &&
           e - b - d - 1 >= 1 && e - b - d - 1 <= 4;
}

/* "/...": the mark at a page's foot that says the text goes on overleaf
 * (documents of the 1990s and before), as "./.." is in French ones. */
static bool
is_continuation_mark(const char *s, size_t b, size_t e)
{
    return (e - b == 4 && memcmp(s + b, "/...", 4) == 0) ||
           (e - b == 4 && memcmp(s + b, "./..", 4) == 0);
}

/* A footer link to the document itself, as the first page's foot shows
 * it ("http://undocs.org/ch/CAC/COSP/WG.2/2018/3").  Other United Nations
 * links alone on a line are a footnote's or a paragraph's text. */
static bool
is_footer_url(const char *s, size_t b, size_t e)
{
    static const char *const hosts[] = {"http://undocs.org/",
                                        "https://undocs.org/"};
    for (size_t k = 0; k < sizeof hosts / sizeof *hosts; k++)
        if (starts_with(s, b, e, hosts[k]) && !memchr(s + b, ' ', e - b))
            return true;
    return false;
}

/* A running header naming a part of a document as right-to-left
 * extraction mirrors its brackets: ")E/ESCWA/2017/EC.4/4(Part VI" for
 * "E/ESCWA/2017/EC.4/4(Part VI)".  (The unmirrored form, in English
 * documents, is left to their own rules.) */
static bool
is_mirrored_symbol_with_part(const char *s, size_t b, size_t e)
{
    size_t i = b + 1, m;
    if (b >= e || s[b] != ')')
        return false;
    while ((m = pt__dirmark_at(s, e, i)))
        i += m; /* ")\u202aE/..." */
    size_t open = i;
    while (open < e && s[open] != '(' && s[open] != ' ')
        open++;
    if (open >= e || s[open] != '(' || !pt__is_symbol(s, i, open) ||
        !starts_with(s, open + 1, e, "Part "))
        return false;
    size_t r = open + 6, k = r;
    while (k < e && (s[k] == 'I' || s[k] == 'V' || s[k] == 'X'))
        k++;
    return k > r && (k == e || (s[k] == '/' && e - k <= 8)); /* "/Rev.1" */
}

/* The recycling logo's words at a first page's foot, in the six
 * languages ("Please recycle", "请回收"), with the logo's sign or not. */
static bool
is_recycling_logo(const char *s, size_t len, size_t b, size_t e)
{
    if (pt__ar_recycling_words(s, len, b, e))
        return true;
    static const char *const words[] = {
        "Please recycle", "请回收", "Prière de recycler", "Merci de recycler",
        "Sírvase reciclar", "Se ruega reciclar",
        "Просьба отправить на вторичную переработку"};
    static const char sign[] = "\u2672"; /* ♲ */
    if (e - b >= sizeof sign - 1 && memcmp(s + e - (sizeof sign - 1), sign, sizeof sign - 1) == 0)
        e -= sizeof sign - 1;
    while (e > b && s[e - 1] == ' ')
        e--;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (e - b == strlen(words[k]) && memcmp(s + b, words[k], e - b) == 0)
            return true;
    return false;
}

/* The mark of a signature, in the six languages, before the signatory's
 * name and post. */
static const char *const signature_marks[] = {
    "(Signed)", "(Signé)", "(Signée)", "(Firmado)", "(Firmada)",
    "(Подпись)", "(подпись)", "（签名）", "(签名)", "(توقيع)"};

size_t
pt__signature_end(const char *s, size_t b, size_t e)
{
    for (size_t k = 0; k < sizeof signature_marks / sizeof *signature_marks; k++) {
        size_t m = strlen(signature_marks[k]);
        if (e - b >= m && memcmp(s + b, signature_marks[k], m) == 0)
            return b + m;
    }
    return 0;
}

/* The words of a note on the languages a text is issued in ("[English
 * only]", "[anglais seulement]", "[Español únicamente]", "[только на
 * английском языке]", "[بالإنكليزية فقط]", "[仅有英文]"). */
static const char *const only_words[] = {
    "only", "seulement", "únicamente", "solamente", "solo", "sólo",
    "только", "فقط", "仅", "只有"};

/* Is s[b, e) such a note, in square brackets alone on its line (under an
 * annex's heading, where it is no part of the title)? */
static bool
is_language_note(const char *s, size_t b, size_t e)
{
    bool open = s[b] == '[' || (e - b >= 3 && memcmp(s + b, "［", 3) == 0);
    bool close = s[e - 1] == ']' || (e - b >= 3 && memcmp(s + e - 3, "］", 3) == 0);
    if (!open || !close || e - b > 64)
        return false;
    for (size_t k = 0; k < sizeof only_words / sizeof *only_words; k++) {
        size_t m = strlen(only_words[k]);
        for (size_t i = b; i + m <= e; i++)
            if (memcmp(s + i, only_words[k], m) == 0)
                return true;
    }
    return false;
}

/* Page furniture: a footer link, or a line made only of a job number,
 * its language letter and print date, a barcode, a page number and the
 * document symbol.  Returns the role, or PT_ROLE_NONE. */
static pt_role
furniture_role(const char *s, size_t len, size_t b, size_t e)
{
    if (is_footer_url(s, b, e))
        return PT_ROLE_URL;
    if (is_language_note(s, b, e))
        return PT_ROLE_NOTE;
    if (is_mirrored_symbol_with_part(s, b, e))
        return PT_ROLE_HEADER;
    if (is_recycling_logo(s, len, b, e))
        return PT_ROLE_BARCODE; /* the logo stands by the barcode */
    bool job = false, bar = false, sym = false, page = false, other = false;
    bool sep = true;
    size_t nsep = 0;
    for (size_t i = b; i < e;) {
        while (i < e && s[i] == ' ')
            i++;
        size_t t = i;
        i = pt__word_end(s, i, e);
        if (t == i)
            break;
        for (size_t k = t; k < i && sep; k++) {
            char c = s[k];
            if (c == '*' || c == '=' || c == '-' || c == '_' || c == '.')
                nsep++;
            else
                sep = false;
        }
        if (other && !sep)
            return PT_ROLE_NONE; /* text, not furniture: look no further */
        if (pt__is_job_number(s, t, i))
            job = true;
        else if (pt__is_barcode(s, t, i) || is_symbol_font_barcode(s, t, i))
            bar = true;
        else if ((pt__is_symbol(s, t, i) || is_symbol_doubled_slash(s, t, i)) &&
                 s[i - 1] != '.')
            sym = true; /* "… in document\nA/61/917." ends a sentence */
        else if (i - t == 4 && memcmp(s + t, "Page", 4) == 0)
            ; /* "Page 3" */
        else if (is_page_token(s, t, i))
            page = true;
        else if (i - t == 3 && s[t] == '(' && is_upper(s[t + 1]) &&
                 s[t + 2] == ')')
            ; /* the language letter after a job number: "(E)" */
        else if (i - t == 6 && digits(s, t, i) == 6)
            ; /* a print date after a job number: "230507" */
        else if (i - t == 8 && s[t] == 'T' && s[t + 1] == 'P' && digits(s, t + 2, i) == 6)
            job = true; /* ... as Bangkok prints it, "TP060326" */
        else if ((i - t == 1 && s[t] == '-'))
            ; /* "- 3 -" */
        else
            other = true;
    }
    if (sep && nsep >= 3)
        return PT_ROLE_SEPARATOR;
    if (other)
        return PT_ROLE_NONE;
    if (job)
        return PT_ROLE_JOB_NUMBER;
    if (bar)
        return PT_ROLE_BARCODE;
    if (sym)
        return PT_ROLE_HEADER;
    if (page)
        return PT_ROLE_PAGE_NUMBER;
    return PT_ROLE_NONE;
}

/* A "* * *" separator made of stars with spaces between them. */
static bool
is_star_separator(const char *s, size_t b, size_t e)
{
    size_t stars = 0;
    for (size_t i = b; i < e; i++) {
        if (s[i] == '*')
            stars++;
        else if (s[i] != ' ')
            return false;
    }
    return stars >= 3;
}

static const char *const romans[] = {
    "I",   "II",   "III",   "IV",  "V",    "VI",    "VII",    "VIII",
    "IX",  "X",    "XI",    "XII", "XIII", "XIV",   "XV",     "XVI",
    "XVII", "XVIII", "XIX", "XX",  "XXI",  "XXII",  "XXIII",  "XXIV",
    "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX"};

unsigned
pt__roman_value(const char *s, size_t b, size_t e)
{
    for (unsigned k = 0; k < sizeof romans / sizeof *romans; k++)
        if (strlen(romans[k]) == e - b && memcmp(romans[k], s + b, e - b) == 0)
            return k + 1;
    return 0;
}

static bool
is_cjk_numeral(uint32_t c)
{
    switch (c) {
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94:
    case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341:
        return true; /* 一二三四五六七八九十 */
    default:
        return false;
    }
}

/* After a heading or paragraph number: a dot (ASCII, full-width or the
 * ideographic comma) and then white space, the end, or (for CJK text) a
 * character that is not a digit. Returns the index after the dot or 0. */
static size_t
after_dot(const char *s, size_t len, size_t i, size_t e, bool allow_comma)
{
    size_t n;
    if (i >= e)
        return 0;
    uint32_t c = pt__decode(s, len, i, &n);
    if (c != '.' && c != 0xFF0E && !(allow_comma && c == 0x3001))
        return 0;
    i += n;
    if (i == e)
        return i;
    c = pt__decode(s, len, i, &n);
    if (pt__is_space(c) || pt__is_cjk(c))
        return i;
    return 0;
}

static size_t
skip_space(const char *s, size_t len, size_t i, size_t e)
{
    size_t n;
    while (i < e && pt__is_space(pt__decode(s, len, i, &n)))
        i += n;
    return i;
}

/* Where a line's trailing footnote stars ("Annex*", "Annex II**") start,
 * or e. */
static size_t
before_stars(const char *s, size_t b, size_t e)
{
    size_t i = e;
    while (i > b && s[i - 1] == '*' && e - i < 3)
        i--;
    return i;
}

unsigned
pt__cjk_numeral_value(const char *s, size_t b, size_t e)
{
    static const uint32_t digits[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                      0x516D, 0x4E03, 0x516B, 0x4E5D};
    unsigned v = 0, unit = 0;
    size_t n;
    for (size_t i = b; i < e; i += n) {
        uint32_t c = pt__decode(s, e, i, &n);
        if (c == 0x5341 && v == 0) { /* 十 */
            v = (unit ? unit : 1) * 10;
            unit = 0;
            continue;
        }
        unsigned d = 0;
        while (d < 9 && digits[d] != c)
            d++;
        if (d == 9 || unit)
            return 0;
        unit = d + 1;
    }
    return v + unit;
}

/* The words an annex's heading begins with in English, French, Spanish
 * and Russian, a longer before one it begins with (Arabic's, with their
 * ordinals, are arabic.c's). */
static const char *const annex_words[] = {
    "Annexe", "ANNEXE", "Annex", "ANNEX", "Anexo", "ANEXO",
    "Приложение", "ПРИЛОЖЕНИЕ"};

/* What follows an annex's word (and numeral) where the annex is a letter's
 * or a note's, whose whole line then is its title ("Annex to the letter
 * dated ...", "Annexe à la lettre datée du ...", "Anexo de la carta de
 * fecha ...", "Приложение к письму ..."); a Chinese title ends so
 * ("...给秘书长的信的附件"). */
static const char *const annexed_to[] = {
    " to the letter", " to the identical letters", " to the note verbale",
    " à la lettre", " de la lettre", " aux lettres identiques", " à la note verbale",
    " de la carta", " de las cartas idénticas", " de la nota verbal",
    " к письму", " к идентичным письмам", " к вербальной ноте"};
static const char *const annexed_to_zh[] = {"的信的附件", "照会的附件", "的信件的附件"};

static bool
ends_with(const char *s, size_t b, size_t e, const char *lit)
{
    size_t n = strlen(lit);
    return e - b >= n && memcmp(s + e - n, lit, n) == 0;
}

/* Is s[i, e) the rest of a line that annexes its annex to a letter? */
static bool
annexed_to_letter(const char *s, size_t i, size_t e)
{
    for (size_t k = 0; k < sizeof annexed_to / sizeof *annexed_to; k++) {
        size_t end = i + strlen(annexed_to[k]);
        if (starts_with(s, i, e, annexed_to[k]) && (end == e || s[end] == ' '))
            return true; /* the word whole: not "to the letters of" */
    }
    return false;
}

bool
pt__annex_line(const char *s, size_t len, size_t b, size_t e, char numeral[8],
               bool *titled)
{
    e = before_stars(s, b, e);
    numeral[0] = '\0';
    *titled = false;
    for (size_t k = 0; k < sizeof annexed_to_zh / sizeof *annexed_to_zh; k++)
        if (ends_with(s, b, e, annexed_to_zh[k]) && e - b > strlen(annexed_to_zh[k]))
            return *titled = true;
    if (starts_with(s, b, e, "附件")) {
        /* 附件二: "Annex II", as English numbers it */
        unsigned v = pt__cjk_numeral_value(s, b + 6, e);
        if (b + 6 < e && (v == 0 || v > sizeof romans / sizeof *romans))
            return false;
        if (v)
            strcpy(numeral, romans[v - 1]);
        return true;
    }
    for (size_t w = 0; w < sizeof annex_words / sizeof *annex_words; w++) {
        size_t after = b + strlen(annex_words[w]);
        if (!starts_with(s, b, e, annex_words[w]))
            continue;
        if (annexed_to_letter(s, after, e))
            return *titled = true;
        size_t i = skip_space(s, len, after, e), end = i;
        if (i == e)
            return true;
        while (end < e && s[end] != ' ')
            end++;
        if (end < e && annexed_to_letter(s, end, e))
            *titled = true; /* "Annex I to the letter dated ..." */
        else
            end = e;
        if (i == after || end - i > 7 ||
            !(pt__roman_value(s, i, end) > 0 || (end - i == 1 && is_upper(s[i])))) {
            *titled = false;
            return false;
        }
        memcpy(numeral, s + i, end - i);
        numeral[end - i] = '\0';
        return true;
    }
    return false;
}

/* An Arabic paragraph number ("-3" alone or glued to its text) or
 * heading numeral ("أولاً -"): sets the line's kind. */
static bool
arabic_numbered(const char *s, size_t len, pt_line *l)
{
    size_t text, end;
    uint32_t value;
    const char *word;
    bool tanween;
    if ((end = pt__ar_page_then_number(s, len, l->cstart, l->cend))) {
        /* the page's number, which blocks.c sets apart, then the
         * paragraph's, read again there */
        l->kind = PT_LINE_PARA;
        l->role = PT_ROLE_PAGE_NUMBER;
        l->num_value = 0;
        text = end;
    } else if ((end = pt__ar_paragraph_number(s, len, l->cstart, l->cend,
                                              &value, &text))) {
        l->kind = PT_LINE_PARA;
        l->num_value = value;
    } else if ((text = pt__ar_heading_numeral(s, len, l->cstart, l->cend,
                                              &word, &tanween, &end))) {
        l->kind = PT_LINE_HEADING;
    } else {
        return false;
    }
    l->num_end = (uint32_t)end;
    l->text_start = (uint32_t)text;
    return true;
}

/* Has s[b, e) no lower-case letter (a title set in capitals)? */
static bool
no_lower_case(const char *s, size_t len, size_t b, size_t e)
{
    size_t n;
    for (size_t i = b; i < e; i += n)
        if (pt__is_lower(pt__decode(s, len, i, &n)))
            return false;
    return true;
}

/* A front-matter page's number alone on its line, in lower-case Roman
 * numerals ("iii", "xii"); not "x" alone, a table's tick. */
static bool
is_front_matter_page(const char *s, size_t b, size_t e)
{
    char upper[8];
    if (e - b > sizeof upper || (e - b == 1 && s[b] == 'x'))
        return false;
    for (size_t i = b; i < e; i++) {
        if (s[i] != 'i' && s[i] != 'v' && s[i] != 'x')
            return false;
        upper[i - b] = (char)(s[i] - 'a' + 'A');
    }
    return pt__roman_value(upper, 0, e - b) != 0;
}

/* Words before the first comma of a line that ends in one, at least,
 * for a title (a name that wraps, "A. Smith, who", "L. Meyer, “Title”,",
 * has fewer). */
#define TITLE_WORDS_AT_COMMA 4

/* How many words s[b, e) has before its first comma, by its spaces. */
static size_t
words_before_comma(const char *s, size_t b, size_t e)
{
    size_t n = 1;
    for (size_t i = b + 1; i < e && s[i] != ',' && s[i] != ';'; i++)
        n += s[i] == ' ' && s[i - 1] != ' ';
    return n;
}

static void
classify(const char *s, size_t len, pt_line *l, bool arabic)
{
    size_t b = l->cstart, e = l->cend, n;
    l->kind = PT_LINE_BODY;
    if (pt__dirmark_at(s, len, b)) { /* direction marks alone */
        l->kind = PT_LINE_FURNITURE;
        l->role = PT_ROLE_NONE;
        return;
    }
    if (is_underscore_run(s, b, e)) {
        l->kind = PT_LINE_RULE;
        l->role = PT_ROLE_RULE;
        return;
    }
    pt_role role = furniture_role(s, len, b, e);
    if (role == PT_ROLE_NONE && (is_star_separator(s, b, e) ||
                                 (e - b == 3 && memcmp(s + b, "\uFEFF", 3) == 0)))
        role = PT_ROLE_SEPARATOR;
    if (role == PT_ROLE_NONE && is_front_matter_page(s, b, e))
        role = PT_ROLE_PAGE_NUMBER;
    if (role != PT_ROLE_NONE || is_continuation_mark(s, b, e)) {
        l->kind = PT_LINE_FURNITURE;
        l->role = (uint8_t)role;
        return;
    }
    /* "12. text", "12." alone, "12.text" in CJK; "19.29 Text", a
     * programme's paragraph 29 (its value), in programme 19 */
    size_t d = digits(s, b, e);
    if (d >= 1 && d <= 3 && s[b] != '0') {
        size_t t = after_dot(s, len, b + d, e, false), num = b + d;
        size_t minor = decimal_minor(s, b, e, d);
        if (!t && minor >= 1 && minor <= 3 && b + d + 1 + minor + 1 < e &&
            s[b + d + 1 + minor] == ' ' && is_upper(s[b + d + 2 + minor])) {
            num = b + d + 1 + minor;
            t = num;
        }
        if (t) {
            l->kind = PT_LINE_PARA;
            l->num_end = (uint32_t)num;
            l->text_start = (uint32_t)skip_space(s, len, t, e);
            l->num_value = digits_value(s, num - (num == b + d ? d : minor), num);
            return;
        }
    }
    if (arabic && arabic_numbered(s, len, l))
        return;
    char numeral[8];
    bool titled;
    if (pt__annex_line(s, len, b, e, numeral, &titled) ||
        (arabic && pt__ar_annex(s, len, b, e))) {
        l->kind = PT_LINE_HEADING;
        /* 2: a title that ends where the line does ("...的信的附件") */
        l->annex = titled && ends_with(s, b, e, "附件") ? 2 : 1;
        /* the stars: a mark; a letter's annex is titled by its line */
        l->num_end = titled ? (uint32_t)b : (uint32_t)before_stars(s, b, e);
        l->text_start = l->num_end;
        return;
    }
    /* "III. Title", "A. Title", "三. 标题", "三、标题" */
    size_t k = b;
    bool cjk = false;
    while (k < e && is_upper(s[k]))
        k++;
    if (k == b) {
        while (k < e && is_cjk_numeral(pt__decode(s, len, k, &n)))
            k += n;
        cjk = k > b;
    }
    if (k == b || k - b > 12)
        return;
    if (!cjk && !(k - b == 1 || pt__roman_value(s, b, k)))
        return;
    size_t t = after_dot(s, len, k, e, cjk);
    /* "B . 农业": a space before the dot, in Chinese text */
    size_t dot = k;
    while (!t && dot < e && s[dot] == ' ' && dot - k < 2)
        dot++;
    if (!t && dot > k && (t = after_dot(s, len, dot, e, false)) &&
        (skip_space(s, len, t, e) >= e || /* the line ends at the dot */
         !pt__is_cjk(pt__decode(s, len, skip_space(s, len, t, e), &n))))
        t = 0;
    if (!t)
        return;
    t = skip_space(s, len, t, e);
    if (t < e) {
        uint32_t c = pt__decode(s, len, t, &n);
        /* a heading's text starts like a title, and a wrapped sentence
         * ("... by John\nA. Smith, who") does not end in a comma */
        if (!(pt__is_upper(c) || pt__is_cjk(c) || pt__is_ascii_digit(c) ||
              c == 0x201C || c == '"'))
            return;
        char last = s[e - 1];
        if ((last == ',' || last == ';') && !no_lower_case(s, len, t, e) &&
            words_before_comma(s, t, e) < TITLE_WORDS_AT_COMMA)
            return; /* a title in capitals, or of some words, may wrap at
                       its comma ("C. Public debt is high,") */
    }
    l->kind = PT_LINE_HEADING;
    l->num_end = (uint32_t)k;
    l->text_start = (uint32_t)t;
    l->num_value = cjk ? 0 : pt__roman_value(s, b, k);
}

/* Widths above this are counted as this: a full line is never wider. */
#define WIDTH_CAP 512

/* Lines from a job number to the print date beside it, at most. */
#define PRINT_DATE_REACH 2

/* Is the line a print date alone, "030331" (day, month, year)? */
static bool
is_print_date(const char *s, const pt_line *l)
{
    uint32_t b = l->cstart;
    if (l->kind != PT_LINE_BODY || l->cend - b != 6 || digits(s, b, l->cend) != 6)
        return false;
    int day = (s[b] - '0') * 10 + s[b + 1] - '0';
    int month = (s[b + 2] - '0') * 10 + s[b + 3] - '0';
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/* A page's footer as some extractors give it, its parts on lines of
 * their own ("31-01234 (E)", then "030331", then the barcode): the print
 * date next to the job number is furniture, as on the job number's line. */
static void
mark_print_dates(const char *s, pt_lines *lines)
{
    for (size_t i = 0; i < lines->n; i++) {
        pt_line *l = &lines->v[i];
        if (!is_print_date(s, l))
            continue;
        size_t lo = i > PRINT_DATE_REACH ? i - PRINT_DATE_REACH : 0;
        for (size_t j = lo; j < lines->n && j <= i + PRINT_DATE_REACH; j++)
            if (lines->v[j].kind == PT_LINE_FURNITURE &&
                lines->v[j].role == PT_ROLE_JOB_NUMBER) {
                l->kind = PT_LINE_FURNITURE;
                l->role = PT_ROLE_NONE;
                break;
            }
    }
}

/* Words the line after a "37.1" alone has at least: a sentence's, which
 * a table's next cell is not. */
#define ITEM_TEXT_WORDS 5

/* "37.1" alone on its line, a sentence on the next (a report's
 * recommendations under its paragraph 37): a numbered line, which the
 * assembler takes only where paragraph 37 stands before it. */
static void
mark_decimal_items(const char *s, pt_lines *lines)
{
    for (size_t i = 0; i + 1 < lines->n; i++) {
        pt_line *l = &lines->v[i];
        size_t b = l->cstart, e = l->cend, d = digits(s, b, e);
        if (l->kind != PT_LINE_BODY || d < 1 || d > 3 || s[b] == '0')
            continue;
        size_t minor = decimal_minor(s, b, e, d);
        if (minor < 1 || minor > 3 || b + d + 1 + minor != e)
            continue;
        const pt_line *next = &lines->v[i + 1];
        size_t k = i + 1;
        while (k + 1 < lines->n && lines->v[k].kind == PT_LINE_FURNITURE)
            next = &lines->v[++k];
        /* nor a table's note after its last cell ("Source: ...") */
        size_t w = pt__word_end(s, next->cstart, next->cend);
        if (next->kind != PT_LINE_BODY || !is_upper(s[next->cstart]) ||
            pt__count_words(s, next->cstart, next->cend) < ITEM_TEXT_WORDS ||
            s[w - 1] == ':')
            continue;
        l->kind = PT_LINE_PARA;
        l->num_end = l->text_start = (uint32_t)e;
        l->num_value = digits_value(s, b + d + 1, e);
    }
}

/* Distinct lines beside running headers a document is looked at for. */
#define RUNNING_TITLES 32

/* The shortest and the longest running title, in bytes (a line's worth of
 * Cyrillic or Arabic letters, two bytes each): shorter lines beside a
 * header ("Date/time") are a table's head, as are those in brackets
 * ("(Arabic only)"). */
#define RUNNING_TITLE_MIN 12
#define RUNNING_TITLE_MAX 256

/* The lines of a first page, at most: where a document's title stands. */
#define FIRST_PAGE_LINES 40

/* Is c spacing or punctuation that a title's line breaks and an
 * extractor's direction marks move about (" ،" for "، ")? */
static bool
movable(uint32_t c)
{
    return (c < 0x80 && !(c >= '0' && c <= '9') && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ||
           pt__is_dirmark(c) || c == 0x060C || c == 0x061B || c == 0x3001 || c == 0xFF0C;
}

/* The letter or digit before s[*i] in the line [b, e): it, and *i moved
 * back to it; 0 when there is none. */
static uint32_t
letter_before(const char *s, size_t b, size_t e, size_t *i)
{
    size_t n;
    while (*i > b) {
        *i = pt__prev(s, *i);
        uint32_t c = pt__decode(s, e, *i, &n);
        if (!movable(c))
            return c;
    }
    return 0;
}

/* Do the letters and digits of line t end those of line l, or of l and
 * then line next (NULL: l alone), what is before them on l being a
 * number or nothing ("80/247. ", "-247/80")? */
static bool
title_letters_end(const char *s, const pt_line *t, const pt_line *l,
                  const pt_line *next)
{
    size_t i = t->cend, j = next ? next->cend : l->cend;
    const pt_line *in = next ? next : l;
    uint32_t c;
    bool matched = false;
    while ((c = letter_before(s, t->cstart, t->cend, &i))) {
        matched = true;
        uint32_t d = letter_before(s, in->cstart, in->cend, &j);
        if (!d && in == next) {
            in = l;
            j = l->cend;
            d = letter_before(s, l->cstart, l->cend, &j);
        }
        if (c != d)
            return false;
    }
    if (!matched || in != l)
        return false;
    while ((c = letter_before(s, l->cstart, l->cend, &j)))
        if (c > '9')
            return false;
    return true;
}

/* Does the text of line t stand as a line of the first page too, before
 * t, or at its end after a number, as a running title repeats the
 * document's title ("80/247. 改善全球道路安全")?  Compared by their letters
 * and digits: punctuation moves about in a right-to-left line. */
static bool
on_first_page(const char *s, const pt_lines *lines, const pt_line *t)
{
    for (size_t i = 0; i < lines->n && i < FIRST_PAGE_LINES; i++) {
        const pt_line *l = &lines->v[i];
        if (l == t)
            return false;
        /* the whole line, or its end after a number; or that and the
         * next line, where the title runs over two */
        const pt_line *next = i + 1 < lines->n && &lines->v[i + 1] != t ? &lines->v[i + 1] : NULL;
        if (title_letters_end(s, t, l, NULL) ||
            (next && title_letters_end(s, t, l, next)))
            return true;
    }
    return false;
}

/* The letters and digits of s[b, e), as movable() leaves them, into
 * out[*len, cap); false where they do not fit. */
static bool
append_letters(const char *s, size_t b, size_t e, char *out, size_t *len, size_t cap)
{
    size_t n;
    for (size_t i = b; i < e; i += n) {
        uint32_t c = pt__decode(s, e, i, &n);
        if (movable(c))
            continue;
        if (*len + n > cap)
            return false;
        memcpy(out + *len, s + i, n);
        *len += n;
    }
    return true;
}

/* The fewest bytes of letters two lines found inside the first page's
 * have: a title, not a table's head that may stand anywhere. */
#define INSIDE_TITLE_MIN 40

/* The letters of a document's first lines, as movable() leaves them:
 * page[0, upto[i]) are those of its first i lines. */
typedef struct first_page {
    char page[4096];
    size_t upto[FIRST_PAGE_LINES + 1];
} first_page;

static void
first_page_letters(const char *s, const pt_lines *lines, first_page *fp)
{
    size_t len = 0;
    bool full = false;
    fp->upto[0] = 0;
    for (size_t i = 0; i < FIRST_PAGE_LINES; i++) {
        if (!full && i < lines->n)
            full = !append_letters(s, lines->v[i].cstart, lines->v[i].cend, fp->page, &len,
                                   sizeof fp->page);
        fp->upto[i + 1] = len;
    }
}

/* Do the letters of lines a and b, one after the other, stand inside
 * those of the first page's lines before them, as a running title's two
 * lines do that break elsewhere than the first page's ("Aplicación de la
 * Convención ... en los" over "Países Afectados ... en África")? */
static bool
pair_inside_first_page(const char *s, const pt_lines *lines, const first_page *fp,
                       const pt_line *a, const pt_line *b)
{
    char title[8 * RUNNING_TITLE_MAX];
    size_t tlen = 0, before = (size_t)((a < b ? a : b) - lines->v);
    size_t plen = fp->upto[before < FIRST_PAGE_LINES ? before : FIRST_PAGE_LINES];
    if (!append_letters(s, a->cstart, a->cend, title, &tlen, sizeof title) ||
        !append_letters(s, b->cstart, b->cend, title, &tlen, sizeof title) ||
        tlen < INSIDE_TITLE_MIN)
        return false;
    for (size_t k = 0; k + tlen <= plen; k++)
        if (memcmp(fp->page + k, title, tlen) == 0)
            return true;
    return false;
}

/* A resolution's or a report's short title, printed beside the symbol at
 * the head of each page ("A/RES/80/247" over "改善全球道路安全"): a line
 * next to a running header that is the same beside two of them or more,
 * and stands in the first page's title, is furniture too.  Text beside
 * one header only is left as it is; a table's head repeated on its pages
 * is no title. */
static void
mark_running_titles(const char *s, pt_lines *lines)
{
    struct {
        uint32_t b, len, count;
    } seen[RUNNING_TITLES];
    size_t nseen = 0;
    first_page fp;
    first_page_letters(s, lines, &fp);
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < lines->n; i++) {
            const pt_line *h = &lines->v[i];
            if (h->kind != PT_LINE_FURNITURE || h->role != PT_ROLE_HEADER)
                continue;
            /* on each side the line beside the header, and the one out
             * beyond it where a title runs over two */
            for (int side = -1; side <= 1; side += 2) {
                pt_line *t[2] = {NULL, NULL};
                size_t count[2] = {0, 0};
                for (size_t d = 1; d <= 2; d++) {
                    size_t j = side < 0 ? i - d : i + d;
                    if ((side < 0 && i < d) || j >= lines->n)
                        break;
                    pt_line *l = &lines->v[j];
                    uint32_t n = l->cend - l->cstart;
                    if (l->kind != PT_LINE_BODY || n < RUNNING_TITLE_MIN ||
                        n > RUNNING_TITLE_MAX || s[l->cstart] == '(')
                        break;
                    size_t k = 0;
                    while (k < nseen && !(seen[k].len == n &&
                                          memcmp(s + seen[k].b, s + l->cstart, n) == 0))
                        k++;
                    if (pass == 0 && k < nseen) {
                        seen[k].count++;
                    } else if (pass == 0 && nseen < RUNNING_TITLES) {
                        seen[nseen].b = l->cstart;
                        seen[nseen].len = n;
                        seen[nseen++].count = 1;
                    }
                    t[d - 1] = l;
                    count[d - 1] = k < nseen ? seen[k].count : 0;
                }
                if (pass == 0 || !t[0] || count[0] < 2)
                    continue;
                /* the title's line beside the header; or both, in the
                 * first page's title one after the other */
                bool pair = t[1] && count[1] >= 2 &&
                            (side > 0 ? pair_inside_first_page(s, lines, &fp, t[0], t[1])
                                      : pair_inside_first_page(s, lines, &fp, t[1], t[0]));
                if (pair || on_first_page(s, lines, t[0]))
                    for (size_t d = 0; d < (pair ? 2u : 1u); d++) {
                        t[d]->kind = PT_LINE_FURNITURE;
                        t[d]->role = PT_ROLE_HEADER;
                    }
            }
        }
}

/* Does line l end a sentence or a Chinese block (its last character a
 * stop or a closing bracket; or it is no text)? */
static bool
ends_a_sentence_zh(const char *s, size_t len, const pt_line *l)
{
    if (l->kind != PT_LINE_BODY && l->kind != PT_LINE_PARA)
        return true;
    size_t n;
    uint32_t c = pt__decode(s, len, pt__prev(s, l->cend), &n);
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1A || c == 0xFF09 ||
           c == '.' || c == ':' || c == ')';
}

/* Does line l, numbered "二十一、" as a Chinese heading is, go on from the
 * line before, which the extractor cut after the ordinal's "第" ("第二十、第"
 * over "二十一、第二十五和第二十七条")? */
static bool
continues_an_ordinal(const char *s, const pt_line *before, const pt_line *l)
{
    static const char ordinal[] = "第";
    size_t m = sizeof ordinal - 1;
    return (l->kind == PT_LINE_HEADING || l->kind == PT_LINE_PARA) && !l->blanks_before &&
           before->kind != PT_LINE_RULE && before->kind != PT_LINE_FURNITURE &&
           before->cend - before->cstart >= m &&
           memcmp(s + before->cend - m, ordinal, m) == 0;
}

pt_status
pt__lines_classify(const char *s, size_t len, const pt_cancel *cancel,
                   pt_lines *lines)
{
    uint32_t counts[WIDTH_CAP + 1];
    size_t nonblank = 0, followed_by_blank = 0;
    memset(counts, 0, sizeof counts);
    for (size_t i = 0; i < lines->n; i++) {
        pt_line *l = &lines->v[i];
        if (i % PT_CANCEL_EVERY == PT_CANCEL_EVERY - 1 &&
            pt__cancel_asked(cancel))
            return PT_E_CANCELLED;
        classify(s, len, l, lines->arabic);
        if (i > 0 && continues_an_ordinal(s, &lines->v[i - 1], l))
            l->kind = PT_LINE_BODY;
        if (l->annex == 2 && i > 0 && !l->blanks_before &&
            !ends_a_sentence_zh(s, len, &lines->v[i - 1])) {
            l->kind = PT_LINE_BODY; /* "...的信的附件" inside a paragraph */
            l->annex = 0;
        }
        /* a number starts the content, its text follows; a letter's
         * annex is numbered "Annex" by its whole line, all of it text */
        assert((l->kind != PT_LINE_PARA && l->kind != PT_LINE_HEADING) ||
               (l->cstart < l->num_end && l->num_end <= l->text_start &&
                l->text_start <= l->cend) ||
               (l->annex && l->num_end == l->cstart && l->text_start == l->cstart));
        nonblank++;
        if (i + 1 < lines->n ? lines->v[i + 1].blanks_before > 0
                             : lines->trailing_blanks > 0)
            followed_by_blank++;
        if (l->kind == PT_LINE_BODY || l->kind == PT_LINE_PARA)
            counts[l->width > WIDTH_CAP ? WIDTH_CAP : l->width]++;
    }
    mark_print_dates(s, lines);
    mark_running_titles(s, lines);
    mark_decimal_items(s, lines);
    /* A full line: the 90th percentile of text line widths. */
    size_t total = 0, seen = 0;
    for (size_t w = 0; w <= WIDTH_CAP; w++)
        total += counts[w];
    lines->typical_width = 0;
    for (size_t w = 0; w <= WIDTH_CAP && total; w++) {
        seen += counts[w];
        if (seen * 10 >= total * 9) {
            lines->typical_width = (uint32_t)w;
            break;
        }
    }
    lines->double_spaced =
        nonblank >= 4 && followed_by_blank * 10 >= nonblank * 7;
    /* a space after a line's end tells a paragraph's last line only where
     * few lines have one */
    size_t spaced = 0;
    for (size_t i = 0; i < lines->n; i++)
        spaced += lines->v[i].spaced_end;
    lines->spaced_ends_tell = lines->n >= 4 && spaced * 3 < lines->n;
    if (lines->arabic) {
        pt__ar_number_by_order(s, len, lines);
        lines->stops_displaced = pt__ar_stops_displaced(s, len);
    }
    return PT_OK;
}

bool
pt__line_is_short(const pt_lines *lines, const pt_line *l)
{
    return l->width * 4 < lines->typical_width * 3;
}

bool
pt__is_star_line(const char *s, size_t b, size_t e)
{
    size_t stars = 0; /* the text has no NUL to stop strspn */
    while (b + stars < e && s[b + stars] == '*')
        stars++;
    return e - b <= 3 && stars == e - b;
}
