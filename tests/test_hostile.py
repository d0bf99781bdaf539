"""Hostile conditions (issue 13): a cache the repository cannot forge or break, `--fix`
that writes only inside the linted tree and loses no one's edit, discovery that goes
on past what it may not read, files too large to read, and worker processes killed
from outside. Each item of the issue has a test here that failed on the code before.
Texts that hold a key are compared aside, so that no failure prints one."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Optional

import pytest

from helpers import invoke
from modelred_lint import cache as cache_module
from modelred_lint import user_cache
from modelred_lint.cache import FORMAT, Cache, plan_fingerprint
from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan

KEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"  # pragma: allowlist secret - invented
LEAKY = f'KEY = "{KEY}"\n'
# The fix reads the variable named after the target, `import os` placed as isort would.
FIXED_HEAD = 'import os\n\nKEY = os.environ["MODELRED_API_KEY"]\n'


def cli(cwd: Path, *args: str, home: Optional[Path] = None, env: Optional[dict] = None, timeout: float = 60):
    """The command line as a real process, with its own user cache folder."""
    environ = {**os.environ, **(env or {})}
    if home is not None:
        environ["XDG_CACHE_HOME"] = str(home)
    try:
        return subprocess.run(
            [sys.executable, "-m", "modelred_lint", *args],
            cwd=cwd, env=environ, capture_output=True, text=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"modelred-lint {' '.join(args)} did not finish within {timeout} s") from None


def outside(tmp_path: Path, name: str) -> Path:
    """A user cache folder beside the linted tree, not in it: discovery scans text
    files for keys, and the folder holds the compiled catalogue (example keys)."""
    return tmp_path.parent / f"{tmp_path.name}-{name}"


def holds(path: Path, text: str) -> bool:
    """Compared aside, so that a failing assertion cannot print a key."""
    return path.read_text(encoding="utf-8") == text


def fixed(path: Path) -> bool:
    return path.read_text(encoding="utf-8").startswith(FIXED_HEAD)


def rules_by_path(stdout: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for finding in json.loads(stdout)["findings"]:
        out.setdefault(finding["path"], set()).add(finding["rule"])
    return out


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=cwd, capture_output=True, text=True, check=True,
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path):
    project = tmp_path / "repo"
    project.mkdir()
    git(project, "init", "-q")
    (project / "app.py").write_text(LEAKY, encoding="utf-8")
    return project


def only_entry(folder: Path) -> Path:
    entries = list((folder / FORMAT).glob("*/*.json"))
    assert len(entries) == 1, entries
    return entries[0]


def plant(folder: Path, home: Path, payload: bytes) -> None:
    """Replace the one entry under `folder` by `payload`, signed with the secret of the
    user whose cache folder is `home` (an attacker's own, or the victim's)."""
    entry = only_entry(folder)
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(home)
    try:
        secret = user_cache.secret()
    finally:
        if previous is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = previous
    Cache(folder, "unused", secret, load_catalogue().ids).store(entry.stem, payload)


# -- 1. a cache entry from the repository cannot hide a key ------------------------------------


def test_a_forged_committed_cache_entry_does_not_hide_a_key(repo, tmp_path):
    attacker, victim = outside(tmp_path, "attacker-home"), outside(tmp_path, "victim-home")
    in_tree = repo / ".modelred_lint_cache"
    # The attacker makes a genuine entry for the leaky file, then says it holds nothing.
    assert "MR001" in cli(repo, ".", "--cache-dir", str(in_tree), home=attacker).stdout
    plant(in_tree, attacker, b"[]")
    fooled = cli(repo, ".", "--cache-dir", str(in_tree), home=attacker)
    assert "MR001" not in fooled.stdout and fooled.returncode == 0, "the planted entry was not even read"
    git(repo, "add", "-f", ".")
    git(repo, "commit", "-q", "-m", "innocent")
    # Anyone else: by default the cache is not in the tree; pointed at it, the entry's
    # signature is not theirs (and git tracks it).
    for args in ([], ["--cache-dir", str(in_tree)]):
        run = cli(repo, ".", "--format", "json", *args, home=victim)
        assert rules_by_path(run.stdout).get("app.py") == {"MR001"}, (args, run.stderr)


def test_a_cache_folder_tracked_by_git_is_never_read(repo, tmp_path):
    home = outside(tmp_path, "home")
    in_tree = repo / ".modelred_lint_cache"
    cli(repo, ".", "--cache-dir", str(in_tree), home=home)
    plant(in_tree, home, b"[]")  # signed with this very user's secret
    assert "MR001" not in cli(repo, ".", "--cache-dir", str(in_tree), home=home).stdout
    git(repo, "add", "-f", ".")
    git(repo, "commit", "-q", "-m", "cache committed")
    run = cli(repo, ".", "--format", "json", "--cache-dir", str(in_tree), home=home)
    assert rules_by_path(run.stdout).get("app.py") == {"MR001"}
    assert "tracked by git" in run.stderr


def test_the_default_cache_lives_in_the_user_cache_folder(repo, tmp_path):
    home = outside(tmp_path, "home")
    first = cli(repo, ".", "--format", "json", home=home)
    second = cli(repo, ".", "--format", "json", home=home)
    assert first.stdout == second.stdout and "MR001" in first.stdout
    assert not (repo / ".modelred_lint_cache").exists()
    assert git(repo, "status", "--porcelain", "--ignored") == "?? app.py\n"
    entries = list((home / "modelred-lint" / "findings").glob(f"*/{FORMAT}/*/*.json"))
    assert len(entries) == 1
    secret = home / "modelred-lint" / user_cache.SECRET_NAME
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600


# -- 6. what is read from the cache is checked -------------------------------------------------


BAD_PAYLOADS = {
    "object": b'{"a": 1}',
    "string": b'"x"',
    "null-item": b"[null]",
    "int-item": b"[1]",
    "unknown-rule": b'[{"rule": "MR999", "line": 1, "col": 0, "end_line": 1, "end_col": 1, "message": "m", "severity": "high"}]',
    "string-line": b'[{"rule": "MR001", "line": "1", "col": 0, "end_line": 1, "end_col": 1, "message": "m", "severity": "high"}]',
    "bool-col": b'[{"rule": "MR001", "line": 1, "col": true, "end_line": 1, "end_col": 1, "message": "m", "severity": "high"}]',
    "bad-fix": b'[{"rule": "MR001", "line": 1, "col": 0, "end_line": 1, "end_col": 1, "message": "m", "severity": "high", "fix": {"applicability": "safe", "description": "d", "edits": [1]}}]',
    "not-json": b"[{",
    "deep": b"[" * 100_000,
}


def test_a_signed_entry_of_the_wrong_shape_is_a_miss(tmp_path, monkeypatch):
    """Our own entries, signed, but of a shape some other version (or a bug) wrote."""
    home, cache = outside(tmp_path, "home"), tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    (tmp_path / "app.py").write_text(LEAKY, encoding="utf-8")
    invoke(".", "--cache-dir", str(cache), cwd=tmp_path)
    for name, payload in BAD_PAYLOADS.items():
        plant(cache, home, payload)
        result = invoke(".", "--format", "json", "--cache-dir", str(cache), cwd=tmp_path)
        assert result.exit_code == 1, (name, result.output[-500:])
        assert rules_by_path(result.stdout) == {"app.py": {"MR001"}}, name


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    os.symlink("/dev/zero", path)


def _sparse(path: Path) -> None:
    with open(path, "wb") as out:
        out.truncate(cache_module.MAX_ENTRY_BYTES + 1)


def _folder(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize("replace", [_fifo, _dev_zero, _sparse, _folder], ids=["fifo", "dev-zero", "huge", "folder"])
def test_an_entry_that_is_not_a_small_regular_file_is_a_miss(tmp_path, replace):
    home, cache = outside(tmp_path, "home"), tmp_path / "cache"
    (tmp_path / "app.py").write_text(LEAKY, encoding="utf-8")
    cli(tmp_path, ".", "--cache-dir", str(cache), home=home)
    entry = only_entry(cache)
    entry.unlink()
    replace(entry)
    run = cli(tmp_path, ".", "--format", "json", "--cache-dir", str(cache), home=home, timeout=20)
    assert "Traceback" not in run.stderr, run.stderr[-1500:]
    assert rules_by_path(run.stdout) == {"app.py": {"MR001"}}


# -- 7. --cache-dir . hides nothing from git ---------------------------------------------------


def test_cache_dir_dot_writes_no_gitignore_into_the_project(repo, tmp_path):
    home = outside(tmp_path, "home")
    assert "MR001" in cli(repo, ".", "--cache-dir", ".", home=home).stdout
    assert not (repo / ".gitignore").exists()
    assert list((repo / FORMAT).glob("*/*.json")), "the cache wrote no entry"
    (repo / "new.py").write_text("x = 1\n", encoding="utf-8")
    # The project's files still show; the cache's own folder does not.
    assert sorted(git(repo, "status", "--porcelain").splitlines()) == ["?? app.py", "?? new.py"]


def test_a_cache_folder_the_tool_creates_is_marked_ignored(tmp_path):
    cache = tmp_path / "made" / "here"
    (tmp_path / "app.py").write_text(LEAKY, encoding="utf-8")
    cli(tmp_path, ".", "--cache-dir", str(cache), home=outside(tmp_path, "home"))
    # The topmost folder it made holds the marker; the one that was there does not.
    assert (tmp_path / "made" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert not (tmp_path / ".gitignore").exists()


# -- 8. the key covers --no-prefilter and the package's own code --------------------------------


def test_the_cache_key_covers_the_prefilter_switch():
    ids = load_catalogue().ids
    assert plan_fingerprint(Plan.build(ids)) != plan_fingerprint(Plan.build(ids, use_prefilter=False))


def test_a_no_prefilter_run_is_never_served_a_prefiltered_entry(tmp_path):
    home, cache = outside(tmp_path, "home"), tmp_path / "cache"
    (tmp_path / "old.py").write_text("print 'x'\n", encoding="utf-8")  # no key-like text at all
    cli(tmp_path, ".", "--cache-dir", str(cache), home=home)
    cached = cli(tmp_path, ".", "--format", "json", "--no-prefilter", "--cache-dir", str(cache), home=home)
    cold = cli(tmp_path, ".", "--format", "json", "--no-prefilter", "--no-cache")
    assert rules_by_path(cold.stdout) == {"old.py": {"MR000"}}
    assert cached.stdout == cold.stdout


def test_the_cache_key_covers_the_package_code(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    (package / "checks").mkdir(parents=True)
    (package / "a.py").write_text("A = 1\n", encoding="utf-8")
    (package / "checks" / "b.py").write_text("B = 2\n", encoding="utf-8")
    monkeypatch.setattr(user_cache, "_PACKAGE_DIR", package)
    monkeypatch.setenv("XDG_CACHE_HOME", str(outside(tmp_path, "home")))
    user_cache.code_fingerprint.cache_clear()
    try:
        first = user_cache.code_fingerprint()
        memos = list((outside(tmp_path, "home") / "modelred-lint").glob("code-*"))
        assert len(memos) == 1 and memos[0].read_text() == first
        # Kept once per install: a second process reads the memo, not the files.
        memos[0].write_text("f" * 64)
        user_cache.code_fingerprint.cache_clear()
        assert user_cache.code_fingerprint() == "f" * 64
        # An edit (as in an editable install) changes size or mtime, hence the hash.
        (package / "checks" / "b.py").write_text("B = 3  # changed\n", encoding="utf-8")
        user_cache.code_fingerprint.cache_clear()
        edited = user_cache.code_fingerprint()
        assert edited not in (first, "f" * 64)
    finally:
        user_cache.code_fingerprint.cache_clear()
    ids = load_catalogue().ids
    plan = Plan.build(ids)
    monkeypatch.setattr(user_cache, "code_fingerprint", lambda: first)
    before = plan_fingerprint(plan)
    monkeypatch.setattr(user_cache, "code_fingerprint", lambda: edited)
    assert plan_fingerprint(plan) != before


# -- 2. --fix writes inside the tree, through links, as the same file ---------------------------


def fix(cwd: Path, *paths: str):
    return invoke("--format", "json", "--fix", "--unsafe-fixes", "--no-cache", *(paths or (".",)), cwd=cwd)


def test_fix_does_not_write_outside_the_tree_through_a_folder_link(tmp_path):
    tree, outside = tmp_path / "tree", tmp_path / "outside"
    (tree / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "o.py").write_text(LEAKY, encoding="utf-8")
    os.symlink("../../outside", tree / "sub" / "link")
    result = fix(tree)
    assert holds(outside / "o.py", LEAKY), "the file outside the tree was rewritten"
    assert "sub/link/o.py" in result.stderr and "outside the linted folder" in result.stderr
    assert rules_by_path(result.stdout).get("sub/link/o.py") == {"MR001"}  # still reported, not "fixed"
    assert result.exit_code == 2


def test_fix_keeps_a_file_link_and_fixes_its_target_inside_the_tree(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "mod.py"
    target.write_text(LEAKY, encoding="utf-8")
    os.symlink("real/mod.py", tmp_path / "link.py")
    result = fix(tmp_path, "link.py")
    assert result.exit_code == 0, result.stderr
    assert os.readlink(tmp_path / "link.py") == "real/mod.py"
    assert fixed(target), "the link's target was not fixed"


@pytest.mark.parametrize("named", [False, True], ids=["walked", "named"])
def test_fix_leaves_a_link_whose_target_is_outside_the_tree(tmp_path, named):
    tree, outside = tmp_path / "tree", tmp_path / "outside"
    tree.mkdir()
    outside.mkdir()
    (outside / "o.py").write_text(LEAKY, encoding="utf-8")
    os.symlink("../outside/o.py", tree / "link.py")
    result = fix(tree, *(["link.py"] if named else []))
    assert holds(outside / "o.py", LEAKY), "the file outside the tree was rewritten"
    assert os.path.islink(tree / "link.py")
    assert "link.py" in result.stderr and "outside the linted folder" in result.stderr
    assert rules_by_path(result.stdout) == {"link.py": {"MR001"}}


def test_fix_does_not_split_hard_links(tmp_path):
    first = tmp_path / "a.py"
    first.write_text(LEAKY, encoding="utf-8")
    os.link(first, tmp_path / "b.py")
    result = fix(tmp_path)
    assert holds(first, LEAKY), "a hard-linked file was rewritten"
    assert os.path.samefile(first, tmp_path / "b.py")
    assert "hard links" in result.stderr and result.exit_code == 2


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_fix_keeps_owner_group_and_mode(tmp_path):
    path = tmp_path / "mod.py"
    path.write_text(LEAKY, encoding="utf-8")
    os.chown(path, 65534, 65534)
    path.chmod(0o640)
    assert fix(tmp_path).exit_code == 0
    status = path.stat()
    assert (status.st_uid, status.st_gid, stat.S_IMODE(status.st_mode)) == (65534, 65534, 0o640)
    assert fixed(path), "the file was not fixed"


# -- 11. an edit saved during --fix is never lost; the data is synced before the rename --------


def test_an_edit_saved_while_fix_runs_is_kept(tmp_path, monkeypatch):
    from modelred_lint import fixer

    path = tmp_path / "mod.py"
    path.write_text(LEAKY, encoding="utf-8")
    users_edit = LEAKY + "ADDED = 1  # saved by the editor meanwhile\n"
    real_fix_source = fixer.fix_source

    def fix_source_then_someone_saves(*args, **kwargs):
        outcome = real_fix_source(*args, **kwargs)
        path.write_text(users_edit, encoding="utf-8")
        return outcome

    monkeypatch.setattr(fixer, "fix_source", fix_source_then_someone_saves)
    result = fix(tmp_path)
    assert holds(path, users_edit), "the edit saved during --fix was lost"
    assert "changed while --fix ran" in result.stderr and result.exit_code == 2


def test_the_new_text_is_synced_before_the_rename(tmp_path, monkeypatch):
    path = tmp_path / "mod.py"
    path.write_text(LEAKY, encoding="utf-8")
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append("fsync " + os.readlink(f"/proc/self/fd/{fd}"))
        return real_fsync(fd)

    def replace(src, dst, **kwargs):
        if Path(dst) == path:  # not the catalogue's own cache, should it be written now
            events.append(f"replace {src}")
        return real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    assert fix(tmp_path).exit_code == 0
    renamed = [e for e in events if e.startswith("replace ")]
    assert len(renamed) == 1
    temp = renamed[0].removeprefix("replace ")
    assert f"fsync {temp}" in events[: events.index(renamed[0])], events


# -- 5. an unreadable folder is an error line, and the run goes on -------------------------------


def _unprivileged(locked: Path) -> list[str]:
    """A command prefix under which file permissions apply: root ignores them, unless
    its capabilities to override them are dropped (setpriv keeps the uid, so the
    interpreter under /root stays reachable)."""
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
    if shutil.which("setpriv") is not None:
        probe = subprocess.run([*prefix, sys.executable, "-c", f"import os; os.listdir({str(locked)!r})"], capture_output=True)
        if b"PermissionError" in probe.stderr:
            return prefix
    pytest.skip("running as root and cannot drop the capabilities that ignore permissions")


def test_an_unreadable_folder_does_not_stop_the_run(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.py").write_text(LEAKY, encoding="utf-8")
    (tmp_path / "ok.py").write_text(LEAKY, encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    try:
        done = subprocess.run(
            [*_unprivileged(tmp_path / "locked"), sys.executable, "-m", "modelred_lint", "--no-cache", "--format", "json", "."],
            cwd=tmp_path, capture_output=True, text=True, timeout=60,
        )
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert "Traceback" not in done.stderr, done.stderr[-1500:]
    assert any("locked" in line and "Permission denied" in line for line in done.stderr.splitlines()), done.stderr
    assert rules_by_path(done.stdout) == {"ok.py": {"MR001"}}
    assert done.returncode == 2


# -- 10. size first; a killed worker loses one file, not the run ---------------------------------


MEASURE = """
import resource, subprocess, sys
done = subprocess.run([sys.executable, "-m", "modelred_lint", *sys.argv[1:]], capture_output=True, text=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.stdout.write(done.stdout)
"""


@pytest.mark.parametrize("cache", [["--no-cache"], []], ids=["no-cache", "cache"])
def test_a_huge_sparse_file_is_not_read(tmp_path, cache):
    with open(tmp_path / "big.py", "wb") as out:
        out.truncate(2 * 1024**3)
    (tmp_path / "ok.py").write_text(LEAKY, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, "--format", "json", *cache, "."],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
        env={**os.environ, "XDG_CACHE_HOME": str(outside(tmp_path, "home"))},
    )
    peak_kib, _, report = done.stdout.partition("\n")
    assert int(peak_kib) < 300 * 1024, f"peak RSS {int(peak_kib) // 1024} MiB"
    findings = json.loads(report)["findings"]
    assert {(f["path"], f["rule"]) for f in findings} == {("big.py", "MR000"), ("ok.py", "MR001")}
    assert "max-file-size" in next(f["message"] for f in findings if f["path"] == "big.py")


def test_a_worker_killed_from_outside_loses_only_its_file(tmp_path):
    from modelred_lint.runner import KILL_HOOK, MIN_FILES_FOR_WORKERS

    names = [f"m{i:02d}.py" for i in range(MIN_FILES_FOR_WORKERS + 6)] + ["victim.py"]
    for name in names:
        (tmp_path / name).write_text(LEAKY, encoding="utf-8")
    run = cli(tmp_path, ".", "--format", "json", "--no-cache", "-j", "2", env={KILL_HOOK: "victim.py"}, timeout=120)
    assert "Traceback" not in run.stderr and "BrokenProcessPool" not in run.stderr, run.stderr[-2000:]
    found = rules_by_path(run.stdout)
    assert {p for p, rules in found.items() if "MR001" in rules} == set(names) - {"victim.py"}
    assert found["victim.py"] == {"MR000"}
    assert any(line.startswith("modelred-lint: error: victim.py: not analysed") for line in run.stderr.splitlines())
    assert run.returncode == 2


# -- 0. the patterns the regex checker flagged as quadratic: linear now --------------------------


def _seconds(work) -> float:
    import time

    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def test_masking_a_long_line_of_spaces_is_linear():
    """A secret's place over a line of a letter, 20,000 spaces and a letter: the lazy
    body of the old one-regex split tried every split of the spaces (2.9 s)."""
    from modelred_lint.redaction import mask

    vocab = Plan.build(load_catalogue().ids).knowledge.vocab
    line = "x" + " " * 20_000 + "y"
    assert _seconds(lambda: mask(line + "\n", [(1, 0, 1, len(line))], vocab)) < 0.5


@pytest.mark.parametrize(
    "piece,parts",
    [
        ('    "abcdefgh",', ('    "', "abcdefgh", '",')),
        ("(f'''abc''')  \\", ("(f'''", "abc", "''')  \\")),
        ('"""x"', ('"""', "x", '"')),
        ('"', ('"', "", "")),
        ("rb'", ("rb'", "", "")),
        ("abc", ("", "abc", "")),
        ("   ", ("   ", "", "")),
    ],
)
def test_a_masked_piece_keeps_its_quotes_and_brackets(piece, parts):
    from modelred_lint.redaction import _split_piece

    assert _split_piece(piece) == parts


