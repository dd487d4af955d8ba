"""paratag: blocks, footnotes and metadata from the extracted text of UN-style reports.

    import paratag
    doc = paratag.parse_file("report.txt")
    doc.paragraphs[0].number, doc.paragraphs[0].text
    print(doc.to_json(indent=1))
"""
from ._core import __version__, icu_version
from ._document import Block, Document, Error, Region, parse, parse_file

__all__ = ["parse", "parse_file", "Document", "Block", "Region", "Error",
           "__version__", "icu_version"]
