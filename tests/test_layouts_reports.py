"""Layout classes of regional commissions' reports and other PDFs, each on
text written for the test (none of it is a real document's): mastheads
with the distribution on its own line, summary boxes, contents tables
with paragraph ranges and leaders, headings in capitals over two lines,
sub-headings numbered like paragraphs, lists inside a paragraph,
free-standing bullets and lettered items, footnotes at a page's foot with
no rule, and the negatives that keep each rule from firing elsewhere."""
import paratag


def blocks(text):
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    return [(b.kind, b.number, b.text) for b in doc.blocks]


LONG = ("The committee reviewed the progress made by the secretariat in carrying out the work "
        "programme of the past biennium and")
FULL = ("considered how its subsidiary bodies had met over the period under review and in "
        "the years before, in detail.")

COMMISSION_REPORT = f"""E

UNITED NATIONS
ECONOMIC AND SOCIAL
COUNCIL

Distr.
LIMITED
Q
E/XYZ/2031/WG.4/7(Part II)
UN
3 March 2031
ORIGINAL: FRENCH TE

Regional Commission for the Northern Plains (RCNP)
Report
Beirut, 1-2 February 2031
Summary
{LONG}
{FULL}

31-00123

E/XYZ/2031/WG.4/7(Part II)
CONTENTS
Paragraphs

Page

1-2

3

RECOMMENDATIONS OF THE WORKING GROUP
ON ITS SECOND SESSION ....................................................

3-4

3

A. Recommendations to member States ......................................
Introduction ..........................................................................
Chapter
I.

2

E/XYZ/2031/WG.4/7(Part II)
Introduction
1.
{LONG}
{FULL}
2.
{LONG}
{FULL}
I. RECOMMENDATIONS OF THE WORKING GROUP
ON ITS SECOND SESSION

(Agenda item 3)
1. Recommendations to member States
3.
{LONG}
{FULL}
4. The working group adopted the agenda as follows:
1.

Opening of the session.

2.

Adoption of the agenda.
5. {LONG}
document E/XYZ/2031/WG.4/L.1.
"""


def test_commission_report():
    doc = paratag.parse(COMMISSION_REPORT)
    assert doc.metadata["symbol"] == "E/XYZ/2031/WG.4/7(Part II)"
    assert doc.metadata["original_language"] == "FRENCH"
    assert doc.metadata["date"] == "2031-03-03"
    got = [(b.kind, b.number) for b in doc.blocks]
    assert got == [("heading", ""), ("paragraph", ""), ("heading", ""), ("paragraph", "1"),
                   ("paragraph", "2"), ("heading", "I"), ("heading", "1"), ("paragraph", "3"),
                   ("paragraph", "4"), ("paragraph", "5")]
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Summary" and texts[2] == "Introduction"
    assert texts[5] == "RECOMMENDATIONS OF THE WORKING GROUP ON ITS SECOND SESSION (Agenda item 3)"
    assert texts[6] == "Recommendations to member States"
    assert texts[8] == ("The working group adopted the agenda as follows: 1. Opening of the "
                        "session. 2. Adoption of the agenda.")
    assert texts[9].endswith("document E/XYZ/2031/WG.4/L.1.")
    toc = [doc.text[r.start:r.end] for r in doc.regions if r.kind == "toc"]
    assert toc[0] == "CONTENTS" and toc[-1] == "I."
    assert doc.unassigned() == []


EMBLEM_MASTHEAD = f"""E

UNITED NATIONS

I.

E

ECONOMIC AND SOCIAL
COUNCIL
UNITED

NATIONS
ECONOMIC AND SOCIAL
COUNCIL
Regional Commission for the Northern Plains (RCNP)
Working Group on Statistics
Beirut, 1-2 February 2031

Distr.
LIMITED
E/XYZ/2031/WG.4/9
3 March 2031
ON
ORIGINAL: FRENCH
OM
IC
CIA
L

Report of the working group on prices and wages
Summary
{LONG}
{FULL}
{LONG}
{FULL}
Introduction
{LONG}
{FULL}
{LONG}
{FULL}
"""


def test_emblem_caption_before_the_header():
    """An emblem's caption (the organ's name in capitals, printed twice,
    its vertical letters, a stray "I.") comes before the Distr. line: the
    header is still found, and the caption is masthead, not a paragraph."""
    doc = paratag.parse(EMBLEM_MASTHEAD)
    assert doc.metadata["symbol"] == "E/XYZ/2031/WG.4/9"
    assert doc.metadata["date"] == "2031-03-03"
    assert doc.metadata["title"] == "Report of the working group on prices and wages"
    assert [(b.kind, b.text[:7]) for b in doc.blocks][:2] == [("heading", "Summary"),
                                                             ("paragraph", LONG[:7])]
    # a body that opens with a numeral alone and no Distr. line keeps it
    doc = paratag.parse(f"I.\n\nINTRODUCTION\n\n1. {LONG}\n")
    assert [(b.kind, b.number) for b in doc.blocks] == [("heading", "I"), ("paragraph", "1")]


def test_a_title_that_ends_in_a_date_is_the_title():
    """A mission's report is titled with its dates: a line ending in a date
    after the header's own date, a comma or a range's word is the title,
    not another date field nor a session's venue line; a venue and date
    under a session stay what they are."""
    header = ("United Nations S/2031/412\nSecurity Council Distr.: General\n14 June 2031\n"
              "Original: English\n31-12345 (E) 150631\n*3112345*\n")
    title = "Report of the Security Council mission to Haiti and the Dominican Republic, 11 to 14 March 2031"
    doc = paratag.parse(f"{header}{title}\nI. Introduction\n1. {LONG} {FULL}\n")
    assert doc.metadata["date"] == "2031-06-14"
    assert doc.metadata["title"] == title
    assert [(b.kind, b.number) for b in doc.blocks] == [("heading", "I"), ("paragraph", "1")]
    # without the header's date line, the title's date is still no header date
    doc = paratag.parse(header.replace("14 June 2031\n", "") + f"{title}\n1. {LONG}\n")
    assert "date" not in doc.metadata and doc.metadata["title"] == title
    # a session's venue and date come before the title
    doc = paratag.parse(f"{header}Fifth session\nVienna, 6 and 7 June 2031\n"
                        f"Report of the working group on prices\n1. {LONG}\n")
    assert doc.metadata["title"] == "Report of the working group on prices"


def test_the_committee_a_working_paper_is_for_comes_before_its_title():
    """A working paper's masthead names the committee it is for, wrapped
    over lines, then the Territory it is about (the title), then who wrote
    it (a subtitle)."""
    header = ("United Nations A/AC.109/2031/9\nGeneral Assembly Distr.: General\n12 March 2031\n"
              "Original: English\n31-03811 (E) 150331\n*3103811*\n")
    doc = paratag.parse(f"{header}Special Committee on the Situation with regard to the\n"
                        "Implementation of the Declaration on the Granting of\n"
                        "Independence to Colonial Countries and Peoples\nLakeland Islands\n"
                        f"Working paper prepared by the Secretariat\nI. General\n1. {LONG}\n"
                        f"{FULL}\n2. {LONG}\n{FULL}\n")
    assert doc.metadata["title"] == "Lakeland Islands"
    assert [(b.kind, b.number) for b in doc.blocks] == [
        ("heading", "I"), ("paragraph", "1"), ("paragraph", "2")]
    doc = paratag.parse("联合国 A/AC.109/2031/9\n大会 Distr.: General\n12 March 2031\nChinese\n"
                        "Original: English\n给予殖民地国家和人民独立宣言执行情况特别委员会\n湖岛\n"
                        "秘书处编写的工作文件\n一. 概况\n" +
                        "1. 湖岛是一个非自治领土，由三个岛屿组成，首府设在湖城，人口约为三万人，\n"
                        "其中大多数居住在主岛上。\n" * 3)
    assert doc.metadata["title"] == "湖岛"


def test_the_job_number_at_the_first_pages_foot():
    """Since the UN set its masthead in boxes, the job number stands at the
    first page's foot, under the title and the contents, on lines of its
    own with the print date and the barcode: it is the metadata's, with its
    language letter, not the later pages' bare one."""
    head = ("United Nations\n\nS/2031/412\n\nSecurity Council\n\nDistr.: General\n14 June 2031\n"
            "Original: English\n\nReport of the working group on prices\n")
    foot = "\n31-12345 (E)\n\n150631\n\n*3112345*\n\n"
    body = f"I. Introduction\n1. {LONG}\n{FULL}\n2. {LONG}\n{FULL}\n"
    later = "\nS/2031/412\n2/5\n31-12345\n3. " + LONG + "\n" + FULL + "\n"
    contents = ("Contents\nPage\nI. Introduction ........................................ 3\n"
                "II. Prices ........................................ 4\n")
    for text in (head + foot + body + later, head + contents + foot + body + later):
        doc = paratag.parse(text)
        assert doc.metadata["job_number"] == "31-12345 (E)"
        assert [(b.kind, b.number) for b in doc.blocks] == [
            ("heading", "I"), ("paragraph", "1"), ("paragraph", "2"), ("paragraph", "3")]


def test_contents_table_ends_at_the_body():
    """Entries wrap over several lines; the body's first full line is not
    an entry, nor the paragraph after the table."""
    text = f"""Contents
I. A title that runs over
two lines of the table ..................... 4
Page 7
Introduction
1.
{LONG}
{FULL}
"""
    assert blocks(text) == [("heading", "", "Introduction"),
                            ("paragraph", "1", f"{LONG} {FULL}")]


def test_contents_entries_without_their_title():
    """A contents table continued on a page without its title: entries
    closed by a leader and a page number are contents wherever they stand;
    a leader with no page number (a form's blank) is text."""
    text = f"""II. Measures taken ....................... 12
III. Other matters . . . . . . . . . . . . 14
IV. Conclusions \u2026\u2026\u2026 17

1. {LONG}
{FULL}
"""
    assert blocks(text) == [("paragraph", "1", f"{LONG} {FULL}")]
    form = "Name of the delegation: .................."
    assert blocks(form) == [("paragraph", "", form)]


def test_a_mark_does_not_hide_how_a_line_ends():
    """A heading does not go on into a line ending in a semicolon or a
    comma, with or without a footnote mark after it; a qualifying
    parenthesis goes on with its mark."""
    for line in ("the Secretary-General;", "the Secretary-General;6", "of the Council,\u00b9"):
        got = blocks(f"I. Introduction\n{line}\n")
        assert [(k, n) for k, n, _ in got] == [("heading", "I"), ("paragraph", "")], line
    got = blocks("II. Programme of work\n(Agenda item 4)3\n")
    assert got == [("heading", "II", "Programme of work (Agenda item 4)")]


def test_numbered_subheading_needs_the_next_paragraph():
    """'2. Title' is a sub-heading only where paragraph 7 follows it; a
    number that is the next paragraph's stays a paragraph."""
    text = f"""6. {LONG}
{FULL}
2. Overall results
7. {LONG}
{FULL}
8. Short results
and more text follows here.
"""
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [("paragraph", "6"), ("heading", "2"),
                                           ("paragraph", "7"), ("paragraph", "8")]
    assert got[1][2] == "Overall results"


def test_numbered_subheading_across_a_page_break():
    """A sub-heading at a page's foot heads the paragraph at the next
    page's top: the footer, job number and running header between them
    are looked past."""
    text = f"""6. {LONG}
{FULL}
2. Overall results

GE.18-12345                                                  7
A/HRC/38/2

7. {LONG}
{FULL}
"""
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [("paragraph", "6"), ("heading", "2"),
                                           ("paragraph", "7")]


def test_heading_after_a_long_last_line():
    text = f"""1. {LONG}
{FULL}
Electoral assistance
2. {LONG}
"""
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [("paragraph", "1"), ("heading", ""),
                                           ("paragraph", "2")]
    # negative: a short line that ends a sentence is text of its paragraph
    text = f"""1. {LONG}
{FULL}
It was adopted
by consensus.
"""
    assert [(k, n) for k, n, _ in blocks(text)] == [("paragraph", "1")]


def test_capitalised_heading_goes_on_but_not_into_text():
    text = f"""II. A HEADING IN CAPITALS
THAT WRAPS
3. {LONG}
"""
    got = blocks(text)
    assert got[0] == ("heading", "II", "A HEADING IN CAPITALS THAT WRAPS")
    text = f"""II. Work done
Meetings
4. {LONG}
"""
    assert blocks(text)[0] == ("heading", "II", "Work done")


def test_free_standing_items():
    text = f"""Annex
TERMS OF REFERENCE
I. TASKS
(a) Prepare the studies;
(b) Hold the meetings, which are
open to all;
II. MEMBERS
\u2022
Two experts from the region
\u2022 One observer
"""
    got = blocks(text)
    assert got[2:] == [("paragraph", "annex a", "Prepare the studies;"),
                       ("paragraph", "annex b", "Hold the meetings, which are open to all;"),
                       ("heading", "annex II", "MEMBERS"),
                       ("paragraph", "", "Two experts from the region"),
                       ("paragraph", "", "One observer")]
    # negative: inside a paragraph, items and bullets stay in it
    text = f"""3. The group shall:
(a) Prepare the studies;
\u2022 Hold the meetings.
"""
    assert blocks(text) == [("paragraph", "3", "The group shall: (a) Prepare the studies; "
                                               "\u2022 Hold the meetings.")]


