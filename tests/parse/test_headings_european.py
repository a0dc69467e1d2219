"""French, German and Spanish section headings map to the standard kinds, with or without
accents, in capitals and letter-spaced, and a whole resume in each language gets them."""

from __future__ import annotations

import pytest

from atsmatch.parse import parse_text
from atsmatch.parse.structure.sections import canonical_heading


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Expérience professionnelle", "experience"),
        ("EXPERIENCE PROFESSIONNELLE", "experience"),
        ("E X P É R I E N C E   P R O F E S S I O N N E L L E", "experience"),
        ("Formation", "education"),
        ("FORMATION ACADÉMIQUE", "education"),
        ("Compétences", "skills"),
        ("Competences techniques", "skills"),
        ("Langues", "languages"),
        ("Centres d'intérêt", "interests"),
        ("CENTRES D’INTERET", "interests"),
        ("Berufserfahrung", "experience"),
        ("BERUFSERFAHRUNG", "experience"),
        ("Beruflicher Werdegang", "experience"),
        ("Ausbildung", "education"),
        ("Kenntnisse", "skills"),
        ("EDV-Kenntnisse", "skills"),
        ("Sprachkenntnisse", "languages"),
        ("Sprachen", "languages"),
        ("S P R A C H E N", "languages"),
        ("Experiencia", "experience"),
        ("Experiencia laboral", "experience"),
        ("Educación", "education"),
        ("EDUCACION", "education"),
        ("Formación académica", "education"),
        ("Habilidades", "skills"),
        ("Idiomas", "languages"),
        ("I D I O M A S", "languages"),
        ("Intereses y aficiones", "interests"),
        ("Profil", "summary"),
        ("Perfil profesional", "summary"),
        # head-first only with the modifiers such headings use: a company stays a line
        ("Formation Technologies", None),
        ("Experiencia con Python", None),
        ("Centre", None),
        ("Centres d'intérêt et loisirs", "interests"),
    ],
)
def test_european_heading(line: str, name: str | None) -> None:
    assert canonical_heading(line) == name


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Claire Martin\nclaire@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
            "Ingénieure logiciel, Société Générale\n2019 - 2023\n\nFORMATION\n"
            "Master, Université de Lyon\n\nCOMPÉTENCES\nPython, SQL\n\nLANGUES\n"
            "Français, Anglais\n\nCENTRES D'INTÉRÊT\nEscalade, photographie\n",
            ["experience", "education", "skills", "languages", "interests"],
        ),
        (
            "Jan Becker\njan@example.de\n\nBerufserfahrung\nEntwickler, Globex GmbH\n"
            "2018 - 2022\n\nAusbildung\nB.Sc. Informatik, TU Berlin\n\nKenntnisse\n"
            "Java, Kotlin\n\nSprachen\nDeutsch, Englisch\n",
            ["experience", "education", "skills", "languages"],
        ),
        (
            "Lucía Gómez\nlucia@example.es\n\nExperiencia Laboral\nAnalista, Banco Sol\n"
            "2020 - 2024\n\nEducacion\nGrado en Economía\n\nHabilidades\nExcel, R\n\n"
            "Idiomas\nEspañol, Inglés\n",
            ["experience", "education", "skills", "languages"],
        ),
    ],
)
def test_european_resume_sections(text: str, kinds: list[str]) -> None:
    document = parse_text(text)
    assert [section.name for section in document.sections] == kinds
