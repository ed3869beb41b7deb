"""Loaders by file type and boilerplate rules, on realistic pages written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.boilerplate import classify_lines, furniture_rule
from crosscheck.passages import split_passages
from crosscheck.sources import make_source

SCRAPED = """\
HomeWorldBusinessTechOpinionSearchMenuClose
Business

Harbour expansion approved after long fight

Share this article

Photo: Port authority handout

The city council voted 31 to 9 on Thursday to approve a $640 million expansion of the
harbour, ending a dispute that began in 2017.

Related: Dockworkers strike over automation plans

Construction will start in May and should take four years, officials said.

We use cookies to improve your experience. Accept all cookies
Read more: Ferry routes to be cut next winter

Leave a Reply
You are commenting using your WordPress account. Log Out / Change
Notify me of new comments via email.
Subscribe to our newsletter
Follow us on Twitter
"""


def test_scraped_text_keeps_the_article_and_drops_the_furniture() -> None:
    source = make_source("news/harbour.txt", SCRAPED, None)
    rules = {d.line: d.rule for d in source.dropped}
    assert rules[1] == "icon or sprite names"
    assert rules[2] == "menu item or label"
    assert rules[6] == "sharing or social prompt"
    assert rules[8] == "photo credit"
    assert rules[13] == "teaser for another story"
    assert rules[17] == "cookie or consent notice"
    assert all(line in rules for line in (18, 20, 21, 22, 23, 24))
    passages = split_passages(source)
    assert [(p.line, p.text[:40]) for p in passages] == [
        (4, "Harbour expansion approved after long fi"),
        (10, "The city council voted 31 to 9 on Thursd"),
        (15, "Construction will start in May and shoul"),
    ]


@pytest.mark.parametrize(("line", "rule"), [
    ("You have {{count}} free articles left", "template placeholder"),
    ("Sign in to read the full story", "paywall or subscription prompt"),
    ("Read more: Budget talks collapse", "teaser for another story"),
    ("Categories: Politics, Europe", "tags or categories"),
    ("Download our app today", "call to action"),
    ("By subscribing, you can help us keep reporting the news.",
     "paywall or subscription prompt"),
    ("© Reuters", "photo credit"),
    ("https://example.test/2021/03/04/story", "link or URL line"),
])
def test_furniture_rules(line: str, rule: str) -> None:
    assert furniture_rule(line) == rule


# One line for every alternative of every UI phrase: a rule's needles (the literal pieces a
# line must hold before its pattern is tried) must let each of them through.
UI_ALTERNATIVES = {
    "paywall or subscription prompt": [
        "Subscribe", "Subscribing is easy", "Subscription", "3 free articles left",
        "Unlimited access", "Trial period", "Sign in", "Sign-up", "Signup", "Log in", "Logout",
        "Register now", "See all offers", "Get unlimited access", "Get full access",
        "Already a subscriber?", "Already a member?", "Premium content", "Try 30 days",
        "Offer ends soon"],
    "sharing or social prompt": [
        "Share", "Share this article", "Share this story", "Tweet", "Email", "Print",
        "Pin it", "WhatsApp", "Follow us on Twitter", "Like us on Facebook",
        "Click here to share on Reddit", "Click an icon to share",
        "Connect your Facebook account"],
    "comment form": [
        "Leave a reply", "Post a comment", "You are commenting using your account",
        "Fill in your details below", "Comments are closed.",
        "Comment is moderated.", "Notify me of new posts", "This site uses Akismet",
        "Your email address will not be published."],
    "cookie or consent notice": [
        "We use cookies.", "This website uses cookies.", "Accept all cookies.",
        "Read our cookie policy."],
    "teaser for another story": [
        "Related", "Related articles", "Read also", "Read next", "See also",
        "Recommended for you", "More from Europe", "Recent features", "Most read",
        "Trending", "Sponsored content", "Advertisement"],
    "call to action": [
        "Get our newsletter", "Stay informed with our app", "Join us today",
        "Watch now", "Start your free trial", "Tap to unlock unlimited reading"],
    "tags or categories": ["Tags: floods", "Tagged with: rain", "Filed under: News"],
    "photo credit": [
        "Photo: Reuters", "Credits: AP", "Illustration by: J. Doe", "(c) Reuters 2019",
        "AFP via Getty Images", "A file photo shows the port in 2015."],
    "link or URL line": ["Original URL:", "Permalink:", "<https://example.test/a>"],
}


@pytest.mark.parametrize(("rule", "line"), [
    (rule, line) for rule, lines in UI_ALTERNATIVES.items() for line in lines])
def test_every_ui_phrase_alternative_is_reached(rule: str, line: str) -> None:
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("line", [
    "The council voted to sign in the new rules on Friday, officials said.",
    "Readers who subscribe to the theory that rates will fall were disappointed by the "
    "central bank, which raised them by half a point on Thursday in a unanimous vote.",
    "The photo, taken in 2019, shows the minister at the border.",
    "## Security concerns",
    "He said: “Share the burden.”",
])
def test_article_lines_are_kept(line: str) -> None:
    assert furniture_rule(line) is None


def test_repeated_headline_is_kept_once_and_repeated_chrome_dropped() -> None:
    lines = ["Flood waters recede in the north", "Menu", "Flood waters recede in the north",
             "Body text of the story goes here.", "Menu"]
    assert classify_lines(lines).keep == (True, False, False, True, False)


MARKDOWN = """\
---
title: Harbour expansion approved
published: 2021-03-04
url: https://example.test/harbour
---