def test_footnotes_at_the_page_foot_without_rule():
    text = f"""1. {LONG} work.1
2. {LONG} meeting.2

1

https://www.example.org/first-note.

2 Second note, on its line.

3

E/XYZ/2031/WG.4/7
3. {LONG}
"""
    doc = paratag.parse(text)
    got = [(b.kind, b.number, b.text) for b in doc.blocks]
    assert got[2] == ("footnote", "1", "https://www.example.org/first-note.")
    assert got[3] == ("footnote", "2", "Second note, on its line.")
    assert got[4][:2] == ("paragraph", "3")
    assert doc.blocks[0].footnote_refs == ["1"]
    assert doc.diagnostics() == []
    # negative: a number alone with no mark before it is a page number
    text = f"""1. {LONG} work.
2. {LONG} meeting.

1

3. {LONG} again.
"""
    assert [b.kind for b in paratag.parse(text).blocks] == ["paragraph"] * 3


def test_chinese_contents_and_headings():
    text = """目录
一. 导言 .................................... 3
二. 农业 .................................... 5
一. 导言
1. 本报告依照大会第70/1号决议提交，说明了该区域在可持续发展方面取得的进展和面临的挑战。
"""
    got = blocks(text)
    assert got == [("heading", "一", "导言"),
                   ("paragraph", "1", "本报告依照大会第70/1号决议提交，说明了该区域在可持续发展方面取得的进展和面临的挑战。")]


def test_chinese_heading_with_a_space_before_its_dot():
    text = """一. 导言
1. 本报告说明了该区域在可持续发展方面取得的进展。
B . 农业
2. 农业部门的增长在本报告所述期间有所放缓，粮食安全依然是一个挑战。
"""
    assert blocks(text)[2] == ("heading", "B", "农业")
    # negative: in English text "A . B" is no heading number
    text = f"""1. {LONG}
{FULL}
A . Smith and others wrote it.
"""
    assert [n for _, n, _ in blocks(text)] == ["1"]


def test_next_heading_in_capitals_after_a_list():
    """A list or table ends no sentence; the next heading of the sequence,
    in capitals, still starts after it; a wrapped name does not."""
    text = f"""B. RESULTS
North Province (Country)
South Province (Country)
C. CHALLENGES AHEAD
3. {LONG}
"""
    assert [(k, n) for k, n, _ in blocks(text)] == [("heading", "B"), ("paragraph", ""),
                                                   ("heading", "C"), ("paragraph", "3")]
    text = f"""B. RESULTS
4. The report was written by Ms. Jane Doe and by
C. Smith, her colleague, in the year under review.
"""
    assert [(k, n) for k, n, _ in blocks(text)] == [("heading", "B"), ("paragraph", "4")]


def test_programme_paragraph_numbers():
    """A programme budget numbers its paragraphs '19.29', '19.30' (programme
    19); a figure like '12.5 per cent' starting a wrapped line is text."""
    text = f"""C. STRATEGY
19.29 {LONG}
{FULL}
19.30 {LONG}
12.5 per cent of it was {FULL}
"""
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [("heading", "C"), ("paragraph", "19.29"),
                                           ("paragraph", "19.30")]
    assert got[2][2].endswith("12.5 per cent of it was " + FULL)


def test_star_footnote_without_rule():
    text = f"""A. STRATEGY
1. {LONG}
{FULL}
\uf02a

The paragraphs under this heading are numbered as in the plan.

2
E/XYZ/2031/1
2. {LONG}
"""
    got = blocks(text)
    assert got[2] == ("footnote", "*", "The paragraphs under this heading are numbered as in the plan.")
    assert [(k, n) for k, n, _ in got] == [("heading", "A"), ("paragraph", "1"),
                                           ("footnote", "*"), ("paragraph", "2")]


def test_other_extractors_give_the_same_blocks():
    """CRLF line ends, a form feed at a page's top and a barcode in a
    Symbol font's private-use code points are furniture as in pdftotext's
    text; the job number at the first page's foot is metadata."""
    barcode = "".join(chr(0xF000 + ord(c)) for c in "*3100123*")
    other = (COMMISSION_REPORT.replace("31-00123\n", f"31-00123\n{barcode}\n")
             .replace("\n2\n\nE/XYZ", "\n2\n\n\fE/XYZ").replace("\n", "\r\n"))
    doc = paratag.parse(other)
    assert blocks(other) == blocks(COMMISSION_REPORT)
    assert doc.metadata["job_number"] == "31-00123"
    assert [doc.text[r.start:r.end] for r in doc.regions if r.role == "barcode"] == [barcode]


def test_chinese_job_number_on_the_first_line():
    text = """17-12345 (C)
联合国 A/72/999
大会 Distr.: General
2017年8月1日
原文：英文
第七十二届会议
1. 本报告说明了该区域在可持续发展方面取得的进展和面临的挑战，以及今后的工作。
"""
    assert paratag.parse(text).metadata["job_number"] == "17-12345 (C)"


def test_a_bullet_with_no_text_keeps_its_block():
    text = "I. TASKS\n\u2022\nII. MEMBERS\n1. Two experts.\n"
    assert blocks(text) == [("heading", "I", "TASKS"), ("paragraph", "", ""),
                            ("heading", "II", "MEMBERS"), ("paragraph", "1", "Two experts.")]


def test_lettered_subheadings():
    """'1. Title' then 'a)' over its title head the next paragraph; a
    lettered line inside a paragraph's text does not."""
    text = f"""52. {LONG}
{FULL}
1. Migration and asylum
a)

Evolution of the population

53. {LONG}
b) Refugees in the cities
54. {LONG}
55. The list reads:
c) cities;
56. {LONG}
"""
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [
        ("paragraph", "52"), ("heading", "1"), ("heading", "a"), ("paragraph", "53"),
        ("heading", "b"), ("paragraph", "54"), ("paragraph", "55"), ("paragraph", "56")]
    assert got[2][2] == "Evolution of the population"
    assert got[6][2] == "The list reads: c) cities;"


MANDATES = f"""Annex

LEGISLATIVE MANDATES
Programme 4. Trade and transport
General Assembly resolutions
81/120

Cooperation among river basin authorities in the management of shared
waters

81/131

Ports and inland navigation

Economic and Social Council resolutions
2031/7

Statistics of the informal sector for all the countries of the region and the
subregions

2031/12

Road safety

Commission resolutions
402 (XXXI)

Frequency of the sessions of the committee on transport
"""


def test_list_of_mandates():
    """An annex that lists resolutions, each symbol alone over its title:
    each entry is a paragraph that starts with the symbol ("81/120" is
    no page number), under captions that are headings."""
    got = blocks(MANDATES)
    assert got == [
        ("heading", "Annex", "LEGISLATIVE MANDATES"),
        ("heading", "", "Programme 4. Trade and transport"),
        ("heading", "", "General Assembly resolutions"),
        ("paragraph", "", "81/120 Cooperation among river basin authorities in the management "
                          "of shared waters"),
        ("paragraph", "", "81/131 Ports and inland navigation"),
        ("heading", "", "Economic and Social Council resolutions"),
        ("paragraph", "", "2031/7 Statistics of the informal sector for all the countries of "
                          "the region and the subregions"),
        ("paragraph", "", "2031/12 Road safety"),
        ("heading", "", "Commission resolutions"),
        ("paragraph", "", "402 (XXXI) Frequency of the sessions of the committee on transport"),
    ]


def test_a_page_number_with_its_count_stays_furniture():
    """"3/12" at a page's foot is a page number: no other such line is
    near it, as in a list of mandates."""
    text = f"""1. {LONG}
{FULL}

3/12

2. {LONG}
{FULL}
"""
    doc = paratag.parse(text)
    assert [(b.number, b.text) for b in doc.blocks] == [("1", f"{LONG} {FULL}"),
                                                        ("2", f"{LONG} {FULL}")]
    assert [doc.text[r.start:r.end] for r in doc.regions if r.role == "page_number"] == ["3/12"]


def test_outline_stays_in_its_paragraph():
    """A letter alone on its line ("b.") ends no sentence, and "(b)"
    after "(a)" goes on in the paragraph though the line before it is
    short and ends in a full stop."""
    text = f"""E. OUTPUTS
During the period, the following outputs are expected:
(a) Servicing of intergovernmental bodies
a.

Documentation for the session of the committee;

b.

Meetings of experts on transport.
(b) Other substantive activities
(i) A study of ports.
"""
    got = blocks(text)
    assert got == [("heading", "E", "OUTPUTS"),
                   ("paragraph", "", "During the period, the following outputs are expected: "
                                     "(a) Servicing of intergovernmental bodies a. Documentation "
                                     "for the session of the committee; b. Meetings of experts on "
                                     "transport. (b) Other substantive activities (i) A study of "
                                     "ports.")]


def test_a_qualifier_closes_its_heading():
    """Under "B. TITLE" and its "(...)" qualifier, the next line (a
    table's column heading) is not the heading's."""
    text = f"""B. EXPECTED ACCOMPLISHMENTS OF THE PROGRAMME FOR THE PERIOD OF THE PLAN AND ITS REVIEW
(Accomplishments and indicators that concern the committee are shown in bold type)
Expected accomplishments
(a)

More effective responses by member
States to reduce poverty
"""
    got = blocks(text)
    assert got[0] == ("heading", "B", "EXPECTED ACCOMPLISHMENTS OF THE PROGRAMME FOR THE PERIOD "
                      "OF THE PLAN AND ITS REVIEW (Accomplishments and indicators that concern "
                      "the committee are shown in bold type)")
    assert got[1][2].startswith("Expected accomplishments")


def test_symbol_font_star_glued_to_a_heading():
    """The Symbol font's star (U+F02A) glued to a heading is its footnote
    mark, as "*" is."""
    text = f"""C. STRATEGY\uf02a
{LONG}
{FULL}
"""
    doc = paratag.parse(text)
    assert doc.blocks[0].text == "STRATEGY"
    assert doc.blocks[0].footnote_refs == ["\uf02a"]  # the mark as written


def test_a_sentence_end_where_the_next_word_would_have_fitted():
    """A line that ends a sentence and had room for the next line's first
    word ended on purpose: a new paragraph starts, though the line is not
    short.  A line as full as the others goes on."""
    full = ("The committee reviewed the progress made by the secretariat in carrying out the "
            "work of the biennium")
    text = f"""Summary
{full}
and the programme of work of the past biennium, and the progress made in it.
{full}
and the programme of work of the past biennium and all the progress made therein.
Meanwhile it considered the reports.
"""
    got = blocks(text)
    assert [k for k, _, _ in got] == ["heading", "paragraph", "paragraph"]
    assert got[1][2].endswith("the progress made in it.")
    assert got[2][2].endswith("made therein. Meanwhile it considered the reports.")


def test_numbered_subheading_whose_title_wraps():
    """"2. Title" whose title runs on to a line in lower case is still the
    sub-heading over the next paragraph."""
    text = f"""5. {LONG}
{FULL}
2. Implementation of the activities related to the work of the committee under the
programme of work since the previous session
6.
{LONG}
{FULL}
"""
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [("paragraph", "5"), ("heading", "2"), ("paragraph", "6")]
    assert got[1][2].endswith("under the programme of work since the previous session")


def test_numbered_subheading_whose_title_wraps_in_capitals():
    """The next line of a sub-heading's title that begins in capitals is the
    title's too, as the sub-heading was read over its paragraph: no second
    heading of its own."""
    text = f"""5. {LONG}
{FULL}
2. Lakeland Dialogue Project: Towards Effective and Accountable
Institutions and Sustainable Development
6. {LONG}
{FULL}
"""
    got = blocks(text)
    assert got[1] == ("heading", "2", "Lakeland Dialogue Project: Towards Effective and "
                      "Accountable Institutions and Sustainable Development")
    assert [(k, n) for k, n, _ in got] == [("paragraph", "5"), ("heading", "2"), ("paragraph", "6")]


def test_figure_from_its_caption_to_its_source_note():
    """A figure (caption, what the extractor left of its boxes and axes,
    source note) is no block; it suspends the paragraph it interrupts.  A
    sentence that starts with "Figure 2 shows" is text, and a caption with
    no source note under it stays text too."""
    text = f"""1. {LONG}
considered how its subsidiary bodies had met over
Figure 1. Ports of the region by tonnage

Large ports
are growing

Small ports
40.00
Source: Regional commission, based on data from the
port authorities.

the period under review and in the years before, in detail.
2. {LONG}
{FULL}
Figure 2 shows the tonnage of the ports of the region over the period under review.
3. {LONG}
{FULL}
"""
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    assert [(b.number, b.text) for b in doc.blocks] == [
        ("1", f"{LONG} {FULL}"),
        ("2", f"{LONG} {FULL} Figure 2 shows the tonnage of the ports of the region over the "
              "period under review."),
        ("3", f"{LONG} {FULL}")]
    figure = [doc.text[r.start:r.end] for r in doc.regions if r.kind == "figure"]
    assert figure[0] == "Figure 1. Ports of the region by tonnage"
    assert figure[-1] == "port authorities."


