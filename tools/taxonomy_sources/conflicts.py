"""Short acronyms held by several unrelated concepts: found, listed and settled at build.

After the clean-up rules have chosen each concept's forms, every short acronym form
(``rules.acronym_form``: "CEN", "CMA", "L&D") held by two or more concepts that are different
things (``rules.unrelated``) is a *conflict*: looked up as it is, the acronym would find all
of them. ``rules.settle_conflict`` settles each one (a curated form wins; else the holder whose
label it spells; else the acronym stays on every holder as an ambiguous form that counts only
in context). ``tools/build_taxonomy.py --conflicts FILE`` lists every conflict with its
verdicts; the build prints how many were found and how many remain.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from taxonomy_sources.draft import Draft
from taxonomy_sources.rules import Holder, acronym_form, settle_conflict, unrelated

KeptForm = tuple[str, str, bool]  # (form, lookup key, ambiguous)


def _holder(draft: Draft, form: str, resolve: Callable[[str], str | None]) -> Holder:
    linked = {resolve(r) for r in (*draft.broader, *draft.related)} - {None}
    labels = tuple(f.text for f in draft.forms.values() if " " in f.text)
    found = draft.forms.get(form.lower())
    curated = draft.kind == "curated" and found is not None and found.protected
    return Holder(draft.id, draft.name, form, curated, labels, frozenset(str(x) for x in linked))


def settle_acronyms(
    drafts: list[Draft],
    kept: list[list[KeptForm]],
    resolve: Callable[[str], str | None],
) -> tuple[list[list[KeptForm]], list[str]]:
    """The kept forms with acronym conflicts settled, and one TSV line per conflict:
    ``key<TAB>rule<TAB>concept=verdict ...``."""
    holders: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for number, forms in enumerate(kept):
        for form, key, _ in forms:
            if acronym_form(form):
                holders[key].append((number, form))
    verdicts: dict[tuple[int, str], str] = {}
    lines: list[str] = []
    for key in sorted(holders):
        found = [_holder(drafts[n], form, resolve) for n, form in holders[key]]
        if len(found) < 2 or not unrelated(found):
            continue
        verdict, rule = settle_conflict(found)
        numbers = {drafts[n].id: n for n, _ in holders[key]}
        for concept, outcome in verdict.items():
            verdicts[(numbers[concept], key)] = outcome
        shown = " ".join(f"{h.concept}({h.name})={verdict[h.concept]}" for h in found)
        lines.append(f"{key}\t{rule}\t{shown}")
    settled: list[list[KeptForm]] = []
    for number, forms in enumerate(kept):
        out: list[KeptForm] = []
        for form, key, ambiguous in forms:
            outcome = verdicts.get((number, key), "keep") if acronym_form(form) else "keep"
            if outcome != "drop":
                out.append((form, key, ambiguous or outcome == "ambiguous"))
        settled.append(out)
    return settled, lines
