"""Where a report's ``file:line`` references point: reporters turn them into links.

Source paths in a Report are relative to the claims file's folder. A report written to a file
links them relative to that file, so the links work wherever the two are opened side by side;
under GitHub Actions they link to the blob at the commit being checked, at the line.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote


@dataclass(frozen=True)
class Links:
    """How to turn a path relative to the claims folder (and a line) into a URL.

    ``prefix`` is prepended to the percent-encoded path: a relative folder ("", "../docs/")
    or a GitHub blob folder ("https://github.com/o/r/blob/SHA/sub/"). ``line_anchors`` adds
    ``#L12`` (GitHub's line anchor); local files have none.
    """

    prefix: str = ""
    line_anchors: bool = False

    def href(self, path: str, line: int | None = None) -> str:
        """The URL of ``path`` (relative to the claims folder), at ``line`` where possible.

        Every character outside unreserved ones and ``/`` is percent-encoded, so a file named
        ``javascript:x`` or ``a)b`` stays a relative path and never becomes a scheme or ends a
        Markdown link.
        """
        url = self.prefix + quote(path, safe="/")
        if not self.prefix and not url.startswith(("/", ".")):
            url = "./" + url
        if self.line_anchors and line is not None:
            url += f"#L{line}"
        return url


def links_for(claims: Path, output: Path | None, env: Mapping[str, str]) -> Links:
    """The links for a report on ``claims`` written to ``output`` (None: stdout, read from
    the working folder). Under GitHub Actions (``GITHUB_SERVER_URL``, ``GITHUB_REPOSITORY``,
    ``GITHUB_SHA`` set, the claims file inside ``GITHUB_WORKSPACE``): blob links at the line.
    """
    claims_dir = claims.resolve().parent
    github = _github_prefix(claims_dir, env)
    if github is not None:
        return Links(github, line_anchors=True)
    reader_dir = output.resolve().parent if output is not None else Path.cwd().resolve()
    relative = PurePosixPath(Path(os.path.relpath(claims_dir, reader_dir)).as_posix())
    if str(relative) == ".":
        return Links()
    return Links(quote(f"{relative}/", safe="/"))


def _github_prefix(claims_dir: Path, env: Mapping[str, str]) -> str | None:
    server, repository, sha = (env.get(name, "").strip() for name in
                               ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
    if not (server.startswith(("https://", "http://")) and repository and sha):
        return None
    workspace = Path(env.get("GITHUB_WORKSPACE") or Path.cwd()).resolve()
    try:
        inside = claims_dir.relative_to(workspace).as_posix()
    except ValueError:
        return None
    folder = "" if inside == "." else f"{quote(inside, safe='/')}/"
    return (f"{server.rstrip('/')}/{quote(repository, safe='/')}/blob/{quote(sha, safe='')}/"
            f"{folder}")
