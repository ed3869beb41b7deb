"""Pipeline stage: a source's text -> passages (sentences) located in the original file.

Blocks are split first at line breaks that end a unit of text (a blank line, a line ending in
sentence punctuation, a heading or list item); a break inside a wrapped sentence is kept.
nupunkt then splits each block into sentences and returns offsets, from which every passage
gets the 1-based line and column of its first character in the original file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import nupunkt

from crosscheck.model import Passage, Source

_TERMINAL = re.compile(r"[.!?…:;\"”’)\]]\s*$")
_BLOCK_START = re.compile(r"^\s*(?:[#>*•·\-–—+]|\d+[.)]\s|[A-Z\"“‘(\[])")
_LIST_OR_HEADING = re.compile(r"^\s*(?:#{1,6}\s|>|[*•·▪+-]\s|\d{1,3}[.)]\s)")
WRAPPED_LINE = 50  # characters: shorter lines are headings or labels, not wrapped prose
_SPACE_BEFORE_PUNCTUATION = re.compile(r" +([,.;:!?])")
_SPACE = re.compile(r"\s+")
_HAS_WORD = re.compile(r"[^\W\d_]{2,}")
# Heading, quote and list markers at the start of a sentence are layout, not text.
_LEADING_MARKUP = re.compile(r"^(?:#{1,6}|>+|[-*+•·▪]|\d{1,3}[.)])[ \t]+")


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of blocks: runs of lines that belong to one unit of text."""
    start = 0
    offset = 0
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        offset_end = offset + len(line)
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        if _ends_block(line, next_line):
            if text[start:offset_end].strip():
                yield start, offset_end
            start = offset_end
        offset = offset_end
    if text[start:].strip():
        yield start, len(text)


def _ends_block(line: str, next_line: str) -> bool:
    if not line.strip() or not next_line.strip():
        return True
    if _TERMINAL.search(line) or _LIST_OR_HEADING.match(next_line):
        return True
    # A long line without a full stop was wrapped mid-sentence; a short one (a headline, a
    # label) ends its unit when the next line starts like a new one.
    return len(line.strip()) < WRAPPED_LINE and bool(_BLOCK_START.match(next_line))


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


def _sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence: nupunkt's sentences of the whole text, cut where a
    block ends. One nupunkt call per text, not one per block: its decisions are local to
    the words around each full stop, and the calls cost more than the splitting. (Only
    punctuation nupunkt joins across a block's edge differs: a quote mark opening a block
    after a sentence's end stays with that sentence.)"""
    spans = nupunkt.sent_spans(text)
    span = 0
    for block_start, block_end in _blocks(text):
        while span < len(spans) and spans[span][1] <= block_start:
            span += 1
        position = span
        while position < len(spans) and spans[position][0] < block_end:
            yield max(spans[position][0], block_start), min(spans[position][1], block_end)
            position += 1


def split_passages(source: Source) -> tuple[Passage, ...]:
    """Every sentence of the source with words in it, in reading order."""
    text = source.text
    starts = _line_starts(text)
    passages: list[Passage] = []
    for span_start, span_end in _sentence_spans(text):
        raw = text[span_start:span_end]
        stripped = raw.lstrip()
        marker = _LEADING_MARKUP.match(stripped)
        if marker:
            stripped = stripped[marker.end():]
        begin = span_start + (len(raw) - len(stripped))
        sentence = " ".join(stripped.split())
        if " " in sentence and _SPACE_BEFORE_PUNCTUATION.search(sentence):
            sentence = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", sentence)
        if not _HAS_WORD.search(sentence):
            continue
        line_index = bisect.bisect_right(starts, begin) - 1
        passages.append(Passage(
            source=source.path, index=len(passages), text=sentence,
            line=line_index + 1, column=begin - starts[line_index] + 1, start=begin,
        ))
    return tuple(passages)
