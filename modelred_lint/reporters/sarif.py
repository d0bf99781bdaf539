"""SARIF 2.1.0, shaped for GitHub code scanning: one run, every enabled rule with its
documentation, results relative to %SRCROOT% with partial fingerprints and fixes.

Files that could not be read or parsed (MR000) are results (level warning) as well as
tool execution notifications: code scanning ingests results only, and a file nobody
analysed must show. Rule descriptions keep within GitHub's limits (a
`fullDescription` of at most 1,024 characters; the full text is in `help`), and
`helpUri` points at the README's per-rule anchors. Message texts have their control
characters made visible, as in every format.

A key that stands as a file name is redacted in every other format, and in SARIF's
messages and notifications, but not in its locations: code scanning places a result by
its URI, and a redacted one would leave the result (often the very key) on no file.
The name is in the repository the SARIF describes, read by the same people; whoever
publishes a SARIF file beyond them should know that it names files exactly."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from modelred_lint import __version__
from modelred_lint.catalogue import RuleInfo, render_docs
from modelred_lint.reporters import Report
from modelred_lint.reporters.textsafe import printable

INFORMATION_URI = "https://github.com/modelred-lint/modelred-lint"
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "note": "note"}
FULL_DESCRIPTION_LIMIT = 1024  # characters; GitHub code scanning's limit
# A file that could not be analysed is worth a reviewer's look, but it is not a flaw of
# the code: not an error, which would fail the check like a leaked key does.
MR000_LEVEL = "warning"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`(])")


def summarise(text: str, limit: int = FULL_DESCRIPTION_LIMIT) -> str:
    """`text` whole if it fits, else as many of its first sentences as fit; a first
    sentence longer than the limit is cut at a word and ends with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    out = ""
    for sentence in _SENTENCE_END.split(text):
        candidate = f"{out} {sentence}" if out else sentence
        if len(candidate) > limit:
            break
        out = candidate
    if out:
        return out
    return text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def help_uri(rule_id: str) -> str:
    """The rule's anchor in the README's rules table (`<a id="mr001">`)."""
    return f"{INFORMATION_URI}#{rule_id.lower()}"


def _uri(path: str, root: Path) -> tuple[str, bool]:
    """A URI for a path: relative to root (with uriBaseId) when it is under it."""
    absolute = Path(path).resolve()
    try:
        relative = absolute.relative_to(root.resolve())
        return quote(relative.as_posix(), safe="/"), True
    except ValueError:
        return absolute.as_uri(), False


def _location(f, root: Path) -> dict:
    uri, relative = _uri(f.path, root)
    artifact = {"uri": uri, "uriBaseId": "%SRCROOT%"} if relative else {"uri": uri}
    region = {"startLine": f.line, "startColumn": f.col + 1}
    if (f.end_line, f.end_col) > (f.line, f.col):
        region.update({"endLine": f.end_line, "endColumn": f.end_col + 1})
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}


def _related_locations(f, root: Path) -> list[dict]:
    """SARIF relatedLocations for the second places a finding names (a notebook
    finding's in the file's own lines, as the finding's)."""
    out = []
    for number, r in enumerate(getattr(f, "related", ()), start=1):
        uri, relative = _uri(r.path or f.path, root)
        artifact = {"uri": uri, "uriBaseId": "%SRCROOT%"} if relative else {"uri": uri}
        region = {"startLine": r.line, "startColumn": r.col + 1}
        if (r.end_line, r.end_col) > (r.line, r.col):
            region.update({"endLine": r.end_line, "endColumn": r.end_col + 1})
        out.append(
            {
                "id": number,
                "physicalLocation": {"artifactLocation": artifact, "region": region},
                "message": {"text": printable(r.message)},
            }
        )
    return out


def _rule_descriptor(rule: RuleInfo) -> dict:
    tags = list(rule.tags)
    if rule.cwe:
        tags.append(f"external/cwe/cwe-{rule.cwe}")
    properties = {"tags": tags, "precision": rule.precision}
    if rule.security_severity is not None:
        properties["security-severity"] = f"{rule.security_severity:.1f}"
    markdown = render_docs(rule)
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": summarise(rule.docs.get("what", rule.summary))},
        "help": {"text": markdown, "markdown": markdown},
        "helpUri": help_uri(rule.id),
        "defaultConfiguration": {"level": _LEVEL.get(rule.severity, "warning")},
        "properties": properties,
    }


