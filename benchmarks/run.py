"""paratag's speed against bytes.decode and its peers (issue 4).

    python3 -m pip install -r benchmarks/requirements.txt
    python3 benchmarks/run.py [--quick] [--json PATH]

Builds inputs by repeating the Chinese and the English reports of
../shared/corpus (or $PARATAG_SHARED/corpus) to several sizes, then
measures in one run, on one thread (parse_many apart): bytes.decode,
paratag.parse, paratag's sentences and tokens, PyICU's break iterators,
jieba, pyahocorasick over the country names paratag knows and a `re` pass
for dates.  Each figure is the best of several runs (time.perf_counter),
in MB (10^6 bytes of UTF-8 input) and characters of input per second, and
as a ratio to bytes.decode of the same input in the same run.  Then: the
time per stage, paratag.parse_many with 1 and 2 workers, the size curve of
paratag.parse (each point in a fresh process: throughput and peak RSS) and
the issue's targets, met or not; and paratag.parse in each of the six
languages at 8 MB (the UNPC devset's lines, and Arabic reports as
pdftotext left them).  Prints tables; writes JSON to
benchmarks/results.json or --json PATH.
"""
import argparse
import ctypes
import gc
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

import paratag

HERE = Path(__file__).resolve().parent
try:
    import ahocorasick
    import icu
    import jieba
    import jieba.posseg
    import pandas  # noqa: F401  (to_pandas needs it, and pyarrow)
    import pyarrow  # noqa: F401
except ImportError as e:
    sys.exit(f"{e}: python3 -m pip install -r {HERE / 'requirements.txt'}")
CORPUS = Path(os.environ.get("PARATAG_SHARED") or HERE.parents[1] / "shared") / "corpus"
SEEDS = {"zh": ["000_1896683c96b304d7.txt", "ldc_programme_ops.zh.txt"],
         "en": ["A_61_917.en.txt", "A_C.3_56_draft_right_to_development.en.txt",
                "A_CONF.192_PC_L.3.en.txt", "ldc_programme_ops.en.txt"]}
KB, MB = 10**3, 10**6
TABLE_SIZES = {False: [10 * KB, 1 * MB, 8 * MB], True: [10 * KB, 1 * MB]}
CURVE_SIZES = {False: [10 * KB, 100 * KB, 1 * MB, 8 * MB, 32 * MB, 100 * MB, 200 * MB],
               True: [10 * KB, 100 * KB, 1 * MB, 8 * MB]}
