"""paratag: blocks, footnotes and metadata from the extracted text of UN-style reports.

    import paratag
    doc = paratag.parse_file("report.txt")             # or a PDF: paratag.parse_pdf("report.pdf")
    doc.paragraphs[0].number, doc.paragraphs[0].text
    print(doc.to_json(indent=1))
    doc.to_pandas()                                   # one row per entity
    paratag.align(doc_en, doc_fr).differences()       # paragraph n next to paragraph n
    for doc in paratag.parse_many(paths, workers=4):  # threads, in input order
        ...
"""
from ._core import __version__, icu_version
from ._align import Alignment, Difference, MastheadLines, Pair, align, align_many
from ._batch import ParseFailure, parse_many
from ._document import (Block, Diagnostic, Document, Entity, Error, Region, parse, parse_file,
                        parse_pdf)
from ._pdf import PdfError, PdfWarning
from ._frames import to_frame
from ._tagger import Tagger

__all__ = ["parse", "parse_file", "parse_pdf", "parse_many", "to_frame", "align", "align_many",
           "Document", "Block", "Entity", "Diagnostic", "Region", "Tagger", "ParseFailure", "Error",
           "PdfError", "PdfWarning", "Alignment", "Pair", "Difference", "MastheadLines",
           "__version__", "icu_version"]
