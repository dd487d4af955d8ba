/*
 * persons.c: people named with a title or an honorific.
 *
 *   Mr. John Smith, Ambassador Ana Ruiz, 王小明先生
 *
 *   President Ana María Ruiz, the Prime Minister, Jean K. de Lorme,
 *   总统 Alan Whitford, 特别代表约翰·史密斯, Major General Adam Kwele
 *
 *   in lists: Rapporteur: Ana Ruiz (Chile); before a post: John Lorme,
 *   the Secretary of State
 *
 * The value is the name without the title.
 */
#include "recognisers.h"

#include <string.h>

#include "surnames.h"

/* At an upper-case letter: Mr. John Smith, Ambassador Ana Ruiz; the
 * honorifics of French, Spanish and Russian (in its case forms, with the
 * hyphen or, as UN texts also write them, without); and Arabic's, which
 * write no capitals, so its names are read otherwise (arabic_name). */
static const char *const titles[] = {
    "Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Ambassador ", "Judge ",
    "Professor ", "Prof. ", "Sir ", "Dame ", "H.E. ", "Mr ", "Ms ",
    "Monsignor ",
    /* military ranks, as UN reports write them before a commander's name */
    "Lieutenant-General ", "Lieutenant General ", "Major General ",
    "Major-General ", "Brigadier General ", "Brigadier-General ",
    "Colonel ", "Lieutenant Colonel ", "Lieutenant-Colonel ", "Admiral ",
    "Rear Admiral ",
    "M. ", "Mme ", "Mlle ", "Sr. ", "Sra. ", "Srta. ",
    "г-н ", "г-на ", "г-ну ", "г-ном ", "г-не ", "г-жа ", "г-жи ", "г-же ",
    "г-жу ", "г-жой ", "д-р ", "д-ра ", "д-ру ", "д-ром ", "гн ", "гна ",
    "гну ", "гжа ", "гжи ", "гже ", "Г-н ", "Г-жа ", "Гн ", "Гжа ",
    "السيد ", "السيدة ", "للسيد ", "للسيدة "};

/* en: religious and traditional honorifics ("Sheikh Ana Ruiz", "Mullah
 * Jean Lorme"), which also begin places' names and stand inside persons'
 * ("Sheikh Jarrah", "Hassan Sheikh Mohamud"): a title only before a name
 * of two words or more. */
static const char *const honorifics[] = {
    "Sheikh ", "Shaikh ", "Sayyid ", "Mullah ", "Mawlawi ", "Cardinal ",
    "Reverend ", "Rev. ", "Pastor "};

/* Arabic words that end a name after السيد: particles, prepositions,
 * conjunctions and pronouns that follow a name in running text. */
static const char *const arabic_name_stops[] = {
    "إلى", "قد", "في", "من", "على", "عن", "أن", "بأن", "الذي", "التي",
    "هو", "هي", "و", "أو", "ثم", "مع", "لدى", "بشأن", "عند", "بعد", "قبل"};

/* The Arabic name of at most three words at t[i], up to punctuation or a
 * stop word; its end, or i. */
static size_t
arabic_name(const pt_scan *sc, size_t i)
{
    size_t e = i, k = i, n;
    for (int words = 0; words < 3; words++) {
        size_t w = k;
        while (k < sc->n && is_word_char(cp_at(sc, k, &n)) &&
               !is_digit_at(sc, k))
            k += n;
        if (k - w < 4) /* two letters at least */
            break;
        for (size_t s = 0; s < sizeof arabic_name_stops /
                                   sizeof *arabic_name_stops; s++)
            if (script_word_at(sc, w, arabic_name_stops[s]) == k)
                return e;
        e = k;
        if (k >= sc->n || sc->t[k] != ' ')
            break;
        k++;
    }
    return e;
}

/* Posts before a name, which may stand apart from it by a comma ("the
 * Prime Minister, Jean Lorme"); the name then has two words or more. */
static const char *const roles[] = {
    "President Pro Tempore ", /* before "President ": a post of its own */
    "President ", "Vice-President ", "Prime Minister ", "Minister ",
    "Special Representative ", "Special Envoy ", "Governor ",
    "Secretary-General ", "Chairperson ", "Chair ", "Senator ",
    "Permanent Representative ", "High Commissioner ", "Head ",
    "Force Commander ", "Police Commissioner ", "Executive Director ",
    "Executive Secretary ", "Director-General ", "Resident Coordinator ",
    "Officer-in-Charge ", "Officer in Charge ", "Chief Justice ",
    "Speaker ", "Mayor ", "Superintendent ", "Premier ",
    "Leader of the Opposition ", "Prefect ", "Sub-Prefect ", "Imam ",
    "Sultan ", "Bishop ", "Archbishop ", "Director ", "Commander ",
    "Adviser ", "Advisor ",
    "President Pro Tempore, ",
    "President, ", "Vice-President, ", "Prime Minister, ", "Minister, ",
    "Special Representative, ", "Special Envoy, ", "Governor, ",
    "Secretary-General, ", "Chairperson, ", "Chair, ",
    "Permanent Representative, ", "High Commissioner, ", "Force Commander, ",
    "Police Commissioner, ", "Executive Director, ", "Executive Secretary, ",
    "Director-General, ", "Officer-in-Charge, ", "Officer in Charge, ",
    "Chief Justice, ", "Speaker, ", "Mayor, ", "Superintendent, ",
    "Premier, ", "Leader of the Opposition, ", "Prefect, ", "Sub-Prefect, ",
    "Imam, ", "Sultan, ", "Resident Coordinator, ", "Security Adviser, "};

/* en: posts in lower case, which name a person by their complement
 * ("the coordinator of the women's platform, Ana Ruiz"), never alone
 * ("team leader" over a list's next line). */
static const char *const posts_in_lower_case[] = {
    "coordinator ", "head ", "leader ", "spokesperson ", "chair ",
    "chairperson ", "director ", "founder "};

/* The last words of posts, which end no name: "the Deputy Special
 * Representative, Resident Coordinator and Humanitarian Coordinator, Ana
 * Ruiz" holds three posts before the name. */
static const char *const post_ends[] = {
    " Coordinator", " Representative", " Envoy", " Adviser", " Advisor",
    " Officer", " Commissioner", " Commander", " Director", " Secretary",
    " Minister", " Chairperson", " Chair", " Head", " Prefect", " Governor",
    " Rapporteur", " Expert", " President", " Président", " Presidente",
    " Coordonnateur", " Coordinador", " Coordinadora"};

/* Does t[b, e) end on one of post_ends? */
static bool
ends_as_a_post(const pt_scan *sc, size_t b, size_t e)
{
    for (size_t k = 0; k < sizeof post_ends / sizeof *post_ends; k++) {
        size_t n = strlen(post_ends[k]);
        if (e - b > n && memcmp(sc->t + e - n, post_ends[k], n) == 0)
            return true;
    }
    return false;
}

/* The rank a commander's name may bear after his post and a comma ("the
 * Governor of the region, General Ana Ruiz"), where "General" alone would
 * be no title ("General Assembly"). */
static const char *const ranks_after_post[] = {"General "};

/* The particles between the words of a name ("de la", "van der", "bin"). */
static const char *const particles[] = {
    "de ", "da ", "van ", "von ", "bin ", "del ", "dos ", "al-", "al ",
    "el-", "ould ", "ben ", "di ", "du ", "la ", "le ", "der ", "den ",
    "los ", "las ", "аль-", "ибн ", "бен ", "бин ", "ульд ", "де ", "ван ",
    "фон ", "дель ", "ди ", "дос "};

