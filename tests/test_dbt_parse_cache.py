"""A new root starts from the last dbt parse of the project instead of parsing it whole:
real `dbt parse` runs on a copy of the dbt project (so that editing it touches no checkout)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pressroom import dbt_parse_cache, transform
from pressroom.settings import Paths

pytestmark = pytest.mark.slow

FULL_PARSE = "Unable to do partial parsing"
NOTHING_CHANGED = "Nothing changed, skipping partial parsing"


class ProjectCopyPaths(Paths):
    """Paths whose dbt project is a copy beside the root."""

    @property
    def dbt_project(self) -> Path:
        return self.root.parent / "dbt"


def parse(root: Path) -> tuple[str, dict]:
    """`dbt parse` for a new root; return what it logged and the manifest it wrote."""
    paths = ProjectCopyPaths(root)
    transform._invoke(paths, ["parse"])
    dirs = transform.DbtDirs.for_paths(paths)
    log = (dirs.logs / "dbt.log").read_text("utf-8")
    return log, json.loads((dirs.target / "manifest.json").read_text("utf-8"))


@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copytree(Paths.default().dbt_project, tmp_path / "dbt",
                    ignore=shutil.ignore_patterns("target", "logs"))
    return tmp_path / "dbt"


def test_a_new_root_reuses_the_last_parse_and_edits_are_parsed_again(project, tmp_path):
    log, _ = parse(tmp_path / "first")
    assert FULL_PARSE in log  # nothing to start from yet
    assert dbt_parse_cache.cache_file(ProjectCopyPaths(tmp_path / "first")).is_file()

    log, manifest = parse(tmp_path / "second")
    assert NOTHING_CHANGED in log and FULL_PARSE not in log
    node = manifest["nodes"]["model.pressroom.releases"]
    assert node["database"] == "pressroom" and node["schema"] == "marts"

    # an edited model is parsed again, on a root that starts from the remembered parse
    model = project / "models" / "marts" / "parse_problems.sql"
    model.write_text(model.read_text("utf-8") + "\n-- edited\n", "utf-8")
    log, manifest = parse(tmp_path / "third")
    assert "0 files added, 1 files changed" in log and FULL_PARSE not in log
    assert "-- edited" in manifest["nodes"]["model.pressroom.parse_problems"]["raw_code"]

    # a changed dbt_project.yml (vars, configs...) makes dbt parse everything again
    config = project / "dbt_project.yml"
    config.write_text(config.read_text("utf-8") + "\n# edited\n", "utf-8")
    log, manifest = parse(tmp_path / "fourth")
    assert f"{FULL_PARSE} because a project config has changed" in log
    assert "-- edited" in manifest["nodes"]["model.pressroom.parse_problems"]["raw_code"]


def test_an_unreadable_cache_only_costs_a_full_parse(project, tmp_path):
    paths = ProjectCopyPaths(tmp_path / "root")
    cache = dbt_parse_cache.cache_file(paths)
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"not a parse")
    log, manifest = parse(paths.root)
    assert FULL_PARSE in log
    assert "model.pressroom.releases" in manifest["nodes"]
    assert cache.read_bytes() != b"not a parse"  # replaced by this root's parse
