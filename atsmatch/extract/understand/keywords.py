"""Keywords beyond the taxonomy: the salient phrases of a document that no skill covers.

Candidates are runs of content words inside a sentence: a run breaks at punctuation (other
than "-", "/", "&" and "."), at a stopword, a common verb or adverb ("-ly"), a number, a
piece of job-ad filler ("experience", "team", "strong", ...), and at every taxonomy skill
mention. Each run gives its 1-3 word n-grams; words are compared folded (lower case,
plural "s" dropped) so "Payment rails" and "payment rail" are one keyword.

Score = (1 + ln tf) x (mean of the phrase's own idf and its words' mean idf) x
(1 + 0.25 (n - 1)), with idf from the background table (:mod:`.background`); a one-word
candidate that is a common English word is halved. Phrases are taken best first; one that
overlaps (shares a word position with) a taken phrase is skipped. In a job, candidates in
company, benefits and equal-opportunity text are ignored, as are phrases holding the city or
state the posting gives as its location (:mod:`.places`), and each keyword gets an importance
by the same rules as skills (its strongest mention).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from atsmatch.extract.background import Background, fold, load_background, words
from atsmatch.extract.understand.jobtext import SectionIndex, is_heading_line, sentence_spans
from atsmatch.extract.understand.places import job_places
from atsmatch.extract.understand.requirements import JobReader, strongest
from atsmatch.extract.understand.titles import find_job_title
from atsmatch.extract.vocabulary import FILLER as _FILLER
from atsmatch.extract.vocabulary import STOPWORDS
from atsmatch.extract.vocabulary import VERBS as _VERBS
from atsmatch.profile import Importance, Keyword, Mention, Profile

__all__ = ["MAX_CHARS", "MIN_SCORE", "STOPWORDS", "find_keywords"]

MIN_SCORE = 0.5
"""Keywords scoring below this are left out (lone common words, fragments)."""
_LABEL_LINE = re.compile(
    r"\s*(?:location|salary|type|job type|employment type|department|team|reports to|pay"
    r"|compensation|hours|schedule|shift|start date|posted|date posted|job id|req(?:uisition)?"
    r"(?: id)?|reference|travel|clearance)\s*:",
    re.IGNORECASE,
)
MAX_CHARS = 200_000
"""Keywords are taken from the first this many characters (a job ad is rarely 20,000)."""
_BREAK_GAP = re.compile(r"[^\s\-/&]")
_Candidate = tuple[str, ...]
_Span = tuple[int, int]


_CONTACT = re.compile(r"@|\.(?:com|org|net|io|dev|me|edu|gov|co|uk|de)\b|^https?|^www\.", re.I)


@lru_cache(maxsize=1 << 16)
def _is_content(word: str) -> bool:
    lower = word.lower()
    if _CONTACT.search(lower):
        return False
    if lower in STOPWORDS or lower in _FILLER or lower in _VERBS or fold(word) in _FILLER:
        return False
    adverb = lower.endswith("ly") and len(lower) > 4
    return not (lower[0].isdigit() or len(lower) < 2 or adverb)


def _leading_verb(word: str) -> bool:
    """A capitalised "-ed"/"-ing" word opening a sentence before a lower-case word is a verb
    ("Mentored four engineers", "Building services")."""
    return word[:1].isupper() and word[1:].islower() and word.endswith(("ed", "ing"))


class _Blocked:
    """The skill mentions of a profile, for "does this word overlap one?" by bisection.

    A word overlaps when one of the (at most) four mentions starting last before its end
    reaches past its start; ``reach[i]`` is how far the four before position ``i`` reach.
    """

    def __init__(self, profile: Profile) -> None:
        spans = sorted((m.start, m.end) for s in profile.skills for m in s.mentions)
        self.starts = [a for a, _ in spans]
        ends = [b for _, b in spans]
        self.reach = [max(ends[max(0, i - 4) : i], default=-1) for i in range(len(spans) + 1)]


def _runs(text: str, start: int, end: int, blocked: _Blocked) -> list[list[re.Match[str]]]:
    """Runs of content words of ``text[start:end]`` outside skill mentions."""
    starts, reach = blocked.starts, blocked.reach
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    found = words(text, start, end)
    first_word = -1
    if found and (len(found) == 1 or found[1].group()[0].islower()):
        first_word = found[0].start()  # "Mentored four engineers", not "Registered Nurse"
    previous_end = start
    for m in found:
        word_start, word_end = m.span()
        gap_start, previous_end = previous_end, word_end
        word = m.group()
        if (
            reach[bisect.bisect_left(starts, word_end)] > word_start  # inside a skill
            or not _is_content(word)
            or (word_start == first_word and _leading_verb(word))
        ):
            if run:
                runs.append(run)
                run = []
            continue
        if run and _BREAK_GAP.search(text, gap_start, word_start):
            runs.append(run)
            run = []
        run.append(m)
    if run:
        runs.append(run)
    return runs


def _spans(profile: Profile, reader: JobReader | None) -> Iterable[tuple[int, int, bool]]:
    """Sentences to take keywords from, each with whether it is boilerplate."""
    document = profile.document
    text = document.text
    head = min((s.start for s in document.sections), default=0)
    floor = head if profile.kind == "resume" else 0  # skip a resume's name and contact lines
    headings = {s.start for s in document.sections}
    for start, end in sentence_spans(text[:MAX_CHARS]):
        if end <= floor or start in headings or _LABEL_LINE.match(text, start, end):
            continue
        if _holds_title(reader, start, end):
            yield start, end, False
            continue
        if start < head and _short_line(text[start:end]):
            continue  # a job's company and location lines above its first section
        if reader is not None and _heading(text, start, end):
            continue  # a heading the parser does not know ("Physical Demands")
        yield start, end, reader is not None and reader.is_boilerplate(min(start, end))


def _short_line(sentence: str) -> bool:
    stripped = sentence.strip()
    return len(stripped.split()) <= 8 and not stripped.endswith((".", "!", "?", ":"))


def _heading(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    at_line_start = start == 0 or text[start - 1] == "\n"
    return (
        at_line_start and line.endswith("\n") and len(line.split()) <= 4 and is_heading_line(line)
    )


def _holds_title(reader: JobReader | None, start: int, end: int) -> bool:
    span = reader.title_span if reader is not None else None
    return span is not None and start <= span[0] < end


def _collect(profile: Profile, reader: JobReader | None) -> dict[_Candidate, list[_Span]]:
    """Each candidate n-gram with the (start, end) of its mentions, in text order."""
    text = profile.document.text
    blocked = _Blocked(profile)
    found: dict[_Candidate, list[_Span]] = defaultdict(list)
    excluded: set[_Candidate] = set()
    names: set[_Candidate] = set()
    for start, end, boilerplate in _spans(profile, reader):
        for run in _runs(text, start, end, blocked):
            folded = [fold(m.group()) for m in run]
            if boilerplate:
                _exclude(run, folded, excluded, names)
                continue
            for n in (1, 2, 3):
                for i in range(len(run) - n + 1):
                    found[tuple(folded[i : i + n])].append((run[i].start(), run[i + n - 1].end()))
    # company names and perks recur in boilerplate: not job terms, nor phrases holding a name;
    # nor phrases naming the job's own site ("our Norfolk plant")
    names |= job_places(profile)
    return {
        key: spans
        for key, spans in found.items()
        if key not in excluded and not any(_holds(key, name) for name in names)
    }


def _exclude(
    run: list[re.Match[str]],
    folded: list[str],
    excluded: set[_Candidate],
    names: set[_Candidate],
) -> None:
    """Note a boilerplate run's n-grams, and those all in capitals as names."""
    for n in (1, 2, 3):
        for i in range(len(run) - n + 1):
            key = tuple(folded[i : i + n])
            excluded.add(key)
            if all(m.group()[0].isupper() for m in run[i : i + n]):
                names.add(key)


