/*
 * doc.c: pt_parse runs the stages and owns their results.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unicode/uclean.h>
#include <unicode/uversion.h>

/* A copy of s with each ill-formed sequence replaced by U+FFFD. */
static pt_status
repair_utf8(pt_doc *doc, const char *s, size_t len, pt_error *err)
{
    pt_buf b = {NULL, 0, 0};
    size_t i = 0, bad;
    while (i < len) {
        size_t ok = pt__utf8_valid_prefix(s + i, len - i, &bad);
        if (pt__buf_append(&b, &doc->alloc, s + i, ok) != PT_OK ||
            (bad && pt__buf_append(&b, &doc->alloc, "\uFFFD", 3) != PT_OK))
            goto nomem;
        i += ok + bad;
    }
    if (b.len > PT_MAX_INPUT) {
        pt__buf_free(&b, &doc->alloc);
        return pt__fail(err, PT_E_LIMIT, 0, "input too large once repaired");
    }
    doc->owned_text = b.ptr;
    doc->text = b.ptr ? b.ptr : "";
    doc->len = b.len;
    return PT_OK;
nomem:
    pt__buf_free(&b, &doc->alloc);
    return pt__fail(err, PT_E_NOMEM, 0, "out of memory");
}

/* The public view: blocks with pointers, empty blocks left out and the
 * regions' block indices renumbered to match. */
/* Each block's language: the document's, or its own where it is
 * written in another script; a language the caller gave holds for every
 * block. */
static void
set_block_languages(pt_doc *doc, bool given)
{
    for (size_t i = 0; i < doc->recs.n; i++) {
        pt_blockrec *r = &PT_VEC_AT(doc->recs, pt_blockrec, i);
        r->lang = given ? doc->lang
                        : pt__block_language(doc->pool.ptr + r->text_off,
                                             r->text_len, doc->lang);
    }
}

static pt_status
build_view(pt_doc *doc)
{
    size_t n = doc->recs.n, kept = 0;
    uint32_t *renum = pt__malloc(&doc->alloc, (n ? n : 1) * sizeof *renum);
    if (renum == NULL)
        return PT_E_NOMEM;
    doc->blocks = pt__malloc(&doc->alloc, (n ? n : 1) * sizeof *doc->blocks);
    if (doc->blocks == NULL) {
        pt__free(&doc->alloc, renum);
        return PT_E_NOMEM;
    }
    const pt_span *refs = doc->refs.items, *spans = doc->spans.items;
    const pt_mapseg *map = doc->map.items;
    /* The entity records become the public view in place, widened from
     * the last to the first so that none is overwritten before it is
     * read: at the peak, one array of entities instead of two. */
    _Static_assert(sizeof(pt_entity) >= sizeof(pt_entrec), "widened in place");
    size_t nents = doc->ents.n;
    if (nents) {
        char *p = pt__realloc(&doc->alloc, doc->ents.items,
                              nents * sizeof *doc->entities);
        if (p == NULL) {
            pt__free(&doc->alloc, renum);
            return PT_E_NOMEM;
        }
        doc->ents.items = NULL;
        doc->ents.n = doc->ents.cap = 0;
        doc->entities = (pt_entity *)p;
        for (size_t i = nents; i-- > 0;) {
            pt_entrec r;
            memcpy(&r, p + i * sizeof r, sizeof r);
            pt_entity *e = &doc->entities[i];
            e->start = r.start;
            e->end = r.end;
            e->label = (pt_label)r.label;
            e->value = doc->pool.ptr + r.value_off;
            e->source = doc->pool.ptr + r.source_off;
        }
    }
    for (size_t i = 0; i < n; i++) {
        const pt_blockrec *r = &PT_VEC_AT(doc->recs, pt_blockrec, i);
        renum[i] = PT_NONE;
        if (r->kind == 0)
            continue;
        pt_block *b = &doc->blocks[kept];
        assert(r->ents_first + r->nents <= nents &&
               r->map_first + r->nmap <= doc->map.n &&
               r->text_off + r->text_len < doc->pool.len);
        b->kind = (pt_block_kind)r->kind;
        b->number = doc->pool.ptr + r->number_off;
        b->number_len = r->number_len;
        b->lang = r->lang;
        b->text = doc->pool.ptr + r->text_off;
        b->text_len = r->text_len;
        b->refs = refs ? refs + r->refs_first : NULL;
        b->nrefs = r->nrefs;
        b->spans = spans ? spans + r->spans_first : NULL;
        b->nspans = r->nspans;
        b->map = map ? map + r->map_first : NULL;
        b->nmap = r->nmap;
        b->entities = r->nents ? doc->entities + r->ents_first : NULL;
        b->nentities = r->nents;
        renum[i] = (uint32_t)kept++;
    }
    for (size_t i = 0; i < doc->regions.n; i++) {
        pt_region *g = &PT_VEC_AT(doc->regions, pt_region, i);
        /* a dropped block owned no region */
        assert(g->kind != PT_REGION_BLOCK ||
               (g->block < n && renum[g->block] != PT_NONE));
        if (g->kind == PT_REGION_BLOCK)
            g->block = renum[g->block];
    }
    doc->nblocks = kept;
    pt__free(&doc->alloc, renum);
    pt__vec_free(&doc->recs, &doc->alloc); /* the view holds them now */
    return PT_OK;
}

