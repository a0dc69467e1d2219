from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from atsmatch.config import MatchConfig, load_config
from atsmatch.errors import ConfigError


def test_config_is_frozen() -> None:
    config = MatchConfig()
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.frequency_cap = 5  # type: ignore[misc]
    assert dataclasses.replace(config, frequency_cap=5).frequency_cap == 5


def test_config_keyword_only() -> None:
    with pytest.raises(TypeError):
        MatchConfig(3)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("frequency_capp = 2", "did you mean 'frequency_cap'"),
        ("frequency_cap = 'x'", "frequency_cap must be int"),
        ("frequency_cap = 0", "frequency_cap must be >= 1"),
        ("[tool.atsmatch.credits]\nfuzy = 0.5", "did you mean 'fuzzy'"),
        ("[tool.atsmatch.credits]\nfuzzy = -1", "must be a non-negative number"),
    ],
)
def test_config_rejects_bad_values(tmp_path: Path, toml: str, message: str) -> None:
    if not toml.startswith("["):
        toml = "[tool.atsmatch]\n" + toml
    (tmp_path / "pyproject.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(start=tmp_path)


def test_config_pyproject_then_dotfile_then_explicit(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.atsmatch]\nfrequency_cap = 2\nmax_keywords = 7\n", encoding="utf-8"
    )
    (tmp_path / ".atsmatch.toml").write_text("frequency_cap = 4\n", encoding="utf-8")
    explicit = tmp_path / "extra.toml"
    explicit.write_text("[credits]\nrelated = 0.25\n", encoding="utf-8")
    config = load_config(explicit, start=tmp_path / "sub")
    assert (config.frequency_cap, config.max_keywords) == (4, 7)
    assert config.credits["related"] == pytest.approx(0.25)
    assert config.credits["fuzzy"] == pytest.approx(MatchConfig().credits["fuzzy"])


def test_config_invalid_toml(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("frequency_cap = = 2", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(bad, start=tmp_path)