/* A name at t[b]: capitalised words, initials ("K."), particles between
 * them and hyphens; its end, or b, and in *words how many. */
static size_t
read_latin_name(const pt_scan *sc, size_t b, size_t *words)
{
    const size_t nparticles = sizeof particles / sizeof *particles;
    const char *t = sc->t;
    size_t e = b, n;
    *words = 0;
    for (;;) {
        size_t p = e;
        for (size_t after;
             *words && (after = lit_in(sc, p, particles, nparticles));)
            p = after; /* "van der", "de la" */
        uint32_t c = cp_at(sc, p, &n);
        if (!pt__is_upper(c))
            break;
        size_t f = p + n, initial = f;
        while (f < sc->n && (is_word_char(cp_at(sc, f, &n)) ||
                             t[f] == '-' || t[f] == '\''))
            f += n ? n : 1;
        if (f == initial && f < sc->n && t[f] == '.' && f + 1 < sc->n &&
            t[f + 1] == ' ')
            f++; /* an initial, of any script ("K.", "А.") */
        /* five words: two given names and two family names, one of them
         * of two words ("Luis Alberto Perea San Martín"), where punctuation
         * ends the fifth; a fifth word before another is rather a post's
         * first, where a list's lines were joined ("Ana Ruiz Alba Rojas
         * Programme Officer") */
        if (*words == 4 && f < sc->n && t[f] == ' ')
            break;
        e = f;
        if (++*words == 5 || e >= sc->n || t[e] != ' ')
            break;
        e++;
        size_t m;
        if (!pt__is_upper(cp_at(sc, e, &m)) &&
            !lit_in(sc, e, particles, nparticles)) {
            e--;
            break;
        }
    }
    while (e > b && t[e - 1] == ' ')
        e--;
    return e;
}

/* After a post at t[k], its complement up to the comma before the name
 * ("Minister for Foreign Affairs, Jean Lorme"; "Special Representative
 * of the Secretary-General, Ana Ruiz"): where the name begins, or k;
 * *lower set when a word of it other than "the", "and" and the joins
 * ("Speaker of the House of Representatives") is in lower case. */
static size_t
after_post_complement(const pt_scan *sc, size_t k, bool *lower)
{
    static const char *const joins[] = {"for ", "of ", "on "};
    static const char *const inner[] = {"the ", "and ", "of ", "for ", "on "};
    size_t p = lit_in(sc, k, joins, sizeof joins / sizeof *joins), n;
    if (!p)
        return k;
    for (int words = 0; p < sc->n && words < 24; words++) {
        size_t q = lit_in(sc, p, inner, sizeof inner / sizeof *inner);
        if (q) {
            p = q;
            continue;
        }
        /* a body's acronym after its name: "Head of the Lake Mission (LM)" */
        if (sc->t[p] == '(') {
            q = p + 1;
            while (q < sc->n && q - p < 16 &&
                   ((sc->t[q] >= 'A' && sc->t[q] <= 'Z') || sc->t[q] == '-'))
                q++;
            if (q < sc->n && sc->t[q] == ')' && q > p + 1)
                p = q + 1;
            if (p + 2 < sc->n && sc->t[p] == ',' && sc->t[p + 1] == ' ')
                return p + 2;
            if (p >= sc->n || sc->t[p] != ' ')
                return k;
            p++;
            continue;
        }
        /* words in lower case too: "Governor of the Lake region, Ana Ruiz" */
        uint32_t first = cp_at(sc, p, &n);
        if (!is_word_char(first))
            return k;
        *lower |= !pt__is_upper(first);
        uint32_t c; /* apostrophes inside a name: Côte d’Ivoire */
        while (p < sc->n && (is_word_char(c = cp_at(sc, p, &n)) || c == '-' ||
                             c == '\'' || c == 0x2019))
            p += n;
        if (p + 2 < sc->n && sc->t[p] == ',' && sc->t[p + 1] == ' ')
            return p + 2;
        if (p >= sc->n || sc->t[p] != ' ')
            return k;
        p++;
    }
    return k;
}

/* Does a gazetteer's State span exactly t[b, e)? */
static bool
listed_country_at(const pt_scan *sc, size_t b, size_t e)
{
    const pt_cand *c = sc->cands.items;
    size_t lo = pt__first_name_from(sc, b);
    for (; lo < sc->names && c[lo].start == b; lo++)
        if (c[lo].end == e && c[lo].label == PT_LABEL_COUNTRY)
            return true;
    return false;
}

/* Does a candidate found so far (a name read from its shape, a number, a
 * listed name other than a place's, or a place's that ends the run: a
 * person may bear a town's given name, "Achim") begin inside t[b, e)?
 * A town's one-word name after two words of the run is a family name
 * ("Hauwa Ibrahim Dikwa"): no place follows two given names. */
static bool
claimed_inside(const pt_scan *sc, size_t b, size_t e)
{
    const pt_cand *c = sc->cands.items;
    if (pt__found_inside(sc, b, e))
        return true;
    size_t lo = pt__first_name_from(sc, b);
    for (; lo < sc->names && c[lo].start < e; lo++) {
        if (c[lo].label != PT_LABEL_PLACE && c[lo].label != PT_LABEL_COUNTRY)
            return true;
        if (c[lo].end < e)
            continue;
        bool family_name = c[lo].label == PT_LABEL_PLACE && c[lo].end == e &&
                           !memchr(sc->t + c[lo].start, ' ', e - c[lo].start);
        size_t spaces = 0;
        for (size_t k = b; family_name && k < c[lo].start; k++)
            spaces += sc->t[k] == ' ';
        if (!family_name || spaces < 2)
            return true;
    }
    return false;
}

/* Is c one of the characters of set (not its NUL)? */
static bool
one_of(char c, const char *set)
{
    return c != '\0' && strchr(set, c) != NULL;
}

/* Back from the end of a name at e (a space or punctuation after it) over
 * its words to the first capitalised one of the run, initials and
 * particles ("de", "van") between them, six words at most: where it
 * begins, or e. */
static size_t
name_run_start(const pt_scan *sc, size_t e)
{
    const char *t = sc->t;
    size_t b = e, w = e, n;
    for (int words = 0; words < 6; words++) {
        size_t p = w;
        while (p > 0 && (unsigned char)t[p - 1] > ' ' && !one_of(t[p - 1], "(:;,"))
            p--;
        /* nor a sentence's last word ("... Yobe States. Ana Ruiz, a
         * nurse"), where an initial's full stop ("K.") would be */
        if (p == w || memchr(t + p, ')', w - p) ||
            (w - p == 3 && !memcmp(t + p, "and", 3)) ||
            (w - p > 2 && t[w - 1] == '.' && w < e))
            break;
        size_t particle = lit_in(sc, p, particles, sizeof particles / sizeof *particles);
        if (pt__is_upper(cp_at(sc, p, &n)) ||
            (particle && particle < w && pt__is_upper(cp_at(sc, particle, &n))))
            b = p; /* a capitalised word, or one a particle joins: "al-Hajri" */
        else if (particle != w + 1)
            break; /* a word in lower case, no particle: "met", "with" */
        if (p < 2 || t[p - 1] != ' ')
            break;
        w = p - 1;
    }
    return b;
}