MANY_SIZE = {False: 8 * MB, True: 2 * MB}  # per language, for parse_many
SLOW_MAX = 1 * MB  # jieba runs on at most this; larger sizes reuse that figure
DATES = {
    "en": re.compile(r"\b(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|"
                     r"September|October|November|December)(?: \d{1,2},)? \d{4}\b"
                     r"|\b\d{4}-\d{2}-\d{2}\b"),
    "zh": re.compile(r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日"),
}


LANGUAGES = ("zh", "en", "fr", "es", "ru", "ar")
# each language at one size: the UNPC devset's lines (the same text in all
# six), and the regional commission's Arabic reports as pdftotext left them
LANGUAGE_SEEDS = {lang: [f"unpc-devset/devset.{lang}.txt"] for lang in LANGUAGES}
LANGUAGE_SEEDS["ar (ESCWA PDF text)"] = ["escwa/E_ESCWA_EDID_2017_IG.2_5_PART_II_.ar.txt",
                                         "escwa/E_ESCWA_EDID_2017_IG.2_8.ar.txt",
                                         "escwa/E_ESCWA_EDID_2017_IG.1_6.ar.txt"]
LANGUAGE_SIZE = {False: 8 * MB, True: 1 * MB}
LANGUAGE_TARGET = 0.07  # × bytes.decode, issue 15


def human(n):
    return f"{n // MB} MB" if n >= MB else f"{n // KB} KB"


# ---- inputs ---------------------------------------------------------------

def seed(lang):
    """The reports of `lang`, one after the other."""
    return b"".join((CORPUS / name).read_bytes().rstrip(b"\n") + b"\n\n" for name in SEEDS[lang])


def pieces(lang, size):
    """The seed of `lang` repeated, cut at the last line break before `size` bytes."""
    s, left = seed(lang), size
    while left >= len(s):
        yield s
        left -= len(s)
    yield s[:s.rfind(b"\n", 0, left) + 1]


def make_input(lang, size):
    return b"".join(pieces(lang, size))


def documents(data, size):
    """`data` cut at line breaks into documents of at most `size` bytes (a
    longer line stays whole)."""
    out, start = [], 0
    while start < len(data):
        end = len(data) if len(data) - start <= size else data.rfind(b"\n", start, start + size) + 1
        if end <= start:
            end = data.find(b"\n", start) + 1 or len(data)
        out.append(data[start:end])
        start = end
    return out


# ---- measuring ------------------------------------------------------------

_libc = ctypes.CDLL(None)


def status_bytes(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise KeyError(field)


def mem_start():
    """Collect garbage, give freed memory back and reset the peak RSS
    (Linux: clear_refs 5); the RSS to measure from, or None if the peak
    cannot be reset."""
    gc.collect()
    _libc.malloc_trim(0)
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return None
    return status_bytes("VmRSS")


def mem_peak(base):
    return None if base is None else max(0, status_bytes("VmHWM") - base)


def measure(run, prepare=lambda: None, budget=0.6, max_reps=300):
    """(best seconds of run(prepare()), peak RSS above the start during the
    first run).  At least 3 runs unless they take over 3 s; runs until
    `budget` seconds are spent."""
    best, spent, reps, peak = float("inf"), 0.0, 0, None
    while reps < max_reps and (spent < budget or (reps < 3 and spent < 3)):
        arg = prepare()
        base = mem_start() if reps == 0 else None
        t0 = time.perf_counter()
        out = run(arg)  # freed once the clock has stopped
        dt = time.perf_counter() - t0
        if reps == 0:
            peak = mem_peak(base)
        del out, arg
        best, spent, reps = min(best, dt), spent + dt, reps + 1
    return best, peak


def timed(fn):
    """(seconds, result) of one call."""
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def timed_parse(data, log):
    """Parse `data` with the default tagger, appending (seconds, the core's
    time per stage) to `log`; the document."""
    return timed_parse_all([data], log)[0]


def timed_parse_all(docs, log):
    """Parse each of `docs` in turn, appending (seconds, the core's time per
    stage), summed over them, to `log`; the documents."""
    seconds, out = timed(lambda: [paratag.parse(d) for d in docs])
    stages = {}
    for doc in out:
        for k, v in (getattr(doc._core, "timings", None) or {}).items():
            stages[k] = stages.get(k, 0) + v
    log.append((seconds, stages))
    return out


def parse_more(docs, log, budget):
    """Parse until `log` holds `budget` seconds of parses, at least 3 unless
    they took over 3 s; the (seconds, stages) of the fastest."""
    while (spent := sum(t for t, _ in log)) < budget or (len(log) < 3 and spent < 3):
        timed_parse_all(docs, log)
    return min(log, key=lambda entry: entry[0])


def warm_up():
    """Build the default tagger and pay every one-time cost (lazy imports,
    ICU data) before anything is timed."""
    for lang in ("zh", "en"):
        doc = paratag.parse(make_input(lang, 10 * KB))
        for name in ("sentence_columns", "token_columns", "to_pandas"):
            if hasattr(doc, name):
                getattr(doc, name)()


# ---- peers ----------------------------------------------------------------

def country_names(lang):
    """The country names paratag knows in `lang`: countries.tsv and ICU's
    region names, full and short, as the C core loads them."""
    names = set()
    for line in (Path(paratag.__file__).with_name("data") / "countries.tsv").read_text("utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 4 and f[0] == "COUNTRY" and f[2] == lang:
            names.update(s for s in f[3:] if s)
    loc = icu.Locale(lang)
    short = icu.LocaleDisplayNames.createInstance(loc, (icu.UDisplayContext.LENGTH_SHORT,))
    for code in icu.Locale.getISOCountries():
        region = icu.Locale("_" + code)
        if len(region.getISO3Country()) != 3:
            continue
        for name in (region.getDisplayCountry(loc), short.regionDisplayName(code)):
            if len(name.encode()) > 2 and name != code:
                names.add(name)
    return sorted(names)


def automaton(lang):
    a = ahocorasick.Automaton()
    names = country_names(lang)
    for name in names:
        a.add_word(name, name)
    a.make_automaton()
    return a, len(names)


def icu_boundaries(iterator, texts):
    """Every boundary of every text, one list of ints per text."""
    out = []
    for t in texts:
        iterator.setText(t)
        out.append(list(iterator))
    return out


# ---- the table ------------------------------------------------------------

class Table:
    def __init__(self):
        self.rows = []

    def add(self, name, lang, size, nbytes, nchars, seconds, peak, decode, target="", met=None,
            note=""):
        row = {"name": name, "lang": lang, "size": size, "bytes": nbytes, "chars": nchars,
               "seconds": seconds, "peak_mb": None if peak is None else peak / MB,
               "target": target, "met": met, "note": note}
        if seconds is not None:
            row.update(mb_s=nbytes / seconds / MB, mchars_s=nchars / seconds / 1e6,
                       x_decode=decode / seconds)
        self.rows.append(row)
        return row

    def print(self, start=0):
        """Print the rows from `start` on, a header before each size."""
        head = f"{'':44} {'lang':4} {'size':>6} {'MB/s':>9} {'Mchar/s':>8} {'×decode':>8} {'peak MB':>8}  target"
        size = self.rows[start - 1]["size"] if start else None
        for r in self.rows[start:]:
            if r["size"] != size:
                size = r["size"]
                print(f"\n{head}")
            if r["seconds"] is None:
                print(f"{r['name']:44} {r['lang']:4} {human(size):>6} {'n/a':>9}  {r['note']}")
                continue
            peak = "" if r["peak_mb"] is None else f"{r['peak_mb']:.1f}"
            met = "" if r["met"] is None else ("  met" if r["met"] else "  NOT MET")
            note = f"  ({r['note']})" if r["note"] else ""
            print(f"{r['name']:44} {r['lang']:4} {human(size):>6} {r['mb_s']:9.2f} {r['mchars_s']:8.2f} "
                  f"{r['x_decode']:8.3g} {peak:>8}  {r['target']}{met}{note}")


def section(table, stages, lang, size, slow, ac):
    """The rows of one language and size."""
    data = make_input(lang, size)
    text = data.decode("utf-8")
    n, nc = len(data), len(text)
    dec, peak = measure(lambda _: data.decode("utf-8"))

    def add(name, result, **kw):
        seconds, peak = result if result else (None, None)
        return table.add(name, lang, size, n, nc, seconds, peak, dec, **kw)

    add("bytes.decode('utf-8')", (dec, peak))
    add("paratag.parse(tagger=False)  blocks", measure(lambda _: paratag.parse(data, tagger=False)))
    parse = measure(lambda _: paratag.parse(data))
    add("paratag.parse  blocks+entities", parse, target=f"≥ 0.5 × decode: {dec / parse[0]:.3g}×",
        met=parse[0] <= 2 * dec)

    doc = paratag.parse(data)
    assert doc.language == lang, (doc.language, lang)
    stages.append(stage_times(lang, size, data))
    texts = [b.text for b in doc.blocks]
    sentences = icu.BreakIterator.createSentenceInstance(icu.Locale(lang))
    words = icu.BreakIterator.createWordInstance(icu.Locale(lang))
    icu_sent = measure(lambda _: icu_boundaries(sentences, texts))
    icu_word = measure(lambda _: icu_boundaries(words, texts))
    add("PyICU sentence BreakIterator (block texts)", icu_sent)
    add("PyICU word BreakIterator (block texts)", icu_word)
    jieba_lcut = None
    if lang == "zh":
        for name, fn in [("jieba.lcut", jieba.lcut), ("jieba.posseg.lcut", jieba.posseg.lcut)]:
            if size <= SLOW_MAX:
                slow[name] = measure(lambda _: fn(text)), size, n
            result, at, at_bytes = slow[name]
            if at != size:  # measured on a smaller input: time scaled to this one
                result = (result[0] * n / at_bytes, None)
            row = add(name, result, note="" if at == size else f"time scaled from {human(at)}")
            if name == "jieba.lcut":
                jieba_lcut = row["seconds"]
    a, nnames = ac[lang]
    add(f"pyahocorasick, {nnames} country names", measure(lambda _: list(a.iter(text))))
    add("re dates (findall)", measure(lambda _: DATES[lang].findall(text)))

    fresh = lambda: paratag.parse(data)
    if hasattr(doc, "sentence_columns"):
        r = measure(lambda d: d.sentence_columns(), fresh)
        add("doc.sentence_columns()", r, met=r[0] <= icu_sent[0] / 0.9,
            target=f"≥ 0.9 × PyICU sentences: {icu_sent[0] / r[0]:.2f}×")
    else:
        add("doc.sentence_columns()", None, note="not in this paratag")
    if hasattr(doc, "token_columns"):
        r = measure(lambda d: d.token_columns(), fresh)
        met = r[0] <= icu_word[0] / 0.9 and (jieba_lcut is None or r[0] <= jieba_lcut / 12)
        target = f"≥ 0.9 × PyICU words: {icu_word[0] / r[0]:.2f}×"
        if jieba_lcut:
            target += f", ≥ 12 × jieba.lcut: {jieba_lcut / r[0]:.1f}×"
        add("doc.token_columns()", r, met=met, target=target)
    else:
        add("doc.token_columns()", None, note="not in this paratag")
    blocks = lambda: paratag.parse(data).blocks
    for what in ("sentences", "tokens"):
        if hasattr(paratag.Block, what):
            add(f"[b.{what}() for b in doc.blocks]",
                measure(lambda bs: [getattr(b, what)() for b in bs], blocks))
        else:
            add(f"[b.{what}() for b in doc.blocks]", None, note="not in this paratag")


def stage_times(lang, size, data):
    """Where the time of a parse goes: the core's stages (of the fastest of
    several parses), and what turning its result into Python costs, each
    conversion on a fresh document."""
    log = []
    conversions = [("entity_columns", lambda d: d.entity_columns()),
                   ("to_pandas", lambda d: d.to_pandas()),
                   ("entities_objects", lambda d: d.entities),
                   ("blocks_objects", lambda d: d.blocks)]
    out = {"lang": lang, "size": size}
    for key, convert in conversions:
        if hasattr(paratag.Document, key.replace("_objects", "")):
            doc = timed_parse(data, log)
            out[key] = timed(lambda: convert(doc))[0]
    out["parse"], core = parse_more([data], log, 0.3)
    out.update(core)
    if core:
        out["other"] = out["parse"] - sum(core.values())
    return out


def print_stages(stages):
    keys = ["lines", "blocks", "entities", "other", "entity_columns", "to_pandas",
            "entities_objects", "blocks_objects"]
    print("\nTime per stage, ms (the fastest of several parses; core stages from doc._core.timings; "
          "'other' is parse() minus them;\nconversions each on a fresh document; entities_objects "
          "builds the blocks too)")
    print(f"{'lang':4} {'size':>6} {'parse':>9} " + " ".join(f"{k:>16}" for k in keys))
    for s in stages:
        cells = [f"{s[k] * 1e3:16.2f}" if k in s else f"{'n/a':>16}" for k in keys]
        print(f"{s['lang']:4} {human(s['size']):>6} {s['parse'] * 1e3:9.2f} " + " ".join(cells))


# ---- parse_many -----------------------------------------------------------

def many(quick):
    """parse_many over many reports (each corpus file as it is), workers=1
    and 2, against a loop of parse(); with the CPU time per wall-clock
    second of one more run (2.0: both cores busy, whatever else runs)."""
    texts, total = [], 0
    for lang in ("zh", "en"):
        files = [(CORPUS / name).read_bytes() for name in SEEDS[lang]]
        size = 0
        while size < MANY_SIZE[quick]:
            for f in files:
                texts.append(f)
                size += len(f)
        total += size
    runs = {"[parse(t) for t in texts]": lambda: [paratag.parse(t) for t in texts]}
    if hasattr(paratag, "parse_many"):
        for w in (1, 2):
            runs[f"parse_many(texts, workers={w})"] = \
                lambda w=w: list(paratag.parse_many(texts, workers=w))
    out = {"documents": len(texts), "bytes": total, "runs": {}}
    for label, run in runs.items():
        seconds = measure(lambda _: run(), budget=1)[0]
        cpu = time.process_time()
        wall = timed(run)[0]
        out["runs"][label] = {"seconds": seconds, "mb_s": total / seconds / MB,
                              "cpu_per_wall": (time.process_time() - cpu) / wall}
    if len(runs) == 3:
        out["speedup"] = (out["runs"]["parse_many(texts, workers=1)"]["seconds"]
                          / out["runs"]["parse_many(texts, workers=2)"]["seconds"])
    return out


def print_many(m):
    print(f"\nparse_many: {m['documents']} reports, {m['bytes'] / MB:.1f} MB, zh and en, "
          f"{os.cpu_count()} cores")
    for label, r in m["runs"].items():
        print(f"  {label:36} {r['mb_s']:9.2f} MB/s   CPU s per wall s {r['cpu_per_wall']:.2f}")
    if "speedup" not in m:
        print("  paratag.parse_many: n/a (not in this paratag)")


# ---- the size curve -------------------------------------------------------

def curve_point(lang, path, size):
    """Run in a fresh process: throughput and peak RSS of paratag.parse on
    the file at `path`, cut into documents of at most `size` bytes, above
    the RSS right after `import paratag`; the peak includes the default
    tagger, the input bytes and the documents."""
    base = mem_start()
    paratag.parse(b"1. x\n")  # builds the default tagger: in the peak, not in the time
    data = Path(path).read_bytes()
    docs = documents(data, int(size))
    log = []
    parsed = timed_parse_all(docs, log)
    peak = mem_peak(base)
    out = {"lang": lang, "bytes": len(data), "documents": len(docs),
           "peak_mb": None if peak is None else peak / MB}
    if hasattr(paratag.Document, "entity_columns"):
        out["entity_columns"] = timed(lambda: [doc.entity_columns() for doc in parsed])[0]
    parsed = None
    warm_up()  # after the peak was read: pandas and pyarrow are no part of it
    if hasattr(paratag.Document, "to_pandas"):
        parsed = timed_parse_all(docs, log)
        out["to_pandas"] = timed(lambda: [doc.to_pandas() for doc in parsed])[0]
        parsed = None
    out["seconds"], out["timings"] = parse_more(docs, log, 0.5)
    out["decode"] = measure(lambda _: data.decode("utf-8"), budget=0.2)[0]
    out["chars"] = len(data.decode("utf-8"))
    json.dump(out, sys.stdout)


def curve(quick):
    """Each size in a fresh process, twice, a pass over all sizes apart,
    keeping the faster: this machine's speed drops by as much as half for
    seconds at a time, which one process's best of several parses cannot
    ride out.  A size below the seed's is the whole seed cut into documents
    of that size, so that every point parses the same mix of text: the
    first 10 KB alone would be one report's masthead and opening, denser in
    entities than the rest."""
    best = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(2):
            for lang in ("zh", "en"):
                for size in CURVE_SIZES[quick]:
                    path = Path(tmp) / f"{lang}.{size}.txt"
                    with open(path, "wb") as f:
                        for p in pieces(lang, max(size, len(seed(lang)))):
                            f.write(p)
                    child = subprocess.run([sys.executable, __file__, "--curve-point", lang,
                                            str(path), str(size)],
                                           capture_output=True, text=True, check=True)
                    path.unlink()
                    point = json.loads(child.stdout)
                    point["size"] = size
                    old = best.get((lang, size))
                    if old is None or point["seconds"] < old["seconds"]:
                        best[lang, size] = point
    points = list(best.values())
    for point in points:
        print_point(point)
    return points


def print_curve_head():
    print("\nSize curve of paratag.parse (blocks+entities), each point in a fresh process; peak RSS "
          "above the RSS after `import paratag` (input, tagger and document included); below the "
          "seed's size, the seed cut into documents of that size, parsed one by one")
    print(f"{'lang':4} {'size':>6} {'docs':>5} {'MB/s':>9} {'Mchar/s':>8} {'×decode':>8} {'peak MB':>8} "
          f"{'≤3×in+30':>9} {'lines ms':>9} {'blocks ms':>9} {'entit. ms':>9} "
          f"{'cols/parse':>10} {'pandas/parse':>12}")


def print_point(p):
    def ratio(key):
        return f"{p[key] / p['seconds']:.3f}" if key in p else "n/a"
    t = p["timings"]
    stage = lambda k: f"{t[k] * 1e3:9.1f}" if k in t else f"{'n/a':>9}"
    peak = f"{p['peak_mb']:8.1f}" if p["peak_mb"] is not None else f"{'n/a':>8}"
    bound = 3 * p["bytes"] / MB + 30
    print(f"{p['lang']:4} {human(p['size']):>6} {p['documents']:5} {p['bytes'] / p['seconds'] / MB:9.2f} "
          f"{p['chars'] / p['seconds'] / 1e6:8.2f} {p['decode'] / p['seconds']:8.3g} {peak} "
          f"{bound:9.1f} {stage('lines')} {stage('blocks')} {stage('entities')} "
          f"{ratio('entity_columns'):>10} {ratio('to_pandas'):>12}", flush=True)


# ---- the targets ----------------------------------------------------------

def languages(quick):
    """paratag.parse (default tagger) of each language's seed repeated to
    LANGUAGE_SIZE, against bytes.decode of the same input."""
    size, rows = LANGUAGE_SIZE[quick], []
    print(f"\nEach language at {human(size)}: paratag.parse against bytes.decode "
          f"(target ≥ {LANGUAGE_TARGET} × decode)")
    for name, files in LANGUAGE_SEEDS.items():
        paths = [CORPUS / f for f in files]
        if not all(p.is_file() for p in paths):
            continue
        unit = b"".join(p.read_bytes().rstrip(b"\n") + b"\n\n" for p in paths)
        data = unit * (size // len(unit) + 1)
        data = data[:data.rfind(b"\n", 0, size) + 1]
        decode, _ = measure(lambda _: data.decode("utf-8"))
        parse, _ = measure(lambda _: paratag.parse(data), budget=2.0, max_reps=5)
        row = {"language": name, "bytes": len(data), "mb_s": len(data) / parse / MB,
               "decode_mb_s": len(data) / decode / MB, "x_decode": decode / parse}
        row["met"] = row["x_decode"] >= LANGUAGE_TARGET
        rows.append(row)
        print(f"  {name:22} {row['mb_s']:7.1f} MB/s  decode {row['decode_mb_s']:7.1f} MB/s  "
              f"{row['x_decode']:.3f} × decode  {'met' if row['met'] else 'NOT MET'}")
    return rows


def targets(table, points, many_result, quick):
    """Each target of the issue: what was measured and whether it is met."""
    top = max(TABLE_SIZES[quick])
    row = {(r["name"], r["lang"]): r for r in table.rows if r["size"] == top}
    out = []

    def add(what, figures, met):
        out.append({"target": what, "measured": figures, "met": met})

    def rows_met(name, what):
        rs = [row[(name, lang)] for lang in ("zh", "en") if (name, lang) in row]
        if not rs or any(r["seconds"] is None for r in rs):
            return add(what, "n/a", None)
        add(what, "; ".join(f"{r['lang']} {r['target']} ({r['mb_s']:.1f} MB/s)"
                            for r in rs), all(r["met"] for r in rs))

    rows_met("paratag.parse  blocks+entities", f"paratag.parse, {human(top)}")
    rows_met("doc.sentence_columns()", f"doc.sentence_columns(), {human(top)}")
    rows_met("doc.token_columns()", f"doc.token_columns(), {human(top)}")
    for lang in ("zh", "en"):
        ps = [p for p in points if p["lang"] == lang]
        speeds = [p["bytes"] / p["seconds"] / MB for p in ps]
        add(f"{lang}: throughput flat within 20% ({human(ps[0]['size'])} → {human(ps[-1]['size'])})",
            f"slowest {min(speeds):.1f} MB/s = {min(speeds) / max(speeds):.2f} × fastest "
            f"{max(speeds):.1f} MB/s", min(speeds) >= 0.8 * max(speeds))
        over = [p for p in ps if p["peak_mb"] is not None]
        worst = max(over, key=lambda p: p["peak_mb"] / (3 * p["bytes"] / MB + 30), default=None)
        add(f"{lang}: peak memory ≤ 3 × input + 30 MB",
            "n/a" if worst is None else f"worst at {human(worst['size'])}: {worst['peak_mb']:.1f} MB "
            f"for ≤ {3 * worst['bytes'] / MB + 30:.1f}",
            None if worst is None else all(p["peak_mb"] <= 3 * p["bytes"] / MB + 30 for p in over))
        big = ps[-1]
        for key, label in (("entity_columns", "doc.entity_columns()"), ("to_pandas", "doc.to_pandas()")):
            what = f"{lang}: {label} ≤ parse time ({human(big['size'])})"
            if key in big:
                add(what, f"{big[key]:.3f} s = {big[key] / big['seconds']:.3f} × parse "
                    f"{big['seconds']:.3f} s", big[key] <= big["seconds"])
            else:
                add(what, "n/a", None)
    if "speedup" in many_result:
        cpu = many_result["runs"]["parse_many(texts, workers=2)"]["cpu_per_wall"]
        add("parse_many workers=2 ≥ 1.7 × workers=1",
            f"{many_result['speedup']:.2f}× (workers=2 used {cpu:.2f} CPU s per wall s)",
            many_result["speedup"] >= 1.7)
    else:
        add("parse_many workers=2 ≥ 1.7 × workers=1", "n/a", None)
    print("\nTargets")
    for t in out:
        met = {True: "met", False: "NOT MET", None: "n/a"}[t["met"]]
        print(f"  {met:8} {t['target']}: {t['measured']}")
    return out


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "paratag": paratag.__version__, "icu": paratag.icu_version, "pyicu_icu": icu.ICU_VERSION,
            "load": os.getloadavg(),
            **{name: metadata.version(name) for name in
               ("PyICU", "jieba", "pyahocorasick", "pandas", "pyarrow")}}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller inputs, curve up to 8 MB")
    ap.add_argument("--json", default=str(HERE / "results.json"), help="where to write the results")
    ap.add_argument("--curve-point", nargs=3, metavar=("LANG", "PATH", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.curve_point:
        return curve_point(*args.curve_point)
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}: set PARATAG_SHARED to the shared folder")
    started = time.perf_counter()
    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.posseg.lcut("预热")
    warm_up()
    info = machine()
    print(f"paratag {info['paratag']} (ICU {info['icu']}), PyICU {info['PyICU']} (ICU "
          f"{info['pyicu_icu']}), Python {info['python']}, {info['cpu']}, {info['cores']} cores, "
          f"load average {info['load'][0]:.2f}")
    if info["load"][0] > 0.5:
        print("WARNING: the machine is busy; other processes slow these figures down unevenly")
    print(f"Inputs: {', '.join(SEEDS['zh'])} (zh); {', '.join(SEEDS['en'])} (en), repeated; "
          f"MB = 10^6 bytes of UTF-8 input, Mchar = 10^6 characters of input")
    print("×decode: throughput over that of bytes.decode('utf-8') on the same input; peak MB: "
          "RSS the call adds at its peak")
    table, stages, slow = Table(), [], {}
    ac = {lang: automaton(lang) for lang in ("zh", "en")}
    for size in TABLE_SIZES[args.quick]:
        for lang in ("zh", "en"):
            start = len(table.rows)
            section(table, stages, lang, size, slow, ac)
            table.print(start)
    print_stages(stages)
    many_result = many(args.quick)
    print_many(many_result)
    per_language = languages(args.quick)
    print_curve_head()
    points = curve(args.quick)
    goals = targets(table, points, many_result, args.quick)
    elapsed = time.perf_counter() - started
    print(f"\n{elapsed:.0f} s in all; load average at the end {os.getloadavg()[0]:.2f}")
    with open(args.json, "w") as f:
        json.dump({"machine": info, "quick": args.quick, "seconds": elapsed, "rows": table.rows,
                   "stages": stages, "parse_many": many_result, "curve": points, "targets": goals,
                   "languages": per_language},
                  f, indent=1, ensure_ascii=False)
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
