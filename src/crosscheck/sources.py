"""Pipeline stage: the corpus named in claims.yaml -> loaded Sources with metadata.

The only stage besides the CLI that reads the disk. Corpus entries are files, folders (read
recursively) or globs relative to the claims file; each file is cleaned by the loader for its
type (see loaders.py). A source's metadata comes from, in order: its claims.yaml ``sources``
entry, the file's own metadata (front matter, HTML meta tags), a dateline near the top of the
text, a date in its URL; each source records where its date came from.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from crosscheck.errors import ClaimsError, CorpusError
from crosscheck.loaders import LOADABLE_SUFFIXES, FileMetadata, load
from crosscheck.model import ClaimsFile, Source, SourceMeta
from crosscheck.values import extract_dates
from crosscheck.wording import count

TEXT_SUFFIXES = LOADABLE_SUFFIXES
MAX_SOURCE_BYTES = 20 * 1024 * 1024
DATELINE_LINES = 15
DATELINE_LABEL = re.compile(r"^\W*(?:posted|published|updated|date[d]?|by\b[^|]*\|)\s*:?", re.I)
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)")
GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class LoadedCorpus:
    """The sources read, and what was skipped and why."""

    sources: tuple[Source, ...]
    warnings: tuple[str, ...]


def decode(data: bytes) -> str:
    """Bytes -> text: a BOM if there is one, then strict UTF-8, then cp1252, then Latin-1."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _is_binary(data: bytes) -> bool:
    head = data[:4096]
    return b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def discover(claims: ClaimsFile, base: Path) -> tuple[list[str], list[str]]:
    """Files named by the corpus entries (file system paths, as strings: a large corpus has
    many), sorted, each once; raises when an entry finds none."""
    found: set[str] = set()
    notes: list[str] = []
    root = base.resolve()
    claims_file = (base / Path(claims.path).name).resolve()
    for entry, line in zip(claims.corpus, _entry_lines(claims), strict=True):
        prefix = str(_fixed_prefix(base, entry))
        if _broken_link(prefix) is None and not _is_inside(prefix, root, []):
            raise CorpusError(
                f'corpus entry "{entry}" is outside the project folder', path=claims.path,
                line=line, hint=f"keep sources inside {claims.path}'s folder, or move "
                                f"{claims.path} up to a folder that holds them")
        links: set[str] = set()
        noted = len(notes)
        matches = _expand(entry, base, notes, links)
        # A plain file found by walking a folder inside the project is inside it; only links
        # (and glob matches) need resolving, which costs a system call per path component.
        walked = (base / entry).is_dir() and not GLOB_CHARS.search(entry)
        inside = [p for p in matches if (walked and p not in links)
                  or _is_inside(p, root, notes)]
        if not inside and len(notes) == noted:  # a skipped link was warned about
            raise CorpusError(
                f'corpus entry "{entry}" matches no files', path=claims.path, line=line,
                hint=f"paths are relative to {claims.path}'s folder; check the spelling or "
                     "create it",
            )
        found.update(p for p in inside if os.path.basename(p) != claims_file.name  # noqa: PTH119
                     or Path(p).resolve() != claims_file)
    return sorted(found, key=str), notes


def _entry_lines(claims: ClaimsFile) -> tuple[int | None, ...]:
    lines = claims.corpus_lines
    return lines if len(lines) == len(claims.corpus) else (None,) * len(claims.corpus)


def _fixed_prefix(base: Path, entry: str) -> Path:
    """The part of a corpus entry before any glob character: where its files can be."""
    parts = PurePosixPath(entry).parts
    first_glob = next((i for i, part in enumerate(parts) if GLOB_CHARS.search(part)),
                      len(parts))
    return base.joinpath(*parts[:first_glob])


def _expand(entry: str, base: Path, notes: list[str], links: set[str]) -> list[str]:
    """The files an entry names; links found walking a folder are added to ``links``."""
    broken: list[str] = []
    files = _entry_files(entry, base, notes, links, broken)
    for link in broken:
        problem = _broken_link(link)
        if problem:
            notes.append(f"{relative_posix(link, base)}: skipped, {problem}")
    return files