/* At "(": a person in a list of participants or officers, the State in
 * brackets after the name ("Rapporteur: Ana Ruiz (Chile)", "... (Peru),
 * Jean K. de Lorme (France) and ..."): two to four capitalised words,
 * initials and particles that hold no name found otherwise ("Statistics
 * Office (Jordan)" is a body's), after a colon, after the previous item
 * of such a list, or alone in its block; and before the list's next item
 * or its end. */
static pt_status
person_before_state(pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    size_t close = i + 1;
    while (close < sc->n && close - i < 64 && t[close] != ')' && t[close] != '(')
        close++;
    if (i < 4 || t[i - 1] != ' ' || close >= sc->n || t[close] != ')' ||
        !listed_country_at(sc, i + 1, close))
        return PT_OK;
    size_t e = i - 1, b = name_run_start(sc, e), n;
    size_t before = b;
    while (before > 0 && t[before - 1] == ' ')
        before--;
    size_t rest = close + 1; /* alone in its block: marks at most after it */
    while (rest < sc->n && !is_word_char(cp_at(sc, rest, &n)))
        rest++;
    /* and a list goes on after it, or ends */
    size_t next = skip_sp(sc, close + 1);
    if (next < sc->n && !one_of(t[next], ",;.*") && !word_at(sc, next, "and"))
        return PT_OK;
    bool list = (before > 0 && t[before - 1] == ':') ||
                (before >= 2 && one_of(t[before - 1], ",;") && t[before - 2] == ')') ||
                (before >= 5 && memcmp(t + before - 4, " and", 4) == 0 &&
                 t[before - 5] == ')') ||
                (before == 0 && rest == sc->n);
    /* an article begins a newspaper's name, not a person's: "The
     * Courier (Canada)", "La Gazette (France)", "El Diario (Peru)" */
    static const char *const articles[] = {"The ", "La ", "Le ", "El ",
                                           "Les ", "Los ", "Die ", "Der "};
    size_t words, end = read_latin_name(sc, b, &words);
    if (!list || end != e || words < 2 || claimed_inside(sc, b, e) ||
        lit_in(sc, b, articles, sizeof articles / sizeof *articles))
        return PT_OK;
    return pt__emit(sc, b, e, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                    (int)(e - b), t + b);
}

/* en: posts that follow a name after a comma ("Jean Lorme, the Secretary
 * of State of ...", "Ana Ruiz, Minister for Lakes"). */
static const char *const posts_after[] = {
    "Secretary of State ", "Secretary-General ", "Prime Minister ",
    "Foreign Minister ", "Minister ", "President ", "Vice-President ",
    "Special Representative ", "Special Envoy ", "High Commissioner ",
    "Permanent Representative ", "Ambassador ", "Governor ",
    "Executive Director ", "Executive Secretary ", "Director-General ",
    "Chairperson ", "Chair ", "Chief Justice ", "Speaker ", "Mayor ",
    /* the editor of a book a reference cites ("Ana Ruiz, ed., Lakes") */
    "ed.", "eds."};

/* en: nouns of people that a description after a name ends on ("Ana
 * Ruiz, a Lake Guaraní leader", "Jean Lorme, a human rights defender"). */
static const char *const person_nouns[] = {
    "activist", "advocate", "businessman", "businesswoman", "chief",
    "citizen", "commander", "coordinator", "defender", "doctor", "elder",
    "farmer", "journalist", "lawyer", "leader", "member", "mother",
    "nurse", "officer", "official", "politician",
    "representative", "resident", "senator", "spokesperson", "student",
    "survivor", "teacher", "trafficker", "victim", "woman", "worker"};

/* At ", a " or ", an " after a name: a description of one to four words
 * that ends on a noun of people? */
static bool
describes_a_person(const pt_scan *sc, size_t i)
{
    static const char *const articles[] = {", a ", ", an "};
    size_t w = lit_in(sc, i, articles, sizeof articles / sizeof *articles), n;
    for (int words = 0; w && words < 4 && w < sc->n; words++) {
        size_t e = w;
        while (e < sc->n && (is_word_char(cp_at(sc, e, &n)) || sc->t[e] == '-'))
            e += n;
        if (e == w)
            return false;
        for (size_t k = 0; k < sizeof person_nouns / sizeof *person_nouns; k++)
            if (word_at(sc, w, person_nouns[k]) == e)
                return true;
        if (e >= sc->n || sc->t[e] != ' ')
            return false;
        w = e + 1;
    }
    return false;
}

/* fr, es: nouns of people in lower case that name a person right after
 * them, an adjective between or none ("le journaliste Ana Ruiz",
 * "l'avocate Ana Ruiz", "el defensor ambiental Ana Ruiz", "la lideresa
 * comunitaria Ana Ruiz"), masculine and feminine. */
static const char *const person_nouns_fr_es[] = {
    "abogada", "abogado", "activista", "activiste", "avocat", "avocate",
    "comunicador", "comunicadora", "defensor", "defensora", "dirigeant",
    "dirigeante", "dirigente", "défenseur", "défenseure", "défenseuse",
    "journaliste", "lideresa", "líder", "militant", "militante",
    "opposant", "opposante", "periodista", "sindicalista", "syndicaliste"};

/* fr, es: the endings of the adjectives that stand between such a noun
 * and the name ("ambiental", "comunitaria", "malien", "politique"); a
 * join ("du", "de la") stands before a body's name, not a person's. */
static const char *const adjective_endings_fr_es[] = {
    "al", "ale", "ales", "el", "elle", "ien", "ienne", "ain", "aine", "ais",
    "aise", "if", "ive", "ique", "aire", "ano", "ana", "ario", "aria", "ico",
    "ica", "ense", "ivo", "iva", "ista", "ino", "ina"};

/* fr, es: at a noun of people in lower case, the person of two words or
 * more named right after it or after its adjective. */
static pt_status
person_after_noun_at(pt_scan *sc, size_t i, size_t *resume)
{
    size_t e = word_in(sc, i, person_nouns_fr_es,
                       sizeof person_nouns_fr_es / sizeof *person_nouns_fr_es),
           n;
    if (!(sc->langs & (PT_LANG_FR | PT_LANG_ES)) || !e || !lit_at(sc, e, " "))
        return PT_OK;
    size_t b = e + 1;
    if (pt__is_lower(cp_at(sc, b, &n))) { /* its adjective */
        size_t x = b;
        while (x < sc->n && pt__is_lower(cp_at(sc, x, &n)))
            x += n;
        if (!lit_at(sc, x, " ") || x - b < 4 ||
            !pt__ends_in(sc, b, x, adjective_endings_fr_es,
                         sizeof adjective_endings_fr_es / sizeof *adjective_endings_fr_es))
            return PT_OK;
        b = x + 1;
    }
    size_t words, end = read_latin_name(sc, b, &words);
    if (words < 2 || claimed_inside(sc, b, end) || ends_as_a_post(sc, b, end))
        return PT_OK;
    *resume = end;
    return pt__emit(sc, b, end, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                    (int)(end - b), sc->t + b);
}

/* ru: posts and nouns of people, in their case forms (in the order of
 * their bytes), that a name follows, their complement between or none ("Специальный представитель
 * по Афганистану и глава МООНСА Маргарета Линдквист", "министр
 * энергетики Джамшед Рахимзода", "доклад Специального докладчика Томаса
 * Эклунда", "мавлави Абдул Вахид Рахмани"). */
