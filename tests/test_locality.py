"""A claim's relation to a source depends on the claim and that source alone.

Adding files that have nothing to do with a claim must not move its evidence from the sources
that do: word weights come from a fixed background of English, candidates are chosen by what
each source holds, and a source's names are read from its own text (never the corpus's).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from crosscheck.checker import CheckConfig, check
from crosscheck.model import Relation, Report
from tests.conftest import REPO

REAL = REPO / "tests" / "realnews"
ARTICLES = sorted(REAL.glob("*/*/news/*.txt")) + sorted(REAL.glob("*/*/*/news/*.txt"))
Evidence = dict[tuple[str, str, int], tuple[str, str | None, float, tuple[str, ...]]]


def _evidence(report: Report, sources: str, decisive: bool = False) -> Evidence:
    """Every piece of evidence from the sources under ``sources``, by claim, path and line;
    with ``decisive``, supports and conflicts only (a report keeps a claim's five strongest
    mentions, from whichever sources: which those are is a display choice, not a relation)."""
    return {(r.claim.id, e.source, e.line): (e.relation.value, e.value.text if e.value else None,
                                             e.score, e.reasons)
            for r in report.results for e in r.evidence if e.source.startswith(sources)
            and not (decisive and e.relation is Relation.MENTIONS)}


def _project(root: Path, claims_from: Path, news: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(news, root / news.name, dirs_exist_ok=True)
    text = claims_from.read_text(encoding="utf-8")
    (root / "claims.yaml").write_text(text, encoding="utf-8")
    return root / "claims.yaml"


def _with_extra(claims: Path, extra: list[Path]) -> None:
    folder = claims.parent / "unrelated"
    folder.mkdir()
    for number, article in enumerate(extra):
        shutil.copy(article, folder / f"{number:03d}_{article.name}")
    text = claims.read_text(encoding="utf-8")
    corpus_line = next(line for line in text.splitlines() if line.startswith("corpus:"))
    entries = corpus_line.split("[", 1)[1].rstrip("]")
    claims.write_text(text.replace(corpus_line, f"corpus: [{entries}, unrelated]"),
                      encoding="utf-8")


def test_the_demo_keeps_its_evidence_beside_every_real_article(tmp_path: Path) -> None:
    claims = _project(tmp_path / "demo", REPO / "claims.yaml", REPO / "seeds")
    before = _evidence(check(CheckConfig(claims, use_cache=False)), "seeds/")
    assert len(ARTICLES) > 300
    _with_extra(claims, ARTICLES)
    after = _evidence(check(CheckConfig(claims, use_cache=False)), "seeds/")
    assert after == before


TOPICS = sorted(p for p in (REAL / "dev").iterdir() if (p / "claims.yaml").is_file())


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(topic=st.sampled_from(TOPICS), picks=st.lists(
    st.integers(min_value=0, max_value=len(ARTICLES) - 1), min_size=1, max_size=40,
    unique=True))
def test_unrelated_sources_never_move_a_topics_evidence(topic: Path, picks: list[int]) -> None:
    extra = [ARTICLES[i] for i in picks if ARTICLES[i].parent.parent != topic]
    assume(extra)
    with tempfile.TemporaryDirectory() as tmp:
        claims = _project(Path(tmp) / topic.name, topic / "claims.yaml", topic / "news")
        before = _evidence(check(CheckConfig(claims, use_cache=False)), "news/", decisive=True)
        _with_extra(claims, extra)
        after = _evidence(check(CheckConfig(claims, use_cache=False)), "news/", decisive=True)
        assert after == before
