"""tools/build_taxonomy.py on tiny synthetic sources written into tmp_path (never ../shared)."""

# ruff: noqa: E501  (CSV rows of the synthetic sources are kept whole)

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from atsmatch.language.tokens import normalize_form
from atsmatch.taxonomy import Taxonomy
from atsmatch.taxonomy.packed import unpack
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import build_taxonomy
from taxonomy_sources.lexicon import Lexicon
from taxonomy_sources.onet import analyse, find_vendors, split_acronym

ESCO_SKILLS = """\
conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/p1,knowledge,x,Python (computer programming),"Python
py",,released
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s1,knowledge,x,Swift (computer programming),,,released
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/t1,skill/competence,x,show initiative,"take the initiative
management",,released
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/g1,skill/competence,x,speak German,,,released
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/b1,skill/competence,x,manage budgets,"administer budgets
budget controller",,released
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/d1,skill/competence,x,perform data analysis,,,released
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/c1,knowledge,x,customer relationship management,CRM,,released
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/cp,knowledge,x,computer programming,"Fortran
coding",,released
"""
HEADER_COLLECTION = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,altLabels,description,broaderConceptUri,broaderConceptPT\n"
ESCO_FILES = {
    "skills_en.csv": ESCO_SKILLS,
    "skillGroups_en.csv": "conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,code\n"
    "SkillGroup,http://data.europa.eu/esco/skill/grp,computer programming,,,S5.6\n",
    "broaderRelationsSkillPillar.csv": "conceptType,conceptUri,broaderType,broaderUri\n"
    "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/p1,SkillGroup,"
    "http://data.europa.eu/esco/skill/grp\n",
    "skillSkillRelations.csv": "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri\n"
    "http://data.europa.eu/esco/skill/p1,knowledge,optional,knowledge,http://data.europa.eu/esco/skill/s1\n",
    "transversalSkillsCollection_en.csv": HEADER_COLLECTION
    + "K,http://data.europa.eu/esco/skill/t1,skill/competence,transversal,show initiative,released,,,,\n",
    "languageSkillsCollection_en.csv": HEADER_COLLECTION
    + "K,http://data.europa.eu/esco/skill/g1,skill/competence,transversal,speak German,released,,,,\n",
    "occupations_en.csv": "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n"
    "Occupation,http://data.europa.eu/esco/occupation/o1,2411,financial controller,budget controller\n",
    "digitalSkillsCollection_en.csv": HEADER_COLLECTION
    + "K,http://data.europa.eu/esco/skill/s1,knowledge,x,Swift,released,,,,computer programming\n",
}
TECH = """\
O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand
1\tAmazon Web Services AWS software\t43232306\tData base user interface and query software\tY\tN
1\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tN
2\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tN
1\tMicrosoft Word\t43232104\tWord processing software\tY\tN
1\tMicrosoft Teams\t43232104\tWord processing software\tY\tN
1\tPython\t43232405\tObject or component oriented development software\tY\tN
"""
TOOLS = """\
O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title
1\tLaptop computers\t43211503\tNotebook computers
"""
LINGUIST = "Python:\n  type: programming\n  aliases: [python3, rusthon]\nJSON:\n  type: data\n"
CURATED = """\
category: tool
concepts:
  - {id: python, name: Python, category: programming_language, forms: [Python 3]}
  - {id: excel, name: Microsoft Excel, forms: [MS Excel, Excel]}
  - {id: word, name: Microsoft Word, forms: [Word]}
  - {id: teams, name: Microsoft Teams, forms: [Teams]}
  - {id: data-analysis, name: Data analysis, category: hard_skill}
  - {id: crm, name: CRM}
  - {id: fortran, name: Fortran, category: programming_language}
"""
LATE = """\
after_esco: true
category: soft_skill
concepts:
  - {id: initiative, name: Initiative, forms: [take the initiative, self-starter]}
  - {id: welding, name: Welding, category: hard_skill}
"""
CLASSES = """\
category: tool
concepts:
  - {id: spreadsheets, name: Spreadsheets, forms: [spreadsheet tools]}
  - {id: office, name: Office software, forms: [office suites]}
"""
MEMBERS = """\
classes:
  - {class: spreadsheets, members: [excel]}
  - {class: office, members: [spreadsheets, word]}
"""
EVIDENCE = """\
evidence:
  - {tool: excel, shows: "esco:skill/b1", reason: a spreadsheet is where budgets are kept}
"""
LEXICON = (
    "ambiguous: [Teams]\nnot_ambiguous: [Python]\ngeneric: [management, data]\n"
    "nominal: {manage: management, administer: administration}\n"
)


