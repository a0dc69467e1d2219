"""English word knowledge for the build: which forms are ambiguous, which are useless.

Rules (documented in docs/taxonomy.md):

* A form is *dropped* (unless it comes from the curated layer or is a concept's canonical
  name) when it has at most two letters or digits ("AI", "C"), when it is a single word that
  is an English stop word or a generic word (``generic`` in tools/curated/lexicon.yaml:
  "management", "data", "design" ...), or when the same single word is a form of three or
  more concepts (it identifies none of them).
* A form is *ambiguous* (it counts only in a technical context; the extraction step applies
  that) when it is listed in ``ambiguous`` of lexicon.yaml, or when it is a single letter,
  or when it names a product, a programming language or a tool and consists of at most
  MAX_AMBIGUOUS_TOKENS common English words, capitalised as a name when there are several
  ("Excel", "Swift", "Spring", "Chef", "Word"; "After the Deadline", "Content Manager", but
  not "Time tracking"). Curated multi-word names ("Spring Boot") are not checked.
  "Common English word": a word of spaCy's English lemma tables (spacy-lookups-data) or
  stop words, with a unigram log-probability of at least ``COMMON_LOG_PROB``. A form
  written in capitals (HTML, UNIX) is an acronym, not a word. ``not_ambiguous`` lists
  proper names the tables hold as words (Python, Linux).

* A skill phrase "VERB OBJECT" of ESCO also gets the noun phrase "OBJECT NOUN" when the
  verb has a noun in ``nominal`` of lexicon.yaml and the object is one or two plain words
  ("manage budgets" → "budget management"); the object's last word is made singular with
  spaCy's lemma table when the singular is a noun.

spaCy's tables are read here, at build time only; the package never needs them for this.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

COMMON_LOG_PROB = -14.5
MAX_AMBIGUOUS_TOKENS = 3
NAMED_CATEGORIES = frozenset({"programming_language", "tool", "certification"})


@dataclass(frozen=True)
class Lexicon:
    words: frozenset[str]
    nouns: frozenset[str]
    lemmas: dict[str, str]
    stop_words: frozenset[str]
    log_prob: dict[str, float]
    ambiguous: frozenset[str]
    not_ambiguous: frozenset[str]
    generic: frozenset[str]
    nominal: dict[str, str]
    vague: frozenset[str] = frozenset()
    dropped: frozenset[str] = frozenset()

    def is_common(self, word: str) -> bool:
        word = word.lower()
        if word in self.stop_words:
            return True
        return word in self.words and self.log_prob.get(word, -99.0) >= COMMON_LOG_PROB

    def is_ambiguous(self, form: str, key: tuple[str, ...], *, named: bool) -> bool:
        lowered = form.lower()
        if lowered in self.ambiguous:
            return True
        if lowered in self.not_ambiguous or len(key) > MAX_AMBIGUOUS_TOKENS:
            return False
        if any(w.isupper() and sum(ch.isalpha() for ch in w) >= 2 for w in form.split()):
            return False  # an acronym written as one (HTML, UNIX), not a word
        if len(key) == 1 and len(key[0]) == 1 and key[0].isalpha():
            return True
        if len(key) > 1 and not all(
            w[:1].isupper() for w in form.split() if w.lower() not in self.stop_words
        ):
            return False  # "Time tracking software" describes a kind of tool, names none
        return named and all(token.isalpha() and self.is_common(token) for token in key)

    def is_useless(self, key: tuple[str, ...]) -> bool:
        """Too short or too generic to identify a concept on its own."""
        if sum(ch.isalnum() for ch in "".join(key)) <= 2:
            return True
        return len(key) == 1 and (key[0] in self.stop_words or key[0] in self.generic)

    def lemma(self, word: str) -> str:
        return self.lemmas.get(word, word)

    def singular(self, word: str) -> str | None:
        """The singular of an English plural noun by spaCy's lemma table, keeping the case."""
        lemma = self.lemmas.get(word.lower())
        if not lemma or lemma == word.lower() or not word.lower().endswith("s"):
            return None
        if lemma not in self.nouns:
            return None  # "mathematics" stays
        return word[: len(lemma)] if word.lower().startswith(lemma) else lemma

    def nominal_form(self, label: str) -> str | None:
        """ "budget management" for "manage budgets" (see the module docstring)."""
        words = label.split()
        if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
            return None
        noun = self.nominal.get(words[0])
        objects = words[1:]
        if noun is None or any(w in self.stop_words for w in objects):
            return None
        objects[-1] = self.singular(objects[-1]) or objects[-1]
        return " ".join([*objects, noun])


def _spacy_table(name: str) -> object:
    import spacy_lookups_data  # type: ignore[import-untyped]

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{name}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def load_lexicon(curated: dict[str, Any]) -> Lexicon:
    """spaCy's English word tables plus the curated lists of tools/curated/lexicon.yaml."""
    from spacy.lang.en.stop_words import STOP_WORDS

    index = _spacy_table("en_lemma_index")
    lookup = _spacy_table("en_lemma_lookup")
    log_prob = _spacy_table("en_lexeme_prob")
    assert isinstance(index, dict) and isinstance(lookup, dict) and isinstance(log_prob, dict)
    words: set[str] = set(lookup) | set(lookup.values())
    for entries in index.values():
        words.update(entries)
    return Lexicon(
        words=frozenset(words),
        nouns=frozenset(index.get("noun", ())),
        lemmas=lookup,
        stop_words=frozenset(STOP_WORDS),
        log_prob=log_prob,
        ambiguous=frozenset(w.lower() for w in curated.get("ambiguous", [])),
        not_ambiguous=frozenset(w.lower() for w in curated.get("not_ambiguous", [])),
        generic=frozenset(w.lower() for w in curated.get("generic", [])),
        nominal=dict(curated.get("nominal", {})),
        vague=frozenset(w.lower() for w in curated.get("vague", [])),
        dropped=frozenset(w.lower() for w in curated.get("dropped", [])),
    )
