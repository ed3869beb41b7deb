"""The HTML report, parsed: structure, every claim and piece of evidence, untrusted text kept
as text, nothing loaded from elsewhere, links, accessibility basics, and the CLI that writes
it. (tests/test_html_browser.py opens it in a real browser.)"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.model import DroppedLine, Relation, Report, SourceSummary
from crosscheck.reporters import Format, render
from crosscheck.reporters.html import SOURCES_OPEN_MAX
from crosscheck.reporters.links import Links
from tests.conftest import REPO, ProjectFactory
from tests.test_reporters import sample_report

GOLDEN = Path(__file__).parent / "golden"
SCRIPT = "<script>window.__pwned = 1</script>"
IMAGE = '<img src=x onerror="window.__pwned = 2">'
BREAKOUT = '</script><script>window.__pwned = 3</script><!--'
HOSTILE = f"{SCRIPT} {IMAGE} {BREAKOUT} \x1b[31m & \u202e"
runner = CliRunner()


def parse(page: str) -> Any:
    return lxml.html.document_fromstring(page)


def grid_data(document: Any) -> Any:
    (island,) = document.xpath('//script[@id="grid-data"]')
    return json.loads(island.text)


def hostile_report() -> Report:
    """The sample report with hostile text in every untrusted field."""
    report = sample_report(f"The bridge opened in 2013 {HOSTILE} after delays.")
    first = report.results[0]
    evidence = tuple(replace(e, source=f"docs/{IMAGE}.txt", accepted=HOSTILE,
                             reasons=(HOSTILE,), rules=(SCRIPT,))
                     for e in first.evidence)
    claim = replace(first.claim, text=f"The bridge opened in 2014. {SCRIPT}")
    sources = (*report.sources, SourceSummary(f"docs/{IMAGE}.txt", 3, None, HOSTILE,
                                              (DroppedLine(1, HOSTILE, "menu"),), HOSTILE))
    return replace(report, claims_path=f"{IMAGE}/claims.yaml",
                   results=(replace(first, claim=claim, evidence=evidence),
                            *report.results[1:]),
                   sources=sources, warnings=(HOSTILE,))


def test_every_claim_and_every_piece_of_evidence_of_the_demo(demo_report: Report) -> None:
    document = parse(render(demo_report, Format.HTML))
    cards = document.xpath('//article[contains(@class, "card")]')
    assert [c.get("id") for c in cards] == [f"claim-{r.claim.id}" for r in demo_report.results]
    for card, result in zip(cards, demo_report.results, strict=True):
        assert result.claim.text in card.text_content()
        assert f"claims.yaml:{result.claim.line}" in card.text_content()
        items = card.xpath('.//li[contains(@class, "ev")]')
        assert len(items) == len(result.evidence)
        for item in items:
            assert item.xpath('.//a')[0].get("href").startswith("./seeds/")
    assert [c[0] for c in grid_data(document)["claims"]] == [
        r.claim.id for r in demo_report.results]


def test_structure_counts_and_the_worst_claim_first(demo_report: Report) -> None:
    document = parse(render(demo_report, Format.HTML))
    assert document.get("lang") == "en"
    assert document.xpath("//h1")[0].text_content() == "crosscheck report"
    counts = [li.text_content().split() for li in document.xpath('//ul[@class="counts"]/li')]
    assert counts == [["✘", "1", "contradicted"], ["!", "1", "disputed"],
                      ["?", "0", "unsupported"], ["✔", "15", "supported"]]
    assert [s.get("id") for s in document.xpath("//main/section")] == [
        "overview", "evidence", "sources"]
    first = document.xpath('//article')[0]
    assert "contradicted" in first.get("class") and "(accepted)" in first.text_content()
    conflict = first.xpath('.//li[contains(@class, "rel-conflicts")]')[0]
    assert conflict.xpath(".//mark")[0].text == "2013"
    notes = {dt.text: dd.text for dt, dd in zip(conflict.xpath(".//dt"), conflict.xpath(".//dd"),
                                                strict=True)}
    assert notes["value"] == "2013 → the year 2013"
    assert notes["claim says"] == "2014 → the year 2014"
    assert notes["accepted"].startswith("the 2016 digest misdates")
    rows = document.xpath('//table[@class="sources"]/tbody/tr')
    assert [r.xpath("./th")[0].text for r in rows] == ["S1", "S2", "S3", "S4", "S5"]


def test_without_javascript_a_table_lists_each_claim_with_its_deciding_sources(
        demo_report: Report) -> None:
    document = parse(render(demo_report, Format.HTML))
    (table,) = document.xpath("//noscript//table")
    rows = table.xpath("./tbody/tr")
    assert len(rows) == len(demo_report.results)
    assert rows[0].xpath('.//a[contains(@class, "rel-conflicts")]')[0].text_content() \
        .split() == ["✘", "S5", "conflicts"]
    assert document.xpath('//form[@id="controls"]')[0].get("hidden") is not None


def test_rules_and_copy_of_are_shown() -> None:
    report = sample_report()
    first = report.results[0]
    evidence = (replace(first.evidence[0], rules=("hedged", "other-time")),
                *first.evidence[1:])
    copy = replace(report.sources[1], copy_of="docs/a.txt")
    report = replace(report, results=(replace(first, evidence=evidence), *report.results[1:]),
                     sources=(report.sources[0], copy))
    document = parse(render(report, Format.HTML))
    conflict = document.xpath('//li[contains(@class, "rel-conflicts")]')[0]
    dds = conflict.xpath('.//dt[text()="rules"]/following-sibling::dd')
    assert [dd.text for dd in dds] == ["hedged, other-time"]
    row = document.xpath('//tr[@id="source-2"]')[0]
    link = row.xpath("./td")[-1].xpath("./a")[0]
    assert (link.get("href"), link.text) == ("#source-1", "S1")


def test_hostile_text_stays_text() -> None:
    page = render(hostile_report(), Format.HTML)
    document = parse(page)
    assert len(document.xpath("//script")) == 2
    assert not document.xpath("//img") and not document.xpath("//b")
    for element in document.iter():
        assert not any(name.lower().startswith("on") for name in element.attrib)
    text = document.xpath("//main")[0].text_content()
    assert SCRIPT in text and IMAGE in text and BREAKOUT in text
    assert "\x1b" not in page and "\u202e" not in page
    assert "\\x1b[31m" in text
    island = document.xpath('//script[@id="grid-data"]')[0].text
    assert "<" not in island
    assert f"docs/{IMAGE}.txt" in json.loads(island)["sources"]
    assert "pwned" not in document.xpath("//script[not(@id)]")[0].text


def test_nothing_is_loaded_from_elsewhere() -> None:
    document = parse(render(hostile_report(), Format.HTML))
    assert not document.xpath("//link | //iframe | //object | //embed | //img | //base")
    urls = [value for element in document.iter()
            for name in ("src", "href", "action", "srcset", "poster")
            if (value := element.get(name)) is not None]
    assert urls and all(url.startswith(("#", "./")) for url in urls), urls
    style = document.xpath("//style")[0].text
    assert "url(" not in style and "@import" not in style


def test_the_content_security_policy_allows_exactly_the_inline_style_and_script(
        demo_report: Report) -> None:
    document = parse(render(demo_report, Format.HTML))
    (meta,) = document.xpath('//meta[@http-equiv="Content-Security-Policy"]')
    policy = dict(part.strip().split(" ", 1) for part in meta.get("content").split(";"))
    assert policy["default-src"] == "'none'"

    def allowed(text: str) -> str:
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        return f"'sha256-{digest}'"

    assert policy["style-src"] == allowed(document.xpath("//style")[0].text)
    assert policy["script-src"] == allowed(document.xpath("//script[not(@id)]")[0].text)
    assert not document.xpath("//*[@style]")


def test_the_inlined_files_cannot_end_their_own_element() -> None:
    folder = resources.files("crosscheck.reporters") / "templates"
    for name in ("report.css", "report.js"):
        text = (folder / name).read_text(encoding="utf-8")
        assert "</" not in text and "<!--" not in text, name


def test_the_grid_data_has_each_source_strongest_relation(demo_report: Report) -> None:
    data = grid_data(parse(render(demo_report, Format.HTML)))
    paths = data["sources"]
    for row, result in enumerate(demo_report.results):
        expected = {}
        for evidence in result.evidence:
            column = paths.index(evidence.source)
            relations = {e.relation for e in result.evidence if e.source == evidence.source}
            code = (3 if all(e.accepted for e in result.evidence
                             if e.source == evidence.source
                             and e.relation is Relation.CONFLICTS) else 0) \
                if Relation.CONFLICTS in relations else \
                1 if Relation.SUPPORTS in relations else 2
            expected[column] = code
        assert {cell[0]: cell[1] for cell in data["cells"][row]} == expected
    crimea = data["cells"][0]
    assert [cell[1] for cell in crimea if paths[cell[0]].startswith("seeds/004")] == [3]


def test_links_follow_the_links_given() -> None:
    links = Links("https://github.com/o/r/blob/s/", line_anchors=True)
    document = parse(render(sample_report(), Format.HTML, links=links))
    hrefs = [a.get("href") for a in document.xpath('//li[contains(@class, "ev")]//a')]
    assert hrefs == ["https://github.com/o/r/blob/s/docs/a.txt#L3",
                     "https://github.com/o/r/blob/s/docs/b.txt#L7"]
    assert document.xpath('//a[@class="where"]')[0].get("href") == \
        "https://github.com/o/r/blob/s/claims.yaml#L5"


def test_many_sources_start_folded() -> None:
    report = sample_report()
    many = tuple(SourceSummary(f"docs/{i:04d}.txt", 1) for i in range(SOURCES_OPEN_MAX + 1))
    assert parse(render(report, Format.HTML)).xpath("//details[@open]")
    folded = parse(render(replace(report, sources=many), Format.HTML))
    (details,) = folded.xpath('//details[contains(@class, "sources-list")]')
    assert details.get("open") is None
    assert len(details.xpath(".//tbody/tr")) == SOURCES_OPEN_MAX + 1


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, two: str) -> float:
    high, low = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_colours_have_readable_contrast_in_both_schemes() -> None:
    css = (resources.files("crosscheck.reporters") / "templates" / "report.css").read_text(
        encoding="utf-8")
    light, dark = (css.split("@media (prefers-color-scheme: dark)")[i] for i in (0, 1))
    for block in (light, dark.split("}\n}")[0]):
        colours = dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6})", block))
        for name in ("fg", "muted", "link", "red", "green", "purple", "amber", "grey"):
            assert _contrast(colours[name], colours["bg"]) >= 4.5, name
            assert _contrast(colours[name], colours["panel"]) >= 4.5, name
        for name in ("red", "green", "purple", "amber"):
            assert _contrast(colours[name], colours[f"{name}-bg"]) >= 4.5, name
        assert _contrast(colours["fg"], colours["mark-bg"]) >= 4.5


def test_symbols_stand_beside_colours(demo_report: Report) -> None:
    document = parse(render(demo_report, Format.HTML))
    for card in document.xpath("//article"):
        verdict = card.xpath('.//span[@class="verdict"]')[0]
        assert verdict.xpath('./span[@class="mark"][@aria-hidden="true"]')
        assert verdict.text_content().split()[1] in {"contradicted", "disputed", "supported"}
    for item in document.xpath('//li[contains(@class, "ev")]'):
        label = item.xpath('.//span[@class="rel"]')[0].text_content().split()
        assert label[0] in {"✘", "✔", "·"} and label[1] in {"conflicts", "supports", "mentions"}


def test_same_report_same_bytes(demo_report: Report) -> None:
    assert render(demo_report, Format.HTML) == render(demo_report, Format.HTML)


def test_main_content_of_the_sample() -> None:
    report = sample_report()
    first = report.results[0]
    conflict, support = first.evidence
    evidence = (replace(conflict, rules=()), replace(support, rules=("carried-names",)))
    report = replace(report, results=(replace(first, evidence=evidence), *report.results[1:]))
    page = render(report, Format.HTML)
    main = page[page.index("<main>"):page.index("</main>") + len("</main>")] + "\n"
    assert main == (GOLDEN / "sample.main.html").read_text(encoding="utf-8")


def test_the_templates_are_package_files() -> None:
    # Every file under src/crosscheck/ ships (MANIFEST.in, include-package-data; checked on
    # the built wheel by scripts/check_dist.py): the templates only need to live there.
    folder = REPO / "src" / "crosscheck" / "reporters" / "templates"
    assert {"report.html.j2", "report.css", "report.js"} <= {p.name for p in folder.iterdir()}


def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA", "GITHUB_WORKSPACE",
                 "GITHUB_ACTIONS"):
        monkeypatch.delenv(name, raising=False)


def _project(make_project: ProjectFactory) -> Path:
    return make_project(
        "version: 1\ncorpus: [news]\nclaims:\n  - id: opened\n    claim: The bridge opened in "
        "2014.\n", {"news/a.txt": "The bridge opened in 2014 after years of delays.\n"})


def test_report_writes_the_page_with_links_relative_to_it(
        make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    _clean_env(monkeypatch)
    claims = _project(make_project)
    output = claims.parent / "out" / "report.html"
    output.parent.mkdir()
    result = runner.invoke(app, ["report", "--claims", str(claims), "--format", "html",
                                 "--output", str(output)], catch_exceptions=False)
    assert result.exit_code == 0 and "wrote html report" in result.stderr
    document = parse(output.read_text(encoding="utf-8"))
    link = document.xpath('//li[contains(@class, "ev")]//a')[0]
    assert (link.get("href"), link.text) == ("../news/a.txt", "news/a.txt:1:1")
    assert (output.parent / link.get("href")).resolve() == claims.parent / "news" / "a.txt"


def test_check_writes_html_beside_its_findings_with_blob_links_under_actions(
        make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    _clean_env(monkeypatch)
    claims = _project(make_project)
    output = claims.parent / "report.html"
    env = {"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "acme/facts",
           "GITHUB_SHA": "abc123", "GITHUB_WORKSPACE": str(claims.parent)}
    result = runner.invoke(app, ["check", "--claims", str(claims), "--format",
                                 f"html={output}"], env=env, catch_exceptions=False)
    assert result.exit_code == 0 and "wrote html to" in result.stderr
    document = parse(output.read_text(encoding="utf-8"))
    assert document.xpath('//li[contains(@class, "ev")]//a')[0].get("href") == \
        "https://github.com/acme/facts/blob/abc123/news/a.txt#L1"


def test_an_unknown_check_format_names_html_among_the_choices(
        make_project: ProjectFactory) -> None:
    claims = _project(make_project)
    result = runner.invoke(app, ["check", "--claims", str(claims), "--format", "htm"])
    assert result.exit_code == 2 and "html" in result.stderr
