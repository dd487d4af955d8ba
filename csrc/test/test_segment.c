/*
 * test_segment.c: tests of sentences and tokens (segment.c).
 *
 *     test_segment [CORPUS_FILE...]
 *
 * Small Chinese and English blocks pin what users see; every block of
 * every file named on the command line, tagged, is checked for the
 * segmentation invariants (spans in order, disjoint, inside the text, on
 * character boundaries, trimmed; every entity exactly one token and
 * inside one sentence; with punctuation kept, every non-white-space
 * character in a token; away from entities, ICU's own words); an
 * allocator that fails the k-th call checks every out-of-memory path.
 * Prints "N passed, N failed" and exits non-zero on any failure.
 */
#include "check.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

/* A block of `text` with the entities at the byte spans `ents` (pairs,
 * ended by 0, 0). */
static pt_block
make_block(const char *text, const uint32_t *ents, pt_entity *store)
{
    pt_block b = {0};
    b.kind = PT_BLOCK_PARAGRAPH;
    b.text = text;
    b.text_len = strlen(text);
    b.number = "";
    size_t n = 0;
    for (; ents && ents[2 * n + 1] != 0; n++)
        store[n] = (pt_entity){ents[2 * n], ents[2 * n + 1], PT_LABEL_DATE,
                               "", "test"};
    b.entities = store;
    b.nentities = n;
    return b;
}

/* Do the spans of `out` spell exactly the NULL-ended strings `want`? */
static bool
spans_are(const pt_block *b, const pt_spans *out, const char *const *want)
{
    size_t k = 0;
    for (; want[k]; k++) {
        if (k >= out->n)
            goto differ;
        pt_span sp = out->items[k];
        if (sp.end - sp.start != strlen(want[k]) ||
            memcmp(b->text + sp.start, want[k], strlen(want[k])) != 0)
            goto differ;
    }
    if (k == out->n)
        return true;
differ:
    fprintf(stderr, "spans differ; got:");
    for (size_t i = 0; i < out->n; i++)
        fprintf(stderr, " [%.*s]",
                (int)(out->items[i].end - out->items[i].start),
                b->text + out->items[i].start);
    fprintf(stderr, "\n");
    return false;
}

static bool
has_token(const pt_block *b, const pt_spans *out, const char *token)
{
    for (size_t k = 0; k < out->n; k++)
        if (out->items[k].end - out->items[k].start == strlen(token) &&
            memcmp(b->text + out->items[k].start, token, strlen(token)) == 0)
            return true;
    return false;
}

/* Do the spans, white space taken out, spell `text` without its white
 * space (ASCII spaces only)? */
static bool
joined_is(const pt_block *b, const pt_spans *out, const char *text)
{
    const char *t = text;
    for (size_t k = 0; k < out->n; k++)
        for (uint32_t i = out->items[k].start; i < out->items[k].end; i++) {
            if (b->text[i] == ' ')
                continue;
            while (*t == ' ')
                t++;
            if (*t++ != b->text[i])
                return false;
        }
    while (*t == ' ')
        t++;
    return *t == '\0';
}

static pt_segmenter *
segmenter(const char *lang)
{
    pt_segmenter *seg = NULL;
    pt_error err;
    if (pt_segmenter_new(lang, NULL, &seg, &err) != PT_OK)
        fprintf(stderr, "segmenter: %s\n", err.msg);
    return seg;
}

/* Do the tokens of the block, its entities set aside, fall on ICU's own
 * word boundaries over u_strFromUTF8's UTF-16, one token for each piece
 * that is not white space?  Checks the segmenter's own UTF-8 decoding.
 * Code points are UTF-16 units here: the texts have nothing past
 * U+FFFF. */
