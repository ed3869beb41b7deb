"""Links from file:line references: relative to where the report is read, or to the GitHub
blob at the line under Actions; the Markdown summary carries them too."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from markdown_it import MarkdownIt  # rich's own Markdown parser: CommonMark

from crosscheck.reporters import Format, render
from crosscheck.reporters.links import Links, links_for
from tests.test_reporters import sample_report

GITHUB = {"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "acme/facts",
          "GITHUB_SHA": "0123abcd"}


@pytest.mark.parametrize(("path", "line", "links", "expected"), [
    ("docs/a.txt", 3, Links(), "./docs/a.txt"),
    ("docs/a b(1).txt", 3, Links(), "./docs/a%20b%281%29.txt"),
    ("javascript:alert(1)", None, Links(), "./javascript%3Aalert%281%29"),
    ("docs/a.txt", 3, Links("../"), "../docs/a.txt"),
    ("docs/a.txt", 3, Links("https://github.com/o/r/blob/s/", line_anchors=True),
     "https://github.com/o/r/blob/s/docs/a.txt#L3"),
    ("docs/a.txt", None, Links("https://github.com/o/r/blob/s/", line_anchors=True),
     "https://github.com/o/r/blob/s/docs/a.txt"),
])
def test_href(path: str, line: int | None, links: Links, expected: str) -> None:
    assert links.href(path, line) == expected


def test_links_are_relative_to_the_report_file(tmp_path: Path) -> None:
    claims = tmp_path / "project" / "claims.yaml"
    assert links_for(claims, tmp_path / "project" / "out" / "r.html", {}) == Links("../")
    assert links_for(claims, tmp_path / "r.html", {}) == Links("project/")
    assert links_for(claims, tmp_path / "project" / "r.html", {}) == Links()


def test_links_on_stdout_are_relative_to_the_working_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert links_for(Path("project/claims.yaml"), None, {}) == Links("project/")


def test_under_github_actions_links_go_to_the_blob_at_the_line(tmp_path: Path) -> None:
    env = {**GITHUB, "GITHUB_WORKSPACE": str(tmp_path)}
    links = links_for(tmp_path / "facts" / "claims.yaml", tmp_path / "out.html", env)
    assert links.href("news/a.txt", 7) == (
        "https://github.com/acme/facts/blob/0123abcd/facts/news/a.txt#L7")


def test_github_links_need_every_variable_and_the_claims_inside_the_workspace(
        tmp_path: Path) -> None:
    claims, report = tmp_path / "claims.yaml", tmp_path / "r.html"
    for missing in GITHUB:
        env = {k: v for k, v in GITHUB.items() if k != missing}
        assert links_for(claims, report, {**env, "GITHUB_WORKSPACE": str(tmp_path)}) == Links()
    outside = {**GITHUB, "GITHUB_WORKSPACE": str(tmp_path / "elsewhere")}
    assert links_for(claims, report, outside) == Links()


def test_markdown_links_every_location() -> None:
    links = Links("https://github.com/o/r/blob/s/", line_anchors=True)
    text = render(sample_report(), Format.MARKDOWN, links=links)
    assert "[`docs/a.txt:3:1`](https://github.com/o/r/blob/s/docs/a.txt#L3)" in text
    assert "[`docs/b.txt:7:5`](https://github.com/o/r/blob/s/docs/b.txt#L7)" in text
    assert "([`claims.yaml:5`](https://github.com/o/r/blob/s/claims.yaml#L5))" in text


def test_markdown_link_targets_cannot_break_out() -> None:
    report = sample_report()
    result = report.results[0]
    odd = "docs/a) [x](javascript:alert(1) <b>.txt"
    moved = replace(result, evidence=tuple(replace(e, source=odd) for e in result.evidence))
    text = render(replace(report, results=(moved,)), Format.MARKDOWN, links=Links())
    page = MarkdownIt("commonmark").enable("table").render(text)
    target = "./docs/a%29%20%5Bx%5D%28javascript%3Aalert%281%29%20%3Cb%3E.txt"
    assert re.findall(r'href="([^"]*)"', page) == ["./claims.yaml", target, target]
    assert "<b>" not in page