def test_the_diff_line_split_is_linear_and_keeps_every_break():
    from modelred_lint.fixer import _lines

    assert _lines("a\r\nb\rc\n\nd") == ["a\r\n", "b\r", "c\n", "\n", "d"]
    assert _lines("a\n") == ["a\n"] and _lines("") == []
    assert _seconds(lambda: _lines("x" * 200_000 + "\r" * 200_000)) < 0.5


def test_a_readme_of_unterminated_markers_is_read_in_linear_time():
    from modelred_lint import docs

    start = "<!-- generated: rules table (python -m modelred_lint.docs) -->\n"
    readme = start * 3_000  # the old lazy regex retried from each marker: quadratic (~10 s)
    assert _seconds(lambda: docs.generated_regions(readme)) < 0.5
    assert docs.generated_regions(readme) == {}
    whole = f"intro\n{start}old\n<!-- end: rules table -->\nrest\n"
    assert docs.generated_regions(whole) == {"rules table": "old"}
    rewritten = docs.rewrite(whole)
    assert rewritten.startswith(f"intro\n{start}| ID |") and rewritten.endswith("\n<!-- end: rules table -->\nrest\n")


def test_an_unsafe_user_pattern_is_named_for_what_it_is():
    """A quadratic shape is not "exponential": the message says unsafe, and why."""
    from modelred_lint.schema import Regex, SchemaError

    with pytest.raises(SchemaError) as raised:
        Regex().check(r"\s*a\s*b", "extra-key-patterns[0]")
    message = str(raised.value)
    assert "is unsafe on hostile input: " in message and "exponential time" not in message
    assert r"\s*a\s*b" not in message