def _fingerprint(f, occurrence: int) -> str:
    # What was found and where in which file, not the line number: stable when
    # unrelated lines above move. The snippet is redacted; no secret goes in.
    key = f"{f.rule}\0{f.path}\0{f.snippet or f.message}\0{occurrence}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _fixes(f, root: Path) -> list[dict]:
    # A notebook's fixes are applied by --fix through its cells: no edits to show here.
    if f.fix is None or not f.fix.edits:
        return []
    uri, relative = _uri(f.path, root)
    artifact = {"uri": uri, "uriBaseId": "%SRCROOT%"} if relative else {"uri": uri}
    replacements = []
    for edit in f.fix.edits:
        region = {
            "startLine": edit.start_line,
            "startColumn": edit.start_col + 1,
            "endLine": edit.end_line,
            "endColumn": edit.end_col + 1,
        }
        replacements.append({"deletedRegion": region, "insertedContent": {"text": edit.text}})
    return [{"description": {"text": printable(f"{f.fix.description} ({f.fix.applicability} fix)")},
             "artifactChanges": [{"artifactLocation": artifact, "replacements": replacements}]}]


def _absent_result(entry, index: dict) -> dict:
    """A baseline entry no longer found: where it was (the file), and what it said."""
    result = {"ruleId": entry.rule}
    if entry.rule in index:
        result["ruleIndex"] = index[entry.rule]
    result.update(
        {
            "level": "none",
            "message": {"text": printable(entry.message or f"{entry.rule} (no longer found)")},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": quote(entry.path, safe="/"), "uriBaseId": "%SRCROOT%"}}}],
            "baselineState": "absent",
            "partialFingerprints": {"modelredLintBaseline/v1": entry.fingerprint},
        }
    )
    return result


def build(report: Report) -> dict:
    catalogue = report.catalogue
    known = catalogue.ids if catalogue else ()
    rule_ids = [r for r in known if r in report.enabled or any(f.rule == r for f in report.findings)]
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    results, notifications = [], []
    seen: Counter = Counter()
    baseline = report.baseline
    findings = report.findings
    if baseline is not None:
        # Every result, each with its baselineState: new, unchanged (in the baseline),
        # absent (in the baseline, no longer found).
        findings = sorted([*findings, *baseline.unchanged], key=lambda f: f.sort_key)
    for f in findings:
        message = {"text": printable(f.message)}
        if f.rule == "MR000":
            notifications.append(
                {
                    "level": "error",
                    "message": message,
                    "locations": [_location(f, report.root)],
                    "descriptor": {"id": "MR000"},
                }
            )
        key = (f.rule, f.path, f.snippet or f.message)
        seen[key] += 1
        result = {"ruleId": f.rule}
        if f.rule in index:
            result["ruleIndex"] = index[f.rule]
        result.update(
            {
                "level": MR000_LEVEL if f.rule == "MR000" else _LEVEL.get(f.severity, "warning"),
                "message": message,
                "locations": [_location(f, report.root)],
                "partialFingerprints": {"modelredLintFingerprint/v1": _fingerprint(f, seen[key])},
            }
        )
        related = _related_locations(f, report.root)
        if related:
            result["relatedLocations"] = related
        fixes = _fixes(f, report.root)
        if fixes:
            result["fixes"] = fixes
        if getattr(f, "cell", 0):
            # The location is the line of the notebook's JSON file (what GitHub shows);
            # where that is in the notebook, as Jupyter shows it:
            result["properties"] = {
                "cell": f.cell,
                "cellLine": f.cell_line,
                "cellColumn": f.cell_col + 1,
                **({"output": f.output} if f.output else {}),
            }
        if baseline is not None:
            result["baselineState"] = "unchanged" if baseline.is_unchanged(f) else "new"
            if result["baselineState"] == "unchanged":
                # In the baseline: recorded, not to be acted on (code scanning does not
                # open an alert for a suppressed result).
                result["suppressions"] = [{"kind": "external", "justification": f"in the baseline {printable(baseline.file)}"}]
        results.append(result)
    if baseline is not None:
        results += [_absent_result(entry, index) for entry in baseline.absent]
    for text in report.errors:
        notifications.append({"level": "error", "message": {"text": printable(text)}})
    invocation = {"executionSuccessful": not report.errors, "toolExecutionNotifications": notifications}
    run = {
        "tool": {
            "driver": {
                "name": "modelred-lint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule_descriptor(catalogue.rule(r)) for r in rule_ids],
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": report.root.resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [invocation],
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, color: bool = False) -> str:
    return json.dumps(build(report), indent=2, ensure_ascii=False) + "\n"
