"""The package's layering: no module imports from a layer above its own.

Layers, bottom up: values (types, errors, config, serializers) < language < taxonomy < parse
< extract < score < report < batch < the command line and the public package. Inside a
layer, the folders are steps that run one way too (see STEPS). Every import is counted,
including imports inside functions, so a lazy import cannot hide an arrow that runs back up.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "atsmatch"

# Each layer: the module prefixes it holds. A module belongs to the layer of its longest prefix.
LAYERS: list[tuple[str, ...]] = [
    (
        "atsmatch._version",
        "atsmatch._lazy",
        "atsmatch._resources",
        "atsmatch.errors",
        "atsmatch.document",
        "atsmatch.profile",
        "atsmatch.result",
        "atsmatch.types",
        "atsmatch.config",
        "atsmatch.serialize",
    ),
    ("atsmatch.language",),
    ("atsmatch.taxonomy",),
    ("atsmatch.parse", "atsmatch.inputs"),
    ("atsmatch.extract",),
    ("atsmatch.score",),
    ("atsmatch.report",),
    ("atsmatch.check",),
    ("atsmatch.batch",),
    ("atsmatch.commands", "atsmatch.cli", "atsmatch.__main__", "atsmatch"),
]

# Steps inside a layer: (importer prefix, prefix it must not import).
STEPS: list[tuple[str, str]] = [
    ("atsmatch.extract.skills", "atsmatch.extract.understand"),
    ("atsmatch.parse.pdf", "atsmatch.parse.structure"),
    ("atsmatch.parse.docx", "atsmatch.parse.structure"),
    ("atsmatch.parse.formats", "atsmatch.parse.structure"),
]


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def layer_of(module: str) -> int:
    best, best_length = -1, -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if _within(module, prefix) and len(prefix) > best_length:
                best, best_length = index, len(prefix)
    if best < 0:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")
    return best


def imports_of(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, module) of every ``atsmatch`` import in a file, at any depth."""
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [f"{base}.{alias.name}" for alias in node.names]
            # "from atsmatch.parse import pdf" imports a submodule when one exists by that name.
            found += [(node.lineno, name if _is_module(name, root) else base) for name in names]
    return [(line, name) for line, name in found if _within(name, "atsmatch")]


def _is_module(name: str, root: Path) -> bool:
    path = root.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def violations(root: Path = PACKAGE) -> list[str]:
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        module = _module_name(path, root)
        own = layer_of(module)
        for line, imported in imports_of(path, root):
            if layer_of(imported) > own:
                found.append(f"{path.relative_to(root.parent)}:{line}: {module} imports {imported}")
            for importer, forbidden in STEPS:
                if _within(module, importer) and _within(imported, forbidden):
                    found.append(
                        f"{path.relative_to(root.parent)}:{line}: {module} imports {imported}"
                    )
    return found


@pytest.mark.parametrize("root", [PACKAGE])
def test_layers_no_import_runs_back_up(root: Path) -> None:
    assert violations(root) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from atsmatch.report import render\n", "atsmatch.parse.x imports atsmatch.report"),
        ("def f():\n    from atsmatch.score import match\n", "imports atsmatch.score"),
        ("from ..structure import sections\n", "imports atsmatch.parse.structure.sections"),
    ],
)
def test_layers_check_catches_an_upward_import(tmp_path: Path, source: str, expected: str) -> None:
    # A copy of the package with one bad module added must fail the check.
    copy = tmp_path / "atsmatch"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("data", "__pycache__"))
    folder = copy / "parse" / "pdf" if source.startswith("from ..") else copy / "parse"
    (folder / "x.py").write_text(source, encoding="utf-8")
    found = violations(copy)
    assert any(expected in line for line in found), found
