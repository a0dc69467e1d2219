"""Reading what a document says beyond its skill list.

For a job (:mod:`atsmatch.extract.understand.jobinfo`): how strongly each skill is asked for, years,
degree, certifications, title and seniority; mentions only in company blurbs, benefits or
equal-opportunity text are dropped, and a skill with no other mention with them. For a
resume (:mod:`atsmatch.extract.understand.resumeinfo`): months of experience per skill, total years,
titles, seniority and the highest degree. For both: keywords beyond the taxonomy
(:mod:`atsmatch.extract.understand.keywords`).
"""

from __future__ import annotations

import dataclasses

from atsmatch.extract.understand.gaming import with_term_blocks
from atsmatch.extract.understand.jobinfo import job_reader, understand_job
from atsmatch.extract.understand.keywords import find_keywords
from atsmatch.extract.understand.resumeinfo import understand_resume
from atsmatch.profile import Profile

__all__ = ["understand"]


def understand(profile: Profile, *, reference: str | None = None, keywords: int = 25) -> Profile:
    """Return ``profile`` with what the document says about its skills filled in.

    ``reference`` (``YYYY-MM``) is the month "present" stands for in a resume; by default
    the latest month the document names. ``keywords`` is how many keywords to keep.
    """
    reader = None
    if profile.kind == "job":
        reader = job_reader(profile.document)
        profile = understand_job(profile, reader=reader)
    else:
        profile = understand_resume(profile, reference=reference)
        profile = dataclasses.replace(profile, document=with_term_blocks(profile.document))
    found = find_keywords(profile, limit=keywords, reader=reader)
    return dataclasses.replace(profile, keywords=found)
