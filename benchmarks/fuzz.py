"""Fuzzing harness (issue 13): generated programs with rule-targeted code spliced in,
linted and fixed, with what must hold checked on every one.

Programs come from hypothesmith (valid Python drawn from CPython's grammar: odd
whitespace, comments with any character, deep nesting), generated deterministically
(a fixed seed). Into each, at a statement boundary (top level or inside a function or
class body), go one to three snippets: the catalogue's INVALID examples, and snippets
with keys made up here (a seeded random.Random: never an issued key) bound to names,
passed to the SDK, logged and raised. Each program is then

- linted (no internal error: a traceback inside the engine becomes an MR000 "internal
  error" finding, which counts as a crash here),
- fixed with unsafe fixes on (no internal error), and when the fix changed it:
- fixed again, which must change nothing;
- the fixed text must compile with this Python and, if the program did, parse as
  Python 3.10 grammar (`ast.parse(..., feature_version=(3, 10))`, the oldest Python the
  project supports);
- a key the original lint reported (MR001-MR004) that is still in the fixed text must
  still be reported: a fix never leaves a whole key behind as fixed.

Problems are described without the program's keys (each one redacted), so that a
failure prints none.

    python benchmarks/fuzz.py --examples 3000        # the larger run, on demand
    python benchmarks/fuzz.py --examples 200 --seed 7

tests/test_fuzz.py runs a small sample of this in CI.
"""

from __future__ import annotations

import argparse
import ast
import random
import re
import string
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

KEY_RULES = ("MR001", "MR002", "MR003", "MR004")
PATH = "fuzz_target.py"
# Whatever looks like a key in a snippet (the catalogue's examples hold invented keys).
KEY_SHAPE = re.compile(r"(?:mr_|sk-|hf_|xai-|AIza|AKIA|ASIA)[A-Za-z0-9_\-]{12,}")
_ALNUM = string.ascii_letters + string.digits


# -- snippets ------------------------------------------------------------------------------------


class Keys:
    """Made-up keys in the formats the rules know, from a seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _run(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def modelred(self) -> str:
        return "mr_" + self.rng.choice(("", "live_", "test_")) + self._run(_ALNUM, 32)

    def openai(self) -> str:
        return "sk-proj-" + self._run(_ALNUM, 48)

    def huggingface(self) -> str:
        return "hf_" + self._run(string.ascii_letters, 34)

    def aws(self) -> str:
        return "AKIA" + self._run(string.ascii_uppercase + string.digits, 16)


# Function-level snippets name their parameters; `{mr}`, `{sk}`, `{hf}`, `{aws}` are keys.
TEMPLATES = (
    'API_KEY = "{mr}"',
    'MODELRED_API_KEY = "{mr}"',
    'OPENAI_API_KEY = "{sk}"',
    'creds = {{"aws_access_key_id": "{aws}", "hf_token": "{hf}"}}',
    'headers = {{"Authorization": "Bearer {sk}"}}',
    'from modelred import ModelRed\nclient = ModelRed(api_key="{mr}")',
    'import modelred\nclient = modelred.ModelRed(api_key="{mr}", base_url="http://api.modelred.ai")',
    'import os\nfrom modelred import ModelRed\nclient = ModelRed(api_key=os.environ.get("MODELRED_API_KEY", "{mr}"))',
    'import logging\nlogger = logging.getLogger(__name__)\ndef _use(api_key):\n'
    '    logger.info("using key %s", api_key)\n    raise ValueError(f"bad key {{api_key}}")',
    'def _send(secret_token):\n    print(f"token={{secret_token}}")\n    return secret_token',
    'class Settings:\n    api_key: str = "{mr}"\n    def show(self):\n        raise RuntimeError("key: " + self.api_key)',
    'def _connect(password):\n    import logging\n    logging.warning("login with %r", password)',
    'token = "{hf}"\nprint(token)',
)


def catalogue_snippets() -> list[str]:
    from modelred_lint.catalogue import load_catalogue

    catalogue = load_catalogue()
    out = []
    for rule_id in catalogue.ids:
        for example in catalogue.rule(rule_id).examples.get("invalid", []):
            if rule_id != "MR000" and example.get("code") and not example.get("options"):
                out.append(example["code"])
    return out


def make_snippet(rng: random.Random, keys: Keys, catalogue: list[str]) -> str:
    if catalogue and rng.random() < 0.4:
        return rng.choice(catalogue).rstrip("\n")
    return rng.choice(TEMPLATES).format(mr=keys.modelred(), sk=keys.openai(), hf=keys.huggingface(), aws=keys.aws())


# -- splicing ------------------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    """Lines with their breaks, split where Python's tokenizer splits (\\r\\n, \\r, \\n)."""
    out, start, i = [], 0, 0
    while i < len(text):
        char = text[i]
        if char in "\r\n":
            end = i + 2 if text.startswith("\r\n", i) else i + 1
            out.append(text[start:end])
            start = i = end
            continue
        i += 1
    if start < len(text):
        out.append(text[start:])
    return out


