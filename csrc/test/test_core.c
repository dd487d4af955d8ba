/*
 * test_core.c: tests of the C core alone, the library's first client.
 *
 *     test_core [CORPUS_FILE...]
 *
 * Small inputs pin blocks, marks, joins, metadata and errors; every file
 * named on the command line is checked for the "nothing lost" invariant
 * (every non-white-space byte lies in exactly one region, regions sorted
 * and disjoint, each block's spans inside its own regions); an allocator
 * that fails the k-th call checks every out-of-memory path.
 * Prints "N passed, N failed" and exits non-zero on any failure.
 */
#include "check.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pt_doc *
parse(const char *text, size_t len, unsigned flags)
{
    pt_doc *doc = NULL;
    pt_error err;
    pt_options opt = {0, flags, NULL, NULL, NULL, NULL};
    pt_status rc = pt_parse(text, len, &opt, &doc, &err);
    if (rc != PT_OK)
        fprintf(stderr, "parse failed: %s\n", err.msg);
    return doc;
}

static const pt_block *
block(const pt_doc *doc, size_t i)
{
    size_t n;
    const pt_block *b = pt_doc_blocks(doc, &n);
    return i < n ? &b[i] : NULL;
}

static size_t
nblocks(const pt_doc *doc)
{
    size_t n;
    pt_doc_blocks(doc, &n);
    return n;
}

static bool
ref_is(const pt_doc *doc, const pt_block *b, size_t k, const char *mark)
{
    size_t len;
    const char *s = pt_doc_text(doc, &len);
    return k < b->nrefs && b->refs[k].end - b->refs[k].start == strlen(mark) &&
           memcmp(s + b->refs[k].start, mark, strlen(mark)) == 0;
}

/* Every invariant of check.h holds. */
static bool
nothing_lost(const pt_doc *doc)
{
    const char *why = pt_check_doc(doc);
    if (why)
        fprintf(stderr, "invariant broken: %s\n", why);
    return why == NULL;
}

static void
test_chinese_report(void)
{
    static const char text[] =
        "  \xE4\xB8\x80. \xE6\xA0\x87\xE9\xA2\x98 \n" /* 一. 标题 */
        "\n"
        "1. \xE4\xBC\x9A\xE8\xAE\xAE\xE9\x81\xB5\xE5\xBE\xAA 2017-\n" /* 会议遵循 */
        "2019 \xE5\xB9\xB4\xE8\xAE\xA1\xE5\x88\x92\xE3\x80\x82" "1 \n" /* 年计划。1 */
        "__________________ \n"
        " 1 \xE8\x84\x9A\xE6\xB3\xA8\xE3\x80\x82\n" /* 脚注。 */
        "2. \xE8\xAF\xB4\xE6\x98\x8E\xEF\xBC\x88" "CAC/COSP/IRG/2018/ \n"
        "CRP.2\xEF\xBC\x89\xE4\xB8\x8E\n" /* 说明（...）与 */
        "http://undocs.org/ch/CAC/COSP/WG.2/2018/3\n"
        " \xE6\x88\x90\xE6\x9E\x9C\xE3\x80\x82\n"; /* 成果。 */
    pt_doc *doc = parse(text, sizeof text - 1, 0);
    CHECK(doc != NULL);
    if (doc == NULL)
        return;
    CHECK(strcmp(pt_doc_language(doc), "zh") == 0);
    CHECK(nblocks(doc) == 4);
    const pt_block *h = block(doc, 0), *p1 = block(doc, 1), *fn = block(doc, 2),
                   *p2 = block(doc, 3);
    CHECK(h && h->kind == PT_BLOCK_HEADING && strcmp(h->number, "\xE4\xB8\x80") == 0);
    CHECK(p1 && p1->kind == PT_BLOCK_PARAGRAPH && strcmp(p1->number, "1") == 0);
    CHECK(p1 && strstr(p1->text, "2017-2019") != NULL);
    CHECK(p1 && p1->nrefs == 1 && ref_is(doc, p1, 0, "1"));
    CHECK(fn && fn->kind == PT_BLOCK_FOOTNOTE && strcmp(fn->number, "1") == 0);
    CHECK(p2 && strstr(p2->text, "CAC/COSP/IRG/2018/CRP.2") != NULL);
    CHECK(p2 && strstr(p2->text, "http") == NULL);
    CHECK(p2 && strstr(p2->text, "\xE4\xB8\x8E\xE6\x88\x90") != NULL); /* 与成 */
    CHECK(nothing_lost(doc));
    pt_doc_free(doc);
}