# -- 3. no key echoed by a configuration error ---------------------------------------------------

# Invented, made with secrets.choice; the leak checks look for any run of 10 of its
# characters past the published prefix.
CONFIG_KEY = "mr_Qm7XwT2rLp9ZkV4cN8sHbJ3yFd6GaE1u"  # pragma: allowlist secret - invented


def leaks(text: str, key: str = CONFIG_KEY) -> bool:
    body = key[3:]
    return any(body[i : i + 10] in text for i in range(len(body) - 9))


BAD_CONFIGS = {
    "yaml-unterminated": (".modelred-lint.yaml", f'extra-placeholder-words:\n  - "{CONFIG_KEY}\n', "invalid YAML: line"),
    "yaml-flow": (".modelred-lint.yaml", f"extra-placeholder-words: [{CONFIG_KEY}: x: y]\n", "invalid YAML: line 1"),
    "yaml-tab": (".modelred-lint.yaml", f"extra-placeholder-words:\n\t- {CONFIG_KEY}\n", "invalid YAML"),
    "toml-bare": ("pyproject.toml", f"[tool.modelred-lint]\nextra-placeholder-words = [{CONFIG_KEY}]\n", "invalid TOML"),
    "toml-string": ("pyproject.toml", f'[tool.modelred-lint]\nextra-placeholder-words = "{CONFIG_KEY}\n', "invalid TOML"),
    "select": ("pyproject.toml", f'[tool.modelred-lint]\nselect = ["{CONFIG_KEY}"]\n', "unknown rule"),
    "setting-name": ("pyproject.toml", f'[tool.modelred-lint]\n"{CONFIG_KEY}" = 1\n', "unknown setting"),
    "field-name": (".modelred-lint.yaml", f"extra-sinks: [{{{CONFIG_KEY}: 1}}]\n", "unknown field"),
    "per-file-ignores": ("pyproject.toml", f'[tool.modelred-lint.per-file-ignores]\n"{CONFIG_KEY}" = 3\n', "per-file-ignores"),
    "bad-regex": ("pyproject.toml", f'[tool.modelred-lint]\nextra-key-patterns = [{{ name = "{CONFIG_KEY}", regex = "({CONFIG_KEY}" }}]\n', "not a valid regular expression"),
    "prefix": ("pyproject.toml", f'[tool.modelred-lint]\nextra-key-patterns = [{{ name = "k", regex = "x", prefix = "{CONFIG_KEY}" }}]\n', "prefix"),
    "unsafe-regex": ("pyproject.toml", f'[tool.modelred-lint]\nextra-key-patterns = [{{ name = "k", regex = "{CONFIG_KEY}(a+)+$" }}]\n', "unsafe on hostile input"),
}


