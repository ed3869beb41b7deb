"""The one core entry point: claims.yaml path -> Report. Never prints, never exits.

It wires the pipeline together: load claims, load sources, split and index passages,
analyse claims, match, decide verdicts. Reporters and the CLI work on what it returns.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from crosscheck.cache import CACHE_DIR, Fingerprint, SourceCache, fingerprint_file, result_key
from crosscheck.claims import is_selected, parse_claims, select_claims
from crosscheck.copies import (
    CopyCandidate,
    Grouping,
    check_rules,
    find_copies,
    unmatched_publishers,
)
from crosscheck.copies import (
    fingerprint as copy_fingerprint,
)
from crosscheck.errors import ClaimsError
from crosscheck.model import ClaimResult, ClaimsFile, Report, Source, SourceSummary
from crosscheck.sources import (
    MAX_SOURCE_BYTES,
    FileJob,
    check_metadata,
    discover,
    file_jobs,
    load_file,
    relative_posix,
)
from crosscheck.thresholds import DEFAULT_THRESHOLDS, Thresholds

# Matching, scanning and their lexicons are imported where they are used: a report that
# comes from the cache needs none of them, and importing them would be a third of its time.
if TYPE_CHECKING:
    from crosscheck.analysis import CorpusWords
    from crosscheck.matching import CorpusIndex, PreparedSource
    from crosscheck.scan import ScanReport

MAX_CLAIMS_BYTES = 5 * 1024 * 1024
PARALLEL_MIN_FILES = 400  # below this, starting worker processes costs more than it saves
PARALLEL_MIN_CLAIMS = 50  # claims and passages below which claims are checked in-process
PARALLEL_MIN_PASSAGES = 20_000
PARALLEL_MIN_STATEMENTS = 2_000  # passages below which a scan runs in-process
MAX_WORKERS = 8
BLOCK = 16
T = TypeVar("T")


Progress = Callable[[str, int, int], None]
"""Called as (stage, done, total) while work goes on; the CLI may draw a bar from it."""


def _quiet(stage: str, done: int, total: int) -> None:
    return None


@dataclass(frozen=True)
class CheckConfig:
    """What to check, and with which thresholds."""

    claims_path: Path
    thresholds: Thresholds = DEFAULT_THRESHOLDS
    progress: Progress = _quiet
    use_cache: bool = True
    cache_dir: Path | None = None
    """Where the source cache lives; default ``.crosscheck/`` beside the claims file."""
    select: tuple[str, ...] = ()
    """Check only the claims with these ids or matching these globs (all when empty)."""
    max_source_bytes: int = MAX_SOURCE_BYTES
    """Sources larger than this are skipped with a warning."""

    def cache(self) -> SourceCache:
        if not self.use_cache:
            return SourceCache(None)
        return SourceCache(self.cache_dir or self.claims_path.parent / CACHE_DIR)


def display_path(path: Path) -> str:
    """The path as the user should see it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def read_claims_file(path: Path) -> ClaimsFile:
    """Read and validate a claims file from disk."""
    display = display_path(path)
    if not path.is_file():
        raise ClaimsError("no such file", path=display,
                          hint="pass --claims PATH, or run where claims.yaml is")
    if path.stat().st_size > MAX_CLAIMS_BYTES:
        raise ClaimsError(f"larger than {MAX_CLAIMS_BYTES // (1024 * 1024)} MiB",
                          path=display, hint="split the claims into several files")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ClaimsError("not valid UTF-8", path=display, line=line,
                          hint="save the file as UTF-8") from None
    return parse_claims(text, display)


def check_sources(claims: ClaimsFile, sources: tuple[Source, ...],
                  thresholds: Thresholds = DEFAULT_THRESHOLDS,
                  warnings: tuple[str, ...] = (),
                  prepared: tuple[PreparedSource, ...] | None = None,
                  progress: Progress = _quiet,
                  indexed: Callable[[], None] = lambda: None,
                  select: tuple[str, ...] = ()) -> Report:
    """The pure part of a check: claims and loaded sources in, Report out. ``indexed`` is
    called between building the index and matching (which may fork worker processes).
    Only the ``select``ed claims are checked; the others still count as names the claims
    file knows, so a claim's verdict does not depend on what else was selected."""
    from crosscheck.matching import prepare_source

    if prepared is None:
        prepared = tuple(prepare_source(s) for s in sources)
    grouping, notes = group_copies(claims, sources, prepared)
    index = _indexed(sources, prepared, progress)
    indexed()
    results = _check_claims(claims, index, thresholds, progress, grouping, select)
    results.sort(key=lambda r: (r.status.severity, r.claim.line))
    return Report(claims.path, tuple(results), _summaries(sources, index, grouping),
                  warnings + notes)


