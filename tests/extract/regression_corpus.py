"""A seeded, varied corpus for the extraction regression check, and its full output.

Documents: the bundled examples, the JSON Resume samples (through ``atsmatch.parse``) and
generated resume-like texts mixing taxonomy forms (as written, lower case, capitals,
inflected), ambiguous words, skill cues, acronym definitions, misspelt tool names, years,
separators and common words, under section headings. :func:`snapshot` records every
skill id with each mention's span, kind, section and surface, so any change in what
extraction finds shows up as a difference.

    python -m tests.extract.regression_corpus OUT.json [--documents N] [--seed S]

writes a larger snapshot with the built-in taxonomy, for checking an optimisation by hand
(``cmp`` the files before and after);

    python -m tests.extract.regression_corpus --golden

rewrites ``tests/data/extract_golden.json``, the snapshot ``test_extract_regression.py``
compares with: a small corpus and a fixed sample of concepts
(``tests/data/extract_regression_taxonomy.tsv``), so it does not move when the built-in
taxonomy is rebuilt. Rewrite it only for an intended change of what extraction finds.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from atsmatch.document import Document
from atsmatch.extract import find_skills, matcher_for
from atsmatch.extract.skills.wordlists import AMBIGUOUS_WORDS, VERB_LIKE, common_words
from atsmatch.parse import parse, parse_text
from atsmatch.profile import Concept, Mention
from atsmatch.taxonomy import Taxonomy, load_taxonomy

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
GOLDEN = DATA / "extract_golden.json"
GOLDEN_DOCUMENTS, GOLDEN_SEED = 12, 5

HEADINGS = [
    "Skills",
    "Experience",
    "Summary",
    "Education",
    "Projects",
    "Requirements",
    "Responsibilities",
    "Languages",
    "Certifications",
    "Technical Skills",
]
CUES = [
    "experience with",
    "knowledge of",
    "proficient in",
    "expertise in",
    "skills",
    "fluent in",
    "developer",
    "programming",
    "using",
    "MS",
    "Apache",
    "framework",
]
TYPOS = ["Kubernetis", "Postgre SQL", "ReactJS", "Terrafrom", "Dokcer", "Pythn", "Node JS"]
EXTRAS = [
    "2021",
    "Grade C",
    "go to market",
    "excel at",
    "Teams of five",
    "Spring 2020",
    "e-mail jane@example.com",
    "https://example.com/python",
    "C#",
    "C++",
    ".NET",
    "CI/CD",
    "R&D",
    "problem-solving",
    "managed databases",
    "built pipelines",
    "Machine Learning (ML)",
    "NLP (Natural Language Processing)",
    "ML",
    "NLP",
    "it",
    "English and German",
    "Danish company",
    "(",
    ")",
    "’s",
    "don’t",
]
SEPARATORS = [",", ",", "/", "|", ";", "•", "-", "and", "or", "."]


def _variant(rng: random.Random, form: str) -> str:
    choice = rng.random()
    if choice < 0.55:
        return form
    if choice < 0.75:
        return form.lower()
    if choice < 0.85:
        return form.upper()
    if choice < 0.93:
        return form.title()
    return form + rng.choice(["s", "ed", "ing"])


def _line(rng: random.Random, forms: list[str], words: list[str]) -> str:
    size = rng.randint(3, 18)
    parts: list[str] = []
    for _ in range(size):
        pick = rng.random()
        if pick < 0.3:
            parts.append(_variant(rng, rng.choice(forms)))
        elif pick < 0.4:
            word = rng.choice(sorted(AMBIGUOUS_WORDS | VERB_LIKE))
            parts.append(word.capitalize() if rng.random() < 0.5 else word)
        elif pick < 0.47:
            parts.append(rng.choice(CUES))
        elif pick < 0.53:
            parts.append(rng.choice(EXTRAS))
        elif pick < 0.56:
            parts.append(rng.choice(TYPOS))
        elif pick < 0.68:
            parts.append(rng.choice(SEPARATORS))
        else:
            parts.append(rng.choice(words))
    text = " ".join(parts)
    if rng.random() < 0.5:
        text = text[:1].upper() + text[1:]
    prefix = rng.choice(["", "", "• ", "- ", "* "])
    return prefix + text + rng.choice(["", ".", ";", ","])


def generated(taxonomy: Taxonomy, count: int, seed: int) -> list[str]:
    """``count`` texts of 5-40 lines under headings, from ``seed``."""
    rng = random.Random(seed)
    forms = sorted({form for form, _ in taxonomy.forms()})
    words = sorted(common_words())
    texts = []
    for _ in range(count):
        lines = ["Jane Doe", "jane.doe@example.com"]
        for _ in range(rng.randint(1, 5)):
            lines += ["", rng.choice(HEADINGS)]
            lines += [_line(rng, forms, words) for _ in range(rng.randint(1, 8))]
        texts.append("\n".join(lines) + "\n")
    return texts


def documents(taxonomy: Taxonomy, count: int, seed: int) -> list[tuple[str, Document]]:
    found = [
        ("examples/resume.txt", parse(ROOT / "examples" / "resume.txt")),
        ("examples/job.txt", parse(ROOT / "examples" / "job.txt")),
        ("jsonresume/sample.resume.json", parse(DATA / "jsonresume" / "sample.resume.json")),
        ("jsonresume/sample.job.json", parse(DATA / "jsonresume" / "sample.job.json")),
    ]
    for n, text in enumerate(generated(taxonomy, count, seed)):
        found.append((f"generated/{seed}/{n}", parse_text(text)))
    return found


def snapshot(taxonomy: Taxonomy, count: int, seed: int, *, surface: bool = True) -> dict[str, Any]:
    """Name → skills found: concept id, mentions as [start, end, kind, section, surface]."""
    matcher = matcher_for(taxonomy)
    result: dict[str, Any] = {}
    for name, document in documents(taxonomy, count, seed):
        result[name] = [
            [skill.concept.id, [_mention(m, surface) for m in skill.mentions]]
            for skill in find_skills(document, matcher)
        ]
    return result


def _mention(m: Mention, surface: bool) -> list[Any]:
    return [m.start, m.end, m.kind, m.section, *([m.text] if surface else [])]


def fixed_taxonomy() -> Taxonomy:
    """The fixed concepts of ``tests/data/extract_regression_taxonomy.tsv``."""
    lines = (DATA / "extract_regression_taxonomy.tsv").read_text(encoding="utf-8").splitlines()
    ambiguous = next(line for line in lines if line.startswith("# ambiguous:"))
    concepts = []
    for line in lines:
        if line and not line.startswith("#"):
            concept_id, name, category, forms = line.split("\t")
            concepts.append(
                Concept(concept_id, name, category, tuple(forms.split("|")) if forms else ())  # type: ignore[arg-type]
            )
    return Taxonomy(concepts, ambiguous=ambiguous.split("\t")[1].split("|"))


def golden() -> dict[str, Any]:
    """The snapshot stored in :data:`GOLDEN`."""
    return snapshot(fixed_taxonomy(), GOLDEN_DOCUMENTS, GOLDEN_SEED, surface=False)


def main() -> int:
    parser = argparse.ArgumentParser(description="write an extraction snapshot")
    parser.add_argument("out", nargs="?", help="snapshot file (built-in taxonomy)")
    parser.add_argument("--golden", action="store_true", help=f"rewrite {GOLDEN.name}")
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if args.golden:
        GOLDEN.write_text(_dump(golden()), encoding="utf-8")
        return 0
    if not args.out:
        parser.error("give OUT or --golden")
    taxonomy = load_taxonomy()
    data = snapshot(taxonomy, args.documents, args.seed)
    # one long document, cut into several tokenizer batches
    long_text = "\n".join(generated(taxonomy, 400, args.seed + 1))
    long_skills = find_skills(parse_text(long_text), matcher_for(taxonomy))
    data["generated/long"] = [
        [s.concept.id, [_mention(m, True) for m in s.mentions]] for s in long_skills
    ]
    Path(args.out).write_text(_dump(data), encoding="utf-8")
    mentions = sum(len(m) for skills in data.values() for _, m in skills)
    print(f"{len(data)} documents, {mentions} mentions", file=sys.stderr)
    return 0


def _dump(data: dict[str, Any]) -> str:
    """One document per line: small diffs, still readable."""
    lines = [f"{json.dumps(name)}: {json.dumps(skills)}" for name, skills in sorted(data.items())]
    return "{\n" + ",\n".join(lines) + "\n}\n"


if __name__ == "__main__":
    sys.exit(main())
