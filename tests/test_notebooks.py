"""The notebooks run from top to bottom on a fresh kernel, and keep their outputs."""
import pytest
from conftest import DATA, REPO, ids

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
pytestmark = pytest.mark.integration


def output_kinds(cell):
    """What a code cell shows: its outputs' types and MIME types."""
    kinds = set()
    for out in cell.get("outputs", []):
        kinds.add(out["output_type"])
        kinds.update(out.get("data", {}))
    return kinds


def test_there_are_notebooks():
    assert {p.name for p in NOTEBOOKS} >= {"quickstart.ipynb", "corpus.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_notebook_runs_on_a_fresh_kernel(path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")  # jupyter_core warns without it
    monkeypatch.setenv("PARATAG_SHARED", str(DATA))  # laid out as the shared folder is
    committed = nbformat.read(path, as_version=4)
    notebook = nbformat.read(path, as_version=4)
    # raises CellExecutionError, with the cell and its traceback, on any error
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    code = [c for c in notebook.cells if c.cell_type == "code"]
    shown = set().union(*(output_kinds(c) for c in code))
    assert "error" not in shown
    assert {"text/html", "image/png"} <= shown  # a document or a table, and a chart
    # the committed copy reads well on a code host: every cell ran, and shows
    # what it shows when run again
    old = [c for c in committed.cells if c.cell_type == "code"]
    assert [c.source for c in old] == [c.source for c in code]
    for before, after in zip(old, code):
        assert before.execution_count is not None, before.source
        assert output_kinds(before) == output_kinds(after), before.source
