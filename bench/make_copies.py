"""Write the edited copies of the copy-detection sample (bench/copies/edited/).

For each article named in EDITED_FROM (real ECB+ articles in bench/copies/articles/), seven
copies as syndication makes them: verbatim under another name, re-headlined, truncated, a
run of paragraphs dropped, a "Republished from" line and a byline added, lightly edited (a
figure changed, "said" turned to "says"), and all of these at once. Deterministic: the same
articles give the same bytes. The labelled pairs that use them are in bench/copies/pairs.tsv.

Run: python bench/make_copies.py
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "copies"
ARTICLES = ROOT / "articles"
EDITED = ROOT / "edited"
HEADLINES = (
    "What we know so far",
    "The story everyone is talking about today",
    "In brief: the day's main development",
    "Update: details emerge",
    "Explained: what happened and what comes next",
)
# One article per ECB+ topic: of its articles with at least eight lines, the median-long one.
EDITED_FROM = (
    "1/1_17ecb.txt", "2/2_9ecbplus.txt", "3/3_2ecbplus.txt", "5/5_6ecbplus.txt",
    "6/6_8ecb.txt", "7/7_11ecb.txt", "8/8_2ecbplus.txt", "9/9_13ecbplus.txt",
    "10/10_5ecb.txt", "11/11_1ecbplus.txt", "12/12_17ecb.txt", "13/13_11ecb.txt",
    "14/14_7ecbplus.txt", "16/16_4ecbplus.txt", "18/18_11ecbplus.txt", "19/19_3ecb.txt",
    "21/21_10ecbplus.txt", "22/22_3ecbplus.txt", "25/25_5ecb.txt", "26/26_4ecbplus.txt",
    "27/27_1ecbplus.txt", "28/28_11ecb.txt", "29/29_11ecb.txt", "30/30_4ecbplus.txt",
    "31/31_1ecb.txt", "33/33_2ecbplus.txt", "34/34_8ecbplus.txt", "35/35_8ecb.txt",
    "36/36_8ecb.txt", "39/39_2ecbplus.txt", "40/40_10ecb.txt", "41/41_7ecb.txt",
    "42/42_1ecbplus.txt", "43/43_8ecbplus.txt", "44/44_4ecbplus.txt", "45/45_11ecbplus.txt",
)
FIGURE = re.compile(r"\b\d+\b")


def reheadlined(lines: list[str], number: int) -> list[str]:
    """A new headline in place of the first line."""
    return [HEADLINES[number % len(HEADLINES)], *lines[1:]]


def truncated(lines: list[str], number: int) -> list[str]:
    """The first half of the article, as a site that runs only the top of a wire story."""
    return lines[:max(2, len(lines) // 2)]


def paragraph_dropped(lines: list[str], number: int) -> list[str]:
    """A quarter of the lines, from the middle, left out."""
    start = len(lines) // 3
    return lines[:start] + lines[start + max(1, len(lines) // 4):]


def republished(lines: list[str], number: int) -> list[str]:
    """A "Republished from" line and a byline above, a credit line below."""
    return [lines[0], "By Staff Reporter", "Republished from the wire with permission.",
            *lines[1:], "This article first appeared on a partner site. Read the original."]


def lightly_edited(lines: list[str], number: int) -> list[str]:
    """The first figure changed, and "said" made "says" throughout."""
    text = "\n".join(lines)
    text = FIGURE.sub(lambda m: str(int(m.group(0)) + 1), text, count=1)
    return text.replace(" said", " says").split("\n")


def everything(lines: list[str], number: int) -> list[str]:
    """Re-headlined, lightly edited, cut to the first two thirds, with a republished line."""
    edited = lightly_edited(reheadlined(lines, number), number)
    return republished(edited[:max(2, 2 * len(edited) // 3)], number)


def verbatim(lines: list[str], number: int) -> list[str]:
    """The same text under another name."""
    return lines


EDITS: dict[str, Callable[[list[str], int], list[str]]] = {
    "verbatim": verbatim, "reheadlined": reheadlined, "truncated": truncated,
    "paragraph-dropped": paragraph_dropped, "republished": republished,
    "lightly-edited": lightly_edited, "everything": everything,
}


def edited_name(article: str, edit: str) -> str:
    """Where the copy of ``article`` made by ``edit`` is written, relative to ROOT."""
    return f"edited/{article.removesuffix('.txt')}.{edit}.txt"


def main() -> int:
    for number, article in enumerate(EDITED_FROM):
        lines = (ARTICLES / article).read_text(encoding="utf-8").splitlines()
        for edit, make in EDITS.items():
            target = ROOT / edited_name(article, edit)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("\n".join(make(lines, number)) + "\n", encoding="utf-8")
    print(f"wrote {len(EDITED_FROM) * len(EDITS)} edited copies under {EDITED}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
