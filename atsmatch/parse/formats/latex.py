"""LaTeX source (``.tex``): the text a reader of the built PDF sees, via pylatexenc.

The source is parsed with pylatexenc's tolerant walker; the nodes are then walked with what
the common resume classes and templates mean (latex_macros.py): ``\\section`` and
``\\cvsection`` become headings; ``\\cventry`` (moderncv, awesome-cv), ``\\resumeSubheading``
and other entry macros one line of fields ("Engineer | Acme | Jan 2020 -- Present"); items
bullets; moderncv/awesome-cv personal data (``\\name``, ``\\email``, ``\\social``) the top
lines. Argument counts of ``\\newcommand`` definitions are read from the source, so a
template's own macros keep their arguments apart; any macro not known keeps the text of its
arguments. ``\\input``/``\\include`` are followed inside the repository (the folder holding
``.git`` above the main file, else its folder), at most MAX_DEPTH deep and MAX_FILES files;
one that cannot be followed is a ``source-include`` warning naming the file and line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from atsmatch.document import Diagnostic
from atsmatch.errors import CorruptFileError
from atsmatch.parse.formats import latex_macros as known
from atsmatch.parse.formats.latex_source import strip_definitions, user_specs
from atsmatch.parse.formats.text import assemble_lines, decode_text
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.raw import RawText
from atsmatch.parse.rules import diagnostic

__all__ = ["MAX_DEPTH", "MAX_FILES", "read_latex"]

MAX_DEPTH = 8
MAX_FILES = 64
_ACCENTS = frozenset("'\"`^~=.uvHcdbrtk")
_SPECIALS = {"&": " | ", "~": " ", "--": "–", "---": "—", "``": "“", "''": "”"}
_LONG_FIELD = 80


def _repository_root(path: Path) -> Path:
    for folder in path.parents:
        if (folder / ".git").exists():
            return folder
    return path.parent


class _Walker:
    def __init__(self, name: str, limits: ParseLimits) -> None:
        from pylatexenc.latex2text import LatexNodes2Text

        self.name, self.limits = name, limits
        self.lines: list[tuple[str, bool]] = []
        self.contact: list[str] = []
        self.buffer: list[str] = []
        self.diagnostics: list[Diagnostic] = []
        self.user: dict[str, str] = {}
        self.stack: list[Path] = []
        self.files = 0
        self.l2t = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)
        main = Path(name)
        self.main = main.resolve() if main.is_file() else None
        self.root = _repository_root(self.main) if self.main else None

    # -- parsing ------------------------------------------------------------------------
    def nodes(self, source: str, file: str) -> tuple[list[Any], Any]:
        from pylatexenc import latexwalker, macrospec

        self.user.update(user_specs(source))
        db = latexwalker.get_default_latex_context_db()
        specs = {**known.ARGS, **self.user}
        macros = [macrospec.MacroSpec(n, s) for n, s in specs.items()]
        environments = [macrospec.EnvironmentSpec(n, s) for n, s in known.ENV_ARGS.items()]
        db.add_context_category(
            "atsmatch-resume", macros=macros, environments=environments, prepend=True
        )
        walker = latexwalker.LatexWalker(
            strip_definitions(source), latex_context=db, tolerant_parsing=True
        )
        try:
            nodes, _, _ = walker.get_latex_nodes()
        except (latexwalker.LatexWalkerError, RecursionError) as exc:
            raise CorruptFileError(file, f"LaTeX that cannot be parsed ({exc})") from None
        return nodes, walker

    def document(self, source: str, file: str) -> None:
        nodes, walker = self.nodes(source, file)
        self.walker = walker
        body = [n for n in nodes if _is_env(n, "document")]
        if not body:
            self.block(nodes)
            return
        for node in nodes:
            if _is_env(node, "document"):
                self.block(node.nodelist)
            else:
                self.preamble(node)

    # -- output -------------------------------------------------------------------------
    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        if text and text != "•":
            self.lines.append((text, False))
        self.buffer = []

    def inline(self, node: Any) -> str:
        saved, self.lines, self.buffer = (self.lines, self.buffer), [], []
        self.block(node if isinstance(node, list) else [node])
        self.flush()
        text = " ".join(line for line, _ in self.lines)
        self.lines, self.buffer = saved
        return text.strip()

    # -- walking ------------------------------------------------------------------------
    def preamble(self, node: Any) -> None:
        """Before ``\\begin{document}`` only personal data and inputs produce text."""
        name = getattr(node, "macroname", None)
        if name in known.CONTACT:
            self.contact_macro(name, _args(node))
        elif name in known.INCLUDES:
            self.include(node, preamble=True)

    def block(self, nodes: list[Any]) -> None:
        from pylatexenc import latexwalker as lw

        for node in nodes:
            if isinstance(node, lw.LatexCharsNode):
                parts = re.split(r"\n\s*\n", node.chars)
                for index, part in enumerate(parts):
                    if index:
                        self.flush()
                    self.buffer.append(part.replace("\n", " "))
            elif isinstance(node, lw.LatexGroupNode):
                self.block(node.nodelist)
            elif isinstance(node, lw.LatexMathNode):
                self.buffer.append(self.l2t.nodelist_to_text(node.nodelist))
            elif isinstance(node, lw.LatexSpecialsNode):
                self.buffer.append(_SPECIALS.get(node.specials_chars, node.specials_chars))
            elif isinstance(node, lw.LatexMacroNode):
                self.macro(node)
            elif (
                isinstance(node, lw.LatexEnvironmentNode)
                and node.environmentname not in known.SKIPPED_ENVIRONMENTS
            ):
                self.flush()
                self.block(node.nodelist)
                self.flush()

    def macro(self, node: Any) -> None:
        name, args = node.macroname, _args(node)
        if name in known.INCLUDES:
            self.include(node, preamble=False)
        elif name in known.HEADINGS and args:
            self.flush()
            self.lines.append((self.inline(args[-1]), True))
        elif name in known.BULLETS:
            self.flush()
            self.buffer.append("• ")
            if name != "item":  # \resumeItem{text}, or {title}{text} in older templates
                self.buffer.append(": ".join(t for t in map(self.inline, args) if t))
                self.flush()
        elif name in known.ENTRIES or (name in self.user and len(self.user[name]) >= 2):
            self.entry(args)
        elif name in known.CONTACT:
            self.contact_macro(name, args)
        elif name in known.BREAKS:
            self.flush()
        elif name == "href" and len(args) == 2:
            self.block([args[1]])
        elif name == "hfill":
            self.buffer.append(" | ")
        elif name in known.SILENT:
            return
        elif args and name not in _ACCENTS:
            for index, arg in enumerate(args):
                if index:
                    self.buffer.append(" ")
                self.block([arg])
        else:
            self.buffer.append(self.l2t.nodelist_to_text([node]))

    def entry(self, args: list[Any]) -> None:
        """One line of the short fields; long or structured fields as lines of their own."""
        self.flush()
        fields: list[str] = []
        rest: list[Any] = []
        for arg in args:
            if getattr(arg, "delimiters", None) == ("[", "]"):
                continue  # an option (spacing, column width), not a field
            if _structured(arg):
                rest.append(arg)
                continue
            text = self.inline(arg)
            if len(text) <= _LONG_FIELD:
                fields.append(text)
            else:
                rest.append(text)
        self.lines.append((" | ".join(f for f in fields if f), False))
        for item in rest:
            if isinstance(item, str):
                self.lines.append((item, False))
            else:
                self.block([item])
                self.flush()

    def contact_macro(self, name: str, args: list[Any]) -> None:
        values = [self.inline(a) for a in args]
        options = [v for v in values if v]
        if not options:
            return
        last = options[-1]
        if name in ("social", "linkedin", "github"):
            network = (options[0] if name == "social" and len(options) > 1 else name).lower()
            prefix = {"linkedin": "linkedin.com/in/", "github": "github.com/"}.get(network, "")
            text = last if network in last or not prefix else prefix + last
        elif name in ("name", "address"):
            text = (" " if name == "name" else ", ").join(options)
        else:
            text = last
        if self.lines:
            self.flush()
            self.lines.append((text, False))
        else:
            self.contact.append(text)

    def include(self, node: Any, *, preamble: bool) -> None:
        target = "/".join(self.inline(a) for a in _args(node)).strip()
        line, _ = self.walker.pos_to_lineno_colno(node.pos)
        where = f"{self._display()} line {line}"
        found, why = self.resolve(target)
        if found is None:
            message = f"{where}: \\{node.macroname}{{{target}}} not followed: {why}"
            self.diagnostics.append(diagnostic("source-include", message))
            return
        self.files += 1
        source = decode_text(found.read_bytes()[: self.limits.max_bytes])
        nodes, walker = self.nodes(source, str(found))
        saved, self.walker = self.walker, walker
        self.stack.append(found)
        for child in nodes:
            if preamble:
                self.preamble(child)
            else:
                self.block([child])
        self.stack.pop()
        self.walker = saved

    def _display(self) -> str:
        """The file being read, relative to the repository when there is one."""
        current = self.stack[-1] if self.stack else self.main
        if current is None or self.root is None:
            return self.name
        return current.relative_to(self.root).as_posix()

    def resolve(self, target: str) -> tuple[Path | None, str]:
        if self.main is None or self.root is None:
            return None, "the LaTeX source was not read from a file"
        if len(self.stack) >= MAX_DEPTH or self.files >= MAX_FILES:
            return None, f"inputs nested deeper than {MAX_DEPTH} or more than {MAX_FILES} files"
        base = self.main.parent
        for candidate in (base / target, base / f"{target}.tex"):
            path = candidate.resolve()
            if not path.is_relative_to(self.root):
                return None, f"it lies outside the repository ({self.root})"
            if path in self.stack or path == self.main:
                return None, "it includes itself (a cycle)"
            if path.is_file():
                return path, ""
        return None, "no such file"


def _is_env(node: Any, name: str) -> bool:
    return getattr(node, "environmentname", None) == name


def _args(node: Any) -> list[Any]:
    parsed = getattr(node, "nodeargd", None)
    if parsed is None or not parsed.argnlist:
        return []
    return [a for a in parsed.argnlist if a is not None and not _is_star(a)]


def _is_star(node: Any) -> bool:
    return getattr(node, "chars", None) == "*"


def _structured(node: Any) -> bool:
    """True when a field holds lists, items or paragraphs rather than a phrase."""
    if getattr(node, "environmentname", None) is not None:
        return True
    if getattr(node, "macroname", None) in known.BULLETS:
        return True
    return any(_structured(child) for child in getattr(node, "nodelist", None) or ())


def read_latex(data: bytes, name: str, limits: ParseLimits) -> RawText:
    """Read a LaTeX resume (following its ``\\input`` files) into the text a reader sees."""
    walker = _Walker(name, limits)
    walker.document(decode_text(data), name)
    walker.flush()
    lines = [(text, False) for text in walker.contact] + walker.lines
    raw = assemble_lines(lines, name, limits)
    return RawText(text=raw.text, headings=raw.headings, diagnostics=tuple(walker.diagnostics))
