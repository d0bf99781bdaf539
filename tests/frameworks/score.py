"""Score MR010 on the framework corpus (issue 11): per framework and overall TP/FP/FN,
precision and recall, matching findings to labels.yaml by (file, line).

    python tests/frameworks/score.py            # runs modelred-lint --format json on this folder
    python tests/frameworks/score.py --json out.json   # scores a saved JSON report ('-': stdin)
    python tests/frameworks/score.py -v         # also lists every false positive and miss

The functions are importable (tests/test_frameworks.py lints in-process with them).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LABELS = HERE / "labels.yaml"
RULE = "MR010"

Location = tuple[str, int]  # (file name relative to the corpus folder, 1-based line)


def load_labels(path: Path = LABELS) -> dict[str, dict]:
    """{file: {"framework": str, "findings": [{line, arg, why}], "validated": [...]}}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for name, entry in data.items():
        entry.setdefault("findings", [])
        entry.setdefault("validated", [])
    return data


def expected_locations(labels: dict[str, dict]) -> set[Location]:
    return {(name, int(item["line"])) for name, entry in labels.items() for item in entry["findings"]}


def corpus_files(root: Path = HERE) -> list[Path]:
    """The app modules: every .py file of the folder but this scorer."""
    return sorted(p for p in root.glob("*.py") if p.name != Path(__file__).name)


def lint_in_process(root: Path = HERE) -> tuple[set[Location], list[Location]]:
    """MR010 findings of the corpus through the library's stable entry point, and the
    files that could not be analysed (MR000), which would otherwise look like misses."""
    from modelred_lint.api import Project

    project = Project.for_path(root, select=[RULE])
    found: set[Location] = set()
    broken: list[Location] = []
    for path in corpus_files(root):
        for finding in project.lint(path.name, path.read_text(encoding="utf-8")):
            if finding.rule == RULE:
                found.add((path.name, finding.line))
            elif finding.rule == "MR000":
                broken.append((path.name, finding.line))
    return found, broken


def findings_from_json(report: dict, root: Path = HERE) -> tuple[set[Location], list[Location]]:
    """The MR010 locations of a `--format json` report (paths as the CLI printed them,
    relative to where it ran or absolute), and its MR000 ones."""
    found: set[Location] = set()
    broken: list[Location] = []
    for item in report.get("findings", []):
        name = Path(item["path"]).name
        if item["rule"] == RULE:
            found.add((name, int(item["line"])))
        elif item["rule"] == "MR000":
            broken.append((name, int(item["line"])))
    return found, broken


def lint_with_cli(root: Path = HERE) -> dict:
    """Run the installed CLI the way a user would and return its JSON report."""
    exe = REPO / ".venv" / "bin" / "modelred-lint"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "modelred_lint"]
    target = os.path.relpath(root, REPO)
    proc = subprocess.run(
        [*command, "--format", "json", "--no-cache", "--select", RULE, target],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if proc.returncode not in (0, 1):  # 1 means findings; anything else is a failure
        raise RuntimeError(f"modelred-lint exited {proc.returncode}: {proc.stderr.strip()[:500]}")
    return json.loads(proc.stdout)


@dataclass
class Score:
    tp: int = 0
    fp: list[Location] = field(default_factory=list)
    fn: list[Location] = field(default_factory=list)

    @property
    def precision(self) -> float:
        reported = self.tp + len(self.fp)
        return self.tp / reported if reported else 1.0

    @property
    def recall(self) -> float:
        wanted = self.tp + len(self.fn)
        return self.tp / wanted if wanted else 1.0


def score(expected: set[Location], found: set[Location], files: Iterable[str]) -> dict[str, Score]:
    """One Score per file, plus "overall". A finding in a file with no labels is a false
    positive of that file."""
    files = sorted(set(files) | {name for name, _ in found} | {name for name, _ in expected})
    result: dict[str, Score] = {}
    for name in files:
        want = {loc for loc in expected if loc[0] == name}
        got = {loc for loc in found if loc[0] == name}
        result[name] = Score(len(want & got), sorted(got - want), sorted(want - got))
    result["overall"] = Score(
        sum(s.tp for s in result.values()),
        sorted(loc for s in list(result.values()) for loc in s.fp),
        sorted(loc for s in list(result.values()) for loc in s.fn),
    )
    return result


def _why(labels: dict[str, dict], loc: Location) -> str:
    """What the labels say about a line: the true case it is, or the validated one."""
    entry = labels.get(loc[0], {})
    for kind in ("findings", "validated"):
        for item in entry.get(kind, []):
            if int(item["line"]) == loc[1]:
                return f"[{kind}] {item['arg']}: {item['why']}"
    return "(unlabelled line)"


def render(labels: dict[str, dict], scores: dict[str, Score], verbose: bool = False) -> str:
    rows = [f"{'file':<22} {'framework':<52} {'TP':>3} {'FP':>3} {'FN':>3} {'prec':>5} {'rec':>5}"]
    for name, s in scores.items():
        framework = labels.get(name, {}).get("framework", "") if name != "overall" else ""
        rows.append(
            f"{name:<22} {framework[:52]:<52} {s.tp:>3} {len(s.fp):>3} {len(s.fn):>3} "
            f"{s.precision:>5.2f} {s.recall:>5.2f}"
        )
    if verbose:
        overall = scores["overall"]
        rows.append("")
        rows += [f"FP {f}:{line}  {_why(labels, (f, line))}" for f, line in overall.fp]
        rows += [f"FN {f}:{line}  {_why(labels, (f, line))}" for f, line in overall.fn]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="score this saved --format json report ('-' for stdin) instead of running the CLI")
    parser.add_argument("--in-process", action="store_true", help="lint through modelred_lint.api, not the CLI")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every false positive and miss")
    args = parser.parse_args(argv)

    labels = load_labels()
    if args.in_process:
        found, broken = lint_in_process()
    else:
        if args.json == "-":
            report = json.load(sys.stdin)
        elif args.json:
            report = json.loads(Path(args.json).read_text(encoding="utf-8"))
        else:
            report = lint_with_cli()
        found, broken = findings_from_json(report)
    for name, line in broken:
        print(f"warning: {name}:{line} was not analysed (MR000); its cases count as misses", file=sys.stderr)
    scores = score(expected_locations(labels), found, [p.name for p in corpus_files()])
    print(render(labels, scores, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