def test_figures_and_tables_in_the_other_languages():
    """Spanish, French, Russian and Chinese captions and source notes
    ("Gráfico 1" over its title, "Fuente:"; "Tableau 2", "Source :";
    "Таблица 3", "Источник:"; "图 4", "资料来源："): the figure is no block."""
    for caption, title, source in [
            ("Gráfico 1", "América Latina: gasto social, 2015-2024", "Fuente: Comisión regional."),
            ("Tableau 2", "Afrique : dette publique, 2019 et 2024", "Source : Commission régionale."),
            ("Таблица 3", "Африка: государственный долг", "Источник: Региональная комиссия."),
            ("图 4", "非洲：公共债务", "资料来源：区域委员会。"),
            ("图一", "非洲：公共债务", "资料来源：区域委员会。")]:
        text = f"""1. {LONG}
{FULL}
{caption}
{title}
3,0
2,5
2015
2024
{source}

2. {LONG}
{FULL}
"""
        doc = paratag.parse(text)
        assert [(b.number, b.text) for b in doc.blocks] == [
            ("1", f"{LONG} {FULL}"), ("2", f"{LONG} {FULL}")], caption
        figure = [doc.text[r.start:r.end] for r in doc.regions if r.kind == "figure"]
        assert figure[0] == caption and figure[-1] == source


def test_bangkoks_job_number_and_print_code_are_page_furniture():
    """ESCAP's job numbers carry the office's letter ("B26-00412 (C)"), its
    print line a code "TP060326": the masthead's job number, and furniture
    at each page's foot, not text."""
    text = f"""联合国

ESCAP/82/15

Distr.: General
2026年2月27日

B26-00412 (C)

TP060326

1. 亚洲及太平洋仍然是世界上受灾最严重的区域，本区域共发生 1 870 多次灾害事件，造成约 12.4 万人死亡，受
影响人数达 14 亿。

B26-00412

2

2. 灾害对最贫困和最脆弱群体的影响尤为严重，气候相关灾害可能使本区域另外 3 800 万人陷入极端贫困。
"""
    doc = paratag.parse(text, lang="zh")
    assert doc.metadata["job_number"] == "B26-00412 (C)"
    assert [(b.number, "B26" in b.text or "TP0" in b.text) for b in doc.blocks] == [
        ("1", False), ("2", False)]


def test_a_chinese_mark_before_a_comma_where_its_footnote_is_shown():
    """"分析结果1，以及": digits glued to a Han character before "，" or "。"
    are a mark where the document shows that footnote; "第1，" and a
    number whose footnote is not shown stay."""
    text = ("1. 本说明借鉴了报告的分析结果1，以及委员会第九届会议的讨论情况，见第2，也见附件3。\n"
            "__________________\n1 ST/ESCAP/3241。\n")
    doc = paratag.parse(text, lang="zh")
    assert doc.blocks[0].footnote_refs == ["1"]
    assert doc.blocks[0].text == "本说明借鉴了报告的分析结果，以及委员会第九届会议的讨论情况，见第2，也见附件3。"


def test_a_year_that_opens_a_line_with_its_mark_run_into_it():
    # "de 2025" cut before the year, footnote 1's mark glued to it
    text = f"""1. {LONG} en junio de
20251, con un beneficio mínimo para cada familia.
___________
1 Véase el informe anual.
"""
    doc = paratag.parse(text, lang="es")
    assert doc.blocks[0].text.endswith("en junio de 2025, con un beneficio mínimo para cada familia.")
    assert doc.blocks[0].footnote_refs == ["1"]


def test_figure_notes_and_figures_without_one():
    """A note under a figure's source note ("Note: ...") is the figure's
    too; a figure with no source note, whose lines are all short (axis
    values, labels), ends before the next numbered paragraph; a caption
    followed by full lines of prose is no figure."""
    text = f"""1. {LONG}
{FULL}
Figure 1. Ports of the region by tonnage
40
20
Large ports
Source: Regional commission, based on port data.
Note: Data for two ports are missing
for the last year.
2. {LONG}
{FULL}
Figure 2. Growth of the ports (Percentage, 2020-2030)
0.5
2.5
Reference
Scenario 1
3. {LONG}
{FULL}
Table 3. Tonnage
{LONG}
{FULL}
{LONG}
{FULL}
"""
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    got = [(b.number, b.text) for b in doc.blocks]
    assert got[:4] == [("1", f"{LONG} {FULL}"), ("2", f"{LONG} {FULL}"), ("3", f"{LONG} {FULL}"),
                       ("", "Table 3. Tonnage")]
    figure = [doc.text[r.start:r.end] for r in doc.regions if r.kind == "figure"]
    for line in ["Figure 1. Ports of the region by tonnage", "Large ports",
                 "Source: Regional commission, based on port data.",
                 "Note: Data for two ports are missing", "for the last year.",
                 "Figure 2. Growth of the ports (Percentage, 2020-2030)", "Reference",
                 "Scenario 1"]:
        assert line in figure
    assert not any(line.startswith("Table 3") for line in figure)


def test_figure_ends_before_a_numbered_sub_heading():
    """A figure with no source note ends before a sub-heading numbered
    like a paragraph ("2. Title"), even when the paragraphs' numbering
    goes on in the section under it."""
    text = f"""44. {LONG}
{FULL}
Figure 9. Sectors of the programme

Economy
Society
2. Dialogue Project for the Northern Plains: Towards Effective
Institutions
45. {LONG}
{FULL}
"""
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    figure = [doc.text[r.start:r.end] for r in doc.regions if r.kind == "figure"]
    assert figure == ["Figure 9. Sectors of the programme", "Economy", "Society"]
    assert "Dialogue Project for the Northern Plains" in " ".join(b.text for b in doc.blocks)


def test_title_in_capitals_over_lettered_items():
    """A title in capitals, after a finished paragraph and over lettered
    items, is a heading even when it is a third of a full line or more
    (a sentence's line is never all capitals); a title in lower case as
    long stays text."""
    items = """(a) Take note of the progress made in implementing the recommendations issued at the previous
session of the committee and of the priorities set out in the programme of work of the commission;
(b) Affirm the importance of continuing the current approach of strengthening the link between the
studies and reports;
"""
    text = f"""{LONG}
{FULL}
RECOMMENDATIONS TO THE MEMBER STATES OF THE COMMISSION
{items}"""
    got = blocks(text)
    assert got[1] == ("heading", "", "RECOMMENDATIONS TO THE MEMBER STATES OF THE COMMISSION")
    assert [(k, n) for k, n, _ in got[2:]] == [("paragraph", "a"), ("paragraph", "b")]
    text = f"""{LONG}
{FULL}
Recommendations to the member States of the Commission made
{items}"""
    assert "heading" not in [k for k, _, _ in blocks(text)]


def lost_numbers_report(column="Paragraphs", numbers=("", "", "", "", "", "")):
    """A report whose paragraph numbers the extractor lost; `numbers` puts
    them back ("1. ", ...) for the negative."""
    n = list(numbers)
    end = "and in the years before."
    return f"""CONTENTS
{column}

Page

Introduction ..........................................................................................
1-2

3

I. BACKGROUND OF THE CENTRE ......................................................................
3-4

3

II. EXPERIENCES FROM OTHER
REGIONS AND THEIR LESSONS ...................................................................
5-6

4
A. The regional picture of the centres ...........................................................

Introduction
{n[0]}{LONG}
{end}
{n[1]}{LONG}
{end}
I. BACKGROUND OF THE CENTRE
{n[2]}{LONG}
{end}
{n[3]}{LONG} as follows:
Increasing the investment in the region;
Supporting the clusters of activity.
{LONG}
{end}
II. EXPERIENCES FROM OTHER REGIONS AND THEIR LESSONS
{n[4]}{LONG}
{end}
THE REGIONAL PICTURE OF THE CENTRES
{n[5]}{LONG}
{end}
Annex
ADDITIONAL INFORMATION ON THE CENTRE
{LONG}
{end}
"""


def test_lost_paragraph_numbers_come_back_from_the_contents():
    """Where the extractor lost a report's paragraph numbers and its
    contents give each section's paragraphs, a section's paragraphs take
    its range in order: no further than its last (an extra paragraph
    stays unnumbered), the next section starting again at its own, list
    items after "as follows:" taking none, and an annex none; a heading
    that lost its label with them takes its entry's ("A. ...")."""
    doc = paratag.parse(lost_numbers_report())
    assert doc.unassigned() == []
    got = [(b.kind, b.number, b.text[:12]) for b in doc.blocks]
    assert got == [("heading", "", "Introduction"), ("paragraph", "1", LONG[:12]),
                   ("paragraph", "2", LONG[:12]), ("heading", "I", "BACKGROUND O"),
                   ("paragraph", "3", LONG[:12]), ("paragraph", "4", LONG[:12]),
                   ("paragraph", "", "Supporting t"), ("paragraph", "", LONG[:12]),
                   ("heading", "II", "EXPERIENCES "), ("paragraph", "5", LONG[:12]),
                   ("heading", "A", "THE REGIONAL"), ("paragraph", "6", LONG[:12]),
                   ("heading", "Annex", "ADDITIONAL I"), ("paragraph", "", LONG[:12])]
    assert "as follows: Increasing the investment in the region;" in doc.blocks[5].text
    # the reader is told where the numbers came from, once
    assert [(d.code, d.message, d.block) for d in doc.diagnostics()] == [
        ("numbers_from_contents",
         "6 paragraph numbers not in the text, taken from the contents' ranges", 1)]
    # the numbers are in the text: nothing to restore
    numbered = paratag.parse(lost_numbers_report(numbers=("1. ", "2. ", "3. ", "4. ", "5. ", "6. ")))
    assert [b.number for b in numbered.blocks if b.kind == "paragraph"][:6] == [
        "1", "2", "3", "4", "", ""]
    # contents whose numbers may be pages: no "Paragraphs" column, no numbers
    doc = paratag.parse(lost_numbers_report(column="Pages"))
    assert [b.number for b in doc.blocks if b.kind == "paragraph"] == [""] * 9
    # a body that kept its numbers (all but one here) is left as it is
    doc = paratag.parse(lost_numbers_report(numbers=("1. ", "2. ", "3. ", "4. ", "", "")))
    assert [b.number for b in doc.blocks if b.kind == "paragraph"][:5] == [
        "1", "2", "3", "4", ""]


def test_unnumbered_paragraph_ends_with_its_lettered_list():
    """An unnumbered paragraph that closes with a lettered list ends with
    the list's full stop, even on a full line: the next sentence starts a
    paragraph.  A numbered paragraph may go on after its list, under its
    number."""
    body = f"""The ensuing discussion focused on the following:
(a) Acknowledging the progress made in implementing the activities of the programme of work and of the
requesting the secretariat to continue providing technical cooperation to all the member States;
(b) Paying greater attention to the issues of the region, especially in the countries that have
witnessed significant increases in need, and providing technical assistance to all the member States of the region.
The representative of the secretariat clarified that member States must submit their requests in
writing to the secretariat.
"""
    got = blocks(f"{LONG}\nand in the years before.\n{body}")
    assert [(k, n, t[:20]) for k, n, t in got] == [
        ("paragraph", "", LONG[:20]), ("paragraph", "", "The ensuing discussi"),
        ("paragraph", "", "The representative o")]
    got = blocks(f"1. {LONG}\nand in the years before.\n2. {body}3. {LONG}\n{FULL}\n")
    assert [n for _, n, _ in got] == ["1", "2", "3"]
    assert got[1][2].endswith("must submit their requests in writing to the secretariat.")


def test_symbol_of_a_part_and_its_revision_is_a_running_header():
    """"E/…/4(Part I)/Rev.1" over each page is the document's symbol: page
    furniture, not a heading between two paragraphs."""
    for symbol in ["E/XYZ/2031/WG.4/4(Part I)/Rev.1", "E/XYZ/2031/WG.4/4(Part II)",
                   "E/XYZ/2031/WG.4/4/Add.1"]:
        doc = paratag.parse(f"1. {LONG}\n{FULL}\n\n{symbol}\n2. {LONG}\n{FULL}\n")
        assert [b.number for b in doc.blocks] == ["1", "2"], symbol
        assert [doc.text[r.start:r.end] for r in doc.regions if r.kind == "furniture"] == [symbol]
    doc = paratag.parse(f"1. {LONG}\n{FULL}\n\nE/XYZ/4(Part I)word\n2. {LONG}\n{FULL}\n")
    assert [b.kind for b in doc.blocks] == ["paragraph", "heading", "paragraph"]


def test_lists_of_participants_and_documents_are_tables():
    """The annexes that list participants and documents set names,
    offices and symbols in columns: a table (region "figure"), not
    paragraphs; their headings stay blocks, and the next annex is text
    again."""
    text = f"""1. {LONG}
{FULL}
Annex I
LIST OF PARTICIPANTS
A. MEMBER STATES
Northland

Southland

Ms. Ada Example
Director
Ministry of Planning

B. OBSERVERS
Regional Bank of the Plains
Annex II

List of documents
Title

Item

Symbol

Provisional agenda
2
E/XYZ/2031/WG.4/L.1
Annex III
TERMS OF REFERENCE
1. {LONG}
{FULL}
"""
    got = blocks(text)
    assert got == [("paragraph", "1", f"{LONG} {FULL}"),
                   ("heading", "Annex I", "LIST OF PARTICIPANTS"),
                   ("heading", "annex I A", "MEMBER STATES"),
                   ("heading", "annex I B", "OBSERVERS"),
                   ("heading", "Annex II", "List of documents"),
                   ("heading", "Annex III", "TERMS OF REFERENCE"),
                   ("paragraph", "annex III 1", f"{LONG} {FULL}")]
    doc = paratag.parse(text)
    table = [doc.text[r.start:r.end] for r in doc.regions if r.kind == "figure"]
    assert table[0] == "Northland" and "Ms. Ada Example" in table
    assert table[-1] == "Provisional agenda"  # its item and symbol read as page furniture