@pytest.mark.parametrize("name", list(BAD_CONFIGS))
def test_a_configuration_error_never_echoes_a_key(tmp_path, name):
    file, text, says = BAD_CONFIGS[name]
    (tmp_path / file).write_text(text, encoding="utf-8")
    (tmp_path / "a.py").write_text("x = 1\n", encoding="utf-8")
    done = invoke(".", "--no-cache", cwd=tmp_path)
    assert done.exit_code == 2
    assert says in done.output, name
    assert not leaks(done.output), f"{name}: the key is in the error message"


def test_a_yaml_error_says_where_without_quoting_the_line(tmp_path):
    from modelred_lint.config import ConfigError, read_config_file

    path = tmp_path / ".modelred-lint.yaml"
    path.write_text("a: [1, 2\nb: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_config_file(path)
    message = str(raised.value)
    assert "line 2, column 2" in message and "while parsing a flow sequence from line 1, column 4" in message
    assert "b: 3" not in message and "^" not in message


# -- 3. a key used as a file or folder name --------------------------------------------------------


@pytest.mark.parametrize("output_format", ["text", "json", "github", "sarif"])
def test_a_key_as_a_file_name_is_redacted_in_every_format(tmp_path, output_format):
    (tmp_path / CONFIG_KEY).mkdir()
    (tmp_path / CONFIG_KEY / "app.py").write_text(LEAKY, encoding="utf-8")
    (tmp_path / f"{CONFIG_KEY}.py").write_text(LEAKY, encoding="utf-8")
    done = invoke("--no-cache", "--format", output_format, ".", f"missing/{CONFIG_KEY}.py", cwd=tmp_path)
    report = done.stdout
    assert done.exit_code == 2
    if output_format != "text":  # the report's own copy of the error line
        assert "missing/mr_Qm…aE1u.py" in report, output_format
    if output_format == "sarif":
        # Its locations stay exact (code scanning places results by them); its texts do not.
        run = json.loads(report)["runs"][0]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
        assert uris == {f"{CONFIG_KEY}.py", f"{CONFIG_KEY}/app.py"}
        texts = [n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]]
        texts += [r["message"]["text"] for r in run["results"]]
        assert texts and not any(leaks(text) for text in texts)
    else:
        assert "mr_Qm…aE1u.py:1" in report.replace('",\n      "line": ', ":") or "file=mr_Qm…aE1u.py," in report
        assert "mr_Qm…aE1u/app.py" in report
        assert not leaks(report), f"{output_format}: a key that is a file name is in the report"


