from __future__ import annotations

import pytest

from atsmatch.config import MatchConfig, load_config
from atsmatch.errors import ConfigError


def test_config_partial_tables_keep_defaults() -> None:
    config = MatchConfig(credits={"related": 0.25})
    assert config.credits["related"] == 0.25
    assert config.credits["narrower"] == MatchConfig().credits["narrower"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"credits": {"relatd": 0.1}}, "did you mean 'related'"),
        ({"category_weights": {"tools": 1.0}}, "did you mean 'tool'"),
        ({"knockout_cap": -1.0}, "knockout_cap must be within 0..100"),
        ({"ats": "semantik"}, "did you mean 'semantic'"),
    ],
)
def test_config_rejects_bad_values(kwargs: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        MatchConfig(**kwargs)


def test_config_scoring_settings_from_pyproject(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.atsmatch]\nats = 'prescreen'\nmin_resume_words = 10\nliteral_only = true\n"
        "[tool.atsmatch.credits]\nnarrower = 0.6\n",
        encoding="utf-8",
    )
    config = load_config(start=tmp_path)
    assert config.ats == "prescreen" and config.min_resume_words == 10 and config.literal_only
    assert config.credits["narrower"] == 0.6 and config.credits["related"] == 0.5
