"""The claims x sources matrix of the terminal report at any width and any number of sources,
through the real command."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from crosscheck.cli import app
from tests.conftest import ProjectFactory

runner = CliRunner()
CLAIMS = """\
version: 1
corpus: [news]
claims:
  - id: bridge-opened-in-the-spring
    claim: The Harbour Bridge opened in 2014.
  - id: bridge-cost
    claim: The Harbour Bridge cost $640 million.
"""


def corpus(sources: int) -> dict[str, str]:
    """``sources`` articles that support the opening, one that disputes it, one silent."""
    files = {f"news/doc-{n}.txt": f"The Harbour Bridge opened in 2014, report {n} said.\n"
             for n in range(1, sources - 1)}
    files[f"news/doc-{sources - 1}.txt"] = "The Harbour Bridge opened in 2013, it said.\n"
    files[f"news/doc-{sources}.txt"] = "Weather was mild on Sunday.\n"
    return files


def report(claims: Path, columns: int) -> list[str]:
    result = runner.invoke(app, ["report", "--claims", str(claims), "--no-color"],
                           env={"COLUMNS": str(columns)}, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def matrix(lines: list[str]) -> list[str]:
    return lines[lines.index("") + 1:lines.index("✔ supports  ✘ conflicts  · mentions  "
                                                 "(blank) silent") + 1]


def test_few_sources_get_a_column_each_named_in_natural_order(
        make_project: ProjectFactory) -> None:
    claims = make_project(CLAIMS, corpus(12))
    lines = report(claims, 100)
    table = matrix(lines)
    assert table[0].split() == ["claim", "verdict", *(f"S{n}" for n in range(1, 12))]
    assert table[2].startswith("bridge-opened-in-the-spring   disputed ")
    legend = lines[lines.index(table[-1]) + 1:]
    assert legend[:12] == [*(f"S{n} = doc-{n}.txt" for n in range(1, 12)),
                           "1 source silent on every claim, not shown"]


def test_thirty_sources_at_80_columns_keep_every_verdict_whole(
        make_project: ProjectFactory) -> None:
    claims = make_project(CLAIMS, corpus(30))
    lines = report(claims, 80)
    assert max(map(len, lines)) <= 80
    table = matrix(lines)
    assert table[0].split() == ["claim", "verdict", "✔", "✘", "·", "sources"]
    row = table[2].split()
    assert row[:4] == ["bridge-opened-in-th…", "disputed", "28", "1"]
    assert table[2].endswith("   ✘ doc-29.txt  +28 more")


def test_the_report_does_not_grow_a_line_per_source(make_project: ProjectFactory) -> None:
    claims = make_project(CLAIMS, corpus(150))
    lines = report(claims, 100)
    assert len(matrix(lines)) < 10
    assert lines[lines.index("Sources") + 3] == ""
    sources = lines[lines.index("Sources") + 1]
    assert sources.startswith("  150 sources · 150 passages · 0 dated, 150 undated")
