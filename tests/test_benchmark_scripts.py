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
    assert set(saved) == {"keyed.py"} and saved["keyed.py"] and first["passed_files"] == 1

    assert real_llm.main(["prefilter", str(corpus), "--compare-codes", str(kept)]) == 0
    assert json.loads(capsys.readouterr().out)["codes_changed"] == {}

    (corpus / "clean.py").write_text('TOKEN = "' + "mr_live_" + "Pp4Kd8Ws2Qx6Ty1Uv5Ab9Cd3" + '"\n')
    (corpus / "keyed.py").write_text("x = 2\n")
    assert real_llm.main(["prefilter", str(corpus), "--compare-codes", str(kept)]) == 0
    changed = json.loads(capsys.readouterr().out)["codes_changed"]
    assert set(changed) == {"clean.py", "keyed.py"}
    assert changed["keyed.py"] == [saved["keyed.py"], []] and changed["clean.py"][0] == []


@pytest.mark.parametrize("content", ["not json", "[1, 2]"])
def test_real_llm_says_when_the_codes_to_compare_are_unreadable(tmp_path, capsys, content):
    kept = tmp_path / "codes.json"
    kept.write_text(content)
    with pytest.raises(SystemExit) as exit_:
        real_llm.main(["prefilter", str(tmp_path), "--compare-codes", str(kept)])
    assert exit_.value.code == 2
    assert "codes" in capsys.readouterr().err
