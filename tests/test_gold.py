"""Gold files, scored with the project's scorer (tests/scoring.py).

The shared gold (tests/data/gold/*.gold.json, made with the contract) is
held at block accuracy 1.0, entity micro-F1 >= 0.97, value accuracy >= 0.99
and no label below 0.90.

The project's own gold (escwa/, A_HRC_WG.6_7_ITA_1.en, the devset lines of
unpc-devset/) was annotated from the texts before anyone looked at
paratag's output, on documents the rules were not written for: it measures
what paratag does on reports it has never seen.  Each file is held at the
floor measured when it came in or last rose (FLOORS), so that no change
makes it worse unnoticed; the aims are block accuracy 0.98, entity micro-F1
0.95 and value accuracy 0.99.  Raise a floor when a change lifts the score.
"""
import json
import sys
import pytest
import scoring
from conftest import CORPUS, DATA, cli, data_files, ids

import paratag

SHARED_GOLD = data_files("gold/*.gold.json")
PROJECT_GOLD = data_files("gold/escwa/*.gold.json")
DEVSET_GOLD = data_files("gold/unpc-devset/*.gold.json")
OWN = {"A_HRC_WG.6_7_ITA_1.en.gold.json"}

# file: (block accuracy, entity micro-F1, value accuracy), measured floors
FLOORS = {
    "A_HRC_WG.6_7_ITA_1.en.gold.json": (1.0, 0.91, 1.0),
    "E_ESCWA_2017_EC.4_9_REPORT.en.gold.json": (0.97, 0.96, 0.99),
    "E_ESCWA_EDID_2017_IG.2_5_PART_II_.en.gold.json": (0.95, 0.96, 0.99),
    "E_ESCWA_EDID_2017_IG.2_8.en.gold.json": (0.98, 0.95, 0.99),
    "E_ESCWA_EDID_2017_IG.2_9_REPORT.en.gold.json": (0.98, 0.96, 0.99),
    # its value floor stood on the one value then checked; with the
    # paragraphs found (numbered by their order: its font substitutes
    # digits) 23 are, and the 10 wrong are numbers whose digits the font
    # substituted ("01" for 10, "12" for 67), which the text cannot undo;
    # 25 and 11 since trillions and "أساسين اثنين" are read; a month
    # without a year takes the masthead's (now read), where the gold's span
    # runs on to the font's garbled year; F1 0.80 since the Executive
    # Committee after لِـ (للجنة) and with its commission is read
    "E_ESCWA_EDID_2017_IG.2_5_PART_II_.ar.gold.json": (0.84, 0.80, 0.56),
    # annotated blind in the fourth round, measured after that round's rules
    # (0.84); 0.947 after the fifth round's English name rules
    "E_ESCWA_EDID_2017_IG.3_6.en.gold.json": (1.00, 0.97, 0.99),
    # its paragraph numbers are in the PDF but not in the extracted text
    # (the gold gives the PDF's): they come back from its contents' ranges
    # where its paragraphs are found as the PDF draws them (tests/data/README.md)
    "E_ESCWA_SDD_2017_IG.1_6_REPORT.en.gold.json": (0.63, 0.68, 0.99),
    # F1 0.4382 since the fifteenth round reads unlisted Arabic bodies by
    # their head noun: most of its bodies now found lie in blocks the gold
    # splits otherwise (19.29-19.33), so they count as extra there
    "E_ESCWA_EDID_2017_IG.2_8.ar.gold.json": (0.71, 0.43, 0.99),
    # entities annotated blind in the sixth round on paratag's blocks of the
    # time (so no block floor: the blocks were not annotated); 0.882 and
    # 0.893 before that round's rules
    "E_ESCWA_TDD_2017_WG.4_REPORT.en.gold.json": (0.0, 0.97, 1.0),
    "E_ESCWA_SDD_2017_TECHNICAL_PAPER.8.en.gold.json": (0.0, 0.95, 1.0),
}
# language: (entity micro-F1, value accuracy) on the devset lines; es from
# 0.811 to 0.8098 when a name listed for two things in two languages began
# to count in each (Tailandia, Chad, which the gold tags inside a place)
# fr, es and ru raised in the eighth wave to what it measured (0.860, 0.866,
# 0.830); ar raised in the ninth wave (0.826 to 0.832: the construct
# state's secretariat and sanctions committee)
DEVSET_FLOORS = {"en": (0.94, 0.99), "zh": (0.92, 0.98), "fr": (0.86, 0.99),
                 "es": (0.86, 0.99), "ru": (0.83, 0.99),
                 # 0.826 since the fifteenth round reads unlisted Arabic bodies
                 # by their head noun (blind Arabic ORG F1 0.672 -> 0.79): the
                 # gold leaves such short forms as لجنة الجزاءات untagged
                 "ar": (0.82, 0.99),
                 # annotated blind in the sixth round: 0.849 before its rules
                 "zh 181-215": (0.92, 0.99)}