static double
seconds_now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

pt_status
pt_parse(const char *text, size_t len, const pt_options *opt, pt_doc **out,
         pt_error *err)
{
    pt_status rc = PT_OK;
    pt_lines lines;
    memset(&lines, 0, sizeof lines);
    pt_doc *doc = NULL;
    const pt_alloc *a = pt__default_alloc(opt ? opt->alloc : NULL);
    if (out == NULL || (text == NULL && len) || (opt && opt->abi_version))
        return pt__fail(err, PT_E_ARG, 0, "bad argument");
    *out = NULL;
    if (len > PT_MAX_INPUT)
        return pt__fail(err, PT_E_LIMIT, 0, "input larger than 2 GiB");
    doc = pt__malloc(a, sizeof *doc);
    if (doc == NULL)
        return pt__fail(err, PT_E_NOMEM, 0, "out of memory");
    memset(doc, 0, sizeof *doc);
    doc->alloc = *a;
    doc->cancel = opt ? opt->cancel : NULL;
    doc->text = text ? text : "";
    doc->len = len;
    pt_vec regions = PT_VEC_INIT(pt_region), recs = PT_VEC_INIT(pt_blockrec),
           spans = PT_VEC_INIT(pt_span), map = PT_VEC_INIT(pt_mapseg),
           ents = PT_VEC_INIT(pt_entrec);
    doc->regions = regions;
    doc->recs = recs;
    doc->refs = spans;
    doc->spans = spans;
    doc->map = map;
    doc->ents = ents;
    for (int f = 0; f < PT_META_COUNT; f++)
        doc->meta_off[f] = PT_NONE;

    double t0 = seconds_now(), t1, t2;
    size_t bad;
    size_t ok = pt__utf8_valid_prefix(doc->text, len, &bad);
    if (ok < len) {
        if (!(opt && (opt->flags & PT_OPT_REPLACE_INVALID))) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu", ok);
            rc = pt__fail(err, PT_E_UTF8, ok, msg);
            goto done;
        }
        PT_CHECK(repair_utf8(doc, text, len, err));
    }
    const char *s = doc->text;
    if (opt && opt->lang && opt->lang[0])
        snprintf(doc->lang, sizeof doc->lang, "%s", opt->lang);
    else
        snprintf(doc->lang, sizeof doc->lang, "%s",
                 pt__detect_language(s, doc->len));

    PT_CHECK(pt__cancelled(doc) ? PT_E_CANCELLED : PT_OK);
    if (doc->len >= 3 && memcmp(s, "\uFEFF", 3) == 0)
        PT_CHECK(pt__region_add(doc, 0, 3, PT_REGION_FURNITURE,
                                PT_ROLE_SEPARATOR, PT_NONE));
    size_t body = 0;
    /* the blocks' clean text is about as long as the input: room for it
     * at once spares copying it as the pool grows */
    PT_CHECK(pt__buf_reserve(&doc->pool, &doc->alloc, doc->len + 256));
    PT_CHECK(pt__lines_split(s, doc->len, &doc->alloc, doc->cancel, &lines));
    lines.arabic = strcmp(doc->lang, "ar") == 0;
    PT_CHECK(pt__lines_classify(s, doc->len, doc->cancel, &lines));
    t1 = seconds_now();
    PT_CHECK(pt__cancelled(doc) ? PT_E_CANCELLED : PT_OK);
    PT_CHECK(pt__masthead(doc, &lines, &body));
    assert(body <= lines.n);
    PT_CHECK(pt__blocks(doc, &lines, body));
    PT_CHECK(pt__renumber_from_contents(doc));
    set_block_languages(doc, opt && opt->lang && opt->lang[0]);
    pt__free(&doc->alloc, lines.v); /* the lines are done with: lower peak */
    lines.v = NULL;
    t2 = seconds_now();
    PT_CHECK(pt__cancelled(doc) ? PT_E_CANCELLED : PT_OK);
    if (opt && opt->tagger)
        PT_CHECK(pt__tag_blocks(doc, opt->tagger));
    PT_CHECK(pt__cancelled(doc) ? PT_E_CANCELLED : PT_OK);
    PT_CHECK(build_view(doc));
    doc->cancel = NULL; /* the document outlives the options */
    doc->timings.lines = t1 - t0;
    doc->timings.blocks = t2 - t1;
    doc->timings.entities = seconds_now() - t2;
