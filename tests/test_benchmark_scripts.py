"""The benchmark scripts' command lines: a wrong call gets its usage, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import load_script

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
real_llm = load_script(BENCHMARKS / "real_llm.py", "bench_real_llm")


@pytest.mark.parametrize("argv, code", [
    ([], 2), (["--help"], 0), (["-h"], 0), (["timing", "x"], 2),
    (["prefilter", "x", "3"], 2), (["per-file", "x", "many"], 2), (["per-file", "x", "1", "2"], 2),
])
def test_real_llm_prints_its_usage_on_a_wrong_call(argv, code, capsys):
    _exits_with_usage(real_llm.main, argv, code, "real_llm.py", capsys)


def _exits_with_usage(main, argv: list, code: int, script: str, capsys) -> None:
    """main(argv) exits with `code`, its usage on stdout (help) or stderr (a wrong call)."""
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == code
    captured = capsys.readouterr()
    assert f"usage: python benchmarks/{script}" in (captured.out if code == 0 else captured.err)


def test_real_llm_says_when_the_corpus_is_missing(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        real_llm.main(["prefilter", str(tmp_path / "absent")])
    assert exit_.value.code == 2
    assert "not a folder" in capsys.readouterr().err


def test_real_llm_keeps_and_compares_each_files_codes(tmp_path, capsys):
    """`prefilter --save-codes` keeps what each passing file's codes are; `--compare-codes`
    names the files whose codes changed since (the check that a speed change leaves the
    prefilter's answers alone)."""
    import json

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # (invented keys, built from parts so that no scanner reads one here)
    (corpus / "keyed.py").write_text('API_KEY = "' + "mr_live_" + "Zq7Lw2Xk9Rt4Vb8Nc3Jd6Hf1" + '"\n')
    (corpus / "clean.py").write_text("x = 1\n")
    kept = tmp_path / "codes.json"
    assert real_llm.main(["prefilter", str(corpus), "--save-codes", str(kept)]) == 0
    first = json.loads(capsys.readouterr().out)
    saved = json.loads(kept.read_text())
    assert set(saved) == {"keyed.py"} and saved["keyed.py"]["codes"] and first["passed_files"] == 1

    assert real_llm.main(["prefilter", str(corpus), "--compare-codes", str(kept)]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert compared["codes_changed"] == {} and compared["focus_changed"] == {}

    (corpus / "clean.py").write_text('TOKEN = "' + "mr_live_" + "Pp4Kd8Ws2Qx6Ty1Uv5Ab9Cd3" + '"\n')
    (corpus / "keyed.py").write_text("x = 2\n")
    assert real_llm.main(["prefilter", str(corpus), "--compare-codes", str(kept)]) == 0
    changed = json.loads(capsys.readouterr().out)["codes_changed"]
    assert set(changed) == {"clean.py", "keyed.py"}
    assert changed["keyed.py"] == [saved["keyed.py"]["codes"], []] and changed["clean.py"][0] == []


_LOGGING = """\
import logging
import os

log = logging.getLogger(__name__)


def show():
    api_key = os.environ["OPENAI_API_KEY"]
    log.info("key %s", api_key)


def other():
    token = os.environ["OPENAI_API_KEY"]
    log.info("started %s", {shown})
"""


def test_real_llm_compares_the_focus_where_the_codes_stay(tmp_path, capsys):
    """The same codes with a narrower or wider focus (the functions the message rules
    interpret) is a change --compare-codes names: a focus that leaves a function out
    loses its findings, which the codes alone do not show. A file of codes saved before
    the focus was kept (a list) is compared by its codes."""
    import json

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    module = corpus / "logs.py"
    module.write_text(_LOGGING.format(shown="len(token)"))
    kept = tmp_path / "codes.json"
    assert real_llm.main(["prefilter", str(corpus), "--save-codes", str(kept)]) == 0
    capsys.readouterr()
    saved = json.loads(kept.read_text())
    # (show() is the first definition, place 0; other() logs only the key's length)
    assert saved == {"logs.py": {"codes": ["MR021"], "focus": {"MR021": [0]}}}

    module.write_text(_LOGGING.format(shown="token"))
    assert real_llm.main(["prefilter", str(corpus), "--compare-codes", str(kept)]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert compared["codes_changed"] == {}
    assert compared["focus_changed"] == {"logs.py": {"MR021": [[0], [0, 1]]}}

    kept.write_text(json.dumps({"logs.py": ["MR021"]}))
    assert real_llm.main(["prefilter", str(corpus), "--compare-codes", str(kept)]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert compared["codes_changed"] == {} and compared["focus_changed"] == {}


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"a.py": {"codes": ["MR021"]}}', '{"a.py": 3}'])
def test_real_llm_says_when_the_codes_to_compare_are_unreadable(tmp_path, capsys, content):
    kept = tmp_path / "codes.json"
    kept.write_text(content)
    with pytest.raises(SystemExit) as exit_:
        real_llm.main(["prefilter", str(tmp_path), "--compare-codes", str(kept)])
    assert exit_.value.code == 2
    assert "codes" in capsys.readouterr().err


def test_real_llm_gives_the_prefilters_structural_stages_apart(tmp_path, capsys):
    """`prefilter` gives the CPU of CPython's parse and of the flow scan's walk apart from
    the whole (each inside it), and leaves the wrapped functions as they were."""
    import json

    from modelred_lint import flow_scan, triggers
    from modelred_lint.checks import secret_bindings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # A function that reads a secret and raises with it (the flow scan walks it and
    # passes it), and one that raises with something else (walked, not passed).
    (corpus / "leaks.py").write_text(
        "import os\n\ndef connect():\n    api_key = os.environ['OPENAI_API_KEY']\n"
        "    raise ValueError(f'bad key {api_key}')\n")
    (corpus / "quiet.py").write_text(
        "import os\n\ndef connect(name):\n    api_key = os.environ['OPENAI_API_KEY']\n"
        "    raise ValueError(f'no model {name}')\n")
    before = (triggers.python_tree, flow_scan.python_tree, secret_bindings.python_tree, flow_scan._ScopeScan.verdict)
    assert real_llm.main(["prefilter", str(corpus)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["parsed_by_cpython"] == 2 and out["passed_files"] == 1
    assert 0 < out["cpython_parse_cpu_s"] and 0 < out["flow_walk_cpu_s"]
    assert out["cpython_parse_cpu_s"] + out["flow_walk_cpu_s"] <= out["prefilter_cpu_s"]
    # (each file in one outcome: leaks.py passed, quiet.py stopped once CPython parsed it)
    outcomes = out["by_outcome"]
    assert [outcomes[k]["files"] for k in ("passed", "stopped_after_parse", "stopped_on_text")] == [1, 1, 0]
    assert outcomes["passed"]["bytes"] == len((corpus / "leaks.py").read_bytes())
    assert abs(sum(row["cpu_s"] for row in outcomes.values()) - out["prefilter_cpu_s"]) < 1e-6
    assert (triggers.python_tree, flow_scan.python_tree, secret_bindings.python_tree,
            flow_scan._ScopeScan.verdict) == before


def test_the_report_sets_the_prefilter_against_the_parse_of_every_file():
    """The report splits the prefilter's CPU by stage and, where LibCST's parse of every
    file was measured on real-llm, gives the prefilter's cost as a share of it."""
    bench = load_script(BENCHMARKS / "run.py", "bench_run")
    machine = {"nproc": 2, "cpu_count": 2, "cpu_model": "cpu", "memory": "1 GiB", "os": "os",
               "python": "Python 3", "python_executable": "python3", "libcst": "1"}
    floor = bench.Result("floor", "libcst.parse_module floor",
                         samples=[bench.Sample(wall_s=41.0, cpu_s=40.0, peak_rss_mib=10.0, exit_code=0)])
    probes = {"prefilter": {"files": 10, "bytes": 1000, "prefilter_cpu_s": 10.0, "parsed_by_cpython": 4,
                            "passed_files": 1, "passed_bytes": 100, "passed_by_code": {"MR021": 1},
                            "cpython_parse_cpu_s": 2.5, "flow_walk_cpu_s": 4.0,
                            "by_outcome": {"passed": {"files": 1, "bytes": 100, "cpu_s": 1.0},
                                           "stopped_after_parse": {"files": 3, "bytes": 600, "cpu_s": 8.0},
                                           "stopped_on_text": {"files": 6, "bytes": 300, "cpu_s": 1.0}}}}
    text = bench.render(machine, {}, {}, {"real-llm": {"floor": floor}}, [], [], probes)
    assert "CPython's parse 2.50 s (4 files), the flow scan's walk of its trees 4.00 s, " \
           "the stages on the text 3.50 s." in text
    assert "stopped after CPython's parse 3 files, 0.0 MB, 8.00 s;" in text
    assert "the prefilter costs 0.250 of it and passes 0.100 of the bytes to it." in text
    # (no floor measured: no share of it is claimed)
    assert "costs" not in bench.render(machine, {}, {}, {}, [], [], probes)


def test_real_llm_times_every_passing_file_with_all(tmp_path, capsys, monkeypatch):
    """`per-file --all` times each file the prefilter passes (a number N, the N largest and
    N drawn at random), and sums their ratios up: worst first, the spread beside."""
    import functools
    import json

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # (invented keys, built from parts so that no scanner reads one here)
    for at, name in enumerate(["a.py", "b.py", "c.py"]):
        (corpus / name).write_text(f'TOKEN_{at} = "' + "mr_live_" + "Zq7Lw2Xk9Rt4Vb8Nc3Jd6Hf" + str(at) + '"\n'
                                   + "x = 1\n" * at)
    (corpus / "clean.py").write_text("x = 1\n")
    # (one timing of each: the selection and the sums are what is checked here)
    monkeypatch.setattr(real_llm, "_fastest_pair", functools.partial(real_llm._fastest_pair, budget=0.0, runs=1))
    assert real_llm.main(["per-file", str(corpus), "--all"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert every["passing_files"] == every["measured"] == 3 and every["chosen"] == "all"
    assert sorted(r["path"] for r in every["rows"]) == ["a.py", "b.py", "c.py"]
    ratios = [r["ratio"] for r in every["rows"]]
    assert ratios == sorted(ratios, reverse=True)
    assert every["summary"]["worst"] == ratios[0] and every["summary"]["median"] == ratios[1]
    assert every["summary"]["over_limit"] == sum(r > real_llm.PER_FILE_LIMIT for r in ratios)

    assert real_llm.main(["per-file", str(corpus), "1"]) == 0
    sample = json.loads(capsys.readouterr().out)
    assert sample["passing_files"] == 3 and sample["measured"] == 2
    assert "c.py" in {r["path"] for r in sample["rows"]}  # (the largest, always)


def test_the_ratios_spread_is_read_by_nearest_rank():
    rows = [{"ratio": r} for r in (4.0, 3.5, 2.0, 1.0)]
    assert real_llm.ratio_summary(rows) == {"median": 2.0, "p90": 4.0, "worst": 4.0,
                                            "limit": real_llm.PER_FILE_LIMIT, "over_limit": 2}
    assert real_llm.ratio_summary([]) == {}


def test_the_whole_run_takes_all_or_a_count_of_files_per_kind():
    bench = load_script(BENCHMARKS / "run.py", "bench_run")
    assert bench.parse_args(["--per-file", "all"]).per_file is None
    assert bench.parse_args(["--per-file", "7"]).per_file == 7
    for wrong in ("many", "-1"):
        with pytest.raises(SystemExit):
            bench.parse_args(["--per-file", wrong])
    machine = {"nproc": 2, "cpu_count": 2, "cpu_model": "cpu", "memory": "1 GiB", "os": "os",
               "python": "Python 3", "python_executable": "python3", "libcst": "1"}
    rows = [{"path": "a.py", "bytes": 2000, "parse_cpu_s": 0.001, "ours_cpu_s": 0.004, "ratio": 4.0},
            {"path": "b.py", "bytes": 3000, "parse_cpu_s": 0.002, "ours_cpu_s": 0.004, "ratio": 2.0}]
    # (every file chosen, one LibCST could not parse: measured is fewer, the choice still all)
    probes = {"per-file": {"passing_files": 3, "chosen": "all", "measured": 2, "rows": rows,
                           "summary": real_llm.ratio_summary(rows)}}
    text = bench.render(machine, {}, {}, {}, [], [], probes)
    assert "2 of the 3 files the prefilter passes (every one;" in text
    probes["per-file"]["chosen"] = 1
    assert "(the largest, and as many drawn at random;" in bench.render(machine, {}, {}, {}, [], [], probes)
    assert "Their ratios: median 2.00, 90th percentile 4.00, worst 4.00; 1 of 2 over 3." in text


# -- the sampling profile ----------------------------------------------------------------

sample_profile = load_script(BENCHMARKS / "sample_profile.py", "bench_sample_profile")
FIXTURE_APP = Path(__file__).resolve().parent.parent / "fixtures" / "insecure_app"


@pytest.mark.parametrize("argv, code", [([], 2), (["--help"], 0), (["x", "--runs", "0"], 2)])
def test_sample_profile_prints_its_usage_on_a_wrong_call(argv, code, capsys, tmp_path):
    argv = [str(tmp_path) if a == "x" else a for a in argv]
    _exits_with_usage(sample_profile.main, argv, code, "sample_profile.py", capsys)


def test_sample_profile_says_when_a_path_is_missing(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        sample_profile.main([str(tmp_path / "absent")])
    assert exit_.value.code == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_a_sample_counts_each_function_once_and_splits_what_runs_below():
    import sys

    sampler = sample_profile.Sampler(("test_benchmark_scripts.py:outer",))

    def inner():
        sampler.take(None, sys._getframe())

    def outer(depth):
        if depth:
            outer(depth - 1)  # (recursion: still one count a sample)
        else:
            inner()

    outer(3)
    outer(0)
    assert sampler.samples == 2
    assert sampler.inclusive["test_benchmark_scripts.py:outer"] == 2
    assert sampler.own["test_benchmark_scripts.py:inner"] == 2
    # below outer: what ran under its innermost frame each time
    assert sampler.below["test_benchmark_scripts.py:outer"] == {"test_benchmark_scripts.py:inner": 2}


def test_sample_profile_of_a_project_charges_the_lint(tmp_path, capsys):
    out = tmp_path / "shares.json"
    assert sample_profile.main([str(FIXTURE_APP), "--runs", "4", "--under", "engine.py:_lint_text",
                                "--json", str(out)]) == 0
    import json

    report = json.loads(out.read_text())
    assert report["measured"] == "engine.lint_bytes" and report["files"] >= 5
    assert report["samples"] >= 20 and report["cpu_s"] > 0  # (a few hundred ms of CPU: a sample each 4 ms at least)
    inclusive = dict(report["inclusive"])
    assert inclusive["engine.py:lint_bytes"] >= 0.9  # (every sample is taken inside a lint)
    below = dict(report["under"]["engine.py:_lint_text"])
    assert "file_lint.py:lint_source" in below  # (the files pass: LibCST parses them)
    assert f"{report['samples']} samples of engine.lint_bytes" in capsys.readouterr().out
