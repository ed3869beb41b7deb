"""The lock's fingerprint moves whenever relations could: any rule, word list or threshold."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import crosscheck
from crosscheck.lock import DECIDING, rules_digest, settings_fingerprint
from crosscheck.thresholds import DEFAULT_THRESHOLDS

PACKAGE = Path(crosscheck.__file__).parent
# Imported by matching, but deciding nothing: the version string, messages and their wording.
EXEMPT = {"__init__.py", "errors.py", "wording.py"}


def test_every_module_matching_imports_is_fingerprinted() -> None:
    code = ("import sys, crosscheck.matching, crosscheck.verdicts, crosscheck.sources;"
            "print('\\n'.join(m.__file__ for n, m in sys.modules.items()"
            " if n.startswith('crosscheck') and getattr(m, '__file__', None)))")
    files = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout.split()
    for file in files:
        relative = Path(file).relative_to(PACKAGE)
        assert relative.as_posix() in EXEMPT or relative.parts[0] in DECIDING, relative


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "crosscheck"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_a_word_list_edit_changes_the_fingerprint(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    before = rules_digest(copy)
    synonyms = copy / "lexicon" / "synonyms.py"
    synonyms.write_text(synonyms.read_text().replace('"axe", ', ""))
    assert rules_digest(copy) != before


def test_a_rule_edit_changes_the_fingerprint(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    before = rules_digest(copy)
    hedged = copy / "matching" / "rules" / "hedged.py"
    hedged.write_text(hedged.read_text() + "\n# changed\n")
    assert rules_digest(copy) != before


def test_a_reporter_edit_does_not(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    before = rules_digest(copy)
    terminal = copy / "reporters" / "terminal.py"
    terminal.write_text(terminal.read_text() + "\n# changed\n")
    assert rules_digest(copy) == before


def test_thresholds_are_part_of_it() -> None:
    changed = dataclasses.replace(DEFAULT_THRESHOLDS, conflict=0.6)
    assert settings_fingerprint(changed) != settings_fingerprint(DEFAULT_THRESHOLDS)
    assert settings_fingerprint(DEFAULT_THRESHOLDS) == settings_fingerprint(DEFAULT_THRESHOLDS)