def _sources(root: Path) -> tuple[Path, Path]:
    data, curated = root / "data", root / "curated"
    for name, text in ESCO_FILES.items():
        (data / "esco-1.1.1").mkdir(parents=True, exist_ok=True)
        (data / "esco-1.1.1" / name).write_text(text, encoding="utf-8")
    (data / "onet-29.2").mkdir()
    (data / "onet-29.2" / "Technology Skills.txt").write_text(TECH, encoding="utf-8")
    (data / "onet-29.2" / "Tools Used.txt").write_text(TOOLS, encoding="utf-8")
    (data / "linguist").mkdir()
    (data / "linguist" / "languages.yml").write_text(LINGUIST, encoding="utf-8")
    curated.mkdir()
    (curated / "tech.yaml").write_text(CURATED, encoding="utf-8")
    (curated / "lexicon.yaml").write_text(LEXICON, encoding="utf-8")
    (curated / "skills.yaml").write_text(LATE, encoding="utf-8")
    (curated / "classes.yaml").write_text(CLASSES, encoding="utf-8")
    (curated / "relations").mkdir()
    (curated / "relations" / "members.yaml").write_text(MEMBERS, encoding="utf-8")
    (curated / "relations" / "evidence.yaml").write_text(EVIDENCE, encoding="utf-8")
    return data, curated


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    root = tmp_path_factory.mktemp("build")
    data, curated = _sources(root)
    outputs = []
    for name in ("a.json.gz", "b.json.gz"):
        argv = ["--data", str(data), "--curated", str(curated), "--output", str(root / name)]
        assert build_taxonomy.main(argv) == 0
        outputs.append((root / name).read_bytes())
    return outputs[0], outputs[1]


def _taxonomy(payload: bytes) -> Taxonomy:
    return Taxonomy.from_columns(*unpack(payload, "test"), "test")


def test_build_is_deterministic(built: tuple[bytes, bytes]) -> None:
    assert built[0] == built[1]


def test_build_merges_one_concept_per_real_thing(built: tuple[bytes, bytes]) -> None:
    taxonomy = _taxonomy(built[0])
    python = taxonomy["atsmatch:python"]
    assert set(python.sources) == {
        "atsmatch:python",
        "http://data.europa.eu/esco/skill/p1",
        "linguist:Python",
        "onet:43232405",
    }
    assert {"Python", "Python 3", "python3", "Python (computer programming)"} <= set(python.forms)
    assert "py" not in python.forms  # two characters
    assert python.broader[0] == "esco:skill/grp"
    assert python.related == ("esco:skill/s1",)
    assert "onet:43232110" in taxonomy["atsmatch:excel"].sources


def test_build_categories_and_cleanup(built: tuple[bytes, bytes]) -> None:
    taxonomy = _taxonomy(built[0])
    assert taxonomy["esco:skill/t1"].category == "soft_skill"
    assert "management" not in taxonomy["esco:skill/t1"].forms
    assert taxonomy["esco:skill/g1"].category == "language"
    assert taxonomy["esco:skill/s1"].category == "programming_language"
    assert "Swift" in taxonomy["esco:skill/s1"].forms
    aws = next(c for c in taxonomy if "Amazon Web Services" in c.forms)
    assert aws.name == "Amazon Web Services" and "AWS" in aws.forms
    laptop = next(c for c in taxonomy if c.name == "Laptop computers")
    assert "Laptop computer" in laptop.forms


def test_build_curated_after_esco_merges_into_esco_labels(built: tuple[bytes, bytes]) -> None:
    taxonomy = _taxonomy(built[0])
    assert "atsmatch:initiative" not in taxonomy
    assert {"self-starter", "Initiative"} <= set(taxonomy["esco:skill/t1"].forms)
    assert "atsmatch:initiative" in taxonomy["esco:skill/t1"].sources
    assert taxonomy["atsmatch:welding"].category == "hard_skill"


