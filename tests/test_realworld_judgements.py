"""The real-world judgements file and evaluate.py's matching and scoring, without the downloads.

The heavy run (prepare.py + evaluate.py --check) is a separate command; see
benchmarks/realworld/README.md.  Here: the committed judgements are well formed and hold no
key material, and the matcher pairs findings with judgements the way the README says.
"""

from __future__ import annotations

import re
import secrets
import string
from collections import Counter
from pathlib import Path

import pytest

from helpers import load_script

REALWORLD = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld"


def _load(name: str):
    return load_script(REALWORLD / f"{name}.py", f"realworld_{name}")


evaluate = _load("evaluate")
prepare = _load("prepare")

# Key-like material: a known key prefix followed by a long run of token characters, or an
# AWS access key id.  Names such as `api_key` or `sk-` alone do not match.
KEY_LIKE = re.compile(r"(?:mr_|sk-|sk_|hf_|xai-|AIza|pk-lf-|sk-lf-)[A-Za-z0-9_\-]{16,}"
                      r"|AKIA[A-Z0-9]{16}")


@pytest.fixture(scope="module")
def judgements():
    return evaluate.load_judgements()


@pytest.fixture(scope="module")
def raw_entries():
    import yaml

    return yaml.safe_load((REALWORLD / "judgements.yaml").read_text(encoding="utf-8"))


def _invented_key(prefix: str) -> str:
    alphabet = string.ascii_letters + string.digits
    return prefix + "".join(secrets.choice(alphabet) for _ in range(32))


# ---------------------------------------------------------------------------------------------
# The committed judgements
# ---------------------------------------------------------------------------------------------

def test_every_entry_is_well_formed(raw_entries):
    entries = raw_entries["judgements"]
    problems = [p for i, e in enumerate(entries) for p in evaluate.validate_entry(e, i)]
    assert problems == []
    assert len(entries) >= 60


def test_packages_are_pinned_with_hashes():
    packages = prepare.read_packages()
    assert len(packages) >= 8
    assert all(re.fullmatch(r"[0-9a-f]{64}", p.sha256) for p in packages)
    assert all(p.filename.endswith(".whl") for p in packages)
    assert len({p.name for p in packages}) == len(packages)


def test_judgements_name_pinned_packages(judgements):
    pinned = {p.name for p in prepare.read_packages()}
    assert {j.package for j in judgements} <= pinned


def _key_like_fields(entries) -> list[str]:
    """Where an entry's field holds key-like material: said by place, never by what (the
    value itself could be a key)."""
    return [f"entry {index} field {field}" for index, entry in enumerate(entries)
            for field, value in entry.items() if isinstance(value, str) and KEY_LIKE.search(value)]


def test_no_key_material_in_any_field(raw_entries):
    assert _key_like_fields(raw_entries["judgements"]) == []


def test_key_like_pattern_catches_invented_keys():
    # The scan above is only worth something if it would fire on a key.
    for prefix in ("mr_", "sk-proj-", "hf_", "sk-ant-api03-"):
        assert KEY_LIKE.search(f"leaked {_invented_key(prefix)} here")
    assert KEY_LIKE.search("AKIA" + "".join(secrets.choice(string.ascii_uppercase)
                                            for _ in range(16)))
    assert not KEY_LIKE.search('credentials["LANGSMITH_API_KEY"]')


def test_every_reported_finding_was_judged_and_the_hunt_found_true_cases(judgements):
    kinds = Counter((j.kind, j.verdict) for j in judgements)
    assert kinds[("miss", "true")] >= 30
    assert kinds[("finding", "true")] + kinds[("finding", "false")] + \
        kinds[("finding", "unsure")] >= 50


def test_false_findings_carry_a_cause_letter(judgements):
    letters = {j.cause for j in judgements if j.kind == "finding" and j.verdict == "false"}
    assert letters <= set("ABCDEFG")


def test_no_two_judgements_claim_one_case_with_different_verdicts(judgements):
    seen = {}
    for j in judgements:
        key = (j.package, j.path, j.line, j.rule, evaluate.normalize_expression(j.expression))
        seen.setdefault(key, set()).add(j.verdict)
    assert [k for k, verdicts in seen.items() if len(verdicts) > 1] == []