def _entry_files(entry: str, base: Path, notes: list[str], links: set[str],
                 broken: list[str]) -> list[str]:
    if GLOB_CHARS.search(entry):
        matches = sorted(p for p in base.glob(entry) if not p.is_dir())
        broken += [str(p) for p in matches if not p.is_file()]
        return [str(p) for p in matches if p.is_file()]
    path = base / entry
    if path.is_file():
        return [str(path)]
    if path.is_dir():
        files = []
        other_types: Counter[str] = Counter()
        for candidate, is_link in _walk(str(path), broken):
            suffix = os.path.splitext(candidate)[1].lower()  # noqa: PTH122
            if suffix in TEXT_SUFFIXES:
                files.append(candidate)
                if is_link:
                    links.add(candidate)
            else:
                other_types[suffix or "(no suffix)"] += 1
        if other_types:
            kinds = ", ".join(f"{count} {suffix}" for suffix, count in sorted(other_types.items()))
            skipped = sum(other_types.values())
            notes.append(f"{entry}: skipped {count(skipped, 'file')} that "
                         f"{'is' if skipped == 1 else 'are'} not a text type ({kinds}); name "
                         "them with a glob to include them")
        return files
    if path.is_symlink():
        broken.append(str(path))
    return []


def _walk(folder: str, broken: list[str]) -> list[tuple[str, bool]]:
    """Every file below a folder as (path, is a link), hidden ones left out, in sorted order.
    Links to folders are not followed (no loops, no escapes); links to files are kept and
    checked by the caller; links that lead nowhere (dangling, or a loop) go to ``broken``.
    Directory entries carry their type: no system call per file."""
    found = []
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            found.extend(_walk(entry.path, broken))
        elif not entry.is_symlink():
            if entry.is_file(follow_symlinks=False):
                found.append((entry.path, False))
        elif _broken_link(entry.path) is not None:
            if os.path.splitext(entry.name)[1].lower() in TEXT_SUFFIXES:  # noqa: PTH122
                broken.append(entry.path)
        elif entry.is_file():
            found.append((entry.path, True))
    return found


def _broken_link(path: str) -> str | None:
    """Why a symbolic link leads to no file (a loop, or nothing there); None when it is not
    a link or leads somewhere."""
    try:
        os.stat(path)  # noqa: PTH116 (a str path: no Path per file)
    except OSError as exc:
        if not os.path.islink(path):  # noqa: PTH114
            return None
        if exc.errno == errno.ELOOP:
            return "it is a symbolic link loop"
        if exc.errno == errno.ENOENT:
            return f"it is a broken link (to {Path(path).readlink()}, which does not exist)"
        return f"it is a link that cannot be followed ({exc.strerror or exc})"
    return None


def _is_inside(path: str, root: Path, notes: list[str]) -> bool:
    try:
        Path(path).resolve().relative_to(root)
    except (ValueError, RuntimeError):
        notes.append(f"{Path(path).as_posix()}: skipped, it resolves outside the project folder")
        return False
    return True


def read_sources(claims: ClaimsFile, base: Path) -> LoadedCorpus:
    """Read every corpus file; unreadable, binary or empty files become warnings."""
    paths, warnings = discover(claims, base)
    check_metadata(claims, base, paths)
    sources = []
    for job in file_jobs(claims, base, paths):
        source, problem = load_file(job)
        if problem:
            warnings.append(problem)
        elif source is not None:
            sources.append(source)
    return LoadedCorpus(tuple(sources), tuple(warnings))


@dataclass(frozen=True)
class FileJob:
    """One corpus file to load: where it is, its path for reports, its claims.yaml metadata."""

    path: str
    """Where to read it on this file system."""
    relative: str
    meta: SourceMeta | None
    max_bytes: int = MAX_SOURCE_BYTES
    """Files larger than this are skipped with a warning."""

    @property
    def identity(self) -> tuple[SourceMeta | None, int]:
        """What besides its bytes decides how the file loads: the cache keys on it."""
        return self.meta, self.max_bytes


def relative_posix(path: str, base: Path) -> str:
    """``path`` relative to ``base``, with forward slashes; by string when it starts with it
    (found under it), which is most of a large corpus's cost otherwise."""
    prefix = str(base)
    prefix = "" if prefix == "." else prefix.rstrip(os.sep) + os.sep
    if path.startswith(prefix):
        return path[len(prefix):].replace(os.sep, "/")
    return Path(path).relative_to(base).as_posix()


def check_metadata(claims: ClaimsFile, base: Path, paths: list[str]) -> None:
    """Every ``sources`` entry must name a corpus file."""
    if not claims.sources:
        return
    relative_paths = {relative_posix(p, base) for p in paths}
    for meta in claims.sources:
        if meta.path not in relative_paths:
            raise ClaimsError(f'sources entry "{meta.path}" is not a file in the corpus',
                              path=claims.path, line=meta.line, column=3,
                              hint="fix the path or add it to `corpus`")


