"""paratag: blocks, footnotes and metadata from the extracted text of UN-style reports.

    import paratag
    doc = paratag.parse_file("report.txt")
    doc.paragraphs[0].number, doc.paragraphs[0].text
    print(doc.to_json(indent=1))
    doc.to_pandas()                                   # one row per entity
    for doc in paratag.parse_many(paths, workers=4):  # threads, in input order
        ...
"""
from ._core import __version__, icu_version
from ._batch import ParseFailure, parse_many
from ._document import Block, Diagnostic, Document, Entity, Error, Region, parse, parse_file
from ._frames import to_frame
from ._tagger import Tagger

__all__ = ["parse", "parse_file", "parse_many", "to_frame", "Document", "Block", "Entity",
           "Diagnostic", "Region", "Tagger", "ParseFailure", "Error", "__version__", "icu_version"]
