from __future__ import annotations

import pytest

from atsmatch import errors


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (errors.ParseError, ValueError),
        (errors.CorruptFileError, ValueError),
        (errors.InputTooLargeError, ValueError),
        (errors.ConfigError, ValueError),
        (errors.TaxonomyError, ValueError),
        (errors.SourceNotFoundError, FileNotFoundError),
    ],
)
def test_errors_subclass_builtin_and_base(cls: type[Exception], builtin: type[Exception]) -> None:
    assert issubclass(cls, builtin)
    assert issubclass(cls, errors.AtsmatchError)


@pytest.mark.parametrize(
    "cls", [errors.ParseError, errors.EncryptedFileError, errors.SourceNotFoundError]
)
def test_errors_message_names_source_and_cause(cls: type[errors.ParseError]) -> None:
    exc = cls("cv.pdf", "something broke")
    assert str(exc) == "cv.pdf: something broke"
    assert exc.source == "cv.pdf"


@pytest.mark.parametrize(("value", "expected"), [("jsn", " (did you mean 'json'?)"), ("zzzz", "")])
def test_errors_did_you_mean(value: str, expected: str) -> None:
    assert errors.did_you_mean(value, ["json", "text"]) == expected
