/*
 * module.c: paratag._core, the only file that includes Python.h.
 *
 * parse() hands the text's UTF-8 to the core with the GIL released and
 * wraps the result in a Doc, which keeps the pt_doc and the object whose
 * bytes it refers to alive together.  Python objects are made only when
 * asked for: a block's tuple when block(i) is called, the regions when
 * regions() is.  The core counts in UTF-8 bytes and Python in code
 * points; Doc converts with a table of code-point counts taken every
 * CP_STRIDE bytes, so one conversion costs at most CP_STRIDE steps.
 *
 * The module keeps no process-wide state: paratag.Error, the types and the
 * segmenter pools live in its module state (PEP 489 multi-phase
 * initialisation, PEP 573 heap types), so that every interpreter that
 * imports it has its own.  It builds against Python 3.9 and later.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "paratag.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>

#define CP_STRIDE 256

#if PY_VERSION_HEX < 0x030A0000 /* what 3.10 added, for 3.9 */
#define Py_TPFLAGS_IMMUTABLETYPE 0
#define Py_TPFLAGS_DISALLOW_INSTANTIATION 0 /* tp_new is cleared instead */
static inline PyObject *
Py_NewRef(PyObject *o)
{
    Py_INCREF(o);
    return o;
}
static int
PyModule_AddObjectRef(PyObject *m, const char *name, PyObject *value)
{
    int rc = PyModule_AddObject(m, name, Py_NewRef(value));
    if (rc < 0)
        Py_DECREF(value);
    return rc;
}
#endif

/* ---- module state ------------------------------------------------------- */

#define POOL_DEPTH 8
#define POOL_LANGS 8 /* pt_doc_language has seven answers */

/* Idle segmenters of one language (see "sentences and tokens"). */
typedef struct {
    char lang[8]; /* "" while unused */
    pt_segmenter *idle[POOL_DEPTH];
    int nidle;
} seg_pool;

typedef struct {
    PyObject *error; /* paratag.Error, a ValueError */
    PyTypeObject *doc_type;
    PyTypeObject *tagger_type;
    PyThread_type_lock pools_lock; /* guards pools */
    seg_pool pools[POOL_LANGS];
} module_state;

/* The state of the module that made `type`, one of this module's types.
 * Doc and Tagger cannot be subclassed, so an instance's type is the
 * defining class itself and PyType_GetModuleState (3.9) finds it directly,
 * with no need for PyType_GetModuleByDef's walk up the MRO (3.11). */
static module_state *
type_state(PyTypeObject *type)
{
    return PyType_GetModuleState(type);
}

typedef struct {
    PyObject_HEAD
    pt_doc *doc;
    PyObject *source; /* the str or bytes the doc's text lives in */
    PyObject *text;   /* the text as str, made on first use */
    uint32_t *cp_table; /* code points before each CP_STRIDE bytes */
    bool ascii;
} DocObject;

typedef struct {
    PyObject_HEAD
    pt_tagger *tagger;
} TaggerObject;

/* ---- offsets ------------------------------------------------------------ */

/* The code points of UTF-8 s[from, to): a character starts at every byte
 * but continuation bytes (10xxxxxx), counted eight bytes at a time.  The
 * one place the binding turns bytes into code points.  Needs no GIL. */
static size_t
count_cp(const char *s, size_t from, size_t to)
{
    const uint64_t high = UINT64_C(0x8080808080808080);
    size_t cp = to - from, i = from;
    for (; i + 8 <= to; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t cont = w & ~(w << 1) & high; /* top bits 10 */
        cp -= (size_t)((cont >> 7) * UINT64_C(0x0101010101010101) >> 56);
    }
    for (; i < to; i++)
        cp -= ((unsigned char)s[i] & 0xC0) == 0x80;
    return cp;
}

/* The code points before each CP_STRIDE bytes of s into table (len /
 * CP_STRIDE + 1 entries); returns whether every byte is a code point of
 * its own (all ASCII).  Needs no GIL. */
static bool
build_cp_table(const char *s, size_t len, uint32_t *table)
{
    size_t cp = 0;
    for (size_t b = 0; b <= len; b += CP_STRIDE) {
        table[b / CP_STRIDE] = (uint32_t)cp;
        cp += count_cp(s, b, len - b < CP_STRIDE ? len : b + CP_STRIDE);
    }
    return cp == len;
}

static Py_ssize_t
Doc_cp(DocObject *self, uint32_t byte_off)
{
    if (self->ascii)
        return (Py_ssize_t)byte_off;
    size_t len;
    const char *s = pt_doc_text(self->doc, &len);
    size_t k = byte_off / CP_STRIDE;
    return (Py_ssize_t)(self->cp_table[k] +
                        count_cp(s, k * CP_STRIDE, byte_off));
}

/* Code points at increasing byte offsets of one text, each counted on from
 * the last: a walk over a block's entities reads its text once. */
typedef struct {
    const char *s;
    size_t at, cp; /* a byte offset and the code points before it */
} cp_cursor;

static size_t
cp_at(cp_cursor *c, size_t byte_off)
{
    c->cp += count_cp(c->s, c->at, byte_off);
    c->at = byte_off;
    return c->cp;
}

/* ---- arguments ---------------------------------------------------------- */

/* Where `name` is among the keywords of a vectorcall, or -1. */
static Py_ssize_t
keyword_index(PyObject *kwnames, const char *name)
{
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; k++)
        if (PyUnicode_CompareWithASCIIString(PyTuple_GET_ITEM(kwnames, k),
                                             name) == 0)
            return k;
    return -1;
}

/* The arguments of a METH_FASTCALL | METH_KEYWORDS call of `fname`, whose
 * parameters are names[0..n), the first `required` of them required:
 * out[i] is the argument for names[i] (borrowed), or NULL when it was not
 * given.  The errors are PyArg_ParseTupleAndKeywords' own, word for word,
 * checked in its order (too many, missing, given twice, unknown), so that
 * the move from METH_VARARGS changed no message users see. */
static int
unpack_args(const char *fname, const char *const *names, Py_ssize_t n,
            Py_ssize_t required, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames, PyObject **out)
{
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0, found = 0;
    if (nargs + nkw > n) {
        PyErr_Format(PyExc_TypeError,
                     "%s() takes at most %zd %sargument%s (%zd given)", fname,
                     n, nargs == 0 ? "keyword " : "", n == 1 ? "" : "s",
                     nargs + nkw);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t k = i < nargs ? -1 : keyword_index(kwnames, names[i]);
        out[i] = i < nargs ? args[i] : k >= 0 ? args[nargs + k] : NULL;
        found += k >= 0;
    }
    for (Py_ssize_t i = 0; i < required; i++)
        if (out[i] == NULL) {
            PyErr_Format(PyExc_TypeError,
                         "%s() missing required argument '%s' (pos %zd)",
                         fname, names[i], i + 1);
            return -1;
        }
    if (found == nkw)
        return 0;
    for (Py_ssize_t i = 0; i < nargs; i++)
        if (keyword_index(kwnames, names[i]) >= 0) {
            PyErr_Format(PyExc_TypeError,
                         "argument for %s() given by name ('%s') and "
                         "position (%zd)",
                         fname, names[i], i + 1);
            return -1;
        }
    /* keywords are distinct, so one of them names no parameter */
    PyObject *key;
    for (Py_ssize_t k = 0;; k++) {
        key = PyTuple_GET_ITEM(kwnames, k);
        Py_ssize_t i = nargs;
        while (i < n && PyUnicode_CompareWithASCIIString(key, names[i]) != 0)
            i++;
        if (i == n)
            break;
    }
    PyErr_Format(PyExc_TypeError,
                 "'%U' is an invalid keyword argument for %s()", key, fname);
    return -1;
}