def test_footnote_chain_goes_on_past_a_lost_number():
    """Footnote 2's number was lost by the extractor: footnote 3, cited
    in the text before it, still starts a footnote, and so does 5 after a
    lost 4, while a chart's scale ("5" over "20") does not."""
    text = f"""1. {LONG} work.1
2. {LONG} meeting.2 And the sessions.3

1

https://www.example.org/first-note.
Second note, whose number the extractor lost.

3

Third note, cited in paragraph 2.

5

E/XYZ/2031/WG.4/7
3. {LONG} again.5

40
5
20

5 Fifth note.
"""
    doc = paratag.parse(text)
    notes = [(b.number, b.text) for b in doc.blocks if b.kind == "footnote"]
    assert notes == [("1", "https://www.example.org/first-note. Second note, whose number the "
                           "extractor lost."),
                     ("3", "Third note, cited in paragraph 2."),
                     ("5", "Fifth note.")]


def test_contents_with_the_page_number_first():
    """Publications set a contents entry's page first ("P. 7 1. Title"):
    the table is contents, not headings."""
    text = f"""Contents

P. 3 Summary
P. 7 1. Global context
P. 9 A. Oil
P. 11

Summary
{LONG}
{FULL}
"""
    doc = paratag.parse(text)
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", "Summary"),
                                                      ("paragraph", f"{LONG} {FULL}")]
    assert sum(r.kind == "toc" for r in doc.regions) == 5


def test_a_heading_in_capitals_wraps_at_its_comma():
    """"D. TITLE IN CAPITALS: ITS PARTS," goes on to the next line; in
    ordinary case "A. Smith," is a name in a wrapped sentence."""
    text = f"""C. FIRST SECTION
1. {LONG}
{FULL}
D. PERFORMANCE OF THE PORTS OF THE REGION: COMPONENTS,
METHODOLOGY AND SCORES
2. {LONG} by John
A. Smith, who {FULL}
"""
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [("heading", "C"), ("paragraph", "1"), ("heading", "D"),
                                           ("paragraph", "2")]
    assert got[2][2] == "PERFORMANCE OF THE PORTS OF THE REGION: COMPONENTS, METHODOLOGY AND SCORES"


def test_contents_labels_after_the_last_page_numbers():
    """The contents' column of labels comes out last, after its page
    numbers and before the page's foot: "III." is the contents', not the
    first heading's number."""
    text = f"""Contents
Introduction ...................................................... 1-4 3
CONCLUSION ...........................................................

17

7

III.

2

E/XYZ/2031/WG.4/7
Introduction
{LONG}
{FULL}
"""
    got = blocks(text)
    assert got[0] == ("heading", "", "Introduction")


def test_closing_rule_glued_to_the_page_number():
    """"-----8": the rule that closes a document and its page's number,
    glued by the extractor, are page furniture, not the last paragraph's."""
    text = f"""1. {LONG}
{FULL}
-----8
"""
    doc = paratag.parse(text)
    assert [b.text for b in doc.blocks] == [f"{LONG} {FULL}"]
    assert [r.role for r in doc.regions if r.kind == "furniture"] == ["page_number"]


def test_a_caption_without_source_note_takes_no_prose():
    """A figure with no source note under it ends nowhere the parser can
    see: the full lines of prose after it stay paragraphs, though another
    figure's source note comes further on."""
    text = f"""Summary
Figure 1. Ports of the region by tonnage
40
20
{LONG}
{FULL}
{LONG}
{FULL}
Source: Regional commission.
"""
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    assert any(LONG in b.text for b in doc.blocks)


def test_a_number_glued_to_the_noun_it_numbers_is_no_mark():
    """An extractor that loses the space in "(Agenda item 8)" or "Euro 33
    million" leaves the number glued to its noun or currency: it stays,
    though a word's glued digits are a mark elsewhere ("Declaration8");
    nor is a number after "、" in a Chinese list of numbers a mark."""
    text = """1. The Committee recalled the Declaration8 adopted in paragraph12 of its report.
(Agenda item8)
__________
8 A/99/1.
"""
    got = blocks(text)
    assert got[0] == ("paragraph", "1", "The Committee recalled the Declaration adopted in "
                      "paragraph12 of its report. (Agenda item8)")
    assert paratag.parse(text).blocks[0].footnote_refs == ["8"]
    # the currency written before its amount; a list of numbers in Chinese
    got = blocks("1. Sweden gave Euro33 million to the fund.\n2. 第1、2、3条规定了程序。\n")
    assert [t for _, _, t in got] == ["Sweden gave Euro33 million to the fund.",
                                      "第1、2、3条规定了程序。"]


def test_headings_over_their_agenda_item():
    """A meeting report's section titles stand over the agenda item they
    treat: a title in capitals (longer than a lower-case title may be)
    after a paragraph whose last line is full, a title numbered like a
    paragraph (its number alone on its line or not, its title wrapping or
    not), each over its "(Agenda item ...)" and before a new sentence."""
    text = f"""1. {LONG}
{FULL}
PROPOSED PROGRAMME OF WORK OF THE COMMITTEE FOR THE BIENNIUM IN ITS FIELD
(Agenda item 5)
1.

Implementation of the recommendations made by the committee at its last session in
the capital
(Agenda item 5 (a))
The representative of the secretariat presented the document on the implementation.
2. Water resources in the region
(Agenda item 5 (b))
The representative of the secretariat presented the document on water.
OTHER MATTERS
(Agenda item 6)
No other matters were raised by the representatives of the member States at the session.
DATE AND VENUE OF THE NEXT SESSION
OF THE COMMITTEE

(Agenda item 7)
The Committee decided to hold its next session in the capital in the spring.
"""
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [
        ("paragraph", "1"), ("heading", ""), ("heading", "1"), ("paragraph", ""),
        ("heading", "2"), ("paragraph", ""), ("heading", ""), ("paragraph", ""),
        ("heading", ""), ("paragraph", "")]
    assert got[1][2] == ("PROPOSED PROGRAMME OF WORK OF THE COMMITTEE FOR THE BIENNIUM IN ITS "
                         "FIELD (Agenda item 5)")
    assert got[2][2] == ("Implementation of the recommendations made by the committee at its "
                         "last session in the capital (Agenda item 5 (a))")
    assert got[6][2] == "OTHER MATTERS (Agenda item 6)"
    assert got[8][2] == "DATE AND VENUE OF THE NEXT SESSION OF THE COMMITTEE (Agenda item 7)"


def test_a_numbered_line_over_a_parenthesis_is_not_always_a_title():
    """A paragraph's first line that ends a clause, or whose parenthesis
    goes on in lower case, keeps its paragraph."""
    text = """1. The committee considered the report of the Secretary-General,
(A/99/100)
and took note of it with appreciation and thanks to all the States concerned.
2. The committee took note of the document
(A/99/101)
which the secretariat had prepared for the session, and thanked its authors.
"""
    assert [(k, n) for k, n, _ in blocks(text)] == [("paragraph", "1"), ("paragraph", "2")]
    # an item's marker alone qualifies no title: a table's row label
    text = f"""1. {LONG}
{FULL}
Expected results
(a)
More effective responses by the member States to the needs of the poor
"""
    assert "heading" not in [k for k, _, _ in blocks(text)]


def test_a_footer_on_lines_of_its_own():
    """Some extractors give a page's footer part by part: the job number,
    its print date and the barcode each on a line.  The print date is the
    footer's, and the heading after it follows the finished paragraph."""
    text = """1. The mission met with the authorities of the country at the start of the visit.
31-01234 (E)

030331

*3101234*

II. Observations
2. The mission welcomes the progress made by the authorities of the country.
"""
    assert [(k, n) for k, n, _ in blocks(text)] == [
        ("paragraph", "1"), ("heading", "II"), ("paragraph", "2")]
    # six digits with no job number near are text
    got = blocks("1. The code of the item was\n030331\nin the register.\n")
    assert got == [("paragraph", "1", "The code of the item was 030331 in the register.")]


def test_an_annex_title_that_ends_a_line_on_a_linking_word_goes_on():
    text = """Annex I
Terms of reference of the mission of the Council to the
Northern Plains
1. Reaffirm the support of the Council for the peace process in the region.
Annex II
Programme of the mission
Meetings
1. The mission met with the President of the country and with the Prime Minister.
"""
    got = blocks(text)
    assert got[0] == ("heading", "Annex I", "Terms of reference of the mission of the Council "
                      "to the Northern Plains")
    assert [(k, n) for k, n, _ in got[2:]] == [
        ("heading", "Annex II"), ("heading", ""), ("paragraph", "annex II 1")]


def test_an_annotated_agenda_item_with_no_document_follows_its_series():
    """In an annotated agenda, items numbered like paragraphs head their
    notes; after items qualified by their documents' symbols, the next
    number over a short title with no document is the next item too; a
    paragraph numbered so, its first line ending a sentence, is not."""
    text = """3.

Progress in the work of the committee
(E/XYZ/2031/3)
The secretariat will present the progress made since the last session of the committee.
4.

Panel on the financing of development in the region
The secretariat will moderate a panel on the financing of development in the region.
5.

The committee will decide on the date and venue of its next session in the region.
It may also take up other matters.
"""
    assert [(k, n) for k, n, _ in blocks(text)] == [
        ("heading", "3"), ("paragraph", ""), ("heading", "4"), ("paragraph", ""),
        ("paragraph", "5")]


def test_front_matter_page_numbers_in_roman_numerals():
    """A study's front matter numbers its pages "iii", "iv": alone on a
    line they are the page's, not text that starts a paragraph; a tick
    "x" in a table is not."""
    text = f"""Acknowledgements
The study was prepared by the secretariat with the help of many experts of the region.

iv

Executive summary
{LONG}
{FULL}
"""
    doc = paratag.parse(text)
    assert [(b.kind, b.text[:17]) for b in doc.blocks][-2:] == [
        ("heading", "Executive summary"), ("paragraph", "The committee rev")]
    assert [r.role for r in doc.regions if doc.text[r.start:r.end] == "iv"] == ["page_number"]
    assert [b.text for b in paratag.parse("Morocco\nx\nTunisia\nx\n").blocks] == ["Morocco x Tunisia x"]


def test_a_count_after_chinese_punctuation_is_no_mark_already_given():
    """"，2 票弃权" reads as mark 2 only weakly: where footnote 2 exists but
    its mark was given before, or the number runs far past the marks given,
    the digits are a count and stay."""
    text = """1. 农村人口约为 4.25 亿人，其中约有一半从事农业。1 在过去十年中，农村人口减少了三成。2
2. 在表决中，有 30 票赞成，7 票反对，2 票弃权。委员会注意到各国取得的进展。
__________________
1 A/CN.9/WP.98。
2 见 A/CN.9/WP.97。
7 见 A/CN.9/WP.96。
"""
    doc = paratag.parse(text, lang="zh")
    paras = [b for b in doc.blocks if b.kind == "paragraph"]
    assert paras[1].text == "在表决中，有 30 票赞成，7 票反对，2 票弃权。委员会注意到各国取得的进展。"
    assert [p.footnote_refs for p in paras] == [["1", "2"], []]


def test_a_short_line_before_a_long_token_ends_no_paragraph():
    """A line is short when the next token, a long symbol or URL, would
    not have fitted on it: its paragraph goes on.  A short line before a
    word that would have fitted still ends its paragraph."""
    text = f"""{LONG}
{FULL}
The study drew on the report of the meeting of the experts of the region in the capital.
E/XYZ/2031/WG.4/7/Report/Add.1/Corr.2. It is available from the website of the commission.
{LONG}
The committee met twice.
It decided to meet again in the capital of the region in the spring of the next year.
"""
    got = [t for _, _, t in blocks(text)]
    assert len(got) == 3
    assert got[0].endswith("region in the capital. E/XYZ/2031/WG.4/7/Report/Add.1/Corr.2. It "
                           "is available from the website of the commission.")


def test_a_lettered_title_that_wraps_at_its_comma():
    """"C. Title of some words," wraps its title at the comma; a name
    wrapped after its initial ("A. Smith, who", "L. Meyer, “A title”,")
    stays in its sentence."""
    text = f"""A. First section
{LONG}
{FULL}
B. Public debt in the region is unsustainably high,
tax revenues are not high enough
Room to manoeuvre in the budgets of the region differs widely from one country to the next
and was the subject of the study written for the committee by John
A. Smith, who had studied the public finances of the region for many years,
and of the article by Jane
L. Roe, “The public finances of the region”, in the journal of the region,
which the committee also read with great interest at its last session in the capital.
"""
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [
        ("heading", "A"), ("paragraph", ""), ("heading", "B"), ("paragraph", "")]
    assert got[2][2] == "Public debt in the region is unsustainably high, tax revenues are not high enough"


def stacked_headings_report(contents=True):
    """A chapter heading and, under it, its first section's heading, both
    in capitals, the section's label lost with the paragraphs' numbers."""
    table = f"""CONTENTS
Paragraphs

Page

I. FINDINGS OF THE MEETING ..............................................................
1-2

3

II. TOPICS FOR DISCUSSION ...............................................................
3-4

4

A. Progress in regional cooperation since the last meeting ........................
3-4

4

""" if contents else ""
    return f"""{table}I. FINDINGS OF THE MEETING
1. {LONG}
{FULL}
2. {LONG}
{FULL}
II. TOPICS FOR DISCUSSION
PROGRESS IN REGIONAL COOPERATION SINCE THE LAST MEETING
3. {LONG}
{FULL}
4. {LONG}
{FULL}
"""