static bool
agrees_with_icu(pt_segmenter *seg, const char *lang, const pt_block *block)
{
    pt_block b = *block;
    b.nentities = 0;
    pt_spans out = {0};
    pt_error err;
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0;
    UChar *u = malloc((b.text_len + 1) * sizeof *u);
    UBreakIterator *brk = ubrk_open(UBRK_WORD, lang, NULL, 0, &st);
    u_strFromUTF8(u, (int32_t)b.text_len + 1, &n, b.text,
                  (int32_t)b.text_len, &st);
    ubrk_setText(brk, u, n, &st);
    bool ok = U_SUCCESS(st) &&
              pt_block_tokens(seg, &b, PT_SEGMENT_CODEPOINTS, &out, &err) ==
                  PT_OK;
    size_t k = 0;
    for (int32_t from = ubrk_first(brk), to; ok && (to = ubrk_next(brk)) !=
                                                   UBRK_DONE;
         from = to) {
        bool space = true;
        for (int32_t i = from; i < to && space; i++)
            space = pt__is_space(u[i]);
        if (space)
            continue;
        ok = k < out.n && out.items[k].start >= (uint32_t)from &&
             out.items[k].end <= (uint32_t)to;
        k++;
    }
    ok = ok && k == out.n;
    ubrk_close(brk);
    free(u);
    pt_spans_free(&out);
    return ok;
}

static void
test_chinese(void)
{
    /* 在 2018 年 6 月 6 日与 CAC/COSP/IRG/2018/CRP.2 一致，返还了 3.21 亿美元。
     * 会议结束。 */
    static const char text[] =
        "\xE5\x9C\xA8 2018 \xE5\xB9\xB4 6 \xE6\x9C\x88 6 \xE6\x97\xA5"
        "\xE4\xB8\x8E CAC/COSP/IRG/2018/CRP.2 \xE4\xB8\x80\xE8\x87\xB4"
        "\xEF\xBC\x8C\xE8\xBF\x94\xE8\xBF\x98\xE4\xBA\x86 3.21 "
        "\xE4\xBA\xBF\xE7\xBE\x8E\xE5\x85\x83\xE3\x80\x82"
        "\xE4\xBC\x9A\xE8\xAE\xAE\xE7\xBB\x93\xE6\x9D\x9F\xE3\x80\x82";
    static const char *const date = "2018 \xE5\xB9\xB4 6 \xE6\x9C\x88 6 "
                                    "\xE6\x97\xA5";
    static const char *const money =
        "3.21 \xE4\xBA\xBF\xE7\xBE\x8E\xE5\x85\x83";
    const char *d = strstr(text, date), *s = strstr(text, "CAC/"),
               *m = strstr(text, money);
    uint32_t ents[] = {(uint32_t)(d - text),
                       (uint32_t)(d - text + strlen(date)),
                       (uint32_t)(s - text),
                       (uint32_t)(s - text + 23),
                       (uint32_t)(m - text),
                       (uint32_t)(m - text + strlen(money)),
                       0,
                       0};
    pt_entity store[3];
    pt_block b = make_block(text, ents, store);
    pt_segmenter *seg = segmenter("zh");
    pt_spans out = {0};
    pt_error err;
    CHECK(seg != NULL);
    if (seg == NULL)
        return;
    /* how ICU's dictionary cuts the other words varies with its version */
    CHECK(pt_block_tokens(seg, &b, 0, &out, &err) == PT_OK);
    CHECK(has_token(&b, &out, date) && has_token(&b, &out, money) &&
          has_token(&b, &out, "CAC/COSP/IRG/2018/CRP.2"));
    CHECK(has_token(&b, &out, "\xEF\xBC\x8C")); /* ， */
    CHECK(joined_is(&b, &out, text));
    size_t all = out.n;
    out.n = 0;
    CHECK(pt_block_tokens(seg, &b, PT_SEGMENT_WORDS_ONLY, &out, &err) ==
          PT_OK);
    CHECK(out.n == all - 3 && !has_token(&b, &out, "\xE3\x80\x82")); /* 。 */
    CHECK(has_token(&b, &out, date) && has_token(&b, &out, money));
    out.n = 0;
    CHECK(pt_block_sentences(seg, &b, 0, &out, &err) == PT_OK);
    CHECK(out.n == 2 && out.items[1].start == strlen(text) - 15);
    pt_spans_free(&out);
    pt_segmenter_free(seg);
}

