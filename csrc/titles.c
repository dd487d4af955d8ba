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
    {"协定", "Agreement"},   {"框架", "Framework"},
    /* English heads whose Chinese short title is no word of its own (法) */
    {"条约", "Treaty"},      {"盟约", "Covenant"},    {"", "Act"}};

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

/* ---- in French, Spanish, Russian and Arabic ---------------------------- */

/* A short title of these languages and its English head (one of
 * pt__short_titles'): after an article in French and Spanish, capitalised
 * in Russian (with its case endings), with the article in Arabic (after
 * a clitic or fused with لِـ). */
typedef struct ml_short_title {
    const char *word;
    const char *en;
    bool stem; /* Russian: any case ending may follow */
} ml_short_title;

static const ml_short_title ml_short_titles[] = {
    {"Convention", "Convention", false},  {"Charte", "Charter", false},
    {"Déclaration", "Declaration", false}, {"Protocole", "Protocol", false},
    {"Programme d'action", "Programme of Action", false},
    {"Programme d’action", "Programme of Action", false},
    {"Convención", "Convention", false},  {"Convenio", "Convention", false},
    {"Carta", "Charter", false},          {"Declaración", "Declaration", false},
    {"Protocolo", "Protocol", false},
    {"Programa de Acción", "Programme of Action", false},
    {"Конвенци", "Convention", true},     {"Устав", "Charter", true},
    {"Декларац", "Declaration", true},    {"Протокол", "Protocol", true},
    {"Программ действий", "Programme of Action", false},
    {"Программа действий", "Programme of Action", false},
    {"الاتفاقية", "Convention", false},   {"الميثاق", "Charter", false},
    {"الإعلان", "Declaration", false},    {"البروتوكول", "Protocol", false}};

/* French and Spanish articles before a short title. */
static const char *const ml_articles[] = {"la ", "La ", "le ", "Le ", "l'",
                                          "l’", "el ", "El ", "del ", "al "};

/* What shows that a name goes on after the short title ("Convention sur
 * ...", "Конвенция о ...", "الاتفاقية الإطارية"): the name is longer and
 * the gazetteer does not know it. */
static const char *const ml_goes_on[] = {
    " sur ", " relative", " contre ", " de ", " des ", " du ", " pour ",
    " internationale", " cadre", " sobre ", " contra ", " para ",
    " Internacional", " Marco", " о ", " об ", " против ", " по ", " ال"};

/* Lower-case words after a French or Spanish short title that are no
 * part of its name. */
static const char *const ml_name_ends[] = {
    "et", "ou", "est", "a", "ont", "sont", "ne", "n'", "se", "s'", "qui",
    "que", "en", "dans", "par", "pour", "avec", "y", "o", "es", "ha", "han",
    "son", "no", "para", "por", "con",
    /* an object pronoun or a preposition before the verb ("la Charte l'y
     * autorise", "la Convention lui confère", "la Carta le otorga") and
     * the verbs that say what an instrument does */
    "l'", "l’", "le", "la", "les", "lui", "leur", "lo", "los", "las", "à",
    "au", "aux", "prévoit", "dispose", "stipule", "énonce", "offre",
    "reconnaît", "garantit", "consacre", "exige", "interdit", "établit",
    "affirme", "impose", "oblige", "doit", "peut", "establece",
    "dispone", "prevé", "estipula", "enuncia", "ofrece", "reconoce",
    "garantiza", "consagra", "prohíbe", "afirma", "impone", "obliga",
    "debe", "puede", "fue", "era", "était"};

/* At a short title of these languages: the title alone is the span. */
static pt_status
short_title_ml_at(pt_scan *sc, size_t i, size_t *resume)
{
    size_t b = i, e = 0, n;
    const ml_short_title *s = NULL;
    if (!at_any_word_start(sc, i))
        return PT_OK;
    size_t a = lit_in(sc, i, ml_articles, sizeof ml_articles / sizeof *ml_articles);
    size_t c = lit_in(sc, i, pt__arabic_clitics, PT_ARABIC_CLITICS), c2;
    if (c && !lit_at(sc, c, "ال") &&
        (c2 = lit_in(sc, c, pt__arabic_clitics, PT_ARABIC_CLITICS)))
        c = c2; /* وبالميثاق: two clitics */
    if (a)
        b = a;
    else if (c && lit_at(sc, c, "ال"))
        b = c;
    for (size_t k = 0; k < sizeof ml_short_titles / sizeof *ml_short_titles &&
                       !e; k++) {
        s = &ml_short_titles[k];
        bool latin = (unsigned char)s->word[0] < 0x80;
        if (!latin && lit_at(sc, i, "لل") && strncmp(s->word, "ال", 4) == 0 &&
            lit_at(sc, i + 4, s->word + 4)) {
            b = i; /* للاتفاقية: لِـ fused with the article, one word */
            e = i + strlen(s->word);
        } else if ((latin && !a) || !lit_at(sc, b, s->word)) {
            continue;
        } else {
            e = b + strlen(s->word);
        }
        if (s->stem)
            while (e < sc->n && pt__is_lower(cp_at(sc, e, &n)))
                e += n;
        if (is_word_char(cp_at(sc, e, &n)))
            e = 0;
    }
    if (!e)
        return PT_OK;
    for (size_t w = 0; w < sizeof ml_goes_on / sizeof *ml_goes_on; w++)
        if (lit_at(sc, e, ml_goes_on[w]))
            return PT_OK;
    if (a && lit_at(sc, e, " ") && pt__is_lower(cp_at(sc, e + 1, &n))) {
        /* French and Spanish put adjectives after the noun ("Protocole
         * facultatif", "Convención Americana"): a lower-case word after
         * the title ends it only when it is a function word or verb */
        bool ends = false;
        for (size_t w = 0; w < sizeof ml_name_ends / sizeof *ml_name_ends &&
                           !ends; w++)
            ends = script_word_at(sc, e + 1, ml_name_ends[w]) != 0;
        if (!ends)
            return PT_OK;
    }
    *resume = e;
    return pt__cand_add(sc, b, e, PT_LABEL_INSTRUMENT, PT_REC_SHORT_TITLE,
                        s->en, strlen(s->en));
}

/* At 《 or "the ", or where a title of the other languages may begin. */
static pt_status
short_title_any_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = short_title_at(sc, i, resume);
    return rc == PT_OK && sc->langs != PT_LANG_EN && sc->langs != PT_LANG_ZH
               ? short_title_ml_at(sc, i, resume)
               : rc;
}

static const char *const article_the[] = {"the"};
static const char *const articles_ml[] = {"la", "le", "l", "el", "del", "al"};

const pt_rule pt__rule_short_title = {
    .at = short_title_any_at,
    /* 《; Russian's titles and Arabic's with their clitics */
    .starts = "《КУДПاوفبكل",
    .words = {PT_WORDS(article_the), PT_WORDS(articles_ml)}};
