"""The `real-llm` corpus and the measurements on it that no whole-run timing gives (issue 12).

    python benchmarks/real_llm.py prefilter DIR      # prefilter CPU alone, one process (JSON)
    python benchmarks/real_llm.py prefilter DIR --save-codes F     # ... and each file's codes and focus, kept
    python benchmarks/real_llm.py prefilter DIR --compare-codes F  # ... and the files whose codes or focus differ
    python benchmarks/real_llm.py per-file DIR [N]   # our CPU vs LibCST's parse, per file (JSON)
    python benchmarks/real_llm.py per-file DIR --all # ... for every file the prefilter passes

The corpus is benchmarks/realworld's pinned set (823 packages that handle LLM keys, 622 of them
small llama-index integrations; 275 MB of .py), downloaded and hash-checked by its prepare
step, then hard-linked (copied where links cannot be made) into the benchmark's corpora folder
so that the tools run outside any project.

Both measurements run in a process of their own, with the project's plan for DIR as the
command line would build it (its default rules), and time CPU with time.process_time():
- `prefilter`: for every .py file, what the engine does before it would call LibCST
  (decode the bytes, then `plan.prefilter.decide` with the file's path, as the engine
  calls it); reading the file is outside the timing, reading a module it imports from
  (for the records it imports, flow_scan.imported_records) inside it.
  The CPU of its two structural stages is given apart (`cpython_parse_cpu_s`: CPython's
  parse; `flow_walk_cpu_s`: the flow scan's walk of that tree; the rest is the stages on
  the text). Also counts the files (and bytes) that pass, which codes let them through, and the
  files an exact stage had CPython parse (`parsed_by_cpython`; a file CPython could not
  parse is not counted), and the files, bytes and CPU by what became of each file
  (`by_outcome`: passed; stopped after CPython parsed it; stopped on its text). `--save-codes F` writes each passing file's codes to F (JSON,
  by path in the corpus), with the focus an exact stage gave (the places of the functions
  the rule need interpret, by code; see Trigger.focus); `--compare-codes F` reads such a
  file and reports each file whose codes differ (`codes_changed`: path -> [before, now])
  and each whose focus differs for a code it has in both (`focus_changed`: path -> code ->
  [before, now]; a file saved before the focus was kept, a list of codes, is compared by
  its codes alone). A change meant only to make the prefilter cheaper must leave both
  empty, whatever the timing says: the codes alone do not show a narrower focus, which
  loses the findings of the functions it leaves out.
- `per-file`: the files the prefilter passes (the others cost only the prefilter): the N
  largest and N more drawn with a fixed seed, or with `--all` every one of them; for
  each, `libcst.parse_module` on its bytes and `engine.lint_bytes` on them, run in turns
  until each has run 5 times and 0.3 s, the fastest of each kept (in turns, so that other
  work on the shared machine slows both alike). The worst ratios come first, and
  `summary` gives their spread: the median, the 90th percentile, the worst and how many
  files are over the issue's limit (PER_FILE_LIMIT). The sample is what a whole run can
  afford (a few minutes); `--all` says whether the worst of it stands for the rest (on
  real-llm, a quarter of an hour).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
REALWORLD = HERE / "realworld"
# Issue 12: on any single file, our CPU at most this many times LibCST's parse of it.
PER_FILE_LIMIT = 3.0


def recipe() -> dict:
    """What the corpus is built from: the pinned list (its hash) and the prepare script."""
    return {"packages": hashlib.sha256((REALWORLD / "packages.txt").read_bytes()).hexdigest()}


def prepare_corpus(dest: Path, say=print) -> None:
    """Download (or reuse) the pinned set with realworld/prepare.py, then link it into dest."""
    sys.path.insert(0, str(REALWORLD))
    import prepare  # noqa: E402  (realworld/prepare.py: a script, not a package)

    src = prepare.prepare(prepare.default_cache(), prepare.read_packages(), say=say)
    for package in sorted(p for p in src.iterdir() if p.is_dir()):
        for root, _, files in os.walk(package):
            rel = Path(root).relative_to(src)
            for name in files:
                if not name.endswith(".py"):
                    continue
                (dest / rel).mkdir(parents=True, exist_ok=True)
                try:
                    os.link(Path(root) / name, dest / rel / name)
                except OSError:
                    shutil.copyfile(Path(root) / name, dest / rel / name)


def python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if p.is_file())


def _plan(folder: Path):
    from modelred_lint.api import Project

    return Project.for_path(folder).plan


class _StageClock:
    """The CPU the prefilter spends in its two structural stages, CPython's parse
    (`triggers.python_tree`) and the flow scan's walk of the tree (`_ScopeScan.verdict`),
    timed by wrapping them for the measurement: every module of the project that holds
    `python_tree` gets the same wrapper (so a stage's memo, keyed by the function, is
    still shared), and the class's `verdict` is wrapped. What is left of the prefilter's
    CPU is its stages on the text. Two clock reads a call: a few microseconds a file."""

    def __init__(self) -> None:
        self.parse_s = 0.0
        self.walk_s = 0.0
        self._undo: list = []

    def __enter__(self) -> "_StageClock":
        from modelred_lint import flow_scan, triggers

        original = triggers.python_tree

        def python_tree(scan):
            start = time.process_time()
            try:
                return original(scan)
            finally:
                self.parse_s += time.process_time() - start

        for name, module in list(sys.modules.items()):
            if (name == "modelred_lint" or name.startswith("modelred_lint.")) and getattr(module, "python_tree", None) is original:
                self._undo.append((module, "python_tree", original))
                module.python_tree = python_tree
        verdict = flow_scan._ScopeScan.verdict
        depth = [0]  # (a file's walk may scan a module it imports from: timed once, in the outer)

        def timed_verdict(scanner, *args, **kwargs):
            depth[0] += 1
            start = time.process_time()
            try:
                return verdict(scanner, *args, **kwargs)
            finally:
                depth[0] -= 1
                if not depth[0]:
                    self.walk_s += time.process_time() - start

        self._undo.append((flow_scan._ScopeScan, "verdict", verdict))
        flow_scan._ScopeScan.verdict = timed_verdict
        return self

    def __exit__(self, *exc) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)


def measure_prefilter(folder: Path, codes_of: Optional[dict] = None) -> dict:
    """See the module's docstring; `codes_of`, where given, takes each passing file's
    codes (sorted) and focus by its path in the corpus (see _kept)."""
    plan = _plan(folder)
    with _StageClock() as clock:
        out = _measure_prefilter(folder, plan, codes_of)
    out["cpython_parse_cpu_s"], out["flow_walk_cpu_s"] = clock.parse_s, clock.walk_s
    return out


def _measure_prefilter(folder: Path, plan, codes_of: Optional[dict]) -> dict:
    from modelred_lint.source import SourceError, decode_source
    from modelred_lint.triggers import take_python_tree

    candidates = plan.enabled - {"MR000"}
    files = total_bytes = parsed = 0
    by_code: dict[str, int] = {}
    # Where the CPU goes, by what became of the file: passed to LibCST, stopped after
    # CPython parsed it (the structural stages' cost with nothing to show for it), or
    # stopped on its text. [files, bytes, CPU s] each.
    outcomes = {"passed": [0, 0, 0.0], "stopped_after_parse": [0, 0, 0.0], "stopped_on_text": [0, 0, 0.0]}
    for path in python_files(folder):
        data = path.read_bytes()
        files += 1
        total_bytes += len(data)
        start = time.process_time()
        text = None
        try:
            text = decode_source(data).text
            codes, focus = plan.prefilter.decide(text, candidates, str(path))
        except SourceError:
            codes, focus = set(), {}
        took = time.process_time() - start
        # (outside the timing) did an exact stage have CPython parse it? The prefilter keeps
        # the tree for the depth check; taking it here lets it go, as that check would.
        was_parsed = text is not None and take_python_tree(text) is not None
        parsed += was_parsed
        outcome = outcomes["passed" if codes else "stopped_after_parse" if was_parsed else "stopped_on_text"]
        outcome[0] += 1
        outcome[1] += len(data)
        outcome[2] += took
        if codes:
            if codes_of is not None:
                codes_of[path.relative_to(folder).as_posix()] = _kept(codes, focus)
            for code in codes:
                by_code[code] = by_code.get(code, 0) + 1
    passed, passed_bytes, _ = outcomes["passed"]
    cpu = sum(spent for _, _, spent in outcomes.values())
    return {"files": files, "bytes": total_bytes, "prefilter_cpu_s": cpu, "parsed_by_cpython": parsed, "passed_files": passed,
            "passed_bytes": passed_bytes, "passed_by_code": dict(sorted(by_code.items())),
            "by_outcome": {name: {"files": n, "bytes": size, "cpu_s": spent} for name, (n, size, spent) in outcomes.items()}}


def _kept(codes, focus: dict) -> dict:
    """A passing file's codes and focus as --save-codes writes them: the focus's places
    sorted, None where the code may fire anywhere."""
    return {"codes": sorted(codes),
            "focus": {code: None if places is None else sorted(places) for code, places in sorted(focus.items())}}


def compare_kept(before: dict, now: dict) -> tuple[dict, dict]:
    """(codes_changed, focus_changed) between two --save-codes files' contents (see the
    module's docstring). A file's entry may be a list of codes alone (the form saved
    before the focus was kept): its focus is then not compared."""
    def codes(entry) -> list:
        return entry if isinstance(entry, list) else entry.get("codes", []) if entry else []

    codes_changed, focus_changed = {}, {}
    for path in sorted(set(before) | set(now)):
        old, new = before.get(path), now.get(path)
        if codes(old) != codes(new):
            codes_changed[path] = [codes(old), codes(new)]
        if isinstance(old, dict) and isinstance(new, dict):
            shared = set(codes(old)) & set(codes(new))
            moved = {code: [old["focus"].get(code), new["focus"].get(code)] for code in sorted(shared)
                     if old["focus"].get(code) != new["focus"].get(code)}
            if moved:
                focus_changed[path] = moved
    return codes_changed, focus_changed


def _fastest_pair(first, second, budget: float = 0.3, runs: int = 5) -> tuple[float, float]:
    """The fastest CPU time of each, run in turns (so that other work on the machine
    falls on both alike) until both have run `runs` times and `budget` seconds."""
    best = [float("inf"), float("inf")]
    spent = [0.0, 0.0]
    done = 0
    while done < runs or min(spent) < budget:
        for index, work in enumerate((first, second)):
            start = time.process_time()
            work()
            took = time.process_time() - start
            best[index] = min(best[index], took)
            spent[index] += took
        done += 1
    return best[0], best[1]


def measure_per_file(folder: Path, n: Optional[int]) -> dict:
    """n: how many of the largest passing files, and as many random ones; None: all."""
    import libcst

    from modelred_lint.engine import lint_bytes
    from modelred_lint.source import SourceError, decode_source

    plan = _plan(folder)
    candidates = plan.enabled - {"MR000"}
    passing = []
    for path in python_files(folder):
        data = path.read_bytes()
        try:
            if plan.prefilter.codes_for(decode_source(data).text, candidates, str(path)):
                passing.append((len(data), path))
        except SourceError:
            pass
    passing.sort(reverse=True)
    if n is None:
        chosen = passing
    else:
        chosen = passing[:n]
        rest = passing[n:]
        chosen += random.Random(20261130).sample(rest, min(n, len(rest)))
    rows = []
    for size, path in chosen:
        data = path.read_bytes()
        try:
            libcst.parse_module(data)
        except Exception:  # noqa: BLE001 - LibCST cannot parse it: no floor to compare with
            continue
        parse, ours = _fastest_pair(lambda: libcst.parse_module(data), lambda: lint_bytes(str(path), data, plan))
        rows.append({"path": str(path.relative_to(folder)), "bytes": size, "parse_cpu_s": parse,
                     "ours_cpu_s": ours, "ratio": ours / parse if parse > 0 else float("inf")})
    rows.sort(key=lambda r: -r["ratio"])
    # (`chosen`: "all", or the count of each kind; `measured` may be fewer than chosen:
    # a file LibCST cannot parse has no floor to compare with)
    return {"passing_files": len(passing), "chosen": "all" if n is None else n, "measured": len(rows),
            "rows": rows, "summary": ratio_summary(rows)}


def ratio_summary(rows: list) -> dict:
    """The spread of the ratios measured (rows worst first): median, 90th percentile (the
    nearest rank), worst, and how many files are over PER_FILE_LIMIT."""
    ratios = sorted(r["ratio"] for r in rows)
    if not ratios:
        return {}

    def rank(q: float) -> float:
        return ratios[max(0, math.ceil(len(ratios) * q) - 1)]

    return {"median": rank(0.5), "p90": rank(0.9), "worst": ratios[-1], "limit": PER_FILE_LIMIT,
            "over_limit": sum(r > PER_FILE_LIMIT for r in ratios)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python benchmarks/real_llm.py",
                                     description="Measurements on the real-llm corpus (issue 12).")
    measures = parser.add_subparsers(dest="what", required=True)
    prefilter = measures.add_parser("prefilter", help="prefilter CPU alone, one process")
    prefilter.add_argument("folder", type=Path)
    kept = prefilter.add_mutually_exclusive_group()
    kept.add_argument("--save-codes", type=Path, metavar="FILE", help="write each passing file's codes and focus to FILE")
    kept.add_argument("--compare-codes", type=Path, metavar="FILE",
                      help="report the files whose codes or focus differ from FILE's")
    per_file = measures.add_parser("per-file", help="our CPU vs LibCST's parse, per file")
    per_file.add_argument("folder", type=Path)
    per_file.add_argument("n", type=int, nargs="?", default=20, help="files of each kind (default 20)")
    per_file.add_argument("--all", action="store_true", help="every file the prefilter passes (N is then not read)")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"not a folder: {args.folder} (the corpus is made by benchmarks/run.py's preparation)")
    if args.what == "per-file":
        print(json.dumps(measure_per_file(args.folder, None if args.all else args.n)))
        return 0
    before = None
    if args.compare_codes is not None:
        try:
            before = json.loads(args.compare_codes.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            parser.error(f"cannot read the codes to compare with: {args.compare_codes} ({exc})")
        if not isinstance(before, dict) or not all(isinstance(v, list) or (
                isinstance(v, dict) and isinstance(v.get("codes"), list) and isinstance(v.get("focus"), dict))
                for v in before.values()):
            parser.error(f"not a file of codes by path: {args.compare_codes}")
    codes_of: Optional[dict] = {} if args.save_codes is not None or before is not None else None
    out = measure_prefilter(args.folder, codes_of)
    if args.save_codes is not None:
        args.save_codes.write_text(json.dumps(codes_of, sort_keys=True), encoding="utf-8")
    if before is not None:
        out["codes_changed"], out["focus_changed"] = compare_kept(before, codes_of)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
