from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.errors import ConfigError
from corpus_tool.settings import load_settings


def test_defaults_come_from_the_packaged_file() -> None:
    settings = load_settings()
    assert settings.store.path == "corpus.sqlite"
    assert settings.io.on_error == "fail"


def test_user_file_overrides_only_the_keys_it_names(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[io]\non_error = "skip"\n', encoding="utf-8")
    settings = load_settings(cfg)
    assert settings.io.on_error == "skip"
    assert settings.io.timezone == "Asia/Ho_Chi_Minh"
    assert settings.store.path == "corpus.sqlite"


@pytest.mark.parametrize(("text", "message"), [
    ('[io]\non_eror = "skip"\n', "unknown setting 'io.on_eror'"),
    ('[nope]\nx = 1\n', "unknown setting 'nope'"),
    ('[io]\non_error = 3\n', "setting 'io.on_error' = 3 is not of type"),
    ('[io]\non_error = "ignore"\n', "io.on_error: 'ignore' is not one of"),
    ('io = 1\n', "'io' must be a table"),
    ('[io\n', "not valid TOML"),
])
def test_bad_settings_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace("'", "'")):
        load_settings(cfg)


def test_missing_settings_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="settings file not found"):
        load_settings(tmp_path / "absent.toml")
