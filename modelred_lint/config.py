"""Configuration: `[tool.modelred-lint]` in pyproject.toml or `.modelred-lint.yaml`,
found upward from the working directory, validated, and merged with the command line.
An unknown key, rule ID or bad value is an error that names it.

The general settings are declared here; each rule option is declared by the rule that
reads it (see modelred_lint/registry.py) and validated against that declaration."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional


from modelred_lint import registry
from modelred_lint.catalogue import Catalogue
from modelred_lint.schema import SchemaError
from modelred_lint.source import DEFAULT_MAX_FILE_SIZE



def _toml():
    """The TOML parser, imported where a pyproject.toml is read (a run in a folder with
    none, the editor's on-save case among them, spares the import)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    return tomllib

YAML_NAME = ".modelred-lint.yaml"
TOML_SECTION = "modelred-lint"


class ConfigError(Exception):
    """A setting the user wrote is wrong; the message names it. Whatever in the
    message looks like a key is redacted: a setting's value, a file's offending line
    or a name the user wrote may hold one (a real key in extra-placeholder-words)."""

    def __init__(self, message: str) -> None:
        from modelred_lint.redaction import scrub_plain

        super().__init__(scrub_plain(message))


@dataclass
class Settings:
    root: Path
    config_path: Optional[Path] = None
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    exclude: Optional[list[str]] = None  # None: the default excludes
    extend_exclude: list[str] = field(default_factory=list)
    # More text files to scan for keys (gitignore-style patterns), beyond the kinds
    # discovery knows (file_kinds.py): `*.txt`, `deploy/*.conf`.
    extend_include: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    force_exclude: bool = False
    respect_gitignore: bool = True
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    options: dict[str, Any] = field(default_factory=dict)


_LIST_OF_STR = "a list of strings"
# Setting name -> (Settings attribute, validator).
_KEYS = {
    "select": "select",
    "ignore": "ignore",
    "exclude": "exclude",
    "extend-exclude": "extend_exclude",
    "extend-include": "extend_include",
    "per-file-ignores": "per_file_ignores",
    "force-exclude": "force_exclude",
    "respect-gitignore": "respect_gitignore",
    "max-file-size": "max_file_size",
}


def find_config(start: Path) -> Optional[Path]:
    """The nearest .modelred-lint.yaml, or pyproject.toml with our section, upward."""
    for folder in (start, *start.parents):
        candidate = folder / YAML_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_section(pyproject):
            return pyproject
    return None


def _has_section(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    tomllib = _toml()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if f"tool.{TOML_SECTION}" in text:  # ours, and broken: say so, do not run without it
            raise ConfigError(f"{pyproject}: invalid TOML: {exc}") from None
        return False
    return TOML_SECTION in data.get("tool", {})


def read_config_file(path: Path) -> Mapping[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc.__class__.__name__}") from None
    if path.suffix == ".toml":
        tomllib = _toml()
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        section = data.get("tool", {}).get(TOML_SECTION, {})
    else:
        import yaml  # only for a YAML configuration

        try:
            section = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: invalid YAML: {_yaml_problem(exc)}") from None
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: the configuration must be a table of settings")
    return section


def _yaml_problem(exc: Exception) -> str:
    """PyYAML's problem and where, without the offending lines it quotes (they may
    hold a key, and a key cut short by its "..." is no longer found to redact)."""
    problem = getattr(exc, "problem", None)
    if not problem:
        return exc.__class__.__name__
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and context_mark is not None:
        context += f" from line {context_mark.line + 1}, column {context_mark.column + 1}"
    return f"{where}{problem}" + (f" ({context})" if context else "")


def load_settings(cwd: Path, explicit: Optional[Path], catalogue: Catalogue) -> Settings:
    path = explicit if explicit is not None else find_config(cwd)
    if path is None:
        return Settings(root=cwd)
    if explicit is not None and not explicit.is_file():
        raise ConfigError(f"{explicit}: no such configuration file")
    raw = read_config_file(path)
    settings = Settings(root=path.resolve().parent, config_path=path)
    apply_settings(settings, raw, catalogue, where=str(path))
    return settings


def apply_settings(settings: Settings, raw: Mapping[str, Any], catalogue: Catalogue, where: str) -> None:
    options = registry.options()
    for key, value in raw.items():
        if key in _KEYS:
            setattr(settings, _KEYS[key], _validate(key, value, catalogue, where))
        elif key in options:
            try:
                settings.options[key] = options[key].validate(value, where)
            except SchemaError as exc:
                raise ConfigError(str(exc)) from None
        else:
            known = ", ".join(sorted([*_KEYS, *options]))
            raise ConfigError(f"{where}: unknown setting {str(key)!r} (known: {known})")


def validate_options(raw: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Rule options alone (the catalogue's examples use them), validated as a
    configuration file's are."""
    options = registry.options()
    out = {}
    for key, value in raw.items():
        if key not in options:
            raise ConfigError(f"{where}: unknown option {key!r} (known: {', '.join(options)})")
        try:
            out[key] = options[key].validate(value, where)
        except SchemaError as exc:
            raise ConfigError(str(exc)) from None
    return out


def _validate(key: str, value: Any, catalogue: Catalogue, where: str) -> Any:
    if key in ("select", "ignore"):
        codes = _strings(key, value, where)
        if key == "select" and not codes:
            raise ConfigError(f"{where}: select is empty, which would disable every rule; remove it to check all rules")
        expand_codes(codes, catalogue, f"{where}: {key}")
        return codes
    if key in ("exclude", "extend-exclude"):
        return _strings(key, value, where)
    if key == "extend-include":
        return _include_patterns(_strings(key, value, where), where)
    if key == "per-file-ignores":
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: per-file-ignores must be a table of pattern = [codes]")
        out = {}
        for pattern, codes in value.items():
            codes = _strings(f"per-file-ignores[{pattern!r}]", codes, where)
            expand_codes(codes, catalogue, f"{where}: per-file-ignores[{pattern!r}]")
            out[str(pattern)] = codes
        return out
    if key in ("force-exclude", "respect-gitignore"):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: {key} must be true or false")
        return value
    if key == "max-file-size":
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise ConfigError(f"{where}: max-file-size must be a positive number of bytes")
        return value
    raise AssertionError(key)  # pragma: no cover


def _include_patterns(patterns: list[str], where: str) -> list[str]:
    """extend-include patterns name files to scan: a blank pattern, a negation or a
    folder-only pattern (`docs/`) would include nothing or everything by surprise."""
    for pattern in patterns:
        if not pattern.strip() or pattern.lstrip().startswith(("!", "#")) or pattern.rstrip().endswith("/"):
            raise ConfigError(
                f"{where}: extend-include pattern {pattern!r} must name files (a gitignore-style "
                "pattern such as '*.txt' or 'deploy/*.conf'; no negation, comment or folder)"
            )
        if pattern.rstrip().endswith((".py", ".pyi", ".ipynb")):
            raise ConfigError(
                f"{where}: extend-include pattern {pattern!r} names Python files, which are linted "
                "already; extend-include adds text files to scan for keys"
            )
    return patterns


def _strings(key: str, value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be {_LIST_OF_STR}")
    return list(value)


def expand_codes(codes: Iterable[str], catalogue: Catalogue, where: str) -> set[str]:
    """Rule IDs from IDs and prefixes ("MR00", "ALL"); an unknown one is an error."""
    out: set[str] = set()
    for code in codes:
        code = code.strip().upper()
        if code == "ALL":
            out.update(catalogue.ids)
            continue
        matched = {rule for rule in catalogue.ids if rule.startswith(code)} if code else set()
        if not matched:
            raise ConfigError(f"{where}: unknown rule {code!r} (known: {', '.join(catalogue.ids)})")
        out.update(matched)
    return out


def enabled_rules(settings: Settings, catalogue: Catalogue) -> frozenset[str]:
    selected = expand_codes(settings.select, catalogue, "select")
    ignored = expand_codes(settings.ignore, catalogue, "ignore")
    return frozenset(selected - ignored)
