"""Pipeline stage 1: claims.yaml text -> a validated ClaimsFile.

Pure: takes the file's text and its display path, never touches the disk. Every error names
``claims.yaml:LINE:COL``, says what is wrong and how to fix it, taken from PyYAML node marks.
"""

from __future__ import annotations

import datetime as dt
import difflib
import fnmatch
import re
from collections.abc import Iterator
from dataclasses import replace

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from crosscheck.errors import ClaimsError
from crosscheck.model import Acceptance, Claim, ClaimId, ClaimsFile, IndependenceRule, SourceMeta

SUPPORTED_VERSION = 1
DEFAULT_CORPUS = ("seeds",)
MAX_NODES = 100_000
TOP_KEYS = ("version", "corpus", "sources", "independence", "claims")
CLAIM_KEYS = ("id", "claim", "min_sources", "value", "aliases", "accept")
ACCEPT_KEYS = ("source", "reason")
SOURCE_KEYS = ("title", "publisher", "url", "published")
INDEPENDENCE_KEYS = ("sources", "publisher", "count", "reason")
COUNTS = ("once", "separately")
SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class _Parser:
    """Walks composed YAML nodes so every value keeps its line and column."""

    def __init__(self, path: str) -> None:
        self.path = path

    def error(self, node: Node, message: str, hint: str | None = None) -> ClaimsError:
        mark = node.start_mark
        return ClaimsError(
            message, path=self.path, line=mark.line + 1, column=mark.column + 1, hint=hint
        )

    def mapping(self, node: Node, what: str) -> list[tuple[ScalarNode, Node]]:
        if not isinstance(node, MappingNode):
            raise self.error(node, f"{what} must be a mapping", "write it as `key: value` lines")
        pairs: list[tuple[ScalarNode, Node]] = []
        seen: set[str] = set()
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                raise self.error(key, f"{what} has a key that is not a plain string")
            if key.value in seen:
                raise self.error(key, f'{what} repeats the key "{key.value}"', "keep one of them")
            seen.add(key.value)
            pairs.append((key, value))
        return pairs

    def check_keys(self, pairs: list[tuple[ScalarNode, Node]], allowed: tuple[str, ...],
                   what: str) -> None:
        for key, _ in pairs:
            if key.value not in allowed:
                close = difflib.get_close_matches(key.value, allowed, n=1)
                hint = (f'did you mean "{close[0]}"?' if close
                        else f"allowed keys: {', '.join(allowed)}")
                raise self.error(key, f'{what}: unknown key "{key.value}"', hint)

    def string(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode) or node.tag.endswith((":null", ":bool")):
            raise self.error(node, f"{what} must be a string")
        text = str(node.value).strip()
        if not text:
            raise self.error(node, f"{what} is empty")
        return text

    def strings(self, node: Node, what: str) -> tuple[str, ...]:
        if isinstance(node, ScalarNode):
            return (self.string(node, what),)
        if not isinstance(node, SequenceNode):
            raise self.error(node, f"{what} must be a string or a list of strings")
        return tuple(self.string(item, what) for item in node.value)

    def integer(self, node: Node, what: str, minimum: int) -> int:
        if not isinstance(node, ScalarNode) or not node.tag.endswith(":int"):
            raise self.error(node, f"{what} must be a whole number")
        number = int(node.value.replace("_", ""))
        if number < minimum:
            raise self.error(node, f"{what} must be at least {minimum}, not {number}")
        return number

    def date(self, node: Node, what: str) -> dt.date:
        text = self.string(node, what)
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise self.error(
                node, f'{what} "{text}" is not a date', "write it as YYYY-MM-DD, e.g. 2019-01-21"
            ) from None


