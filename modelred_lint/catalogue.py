"""The rule catalogue: rules/*.yaml, read once per process.

Every rule's metadata, documentation, examples and match data come from here; the
shared vocabulary (SDK names, secret words, placeholders) from rules/shared/*.yaml.
In a wheel the catalogue travels as modelred_lint/_rules; in a checkout or an editable
install it is the repository's rules/ folder.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional

from modelred_lint.digests import sha256

_PACKAGE_DIR = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE_DIR / "_rules", _PACKAGE_DIR.parent / "rules")


class CatalogueError(Exception):
    """The shipped catalogue is missing or malformed: an installation problem."""


@dataclass(frozen=True)
class RuleInfo:
    id: str
    name: str
    summary: str
    severity: str
    precision: str
    security_severity: float | None
    cwe: int | None
    tags: tuple[str, ...]
    fix: str  # none | safe | unsafe | display
    allowlist_pragma: bool
    claim_rank: int | None
    docs: Mapping[str, str]
    examples: Mapping[str, list]
    data: Mapping[str, Any] = field(default_factory=dict)

    @property
    def help_markdown(self) -> str:
        return render_docs(self)


@dataclass(frozen=True)
class Catalogue:
    rules: Mapping[str, RuleInfo]
    shared: Mapping[str, Mapping[str, Any]]
    fingerprint: str = ""  # a hash of the catalogue's files: rule data is configuration too

    def rule(self, rule_id: str) -> RuleInfo:
        return self.rules[rule_id]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(sorted(self.rules))

    @property
    def claimers(self) -> frozenset[str]:
        """The rules that claim literal spans (one finding per span, by claim-rank)."""
        return frozenset(r.id for r in self.rules.values() if r.claim_rank is not None)


def catalogue_dir() -> Path:
    for candidate in _CANDIDATES:
        if (candidate / "shared").is_dir():
            return candidate
    raise CatalogueError(
        "the rule catalogue was not found next to the package; reinstall modelred-lint"
    )


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError(f"{path.name}: {exc}") from None


def _parse_yaml(name: str, text: str) -> Any:
    import yaml  # only when the compiled catalogue is not at hand

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where it is built
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{name}: {exc}") from None


def _checked(name: str, data: Any) -> Any:
    """The file's content checked against its schema (CatalogueError names the key)."""
    from modelred_lint.catalogue_schema import RULE, SHARED
    from modelred_lint.schema import SchemaError

    if name.startswith("shared/"):
        schema = SHARED.get(Path(name).stem)
        if schema is None:
            raise CatalogueError(f"{name}: no such shared catalogue file is known (known: {', '.join(SHARED)})")
    else:
        schema = RULE
    try:
        schema.check(data, name)
    except SchemaError as exc:
        raise CatalogueError(str(exc)) from None
    if not name.startswith("shared/") and Path(name).stem != data["id"]:
        raise CatalogueError(f"{name}: id {data['id']!r} does not match the file's name")
    return data


def _rule_from(raw: Mapping[str, Any], source: Path) -> RuleInfo:
    try:
        return RuleInfo(
            id=raw["id"],
            name=raw["name"],
            summary=raw["summary"],
            severity=raw["severity"],
            precision=raw.get("precision", "medium"),
            security_severity=raw.get("security-severity"),
            cwe=raw.get("cwe"),
            tags=tuple(raw.get("tags", ())),
            fix=raw.get("fix", "none"),
            allowlist_pragma=bool(raw.get("allowlist-pragma", False)),
            claim_rank=raw.get("claim-rank"),
            docs=raw.get("docs", {}),
            examples=raw.get("examples", {"valid": [], "invalid": []}),
            data=raw.get("data", {}) or {},
        )
    except KeyError as exc:
        raise CatalogueError(f"{source.name}: missing field {exc}") from None


@functools.lru_cache(maxsize=None)
def load_catalogue() -> Catalogue:
    """The catalogue, parsed from its YAML files and checked against its schema. The
    checked form is kept as JSON in the user's cache folder, found by the files' names,
    sizes and modification times (and those of the code that checks them), so that a run
    reads neither the YAML nor a YAML parser, and neither hashes the files nor checks
    them again (the editor's on-save case feels every millisecond); a changed file
    changes the key and the catalogue is read again."""
    root = catalogue_dir()
    names = _catalogue_files(root)
    listing = _listing(root, names)
    kept = _compiled(listing)
    if kept is not None:
        fingerprint, parsed = kept
    else:
        texts = {name: _read(root / name) for name in names}
        digest = sha256()
        for name, text in texts.items():
            digest.update(Path(name).name.encode() + b"\0" + text.encode("utf-8"))
        fingerprint = digest.hexdigest()
        parsed = {name: _checked(name, _parse_yaml(name, text)) for name, text in texts.items()}
        _store_compiled(listing, fingerprint, parsed)
    rules = {}
    shared = {}
    for name, data in parsed.items():
        if name.startswith("shared/"):
            shared[Path(name).stem] = data
        else:
            rule = _rule_from(data, Path(name))
            rules[rule.id] = rule
    return Catalogue(rules=rules, shared=shared, fingerprint=fingerprint)


