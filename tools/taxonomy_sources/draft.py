"""Mutable concept drafts and the registry that merges them across sources.

A draft collects the forms, sources and relations of one concept while the sources are read.
The registry decides when a new draft is the same real thing as an earlier one: when one of
its *probe* labels (its canonical name and the names derived from it) normalises to the key
of an earlier concept's *target* label (a canonical name, or a form from a precise source
such as the curated layer, Linguist aliases or derived product names). Loose labels, such as
ESCO's alternative labels, are never merge targets. Drafts of the same source kind never
merge with each other: ESCO's concepts stay distinct, even when their labels collide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

KeyFunction = Callable[[str], str]


@dataclass
class Form:
    """A surface form and what the build knows about it.

    ``protected``: from the curated layer, never dropped by the clean-up rules.
    ``named``: names a specific product, language or tool, so an English-word reading of it
    is a different meaning (the ambiguity rule applies).
    ``loose``: only ever given as an ESCO alternative or hidden label (or derived from one),
    which the stricter rules for loose labels apply to (docs/taxonomy.md).
    ``alias``: a GitHub Linguist alias (code-fence and file names such as "batch", "bat").
    """

    text: str
    protected: bool = False
    named: bool = False
    loose: bool = False
    alias: bool = False


@dataclass
class Draft:
    id: str
    name: str
    category: str
    kind: str
    forms: dict[str, Form] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    broader: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    kind_of: list[str] = field(default_factory=list)  # classes it is a member of (is-a)
    shows: list[str] = field(default_factory=list)  # skills its use is evidence of

    def add_form(
        self,
        text: str,
        *,
        protected: bool = False,
        named: bool = False,
        loose: bool = False,
        alias: bool = False,
    ) -> None:
        text = " ".join(text.split())
        if not text:
            return
        known = self.forms.get(text.lower())
        if known is None:
            self.forms[text.lower()] = Form(text, protected, named, loose, alias)
        else:
            known.protected |= protected
            known.named |= named
            known.loose &= loose
            known.alias |= alias

    def add_unique(self, attribute: str, values: Iterable[str]) -> None:
        target: list[str] = getattr(self, attribute)
        for value in values:
            if value and value not in target:
                target.append(value)


class Registry:
    """All drafts in build order, with the merge index described in the module docstring."""

    def __init__(self, key: KeyFunction) -> None:
        self.key = key
        self.drafts: list[Draft] = []
        self.by_id: dict[str, Draft] = {}
        self.by_source: dict[str, Draft] = {}
        self.targets: dict[str, Draft] = {}
        self.loose: dict[str, Draft] = {}
        self.merged = 0

    def add(
        self,
        draft: Draft,
        *,
        probes: Iterable[str],
        targets: Iterable[str],
        create: bool = True,
        loose: bool = False,
        accept: Callable[[Draft], bool] | None = None,
    ) -> Draft | None:
        """Merge ``draft`` into an earlier concept it names, or register it as new.

        With ``create=False`` a draft that names no earlier concept is skipped (``None``).
        With ``loose=True`` the probes are also compared with every ESCO label (for the
        curated skills read after ESCO). ``accept`` rejects an earlier concept as a home
        (the draft then becomes its own concept).
        """
        probes = list(probes)
        home = self._find(draft.kind, probes)
        if home is not None and accept is not None and not accept(home):
            home = None
        if home is None and loose:
            home = next((self.loose[k] for k in map(self.key, probes) if k in self.loose), None)
        if home is None and not create:
            return None
        if home is None:
            if draft.id in self.by_id:
                raise ValueError(f"duplicate concept id {draft.id}")
            self.drafts.append(draft)
            self.by_id[draft.id] = draft
            home = draft
        else:
            self.merged += 1
            for form in draft.forms.values():
                home.add_form(
                    form.text,
                    protected=form.protected,
                    named=form.named,
                    loose=form.loose,
                    alias=form.alias,
                )
            home.add_unique("sources", draft.sources)
            home.add_unique("broader", draft.broader)
            home.add_unique("related", draft.related)
            home.add_unique("kind_of", draft.kind_of)
            home.add_unique("shows", draft.shows)
        self.by_source[draft.id] = home
        for source in draft.sources:
            self.by_source.setdefault(source, home)
        for label in targets:
            key = self.key(label)
            if key:
                self.targets.setdefault(key, home)
        if home is draft and draft.kind == "esco":
            for form in draft.forms.values():
                self.loose.setdefault(self.key(form.text), draft)
        return home

    def _find(self, kind: str, probes: Iterable[str]) -> Draft | None:
        for label in probes:
            home = self.targets.get(self.key(label))
            if home is not None and home.kind != kind:
                return home
        return None

    def resolve(self, reference: str) -> str | None:
        """The final concept id for a source id or concept id, or ``None``."""
        draft = self.by_source.get(reference) or self.by_id.get(reference)
        return draft.id if draft else None
