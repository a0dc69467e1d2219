"""The words that mark a job title or an organisation, for every structure step.

Job-title words (engineer, nurse, teacher, electrician, ..., German compounds ending in
-berater, -entwickler, ...; Chinese, Japanese and Korean role words) and organisation
words (Inc, GmbH, University, Hospital, District, 公司, 大学, ...). They live apart from
:mod:`atsmatch.parse.structure.roles` so that section finding can use them without an
import circle (roles reads places through contact, and contact reads headings).
"""

from __future__ import annotations

import re

__all__ = [
    "EMPLOYER_CJK",
    "EMPLOYER_CJK_RE",
    "EMPLOYER_WORDS",
    "TITLE_CJK_RE",
    "TITLE_WORDS",
    "is_employer",
    "is_title",
]

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
    r"dispatcher|courier|caregiver|midwife|practitioner|medic|salesperson|steward|employee|"
    r"bartender|housekeeper|nanny|janitor|custodian|picker|packer|loader|stocker|"
    r"merchandiser|teller|underwriter|actuary|economist|statistician|pilot|attendant|guard|"
    r"firefighter|sergeant|generalist|host|hostess|waiter|waitress|dishwasher|worker|"
    r"psychologist|cna|lpn|rn|np|crna|"
    # French and Spanish
    r"ingénieur|développeur|stagiaire|directeur|directrice|responsable|chargée?|ingeniero|"
    r"desarrollador|gerente|jefe|becario|analista|consultora?|asistente"
)
# German compound titles end in the role noun, often with the feminine -in.
_TITLE_DE = (
    r"\w*(?:berater|entwickler|ingenieur|leiter|analyst|referent|praktikant|werkstudent|"
    r"assistent|techniker|mitarbeiter|kaufmann|kauffrau|pfleger|erzieher|lehrer)(?:in)?"
)
TITLE_WORDS = re.compile(rf"\b(?:{_TITLE}|{_TITLE_DE})\b", re.IGNORECASE)
EMPLOYER_WORDS = re.compile(
    r"\b(?:inc|llc|ltd|gmbh|ag|corp|corporation|company|co|group|plc|sa|bv|university|"
    r"college|school|institute|bank|labs?|technologies|solutions|systems|partners|agency|"
    r"hospital|clinic|foundation|studio|consulting|services|firm|department|center|centre|"
    r"academy|ministry|council|association|society|laboratory|laboratories|bureau|"
    r"authority|district|alliance|network|union|cooperative|trust|schools|limited|pvt|pte|"
    r"ltda|kg|srl|spa|bhd|enterprises|industries|holdings|ventures|capital|media|logistics|"
    r"motors|construction|realty|insurance|hotels?|restaurants?|pharmacy|church|army|navy|"
    r"police|international|stores?|publishing|press|universities|hospitals|clinics|banks|"
    r"universität|hochschule|université|universidad)\b(?!-)\.?",
    re.IGNORECASE,
)
TITLE_CJK_RE = re.compile(
    "实习|工程师|经理|总监|主管|助理|专员|顾问|设计师|开发|分析师|研究员|教师|老师|护士|会计"
    "|架构师|主任|总裁|董事|經理|工程師|設計師|エンジニア|マネージャー|인턴|엔지니어|개발자|매니저"
)
EMPLOYER_CJK = (
    "公司|集团|大学|学院|银行|医院|研究所|研究院|株式会社|會社|大學|學院|銀行|醫院"
    "|회사|대학교|병원|은행"
)
EMPLOYER_CJK_RE = re.compile(EMPLOYER_CJK)


def is_title(part: str) -> bool:
    """True when ``part`` holds a job-title word (anywhere)."""
    return bool(TITLE_WORDS.search(part) or TITLE_CJK_RE.search(part))


def is_employer(part: str) -> bool:
    """True when ``part`` holds an organisation word (anywhere)."""
    return bool(EMPLOYER_WORDS.search(part) or EMPLOYER_CJK_RE.search(part))
