/*
 * meetings.c: the meetings of a listed treaty's parties, in French,
 * Spanish and Russian.
 *
 * English names such a meeting before the treaty and values it by the
 * treaty's value ("Conference of the Parties to the Basel Convention",
 * pt__parties_meetings in names.c).  French, Spanish and Russian name it
 * the same way in their words ("Conférence des Parties à la Convention de
 * Bâle", "Conferencia de las Partes en el Convenio de Basilea",
 * "Конференция Сторон Базельской конвенции"), Russian a review after the
 * treaty ("Конференция участников Договора ... по рассмотрению действия
 * Договора"): one EVENT over the treaty's name, valued as English's.
 */
#include "recognisers.h"

#include <string.h>

/* The entries of pt__parties_meetings. */
enum { REVIEW = 0, CONFERENCE = 2, MEETING = 4 };

/* A meeting's words right before the treaty's listed name, its article
 * included, by language. */
static const struct parties_head {
    uint32_t lang;
    const char *words;
    uint8_t meeting;
} parties_heads[] = {
    {PT_LANG_FR, "Conférence des Parties à la ", CONFERENCE},
    {PT_LANG_FR, "Conférence des Parties à l'", CONFERENCE},
    {PT_LANG_FR, "Conférence des Parties à l’", CONFERENCE},
    {PT_LANG_FR, "Conférence des Parties au ", CONFERENCE},
    {PT_LANG_FR, "Conférence des Parties aux ", CONFERENCE},
    {PT_LANG_FR, "Réunion des Parties à la ", MEETING},
    {PT_LANG_FR, "Réunion des Parties à l'", MEETING},
    {PT_LANG_FR, "Réunion des Parties à l’", MEETING},
    {PT_LANG_FR, "Réunion des Parties au ", MEETING},
    {PT_LANG_FR, "Conférence des Parties chargée d'examiner le ", REVIEW},
    {PT_LANG_FR, "Conférence des Parties chargée d’examiner le ", REVIEW},
    {PT_LANG_ES, "Conferencia de las Partes en la ", CONFERENCE},
    {PT_LANG_ES, "Conferencia de las Partes en el ", CONFERENCE},
    {PT_LANG_ES, "Reunión de las Partes en la ", MEETING},
    {PT_LANG_ES, "Reunión de las Partes en el ", MEETING},
    {PT_LANG_ES, "Conferencia de las Partes encargada del Examen del ", REVIEW},
    {PT_LANG_ES, "Conferencia de las Partes encargada del examen del ", REVIEW},
    /* Russian's conference in each case; "Сторон" for a convention's
     * parties, "участников" for a treaty's */
    {PT_LANG_RU, "Конференция Сторон ", CONFERENCE},
    {PT_LANG_RU, "Конференции Сторон ", CONFERENCE},
    {PT_LANG_RU, "Конференцию Сторон ", CONFERENCE},
    {PT_LANG_RU, "Конференцией Сторон ", CONFERENCE},
    {PT_LANG_RU, "Конференция участников ", CONFERENCE},
    {PT_LANG_RU, "Конференции участников ", CONFERENCE},
    {PT_LANG_RU, "Конференцию участников ", CONFERENCE},
    {PT_LANG_RU, "Конференцией участников ", CONFERENCE},
    {PT_LANG_RU, "Совещание Сторон ", MEETING},
    {PT_LANG_RU, "Совещания Сторон ", MEETING},
    {PT_LANG_RU, "Совещании Сторон ", MEETING},
    {PT_LANG_RU, "Совещанию Сторон ", MEETING}};

/* ru: after the treaty, what makes a conference its review; the treaty's
 * head noun follows. */
static const char ru_review[] = " по рассмотрению действия ";

/* The end of the word that begins at t[i]. */
static size_t
word_end(const pt_scan *sc, size_t i)
{
    size_t n;
    while (i < sc->n && is_word_char(cp_at(sc, i, &n)))
        i += n;
    return i;
}

pt_status
pt__parties_meeting_scan(pt_scan *sc)
{
    pt_status rc = PT_OK;
    if (!(sc->langs == PT_LANG_FR || sc->langs == PT_LANG_ES ||
          sc->langs == PT_LANG_RU))
        return PT_OK;
    /* the listed names and those named by their place (Protocole de
     * Montréal) */
    for (size_t i = 0, count = sc->cands.n; i < count; i++) {
        pt_cand t = PT_VEC_AT(sc->cands, pt_cand, i);
        if (t.label != PT_LABEL_INSTRUMENT || t.rec == PT_REC_SHORT_TITLE)
            continue;
        for (size_t k = 0; k < sizeof parties_heads / sizeof *parties_heads; k++) {
            const struct parties_head *h = &parties_heads[k];
            size_t hn = strlen(h->words), e = t.end, meeting = h->meeting;
            if (h->lang != sc->langs || t.start < hn ||
                memcmp(sc->t + t.start - hn, h->words, hn) != 0)
                continue;
            if (sc->langs == PT_LANG_RU && meeting == CONFERENCE &&
                lit_at(sc, e, ru_review)) {
                size_t r = word_end(sc, e + sizeof ru_review - 1);
                if (r > e + sizeof ru_review - 1) {
                    e = r;
                    meeting = REVIEW;
                }
            }
            const char *before = pt__parties_meetings[meeting].value;
            size_t vn = strlen(before);
            char value[PT_MAX_VALUE + 1];
            if (vn + t.value_len > PT_MAX_VALUE)
                break;
            memcpy(value, before, vn);
            memcpy(value + vn, sc->vals.ptr + t.value_off, t.value_len);
            PT_CHECK(pt__cand_add(sc, t.start - hn, e, PT_LABEL_EVENT,
                                  PT_REC_SHAPE, value, vn + t.value_len));
            break;
        }
    }
done:
    return rc;
}