def _catalogue_files(root: Path) -> list[str]:
    """The rule files (MR*.yaml), then the shared ones (shared/*.yaml), each group
    sorted, as paths relative to the catalogue's folder."""
    return [
        *sorted(name for name in _names(root) if name.startswith("MR") and name.endswith(".yaml")),
        *sorted(f"shared/{name}" for name in _names(root / "shared") if name.endswith(".yaml")),
    ]


def _names(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError as exc:
        raise CatalogueError(f"{folder.name}: {exc}") from None


# The code that checks the files: a change to it must check them again.
_CHECKING_CODE = ("catalogue.py", "catalogue_schema.py", "schema.py")


def _listing(root: Path, names: list[str]) -> str:
    """A hash of the names, sizes and modification times of the catalogue's files and of
    the modules that check them (a memo key, as for user_cache.code_fingerprint)."""
    digest = sha256()
    for folder, entries in ((root, names), (_PACKAGE_DIR, _CHECKING_CODE)):
        for name in entries:
            try:
                status = os.stat(folder / name)
            except OSError as exc:
                raise CatalogueError(f"{name}: {exc}") from None
            digest.update(f"{name}\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _compiled_path(listing: str) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "modelred-lint" / f"catalogue-{listing[:24]}.json"


def _compiled(listing: str) -> Optional[tuple[str, dict]]:
    """(the files' content hash, their checked content) from the kept copy, or None."""
    try:
        data = json.loads(_compiled_path(listing).read_text(encoding="utf-8"))
    except (OSError, ValueError, RuntimeError):
        return None
    if not isinstance(data, dict) or data.get("listing") != listing:
        return None
    fingerprint, parsed = data.get("fingerprint"), data.get("files")
    if not isinstance(fingerprint, str) or not isinstance(parsed, dict):
        return None
    return fingerprint, parsed


def _store_compiled(listing: str, fingerprint: str, parsed: dict) -> None:
    import tempfile  # (only when the compiled copy is written: once per catalogue)

    try:
        target = _compiled_path(listing)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".catalogue-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"listing": listing, "fingerprint": fingerprint, "files": parsed}, out)
        os.replace(temp, target)
    except (OSError, RuntimeError, TypeError, ValueError):
        pass  # a read-only home: parse the YAML each time


def render_docs(rule: RuleInfo) -> str:
    """A rule's documentation as Markdown (used by `rule MR001` and SARIF help)."""
    docs = rule.docs
    parts = [f"# {rule.id} {rule.name}", "", rule.summary + ".", ""]
    if rule.cwe:
        parts += [f"CWE-{rule.cwe}. Severity: {rule.severity}. Fix: {rule.fix}.", ""]
    else:
        parts += [f"Severity: {rule.severity}. Fix: {rule.fix}.", ""]
    for title, key in (("What it does", "what"), ("Why is this bad?", "why")):
        if docs.get(key):
            parts += [f"## {title}", docs[key].strip(), ""]
    if docs.get("example"):
        parts += ["## Example", "```python", docs["example"].rstrip(), "```", ""]
    if docs.get("fix"):
        parts += ["## Use instead", docs["fix"].strip(), ""]
    options = options_markdown(rule.id)
    if options:
        parts += ["## Options", options, ""]
    return "\n".join(parts).rstrip() + "\n"


def options_markdown(rule_id: str) -> str:
    """The options a rule reads, as declared by its module (see registry.py)."""
    from modelred_lint.registry import options_of

    lines = []
    for option in options_of(rule_id):
        lines.append(f"- `{option.name}`: {option.doc} Form: {option.describe()}; default: {_default(option.default)}.")
        if option.example:
            lines.append(f"  Example: `{option.name} = {option.example}`")
    return "\n".join(lines)


def _default(value) -> str:
    if value in ((), [], None):
        return "none"
    return json.dumps(value)
