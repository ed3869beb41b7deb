"""Synthetic news corpora with planted facts, for the benchmark and the scale tests.

Each document is a short local news story about one invented town, person and organisation
(names built from syllables, so facts never collide by accident), with a dateline, filler
sentences, and three facts carrying values: a count, a money amount and a date. Claims are
written from the facts, each one either true (a planted support) or with its value changed
(a planted conflict), in the terse or the full style people write.

Run: python bench/generate.py OUT_DIR --documents 1000 --claims 100
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

SYLLABLES = ("ka", "lo", "mer", "vi", "dan", "su", "tor", "el", "bra", "nik", "os", "ul",
             "ren", "ta", "gol", "pe", "ris", "am", "dor", "fa", "lin", "qua", "zo", "hel")
FIRST = ("Ana", "Tomas", "Lena", "Marek", "Ines", "Pavel", "Sara", "Jonas", "Mira", "Emil",
         "Nora", "Oskar", "Vera", "Ivo", "Rosa", "Karl")
FILLER = (
    "Residents said the decision had been expected for months.",
    "The proposal drew criticism from opposition members at a heated meeting.",
    "Local businesses welcomed the news, according to the chamber of commerce.",
    "The regional government has not commented on the matter.",
    "Critics argued that the process lacked transparency.",
    "Officials promised to publish more details in the coming weeks.",
    "The plan still needs approval from the national authorities.",
    "Several community groups have called for a public consultation.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _name(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass(frozen=True)
class Fact:
    """A fact planted in one document, and the claims that can be written about it."""

    doc: str
    kind: str
    true_text: str
    false_text: str
    terse_true: str
    terse_false: str


def _document(rng: random.Random, index: int) -> tuple[str, str, list[Fact]]:
    town = _name(rng)
    person = f"{rng.choice(FIRST)} {_name(rng, 2)}"
    org = f"{_name(rng, 2)} Holdings"
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    evacuated = rng.randrange(120, 9000)
    wrong_evacuated = evacuated + rng.choice((-1, 1)) * rng.randrange(50, 900)
    if wrong_evacuated <= 0:
        wrong_evacuated = evacuated + rng.randrange(50, 900)
    cost = rng.randrange(5, 900)
    wrong_cost = cost + rng.randrange(3, 60)
    opened = rng.randrange(1950, 2014)
    name = f"doc{index:06d}.txt"
    sentences = [
        f"{person}, the mayor of {town}, said {evacuated:,} residents were evacuated after "
        f"the flood on {rng.choice(WEEKDAYS)}.",
        f"The {org} board approved a ${cost} million plan to rebuild the {town} harbour.",
        f"The old {town} bridge, which opened in {opened}, will be closed for repairs.",
        *rng.sample(FILLER, 4),
    ]
    rng.shuffle(sentences)
    text = (f"{town} news\n\nPublished: {published.isoformat()}\n\n"
            + "\n\n".join(" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2))
            + "\n")
    facts = [
        Fact(name, "count",
             f"{evacuated:,} residents of {town} were evacuated after the flood.",
             f"{wrong_evacuated:,} residents of {town} were evacuated after the flood.",
             f"{evacuated:,} {town} residents evacuated",
             f"{wrong_evacuated:,} {town} residents evacuated"),
        Fact(name, "money",
             f"The {org} board approved a ${cost} million plan for the {town} harbour.",
             f"The {org} board approved a ${wrong_cost} million plan for the {town} harbour.",
             f"{org}: ${cost} million {town} harbour plan",
             f"{org}: ${wrong_cost} million {town} harbour plan"),
        Fact(name, "year",
             f"The old {town} bridge opened in {opened}.",
             f"The old {town} bridge opened in {opened + rng.randrange(1, 9)}.",
             f"{town} bridge opened {opened}",
             f"{town} bridge opened {opened - rng.randrange(1, 9)}"),
    ]
    return name, text, facts


def generate(out: Path, documents: int, claims: int, seed: int = 7) -> dict[str, dict[str, str]]:
    """Write the corpus and claims.yaml under ``out``; return the planted relations."""
    rng = random.Random(seed)
    (out / "news").mkdir(parents=True, exist_ok=True)
    all_facts: list[Fact] = []
    for index in range(documents):
        name, text, facts = _document(rng, index)
        (out / "news" / name).write_text(text, encoding="utf-8")
        all_facts += facts
    planted: dict[str, dict[str, str]] = {}
    lines = ["version: 1", "corpus: [news]", "claims:"]
    for number, fact in enumerate(rng.sample(all_facts, min(claims, len(all_facts)))):
        true = rng.random() < 0.6
        terse = rng.random() < 0.4
        text = (fact.terse_true if true else fact.terse_false) if terse else (
            fact.true_text if true else fact.false_text)
        claim_id = f"c{number:05d}-{fact.kind}"
        lines += [f"  - id: {claim_id}", f"    claim: {json.dumps(text)}"]
        planted[claim_id] = {f"news/{fact.doc}": "supports" if true else "conflicts"}
    (out / "claims.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "planted.json").write_text(json.dumps(planted, indent=1, sort_keys=True),
                                      encoding="utf-8")
    return planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.out, args.documents, args.claims, args.seed)


if __name__ == "__main__":
    main()
