/*
 * test_threads.c: the core shared between threads, built with
 * ThreadSanitizer (make tsan).
 *
 *     test_threads [CORPUS_FILE...]
 *
 * THREADS threads parse every text (built-in ones and the files named)
 * with one tagger, and cut every block into sentences and tokens with
 * segmenters they take from one pool and give back, so that a segmenter
 * passes from thread to thread; each must get what one thread alone gets.
 * Then a parse on one thread is cancelled from another.  Prints "N passed,
 * N failed"; TSan reports any data race and fails the run.
 */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define THREADS 4
#define ROUNDS 2
#define MAX_TEXTS 64

static pt_tagger *tagger;
static const char *texts[MAX_TEXTS];
static size_t lens[MAX_TEXTS], ntexts;
static uint64_t expected[MAX_TEXTS];

/* The pool: segmenters by language, taken and given back under a lock. */
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
    char lang[4];
    pt_segmenter *seg;
    bool taken;
} pool[2 * THREADS * 8];

static pt_segmenter *
take_segmenter(const char *lang, size_t *slot)
{
    pt_segmenter *seg = NULL;
    pthread_mutex_lock(&pool_lock);
    size_t k = 0;
    for (; k < sizeof pool / sizeof *pool && pool[k].seg; k++)
        if (!pool[k].taken && strcmp(pool[k].lang, lang) == 0)
            break;
    if (k < sizeof pool / sizeof *pool && pool[k].seg == NULL) {
        pt_error err;
        if (pt_segmenter_new(lang, NULL, &pool[k].seg, &err) == PT_OK)
            snprintf(pool[k].lang, sizeof pool[k].lang, "%s", lang);
    }
    if (k < sizeof pool / sizeof *pool && pool[k].seg) {
        pool[k].taken = true;
        seg = pool[k].seg;
        *slot = k;
    }
    pthread_mutex_unlock(&pool_lock);
    return seg;
}

static void
give_back(size_t slot)
{
    pthread_mutex_lock(&pool_lock);
    pool[slot].taken = false;
    pthread_mutex_unlock(&pool_lock);
}

static uint64_t
mix(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * UINT64_C(1099511628211);
    return h;
}

/* A digest of everything a parse gives: blocks, entities, sentences,
 * tokens; 0 when anything failed. */
static uint64_t
digest(const char *text, size_t len)
{
    pt_options opt = {0, PT_OPT_REPLACE_INVALID, NULL, NULL, tagger, NULL};
    pt_doc *doc = NULL;
    pt_error err;
    if (pt_parse(text, len, &opt, &doc, &err) != PT_OK)
        return 0;
    uint64_t h = UINT64_C(14695981039346656037);
    size_t n, slot;
    const pt_block *b = pt_doc_blocks(doc, &n);
    pt_segmenter *seg = take_segmenter(pt_doc_language(doc), &slot);
    pt_spans sp = {0};
    for (size_t i = 0; seg && i < n; i++) {
        h = mix(h, b[i].text, b[i].text_len);
        for (size_t k = 0; k < b[i].nentities; k++) {
            h = mix(h, &b[i].entities[k].start, 2 * sizeof(uint32_t));
            h = mix(h, b[i].entities[k].value, strlen(b[i].entities[k].value));
        }
        sp.n = 0;
        if (pt_block_sentences(seg, &b[i], 0, &sp, &err) != PT_OK ||
            pt_block_tokens(seg, &b[i], 0, &sp, &err) != PT_OK)
            h = 0;
        if (sp.n)
            h = mix(h, sp.items, sp.n * sizeof *sp.items);
    }
    if (seg)
        give_back(slot);
    else
        h = 0;
    pt_spans_free(&sp);
    pt_doc_free(doc);
    return h;
}

static void *
parse_all(void *arg)
{
    size_t *mismatches = arg;
    for (int r = 0; r < ROUNDS; r++)
        for (size_t t = 0; t < ntexts; t++)
            if (digest(texts[t], lens[t]) != expected[t])
                (*mismatches)++;
    return NULL;
}