def test_stacked_headings_part_where_the_contents_titles_do():
    """Two headings in capitals one above the other read as one, unless the
    contents show that the first is a whole title and the second line
    starts another: then they are two, and the second takes its lost
    label from its entry.  Without contents nothing tells them apart."""
    got = blocks(stacked_headings_report())
    assert [(k, n, t) for k, n, t in got if k == "heading"] == [
        ("heading", "I", "FINDINGS OF THE MEETING"), ("heading", "II", "TOPICS FOR DISCUSSION"),
        ("heading", "A", "PROGRESS IN REGIONAL COOPERATION SINCE THE LAST MEETING")]
    assert [n for k, n, _ in got if k == "paragraph"] == ["1", "2", "3", "4"]
    got = blocks(stacked_headings_report(contents=False))
    assert ("heading", "II", "TOPICS FOR DISCUSSION PROGRESS IN REGIONAL COOPERATION SINCE THE LAST MEETING") in got
    # a title that wraps in the contents as in the body stays one heading
    text = stacked_headings_report().replace(
        "II. TOPICS FOR DISCUSSION ....", "II. TOPICS FOR DISCUSSION PROGRESS IN REGIONAL COOPERATION ....")
    assert ("heading", "II", "TOPICS FOR DISCUSSION PROGRESS IN REGIONAL COOPERATION SINCE THE LAST MEETING") in blocks(text)


def test_an_annex_heading_with_a_footnote_star_and_its_note_among_the_participants():
    """"Annex*": the annex's heading, its star a footnote mark; the note
    at its page's foot, under a rule, is a footnote even inside the list
    of participants, its text on the line after the star as well."""
    for note in ["* Issued as submitted.", "*\n\nIssued as submitted."]:
        text = f"""1. {LONG}
{FULL}
Annex*
LIST OF PARTICIPANTS
A. MEMBER STATES
Northland

Ms. Ada Example
Director
______________________
{note}

Southland
Mr. Bo Example
"""
        doc = paratag.parse(text)
        assert doc.unassigned() == []
        assert [(b.kind, b.number, b.text, b.footnote_refs) for b in doc.blocks] == [
            ("paragraph", "1", f"{LONG} {FULL}", []),
            ("heading", "Annex", "LIST OF PARTICIPANTS", ["*"]),
            ("heading", "annex A", "MEMBER STATES", []),
            ("footnote", "*", "Issued as submitted.", [])]
        assert "Mr. Bo Example" in [doc.text[r.start:r.end] for r in doc.regions if r.kind == "figure"]


def test_an_information_notes_numbered_titles_are_headings():
    """An information note numbers its sections' titles like paragraphs,
    each alone on its number's line in a few words over its text ("1.
    Background"): a heading, its text an unnumbered paragraph.  A
    numbered paragraph's first line is a full one; a list's items end
    with a stop or follow each other."""
    text = f"""1. Background
{LONG}
{FULL}
2. Date and venue
{LONG}
{FULL}
"""
    assert [(k, n) for k, n, _ in blocks(text)] == [
        ("heading", "1"), ("paragraph", ""), ("heading", "2"), ("paragraph", "")]
    assert [(k, n) for k, n, _ in blocks(f"1. {LONG}\n{FULL}\n2. {LONG}\n{FULL}\n")] == [
        ("paragraph", "1"), ("paragraph", "2")]
    got = blocks(f"1. {LONG}\n{FULL} as follows:\n2. Opening of the session\n3. Election of officers\n")
    assert "heading" not in [k for k, _, _ in got]
    # the same in Arabic, the number glued before the title
    rtl = lambda t: "\u202b" + t + "\u202c"
    body = ("تناقش الهيئة المفترضة في هذا النص التجريبي عددا من المسائل العامة المتعلقة بالموارد\n"
            "وتنتهي هنا.\n")
    doc = paratag.parse(rtl("\u202a -1\u202cمعلومات أساسية") + "\n" + body +
                        rtl("\u202a -2\u202cمكان الاجتماع") + "\n" + body, lang="ar")
    assert [(b.kind, b.number) for b in doc.blocks] == [
        ("heading", "1"), ("paragraph", ""), ("heading", "2"), ("paragraph", "")]


def test_a_regional_commissions_title_after_its_single_agenda_item():
    """A regional commission's masthead names its meeting, dates and
    agenda item, then the document's title: with no items' titles
    between, the title is the line after the agenda item."""
    text = f"""E

UNITED NATIONS
Distr.
LIMITED
E/XYZ/2031/WG.4/1
3 March 2031
ORIGINAL: ENGLISH

Imaginary Commission for the Plains
Committee on Rivers
Fourth session
3-4 March 2031
Item 5 of the provisional agenda

Rivers and the economy of the plains
Summary
{LONG}
{FULL}
"""
    assert paratag.parse(text).metadata["title"] == "Rivers and the economy of the plains"


# ---- endnotes whose numbers the extractor set as a column of their own -----

ENDNOTES_IN_COLUMNS = """\
The lakes have shrunk by a third since 1990.1 Fishing has moved
offshore.2 Three reviews say so.3 The fourth agrees.4 So does
the fifth.5

Endnotes
1.
2.
3.

Ruiz, 2014.
See Lorme and Daba, Lakes of the Plain
(Harbourtown, Lake Press, 2012), pp. 3-19.
The review of the Lake Commission on its tenth session suggests
using the term “shoreline” instead of the term “coast”. It states:
“Using the term would avoid the need

4

4.
5.

to define the coast.” (L/10/2, para. 14.)
See https://lakes.example.org/reviews/
list-of-reviews.
www.lakes.example.org/Reviews/
Archive/2014.
"""


def test_endnotes_in_a_column_of_numbers_are_footnotes():
    got = [(k, n, t) for k, n, t in blocks(ENDNOTES_IN_COLUMNS) if k == "footnote"]
    assert [(n, t[:22]) for _, n, t in got] == [
        ("1", "Ruiz, 2014."), ("2", "See Lorme and Daba, La"),
        ("3", "The review of the Lake"), ("4", "See https://lakes.exam"),
        ("5", "www.lakes.example.org/")]
    # a link that goes on at the next line is one note's
    assert got[4][2] == "www.lakes.example.org/Reviews/Archive/2014."
    # the third goes on past the page's number and the next column
    assert got[2][2].endswith("to define the coast.” (L/10/2, para. 14.)")
    assert got[1][2].endswith("pp. 3-19.")


def test_endnotes_whose_texts_do_not_split_into_as_many_stay_as_they_were():
    # three numbers over two texts: no way to tell which note is missing
    text = ENDNOTES_IN_COLUMNS.replace("Ruiz, 2014.\n", "").replace(
        "4\n\n4.\n\n", "").replace("See https://lakes.example.org/reviews/\nlist-of-reviews.\n", "")
    assert not [b for b in blocks(text) if b[0] == "footnote" and b[1] == "3"]


def test_endnotes_that_begin_with_a_central_european_capital_or_lack_a_stop():
    """Notes that cite "Žvan, 2015" begin a note as "Zvan" would, and a note
    its writer left without a stop ("UNTC, 2017g") ends where a new note
    begins, when the column's count needs it; a list that goes on at a
    comma never ends one."""
    text = ENDNOTES_IN_COLUMNS.replace("Ruiz, 2014.", "Žvan-Ruiz, 2014").replace(
        "See Lorme and Daba, Lakes of the Plain",
        "Łukasz, Lorme and Daba, Lakes of the Plain,")
    got = [(n, t) for k, n, t in blocks(text) if k == "footnote"]
    assert [n for n, _ in got] == ["1", "2", "3", "4", "5"]
    assert got[0][1] == "Žvan-Ruiz, 2014"
    assert got[1][1].startswith("Łukasz, Lorme and Daba, Lakes of the Plain, (Harbourtown")


def test_a_numbered_list_inside_a_paragraph_that_lost_its_number():
    """Where the contents give the paragraphs the body lost, a list that an
    unnumbered paragraph opens with a colon keeps its numbers "1.", "2."
    inside that paragraph: they are no paragraphs of the report."""
    report = lost_numbers_report().replace(
        "{LONG} as follows:\n".replace("{LONG}", LONG),
        LONG + " the following agenda:\n1.\n\nOpening of the session.\n\n2.\n\n"
        "Adoption of the agenda.\n")
    doc = paratag.parse(report)
    assert doc.unassigned() == []
    numbers = [b.number for b in doc.blocks if b.kind == "paragraph"]
    assert numbers[:4] == ["1", "2", "3", "4"]
    assert ("the following agenda: 1. Opening of the session. 2. Adoption of the agenda."
            in doc.blocks[5].text)
    # a report that keeps its numbers has no such list to find
    kept = paratag.parse(report.replace("Paragraphs", "Pages"))
    assert "Opening of the session." not in kept.blocks[5].text


def test_marks_of_a_hundred_and_more_and_after_an_acronyms_full_stop():
    """A study with a hundred notes or more marks them with three digits
    ("countries122", "in 2014.213"): a mark only where the document shows
    that note; a treaty's acronym ends a sentence before its mark ("the
    ICESCR.112 Both"), where a symbol's code ("CRP.2") keeps its number."""
    notes = "".join(f"{n} Source {n}.\n" for n in range(110, 125))
    text = ("Most Arab countries112 have ratified the CEDAW.113 Both are party to the\n"
            "ICESCR.114 A report in 2014.115 found this; document CRP.2 The rest is\n"
            "as before, with 250 countries116 and the year 2016.\n"
            "__________________\n" + notes)
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    body = doc.blocks[0]
    assert body.footnote_refs == ["112", "113", "114", "115", "116"]
    assert "Most Arab countries have ratified the CEDAW. Both" in body.text
    assert "document CRP.2 The rest" in body.text
    # no such notes: every digit stays
    doc = paratag.parse(text.split("_____")[0])
    assert all(t in doc.blocks[0].text for t in ("countries112", "CEDAW.113", "2014.115"))


def test_a_mark_after_the_full_stop_of_a_number_in_groups_at_a_line_end():
    """"to 900,000.3" at a line's end is the number and mark 3 where the
    document has footnote 3 and has not yet cited it; the paragraph ends
    there.  Without such a footnote it is a number with its decimal."""
    text = ("The plan aims to halve the deaths on the roads of the region by the end of the\n"
            "decade, as the Assembly decided in its resolution of the year 2009.2 The deaths\n"
            "would then fall from around 1.9 million to 900,000.3\n"
            "Following a request by the Assembly, the agency prepared a report on the plan.\n"
            "__________________\n2 See A/64/255.\n3 See A/65/1.\n")
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    got = [(b.kind, b.footnote_refs) for b in doc.blocks]
    assert got[:2] == [("paragraph", ["2", "3"]), ("paragraph", [])]
    assert doc.blocks[0].text.endswith("from around 1.9 million to 900,000.")
    assert doc.blocks[1].text.startswith("Following a request")
    # no footnote 3: the digits are the number's
    doc = paratag.parse(text.replace("3 See A/65/1.\n", ""))
    assert "to 900,000.3 Following" in doc.blocks[0].text


def test_a_programme_of_days_over_bullet_points():
    """A mission's programme: each day a short line over its bullet
    points, each point a paragraph of its own; the text of a bullet set
    alone on the line above is no heading, nor is a line ending in a
    comma."""
    text = f"""33. {LONG}
{FULL}

Annex

Programme of the mission

Saturday, 3 May 2031

\u2022 Departure from New York

Sunday, 4 May 2031

\u2022 Arrival in Lakeside

\u2022 Meeting with the Special Representative of the Secretary-General, Ana
Ruiz, and the senior leadership of the mission

\u2022 Visit to the river camp
"""
    assert blocks(text)[1:] == [
        ("heading", "Annex", "Programme of the mission"),
        ("heading", "", "Saturday, 3 May 2031"),
        ("paragraph", "", "Departure from New York"),
        ("heading", "", "Sunday, 4 May 2031"),
        ("paragraph", "", "Arrival in Lakeside"),
        ("paragraph", "", "Meeting with the Special Representative of the Secretary-General, "
                          "Ana Ruiz, and the senior leadership of the mission"),
        ("paragraph", "", "Visit to the river camp")]
    # the glyph alone over its text: the text is the point's, no heading
    text = "I. TASKS\n\n\u2022\n\nSurvey data;\n\n\u2022\n\nBudget data;\n"
    assert blocks(text) == [("heading", "I", "TASKS"), ("paragraph", "", "Survey data;"),
                            ("paragraph", "", "Budget data;")]


def test_a_heading_cut_at_a_hyphen_goes_on():
    text = f"""9. {LONG}
{FULL}

B. Meeting with the Special Representative of the Secretary-
General and the country team

10. {LONG}
"""
    assert [b[:3] for b in blocks(text)][1] == (
        "heading", "B", "Meeting with the Special Representative of the Secretary-General "
                        "and the country team")