def group_copies(claims: ClaimsFile, sources: tuple[Source, ...],
                 prepared: tuple[PreparedSource, ...]) -> tuple[Grouping, tuple[str, ...]]:
    """Which sources are copies of which (detected, and as the claims file declares), with
    warnings for declarations that named nothing."""
    candidates = [CopyCandidate(s.path, s.fingerprint or copy_fingerprint(p.texts), s.published,
                                s.publisher)
                  for s, p in zip(sources, prepared, strict=True)]
    return (find_copies(candidates, claims.independence),
            tuple(unmatched_publishers(claims.independence, candidates)))


def _indexed(sources: tuple[Source, ...], prepared: tuple[PreparedSource, ...] | None,
             progress: Progress) -> CorpusIndex:
    """The corpus index, reported as a phase of its own (seconds on a large corpus)."""
    from crosscheck.matching import build_index

    progress("indexing passages", 0, 1)
    index = build_index(sources, prepared)
    progress("indexing passages", 1, 1)
    return index


def _check_claim(claims: ClaimsFile, index: CorpusIndex, thresholds: Thresholds,
                 words: CorpusWords, grouping: Grouping, number: int) -> ClaimResult:
    from crosscheck.analysis import analyse_claim
    from crosscheck.matching import relate_claim
    from crosscheck.verdicts import decide

    analysis = analyse_claim(claims.claims[number], claims.path, words)
    return decide(analysis, relate_claim(analysis, index, thresholds), grouping)


def _check_claims(claims: ClaimsFile, index: CorpusIndex, thresholds: Thresholds,
                  progress: Progress, grouping: Grouping,
                  select: tuple[str, ...] = ()) -> list[ClaimResult]:
    """Every selected claim's result, in claims order; on large corpora shared with forked
    workers."""
    from crosscheck.analysis import NO_WORDS, with_claims_names

    words = with_claims_names(NO_WORDS, claims.claims)
    numbers = [n for n, c in enumerate(claims.claims) if is_selected(c.id, select)]
    return _map_shared(lambda k: _check_claim(claims, index, thresholds, words, grouping,
                                              numbers[k]),
                       len(numbers), partial(progress, "checking claims"),
                       parallel=(len(numbers) >= PARALLEL_MIN_CLAIMS
                                 and len(index.passages) >= PARALLEL_MIN_PASSAGES))


_SHARED: Callable[[int], Any] | None = None
"""The work forked workers do: set before the fork, inherited with the index it reads,
never sent."""


def _run_shared(numbers: list[int]) -> list[Any]:
    assert _SHARED is not None
    return [_SHARED(number) for number in numbers]


