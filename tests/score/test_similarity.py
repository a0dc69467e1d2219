"""The text-similarity component and term specificity (issue 8 item 7)."""

from __future__ import annotations

import pytest

import atsmatch
from atsmatch.extract.background import fold
from atsmatch.parse import parse_text
from atsmatch.score.model import is_baseline, score_of, similarity_credit, specificity
from atsmatch.score.similarity import (
    RELIABLE_WORDS,
    cosine,
    job_vector,
    reliability,
    resume_vector,
    shared_words,
    vector_of,
    weighted_vector,
    word_key,
    words_of,
)

NURSE_JOB = """Registered Nurse - Telemetry
About Us
Riverside Health has served the valley for 40 years with compassion and excellence.
Responsibilities
- Monitor cardiac rhythms of telemetry patients and escalate changes to providers.
- Administer medications, titrate drips and document care in Epic.
- Educate patients and families on discharge plans and heart-healthy habits.
Requirements
- Active RN license and BLS/ACLS certification
- 2+ years of acute care nursing experience
Benefits
- Medical, dental and vision insurance, 401(k) match, tuition reimbursement, commuter benefits
We are an equal opportunity employer and value diversity at our company.
"""
NURSE = """Maria Lopez
Experience
Registered Nurse, Mercy Hospital, Jan 2019 - Dec 2023
- Monitored cardiac rhythms for 5 telemetry patients per shift; escalated arrhythmias.
- Administered medications and titrated heparin drips; documented care in Epic.
- Educated patients and families on discharge plans and medications.
Certifications
RN license, BLS, ACLS
"""
ACCOUNTANT = """David Chen
Experience
Senior Accountant, Midwest Manufacturing, Jan 2017 - Dec 2023
- Managed month-end close, journal entries and account reconciliations.
- Prepared financial statements under GAAP and supported external audits.
- Automated reconciliations in Excel and NetSuite.
Certifications
CPA
"""


def test_similarity_vector_is_unit_length_and_counts_words() -> None:
    vector = vector_of("Monitor cardiac rhythms of telemetry patients. Monitor drips.")
    assert sum(v * v for k, v in vector.items() if k) == pytest.approx(1.0)
    assert words_of(vector) == 7  # monitor cardiac rhythms telemetry patients monitor drips
    assert vector_of("") == {}


def test_similarity_same_field_beats_other_field() -> None:
    job = atsmatch.extract(NURSE_JOB, kind="job")
    nurse = atsmatch.match(NURSE, job)
    accountant = atsmatch.match(ACCOUNTANT, job)
    assert nurse.similarity is not None and accountant.similarity is not None
    assert nurse.similarity > 3 * accountant.similarity
    assert "telemetry" in [word.lower() for word in nurse.similarity_words]


def test_similarity_ignores_the_job_boilerplate() -> None:
    job = atsmatch.extract(NURSE_JOB, kind="job")
    vector = job_vector(job.document)
    assert "telemetry" in vector and "cardiac" in vector
    for word in ("insurance", "tuition", "commuter", "diversity", "compassion"):
        assert word not in vector


def test_similarity_short_documents_carry_less_weight() -> None:
    short, long = vector_of("Python"), vector_of(" ".join(f"word{i}x" for i in range(80)))
    assert reliability(short, long) == pytest.approx(1 / RELIABLE_WORDS)
    assert reliability(long, long) == 1.0
    job = "Requirements\n- Python\n- SQL\n- Docker\n- Kubernetes\n"
    result = atsmatch.match("Skills\nPython, SQL, Docker, Kubernetes\n", job)
    assert result.score >= 95  # four of four: a tiny text's similarity cannot pull it down


def test_similarity_cosine_is_symmetric_and_bounded() -> None:
    a, b = vector_of(NURSE), vector_of(NURSE_JOB)
    assert cosine(a, b) == pytest.approx(cosine(b, a))
    assert 0 < cosine(a, b) < 1 and cosine(a, a) == pytest.approx(1.0)
    first = shared_words(a, b, NURSE_JOB)[0]
    assert fold(first) in a and fold(first) in b
    assert first in NURSE_JOB  # shown as the job writes it, not as its folded key


def test_similarity_shared_words_as_the_job_writes_them() -> None:
    job = "Requirements\n- Kubernetes and Terraform on AWS\n- Python services\n"
    resume = "Experience\nEngineer, Acme, 2019 - 2024\n- Ran Kubernetes clusters with Terraform\n"
    shown = shared_words(vector_of(resume), vector_of(job), job)
    assert "Kubernetes" in shown and "Terraform" in shown
    assert all(word in job for word in shown)


@pytest.mark.parametrize(("cos", "credit"), [(0.0, 0.0), (0.25, 0.5), (0.5, 1.0), (0.9, 1.0)])
def test_similarity_credit_is_bounded(cos: float, credit: float) -> None:
    assert similarity_credit(cos, atsmatch.MatchConfig(similarity_full=0.5)) == pytest.approx(
        credit
    )


def test_similarity_few_terms_no_longer_score_100_on_one_hit() -> None:
    """A posting that yields one term must not give 100 to any resume that names it: the
    similarity weighs as much as several terms and shrinks the score toward the text."""
    job = (
        "Warehouse Associate\nResponsibilities\n- Pick, pack and ship customer orders "
        "accurately and safely, load trucks, count inventory and keep the dock clean.\n"
        "Requirements\n- Forklift experience\n"
    )
    resume = ACCOUNTANT + "Skills\nForklift\n"
    result = atsmatch.match(resume, job)
    assert any(t.status == "matched" for t in result.terms)
    assert result.score < 60
    off = atsmatch.match(resume, job, config=atsmatch.MatchConfig(similarity_weight=0))
    assert off.similarity is None and off.score > result.score


