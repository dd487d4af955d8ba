"""Resolutions as the United Nations printed them until the mid-1990s, on
text written for the test (none of it is a real document's): preambular
paragraphs that run on without a blank line (French participles with
accents, "Ayant", reflexive "Se félicitant"), footnote marks written
"1/" in the text and at the page's foot, the "/..." that says a page goes
on overleaf, and the meeting line that closes the resolution."""
import paratag

ENGLISH = """The General Assembly,
Recalling its resolution 12/345 of 3 March 1990 on the protection of the
coastal waters of the small island States of the region, and the work done since,
Noting the report of the Secretary-General on the state of those waters, 1/
Bearing in mind that the waters of the region are shared by many States and that
their protection calls for the common effort of all the States that border them,
and that such effort
____________
1/

A/99/123.

/...

A/RES/99/1
Page 2

has been made in the past with the support of the international community,
1.
Welcomes the report of the Secretary-General and the work of the States of the
region to protect their coastal waters in the period under review in the report.
45th plenary meeting
3 December 1999
"""

FRENCH = """L'Assemblée générale,
Réaffirmant sa résolution 12/345 du 3 mars 1990 sur la protection des eaux côtières des
petits États insulaires de la région, et les travaux menés depuis lors par ses organes,
Notant le rapport du Secrétaire général sur l'état de ces eaux côtières et de leurs rives,
Ayant à l'esprit que les eaux de la région sont partagées par de nombreux États et que
leur protection appelle l'effort commun de tous les États qui les bordent ou qui en usent,
Se félicitant des travaux menés par les États de la région pour protéger leurs eaux côtières,
1.
Accueille avec satisfaction le rapport du Secrétaire général et les travaux des États de la
région visant à protéger leurs eaux côtières pendant la période considérée dans le rapport.
45e séance plénière
3 décembre 1999
"""


def blocks(text):
    doc = paratag.parse(text)
    assert doc.unassigned() == []
    return [(b.kind, b.number, b.text[:20]) for b in doc.blocks]


def test_english_resolution_with_slash_marks_and_continuation():
    doc = paratag.parse(ENGLISH)
    got = [(b.kind, b.number, b.text[:20]) for b in doc.blocks]
    assert got == [
        ("paragraph", "", "The General Assembly"),
        ("paragraph", "", "Recalling its resolu"),
        ("paragraph", "", "Noting the report of"),
        ("paragraph", "", "Bearing in mind that"),
        ("footnote", "1", "A/99/123."),
        ("paragraph", "1", "Welcomes the report "),
        ("paragraph", "", "45th plenary meeting"),
    ]
    # the paragraph goes on past the page's foot, its furniture left out
    assert doc.blocks[3].text.endswith("such effort has been made in the past with the "
                                       "support of the international community,")
    furniture = {doc.text[r.start:r.end] for r in doc.regions if r.kind == "furniture"}
    assert {"/...", "A/RES/99/1"} <= furniture
    assert doc.unassigned() == []


def test_french_participles_open_preambular_paragraphs():
    assert blocks(FRENCH) == [
        ("paragraph", "", "L'Assemblée générale"),
        ("paragraph", "", "Réaffirmant sa résol"),
        ("paragraph", "", "Notant le rapport du"),
        ("paragraph", "", "Ayant à l'esprit que"),
        ("paragraph", "", "Se félicitant des tr"),
        ("paragraph", "1", "Accueille avec satis"),
        ("paragraph", "", "45e séance plénière "),
    ]


def test_what_opens_no_paragraph():
    # a place name after a comma, a reflexive verb that is no participle,
    # a count after a finished sentence on a full line
    text = """1. The programme was carried out in the provinces of the west of the country,
Levant and the coast, with the help of the local authorities and of many volunteers,
Se and the other rivers were cleaned by the teams that the programme had trained well.
85 volunteers took part in the work over the three years that the programme lasted here.
20km of the river bank were cleaned by them in the course of the three years, and more.
"""
    assert [b.number for b in paratag.parse(text).blocks] == ["1"]


def test_slash_marks_in_the_text_refer_to_their_footnotes():
    """" 2/" after a word or a clause, in the line or at its end, is the
    mark of footnote "2/"; a symbol broken at its slash, a fraction and a
    number no footnote shows stay in the text."""
    text = """1. The Assembly took note of the decisions of the summit of 7 May 1990, 1/ and of the
report of the Secretary-General on the matter, 2/
2. It recalled resolutions 12/
345 and 3/ of the Council, and that 1/2 of the funds had been spent.
____________
1/ A/99/100, annex.
2/ A/99/101.
"""
    doc = paratag.parse(text, lang="en")
    got = [(b.kind, b.number, b.text, b.footnote_refs) for b in doc.blocks]
    assert got == [
        ("paragraph", "1", "The Assembly took note of the decisions of the summit of 7 May "
         "1990, and of the report of the Secretary-General on the matter,", ["1", "2"]),
        ("paragraph", "2", "It recalled resolutions 12/345 and 3/ of the Council, and that "
         "1/2 of the funds had been spent.", []),
        ("footnote", "1", "A/99/100, annex.", []),
        ("footnote", "2", "A/99/101.", []),
    ]
    assert doc.diagnostics() == [] and doc.unassigned() == []


MASTHEAD = """United Nations A/RES/99/12
General Assembly Distr.: General
20 December 2099

Hundred-and-fourth session
Agenda item 70 (a)

Resolution adopted by the General Assembly on 15 December 2099
[without reference to a Main Committee (A/99/L.40 and A/99/L.40/Add.1)]

99/12. Cooperation on the protection of the coastal waters of small island
States, from survey to restoration

The General Assembly,
Recalling its resolution 98/7 of 3 March 2098 on the protection of the coastal waters
of the small island States of the region, and the work done since by its organs,
Noting with concern that the waters of the region are shared by many States and that
their protection calls for the common effort of all the States that border them,
1. Welcomes the report of the Secretary-General on the state of the coastal waters of
the small island States and the work of the States of the region to protect them.
"""


def test_a_resolutions_title_follows_its_number_not_its_reference_line():
    # the adoption line and the bracketed reference are the masthead's;
    # the title runs from after "99/12." over its lines to the opener
    doc = paratag.parse(MASTHEAD, lang="en")
    assert doc.metadata["title"] == ("Cooperation on the protection of the coastal waters of "
                                     "small island States, from survey to restoration")
    assert [(b.kind, b.number, b.text[:9]) for b in doc.blocks] == [
        ("paragraph", "", "Recalling"), ("paragraph", "", "Noting wi"),
        ("paragraph", "1", "Welcomes ")]


def test_a_resolution_number_alone_over_its_title():
    text = MASTHEAD.replace("99/12. Cooperation", "99/12.\n\nCooperation")
    doc = paratag.parse(text, lang="en")
    assert doc.metadata["title"].startswith("Cooperation on the protection")
