"""Precision rules for surface forms: which forms would find false skills in ordinary text.

Every rule is documented in docs/taxonomy.md ("Forms that are dropped"). Each function gets
a form's lookup key as a token tuple (``normalize_form`` tokens, lower-cased) and answers
one question; tools/build_taxonomy.py decides which forms the rules apply to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from taxonomy_sources.lexicon import Lexicon

# Closed-class words (determiners, conjunctions, prepositions, particles, auxiliaries,
# pronouns): a label that begins or ends with one is a fragment of a sentence ("and
# procedures", "be responsible", "make up"), not a name.
_FUNCTION_TEXT = (
    "a an the this that these those and or but nor of to in on at by for with from into onto"
    " as than up out off down over about via per be is are was were am have has"
    " had do does did will would can could should may might must shall it its they them"
    " their you your we our he she his her i me my"
)
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
# Function words that make a name read as a sentence fragment ("After the Deadline").
_PHRASE_TEXT = (
    "a an the this that these those be is are was were am have has had do does did it its"
    " they them their you your we our he she his her i me my"
)
PHRASE_WORDS = frozenset(_PHRASE_TEXT.split())
MAX_ACRONYM_LETTERS = 5
CAPS_COMMON_LOG_PROB = -12.0  # "FAST", "CASE", "CLAIMS"; not "GPS", "MIDI", "LAN"
_WORD = re.compile(r"[a-z0-9]+")


def edge_function_word(key: tuple[str, ...]) -> bool:
    """The label starts or ends with a function word ("and procedures", "be responsible")."""
    return len(key) > 1 and (key[0] in FUNCTION_WORDS or key[-1] in FUNCTION_WORDS)


def vague(key: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Every word is a stop word or a vague word ("technical skills", "basic knowledge";
    ``vague`` in tools/curated/lexicon.yaml)."""
    words = [w for w in key if w.isalpha()]
    return bool(words) and all(w in lexicon.stop_words or w in lexicon.vague for w in words)


