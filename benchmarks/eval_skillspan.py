"""Span quality of skill extraction on SkillSpan (needs ../shared/data/skillspan-dev).

    python benchmarks/eval_skillspan.py [--data DIR] [--split dev|train|all] [--taxonomy FILE]

Each sentence (tokens joined by single spaces) is extracted on its own. Predicted spans are
paired one-to-one with gold spans when intersection / union of their characters is >= 0.5,
best pairs first (the primary metric of docs/EVALUATION); "any overlap" pairs spans that
share a character. Scores are given for skill spans, knowledge spans and both together; a
prediction counts as knowledge when its concept is knowledge, a tool, a programming or
spoken language or a certification, else as skill. The same is reported for a plain
dictionary lookup (greedy longest match over every taxonomy form, case-insensitive, no
lemmas, acronyms, fuzzy matching or ambiguity rules), and the both-readings cases of
tests/data/ambiguity_cases.tsv as a pass count. Exits 0 with a message when the data is
absent.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atsmatch.document import Document  # noqa: E402
from atsmatch.extract import find_hits, matcher_for  # noqa: E402
from atsmatch.extract.skills.matcher import Matcher  # noqa: E402
from atsmatch.language.tokens import tokenize  # noqa: E402
from atsmatch.taxonomy import load_taxonomy  # noqa: E402
from benchmarks.ambiguity import case_passes, read_cases  # noqa: E402

_CANDIDATES = [base / "shared" / "data" / "skillspan-dev" for base in ROOT.parents[:2]]
DEFAULT_DATA = next((p for p in _CANDIDATES if p.is_dir()), _CANDIDATES[0])
KNOWLEDGE = frozenset({"knowledge", "tool", "programming_language", "language", "certification"})
Span = tuple[int, int]
Sentence = tuple[str, list[Span], list[Span]]
Typed = tuple[int, int, str]


def _spans(tags: Sequence[str], offsets: Sequence[Span]) -> list[Span]:
    spans: list[Span] = []
    start = end = -1
    for tag, (s, e) in zip(tags, offsets, strict=False):
        if tag.startswith("B") or (tag.startswith("I") and start < 0):
            if start >= 0:
                spans.append((start, end))
            start, end = s, e
        elif tag.startswith("I"):
            end = e
        else:
            if start >= 0:
                spans.append((start, end))
            start = -1
    if start >= 0:
        spans.append((start, end))
    return spans


def _sentence(rows: list[list[str]]) -> Sentence:
    offsets, pos = [], 0
    for row in rows:
        offsets.append((pos, pos + len(row[0])))
        pos += len(row[0]) + 1
    text = " ".join(row[0] for row in rows)
    skills = _spans([r[1] for r in rows], offsets)
    knowledge = _spans([r[2] for r in rows], offsets)
    return text, skills, knowledge


def read_conll(path: Path) -> list[Sentence]:
    sentences, rows = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            if rows:
                sentences.append(_sentence(rows))
            rows = []
            continue
        rows.append(parts)
    if rows:
        sentences.append(_sentence(rows))
    return sentences


def pair_count(pred: Sequence[Span], gold: Sequence[Span], *, jaccard: bool) -> int:
    """One-to-one pairs, best first: intersection/union >= 0.5, or any shared character."""
    scored = []
    for i, (ps, pe) in enumerate(pred):
        for j, (gs, ge) in enumerate(gold):
            inter = min(pe, ge) - max(ps, gs)
            if inter <= 0:
                continue
            score = inter / (max(pe, ge) - min(ps, gs))
            if score >= 0.5 or not jaccard:
                scored.append((score, i, j))
    scored.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), 0
    for _, i, j in scored:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs += 1
    return pairs


class Tally:
    def __init__(self) -> None:
        self.tp = {True: 0, False: 0}
        self.pred = 0
        self.gold = 0

    def add(self, pred: Sequence[Span], gold: Sequence[Span]) -> None:
        self.pred += len(pred)
        self.gold += len(gold)
        for jaccard in (True, False):
            self.tp[jaccard] += pair_count(pred, gold, jaccard=jaccard)

    def row(self, jaccard: bool) -> str:
        tp = self.tp[jaccard]
        p = tp / self.pred if self.pred else 0.0
        r = tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}"


def system_spans(text: str, matcher: Matcher) -> list[Typed]:
    tokens, hits = find_hits(Document(text=text), matcher)
    spans = [_typed(tokens[h.first].start, tokens[h.last].end, h.concept_id, matcher) for h in hits]
    return _distinct(spans)


def _distinct(spans: list[Typed]) -> list[Typed]:
    """One prediction per span (a form shared by several concepts is still one span)."""
    seen: dict[Span, Typed] = {}
    for start, end, kind in spans:
        seen.setdefault((start, end), (start, end, kind))
    return list(seen.values())


def dictionary_hits(text: str, matcher: Matcher) -> list[tuple[int, int, str]]:
    """The plain dictionary lookup baseline: greedy longest match over every taxonomy form,
    nothing else; ``(start, end, concept id)`` per hit, the first concept of its form."""
    tokens = tokenize(text)
    norms = [t.norm for t in tokens]
    found, i = [], 0
    while i < len(tokens):
        for size in range(min(matcher.max_len, len(tokens) - i), 0, -1):
            entries = matcher.index.get(tuple(norms[i : i + size]))
            if entries:
                found.append((tokens[i].start, tokens[i + size - 1].end, entries[0][0]))
                i += size
                break
        else:
            i += 1
    return found


def baseline_spans(text: str, matcher: Matcher) -> list[Typed]:
    """:func:`dictionary_hits` as typed spans (one span per hit)."""
    return [_typed(start, end, cid, matcher) for start, end, cid in dictionary_hits(text, matcher)]


def _typed(start: int, end: int, concept_id: str, matcher: Matcher) -> Typed:
    category = matcher.taxonomy[concept_id].category
    return start, end, "knowledge" if category in KNOWLEDGE else "skill"


def evaluate(
    sentences: Sequence[Sentence], spans: Callable[[str], list[Typed]]
) -> dict[str, Tally]:
    tallies = {"skill": Tally(), "knowledge": Tally(), "both": Tally()}
    for text, skills, knowledge in sentences:
        pred = spans(text)
        tallies["skill"].add([(s, e) for s, e, t in pred if t == "skill"], skills)
        tallies["knowledge"].add([(s, e) for s, e, t in pred if t == "knowledge"], knowledge)
        tallies["both"].add([(s, e) for s, e, _ in pred], skills + knowledge)
    return tallies


def ambiguity_passes(matcher: Matcher) -> tuple[int, int]:
    cases = read_cases()
    passed = 0
    for case in cases:
        tokens, hits = find_hits(Document(text=case.text), matcher)
        texts = [case.text[tokens[h.first].start : tokens[h.last].end] for h in hits]
        passed += case_passes(case, texts)
    return passed, len(cases)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=("dev", "train", "all"), default="dev")
    parser.add_argument("--taxonomy", help="extra taxonomy file merged into the built-in one")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.platform()}")
    matcher = matcher_for(load_taxonomy(args.taxonomy))
    print(f"taxonomy: {len(matcher.taxonomy)} concepts, {len(matcher.index)} keys")
    passed, total = ambiguity_passes(matcher)
    print(f"ambiguous words, both readings: {passed}/{total} cases pass")
    if not args.data.is_dir():
        print(f"skipped span scores: {args.data} not found (SkillSpan dev data)")
        return 0
    pattern = "*.conll" if args.split == "all" else f"*_{args.split}.conll"
    sentences = [s for path in sorted(args.data.glob(pattern)) for s in read_conll(path)]
    print(f"{len(sentences)} sentences from {args.data} ({args.split})")
    systems: dict[str, Callable[[str], list[Typed]]] = {
        "atsmatch": lambda text: system_spans(text, matcher),
        "dictionary baseline": lambda text: baseline_spans(text, matcher),
    }
    for name, spans in systems.items():
        started = time.perf_counter()
        tallies = evaluate(sentences, spans)
        print(f"\n{name} ({time.perf_counter() - started:.1f} s)")
        for kind, tally in tallies.items():
            print(f"  {kind:9}  jaccard>=0.5 {tally.row(True)}   any-overlap {tally.row(False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
