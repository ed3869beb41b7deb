"""One exception family for bad input, each located at file:line:col with a hint.

The core raises these; the CLI turns them into one line on stderr and exit code 2.
"""

from __future__ import annotations


class CrosscheckError(Exception):
    """Bad input the user can fix: says where, what is wrong and how to fix it."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint

    def location(self) -> str:
        """``path:line:col`` with whatever parts are known."""
        parts = [p for p in (self.path, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        where = self.location()
        text = f"{where}: {self.message}" if where else self.message
        return f"{text}; {self.hint}" if self.hint else text


class ClaimsError(CrosscheckError):
    """claims.yaml is malformed or inconsistent."""


class CorpusError(CrosscheckError):
    """The corpus named in claims.yaml cannot be found or read."""
