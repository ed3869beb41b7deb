"""Release check: build the sdist and wheel, check them, install the wheel on every Python here.

Not part of crosscheck's pipeline: it tests what a user gets from `pip install`. It

1. copies the project's files (git's tracked and untracked-but-not-ignored files, so caches,
   egg-info and virtual environments in the worktree cannot leak in) to a scratch folder and
   builds the sdist and the wheel there with `python -m build` (the wheel is built from the
   sdist, so a file missing from the sdist is missing from the wheel too);
2. checks their metadata with `twine check --strict`, that the wheel holds exactly the files
   under src/crosscheck/ (data files such as py.typed, templates and lexicons included,
   nothing else), that the sdist holds what the test suite needs, and that the version in
   src/crosscheck/__init__.py has a CHANGELOG.md section (with --tag: that the tag is
   v<version> and the section is dated);
3. finds every Python 3 on this machine (PATH and pyenv, or the ones given with --python) and,
   in a fresh virtual environment of each: installs the wheel when the Python is in the wheel's
   Requires-Python, or checks that pip refuses it when it is not; then runs
   `crosscheck report --format json` on a fresh copy of the demo (seeds/ and claims.yaml) and
   compares the JSON bytes across Pythons.

Run it from the repository root after `pip install -e '.[dist]'`:

    python scripts/check_dist.py            # every Python 3 found here
    python scripts/check_dist.py --python python3.12 --python /opt/py313/bin/python3
    python scripts/check_dist.py --tag v0.1.0   # before pushing a release tag

Exit 0 when everything holds, 1 when something does not (each failure is printed), 2 on
bad usage. Needs PyPI (or a pip cache) for the wheel's dependencies.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.parser import Parser
from pathlib import Path

from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "crosscheck"
DEMO = ("seeds", "claims.yaml")
#: What the sdist must hold beyond the package: enough to run the test suite and the demo.
SDIST_TREES = ("src/", "tests/", "bench/", "seeds/")
SDIST_FILES = ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "claims.yaml",
               "MANIFEST.in")
INSTALL_TIMEOUT_S = 900
RUN_TIMEOUT_S = 300
#: Prints the installed distribution's version, the package's __version__ and whether the
#: package's py.typed was installed.
INSTALLED_PROBE = (
    "import importlib.metadata as m, importlib.resources as r, crosscheck; "
    "print(m.version('crosscheck-claims'), crosscheck.__version__, "
    "r.files('crosscheck').joinpath('py.typed').is_file())"
)


class UsageError(Exception):
    """A bad command line (exit 2)."""


@dataclass(frozen=True)
class Interpreter:
    """A Python found on this machine."""

    path: str
    version: Version


@dataclass
class PythonResult:
    """What happened with the wheel on one Python."""

    python: Interpreter
    supported: bool
    installed: bool = False
    refused: bool = False
    #: Why this Python could not be tried at all (no working venv): not the package's fault.
    skipped: str = ""
    seconds: float = 0.0
    demo_sha256: str = ""
    demo_json: bytes = b""
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def run(cmd: list[str], cwd: Path | None = None, timeout: float = RUN_TIMEOUT_S,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run a command, capturing its output; never raise on a non-zero exit."""
    return subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout, check=False,
                          env=env)


def output_of(result: subprocess.CompletedProcess[bytes]) -> str:
    """A finished command's stdout and stderr, for a failure message."""
    return (result.stdout + result.stderr).decode("utf-8", "replace").strip()


# --- the project's files and the built artifacts ------------------------------------------


def project_files(root: Path) -> list[str]:
    """Paths (relative, '/'-separated) of the files git tracks or would track, that exist."""
    listed = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                 cwd=root)
    if listed.returncode != 0:
        raise SystemExit(f"check_dist: {root} is not a git checkout ({output_of(listed)}); "
                         "run this from a clone of the repository")
    names = sorted({name for name in listed.stdout.decode().split("\0") if name})
    return [name for name in names if (root / name).is_file()]


def stage(root: Path, files: list[str], dest: Path) -> None:
    """Copy the project's files to dest, as a clean clone would have them."""
    for name in files:
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, target)


def build(source: Path, out: Path) -> tuple[Path, Path]:
    """Build the sdist and (from it) the wheel; return their paths."""
    result = run([sys.executable, "-m", "build", "--outdir", str(out), str(source)],
                 timeout=INSTALL_TIMEOUT_S)
    if result.returncode != 0:
        raise SystemExit(f"check_dist: python -m build failed:\n{output_of(result)}")
    return next(out.glob("*.tar.gz")), next(out.glob("*.whl"))