# ---------------------------------------------------------------------------------------------
# The holdout (holdout/: packages judged after the rules were tuned on the main set)
# ---------------------------------------------------------------------------------------------

HOLDOUT = REALWORLD / "holdout"


@pytest.fixture(scope="module")
def holdout_raw():
    import yaml

    return yaml.safe_load((HOLDOUT / "judgements.yaml").read_text(encoding="utf-8"))


def test_holdout_entries_are_well_formed_and_hold_no_key(holdout_raw):
    entries = holdout_raw["judgements"]
    assert [p for i, e in enumerate(entries) for p in evaluate.validate_entry(e, i)] == []
    assert len(entries) >= 40
    assert _key_like_fields(entries) == []


def test_holdout_is_pinned_and_apart_from_the_main_set():
    held = prepare.read_packages(HOLDOUT / "packages.txt")
    assert len(held) >= 60
    assert all(re.fullmatch(r"[0-9a-f]{64}", p.sha256) and p.filename.endswith(".whl") for p in held)
    # (code the rules were tuned on is no holdout)
    assert {p.name for p in held}.isdisjoint(p.name for p in prepare.read_packages())
    judged = evaluate.load_judgements(HOLDOUT / "judgements.yaml")
    assert {j.package for j in judged} <= {p.name for p in held}


def test_holdout_standing_covers_every_judged_finding():
    import json

    standing = json.loads((HOLDOUT / "expected.json").read_text(encoding="utf-8"))
    judged = evaluate.load_judgements(HOLDOUT / "judgements.yaml")
    by_verdict = {verdict: {f"{j.package}:{j.path}:{j.line}:{j.rule}" for j in judged if j.verdict == verdict}
                  for verdict in ("true", "false")}
    true_findings = {f"{j.package}:{j.path}:{j.line}:{j.rule}" for j in judged
                     if j.verdict == "true" and j.kind == "finding"}
    # --check keeps every true finding found and lets no judged-false one in unnoticed: the
    # standing names each true finding (and the hunt's misses found since), and only
    # judged-false ones as known false reports
    assert true_findings <= set(standing["true_found"]) <= by_verdict["true"]
    assert set(standing["false_reported"]) <= by_verdict["false"]


# ---------------------------------------------------------------------------------------------
# Schema validation
# ---------------------------------------------------------------------------------------------

GOOD = {"package": "acme", "path": "acme/client.py", "line": 12, "rule": "MR020",
        "expression": "token", "verdict": "true", "kind": "finding", "reason": "why"}


def test_validate_entry_accepts_a_good_entry():
    assert evaluate.validate_entry(GOOD, 0) == []
    assert evaluate.validate_entry({**GOOD, "cause": "A"}, 0) == []


@pytest.mark.parametrize("change, word", [
    ({"verdict": "maybe"}, "verdict"),
    ({"kind": "guess"}, "kind"),
    ({"rule": "MR001"}, "rule"),
    ({"line": 0}, "line"),
    ({"line": "12"}, "line"),
    ({"path": "/abs/acme.py"}, "path"),
    ({"path": "../acme.py"}, "path"),
    ({"reason": ""}, "reason"),
    ({"colour": "red"}, "unknown"),
])
def test_validate_entry_rejects(change, word):
    problems = evaluate.validate_entry({**GOOD, **change}, 3)
    assert problems and any(word in p for p in problems)


def test_validate_entry_reports_a_missing_field():
    entry = {k: v for k, v in GOOD.items() if k != "expression"}
    assert evaluate.validate_entry(entry, 0) == ["entry 0: missing expression"]


def test_parse_judgements_refuses_a_bad_file():
    with pytest.raises(ValueError):
        evaluate.parse_judgements({"judgements": [{**GOOD, "verdict": "yes"}]})
    with pytest.raises(ValueError):
        evaluate.parse_judgements({"something": []})


# ---------------------------------------------------------------------------------------------
# Expressions
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("{auth_token!r}", "auth_token"),
    ("{ response.status_code }", "response.status_code"),
    ("{spend:.4f}", "spend"),
    ("{value=}", "value"),
    ("{d['a:b']}", "d['a:b']"),
    ("credentials[\"KEY\"]", "credentials[\"KEY\"]"),
    ("{', '.join(repr(n) for n in NAMES)}", "','.join(repr(n)for n in NAMES)"),
    ("not  ready", "not ready"),
])
def test_normalize_expression(raw, expected):
    assert evaluate.normalize_expression(raw) == expected