static const char *const posts_ru[] = {
    "Министр", "Министра", "Председатель", "Председателя", "активист",
    "активиста", "активистка", "активистки", "глава", "главе", "главой",
    "главы", "губернатор", "губернатора", "губернатором", "директор",
    "директора", "директором", "докладчик", "докладчика", "докладчиком",
    "докладчику", "журналист", "журналиста", "журналистка", "журналистки",
    "командующего", "командующий", "координатор", "координатора",
    "координатором", "мавлави", "министр", "министра", "министром",
    "министру", "мулла", "муллы", "мэр", "мэра", "посла", "посланник",
    "посланника", "посланником", "посланнику", "послом", "посол",
    "правозащитник", "правозащитника", "правозащитница", "правозащитницы",
    "председателем", "председатель", "председателя", "представителем",
    "представитель", "представителю", "представителя", "советник",
    "советника", "шейх", "шейха"};

/* ru: the end of the post of posts_ru (in the order of their bytes) that
 * is the word at t[i], or 0: the rule is tried at every word that begins
 * as one does, and most do not end as one. */
static size_t
post_ru_end(const pt_scan *sc, size_t i)
{
    const size_t count = sizeof posts_ru / sizeof *posts_ru;
    if (sc->n - i < 4)
        return 0;
    /* the first post whose first two letters (four bytes) are not below
     * the word's, then each that shares them */
    size_t lo = 0, hi = count, n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (memcmp(posts_ru[mid], sc->t + i, 4) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < count && memcmp(posts_ru[lo], sc->t + i, 4) == 0; lo++) {
        size_t m = strlen(posts_ru[lo]);
        if (sc->n - i >= m && memcmp(sc->t + i, posts_ru[lo], m) == 0 &&
            !pt__is_cyrillic_letter(cp_at(sc, i + m, &n)))
            return i + m;
    }
    return 0;
}

/* ru: the stems of the nouns that head a body's name, which a name after
 * a post does not begin with ("глава Комитета Иван Петров" names a
 * committee first). */
static const char *const body_heads_ru[] = {
    "Агентств", "Ассоциаци", "Банк", "Бюро", "Группы", "Групп", "Движени",
    "Департамент", "Институт", "Комисси", "Комитет", "Министерств",
    "Мисси", "Организаци", "Отдел", "Парти", "Правительств", "Программ",
    "Служб", "Совет", "Союз", "Суд", "Управлени", "Университет", "Фонд",
    "Фронт", "Центр"};

/* ru: the words of an honorific, which a name follows ("Его
 * Превосходительство г-н ..."). */
static const char *const honorifics_ru[] = {"Его ", "Ее ", "Её "};

/* ru: the endings of nouns and adjectives in the genitive. */
static const char *const genitive_endings_ru[] = {
    "а", "я", "ы", "и", "ой", "ого", "ей", "ых", "их"};

/* ru: at a post, the name of two to four words that ends its complement
 * of at most six words (no punctuation between), holds no name found
 * otherwise and begins with no body's head. */
static pt_status
person_after_post_ru(pt_scan *sc, size_t i, size_t *resume)
{
    size_t k = post_ru_end(sc, i), n;
    for (int words = 0; k && words < 7 && lit_at(sc, k, " "); words++) {
        size_t w = k + 1, e = w, caps = 0, letters = 0;
        for (uint32_t c; e < sc->n && (c = cp_at(sc, e, &n), is_word_char(c) || c == '-');) {
            caps += pt__is_upper(c);
            letters++;
            e += n;
        }
        if (e == w || !pt__is_cyrillic_letter(cp_at(sc, w, &n)))
            return PT_OK;
        if (pt__is_upper(cp_at(sc, w, &n)) && caps < letters) {
            size_t count, end = read_latin_name(sc, w, &count), we;
            if (lit_at(sc, end, " ") && pt__is_upper(cp_at(sc, end + 1, &n)))
                count = 0; /* no end: a longer run of names */
            /* the complement's last words, a State's or a body's name in
             * the genitive ("министр иностранных дел Ирана Аббас
             * Аракчи"), where the name would have three words or more */
            while (count > 2 && (we = w) < end) {
                while (we < end && sc->t[we] != ' ')
                    we++;
                if (!pt__ends_in(sc, w, we, genitive_endings_ru,
                                 sizeof genitive_endings_ru /
                                     sizeof *genitive_endings_ru))
                    break;
                w = we + 1;
                count--;
            }
            bool head = lit_in(sc, w, honorifics_ru,
                               sizeof honorifics_ru / sizeof *honorifics_ru) ||
                        lit_in(sc, w, body_heads_ru,
                               sizeof body_heads_ru / sizeof *body_heads_ru);
            if (count >= 2 && count <= 4 && !head &&
                !claimed_inside(sc, w, end) &&
                (end >= sc->n || !is_word_char(cp_at(sc, end, &n)))) {
                *resume = end;
                return pt__emit(sc, w, end, PT_LABEL_PERSON, PT_REC_PERSON,
                                "%.*s", (int)(end - w), sc->t + w);
            }
        }
        k = e;
    }
    return PT_OK;
}

/* At a noun of people and a comma, an apposition's name after it ("One
 * staff member, Ana Ruiz, died"): where the name begins, or 0. */
static size_t
person_noun_then_comma(const pt_scan *sc, size_t i)
{
    size_t e = word_in(sc, i, person_nouns, sizeof person_nouns / sizeof *person_nouns);
    return e && lit_at(sc, e, ", ") ? e + 2 : 0;
}

/* en: the words that begin a reference before its author's name ("See
 * Ana Ruiz, ed."), no part of it */
static const char *const reference_leads[] = {"Also ", "Cf. ", "In ", "See "};

/* The start of a name of two to four capitalised words that ends at i,
 * begins the text or a clause or follows a lower-case word or the words
 * that begin a reference, and holds no name found otherwise; or i. */
static size_t
name_ending_at(const pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    size_t b = name_run_start(sc, i), n, words;
    size_t lead_end = lit_in(sc, b, reference_leads,
                             sizeof reference_leads / sizeof *reference_leads);
    if (lead_end && lead_end < i)
        b = lead_end;
    else if (b == i || (b > 0 && !(b >= 2 && t[b - 1] == ' ' &&
                              (pt__is_lower(cp_at(sc, pt__prev(t, b - 1), &n)) ||
                               one_of(t[b - 2], ".;:")))))
        return i;
    if (lit_at(sc, b, "The ") || read_latin_name(sc, b, &words) != i ||
        words < 2 || claimed_inside(sc, b, i))
        return i;
    return b;
}

/* The quotation marks an alias stands in. */
static const char *const alias_quotes[][2] = {
    {"\u201C", "\u201D"}, {"\"", "\""}, {"\u00AB ", " \u00BB"}};

/* At t[k], after "alias": the person's other name, in quotation marks
 * ("Wilner Saint-Fleur, alias \u201CTi Koul\u00E8\u201D"): one to three
 * capitalised words. */