def test_build_adds_noun_phrases_of_skills(built: tuple[bytes, bytes]) -> None:
    forms = _taxonomy(built[0])["esco:skill/b1"].forms
    assert {"budget management", "budget administration"} <= set(forms)
    assert "budget controller" not in forms  # an occupation title


def test_build_ambiguity(built: tuple[bytes, bytes]) -> None:
    taxonomy = _taxonomy(built[0])
    assert {"swift", "word", "teams", "excel"} <= taxonomy.ambiguous
    assert "python" not in taxonomy.ambiguous
    assert taxonomy["atsmatch:word"].sources == ("atsmatch:word", "onet:43232104")


def test_build_stores_normalize_form_keys(built: tuple[bytes, bytes]) -> None:
    taxonomy = _taxonomy(built[0])
    for concept in taxonomy:
        for form in concept.forms:
            assert concept.id in [
                cid for cid, _ in taxonomy.index().get(normalize_form(form)) or []
            ]


def test_build_kind_of_from_commodities_and_curated_classes(built: tuple[bytes, bytes]) -> None:
    taxonomy = _taxonomy(built[0])
    excel = taxonomy["atsmatch:excel"]
    # the O*NET commodity, the curated class, and (transitively) the class of that class
    assert set(excel.kind_of) == {"onet:43232110", "atsmatch:spreadsheets", "atsmatch:office"}
    assert excel.shows == ("esco:skill/b1",)
    assert taxonomy["atsmatch:word"].kind_of == ("onet:43232104", "atsmatch:office")
    assert taxonomy["atsmatch:spreadsheets"].kind_of == ("atsmatch:office",)
    assert "onet:43232110" not in excel.broader  # membership replaces the broader link
    assert taxonomy["atsmatch:python"].kind_of == ("onet:43232405",)


def test_build_esco_equivalents(built: tuple[bytes, bytes]) -> None:
    taxonomy = _taxonomy(built[0])
    esco = "http://data.europa.eu/esco/skill/"
    # the object of a light verb names the curated concept
    assert f"{esco}d1" in taxonomy["atsmatch:data-analysis"].sources
    assert "data analysis" not in taxonomy["esco:skill/d1"].forms  # names another concept
    # an acronym alternative label that fits the preferred label
    assert f"{esco}c1" in taxonomy["atsmatch:crm"].sources
    # an alternative label that names a member is no equivalent
    assert not any(s.startswith(esco) for s in taxonomy["atsmatch:fortran"].sources)


def test_build_relation_to_unknown_concept_fails(tmp_path: Path) -> None:
    data, curated = _sources(tmp_path)
    (curated / "relations" / "members.yaml").write_text(
        "classes:\n  - {class: spreadsheets, members: [exel]}\n", encoding="utf-8"
    )
    argv = ["--data", str(data), "--curated", str(curated), "--output", str(tmp_path / "x")]
    with pytest.raises(ValueError, match="'exel' names no concept"):
        build_taxonomy.main(argv)


def test_build_evidence_needs_a_reason(tmp_path: Path) -> None:
    data, curated = _sources(tmp_path)
    (curated / "relations" / "evidence.yaml").write_text(
        "evidence:\n  - {tool: excel, shows: word}\n", encoding="utf-8"
    )
    argv = ["--data", str(data), "--curated", str(curated), "--output", str(tmp_path / "x")]
    with pytest.raises(ValueError, match="gives no reason"):
        build_taxonomy.main(argv)


def test_build_without_data_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build_taxonomy.main(["--data", str(tmp_path), "--output", str(tmp_path / "x")]) == 2
    assert "no source data" in capsys.readouterr().err


LEX = Lexicon(
    words=frozenset({"excel", "word", "database", "web", "services", "accounting"}),
    nouns=frozenset({"budget", "forklift"}),
    lemmas={"budgets": "budget", "forklifts": "forklift", "mathematics": "mathematic"},
    stop_words=frozenset({"the", "a"}),
    log_prob={"excel": -12.0, "word": -9.0, "database": -11.0, "accounting": -12.0},
    ambiguous=frozenset(),
    not_ambiguous=frozenset(),
    generic=frozenset({"database", "web", "services", "software"}),
    nominal={"manage": "management", "operate": "operation", "teach": "teaching"},
)


