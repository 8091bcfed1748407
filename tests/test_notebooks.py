"""The notebooks run from top to bottom (as rdflib runs its examples/)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_run(notebook: Path, tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        assert cell.cell_type != "code" or not cell.outputs, f"{notebook.name}: clear outputs"
    # Point the parameters cell at the repository and a temporary output folder, so
    # the run builds its own graph and leaves out/ alone.
    params = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert params, f"{notebook.name} has no cell tagged 'parameters'"
    out = tmp_path / "out"
    params[0].source += f"\nROOT = Path({str(ROOT)!r})\nOUT = Path({str(out)!r})\n"
    copy = tmp_path / notebook.name
    nbformat.write(nb, copy)

    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    nbformat.write(nb, copy)  # keep the executed copy beside the outputs, for debugging

    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors
    assert (out / "seeds.trig").is_file()
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                     for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    if notebook.stem == "centrality":
        page = (out / "seeds.html").read_text(encoding="utf-8")
        assert "new vis.Network(" in page
        assert (out / "centrality_bars.png").stat().st_size > 10_000
        assert (out / "blocs.png").stat().st_size > 10_000
        assert "camp 1:" in text and "camp 2:" in text
    elif notebook.stem == "sparql":
        for name in ("relations", "actors", "partners", "opponents", "evidence"):
            assert f"'{name}':" in text, name  # every bundled query ran and was counted
    elif notebook.stem == "alignments":
        assert (out / "alignments_moves.png").stat().st_size > 10_000
        assert "European Union - NATO" in text