static pt_status
alias_after(pt_scan *sc, size_t k)
{
    for (size_t q = 0; q < sizeof alias_quotes / sizeof *alias_quotes; q++) {
        size_t b = lit_at(sc, k, alias_quotes[q][0]) ? k + strlen(alias_quotes[q][0]) : 0, n;
        if (!b || !pt__is_upper(cp_at(sc, b, &n)))
            continue;
        size_t e = b, words = 1;
        for (; e < sc->n && e - b < 64 && !lit_at(sc, e, alias_quotes[q][1]); e++)
            words += sc->t[e] == ' ';
        if (e >= sc->n || e - b >= 64 || words > 3)
            return PT_OK;
        return pt__emit(sc, b, e, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                        (int)(e - b), sc->t + b);
    }
    return PT_OK;
}

/* At ",": a name before it that a post follows, an apposition ("John
 * Lorme, the Secretary of State of Lakeland"); before editors, the one
 * before "and" too ("Ana Ruiz and Jean Lorme, eds."). */
static pt_status
person_before_post(pt_scan *sc, size_t i)
{
    static const char *const lead[] = {", the ", ", "};
    const char *t = sc->t;
    size_t k = lit_in(sc, i, lead, sizeof lead / sizeof *lead);
    bool alias = lit_at(sc, i, ", alias ");
    if (!k || !(lit_in(sc, k, posts_after, sizeof posts_after / sizeof *posts_after) ||
                describes_a_person(sc, i) || alias))
        return PT_OK;
    size_t b = name_ending_at(sc, i);
    if (b == i)
        return PT_OK;
    pt_status st = pt__emit(sc, b, i, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                            (int)(i - b), t + b);
    if (st == PT_OK && alias)
        st = alias_after(sc, i + 8);
    size_t before = b - 5, first; /* " and " */
    if (st != PT_OK || !lit_at(sc, k, "eds.") || b < 7 ||
        memcmp(t + before, " and ", 5) != 0 ||
        (first = name_ending_at(sc, before)) == before)
        return st;
    return pt__emit(sc, first, before, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                    (int)(before - first), t + first);
}

/* en: words that stand before a letter and a full stop and are no given
 * name: the parts of a document and of a scheme ("Annex I. Report",
 * "Table A. Figures", "Sector B. Members"). */
static const char *const lettered_parts[] = {
    "Annex ", "Appendix ", "Area ", "Article ", "Box ", "Category ",
    "Chapter ", "Class ", "Figure ", "Goal ", "Group ", "Item ", "Level ",
    "List ", "Note ", "Option ", "Part ", "Phase ", "Plan ", "Principle ",
    "Rule ", "Scenario ", "Schedule ", "Section ", "Sector ", "Stage ",
    "Step ", "Table ", "Target ", "Title ", "Type ", "Volume ", "Zone "};

/* en: endings of the abstract and plural nouns that head a list or a
 * section before its lettered item, where the text joins lines
 * ("Challenges and Policy Considerations A. Challenges"), and that no
 * given name has (not "ence": Laurence, Florence); "ers" and "ors" in
 * words of seven letters or more ("Reviewers", "Editors"; not "Anders"). */
static const char *const noun_endings[] = {
    "ity", "tion", "sion", "ions", "ment", "ments", "ness", "ings", "ics"};

/* Does the word t[b, e) end as a common noun does? */
static bool
ends_as_a_noun(const char *t, size_t b, size_t e)
{
    for (size_t k = 0; k < sizeof noun_endings / sizeof *noun_endings; k++) {
        size_t len = strlen(noun_endings[k]);
        if (e - b > len && memcmp(t + e - len, noun_endings[k], len) == 0)
            return true;
    }
    return e - b >= 7 && (memcmp(t + e - 3, "ers", 3) == 0 ||
                          memcmp(t + e - 3, "ors", 3) == 0);
}

/* At the full stop of a middle initial: a person named without a title,
 * as authors are in references and speakers in lists ("Jean K. Lorme,
 * ed.", "Ana B. Ruiz and Jean K. Lorme"): a given name, the initial and
 * one or two family names (particles between), holding no name found
 * otherwise and followed by the end of the text or a sentence, a comma, a
 * bracket or "and". */
static pt_status
person_with_initial(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    size_t n, words;
    if (i < 4 || i + 2 >= sc->n || t[i + 1] != ' ' || t[i - 2] != ' ' ||
        !(t[i - 1] >= 'A' && t[i - 1] <= 'Z'))
        return PT_OK;
    size_t b = i - 2; /* back over the given name */
    while (b > 0 && (is_word_char(cp_at(sc, pt__prev(t, b), &n)) ||
                     t[b - 1] == '-' || t[b - 1] == '\''))
        b = pt__prev(t, b);
    if (b + 2 >= i - 2 || !pt__is_upper(cp_at(sc, b, &n)) ||
        !pt__is_lower(cp_at(sc, b + n, &n)) ||
        (b > 0 && is_word_char(cp_at(sc, pt__prev(t, b), &n))) ||
        ends_as_a_noun(t, b, i - 2) ||
        lit_in(sc, b, lettered_parts,
               sizeof lettered_parts / sizeof *lettered_parts))
        return PT_OK;
    size_t e = read_latin_name(sc, b, &words);
    if (e <= i + 2 || words > 4 || claimed_inside(sc, b, e) ||
        !pt__is_lower(cp_at(sc, pt__prev(t, e), &n)))
        return PT_OK;
    if (!(e == sc->n || one_of(t[e], ",;:)") || lit_at(sc, e, " and ") ||
          lit_at(sc, e, " (") ||
          (t[e] == '.' && (e + 1 == sc->n || t[e + 1] == ' '))))
        return PT_OK;
    *resume = e;
    return pt__emit(sc, b, e, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                    (int)(e - b), t + b);
}