def test_a_key_as_a_file_name_is_redacted_in_error_lines(tmp_path):
    done = invoke("--no-cache", f"missing/{CONFIG_KEY}.py", cwd=tmp_path)
    assert done.exit_code == 2 and "missing/mr_Qm…aE1u.py" in done.stderr
    assert not leaks(done.stderr)


def test_a_key_as_a_file_name_is_redacted_in_the_diff_header(tmp_path):
    (tmp_path / f"{CONFIG_KEY}.py").write_text(LEAKY, encoding="utf-8")
    done = invoke("--no-cache", "--fix", "--unsafe-fixes", "--diff", ".", cwd=tmp_path)
    assert "--- a/mr_Qm…aE1u.py" in done.stdout and "+++ b/mr_Qm…aE1u.py" in done.stdout
    assert not leaks(done.stdout)
    assert holds(tmp_path / f"{CONFIG_KEY}.py", LEAKY)  # --diff writes nothing


def test_a_key_as_a_file_name_is_not_in_the_cache(tmp_path):
    project, cache, home = tmp_path / "p", tmp_path / "cache", outside(tmp_path, "home")
    project.mkdir()
    (project / f"{CONFIG_KEY}.py").write_text(LEAKY, encoding="utf-8")
    first = cli(project, ".", "--format", "json", "--cache-dir", str(cache), home=home)
    second = cli(project, ".", "--format", "json", "--cache-dir", str(cache), home=home)
    assert first.stdout == second.stdout and "mr_Qm…aE1u.py" in first.stdout
    stored = [p for folder in (cache, home) for p in folder.rglob("*") if p.is_file()]
    assert stored and not any(leaks(p.read_bytes().decode("utf-8", "replace") + str(p)) for p in stored)