def score_file(gold_path, corpus):
    run = cli(corpus, "--format", "json")
    assert run.returncode == 0, run.stderr.decode()
    res = scoring.score(json.loads(gold_path.read_text(encoding="utf-8")), json.loads(run.stdout))
    print(f"\n{gold_path.name}")
    scoring.report(res, sys.stdout)  # shown with pytest -s
    return res


@pytest.mark.parametrize("gold", [g for g in SHARED_GOLD if g.name not in OWN],
                         ids=ids([g for g in SHARED_GOLD if g.name not in OWN]))
def test_shared_gold(gold):
    res = score_file(gold, CORPUS / gold.name.replace(".gold.json", ".txt"))
    assert res["block_accuracy"] == 1.0, json.dumps(res["block_mismatches"], ensure_ascii=False, indent=1)
    misses = json.dumps({k: res[k] for k in ("missed", "spurious", "value_errors")}, ensure_ascii=False)
    assert res["micro"]["f1"] >= 0.97, misses
    assert res["value_accuracy"] >= 0.99, misses
    weak = {label: r["f1"] for label, r in res["labels"].items() if r["f1"] < 0.90}
    assert not weak, (weak, misses)


OWN_GOLD = [g for g in SHARED_GOLD if g.name in OWN] + PROJECT_GOLD


@pytest.mark.parametrize("gold", OWN_GOLD, ids=ids(OWN_GOLD))
def test_own_gold_floor(gold):
    corpus = CORPUS / gold.relative_to(DATA / "gold").parent / gold.name.replace(".gold.json", ".txt")
    res = score_file(gold, corpus)
    blocks, f1, values = FLOORS[gold.name]
    got = (res["block_accuracy"], res["micro"]["f1"], res["value_accuracy"])
    assert got[0] >= blocks and got[1] >= f1 and got[2] >= values, got


# made-up reports annotated blind (tests/data/blind/README.md): block
# accuracy, entity micro-F1 and value accuracy measured in the ninth round
BLIND_GOLD = data_files("blind/*.gold.json")
BLIND_FLOORS = {
    "S_mission_report.en.gold.json": (0.96, 0.96, 0.99),
    "A_SG_country_report.en.gold.json": (1.0, 0.93, 0.99),
    "A_HRC_SR_report.en.gold.json": (0.95, 0.95, 1.0),
    "A_AC109_working_paper.zh.gold.json": (1.0, 0.92, 1.0),
    "S_mission_report_2.en.gold.json": (1.0, 0.90, 0.99),
    "S_mission_report_3.en.gold.json": (1.0, 0.93, 1.0),
    "A_AC109_working_paper_2.zh.gold.json": (1.0, 0.94, 1.0),
    "S_report_SG.zh.gold.json": (1.0, 0.94, 1.0),
    "A_SG_thematic.en.gold.json": (0.97, 0.90, 1.0),
    "S_SG_report.zh.gold.json": (1.0, 0.88, 1.0),
    "S_SG_report.fr.gold.json": (1.0, 0.87, 1.0),
    "A_report.es.gold.json": (0.90, 0.82, 1.0),
    # set 4, first seen in the eleventh round at 0.968 / 0.842, 0.881 / 0.649,
    # 0.965 / 0.900 and 0.818 / 0.768
    "S_SG_southsudan.en.gold.json": (0.96, 0.89, 0.99),
    "A_report.ru.gold.json": (0.88, 0.83, 1.0),
    "A_SG_report.zh.gold.json": (0.96, 0.91, 0.99),
    "E_ESCWA_report.ar.gold.json": (0.90, 0.81, 0.98),
    # set 5, first seen in the twelfth round at 0.982 / 0.776, 0.859 / 0.732,
    # 0.848 / 0.866 and 0.673 / 0.756
    "S_SG_sahel.fr.gold.json": (0.98, 0.86, 0.99),
    "A_HRC_visit.es.gold.json": (1.0, 0.83, 1.0),
    "S_SG_report.ru.gold.json": (1.0, 0.94, 0.97),
    "A_SG_report.ar.gold.json": (0.79, 0.80, 0.97),
    # set 6, first seen in the thirteenth round at 0.774 / 0.862, 0.961 / 0.779,
    # 0.984 / 0.836 and 0.673 / 0.693
    "A_C5_budget_report.en.gold.json": (0.97, 0.91, 1.0),
    "S_SG_somalia.zh.gold.json": (1.0, 0.84, 1.0),
    "S_SG_colombia.es.gold.json": (1.0, 0.87, 0.98),
    "E_ESCWA_water.ar.gold.json": (0.94, 0.77, 1.0),
    # set 7, first seen in the fourteenth round at 0.706 / 0.712, 0.670 / 0.714,
    # 0.969 / 0.811 and 0.984 / 0.777
    "S_SG_libya.ar.gold.json": (0.95, 0.80, 0.93),
    "S_panel_experts.en.gold.json": (0.93, 0.84, 1.0),
    "CEDAW_C_CO.fr.gold.json": (0.96, 0.89, 1.0),
    "A_HRC_visit.ru.gold.json": (0.98, 0.85, 1.0),
    # set 8, first seen in the fifteenth round at 0.441 / 0.670, 0.771 / 0.742,
    # 0.741 / 0.765 and 0.862 / 0.913
    "UPR_WG_report.en.gold.json": (1.0, 0.92, 1.0),
    "A_RES_resolution.zh.gold.json": (0.97, 0.91, 1.0),
    "S_mission_report.fr.gold.json": (1.0, 0.87, 1.0),
    "E_ESCWA_report_2.ar.gold.json": (0.93, 0.93, 1.0),
    # set 9, first seen in the sixteenth round at 0.537 / 0.676, 0.217 / 0.094,
    # 0.918 / 0.897, 0.904 / 0.809, 0.707 / 0.693 and 0.976 / 0.737
    "UPR_WG_report.es.gold.json": (0.97, 0.90, 1.0),
    "A_RES_resolution.ru.gold.json": (0.95, 0.82, 1.0),
    "E_ESCWA_report.en.gold.json": (0.91, 0.93, 1.0),
    "A_HRC_thematic.fr.gold.json": (0.96, 0.88, 1.0),
    "S_SG_yemen.ar.gold.json": (0.94, 0.76, 1.0),
    "CRC_C_CO.zh.gold.json": (1.0, 0.88, 0.97),
    # set 10, first seen in the seventeenth round at 0.965 / 0.884, 0.609 / 0.564,
    # 0.930 / 0.758, 0.853 / 0.846, 1.000 / 0.837 and 0.986 / 0.798
    "A_HRC_COI_report.en.gold.json": (0.96, 0.89, 0.99),
    "A_RES_resolution.ar.gold.json": (0.92, 0.85, 0.88),
    "CEDAW_C_CO.ru.gold.json": (0.97, 0.76, 1.0),
    "LC_CEPAL_report.es.gold.json": (0.98, 0.92, 0.98),
    "A_HRC_visit.zh.gold.json": (1.0, 0.84, 1.0),
    "A_SG_report.fr.gold.json": (0.98, 0.84, 1.0),
    # set 11, first seen in the eighteenth round at 0.796 / 0.817, 0.102 / 0.062,
    # 0.803 / 0.805, 0.857 / 0.697, 0.557 / 0.723, 0.927 / 0.860, 1.000 / 0.916
    # and 0.776 / 0.792
    "S_RES_resolution.en.gold.json": (1.0, 0.89, 1.0),
    "A_letter.zh.gold.json": (0.88, 0.78, 0.98),
    "ECE_report.ru.gold.json": (1.0, 0.85, 1.0),
    "A_RES_resolution.es.gold.json": (0.95, 0.72, 1.0),
    "CERD_C_CO.ar.gold.json": (0.61, 0.74, 0.98),
    "E_ECA_report.fr.gold.json": (0.92, 0.86, 0.99),
    "OHCHR_country_report.en.gold.json": (1.0, 0.91, 1.0),
    "E_ESCAP_report.zh.gold.json": (0.92, 0.81, 1.0),
}