def test_contains_expression_respects_name_boundaries():
    assert evaluate.contains_expression("len(api_key)", "api_key")
    assert not evaluate.contains_expression("my_api_key_name", "api_key")
    assert not evaluate.contains_expression("api_key", "")


# ---------------------------------------------------------------------------------------------
# Matching and scoring on an invented example
# ---------------------------------------------------------------------------------------------

def _judged(line, expression, verdict, kind="finding", rule="MR020", path="acme/a.py"):
    return evaluate.Judgement(package="acme", path=path, line=line, rule=rule,
                              expression=expression, verdict=verdict, kind=kind, reason="r")


def _found(line, expression, rule="MR020", path="acme/a.py", names=()):
    return evaluate.Finding(package="acme", path=path, line=line, rule=rule,
                            expression=evaluate.normalize_expression(expression), names=names)


def _pairs(matches):
    return {(m.finding.line if m.finding else None,
             m.judgement.line if m.judgement else None, m.how) for m in matches}


def test_exact_and_moved_matches():
    judgements = [_judged(10, "token", "true"), _judged(20, "resp.text", "false")]
    findings = [_found(10, "{token!r}"), _found(22, "{resp.text}")]
    matches = evaluate.match_findings(findings, judgements)
    assert _pairs(matches) == {(10, 10, "expression"), (22, 20, "expression")}


def test_a_move_beyond_the_window_does_not_match():
    matches = evaluate.match_findings([_found(24, "resp.text")],
                                      [_judged(20, "resp.text", "false")], window=3)
    assert _pairs(matches) == {(24, None, ""), (None, 20, "")}


def test_another_expression_nearby_is_not_the_judged_case():
    matches = evaluate.match_findings([_found(11, "api_base")], [_judged(10, "api_key", "true")])
    assert _pairs(matches) == {(11, None, ""), (None, 10, "")}


def test_same_line_with_another_span_matches_by_line():
    # A reworded rule points at the whole message instead of the name inside it.
    matches = evaluate.match_findings([_found(10, "f'Key={key_label}'")],
                                      [_judged(10, "decrypted_token", "true")])
    assert _pairs(matches) == {(10, 10, "line")}


def test_containing_expression_matches_and_message_names_count():
    judgements = [_judged(5, "len(api_key)", "false", kind="miss", rule="MR021"),
                  _judged(30, "SUBJECT_TOKEN", "false")]
    findings = [_found(5, "api_key", rule="MR021"),
                _found(31, "_status(response.status_code)", names=("SUBJECT_TOKEN",))]
    matches = evaluate.match_findings(findings, judgements)
    assert _pairs(matches) == {(5, 5, "contains"), (31, 30, "expression")}


def test_rule_path_and_package_must_agree():
    judgements = [_judged(10, "token", "true", rule="MR021"),
                  _judged(10, "token", "true", path="acme/b.py")]
    matches = evaluate.match_findings([_found(10, "token")], judgements)
    assert all(m.finding is None or m.judgement is None for m in matches)


def test_two_findings_on_one_line_need_two_judgements():
    judgements = [_judged(7, "response.status_code", "false")]
    findings = [_found(7, "response.status_code"), _found(7, "{response.status_code}")]
    matches = evaluate.match_findings(findings, judgements)
    assert sum(1 for m in matches if m.finding and m.judgement) == 1
    assert sum(1 for m in matches if m.finding and not m.judgement) == 1


def test_nearest_line_wins_between_equal_expressions():
    judgements = [_judged(10, "token", "true"), _judged(12, "token", "false")]
    matches = evaluate.match_findings([_found(12, "token")], judgements)
    paired = [m for m in matches if m.finding and m.judgement]
    assert [(m.judgement.line, m.judgement.verdict) for m in paired] == [(12, "false")]


