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
    with pytest.raises(SystemExit) as exit_:
        real_llm.main(argv)
    assert exit_.value.code == code
    captured = capsys.readouterr()
    assert "usage: python benchmarks/real_llm.py" in (captured.out if code == 0 else captured.err)


def test_real_llm_says_when_the_corpus_is_missing(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        real_llm.main(["prefilter", str(tmp_path / "absent")])
    assert exit_.value.code == 2
    assert "not a folder" in capsys.readouterr().err