/* An optional bool argument into *flag, as the "p" format reads it. */
static int
flag_arg(PyObject *arg, int *flag)
{
    if (arg != NULL && (*flag = PyObject_IsTrue(arg)) < 0)
        return -1;
    return 0;
}

/* ---- parse -------------------------------------------------------------- */

/* paratag.Error for `err`: .pos its byte offset, .line the line of a bad
 * gazetteer line or None. */
static void
raise_error(module_state *st, const pt_error *err)
{
    PyObject *exc = PyObject_CallFunction(st->error, "s", err->msg);
    if (exc == NULL)
        return;
    PyObject *pos = PyLong_FromSize_t(err->pos);
    PyObject *line = err->line == 0 ? Py_NewRef(Py_None)
                                    : PyLong_FromSize_t(err->line);
    if (pos != NULL && line != NULL &&
        PyObject_SetAttrString(exc, "pos", pos) == 0 &&
        PyObject_SetAttrString(exc, "line", line) == 0)
        PyErr_SetObject(st->error, exc);
    Py_XDECREF(pos);
    Py_XDECREF(line);
    Py_DECREF(exc);
}

/* The exception for a failed call into the core: -1, for returning. */
static int
raise_status(module_state *st, pt_status rc, const pt_error *err)
{
    if (rc == PT_E_NOMEM)
        PyErr_NoMemory();
    else
        raise_error(st, err);
    return -1;
}

/* paratag.Error for a str that has no UTF-8: at its first lone surrogate,
 * .pos the length in UTF-8 of the text before it, as for bytes input. */
static void
raise_surrogate(module_state *st, PyObject *str)
{
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    Py_ssize_t i = 0, n = PyUnicode_GET_LENGTH(str);
    pt_error err = {.code = PT_E_UTF8};
    for (; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_IS_SURROGATE(c))
            break;
        err.pos += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    PyOS_snprintf(err.msg, sizeof err.msg,
                  "text has a lone surrogate at index %zd (byte %zu in UTF-8)",
                  i, err.pos);
    raise_error(st, &err);
}

/* The UTF-8 of a str (cached in it, no copy) or the bytes of a bytes-like
 * object (copied to an immutable bytes unless it is one). */
static PyObject *
utf8_source(module_state *st, PyObject *text, const char **utf8,
            Py_ssize_t *n)
{
    if (PyUnicode_Check(text)) {
        *utf8 = PyUnicode_AsUTF8AndSize(text, n);
        if (*utf8 == NULL) {
            /* strict UTF-8 fails only on surrogates */
            if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
                PyErr_Clear();
                raise_surrogate(st, text);
            }
            return NULL;
        }
        return Py_NewRef(text);
    }
    PyObject *bytes = PyBytes_Check(text) ? Py_NewRef(text)
                                          : PyBytes_FromObject(text);
    if (bytes == NULL)
        return NULL;
    *utf8 = PyBytes_AS_STRING(bytes);
    *n = PyBytes_GET_SIZE(bytes);
    return bytes;
}

/* A text this long parses on a thread of its own, while the caller's runs
 * Python's signal handlers every POLL_US: a shorter one is done sooner
 * than a thread is worth. */
#define PARSE_THREAD_BYTES (1u << 20)
#define POLL_US 50000

/* A parse: what it reads, and what it gives, shared with the thread that
 * runs it. */
typedef struct parse_job {
    const char *text;
    size_t len;
    pt_options opt;
    pt_cancel cancel;        /* asks `stop` */
    atomic_int stop;         /* set by the calling thread on a signal */
    PyThread_type_lock done; /* held until the parse thread is done */
    pt_status rc;
    pt_error err;
    pt_doc *doc;
    uint32_t *cp_table;
    bool ascii;
} parse_job;

static int
job_stopped(void *job)
{
    return atomic_load_explicit(&((parse_job *)job)->stop,
                                memory_order_relaxed);
}

/* The parse and the offsets' table, without the GIL: parse_many's threads
 * build theirs side by side. */
static void
run_job(parse_job *job)
{
    size_t len;
    job->rc = pt_parse(job->text, job->len, &job->opt, &job->doc, &job->err);
    if (job->rc == PT_OK) {
        const char *s = pt_doc_text(job->doc, &len);
        job->cp_table = PyMem_RawMalloc((len / CP_STRIDE + 1) *
                                        sizeof *job->cp_table);
        if (job->cp_table != NULL)
            job->ascii = build_cp_table(s, len, job->cp_table);
    }
}

static void
job_thread(void *job)
{
    run_job(job);
    PyThread_release_lock(((parse_job *)job)->done);
}

/* Run the job on a thread of its own while this thread runs Python's
 * signal handlers (only the main thread's do anything): one that raises,
 * as Ctrl-C's does, stops the parse at its next check.  Returns -1 with
 * the exception set, once the parse thread is done. */
