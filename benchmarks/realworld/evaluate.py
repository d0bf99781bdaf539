"""Score MR020/MR021/MR022 on the real-world set against the hand judgements.

    python benchmarks/realworld/evaluate.py [--cache DIR] [--check] [--strict]
                                            [--linter CMD] [--findings FILE]
                                            [--save-findings FILE] [--list]

Runs the linter over <cache>/src (made by prepare.py), matches every finding to the
judgements in judgements.yaml, and prints per rule and overall: findings, judged
true/false/unsure, unjudged (new) findings, precision, and recall against every case judged
true (judged-true findings plus judged-true misses).

A judgement is keyed by (package, path, rule, line) plus the expression that carries the
secret, so that it survives small moves: a finding matches a judgement of the same package,
file and rule whose line is within --window lines (default 3) and whose expression is the
same (after normalising `{x!r}` to `x`), or, failing that, contains or is contained in the
finding's; failing that, a finding on exactly the judged line matches whatever it names
(a reworded rule may point at another part of the same message).

--check exits 1 on a regression against the standing in expected.json (the test's
comparison): a judged-false case newly reported, or a judged-true finding no longer found.
With --strict it also fails on every judged-false finding still reported and on every finding
that has no judgement.  The matching and scoring
are plain functions so that the tests can run them without the downloads.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

HERE = Path(__file__).resolve().parent
JUDGEMENTS_FILE = HERE / "judgements.yaml"
RULES = ("MR020", "MR021", "MR022")
VERDICTS = ("true", "false", "unsure")
KINDS = ("finding", "miss")
REQUIRED_FIELDS = ("package", "path", "line", "rule", "expression", "verdict", "kind", "reason")
DEFAULT_LINTER = "/work/main/.venv/bin/modelred-lint"
DEFAULT_WINDOW = 3


# ---------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Judgement:
    package: str
    path: str
    line: int
    rule: str
    expression: str
    verdict: str
    kind: str
    reason: str
    cause: str = ""


@dataclass(frozen=True)
class Finding:
    package: str
    path: str
    line: int
    rule: str
    expression: str  # the source text of the reported span, normalised
    names: tuple[str, ...] = ()  # the expressions the message names in backticks
    message: str = ""


@dataclass
class Match:
    finding: Finding | None
    judgement: Judgement | None
    how: str = ""  # "expression", "contains", "line"; "" when one side is missing


@dataclass
class RuleScore:
    findings: int = 0
    true: int = 0
    false: int = 0
    unsure: int = 0
    unjudged: int = 0
    true_cases: int = 0  # every judgement with verdict true, found or not
    true_found: int = 0

    @property
    def precision(self) -> float | None:
        judged = self.true + self.false
        return self.true / judged if judged else None

    @property
    def recall(self) -> float | None:
        return self.true_found / self.true_cases if self.true_cases else None


# ---------------------------------------------------------------------------------------------
# Judgements
# ---------------------------------------------------------------------------------------------

def validate_entry(entry: object, index: int) -> list[str]:
    """Schema problems of one judgements.yaml entry (empty when it is well formed)."""
    where = f"entry {index}"
    if not isinstance(entry, Mapping):
        return [f"{where}: not a mapping"]
    problems = [f"{where}: missing {name}" for name in REQUIRED_FIELDS if name not in entry]
    unknown = set(entry) - set(REQUIRED_FIELDS) - {"cause"}
    if unknown:
        problems.append(f"{where}: unknown fields {sorted(unknown)}")
    for name in ("package", "path", "rule", "expression", "verdict", "kind", "reason"):
        if name in entry and (not isinstance(entry[name], str) or not entry[name].strip()):
            problems.append(f"{where}: {name} must be a non-empty string")
    if "cause" in entry and not isinstance(entry["cause"], str):
        problems.append(f"{where}: cause must be a string")
    line = entry.get("line")
    if "line" in entry and (not isinstance(line, int) or isinstance(line, bool) or line < 1):
        problems.append(f"{where}: line must be a positive integer")
    if entry.get("rule") not in RULES and "rule" in entry:
        problems.append(f"{where}: rule must be one of {', '.join(RULES)}")
    if entry.get("verdict") not in VERDICTS and "verdict" in entry:
        problems.append(f"{where}: verdict must be one of {', '.join(VERDICTS)}")
    if entry.get("kind") not in KINDS and "kind" in entry:
        problems.append(f"{where}: kind must be one of {', '.join(KINDS)}")
    path = entry.get("path")
    if isinstance(path, str) and (path.startswith("/") or ".." in path.split("/")):
        problems.append(f"{where}: path must be relative to the package root")
    return problems


def parse_judgements(data: object) -> list[Judgement]:
    """Judgements from the loaded YAML (a list, or a mapping with a 'judgements' list)."""
    if isinstance(data, Mapping):
        data = data.get("judgements")
    if not isinstance(data, list):
        raise ValueError("judgements: expected a list of entries")
    problems = [p for i, entry in enumerate(data) for p in validate_entry(entry, i)]
    if problems:
        raise ValueError("judgements: " + "; ".join(problems[:10]))
    return [Judgement(**{k: v for k, v in entry.items()}) for entry in data]


def load_judgements(path: Path = JUDGEMENTS_FILE) -> list[Judgement]:
    import yaml  # the project depends on PyYAML already

    return parse_judgements(yaml.safe_load(path.read_text(encoding="utf-8")))


# ---------------------------------------------------------------------------------------------
# Expressions
# ---------------------------------------------------------------------------------------------

_CONVERSION = re.compile(r"![rsa]$")
_WHITE = re.compile(r"\s+")
_SPACE_BY_PUNCTUATION = re.compile(r" (?=\W)|(?<=\W) ")
_IDENT = r"[A-Za-z0-9_]"


def _strip_format_spec(text: str) -> str:
    """Drop a top-level `:spec` (not one inside brackets, strings or a lambda)."""
    depth = 0
    quote = ""
    for i, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == ":" and depth == 0 and not text.startswith("lambda"):
            return text[:i]
    return text


def normalize_expression(text: str) -> str:
    """`{ auth_token!r }` -> `auth_token`; `{x = }` -> `x`; white space dropped except
    between two name characters (`n for n in xs` keeps its words apart)."""
    text = _SPACE_BY_PUNCTUATION.sub("", _WHITE.sub(" ", text.strip()))
    while len(text) >= 2 and text[0] == "{" and text[-1] == "}" and not text.startswith("{{"):
        text = text[1:-1]
    text = _strip_format_spec(text)
    text = _CONVERSION.sub("", text)
    if text.endswith("=") and not text.endswith("=="):
        text = text[:-1]
    return text


def contains_expression(outer: str, inner: str) -> bool:
    """`inner` occurs in `outer` as a whole expression part (not inside a longer name)."""
    if not inner or not outer:
        return False
    pattern = rf"(?<!{_IDENT}){re.escape(inner)}(?!{_IDENT})"
    return re.search(pattern, outer) is not None


def expressions_agree(judged: str, finding: Finding) -> str:
    """'expression' when the judged expression is the finding's, 'contains' when one holds
    the other, '' otherwise."""
    judged = normalize_expression(judged)
    candidates = {finding.expression, *(normalize_expression(n) for n in finding.names)}
    candidates.discard("")
    if judged in candidates:
        return "expression"
    for candidate in candidates:
        if contains_expression(candidate, judged) or contains_expression(judged, candidate):
            return "contains"
    return ""


# ---------------------------------------------------------------------------------------------
# Matching and scoring
# ---------------------------------------------------------------------------------------------

def match_findings(findings: Sequence[Finding], judgements: Sequence[Judgement],
                   window: int = DEFAULT_WINDOW) -> list[Match]:
    """Pair findings with judgements one to one; unpaired ones come back with None.

    Best pairs first: the same expression before a containing one before the same line
    alone, and within a tier the nearest line.  Each side is used at most once, so two
    findings on one line need two judgements.
    """
    candidates = []
    for fi, finding in enumerate(findings):
        for ji, judged in enumerate(judgements):
            if (judged.package, judged.path, judged.rule) != (finding.package, finding.path,
                                                              finding.rule):
                continue
            distance = abs(judged.line - finding.line)
            if distance > window:
                continue
            how = expressions_agree(judged.expression, finding)
            tier = {"expression": 0, "contains": 1}.get(how, 2)
            if tier == 2:
                if distance:
                    continue
                how = "line"
            candidates.append((tier, distance, fi, ji, how))
    candidates.sort()
    used_f: dict[int, tuple[int, str]] = {}
    used_j: set[int] = set()
    for _tier, _distance, fi, ji, how in candidates:
        if fi in used_f or ji in used_j:
            continue
        used_f[fi] = (ji, how)
        used_j.add(ji)
    matches = []
    for fi, finding in enumerate(findings):
        if fi in used_f:
            ji, how = used_f[fi]
            matches.append(Match(finding, judgements[ji], how))
        else:
            matches.append(Match(finding, None))
    matches.extend(Match(None, judged) for ji, judged in enumerate(judgements)
                   if ji not in used_j)
    return matches


def score(matches: Iterable[Match]) -> dict[str, RuleScore]:
    """Per rule and 'overall'."""
    scores = {rule: RuleScore() for rule in (*RULES, "overall")}
    for match in matches:
        rule = (match.finding or match.judgement).rule
        for key in (rule, "overall"):
            entry = scores.setdefault(key, RuleScore())
            if match.finding is not None:
                entry.findings += 1
                if match.judgement is None:
                    entry.unjudged += 1
                else:
                    setattr(entry, match.judgement.verdict,
                            getattr(entry, match.judgement.verdict) + 1)
            if match.judgement is not None and match.judgement.verdict == "true":
                entry.true_cases += 1
                if match.finding is not None:
                    entry.true_found += 1
    return scores


def regressions(matches: Iterable[Match], strict: bool = False) -> list[str]:
    """What --check fails on, one line each."""
    problems = []
    for match in matches:
        finding, judged = match.finding, match.judgement
        if finding is not None and judged is not None and judged.verdict == "false":
            problems.append(f"judged false, reported: {describe(judged)} ({judged.reason})")
        elif finding is None and judged is not None and judged.verdict == "true" \
                and judged.kind == "finding":
            problems.append(f"judged true, no longer reported: {describe(judged)}")
        elif strict and finding is not None and judged is None:
            problems.append(f"not judged: {describe(finding)}")
    return problems


def case_key(judged: Judgement) -> str:
    return f"{judged.package}:{judged.path}:{judged.line}:{judged.rule}"


def standing(matches: Iterable[Match]) -> dict:
    """What the rules do today on the judged cases: the judged-false cases still reported
    (known, to be fixed) and the judged-true cases found. Kept in expected.json, so that a
    change that reports a new judged-false case, or loses a true one, fails."""
    false_reported, true_found = set(), set()
    for match in matches:
        judged = match.judgement
        if judged is None or match.finding is None:
            continue
        if judged.verdict == "false":
            false_reported.add(case_key(judged))
        elif judged.verdict == "true":
            true_found.add(case_key(judged))
    return {"false_reported": sorted(false_reported), "true_found": sorted(true_found)}


def against_standing(matches: Iterable[Match], expected: Mapping) -> list[str]:
    """Regressions against expected.json (see standing)."""
    now = standing(matches)
    problems = [f"judged false, newly reported: {key}"
                for key in sorted(set(now["false_reported"]) - set(expected["false_reported"]))]
    problems += [f"judged true, no longer found: {key}"
                 for key in sorted(set(expected["true_found"]) - set(now["true_found"]))]
    return problems


def describe(item: Finding | Judgement) -> str:
    return f"{item.package}/{item.path}:{item.line} {item.rule} `{item.expression}`"


def cause_counts(judgements: Iterable[Judgement], verdict: str, kind: str | None = None
                 ) -> Counter:
    return Counter(j.cause or "?" for j in judgements
                   if j.verdict == verdict and (kind is None or j.kind == kind))


# ---------------------------------------------------------------------------------------------
# Running the linter
# ---------------------------------------------------------------------------------------------

_BACKTICKED = re.compile(r"`([^`]+)`")


def span_text(lines: Sequence[str], line: int, column: int, end_line: int, end_column: int
              ) -> str:
    """The reported span (1-based line and column, end column exclusive)."""
    if not 1 <= line <= len(lines):
        return ""
    if end_line == line:
        return lines[line - 1][column - 1:end_column - 1]
    parts = [lines[line - 1][column - 1:]]
    parts.extend(lines[n - 1] for n in range(line + 1, min(end_line, len(lines) + 1)))
    if end_line <= len(lines):
        parts.append(lines[end_line - 1][:end_column - 1])
    return "\n".join(parts)


def findings_from_report(report: Mapping, src: Path, folders: Mapping[str, str]
                         ) -> list[Finding]:
    """Findings of a --format json report whose paths start with a package folder.

    folders maps '<name>-<version>' to the package name.
    """
    cache: dict[str, list[str]] = {}
    out = []
    for raw in report.get("findings", []):
        rule = raw.get("rule")
        if rule not in RULES:
            continue
        relative = raw["path"].replace("\\", "/")
        while relative.startswith("./"):
            relative = relative[2:]
        folder, _, inner = relative.partition("/")
        if folder not in folders:
            continue
        if relative not in cache:
            try:
                text = (src / relative).read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            cache[relative] = text.splitlines()
        text = span_text(cache[relative], raw["line"], raw.get("column", 1),
                         raw.get("end_line", raw["line"]), raw.get("end_column", 1))
        message = raw.get("message", "")
        out.append(Finding(package=folders[folder], path=inner, line=raw["line"], rule=rule,
                           expression=normalize_expression(text),
                           names=tuple(_BACKTICKED.findall(message)), message=message))
    return out


def run_linter(linter: str, src: Path, folders: Sequence[str]) -> dict:
    program = shlex.split(linter)
    # The linter runs in <cache>/src, so a relative path to it (".venv/bin/python") is
    # resolved here, against the directory the user typed it in.
    if program and os.sep in program[0] and not os.path.isabs(program[0]):
        program[0] = os.path.abspath(program[0])
    command = [*program, "check", "--format", "json", "--no-cache", "--exit-zero",
               "--select", ",".join(RULES), *folders]
    try:
        done = subprocess.run(command, cwd=src, capture_output=True, text=True)
    except OSError as error:
        raise SystemExit(f"cannot run the linter ({error.strerror}): {command[0]}") from None
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"the linter exited {done.returncode}: {' '.join(command)}")
    return json.loads(done.stdout)


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def format_table(scores: Mapping[str, RuleScore]) -> str:
    head = ("| rule | findings | true | false | unsure | unjudged | precision | "
            "true cases | found | recall |")
    rows = [head, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for key in (*RULES, "overall"):
        s = scores[key]
        rows.append(f"| {key} | {s.findings} | {s.true} | {s.false} | {s.unsure} | "
                    f"{s.unjudged} | {_ratio(s.precision)} | {s.true_cases} | {s.true_found} "
                    f"| {_ratio(s.recall)} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(HERE))
    import prepare  # a sibling script

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="as for prepare.py")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS_FILE)
    parser.add_argument("--packages", type=Path, default=None,
                        help="the pinned list (default prepare.py's packages.txt)")
    parser.add_argument("--linter", default=os.environ.get("MODELRED_LINT", DEFAULT_LINTER),
                        help="the linter command (default: %(default)s, or $MODELRED_LINT); "
                             "'python -m modelred_lint' works too")
    parser.add_argument("--findings", type=Path,
                        help="read this saved --format json report (paths relative to "
                             "<cache>/src) instead of running the linter")
    parser.add_argument("--save-findings", type=Path, help="write the linter's report here")
    parser.add_argument("--window", type=int, default=DEFAULT_WINDOW,
                        help="how far (lines) a judged case may have moved (default 3)")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 on a regression against --expected: a judged-false "
                             "case newly reported, or a judged-true finding no longer found")
    parser.add_argument("--strict", action="store_true",
                        help="with --check, every judged-false finding and every unjudged "
                             "finding fails too")
    parser.add_argument("--expected", type=Path, default=HERE / "expected.json",
                        help="the standing --check compares with (default expected.json)")
    parser.add_argument("--write-standing", type=Path,
                        help="write what the rules find of the judged cases (expected.json)")
    parser.add_argument("--list", action="store_true",
                        help="list every match, miss and unjudged finding")
    args = parser.parse_args(argv)

    cache = (args.cache or prepare.default_cache()).expanduser().resolve()
    src = cache / "src"
    packages = prepare.read_packages(args.packages) if args.packages else prepare.read_packages()
    folders = {p.folder: p.name for p in packages}
    missing = [f for f in folders if not (src / f / prepare.STAMP).is_file()]
    if missing and args.findings is None:
        raise SystemExit(f"not prepared: {', '.join(missing)}; run "
                         "benchmarks/realworld/prepare.py (with the same --packages and --cache) first")
    judgements = load_judgements(args.judgements)

    if args.findings is not None:
        report = json.loads(args.findings.read_text(encoding="utf-8"))
    else:
        print(f"running {args.linter} on {len(folders)} packages in {src} ...", file=sys.stderr)
        report = run_linter(args.linter, src, sorted(folders))
    if args.save_findings is not None:
        args.save_findings.write_text(json.dumps(report, indent=1), encoding="utf-8")
    findings = findings_from_report(report, src, folders)
    matches = match_findings(findings, judgements, args.window)
    scores = score(matches)

    print(f"{len(judgements)} judgements ({sum(j.kind == 'miss' for j in judgements)} from the "
          f"miss hunt), {len(findings)} findings of {', '.join(RULES)}")
    print()
    print(format_table(scores))
    unjudged = [m.finding for m in matches if m.finding is not None and m.judgement is None]
    moved = [m for m in matches if m.finding and m.judgement and m.how != "expression"]
    if unjudged:
        print(f"\n{len(unjudged)} unjudged findings (judge them in judgements.yaml):")
        for finding in unjudged:
            print(f"  {describe(finding)}  {finding.message[:100]}")
    if moved:
        print(f"\n{len(moved)} matched by position rather than the same expression:")
        for m in moved:
            print(f"  {describe(m.finding)} ~ judged `{m.judgement.expression}` ({m.how})")
    if args.list:
        print("\nevery case:")
        for m in matches:
            item = m.judgement or m.finding
            state = ("reported" if m.finding else "not reported")
            verdict = m.judgement.verdict if m.judgement else "unjudged"
            print(f"  {verdict:8} {state:12} {describe(item)}")
    if args.write_standing is not None:
        args.write_standing.write_text(json.dumps(standing(matches), indent=1) + "\n", encoding="utf-8")
    if args.check:
        # The same comparison as tests/test_realworld_regression.py: against the standing
        # (expected.json), so that the judged-false findings still known to be reported do
        # not hide a new one. --strict asks for the absolute bar: no judged-false finding at
        # all, and none unjudged.
        expected = json.loads(args.expected.read_text(encoding="utf-8"))
        problems = against_standing(matches, expected)
        if args.strict:
            problems += regressions(matches, strict=True)
        else:
            known = [m for m in matches if m.finding is not None and m.judgement is not None
                     and m.judgement.verdict == "false"]
            if known:
                print(f"\n{len(known)} judged-false findings still reported (known, in "
                      f"{args.expected.name}; --strict fails on them):")
                for m in known:
                    print(f"  {describe(m.judgement)} ({m.judgement.reason})")
        if problems:
            print(f"\ncheck failed: {len(problems)} regressions")
            for line in problems:
                print(f"  {line}")
            return 1
        print("\ncheck passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
