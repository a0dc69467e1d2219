"""Which part of an entry line is the job title and which the employer.

A part is read by its *head*: the words before a first "of", "for" or "at" ("Director of
Engineering" is headed by Director, "University of Bremen" by University), and in the
head, the cue that comes last wins ("Call Center Agent" ends in a job-title word, "Acme
Research Labs" in an organisation word). Cues are job-title words (engineer, nurse,
teacher, electrician, ..., German compounds ending in -berater, -entwickler, ...; Chinese,
Japanese and Korean role words) and organisation words (Inc, GmbH, University, Hospital,
District, 公司, 大学, ...). The parts left over fill what is still missing, in order, title
first.
"""

from __future__ import annotations

import re

__all__ = ["is_employer", "is_title", "part_kind", "split_title_employer"]

_TITLE = (
    r"engineer|developer|programmer|manager|director|analyst|intern|consultant|designer|"
    r"lead|head|officer|specialist|scientist|architect|administrator|assistant|associate|"
    r"coordinator|president|vp|ceo|cto|cfo|coo|founder|co-founder|owner|teacher|tutor|"
    r"researcher|professor|lecturer|technician|representative|executive|accountant|nurse|"
    r"editor|writer|supervisor|trainee|apprentice|fellow|partner|principal|staff|senior|"
    r"junior|sr|jr|chief|advisor|adviser|strategist|agent|clerk|operator|volunteer|"
    r"contractor|freelancer?|student|instructor|product owner|scrum master|sre|devops|"
    # care, teaching, trades and services
    r"therapist|educator|paraprofessional|aide|electrician|plumber|carpenter|welder|"
    r"mechanic|driver|cashier|barista|server|cook|chef|receptionist|pharmacist|physician|"
    r"surgeon|dentist|hygienist|paramedic|emt|technologist|counselor|counsellor|librarian|"
    r"coach|attorney|lawyer|paralegal|bookkeeper|auditor|controller|recruiter|buyer|planner|"
    r"estimator|inspector|foreman|superintendent|machinist|installer|laborer|labourer|"
    r"dispatcher|courier|caregiver|midwife|practitioner|medic|salesperson|steward|"
    # French and Spanish
    r"ingénieur|développeur|stagiaire|directeur|directrice|responsable|chargée?|ingeniero|"
    r"desarrollador|gerente|jefe|becario|analista|consultora?|asistente"
)
# German compound titles end in the role noun, often with the feminine -in.
_TITLE_DE = (
    r"\w*(?:berater|entwickler|ingenieur|leiter|analyst|referent|praktikant|werkstudent|"
    r"assistent|techniker|mitarbeiter|kaufmann|kauffrau|pfleger|erzieher|lehrer)(?:in)?"
)
_TITLE_WORDS = re.compile(rf"\b(?:{_TITLE}|{_TITLE_DE})\b", re.IGNORECASE)
_EMPLOYER_WORDS = re.compile(
    r"\b(?:inc|llc|ltd|gmbh|ag|corp|corporation|company|co|group|plc|sa|bv|university|"
    r"college|school|institute|bank|labs?|technologies|solutions|systems|partners|agency|"
    r"hospital|clinic|foundation|studio|consulting|services|firm|department|center|centre|"
    r"academy|ministry|council|association|society|laboratory|laboratories|bureau|"
    r"authority|district|alliance|network|union|cooperative|trust|schools|"
    r"universität|hochschule|université|universidad)\b(?!-)\.?",
    re.IGNORECASE,
)
_TITLE_CJK = re.compile(
    "实习|工程师|经理|总监|主管|助理|专员|顾问|设计师|开发|分析师|研究员|教师|老师|护士|会计"
    "|架构师|主任|总裁|董事|經理|工程師|設計師|エンジニア|マネージャー|인턴|엔지니어|개발자|매니저"
)
EMPLOYER_CJK = (
    "公司|集团|大学|学院|银行|医院|研究所|研究院|株式会社|會社|大學|學院|銀行|醫院"
    "|회사|대학교|병원|은행"
)
_EMPLOYER_CJK = re.compile(EMPLOYER_CJK)
_HEAD = re.compile(r"\s+(?:of|for|at|in|des?|du|der|bei)\s+", re.IGNORECASE)


def _last_end(pattern: re.Pattern[str], text: str) -> int:
    ends = [match.end() for match in pattern.finditer(text)]
    return max(ends) if ends else -1


def part_kind(part: str) -> str | None:
    """``"title"``, ``"employer"`` or None for one part of an entry line."""
    for text in (_HEAD.split(part, maxsplit=1)[0], part):
        title = max(_last_end(_TITLE_WORDS, text), _last_end(_TITLE_CJK, text))
        employer = max(_last_end(_EMPLOYER_WORDS, text), _last_end(_EMPLOYER_CJK, text))
        if title >= 0 or employer >= 0:
            return "title" if title > employer else "employer"
    return None


def is_title(part: str) -> bool:
    """True when ``part`` holds a job-title word (anywhere)."""
    return bool(_TITLE_WORDS.search(part) or _TITLE_CJK.search(part))


def is_employer(part: str) -> bool:
    """True when ``part`` holds an organisation word (anywhere)."""
    return bool(_EMPLOYER_WORDS.search(part) or _EMPLOYER_CJK.search(part))


def split_title_employer(parts: list[str]) -> tuple[str | None, str | None]:
    """Pick the title and the employer among a line's parts (see the module docstring)."""
    kinds = [part_kind(p) for p in parts]
    titles = [p for p, k in zip(parts, kinds, strict=True) if k == "title"]
    title = titles[0] if titles else None
    employers = [p for p, k in zip(parts, kinds, strict=True) if k == "employer"]
    employer = employers[0] if employers else None
    others = [p for p in parts if p not in (title, employer)]
    if title is None and others:
        title = others.pop(0)
    if employer is None and others:
        employer = others.pop(0)
    return title, employer
