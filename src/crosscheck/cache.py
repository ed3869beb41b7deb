"""The source cache: loading, cleaning and splitting a file is done once per content.

Entries are keyed by the file's path, the SHA-256 of its bytes and its claims.yaml metadata,
in one file under ``.crosscheck/`` beside the claims file. Only a changed file is processed
again. The file is signed with HMAC-SHA256 under a key kept outside the project (in the
user's cache folder): a cache that is damaged, written by another crosscheck version, or
copied from elsewhere (say, committed to a repository) fails the check and is rebuilt, never
unpickled.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import tempfile
from pathlib import Path
from typing import Any

from crosscheck import __version__

MAGIC = b"crosscheck-cache\n"
FORMAT = 1
CACHE_DIR = ".crosscheck"
CACHE_FILE = "sources.cache"


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


def _stamp() -> bytes:
    return f"{FORMAT}:{__version__}".encode()


class SourceCache:
    """Entries read from and written back to one cache file."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / CACHE_FILE if folder is not None else None
        self.key = _key() if folder is not None else None
        self.entries: dict[str, tuple[str, Any]] = {}
        self.used: set[str] = set()
        self.changed = False
        self.problem: str | None = None
        if self.path is not None and self.key is not None and self.path.is_file():
            self._read()

    @property
    def enabled(self) -> bool:
        return self.path is not None and self.key is not None

    def _read(self) -> None:
        assert self.path is not None and self.key is not None
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            self.problem = f"the source cache could not be read ({exc.strerror}); rebuilt"
            return
        stamp = _stamp()
        head = len(MAGIC) + len(stamp) + 32
        expected_sig = hmac.new(self.key, data[head:], hashlib.sha256).digest()
        if (not data.startswith(MAGIC + stamp) or len(data) < head
                or not hmac.compare_digest(data[head - 32:head], expected_sig)):
            self.problem = ("the source cache was not written by this crosscheck for this "
                            "user, or is damaged; rebuilt")
            return
        try:
            entries = pickle.loads(data[head:])  # signed by us: see the module docstring
        except Exception:
            self.problem = "the source cache could not be decoded; rebuilt"
            return
        if isinstance(entries, dict):
            self.entries = entries

    @staticmethod
    def fingerprint(data: bytes, metadata: object) -> str:
        return hashlib.sha256(data).hexdigest() + ":" + hashlib.sha256(
            repr(metadata).encode()).hexdigest()[:16]

    def get(self, path: str, fingerprint: str) -> Any | None:
        entry = self.entries.get(path)
        if entry is not None and entry[0] == fingerprint:
            self.used.add(path)
            return entry[1]
        return None

    def put(self, path: str, fingerprint: str, value: Any) -> None:
        self.entries[path] = (fingerprint, value)
        self.used.add(path)
        self.changed = True

    def save(self) -> None:
        """Write the entries in use (dropping files gone from the corpus), atomically."""
        if not self.enabled or self.path is None or self.key is None:
            return
        stale = set(self.entries) - self.used
        if not self.changed and not stale:
            return
        for path in stale:
            del self.entries[path]
        payload = pickle.dumps(self.entries, protocol=pickle.HIGHEST_PROTOCOL)
        signature = hmac.new(self.key, payload, hashlib.sha256).digest()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _ignore_in_git(self.path.parent)
            with tempfile.NamedTemporaryFile("wb", dir=self.path.parent, delete=False,
                                             prefix=".sources.", suffix=".tmp") as handle:
                handle.write(MAGIC + _stamp() + signature + payload)
                temporary = Path(handle.name)
            temporary.replace(self.path)
        except OSError:
            return  # a cache that cannot be written is only a slower next run


def _ignore_in_git(folder: Path) -> None:
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# crosscheck's cache: rebuilt when missing\n*\n", encoding="utf-8")
