"""Modules loaded on first use instead of when imported (the standard library's LazyLoader).

Great Expectations imports `scipy.stats` (which imports `scipy.spatial`) when it is imported,
for three distribution expectations (KL divergence, two Kolmogorov-Smirnov tests) that use it
only inside their functions, and that no pressroom suite uses: a second of CPU of every run
that validates rows (measured: GX's import takes 3.0 s of CPU instead of 3.8-4.3 s). Deferred,
`from scipy import stats` gives a module that loads itself on its first attribute access, so
a suite that does use one of those expectations still works.
"""

from __future__ import annotations

import importlib.util
import sys

#: Modules GX imports but pressroom's suites never call into.
UNUSED_BY_SUITES = ("scipy.stats",)


def defer(name: str) -> None:
    """Register `name` (a submodule) so that it loads on its first attribute access; nothing
    if it is imported already or not installed."""
    if name in sys.modules:
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


def defer_unused_by_suites() -> None:
    """Defer UNUSED_BY_SUITES: call before Great Expectations is imported."""
    for name in UNUSED_BY_SUITES:
        defer(name)
