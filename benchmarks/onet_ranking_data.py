"""A seeded ranking set built from O*NET 29.2 (needs ../shared/data/onet-29.2).

Occupations are drawn from many SOC major groups ("job families", the first two digits of
the code), a few per family so that "same family" exists. For each occupation the generator
writes one posting and a few resumes:

- a posting reads like a real one: a title, an "About us" paragraph, a role summary from the
  occupation description, responsibilities (a sample of up to half its task statements;
  resumes describe the other half, so no sentence is shared verbatim), requirements
  (years in the occupation, a few of its technology skills, sometimes a degree or licence),
  nice-to-haves, benefits and an EEO line drawn from pools shared by every posting (the
  boilerplate that makes naive scores noisy);
- a resume holds two or three dated positions titled with the occupation's alternate titles,
  whose bullets are *other* task statements of the occupation (past tense), a skills line
  of its technology skills, an education line and sometimes an older position in an
  unrelated occupation (a career changer) or in a sibling occupation of the same family.

Relevance of (resume, posting): 2 same occupation, 1 same family, 0 other. Everything is
decided by ``random.Random(seed)`` so a seed gives the same set on every machine.
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Occupation", "RankingSet", "build_set", "load_occupations"]

ABOUT = [
    "We are a growing company with offices in three states and a culture of ownership.",
    "Founded in 1998, our organization serves thousands of customers across the region.",
    "Join a mission-driven team that values integrity, collaboration and excellence.",
    "We are an equal partner to the communities we serve and have been for 40 years.",
]
BENEFITS = [
    "Competitive salary and annual bonus", "Medical, dental and vision insurance from day one",
    "401(k) with company match", "Paid time off and paid holidays", "Commuter benefits",
    "Tuition reimbursement", "Employee assistance program", "Flexible scheduling",
]  # fmt: skip
EEO = (
    "We are an equal opportunity employer. All qualified applicants will receive consideration "
    "for employment without regard to race, color, religion, sex, national origin, disability "
    "or veteran status."
)
PHYSICAL = [
    "Ability to lift up to 25 pounds.", "Must be able to stand for extended periods.",
    "Ability to work in a fast-paced environment.",
]  # fmt: skip
SCHOOLS = [
    "State University",
    "City College",
    "Northern Institute of Technology",
    "Lakeside University",
]
COMPANIES = [
    "Acme Corp",
    "Riverside Group",
    "Summit Partners",
    "Blue Harbor Inc",
    "Northwind",
    "Keystone LLC",
]
IRREGULAR = {
    "lead": "led", "write": "wrote", "build": "built", "teach": "taught", "make": "made",
    "run": "ran", "keep": "kept", "drive": "drove", "give": "gave", "take": "took",
    "hold": "held", "meet": "met", "set": "set", "put": "put", "cut": "cut", "read": "read",
    "sell": "sold", "buy": "bought", "oversee": "oversaw", "undertake": "undertook",
    "find": "found", "get": "got", "send": "sent", "spend": "spent", "understand": "understood",
}  # fmt: skip


CORE_TOOLS = 10
"""Postings ask for tools among the occupation's first ten (O*NET "Hot Technology" or "In
Demand" first); resumes list tools among the first twelve."""


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    description: str
    tasks: tuple[str, ...]
    tools: tuple[str, ...]
    titles: tuple[str, ...]

    @property
    def family(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class RankingSet:
    jobs: tuple[str, ...]
    resumes: tuple[str, ...]
    job_occupation: tuple[str, ...]
    resume_occupation: tuple[str, ...]

    def relevance(self, resume: int, job: int) -> int:
        a, b = self.resume_occupation[resume], self.job_occupation[job]
        return 2 if a == b else 1 if a[:2] == b[:2] else 0


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_occupations(onet: Path) -> list[Occupation]:
    """Occupations with at least 8 tasks, 4 technology skills and 3 alternate titles."""
    tasks: dict[str, list[str]] = defaultdict(list)
    for row in _rows(onet / "Task Statements.txt"):
        tasks[row["O*NET-SOC Code"]].append(row["Task"].strip())
    tools: dict[str, list[tuple[bool, str]]] = defaultdict(list)
    for row in _rows(onet / "Technology Skills.txt"):
        hot = row["Hot Technology"] == "Y" or row["In Demand"] == "Y"
        tools[row["O*NET-SOC Code"]].append((not hot, row["Example"].strip()))
    titles: dict[str, list[str]] = defaultdict(list)
    for row in _rows(onet / "Alternate Titles.txt"):
        title = row["Alternate Title"].strip()
        if 2 <= len(title.split()) <= 4 and title.isascii():
            titles[row["O*NET-SOC Code"]].append(title)
    found = []
    for row in _rows(onet / "Occupation Data.txt"):
        code = row["O*NET-SOC Code"]
        if len(tasks[code]) >= 8 and len(tools[code]) >= 4 and len(titles[code]) >= 3:
            found.append(
                Occupation(
                    code,
                    row["Title"],
                    row["Description"],
                    tuple(tasks[code]),
                    tuple(dict.fromkeys(name for _, name in sorted(tools[code]))),
                    tuple(dict.fromkeys(titles[code])),
                )
            )
    return found


def _pick(occupations: list[Occupation], count: int, rng: random.Random) -> list[Occupation]:
    """``count`` occupations, four per family from as many families as needed."""
    by_family: dict[str, list[Occupation]] = defaultdict(list)
    for occupation in occupations:
        by_family[occupation.family].append(occupation)
    families = sorted(f for f, members in by_family.items() if len(members) >= 4)
    rng.shuffle(families)
    chosen: list[Occupation] = []
    for family in families:
        if len(chosen) >= count:
            break
        chosen.extend(rng.sample(by_family[family], 4))
    return chosen[:count]


def _past(task: str) -> str:
    verb, _, rest = task.partition(" ")
    low = verb.lower()
    if low in IRREGULAR:
        done = IRREGULAR[low]
    elif low.endswith("e"):
        done = low + "d"
    elif low.endswith("y") and low[-2:-1] not in "aeiou":
        done = low[:-1] + "ied"
    else:
        done = low + "ed"
    return f"{done.capitalize()} {rest}".rstrip(".") + "."


def posting(occupation: Occupation, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """A posting and the task statements it used (resumes describe the others)."""
    tasks = rng.sample(occupation.tasks, min(6, len(occupation.tasks) // 2))
    tools = rng.sample(occupation.tools[:CORE_TOOLS], min(5, len(occupation.tools)))
    required, nice = tools[:3], tools[3:]
    years = rng.choice([1, 2, 3, 5])
    title = rng.choice([occupation.title.rstrip("s"), *occupation.titles[:3]])
    lines = [
        title, "", "About Us", rng.choice(ABOUT), "", "The Role", occupation.description, "",
        "Responsibilities", *(f"- {t}" for t in tasks), "", "Requirements",
        f"- {years}+ years of experience as a {occupation.title.rstrip('s').lower()}",
        f"- Experience with {', '.join(required[:-1])} and {required[-1]}",
        "- Strong communication and organizational skills",
    ]  # fmt: skip
    if rng.random() < 0.5:
        lines.append("- Bachelor's degree or equivalent experience")
    lines += ["", "Nice to Have", *(f"- {t}" for t in nice), "", "Benefits"]
    lines += [f"- {b}" for b in rng.sample(BENEFITS, 4)]
    lines += ["", "Physical Requirements", rng.choice(PHYSICAL), "", EEO, ""]
    return "\n".join(lines), tuple(tasks)


def _position(
    occupation: Occupation, start: int, end: int, rng: random.Random, used: tuple[str, ...] = ()
) -> list[str]:
    title = rng.choice(occupation.titles)
    left = [t for t in occupation.tasks if t not in used]
    bullets = rng.sample(left, min(3, len(left)))
    return [
        f"{title}, {rng.choice(COMPANIES)}",
        f"Jan {start} - Dec {end}",
        *(f"- {_past(b)}" for b in bullets),
        "",
    ]


def resume(
    occupation: Occupation,
    index: int,
    rng: random.Random,
    other: Occupation | None,
    used: tuple[str, ...] = (),
) -> str:
    year = 2024
    lines = [f"Candidate {index}", f"candidate{index}@example.com", "", "Summary"]
    lines += [f"{rng.choice(occupation.titles)} with a record of reliable, careful work.", ""]
    lines += ["Experience"]
    for _ in range(rng.choice([2, 3])):
        span = rng.choice([1, 2, 3])
        lines += _position(occupation, year - span, year, rng, used)
        year -= span + 1
    if other is not None:
        lines += _position(other, year - 3, year, rng)
    pool = occupation.tools[: CORE_TOOLS + 2]
    skills = rng.sample(pool, min(rng.choice([3, 4, 5, 6]), len(pool)))
    lines += ["Skills", ", ".join(skills), "", "Education"]
    lines += [f"Bachelor of Science, {rng.choice(SCHOOLS)}, {year - 1}", ""]
    return "\n".join(lines)


def build_set(
    onet: Path, *, occupations: int = 64, resumes_per_job: int = 3, seed: int = 8
) -> RankingSet:
    """The ranking set (see the module docstring)."""
    rng = random.Random(seed)
    chosen = _pick(load_occupations(onet), occupations, rng)
    by_family: dict[str, list[Occupation]] = defaultdict(list)
    for occupation in chosen:
        by_family[occupation.family].append(occupation)
    jobs, resumes, job_occ, resume_occ = [], [], [], []
    for occupation in chosen:
        text, used = posting(occupation, rng)
        jobs.append(text)
        job_occ.append(occupation.code)
        for _ in range(resumes_per_job):
            other = None
            roll = rng.random()
            if roll < 0.25:  # career changer: an older job elsewhere
                other = rng.choice([o for o in chosen if o.family != occupation.family])
            elif roll < 0.5:  # a sibling occupation of the same family
                other = rng.choice([o for o in by_family[occupation.family] if o != occupation])
            resumes.append(resume(occupation, len(resumes), rng, other, used))
            resume_occ.append(occupation.code)
    return RankingSet(tuple(jobs), tuple(resumes), tuple(job_occ), tuple(resume_occ))
