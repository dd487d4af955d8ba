"""The project's scorer: a document's blocks and entities against a gold file.

The scoring logic of the shared folder's tools/score.py (see
data/README.md for its provenance), without its command line.  Both
documents are the interchange JSON, as dicts:
    {"document": ..., "language": ..., "blocks": [
        {"kind": "paragraph", "number": "3", "text": "...", "footnote_refs": [...],
         "entities": [{"label": "ORG", "text": "...", "value": "...", "start": 0, "end": 3}]}]}

Numbered blocks are matched on (kind, number, n-th of that kind and number). Unnumbered
blocks are aligned in document order by their texts (difflib), so that one missed or extra
unnumbered heading does not shift every later one. Texts compare with all whitespace removed.
Entities are matched inside a matched block on (label, text without whitespace),
as multisets. A gold block whose "entities" is null was not annotated: its entities
are not scored on either side. Values are checked on matched entities of the normalisable labels.
"""
import difflib
import json
import re
from collections import Counter

NORMALISED = {"COUNTRY", "DATE", "MONEY", "QUANTITY", "DOCSYMBOL", "RESOLUTION",
              "AGENDA_ITEM", "PROVISION", "URL"}


def squash(s):
    return re.sub(r"\s+", "", s or "")


def keyed(blocks):
    """Key each block by (kind, number, n): the n-th block with that kind and number."""
    seen, out = Counter(), {}
    for b in blocks:
        k = (b.get("kind"), str(b.get("number", "")))
        out[(*k, seen[k])] = b
        seen[k] += 1
    return out


def paired(gold_blocks, system_blocks):
    """Pair gold and system blocks: numbered ones by key, unnumbered ones by aligning texts in order.
    Returns ({key: gold block}, {key: system block}) with the same key for a paired block."""
    g_num = keyed([b for b in gold_blocks if str(b.get("number", "") or "")])
    s_num = keyed([b for b in system_blocks if str(b.get("number", "") or "")])
    g_un = [b for b in gold_blocks if not str(b.get("number", "") or "")]
    s_un = [b for b in system_blocks if not str(b.get("number", "") or "")]
    sig = lambda b: (b.get("kind"), squash(b.get("text")))
    sm = difflib.SequenceMatcher(None, [sig(b) for b in g_un], [sig(b) for b in s_un], autojunk=False)
    g_out, s_out = dict(g_num), dict(s_num)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal" or tag == "replace":
            # a replaced run pairs its blocks in order, kind by kind; the rest are missing or extra
            gs, ss = g_un[i1:i2], s_un[j1:j2]
            used = set()
            for i, gb in enumerate(gs):
                key = (gb.get("kind"), "", f"u{i1 + i}")
                g_out[key] = gb
                for j, sb in enumerate(ss):
                    if j not in used and sb.get("kind") == gb.get("kind"):
                        used.add(j); s_out[key] = sb
                        break
            for j, sb in enumerate(ss):
                if j not in used:
                    s_out[(sb.get("kind"), "", f"x{j1 + j}")] = sb
        elif tag == "delete":
            for i in range(i1, i2):
                g_out[(g_un[i].get("kind"), "", f"u{i}")] = g_un[i]
        elif tag == "insert":
            for j in range(j1, j2):
                s_out[(s_un[j].get("kind"), "", f"x{j}")] = s_un[j]
    return g_out, s_out