static void
test_english(void)
{
    static const char text[] =
        "The Group met on 21 March 2018. It noted document "
        "A/C.3/56/L.12/Rev.1 (see para. 12) and U.S. views.  Then it "
        "closed.";
    const char *sym = strstr(text, "A/C.3");
    uint32_t ents[] = {17, 30, (uint32_t)(sym - text),
                       (uint32_t)(sym - text + 19), 0, 0};
    pt_entity store[2];
    pt_block b = make_block(text, ents, store);
    pt_segmenter *seg = segmenter("en");
    pt_spans out = {0};
    pt_error err;
    CHECK(seg != NULL);
    if (seg == NULL)
        return;
    CHECK(pt_block_sentences(seg, &b, 0, &out, &err) == PT_OK);
    static const char *const sentences[] = {
        "The Group met on 21 March 2018.",
        "It noted document A/C.3/56/L.12/Rev.1 (see para. 12) and U.S. "
        "views.",
        "Then it closed.", NULL};
    CHECK(spans_are(&b, &out, sentences));
    out.n = 0;
    CHECK(pt_block_tokens(seg, &b, PT_SEGMENT_WORDS_ONLY, &out, &err) ==
          PT_OK);
    static const char *const words[] = {
        "The", "Group", "met", "on", "21 March 2018", "It", "noted",
        "document", "A/C.3/56/L.12/Rev.1", "see", "para", "12", "and", "U.S",
        "views", "Then", "it", "closed", NULL};
    CHECK(spans_are(&b, &out, words));
    pt_spans_free(&out);
    pt_segmenter_free(seg);
}

static void
test_edges(void)
{
    pt_segmenter *seg = segmenter(NULL);
    pt_spans out = {0};
    pt_error err;
    CHECK(seg != NULL);
    if (seg == NULL)
        return;
    static const char *const none[] = {NULL};
    static const char *const inputs[] = {"", " ", " \n\t\xE3\x80\x80 "};
    for (size_t i = 0; i < 3; i++) {
        pt_block b = make_block(inputs[i], NULL, NULL);
        CHECK(pt_block_tokens(seg, &b, 0, &out, &err) == PT_OK);
        CHECK(pt_block_sentences(seg, &b, 0, &out, &err) == PT_OK);
        CHECK(spans_are(&b, &out, none));
    }
    /* a character past U+FFFF takes two UTF-16 units: offsets stay right */
    pt_block b = make_block("\xF0\x9F\x98\x80 ok \xF0\xA0\x80\x80 go", NULL,
                            NULL);
    static const char *const tokens[] = {"\xF0\x9F\x98\x80", "ok",
                                         "\xF0\xA0\x80\x80", "go", NULL};
    CHECK(pt_block_tokens(seg, &b, 0, &out, &err) == PT_OK);
    CHECK(spans_are(&b, &out, tokens));
    /* every UTF-8 length, the leads E0 and ED (checked apart from other
     * 3-byte characters) among runs of Chinese long enough for the fast
     * path: 한국어 ࠀࠁ Привет مرحبا 中文字符中文字符中文字符 */
    static const char mixed_text[] =
        "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xE0\xA0\x80\xE0\xA0\x81 "
        "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 "
        "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
        "\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97\xE7\xAC\xA6"
        "\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97\xE7\xAC\xA6"
        "\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97\xE7\xAC\xA6"
        "\xED\x95\x9C\xED\x95\x9C\xED\x95\x9C\xED\x95\x9C"
        "\xED\x95\x9C\xED\x95\x9C.";
    pt_block mixed = make_block(mixed_text, NULL, NULL);
    CHECK(agrees_with_icu(seg, "", &mixed));
    /* the same in code points: 😀 and 𠀀 are one each */
    out.n = 0;
    CHECK(pt_block_tokens(seg, &b, PT_SEGMENT_CODEPOINTS, &out, &err) ==
          PT_OK);
    CHECK(out.n == 4 && out.items[1].start == 2 && out.items[1].end == 4 &&
          out.items[3].start == 7 && out.items[3].end == 9);
    /* invalid UTF-8 in a hand-made block fails, out unchanged; so does a
     * surrogate, an overlong form or a character cut short */
    static const char *const bad[] = {
        "ok \xFF", "\xED\xA0\x80 x", "\xC0\xAF", "ok \xE4\xB8",
        "\xE4\xB8\xAD\xE4\xB8\xAD\xE0\x80\xAD\xE4\xB8\xAD\xE4\xB8\xAD"
        "\xE4\xB8\xAD",
        "\xE4\xB8\xAD\xED\xB8\xAD\xE4\xB8\xAD\xE4\xB8\xAD\xE4\xB8\xAD"
        "\xE4\xB8\xAD"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        out.n = 0;
        b = make_block(bad[i], NULL, NULL);
        CHECK(pt_block_tokens(seg, &b, 0, &out, &err) == PT_E_UTF8 &&
              out.n == 0);
    }
    CHECK(pt_block_tokens(NULL, &b, 0, &out, &err) == PT_E_ARG);
    CHECK(pt_segmenter_new("en", NULL, NULL, &err) == PT_E_ARG);
    pt_spans_free(&out);
    pt_spans_free(NULL);
    pt_segmenter_free(seg);
    pt_segmenter_free(NULL);
}