static void
test_english_resolution(void)
{
    static const char text[] =
        "United Nations A/RES/99/1\n"
        "General Assembly Distr.: General\n"
        "3 March 2026\n"
        "Original: English\n"
        "26-01234 (E) 040326\n"
        "*2601234*\n"
        "Ninety-ninth session\n"
        "Agenda item 7\n"
        "Sample item title\n"
        "A sample resolution\n"
        "The General Assembly,\n"
        "Recalling its resolution 98/1 of the previous year and the\n"
        "Declaration8 adopted at the summit,\n"
        "Noting the report of the Secretary\xEF\xBF\xBEGeneral,\n"
        "1. Welcomes the implemen-\n"
        "tation of the capacity-\n"
        "building programme for 2001-20107 as a whole;6\n"
        "26-01234\n"
        "2. Decides to remain seized of the matter, including:\n"
        "(a) The first item;\n"
        "(b) The second item.\n";
    pt_doc *doc = parse(text, sizeof text - 1, 0);
    CHECK(doc != NULL);
    if (doc == NULL)
        return;
    CHECK(strcmp(pt_doc_language(doc), "en") == 0);
    CHECK(strcmp(pt_doc_meta(doc, PT_META_SYMBOL), "A/RES/99/1") == 0);
    CHECK(strcmp(pt_doc_meta(doc, PT_META_DATE), "2026-03-03") == 0);
    CHECK(strcmp(pt_doc_meta(doc, PT_META_TITLE), "A sample resolution") == 0);
    CHECK(strcmp(pt_doc_meta(doc, PT_META_JOB_NUMBER), "26-01234 (E)") == 0);
    CHECK(strcmp(pt_doc_meta(doc, PT_META_ORIGINAL_LANGUAGE), "English") == 0);
    CHECK(nblocks(doc) == 4);
    const pt_block *pre1 = block(doc, 0), *pre2 = block(doc, 1),
                   *p1 = block(doc, 2), *p2 = block(doc, 3);
    CHECK(pre1 && pre1->number_len == 0 && pre1->nrefs == 1 &&
          ref_is(doc, pre1, 0, "8"));
    CHECK(pre1 && strstr(pre1->text, "Declaration adopted") != NULL);
    CHECK(pre2 && strstr(pre2->text, "Secretary-General") != NULL);
    CHECK(p1 && strstr(p1->text, "implementation of the capacity-building") != NULL);
    CHECK(p1 && strstr(p1->text, "2001-2010 as a whole;") != NULL);
    CHECK(p1 && p1->nrefs == 2 && ref_is(doc, p1, 0, "7") &&
          ref_is(doc, p1, 1, "6"));
    CHECK(p2 && strstr(p2->text, "including: (a) The first item; (b)") != NULL);
    CHECK(nothing_lost(doc));
    pt_doc_free(doc);
}

static void
test_bad_input(void)
{
    pt_doc *doc = NULL;
    pt_error err;
    static const char bad[] = "ok text \xE4\xB8 then more";
    CHECK(pt_parse(bad, sizeof bad - 1, NULL, &doc, &err) == PT_E_UTF8);
    CHECK(doc == NULL && err.pos == 8 && strstr(err.msg, "byte 8") != NULL);
    doc = parse(bad, sizeof bad - 1, PT_OPT_REPLACE_INVALID);
    CHECK(doc != NULL);
    if (doc) {
        CHECK(strstr(block(doc, 0)->text, "\xEF\xBF\xBD then") != NULL);
        CHECK(nothing_lost(doc));
        pt_doc_free(doc);
    }
    static const char overlong[] = "\xC0\xAF";
    CHECK(pt_parse(overlong, 2, NULL, &doc, &err) == PT_E_UTF8 && err.pos == 0);
    static const char surrogate[] = "ab\xED\xA0\x80";
    CHECK(pt_parse(surrogate, 5, NULL, &doc, &err) == PT_E_UTF8 && err.pos == 2);
    pt_options bad_abi = {1, 0, NULL, NULL, NULL, NULL};
    CHECK(pt_parse("x", 1, &bad_abi, &doc, &err) == PT_E_ARG);

    doc = parse("", 0, 0);
    CHECK(doc != NULL && nblocks(doc) == 0);
    pt_doc_free(doc);
    static const char nul[] = "1. A\0B text.\n";
    doc = parse(nul, sizeof nul - 1, 0);
    CHECK(doc != NULL && nblocks(doc) == 1 && block(doc, 0)->text_len == 9);
    CHECK(doc && nothing_lost(doc));
    pt_doc_free(doc);
}

/* ---- allocation failures ----------------------------------------------- */

/* Fail each allocation of a parse in turn (tagging with `tg` when not
 * NULL): every failure must return PT_E_NOMEM and leak nothing. */
