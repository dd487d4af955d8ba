/*
 * results.c: the writers the stages use to record what they found in the
 * document's results: regions of the input and metadata fields.
 */
#include "internal.h"

pt_status
pt__region_add(pt_doc *doc, uint32_t start, uint32_t end, pt_region_kind kind,
               pt_role role, uint32_t block)
{
    pt_region r = {start, end, (uint16_t)kind, (uint16_t)role, block};
    if (start >= end)
        return PT_OK;
    /* the stages read the input once, in order: regions come sorted and
     * apart, which is what "nothing lost" is checked on */
    assert(end <= doc->len);
    assert(doc->regions.n == 0 ||
           PT_VEC_AT(doc->regions, pt_region, doc->regions.n - 1).end <=
               start);
    assert((kind == PT_REGION_BLOCK) == (block != PT_NONE));
    assert(block == PT_NONE || block < doc->recs.n);
    return pt__vec_push(&doc->regions, &doc->alloc, &r);
}

pt_status
pt__meta_set(pt_doc *doc, pt_meta_field f, const char *s, size_t n)
{
    assert((unsigned)f < PT_META_COUNT && doc->meta_off[f] == PT_NONE);
    return pt__buf_add_str(&doc->pool, &doc->alloc, s, n, &doc->meta_off[f]);
}