static pt_status
person_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    /* a signature's mark is a title, "(Signed) Ana Ruiz" */
    size_t signed_end = t[i] == '(' ? pt__signature_end(t, i, sc->n) : 0;
    bool signature = signed_end && lit_at(sc, signed_end, " ");
    if (!signature && (t[i] == '(' || t[i] == ',' || t[i] == '.')) {
        if (!(sc->langs & PT_LANG_EN))
            return PT_OK;
        return t[i] == '(' ? person_before_state(sc, i)
               : t[i] == ',' ? person_before_post(sc, i)
                             : person_with_initial(sc, i, resume);
    }
    if (!at_word_start(sc, i))
        return PT_OK;
    size_t k = signature ? signed_end + 1
                         : lit_in(sc, i, titles, sizeof titles / sizeof *titles);
    /* a title with a complement is a post: "the Ambassador of Norway, Ana
     * Ruiz" */
    bool role = k && lit_at(sc, k, "of ");
    bool lower_post = false;
    /* English posts ("Mayor" is no post in Spanish); an honorific, as a
     * post does, wants a name of two words */
    if (!k && (sc->langs & PT_LANG_EN))
        role = (k = lit_in(sc, i, roles, sizeof roles / sizeof *roles)) > 0 ||
               (k = lit_in(sc, i, honorifics, sizeof honorifics / sizeof *honorifics)) > 0 ||
               (lower_post = (k = lit_in(sc, i, posts_in_lower_case,
                                         sizeof posts_in_lower_case /
                                             sizeof *posts_in_lower_case)) > 0 ||
                             (k = person_noun_then_comma(sc, i)) > 0);
    if (!k)
        return PT_OK;
    if ((unsigned char)t[i] >= 0xD8 && (unsigned char)t[i] <= 0xDB) {
        size_t e = arabic_name(sc, k); /* after السيد, السيدة */
        *resume = e > k ? e : k;
        return e > k ? pt__emit(sc, k, e, PT_LABEL_PERSON, PT_REC_PERSON,
                                "%.*s", (int)(e - k), t + k)
                     : PT_OK;
    }
    size_t post_end = k;
    bool lower = false;
    if (role) /* Minister for Foreign Affairs, (Mr.) Jean Lorme */
        k = after_post_complement(sc, k, &lower);
    /* a head is one only of something, and a post in lower case is named
     * by its complement: "Head of Mission, Ana Ruiz" */
    if (role && k == post_end && sc->t[post_end - 2] != ',' &&
        (lower_post || lit_at(sc, i, "Head ")))
        return PT_OK;
    /* titles in a row: H.E. Mr. Jean Lorme, H.E. Ambassador Ana Ruiz */
    size_t rank = role && k > post_end
                      ? lit_in(sc, k, ranks_after_post,
                               sizeof ranks_after_post / sizeof *ranks_after_post)
                      : 0;
    if (rank)
        k = rank;
    for (size_t next; (next = lit_in(sc, k, titles,
                                     sizeof titles / sizeof *titles));)
        k = next;
    size_t b = k, words, e = read_latin_name(sc, b, &words);
    /* under a signature the signatory's post follows the name on its own
     * line, which the block joins ("(Signed) Ana Ruiz Coordinator") */
    while (signature && words > 2 && ends_as_a_post(sc, b, e)) {
        while (e > b && t[e - 1] != ' ')
            e--;
        e--;
        words--;
    }
    /* posts in a row, joined by commas and "and": the name follows them */
    for (int posts = 0; role && posts < 4 && ends_as_a_post(sc, b, e); posts++) {
        size_t next = lit_at(sc, e, ", ") ? e + 2 : lit_at(sc, e, " and ") ? e + 5 : 0;
        if (!next)
            return PT_OK;
        b = next;
        e = read_latin_name(sc, b, &words);
    }
    /* after a complement in lower case, or a post alone, what follows the
     * comma may be a body's name, the list's next item: "the Head of the
     * mission, Security Council members", "the Secretary-General, United
     * Nations agencies and ..." */
    const uint32_t bodies = 1u << PT_LABEL_ORG | 1u << PT_LABEL_EVENT |
                            1u << PT_LABEL_INSTRUMENT;
    if ((lower && claimed_inside(sc, b, e)) ||
        (b >= 2 && t[b - 2] == ',' && pt__listed_at(sc, b, bodies)))
        return PT_OK;
    /* not the rest of the post's list: "Minister of Justice, Human Rights
     * and Lakes" */
    if (b > post_end && lit_at(sc, e, " and "))
        return PT_OK;
    if (e > i)
        *resume = e;
    if (words >= (role ? 2u : 1u))
        return pt__emit(sc, b, e, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                        (int)(e - b), t + b);
    return PT_OK;
}

/* At 先生 or 女士, after a transliterated name: 王小明先生. */
static const char *const cjk_titles[] = {"先生", "女士"};

/* Function words that come before names, where a name stops. */
static const char name_stops[] = "的由与和及向在了是请对为让后于";

/* The first characters of the verbs and titles that follow a name
 * (表示, 说, 指出, 强调, 出席, 访问, 会见, 发言, 认为, 宣布, 呼吁, 提出,
 * 介绍, 主持, 担任, 领导, 先生, 女士, 阁下, 称, 告诉, 致辞, 率领; 教授,
 * 参加, 编写, 给, 奖, 无, 当选, which the Chinese names of the gazetteers'
 * towns and States write once at most; and the passive's 被 and the
 * preposition 以 of a capacity, X被任命, X以观察员身份, which no
 * transliteration ends with). */
static const char after_names[] =
    "表说指强出访会发认宣呼提介主担领先女阁称告致率教参编给奖无当被以";

static bool
is_name_stop(uint32_t c)
{
    return pt__char_in_set(name_stops, c);
}

/* Posts before a name: 总统 Alan Whitford, 特别代表约翰·史密斯. */
static const char *const cjk_roles[] = {
    "总统", "总理", "总督", "主席", "部长", "大使", "特别代表", "特使",
    "议员", "议长", "州长", "省长", "市长", "检察长", "长官", "专员"};

/* Words that end just before a transliterated name and are no part of
 * it: posts and ranks (特别代表, 团长, 国务卿, 报告员, 少将), and verbs of
 * saying (内称, 指出). */
static const char *const before_names_zh[] = {
    "代表", "团长", "国务卿", "总理", "总统", "总督", "主席", "部长", "大使",
    "特使", "秘书长", "报告员", "议长", "主任", "法官", "顾问", "将军",
    "少将", "中将", "上将", "国王", "首相", "外长", "领袖", "市长", "行长",
    "总裁", "司令", "称", "指出", "表示",
    /* verbs of appointing and including, posts and ranks of a list of
     * members (拟任命X, 包括X, 外交大臣X, 次官X, 成员X, 教授X, 纪念X) */
    "任命", "接替", "包括", "领导人", "大臣", "次官", "成员", "教授", "学家",
    "纪念",
    /* agent nouns, which end in 者 (记者, 人权维护者, 受害者) */
    "者",
    /* posts whose last character transliterations use (警察总监, 总干事) */
    "总监", "干事",
    /* the last characters of posts (检察长, 议员, 专员, 长官), which the
     * transliteration of foreign names does not use */
    "长", "员", "官"};

/* The first characters of ranks after a name (少将, 中将, 上将), which
 * end it as after_names do. */
static const char ranks_after[] = "少中上有";

/* Adverbs that follow a name before its verb (易卜拉欣·贾法里也访问, X已抵达,
 * X还指出), which no transliterated name ends with: none is in the Chinese
 * names of the towns and States of the gazetteers but 也 (也门's first). */
static const char adverbs_after[] = "也已就曾还亦又均并即仍";

/* The first characters of the adverbs and verbs that begin what a report
 * says of a person (继续, 正在, 应邀, 将, 欢迎, 感谢, 获得, 需要), which
 * no Chinese name of the gazetteers' towns and States writes but 将
 * (Chinese towns' 将乐, no transliteration). */
static const char predicates_after[] = "继正应将欢感获需";

/* Words after a transliterated name that begin with characters its
 * parts are written with: a post (萨曼莎·鲍尔大使, X代表), and the names
 * that hold a person's (X政权 X's regime, X基金 X's fund, X国际日). */
static const char *const after_dotted_names[] = {"大使", "代表", "议员",
                                                 "政权", "基金", "国际",
                                                 "通过"};

/* The words after a transliterated name that make it the name of a
 * group, no person's: an alliance, a coalition, a gang (X联盟, X集团,
 * X帮, X团伙).  The group is one ORG, the name with its word. */
static const char *const group_words_zh[] = {"联盟", "集团", "团伙", "帮派",
                                             "帮"};

/* Does the character c end the last part of a transliterated name? */
static bool
ends_dotted_name(uint32_t c)
{
    return pt__char_in_set(ranks_after, c) ||
           pt__char_in_set(adverbs_after, c) ||
           pt__char_in_set(predicates_after, c);
}

/* Is a word of before_names_zh just before t[b]? */
static bool
post_ends_at(const pt_scan *sc, size_t b)
{
    for (size_t w = 0; w < sizeof before_names_zh / sizeof *before_names_zh;
         w++) {
        size_t len = strlen(before_names_zh[w]);
        if (b >= len && memcmp(sc->t + b - len, before_names_zh[w], len) == 0)
            return true;
    }
    return false;
}

