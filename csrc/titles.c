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
    {"条约", "Treaty"},      {"盟约", "Covenant"},    {"", "Act"},
    /* a State's constitution and codes, named by their kind (UNTERM's
     * English and Chinese terms) */
    {"宪法", "Constitution"}, {"刑法典", "Penal Code"},
    {"民法典", "Civil Code"}, {"刑事诉讼法", "Code of Criminal Procedure"},
    /* a convention's protocols, named by their kind (UNTERM): 《任择议定书》,
     * "the Optional Protocol"; 《附加议定书》, "the Additional Protocol" */
    {"任择议定书", "Optional Protocol"}, {"附加议定书", "Additional Protocol"},
    /* a programme's own short title, which reports define ("the Addis
     * Ababa Action Agenda (hereafter the Action Agenda)"); UNTERM: 《行动议程》 */
    {"行动议程", "Action Agenda"}};

/* Words after a short title that show it is the start of a longer name
 * the gazetteer does not know ("the Convention on ..."); "to" only before
 * a capital ("the Convention to Combat ...", not "parties to the Treaty
 * to receive"). */
static bool
name_goes_on(const pt_scan *sc, size_t e)
{
    static const char *const words[] = {" on ", " of ", " for ", " against ",
                                        " concerning "};
    size_t n;
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (lit_at(sc, e, words[w]))
            return true;
    return lit_at(sc, e, " to ") && pt__is_upper(cp_at(sc, e + 4, &n));
}

/* The heads of treaties that Chinese names after 该 ("the said") without
 * title marks, where English writes "the Convention": 该公约, 该条约. */
static const char *const zh_said_treaties[] = {"公约", "条约", "议定书", "盟约",
                                               "宪章"};

/* At 该: 该公约 (the Convention), the head alone as its span; not 该条约机构
 * (the treaty body), nor 应该 (should). */
static pt_status
said_treaty_at(pt_scan *sc, size_t i)
{
    size_t b = i + 3, k;
    if (i >= 3 && memcmp(sc->t + i - 3, "应", 3) == 0)
        return PT_OK;
    for (k = 0; k < sizeof zh_said_treaties / sizeof *zh_said_treaties; k++)
        if (lit_at(sc, b, zh_said_treaties[k]))
            break;
    if (k == sizeof zh_said_treaties / sizeof *zh_said_treaties)
        return PT_OK;
    size_t e = b + strlen(zh_said_treaties[k]);
    if (lit_at(sc, e, "机构"))
        return PT_OK;
    for (size_t s = 0; s < PT_SHORT_TITLES; s++)
        if (strcmp(pt__short_titles[s].zh, zh_said_treaties[k]) == 0)
            return pt__cand_add(sc, b, e, PT_LABEL_INSTRUMENT,
                                PT_REC_SHORT_TITLE, pt__short_titles[s].en,
                                strlen(pt__short_titles[s].en));
    return PT_OK;
}

