/*
 * titles.c: the short titles of instruments: "the Convention", 《公约》.
 *
 * A short title stands for the last full name with its head before it in
 * the document (entities.c settles its value when the block's entities
 * are kept); here it is found, with its English head as its value.
 */
#include "recognisers.h"

#include <string.h>

const pt_short_title pt__short_titles[PT_SHORT_TITLES] = {
    {"公约", "Convention"},  {"宣言", "Declaration"},
    {"行动纲领", "Programme of Action"},    {"议程", "Agenda"},
    {"宪章", "Charter"},     {"准则", "Guidelines"},
    {"战略", "Strategy"},    {"议定书", "Protocol"},
    {"协定", "Agreement"},   {"框架", "Framework"}};

/* Words after a short title that show it is the start of a longer name
 * the gazetteer does not know ("the Convention on ..."). */
static bool
name_goes_on(const pt_scan *sc, size_t e)
{
    static const char *const words[] = {" on ", " of ", " for ", " against ",
                                        " to ", " concerning "};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        size_t n = strlen(words[w]);
        if (sc->n - e >= n && memcmp(sc->t + e, words[w], n) == 0)
            return true;
    }
    return false;
}

/* At 《 or "the ": a short title after it. */
static pt_status
short_title_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    (void)resume;
    bool zh = i + 3 <= sc->n && memcmp(t + i, "《", 3) == 0;
    if (!zh && !(i + 4 <= sc->n &&
                 (memcmp(t + i, "the ", 4) == 0 ||
                  memcmp(t + i, "The ", 4) == 0) &&
                 (i == 0 || t[i - 1] == ' ' || t[i - 1] == '(')))
        return PT_OK;
    size_t b = zh ? i + 3 : i + 4;
    for (size_t k = 0; k < PT_SHORT_TITLES; k++) {
        const pt_short_title *s = &pt__short_titles[k];
        if (t[b] != (zh ? s->zh : s->en)[0])
            continue; /* most titles, before strlen */
        size_t zn = strlen(s->zh), en = strlen(s->en), e;
        if (zh && b + zn + 3 <= sc->n && memcmp(t + b, s->zh, zn) == 0 &&
            memcmp(t + b + zn, "》", 3) == 0)
            e = b + zn;
        else if (!zh && b + en <= sc->n && memcmp(t + b, s->en, en) == 0 &&
                 (b + en == sc->n ||
                  !pt__is_latin_letter((unsigned char)t[b + en])) &&
                 !name_goes_on(sc, b + en))
            e = b + en;
        else
            continue;
        /* the value is settled when the block's entities are kept,
         * after any full name before it in the same block */
        PT_CHECK(pt__cand_add(sc, b, e, PT_LABEL_INSTRUMENT, PT_REC_SHORT_TITLE,
                              s->en, en));
    }
done:
    return rc;
}

static const char *const article_the[] = {"the"};

const pt_rule pt__rule_short_title = {
    .at = short_title_at, .starts = "《", .words = {PT_WORDS(article_the)}};
