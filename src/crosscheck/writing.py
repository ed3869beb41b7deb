"""Writing what crosscheck produces (reports, the lock, SARIF and JUnit files, init's
scaffold): atomically, with the permissions any other tool would give the file, and a
failure told as what could not be written and why (an input error, exit 2).

Used by the CLI only; the core never writes these files.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

from crosscheck.errors import CrosscheckError

NEW_FILE_MODE = 0o666  # less the umask, as open() and every shell redirection do


class WriteError(CrosscheckError):
    """An output file could not be written."""


def write_atomically(path: Path, text: str, *, make_folders: bool = False) -> None:
    """Write a file so that readers see the old content or the new, never half of it.

    A new file gets the mode the umask allows (0644 under umask 022); a file replaced keeps
    its mode. Only regular files are replaced: /dev/stdout, /dev/null or a named pipe is
    written to directly, never renamed over.
    """
    try:
        if make_folders:
            path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not path.is_file():
            with path.open("w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            return
        _replace(path, text.encode("utf-8"))
    except OSError as exc:
        raise _write_error(path, exc) from None


def _replace(path: Path, data: bytes) -> None:
    folder = path.parent
    while True:
        temporary = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL,
                                 NEW_FILE_MODE)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        if path.is_file():
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))  # noqa: PTH101
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _write_error(path: Path, exc: OSError) -> WriteError:
    folder = path.parent.as_posix() or "."
    if exc.errno == errno.ENOENT:
        return WriteError(f"cannot write it: the folder {folder} does not exist",
                          path=path.as_posix(), hint="create the folder first, or write "
                                                     "somewhere else")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WriteError(f"cannot write it: permission denied in {folder}",
                          path=path.as_posix(), hint="write to a folder you may change, or "
                                                     "fix its permissions")
    if exc.errno == errno.ENOTDIR:
        return WriteError(f"cannot write it: {folder} is not a folder", path=path.as_posix(),
                          hint="choose a path inside a folder")
    if exc.errno == errno.EISDIR:
        return WriteError("cannot write it: it is a folder", path=path.as_posix(),
                          hint="name a file")
    return WriteError(f"cannot write it: {exc.strerror or exc}", path=path.as_posix())
