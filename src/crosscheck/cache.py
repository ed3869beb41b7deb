"""The cache: loading, cleaning and splitting a file is done once per content, and a check of
an unchanged project is not done again.

Three files under ``.crosscheck/`` beside the claims file:

- ``sources.index``: per corpus file, its SHA-256 content fingerprint (with its claims.yaml
  metadata) and the stat (size, mtime, inode) it had when hashed. A file whose stat is
  unchanged is not read again to be hashed, as git does for its index; a file modified
  within two seconds before the index was written is always hashed again, since a second
  change in the same timestamp tick would not show in its stat.
- ``sources.cache``: per fingerprint, the file loaded, cleaned, split and tokenised. Read
  only when some file is not in the result cache's key; only a changed file is processed.
- ``result.cache``: the last report, under a key made of the claims file, the thresholds,
  crosscheck's version and every file's fingerprint. Nothing changed: nothing recomputed.

Every file is signed with HMAC-SHA256 under a key kept outside the project (in the user's
cache folder): a cache that is damaged, written by another crosscheck version, or copied from
elsewhere (say, committed to a repository) fails the check and is rebuilt, never unpickled.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import pickle
import secrets
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from crosscheck import __version__

MAGIC = b"crosscheck-cache\n"
FORMAT = 2
CACHE_DIR = ".crosscheck"
INDEX_FILE = "sources.index"
CACHE_FILE = "sources.cache"
RESULT_FILE = "result.cache"
RACY_NS = 2_000_000_000  # a change this close before the index was written may not show

Stat = tuple[int, int, int]


def _key_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crosscheck" / "cache-key"


def _key() -> bytes | None:
    """This user's signing key, made on first use; None when it cannot be kept."""
    path = _key_file()
    try:
        if path.is_file():
            key = path.read_bytes()
            if len(key) == 32:
                return key
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        return key
    except OSError:
        return None


@functools.lru_cache(maxsize=1)
def _stamp() -> bytes:
    """What a cache file must have been written by: this format, this version, and this very
    code (a hash of the package's source), since pickled objects follow class layouts that
    change between commits of one version."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0")
        digest.update(source.read_bytes())
    return f"{FORMAT}:{__version__}:{digest.hexdigest()[:16]}".encode()


class _CacheFileError(Exception):
    """A cache file that exists but cannot be trusted or decoded."""


def _read_signed(path: Path, key: bytes) -> Any | None:
    """The object in a signed cache file; None when there is none; _CacheFileError when bad."""
    try:
        # A memoryview: slicing the header off a large cache must not copy it.
        data = memoryview(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _CacheFileError(f"could not be read ({exc.strerror})") from None
    stamp = _stamp()
    head = len(MAGIC) + len(stamp) + 32
    expected = hmac.new(key, data[head:], hashlib.sha256).digest()
    if (bytes(data[:len(MAGIC) + len(stamp)]) != MAGIC + stamp or len(data) < head
            or not hmac.compare_digest(data[head - 32:head], expected)):
        raise _CacheFileError("was not written by this crosscheck for this user, or is damaged")
    try:
        return pickle.loads(data[head:])  # signed by us: see the module docstring
    except Exception:
        raise _CacheFileError("could not be decoded") from None


def _written_by_this_code(path: Path) -> bool:
    """The cache file exists and its header names this code (read without the rest: after
    an upgrade, a large cache is worthless, and hashing every file for it a waste)."""
    stamp = MAGIC + _stamp()
    try:
        with path.open("rb") as handle:
            return handle.read(len(stamp)) == stamp
    except OSError:
        return False


def _write_signed(path: Path, key: bytes, value: object) -> None:
    """Write atomically; a cache that cannot be written is only a slower next run."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    signature = hmac.new(key, payload, hashlib.sha256).digest()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _ignore_in_git(path.parent)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False,
                                         prefix=f".{path.name}.", suffix=".tmp") as handle:
            handle.write(MAGIC + _stamp() + signature + payload)
            temporary = Path(handle.name)
        temporary.replace(path)
    except OSError:
        return


Fingerprint = tuple[Stat | None, str, str]
"""(the file's stat when hashed, its metadata's hash, its content fingerprint)."""


def metadata_hash(metadata: object) -> str:
    return hashlib.sha256(repr(metadata).encode()).hexdigest()[:16]


def fingerprint_file(path: str, metadata: object) -> Fingerprint | None:
    """Hash a file's bytes and metadata (None when it cannot be read). Pure: worker
    processes that read a file anyway hash it too."""
    stat = _stat_of(path)
    try:
        with open(path, "rb") as handle:  # noqa: PTH123
            data = handle.read()
    except OSError:
        return None
    meta = metadata_hash(metadata)
    return stat, meta, hashlib.sha256(data).hexdigest() + ":" + meta


def _stat_of(path: str) -> Stat | None:
    try:
        st = os.stat(path)  # noqa: PTH116 (a str path: no Path object per corpus file)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