static int
run_interruptibly(parse_job *job)
{
    int ret = 0;
    job->done = PyThread_allocate_lock();
    if (job->done == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    PyThread_acquire_lock(job->done, WAIT_LOCK);
    if (PyErr_CheckSignals() < 0) { /* during the text's encoding */
        PyThread_free_lock(job->done);
        return -1;
    }
    if (PyThread_start_new_thread(job_thread, job) == PYTHREAD_INVALID_THREAD_ID) {
        Py_BEGIN_ALLOW_THREADS
        run_job(job);
        Py_END_ALLOW_THREADS
    } else {
        for (;;) {
            PyLockStatus got;
            Py_BEGIN_ALLOW_THREADS
            got = PyThread_acquire_lock_timed(job->done, ret ? -1 : POLL_US, 0);
            Py_END_ALLOW_THREADS
            if (got == PY_LOCK_ACQUIRED)
                break;
            if (ret == 0 && PyErr_CheckSignals() < 0) {
                atomic_store(&job->stop, 1);
                ret = -1;
            }
        }
    }
    PyThread_free_lock(job->done);
    return ret;
}

PyDoc_STRVAR(parse_doc,
"parse(text, lang=None, replace_invalid=False, tagger=None)\n--\n\n"
"Parse a report's text (str, or bytes of UTF-8) into a Doc; with a\n"
"Tagger, tag the entities of every block.");

static PyObject *
ptmod_parse(PyObject *mod, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    static const char *const names[] = {"text", "lang", "replace_invalid",
                                        "tagger"};
    PyObject *arg[4];
    int replace = 0;
    module_state *st = PyModule_GetState(mod);
    if (unpack_args("parse", names, 4, 1, args, nargs, kwnames, arg) < 0 ||
        flag_arg(arg[2], &replace) < 0)
        return NULL;
    PyObject *text = arg[0], *lang_obj = arg[1] ? arg[1] : Py_None,
             *tagger_obj = arg[3] ? arg[3] : Py_None;
    const pt_tagger *tagger = NULL;
    if (tagger_obj != Py_None) {
        if (!PyObject_TypeCheck(tagger_obj, st->tagger_type))
            return PyErr_Format(PyExc_TypeError,
                                "tagger must be a _core.Tagger, not %.100s",
                                Py_TYPE(tagger_obj)->tp_name);
        tagger = ((TaggerObject *)tagger_obj)->tagger;
    }
    const char *lang = NULL;
    if (lang_obj != Py_None && (lang = PyUnicode_AsUTF8(lang_obj)) == NULL)
        return NULL;
    const char *utf8;
    Py_ssize_t n;
    PyObject *source = utf8_source(st, text, &utf8, &n);
    if (source == NULL)
        return NULL;
    parse_job job = {
        .text = utf8,
        .len = (size_t)n,
        .opt = {0, replace ? PT_OPT_REPLACE_INVALID : 0, lang, NULL, tagger,
                &job.cancel},
        .cancel = {job_stopped, &job},
        .err = {.code = PT_OK},
    };
    atomic_init(&job.stop, 0);
    int interrupted = 0;
    size_t len;
    Py_INCREF(tagger_obj); /* the tagger outlives the parse */
    if (job.len >= PARSE_THREAD_BYTES) {
        interrupted = run_interruptibly(&job);
    } else {
        Py_BEGIN_ALLOW_THREADS
        run_job(&job);
        Py_END_ALLOW_THREADS
    }
    Py_DECREF(tagger_obj);
    pt_doc *doc = job.doc;
    uint32_t *cp_table = job.cp_table;
    if (interrupted || job.rc != PT_OK) {
        pt_doc_free(doc);
        PyMem_RawFree(cp_table);
        Py_DECREF(source);
        if (!interrupted)
            raise_status(st, job.rc, &job.err);
        return NULL;
    }
    if (cp_table == NULL) {
        pt_doc_free(doc);
        Py_DECREF(source);
        return PyErr_NoMemory();
    }
    DocObject *self = PyObject_New(DocObject, st->doc_type);
    if (self == NULL) {
        pt_doc_free(doc);
        PyMem_RawFree(cp_table);
        Py_DECREF(source);
        return NULL;
    }
    self->doc = doc;
    self->source = source;
    self->text = NULL;
    self->cp_table = cp_table;
    self->ascii = job.ascii;
    /* a str whose UTF-8 the core used as it is: it is the text */
    if (PyUnicode_Check(source) && pt_doc_text(doc, &len) == utf8)
        self->text = Py_NewRef(source);
    return (PyObject *)self;
}

/* ---- Doc ---------------------------------------------------------------- */

static void
Doc_dealloc(DocObject *self)
{
    PyTypeObject *type = Py_TYPE(self);
    pt_doc_free(self->doc);
    Py_XDECREF(self->source);
    Py_XDECREF(self->text);
    PyMem_RawFree(self->cp_table);
    type->tp_free(self);
    Py_DECREF(type); /* an instance of a heap type holds its type */
}

static PyObject *
Doc_get_text(DocObject *self, void *closure)
{
    (void)closure;
    if (self->text == NULL) {
        size_t len;
        const char *s = pt_doc_text(self->doc, &len);
        self->text = PyUnicode_DecodeUTF8(s, (Py_ssize_t)len, "strict");
        if (self->text == NULL)
            return NULL;
    }
    return Py_NewRef(self->text);
}

static PyObject *
Doc_get_language(DocObject *self, void *closure)
{
    (void)closure;
    return PyUnicode_FromString(pt_doc_language(self->doc));
}

static PyObject *
Doc_get_metadata(DocObject *self, void *closure)
{
    (void)closure;
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    for (int f = 0; f < PT_META_COUNT; f++) {
        const char *v = pt_doc_meta(self->doc, (pt_meta_field)f);
        if (v == NULL)
            continue;
        PyObject *val = PyUnicode_FromString(v);
        if (val == NULL ||
            PyDict_SetItemString(d, pt_meta_field_name((pt_meta_field)f),
                                 val) < 0) {
            Py_XDECREF(val);
            Py_DECREF(d);
            return NULL;
        }
        Py_DECREF(val);
    }
    return d;
}

static PyObject *
Doc_get_timings(DocObject *self, void *closure)
{
    (void)closure;
    pt_timings t;
    pt_doc_timings(self->doc, &t);
    return Py_BuildValue("{sdsdsd}", "lines", t.lines, "blocks", t.blocks,
                         "entities", t.entities);
}

static Py_ssize_t
Doc_length(DocObject *self)
{
    size_t n;
    pt_doc_blocks(self->doc, &n);
    return (Py_ssize_t)n;
}

static PyObject *
span_tuple(DocObject *self, pt_span sp)
{
    return Py_BuildValue("(nn)", Doc_cp(self, sp.start), Doc_cp(self, sp.end));
}

/* The block's entities as (label, start, end, value, source) with
 * code-point offsets into the block's text: one walk over the text, the
 * entities being in order. */
static PyObject *
entity_tuples(const pt_block *b)
{
    PyObject *t = PyTuple_New((Py_ssize_t)b->nentities);
    cp_cursor cur = {b->text, 0, 0};
    if (t == NULL)
        return NULL;
    for (size_t k = 0; k < b->nentities; k++) {
        const pt_entity *e = &b->entities[k];
        Py_ssize_t start = (Py_ssize_t)cp_at(&cur, e->start);
        Py_ssize_t end = (Py_ssize_t)cp_at(&cur, e->end);
        PyObject *item = Py_BuildValue("(snnss)",
                                       pt_label_name(e->label), start, end,
                                       e->value, e->source);
        if (item == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, (Py_ssize_t)k, item);
    }
    return t;
}

/* Block i of the document, as an index in [0, n); -1 with IndexError. */
static Py_ssize_t
block_index(DocObject *self, Py_ssize_t i)
{
    size_t n;
    pt_doc_blocks(self->doc, &n);
    if (i < 0)
        i += (Py_ssize_t)n;
    if (i < 0 || (size_t)i >= n) {
        PyErr_SetString(PyExc_IndexError, "block index out of range");
        return -1;
    }
    return i;
}

PyDoc_STRVAR(Doc_block_doc,
"block($self, i, /)\n--\n\n"
"Block i as (kind, number, text, refs, spans, entities, lang); spans\n"
"are code-point ranges of the text, entities (label, start, end, value,\n"
"source) with code-point offsets into the block's text.");

static PyObject *
Doc_block(DocObject *self, PyObject *arg)
{
    Py_ssize_t i = PyLong_AsSsize_t(arg);
    size_t n, len;
    if ((i == -1 && PyErr_Occurred()) || (i = block_index(self, i)) < 0)
        return NULL;
    const pt_block *b = &pt_doc_blocks(self->doc, &n)[i];
    const char *s = pt_doc_text(self->doc, &len);
    PyObject *refs = PyTuple_New((Py_ssize_t)b->nrefs);
    PyObject *spans = PyTuple_New((Py_ssize_t)b->nspans);
    PyObject *ents = NULL;
    if (refs == NULL || spans == NULL || (ents = entity_tuples(b)) == NULL)
        goto fail;
    for (size_t k = 0; k < b->nrefs; k++) {
        PyObject *r = PyUnicode_DecodeUTF8(s + b->refs[k].start,
                                           b->refs[k].end - b->refs[k].start,
                                           "strict");
        if (r == NULL)
            goto fail;
        PyTuple_SET_ITEM(refs, (Py_ssize_t)k, r);
    }
    for (size_t k = 0; k < b->nspans; k++) {
        PyObject *t = span_tuple(self, b->spans[k]);
        if (t == NULL)
            goto fail;
        PyTuple_SET_ITEM(spans, (Py_ssize_t)k, t);
    }
    return Py_BuildValue("(ss#s#NNNs)", pt_block_kind_name(b->kind),
                         b->number, (Py_ssize_t)b->number_len, b->text,
                         (Py_ssize_t)b->text_len, refs, spans, ents, b->lang);
fail:
    Py_XDECREF(refs);
    Py_XDECREF(spans);
    Py_XDECREF(ents);
    return NULL;
}

PyDoc_STRVAR(Doc_block_heads_doc,
"block_heads($self, /)\n--\n\n"
"Every block's kind and number, as two lists: what a table of entities\n"
"needs of the blocks, without building their entity tuples.");

static PyObject *
Doc_block_heads(DocObject *self, PyObject *unused)
{
    (void)unused;
    size_t n;
    const pt_block *blocks = pt_doc_blocks(self->doc, &n);
    PyObject *kinds = PyList_New((Py_ssize_t)n);
    PyObject *numbers = PyList_New((Py_ssize_t)n);
    PyObject *names[PT_BLOCK_FOOTNOTE + 1] = {NULL}; /* one str per kind */
    PyObject *heads = NULL;
    if (kinds == NULL || numbers == NULL)
        goto done;
    for (size_t i = 0; i < n; i++) {
        const pt_block *b = &blocks[i];
        PyObject **name = &names[b->kind <= PT_BLOCK_FOOTNOTE ? b->kind : 0];
        if (*name == NULL &&
            (*name = PyUnicode_FromString(pt_block_kind_name(b->kind))) == NULL)
            goto done;
        PyObject *number = PyUnicode_DecodeUTF8(b->number,
                                                (Py_ssize_t)b->number_len,
                                                "strict");
        if (number == NULL)
            goto done;
        PyList_SET_ITEM(kinds, (Py_ssize_t)i, Py_NewRef(*name));
        PyList_SET_ITEM(numbers, (Py_ssize_t)i, number);
    }
    heads = PyTuple_Pack(2, kinds, numbers);
done:
    for (size_t k = 0; k <= PT_BLOCK_FOOTNOTE; k++)
        Py_XDECREF(names[k]);
    Py_XDECREF(kinds);
    Py_XDECREF(numbers);
    return heads;
}

PyDoc_STRVAR(Doc_regions_doc,
"regions($self, /)\n--\n\n"
"Every region of the text as (start, end, kind, role, block), in order;\n"
"block is -1 outside blocks.");

static PyObject *
Doc_regions(DocObject *self, PyObject *unused)
{
    (void)unused;
    size_t n;
    const pt_region *r = pt_doc_regions(self->doc, &n);
    PyObject *list = PyList_New((Py_ssize_t)n);
    if (list == NULL)
        return NULL;
    for (size_t k = 0; k < n; k++) {
        long block = r[k].kind == PT_REGION_BLOCK ? (long)r[k].block : -1;
        PyObject *t = Py_BuildValue(
            "(nnssl)", Doc_cp(self, r[k].start), Doc_cp(self, r[k].end),
            pt_region_kind_name((pt_region_kind)r[k].kind),
            pt_role_name((pt_role)r[k].role), block);
        if (t == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)k, t);
    }
    return list;
}