def test_an_annex_title_set_close_over_two_lines():
    """A title that fills its first line goes on in a shorter line set
    close under it; a table's head or a sub-heading under a title does
    not join it."""
    text = f"""12. {LONG}
{FULL}

Annex

Programme of the Security Council mission to the Lakes Region
and the River Basin, 3 to 9 May 2031

Saturday, 3 May 2031
"""
    assert blocks(text)[1] == (
        "heading", "Annex", "Programme of the Security Council mission to the Lakes Region "
                            "and the River Basin, 3 to 9 May 2031")
    text = f"""12. {LONG}
{FULL}

Annex

Indicators of the regional index of multidimensional poverty
Indicator
Years of schooling
"""
    assert blocks(text)[1] == (
        "heading", "Annex", "Indicators of the regional index of multidimensional poverty")
    text = f"""12. {LONG}
{FULL}

Annex

LEGISLATIVE MANDATES OF THE SUBPROGRAMME ON WATER
Subprogramme 3. Water resources

General Assembly resolutions
"""
    assert blocks(text)[1] == ("heading", "Annex", "LEGISLATIVE MANDATES OF THE SUBPROGRAMME ON WATER")


def test_a_report_to_two_organs_under_a_joint_symbol():
    """A/…–S/… in the masthead is the symbol, and as a running header it
    is page furniture; the Council's year under its name is its session,
    so the title comes after it; in the text the joint symbol is two."""
    text = f"""United Nations

General Assembly
Security Council

A/99/902–S/2031/371

Distr.: General
13 June 2031

Original: English

General Assembly
Ninety-ninth session
Agenda item 36
The situation in the Lakes Region

Security Council
Eighty-sixth year

The situation in the Lakes Region and its implications for
international peace and security

Report of the Secretary-General

1. {LONG} reported earlier (A/99/788–S/2031/126).

31-09311 (E)    170631

A/99/902–S/2031/371

{FULL}
"""
    doc = paratag.parse(text)
    assert doc.metadata["symbol"] == "A/99/902–S/2031/371"
    assert doc.metadata["title"] == ("The situation in the Lakes Region and its implications "
                                     "for international peace and security")
    assert [(b.kind, b.number, b.text) for b in doc.blocks] == [
        ("paragraph", "1", f"{LONG} reported earlier (A/99/788–S/2031/126). {FULL}")]
    assert [(e.label, e.value) for e in doc.blocks[0].entities if e.label == "DOCSYMBOL"] == [
        ("DOCSYMBOL", "A/99/788"), ("DOCSYMBOL", "S/2031/126")]


def test_a_programme_of_days_without_bullets():
    """Each day of a programme heads its items; under it a blank line ends
    an item though no stop does, but a page break inside an item does not."""
    body = "".join(f"{n}. {LONG}\n{FULL}\n" for n in range(30, 34))
    text = body + f"""
Annex

Programme of the mission

Wednesday, 12 March 2031: Lakeside

Arrival of the members of the Security Council in Lakeside

Meeting with the Special Representative of the Secretary-General, Ana
Ruiz, and the senior leadership of the Mission

Thursday, 13 March 2031: Port Lake and Hill Town, Upper Lake Province

Meeting with the Presidents of the Senate and of the House of

2/3

31-12345
S/2031/231

Representatives of Lakeland

Press conference
"""
    assert blocks(text)[4:] == [
        ("heading", "Annex", "Programme of the mission"),
        ("heading", "", "Wednesday, 12 March 2031: Lakeside"),
        ("paragraph", "", "Arrival of the members of the Security Council in Lakeside"),
        ("paragraph", "", "Meeting with the Special Representative of the Secretary-General, "
                          "Ana Ruiz, and the senior leadership of the Mission"),
        ("heading", "", "Thursday, 13 March 2031: Port Lake and Hill Town, Upper Lake Province"),
        ("paragraph", "", "Meeting with the Presidents of the Senate and of the House of "
                          "Representatives of Lakeland"),
        ("paragraph", "", "Press conference")]


def test_bullets_after_a_lead_in_without_a_number_stand_on_their_own():
    text = f"""Annex

Terms of reference

The members of the Security Council will:

\u2022 Reaffirm their support for the peace process;

\u2022 Assess the situation on the ground.
"""
    assert blocks(text) == [
        ("heading", "Annex", "Terms of reference"),
        ("paragraph", "", "The members of the Security Council will:"),
        ("paragraph", "", "Reaffirm their support for the peace process;"),
        ("paragraph", "", "Assess the situation on the ground.")]


def test_each_list_of_an_annex_under_its_own_heading():
    # the second list's heading is longer than a programme day's, but a
    # blank line sets it apart and a bullet with its text follows it
    text = """Annex

List of the institutions and organizations met during the visit

State institutions
• Ministry of Lakes and Rivers, including the Directorate of Fisheries
• National Congress, Human Rights Committee

Civil society and other partners
• Lakeland Fishers' Association
• Network of Women Journalists
"""
    assert blocks(text) == [
        ("heading", "Annex", "List of the institutions and organizations met during the visit"),
        ("heading", "", "State institutions"),
        ("paragraph", "", "Ministry of Lakes and Rivers, including the Directorate of Fisheries"),
        ("paragraph", "", "National Congress, Human Rights Committee"),
        ("heading", "", "Civil society and other partners"),
        ("paragraph", "", "Lakeland Fishers' Association"),
        ("paragraph", "", "Network of Women Journalists")]


def test_the_recycling_logo_is_page_furniture():
    for logo in ("Please recycle", "请回收", "Please recycle \u2672", "Merci de recycler",
                 "Se ruega reciclar"):
        text = f"1. {LONG}\n{FULL}\n\n{logo}\nA/AC.109/2031/12\n\nA. Constitution\n"
        assert blocks(text) == [("paragraph", "1", f"{LONG} {FULL}"),
                                ("heading", "A", "Constitution")], logo


def test_annex_headings_in_every_language_are_numbered_as_english_numbers_them():
    """An annex alone on its line in French, Spanish, Russian or Chinese
    opens an annex numbered "Annex" or "Annex II", its paragraphs "annex 1"
    or "annex II 1", so that versions of one report pair; a word that
    only begins so, or an annex named inside a sentence, opens nothing."""
    cases = [("fr", "Annexe", "Annexe II", "Effectifs de la mission au 1er mars",
              "La composante militaire comptait 900 militaires sur un effectif autorisé.",
              "Le rapport est présenté à l'annexe de la présente note."),
             ("es", "Anexo", "ANEXO II", "Efectivos de la misión al 1 de marzo",
              "El componente militar contaba con 900 efectivos de los autorizados.",
              "El informe figura en el anexo de la presente nota."),
             ("ru", "Приложение", "Приложение II", "Численность миссии на 1 марта",
              "Военный компонент насчитывал 900 военнослужащих из утвержденной численности.",
              "Доклад приводится в приложении к настоящей записке."),
             ("zh", "附件", "附件二", "特派团人员编制",
              "军事部门共有 900 名军人，核定编制为 1 000 名。",
              "报告载于本说明附件。")]
    for lang, bare, second, title, para, inline in cases:
        text = (f"1. {inline}\n\n{bare}\n\n{title}\n\n1. {para}\n\n2. {para}\n\n"
                f"{second}\n\n{title}\n\n1. {para}\n")
        doc = paratag.parse(text, lang=lang)
        assert doc.unassigned() == []
        got = [(b.kind, b.number) for b in doc.blocks]
        assert got == [("paragraph", "1"), ("heading", "Annex"), ("paragraph", "annex 1"),
                       ("paragraph", "annex 2"), ("heading", "Annex II"),
                       ("paragraph", "annex II 1")], (lang, got)
        assert doc.blocks[1].text == title
        # a line that begins with the word and goes on is body text
        doc = paratag.parse(f"1. {para}\n{bare}s {para}\n", lang=lang)
        assert [(b.kind, b.number) for b in doc.blocks] == [("paragraph", "1")], lang


def test_a_letters_annex_is_titled_by_its_own_line_in_every_language():
    """"Annex to the letter dated ..." (and its French, Spanish, Russian and
    Chinese forms) opens the annex, its whole line the title: the signature
    above it stays apart, the annex's paragraphs are "annex 1", "annex 2";
    a Chinese title ends with its line, the communiqué's title under it is
    a heading of its own."""
    cases = [("en", "I have the honour to transmit the communiqué of the meeting.",
              "(Signed) João Santos",
              "Annex to the letter dated 4 May 2026 from the Permanent Representative of "
              "Angola addressed to the Secretary-General",
              "The meeting was held in Luanda on 3 May 2026 under the chair of the Minister."),
             ("fr", "J'ai l'honneur de vous transmettre le communiqué de la réunion.",
              "(Signé) João Santos",
              "Annexe à la lettre datée du 4 mai 2026 adressée au Secrétaire général",
              "La réunion s'est tenue à Luanda le 3 mai 2026 sous la présidence du Ministre."),
             ("es", "Tengo el honor de transmitirle el comunicado de la reunión.",
              "(Firmado) João Santos",
              "Anexo de la carta de fecha 4 de mayo de 2026 dirigida al Secretario General",
              "La reunión se celebró en Luanda el 3 de mayo de 2026 bajo la presidencia."),
             ("ru", "Имею честь препроводить коммюнике совещания.",
              "(Подпись) Жуан Сантуш",
              "Приложение к письму от 4 мая 2026 года на имя Генерального секретаря",
              "Совещание состоялось в Луанде 3 мая 2026 года под председательством министра."),
             ("zh", "谨随函转递会议通过的公报。", "（签名）若昂·桑托斯",
              "2026 年 5 月 4 日安哥拉常驻联合国代表给秘书长的信的附件",
              "会议于 2026 年 5 月 3 日在罗安达举行，由外交部长主持。")]
    for lang, letter, signed, annex, para in cases:
        text = f"{letter}\n\n{signed}\n\n{annex}\n\n1. {para}\n\n2. {para}\n"
        doc = paratag.parse(text, lang=lang)
        got = [(b.kind, b.number, b.text) for b in doc.blocks]
        assert got == [("paragraph", "", letter), ("paragraph", "", signed),
                       ("heading", "Annex", annex), ("paragraph", "annex 1", para),
                       ("paragraph", "annex 2", para)], (lang, got)
    para = ("会议于 2026 年 5 月 3 日在安哥拉共和国首都罗安达举行，会议由对外关系部长主持，"
            "与会者审查了东部的安全和人道主义局势并通过了若干决定和建议。")
    doc = paratag.parse(f"谨随函转递公报。\n\n2026 年 5 月 4 日常驻代表给秘书长的信的附件\n\n"
                        f"区域监督机制第十三次高级别会议公报\n\n导言\n\n1. {para}\n\n2. {para}\n",
                        lang="zh")
    assert [(b.kind, b.number, b.text) for b in doc.blocks][1:4] == [
        ("heading", "Annex", "2026 年 5 月 4 日常驻代表给秘书长的信的附件"),
        ("heading", "", "区域监督机制第十三次高级别会议公报"), ("heading", "", "导言")]
    # a sentence that names a letter's annex opens none
    doc = paratag.parse("1. The text is in the annex to the letter.\nAnnex to the letters "
                        "of the Council is a word here.\n")
    assert [(b.kind, b.number) for b in doc.blocks] == [("paragraph", "1")]


def test_a_footnote_cut_off_at_a_page_foot_goes_on_at_the_next():
    """A footnote whose sentence the page's foot cuts off goes on at the
    top of the next page's footnote area, before any mark; one that ended
    its sentence does not take the next area's unmarked text, nor does
    one held over a page with no footnotes."""
    def page_pair(first_end, second_foot, middle_page=False):
        middle = (f"3. {LONG} {FULL}\n\n24-01234\n\n\f24-01234\n\n") if middle_page else ""
        return f"""1. {LONG} work.1
{FULL}
__________________
1 The formula was approved by the committee at its forty-third session, held in
{first_end}

24-01234
2/5

\f24-01234

2. {LONG} {FULL}

{middle}4. {LONG} {FULL}2
__________________
{second_foot}
2 See the annual report of the committee.

24-01234
"""
    doc = paratag.parse(page_pair("Geneva on 2 and 3 October, and the share of each",
                                  "organization is based on the number of its staff."))
    notes = [(b.number, b.text) for b in doc.blocks if b.kind == "footnote"]
    assert notes == [("1", "The formula was approved by the committee at its forty-third "
                           "session, held in Geneva on 2 and 3 October, and the share of each "
                           "organization is based on the number of its staff."),
                     ("2", "See the annual report of the committee.")]
    doc = paratag.parse(page_pair("Geneva on 2 and 3 October.",
                                  "Source: a table's note under the rule."))
    assert [b.number for b in doc.blocks if b.kind == "footnote"] == ["1", "", "2"]
    doc = paratag.parse(page_pair("Geneva on 2 and 3 October, and the share of each",
                                  "Source: a table's note under the rule.", middle_page=True))
    assert [b.number for b in doc.blocks if b.kind == "footnote"] == ["1", "", "2"]
    # Chinese: the same, no space where the lines join
    text = """1. 委员会审查了秘书处在执行上一个两年期工作方案方面取得的进展，并审议了各附属机构在审查期间的会议情况。1
__________________
1 评估团走访了三个拘留设施，会见了 60 多名地方

24-01234

\f24-01234

2. 委员会审查了秘书处在执行上一个两年期工作方案方面取得的进展，并审议了各附属机构在审查期间的会议情况。2
__________________
官员和民间社会代表。
2 见委员会年度报告。
"""
    doc = paratag.parse(text)
    notes = [(b.number, b.text) for b in doc.blocks if b.kind == "footnote"]
    assert notes == [("1", "评估团走访了三个拘留设施，会见了 60 多名地方官员和民间社会代表。"),
                     ("2", "见委员会年度报告。")]