static void
test_out_of_memory(const char *text, size_t len, const pt_tagger *tg)
{
    bool all_ok = true;
    for (long k = 0;; k++) {
        pt_failing f = {k, 0};
        pt_alloc a = pt_failing_alloc(&f);
        pt_options opt = {0, 0, NULL, &a, tg, NULL};
        pt_doc *doc = NULL;
        pt_error err;
        pt_status rc = pt_parse(text, len, &opt, &doc, &err);
        if (rc == PT_OK) {
            pt_doc_free(doc);
            all_ok = all_ok && f.live == 0;
            break;
        }
        all_ok = all_ok && rc == PT_E_NOMEM && doc == NULL && f.live == 0;
    }
    CHECK(all_ok);
}

/* ---- entities ----------------------------------------------------------- */

static const char gazetteer_tsv[] =
    "# a test gazetteer\n"
    "ORG\tWorking Group on Asset Recovery\ten\tWorking Group on Asset "
    "Recovery\n"
    "ORG\tWorking Group on Asset Recovery\tzh\t"
    "\xE8\xB5\x84\xE4\xBA\xA7\xE8\xBF\xBD\xE5\x9B\x9E\xE9\x97\xAE"
    "\xE9\xA2\x98\xE5\xB7\xA5\xE4\xBD\x9C\xE7\xBB\x84\n" /* 资产追回问题工作组 */
    "COUNTRY\tGBR\tzh\t\xE8\x81\x94\xE5\x90\x88\xE7\x8E\x8B\xE5\x9B\xBD\n";

static bool
entity_is(const pt_block *b, size_t k, pt_label label, const char *text,
          const char *value)
{
    if (b == NULL || k >= b->nentities)
        return false;
    const pt_entity *e = &b->entities[k];
    return e->label == label && e->end - e->start == strlen(text) &&
           memcmp(b->text + e->start, text, strlen(text)) == 0 &&
           strcmp(e->value, value) == 0;
}

static pt_tagger *
make_tagger(unsigned flags, const pt_alloc *a)
{
    pt_gazetteer g = {"test", gazetteer_tsv, sizeof gazetteer_tsv - 1};
    pt_tagger_options opt = {0, flags, &g, 1, a};
    pt_tagger *tg = NULL;
    pt_error err;
    pt_tagger_new(&opt, &tg, &err);
    return tg;
}

static void
test_entities(void)
{
    pt_tagger *tg = make_tagger(0, NULL);
    CHECK(tg != NULL && pt_tagger_size(tg) > 1000); /* ICU's names too */
    if (tg == NULL)
        return;
    static const char en[] =
        "1. The Working Group on Asset Recovery met in Norway on 21 and 22 "
        "March 2018 and noted resolutions 4/4 and 4/8 and $347,200.\n";
    pt_options opt = {0, 0, NULL, NULL, tg, NULL};
    pt_doc *doc = NULL;
    pt_error err;
    CHECK(pt_parse(en, sizeof en - 1, &opt, &doc, &err) == PT_OK);
    const pt_block *b = doc ? block(doc, 0) : NULL;
    CHECK(b && b->nentities == 6);
    CHECK(entity_is(b, 0, PT_LABEL_ORG, "Working Group on Asset Recovery",
                    "Working Group on Asset Recovery"));
    CHECK(entity_is(b, 1, PT_LABEL_COUNTRY, "Norway", "NOR"));
    CHECK(entity_is(b, 2, PT_LABEL_DATE, "21 and 22 March 2018",
                    "2018-03-21/2018-03-22"));
    CHECK(entity_is(b, 3, PT_LABEL_RESOLUTION, "resolutions 4/4", "4/4"));
    CHECK(entity_is(b, 4, PT_LABEL_RESOLUTION, "4/8", "4/8"));
    CHECK(entity_is(b, 5, PT_LABEL_MONEY, "$347,200", "USD 347200"));
    pt_doc_free(doc);
    /* 联合王国 on one line, 繁荣基金 after it: a country in Chinese text */
    static const char zh[] = "1. \xE8\x81\x94\xE5\x90\x88\xE7\x8E\x8B"
                             "\xE5\x9B\xBD\xE5\x92\x8C 20 \xE4\xB8\xAA"
                             "\xE5\x9B\xBD\xE5\xAE\xB6\xE3\x80\x82\n";
    CHECK(pt_parse(zh, sizeof zh - 1, &opt, &doc, &err) == PT_OK);
    b = doc ? block(doc, 0) : NULL;
    CHECK(b && b->nentities == 2);
    CHECK(entity_is(b, 0, PT_LABEL_COUNTRY,
                    "\xE8\x81\x94\xE5\x90\x88\xE7\x8E\x8B\xE5\x9B\xBD",
                    "GBR"));
    CHECK(entity_is(b, 1, PT_LABEL_QUANTITY, "20 \xE4\xB8\xAA", "20"));
    pt_doc_free(doc);
    pt_tagger_free(tg);

    static const char bad[] = "ORG\tx\ten\tX\nTEAM\tx\ten\tX\n";
    pt_gazetteer g = {"bad.tsv", bad, sizeof bad - 1};
    pt_tagger_options topt = {0, PT_TAGGER_NO_ICU_COUNTRIES, &g, 1, NULL};
    CHECK(pt_tagger_new(&topt, &tg, &err) == PT_E_ARG && tg == NULL &&
          strncmp(err.msg, "bad.tsv:2: unknown label", 24) == 0);
}