@pytest.mark.parametrize("gold", BLIND_GOLD, ids=ids(BLIND_GOLD))
def test_blind_gold_floor(gold):
    res = score_file(gold, gold.with_name(gold.name.replace(".gold.json", ".txt")))
    blocks, f1, values = BLIND_FLOORS[gold.name]
    got = (res["block_accuracy"], res["micro"]["f1"], res["value_accuracy"])
    assert got[0] >= blocks and got[1] >= f1 and got[2] >= values, got


def devset_score(gold):
    """Each gold line and paratag's entities on it, as one unnumbered
    paragraph of a document (a line's own paragraph number, where it has
    one, is part of its text here), scored like the other gold files."""
    lang, gold_blocks, system_blocks = gold["language"], [], []
    for item in gold["items"]:
        doc = paratag.parse(item["text"] or " ", lang=lang)
        found = [e.to_dict() for b in doc.blocks for e in b.entities]
        gold_blocks.append({"kind": "paragraph", "number": "", "text": item["text"],
                            "entities": item["entities"]})
        system_blocks.append({"kind": "paragraph", "number": "", "text": item["text"],
                              "entities": found})
    return scoring.score({"blocks": gold_blocks}, {"blocks": system_blocks})


@pytest.mark.parametrize("gold", DEVSET_GOLD, ids=ids(DEVSET_GOLD))
def test_devset_gold_floor(gold):
    data = json.loads(gold.read_text(encoding="utf-8"))
    lines = (CORPUS / "unpc-devset" / data["document"]).read_text(encoding="utf-8").split("\n")
    for item in data["items"]:  # the gold annotates the lines as they stand
        assert lines[item["line"] - 1] == item["text"], item["line"]
    res = devset_score(data)
    f1, values = res["micro"]["f1"], res["value_accuracy"]
    print(f"\n{gold.name}")
    scoring.report(res, sys.stdout)  # shown with pytest -s
    want_f1, want_values = DEVSET_FLOORS.get(f'{data["language"]} {data["lines"]}',
                                             DEVSET_FLOORS[data["language"]])
    assert f1 >= want_f1 and values >= want_values, (f1, values)
