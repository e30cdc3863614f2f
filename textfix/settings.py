"""Settings from a configuration file, like ruff: ``[tool.textfix]`` in a
``pyproject.toml``, or a ``textfix.toml`` / ``.textfix.toml`` (top-level
keys), found from the working directory upward.  Command-line options win.

Keys (kebab-case as in ruff; snake_case is accepted too)::

    [tool.textfix]
    select = ["TF1", "TF4"]        # instead of the default rules
    extend-select = ["TN140"]      # added to the selection
    ignore = ["TF202"]             # removed from the selection
    normalize = "ml"               # a normalization profile (alias: profile)
    lang = "fr"                    # skip language detection
    unsafe-fixes = false
    detector = "auto"              # auto, fast, langdetect
    [tool.textfix.options]         # per-rule settings
    fr_colon_space = "\\u202f"

On the command line, ``--select`` replaces the file's ``select``;
``--extend-select`` and ``--ignore`` add to the file's lists; the other options
replace the file's value.  :func:`resolve` says where each value came from.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import DETECTORS, Config

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILE_NAMES = ("textfix.toml", ".textfix.toml")
DEFAULT = "default"
COMMAND_LINE = "command line"

# file key -> Config field
_KEYS = {
    "select": "select",
    "extend-select": "extend_select",
    "ignore": "ignore",
    "normalize": "normalize",
    "profile": "normalize",
    "lang": "lang",
    "unsafe-fixes": "unsafe_fixes",
    "detector": "detector",
    "options": "options",
}
#: Config fields in the order ``textfix config`` shows them.
FIELDS = ("select", "extend_select", "ignore", "normalize", "lang", "unsafe_fixes", "detector",
          "options")


class SettingsError(ValueError):
    """A configuration file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Settings:
    """The settings in force: ``config`` and, per field, where it came from
    (``"default"``, ``"command line"`` or the path of the file)."""

    config: Config
    sources: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    def rows(self) -> list[tuple[str, Any, str]]:
        """(key, value, source) for each setting, keys in file spelling."""
        out = []
        for name in FIELDS:
            value = getattr(self.config, name)
            if name == "options":
                value = dict(value)
            out.append((name.replace("_", "-"), value, self.sources.get(name, DEFAULT)))
        return out


def find_config_file(start: Path | str | None = None) -> Path | None:
    """The nearest ``textfix.toml``, ``.textfix.toml`` or ``pyproject.toml``
    with a ``[tool.textfix]`` table, from ``start`` (default: cwd) upward."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        for name in FILE_NAMES:
            p = folder / name
            if p.is_file():
                return p
        p = folder / "pyproject.toml"
        if p.is_file() and _table(p, _read_toml(p)) is not None:
            return p
    return None


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: invalid TOML: {exc}") from exc


def _table(path: Path, data: dict) -> dict | None:
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("textfix") if isinstance(tool, dict) else None
        return table if isinstance(table, dict) else None
    return data


def load_file(path: Path | str) -> dict[str, Any]:
    """The settings of one file as Config keyword arguments (validated)."""
    path = Path(path)
    table = _table(path, _read_toml(path))
    if table is None:
        return {}
    where = f"{path} [tool.textfix]" if path.name == "pyproject.toml" else str(path)
    out: dict[str, Any] = {}
    for key, value in table.items():
        name = _KEYS.get(key.replace("_", "-"))
        if name is None:
            known = ", ".join(k for k in _KEYS)
            raise SettingsError(f"{where}: unknown setting {key!r} (known: {known})")
        out[name] = _check(where, key, name, value)
    return out


def _check(where: str, key: str, name: str, value: Any) -> Any:
    def bad(expected: str) -> SettingsError:
        return SettingsError(f"{where}: {key} must be {expected}, not {value!r}")

    if name in ("select", "extend_select", "ignore"):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad("a list of rule codes")
        return tuple(value)
    if name == "unsafe_fixes":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if name == "options":
        if not isinstance(value, dict):
            raise bad("a table")
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if not isinstance(value, str):
        raise bad("a string")
    if name == "detector" and value not in DETECTORS:
        raise bad(f"one of {', '.join(DETECTORS)}")
    if name == "normalize":
        from .profiles import PROFILES

        if value not in PROFILES:
            raise bad(f"a profile ({', '.join(sorted(PROFILES))})")
    return value


def _frozen(v: Any) -> Any:
    """Hashable form of an option value (Config is hashed and cached)."""
    if isinstance(v, list):
        return tuple(_frozen(x) for x in v)
    if isinstance(v, dict):
        return tuple(sorted((k, _frozen(x)) for k, x in v.items()))
    return v


def resolve(cli: dict[str, Any] | None = None, *, config_file: Path | str | None = None,
            isolated: bool = False, start: Path | str | None = None) -> Settings:
    """Merge defaults, the configuration file and command-line values.

    ``cli`` holds Config fields given on the command line (absent or None:
    not given).  ``config_file`` forces a file; ``isolated`` ignores files.
    """
    cli = {k: v for k, v in (cli or {}).items() if v is not None and v != ()}
    path = None
    if not isolated:
        path = Path(config_file) if config_file else find_config_file(start)
        if path is not None and not path.is_file():
            raise SettingsError(f"{path}: no such configuration file")
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    if path is not None:
        for name, value in load_file(path).items():
            values[name] = value
            sources[name] = str(path)
    for name, value in cli.items():
        if name in ("extend_select", "ignore") and name in values:
            values[name] = tuple(values[name]) + tuple(value)
            sources[name] = f"{sources[name]} + {COMMAND_LINE}"
        else:
            values[name] = value
            sources[name] = COMMAND_LINE
    try:
        config = Config(**values)
        if config.normalize:
            from .profiles import profile_codes

            profile_codes(config.normalize)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"{path or COMMAND_LINE}: {exc}") from exc
    return Settings(config, sources, path)