def _map_shared(work: Callable[[int], T], total: int,
                progress: Callable[[int, int], None], parallel: bool) -> list[T]:
    """``[work(n) for n in range(total)]``; when ``parallel``, dealt out to this process and
    to workers forked from it, which share what ``work`` reads (the index) instead of
    receiving a copy. This process takes a share itself, since each worker copies the
    memory pages it touches and this one does not. Runs of BLOCK consecutive items go to
    the same process: neighbours (sentences of one source, claims about one subject) read
    the same passages, whose values are worked out once per process."""
    processes = min(os.cpu_count() or 1, MAX_WORKERS)
    if not parallel or processes < 2 or "fork" not in multiprocessing.get_all_start_methods():
        results = []
        for number in range(total):
            results.append(work(number))
            progress(number + 1, total)
        return results
    global _SHARED
    _SHARED = work
    shares = [[n for n in range(total) if n // BLOCK % processes == k] for k in range(processes)]
    gc.freeze()  # a collection in a worker would touch, and so copy, every shared page
    try:
        with ProcessPoolExecutor(max_workers=processes - 1,
                                 mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_run_shared, share) for share in shares[1:]]
            found: dict[int, T] = {}
            for done, number in enumerate(shares[0], 1):
                found[number] = work(number)
                progress(min(done * processes, total), total)
            for share, future in zip(shares[1:], futures, strict=True):
                found.update(zip(share, future.result(), strict=True))
            progress(total, total)
            return [found[number] for number in range(total)]
    finally:
        _SHARED = None
        gc.unfreeze()


def _summaries(sources: tuple[Source, ...], index: CorpusIndex,
               grouping: Grouping) -> tuple[SourceSummary, ...]:
    counts = Counter(map(attrgetter("source"), index.passages))
    return tuple(SourceSummary(s.path, counts.get(s.path, 0), s.published, s.published_origin,
                               s.dropped, grouping.copy_of.get(s.path))
                 for s in sorted(sources, key=lambda s: s.path))


def _load_and_prepare(job: FileJob) -> tuple[Source | None, str | None,
                                             PreparedSource | None]:
    """One file, read, cleaned, split and tokenised: the unit of work of a worker process."""
    from crosscheck.matching import prepare_source

    source, problem = load_file(job)
    if source is None:
        return None, problem, None
    prepared = prepare_source(source)
    # Downstream needs the passages, not the whole text: not sending it back between
    # processes halves what a worker returns. Copy detection needs the passages' word
    # sequences, made here in parallel and cached with the rest.
    return (replace(source, text="", fingerprint=copy_fingerprint(prepared.texts)), problem,
            prepared)


Loaded = tuple[Source | None, str | None, "PreparedSource | None"]


def _load_and_pickle(job: FileJob) -> tuple[bytes, Fingerprint | None]:
    """A worker's unit of work, pickled by the worker: the bytes cross to the main process
    and go into the cache as they are, so the main process never pickles a source again;
    with the file's fingerprint, for the cache."""
    return (pickle.dumps(_load_and_prepare(job), protocol=pickle.HIGHEST_PROTOCOL),
            fingerprint_file(job.path, job.identity))


def _load_all(jobs: list[FileJob], progress: Progress = _quiet) -> list[
        tuple[Loaded, bytes, Fingerprint | None]]:
    """Load every file, in worker processes when there are enough files to pay for them;
    each result with its pickled form and the file's fingerprint, for the cache."""
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    results = []
    if len(jobs) < PARALLEL_MIN_FILES or workers < 2:
        for done, job in enumerate(jobs, 1):
            result = _load_and_prepare(job)
            results.append((result, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL),
                            fingerprint_file(job.path, job.identity)))
            progress("reading sources", done, len(jobs))
        return results
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    # Pool.imap feeds the workers lazily from a thread; an executor's map would first
    # submit every chunk from this thread (seconds at 100,000 files before any result).
    with context.Pool(workers, initializer=gc.enable) as pool:
        for done, (blob, found) in enumerate(pool.imap(_load_and_pickle, jobs,
                                                       chunksize=256), 1):
            results.append((pickle.loads(blob), blob, found))  # by our own worker just now
            if done % 100 == 0 or done == len(jobs):
                progress("reading sources", done, len(jobs))
    return results


@dataclass(frozen=True)
class LoadedProject:
    """A claims file and its corpus, loaded, split and tokenised."""

    claims: ClaimsFile
    sources: tuple[Source, ...]
    prepared: tuple[PreparedSource, ...]
    warnings: tuple[str, ...]


def _fingerprints(jobs: list[FileJob], cache: SourceCache) -> list[str | None]:
    """Each file's content fingerprint (None when the cache is off or it cannot be read).
    With no fingerprint recorded yet, every file will be read and hashed by whoever loads
    it: reading them all here first as well would cost a pass over the corpus."""
    if not cache.enabled or cache.cold:
        return [None] * len(jobs)
    return [cache.fingerprint(job.relative, job.path, job.identity) for job in jobs]


def _load_with_cache(jobs: list[FileJob], fingerprints: list[str | None], cache: SourceCache,
                     progress: Progress) -> list[Loaded]:
    """Files whose bytes and metadata the cache knows come from it; the rest are processed
    (in parallel when there are many) and remembered."""
    results: list[Loaded | None] = [None] * len(jobs)
    misses: list[int] = []
    for number, (job, fingerprint) in enumerate(zip(jobs, fingerprints, strict=True)):
        if fingerprint is not None:
            results[number] = cache.get(job.relative, fingerprint)
        if results[number] is None:
            misses.append(number)
    for number, (result, blob, found) in zip(misses, _load_all([jobs[n] for n in misses],
                                                               progress), strict=True):
        results[number] = result
        if fingerprints[number] is None and found is not None and cache.enabled:
            cache.remember(jobs[number].relative, found)
            fingerprints[number] = found[2]  # the caller's list: it keys the result cache
        fingerprint = fingerprints[number]
        if fingerprint is not None:
            cache.put(jobs[number].relative, fingerprint, blob)
    cache.save_in_background({job.relative for job in jobs})
    return [r for r in results if r is not None]


@dataclass(frozen=True)
class _Plan:
    """What a run will read: the claims and the corpus files, before any is loaded."""

    claims: ClaimsFile
    jobs: list[FileJob]
    notes: tuple[str, ...]