@pytest.mark.parametrize(
    ("form", "named", "expected"),
    [
        ("Excel", True, True),
        ("Excel", False, False),
        ("R", False, True),
        ("HTML", True, False),
        ("Word Database", True, True),
        ("Word database", True, False),
        ("Accounting", True, True),
        ("Kubernetes", True, False),
    ],
)
def test_build_ambiguity_rule(form: str, named: bool, expected: bool) -> None:
    key = normalize_form(form)
    assert LEX.is_ambiguous(form, key, named=named) is expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("manage budgets", "budget management"),
        ("operate forklifts", "forklift operation"),
        ("teach mathematics", "mathematics teaching"),
        ("manage the budgets", None),
        ("sing songs", None),
        ("manage", None),
        ("manage project budgets in teams", None),
        ("manage SAP", None),
    ],
)
def test_build_nominal_forms(label: str, expected: str | None) -> None:
    assert LEX.nominal_form(label) == expected


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ("Amazon Web Services AWS", (["Amazon", "Web", "Services"], "AWS")),
        (
            "Statistical Package for the Social Sciences SPSS",
            (["Statistical", "Package", "for", "the", "Social", "Sciences"], "SPSS"),
        ),
        ("Intel Math Kernel XYZ", None),
        (
            "A mathematical programming language AMPL",
            (["A", "mathematical", "programming", "language"], "AMPL"),
        ),
        ("Microsoft Excel", None),
    ],
)
def test_build_split_acronym(tokens: str, expected: tuple[list[str], str] | None) -> None:
    assert split_acronym(tokens.split()) == expected


@pytest.mark.parametrize(
    ("example", "name", "forms"),
    [
        ("Amazon Web Services AWS software", "Amazon Web Services", {"AWS", "Amazon Web Services"}),
        ("Microsoft Excel", "Microsoft Excel", {"MS Excel"}),
        (
            "Amazon Web Services AWS SageMaker",
            "AWS SageMaker",
            {"Amazon Web Services SageMaker", "SageMaker"},
        ),
        ("Amazon Web Services AWS CloudFormation", "AWS CloudFormation", {"CloudFormation"}),
        ("Oracle Java", "Oracle Java", {"Java"}),
        ("A mathematical programming language AMPL", "AMPL", {"AMPL"}),
        ("Oracle Database", "Oracle Database", set()),
        ("Accounting software", "Accounting software", set()),
    ],
)
def test_build_analyse_product_names(example: str, name: str, forms: set[str]) -> None:
    vendors = find_vendors(
        [
            "Microsoft Excel",
            "Microsoft Word",
            "Microsoft Teams",
            "Oracle Java",
            "Oracle Database",
            "Oracle Cloud",
            "Amazon Redshift",
            "Amazon DynamoDB",
            "Amazon Elastic Compute Cloud EC2",
        ],
        LEX,
    )
    names = analyse(example, vendors, LEX)
    assert names.name == name
    derived = {text for text, _ in names.forms} - {example, name}
    assert forms <= derived | {name}
    if not forms:
        assert all(text.split()[0] in example for text in derived)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("perform data analysis", "data analysis"),
        ("carry out strategic research", "strategic research"),
        ("use markup languages", "markup languages"),
        ("apply strategic thinking", "strategic thinking"),
        ("use databases", None),  # one word: too vague alone
        ("provide the documentation", None),  # article
        ("perform under pressure", None),  # preposition
        ("manage budgets", None),  # not a light verb (the nominal rule handles it)
        ("use ICT systems", None),  # not plain lower-case words
    ],
)
def test_build_light_verb_object(label: str, expected: str | None) -> None:
    from taxonomy_sources.esco import light_verb_object

    assert light_verb_object(label) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("lead process optimisation", "lead process optimization"),
        ("analyse business objectives", "analyze business objectives"),
        ("organise events", "organize events"),
        ("colour theory", "color theory"),
        ("modelling", "modeling"),
        ("advise on efficiency", None),  # "advize" is no word
        ("supervise staff", None),
        ("tour guiding", None),
    ],
)
def test_build_american_spelling(label: str, expected: str | None) -> None:
    from taxonomy_sources.esco import american

    text = "optimization analyze organize color modeling objectives business events"
    words = frozenset(text.split())
    assert american(label, words) == expected