class SourceCache:
    """The three cache files of one project, read when first needed and written back."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.key = _key() if folder is not None else None
        self.problem: str | None = None
        self._index: dict[str, tuple[Stat, str, str]] = {}
        self._index_written = 0
        self._entries: dict[str, tuple[str, Any]] | None = None
        self.used: set[str] = set()
        self.changed = False  # the entries
        self.index_changed = False
        self._saving: threading.Thread | None = None
        if self.enabled:
            loaded = self._load(INDEX_FILE)
            if isinstance(loaded, tuple) and len(loaded) == 2:
                self._index_written, self._index = loaded

    @property
    def enabled(self) -> bool:
        return self.folder is not None and self.key is not None

    def _load(self, name: str) -> Any | None:
        assert self.folder is not None and self.key is not None
        try:
            return _read_signed(self.folder / name, self.key)
        except _CacheFileError as exc:
            self.problem = f"the cache file {name} {exc}; rebuilt"
            return None

    @property
    def entries(self) -> dict[str, tuple[str, bytes]]:
        """relative path -> (fingerprint, the loaded file pickled)."""
        if self._entries is None:
            loaded = self._load(CACHE_FILE) if self.enabled else None
            self._entries = loaded if isinstance(loaded, dict) else {}
        return self._entries

    @property
    def cold(self) -> bool:
        """Nothing cached yet (no fingerprint, no loaded file): every file must be read
        anyway. A damaged index beside cached files is not cold: hashing saves reloading."""
        return (not self._index and self.folder is not None
                and not _written_by_this_code(self.folder / CACHE_FILE))

    def fingerprint(self, relative: str, path: str, metadata: object) -> str | None:
        """The file's content fingerprint, from the index when its stat says it is the same
        file as when hashed; None when it cannot be read."""
        stat = _stat_of(path)
        known = self._index.get(relative)
        if (stat is not None and known is not None and known[0] == stat
                and known[1] == metadata_hash(metadata)
                and stat[1] < self._index_written - RACY_NS):
            return known[2]
        found = fingerprint_file(path, metadata)
        if found is None:
            return None
        self.remember(relative, found)
        return found[2]

    def remember(self, relative: str, found: Fingerprint) -> None:
        """Record a file's fingerprint and the stat it had (from ``fingerprint_file``)."""
        if found[0] is not None and self._index.get(relative) != found:
            self._index[relative] = (found[0], found[1], found[2])
            self.index_changed = True

    def get(self, path: str, fingerprint: str) -> Any | None:
        entry = self.entries.get(path)
        if entry is not None and entry[0] == fingerprint:
            self.used.add(path)
            # The whole file was checked against its signature when read: see the docstring.
            return pickle.loads(entry[1])
        return None

    def put(self, path: str, fingerprint: str, pickled: bytes) -> None:
        self.entries[path] = (fingerprint, pickled)
        self.used.add(path)
        self.changed = True

    def release(self) -> None:
        """Forget the entries once saved: a large corpus's loaded files are held once, by
        the caller, not twice."""
        self._entries = None

    def save_in_background(self, present: set[str]) -> None:
        """Save and release on a thread: writing a large cache (mostly hashing and disk, which
        release the interpreter lock) overlaps with building the index. ``join`` waits."""
        def save_and_release() -> None:
            self.save(present)
            self.release()

        self._saving = threading.Thread(target=save_and_release, name="crosscheck-cache")
        self._saving.start()

    def join(self) -> None:
        if self._saving is not None:
            self._saving.join()
            self._saving = None

    def result(self, key: str) -> Any | None:
        """The result stored under ``key``, if the last one stored was under it."""
        if not self.enabled:
            return None
        stored = self._load(RESULT_FILE)
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key:
            return stored[1]
        return None

    def store_result(self, key: str, value: object) -> None:
        if self.enabled and self.folder is not None and self.key is not None:
            _write_signed(self.folder / RESULT_FILE, self.key, (key, value))

    def save(self, present: set[str] | None = None) -> None:
        """Write the index and the entries in use (files gone from the corpus dropped)."""
        if not self.enabled or self.folder is None or self.key is None:
            return
        if present is not None:
            for gone in set(self._index) - present:
                del self._index[gone]
                self.index_changed = True
        if self._entries is not None:
            stale = set(self._entries) - self.used
            for path in stale:
                del self._entries[path]
            if self.changed or stale:
                _write_signed(self.folder / CACHE_FILE, self.key, self._entries)
        # Rewritten while it holds entries hashed within RACY_NS of now, so that a later run
        # may trust their stat once they are old enough.
        if self.index_changed or any(
                entry[0][1] >= self._index_written - RACY_NS for entry in self._index.values()):
            _write_signed(self.folder / INDEX_FILE, self.key, (time.time_ns(), self._index))


def result_key(*parts: object) -> str:
    """A key for a result: the SHA-256 of its inputs' representations."""
    digest = hashlib.sha256(__version__.encode())
    for part in parts:
        digest.update(b"\0" + repr(part).encode())
    return digest.hexdigest()


def _ignore_in_git(folder: Path) -> None:
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# crosscheck's cache: rebuilt when missing\n*\n", encoding="utf-8")
