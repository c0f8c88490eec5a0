"""Settings: frozen dataclasses filled from the packaged defaults and a user TOML file.

The defaults live in ``defaults.toml`` inside the package. A user file passed
with ``--config`` (or to :func:`load_settings`) overrides only the keys it
names; an unknown section or key, or a value of the wrong type, raises
:class:`~corpus_tool.errors.ConfigError` naming it.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from corpus_tool.errors import ConfigError

__all__ = ["EntitiesSettings", "IOSettings", "Settings", "StoreSettings", "load_settings"]


@dataclass(frozen=True, slots=True)
class StoreSettings:
    """Where and how the corpus database is kept."""

    path: str
    keep_raw_html: bool


@dataclass(frozen=True, slots=True)
class IOSettings:
    """How input files are read."""

    on_error: str
    timezone: str

    def __post_init__(self) -> None:
        if self.on_error not in ("fail", "skip"):
            raise ConfigError(
                f"io.on_error: {self.on_error!r} is not one of ['fail', 'skip']"
            )


@dataclass(frozen=True, slots=True)
class EntitiesSettings:
    """Limits of entity extraction."""

    max_chars: int

    def __post_init__(self) -> None:
        if self.max_chars < 1:
            raise ConfigError(f"entities.max_chars: {self.max_chars!r} must be at least 1")


@dataclass(frozen=True, slots=True)
class Settings:
    """All settings, one section per area."""

    store: StoreSettings
    io: IOSettings
    entities: EntitiesSettings


def _defaults() -> dict[str, Any]:
    text = resources.files("corpus_tool").joinpath("defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], override: dict[str, Any], where: str, source: str) -> None:
    for key, value in override.items():
        name = f"{where}{key}"
        if key not in base:
            known = ", ".join(sorted(base))
            raise ConfigError(f"{source}: unknown setting '{name}' (known here: {known})")
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: '{name}' must be a table, got {value!r}")
            _merge(base[key], value, f"{name}.", source)
        else:
            base[key] = value


def _check_type(name: str, value: Any, hint: Any, source: str) -> None:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        if any(_type_ok(value, h) for h in typing.get_args(hint)):
            return
    elif _type_ok(value, hint):
        return
    raise ConfigError(f"{source}: setting '{name}' = {value!r} is not of type {hint}")


def _type_ok(value: Any, hint: Any) -> bool:
    if hint is type(None):
        return value is None
    origin = typing.get_origin(hint) or hint
    if origin is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if origin is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin in (list, tuple):
        return isinstance(value, list | tuple)
    if isinstance(origin, type):
        return isinstance(value, origin)
    return True


def _build(cls: type[Any], data: dict[str, Any], where: str, source: str) -> Any:
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        name = f"{where}{f.name}"
        if f.name not in data:
            raise ConfigError(f"{source}: setting '{name}' is missing from the defaults")
        hint = hints[f.name]
        value = data[f.name]
        if dataclasses.is_dataclass(hint):
            kwargs[f.name] = _build(typing.cast(type, hint), value, f"{name}.", source)
        else:
            _check_type(name, value, hint, source)
            kwargs[f.name] = tuple(value) if isinstance(value, list) else value
    return cls(**kwargs)


def load_settings(path: str | Path | None = None) -> Settings:
    """Return the settings: packaged defaults, overridden key by key by ``path``.

    Args:
        path: a TOML file; ``None`` gives the defaults.

    Raises:
        ConfigError: the file is missing, not TOML, or names an unknown key or
            a value of the wrong type.

    Example:
        >>> load_settings().io.timezone
        'Asia/Ho_Chi_Minh'
    """
    data = _defaults()
    source = "defaults.toml"
    if path is not None:
        source = str(path)
        try:
            override = tomllib.loads(Path(path).read_text("utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: settings file not found") from None
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        _merge(data, override, "", source)
    settings: Settings = _build(Settings, data, "", source)
    return settings
