"""Heading variants by rule, for headings not in the synonym table.

A heading names its section by its head word, the last word ("Clinical Experience",
"Selected Honors", "Technical Skills"); a heading of several parts ("Licensure and
Certifications") needs a head word in every part and takes the first. German compounds
end in their head word too ("Berufserfahrung"). Chinese headings are matched by the
characters they hold ("工作经历", "教育背景"). Only short headings (at most four words)
are read this way, so that "Experience with Python" is not taken for a heading, and
singular item words ("First Aid Certification", "License") name no section.

French and Spanish headings put the head word first ("Expérience professionnelle",
"Formación académica", "Centres d'intérêt"): such a heading is read by its first word
when every word after it is a modifier those headings use (professionnelle, laboral,
académica, techniques, "de", ...), so "Formation Technologies" (a company) stays a line.
Accents are optional everywhere ("Experience professionnelle", "EDUCACION"), and so is
the case: the key is compared lower case with its accents removed.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "heading_by_rule"]

_MAX_WORDS = 4
_PARTS = re.compile(r"\s+(?:&|and|und|et|y|e)\s+|\s*[/,]\s*")
# Head words, accents removed (the key is folded the same way before lookup).
_HEAD_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("experience", "experiences", "employment", "internships", "berufserfahrung",
         "arbeitserfahrung", "berufspraxis", "praxiserfahrung", "experiencia",
         "experiencias", "erfahrung", "praktika"),
        "experience",
    ),
    **dict.fromkeys(
        ("education", "bildung", "ausbildung", "studium", "werdegang", "formation",
         "formacion", "educacion", "schulbildung", "hochschulbildung", "etudes",
         "estudios", "scolarite"),
        "education",
    ),
    **dict.fromkeys(
        ("skills", "competencies", "fahigkeiten", "kenntnisse", "kompetenzen",
         "competences", "habilidades", "conocimientos", "aptitudes", "competencias",
         "edv kenntnisse", "it kenntnisse"),
        "skills",
    ),
    **dict.fromkeys(
        ("certifications", "certificates", "licensure", "licenses",
         "licences", "accreditations", "zertifikate", "zertifizierungen",
         "certificaciones", "weiterbildung", "fortbildung", "weiterbildungen"),
        "certifications",
    ),
    **dict.fromkeys(
        ("awards", "honors", "honours", "prizes", "scholarships", "distinctions",
         "auszeichnungen", "premios", "prix"),
        "awards",
    ),
    **dict.fromkeys(
        ("languages", "sprachen", "langues", "idiomas", "sprachkenntnisse",
         "fremdsprachen", "lenguas"),
        "languages",
    ),
    **dict.fromkeys(
        ("interests", "hobbies", "interessen", "interets", "loisirs", "hobbys",
         "intereses", "aficiones", "centres d'interet", "centres d'interets",
         "centre d'interet", "centre d'interets"),
        "interests",
    ),
    **dict.fromkeys(("projects", "projekte", "projets", "proyectos"), "projects"),
    **dict.fromkeys(
        ("publications", "publikationen", "veroffentlichungen", "publicaciones"),
        "publications",
    ),
    **dict.fromkeys(("references", "referenzen", "referencias"), "references"),
}  # fmt: skip
# French and Spanish heads come first; these words may follow them ("Expérience
# professionnelle", "Formación académica", "Centres d'intérêt", "Compétences clés").
_HEAD_FIRST: dict[str, str] = {
    **dict.fromkeys(("experience", "experiences", "experiencia", "experiencias"), "experience"),
    **dict.fromkeys(("formation", "formacion", "educacion", "etudes", "estudios"), "education"),
    **dict.fromkeys(
        ("competences", "habilidades", "conocimientos", "competencias", "aptitudes"), "skills"
    ),
    **dict.fromkeys(("langues", "idiomas", "lenguas"), "languages"),
    **dict.fromkeys(("loisirs", "intereses", "aficiones"), "interests"),
    **dict.fromkeys(("certifications", "certificaciones"), "certifications"),
    **dict.fromkeys(("projets", "proyectos"), "projects"),
    **dict.fromkeys(("publications", "publicaciones"), "publications"),
    **dict.fromkeys(("prix", "premios", "distinctions"), "awards"),
}  # fmt: skip
_MODIFIERS = frozenset(
    {
        "professionnelle", "professionnelles", "professionnel", "professionnels",
        "profesional", "profesionales", "laboral", "laborales", "academique",
        "academiques", "academica", "academicas", "academico", "universitaire",
        "universitaires", "universitaria", "techniques", "technique", "tecnicas",
        "informatiques", "informaticas", "linguistiques", "linguisticas", "personnelles",
        "personales", "cles", "principales", "complementaires", "complementaria",
        "extra", "extraprofessionnels", "d'interet", "d'interets", "interet", "interets",
        "de", "des", "du", "d'", "la", "el", "et", "y", "loisirs", "pertinente",
        "pertinentes", "relevante", "relevantes", "anterieures", "previa",
    }
)  # fmt: skip
# Chinese headings: the characters that name each kind.
_CJK: tuple[tuple[str, str], ...] = (
    ("经历", "experience"),
    ("经验", "experience"),
    ("教育", "education"),
    ("学历", "education"),
    ("技能", "skills"),
    ("技术栈", "skills"),
    ("获奖", "awards"),
    ("荣誉", "awards"),
    ("证书", "certifications"),
    ("兴趣", "interests"),
    ("语言", "languages"),
    ("项目", "projects"),
)
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_MAX_CJK = 8


def heading_by_rule(key: str) -> str | None:
    """The section kind of a heading ``key`` (lower case, punctuation removed), if any."""
    if _CJK_CHAR.search(key):
        if len(key.replace(" ", "")) > _MAX_CJK:
            return None
        return next((kind for chars, kind in _CJK if chars in key), None)
    key = fold(key)
    words = key.split()
    if not 0 < len(words) <= _MAX_WORDS:
        return None
    if key in _HEAD_WORDS:  # "edv kenntnisse"
        return _HEAD_WORDS[key]
    # a part is named by its last word, or whole ("centres d'interet et loisirs")
    heads = [
        part if part in _HEAD_WORDS else (part.split()[-1] if part.split() else "")
        for part in (p.strip() for p in _PARTS.split(key))
    ]
    if heads and all(head in _HEAD_WORDS for head in heads):
        return _HEAD_WORDS[heads[0]]  # "Licensure and Certifications": every part names one
    if words[0] in _HEAD_FIRST and all(w in _MODIFIERS or w in _HEAD_FIRST for w in words[1:]):
        return _HEAD_FIRST[words[0]]  # "Expérience professionnelle", "Formación académica"
    return None


def fold(text: str) -> str:
    """``text`` without accents ("expérience" -> "experience", "fähigkeiten" -> "fahigkeiten")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
