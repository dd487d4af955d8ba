"""Wrong uses of paratag: mypy must flag each line marked "error" (tests/test_typing.py)."""
import paratag

doc = paratag.parse(42)  # error: not a text
paratag.parse("1. Text.", lang="xx")  # error: not a UN language
paratag.parse("1. Text.", errors="ignore")  # error: strict or replace
doc2 = paratag.parse("1. Text.")
number: int = doc2.paragraphs[0].number  # error: numbers are str
paratag.parse_many(["a.txt"], on_error="ignore")  # error: raise, skip or collect
for result in paratag.parse_many(["a.txt"], on_error="collect"):
    result.blocks  # error: may be a ParseFailure
paratag.to_frame([1, 2])  # error: not documents