PyDoc_STRVAR(Doc_diagnostics_doc,
"diagnostics($self, /)\n--\n\n"
"What a careful reader would flag, as (code, message, block, raw offset)\n"
"tuples in block order; the offset counts code points of the text.");

static PyObject *
Doc_diagnostics(DocObject *self, PyObject *unused)
{
    (void)unused;
    pt_diagnostics d = {NULL, 0, 0, NULL};
    if (pt_doc_diagnostics(self->doc, &d, NULL) != PT_OK)
        return PyErr_NoMemory(); /* the only way it fails */
    PyObject *list = PyList_New((Py_ssize_t)d.n);
    for (size_t k = 0; list != NULL && k < d.n; k++) {
        const pt_diagnostic *x = &d.items[k];
        PyObject *t = Py_BuildValue("(ssIn)", pt_diag_code_name(x->code),
                                    x->message, x->block, Doc_cp(self, x->raw));
        if (t == NULL)
            Py_CLEAR(list);
        else
            PyList_SET_ITEM(list, (Py_ssize_t)k, t);
    }
    pt_diagnostics_free(&d);
    return list;
}

/* ---- entity columns ----------------------------------------------------- */

/* Every entity of the document as flat columns, so that a data frame is
 * built without a Python object per entity.  Entity text and values go
 * Arrow large_string style: n + 1 int64 byte offsets into one UTF-8
 * buffer.  Sources are few (one per recogniser or gazetteer) and are
 * coded by their index in a table of distinct names, in int8 unless a
 * document has more sources than int8 holds. */

typedef struct {
    int32_t *block, *start, *end;
    int8_t *label;
    int64_t *raw_start, *raw_end, *text_offsets, *value_offsets;
    char *text_data, *value_data;
} entity_columns;

/* The distinct source names in order of first use, their codes being
 * their indices, with a hash table over them: however many gazetteers a
 * tagger has, coding a document's sources takes linear time.  The core
 * keeps each source name once for its first few dozen sources only, so
 * names are compared, not pointers. */
typedef struct {
    const char **names;
    size_t n;
    uint32_t *slots; /* code + 1, 0 when empty; a power of two, <= half full */
    size_t nslots;
} source_table;