def wheel_metadata(wheel: Path) -> dict[str, list[str]]:
    """The wheel's METADATA headers, each with every value it has."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        message = Parser().parsestr(archive.read(name).decode("utf-8"))
    headers: dict[str, list[str]] = {}
    for key, value in message.items():
        headers.setdefault(key, []).append(value)
    return headers


def check_metadata(sdist: Path, wheel: Path) -> list[str]:
    """twine's check of both artifacts (long description renders, required fields)."""
    result = run([sys.executable, "-m", "twine", "check", "--strict", str(sdist), str(wheel)])
    return [] if result.returncode == 0 else [f"twine check failed:\n{output_of(result)}"]


def check_wheel_contents(wheel: Path, files: list[str]) -> list[str]:
    """The wheel's package holds exactly the files under src/crosscheck/."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    in_wheel = {n for n in names if n.startswith(f"{PACKAGE}/")}
    in_tree = {f.removeprefix("src/") for f in files if f.startswith(f"src/{PACKAGE}/")}
    problems = [f"missing from the wheel: {n} (is it matched by MANIFEST.in's graft?)"
                for n in sorted(in_tree - in_wheel)]
    problems += [f"in the wheel but not in src/: {n}" for n in sorted(in_wheel - in_tree)]
    if not any(re.search(r"\.dist-info/licenses/LICENSE$", n) for n in names):
        problems.append("the wheel carries no LICENSE in its .dist-info/licenses/")
    return problems


def check_sdist_contents(sdist: Path, files: list[str]) -> list[str]:
    """The sdist holds the package, the tests with their data, bench/ and the demo."""
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    wanted = [f for f in files if f.startswith(SDIST_TREES) or f in SDIST_FILES]
    return [f"missing from the sdist: {f} (see MANIFEST.in)" for f in wanted if f not in names]


def source_version(root: Path) -> str:
    """The version, from its one place: src/crosscheck/__init__.py."""
    text = (root / "src" / PACKAGE / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("check_dist: no __version__ = \"...\" in src/crosscheck/__init__.py")
    return found.group(1)


def changelog_heading(root: Path, version: str) -> str | None:
    """The CHANGELOG.md heading of this version's section ('## 0.1.0 - 2026-12-01'), if any."""
    path = root / "CHANGELOG.md"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    found = re.search(rf"^## {re.escape(version)}\b.*$", text, re.MULTILINE)
    return found.group(0) if found else None


def check_version(root: Path, wheel: Path, tag: str | None) -> list[str]:
    """One version everywhere: __init__.py, the wheel, CHANGELOG.md and (for a release) the tag."""
    version = source_version(root)
    problems = []
    built = wheel_metadata(wheel)["Version"][0]
    if built != version:
        problems.append(f"the wheel's version is {built}, __init__.py says {version}")
    heading = changelog_heading(root, version)
    if heading is None:
        problems.append(f"CHANGELOG.md has no '## {version}' section")
    if tag is not None:
        if tag != f"v{version}":
            problems.append(f"tag {tag} does not match the version: it should be v{version}")
        if heading is not None and not re.search(r"\d{4}-\d{2}-\d{2}", heading):
            problems.append(f"CHANGELOG.md's '{heading}' has no release date (YYYY-MM-DD)")
    return problems


# --- Pythons ------------------------------------------------------------------------------


