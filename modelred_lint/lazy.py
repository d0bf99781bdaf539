"""LibCST, loaded on first use.

Importing LibCST costs about a fifth of a second, more than linting a small file. The
rule modules must be importable without it: configuration reads their options, the
prefilter their triggers, and most files of a run are never parsed. Modules that
define visitors therefore take `cst` from here; the first attribute read (inside a
visitor, once a file is parsed) loads LibCST, and from then on `cst` is the real
module (the standard library's LazyLoader swaps the module's class back), so reading
attributes costs what it always does.

Nothing may read a `cst.` attribute at import time: compute such tables on first use.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def _lazy_module(name: str) -> ModuleType:
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:  # pragma: no cover - libcst is a dependency
        raise ImportError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


cst = _lazy_module("libcst")
