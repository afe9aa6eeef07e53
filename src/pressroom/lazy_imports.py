"""Modules loaded on first use instead of when imported (a stand-in in `sys.modules`).

Great Expectations imports `scipy.stats` (which imports `scipy.spatial`) when it is imported,
for three distribution expectations (KL divergence, two Kolmogorov-Smirnov tests) that use it
only inside their functions, and that no pressroom suite uses: a second of CPU of every run
that validates rows (measured: GX's import takes 3.0 s of CPU instead of 3.8-4.3 s). Deferred,
`from scipy import stats` gives a module that loads itself on its first attribute access, so
a suite that does use one of those expectations still works.

Likewise `altair` (Vega-Lite charts, ~1 CPU s, about a fifth of GX's import): GX imports it
for the charts of one expectation's renderer (KL divergence), used only inside its functions.

A deferred module answers `__file__` (and `__spec__`) without loading: `inspect.getmodule`
asks every module in `sys.modules` for its `__file__`, and dbt calls it (through
`inspect.stack()`) for each behaviour flag of its adapter on every command. With the standard
library's LazyLoader, whose module loads on any attribute read, that loaded both modules in
every run's transform stage (~1 CPU s; measured: dbt's first `_default_source` 1.0 CPU s with
them, 0.1 s without).
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any

#: Modules GX imports but pressroom's suites never call into.
UNUSED_BY_SUITES = ("scipy.stats", "altair")


def defer(name: str) -> None:
    """Register `name` (a module or submodule) so that it loads on its first attribute
    read (other than `__file__`, `__spec__`, `__name__`); nothing if it is imported already or
    not installed."""
    if name in sys.modules:
        return
    parent, _, child = name.rpartition(".")
    try:
        if parent:
            importlib.import_module(parent)
        spec = importlib.util.find_spec(name)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    stand_in = _Deferred(name)
    stand_in.__spec__ = spec
    stand_in.__file__ = spec.origin  # what inspect.getmodule reads of every module
    sys.modules[name] = stand_in
    if parent:  # as an import does: `from scipy import stats`
        setattr(sys.modules[parent], child, stand_in)


class _Deferred(types.ModuleType):
    """A module not loaded yet: its first read of an attribute it does not hold loads it
    (and replaces this stand-in in sys.modules, and on its parent package); names bound to
    the stand-in keep working through it.

    Not the standard library's LazyLoader: its module loads on any attribute read, `__file__`
    included, and `import altair` itself reads the module's `__spec__` (is it still
    initialising?), which makes a lazy module load at once; the stand-in holds the real spec,
    not initialising, and the file it will load."""

    def __getattr__(self, attr: str) -> Any:  # only attributes the stand-in does not hold
        real = sys.modules.get(self.__name__)
        if real is self or real is None:
            del sys.modules[self.__name__]
            real = importlib.import_module(self.__name__)
        return getattr(real, attr)


def defer_unused_by_suites() -> None:
    """Defer UNUSED_BY_SUITES: call before Great Expectations is imported."""
    for name in UNUSED_BY_SUITES:
        defer(name)
