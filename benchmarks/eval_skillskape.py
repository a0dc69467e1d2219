"""ESCO concept extraction on SkillSkape (needs ../shared/data/skillskape-dev and esco-1.1.1).

    python benchmarks/eval_skillskape.py [--data DIR] [--esco DIR] [--split dev|train]
                                          [--limit N] [--taxonomy FILE]

SkillSkape sentences are synthetic job-posting sentences, each labelled with the ESCO skills
it expresses by preferred label (``UNK``: none). Many are implicit ("a popular
object-oriented language" for Java), so this measures concept-level extraction against
ESCO, not spans. Gold labels become ESCO concept URIs through ESCO's ``skills_en.csv``;
a predicted concept stands for the ESCO URIs among its sources.

Per sentence: a predicted concept with at least one ESCO URI is correct when one of its
URIs is gold (precision counts predicted concepts); a gold URI is found when some predicted
concept carries it (recall counts gold URIs). Predictions without any ESCO URI (a product
ESCO does not know) cannot be judged and are only counted. Micro-averaged over sentences.
"atsmatch + implied" adds the lower-confidence implied ESCO skills
(atsmatch/extract/skills/implied.py, ``atsmatch skills --implied``) to what ``find_skills``
finds. The same is reported, in the same run, for a plain dictionary lookup: greedy longest match
over every taxonomy form, case-insensitive, first concept of the form, no lemmas,
acronyms, fuzzy matching or ambiguity rules. Exits 0 with a message when the data is
absent.
"""

from __future__ import annotations

import argparse
import ast
import csv
import platform
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atsmatch.document import Document  # noqa: E402
from atsmatch.extract import find_skills, matcher_for  # noqa: E402
from atsmatch.extract.skills.implied import find_implied  # noqa: E402
from atsmatch.extract.skills.matcher import Matcher  # noqa: E402
from atsmatch.taxonomy import Taxonomy, load_taxonomy  # noqa: E402
from benchmarks.eval_skillspan import dictionary_hits  # noqa: E402

_SHARED = [base / "shared" / "data" for base in ROOT.parents[:2]]
SHARED = next((p for p in _SHARED if p.is_dir()), _SHARED[0])
ESCO_SKILL = "http://data.europa.eu/esco/skill/"
UNKNOWN = "UNK"
Sentence = tuple[str, frozenset[str]]


def read_esco_uris(folder: Path) -> dict[str, str]:
    """ESCO preferred label → concept URI (skills_en.csv)."""
    with (folder / "skills_en.csv").open(encoding="utf-8", newline="") as handle:
        return {row["preferredLabel"]: row["conceptUri"] for row in csv.DictReader(handle)}


def read_sentences(path: Path, uris: dict[str, str]) -> tuple[list[Sentence], int]:
    """The sentences with their gold URIs, and how many gold labels ESCO does not know."""
    sentences: list[Sentence] = []
    unknown = 0
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            labels = [str(x) for x in ast.literal_eval(row["skills"]) if x != UNKNOWN]
            unknown += sum(label not in uris for label in labels)
            gold = frozenset(uris[label] for label in labels if label in uris)
            sentences.append((row["sentence"], gold))
    return sentences, unknown


def esco_uris(taxonomy: Taxonomy, concept_ids: Iterable[str]) -> list[frozenset[str]]:
    """One URI set per predicted concept (empty for a concept without an ESCO source)."""
    found = []
    for concept_id in dict.fromkeys(concept_ids):
        concept = taxonomy[concept_id]
        found.append(frozenset(s for s in concept.sources if s.startswith(ESCO_SKILL)))
    return found


def system_concepts(text: str, matcher: Matcher) -> list[str]:
    return [skill.id for skill in find_skills(Document(text=text), matcher)]


def implied_concepts(text: str, matcher: Matcher) -> list[str]:
    """The dictionary lookup's concepts, then the implied ESCO skills (lower confidence)."""
    found = system_concepts(text, matcher)
    implied = find_implied(Document(text=text), matcher.taxonomy, found=found)
    return found + [item.concept.id for item in implied]


def baseline_concepts(text: str, matcher: Matcher) -> list[str]:
    """The plain dictionary lookup (greedy longest match over every taxonomy form)."""
    return [concept for _, _, concept in dictionary_hits(text, matcher)]


class Tally:
    def __init__(self) -> None:
        self.pred = self.pred_ok = self.gold = self.gold_ok = self.unjudged = 0

    def add(self, predicted: Sequence[frozenset[str]], gold: frozenset[str]) -> None:
        judged = [uris for uris in predicted if uris]
        self.unjudged += len(predicted) - len(judged)
        self.pred += len(judged)
        self.pred_ok += sum(bool(uris & gold) for uris in judged)
        self.gold += len(gold)
        self.gold_ok += len(gold & frozenset().union(*judged))

    def scores(self) -> tuple[float, float, float]:
        p = self.pred_ok / self.pred if self.pred else 0.0
        r = self.gold_ok / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> str:
        p, r, f = self.scores()
        return (
            f"P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}"
            f"   ({self.pred} judged predictions, {self.unjudged} without ESCO URI)"
        )


def evaluate(
    sentences: Sequence[Sentence], taxonomy: Taxonomy, concepts: Callable[[str], list[str]]
) -> Tally:
    tally = Tally()
    for text, gold in sentences:
        tally.add(esco_uris(taxonomy, concepts(text)), gold)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "skillskape-dev")
    parser.add_argument("--esco", type=Path, default=SHARED / "esco-1.1.1")
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument("--taxonomy", help="extra taxonomy file merged into the built-in one")
    args = parser.parse_args(argv)
    print(f"python {platform.python_version()} on {platform.platform()}")
    path = args.data / f"{args.split}.csv"
    if not path.is_file() or not (args.esco / "skills_en.csv").is_file():
        print(f"skipped: {path} or {args.esco / 'skills_en.csv'} not found (SkillSkape, ESCO)")
        return 0
    sentences, unknown = read_sentences(path, read_esco_uris(args.esco))
    if args.limit:
        sentences = sentences[: args.limit]
    gold = sum(len(g) for _, g in sentences)
    print(f"{len(sentences)} sentences, {gold} gold ESCO concepts from {path}")
    print(f"gold labels that are no ESCO preferred label (left out): {unknown}")
    taxonomy = load_taxonomy(args.taxonomy)
    matcher = matcher_for(taxonomy)
    systems: dict[str, Callable[[str], list[str]]] = {
        "atsmatch": lambda text: system_concepts(text, matcher),
        "atsmatch + implied": lambda text: implied_concepts(text, matcher),
        "dictionary baseline": lambda text: baseline_concepts(text, matcher),
    }
    for name, concepts in systems.items():
        started = time.perf_counter()
        tally = evaluate(sentences, taxonomy, concepts)
        print(f"{name:20} {tally.row()}  [{time.perf_counter() - started:.1f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
