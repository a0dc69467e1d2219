"""Names a package exports but imports only when first used (PEP 562).

A package lists ``name → module`` for the exports that pull in more than a cold start
needs (the batch engine, the check renderers) and assigns the two functions this returns
to its ``__getattr__`` and ``__dir__``; type checkers see the same names imported under
``TYPE_CHECKING``. ``from atsmatch import match_many`` and ``atsmatch.match_many`` work as
with an eager import; the module is imported once and the name cached on the package.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str, modules: Mapping[str, str], names: Iterable[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: ``modules`` maps each lazy name to
    the module defining it; ``names`` is the package's ``__all__``."""
    listed = sorted({*names, *modules})

    def __getattr__(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*listed, *vars(sys.modules[package])})

    return __getattr__, __dir__