def test_a_chinese_heading_that_ends_a_line_on_a_linking_word_goes_on():
    """"…支助以及" over "安全和安保": 以及, 和, 的 end no title; a heading
    that ends on another character keeps the next line out."""
    para = "20. 截至 4 月 10 日，特派团共有 251 名文职人员，其中 112 名为国际工作人员。"
    doc = paratag.parse(f"七. 特派团的部署和特派团支助以及\n安全和安保\n\n{para}\n")
    assert [(b.kind, b.number, b.text) for b in doc.blocks][0] == (
        "heading", "七", "特派团的部署和特派团支助以及安全和安保")
    doc = paratag.parse(f"七. 特派团的部署\n\n安全和安保\n\n{para}\n")
    assert [(b.kind, b.text) for b in doc.blocks][:2] == [("heading", "特派团的部署"),
                                                         ("heading", "安全和安保")]


def test_a_link_alone_on_a_line_is_text_unless_it_is_the_documents_own():
    """A United Nations link that a paragraph or footnote wraps onto a
    line of its own is text; only the link to the document itself at the
    first page's foot (undocs.org) is furniture."""
    text = f"""1. {LONG} {FULL} Detailed figures are available at
https://www.un.org/en/safety-and-security/statistics.

II. Overview
__________________
1 See the status of the treaty, available from
https://treaties.un.org/pages/ParticipationStatus.

http://undocs.org/A/80/312
"""
    doc = paratag.parse(text)
    assert [(b.kind, b.number, b.text) for b in doc.blocks] == [
        ("paragraph", "1", f"{LONG} {FULL} Detailed figures are available at "
                           "https://www.un.org/en/safety-and-security/statistics."),
        ("heading", "II", "Overview"),
        ("footnote", "1", "See the status of the treaty, available from "
                          "https://treaties.un.org/pages/ParticipationStatus.")]
    assert [doc.text[r.start:r.end] for r in doc.regions if r.role == "url"] == [
        "http://undocs.org/A/80/312"]


def test_a_blank_line_ends_a_free_standing_bullet_that_has_no_full_stop():
    """Bullets set apart by blank lines, none with a full stop: the
    sentence after the last one is a paragraph of its own; a bullet that
    wraps goes on over its next line."""
    text = """Annex

States that became parties

The following two States became parties to the Convention between 1 July 2030 and 30
June 2031:

\u2022 Sierra Leone (accession, 14 November 2030)

\u2022 Viet Nam (accession, 22 April 2031), with a declaration under article 20 of the
Convention

The following State became a party to the Optional Protocol in the same period:

\u2022 Malawi (accession, 3 September 2030)
"""
    assert blocks(text) == [
        ("heading", "Annex", "States that became parties"),
        ("paragraph", "", "The following two States became parties to the Convention between "
                          "1 July 2030 and 30 June 2031:"),
        ("paragraph", "", "Sierra Leone (accession, 14 November 2030)"),
        ("paragraph", "", "Viet Nam (accession, 22 April 2031), with a declaration under "
                          "article 20 of the Convention"),
        ("paragraph", "", "The following State became a party to the Optional Protocol in the "
                          "same period:"),
        ("paragraph", "", "Malawi (accession, 3 September 2030)")]


def test_a_table_without_caption_is_no_block():
    """A table as an extractor leaves it, a cell a line (a title, its unit in
    brackets, short labels between figures: "453,160.7", "(12,904.6)",
    "(2.9%)"), is a figure region, not paragraphs: it ends the block before
    it and the next paragraph or line of prose ends it.  Short lines with
    too few figures stay text."""
    text = f"""The proposed budget amounts to $1,052,317,600 for the period, as set out below in detail.
Financial resources
(Thousands of United States dollars; budget year is from 1 July to 30 June)
Category

Expenditure
(2024/25)

Military personnel

568,412.6

547,218.9

(14,685.4)

(2.6)

Civilian personnel

228,731.5

222,591.0
The actions to be taken by the General Assembly are set out in section IV of the present report.
I. Analysis of variances
Variance
Military contingents

($12,904.6)

(2.9%)
1. {LONG}
{FULL}
2. {LONG}
{FULL}
Lake Survey
Old Harbour
Gate 12
3. {LONG}
{FULL}
"""
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    assert [(b.kind, b.number, b.text) for b in doc.blocks] == [
        ("paragraph", "", "The proposed budget amounts to $1,052,317,600 for the period, as set "
                          "out below in detail."),
        ("paragraph", "", "The actions to be taken by the General Assembly are set out in section "
                          "IV of the present report."),
        ("heading", "I", "Analysis of variances"),
        ("paragraph", "1", f"{LONG} {FULL}"),
        ("paragraph", "2", f"{LONG} {FULL} Lake Survey Old Harbour Gate 12"),
        ("paragraph", "3", f"{LONG} {FULL}")]
    figure = [doc.text[r.start:r.end] for r in doc.regions if r.kind == "figure"]
    for line in ["Financial resources", "(14,685.4)", "222,591.0", "Variance", "(2.9%)"]:
        assert line in figure


def test_a_footnote_mark_alone_over_its_text_is_no_page_number():
    """Under the rule, a footnote's number alone on its line over its text
    opens that footnote, though a page's number looks the same; the
    paragraph cut off by the footnote area goes on after the page break,
    and a year with the mark run into it ("May 20253") gives the mark
    back where that footnote is shown."""
    text = f"""1. The talks held in May 20253 agreed on the terms set out in the note (A/79/744/
Add.7, para. 33), should the Security
__________________
3
The pledges made at the meeting are summarized in a note by the Secretariat.
4
Variance amounts are expressed in thousands of United States dollars.

26-04512

9/11
A/80/745

Council decide to continue the mandate of the Mission.4
2. A population of 20254 people in Region 20193 was counted.
"""
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    assert [(b.kind, b.number, b.footnote_refs, b.text) for b in doc.blocks] == [
        ("paragraph", "1", ["3", "4"],
         "The talks held in May 2025 agreed on the terms set out in the note (A/79/744/Add.7, "
         "para. 33), should the Security Council decide to continue the mandate of the Mission."),
        ("footnote", "3", [], "The pledges made at the meeting are summarized in a note by the "
                              "Secretariat."),
        ("footnote", "4", [], "Variance amounts are expressed in thousands of United States "
                              "dollars."),
        ("paragraph", "2", [], "A population of 20254 people in Region 20193 was counted.")]


def test_signatures_and_a_second_letters_title_are_blocks_of_their_own():
    """A letter ends on its signatures, each "(Signed)" with the name and
    post under it a block of its own, which a blank line ends; the next
    letter's title ("Letter dated ... addressed to ...") heads its text."""
    text = """I have the honour to transmit herewith the report of the group, which the committee
considered in full.
I would appreciate it if the present letter were brought to the attention of the members of the Council.
(Signed) Ana Ruiz Prado
Chair
Committee established pursuant to
resolution 2999 (2030)

Letter dated 2 May 2031 from the group addressed to the Chair of the Committee
established pursuant to resolution 2999 (2030)
The members of the group have the honour to transmit herewith their report, prepared in accordance with resolution 2999.
(Signed) Lee Morgan
Coordinator
(Signed) Sam Okafor
Expert
"""
    assert [(k, t[:30]) for k, _, t in blocks(text)] == [
        ("paragraph", "I have the honour to transmit "),
        ("paragraph", "I would appreciate it if the p"),
        ("paragraph", "(Signed) Ana Ruiz Prado Chair "),
        ("heading", "Letter dated 2 May 2031 from t"),
        ("paragraph", "The members of the group have "),
        ("paragraph", "(Signed) Lee Morgan Coordinato"),
        ("paragraph", "(Signed) Sam Okafor Expert")]


def test_a_summary_title_heads_its_box_once_before_the_numbered_paragraphs():
    """"Summary" on its own line heads the summary under a report's title
    whatever ends the line above; a publication's running header ending in
    the word does not cut its paragraphs."""
    text = f"""Report of the group submitted pursuant to resolution
2999 (2030)
Summary
{LONG}
{FULL}
1. {LONG}
{FULL}
"""
    assert [(k, n, t[:20]) for k, n, t in blocks(text)] == [
        ("paragraph", "", "Report of the group "), ("heading", "", "Summary"),
        ("paragraph", "", LONG[:20]), ("paragraph", "1", LONG[:20])]
    publication = f"""Summary
{LONG}
Rethinking Policy for the Region
Summary
{FULL}
"""
    assert [(k, t[:20]) for k, _, t in blocks(publication)] == [
        ("heading", "Summary"), ("paragraph", LONG[:20])]


def test_a_contents_entry_whose_long_title_leaves_three_dots_of_leader():
    text = f"""Contents
Page
I. Introduction . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 5
II. Firearms and ammunition seized at Port Lake on 11 January and 2 February 2031 . . . 14

I. Introduction
1. {LONG}
{FULL}
"""
    assert [(k, n) for k, n, _ in blocks(text)] == [("heading", "I"), ("paragraph", "1")]


def test_a_table_the_page_cuts_leaves_the_footnotes_under_it():
    """A captioned table ends over the footnote rule of the page that cuts
    it: the footnotes are the page's, not cells."""
    text = f"""1. {LONG} as table 1 shows.2
Table 1
Ammunition seized on the border, by crossing point, over the whole of the period under review
Crossing point
Total
North Gate
12,850
South Gate
9,420

__________________
2 Information provided by the Government, 10 June 2031.


4/14

31-13872

\fS/2031/563

2. {LONG}
{FULL}
"""
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    assert [(b.kind, b.number) for b in doc.blocks] == [
        ("paragraph", "1"), ("footnote", "2"), ("paragraph", "2")]
    assert doc.blocks[1].text == "Information provided by the Government, 10 June 2031."


# ---- a report's recommendations numbered under its paragraph -----------------

RECOMMENDATIONS = """Conclusions and recommendations
37. The following recommendations were examined by Lakeland and enjoy its support:
37.1
Ratify the Optional Protocol to the Convention on the Rights of the Child (Norvik);
37.2
Adopt a national plan of action on the rights of older persons (Tarn);
38. The conclusions reflect the position of the submitting States.
"""


def test_recommendations_numbered_alone_under_their_paragraph():
    got = blocks(RECOMMENDATIONS)
    assert [(k, n) for k, n, _ in got] == [
        ("heading", ""), ("paragraph", "37"), ("paragraph", "37.1"),
        ("paragraph", "37.2"), ("paragraph", "38")]
    assert got[2][2] == ("Ratify the Optional Protocol to the Convention on the Rights of "
                         "the Child (Norvik);")


def test_a_decimal_alone_is_no_item_in_a_table_or_out_of_sequence():
    # a cell over a short row name or a table's note, and a "5.1" under
    # paragraph 37, stay in the text
    text = ("37. The growth rates of the region were as follows in the period under review:\n"
            "37.1\nLakeland\n4.2\nSource: Statistics of the Lakeland Office, as published.\n"
            "38. The rates are estimates.\n5.1\nThe figure rose again in most of the region.\n")
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [("paragraph", "37"), ("paragraph", "38"),
                                           ("paragraph", "")]
    assert "37.1 Lakeland 4.2 Source:" in got[0][2]
    assert got[2][2].startswith("5.1 The figure")


# ---- the first page's footnote and a note on the languages --------------------

FIRST_PAGE_NOTE = """United Nations
A/HRC/61/99
General Assembly
Distr.: General
1 March 2031
Original: English

Human Rights Council
Report of the Working Group on the Periodic Review of Lakeland*

__________________
* The annex to the present report is circulated as received.

GE.31-01234(E)

Introduction
1. The Working Group held its session from 3 to 14 November 2030.
Annex
[English only]
Composition of the delegation
The delegation was headed by the Minister of Justice.
"""


def test_a_star_note_under_the_masthead_and_an_annex_language_note():
    doc = paratag.parse(FIRST_PAGE_NOTE)
    got = [(b.kind, b.number, b.text) for b in doc.blocks]
    assert ("footnote", "*", "The annex to the present report is circulated as received.") in got
    assert ("heading", "Annex", "Composition of the delegation") in got
    # the note is kept as furniture, not dropped
    notes = [doc.text[r.start:r.end] for r in doc.regions if r.role == "note"]
    assert notes == ["[English only]"]


def test_bracketed_text_that_is_no_language_note_stays():
    got = blocks("1. The parties agreed on the following text:\n[Each party shall report "
                 "annually]\n2. The text was adopted.\n")
    assert got[0][2].endswith("[Each party shall report annually]")


# ---- a Chinese resolution: preambular paragraphs, running title, closing ------

RESOLUTION_ZH = """联合国
A/RES/85/123
大会
Distr.: General
1 May 2031
第八十五届会议
议程项目 12
85/123. 改善湖国道路安全
大会，
回顾其关于湖国道路安全的第 64/255 号决议，
又回顾其 2028 年 6 月 30 日第 82/294 号决议，大会在该决议中核可了《湖国道路安全宣
言》，1
深表关切的是，每年仍有约 19 万名道路使用者丧生，
赞扬区域组织在道路安全方面所作的努力，
__________________
1 第 82/294 号决议，附件。

31-06412 (C)
A/RES/85/123

改善湖国道路安全

确认 1949 年《道路交通公约》、2 1968 年《道路交通公约》的重要性，
1. 决定召开一次高级别会议；
A/RES/85/123

改善湖国道路安全

2. 决定将题为“改善湖国道路安全”的项目列入大会第八十七届会议临时议程。

2031 年 4 月 22 日
第 71 次全体会议
__________________
2 联合国，《条约汇编》，第 125 卷。
"""


