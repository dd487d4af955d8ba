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

/* At an upper-case letter. */
static pt_status
symbol_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    if (!at_word_start(sc, i) ||
        (i > 0 && (t[i - 1] == '/' || t[i - 1] == '.')))
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
        return pt__emit(sc, i, e, PT_LABEL_DOCSYMBOL, PT_REC_SYMBOL, "%.*s",
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
    return pt__emit(sc, i, e, PT_LABEL_URL, PT_REC_URL, "%.*s", (int)(e - i),
                    t + i);
}

/* ---- where the recognisers begin --------------------------------------- */

const pt_rule pt__rule_symbol = {.at = symbol_at, .starts = UPPER};
const pt_rule pt__rule_url = {.at = url_at, .starts = "hw", .mid_word = true};