def phrase_name(form: str, key: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A multi-word name that reads as an English phrase: only common words, starting with
    a function word or holding an article, pronoun or auxiliary ("After the Deadline", "On
    Center"; not "Point of Sale", "Tone and probe kit")."""
    starts = key[0] in FUNCTION_WORDS and "-" not in form.split()[0]  # not "In-line tester"
    if len(key) < 2 or not (starts or any(w in PHRASE_WORDS for w in key)):
        return False
    if any(w.isupper() and len(w) > 1 for w in form.split()):
        return False  # an acronym makes it a name ("Bank of America BOA")
    return all(w.isalpha() and lexicon.is_common(w) for w in key)


def caps_word(form: str, lexicon: Lexicon) -> bool:
    """A product name in capitals that spells a frequent English word ("FAST", "PASS"):
    capitals are no sign of a name in headings, and matching ignores case."""
    word = form.lower()
    if not (form.isalpha() and form.isupper() and len(form) >= 3):
        return False
    if word in lexicon.not_ambiguous:
        return False
    return word in lexicon.words and lexicon.log_prob.get(word, -99.0) >= CAPS_COMMON_LOG_PROB


def word_name(form: str, lexicon: Lexicon) -> bool:
    """One common English word ("Edge", "Processing"), not hand-listed as ``ambiguous`` or
    ``not_ambiguous`` in lexicon.yaml (which keeps "Crystal", "Racket" with the context
    rule)."""
    word = form.lower()
    if " " in form or not form.isalpha() or form.isupper():
        return False
    if word in lexicon.ambiguous or word in lexicon.not_ambiguous:
        return False
    return lexicon.is_common(word)


def no_letters(key: tuple[str, ...]) -> bool:
    """A number, not a name ("2000" of "EZ 2000" without its vendor)."""
    return not any(ch.isalpha() for ch in "".join(key))


def is_caps_acronym(form: str) -> bool:
    """2..MAX_ACRONYM_LETTERS capital letters and nothing else ("NEC", "CCTV")."""
    return 2 <= len(form) <= MAX_ACRONYM_LETTERS and form.isalpha() and form.isupper()


def acronym_fits(acronym: str, labels: Iterable[str]) -> bool:
    """The acronym's letters are the initials of consecutive words of one label (function
    words may be skipped; a word may give further letters found later in it): "CCTV" fits
    "manage closed-circuit television system", "NEC" fits no label of "procurement of ICT
    network equipment"."""
    letters = [ch.lower() for ch in acronym if ch.isalpha()]
    for label in labels:
        words = _WORD.findall(label.lower())
        if any(_initials_match(letters, words[start:]) for start in range(len(words))):
            return True
    return False


def _initials_match(letters: list[str], words: list[str]) -> bool:
    """Each content word gives its initial, and may give further letters found later in it
    ("hypertext" gives "h" and "t" of HTML); function words may give nothing."""
    if not letters:
        return True
    if not words:
        return False
    word = words[0]
    if word[0] == letters[0]:
        for size in range(1, len(letters) + 1):
            if size > 1 and not _in_order(letters[1:size], word[1:]):
                break
            if _initials_match(letters[size:], words[1:]):
                return True
    return word in FUNCTION_WORDS and _initials_match(letters, words[1:])


def _in_order(letters: list[str], text: str) -> bool:
    rest = iter(text)
    return all(letter in rest for letter in letters)


def lemma_key(key: tuple[str, ...], lexicon: Lexicon) -> str:
    """The key with each word lemmatised, as the extraction also matches lemmas
    ("managing projects" and "manage projects" are both "manage project")."""
    return " ".join(lexicon.lemma(word) for word in key)


_ACRONYM_FORM = re.compile(r"[A-Z][A-Z0-9&/+-]{1,6}")


def acronym_form(form: str) -> bool:
    """A short form in capitals, digits allowed ("CEN", "ML", "L&D", "RNC-NIC")."""
    return bool(_ACRONYM_FORM.fullmatch(form)) and sum(c.isalpha() for c in form) >= 2


@dataclass(frozen=True)
class Holder:
    """One concept holding a form: its id, canonical name, the form, whether the form is
    curated, and the concept's multi-word labels (to see which one the acronym spells)."""

    concept: str
    name: str
    form: str
    curated: bool
    labels: tuple[str, ...]
    linked: frozenset[str]  # ids of its broader and related concepts


def settle_conflict(holders: list[Holder]) -> tuple[dict[str, str], str]:
    """How a short acronym held by several unrelated concepts is settled.

    Returns (verdict per concept id: "keep", "drop" or "ambiguous"; the rule used):

    1. ``curated``: a curated form wins; the other holders lose the acronym (a curated
       concept says what the acronym means in postings: "CEN" is the Certified Emergency
       Nurse, not a product);
    2. ``spelled``: else, when the letters spell a label of exactly one holder ("CCD" of
       "charge-coupled device"), it keeps it;
    3. ``ambiguous``: else every holder keeps it as an ambiguous form, which counts only in
       context (docs/extraction.md, "ambiguity rule"), never merged into one concept.
    """
    curated = [h for h in holders if h.curated]
    if len(curated) == 1:
        winner = curated[0].concept
        return {h.concept: "keep" if h.concept == winner else "drop" for h in holders}, "curated"
    pool = curated or holders
    spelled = [h for h in pool if acronym_fits(h.form, [label for label in h.labels])]
    if len(spelled) == 1:
        winner = spelled[0].concept
        return {h.concept: "keep" if h.concept == winner else "drop" for h in holders}, "spelled"
    return {h.concept: "ambiguous" for h in holders}, "ambiguous"


def unrelated(holders: list[Holder]) -> bool:
    """Two or more holders that are different things: not all one name (O*NET lists the
    product "CMS" under several commodity classes), not linked by broader/related."""
    names = {h.name.lower() for h in holders}
    if len(names) == 1:
        return False
    ids = {h.concept for h in holders}
    return not any(h.linked & ids for h in holders)
