"""The documentation (docs/, built by MkDocs in .ci/test): its Python
examples run as written, and it names what the command line offers."""
import doctest
import re

import pytest
from conftest import REPO

from paratag.cli import FORMATS

PAGES = sorted((REPO / "docs").glob("*.md"))


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_examples_run_as_written(page):
    if "frames" in page.name:
        pytest.importorskip("pandas")
        pytest.importorskip("pyarrow")
    failed, _ = doctest.testfile(str(page), module_relative=False, encoding="utf-8",
                                 optionflags=doctest.ELLIPSIS)
    assert failed == 0


def test_every_page_is_in_the_navigation():
    nav = (REPO / "mkdocs.yml").read_text("utf-8")
    assert sorted(re.findall(r": (\w+\.md)$", nav, re.M)) == [p.name for p in PAGES]


def test_command_line_page_names_every_format_and_the_readme_links_the_docs():
    cli_page = (REPO / "docs" / "cli.md").read_text("utf-8")
    for fmt in FORMATS:
        assert f"| `{fmt}`" in cli_page
    readme = (REPO / "README.md").read_text("utf-8")
    assert "docs/index.md" in readme and "CONTRIBUTING.md" in readme
