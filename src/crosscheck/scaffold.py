"""`crosscheck init`: the files a project starts from, and what to do with each.

Pure: ``plan_init`` decides from the files' current texts; the CLI reads and writes them.
A file that exists is kept (skipped with a note) unless ``force``; an existing
.pre-commit-config.yaml, which most repositories have, gets the crosscheck hook added when
that can be done without changing anything else in it, and is never overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

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


CLAIMS_FILE = "claims.yaml"
EXAMPLE = "sources/example.txt"
PRE_COMMIT_FILE = ".pre-commit-config.yaml"
HOOK_ID = "crosscheck"


def scaffold_files() -> tuple[tuple[str, str], ...]:
    """Every file `crosscheck init` writes, relative to the new project's folder."""
    return (
        ("claims.yaml", CLAIMS),
        ("claims.schema.json", render_schema()),
        ("sources/example.txt", EXAMPLE_SOURCE),
        (".github/workflows/crosscheck.yml", WORKFLOW),
        (PRE_COMMIT_FILE, PRE_COMMIT),
    )


@dataclass(frozen=True)
class Step:
    """What init does with one file: write ``text`` to it, or leave it and say why."""

    path: str
    text: str | None
    said: str
    """What to print: ``created claims.yaml``, ``kept …: it exists (--force …)``."""


def plan_init(current: Mapping[str, str | None], force: bool = False) -> list[Step]:
    """One step per scaffold file, given each file's current text (None when missing)."""
    keeps_claims = current.get(CLAIMS_FILE) is not None and not force
    steps = []
    for path, text in scaffold_files():
        now = current.get(path)
        if path == PRE_COMMIT_FILE and now is not None:
            steps.append(_hook_step(now))
        elif now is None and path == EXAMPLE and keeps_claims:
            steps.append(Step(path, None, f"skipped {path}: your {CLAIMS_FILE} is kept, and "
                                          "the example is for the new one"))
        elif now is None:
            steps.append(Step(path, text, f"created {path}"))
        elif now == text:
            steps.append(Step(path, None, f"kept {path}: already up to date"))
        elif force:
            steps.append(Step(path, text, f"overwrote {path}"))
        else:
            steps.append(Step(path, None, f"kept {path}: it exists (--force to overwrite it)"))
    return steps


def _hook_step(text: str) -> Step:
    merged, problem = add_hook(text)
    if merged is None:
        return Step(PRE_COMMIT_FILE, None, f"kept {PRE_COMMIT_FILE}: {problem}")
    return Step(PRE_COMMIT_FILE, merged, f"added the crosscheck hook to {PRE_COMMIT_FILE}")


def _hook_entry() -> list[str]:
    """The local repo entry of PRE_COMMIT, as lines indented by 2 (its list's indent)."""
    return PRE_COMMIT.splitlines()[1:]


def add_hook(text: str) -> tuple[str | None, str]:
    """``text`` with the crosscheck hook appended to its ``repos`` list, or None and why
    not. The result is accepted only if it reads back as the same configuration plus the
    hook: nothing else in the file may change meaning."""
    manual = "add the crosscheck hook by hand (see the README)"
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None, f"it is not valid YAML; {manual}"
    repos = data.get("repos") if isinstance(data, dict) else None
    if not isinstance(repos, list):
        return None, f"it has no `repos:` list; {manual}"
    if any(hook.get("id") == HOOK_ID for hook in _hooks(repos)):
        return None, "it already has a crosscheck hook"
    merged = _insert_entry(text.splitlines(keepends=True))
    entry = yaml.safe_load(PRE_COMMIT)["repos"]
    try:
        read_back = yaml.safe_load(merged) if merged is not None else None
    except yaml.YAMLError:
        read_back = None
    if read_back != {**data, "repos": repos + entry}:
        return None, f"its `repos:` list is not one the hook can be added to safely; {manual}"
    return merged, ""


def _hooks(repos: list[Any]) -> list[dict[str, Any]]:
    return [hook for repo in repos if isinstance(repo, dict)
            for hook in repo.get("hooks") or [] if isinstance(hook, dict)]


def _insert_entry(lines: list[str]) -> str | None:
    """The lines with the hook's entry after the last item of the top-level ``repos:``
    block, at that block's indentation; None when there is no such block."""
    start = next((n for n, line in enumerate(lines) if line.startswith("repos:")), None)
    if start is None:
        return None
    end = next((n for n in range(start + 1, len(lines)) if _top_level_key(lines[n])),
               len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    items = [line for line in lines[start + 1:end] if line.lstrip().startswith("- ")]
    indent = len(items[0]) - len(items[0].lstrip()) if items else 2
    entry = [" " * indent + line[2:] + "\n" for line in _hook_entry()]
    before = lines[:end]
    if before and not before[-1].endswith("\n"):
        before[-1] += "\n"
    return "".join(before + entry + lines[end:])


def _top_level_key(line: str) -> bool:
    return bool(line.strip()) and not line[0].isspace() and not line.startswith(("#", "-"))