def test_chinese_resolution_preamble_running_title_and_closing():
    got = blocks(RESOLUTION_ZH)
    paras = [t for k, n, t in got if k == "paragraph" and not n]
    assert [t[:2] for t in paras] == ["回顾", "又回", "深表", "赞扬", "确认", "20"]
    # the mark after 、 goes to its footnote; the title beside the page's
    # symbol is furniture; the closing date and meeting end paragraph 2
    assert paras[4].startswith("确认 1949 年《道路交通公约》、 1968 年")
    numbered = {n: t for k, n, t in got if n and k == "paragraph"}
    assert numbered["2"] == "决定将题为“改善湖国道路安全”的项目列入大会第八十七届会议临时议程。"
    assert paras[5] == "2031 年 4 月 22 日第 71 次全体会议"


# ---- a programme in French: days and times ------------------------------------

PROGRAMME_FR = """Annexe II
Programme de la mission
Dimanche 22 février 2031
17 h 30
Arrivée de la mission à Lakeville
19 heures
Séance d’information par le Représentant spécial
Lundi 23 février 2031
9 heures
Réunion avec le Président de la République
10:30
Réunion avec le Premier Ministre
"""


def test_a_french_programme_by_day_and_time():
    got = blocks(PROGRAMME_FR)
    assert [(k, t) for k, n, t in got][1:] == [
        ("heading", "Dimanche 22 février 2031"),
        ("paragraph", "17 h 30 Arrivée de la mission à Lakeville"),
        ("paragraph", "19 heures Séance d’information par le Représentant spécial"),
        ("heading", "Lundi 23 février 2031"),
        ("paragraph", "9 heures Réunion avec le Président de la République"),
        ("paragraph", "10:30 Réunion avec le Premier Ministre")]


def test_a_date_after_an_article_opens_no_programme_day():
    got = blocks("1. The mission met officials.\nLe 22 février 2031\n9 heures plus tard, "
                 "la mission est partie.\n")
    assert [k for k, _, _ in got] == ["paragraph", "paragraph"]


def test_recommendations_numbered_on_their_lines_under_their_paragraph():
    text = ("28. The following recommendations will be examined by Lakeland, which will\n"
            "respond in due time:\n"
            "28.1 Ratify the Convention against Torture (Norvik);\n"
            "28.2 Abolish the death penalty for all crimes and remove it from the Penal\n"
            "Code (Tarn);\n"
            "29. The conclusions reflect the position of the submitting States.\n")
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [
        ("paragraph", "28"), ("paragraph", "28.1"), ("paragraph", "28.2"), ("paragraph", "29")]
    assert got[2][2] == ("Abolish the death penalty for all crimes and remove it from the "
                         "Penal Code (Tarn);")


# ---- a Russian resolution: verbs in lower case, a title over two lines -------

RESOLUTION_RU = """Резолюция, принятая Генеральной Ассамблеей 3 мая 2031 года
87/12. Помощь жителям озерного края и восстановление
его побережья
Генеральная Ассамблея,
ссылаясь на свою резолюцию 80/11 от 2 марта 2030 года и на все свои последующие
резолюции,
будучи глубоко обеспокоена положением жителей побережья,
с удовлетворением отмечая работу местных властей,
1. приветствует доклад Генерального секретаря;
2. призывает государства-члены предоставлять финансирование,
отмечая, что планы профинансированы лишь частично;
2/3
A/RES/87/12
Помощь жителям озерного края и восстановление его побережья
3. постановляет продолжить рассмотрение этого вопроса.
3/3
A/RES/87/12
Помощь жителям озерного края и восстановление его побережья
"""


def test_russian_resolution_preamble_and_operative_verbs_in_lower_case():
    got = blocks(RESOLUTION_RU)
    paras = [(n, t) for k, n, t in got if k == "paragraph"][1:]  # after the title's
    assert [n for n, _ in paras] == ["", "", "", "1", "2", "3"]
    assert [t.split()[0] for _, t in paras[:3]] == ["ссылаясь", "будучи", "с"]
    # a gerund inside an operative paragraph opens none; the title the
    # first page runs over two lines, beside each page's symbol, is furniture
    assert paras[4][1] == ("призывает государства-члены предоставлять финансирование, "
                           "отмечая, что планы профинансированы лишь частично;")
    assert paras[5][1] == "постановляет продолжить рассмотрение этого вопроса."


def test_a_number_before_lower_case_text_continues_the_sentence():
    # "в пункте\n5. настоящей резолюции": no paragraph, in Russian either
    got = blocks("1. отмечает доклад;\n"
                 "2. просит Генерального секретаря представить доклад, упомянутый в пункте\n"
                 "5. настоящей резолюции.\n")
    assert [(k, n) for k, n, _ in got] == [("paragraph", "1"), ("paragraph", "2")]


def test_a_chinese_heading_cut_after_an_ordinals_di_goes_on():
    # "第" ends the line, "二十一、" opens the next: no heading 二十一
    got = blocks("A. 家庭环境和替代照料（第五、第九至第十一、第二十、第\n"
                 "二十一、第二十五和第二十七条第 4 款）\n"
                 "1. 委员会建议缔约国加强家庭支助服务。\n")
    assert [(k, n) for k, n, _ in got] == [("heading", "A"), ("paragraph", "1")]
    assert got[0][2].endswith("第二十一、第二十五和第二十七条第 4 款）")


def test_a_number_under_a_cut_sentence_is_no_footnote_the_chain_skips_to():
    # notes 1 and 2 have no rule above them; "4 sites" continues the
    # sentence of paragraph 3 though mark 4 is cited before it
    text = ("1. The water network reached the camps in the north of Lakeland last year1.\n"
            "2. The authorities reported progress in the south of the country2.\n\n"
            "1 Lakeland Water Office, annual report (Lakeville, 2030).\n"
            "2 Lakeland Water Office, quarterly update (Lakeville, 2031).\n\f"
            "3. The utility3 and its partners4 extended their network to\n"
            "4 sites around Lakeville with a loan of 38 million dollars.\n"
            "4. The donors welcomed the progress.\n\n"
            "3 Information provided by the utility, 10 June 2031.\n"
            "4 Information provided by the partners, 12 June 2031.\n")
    got = blocks(text)
    assert [(k, n) for k, n, _ in got] == [
        ("paragraph", "1"), ("paragraph", "2"), ("footnote", "1"), ("footnote", "2"),
        ("paragraph", "3"), ("paragraph", "4"), ("footnote", "3"), ("footnote", "4")]
    assert got[4][2] == ("The utility and its partners extended their network to 4 sites "
                         "around Lakeville with a loan of 38 million dollars.")


def test_a_russian_number_after_a_word_ending_in_a_letter_is_no_operative_paragraph():
    # "рассмотрел" ends in л, whose low byte is ";": no punctuation
    got = blocks("1. отмечает доклад, который Совет рассмотрел\n2. вопрос о положении;\n")
    assert [(k, n) for k, n, _ in got] == [("paragraph", "1")]


def test_a_masthead_in_russian_words_and_a_committee_over_the_title():
    # "Распр.: общая" and "Оригинал:" where the masthead is set in Russian;
    # the committee's line stands over the title, as in English
    text = f"""Организация Объединенных Наций

CEDAW/C/XYZ/CO/9

Конвенция о ликвидации
всех форм дискриминации
в отношении женщин

Распр.: общая
14 ноября 2099 года
Русский
Оригинал: английский

Комитет по ликвидации дискриминации в отношении женщин

Заключительные замечания по девятому периодическому докладу Утопии

1. {LONG}
2. {LONG}
"""
    doc = paratag.parse(text, lang="ru")
    assert doc.metadata["symbol"] == "CEDAW/C/XYZ/CO/9"
    assert doc.metadata["date"] == "2099-11-14"
    assert doc.metadata["original_language"] == "английский"
    assert doc.metadata["title"] == "Заключительные замечания по девятому периодическому докладу Утопии"
    assert [b.number for b in doc.blocks] == ["1", "2"]


def test_a_security_council_resolution_its_symbol_header_adverbs_and_a_heading_after_the_preamble():
    """S/RES/2812 (2026): the symbol keeps its year in brackets, in the
    masthead and as the running header (page furniture); a preambular
    paragraph may open with an adverb before its participle ("Strongly
    condemning"); a sub-heading under the preamble's last paragraph, which
    ends in a comma, heads the operative paragraphs."""
    wide = ("the situation in the eastern part of the Democratic Republic of the Congo, in "
            "particular in the provinces of North Kivu and South Kivu and Ituri,")
    text = f"""United Nations

S/RES/2812 (2026)

Security Council

Distr.: General
27 June 2026

Resolution 2812 (2026)

Adopted by the Security Council at its 10123rd meeting, on 27 June 2026

The Security Council,
Recalling its previous resolutions and the statements of its President concerning
{wide}
Strongly condemning all armed groups operating in the Democratic Republic of the Congo,
{wide}

26-10234 (E)

*2610234*

S/RES/2812 (2026)

Acting under Chapter VII of the Charter of the United Nations,
Sanctions regime
1. Decides to renew until 1 July 2027 the measures set out in paragraphs 1 to 6 of
resolution 2293 (2016), as modified by paragraph 1 of resolution 2667 (2022);
2. Decides to remain actively seized of the matter.
"""
    doc = paratag.parse(text)
    assert doc.metadata["symbol"] == "S/RES/2812 (2026)"
    got = [(b.kind, b.number, b.text[:28]) for b in doc.blocks]
    assert got == [("paragraph", "", "Recalling its previous resol"),
                   ("paragraph", "", "Strongly condemning all arme"),
                   ("paragraph", "", "Acting under Chapter VII of "),
                   ("heading", "", "Sanctions regime"),
                   ("paragraph", "1", "Decides to renew until 1 Jul"),
                   ("paragraph", "2", "Decides to remain actively s")], got
    assert "S/RES/2812" not in doc.blocks[2].text + doc.blocks[3].text


def test_a_running_title_over_two_lines_broken_elsewhere_than_the_first_pages():
    """A resolution's title as the running header of each page, over two
    lines that break elsewhere than the title on the first page does: both
    lines are page furniture, not text of the paragraph they cut."""
    title = ("Aplicación de la Convención de las Naciones Unidas de Lucha contra la "
             "Desertificación en los\nPaíses Afectados por Sequía Grave o Desertificación, "
             "en Particular en África")
    wide = ("las Partes en la Convención a que intensifiquen la cooperación regional y "
            "subregional en la materia,")
    pages = "".join(f"\n\n26-00412\n\n\f{k}/4\nA/RES/80/214\n\n{title}\n\n{wide}\n{wide}"
                    for k in (2, 3, 4))
    text = (f"Naciones Unidas\n\nA/RES/80/214\n\nAsamblea General\n\nDistr. general\n"
            f"9 de enero de 2026\n\n80/214. Aplicación de la Convención de las Naciones Unidas "
            f"de Lucha\ncontra la Desertificación en los Países Afectados por Sequía Grave o\n"
            f"Desertificación, en Particular en África\n\nLa Asamblea General,\n"
            f"Recordando {wide}\n{wide}{pages}\n")
    doc = paratag.parse(text, lang="es")
    body = " ".join(b.text for b in doc.blocks)
    assert "Afectados" not in body and "Aplicación" not in body, body
    assert body.count("intensifiquen") == 8


def test_a_chinese_paragraphs_last_line_keeps_the_space_after_its_stop():
    """Where a Chinese PDF's text leaves a space after a paragraph's last
    line (and few lines have one), a stop before that space ends the
    paragraph though the line is full; where every line has one, it tells
    nothing. A communiqué's sentence that opens with 欢迎 after a comma goes
    on; only a resolution's preamble opens a paragraph so."""
    full = "会议由安哥拉共和国对外关系部长主持，框架的十三个签署国的国家元首或其代表出席了会议"
    text = (f"{full}，\n\n{full}，\n\n{full}，\n\n{full}。 \n\n"
            f"与会者{full[3:]}，\n\n{full}，\n\n{full}，\n\n欢迎{full[2:]}。 \n")
    doc = paratag.parse(text, lang="zh")
    assert len(doc.blocks) == 2, [b.text[:20] for b in doc.blocks]
    assert doc.blocks[1].text.startswith("与会者")
    padded = "\n\n".join(line + " " for line in text.replace(" \n", "\n").split("\n\n"))
    assert len(paratag.parse(padded, lang="zh").blocks) == 1


def test_a_letters_annex_named_inside_a_chinese_paragraph_opens_none():
    para = ("会议于 2026 年 5 月 3 日在安哥拉共和国首都罗安达举行，会议由对外关系部长主持，"
            "与会者审查了东部的安全局势")
    text = (f"1. {para}，并注意到\n2026年3月1日哈萨克斯坦常驻联合国代表团给秘书长的信的附件\n"
            f"所载的各项建议。\n2. {para}。\n")
    doc = paratag.parse(text, lang="zh")
    assert [(b.kind, b.number) for b in doc.blocks] == [("paragraph", "1"), ("paragraph", "2")]
    # nor does a number after a noun that numbers things lose its digits
    doc = paratag.parse("1. 详细情况见表1，另见附件3。\n__________________\n1 ST/ESCAP/3241。\n"
                        "3 另见。\n", lang="zh")
    assert doc.blocks[0].text == "详细情况见表1，另见附件3。"