static void
test_shared_tagger_and_pool(void)
{
    pthread_t threads[THREADS];
    size_t mismatches[THREADS] = {0};
    for (size_t t = 0; t < ntexts; t++) {
        expected[t] = digest(texts[t], lens[t]);
        CHECK(expected[t] != 0);
    }
    for (int k = 0; k < THREADS; k++)
        CHECK(pthread_create(&threads[k], NULL, parse_all, &mismatches[k]) == 0);
    for (int k = 0; k < THREADS; k++) {
        pthread_join(threads[k], NULL);
        CHECK(mismatches[k] == 0);
    }
}

/* ---- cancelling --------------------------------------------------------- */

static atomic_int stop;

static int
stopped(void *ctx)
{
    (void)ctx;
    return atomic_load(&stop);
}

typedef struct job {
    const char *text;
    size_t len;
    pt_status rc;
    pt_doc *doc;
    atomic_int started;
} job;

static void *
parse_job(void *arg)
{
    job *j = arg;
    pt_cancel cancel = {stopped, NULL};
    pt_options opt = {0, 0, NULL, NULL, tagger, &cancel};
    pt_error err;
    atomic_store(&j->started, 1);
    j->rc = pt_parse(j->text, j->len, &opt, &j->doc, &err);
    return NULL;
}

static void
test_cancel_from_another_thread(void)
{
    /* long enough to be under way when it is cancelled, under TSan */
    static const char unit[] = "1. The Working Group met in Norway on 6 June "
                               "2018.\n\n";
    size_t n = 40000, len = n * (sizeof unit - 1);
    char *text = malloc(len);
    for (size_t i = 0; i < n; i++)
        memcpy(text + i * (sizeof unit - 1), unit, sizeof unit - 1);
    job j = {text, len, PT_OK, NULL, 0};
    pthread_t thread;
    atomic_store(&stop, 0);
    CHECK(pthread_create(&thread, NULL, parse_job, &j) == 0);
    while (!atomic_load(&j.started))
        ;
    atomic_store(&stop, 1);
    pthread_join(thread, NULL);
    CHECK(j.rc == PT_E_CANCELLED && j.doc == NULL);
    /* without the flag the same parse runs to its end */
    atomic_store(&stop, 0);
    parse_job(&j);
    CHECK(j.rc == PT_OK && j.doc != NULL);
    pt_doc_free(j.doc);
    free(text);
}

int
main(int argc, char **argv)
{
    static const char *const builtin[] = {
        "United Nations\tA/99/1\n\n1. The Working Group on Asset Recovery met "
        "in Norway on 21 March 2018 (A/1/2).\n2. It noted $347,200.1\n"
        "__________\n1 See resolution 4/4.\n",
        "1. \xE8\x81\x94\xE5\x90\x88\xE7\x8E\x8B\xE5\x9B\xBD\xE5\x92\x8C 20 "
        "\xE4\xB8\xAA\xE5\x9B\xBD\xE5\xAE\xB6\xE3\x80\x82\n",
    };
    pt_error err;
    pt_tagger_options topt = {0, 0, NULL, 0, NULL};
    if (pt_tagger_new(&topt, &tagger, &err) != PT_OK) {
        fprintf(stderr, "no tagger: %s\n", err.msg);
        return 1;
    }
    for (size_t k = 0; k < 2; k++) {
        texts[ntexts] = builtin[k];
        lens[ntexts++] = strlen(builtin[k]);
    }
    char *files[MAX_TEXTS];
    int nfiles = 0;
    for (int i = 1; i < argc && ntexts < MAX_TEXTS; i++) {
        files[nfiles] = pt_read_file(argv[i], &lens[ntexts]);
        if (files[nfiles] != NULL)
            texts[ntexts++] = files[nfiles++];
    }
    test_shared_tagger_and_pool();
    test_cancel_from_another_thread();
    for (size_t k = 0; k < sizeof pool / sizeof *pool; k++)
        pt_segmenter_free(pool[k].seg);
    for (int i = 0; i < nfiles; i++)
        free(files[i]);
    pt_tagger_free(tagger);
    return pt_check_report();
}
