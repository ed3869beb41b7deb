"""Build src/crosscheck/lexicon/background.txt: how common each English word stem is.

Matching weighs a claim's words by how informative they are. Weights taken from the corpus
under check make a claim's relation to one source depend on which other files are present;
weights from a fixed background do not. This script derives that background from wordfreq's
English word list (Robyn Speer et al., data CC BY-SA 4.0), stemmed the way crosscheck stems:
each stem with its Zipf frequency (log10 of its occurrences per billion words, the forms of
a stem summed), for every stem at Zipf 2.0 or more.

Only whoever rebuilds the file needs wordfreq (`pip install wordfreq`); crosscheck reads
the committed file. Run: python scripts/build_background.py [--output PATH]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from pathlib import Path

from crosscheck.text import content_stem

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "crosscheck" / "lexicon" / "background.txt"
MIN_ZIPF = 2.0
HEADER = (
    "# Stem frequencies for crosscheck's word weights: stem, tab, Zipf frequency (log10 of\n"
    "# occurrences per billion words). Derived by scripts/build_background.py from wordfreq\n"
    "# {version} (https://github.com/rspeer/wordfreq), whose data is licensed CC BY-SA 4.0\n"
    "# (https://creativecommons.org/licenses/by-sa/4.0/); this file is too.\n"
)


def build() -> tuple[str, int]:
    """The file's text and how many stems it holds."""
    try:
        import wordfreq  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("error: wordfreq is needed to rebuild the background: pip install wordfreq")
    totals: dict[str, float] = defaultdict(float)
    for word, frequency in wordfreq.get_frequency_dict("en", wordlist="large").items():
        if not word.isalpha():
            continue
        stem = content_stem(word)
        if stem is not None:
            totals[stem] += frequency
    lines = []
    for stem in sorted(totals):
        zipf = math.log10(totals[stem]) + 9
        if zipf >= MIN_ZIPF:
            lines.append(f"{stem}\t{zipf:.2f}")
    from importlib.metadata import version

    return HEADER.format(version=version("wordfreq")) + "\n".join(lines) + "\n", len(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    text, count = build()
    args.output.write_text(text, encoding="utf-8")
    print(f"{count} stems, {len(text.encode()):,} bytes -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
