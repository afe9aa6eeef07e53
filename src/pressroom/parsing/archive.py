"""Web-archive captures: the archive's toolbar printed above the archived page.

A page saved from a web archive (the Wayback Machine) opens with the archive's own toolbar:
its banner line with the capture's address (`…/web/20250122101544/https://site/…`), the
archived URL and "Go", the capture count and range ("27 captures", "22 Jan 2025 - 14 Sep
2025"), the calendar's month, day and year rows, "About this capture" and the collection's
name. None of it is the release's: the toolbar is the block of lines from the page's first
line, which names a capture address, to the first blank line.
"""

from __future__ import annotations

import re

#: A capture address: the archive's path with the 14-digit capture timestamp, then the URL.
_CAPTURE_URL = re.compile(r"/web/\d{14}(?:[a-z]{2}_)?/(?:https?://|www\.)", re.IGNORECASE)
#: The toolbar's lines are short: a line longer than this is page text, not toolbar.
_TOOLBAR_LINE_MAX = 160
#: The most lines a toolbar holds (banner, URL, counts, calendar rows, collection notes).
_TOOLBAR_MAX_LINES = 24


def strip_archive_toolbar(lines: list[str]) -> list[str]:
    """The page's lines without a web archive's toolbar block on top (see the module)."""
    first = next((k for k, line in enumerate(lines) if line), None)
    if first is None or not _CAPTURE_URL.search(lines[first]):
        return lines
    end = next((k for k in range(first, len(lines)) if not lines[k]), len(lines))
    block = lines[first + 1:end]
    if len(block) > _TOOLBAR_MAX_LINES or end == len(lines):
        return lines
    if any(len(line) > _TOOLBAR_LINE_MAX and not _CAPTURE_URL.search(line) for line in block):
        return lines
    return lines[:first] + lines[end:]
