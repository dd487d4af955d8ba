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
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "paratag.h"

#include <stdbool.h>
#include <string.h>

#define CP_STRIDE 256

static PyObject *ParatagError; /* paratag.Error, a ValueError */

typedef struct {
    PyObject_HEAD
    pt_doc *doc;
    PyObject *source; /* the str or bytes the doc's text lives in */
    PyObject *text;   /* the text as str, made on first use */
    uint32_t *cp_table; /* code points before each CP_STRIDE bytes */
    bool ascii;
} DocObject;

static PyTypeObject DocType;

typedef struct {
    PyObject_HEAD
    pt_tagger *tagger;
} TaggerObject;

static PyTypeObject TaggerType;

/* ---- offsets ------------------------------------------------------------ */

static int
Doc_build_cp_table(DocObject *self)
{
    size_t len;
    const char *s = pt_doc_text(self->doc, &len);
    size_t n = len / CP_STRIDE + 1;
    self->cp_table = PyMem_RawMalloc(n * sizeof *self->cp_table);
    if (self->cp_table == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    uint32_t cp = 0;
    bool ascii = true;
    for (size_t i = 0; i < len; i++) {
        if (i % CP_STRIDE == 0)
            self->cp_table[i / CP_STRIDE] = cp;
        unsigned char c = (unsigned char)s[i];
        cp += (c & 0xC0) != 0x80;
        ascii = ascii && c < 0x80;
    }
    if (len % CP_STRIDE == 0)
        self->cp_table[len / CP_STRIDE] = cp;
    self->ascii = ascii;
    return 0;
}

static Py_ssize_t
Doc_cp(DocObject *self, uint32_t byte_off)
{
    if (self->ascii)
        return (Py_ssize_t)byte_off;
    size_t len;
    const char *s = pt_doc_text(self->doc, &len);
    size_t k = byte_off / CP_STRIDE;
    Py_ssize_t cp = (Py_ssize_t)self->cp_table[k];
    for (size_t i = k * CP_STRIDE; i < byte_off; i++)
        cp += ((unsigned char)s[i] & 0xC0) != 0x80;
    return cp;
}

/* ---- parse -------------------------------------------------------------- */

static PyObject *
raise_error(const pt_error *err)
{
    PyObject *exc = PyObject_CallFunction(ParatagError, "s", err->msg);
    if (exc == NULL)
        return NULL;
    PyObject *pos = PyLong_FromSize_t(err->pos);
    if (pos == NULL || PyObject_SetAttrString(exc, "pos", pos) < 0) {
        Py_XDECREF(pos);
        Py_DECREF(exc);
        return NULL;
    }
    Py_DECREF(pos);
    PyErr_SetObject(ParatagError, exc);
    Py_DECREF(exc);
    return NULL;
}

/* The UTF-8 of a str (cached in it, no copy) or the bytes of a bytes-like
 * object (copied to an immutable bytes unless it is one). */
static PyObject *
utf8_source(PyObject *text, const char **utf8, Py_ssize_t *n)
{
    if (PyUnicode_Check(text)) {
        *utf8 = PyUnicode_AsUTF8AndSize(text, n);
        if (*utf8 == NULL) {
            if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
                PyObject *type, *value, *tb;
                Py_ssize_t at = 0;
                PyErr_Fetch(&type, &value, &tb);
                PyErr_NormalizeException(&type, &value, &tb);
                if (value)
                    PyUnicodeEncodeError_GetStart(value, &at);
                Py_XDECREF(type);
                Py_XDECREF(value);
                Py_XDECREF(tb);
                pt_error err = {PT_E_UTF8, (size_t)at, 0, {0}};
                PyOS_snprintf(err.msg, sizeof err.msg,
                              "text has a lone surrogate at index %zd", at);
                raise_error(&err);
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

PyDoc_STRVAR(parse_doc,
"parse(text, lang=None, replace_invalid=False, tagger=None)\n--\n\n"
"Parse a report's text (str, or bytes of UTF-8) into a Doc; with a\n"
"Tagger, tag the entities of every block.");

static PyObject *
ptmod_parse(PyObject *mod, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"text", "lang", "replace_invalid", "tagger",
                             NULL};
    PyObject *text, *lang_obj = Py_None, *tagger_obj = Py_None;
    int replace = 0;
    (void)mod;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|OpO:parse", kwlist,
                                     &text, &lang_obj, &replace, &tagger_obj))
        return NULL;
    const pt_tagger *tagger = NULL;
    if (tagger_obj != Py_None) {
        if (!PyObject_TypeCheck(tagger_obj, &TaggerType))
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
    PyObject *source = utf8_source(text, &utf8, &n);
    if (source == NULL)
        return NULL;
    pt_options opt = {0, replace ? PT_OPT_REPLACE_INVALID : 0, lang, NULL,
                      tagger};
    pt_error err = {PT_OK, 0, 0, {0}};
    pt_doc *doc = NULL;
    pt_status rc;
    Py_INCREF(tagger_obj); /* the tagger outlives the parse */
    Py_BEGIN_ALLOW_THREADS
    rc = pt_parse(utf8, (size_t)n, &opt, &doc, &err);
    Py_END_ALLOW_THREADS
    Py_DECREF(tagger_obj);
    if (rc != PT_OK) {
        Py_DECREF(source);
        if (rc == PT_E_NOMEM)
            return PyErr_NoMemory();
        return raise_error(&err);
    }
    DocObject *self = PyObject_New(DocObject, &DocType);
    if (self == NULL) {
        pt_doc_free(doc);
        Py_DECREF(source);
        return NULL;
    }
    self->doc = doc;
    self->source = source;
    self->text = NULL;
    self->cp_table = NULL;
    size_t len;
    const char *s = pt_doc_text(doc, &len);
    /* a str whose UTF-8 the core used as it is: it is the text */
    if (PyUnicode_Check(source) && s == utf8)
        self->text = Py_NewRef(source);
    if (Doc_build_cp_table(self) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

/* ---- Doc ---------------------------------------------------------------- */

static void
Doc_dealloc(DocObject *self)
{
    pt_doc_free(self->doc);
    Py_XDECREF(self->source);
    Py_XDECREF(self->text);
    PyMem_RawFree(self->cp_table);
    PyObject_Free(self);
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
    size_t at = 0;
    Py_ssize_t cp = 0;
    if (t == NULL)
        return NULL;
    for (size_t k = 0; k < b->nentities; k++) {
        const pt_entity *e = &b->entities[k];
        Py_ssize_t start, end;
        for (; at < e->start; at++)
            cp += ((unsigned char)b->text[at] & 0xC0) != 0x80;
        start = cp;
        for (; at < e->end; at++)
            cp += ((unsigned char)b->text[at] & 0xC0) != 0x80;
        end = cp;
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

PyDoc_STRVAR(Doc_block_doc,
"block(i)\n--\n\n"
"Block i as (kind, number, text, refs, spans, entities); spans are\n"
"code-point ranges of the text, entities (label, start, end, value,\n"
"source) with code-point offsets into the block's text.");

static PyObject *
Doc_block(DocObject *self, PyObject *arg)
{
    Py_ssize_t i = PyLong_AsSsize_t(arg);
    size_t n, len;
    if (i == -1 && PyErr_Occurred())
        return NULL;
    const pt_block *blocks = pt_doc_blocks(self->doc, &n);
    if (i < 0)
        i += (Py_ssize_t)n;
    if (i < 0 || (size_t)i >= n) {
        PyErr_SetString(PyExc_IndexError, "block index out of range");
        return NULL;
    }
    const pt_block *b = &blocks[i];
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
    return Py_BuildValue("(ss#s#NNN)", pt_block_kind_name(b->kind),
                         b->number, (Py_ssize_t)b->number_len, b->text,
                         (Py_ssize_t)b->text_len, refs, spans, ents);
fail:
    Py_XDECREF(refs);
    Py_XDECREF(spans);
    Py_XDECREF(ents);
    return NULL;
}

PyDoc_STRVAR(Doc_regions_doc,
"regions()\n--\n\n"
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

static PyMethodDef Doc_methods[] = {
    {"block", (PyCFunction)Doc_block, METH_O, Doc_block_doc},
    {"regions", (PyCFunction)Doc_regions, METH_NOARGS, Doc_regions_doc},
    {NULL, NULL, 0, NULL}};

static PyGetSetDef Doc_getset[] = {
    {"text", (getter)Doc_get_text, NULL, "The text all offsets refer to.",
     NULL},
    {"language", (getter)Doc_get_language, NULL, "The detected language.",
     NULL},
    {"metadata", (getter)Doc_get_metadata, NULL,
     "Masthead fields the document shows.", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PySequenceMethods Doc_as_sequence = {.sq_length =
                                                (lenfunc)Doc_length};

static PyTypeObject DocType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "paratag._core.Doc",
    .tp_basicsize = sizeof(DocObject),
    .tp_dealloc = (destructor)Doc_dealloc,
    .tp_as_sequence = &Doc_as_sequence,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A parsed document (made by parse()).",
    .tp_methods = Doc_methods,
    .tp_getset = Doc_getset,
};

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
    pt_error err = {PT_OK, 0, 0, {0}};
    pt_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = pt_tagger_new(&opt, &self->tagger, &err);
    Py_END_ALLOW_THREADS
    if (rc != PT_OK) {
        if (rc == PT_E_NOMEM)
            PyErr_NoMemory();
        else
            raise_error(&err);
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
    pt_tagger_free(self->tagger);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
Tagger_get_size(TaggerObject *self, void *closure)
{
    (void)closure;
    return PyLong_FromSize_t(pt_tagger_size(self->tagger));
}

static PyGetSetDef Tagger_getset[] = {
    {"size", (getter)Tagger_get_size, NULL,
     "How many names the automaton holds.", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyTypeObject TaggerType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "paratag._core.Tagger",
    .tp_basicsize = sizeof(TaggerObject),
    .tp_dealloc = (destructor)Tagger_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = Tagger_doc,
    .tp_new = Tagger_new,
    .tp_getset = Tagger_getset,
};

/* ---- module ------------------------------------------------------------- */

static PyMethodDef module_methods[] = {
    {"parse", (PyCFunction)(void (*)(void))ptmod_parse,
     METH_VARARGS | METH_KEYWORDS, parse_doc},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef core_module = {
    PyModuleDef_HEAD_INIT, "paratag._core",
    "The C core of paratag: parse UN report text into blocks.", -1,
    module_methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC
PyInit__core(void)
{
    if (PyType_Ready(&DocType) < 0 || PyType_Ready(&TaggerType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&core_module);
    if (m == NULL)
        return NULL;
    char icu[32];
    pt_icu_version(icu, sizeof icu);
    ParatagError = PyErr_NewExceptionWithDoc(
        "paratag.Error", "Raised for input paratag cannot parse.",
        PyExc_ValueError, NULL);
    if (ParatagError == NULL ||
        PyModule_AddObjectRef(m, "Error", ParatagError) < 0 ||
        PyModule_AddObjectRef(m, "Doc", (PyObject *)&DocType) < 0 ||
        PyModule_AddObjectRef(m, "Tagger", (PyObject *)&TaggerType) < 0 ||
        PyModule_AddStringConstant(m, "__version__", PT_VERSION) < 0 ||
        PyModule_AddStringConstant(m, "icu_version", icu) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
