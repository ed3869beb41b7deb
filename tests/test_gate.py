"""`crosscheck check` as a CI gate, through the real command: what it writes where, what the
lock may and may not do, and how each finding is labelled."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from tests.conftest import ProjectFactory

runner = CliRunner()

CLAIMS = """\
version: 1
corpus: [news]
claims:
  - id: bridge-opened
    claim: The Harbour Bridge opened in 2014.
  - id: bridge-cost
    claim: The Harbour Bridge cost $640 million.
  - id: toll
    claim: The Harbour Bridge toll is 4 dollars.
  - id: mayor
    claim: Mayor Ellen Park cut the ribbon at the Harbour Bridge.
  - id: lanes
    claim: The Harbour Bridge has six lanes.
    min_sources: 2
  - id: workers
    claim: The Harbour Bridge was built by 1,200 workers.
"""
NEWS = {
    "news/a.txt": "The Harbour Bridge opened in 2014 after years of delays.\n\n"
                  "The Harbour Bridge cost $640 million, the city said. It has six lanes.\n",
    "news/b.txt": "The Harbour Bridge opened in 2013, the mayor recalled.\n\n"
                  "Mayor Ellen Park cut the ribbon at the Harbour Bridge in front of a crowd.\n",
    "news/c.txt": "The Harbour Bridge was built by 1,500 workers over four years.\n",
    "news/d.txt": "Weather was mild on Sunday across the region.\n",
}


@pytest.fixture
def bridge(make_project: ProjectFactory) -> Path:
    """Four articles, six claims: two supported, one disputed, two unsupported (one of them
    below min_sources) and one contradicted."""
    return make_project(CLAIMS, NEWS)


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False, env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", ["sarif", "json", "junit", "markdown"])
def test_a_format_sent_to_stdout_owns_stdout(bridge: Path, fmt: str) -> None:
    code, out, err = invoke("check", "--claims", str(bridge), "--no-lock", "--format", fmt)
    assert code == 1
    if fmt in ("sarif", "json"):
        json.loads(out)
    elif fmt == "junit":
        ET.fromstring(out)
    else:
        assert "workers is contradicted" not in out
    assert "workers is contradicted" in err and "3 of 6 claims failing" in err


def test_two_formats_cannot_share_stdout(bridge: Path) -> None:
    code, out, err = invoke("check", "--claims", str(bridge), "-f", "sarif", "-f", "junit")
    assert (code, out) == (2, "")
    assert "only one format can go to stdout" in err and "junit=PATH" in err


def failing_ids(err: str) -> str:
    return next(line for line in err.splitlines() if "failing" in line)


def test_a_lock_never_turns_a_failing_claim_into_a_passing_one(bridge: Path,
                                                               tmp_path: Path) -> None:
    code, _, err = invoke("lock", "--claims", str(bridge))
    assert code == 0
    assert err.replace(f"{bridge.parent.as_posix()}/", "").splitlines()[1:] == [
        "warning: a lock does not accept failing claims: `crosscheck check` still fails "
        "these 3:",
        "  claims.yaml:8: toll is unsupported",
        "  claims.yaml:12: lanes is unsupported",
        "  claims.yaml:15: workers is contradicted",
        "  fix the sources or the claim, or accept a conflict in claims.yaml (`accept:` with "
        "a reason)"]
    code, out, err = invoke("check", "--claims", str(bridge),
                            "-f", f"sarif={tmp_path / 'x.sarif'}")
    assert code == 1
    assert failing_ids(err) == "crosscheck: 3 of 6 claims failing (compared with the lock)"
    assert "toll is unsupported" in out and "workers is contradicted" in out
    results = json.loads((tmp_path / "x.sarif").read_text(encoding="utf-8"))["runs"][0][
        "results"]
    assert {r["ruleId"] for r in results if r["level"] == "error"} == {
        "unsupported", "contradicted", "conflict"}


def test_with_a_lock_a_disputed_claim_warns_and_fails_with_strict(bridge: Path) -> None:
    invoke("lock", "--claims", str(bridge))
    bridge.write_text(CLAIMS.split("  - id: bridge-cost")[0], encoding="utf-8")
    code, out, _ = invoke("check", "--claims", str(bridge))
    assert code == 0 and "bridge-opened is disputed" in out
    assert invoke("check", "--claims", str(bridge), "--strict")[0] == 1


def test_a_conflict_new_since_the_lock_is_said_once(bridge: Path) -> None:
    invoke("lock", "--claims", str(bridge))
    news = bridge.parent / "news" / "d.txt"
    news.write_text("The Harbour Bridge cost $900 million, the audit found.\n",
                    encoding="utf-8")
    code, out, _ = invoke("check", "--claims", str(bridge))
    assert code == 1
    about_d = [line for line in out.splitlines() if line.startswith("news/d.txt")]
    assert len(about_d) == 1 and "bridge-cost has a new conflict: '$900 million'" in about_d[0]


def test_each_finding_is_located_labelled_and_coded_like_its_sarif_result(
        bridge: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("check", "--claims", str(bridge), "-f", f"sarif={tmp_path / 'x'}")
    assert code == 1
    assert out.splitlines()[2:4] == [
        "claims.yaml:8:5: error: toll is unsupported: 0 sources support it, 1 needed "
        "[unsupported]".replace("claims.yaml", str(bridge.as_posix())),
        "claims.yaml:12:5: error: lanes is unsupported: 1 source supports it, 2 needed "
        "[unsupported]".replace("claims.yaml", str(bridge.as_posix()))]
    assert out.splitlines()[1] == (
        "news/b.txt:1:1: warning: bridge-opened: this passage says '2013' where the claim "
        "says '2014': “The Harbour Bridge opened in 2013, the mayor recalled.” [conflict]")
    sarif = json.loads((tmp_path / "x").read_text(encoding="utf-8"))["runs"][0]["results"]
    codes = [line.rsplit("[", 1)[1].rstrip("]") for line in out.splitlines()]
    assert codes == [r["ruleId"] for r in sarif]
    levels = [line.split(": ")[1] for line in out.splitlines()]
    assert levels == [r["level"] for r in sarif]


def _read_all(descriptor: int) -> bytes:
    """What a finished process wrote to a pseudo-terminal (Linux says EIO at its end)."""
    chunks = []
    while True:
        try:
            chunk = os.read(descriptor, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(descriptor)
    return b"".join(chunks)


def test_finding_lines_are_coloured_on_a_terminal_only(bridge: Path) -> None:
    _, plain_out, _ = invoke("check", "--claims", str(bridge))
    assert "\x1b[" not in plain_out
    primary, secondary = pty.openpty()
    env = {**os.environ, "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    done = subprocess.run([sys.executable, "-m", "crosscheck", "check", "--claims",
                           str(bridge)], stdout=secondary, stderr=subprocess.PIPE, env=env,
                          check=False)
    os.close(secondary)
    shown = _read_all(primary).decode("utf-8")
    assert done.returncode == 1
    assert "\x1b[1;31merror\x1b[0m: toll is unsupported" in shown


def test_control_characters_in_a_source_never_reach_the_terminal(
        make_project: ProjectFactory) -> None:
    claims = make_project(CLAIMS, {**NEWS, "news/c.txt": "The Harbour Bridge was built by "
                                   "1,500 workers \x1b[2J\x1b]0;pwned\x07 over four years.\n"})
    _, out, _ = invoke("check", "--claims", str(claims), "--color")
    line = next(line for line in out.splitlines() if "news/c.txt" in line.split(":")[0])
    assert "\\x1b[2J" in line and "\x1b[2J" not in line and "\x07" not in line


def test_select_narrows_report_check_and_explain_to_ids_and_globs(bridge: Path) -> None:
    code, out, _ = invoke("report", "--claims", str(bridge), "--format", "json",
                          "--select", "bridge-*", "--select", "toll")
    assert code == 0
    assert [c["id"] for c in json.loads(out)["claims"]] == ["bridge-opened", "toll",
                                                            "bridge-cost"]
    code, out, _ = invoke("check", "--claims", str(bridge), "--select", "lanes")
    assert code == 1 and out.count("error:") == 1 and "lanes is unsupported" in out
    code, out, _ = invoke("explain", "--claims", str(bridge), "--select", "bridge-*")
    assert code == 0
    assert [line for line in out.splitlines() if line.startswith("claim ")] == [
        "claim bridge-opened (line 4): The Harbour Bridge opened in 2014.",
        "claim bridge-cost (line 6): The Harbour Bridge cost $640 million."]


def test_a_selected_claim_is_judged_as_in_the_whole_run(bridge: Path) -> None:
    whole = json.loads(invoke("report", "--claims", str(bridge), "-f", "json")[1])
    for claim in whole["claims"]:
        alone = json.loads(invoke("report", "--claims", str(bridge), "-f", "json",
                                  "--select", claim["id"])[1])
        assert alone["claims"] == [claim]


def test_select_with_a_lock_does_not_call_the_others_removed(bridge: Path) -> None:
    invoke("lock", "--claims", str(bridge))
    _, out, _ = invoke("check", "--claims", str(bridge), "--select", "mayor")
    assert out == ""


@pytest.mark.parametrize("command", ["report", "check", "explain"])
def test_select_of_an_unknown_id_is_a_usage_error_with_a_suggestion(
        bridge: Path, command: str) -> None:
    code, out, err = invoke(command, "--claims", str(bridge), "--select", "bridge-open")
    assert (code, out) == (2, "")
    assert err.endswith('claims.yaml: no claim with id "bridge-open"; did you mean '
                        '"bridge-opened"?\n')
    code, _, err = invoke(command, "--claims", str(bridge), "--select", "harbour-*")
    assert code == 2 and 'no claim id matches "harbour-*"' in err