def _count_nodes(node: Node) -> Iterator[Node]:
    """Every node, aliases expanded, so an alias bomb is caught before it is walked."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, MappingNode):
            for key, value in current.value:
                stack.extend((key, value))


# libyaml when pyyaml was built with it (most wheels): it composes a 1,000-claim file in a
# fifth of the time, with the same line and column marks on its nodes.
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str, path: str) -> Node | None:
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        pass
    # A broken file is read again by the Python parser, whose messages say more ("expected
    # ',' or ']', but got '<stream end>'").
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise ClaimsError(
            f"YAML syntax error: {problem}", path=path, line=line, column=column,
            hint="check indentation and quoting around this position",
        ) from None
    except yaml.YAMLError as exc:
        raise ClaimsError(f"YAML error: {exc}", path=path) from None


def parse_claims(text: str, path: str = "claims.yaml") -> ClaimsFile:
    """Validate a whole claims file and return it; raise ClaimsError at the first problem."""
    root = _compose(text, path)
    if root is None:
        raise ClaimsError("the file is empty", path=path, line=1, column=1,
                          hint="start from `crosscheck --help` or the README's example")
    for count, _ in enumerate(_count_nodes(root), 1):
        if count > MAX_NODES:
            raise ClaimsError(f"the file expands to more than {MAX_NODES:,} YAML nodes",
                              path=path, hint="remove recursive anchors and aliases")
    parser = _Parser(path)
    pairs = parser.mapping(root, "the top level")
    parser.check_keys(pairs, TOP_KEYS, "top level")
    fields = {key.value: value for key, value in pairs}
    _check_version(parser, fields.get("version"), root)
    corpus = parser.strings(fields["corpus"], "corpus") if "corpus" in fields else DEFAULT_CORPUS
    corpus_lines = _item_lines(fields["corpus"]) if "corpus" in fields else ()
    sources = _parse_sources(parser, fields["sources"]) if "sources" in fields else ()
    independence = (_parse_independence(parser, fields["independence"])
                    if "independence" in fields else ())
    if "claims" not in fields:
        raise parser.error(root, 'missing "claims"', "add a `claims:` list of {id, claim} entries")
    claims = _parse_claim_list(parser, fields["claims"])
    return ClaimsFile(path=path, corpus=corpus, sources=sources, claims=claims,
                      corpus_lines=corpus_lines, independence=independence)


def _item_lines(node: Node) -> tuple[int, ...]:
    items = node.value if isinstance(node, SequenceNode) else [node]
    return tuple(item.start_mark.line + 1 for item in items)


def _check_version(parser: _Parser, node: Node | None, root: Node) -> None:
    if node is None:
        raise parser.error(root, 'missing "version"', f"add `version: {SUPPORTED_VERSION}`")
    version = parser.integer(node, "version", 1)
    if version != SUPPORTED_VERSION:
        raise parser.error(node, f"unsupported version {version}",
                           f"this crosscheck reads version {SUPPORTED_VERSION}")


def _parse_sources(parser: _Parser, node: Node) -> tuple[SourceMeta, ...]:
    if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
        return ()
    metas = []
    for key, value in parser.mapping(node, "sources"):
        pairs = parser.mapping(value, f'source "{key.value}"')
        parser.check_keys(pairs, SOURCE_KEYS, f'source "{key.value}"')
        fields = {k.value: v for k, v in pairs}
        metas.append(SourceMeta(
            path=key.value.replace("\\", "/").removeprefix("./"),
            line=key.start_mark.line + 1,
            title=parser.string(fields["title"], "title") if "title" in fields else None,
            publisher=(parser.string(fields["publisher"], "publisher")
                       if "publisher" in fields else None),
            url=parser.string(fields["url"], "url") if "url" in fields else None,
            published=(parser.date(fields["published"], "published")
                       if "published" in fields else None),
        ))
    return tuple(metas)


def _parse_independence(parser: _Parser, node: Node) -> tuple[IndependenceRule, ...]:
    """``independence: [{sources: [paths or globs] | publisher: name, count: once |
    separately, reason: why}]``: what copy detection cannot know."""
    if not isinstance(node, SequenceNode):
        raise parser.error(node, '"independence" must be a list',
                           "write `independence: [{sources: [a.txt, b.txt], count: once}]`")
    return tuple(_independence_rule(parser, item) for item in node.value)


def _independence_rule(parser: _Parser, node: Node) -> IndependenceRule:
    what = "an independence entry"
    pairs = parser.mapping(node, what)
    parser.check_keys(pairs, INDEPENDENCE_KEYS, what)
    fields = {key.value: value for key, value in pairs}
    if ("sources" in fields) == ("publisher" in fields):
        raise parser.error(node, f"{what} needs exactly one of \"sources\" and \"publisher\"",
                           "name the sources by `sources: [paths or globs]`, or all of one "
                           "publisher by `publisher: NAME`")
    if "count" not in fields:
        raise parser.error(node, f'{what} is missing "count"',
                           "add `count: once` (they are one source of evidence) or "
                           "`count: separately` (never grouped as copies)")
    count = parser.string(fields["count"], "independence: count")
    if count not in COUNTS:
        raise parser.error(fields["count"], f'independence: count must be "once" or '
                           f'"separately", not "{count}"',
                           "once: they count as one source; separately: never grouped")
    sources: tuple[str, ...] = ()
    if "sources" in fields:
        sources = tuple(entry.replace("\\", "/").removeprefix("./") for entry in
                        parser.strings(fields["sources"], "independence: sources"))
    return IndependenceRule(
        count=count, line=node.start_mark.line + 1, sources=sources,
        publisher=(parser.string(fields["publisher"], "independence: publisher")
                   if "publisher" in fields else None),
        reason=parser.string(fields["reason"], "independence: reason")
        if "reason" in fields else None)


def _parse_claim_list(parser: _Parser, node: Node) -> tuple[Claim, ...]:
    if not isinstance(node, SequenceNode):
        raise parser.error(node, '"claims" must be a list', "start each claim with `- id: ...`")
    if not node.value:
        raise parser.error(node, '"claims" is empty', "add at least one {id, claim} entry")
    claims: list[Claim] = []
    first_line: dict[str, int] = {}
    for item in node.value:
        claim = _parse_claim(parser, item)
        if claim.id in first_line:
            first = first_line[claim.id]
            raise parser.error(item, f'duplicate claim id "{claim.id}"',
                               f"it is first used on line {first}; ids must be unique")
        first_line[claim.id] = claim.line
        claims.append(claim)
    return tuple(claims)


def _parse_claim(parser: _Parser, node: Node) -> Claim:
    pairs = parser.mapping(node, "a claim")
    fields = {key.value: value for key, value in pairs}
    ident = parser.string(fields["id"], "id") if "id" in fields else None
    label = f'claim "{ident}"' if ident else "a claim"
    parser.check_keys(pairs, CLAIM_KEYS, label)
    if ident is None:
        raise parser.error(node, 'a claim is missing "id"', "add `id: a-short-slug`")
    if not SLUG.match(ident):
        raise parser.error(fields["id"], f'{label}: id must be a slug (a-z, 0-9, ".", "_", "-")',
                           f'e.g. "{_slugify(ident)}"')
    if "claim" not in fields:
        raise parser.error(node, f'{label} is missing "claim"', "add `claim: <the sentence>`")
    return Claim(
        id=ClaimId(ident),
        text=parser.string(fields["claim"], f"{label}: claim"),
        line=node.start_mark.line + 1,
        column=node.start_mark.column + 1,
        min_sources=(parser.integer(fields["min_sources"], f"{label}: min_sources", 1)
                     if "min_sources" in fields else 1),
        value=parser.string(fields["value"], f"{label}: value") if "value" in fields else None,
        aliases=parser.strings(fields["aliases"], f"{label}: aliases") if "aliases" in fields
        else (),
        accept=_parse_accept(parser, fields["accept"], label) if "accept" in fields else (),
    )


def _parse_accept(parser: _Parser, node: Node, label: str) -> tuple[Acceptance, ...]:
    """``accept: [{source: path, reason: why}]``: known discrepancies, each with a reason."""
    if not isinstance(node, SequenceNode):
        raise parser.error(node, f"{label}: accept must be a list",
                           'write `accept: [{source: path, reason: "why"}]`')
    accepted = []
    for item in node.value:
        pairs = parser.mapping(item, f"{label}: an accept entry")
        parser.check_keys(pairs, ACCEPT_KEYS, f"{label}: accept")
        fields = {key.value: value for key, value in pairs}
        for required in ACCEPT_KEYS:
            if required not in fields:
                raise parser.error(item, f'{label}: an accept entry is missing "{required}"',
                                   "every accepted discrepancy names its source and a reason")
        accepted.append(Acceptance(
            source=parser.string(fields["source"], f"{label}: accept source").replace(
                "\\", "/").removeprefix("./"),
            reason=parser.string(fields["reason"], f"{label}: accept reason"),
            line=item.start_mark.line + 1))
    return tuple(accepted)


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-._") or "my-claim"


GLOB = re.compile(r"[*?\[]")


def is_selected(claim_id: str, patterns: tuple[str, ...]) -> bool:
    """Whether an id is one of ``patterns`` (ids or globs such as ``bridge-*``); every id is
    selected when there are none."""
    return not patterns or any(fnmatch.fnmatchcase(claim_id, p) for p in patterns)


def select_claims(claims: ClaimsFile, patterns: tuple[str, ...]) -> ClaimsFile:
    """The claims named by ``--select`` patterns, in file order; a pattern that names no
    claim is an error with the closest id as a suggestion."""
    if not patterns:
        return claims
    ids = [c.id for c in claims.claims]
    for pattern in patterns:
        if not any(fnmatch.fnmatchcase(i, pattern) for i in ids):
            close = difflib.get_close_matches(pattern, ids, n=1)
            what = (f'no claim id matches "{pattern}"' if GLOB.search(pattern)
                    else f'no claim with id "{pattern}"')
            raise ClaimsError(
                what, path=claims.path,
                hint=f'did you mean "{close[0]}"?' if close else
                "ids: " + ", ".join(sorted(ids)[:20]) + (", …" if len(ids) > 20 else ""))
    return replace(claims, claims=tuple(c for c in claims.claims if is_selected(c.id, patterns)))