def file_jobs(claims: ClaimsFile, base: Path, paths: list[str],
              max_bytes: int = MAX_SOURCE_BYTES) -> list[FileJob]:
    """The files to load, each with its metadata and the size limit."""
    metas = {m.path: m for m in claims.sources}
    jobs = []
    for path in paths:
        relative = relative_posix(path, base)
        jobs.append(FileJob(path, relative, metas.get(relative), max_bytes))
    return jobs


def load_file(job: FileJob) -> tuple[Source | None, str | None]:
    """Read and clean one file: the Source, or the warning saying why it was skipped."""
    text, problem = _read_text(job.path, job.max_bytes)
    if problem:
        return None, f"{job.relative}: skipped, {problem}"
    return make_source(job.relative, text, job.meta), None


def _read_text(path: str, max_bytes: int = MAX_SOURCE_BYTES) -> tuple[str, str | None]:
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 (a str path: no Path per file)
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                return "", (f"{size_text(size)}, larger than the {size_text(max_bytes)} limit "
                            "(--max-source-size to change it)")
            data = handle.read()
    except OSError as exc:
        return "", f"cannot be read ({exc.strerror or exc})"
    if _is_binary(data):
        return "", "it looks binary"
    text = decode(data)
    if not text.strip():
        return "", "it is empty"
    return text, None


def size_text(size: int) -> str:
    """``20 MiB``, ``1.5 KiB``, ``300 bytes``: a size as people read it."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return count(size, "byte")


def make_source(path: str, raw: str, meta: SourceMeta | None) -> Source:
    """A cleaned Source with metadata by precedence: claims.yaml, file, dateline, URL."""
    loaded = load(PurePosixPath(path).suffix.lower(), raw)
    own = loaded.metadata
    url = (meta.url if meta else None) or own.url
    published, origin = _publication_date(loaded.text, meta, own, url)
    return Source(
        path=path, text=loaded.text,
        title=(meta.title if meta else None) or own.title,
        publisher=(meta.publisher if meta else None) or own.publisher,
        url=url, published=published, published_origin=origin, dropped=loaded.dropped,
    )


def _publication_date(text: str, meta: SourceMeta | None, own: FileMetadata,
                      url: str | None) -> tuple[dt.date | None, str | None]:
    if meta and meta.published:
        return meta.published, f"claims.yaml line {meta.line}"
    if own.published:
        return own.published, own.published_origin
    found = find_dateline(text)
    if found:
        return found
    if url:
        m = URL_DATE.search(url)
        if m:
            try:
                return dt.date(*map(int, m.groups())), "the date in its URL"
            except ValueError:
                return None, None
    return None, None


_DIGIT = re.compile(r"\d")
DATELINE_MAX_CHARS = 100


def find_dateline(text: str) -> tuple[dt.date, str] | None:
    """A full date standing alone (or after "Posted:") on one of the first lines."""
    for number, line in _first_lines(text):
        label = DATELINE_LABEL.match(line)
        rest = line[label.end():] if label else line
        # A full date has digits; unlabelled, the line is the date and three words at most.
        if not _DIGIT.search(rest) or (not label and len(rest) > DATELINE_MAX_CHARS):
            continue
        for value in extract_dates(rest):
            if value.precision != "day" or value.low is None:
                continue
            leftover = (rest[:value.start] + rest[value.end:]).strip(" \t*_#|,-–—·:")
            if label or len(_words_beside_date(leftover)) <= 3:
                day = dt.date.fromordinal(int(value.low))
                return day, f'dateline "{value.text}" at line {number}'
    return None


def _words_beside_date(leftover: str) -> list[str]:
    """The words of a dateline's line besides its date, less those that belong to a
    dateline: a time of day, a time zone, "Last updated at" ("21 July 2013 Last updated at
    11:11 GMT")."""
    return [word for word in re.findall(r"[^\W\d_]+", TIME_OF_DAY.sub(" ", leftover))
            if word.lower() not in DATELINE_WORDS and not (word.isupper() and len(word) <= 4)]


TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?\b",
                         re.I)
DATELINE_WORDS = frozenset({"last", "updated", "update", "posted", "published", "created",
                            "modified", "at", "on", "am", "pm"})


def _first_lines(text: str) -> Iterable[tuple[int, str]]:
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            seen += 1
            yield number, line.strip()
        if seen >= DATELINE_LINES:
            return
