"""Reading what a document says beyond its skill list.

For a job: how strongly each skill is asked for (see :mod:`atsmatch.extract.requirements`).
"""

from __future__ import annotations

import dataclasses

from atsmatch.extract.requirements import importance_at, strongest
from atsmatch.profile import Importance, Profile, Skill

__all__ = ["understand"]


def _job_skill(skill: Skill, profile: Profile) -> Skill | None:
    text = profile.document.text
    kept = []
    levels: list[Importance] = []
    for mention in skill.mentions:
        level = importance_at(text, mention.start, mention.section)
        if level is not None:
            kept.append(mention)
            levels.append(level)
    if not kept:
        return None
    return dataclasses.replace(skill, mentions=tuple(kept), importance=strongest(levels))


def understand(profile: Profile) -> Profile:
    """Return ``profile`` with what the document says about its skills filled in.

    A job's skills get their importance; mentions only in company blurbs, benefits or
    equal-opportunity text are dropped, and a skill with no other mention with them.
    """
    if profile.kind != "job":
        return profile
    skills = tuple(s for s in (_job_skill(k, profile) for k in profile.skills) if s is not None)
    return dataclasses.replace(profile, skills=skills)