def _holds(key: _Candidate, part: _Candidate) -> bool:
    n = len(part)
    return any(key[i : i + n] == part for i in range(len(key) - n + 1))


def _score(key: _Candidate, tf: int, background: Background) -> float:
    word_idf = sum(background.idf(w) for w in key) / len(key)
    if len(key) == 1:
        phrase_idf = word_idf
    else:
        pairs = [" ".join(key[i : i + 2]) for i in range(len(key) - 1)]
        phrase_idf = min(background.idf(p) for p in pairs)
    idf = (word_idf + phrase_idf) / 2 / background.max_idf
    score = (1 + math.log(tf)) * idf * (1 + 0.25 * (len(key) - 1))
    if len(key) == 1 and key[0] in background.common:
        score /= 2
    return round(score, 4)


def _importance(mentions: list[Mention], reader: JobReader | None) -> Importance:
    if reader is None:
        return "mentioned"
    return strongest(level for m in mentions if (level := reader.importance(m.start)) is not None)


def find_keywords(
    profile: Profile,
    *,
    limit: int = 25,
    min_score: float = MIN_SCORE,
    reader: JobReader | None = None,
) -> tuple[Keyword, ...]:
    """The ``limit`` best keywords (score >= ``min_score``) that no skill covers.

    For a job, ``reader`` is the document's importance reader when the caller has one
    (:func:`atsmatch.extract.understand.jobinfo.job_reader`); it is built here otherwise.
    """
    if limit <= 0 or not profile.document.text.strip():
        return ()
    if profile.kind != "job":
        reader = None
    elif reader is None:
        title = find_job_title(profile.document.text)
        reader = JobReader(profile.document, title_span=title[1:] if title else None)
    candidates = _collect(profile, reader)
    background = load_background()
    ranked = sorted(
        ((-_score(key, len(spans), background), key) for key, spans in candidates.items()),
    )
    text = profile.document.text
    section_at = SectionIndex(profile.document)
    taken: list[Keyword] = []
    used: set[int] = set()
    for negative, key in ranked:
        if -negative < min_score:
            break
        spans = candidates[key]
        positions = {p for start, end in spans for p in range(start, end)}
        if positions & used:
            continue
        used |= positions
        mentions = [Mention(a, b, text[a:b], "exact", section_at(a)) for a, b in spans]
        importance = _importance(mentions, reader)
        taken.append(Keyword(mentions[0].text, -negative, tuple(mentions), importance))
        if len(taken) == limit:
            break
    return tuple(taken)
