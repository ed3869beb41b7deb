"""Acceptance: the five headline claims of the bundled demo, through the whole pipeline."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from crosscheck.model import ClaimResult, Relation, Report, Status
from tests.conftest import REPO, run_check

S000 = "seeds/000_d8f6754d491f98c0.txt"
S001 = "seeds/001_a1d2632bd97767d4.txt"
S002 = "seeds/002_ff9e8690550813e8.txt"
S003 = "seeds/003_ba50e5403943760e.txt"
S004 = "seeds/004_07cfdb25156acfab.txt"


def result(report: Report, claim_id: str) -> ClaimResult:
    return next(r for r in report.results if r.claim.id == claim_id)


def test_residents_expelled(demo_report: Report) -> None:
    claim = result(demo_report, "residents-expelled")
    assert claim.status is Status.SUPPORTED
    assert claim.sources_with(Relation.SUPPORTS) == (S001, S002)


def test_twenty_fifth_meeting(demo_report: Report) -> None:
    claim = result(demo_report, "twenty-fifth-meeting")
    assert claim.status is Status.SUPPORTED
    assert claim.sources_with(Relation.SUPPORTS) == (S001, S002)


def test_alliance_1960(demo_report: Report) -> None:
    claim = result(demo_report, "alliance-1960")
    assert claim.status is Status.SUPPORTED
    assert claim.sources_with(Relation.SUPPORTS) == (S000,)


def test_moscow_summit_date_including_tuesday(demo_report: Report) -> None:
    claim = result(demo_report, "moscow-summit-date")
    assert claim.status is Status.SUPPORTED
    assert claim.sources_with(Relation.SUPPORTS) == (S001, S002, S003)
    tuesday = next(e for e in claim.evidence if e.source == S002)
    assert tuesday.value is not None and tuesday.value.text == "Tuesday"
    assert tuesday.value.normalized == "2019-01-22"
    assert 'dateline "January 21, 2019"' in tuesday.value.explanation


def test_crimea_contradicted_by_2013(demo_report: Report) -> None:
    claim = result(demo_report, "crimea-annexed")
    assert claim.status is Status.CONTRADICTED
    (conflict,) = [e for e in claim.evidence if e.relation is Relation.CONFLICTS]
    assert (conflict.source, conflict.line) == (S004, 44)
    assert conflict.value is not None and conflict.value.text == "2013"
    visit = next(e for e in claim.evidence if e.line == 46)
    assert visit.relation is Relation.MENTIONS  # "a visit in 2014" is not the annexation


def test_002_date_comes_from_its_dateline(demo_report: Report) -> None:
    source = next(s for s in demo_report.sources if s.path == S002)
    assert source.published == dt.date(2019, 1, 21)
    assert source.published_origin is not None and "line 7" in source.published_origin


def test_demo_worst_news_first(demo_report: Report) -> None:
    severities = [r.status.severity for r in demo_report.results]
    assert severities == sorted(severities)


def test_a_seven_thousand_claim_is_contradicted_by_the_seventeen_thousand_sources(
        tmp_path: Path) -> None:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    (tmp_path / "claims.yaml").write_text(
        "version: 1\nclaims:\n  - id: trap\n    claim: The Soviet Union expelled all 7,000 "
        "Japanese residents of the islands.\n", encoding="utf-8")
    (claim,) = run_check(tmp_path / "claims.yaml").results
    assert claim.status is Status.CONTRADICTED
    assert claim.sources_with(Relation.CONFLICTS) == (S001, S002)
