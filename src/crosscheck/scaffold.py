"""`crosscheck init`: the files a new project starts from, as (path, text) pairs.

Pure: the CLI writes them, refusing to overwrite anything that exists.
"""

from __future__ import annotations

from crosscheck.schema import render_schema

CLAIMS = """\
# yaml-language-server: $schema=./claims.schema.json
# crosscheck claims file: `crosscheck report` shows the evidence, `crosscheck check` gates CI.
version: 1
corpus: [sources]          # files, folders or globs, relative to this file

sources:                   # optional metadata per source
  sources/example.txt:
    title: Harbour expansion approved
    published: 2021-03-04  # resolves "Thursday", "last month", year-less dates

claims:
  - id: harbour-vote
    claim: The council approved the harbour expansion by 31 votes to 9.
    value: "31"
  - id: harbour-cost
    claim: The harbour expansion costs $640 million.
"""

EXAMPLE_SOURCE = """\
Harbour expansion approved after long fight

The city council voted 31 to 9 on Thursday to approve a $640 million expansion of the
harbour, ending a dispute that began in 2017.
"""

WORKFLOW = """\
name: crosscheck
on: [push, pull_request]
jobs:
  claims:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install crosscheck-claims
      # Annotations on claims.yaml and source lines, and the summary on the job page.
      - run: crosscheck check --summary --format sarif=crosscheck.sarif
"""

PRE_COMMIT = """\
repos:
  - repo: local
    hooks:
      - id: crosscheck
        name: crosscheck check
        entry: crosscheck check --quiet
        language: system
        pass_filenames: false
        always_run: true
"""


def scaffold_files() -> tuple[tuple[str, str], ...]:
    """Every file `crosscheck init` writes, relative to the new project's folder."""
    return (
        ("claims.yaml", CLAIMS),
        ("claims.schema.json", render_schema()),
        ("sources/example.txt", EXAMPLE_SOURCE),
        (".github/workflows/crosscheck.yml", WORKFLOW),
        (".pre-commit-config.yaml", PRE_COMMIT),
    )