/* ---- allocation failures ----------------------------------------------- */

/* Fail each allocation in turn: PT_E_NOMEM, the spans as they were, no
 * leak. */
static void
test_out_of_memory(void)
{
    static const char text[] = "The Group met on 21 March 2018. It closed.";
    uint32_t ents[] = {17, 30, 0, 0};
    pt_entity store[1];
    pt_block b = make_block(text, ents, store);
    bool all_ok = true;
    for (long k = 0;; k++) {
        pt_failing f = {k, 0};
        pt_alloc a = pt_failing_alloc(&f);
        pt_segmenter *seg = NULL;
        pt_spans out = {.alloc = &a};
        pt_error err;
        pt_status rc = pt_segmenter_new("en", &a, &seg, &err);
        if (rc == PT_OK)
            rc = pt_block_sentences(seg, &b, 0, &out, &err);
        if (rc == PT_OK)
            rc = pt_block_tokens(seg, &b, 0, &out, &err);
        all_ok = all_ok && (rc == PT_OK ? out.n == 2 + 9 : rc == PT_E_NOMEM);
        pt_spans_free(&out);
        pt_segmenter_free(seg);
        all_ok = all_ok && f.live == 0;
        if (rc == PT_OK)
            break;
    }
    CHECK(all_ok);
}

static bool
is_space_at(const char *s, size_t len, size_t i)
{
    size_t n;
    return pt__is_space(pt__decode(s, len, i, &n));
}

static bool
on_char(const char *s, size_t len, uint32_t i)
{
    return i == len || ((unsigned char)s[i] & 0xC0) != 0x80;
}

/* The invariants of pt_block_sentences and pt_block_tokens; NULL when all
 * hold, else the broken one. */
