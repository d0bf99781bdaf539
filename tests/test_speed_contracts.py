"""What the speed work must not change: the prefilter never loses a finding, a cached
run reports what a cold one does, and start-up paths leave LibCST unimported."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from helpers import run_process
from modelred_lint.api import Project
from modelred_lint.cache import FORMAT
from modelred_lint.catalogue import load_catalogue
from modelred_lint.config import validate_options
from modelred_lint.engine import Plan, lint_bytes

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = load_catalogue()
WITH = Plan.build(CATALOGUE.ids)
WITHOUT = Plan.build(CATALOGUE.ids, use_prefilter=False)


def findings(plan: Plan, path: Path) -> list[tuple]:
    result = lint_bytes(path.name, path.read_bytes(), plan)
    return [(f.rule, f.line, f.col, f.message) for f in result.findings]


def fixture_files() -> list[Path]:
    files = sorted((ROOT / "fixtures").rglob("*.py")) + sorted((ROOT / "tests" / "corpus").glob("*.py"))
    # The held-out message-rule sets: many sources and sinks the prefilter must mirror.
    files += sorted((ROOT / "tests").glob("holdout_messages*/*.py"))
    return [p for p in files if p.stat().st_size < 200_000]


def _alone_plans(rule_id: str, example: dict) -> tuple[Plan, Plan]:
    options = validate_options(example.get("options") or {}, "example")
    return Plan.build((rule_id,), options), Plan.build((rule_id,), options, use_prefilter=False)


@pytest.mark.parametrize("rule_id", CATALOGUE.ids)
def test_prefilter_keeps_each_invalid_example_with_its_rule_alone(rule_id):
    """With only the example's rule enabled, no other rule's trigger forces the parse:
    the rule's own trigger must pass every file it reports on (with every rule on, a
    forced parse hides a trigger that is too narrow)."""
    lost = []
    for index, example in enumerate(CATALOGUE.rule(rule_id).examples.get("invalid", ())):
        with_prefilter, without = _alone_plans(rule_id, example)
        data = example["code"].encode("utf-8")
        kept = [f for f in lint_bytes("example.py", data, with_prefilter).findings if f.rule == rule_id]
        found = [f for f in lint_bytes("example.py", data, without).findings if f.rule == rule_id]
        if len(kept) != len(found):
            lost.append(index)
    assert lost == [], f"{rule_id}: invalid examples the prefilter drops: {lost}"


def stdlib_sample(count: int = 40) -> list[Path]:
    """A fixed sample of the running interpreter's standard library (seeded)."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(p for p in stdlib.rglob("*.py") if "site-packages" not in p.parts and p.stat().st_size < 60_000)
    return random.Random(20261125).sample(files, min(count, len(files)))


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_prefilter_loses_no_finding_on_fixtures(path):
    assert findings(WITH, path) == findings(WITHOUT, path)


# MR020 and MR021 alone: their triggers' exact stage (the flow scan) decides, where with
# every rule on another rule's quick trigger (MR022's: the SDK named) may force the parse.
MESSAGES_WITH = Plan.build(("MR020", "MR021"))
MESSAGES_WITHOUT = Plan.build(("MR020", "MR021"), use_prefilter=False)


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_flow_scan_loses_no_message_finding(path):
    assert findings(MESSAGES_WITH, path) == findings(MESSAGES_WITHOUT, path)


def test_prefilter_loses_no_finding_on_a_stdlib_sample():
    differing = [p.name for p in stdlib_sample() if findings(WITH, p) != findings(WITHOUT, p)]
    assert differing == []


