"""Small helpers for the words crosscheck prints: counted nouns in the right number."""

from __future__ import annotations


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``1 source``, ``2 sources``, ``1,204 claims``: a count with its noun agreeing."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"