/* A middle dot between the parts of a transliterated name. */
static bool
is_name_dot(uint32_t c)
{
    return c == 0xB7 || c == 0x30FB;
}

/* A hyphen at t[i] inside a part of a transliterated name, between Han
 * characters (皮埃尔-路易, 让-马克): its length, or 0. */
static size_t
name_hyphen_at(const pt_scan *sc, size_t i)
{
    size_t n, m;
    if (i == 0 || i >= sc->n ||
        !pt__is_han(pt__decode(sc->t, sc->n, pt__prev(sc->t, i), &m)))
        return 0;
    uint32_t c = cp_at(sc, i, &n);
    if (c != '-' && c != 0x2010 && c != 0xFF0D)
        return 0;
    if (i + n >= sc->n)
        return 0;
    uint32_t next = cp_at(sc, i + n, &m);
    return pt__is_han(next) && !is_name_stop(next) ? n : 0;
}

/* A first name of one character that a function word writes (让, Jean:
 * 总干事让·杜邦, 和让·杜邦) right before the dot t[i], after a post, a
 * function word or no Han character: where it begins, or i. */
static size_t
function_word_first_name_start(const pt_scan *sc, size_t i)
{
    size_t n;
    if (i == 0)
        return i;
    size_t p = pt__prev(sc->t, i);
    if (!is_name_stop(pt__decode(sc->t, sc->n, p, &n)))
        return i;
    if (p == 0 || post_ends_at(sc, p))
        return p;
    uint32_t c = pt__decode(sc->t, sc->n, pt__prev(sc->t, p), &n);
    return !pt__is_han(c) || is_name_stop(c) ? p : i;
}

/* The start of a listed town that ends at the dot t[i] and follows what
 * may open a name (a post, a function word, no Han character): a first
 * name that is a town's too (华盛顿·米苏克, 杰克逊·李); or i. */
static size_t
listed_first_name_start(const pt_scan *sc, size_t i)
{
    size_t n, s = pt__listed_start(sc, i, 1u << PT_LABEL_PLACE);
    if (s == i || s == 0 || post_ends_at(sc, s))
        return s;
    uint32_t c = pt__decode(sc->t, sc->n, pt__prev(sc->t, s), &n);
    return !pt__is_han(c) || is_name_stop(c) ? s : i;
}

/* The start of the name whose part ends at t[i]: Han characters back to
 * a function word, a post or a verb of saying before it, or `most`
 * characters. */
static size_t
name_part_start(const pt_scan *sc, size_t i, size_t most)
{
    size_t b = listed_first_name_start(sc, i), n;
    if (b < i)
        return b;
    for (size_t chars = 0; b > 0 && chars < most && !post_ends_at(sc, b) &&
                           pt__listed_start(sc, b, ~(1u << PT_LABEL_NONE)) == b;
         chars++) {
        size_t p = pt__prev(sc->t, b);
        uint32_t c = pt__decode(sc->t, sc->n, p, &n);
        if (b < i && p > 0 && name_hyphen_at(sc, p)) { /* 让-马克·德尚 */
            b = pt__prev(sc->t, p);
            continue;
        }
        if (!pt__is_han(c) || is_name_stop(c))
            break;
        b = p;
    }
    return b < i ? b : function_word_first_name_start(sc, i);
}

/* A name in Latin letters of two words or more that ends at t[i] (a
 * space before i allowed) in Chinese text: where it begins, or i. */
static size_t
latin_name_before(const pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    size_t b = i, words;
    if (b > 0 && t[b - 1] == ' ')
        b--;
    size_t end = b;
    while (b > 0 && (pt__is_latin_letter((unsigned char)t[b - 1]) ||
                     t[b - 1] == ' ' || t[b - 1] == '-' || t[b - 1] == '.' ||
                     t[b - 1] == '\''))
        b--;
    while (b < end && !pt__is_upper((unsigned char)t[b]))
        b++;
    if (b < end && read_latin_name(sc, b, &words) == end && words >= 2)
        return b;
    return i;
}

/* After a transliterated name ending at t[e], its Latin spelling in
 * brackets: 阿希姆·卡索(Achim Kassow).  A person too. */
static pt_status
latin_spelling_after(pt_scan *sc, size_t e, size_t *resume)
{
    size_t words, b = lit_at(sc, e, "(") ? e + 1 : lit_at(sc, e, "（") ? e + 3 : 0;
    if (!b || !pt__is_upper((unsigned char)sc->t[b]))
        return PT_OK;
    size_t f = read_latin_name(sc, b, &words);
    if (words < 2 || !(lit_at(sc, f, ")") || lit_at(sc, f, "）")))
        return PT_OK;
    *resume = f;
    return pt__emit(sc, b, f, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                    (int)(f - b), sc->t + b);
}

/* At a middle dot inside Han characters: a transliterated name, 约翰·克里,
 * 让·皮埃尔·迪亚瓦拉, from after the post or verb before it to the word
 * after it (和, 宣布, 少将, 先生). */
static pt_status
dotted_name_zh(pt_scan *sc, size_t i, size_t *resume)
{
    size_t n, b = name_part_start(sc, i, 6), e = i;
    if (b == i)
        return PT_OK;
    for (;;) { /* at a dot: the part after it */
        size_t part = e + (cp_at(sc, e, &n), n), f = part;
        for (size_t chars = 0, h; f < sc->n && chars < 8; chars++) {
            if (f > part && (h = name_hyphen_at(sc, f))) { /* 皮埃尔-路易 */
                f += h;
                continue;
            }
            uint32_t c = cp_at(sc, f, &n);
            if (!pt__is_han(c) || is_name_stop(c) ||
                pt__char_in_set(after_names, c) ||
                ends_dotted_name(c) ||
                lit_in(sc, f, after_dotted_names,
                       sizeof after_dotted_names / sizeof *after_dotted_names) ||
                lit_in(sc, f, group_words_zh,
                       sizeof group_words_zh / sizeof *group_words_zh))
                break;
            f += n;
        }
        if (f == part)
            break;
        e = f;
        if (!is_name_dot(cp_at(sc, e, &n)))
            break;
    }
    *resume = e > i ? e : i + 1;
    if (e == i)
        return PT_OK;
    size_t group = lit_in(sc, e, group_words_zh,
                          sizeof group_words_zh / sizeof *group_words_zh);
    if (group) { /* 维夫·安萨姆联盟: a body */
        *resume = group;
        return pt__emit(sc, b, group, PT_LABEL_ORG, PT_REC_SHAPE, "%.*s",
                        (int)(group - b), sc->t + b);
    }
    pt_status rc = pt__emit(sc, b, e, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                            (int)(e - b), sc->t + b);
    return rc == PT_OK ? latin_spelling_after(sc, e, resume) : rc;
}

/* Words after a post that begin with a surname's character but name no
 * one: 主席方面 (the Chair's side), 部长任期 (the Minister's term). */
static const char *const not_names_zh[] = {"方面", "任期", "高度", "任命"};

/* Can a Chinese name end before t[e]: the text's end, a character that is
 * no Han one (but no dot or hyphen, which join the parts of a
 * transliterated name: 马丁·洛佩兹), a function word, or a word that
 * follows names (表示, 先生). */