/* The slot of `name`: the one that holds it, or the empty one for it. */
static uint32_t *
source_slot(const source_table *t, const char *name)
{
    size_t h = 2166136261u; /* FNV-1a */
    for (const char *p = name; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    size_t mask = t->nslots - 1, i = h & mask;
    while (t->slots[i] != 0 && strcmp(t->names[t->slots[i] - 1], name) != 0)
        i = (i + 1) & mask;
    return &t->slots[i];
}

/* Twice the room; false when out of memory (the table stays usable). */
static bool
source_table_grow(source_table *t)
{
    size_t nslots = t->nslots ? 2 * t->nslots : 64;
    const char **names = PyMem_RawRealloc(t->names, nslots / 2 * sizeof *names);
    if (names == NULL)
        return false;
    t->names = names;
    uint32_t *slots = PyMem_RawCalloc(nslots, sizeof *slots);
    if (slots == NULL)
        return false;
    PyMem_RawFree(t->slots);
    t->slots = slots;
    t->nslots = nslots;
    for (size_t k = 0; k < t->n; k++)
        *source_slot(t, t->names[k]) = (uint32_t)k + 1;
    return true;
}

/* The code of `name`, added when new; -1 when out of memory.  Codes are
 * fewer than the entities, so below 2^31. */
static int32_t
source_code(source_table *t, const char *name)
{
    if (2 * (t->n + 1) > t->nslots && !source_table_grow(t))
        return -1;
    uint32_t *slot = source_slot(t, name);
    if (*slot == 0) {
        t->names[t->n] = name;
        *slot = (uint32_t)++t->n;
    }
    return (int32_t)*slot - 1;
}

/* What must be known before the columns are made: how many entities and
 * bytes of text and values, and each entity's source code. */
typedef struct {
    size_t n, text_bytes, value_bytes;
    int32_t *codes;
    source_table sources;
} entity_sizes;

/* Fill *z (zeroed); needs no GIL.  PT_E_NOMEM when out of memory. */
static pt_status
size_entity_columns(const pt_doc *doc, entity_sizes *z)
{
    size_t nblocks, k = 0;
    const pt_block *blocks = pt_doc_blocks(doc, &nblocks);
    for (size_t i = 0; i < nblocks; i++)
        z->n += blocks[i].nentities;
    if ((z->codes = PyMem_RawMalloc((z->n + 1) * sizeof *z->codes)) == NULL)
        return PT_E_NOMEM;
    for (size_t i = 0; i < nblocks; i++)
        for (size_t j = 0; j < blocks[i].nentities; j++) {
            const pt_entity *e = &blocks[i].entities[j];
            z->text_bytes += e->end - e->start;
            z->value_bytes += strlen(e->value);
            if ((z->codes[k++] = source_code(&z->sources, e->source)) < 0)
                return PT_E_NOMEM;
        }
    return PT_OK;
}

/* Fill the columns; needs no GIL. */
static void
fill_entity_columns(DocObject *self, entity_columns *c)
{
    size_t nblocks, at_text = 0, at_value = 0, k = 0;
    const pt_block *blocks = pt_doc_blocks(self->doc, &nblocks);
    for (size_t i = 0; i < nblocks; i++) {
        const pt_block *b = &blocks[i];
        size_t seg_start = 0, seg_end = 0;
        cp_cursor cur = {b->text, 0, 0};
        for (size_t j = 0; j < b->nentities; j++, k++) {
            const pt_entity *e = &b->entities[j];
            c->start[k] = (int32_t)cp_at(&cur, e->start);
            c->end[k] = (int32_t)cp_at(&cur, e->end);
            c->block[k] = (int32_t)i;
            c->label[k] = (int8_t)e->label;
            c->raw_start[k] =
                Doc_cp(self, pt_block_raw_offset(b, e->start, false, &seg_start));
            c->raw_end[k] =
                Doc_cp(self, pt_block_raw_offset(b, e->end, true, &seg_end));
            size_t tlen = e->end - e->start, vlen = strlen(e->value);
            c->text_offsets[k] = (int64_t)at_text;
            c->value_offsets[k] = (int64_t)at_value;
            memcpy(c->text_data + at_text, b->text + e->start, tlen);
            memcpy(c->value_data + at_value, e->value, vlen);
            at_text += tlen;
            at_value += vlen;
        }
    }
    c->text_offsets[k] = (int64_t)at_text;
    c->value_offsets[k] = (int64_t)at_value;
}

/* A new bytes object of n items of `size` bytes; *data gets its buffer. */
static PyObject *
column(Py_ssize_t n, size_t size, void *data)
{
    PyObject *bytes = PyBytes_FromStringAndSize(NULL, n * (Py_ssize_t)size);
    if (bytes != NULL)
        *(char **)data = PyBytes_AS_STRING(bytes);
    return bytes;
}

/* The source codes in the narrowest of int8, int16 and int32 that holds
 * them all: int8 but for a document with more than 128 sources. */
static PyObject *
source_column(const entity_sizes *z)
{
    size_t nnames = z->sources.n;
    size_t width = nnames <= 1u << 7 ? 1 : nnames <= 1u << 15 ? 2 : 4;
    char *data;
    PyObject *col = column((Py_ssize_t)z->n, width, &data);
    if (col == NULL)
        return NULL;
    for (size_t k = 0; k < z->n; k++)
        if (width == 1)
            ((int8_t *)data)[k] = (int8_t)z->codes[k];
        else if (width == 2)
            ((int16_t *)data)[k] = (int16_t)z->codes[k];
        else
            ((int32_t *)data)[k] = z->codes[k];
    return col;
}

PyDoc_STRVAR(Doc_entity_columns_doc,
"entity_columns($self, /)\n--\n\n"
"Every entity as columns of native-endian numbers in bytes objects, no\n"
"object per entity: block (int32), label and source (int8 codes into the\n"
"labels and sources tuples; source codes are int16 or int32 instead in\n"
"a document with more than 128 or 32768 sources, len(source) //\n"
"len(label) bytes each), start and end (int32, code points in the\n"
"block's text), raw_start and raw_end (int64, code points in the\n"
"document's text), and the entities' text and values as UTF-8\n"
"text_data and value_data with n + 1 int64 byte offsets text_offsets\n"
"and value_offsets (Arrow large_string layout).");

static PyObject *
Doc_entity_columns(DocObject *self, PyObject *unused)
{
    (void)unused;
    enum { BLOCK, LABEL, SOURCE, START, END, RAW_START, RAW_END, TEXT_OFFSETS,
           VALUE_OFFSETS, TEXT_DATA, VALUE_DATA, NCOLUMNS };
    static const char *const names[NCOLUMNS] = {
        "block", "label", "source", "start", "end", "raw_start", "raw_end",
        "text_offsets", "value_offsets", "text_data", "value_data"};
    entity_columns c;
    entity_sizes z = {0};
    PyObject *cols[NCOLUMNS] = {NULL};
    PyObject *d = NULL, *labels = NULL, *source_names = NULL;
    pt_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = size_entity_columns(self->doc, &z);
    Py_END_ALLOW_THREADS
    if (rc != PT_OK) {
        PyErr_NoMemory();
        goto fail;
    }
    Py_ssize_t m = (Py_ssize_t)z.n;
    if ((cols[BLOCK] = column(m, sizeof(int32_t), &c.block)) == NULL ||
        (cols[LABEL] = column(m, sizeof(int8_t), &c.label)) == NULL ||
        (cols[SOURCE] = source_column(&z)) == NULL ||
        (cols[START] = column(m, sizeof(int32_t), &c.start)) == NULL ||
        (cols[END] = column(m, sizeof(int32_t), &c.end)) == NULL ||
        (cols[RAW_START] = column(m, sizeof(int64_t), &c.raw_start)) == NULL ||
        (cols[RAW_END] = column(m, sizeof(int64_t), &c.raw_end)) == NULL ||
        (cols[TEXT_OFFSETS] = column(m + 1, sizeof(int64_t),
                                     &c.text_offsets)) == NULL ||
        (cols[VALUE_OFFSETS] = column(m + 1, sizeof(int64_t),
                                      &c.value_offsets)) == NULL ||
        (cols[TEXT_DATA] = column((Py_ssize_t)z.text_bytes, 1,
                                  &c.text_data)) == NULL ||
        (cols[VALUE_DATA] = column((Py_ssize_t)z.value_bytes, 1,
                                   &c.value_data)) == NULL)
        goto fail;
    Py_BEGIN_ALLOW_THREADS
    fill_entity_columns(self, &c);
    Py_END_ALLOW_THREADS
    if ((labels = PyTuple_New(PT_LABEL_COUNT)) == NULL ||
        (source_names = PyTuple_New((Py_ssize_t)z.sources.n)) == NULL)
        goto fail;
    for (int k = 0; k < PT_LABEL_COUNT; k++) {
        PyObject *name = PyUnicode_FromString(pt_label_name((pt_label)k));
        if (name == NULL)
            goto fail;
        PyTuple_SET_ITEM(labels, k, name);
    }
    for (size_t k = 0; k < z.sources.n; k++) {
        PyObject *name = PyUnicode_FromString(z.sources.names[k]);
        if (name == NULL)
            goto fail;
        PyTuple_SET_ITEM(source_names, (Py_ssize_t)k, name);
    }
    if ((d = PyDict_New()) == NULL ||
        PyDict_SetItemString(d, "labels", labels) < 0 ||
        PyDict_SetItemString(d, "sources", source_names) < 0)
        goto fail;
    for (int k = 0; k < NCOLUMNS; k++)
        if (PyDict_SetItemString(d, names[k], cols[k]) < 0)
            goto fail;
    goto done;
fail:
    Py_CLEAR(d);
done:
    for (int k = 0; k < NCOLUMNS; k++)
        Py_XDECREF(cols[k]);
    Py_XDECREF(labels);
    Py_XDECREF(source_names);
    PyMem_RawFree(z.codes);
    PyMem_RawFree(z.sources.names);
    PyMem_RawFree(z.sources.slots);
    return d;
}

/* ---- sentences and tokens ----------------------------------------------- */

/* Segmenters take long to open (ICU loads its rules and dictionaries) and
 * serve one thread at a time, so idle ones wait in a pool per language
 * (in the module state) for the next call.  A thread that finds none idle
 * opens one, and hands it back after use: the pool keeps at most
 * POOL_DEPTH, as many as threads segment at once.
 *
 * The pools have a lock of their own, not the GIL: a segmenter is taken
 * and given back with the GIL released, in the same stretch as the
 * segmenting, so that opening one (tens of milliseconds) blocks no other
 * thread.  The lock is held only to move a pointer, never while calling
 * ICU or waiting for the GIL, so it cannot deadlock with the GIL. */

static void *
raw_malloc(void *ctx, size_t n)
{
    (void)ctx;
    return PyMem_RawMalloc(n);
}

static void *
raw_realloc(void *ctx, void *p, size_t n)
{
    (void)ctx;
    return PyMem_RawRealloc(p, n);
}

static void
raw_free(void *ctx, void *p)
{
    (void)ctx;
    PyMem_RawFree(p);
}

/* PyMem_Raw*: tracemalloc sees it, and it needs no GIL. */
static const pt_alloc raw_alloc = {raw_malloc, raw_realloc, raw_free, NULL};

/* The pool of `lang`; the caller holds pools_lock. */
static seg_pool *
pool_of(module_state *st, const char *lang)
{
    for (int k = 0; k < POOL_LANGS; k++) {
        seg_pool *pool = &st->pools[k];
        if (pool->lang[0] == '\0' || strcmp(pool->lang, lang) == 0) {
            PyOS_snprintf(pool->lang, sizeof pool->lang, "%s", lang);
            return pool;
        }
    }
    return NULL; /* not reached: the languages are fewer */
}

/* An idle segmenter for `lang` into *seg, or a new one.  Needs no GIL. */
static pt_status
segmenter_take(module_state *st, const char *lang, pt_segmenter **seg,
               pt_error *err)
{
    PyThread_acquire_lock(st->pools_lock, WAIT_LOCK);
    seg_pool *pool = pool_of(st, lang);
    *seg = pool && pool->nidle > 0 ? pool->idle[--pool->nidle] : NULL;
    PyThread_release_lock(st->pools_lock);
    if (*seg != NULL)
        return PT_OK;
    return pt_segmenter_new(lang, &raw_alloc, seg, err);
}

/* Back to its pool, or freed when the pool is full.  Needs no GIL. */
static void
segmenter_give_back(module_state *st, const char *lang, pt_segmenter *seg)
{
    PyThread_acquire_lock(st->pools_lock, WAIT_LOCK);
    seg_pool *pool = pool_of(st, lang);
    if (pool && pool->nidle < POOL_DEPTH) {
        pool->idle[pool->nidle++] = seg;
        seg = NULL;
    }
    PyThread_release_lock(st->pools_lock);
    pt_segmenter_free(seg);
}

enum { SENTENCES, TOKENS };

/* Segment blocks [first, last) into `out` with the GIL released (spans
 * in bytes, or in code points when `flags` says so); block i's spans
 * start at out->items[starts[i - first]], and starts[last - first] is
 * out->n.  -1 with an exception on failure. */
static int
Doc_segment(DocObject *self, int what, unsigned flags, size_t first,
            size_t last, pt_spans *out, size_t *starts)
{
    module_state *st = type_state(Py_TYPE(self));
    const char *lang = pt_doc_language(self->doc);
    size_t n;
    const pt_block *blocks = pt_doc_blocks(self->doc, &n);
    pt_segmenter *seg;
    pt_error err = {.code = PT_OK};
    pt_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = segmenter_take(st, lang, &seg, &err);
    if (rc == PT_OK) {
        for (size_t i = first; i < last && rc == PT_OK; i++) {
            starts[i - first] = out->n;
            rc = what == SENTENCES
                     ? pt_block_sentences(seg, &blocks[i], flags, out, &err)
                     : pt_block_tokens(seg, &blocks[i], flags, out, &err);
        }
        starts[last - first] = out->n;
        segmenter_give_back(st, lang, seg);
    }
    Py_END_ALLOW_THREADS
    return rc == PT_OK ? 0 : raise_status(st, rc, &err);
}

/* Block i's sentences or tokens as a list of str. */
static PyObject *
segment_strings(DocObject *self, int what, unsigned flags, Py_ssize_t i)
{
    if ((i = block_index(self, i)) < 0)
        return NULL;
    size_t n, starts[2];
    const pt_block *b = &pt_doc_blocks(self->doc, &n)[i];
    pt_spans spans = {NULL, 0, 0, &raw_alloc};
    PyObject *list = NULL;
    if (Doc_segment(self, what, flags, (size_t)i, (size_t)i + 1, &spans,
                    starts) < 0 ||
        (list = PyList_New((Py_ssize_t)spans.n)) == NULL)
        goto done;
    for (size_t k = 0; k < spans.n; k++) {
        pt_span sp = spans.items[k];
        PyObject *str = PyUnicode_DecodeUTF8(b->text + sp.start,
                                             sp.end - sp.start, "strict");
        if (str == NULL) {
            Py_CLEAR(list);
            goto done;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)k, str);
    }
done:
    pt_spans_free(&spans);
    return list;
}