def test_shown_paths_redact_only_what_looks_like_a_key():
    from modelred_lint.redaction import scrub_message, shown_path

    for ordinary in ("src/pkg/very_long_module_name.py", "migrations/9f8e7d6c5b4a_add_users_table.py", "0001_initial.py"):
        assert shown_path(ordinary) == ordinary
    assert shown_path(f"a\\{CONFIG_KEY}\\b.py") == "a\\mr_Qm…aE1u\\b.py"
    assert shown_path("x/a8F3kQ9zL2mX7vB1nC4dE.txt") == "x/a8…C4dE.txt"  # random, with no known prefix
    message = scrub_message(f"/tmp/pytest-of-someone/test_a_key0/{CONFIG_KEY}.py: not analysed")
    assert message == "/tmp/pytest-of-someone/test_a_key0/mr_Qm…aE1u.py: not analysed"


# -- 12. MR000: the files the linter had to parse --------------------------------------------------


def test_mr000_reports_the_files_a_rule_needed_and_no_prefilter_checks_every_file(tmp_path):
    """The decision in MR000's docs: a broken file no rule could fire on is not parsed
    (nothing can hide in it), one a rule needs is reported, and --no-prefilter parses
    and so checks every file."""
    (tmp_path / "py2.py").write_text("print 'x'\n", encoding="utf-8")
    (tmp_path / "needed.py").write_text(f"print 'x'\n{LEAKY}", encoding="utf-8")
    default = invoke("--no-cache", "--format", "json", ".", cwd=tmp_path)
    everything = invoke("--no-cache", "--no-prefilter", "--format", "json", ".", cwd=tmp_path)
    assert rules_by_path(default.stdout) == {"needed.py": {"MR000"}}
    assert rules_by_path(everything.stdout) == {"needed.py": {"MR000"}, "py2.py": {"MR000"}}
    docs = load_catalogue().rule("MR000").docs["what"]
    assert "had to analyse" in docs and "--no-prefilter" in docs