bool
pt__name_may_end_zh(const pt_scan *sc, size_t e)
{
    size_t n;
    if (e >= sc->n)
        return true;
    uint32_t c = cp_at(sc, e, &n);
    if (is_name_dot(c) || c == '-')
        return false;
    return !pt__is_han(c) || is_name_stop(c) ||
           pt__char_in_set(after_names, c);
}

/* Does a post begin inside t[b, e) and run past e (高级代表: 高级代 is
 * no name before 表)? */
static bool
post_runs_past(const pt_scan *sc, size_t b, size_t e)
{
    size_t n;
    for (size_t p = b; p < e; p += n) {
        cp_at(sc, p, &n);
        if (lit_in(sc, p, before_names_zh,
                   sizeof before_names_zh / sizeof *before_names_zh) > e ||
            lit_in(sc, p, cjk_roles, sizeof cjk_roles / sizeof *cjk_roles) > e)
            return true;
    }
    return false;
}

/* A Chinese name at t[b]: a surname of surnames.h and one or two given
 * characters, then where a name may end (部长刘振华表示, 大使王毅、);
 * its end, or b. */
static size_t
chinese_name_end(const pt_scan *sc, size_t b)
{
    size_t s = lit_in(sc, b, surnames_zh, sizeof surnames_zh / sizeof *surnames_zh);
    size_t e = s, n, ends[2] = {0, 0};
    /* 于 is a surname but after a post the word "at" (部长于周一表示) */
    if (!s || is_name_stop(cp_at(sc, b, &n)) ||
        lit_in(sc, b, not_names_zh, sizeof not_names_zh / sizeof *not_names_zh))
        return b;
    for (int given = 0; given < 2; given++) {
        uint32_t c = e < sc->n ? cp_at(sc, e, &n) : 0;
        if (!pt__is_han(c) || is_name_stop(c))
            break;
        e += n;
        ends[given] = pt__name_may_end_zh(sc, e) ? e : 0;
    }
    size_t e2 = ends[1] && !post_runs_past(sc, b, ends[1]) ? ends[1] : 0;
    size_t e1 = ends[0] && !post_runs_past(sc, b, ends[0]) ? ends[0] : 0;
    return e2 ? e2 : e1 ? e1 : b;
}

/* zh: what joins the names of a list (议员王建国、李明华和张伟). */
static const char *const name_list_joints_zh[] = {"、", "和", "及"};

/* After a name that ends at e, the Chinese names that a list joins to it,
 * each a person: one post before them all. */
static pt_status
chinese_names_listed_after(pt_scan *sc, size_t e, size_t *resume)
{
    for (int names = 0; names < 16; names++) {
        size_t f, b = lit_in(sc, e, name_list_joints_zh,
                             sizeof name_list_joints_zh / sizeof *name_list_joints_zh);
        if (!b || (f = chinese_name_end(sc, b)) == b)
            return PT_OK;
        pt_status rc = pt__emit(sc, b, f, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                                (int)(f - b), sc->t + b);
        if (rc != PT_OK)
            return rc;
        *resume = e = f;
    }
    return PT_OK;
}

/* After a post: a name in Latin letters of two words or more, a
 * transliterated one, whose parts a middle dot joins, or a Chinese one. */
static pt_status
person_after_role_zh(pt_scan *sc, size_t k, size_t *resume)
{
    const char *t = sc->t;
    size_t b = skip_sp(sc, k), e = b, n, words = 0;
    if (pt__is_upper(cp_at(sc, b, &n))) {
        e = read_latin_name(sc, b, &words);
        if (words < 2)
            return PT_OK;
    } else if ((e = chinese_name_end(sc, b)) == b) {
        bool dot = false;
        for (size_t chars = 0; e < sc->n && chars < 16; chars++) {
            uint32_t c = cp_at(sc, e, &n);
            /* parts joined by a middle dot or a hyphen */
            bool joint = (c == 0xB7 || c == 0x30FB || c == '-') && e > b;
            if (!(pt__is_han(c) || joint) || is_name_stop(c) ||
                pt__char_in_set(after_names, c) ||
                (dot && ends_dotted_name(c)))
                break;
            dot = dot || (joint && c != '-');
            e += n;
        }
        if (!dot || !pt__is_han(pt__decode(t, sc->n, pt__prev(t, e), &n)))
            return PT_OK;
    }
    *resume = e;
    pt_status rc = pt__emit(sc, b, e, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                            (int)(e - b), t + b);
    return rc == PT_OK ? chinese_names_listed_after(sc, e, resume) : rc;
}

static pt_status
person_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    const char *t = sc->t;
    size_t n;
    if (is_name_dot(cp_at(sc, i, &n)))
        return dotted_name_zh(sc, i, resume);
    size_t role = lit_in(sc, i, cjk_roles, sizeof cjk_roles / sizeof *cjk_roles);
    if (role)
        return person_after_role_zh(sc, role, resume);
    if (i < 3 || i + 6 > sc->n ||
        !lit_in(sc, i, cjk_titles, sizeof cjk_titles / sizeof *cjk_titles))
        return PT_OK;
    size_t latin = latin_name_before(sc, i);
    if (latin < i) { /* Abel Adelakun Ayoko先生 */
        *resume = i + 6;
        size_t e = i;
        while (e > latin && t[e - 1] == ' ')
            e--;
        return pt__emit(sc, latin, e, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                        (int)(e - latin), t + latin);
    }
    size_t b = i, chars = 0;
    bool dot = false;
    while (b > 0 && chars < 10 && !post_ends_at(sc, b)) {
        size_t p = pt__prev(t, b);
        uint32_t c = pt__decode(t, sc->n, p, &n);
        if (!(pt__is_han(c) || c == 0xB7 || c == 0x30FB) || is_name_stop(c))
            break;
        dot = dot || c == 0xB7 || c == 0x30FB;
        b = p;
        chars++;
    }
    *resume = i + 6;
    if (chars >= 2 && (dot || chars <= 4))
        return pt__emit(sc, b, i, PT_LABEL_PERSON, PT_REC_PERSON, "%.*s",
                        (int)(i - b), t + b);
    return PT_OK;
}

/* At a post or a noun of people in lower case: the capitalised words are
 * person_at's own. */
static pt_status
person_post_at(pt_scan *sc, size_t i, size_t *resume)
{
    if (sc->langs & (PT_LANG_FR | PT_LANG_ES))
        return person_after_noun_at(sc, i, resume);
    if (sc->langs & PT_LANG_RU)
        return person_after_post_ru(sc, i, resume);
    return sc->t[i] >= 'a' && sc->t[i] <= 'z' ? person_at(sc, i, resume)
                                                       : PT_OK;
}

/* ---- where the recognisers begin --------------------------------------- */

const pt_rule pt__rule_person = {.at = person_at,
                                 .starts = "(,.",
                                 .words = {PT_WORDS(titles), PT_WORDS(roles),
                                           PT_WORDS(honorifics)},
                                 .capitalised = true};
const pt_rule pt__rule_person_post = {
    .at = person_post_at,
    .words = {PT_WORDS(posts_in_lower_case), PT_WORDS(person_nouns),
              PT_WORDS(person_nouns_fr_es), PT_WORDS(posts_ru)}};
const pt_rule pt__rule_person_zh = {
    .at = person_zh_at,
    .starts = "·・",
    .words = {PT_WORDS(cjk_titles), PT_WORDS(cjk_roles)}};