/* Spread the spans of blocks [first, last) into columns. */
static void
fill_segment_columns(size_t first, size_t last, const pt_spans *spans,
                     const size_t *starts, int32_t *block, int32_t *start,
                     int32_t *end)
{
    for (size_t i = first; i < last; i++)
        for (size_t k = starts[i - first]; k < starts[i - first + 1]; k++) {
            block[k] = (int32_t)i;
            start[k] = (int32_t)spans->items[k].start;
            end[k] = (int32_t)spans->items[k].end;
        }
}

/* Sentences or tokens of one block (block_obj an index) or of all (None
 * or NULL)
 * as a dict of bytes objects of int32: "block", "start" and "end", the
 * offsets in code points. */
static PyObject *
segment_columns(DocObject *self, int what, unsigned flags, PyObject *block_obj)
{
    size_t nblocks, first = 0, last;
    pt_doc_blocks(self->doc, &nblocks);
    last = nblocks;
    if (block_obj != NULL && block_obj != Py_None) {
        Py_ssize_t i = PyLong_AsSsize_t(block_obj);
        if ((i == -1 && PyErr_Occurred()) || (i = block_index(self, i)) < 0)
            return NULL;
        first = (size_t)i;
        last = first + 1;
    }
    pt_spans spans = {NULL, 0, 0, &raw_alloc};
    size_t *starts = PyMem_RawMalloc((last - first + 1) * sizeof *starts);
    PyObject *cols[3] = {NULL}, *d = NULL;
    int32_t *col_block, *col_start, *col_end;
    if (starts == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (Doc_segment(self, what, flags | PT_SEGMENT_CODEPOINTS, first, last,
                    &spans, starts) < 0)
        goto done;
    Py_ssize_t n = (Py_ssize_t)spans.n;
    if ((cols[0] = column(n, sizeof(int32_t), &col_block)) == NULL ||
        (cols[1] = column(n, sizeof(int32_t), &col_start)) == NULL ||
        (cols[2] = column(n, sizeof(int32_t), &col_end)) == NULL)
        goto done;
    fill_segment_columns(first, last, &spans, starts, col_block, col_start,
                         col_end);
    d = Py_BuildValue("{sOsOsO}", "block", cols[0], "start", cols[1], "end",
                      cols[2]);
done:
    for (int k = 0; k < 3; k++)
        Py_XDECREF(cols[k]);
    PyMem_RawFree(starts);
    pt_spans_free(&spans);
    return d;
}

PyDoc_STRVAR(Doc_sentences_doc,
"sentences($self, block, /)\n--\n\n"
"The sentences of block `block` as a list of str: ICU's, trimmed of\n"
"white space, never cutting an entity.");

static PyObject *
Doc_sentences(DocObject *self, PyObject *arg)
{
    Py_ssize_t i = PyLong_AsSsize_t(arg);
    if (i == -1 && PyErr_Occurred())
        return NULL;
    return segment_strings(self, SENTENCES, 0, i);
}

PyDoc_STRVAR(Doc_tokens_doc,
"tokens($self, block, punctuation=True)\n--\n\n"
"The tokens of block `block` as a list of str: ICU's words, each entity\n"
"one token, no white space; punctuation and symbols too unless\n"
"punctuation is false.");

static PyObject *
Doc_tokens(DocObject *self, PyObject *const *args, Py_ssize_t nargs,
           PyObject *kwnames)
{
    static const char *const names[] = {"block", "punctuation"};
    PyObject *arg[2], *index;
    int punct = 1;
    if (unpack_args("tokens", names, 2, 1, args, nargs, kwnames, arg) < 0 ||
        (index = PyNumber_Index(arg[0])) == NULL)
        return NULL;
    Py_ssize_t i = PyLong_AsSsize_t(index);
    Py_DECREF(index);
    if ((i == -1 && PyErr_Occurred()) || flag_arg(arg[1], &punct) < 0)
        return NULL;
    return segment_strings(self, TOKENS, punct ? 0 : PT_SEGMENT_WORDS_ONLY, i);
}

PyDoc_STRVAR(Doc_sentence_columns_doc,
"sentence_columns($self, block=None)\n--\n\n"
"The sentences of every block (or of block `block`) as columns of\n"
"native int32 in bytes: block (its index), start and end (code points\n"
"in the block's text).");

static PyObject *
Doc_sentence_columns(DocObject *self, PyObject *const *args,
                     Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"block"};
    PyObject *block;
    if (unpack_args("sentence_columns", names, 1, 0, args, nargs, kwnames,
                    &block) < 0)
        return NULL;
    return segment_columns(self, SENTENCES, 0, block);
}