def _boundaries(tree: ast.Module) -> list[tuple[int, int]]:
    """(line, indentation) where a statement starts its line: the snippet goes before it
    at its indentation. The end of the module (indentation 0) is always one."""
    spots = []
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for statement in body:
            if not isinstance(statement, ast.stmt):
                continue
            line = min([statement.lineno, *(d.lineno for d in getattr(statement, "decorator_list", []))])
            spots.append((line, statement.col_offset))
    return spots


def splice(program: str, snippets: list[str], rng: random.Random) -> Optional[str]:
    """The program with each snippet inserted before a statement (at its indentation,
    if the line starts with the statement), or None when that fails to compile."""
    try:
        tree = ast.parse(program)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    lines = _lines(program)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n"
    spots = [(len(lines) + 1, 0)]
    # Nothing before a `from __future__` import (or the docstring before it): the
    # program would no longer compile.
    future = max((s.end_lineno for s in tree.body if isinstance(s, ast.ImportFrom) and s.module == "__future__"), default=0)
    for line, col in _boundaries(tree):
        if future < line <= len(lines):
            head = lines[line - 1][:col]
            if head.strip(" \t\f") == "" and len(head) == col:
                spots.append((line, col))
    inserts: dict[int, list[str]] = {}
    for snippet in snippets:
        line, col = rng.choice(spots)
        indent = lines[line - 1][:col].replace("\f", "") if line <= len(lines) else ""
        block = "".join(indent + part + "\n" for part in snippet.split("\n"))
        inserts.setdefault(line, []).append(block)
    out = []
    for number, text in enumerate(lines, start=1):
        out.extend(inserts.get(number, []))
        out.append(text)
    out.extend(inserts.get(len(lines) + 1, []))
    result = "".join(out)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(result, PATH, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return result


# -- the checks ----------------------------------------------------------------------------------


@dataclass
class Tally:
    programs: int = 0
    spliced: int = 0
    not_spliced: int = 0
    fixed: int = 0
    findings: Counter = field(default_factory=Counter)
    fixes_applied: Counter = field(default_factory=Counter)
    keys_removed: int = 0
    keys_left_reported: int = 0
    fix_warnings: int = 0  # SyntaxWarnings raised while fixing (compiling the fixed text)
    lint_warnings: int = 0  # SyntaxWarnings raised while linting (ast.parse of the text)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        rules = ", ".join(f"{rule} {n}" for rule, n in sorted(self.findings.items())) or "none"
        applied = ", ".join(f"{rule} {n}" for rule, n in sorted(self.fixes_applied.items())) or "none"
        return (
            f"{self.programs} generated programs: {self.spliced} linted and fixed with snippets spliced in, "
            f"{self.not_spliced} skipped (the splice did not compile); {self.fixed} changed by --fix.\n"
            f"findings: {rules}\nfixes applied: {applied}\n"
            f"keys removed by a fix: {self.keys_removed}; keys left in place and still reported: {self.keys_left_reported}\n"
            f"SyntaxWarnings raised (a real run prints them on stderr): {self.lint_warnings} while linting, "
            f"{self.fix_warnings} while fixing\n"
            f"problems: {len(self.problems)}"
        )


def _redacted(text: str) -> str:
    from modelred_lint.keyscan import redact

    return KEY_SHAPE.sub(lambda m: redact(m.group(0), m.group(0)[:3]), text)


def _offsets(text: str) -> list[int]:
    starts, total = [0], 0
    for line in _lines(text):
        total += len(line)
        starts.append(total)
    return starts


def _reported_keys(text: str, findings, keys: set[str]) -> set[str]:
    """The keys of `keys` that a key rule's finding covers in `text`."""
    starts = _offsets(text)
    out = set()
    for f in findings:
        if f.rule not in KEY_RULES or not (1 <= f.line <= len(starts) and 1 <= f.end_line <= len(starts)):
            continue
        start, end = starts[f.line - 1] + f.col, starts[f.end_line - 1] + f.end_col
        span = text[max(start - 1, 0) : end + 1]
        out |= {key for key in keys if key in span}
    return out


def _parses_310(text: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(text, feature_version=(3, 10))
        return True
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False


def _compiles(text: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(text, PATH, "exec", dont_inherit=True)
        return True
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False


def check(program: str, plan, tally: Tally, label: str) -> None:
    """Lint and fix one program; what fails goes to tally.problems (keys redacted)."""
    from modelred_lint.fixer import fix_source
    from modelred_lint.runner import guarded_lint

    def problem(what: str) -> None:
        tally.problems.append(f"{label}: {what}")

    data = program.encode("utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        linted = guarded_lint(PATH, data, plan, frozenset())
    tally.lint_warnings += sum(1 for w in caught if issubclass(w.category, SyntaxWarning))
    if linted.internal_error:
        problem(f"lint raised {linted.internal_error}")
        return
    tally.findings.update(f.rule for f in linted.findings)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = fix_source(PATH, data, plan, frozenset(), unsafe=True)
    # Printed on stderr by a real run: noise, not a failure of the fix (counted).
    tally.fix_warnings += sum(1 for w in caught if issubclass(w.category, SyntaxWarning))
    if first.error:
        problem(f"fix failed: {first.error}")
        return
    if not first.changed:
        return
    tally.fixed += 1
    tally.fixes_applied.update(f.rule for f in first.applied)
    fixed = first.fixed
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        second = fix_source(PATH, fixed.encode("utf-8"), plan, frozenset(), unsafe=True)
    tally.fix_warnings += sum(1 for w in caught if issubclass(w.category, SyntaxWarning))
    if second.error:
        problem(f"second fix failed: {second.error}")
    elif second.changed:
        rules = sorted({f.rule for f in second.applied})
        problem(f"a second fix changed the file again (rules {', '.join(rules)})")
    if _compiles(program) and not _compiles(fixed):  # hypothesmith's may not (`return` outside a function)
        problem("the fixed code does not compile")
    if _parses_310(program) and not _parses_310(fixed):
        problem("the fixed code is not Python 3.10 grammar")
    keys = set(KEY_SHAPE.findall(program))
    reported = _reported_keys(program, linted.findings, keys)
    remaining = first.result.findings if first.result is not None else []
    still = _reported_keys(fixed, remaining, keys)
    for key in reported:
        if key not in fixed:
            tally.keys_removed += 1
        elif key in still:
            tally.keys_left_reported += 1
        else:
            problem(f"the key {_redacted(key)} was fixed as a key but is still in the file, unreported")


# -- generation ----------------------------------------------------------------------------------


def programs(count: int, seed: int) -> list[str]:
    """`count` hypothesmith programs, the same ones for the same seed."""
    import hypothesmith
    from hypothesis import HealthCheck, Phase, given, seed as hypothesis_seed, settings

    out: list[str] = []

    @hypothesis_seed(seed)
    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(hypothesmith.from_grammar())
    def collect(source: str) -> None:
        out.append(source)

    with warnings.catch_warnings():  # hypothesmith compiles what it generates
        warnings.simplefilter("ignore")
        collect()
    return out


def run(count: int, seed: int, log=None) -> Tally:
    from modelred_lint.catalogue import load_catalogue
    from modelred_lint.engine import Plan

    plan = Plan.build(load_catalogue().ids)
    rng = random.Random(seed)
    keys = Keys(rng)
    catalogue = catalogue_snippets()
    tally = Tally()
    for index, program in enumerate(programs(count, seed)):
        tally.programs += 1
        snippets = [make_snippet(rng, keys, catalogue) for _ in range(rng.randint(1, 3))]
        spliced = splice(program, snippets, rng)
        if spliced is None:
            tally.not_spliced += 1
            continue
        tally.spliced += 1
        check(spliced, plan, tally, f"program {index} (seed {seed})")
        if log is not None and tally.programs % 250 == 0:
            log(f"... {tally.programs} programs, {len(tally.problems)} problems")
    return tally


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=300, help="generated programs (default 300)")
    parser.add_argument("--seed", type=int, default=13, help="generation seed (default 13)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    tally = run(args.examples, args.seed, log=lambda line: print(line, file=sys.stderr, flush=True))
    print(f"fuzz: --examples {args.examples} --seed {args.seed}, {time.perf_counter() - started:.1f} s")
    print(tally.summary())
    for line in tally.problems:
        print("  " + line)
    return 1 if tally.problems else 0


if __name__ == "__main__":
    sys.exit(main())