def _plan(claims_path: Path, select: tuple[str, ...] = (),
          max_bytes: int = MAX_SOURCE_BYTES) -> _Plan:
    claims = read_claims_file(claims_path)
    select_claims(claims, select)  # an unknown id fails now, before the corpus is read
    base = claims_path.parent
    paths, notes = discover(claims, base)
    check_metadata(claims, base, paths)
    check_rules(claims, (relative_posix(p, base) for p in paths))
    return _Plan(claims, file_jobs(claims, base, paths, max_bytes), tuple(notes))


def _load(plan: _Plan, fingerprints: list[str | None], progress: Progress,
          cache: SourceCache) -> LoadedProject:
    sources: list[Source] = []
    prepared: list[PreparedSource] = []
    warnings = list(plan.notes)
    loaded = _load_with_cache(plan.jobs, fingerprints, cache, progress)
    if cache.problem:
        warnings.append(cache.problem)
    for source, problem, ready in loaded:
        if problem:
            warnings.append(problem)
        elif source is not None and ready is not None:
            sources.append(source)
            prepared.append(ready)
    return LoadedProject(plan.claims, tuple(sources), tuple(prepared), tuple(warnings))


def load_project(claims_path: Path, progress: Progress = _quiet,
                 cache: SourceCache | None = None,
                 max_bytes: int = MAX_SOURCE_BYTES) -> LoadedProject:
    """Read the claims file and every corpus file it names."""
    plan = _plan(claims_path, max_bytes=max_bytes)
    cache = cache or SourceCache(None)
    try:
        return _load(plan, _fingerprints(plan.jobs, cache), progress, cache)
    finally:
        cache.join()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a corpus is loaded, indexed and matched.

    Those stages build millions of objects that live to the end and hold no reference
    cycles; the collector would walk all of them again and again for nothing (at 100,000
    documents, 10 s of a 67 s run). Worker processes that load files turn it back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check(config: CheckConfig) -> Report:
    """Run the whole pipeline for one claims file. An unchanged project's report comes from
    the cache, under a key made of the claims, the thresholds and every file's fingerprint."""
    with _collector_paused():
        cache = config.cache()
        try:
            return _check(config, cache)
        finally:
            cache.join()


def _check(config: CheckConfig, cache: SourceCache) -> Report:
    plan = _plan(config.claims_path, config.select, config.max_source_bytes)
    fingerprints = _fingerprints(plan.jobs, cache)
    key = _result_key(config, plan, fingerprints, cache)
    if key is not None:
        cached = cache.result(key)
        if isinstance(cached, Report):
            cache.save({job.relative for job in plan.jobs})
            # A damaged or outdated index was rebuilt by hashing every file: say so.
            notes = (cache.problem,) if cache.problem else ()
            return replace(cached, claims_path=plan.claims.path,
                           warnings=cached.warnings + notes)
    project = _load(plan, fingerprints, config.progress, cache)
    key = key or _result_key(config, plan, fingerprints, cache)  # a cold cache's, now known
    # The cache is saved on a thread while the index is built; it has finished before any
    # worker process is forked (a fork copies only the forking thread, not its locks' owners).
    report = check_sources(project.claims, project.sources, config.thresholds,
                           project.warnings, project.prepared, config.progress, cache.join,
                           config.select)
    if key is not None:
        # Stored without this run's note on a damaged cache: the next run finds it mended.
        cache.store_result(key, replace(report, warnings=tuple(
            w for w in report.warnings if w != cache.problem)))
    return report


def _result_key(config: CheckConfig, plan: _Plan, fingerprints: list[str | None],
                cache: SourceCache) -> str | None:
    if not cache.enabled or None in fingerprints:
        return None
    # Not the claims file's path as shown, which depends on the working folder: a report
    # asked for from elsewhere is the same report under another name.
    return result_key(replace(plan.claims, path=""), config.select, config.thresholds,
                      plan.notes, [
        (job.relative, fingerprint)
        for job, fingerprint in zip(plan.jobs, fingerprints, strict=True)])


def scan_project(config: CheckConfig) -> ScanReport:
    """Find the disagreements between the sources of a project, without its claims."""
    from crosscheck.scan import ScanReport, ScanScope, pair_up, statement_relations

    with _collector_paused():
        project = load_project(config.claims_path, config.progress, config.cache(),
                               config.max_source_bytes)
        grouping, notes = group_copies(project.claims, project.sources, project.prepared)
        index = _indexed(project.sources, project.prepared, config.progress)
        scope = ScanScope.of(index, grouping)
        found = _map_shared(partial(statement_relations, index, thresholds=config.thresholds,
                                    scope=scope),
                            len(index.passages), partial(config.progress, "scanning passages"),
                            parallel=len(index.passages) >= PARALLEL_MIN_STATEMENTS)
        return ScanReport(project.claims.path, pair_up(index, found),
                          _summaries(project.sources, index, grouping),
                          project.warnings + notes)
