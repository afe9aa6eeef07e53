"""Modules loaded on first use instead of when imported (the standard library's LazyLoader).

Great Expectations imports `scipy.stats` (which imports `scipy.spatial`) when it is imported,
for three distribution expectations (KL divergence, two Kolmogorov-Smirnov tests) that use it
only inside their functions, and that no pressroom suite uses: a second of CPU of every run
that validates rows (measured: GX's import takes 3.0 s of CPU instead of 3.8-4.3 s). Deferred,
`from scipy import stats` gives a module that loads itself on its first attribute access, so
a suite that does use one of those expectations still works.

Likewise `altair` (Vega-Lite charts, ~1 CPU s, about a fifth of GX's import): GX imports it
for the charts of one expectation's renderer (KL divergence), used only inside its functions.
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
    access; nothing if it is imported already or not installed."""
    if name in sys.modules:
        return
    if "." not in name:
        _defer_package(name)
        return
    parent, _, child = name.rpartition(".")
    try:
        importlib.import_module(parent)
        spec = importlib.util.find_spec(name)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    setattr(sys.modules[parent], child, module)  # as an import does: `from scipy import stats`


class _Deferred(types.ModuleType):
    """A top-level package not loaded yet: its first attribute read loads it (and replaces
    this stand-in in sys.modules); names bound to the stand-in keep working through it."""

    def __getattr__(self, attr: str) -> Any:  # only attributes the stand-in does not hold
        real = sys.modules.get(self.__name__)
        if real is self or real is None:
            del sys.modules[self.__name__]
            real = importlib.import_module(self.__name__)
        return getattr(real, attr)


def _defer_package(name: str) -> None:
    """`defer` for a top-level package. The standard library's LazyLoader does not do here:
    `import altair` itself reads the module's `__spec__` (is it still initialising?), which
    makes a lazy module load at once; the stand-in holds the real spec, not initialising."""
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    stand_in = _Deferred(name)
    stand_in.__spec__ = spec
    sys.modules[name] = stand_in


def defer_unused_by_suites() -> None:
    """Defer UNUSED_BY_SUITES: call before Great Expectations is imported."""
    for name in UNUSED_BY_SUITES:
        defer(name)
