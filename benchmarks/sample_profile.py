"""Where a lint's CPU goes, by sampling: a statistical profile of `engine.lint_bytes` (or of
the prefilter alone) over the .py files under the given paths.

    python benchmarks/sample_profile.py PATH [PATH ...] [--runs N] [--prefilter]
                                        [--under FUNC ...] [--top N] [--json FILE]

Why not cProfile: it charges every Python call a fixed overhead, so a function called a
million times looks several times dearer than it is, and a change that removes such calls
looks like a gain it is not. Here the interpreter is interrupted every `--interval`
seconds of the process's CPU (ITIMER_PROF; the kernel may tick less often: the report
gives the CPU sampled and the samples taken) and the stack is read: each function's share
of the samples is its share of the CPU, within the sampling's error (a share p of n
samples is known to about sqrt(p(1 - p)/n)). Two readings of it:
- inclusive: the samples with the function anywhere on the stack (each function once per
  sample, however deep its recursion);
- self: the samples taken in the function itself. C code is charged to the Python frame
  that called it: LibCST's parser (native) shows as the node constructors it calls back,
  `<string>:__init__`; CPython's parse as `ast.py:parse`.
`--under FUNC` (as printed, `file.py:name`) also splits FUNC's inclusive samples by the
function it was running below it.

The files are read first and each is linted once before sampling (the run's one-time costs
left out); then every file is linted `--runs` times. Only a ranking and shares: to tell
whether a change gains, time it in turns against the code before it (real_llm.py per-file
does for single files); a share here says where to look, not what a change will save.
"""

from __future__ import annotations

import argparse
import collections
import json
import signal
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from real_llm import _plan, python_files  # noqa: E402


def _frame_name(frame) -> str:
    code = frame.f_code
    name = f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}"
    # (comprehensions and lambdas by where they start: one module holds many)
    return f"{name}@{code.co_firstlineno}" if code.co_name.startswith("<") else name


class Sampler:
    def __init__(self, unders: tuple[str, ...] = ()) -> None:
        self.samples = 0
        self.inclusive: collections.Counter = collections.Counter()
        self.own: collections.Counter = collections.Counter()
        self.below = {under: collections.Counter() for under in unders}

    def take(self, signum, frame) -> None:
        self.samples += 1
        self.own[_frame_name(frame)] += 1
        seen: set[str] = set()
        callee = "(itself)"
        while frame is not None:
            name = _frame_name(frame)
            if name not in seen:
                seen.add(name)
                self.inclusive[name] += 1
                split = self.below.get(name)
                if split is not None:
                    split[callee] += 1
            callee = name
            frame = frame.f_back

    def __enter__(self) -> "Sampler":
        signal.signal(signal.SIGPROF, self.take)
        return self

    def start(self, interval: float) -> None:
        signal.setitimer(signal.ITIMER_PROF, interval, interval)

    def __exit__(self, *exc) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)

    def report(self, top: int) -> dict:
        n = max(self.samples, 1)

        def shares(counter) -> list:
            return [[name, round(count / n, 4)] for name, count in counter.most_common(top)]

        return {"samples": self.samples, "inclusive": shares(self.inclusive), "self": shares(self.own),
                "under": {name: shares(split) for name, split in self.below.items()}}


def _work(paths: list[Path], prefilter: bool):
    """The files' texts and the function that lints (or prefilters) one."""
    from modelred_lint.engine import lint_bytes
    from modelred_lint.source import SourceError, decode_source
    from modelred_lint.triggers import take_python_tree

    files = [f for p in paths for f in (python_files(p) if p.is_dir() else [p])]
    if not files:
        raise SystemExit("sample_profile.py: no .py file under the paths given")
    first = paths[0]
    plan = _plan(first if first.is_dir() else first.parent)
    if not prefilter:
        items = [(str(f), f.read_bytes()) for f in files]
        return items, lambda path, data: lint_bytes(path, data, plan)
    candidates = plan.enabled - {"MR000"}
    items = []
    for f in files:
        try:
            items.append((str(f), decode_source(f.read_bytes()).text))
        except SourceError:
            pass

    def decide(path: str, text: str) -> None:
        plan.prefilter.decide(text, candidates, path)
        take_python_tree(text)  # (the engine's depth check would take the tree: let it go)

    return items, decide


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python benchmarks/sample_profile.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3, help="lints of every file sampled (default 3)")
    parser.add_argument("--interval", type=float, default=0.0005, help="CPU seconds between samples (default 0.0005)")
    parser.add_argument("--prefilter", action="store_true", help="sample the prefilter alone, not the whole lint")
    parser.add_argument("--under", action="append", default=[], metavar="FUNC",
                        help="split FUNC's samples by the function below it (file.py:name)")
    parser.add_argument("--top", type=int, default=40, help="functions listed (default 40)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the shares as JSON")
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    if args.runs < 1 or args.interval <= 0:
        parser.error("--runs must be at least 1 and --interval above 0")
    items, one = _work(args.paths, args.prefilter)
    for path, data in items:
        one(path, data)
    with Sampler(tuple(args.under)) as sampler:
        start = time.process_time()
        sampler.start(args.interval)
        for _ in range(args.runs):
            for path, data in items:
                one(path, data)
        cpu = time.process_time() - start
    report = sampler.report(args.top)
    report.update(files=len(items), runs=args.runs, interval_s=args.interval, cpu_s=round(cpu, 3),
                  measured=("prefilter.decide" if args.prefilter else "engine.lint_bytes"))
    every = cpu / report["samples"] * 1000 if report["samples"] else float("inf")
    print(f"{report['samples']} samples of {report['measured']}: {len(items)} files x {args.runs} runs, "
          f"{cpu:.2f} s of CPU, one sample every {every:.2f} ms of it ({args.interval * 1000:g} ms asked)")
    for title, rows in (("inclusive", report["inclusive"]), ("self", report["self"]),
                        *((f"under {name}", rows) for name, rows in report["under"].items())):
        print(f"\n{title}")
        for name, share in rows:
            print(f"{share * 100:6.1f} %  {name}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
