"""LaTeX source before parsing: the macros it defines, with their bodies blanked out.

A template's ``\\newcommand`` bodies are code, not text, and often hold an unmatched
``\\begin`` (``\\resumeItemListStart``) that would derail the parser; their argument counts
tell the reader how many fields each of the template's macros has.
"""

from __future__ import annotations

import re

from atsmatch.parse.formats import latex_macros as known

__all__ = ["strip_definitions", "user_specs"]

_NEWCOMMAND = re.compile(
    r"\\(?:re)?newcommand\*?\s*\{?\s*\\([A-Za-z@]+)\s*\}?\s*(?:\[(\d)\])?\s*(\[[^\]]*\])?"
)


_CLASS = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*(?:[^{}/]*/)*([\w-]+)")


def user_specs(source: str) -> dict[str, str]:
    """Argument specs of the class's macros and those the source defines (``\\newcommand``)."""
    found = _CLASS.search(source)
    specs: dict[str, str] = dict(known.CLASS_ARGS.get(found.group(1), {})) if found else {}
    for name, count, default in _NEWCOMMAND.findall(source):
        n = int(count or 0)
        specs[name] = ("[" + "{" * (n - 1)) if default and n else "{" * n
    return specs


_DEFINITION = re.compile(
    r"\\(?:(?:re|provide)?newcommand|(?:re)?newenvironment|NewDocumentCommand|"
    r"RenewDocumentCommand|[egx]?def)\b\*?"
)


def _balanced_end(source: str, start: int) -> int:
    """The index after the brace group opening at ``start`` (or ``start`` if none opens)."""
    if start >= len(source) or source[start] != "{":
        return start
    depth, index = 0, start
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        depth += (char == "{") - (char == "}")
        index += 1
        if depth == 0:
            return index
    return index


def strip_definitions(source: str) -> str:
    """``source`` with macro and environment definitions blanked (their newlines kept).

    A definition's body is code, not text, and often holds an unmatched ``\\begin`` (a
    template's ``\\resumeItemListStart``) that would derail the parser.
    """
    out: list[str] = []
    last = 0
    for found in _DEFINITION.finditer(source):
        if found.start() < last:
            continue
        index = found.end()
        bodies = 3 if "environment" in found.group() or "Document" in found.group() else 2
        while index < len(source) and bodies:
            while index < len(source) and source[index] in " \t\n":
                index += 1
            if index < len(source) and source[index] == "[":
                index = source.find("]", index) + 1 or len(source)
            elif index < len(source) and source[index] == "{":
                index = _balanced_end(source, index)
                bodies -= 1
            elif index < len(source) and source[index] == "\\" and bodies > 1:
                name = re.match(r"\\[A-Za-z@]+|\\.", source[index:])
                index += len(name.group()) if name else 1
                bodies -= 1
            elif index < len(source) and source[index] == "#":
                index += 2
            else:
                break
        out += [source[last : found.start()], "\n" * source.count("\n", found.start(), index)]
        last = index
    out.append(source[last:])
    return "".join(out)
