"""Implied ESCO skills: concepts a sentence expresses without naming them.

ESCO names skills as verb phrases ("perform data analysis", "manage workflow processes");
postings say the same thing in other words ("analyzing control room data"). The
dictionary lookup of :mod:`atsmatch.extract.skills.matcher` finds only the wording a
taxonomy form has; this module reads each sentence as a bag of word stems and proposes
the ESCO skills it implies, each with a score. Two steps, both over ESCO's own text
(package data ``implied.json.gz``, written by ``tools/build_implied.py``):

1. **Gate.** Some label of the concept (preferred, alternative or hidden) has all its
   content words in the sentence, in any order and form: the words are compared by
   :func:`stem` (lemma, then a suffix cut), so "analyzing data" meets "analyse data" and
   "evaluating the flow" meets "evaluation". Labels of one content word are left to the
   dictionary lookup.
2. **Rank.** The gated concepts are ranked by the TF-IDF cosine between the sentence and
   the concept's text (its labels, counted twice, and ESCO's description of it), the IDF
   taken over ESCO itself; at most :data:`PER_SENTENCE` concepts with a score of at least
   :data:`MIN_SCORE` are kept per sentence.

Implied skills are a loose, lower-confidence reading: they are never skills of a
:class:`~atsmatch.profile.Profile` and never scored (docs/extraction.md, "Implied ESCO
skills"); ``atsmatch skills --implied`` and ESCO consumers ask for them explicitly.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from atsmatch._resources import read_data
from atsmatch.document import Document
from atsmatch.language.affixes import stop_words
from atsmatch.language.lemmas import verb_lemma
from atsmatch.language.tokens import Token, tokenize
from atsmatch.profile import Concept, Profile
from atsmatch.taxonomy import Taxonomy

__all__ = [
    "MIN_SCORE",
    "PER_SENTENCE",
    "Implied",
    "content_words",
    "find_implied",
    "implied_in_profile",
    "stem",
]

MIN_SCORE = 0.25
"""Lowest TF-IDF cosine (sentence vs. ESCO labels and description) that is reported."""
PER_SENTENCE = 3
"""Most implied concepts reported per sentence."""
LABEL_WEIGHT = 2
"""A word of a concept's labels counts this many times in its text, a description word once."""

# Words of ESCO labels that say "a skill" rather than which one.
_VAGUE_WORDS = (
    "skill skills ability abilities knowledge experience use using work working etc other"
    " related relevant various new"
)
_VAGUE = frozenset(_VAGUE_WORDS.split())
# Endings cut from a lemma, longest first; the stem keeps at least four letters.
_SUFFIX_WORDS = (
    "isation ization ation ition ate ment ness ings ing ions ion ities ity ysis yse yze ise ize"
    " ive al ed es er e s"
)
_SUFFIXES = _SUFFIX_WORDS.split()
_WHOLE = ("ss", "ee")  # process, oversee: no ending to cut
_SENTENCE_END = frozenset({".", "!", "?", ";"})


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    return stem(word)


def stem(word: str) -> str:
    """A crude stem of a lower-case word: its lemma less its endings, cut until none is
    left (``analyzing``, ``analysis``, ``analyse`` → ``anal``; ``management``,
    ``managing`` → ``manag``)."""
    base = verb_lemma(word)
    cut = True
    while cut and not base.endswith(_WHOLE):
        cut = False
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 4:
                base, cut = base[: -len(suffix)], True
                break
    return base


@lru_cache(maxsize=1)
def _ignored() -> frozenset[str]:
    return stop_words() | _VAGUE


def content_words(tokens: Sequence[Token]) -> list[str]:
    """The stems of the alphabetic tokens that are no stop word or vague skill word."""
    ignored = _ignored()
    return [_stem(t.norm) for t in tokens if t.norm.isalpha() and t.norm not in ignored]


@dataclass(frozen=True, slots=True)
class Implied:
    """A concept a sentence implies: ``text[start:end]`` is the sentence, ``label`` the
    content words of the concept's label that the sentence holds (the gate)."""

    concept: Concept
    score: float
    start: int
    end: int
    text: str
    label: str