static const char *
check_block(const pt_block *b, const pt_spans *sent, const pt_spans *tok,
            bool all_chars)
{
    const pt_spans *both[2] = {sent, tok};
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < both[k]->n; i++) {
            pt_span sp = both[k]->items[i];
            if (sp.start >= sp.end || sp.end > b->text_len ||
                (i > 0 && sp.start < both[k]->items[i - 1].end))
                return "spans out of order, overlapping or outside the text";
            if (!on_char(b->text, b->text_len, sp.start) ||
                !on_char(b->text, b->text_len, sp.end))
                return "a span cuts a character";
            if (is_space_at(b->text, b->text_len, sp.start) ||
                is_space_at(b->text, b->text_len,
                            pt__prev(b->text, sp.end)))
                return "a span is not trimmed";
        }
    size_t t = 0, s = 0;
    for (size_t j = 0; j < b->nentities; j++) {
        const pt_entity *e = &b->entities[j];
        while (t < tok->n && tok->items[t].end <= e->start)
            t++;
        if (t == tok->n || tok->items[t].start != e->start ||
            tok->items[t].end != e->end)
            return "an entity is not exactly one token";
        while (s < sent->n && sent->items[s].end <= e->start)
            s++;
        if (s == sent->n || sent->items[s].start > e->start ||
            sent->items[s].end < e->end)
            return "an entity is not inside one sentence";
    }
    /* with punctuation kept, only white space is in no token */
    t = 0;
    for (size_t i = 0, n; all_chars && i < b->text_len; i += n) {
        bool space = is_space_at(b->text, b->text_len, i);
        pt__decode(b->text, b->text_len, i, &n);
        while (t < tok->n && tok->items[t].end <= i)
            t++;
        if (!space && (t == tok->n || tok->items[t].start > i))
            return "a non-space character is in no token";
    }
    return NULL;
}

static bool
has_astral(const pt_block *b)
{
    for (size_t i = 0; i < b->text_len; i++)
        if ((unsigned char)b->text[i] >= 0xF0)
            return true;
    return false;
}

static void
test_file(const char *path, const pt_tagger *tg)
{
    size_t len;
    char *text = pt_read_file(path, &len);
    pt_options opt = {0, PT_OPT_REPLACE_INVALID, NULL, NULL, tg, NULL};
    pt_doc *doc = NULL;
    pt_segmenter *seg = NULL;
    pt_error err;
    CHECK(text != NULL);
    if (text == NULL || pt_parse(text, len, &opt, &doc, &err) != PT_OK ||
        pt_segmenter_new(pt_doc_language(doc), NULL, &seg, &err) != PT_OK) {
        CHECK(!"parse or segmenter failed");
        goto done;
    }
    size_t nblocks;
    const pt_block *blocks = pt_doc_blocks(doc, &nblocks);
    pt_spans sent = {0}, tok = {0}, words = {0};
    const char *why = NULL;
    for (size_t i = 0; i < nblocks && why == NULL; i++) {
        sent.n = tok.n = words.n = 0;
        if (pt_block_sentences(seg, &blocks[i], 0, &sent, &err) != PT_OK ||
            pt_block_tokens(seg, &blocks[i], 0, &tok, &err) != PT_OK ||
            pt_block_tokens(seg, &blocks[i], PT_SEGMENT_WORDS_ONLY, &words,
                            &err) != PT_OK)
            why = err.msg;
        else
            why = check_block(&blocks[i], &sent, &tok, true);
        if (why == NULL)
            why = check_block(&blocks[i], &sent, &words, false);
        if (why == NULL && !has_astral(&blocks[i]) &&
            !agrees_with_icu(seg, pt_doc_language(doc), &blocks[i]))
            why = "tokens differ from ICU's words";
        if (why)
            fprintf(stderr, "%s: block %zu: %s\n", path, i, why);
    }
    CHECK(why == NULL);
    pt_spans_free(&sent);
    pt_spans_free(&tok);
    pt_spans_free(&words);
done:
    pt_segmenter_free(seg);
    pt_doc_free(doc);
    free(text);
}

int
main(int argc, char **argv)
{
    test_chinese();
    test_english();
    test_edges();
    test_out_of_memory();
    pt_tagger_options topt = {0, 0, NULL, 0, NULL};
    pt_tagger *tg = NULL;
    pt_error err;
    CHECK(pt_tagger_new(&topt, &tg, &err) == PT_OK);
    for (int i = 1; i < argc; i++)
        test_file(argv[i], tg);
    pt_tagger_free(tg);
    return pt_check_report();
}
