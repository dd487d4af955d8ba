/*
 * symbols.c: UN document symbols and URLs in running text.
 *
 *   A/61/530/Add.2, CAC/COSP/WG.2/2018/CRP.1, http://..., www....
 *
 * A symbol has the shape pt__is_symbol (lines.c) knows, with a digit in
 * it; its value and a URL's are the text itself.
 */
#include "recognisers.h"

#include <string.h>

static bool
is_symbol_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '/';
}

/* Does a closing bracket stand right before the symbol at t[i] (past
 * spaces and punctuation), in Arabic text?  A right-to-left line's
 * extractor writes "(E/…/3(Part II))." as ")).(E/…/3(Part II": the
 * part's bracket comes out before the symbol. */
static bool
mirrored_before(const pt_scan *sc, size_t i)
{
    if (!(sc->langs & PT_LANG_AR))
        return false;
    for (size_t k = i; k > 0 && i - k < 8;) {
        char c = sc->t[k - 1];
        if (c == ')')
            return true;
        if (c == ' ' || c == '.' || c == ',' || c == '(')
            k--;
        else if (k >= 2 && memcmp(sc->t + k - 2, "،", 2) == 0)
            k -= 2;
        else
            return false;
    }
    return false;
}

/* The part of a document after its symbol, "(Part II)", "(Sect. 3)",
 * "(Vol. I)": where it ends (the symbol at t[i, e), a space, the bracket,
 * or its numeral where the bracket is mirrored_before the symbol), or e. */
static size_t
part_end(const pt_scan *sc, size_t i, size_t e)
{
    static const char *const parts[] = {"(Part ", "(Sect. ", "(Vol. "};
    const char *t = sc->t;
    size_t k = e < sc->n && t[e] == ' ' ? e + 1 : e;
    size_t p = lit_in(sc, k, parts, sizeof parts / sizeof *parts), d = p;
    while (p && d < sc->n && d - p < 8 &&
           ((t[d] >= '0' && t[d] <= '9') || (t[d] && strchr("IVXLC", t[d]))))
        d++;
    if (p && d > p && d < sc->n && t[d] == ')')
        return d + 1;
    return p && d > p && mirrored_before(sc, i) ? d : e;
}

/* Is the full stop before t[i] one a right-to-left line's extractor moved
 * from after the symbol to before it, in Arabic text (".E/ESCWA/…/Report"
 * after a space, ").E/…/4(Part IV" after a bracket), not one inside a
 * symbol? */
static bool
displaced_stop_before(const pt_scan *sc, size_t i)
{
    return (sc->langs & PT_LANG_AR) && i >= 2 && sc->t[i - 1] == '.' &&
           (sc->t[i - 2] == ' ' || sc->t[i - 2] == ')');
}

/* At an upper-case letter. */
static pt_status
symbol_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    if (!at_word_start(sc, i) ||
        (i > 0 && (t[i - 1] == '/' ||
                   (t[i - 1] == '.' && !displaced_stop_before(sc, i)))))
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
    if (!digit || !pt__is_symbol(t, i, e))
        return PT_OK;
    size_t f = part_end(sc, i, e);
    if (f == e)
        return pt__emit(sc, i, e, PT_LABEL_DOCSYMBOL, PT_REC_SYMBOL, "%.*s",
                        (int)(e - i), t + i);
    /* the value without spaces (ANNOTATION.md): A/72/6(PartII) */
    char part[24];
    size_t n = 0;
    for (size_t k = e; k < f && n + 1 < sizeof part; k++)
        if (t[k] != ' ')
            part[n++] = t[k];
    if (t[f - 1] != ')') /* its bracket mirrored before the symbol */
        part[n++] = ')';
    *resume = f;
    return pt__emit(sc, i, f, PT_LABEL_DOCSYMBOL, PT_REC_SYMBOL, "%.*s%.*s",
                    (int)(e - i), t + i, (int)n, part);
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
    return pt__emit(sc, i, e, PT_LABEL_URL, PT_REC_URL, "%.*s", (int)(e - i),
                    t + i);
}

/* ---- where the recognisers begin --------------------------------------- */

const pt_rule pt__rule_symbol = {.at = symbol_at, .starts = UPPER};
const pt_rule pt__rule_url = {.at = url_at, .starts = "hw", .mid_word = true};
