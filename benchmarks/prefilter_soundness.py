"""Does the prefilter change a finding on real code? (issue 12; the tests check the fixtures)

    python benchmarks/prefilter_soundness.py DIR [--sample 300] [--seed N] [--all]
                                             [--report REPORT.json]

Lints files of DIR twice, with and without the prefilter (`--no-prefilter`), every rule
enabled, and lists each file whose findings differ (rule, line, column and message; keys
are never printed: messages hold them redacted). The sample is drawn, with a fixed seed,
from the files where the prefilter has something to decide: those whose quick stages pass
for a rule with an exact stage (MR020/MR021 on CPython's tree, for instance), i.e. where a
too-narrow exact stage would lose a finding. `--all` lints every file instead;
`--report` the files of a `--format json` report (paths relative to DIR) that hold a
finding, so that every file where a rule is known to fire is checked.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes
from modelred_lint.source import SourceError, decode_source
from modelred_lint.triggers import ScanText


def staged(plan: Plan, text: str) -> bool:
    scan = ScanText(text, plan.knowledge)
    return any(t.exact is not None and t.quick(scan) for found in plan.prefilter.triggers.values() for t in found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--report", type=Path)
    args = parser.parse_args(argv)
    ids = load_catalogue().ids
    with_pf, without = Plan.build(ids), Plan.build(ids, use_prefilter=False)
    files = sorted(p for p in args.folder.rglob("*.py") if p.is_file())
    if args.report:
        import json

        report = json.loads(args.report.read_text())
        files = sorted({args.folder / f["path"] for f in report["findings"]
                        if (args.folder / f["path"]).is_file()})
        print(f"{len(files)} files with a finding in {args.report}", flush=True)
    elif not args.all:
        candidates = []
        for path in files:
            try:
                if staged(with_pf, decode_source(path.read_bytes()).text):
                    candidates.append(path)
            except (SourceError, OSError):
                pass
        files = sorted(random.Random(args.seed).sample(candidates, min(args.sample, len(candidates))))
        print(f"{len(candidates)} files with an exact stage to decide; {len(files)} drawn", flush=True)
    differ = 0
    findings = 0
    start = time.perf_counter()
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as error:  # (gone or unreadable since it was listed: said, and skipped)
            print(f"SKIPPED {path}: {error.strerror or error}", flush=True)
            continue
        a = [(f.rule, f.line, f.col, f.message) for f in lint_bytes(str(path), data, with_pf).findings]
        b = [(f.rule, f.line, f.col, f.message) for f in lint_bytes(str(path), data, without).findings]
        findings += len(b)
        if a != b:
            differ += 1
            print(f"DIFFERS {path}: only without the prefilter {sorted(set(b) - set(a))[:5]}; "
                  f"only with it {sorted(set(a) - set(b))[:5]}", flush=True)
    print(f"{len(files)} files, {findings} findings without the prefilter, {differ} files differ "
          f"({time.perf_counter() - start:.0f} s)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