done:
    pt__free(&doc->alloc, lines.v);
    if (rc != PT_OK) {
        if (rc == PT_E_NOMEM && err && err->code != PT_E_NOMEM)
            pt__fail(err, PT_E_NOMEM, 0, "out of memory");
        else if (rc == PT_E_CANCELLED)
            pt__fail(err, PT_E_CANCELLED, 0, "cancelled");
        pt_doc_free(doc);
        return rc;
    }
    *out = doc;
    return PT_OK;
}

void
pt_doc_free(pt_doc *doc)
{
    if (doc == NULL)
        return;
    pt_alloc a = doc->alloc;
    pt__vec_free(&doc->regions, &a);
    pt__vec_free(&doc->recs, &a);
    pt__vec_free(&doc->refs, &a);
    pt__vec_free(&doc->spans, &a);
    pt__vec_free(&doc->map, &a);
    pt__vec_free(&doc->ents, &a);
    pt__free(&a, doc->entities);
    pt__buf_free(&doc->pool, &a);
    pt__free(&a, doc->blocks);
    pt__free(&a, doc->owned_text);
    pt__free(&a, doc);
}

const char *
pt_doc_text(const pt_doc *doc, size_t *len)
{
    *len = doc->len;
    return doc->text;
}

void
pt_doc_timings(const pt_doc *doc, pt_timings *out)
{
    *out = doc->timings;
}

const char *
pt_doc_language(const pt_doc *doc)
{
    return doc->lang;
}

/* The raw byte offset that clean offset `off` of block b comes from;
 * offsets are asked in increasing order, *seg remembers where the map
 * scan stopped.  A start maps to its first byte's origin, an end to just
 * after its last byte's origin; inside a copied stretch both are exact.
 * A joining space (raw_len 0) maps to the start of the line it joins, a
 * "-" that stood for U+FFFE to the start or end of those three bytes. */
uint32_t
pt_block_raw_offset(const pt_block *b, uint32_t off, bool is_end, size_t *seg)
{
    size_t k = *seg;
    /* a block with text has a map; offsets come in increasing order */
    assert(b->nmap > 0 && k < b->nmap && off <= b->text_len);
    for (; k + 1 < b->nmap; k++) {
        uint32_t seg_end = b->map[k].clean + b->map[k].clean_len;
        if (is_end ? seg_end >= off : seg_end > off)
            break;
    }
    *seg = k;
    const pt_mapseg *m = &b->map[k];
    assert(m->clean <= off && off <= m->clean + m->clean_len);
    uint32_t d = off - m->clean;
    if (m->clean_len == m->raw_len)
        return m->raw + d;
    return is_end ? m->raw + m->raw_len : m->raw;
}

const pt_block *
pt_doc_blocks(const pt_doc *doc, size_t *count)
{
    *count = doc->nblocks;
    return doc->blocks;
}

const pt_region *
pt_doc_regions(const pt_doc *doc, size_t *count)
{
    *count = doc->regions.n;
    return doc->regions.items;
}

const char *
pt_doc_meta(const pt_doc *doc, pt_meta_field field)
{
    if ((unsigned)field >= PT_META_COUNT || doc->meta_off[field] == PT_NONE)
        return NULL;
    return doc->pool.ptr + doc->meta_off[field];
}

const char *
pt_block_kind_name(pt_block_kind kind)
{
    switch (kind) {
    case PT_BLOCK_HEADING: return "heading";
    case PT_BLOCK_PARAGRAPH: return "paragraph";
    case PT_BLOCK_FOOTNOTE: return "footnote";
    }
    return "unknown";
}

const char *
pt_region_kind_name(pt_region_kind kind)
{
    switch (kind) {
    case PT_REGION_BLOCK: return "block";
    case PT_REGION_MASTHEAD: return "masthead";
    case PT_REGION_TOC: return "toc";
    case PT_REGION_FURNITURE: return "furniture";
    case PT_REGION_FIGURE: return "figure";
    }
    return "unknown";
}

const char *
pt_role_name(pt_role role)
{
    static const char *const names[PT_ROLE_COUNT] = {
        "none", "number", "text", "mark", "url", "page_number", "job_number",
        "barcode", "header", "rule", "separator", "note"};
    return (unsigned)role < PT_ROLE_COUNT ? names[role] : "unknown";
}

const char *
pt_meta_field_name(pt_meta_field field)
{
    static const char *const names[PT_META_COUNT] = {
        "symbol", "date", "title", "job_number", "original_language"};
    return (unsigned)field < PT_META_COUNT ? names[field] : "unknown";
}

const char *
pt_status_message(pt_status status)
{
    switch (status) {
    case PT_OK: return "ok";
    case PT_E_NOMEM: return "out of memory";
    case PT_E_UTF8: return "invalid UTF-8";
    case PT_E_ICU: return "ICU error";
    case PT_E_LIMIT: return "input too large";
    case PT_E_ARG: return "bad argument";
    case PT_E_CANCELLED: return "cancelled";
    }
    return "unknown status";
}

void
pt_icu_version(char *buf, size_t size)
{
    /* the library loaded at run time, which may differ from the headers */
    char v[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, v);
    snprintf(buf, size, "%s", v);
}
