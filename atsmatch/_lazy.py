"""Work a cold start does only when it is needed: lazy exports and lazy expressions.

Names a package exports but imports only when first used (PEP 562).

A package lists ``name → module`` for the exports that pull in more than a cold start
needs (the batch engine, the check renderers) and assigns the two functions this returns
to its ``__getattr__`` and ``__dir__``; type checkers see the same names imported under
``TYPE_CHECKING``. ``from atsmatch import match_many`` and ``atsmatch.match_many`` work as
with an eager import; the module is imported once and the name cached on the package.

:func:`lazy_pattern` is ``re.compile`` for a module-level expression that many runs never
use (the CJK scripts of a legacy-encoding sniffer): it compiles on first use. Expressions
with large Unicode classes cost milliseconds each to compile.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast

__all__ = ["lazy_exports", "lazy_pattern"]


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


class _LazyPattern:
    """Stands for a compiled expression; compiles on the first attribute asked for and keeps
    each attribute (``search``, ``findall`` ...) on itself, so later calls cost what calls
    on the compiled expression cost."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(re.compile(*self._source), name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_pattern({self._source[0]!r}, {self._source[1]!r})"


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` when first used. It is not an ``re.Pattern``
    instance: call its methods, do not pass it to ``re.sub`` and the like."""
    # it answers every method and attribute of the compiled pattern
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
