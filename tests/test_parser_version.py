"""PARSER_VERSION follows the parser's code and data: an edit re-parses staging by itself."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from pressroom.settings import PACKAGE_DIR, PARSER_RELEASE, PARSER_VERSION, parser_fingerprint


def _copy_parser(tmp_path: Path) -> Path:
    copy = tmp_path / "parsing"
    shutil.copytree(PACKAGE_DIR / "parsing", copy,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return copy


def test_version_is_the_release_and_the_fingerprint_of_the_parser_files():
    assert re.fullmatch(re.escape(PARSER_RELEASE) + r"\+[0-9a-f]{12}", PARSER_VERSION)
    assert PARSER_VERSION.endswith(parser_fingerprint()[:12])


def test_a_copy_has_the_same_fingerprint_and_caches_do_not_count(tmp_path: Path):
    copy = _copy_parser(tmp_path)
    assert parser_fingerprint(copy) == parser_fingerprint()
    (copy / "__pycache__").mkdir(exist_ok=True)
    (copy / "__pycache__" / "segment.cpython-312.pyc").write_bytes(b"\x00compiled")
    assert parser_fingerprint(copy) == parser_fingerprint()


def test_editing_adding_or_renaming_a_parser_file_changes_the_fingerprint(tmp_path: Path):
    copy = _copy_parser(tmp_path)
    before = parser_fingerprint(copy)
    source = next(iter(sorted(copy.glob("*.py"))))
    source.write_text(source.read_text(encoding="utf-8") + "\n# one more rule\n", "utf-8")
    edited = parser_fingerprint(copy)
    assert edited != before
    lexicon = copy / "lexicon"
    lexicon.mkdir(exist_ok=True)
    (lexicon / "pt.txt").write_text("mais de\tmore_than\n", encoding="utf-8")
    with_data = parser_fingerprint(copy)
    assert with_data not in (before, edited)
    (lexicon / "pt.txt").rename(lexicon / "pt.tsv")
    assert parser_fingerprint(copy) not in (before, edited, with_data)