class _Index:
    """The package data read into a gate (rarest stem → labels) and concept vectors."""

    def __init__(self, data: dict[str, list[str]]) -> None:
        self.ids = data["ids"]
        label_df: dict[str, int] = defaultdict(int)
        labels: list[tuple[frozenset[str], int, str]] = []
        texts: list[list[str]] = []
        for n, (joined, description) in enumerate(
            zip(data["labels"], data["descriptions"], strict=True)
        ):
            concept_labels = joined.split("|")
            label_words = [_stem(w) for label in concept_labels for w in label.split()]
            texts.append(label_words * LABEL_WEIGHT)
            texts[-1] += (_stem(w) for w in description.split())
            for label in concept_labels:
                bag = frozenset(_stem(w) for w in label.split())
                if len(bag) >= 2:
                    labels.append((bag, n, label))
                    for s in bag:
                        label_df[s] += 1
        self.gate: dict[str, list[tuple[frozenset[str], int, str]]] = defaultdict(list)
        for bag, n, label in labels:
            self.gate[min(bag, key=lambda s: (label_df[s], s))].append((bag, n, label))
        counts: list[dict[str, int]] = []
        doc_freq: dict[str, int] = defaultdict(int)
        for text in texts:
            bag_counts: dict[str, int] = defaultdict(int)
            for s in text:
                bag_counts[s] += 1
            counts.append(bag_counts)
            for s in bag_counts:
                doc_freq[s] += 1
        total = len(counts)
        self.idf = {s: math.log((1 + total) / (1 + df)) + 1 for s, df in doc_freq.items()}
        self.vectors = [
            _unit({s: (1 + math.log(c)) * self.idf[s] for s, c in b.items()}) for b in counts
        ]

    def implied(self, stems: Sequence[str]) -> list[tuple[float, int, str]]:
        """(score, concept position, label) of the gated concepts of one sentence, best first."""
        present = set(stems)
        gated: dict[int, str] = {}
        for s in sorted(present):
            for bag, n, label in self.gate.get(s, ()):
                if bag <= present:
                    gated.setdefault(n, label)
        if not gated:
            return []
        tf: dict[str, int] = defaultdict(int)
        for s in stems:
            tf[s] += 1
        query = _unit({s: (1 + math.log(c)) * self.idf.get(s, 0.0) for s, c in tf.items()})
        scored = [
            (sum(w * self.vectors[n].get(s, 0.0) for s, w in query.items()), n, label)
            for n, label in gated.items()
        ]
        return sorted(scored, key=lambda x: (-x[0], self.ids[x[1]]))


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items() if v} if norm else {}


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index(json.loads(gzip.decompress(read_data("atsmatch.extract", "implied.json.gz"))))


def _sentences(tokens: Sequence[Token], text: str) -> Iterator[tuple[int, int]]:
    """Token ranges ``[first, last)`` of the sentences: ended by ``. ! ? ;`` or a line break."""
    first = 0
    for i, token in enumerate(tokens):
        end = token.norm in _SENTENCE_END
        broken = i + 1 < len(tokens) and "\n" in text[token.end : tokens[i + 1].start]
        if end or broken:
            yield first, i + 1
            first = i + 1
    if first < len(tokens):
        yield first, len(tokens)


def find_implied(
    document: Document, taxonomy: Taxonomy, *, found: Collection[str] = ()
) -> tuple[Implied, ...]:
    """The ESCO skills each sentence of ``document`` implies, in text order.

    ``found`` holds the ids of concepts already found by the dictionary lookup (and any
    concept sharing an ESCO URI with one of them); they are not proposed again. A concept
    is reported once, at its best-scoring sentence.
    """
    index = _index()
    seen_uris = {s for cid in found if cid in taxonomy for s in taxonomy[cid].sources}
    tokens = tokenize(document.text)
    best: dict[str, Implied] = {}
    for first, last in _sentences(tokens, document.text):
        kept = 0
        for score, n, label in index.implied(content_words(tokens[first:last])):
            if score < MIN_SCORE or kept == PER_SENTENCE:
                break
            concept = taxonomy.get(index.ids[n])
            if concept is None or concept.id in found or seen_uris & set(concept.sources):
                continue
            kept += 1
            start, end = tokens[first].start, tokens[last - 1].end
            shown = round(score, 3)
            if concept.id not in best or best[concept.id].score < shown:
                text = document.text[start:end]
                best[concept.id] = Implied(concept, shown, start, end, text, label)
    return tuple(sorted(best.values(), key=lambda x: (x.start, -x.score)))


def implied_in_profile(
    profile: Profile, taxonomy: Taxonomy, *, term_zones: Collection[str]
) -> tuple[Implied, ...]:
    """:func:`find_implied` for an extracted profile: its skills count as found, and in a
    posting only sentences in ``term_zones`` are read (no benefits, company prose, EEO)."""
    found = [skill.concept.id for skill in profile.skills]
    skipped = [(z.start, z.end) for z in profile.zones if z.name not in term_zones]
    return tuple(
        item
        for item in find_implied(profile.document, taxonomy, found=found)
        if not any(start <= item.start < end for start, end in skipped)
    )