def test_score_counts_precision_and_recall():
    judgements = [
        _judged(1, "a_token", "true"),                      # reported: true positive
        _judged(2, "resp.text", "false"),                   # reported: false positive
        _judged(3, "maybe_key", "unsure"),                  # reported: unsure
        _judged(4, "password", "true", kind="miss", rule="MR021"),  # not reported: a miss
        _judged(5, "self.token", "true", kind="miss", rule="MR021"),  # now reported
        _judged(6, "gone_key", "true"),                     # no longer reported
    ]
    findings = [_found(1, "a_token"), _found(2, "resp.text"), _found(3, "maybe_key"),
                _found(5, "self.token", rule="MR021"), _found(9, "brand_new")]
    scores = evaluate.score(evaluate.match_findings(findings, judgements))
    overall = scores["overall"]
    assert (overall.findings, overall.true, overall.false, overall.unsure, overall.unjudged) \
        == (5, 2, 1, 1, 1)
    assert overall.precision == pytest.approx(2 / 3)
    assert (overall.true_cases, overall.true_found) == (4, 2)
    assert overall.recall == pytest.approx(0.5)
    assert (scores["MR021"].true_cases, scores["MR021"].true_found) == (2, 1)
    assert scores["MR022"].precision is None and scores["MR022"].recall is None


def test_regressions_flag_returning_false_and_vanished_true_findings():
    judgements = [_judged(1, "a_token", "true"), _judged(2, "resp.text", "false"),
                  _judged(3, "pw", "true", kind="miss", rule="MR021")]
    clean = evaluate.match_findings([_found(1, "a_token")], judgements)
    assert evaluate.regressions(clean) == []  # an unfound miss is not a regression
    bad = evaluate.match_findings([_found(2, "resp.text"), _found(8, "other")], judgements)
    problems = evaluate.regressions(bad)
    assert len(problems) == 2
    assert any(p.startswith("judged false, reported") for p in problems)
    assert any(p.startswith("judged true, no longer reported") for p in problems)
    assert len(evaluate.regressions(bad, strict=True)) == 3


def test_findings_from_report_reads_spans_and_package_folders(tmp_path):
    source = tmp_path / "acme-1.0" / "acme"
    source.mkdir(parents=True)
    (source / "a.py").write_text("x = 1\nraise ValueError(f'bad {auth_token!r}')\n",
                                 encoding="utf-8")
    line = "raise ValueError(f'bad {auth_token!r}')"
    start = line.index("{") + 1
    report = {"findings": [
        {"rule": "MR020", "path": "./acme-1.0/acme/a.py", "line": 2, "column": start,
         "end_line": 2, "end_column": line.index("}") + 2,
         "message": "A secret (`auth_token`) is interpolated"},
        {"rule": "MR001", "path": "acme-1.0/acme/a.py", "line": 1, "column": 1,
         "end_line": 1, "end_column": 2, "message": "not a message rule"},
        {"rule": "MR020", "path": "elsewhere/b.py", "line": 1, "column": 1,
         "end_line": 1, "end_column": 2, "message": "not a pinned package"},
    ]}
    findings = evaluate.findings_from_report(report, tmp_path, {"acme-1.0": "acme"})
    assert findings == [evaluate.Finding(package="acme", path="acme/a.py", line=2,
                                         rule="MR020", expression="auth_token",
                                         names=("auth_token",),
                                         message="A secret (`auth_token`) is interpolated")]


def test_span_text_over_several_lines():
    lines = ["call(", "    status_code=resp.status,", "    message=resp.text)"]
    assert evaluate.span_text(lines, 2, 5, 3, 22) == "status_code=resp.status,\n    message=resp.text"
    assert evaluate.span_text(lines, 9, 1, 9, 2) == ""


# ---------------------------------------------------------------------------------------------
# prepare.py's pure parts
# ---------------------------------------------------------------------------------------------

