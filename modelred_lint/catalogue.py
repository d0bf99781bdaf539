"""The rule catalogue: rules/*.yaml, read once per process.

Every rule's metadata, documentation, examples and match data come from here; the
shared vocabulary (SDK names, secret words, placeholders) from rules/shared/*.yaml.
In a wheel the catalogue travels as modelred_lint/_rules; in a checkout or an editable
install it is the repository's rules/ folder.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

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


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where it is built


def _load_yaml(path: Path, digest=None) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError(f"{path.name}: {exc}") from None
    if digest is not None:
        digest.update(path.name.encode() + b"\0" + text.encode("utf-8"))
    try:
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{path.name}: {exc}") from None


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
    root = catalogue_dir()
    digest = hashlib.sha256()
    rules = {}
    for path in sorted(root.glob("MR*.yaml")):
        rule = _rule_from(_load_yaml(path, digest), path)
        rules[rule.id] = rule
    shared = {path.stem: _load_yaml(path, digest) for path in sorted((root / "shared").glob("*.yaml"))}
    return Catalogue(rules=rules, shared=shared, fingerprint=digest.hexdigest())


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
    return "\n".join(parts).rstrip() + "\n"
