"""The JSON Schema of claims.yaml version 1, for editors (yaml-language-server) and tools.

The parser in claims.py is the authority (it also checks what a schema cannot: unique ids,
files in the corpus); this schema says the same about shapes and names, and a test keeps the
two in step.
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ID = "https://pypi.org/project/crosscheck-claims/claims-v1.schema.json"


def _string(description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "description": description, **extra}


def claims_schema() -> dict[str, Any]:
    """The schema as a dict."""
    source = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "title": _string("The source's title."),
            "publisher": _string("Who published it."),
            "url": _string("Where it was published; a date in it can date the source."),
            "published": _string("Publication date, YYYY-MM-DD: resolves 'Tuesday', "
                                 "'last month' and year-less dates.", format="date"),
        },
    }
    accept = {
        "type": "object",
        "additionalProperties": False,
        "required": ["source", "reason"],
        "properties": {
            "source": _string("The source path whose conflicts with this claim are known."),
            "reason": _string("Why the discrepancy is accepted; shown in every report."),
        },
    }
    independence = {
        "type": "object",
        "additionalProperties": False,
        "required": ["count"],
        "oneOf": [{"required": ["sources"]}, {"required": ["publisher"]}],
        "properties": {
            "sources": {"description": "The sources the entry is about: paths or globs "
                                       "relative to this file.",
                        "oneOf": [_string("One path or glob."),
                                  {"type": "array", "items": _string("A path or glob.")}]},
            "publisher": _string("Every source whose publisher (metadata) is this."),
            "count": {"enum": ["once", "separately"],
                      "description": "once: they are one source of evidence, as copies are; "
                                     "separately: copy detection never groups them."},
            "reason": _string("Why; shown where the grouping is explained."),
        },
    }
    claim = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "claim"],
        "properties": {
            "id": _string("A unique slug.", pattern="^[a-z0-9][a-z0-9._-]*$"),
            "claim": _string("The claim, as a sentence or a terse note."),
            "min_sources": {"type": "integer", "minimum": 1, "default": 1,
                            "description": "How many sources must support the claim."},
            "value": _string("Which of the claim's values is checked, as written in it."),
            "aliases": {"description": "Other phrasings of the same fact.",
                        "oneOf": [_string("One alias."),
                                  {"type": "array", "items": _string("An alias.")}]},
            "accept": {"type": "array", "items": accept,
                       "description": "Known discrepancies: never fail CI, always shown."},
        },
    }
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "crosscheck claims file, version 1",
        "type": "object",
        "additionalProperties": False,
        "required": ["version", "claims"],
        "properties": {
            "version": {"const": 1},
            "corpus": {"description": "Files, folders (read recursively) or globs, relative "
                                      "to this file. Default: [seeds].",
                       "oneOf": [_string("One entry."),
                                 {"type": "array", "items": _string("An entry.")}]},
            "sources": {"type": "object", "additionalProperties": source,
                        "description": "Metadata per source path."},
            "independence": {"type": "array", "items": independence,
                             "description": "Sources that count once, or separately, "
                                            "whatever copy detection finds."},
            "claims": {"type": "array", "minItems": 1, "items": claim},
        },
    }


def render_schema() -> str:
    """The schema as indented JSON."""
    return json.dumps(claims_schema(), indent=2) + "\n"