/* Every allocation of a tagger's build and of a tagged parse may fail. */
static void
test_entities_out_of_memory(void)
{
    static const char text[] = "1. The Working Group on Asset Recovery met on "
                               "6 June 2018 (A/1/2).\n";
    bool all_ok = true;
    for (long k = 0;; k++) {
        pt_failing f = {k, 0};
        pt_alloc a = pt_failing_alloc(&f);
        pt_tagger *tg = make_tagger(PT_TAGGER_NO_ICU_COUNTRIES, &a);
        if (tg == NULL) {
            all_ok = all_ok && f.live == 0;
            continue;
        }
        pt_tagger_free(tg);
        all_ok = all_ok && f.live == 0;
        break;
    }
    pt_tagger *tg = make_tagger(PT_TAGGER_NO_ICU_COUNTRIES, NULL);
    for (long k = 0; tg; k++) {
        pt_failing f = {k, 0};
        pt_alloc a = pt_failing_alloc(&f);
        pt_options opt = {0, 0, NULL, &a, tg, NULL};
        pt_doc *doc = NULL;
        pt_error err;
        pt_status rc = pt_parse(text, sizeof text - 1, &opt, &doc, &err);
        all_ok = all_ok && (rc == PT_OK || rc == PT_E_NOMEM);
        pt_doc_free(doc);
        all_ok = all_ok && f.live == 0;
        if (rc == PT_OK)
            break;
    }
    pt_tagger_free(tg);
    CHECK(all_ok);
}

static int
always(void *ctx)
{
    ++*(int *)ctx;
    return 1;
}

/* The lines stage asks to stop every PT_CANCEL_EVERY lines: a text of
 * more lines stops there, a shorter one never asks. */
static void
test_lines_stage_cancels(void)
{
    size_t n = PT_CANCEL_EVERY + 10, len = 2 * n;
    char *text = malloc(len);
    CHECK(text != NULL);
    if (text == NULL)
        return;
    for (size_t i = 0; i < n; i++)
        memcpy(text + 2 * i, "a\n", 2);
    int asked = 0;
    pt_cancel cancel = {always, &asked};
    const pt_alloc *a = pt__default_alloc(NULL);
    pt_lines lines = {0};
    CHECK(pt__lines_split(text, len, a, &cancel,
                          &lines) == PT_E_CANCELLED);
    CHECK(asked == 1);
    CHECK(pt__lines_split(text, 2 * 10, a, &cancel,
                          &lines) == PT_OK && lines.n == 10);
    CHECK(pt__lines_classify(text, 2 * 10, &cancel, &lines) == PT_OK);
    CHECK(asked == 1);
    pt__free(a, lines.v);
    CHECK(pt__lines_split(text, len, a, NULL,
                          &lines) == PT_OK && lines.n == n);
    CHECK(pt__lines_classify(text, len, &cancel, &lines) == PT_E_CANCELLED);
    CHECK(asked == 2);
    pt__free(a, lines.v);
    free(text);
}

int
main(int argc, char **argv)
{
    test_chinese_report();
    test_english_resolution();
    test_bad_input();
    test_entities();
    test_entities_out_of_memory();
    test_lines_stage_cancels();
    static const char small[] = "United Nations A/1/2\nDistr.: General\n"
                                "1. One line;1\n____\n1 A note.\n2. Two.\n";
    test_out_of_memory(small, sizeof small - 1, NULL);
    pt_tagger *tg = make_tagger(0, NULL);
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *text = pt_read_file(argv[i], &len);
        CHECK(text != NULL);
        if (text == NULL)
            continue;
        pt_doc *doc = parse(text, len, 0);
        CHECK(doc != NULL);
        if (doc && !nothing_lost(doc))
            fprintf(stderr, "%s: text lost\n", argv[i]);
        CHECK(doc && nothing_lost(doc));
        pt_doc_free(doc);
        if (len < 64 * 1024) { /* a real report, its blocks and entities */
            test_out_of_memory(text, len, NULL);
            test_out_of_memory(text, len, tg);
        }
        free(text);
    }
    pt_tagger_free(tg);
    return pt_check_report();
}
