"""Pipeline stage, inside loading: a file's raw text -> clean text by file type, plus metadata.

Every loader returns text with the *same lines* as the original file: what it removes (front
matter, code blocks, page furniture, markup) becomes blank space, so passages split from the
clean text keep line numbers that point into the original file. HTML is the exception that
proves the rule: its paragraphs are extracted by trafilatura and put back at the line and
column where each one starts in the page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import yaml

from crosscheck.boilerplate import classify_lines
from crosscheck.model import DroppedLine

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".text", ".rst")
LOADABLE_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_EMPHASIS = re.compile(r"\*\*|__")
_CODE_SPAN = re.compile(r"`+")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class FileMetadata:
    """Metadata a file states about itself (front matter, HTML meta tags)."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_origin: str | None = None


@dataclass(frozen=True)
class LoadedText:
    """Clean text aligned line for line with the original, and what was left out."""

    text: str
    metadata: FileMetadata
    dropped: tuple[DroppedLine, ...]


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _link_text(m: re.Match[str]) -> str:
    """``[text](url)`` -> `` text `` padded to the same width, so columns stay true."""
    return " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1)


def strip_inline_markup(line: str) -> str:
    """Links to their text, images and emphasis markers to spaces, width preserved."""
    if "](" not in line and "**" not in line and "__" not in line:
        return line  # most lines: three substitutions saved
    line = _IMAGE.sub(_spaces, line)
    line = _LINK.sub(_link_text, line)
    return _EMPHASIS.sub(_spaces, line)


def _terminator(line: str) -> str:
    return line[len(line.rstrip("\r\n")):]


def _drop_furniture(lines: list[str], extra: tuple[DroppedLine, ...] = ()) -> LoadedText:
    classified = classify_lines([line.rstrip("\r\n") for line in lines])
    kept = [line if keep else _terminator(line) for line, keep in zip(lines, classified.keep,
                                                                        strict=True)]
    dropped = tuple(sorted((*extra, *classified.dropped), key=lambda d: d.line))
    return LoadedText("".join(kept), FileMetadata(), dropped)


def load_plain(raw: str) -> LoadedText:
    """Plain or scraped text: inline link markup cleaned, furniture lines blanked."""
    lines = [strip_inline_markup(line) for line in raw.splitlines(keepends=True)]
    return _drop_furniture(lines)


def load_markdown(raw: str) -> LoadedText:
    """Markdown: front matter read as metadata, code blocks skipped, inline markup cleaned."""
    lines = raw.splitlines(keepends=True)
    metadata, front_end = _front_matter(lines)
    skipped: list[DroppedLine] = []
    cleaned: list[str] = []
    in_fence = False
    for number, line in enumerate(lines, 1):
        fence = bool(_FENCE.match(line))
        if number <= front_end or in_fence or fence:
            if line.strip():
                skipped.append(DroppedLine(number, line.strip(), "front matter" if
                                           number <= front_end else "code block"))
            cleaned.append(_terminator(line))
            in_fence = in_fence != fence
            continue
        cleaned.append(_CODE_SPAN.sub(_spaces, strip_inline_markup(line)))
    loaded = _drop_furniture(cleaned, tuple(skipped))
    return LoadedText(loaded.text, metadata, loaded.dropped)


def _front_matter(lines: list[str]) -> tuple[FileMetadata, int]:
    """Metadata from a leading ``---`` YAML block, and the number of its last line."""
    if not lines or lines[0].strip() != "---":
        return FileMetadata(), 0
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            try:
                data = yaml.safe_load("".join(lines[1:index]))
            except yaml.YAMLError:
                data = None
            return _metadata_from(data if isinstance(data, dict) else {}, "front matter"), \
                index + 1
    return FileMetadata(), 0


def _metadata_from(data: dict[object, object], origin: str) -> FileMetadata:
    def text(*keys: str) -> str | None:
        for key in keys:
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    published = _parse_date(data.get("published", data.get("date")))
    return FileMetadata(
        title=text("title"), publisher=text("publisher", "source", "site"),
        url=text("url", "canonical_url", "canonical"), published=published,
        published_origin=origin if published else None)


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            return None
    return None


# --- HTML ---------------------------------------------------------------------------------

_META_DATES = ("article:published_time", "og:published_time", "datepublished",
               "date", "pubdate", "publishdate", "dc.date.issued", "dc.date", "sailthru.date")


class _PageReader(HTMLParser):
    """Collects visible text with its position, and the page's explicit metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[str, int, int]] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag in ("script", "style", "noscript", "template"):
            self._hidden += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or
                   values.get("itemprop") or "").lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"])
        elif tag == "link" and "canonical" in values.get("rel", "").lower():
            self.meta.setdefault("canonical", values.get("href", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._hidden and data.strip():
            line, column = self.getpos()
            self.pieces.append((data, line, column + 1))


def _html_metadata(reader: _PageReader) -> FileMetadata:
    meta = reader.meta
    published = None
    origin = None
    for key in _META_DATES:
        if key in meta:
            published = _parse_date(meta[key][:10] if len(meta[key]) >= 10 else meta[key])
            if published:
                origin = f'HTML meta "{key}"'
                break
    return FileMetadata(
        title=(meta.get("og:title") or reader.title or "").strip() or None,
        publisher=(meta.get("og:site_name") or "").strip() or None,
        url=(meta.get("og:url") or meta.get("canonical") or "").strip() or None,
        published=published, published_origin=origin)


def _locate(paragraphs: list[str], reader: _PageReader) -> list[tuple[int, int, str]]:
    """(line, column, text) for each extracted paragraph, found in the page's visible text."""
    flat_parts: list[str] = []
    starts: list[tuple[int, int, int]] = []  # (offset in flat text, line, column)
    offset = 0
    for data, line, column in reader.pieces:
        chunk = " ".join(data.split())
        starts.append((offset, line, column))
        flat_parts.append(chunk)
        offset += len(chunk) + 1
    flat = " ".join(flat_parts)
    located: list[tuple[int, int, str]] = []
    cursor = 0
    for paragraph in paragraphs:
        clean = " ".join(paragraph.split())
        found = flat.find(clean[:60], cursor)
        if found < 0:
            found = flat.find(clean[:60])
        if found >= 0:
            cursor = found
        position = max((s for s in starts if s[0] <= max(found, cursor)), default=(0, 1, 1))
        located.append((position[1], position[2], clean))
    return located


def load_html(raw: str) -> LoadedText:
    """Main content by trafilatura, placed back at each paragraph's original line."""
    import trafilatura  # only pages pay for it: lxml and friends load in ~0.3 s

    reader = _PageReader()
    reader.feed(raw)
    reader.close()
    extracted = trafilatura.extract(raw, output_format="txt", include_comments=False,
                                    include_tables=True, favor_precision=True) or ""
    paragraphs = [p for p in extracted.splitlines() if p.strip()]
    lines = [""] * (raw.count("\n") + 1)
    for line, column, text in _locate(paragraphs, reader):
        index = min(line, len(lines)) - 1
        current = lines[index]
        lines[index] = (current + " " + text) if current else " " * (column - 1) + text
    loaded = _drop_furniture([line + "\n" for line in lines])
    return LoadedText(loaded.text, _html_metadata(reader), loaded.dropped)


def load(suffix: str, raw: str) -> LoadedText:
    """The loader for a file type (by its suffix, lower case)."""
    if suffix in MARKDOWN_SUFFIXES:
        return load_markdown(raw)
    if suffix in HTML_SUFFIXES:
        return load_html(raw)
    return load_plain(raw)
