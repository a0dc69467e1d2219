from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from atsmatch.language.pipeline import pipeline
from atsmatch.language.tokens import normalize_form, tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C++ and C# on .NET", ["C++", "and", "C#", "on", ".NET"]),
        ("F#, (C#) ASP.NET.", ["F#", ",", "(", "C#", ")", "ASP.NET", "."]),
        ("Node.js, Vue.js and CI/CD.", ["Node.js", ",", "Vue.js", "and", "CI/CD", "."]),
        ("A/B testing R&D 24/7", ["A/B", "testing", "R&D", "24/7"]),
        ("TCP/IP, UI/UX; I/O.", ["TCP/IP", ",", "UI/UX", ";", "I/O", "."]),
        ("S3, EC2 and ISO 27001", ["S3", ",", "EC2", "and", "ISO", "27001"]),
        ("ICD-10 codes, 401(k) plan", ["ICD-10", "codes", ",", "401(k)", "plan"]),
        ("Skilled in SQL. Used AWS.", ["Skilled", "in", "SQL", ".", "Used", "AWS", "."]),
        ("React.js/Redux", ["React.js", "/", "Redux"]),
        ("ci/cd and r&d", ["ci/cd", "and", "r&d"]),
    ],
)
def test_tokens_keep_technical_tokens_whole(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("problem-solving", ["problem", "solving"]),
        ("well - known", ["well", "-", "known"]),
        ("e-mail me", ["e", "mail", "me"]),
    ],
)
def test_tokens_drop_hyphens_inside_words(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("managed", "manage"), ("databases", "database"), ("engineering", "engineering")],
)
def test_tokens_carry_lemmas(word: str, lemma: str) -> None:
    assert tokenize(word)[0].lemma == lemma


def test_tokens_long_text_is_cut_at_lines_with_offsets_kept() -> None:
    line = "Built Kubernetes clusters with C# and CI/CD.\n"
    text = line * (200_000 // len(line) + 3)
    tokens = tokenize(text)
    assert len(tokens) == 8 * text.count("\n")
    assert all(text[t.start : t.end] == t.text for t in tokens)


_WORD = st.sampled_from(
    [
        "C++",
        "C#",
        ".NET",
        "Node.js",
        "CI/CD",
        "R&D",
        "machine",
        "learning",
        "A/B",
        "Spring",
        "Boot",
        "problem-solving",
        "ISO",
        "27001",
        "TCP/IP",
        "AWS",
        "Vue.js",
        "F#",
    ]
)
_PUNCT = st.sampled_from(["", ",", ".", ";", ")", ":"])


@settings(max_examples=150, deadline=None)
@given(
    form=st.lists(_WORD, min_size=1, max_size=3).map(" ".join),
    before=st.sampled_from(["", "Used ", "(", "• ", "skills: "]),
    after=_PUNCT,
)
def test_tokens_form_splits_as_in_running_text(form: str, before: str, after: str) -> None:
    text = f"{before}{form}{after} today"
    norms = [t.norm for t in tokenize(text)]
    key = list(normalize_form(form))
    assert any(norms[i : i + len(key)] == key for i in range(len(norms)))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_tokens_offsets_point_into_text(text: str) -> None:
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert token.text.strip()


def _spacy_tokens(text: str) -> list[tuple[int, int, str]]:
    """The tokens as the whole text through spaCy gives them (the reference for the fast
    path of :func:`tokenize`): whitespace dropped, and a hyphen inside a word."""
    found, previous_space = [], True
    for token in pipeline().tokenizer(text):
        space = token.whitespace_ != ""
        if token.text.isspace():
            previous_space = True
            continue
        if not (token.text in {"-", "‐", "‑"} and not previous_space and not space):
            found.append((token.idx, token.idx + len(token.text), token.text))
        previous_space = space
    return found


_PIECE = st.sampled_from(
    [*"aZ09 -‐‑\n\t\xa0’'.,;:!?()#+/&$%*@", "C#", "C++", "5km", "U.S.", "e.g.", "AWS."]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECE | st.text(max_size=3), max_size=30).map("".join))
def test_tokens_same_as_spacy_on_the_whole_text(text: str) -> None:
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == _spacy_tokens(text)


def test_tokens_same_as_spacy_on_a_long_text() -> None:
    line = "Built e-mail tools (C#, 5km) in U.S. and AWS. - done -\nplain words here\n"
    text = line * (200_000 // len(line) + 3)
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == _spacy_tokens(text)


def test_tokens_same_as_spacy_on_taxonomy_forms() -> None:
    from atsmatch.taxonomy import load_taxonomy

    # only runs with punctuation or non-ASCII go through the affix rules
    forms = sorted({f for _, f in load_taxonomy().forms() if not f.replace(" ", "").isalnum()})
    assert len(forms) > 10_000
    forms = forms[::20]  # a fixed sample of ~2,000: the whole list takes minutes through spaCy
    text = "\n".join(f"{form}, ({form}). {form}:" for form in forms)
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == _spacy_tokens(text)


def test_tokens_same_as_spacy_on_the_examples_and_fixtures() -> None:
    root = Path(__file__).resolve().parents[2]
    files = [*(root / "examples").glob("*.txt"), *(root / "tests" / "data").rglob("*.txt")]
    files += [*(root / "tests" / "data").rglob("*.md")]
    assert len(files) > 3
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert [(t.start, t.end, t.text) for t in tokenize(text)] == _spacy_tokens(text), path


def test_scoring_never_imports_spacy(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys, atsmatch\n"
        f"r = atsmatch.match({str(root / 'examples' / 'resume.txt')!r}, "
        f"{str(root / 'examples' / 'job.txt')!r})\n"
        "print(r.score > 0, 'spacy' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert out.stdout.split() == ["True", "False"]
