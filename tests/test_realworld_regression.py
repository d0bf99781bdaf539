"""The hand judgements of the message rules on real code, as a regression test.

The files of the pinned public packages (benchmarks/realworld) that hold a judged case are
linted, and the verdicts are compared with benchmarks/realworld/expected.json: a
judged-false case that is reported and is not a known one, or a judged-true case found
before and no longer found, fails. The wheels are downloaded (pinned, hash-checked) into
the user's cache on the first run; `benchmarks/realworld/evaluate.py` runs the whole set.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import load_script

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT / "benchmarks" / "realworld"


def _load(name: str):
    return load_script(REALWORLD / f"{name}.py", f"realworld_regression_{name}")


evaluate = _load("evaluate")
prepare = _load("prepare")


def _judged_files(judgements, packages) -> tuple[Path, list[str]]:
    """Fetch and unpack the packages that hold judged cases; the judged files' paths."""
    by_name = {p.name: p for p in packages}
    cache = prepare.default_cache()
    wheels, src = cache / "wheels", cache / "src"
    wheels.mkdir(parents=True, exist_ok=True)
    src.mkdir(parents=True, exist_ok=True)
    quiet = lambda *args, **kwargs: None  # noqa: E731
    for name in sorted({j.package for j in judgements}):
        package = by_name[name]
        if not (src / package.folder / prepare.STAMP).is_file():
            prepare.unpack(package, prepare.fetch(package, wheels, quiet), src, quiet)
    files = sorted({f"{by_name[j.package].folder}/{j.path}" for j in judgements})
    return src, files


def test_judged_verdicts_hold_on_real_code():
    judgements = evaluate.load_judgements()
    packages = prepare.read_packages()
    src, files = _judged_files(judgements, packages)
    command = [sys.executable, "-m", "modelred_lint", "check", "--format", "json", "--no-cache",
               "--exit-zero", "--select", ",".join(evaluate.RULES), *files]
    done = subprocess.run(command, cwd=src, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["files_checked"] == len(files)
    folders = {p.folder: p.name for p in packages}
    findings = evaluate.findings_from_report(report, src, folders)
    matches = evaluate.match_findings(findings, judgements)
    table = evaluate.format_table(evaluate.score(matches))
    print(table)  # the figures measured, shown with -s or on failure
    expected = json.loads((REALWORLD / "expected.json").read_text(encoding="utf-8"))
    problems = evaluate.against_standing(matches, expected)
    assert not problems, "\n".join([table, *problems])
    overall = evaluate.score(matches)["overall"]
    # The targets of issue 10 on this set are precision 0.9 and recall 0.7; these floors
    # are what the rules reach today, so that no change quietly loses ground: 0.93 / 0.52
    # on the 823 packages, 112 of 216 true cases found (0.58 without one generated shape;
    # the seventeenth to nineteenth held-out batches brought eleven true cases, one of them
    # found; 0.93 / 0.54 on the 713 before them, 111 of 205, 0.62 without one generated shape
    # repeated 24 times in one package of the fourteenth to sixteenth held-out batches,
    # which brought 37 true cases, one of them found, and 622 llama-index integrations;
    # 0.95 / 0.65 on the 81 before them, 109 of 168; 0.95 / 0.66 on the 70 before the
    # eleventh to thirteenth held-out batches added twenty-nine true cases, seventeen of
    # them found; 0.95 / 0.70 on the 59 before the ninth and tenth added fifteen, four of
    # them found; 0.94 / 0.62 before method summaries, late class attributes and replies
    # read after they are logged). expected.json pins each case besides.
    assert overall.recall is not None and overall.recall >= 0.51, table
    assert overall.precision is not None and overall.precision >= 0.92, table