PyDoc_STRVAR(Doc_token_columns_doc,
"token_columns($self, block=None, punctuation=True)\n--\n\n"
"The tokens of every block (or of block `block`) as columns of native\n"
"int32 in bytes: block (its index), start and end (code points in the\n"
"block's text); see tokens().");

static PyObject *
Doc_token_columns(DocObject *self, PyObject *const *args, Py_ssize_t nargs,
                  PyObject *kwnames)
{
    static const char *const names[] = {"block", "punctuation"};
    PyObject *arg[2];
    int punct = 1;
    if (unpack_args("token_columns", names, 2, 0, args, nargs, kwnames,
                    arg) < 0 ||
        flag_arg(arg[1], &punct) < 0)
        return NULL;
    return segment_columns(self, TOKENS, punct ? 0 : PT_SEGMENT_WORDS_ONLY,
                           arg[0]);
}

static PyMethodDef Doc_methods[] = {
    {"block", (PyCFunction)Doc_block, METH_O, Doc_block_doc},
    {"block_heads", (PyCFunction)Doc_block_heads, METH_NOARGS,
     Doc_block_heads_doc},
    {"regions", (PyCFunction)Doc_regions, METH_NOARGS, Doc_regions_doc},
    {"diagnostics", (PyCFunction)Doc_diagnostics, METH_NOARGS,
     Doc_diagnostics_doc},
    {"entity_columns", (PyCFunction)Doc_entity_columns, METH_NOARGS,
     Doc_entity_columns_doc},
    {"sentences", (PyCFunction)Doc_sentences, METH_O, Doc_sentences_doc},
    {"tokens", (PyCFunction)(void (*)(void))Doc_tokens,
     METH_FASTCALL | METH_KEYWORDS, Doc_tokens_doc},
    {"sentence_columns", (PyCFunction)(void (*)(void))Doc_sentence_columns,
     METH_FASTCALL | METH_KEYWORDS, Doc_sentence_columns_doc},
    {"token_columns", (PyCFunction)(void (*)(void))Doc_token_columns,
     METH_FASTCALL | METH_KEYWORDS, Doc_token_columns_doc},
    {NULL, NULL, 0, NULL}};

