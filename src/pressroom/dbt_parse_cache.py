"""The last dbt parse of the project, kept beside it, so a new root does not parse it whole.

dbt saves its parse in `<target>/partial_parse.msgpack` and reuses it when nothing it keys
the parse on has changed: dbt's version, the vars, the `dbt_project.yml` files, the env vars
of the project, and the profile's connection details (`state_check.profile_hash`). Those
details include the warehouse *path*, so each root's first build used to parse the project
from scratch ("saved manifest not found": 3.5 s of the 10k bench's first transform).

Every root's warehouse file has the same name (`pressroom.duckdb`, so the same database name
in every node), so a parse made for one root holds for another except for that hash.
`remember` keeps the parse of the last successful dbt command with its connection details
(`CACHE`); `seed` gives a root without a parse of its own a copy, stamped with the hash dbt
computes for this root. dbt then checks every file of the project against the copy as usual,
parsing again what changed, or everything when another part of its key changed: a stale copy
costs a parse, never a wrong manifest. The hash is computed as dbt computes it, and a parse is
remembered only when that computation gives back the hash dbt wrote: if a dbt upgrade changes
the formula, nothing is remembered and every root parses whole, as before.

Written by hand: dbt offers no option to share a parse between profiles (its
`--partial-parse-file-path` reads another file but checks the same key).
"""

from __future__ import annotations

import hashlib
import os
import pprint
import tempfile
from pathlib import Path
from typing import Any

import msgpack  # type: ignore[import-untyped]  # the format of dbt's saved parse

from pressroom.settings import Paths

#: dbt's name for its saved parse, in the target folder.
PARTIAL_PARSE = "partial_parse.msgpack"


def cache_file(paths: Paths) -> Path:
    """The remembered parse: in the dbt project's own `target/` (ignored by git, as for a
    `dbt` run by hand from `dbt/`), because the parse belongs to this checkout's project."""
    return paths.dbt_project / "target" / "pressroom-parse-cache.msgpack"


def seed(paths: Paths, target: Path) -> bool:
    """Give `target` (a root's dbt target folder) the remembered parse if it has none of its
    own; return whether it was given one. Any problem with the cache leaves `target` as it
    was: dbt then parses the project whole."""
    if (target / PARTIAL_PARSE).exists():
        return False
    try:
        cached = msgpack.unpackb(cache_file(paths).read_bytes(), raw=False)
        info = [(key, value) for key, value in cached["connection_info"]]
        if dict(info).get("database") != paths.warehouse.stem:
            return False  # the nodes name another database
        info = [(k, str(paths.warehouse) if k == "path" else v) for k, v in info]
        manifest = msgpack.unpackb(cached["partial_parse"], raw=False, strict_map_key=False)
        manifest["state_check"]["profile_hash"] = {"name": "sha256",
                                                   "checksum": profile_hash(info)}
        packed = msgpack.packb(manifest, use_bin_type=True)
    except (OSError, ValueError, KeyError, TypeError, msgpack.UnpackException):
        return False
    _write_atomically(target / PARTIAL_PARSE, packed)
    return True


def remember(paths: Paths, target: Path) -> bool:
    """After a successful dbt command, keep `target`'s parse as the cache (unless it already
    is); return whether the cache was written. Best effort: a read-only checkout keeps none."""
    info = _connection_info()
    try:
        parse = (target / PARTIAL_PARSE).read_bytes()
        saved = msgpack.unpackb(parse, raw=False, strict_map_key=False)
        written = saved["state_check"]["profile_hash"]["checksum"]
    except (OSError, ValueError, KeyError, TypeError, msgpack.UnpackException):
        return False
    if info is None or written != profile_hash(info):
        return False  # dbt hashes the profile differently from `profile_hash`: keep nothing
    try:
        cached = msgpack.unpackb(cache_file(paths).read_bytes(), raw=False)
        if cached.get("partial_parse") == parse:
            return False
    except (OSError, ValueError, msgpack.UnpackException):
        pass
    packed = msgpack.packb({"connection_info": info, "partial_parse": parse}, use_bin_type=True)
    try:
        _write_atomically(cache_file(paths), packed)
    except OSError:
        return False
    return True


def profile_hash(connection_info: list[tuple[str, Any]]) -> str:
    """dbt's `state_check.profile_hash` of these connection details (ManifestLoader.
    build_manifest_state_check: sha256 of the pretty-printed sorted (key, value) pairs)."""
    text = pprint.pformat(sorted(connection_info))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _connection_info() -> list[tuple[str, Any]] | None:
    """The connection details of the dbt-duckdb adapter of the last dbt command, if any."""
    from dbt.adapters.factory import FACTORY

    adapter = FACTORY.adapters.get("duckdb")
    if adapter is None:
        return None
    return list(adapter.config.credentials.connection_info())  # type: ignore[attr-defined]


def _write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename: concurrent runs on other
    roots read either the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o644)  # as dbt's own files, not mkstemp's owner-only mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