def test_read_packages_parses_and_rejects(tmp_path):
    good = tmp_path / "p.txt"
    good.write_text("# comment\nacme 1.0 acme-1.0-py3-none-any.whl " + "a" * 64 + "\n\n",
                    encoding="utf-8")
    assert prepare.read_packages(good) == [
        prepare.Package("acme", "1.0", "acme-1.0-py3-none-any.whl", "a" * 64)]
    bad = tmp_path / "bad.txt"
    bad.write_text("acme 1.0\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        prepare.read_packages(bad)


@pytest.mark.parametrize("name, ok", [
    ("acme/a.py", True), ("acme/data.json", False), ("../evil.py", False),
    ("/abs/evil.py", False), ("acme/../../evil.py", False),
])
def test_safe_member(name, ok):
    assert (prepare.safe_member(name) is not None) is ok


def test_check_compares_with_the_standing_and_strict_with_the_absolute_bar(tmp_path, capsys):
    """--check fails on what the regression test fails on (a judged-false case that is new
    against expected.json); a judged-false finding the standing already lists is reported as
    known, and only --strict fails on it."""
    package = prepare.read_packages()[0]
    inner = "pkg/a.py"
    source = tmp_path / "src" / package.folder / "pkg"
    source.mkdir(parents=True)
    (source / "a.py").write_text("raise E(f'{known}')\nraise E(f'{fresh}')\n", encoding="utf-8")

    def entry(line, expression):
        return {"package": package.name, "path": inner, "line": line, "rule": "MR020",
                "expression": expression, "verdict": "false", "kind": "finding",
                "reason": "invented for the test"}

    import json

    import yaml

    judged = tmp_path / "judgements.yaml"
    judged.write_text(yaml.safe_dump({"judgements": [entry(1, "known"), entry(2, "fresh")]}),
                      encoding="utf-8")
    expected = tmp_path / "expected.json"
    expected.write_text(json.dumps({"false_reported": [
        f"{package.name}:{inner}:1:MR020"], "true_found": []}), encoding="utf-8")

    def report(*lines):
        path = tmp_path / "report.json"
        path.write_text(json.dumps({"findings": [
            {"rule": "MR020", "path": f"{package.folder}/{inner}", "line": line, "column": 12,
             "end_line": line, "end_column": 17, "message": "m"} for line in lines]}),
            encoding="utf-8")
        return ["--cache", str(tmp_path), "--judgements", str(judged), "--findings", str(path),
                "--expected", str(expected), "--check"]

    assert evaluate.main(report(1)) == 0
    assert "1 judged-false findings still reported (known" in capsys.readouterr().out
    assert evaluate.main(report(1) + ["--strict"]) == 1
    assert evaluate.main(report(1, 2)) == 1
    out = capsys.readouterr().out
    assert f"judged false, newly reported: {package.name}:{inner}:2:MR020" in out


def test_fetch_missing_batches_downloads_and_keeps_only_pinned_hashes(tmp_path, monkeypatch):
    """prepare.fetch_missing runs one pip per batch of missing wheels and moves into the
    cache only a wheel whose sha256 is the pin's (a wrong one is left for fetch() to refuse)."""
    import hashlib
    import subprocess

    good, bad, cached = b"good wheel bytes", b"tampered bytes", b"cached wheel"
    digest = lambda data: hashlib.sha256(data).hexdigest()  # noqa: E731
    packages = [
        prepare.Package("alpha", "1.0", "alpha-1.0-py3-none-any.whl", digest(good)),
        prepare.Package("beta", "2.0", "beta-2.0-py3-none-any.whl", digest(good + b"!")),
        prepare.Package("gamma", "3.0", "gamma-3.0-py3-none-any.whl", digest(cached)),
    ]
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    (wheels / "gamma-3.0-py3-none-any.whl").write_bytes(cached)  # already in the cache
    runs = []

    def fake_run(command, *args, **kwargs):
        runs.append(command)
        scratch = Path(command[command.index("-d") + 1])
        (scratch / "alpha-1.0-py3-none-any.whl").write_bytes(good)
        (scratch / "beta-2.0-py3-none-any.whl").write_bytes(bad)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(prepare.subprocess, "run", fake_run)
    prepare.fetch_missing(packages, wheels, lambda *_: None)
    assert len(runs) == 1
    assert [c for c in runs[0] if "==" in c] == ["alpha==1.0", "beta==2.0"]  # not the cached one
    assert (wheels / "alpha-1.0-py3-none-any.whl").read_bytes() == good
    assert not (wheels / "beta-2.0-py3-none-any.whl").exists()
    assert sorted(p.name for p in wheels.iterdir()) == ["alpha-1.0-py3-none-any.whl", "gamma-3.0-py3-none-any.whl"]