static PyGetSetDef Doc_getset[] = {
    {"text", (getter)Doc_get_text, NULL, "The text all offsets refer to.",
     NULL},
    {"language", (getter)Doc_get_language, NULL, "The detected language.",
     NULL},
    {"metadata", (getter)Doc_get_metadata, NULL,
     "Masthead fields the document shows.", NULL},
    {"timings", (getter)Doc_get_timings, NULL,
     "Seconds the parse spent in each stage: lines, blocks, entities.",
     NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyType_Slot Doc_slots[] = {
    {Py_tp_dealloc, (void *)Doc_dealloc},
    {Py_sq_length, (void *)Doc_length},
    {Py_tp_doc, (void *)"A parsed document (made by parse())."},
    {Py_tp_methods, Doc_methods},
    {Py_tp_getset, Doc_getset},
    {0, NULL}};

/* Made by parse() only; neither type can be subclassed (see type_state). */
static PyType_Spec Doc_spec = {
    "paratag._core.Doc", sizeof(DocObject), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE |
        Py_TPFLAGS_DISALLOW_INSTANTIATION,
    Doc_slots};

/* ---- Tagger -------------------------------------------------------------- */

PyDoc_STRVAR(Tagger_doc,
"Tagger(gazetteers=(), icu_countries=True)\n--\n\n"
"An entity tagger built from gazetteers, a sequence of (name, tsv_text)\n"
"pairs (earlier ones win a shared name), and ICU's country names.\n"
"Immutable; share it between threads.");

static PyObject *
Tagger_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"gazetteers", "icu_countries", NULL};
    PyObject *seq_obj = NULL, *seq = NULL;
    int icu = 1;
    pt_gazetteer *g = NULL;
    TaggerObject *self = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|Op:Tagger", kwlist,
                                     &seq_obj, &icu))
        return NULL;
    if (seq_obj == NULL)
        seq = PyTuple_New(0);
    else
        seq = PySequence_Fast(seq_obj,
                              "gazetteers must be a sequence of (name, text)");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    g = PyMem_Calloc((size_t)n + 1, sizeof *g);
    if (g == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
        PyObject *name, *text;
        Py_ssize_t len;
        if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2) {
            PyErr_SetString(PyExc_TypeError,
                            "each gazetteer is a (name, text) tuple");
            goto fail;
        }
        name = PyTuple_GET_ITEM(item, 0);
        text = PyTuple_GET_ITEM(item, 1);
        /* the UTF-8 is cached in the str objects, which seq keeps alive */
        if ((g[i].name = PyUnicode_AsUTF8(name)) == NULL ||
            (g[i].text = PyUnicode_AsUTF8AndSize(text, &len)) == NULL)
            goto fail;
        g[i].len = (size_t)len;
    }
    self = (TaggerObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        goto fail;
    pt_tagger_options opt = {0, icu ? 0 : PT_TAGGER_NO_ICU_COUNTRIES, g,
                             (size_t)n, NULL};
    pt_error err = {.code = PT_OK};
    pt_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = pt_tagger_new(&opt, &self->tagger, &err);
    Py_END_ALLOW_THREADS
    if (rc != PT_OK) {
        raise_status(type_state(type), rc, &err);
        goto fail;
    }
    PyMem_Free(g);
    Py_DECREF(seq);
    return (PyObject *)self;
fail:
    Py_XDECREF(self);
    PyMem_Free(g);
    Py_DECREF(seq);
    return NULL;
}

static void
Tagger_dealloc(TaggerObject *self)
{
    PyTypeObject *type = Py_TYPE(self);
    pt_tagger_free(self->tagger);
    type->tp_free((PyObject *)self);
    Py_DECREF(type);
}

static PyObject *
Tagger_get_size(TaggerObject *self, void *closure)
{
    (void)closure;
    return PyLong_FromSize_t(pt_tagger_size(self->tagger));
}

static PyGetSetDef Tagger_getset[] = {
    {"size", (getter)Tagger_get_size, NULL,
     "How many names the trie holds.", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyType_Slot Tagger_slots[] = {
    {Py_tp_new, (void *)Tagger_new},
    {Py_tp_dealloc, (void *)Tagger_dealloc},
    {Py_tp_doc, (void *)Tagger_doc},
    {Py_tp_getset, Tagger_getset},
    {0, NULL}};

static PyType_Spec Tagger_spec = {
    "paratag._core.Tagger", sizeof(TaggerObject), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE, Tagger_slots};

/* ---- module ------------------------------------------------------------- */

static PyMethodDef module_methods[] = {
    {"parse", (PyCFunction)(void (*)(void))ptmod_parse,
     METH_FASTCALL | METH_KEYWORDS, parse_doc},
    {NULL, NULL, 0, NULL}};

static int
core_traverse(PyObject *m, visitproc visit, void *arg)
{
    module_state *st = PyModule_GetState(m);
    Py_VISIT(st->error);
    Py_VISIT(st->doc_type);
    Py_VISIT(st->tagger_type);
    return 0;
}

static int
core_clear(PyObject *m)
{
    module_state *st = PyModule_GetState(m);
    Py_CLEAR(st->error);
    Py_CLEAR(st->doc_type);
    Py_CLEAR(st->tagger_type);
    return 0;
}

/* Also after a failed core_exec: every field may still be zero. */
static void
core_free(void *m)
{
    module_state *st = PyModule_GetState((PyObject *)m);
    core_clear((PyObject *)m);
    for (int k = 0; k < POOL_LANGS; k++)
        while (st->pools[k].nidle > 0)
            pt_segmenter_free(st->pools[k].idle[--st->pools[k].nidle]);
    if (st->pools_lock != NULL)
        PyThread_free_lock(st->pools_lock);
}

static int
core_exec(PyObject *m)
{
    module_state *st = PyModule_GetState(m);
    char icu[32];
    pt_icu_version(icu, sizeof icu);
    if ((st->pools_lock = PyThread_allocate_lock()) == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    st->error = PyErr_NewExceptionWithDoc(
        "paratag.Error",
        "Raised for input paratag cannot parse.  .pos is the byte offset of\n"
        "the fault in the UTF-8 of the text (or of the gazetteer), .line the\n"
        "1-based line of a bad gazetteer line, None for other errors.",
        PyExc_ValueError, NULL);
    if (st->error == NULL)
        return -1;
    st->doc_type = (PyTypeObject *)PyType_FromModuleAndSpec(m, &Doc_spec, NULL);
    if (st->doc_type == NULL)
        return -1;
    st->tagger_type =
        (PyTypeObject *)PyType_FromModuleAndSpec(m, &Tagger_spec, NULL);
    if (st->tagger_type == NULL)
        return -1;
#if PY_VERSION_HEX < 0x030A0000
    st->doc_type->tp_new = NULL; /* no Py_TPFLAGS_DISALLOW_INSTANTIATION */
#endif
    if (PyModule_AddObjectRef(m, "Error", st->error) < 0 ||
        PyModule_AddType(m, st->doc_type) < 0 ||
        PyModule_AddType(m, st->tagger_type) < 0 ||
        PyModule_AddStringConstant(m, "__version__", PT_VERSION) < 0 ||
        PyModule_AddStringConstant(m, "icu_version", icu) < 0)
        return -1;
    return 0;
}

static PyModuleDef_Slot core_slots[] = {{Py_mod_exec, (void *)core_exec},
                                        {0, NULL}};

static struct PyModuleDef core_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "paratag._core",
    .m_doc = "The C core of paratag: parse UN report text into blocks.",
    .m_size = sizeof(module_state),
    .m_methods = module_methods,
    .m_slots = core_slots,
    .m_traverse = core_traverse,
    .m_clear = core_clear,
    .m_free = core_free,
};

PyMODINIT_FUNC
PyInit__core(void)
{
    return PyModuleDef_Init(&core_module);
}
