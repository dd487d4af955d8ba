"""paratag: blocks, footnotes and metadata from the extracted text of UN-style reports.

    import paratag
    doc = paratag.parse_file("report.txt")
    doc.paragraphs[0].number, doc.paragraphs[0].text
    print(doc.to_json(indent=1))
"""
from ._core import __version__, icu_version
from ._document import Block, Document, Entity, Error, Region, parse, parse_file
from ._tagger import Tagger

__all__ = ["parse", "parse_file", "Document", "Block", "Entity", "Region", "Tagger",
           "Error", "__version__", "icu_version"]
