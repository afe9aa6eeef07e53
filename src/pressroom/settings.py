"""Where pressroom keeps its files, and the environment it runs in.

Every path derives from one root folder (the checkout by default, `PRESSROOM_ROOT` to
override), so tests and deployments can point the whole pipeline at another place.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: The checkout holding dbt/, expectations/ and flows/ (code, not data).
PROJECT_DIR = PACKAGE_DIR.parents[1]

#: The parser's release number, for people; the fingerprint below is what tells versions apart.
PARSER_RELEASE = "0.1.0"


def parser_fingerprint(root: Path = PACKAGE_DIR / "parsing") -> str:
    """sha256 (hex) over every source and data file under `root`: relative path and bytes, in
    sorted order. Compiled caches (__pycache__, *.pyc) are left out, so only an edit of the
    parser's code or lexicons changes it."""
    digest = hashlib.sha256()
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and p.suffix not in (".pyc", ".pyo"))
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


#: "0.1.0+<12 hex of the parser's fingerprint>", computed once at import (~30 small files).
#: Any change to src/pressroom/parsing/** gives a new version, so staging parses every file
#: again: nobody has to remember to bump it.
PARSER_VERSION = f"{PARSER_RELEASE}+{parser_fingerprint()[:12]}"

#: Files above this size are quarantined: the largest real release we have seen is ~40 KB,
#: so 5 MiB leaves room for long multi-release pages while catching dumps and binaries.
MAX_FILE_BYTES = 5 * 1024 * 1024

#: A critical quality failure on at most this share of a table's new rows quarantines those
#: rows and the run goes on; above it the run stops. `PRESSROOM_QUARANTINE_MAX_SHARE` overrides.
QUARANTINE_MAX_SHARE = 0.01


def quarantine_max_share() -> float:
    """The quarantine threshold in force (a share between 0 and 1)."""
    value = float(os.environ.get("PRESSROOM_QUARANTINE_MAX_SHARE", QUARANTINE_MAX_SHARE))
    if not 0 <= value <= 1:
        raise ValueError(f"PRESSROOM_QUARANTINE_MAX_SHARE must lie between 0 and 1, got {value}")
    return value


#: Offline, private defaults (see DEVELOPERS.md): no telemetry, a generous first server start.
ENV_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "60",
    "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    "GX_ANALYTICS_ENABLED": "false",
}


def apply_environment() -> None:
    """Set the offline defaults and PREFECT_HOME before Prefect or dbt is imported."""
    for key, value in ENV_DEFAULTS.items():
        os.environ.setdefault(key, value)
    os.environ.setdefault("PREFECT_HOME", str(PROJECT_DIR / ".prefect"))


@dataclass(frozen=True)
class Paths:
    """The folders and files of one pressroom installation."""

    root: Path

    @classmethod
    def default(cls) -> Paths:
        return cls(Path(os.environ.get("PRESSROOM_ROOT", PROJECT_DIR)).resolve())

    @classmethod
    def for_root(cls, root: str | os.PathLike[str] | None) -> Paths:
        """The paths under `root`, or the default root when it is None (as flows take it)."""
        return cls(Path(root).resolve()) if root else cls.default()

    @property
    def inbox(self) -> Path:
        return self.root / "landing" / "inbox"

    @property
    def raw(self) -> Path:
        return self.root / "landing" / "raw"

    @property
    def quarantine(self) -> Path:
        return self.root / "landing" / "quarantine"

    @property
    def warehouse(self) -> Path:
        """The working DuckDB file: only the pipeline opens it."""
        return self.root / "warehouse" / "pressroom.duckdb"

    @property
    def published_dir(self) -> Path:
        return self.root / "warehouse" / "published"

    @property
    def published(self) -> Path:
        """The DuckDB file BI tools open read-only; replaced atomically on each publish."""
        return self.published_dir / "pressroom.duckdb"

    @property
    def parquet_dir(self) -> Path:
        return self.published_dir / "parquet"

    @property
    def docs_dir(self) -> Path:
        """The generated dbt docs site (index.html, catalog.json, manifest.json)."""
        return self.root / "warehouse" / "docs"

    @property
    def gx_docs_dir(self) -> Path:
        """Great Expectations data docs."""
        return self.root / "warehouse" / "quality-docs"

    @property
    def dbt_project(self) -> Path:
        return PROJECT_DIR / "dbt"

    @property
    def expectations(self) -> Path:
        return PROJECT_DIR / "expectations"