/* At 《 or "the ": a short title after it.  At 该: a treaty's. */
static pt_status
short_title_at(pt_scan *sc, size_t i, size_t *resume)
{
    pt_status rc = PT_OK;
    const char *t = sc->t;
    (void)resume;
    if (sc->langs & PT_LANG_ZH && lit_at(sc, i, "该"))
        return said_treaty_at(sc, i);
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
 * in Russian (with the singular's case endings), with the article in
 * Arabic (after a clitic or fused with لِـ). */
typedef struct ml_short_title {
    const char *word;
    const char *en;
    const char *const *endings; /* Russian: the endings that may follow */
} ml_short_title;

/* The singular case endings of Russian nouns, by declension: a masculine
 * noun ending in a consonant (Договор, Договора, Договору, Договором,
 * Договоре), a feminine in -ия and a neuter in -ие after their stems
 * (Конвенци-я, Соглашени-е).  Listed, not any lower-case run, because
 * longer words begin with the same stems (Договоренность, Договорные). */
static const char *const ru_masculine[] = {"", "а", "у", "ом", "е", NULL};
static const char *const ru_feminine_ia[] = {"я", "и", "ю", "ей", NULL};
static const char *const ru_neuter_ie[] = {"е", "я", "ю", "ем", "и", NULL};

static const ml_short_title ml_short_titles[] = {
    {"Convention", "Convention", NULL},   {"Charte", "Charter", NULL},
    {"Déclaration", "Declaration", NULL}, {"Protocole", "Protocol", NULL},
    {"Programme d'action", "Programme of Action", NULL},
    {"Programme d’action", "Programme of Action", NULL},
    {"Traité", "Treaty", NULL},           {"Pacte", "Covenant", NULL},
    {"Accord", "Agreement", NULL},        {"Stratégie", "Strategy", NULL},
    {"Convención", "Convention", NULL},   {"Convenio", "Convention", NULL},
    {"Carta", "Charter", NULL},           {"Declaración", "Declaration", NULL},
    {"Protocolo", "Protocol", NULL},
    {"Programa de Acción", "Programme of Action", NULL},
    {"Tratado", "Treaty", NULL},          {"Pacto", "Covenant", NULL},
    {"Acuerdo", "Agreement", NULL},       {"Estrategia", "Strategy", NULL},
    {"Конвенци", "Convention", ru_feminine_ia},
    {"Устав", "Charter", ru_masculine},
    {"Деклараци", "Declaration", ru_feminine_ia},
    {"Протокол", "Protocol", ru_masculine},
    {"Договор", "Treaty", ru_masculine},  {"Пакт", "Covenant", ru_masculine},
    {"Соглашени", "Agreement", ru_neuter_ie},
    {"Стратеги", "Strategy", ru_feminine_ia},
    {"Программ действий", "Programme of Action", NULL},
    {"Программа действий", "Programme of Action", NULL},
    {"الاتفاقية", "Convention", NULL},   {"الميثاق", "Charter", NULL},
    {"الإعلان", "Declaration", NULL},    {"البروتوكول", "Protocol", NULL},
    {"المعاهدة", "Treaty", NULL},
    /* a State's constitution, named by its kind as English does */
    {"الدستور", "Constitution", NULL}};

/* The end of a Russian case ending of `endings` at e (the word ends
 * there), or 0. */
static size_t
ending_end(const pt_scan *sc, size_t e, const char *const *endings)
{
    size_t n, end = e;
    while (end < sc->n && pt__is_lower(cp_at(sc, end, &n)))
        end += n;
    for (size_t k = 0; endings[k]; k++)
        if (end - e == strlen(endings[k]) &&
            memcmp(sc->t + e, endings[k], end - e) == 0)
            return end;
    return 0;
}

/* French and Spanish articles before a short title. */
static const char *const ml_articles[] = {
    "la ", "La ", "le ", "Le ", "l'", "l’", "du ", "Du ", "au ", "Au ",
    "el ", "El ", "del ", "al "};

/* What shows that a name goes on after the short title ("Convention sur
 * ...", "Конвенция о ...", "الاتفاقية الإطارية"): the name is longer and
 * the gazetteer does not know it. */
static const char *const ml_goes_on[] = {
    " sur ", " contre ", " de ", " d'", " d’", " des ", " du ", " pour ",
    " cadre", " sobre ", " contra ", " para ", " о ", " об ", " против ",
    " по ", " ال"};

/* The endings of French and Spanish adjectives, which follow the noun in
 * a longer name ("Protocole facultatif", "Charte africaine", "Convención
 * Interamericana", "Acuerdo relativo"); a lower-case word without one is
 * a verb or a function word, and the short title ends before it ("le
 * Traité contribue", "el Tratado destaca"). */
static const char *const ml_adjective_endings[] = {
    "al", "ale", "ales", "aux", "el", "elle", "if", "ive", "ique", "aire",
    "ain", "aine", "éen", "éenne", "ant", "ante", "un", "une",
    "ivo", "iva", "ico", "ica", "ario", "aria", "ano", "ana", "eo", "ea",
    "ado", "ada"};

/* French verbs after a short title that end as adjectives do ("la
 * Convention rappelle", "la Charte s'applique"). */
static const char *const ml_adjective_like_verbs[] = {
    "rappelle", "appelle", "applique", "explique", "implique"};

/* Does the lower-case word at t[i] read as an adjective continuing a name? */
static bool
adjective_at(const pt_scan *sc, size_t i)
{
    size_t e = i, n;
    while (e < sc->n && pt__is_lower(cp_at(sc, e, &n)))
        e += n;
    if (lit_at(sc, e, "'") || lit_at(sc, e, "’") || lit_at(sc, e, "-"))
        return false; /* an elided or hyphenated word: no adjective */
    for (size_t k = 0; k < sizeof ml_adjective_like_verbs /
                               sizeof *ml_adjective_like_verbs; k++)
        if (script_word_at(sc, i, ml_adjective_like_verbs[k]))
            return false;
    for (size_t k = 0; k < sizeof ml_adjective_endings /
                               sizeof *ml_adjective_endings; k++) {
        size_t m = strlen(ml_adjective_endings[k]);
        if (e - i > m && memcmp(sc->t + e - m, ml_adjective_endings[k], m) == 0)
            return true;
    }
    return false;
}

/* The start of the word that ends at e (e at a space or the text's end):
 * no further back than a long word's length. */
static size_t
word_start_before(const pt_scan *sc, size_t e)
{
    size_t p = e;
    while (p > 0 && sc->t[p - 1] != ' ' && e - p < 48)
        p--;
    return p;
}

/* Is the short title at i (its article's start, or the word itself) no
 * mention of an instrument of its own?
 * - inside a longer name it ends: after a capitalised word within a
 *   sentence ("Protocolo Facultativo del Pacto"), after French and
 *   Spanish "relating to" ("Protocole facultatif se rapportant au Pacte")
 *   and after Russian "протокол к" ("Факультативный протокол к Пакту");
 * - Russian "настоящее Соглашение", the text itself ("this agreement");
 * - Russian "Конференция по рассмотрению действия Договора", a review
 *   conference's name, which English writes without the treaty ("the
 *   Review Conference"). */
static bool
no_mention_of_its_own(const pt_scan *sc, size_t i)
{
    static const char *const relating[] = {"rapportant", "relatif", "relative",
                                           "relativo", "relativa", "к"};
    static const char *const this_text[] = {"настоящ", "Настоящ"};
    static const char review[] = "рассмотрению действия ";
    size_t n = sizeof review - 1, k;
    if (i >= n && memcmp(sc->t + i - n, review, n) == 0)
        return true;
    if (i < 2 || sc->t[i - 1] != ' ')
        return false;
    size_t p = word_start_before(sc, i - 1);
    if (lit_in(sc, p, this_text, 2))
        return true;
    for (k = 0; k < sizeof relating / sizeof *relating; k++)
        if (script_word_at(sc, p, relating[k]) == i - 1)
            break;
    if (k == sizeof relating / sizeof *relating - 1) /* Russian к */
        return p >= 2 && (lit_at(sc, word_start_before(sc, p - 1), "протокол") ||
                          lit_at(sc, word_start_before(sc, p - 1), "Протокол"));
    if (k < sizeof relating / sizeof *relating)
        return true;
    size_t second;
    if (!pt__is_upper(cp_at(sc, p, &n)) || p < 2 ||
        !pt__is_lower(cp_at(sc, p + n, &second)))
        return false;
    /* a capitalised word (not "II" in "article II du Traité") that opens
     * no sentence */
    size_t q = p - 1;
    while (q > 0 && sc->t[q - 1] == ' ')
        q--;
    return q > 0 && is_word_char(cp_at(sc, pt__prev(sc->t, q), &n));
}

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
    bool fused = lit_at(sc, i, "لل");
    for (size_t k = 0; k < sizeof ml_short_titles / sizeof *ml_short_titles &&
                       !e; k++) {
        s = &ml_short_titles[k];
        bool latin = (unsigned char)s->word[0] < 0x80;
        if (!latin && fused && strncmp(s->word, "ال", 4) == 0 &&
            lit_at(sc, i + 4, s->word + 4)) {
            b = i; /* للاتفاقية: لِـ fused with the article, one word */
            e = i + strlen(s->word);
        } else if ((latin && !a) || !lit_at(sc, b, s->word)) {
            continue;
        } else {
            e = b + strlen(s->word);
        }
        if (s->endings)
            e = ending_end(sc, e, s->endings);
        if (e && is_word_char(cp_at(sc, e, &n)))
            e = 0;
    }
    if (!e || no_mention_of_its_own(sc, i))
        return PT_OK;
    for (size_t w = 0; w < sizeof ml_goes_on / sizeof *ml_goes_on; w++)
        if (lit_at(sc, e, ml_goes_on[w]))
            return PT_OK;
    /* French and Spanish write a name's adjectives after its noun, Spanish
     * capitalised ("Convención Americana", "Protocole facultatif") */
    if (a && lit_at(sc, e, " ") &&
        (pt__is_upper(cp_at(sc, e + 1, &n)) || adjective_at(sc, e + 1)))
        return PT_OK;
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
static const char *const articles_ml[] = {"la", "le", "l", "du", "au",
                                          "el", "del", "al"};

const pt_rule pt__rule_short_title = {
    .at = short_title_any_at,
    /* 《 and 该; Russian's titles and Arabic's with their clitics */
    .starts = "《该КУДПСاوفبكل",
    .words = {PT_WORDS(article_the), PT_WORDS(articles_ml)}};
