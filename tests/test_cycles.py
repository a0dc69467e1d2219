"""No import circle among the package's modules (issue 12: "the house").

tests/test_layers.py keeps imports running down between layers; inside a layer two modules
could still import each other (a batch step calling back into the one that calls it, a
serializer importing the type that imports it). Every import is counted, at any depth and
under ``TYPE_CHECKING`` too: an annotation-only import is still an arrow a reader follows.
"""

from __future__ import annotations

from graphlib import CycleError, TopologicalSorter
from pathlib import Path

from tests.test_layers import PACKAGE, _module_name, imports_of


def circle(root: Path = PACKAGE) -> list[str]:
    """One import circle among the modules under ``root`` (first module repeated at the
    end), or ``[]`` when there is none."""
    graph: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        module = _module_name(path, root)
        graph[module] = {name for _, name in imports_of(path, root) if name != module}
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        return list(exc.args[1])
    return []


def test_no_import_circle() -> None:
    assert circle() == []


def test_circle_check_sees_a_type_checking_import(tmp_path: Path) -> None:
    package = tmp_path / "atsmatch"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("def f():\n    from atsmatch.b import g\n", encoding="utf-8")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from atsmatch.a import f\n",
        encoding="utf-8",
    )
    (package / "c.py").write_text("from atsmatch import a\n", encoding="utf-8")
    assert sorted(set(circle(package))) == ["atsmatch.a", "atsmatch.b"]
    (package / "b.py").write_text("g = 1\n", encoding="utf-8")
    assert circle(package) == []