def test_no_prefilter_flag_gives_the_same_report():
    def report(*extra):
        done = subprocess.run(
            [sys.executable, "-m", "modelred_lint", "fixtures", "--format", "json", "--exit-zero", "--no-cache", *extra],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["findings"]

    assert report() == report("--no-prefilter")


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return run_process(list(args), cwd, timeout=300)


def test_cached_run_reports_what_a_cold_run_does(tmp_path):
    cache = tmp_path / "cache"
    cold = run_cli(ROOT, "fixtures", "--format", "json", "--exit-zero", "--no-cache")
    first = run_cli(ROOT, "fixtures", "--format", "json", "--exit-zero", "--cache-dir", str(cache))
    warm = run_cli(ROOT, "fixtures", "--format", "json", "--exit-zero", "--cache-dir", str(cache))
    assert cold.stdout == first.stdout == warm.stdout
    entries = list((cache / FORMAT).glob("*/*.json"))
    assert entries, "the first run wrote no cache entries"
    assert (cache / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")


def test_cache_holds_no_whole_key(tmp_path):
    cache = tmp_path / "cache"
    run_cli(ROOT, "fixtures/insecure_app", "--exit-zero", "--cache-dir", str(cache))
    import re

    keys = set()
    for source in (ROOT / "fixtures" / "insecure_app").rglob("*.py"):
        keys |= set(re.findall(r"(?:mr_|sk-|hf_|xai-|AIza|AKIA)[A-Za-z0-9_\-]{16,}", source.read_text(encoding="utf-8")))
    keys = {k for k in keys if "your" not in k and "xxxx" not in k}
    assert len(keys) > 10
    entries = list((cache / FORMAT).glob("*/*.json"))
    assert entries, "the run wrote no cache entries: nothing was checked"
    stored = "".join(p.read_text(encoding="utf-8") for p in entries)
    leaked = sum(1 for k in keys if k in stored)
    assert leaked == 0, f"{leaked} whole keys found in the cache"


def test_cache_misses_when_configuration_changes(tmp_path):
    project = tmp_path / "p"
    project.mkdir()
    (project / "app.py").write_text('KEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"\n', encoding="utf-8")
    cache = tmp_path / "cache"
    assert "MR001" in run_cli(project, ".", "--cache-dir", str(cache)).stdout
    (project / ".modelred-lint.yaml").write_text("ignore: [MR001]\n", encoding="utf-8")
    assert "MR001" not in run_cli(project, ".", "--cache-dir", str(cache)).stdout
    (project / "app.py").write_text('KEY = "mr_1vdJYDsQ9UpOXL0q9Y8jGjFOWy97u9VoLLMoXqyI"\n', encoding="utf-8")
    (project / ".modelred-lint.yaml").unlink()
    out = run_cli(project, ".", "--cache-dir", str(cache)).stdout
    assert "mr_1v" in out and "mr_PV" not in out


def test_parallel_run_matches_a_serial_one():
    serial = run_cli(ROOT, "fixtures", "tests/corpus", "--format", "json", "--exit-zero", "--no-cache", "-j", "1")
    parallel = run_cli(ROOT, "fixtures", "tests/corpus", "--format", "json", "--exit-zero", "--no-cache", "-j", "2")
    assert serial.stdout == parallel.stdout and json.loads(serial.stdout)["findings"]


PROBE = """
import sys
from click.testing import CliRunner
from modelred_lint.cli import cli
result = CliRunner().invoke(cli, {args!r})
# The rule modules hold LibCST as a lazy module (modelred_lint/lazy.py): loaded only
# once something reads from it, which imports its submodules.
print(result.exit_code, "libcst._nodes" in sys.modules)
"""


@pytest.mark.parametrize(
    "args",
    [["--version"], ["check", "clean.py", "--no-cache"], ["check", "app.py", "--cache-dir", "CACHE"]],
    ids=["version", "file-no-rule-can-fire-on", "fully-cached"],
)
def test_start_up_paths_do_not_import_libcst(tmp_path, args):
    (tmp_path / "clean.py").write_text("def add(a, b):\n    return a + b\n", encoding="utf-8")
    (tmp_path / "app.py").write_text('KEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"\n', encoding="utf-8")
    args = [a.replace("CACHE", str(tmp_path / "cache")) for a in args]
    if "--cache-dir" in args:
        run_cli(tmp_path, *args[1:])  # fill the cache first
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args)], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    exit_code, imported = done.stdout.split()
    assert imported == "False", done.stdout + done.stderr
    assert exit_code in ("0", "1")


WORKER_PROBE = """
import os, sys
from click.testing import CliRunner
from modelred_lint import runner
from modelred_lint.cli import cli

start = runner._start_worker


def probe(plan):
    # (what the worker holds before it lints anything: written to a file, the forked
    # worker's stdout being the parent's capture)
    with open(os.path.join({out!r}, f"worker-{{os.getpid()}}"), "w") as fh:
        fh.write(str("libcst._nodes" in sys.modules))
    start(plan)


runner._start_worker = probe
result = CliRunner().invoke(cli, ["check", ".", "--no-cache", "-j", "2", "--format", "json"])
print(result.exit_code, "libcst._nodes" in sys.modules)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="workers are spawned, not forked, there")
def test_forked_workers_inherit_libcst_from_the_run(tmp_path):
    # Each worker importing LibCST and the lint modules itself cost an eighth of a second
    # of CPU per worker; imported once before the pool forks, they are shared.
    project, out = tmp_path / "project", tmp_path / "probe"
    project.mkdir()
    out.mkdir()
    for n in range(30):  # (enough files for workers, each with a key: each is parsed)
        (project / f"m{n}.py").write_text(f'KEY_{n} = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMt{n:02d}"\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", WORKER_PROBE.format(out=str(out))], cwd=project, capture_output=True, text=True,
        timeout=120,
    )
    assert done.stdout.split() == ["1", "True"], done.stdout + done.stderr
    states = [p.read_text() for p in out.iterdir()]
    assert states and all(state == "True" for state in states), states


def test_no_tree_waits_for_the_cyclic_collector_after_a_lint():
    # A file's rules and context hold each other; were its tree reachable from those
    # cycles, it would be freed by the collector's walks, not when the lint ends (9 % of
    # the run on a 100,000-line module). Every fixture, the collector off meanwhile.
    import gc

    plan = Project.for_path(ROOT / "fixtures").plan
    files = sorted((ROOT / "fixtures").rglob("*.py"))
    lint_bytes(str(files[0]), files[0].read_bytes(), plan)  # (what a first lint makes once)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        findings = sum(len(lint_bytes(str(f), f.read_bytes(), plan).findings) for f in files)
        gc.collect()
        left = [type(o).__name__ for o in gc.garbage if type(o).__module__.startswith("libcst")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert findings > 20
    # (their types, not the nodes: a node's text is a fixture's, which holds keys)
    assert not left, f"{len(left)} LibCST nodes left to the collector"
