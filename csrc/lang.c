/*
 * lang.c: which UN language a text is in.
 *
 * Scripts decide first: Han for Chinese, Arabic, Cyrillic for Russian.
 * Latin text is told apart by its commonest short words, which English,
 * French and Spanish do not share.  The first SAMPLE_BYTES are enough.
 */
#include "internal.h"

#include <string.h>

#define SAMPLE_BYTES (256u * 1024u)

typedef struct word_votes {
    const char *lang;
    const char *const *words;
} word_votes;

static const char *const en_words[] = {"the", "and", "of", "to", "that",
                                       "is", "for", "with", NULL};
static const char *const fr_words[] = {"les", "des", "et", "du", "est",
                                       "une", "dans", "aux", "sur", NULL};
static const char *const es_words[] = {"los", "las", "del", "y", "el",
                                       "una", "para", "por", "con", NULL};

static const word_votes latin[] = {
    {"en", en_words}, {"fr", fr_words}, {"es", es_words}};

const char *
pt__detect_language(const char *s, size_t len)
{
    size_t han = 0, arabic = 0, cyrillic = 0, letters = 0, n;
    size_t votes[3] = {0, 0, 0};
    if (len > SAMPLE_BYTES)
        len = pt__prev(s, SAMPLE_BYTES + 1); /* whole characters only */
    for (size_t i = 0; i < len;) {
        uint32_t c = pt__decode(s, len, i, &n);
        if (pt__is_han(c)) {
            han++;
        } else if (c >= 0x600 && c <= 0x6FF) {
            arabic++;
        } else if (c >= 0x400 && c <= 0x4FF) {
            cyrillic++;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            size_t w = i;
            while (i < len && (((unsigned char)s[i] | 0x20) >= 'a' &&
                               ((unsigned char)s[i] | 0x20) <= 'z'))
                i++;
            letters += i - w;
            if (i - w > 4)
                continue;
            for (size_t k = 0; k < 3; k++)
                for (const char *const *p = latin[k].words; *p; p++)
                    if ((*p)[0] == s[w] && strlen(*p) == i - w &&
                        memcmp(*p, s + w, i - w) == 0)
                        votes[k]++;
            continue;
        }
        i += n;
    }
    /* A Han character carries about as much text as three Latin letters. */
    size_t best = han * 3;
    const char *lang = han ? "zh" : "und";
    if (arabic > best)
        best = arabic, lang = "ar";
    if (cyrillic > best)
        best = cyrillic, lang = "ru";
    if (letters > best) {
        size_t k = votes[1] > votes[0] ? 1 : 0;
        if (votes[2] > votes[k])
            k = 2;
        lang = votes[k] ? latin[k].lang : "en";
    }
    return lang;
}
