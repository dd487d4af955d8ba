/*
 * ordinals.c: an ordinal before a listed meeting's name, in French,
 * Spanish and Russian.
 *
 * English reads "the third World Conference on Disaster Risk Reduction"
 * as one meeting of a series, with the ordinal in its value; French,
 * Spanish and Russian write the ordinal before the name in the same way
 * ("la troisième Conférence mondiale ...", "la III Cumbre ...", "третьей
 * Всемирной конференции ..."), and the name the gazetteer lists then takes
 * the English ordinal before its value.
 */
#include "recognisers.h"

#include <string.h>

#include "ordinal_words.h"

/* The longest ordinal that ends at t[e] and begins a word: its entry, or
 * NULL. */
static const struct ordinal_word *
ordinal_before(const pt_scan *sc, size_t e)
{
    const struct ordinal_word *best = NULL;
    size_t best_len = 0, n;
    for (size_t k = 0; k < sizeof ordinal_words / sizeof *ordinal_words; k++) {
        size_t len = strlen(ordinal_words[k].word);
        if (len <= best_len || len > e ||
            memcmp(sc->t + e - len, ordinal_words[k].word, len) != 0)
            continue;
        size_t b = e - len;
        if (b > 0 && is_word_char(cp_at(sc, pt__prev(sc->t, b), &n)))
            continue; /* the end of a longer word */
        best = &ordinal_words[k];
        best_len = len;
    }
    return best;
}

pt_status
pt__ordinal_event_scan(pt_scan *sc)
{
    pt_status rc = PT_OK;
    if (!(sc->langs == PT_LANG_FR || sc->langs == PT_LANG_ES ||
          sc->langs == PT_LANG_RU))
        return PT_OK;
    for (size_t i = 0, count = sc->cands.n; i < count; i++) {
        pt_cand c = PT_VEC_AT(sc->cands, pt_cand, i);
        if (c.label != PT_LABEL_EVENT || c.rec != PT_REC_NAME || c.start < 2 ||
            sc->t[c.start - 1] != ' ')
            continue;
        const struct ordinal_word *o = ordinal_before(sc, c.start - 1);
        if (o == NULL)
            continue;
        char value[PT_MAX_VALUE + 1];
        size_t on = strlen(o->english);
        if (on + 1 + c.value_len > PT_MAX_VALUE)
            continue;
        memcpy(value, o->english, on);
        value[on] = ' ';
        /* the value may move when vals grows: copied before adding */
        memcpy(value + on + 1, sc->vals.ptr + c.value_off, c.value_len);
        PT_CHECK(pt__cand_add_name(sc, c.start - 1 - strlen(o->word), c.end,
                                   PT_LABEL_EVENT, c.source, value,
                                   on + 1 + c.value_len));
    }
done:
    return rc;
}