def interpreter_version(path: str) -> Version | None:
    """The version of the Python at path, or None if it does not run or is not Python 3."""
    try:
        result = run([path, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
                     timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    version = Version(result.stdout.decode().strip())
    return version if version.major == 3 else None


def candidate_paths() -> list[str]:
    """Pythons on PATH (python3, python3.N) and under pyenv, this one first."""
    paths = [getattr(sys, "_base_executable", sys.executable)]
    for minor in range(6, 30):
        found = shutil.which(f"python3.{minor}")
        if found:
            paths.append(found)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if pyenv.is_dir():
        paths += [str(p) for p in sorted(pyenv.glob("*/bin/python3")) if p.is_file()]
    return paths


def find_pythons(given: list[str]) -> list[Interpreter]:
    """One interpreter per minor version (the newest patch release), oldest first."""
    newest: dict[tuple[int, int], Interpreter] = {}
    for path in given or candidate_paths():
        resolved = shutil.which(path) or path
        version = interpreter_version(resolved)
        if version is None:
            if given:
                raise UsageError(f"--python {path}: not a Python 3 interpreter that runs")
            continue
        key = (version.major, version.minor)
        if key not in newest or version > newest[key].version:
            newest[key] = Interpreter(resolved, version)
    return [newest[key] for key in sorted(newest)]


def pythons_to_try(found: list[Interpreter], requires: SpecifierSet,
                   given: bool) -> list[Interpreter]:
    """Every Python in the range, and the newest one below it (which pip must refuse).

    Pythons given on the command line are all tried.
    """
    if given:
        return found
    inside = [p for p in found if requires.contains(p.version)]
    below = [p for p in found if not requires.contains(p.version)
             and (not inside or p.version < inside[0].version)]
    return below[-1:] + inside


# --- one Python ---------------------------------------------------------------------------


def try_python(python: Interpreter, wheel: Path, requires: SpecifierSet,
               scratch: Path) -> PythonResult:
    """Install the wheel on one Python in a fresh venv and run the demo (or expect a refusal)."""
    result = PythonResult(python, supported=requires.contains(python.version))
    started = time.monotonic()
    venv = scratch / f"venv-{python.version}"
    made = run([python.path, "-m", "venv", str(venv)], timeout=INSTALL_TIMEOUT_S)
    if made.returncode != 0:
        result.skipped = f"no working venv module: {output_of(made)[-300:]}"
    elif result.supported:
        install_and_run(venv, wheel, scratch / f"demo-{python.version}", result)
    else:
        expect_refusal(venv, wheel, result)
    result.seconds = time.monotonic() - started
    return result


def pip_install(venv: Path) -> list[str]:
    return [str(venv / "bin" / "python"), "-m", "pip", "install", "--no-input"]


def expect_refusal(venv: Path, wheel: Path, result: PythonResult) -> None:
    """A Python outside Requires-Python: pip must refuse the wheel, saying why."""
    refused = run([*pip_install(venv), "--no-deps", str(wheel)], timeout=INSTALL_TIMEOUT_S)
    text = output_of(refused)
    result.refused = refused.returncode != 0 and "requires a different Python" in text
    if not result.refused:
        result.failures.append(f"outside Requires-Python, yet pip did not refuse it: "
                               f"{text[-500:]}")


def install_and_run(venv: Path, wheel: Path, demo: Path, result: PythonResult) -> None:
    """A Python inside Requires-Python: the wheel installs with its dependencies and runs."""
    installed = run([*pip_install(venv), str(wheel)], timeout=INSTALL_TIMEOUT_S)
    if installed.returncode != 0:
        result.failures.append(f"pip install failed: {output_of(installed)[-2000:]}")
        return
    result.installed = True
    built = sorted(set(re.findall(r"Building wheel for (\S+)", output_of(installed))))
    if built:
        result.notes.append("dependencies built from source (no wheel for this Python): "
                            + ", ".join(built))
    run_demo(venv, demo, wheel_metadata(wheel)["Version"][0], result)


def run_demo(venv: Path, demo: Path, wheel_version: str, result: PythonResult) -> None:
    """The installed package's version and py.typed, and the demo's JSON report."""
    demo.mkdir()
    shutil.copytree(ROOT / DEMO[0], demo / DEMO[0])
    shutil.copy2(ROOT / DEMO[1], demo / DEMO[1])
    probe = run([str(venv / "bin" / "python"), "-c", INSTALLED_PROBE], cwd=demo)
    if probe.stdout.decode().split() != [wheel_version, wheel_version, "True"]:
        result.failures.append(
            "the installed package is not the wheel's: metadata version, __version__, "
            f"py.typed present = {output_of(probe)!r}, expected {wheel_version} twice, True")
    env = {**os.environ, "NO_COLOR": "1"}
    report = run([str(venv / "bin" / "crosscheck"), "report", "--format", "json",
                  "--no-progress"], cwd=demo, env=env)
    if report.returncode != 0 or not report.stdout:
        result.failures.append(f"crosscheck report failed (exit {report.returncode}): "
                               f"{output_of(report)[-2000:]}")
        return
    result.demo_json = report.stdout
    result.demo_sha256 = hashlib.sha256(report.stdout).hexdigest()


# --- the verdict ----------------------------------------------------------------------------


def python_problems(results: list[PythonResult], given: bool) -> list[str]:
    """Every Python the wheel claims installs it and gives the same demo JSON; others refuse.

    A Python found on the machine without a working venv is skipped; one given with
    --python must work.
    """
    problems = [f"Python {r.python.version}: {failure}"
                for r in results for failure in r.failures]
    if given:
        problems += [f"Python {r.python.version}: {r.skipped}" for r in results if r.skipped]
    if len({r.demo_json for r in results if r.demo_json}) > 1:
        problems.append("the demo JSON differs between Pythons: "
                        + ", ".join(f"{r.python.version} {r.demo_sha256[:12]}"
                                    for r in results if r.demo_json))
    if not any(r.demo_json for r in results):
        problems.append("no Python here installed the wheel and ran the demo: nothing was "
                        "tested (give a Python 3 in Requires-Python with --python)")
    return problems


def table(results: list[PythonResult], reference: bytes) -> str:
    """The per-Python results as a Markdown table."""
    lines = ["| Python | in Requires-Python | installed | demo JSON (sha256) | same bytes | s |",
             "|---|---|---|---|---|---|"]
    for r in results:
        installed = ("skipped" if r.skipped else "yes" if r.installed
                     else "refused (as declared)" if r.refused else "NO")
        same = ("yes" if r.demo_json == reference else "NO") if r.demo_json else "–"
        lines.append(f"| {r.python.version} | {'yes' if r.supported else 'no'} | {installed} | "
                     f"{r.demo_sha256[:16] or '–'} | {same} | {r.seconds:.0f} |")
    notes = [f"- Python {r.python.version}: {n}"
             for r in results for n in ([r.skipped] if r.skipped else []) + r.notes]
    return "\n".join(lines + notes)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Build the sdist and wheel, check them, and install the wheel on every "
                    "Python 3 here (or each --python), running the demo report in each.")
    parser.add_argument("--python", action="append", default=[], metavar="PATH",
                        help="a Python to try (repeatable); default: every python3.N on PATH "
                             "and under pyenv")
    parser.add_argument("--tag", help="the release tag about to be pushed (vX.Y.Z): it must "
                                      "match the version and CHANGELOG.md must date it")
    parser.add_argument("--jobs", type=int, default=2, metavar="N",
                        help="Pythons tried at once (default 2; installs mostly wait on the "
                             "network)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="build and install under DIR and keep it (default: a temporary "
                             "folder, removed)")
    return parser.parse_args(argv)


def check(scratch: Path, args: argparse.Namespace, found: list[Interpreter]) -> int:
    """Build, check and try the Pythons found, printing as it goes; return the exit code."""
    files = project_files(ROOT)
    stage(ROOT, files, scratch / "project")
    sdist, wheel = build(scratch / "project", scratch / "dist")
    print(f"built {sdist.name} and {wheel.name}", flush=True)
    problems = check_metadata(sdist, wheel)
    problems += check_wheel_contents(wheel, files)
    problems += check_sdist_contents(sdist, files)
    problems += check_version(ROOT, wheel, args.tag)
    requires = SpecifierSet(wheel_metadata(wheel).get("Requires-Python", [""])[0])
    print(f"Requires-Python: {requires}", flush=True)
    pythons = pythons_to_try(found, requires, given=bool(args.python))
    print("trying " + ", ".join(f"{p.version} ({p.path})" for p in pythons), flush=True)
    # Installing is mostly waiting for the package index, so the Pythons go side by side.
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda p: try_python(p, wheel, requires, scratch), pythons))
    problems += python_problems(results, given=bool(args.python))
    reference = next((r.demo_json for r in results if r.demo_json), b"")
    print(table(results, reference))
    for problem in problems:
        print(f"FAIL {problem}")
    print("dist check: " + ("failed" if problems else "ok"))
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        found = find_pythons(args.python)
    except UsageError as error:
        print(f"check_dist: {error}", file=sys.stderr)
        return 2
    if args.keep is not None:
        if args.keep.exists() and any(args.keep.iterdir()):
            print(f"check_dist: --keep {args.keep} must be empty or new", file=sys.stderr)
            return 2
        args.keep.mkdir(parents=True, exist_ok=True)
        return check(args.keep.resolve(), args, found)
    with tempfile.TemporaryDirectory(prefix="crosscheck-dist-") as scratch:
        return check(Path(scratch), args, found)


if __name__ == "__main__":
    sys.exit(main())