def _formula(result: atsmatch.Match) -> float:
    """docs/scoring.md written out: baseline terms count times the similarity credit."""
    s, w = result.similarity or 0.0, result.similarity_weight
    total = sum(t.weight for t in result.terms)
    earned = sum(
        t.weight * t.credit * (s if w and is_baseline(t.id, t.category) else 1.0)
        for t in result.terms
    )
    return 100 * (earned + w * s) / (total + w)


def test_similarity_score_formula() -> None:
    for result in (atsmatch.match(NURSE, NURSE_JOB), atsmatch.match(ACCOUNTANT, OFFICE_JOB)):
        s, w = result.similarity or 0.0, result.similarity_weight
        assert result.raw_score == pytest.approx(_formula(result), abs=0.01)
        assert score_of(result.terms, s, w) == pytest.approx(result.raw_score, abs=0.01)


OFFICE_JOB = """Clinic Office Coordinator
Responsibilities
- Schedule patient appointments, verify insurance eligibility and check patients in.
Requirements
- Bachelor's degree
- Strong communication skills
- Microsoft Excel and Outlook
- Epic scheduling and insurance verification
"""


@pytest.mark.parametrize(
    ("term_id", "category", "baseline"),
    [
        ("atsmatch:communication", "soft_skill", True),
        ("education:degree", "degree", True),
        ("atsmatch:excel", "tool", True),
        ("atsmatch:python", "programming_language", False),
        ("experience:years", "experience", False),
        ("title:job", "title", False),
    ],
)
def test_baseline_terms_are_what_nearly_every_job_asks(
    term_id: str, category: str, baseline: bool
) -> None:
    assert is_baseline(term_id, category) is baseline


def test_baseline_terms_count_as_far_as_the_resume_fits() -> None:
    """An accountant meets the clinic job's degree, communication and Excel but little of its
    own work: those terms count times the fit, so the score stays low; with the similarity
    off they count in full, as before."""
    result = atsmatch.match(ACCOUNTANT + "Education\nBachelor of Science\n", OFFICE_JOB)
    s, w = result.similarity or 0.0, result.similarity_weight
    assert w > 0 and s < 0.5
    met = [t for t in result.terms if is_baseline(t.id, t.category) and t.credit > 0]
    assert met
    total = sum(t.weight for t in result.terms)
    ungated = 100 * (sum(t.weight * t.credit for t in result.terms) + w * s) / (total + w)
    assert result.raw_score < ungated - 1
    for term in result.terms:  # a baseline term's gain is its shortfall times the fit
        if is_baseline(term.id, term.category) and not term.alternatives:
            expected = 100 * term.weight * (1 - term.credit) * s / (total + w)
            assert term.gain == pytest.approx(expected, abs=1e-3)  # Match rounds s
    off = atsmatch.match(
        ACCOUNTANT + "Education\nBachelor of Science\n",
        OFFICE_JOB,
        config=atsmatch.MatchConfig(similarity_weight=0),
    )
    assert off.raw_score == pytest.approx(
        100 * sum(t.weight * t.credit for t in off.terms) / sum(t.weight for t in off.terms),
        abs=0.01,
    )


@pytest.mark.parametrize(
    ("concept", "low"),
    [
        ("atsmatch:excel", True),
        ("atsmatch:outlook", True),
        ("atsmatch:python", False),
        (None, False),
    ],
)
def test_specificity_of_tools_every_job_lists(concept: str | None, low: bool) -> None:
    config = atsmatch.MatchConfig()
    value = specificity(concept, config)
    assert (value < 0.5) is low
    assert config.min_specificity <= value <= 1.0


def test_specificity_lowers_the_weight_of_excel() -> None:
    job = "Requirements\n- Microsoft Excel\n- GAAP\n"
    result = atsmatch.match(ACCOUNTANT, job)
    weights = {t.name: t.weight for t in result.terms}
    excel = next(v for k, v in weights.items() if "Excel" in k)
    gaap = next(v for k, v in weights.items() if "GAAP" in k)
    assert excel < gaap / 2


def test_similarity_meets_past_tense_and_present_by_lemma() -> None:
    asked = vector_of("Maintain refrigeration equipment and inspect valves.")
    done = vector_of("Maintained refrigeration equipment; inspected valves.")
    other = vector_of("Reconciled ledgers and prepared journal entries.")
    assert cosine(asked, done) == pytest.approx(1.0, abs=1e-5)
    assert cosine(asked, other) == 0.0
    assert word_key("Maintained") == word_key("maintaining") == word_key("maintains")


def test_similarity_resume_education_counts_half() -> None:
    body = "Experience\nStaff Accountant, Acme, Jan 2019 - Dec 2023\n- Prepared payroll.\n"
    in_education = parse_text(body + "Education\nBachelor of Science in Nursing\n")
    in_experience = parse_text(body + "- Nursing payroll for a hospital.\n")
    nursing = vector_of("Nursing")
    assert "education" in {s.name for s in in_education.sections}
    half = cosine(resume_vector(in_education), nursing)
    assert 0.0 < half < cosine(resume_vector(in_experience), nursing)
    whole = weighted_vector(((in_education.text, 1.0),))
    assert half < cosine(whole, nursing)


def test_specificity_follows_every_concept_a_product_name_becomes() -> None:
    """ "Microsoft Office software" in a requirement reads as ESCO's "use Microsoft Office";
    it is as common as MS Office and weighs as little."""
    config = atsmatch.MatchConfig()
    job = atsmatch.extract(
        "Office Assistant\nRequirements\n- Experience with QuickBooks and Microsoft Office "
        "software\n",
        kind="job",
    )
    office = [s for s in job.skills if "office" in s.name.lower()]
    assert office
    assert all(specificity(s.id, config) < 0.5 for s in office)