def score(gold, system):
    g_blocks, s_blocks = paired(gold["blocks"], system["blocks"])
    dup_blocks = 0

    res = {"blocks_gold": len(g_blocks), "blocks_system": len(system["blocks"]),
           "blocks_found": 0, "blocks_text_exact": 0, "blocks_extra": dup_blocks,
           "block_mismatches": [], "labels": {}, "value_checked": 0, "value_correct": 0,
           "value_errors": [], "missed": [], "spurious": []}
    tp, fp, fn = Counter(), Counter(), Counter()

    for k, gb in g_blocks.items():
        sb = s_blocks.get(k)
        annotated = gb.get("entities") is not None  # null: this block's entities were not annotated
        g_ents = Counter((e["label"], squash(e["text"])) for e in gb.get("entities") or [])
        if sb is not None and not annotated:
            sb = dict(sb, entities=[])
        if sb is None:
            for (lab, t), n in g_ents.items():
                fn[lab] += n
                res["missed"].append([*k, lab, t])
            res["block_mismatches"].append({"block": list(k), "problem": "missing"})
            continue
        res["blocks_found"] += 1
        if squash(gb["text"]) == squash(sb.get("text")):
            res["blocks_text_exact"] += 1
        else:
            res["block_mismatches"].append({"block": list(k), "problem": "text differs",
                                            "gold": gb["text"][:80], "system": (sb.get("text") or "")[:80]})
        s_ents = Counter((e.get("label"), squash(e.get("text"))) for e in sb.get("entities") or [])
        for item, n in (g_ents | s_ents).items():
            hit = min(g_ents[item], s_ents[item])
            tp[item[0]] += hit
            fn[item[0]] += g_ents[item] - hit
            fp[item[0]] += s_ents[item] - hit
            if g_ents[item] > hit:
                res["missed"].append([*k, *item])
            if s_ents[item] > hit:
                res["spurious"].append([*k, *item])
        # values: pair gold and system mentions of the same (label, text) in order
        s_vals = {}
        for e in sb.get("entities") or []:
            s_vals.setdefault((e.get("label"), squash(e.get("text"))), []).append(str(e.get("value", "")))
        for e in gb.get("entities") or []:
            if e["label"] not in NORMALISED:
                continue
            vals = s_vals.get((e["label"], squash(e["text"])))
            if not vals:
                continue
            got = vals.pop(0)
            res["value_checked"] += 1
            if got.strip().casefold() == str(e["value"]).strip().casefold():
                res["value_correct"] += 1
            else:
                res["value_errors"].append([*k, e["label"], e["text"], e["value"], got])

    for k, sb in s_blocks.items():
        if k not in g_blocks:
            res["blocks_extra"] += 1
            res["block_mismatches"].append({"block": list(k), "problem": "not in gold",
                                            "system": (sb.get("text") or "")[:80]})
            for e in sb.get("entities") or []:
                fp[e.get("label")] += 1
                res["spurious"].append([*k, e.get("label"), squash(e.get("text"))])

    def prf(t, p, n):
        prec = t / (t + p) if t + p else 1.0
        rec = t / (t + n) if t + n else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"tp": t, "fp": p, "fn": n, "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}

    for lab in sorted(set(tp) | set(fp) | set(fn), key=str):
        res["labels"][lab] = prf(tp[lab], fp[lab], fn[lab])
    res["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    total = res["blocks_gold"] + res["blocks_extra"]
    res["block_accuracy"] = round(res["blocks_text_exact"] / total, 4) if total else 1.0
    res["value_accuracy"] = round(res["value_correct"] / res["value_checked"], 4) if res["value_checked"] else 1.0
    return res


def report(res, out):
    p = lambda *a: print(*a, file=out)
    p(f"blocks: {res['blocks_text_exact']}/{res['blocks_gold']} exact, {res['blocks_found']} found, "
      f"{res['blocks_extra']} extra  (block accuracy {res['block_accuracy']:.3f})")
    for m in res["block_mismatches"][:10]:
        p("  ", json.dumps(m, ensure_ascii=False))
    p(f"{'label':<12} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6} {'f1':>6}")
    for lab, r in list(res["labels"].items()) + [("micro", res["micro"])]:
        p(f"{str(lab):<12} {r['tp']:>4} {r['fp']:>4} {r['fn']:>4} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}")
    p(f"values: {res['value_correct']}/{res['value_checked']} correct (value accuracy {res['value_accuracy']:.3f})")
    for name in ("missed", "spurious", "value_errors"):
        if res[name]:
            p(f"{name} ({len(res[name])}):", "; ".join(" ".join(map(str, x)) for x in res[name][:15]))