# Harbour expansion approved

The council approved a [$640 million](https://example.test/budget) expansion on
**Thursday**, ending a dispute that began in 2017.

```
vote_count = 31  # not evidence
```

- Construction starts in May.
- It should take four years.
"""


def test_markdown_front_matter_headings_lists_and_code() -> None:
    source = make_source("docs/harbour.md", MARKDOWN, None)
    assert source.title == "Harbour expansion approved"
    assert (source.published, source.published_origin) == (dt.date(2021, 3, 4),
                                                           "front matter")
    passages = [(p.line, p.column, p.text) for p in split_passages(source)]
    assert passages == [
        (7, 3, "Harbour expansion approved"),
        (9, 1, "The council approved a $640 million expansion on Thursday, ending a "
               "dispute that began in 2017."),
        (16, 3, "Construction starts in May."),
        (17, 3, "It should take four years."),
    ]
    assert {d.rule for d in source.dropped} == {"front matter", "code block"}


HTML = """\
<!doctype html>
<html>
<head>
  <title>Harbour expansion approved | The Daily Test</title>
  <meta property="article:published_time" content="2021-03-04T10:15:00Z">
  <meta property="og:url" content="https://example.test/harbour">
  <script>var tracking = "The council voted 99 to 1";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
  <article>
    <h1>Harbour expansion approved after long fight</h1>
    <p>The city council voted 31 to 9 on Thursday to approve a $640 million expansion of the
    harbour, ending a dispute that began in 2017 and split the governing coalition.</p>
    <p>Construction will start in May and should take four years, officials said, adding that
    the port expects to handle twice as many containers by 2030.</p>
    <p>Opponents said the plan ignored the fishing community and vowed to appeal the decision
    to the regional court, which has blocked two earlier expansion plans since 2012.</p>
  </article>
  <aside>Related: Dockworkers strike over automation plans</aside>
  <footer>Subscribe to our newsletter. &copy; 2021 The Daily Test</footer>
</body>
</html>
"""


def test_html_main_content_metadata_and_original_lines() -> None:
    source = make_source("pages/harbour.html", HTML, None)
    assert source.published == dt.date(2021, 3, 4)
    assert source.published_origin == 'HTML meta "article:published_time"'
    assert source.url == "https://example.test/harbour"
    passages = split_passages(source)
    texts = " ".join(p.text for p in passages)
    assert "99 to 1" not in texts and "Subscribe" not in texts and "Home" not in texts
    first = next(p for p in passages if p.text.startswith("The city council voted 31"))
    assert (first.line, first.column) == (13, 8)
    opponents = next(p for p in passages if p.text.startswith("Opponents said"))
    assert opponents.line == 17


def test_claims_metadata_beats_the_files_own() -> None:
    from crosscheck.model import SourceMeta

    meta = SourceMeta("docs/harbour.md", 9, title="From claims", published=dt.date(2021, 3, 5))
    source = make_source("docs/harbour.md", MARKDOWN, meta)
    assert (source.title, source.published) == ("From claims", dt.date(2021, 3, 5))
    assert source.published_origin == "claims.yaml line 9"
