"""Layouts and page furniture beyond the corpus, on a report written for
this test: a masthead with agenda and subtitle, a table of contents,
headings with the number alone on its line, a paragraph number alone on
its line, page furniture between paragraphs (running header, job number
with page number, barcode), an annex whose numbering restarts, and an
unnumbered heading."""
import paratag

REPORT = """United Nations A/HRC/38/12
General Assembly Distr.: General
2 April 2018
Original: English
GE.18-05123(E)
*1805123*
Human Rights Council
Thirty-eighth session
18 June-6 July 2018
Agenda item 3
Promotion and protection of all human rights, civil,
political, economic, social and cultural rights,
including the right to development
Report of the Special Rapporteur on the independence of
judges and lawyers
Note by the Secretariat
Contents
Page
I. Introduction . . . . . . . . . . . . . . . . . . . . . . . 3
II. Activities of the Special Rapporteur in the period under
review . . . . . . . . . . . . . . . . . . . . . . . . 4
Annex
Letter to the President . . . . . . . . . . . . . . . . 12
I.
Introduction
1.
The present report is submitted pursuant to Human Rights Council resolution 35/5.
It covers the period from June 2017 to March 2018.
II. Activities of the Special Rapporteur in the period under
review
2. The Special Rapporteur visited Geneva and New York. He met representatives of
the Office of the United Nations High Commissioner for Human Rights.1
A/HRC/38/12
2 GE.18-05123
3. He also attended several events in 2017 and 2018, and consulted with the
Office on its work plan.
General
4. The Special Rapporteur thanks all States that replied.
Annex
Letter dated 31 March 2018 from the Permanent Representative of
Norway addressed to the Special Rapporteur
1. I have the honour to transmit the enclosed text.
2. I should be grateful if you would circulate it.
"""


def test_layout():
    doc = paratag.parse(REPORT)
    assert doc.metadata == {
        "symbol": "A/HRC/38/12", "date": "2018-04-02",
        "title": "Report of the Special Rapporteur on the independence of judges and lawyers",
        "job_number": "GE.18-05123 (E)", "original_language": "English"}
    assert [(b.kind, b.number) for b in doc.blocks] == [
        ("heading", "I"), ("paragraph", "1"), ("heading", "II"), ("paragraph", "2"),
        ("paragraph", "3"), ("heading", ""), ("paragraph", "4"), ("heading", "Annex"),
        ("paragraph", "annex 1"), ("paragraph", "annex 2")]
    texts = {(b.kind, b.number): b.text for b in doc.blocks}
    assert texts[("heading", "I")] == "Introduction"
    assert texts[("paragraph", "1")].startswith("The present report")
    assert texts[("heading", "II")] == "Activities of the Special Rapporteur in the period under review"
    assert texts[("paragraph", "2")].endswith("for Human Rights.")
    assert doc.blocks[3].footnote_refs == ["1"]
    assert texts[("paragraph", "3")] == ("He also attended several events in 2017 and 2018, "
                                         "and consulted with the Office on its work plan.")
    assert texts[("heading", "")] == "General"
    assert texts[("heading", "Annex")] == ("Letter dated 31 March 2018 from the Permanent "
                                           "Representative of Norway addressed to the Special Rapporteur")
    kinds = {}
    for r in doc.regions:
        kinds.setdefault((r.kind, r.role), []).append(doc.text[r.start:r.end])
    assert kinds[("furniture", "header")] == ["A/HRC/38/12"]
    assert kinds[("furniture", "job_number")] == ["2 GE.18-05123"]
    assert "Contents" in kinds[("toc", "none")] and len(kinds[("toc", "none")]) == 7
    assert doc.unassigned() == []
