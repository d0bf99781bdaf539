"""The pre-commit hook (.pre-commit-hooks.yaml), run by the real pre-commit.

pre-commit builds a virtualenv for the hook and pip-installs this checkout into it
(from PyPI: hatchling, libcst, ...), so the test needs the registry and takes a
while. It builds that environment once per session: `pre-commit try-repo` would
build a new one on every call (it keeps its store in a temporary folder and ignores
PRE_COMMIT_HOME), so the test writes the same configuration try-repo would write,
`repo: <path>` + `rev: <commit>`, and runs `pre-commit run` with a session-wide
PRE_COMMIT_HOME.

The hook repository is a committed snapshot of this checkout's working tree, not
the checkout itself: pre-commit clones a commit, and try-repo's own handling of a
dirty tree (a temporary commit of the staged and modified *tracked* files) leaves
out untracked files, such as a module or the hook manifest that is not committed
yet. The snapshot takes what `git ls-files --cached --others --exclude-standard`
lists, so a clean clone (CI) and a work tree in progress are tested alike.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
HOOK_ID = "modelred-lint"
TIMEOUT = 900  # seconds; the first run builds the hook's virtualenv

FLAWED = 'from modelred import ModelRed\n\nclient = ModelRed(api_key="mr_your_key_here")\n'
FIXED = "from modelred import ModelRed\n\nclient = ModelRed()\n"
CLEAN = "import os\n\n\ndef key() -> str:\n    return os.environ['MODELRED_API_KEY']\n"
# Not Python: the hook's `types_or` must keep pre-commit from passing it to the tool.
NOTES = 'Do not write `ModelRed(api_key="mr_your_key_here")` in code.\n'


def _pre_commit_command() -> list[str]:
    try:
        import pre_commit  # noqa: F401
    except ImportError as exc:
        problem = str(exc)
    else:
        return [sys.executable, "-m", "pre_commit"]
    pytest.fail(
        f"pre-commit is not importable from {sys.executable} ({problem}). It is a test "
        "dependency of modelred-lint: pip install -e '.[test]' (or pip install pre-commit).",
        pytrace=False,
    )


def _environment(home: Path, gitconfig: Path) -> dict[str, str]:
    """The caller's environment, minus whatever would steer git or pre-commit
    elsewhere (GIT_DIR from an enclosing hook, SKIP=modelred-lint, ...)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GIT_", "PRE_COMMIT")) and k != "SKIP"
    }
    env.update(
        PRE_COMMIT_HOME=str(home),
        PRE_COMMIT_COLOR="never",
        GIT_CONFIG_GLOBAL=str(gitconfig),
        GIT_AUTHOR_NAME="modelred-lint tests",
        GIT_AUTHOR_EMAIL="tests@modelred-lint.invalid",
        GIT_COMMITTER_NAME="modelred-lint tests",
        GIT_COMMITTER_EMAIL="tests@modelred-lint.invalid",
    )
    return env


def _git(cwd: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"git {' '.join(args)} failed in {cwd}:\n{done.stdout}{done.stderr}"
    return done.stdout


@pytest.fixture(scope="session")
def precommit_env(tmp_path_factory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("pre-commit")
    gitconfig = base / "gitconfig"
    gitconfig.write_text(
        "[user]\n\tname = modelred-lint tests\n\temail = tests@modelred-lint.invalid\n"
        "[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n",
        encoding="utf-8",
    )
    home = base / "home"  # one hook environment for the whole session
    home.mkdir()
    return _environment(home, gitconfig)


def _checkout_files() -> list[Path] | None:
    """The working tree's files (tracked and untracked, not ignored), or None
    when the checkout is not a git work tree (an unpacked sdist)."""
    if not (CHECKOUT / ".git").exists():
        return None
    done = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=CHECKOUT, capture_output=True, timeout=120,
    )
    if done.returncode != 0:
        return None
    names = sorted({n for n in done.stdout.decode("utf-8", "surrogateescape").split("\0") if n})
    return [Path(n) for n in names]


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory, precommit_env) -> tuple[Path, str]:
    """A one-commit git repository holding this checkout as it is on disk;
    returns its path and commit."""
    snapshot = tmp_path_factory.mktemp("hook-repo")
    files = _checkout_files()
    if files is None:
        shutil.rmtree(snapshot)
        shutil.copytree(
            CHECKOUT,
            snapshot,
            symlinks=True,
            ignore=shutil.ignore_patterns(
                ".git", "__pycache__", "*.pyc", ".pytest_cache", "*.egg-info",
                ".venv", "venv", ".modelred_lint_cache", "build", "dist",
            ),
        )
    else:
        for rel in files:
            src = CHECKOUT / rel
            if not src.exists() and not src.is_symlink():  # deleted, not yet staged
                continue
            dst = snapshot / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst, follow_symlinks=False)
    assert (snapshot / ".pre-commit-hooks.yaml").is_file(), "the checkout has no .pre-commit-hooks.yaml"
    _git(snapshot, precommit_env, "init", "-q")
    _git(snapshot, precommit_env, "add", "-A")
    _git(snapshot, precommit_env, "commit", "-q", "--no-verify", "-m", "snapshot for the pre-commit test")
    rev = _git(snapshot, precommit_env, "rev-parse", "HEAD").strip()
    return snapshot, rev


def _run_hook(project: Path, config: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*_pre_commit_command(), "run", "--config", str(config), "--all-files", "--color", "never"],
        cwd=project, env=env, capture_output=True, text=True, timeout=TIMEOUT,
    )


def _output(done: subprocess.CompletedProcess) -> str:
    return f"exit {done.returncode}\n--- stdout ---\n{done.stdout}\n--- stderr ---\n{done.stderr}"


def test_manifest_is_valid(precommit_env):
    done = subprocess.run(
        [*_pre_commit_command(), "validate-manifest", str(CHECKOUT / ".pre-commit-hooks.yaml")],
        env=precommit_env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, _output(done)


def test_hook_fails_on_a_flaw_and_passes_once_fixed(tmp_path, precommit_env, hook_repo):
    repo_path, rev = hook_repo
    # What `pre-commit try-repo <checkout> modelred-lint` writes, outside the project
    # so that it needs no staging.
    config = tmp_path / "pre-commit-config.yaml"
    config.write_text(
        f"repos:\n- repo: {repo_path.as_posix()!r}\n  rev: {rev!r}\n  hooks:\n  - id: {HOOK_ID}\n",
        encoding="utf-8",
    )
    project = tmp_path / "project"
    project.mkdir()
    _git(project, precommit_env, "init", "-q")
    (project / "app.py").write_text(FLAWED, encoding="utf-8")
    (project / "util.py").write_text(CLEAN, encoding="utf-8")
    (project / "NOTES.md").write_text(NOTES, encoding="utf-8")
    _git(project, precommit_env, "add", "-A")

    first = _run_hook(project, config, precommit_env)
    assert first.returncode == 1, _output(first)
    assert "Failed" in first.stdout, _output(first)
    assert "MR003" in first.stdout, _output(first)
    assert "app.py" in first.stdout, _output(first)
    assert "util.py" not in first.stdout, _output(first)
    assert "NOTES.md" not in first.stdout, _output(first)

    (project / "app.py").write_text(FIXED, encoding="utf-8")
    _git(project, precommit_env, "add", "-A")

    second = _run_hook(project, config, precommit_env)
    assert second.returncode == 0, _output(second)
    assert "Passed" in second.stdout, _output(second)
    assert "MR003" not in second.stdout, _output(second)


def test_try_repo_fails_on_a_flaw_and_passes_once_fixed(tmp_path, precommit_env, hook_repo):
    """The same through `pre-commit try-repo`, as a user trying the hook would run it
    (it builds the hook's environment afresh on each call)."""
    repo_path, rev = hook_repo
    project = tmp_path / "project"
    project.mkdir()
    _git(project, precommit_env, "init", "-q")
    (project / "app.py").write_text(FLAWED, encoding="utf-8")
    (project / "util.py").write_text(CLEAN, encoding="utf-8")
    _git(project, precommit_env, "add", "-A")

    def try_repo() -> subprocess.CompletedProcess:
        return subprocess.run(
            [*_pre_commit_command(), "try-repo", str(repo_path), HOOK_ID, "--ref", rev, "--all-files",
             "--color", "never"],
            cwd=project, env=precommit_env, capture_output=True, text=True, timeout=TIMEOUT,
        )

    first = try_repo()
    assert first.returncode == 1, _output(first)
    assert "MR003" in first.stdout and "app.py" in first.stdout, _output(first)

    (project / "app.py").write_text(FIXED, encoding="utf-8")
    _git(project, precommit_env, "add", "-A")
    second = try_repo()
    assert second.returncode == 0, _output(second)


# -- the README's recipe, and excludes ----------------------------------------------------------------

# An invented key: an unsafe fix rewrites it, a safe run reports it.
KEY = "mr_2AgEyiTFFsjNZKH4W1EfaDYDP6mMOC31"  # pragma: allowlist secret
LEAKY = f'API_KEY = "{KEY}"\n'


def _readme_recipe() -> str:
    """The pre-commit snippet of the README, as a user copies it."""
    readme = (CHECKOUT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Pre-commit") :]
    return section[section.index("```yaml\n") + len("```yaml\n") : section.index("```\n", section.index("```yaml"))]


def test_manifest_applies_excludes_to_the_files_pre_commit_names():
    import yaml

    [hook] = yaml.safe_load((CHECKOUT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    # In the entry, so that a user's `args:` cannot drop it.
    assert "--force-exclude" in hook["entry"].split()


def test_readme_recipe_names_no_tag_or_package_that_does_not_exist():
    import yaml

    recipe = yaml.safe_load(_readme_recipe())
    [repo] = recipe["repos"]
    assert [hook["id"] for hook in repo["hooks"]] == [HOOK_ID]
    tags = subprocess.run(["git", "tag", "--list"], cwd=CHECKOUT, capture_output=True, text=True).stdout.split()
    assert repo["rev"] in tags or not repo["rev"].startswith("v"), "the README's rev is a tag this repository lacks"
    readme = (CHECKOUT / "README.md").read_text(encoding="utf-8")
    assert not re.search(r"pip install modelred-lint\b", readme), "modelred-lint is not published on PyPI"


def _recipe_for(repo_path: Path, rev: str, args: list[str] | None = None) -> str:
    """The README's snippet, pointed at the snapshot of this checkout."""
    text = _readme_recipe()
    text = re.sub(r"(?m)^(\s*- repo: )\S+.*$", lambda m: m.group(1) + repo_path.as_posix(), text)
    text = re.sub(r"(?m)^(\s*rev: )\S+.*$", lambda m: m.group(1) + rev, text)
    if args is not None:
        text = re.sub(r"(?m)^(\s*)# args: .*$", lambda m: f"{m.group(1)}args: {json.dumps(args)}", text)
    return text


def test_readme_recipe_runs_with_the_real_pre_commit(tmp_path, precommit_env, hook_repo):
    repo_path, rev = hook_repo
    config = tmp_path / "pre-commit-config.yaml"
    config.write_text(_recipe_for(repo_path, rev), encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    _git(project, precommit_env, "init", "-q")
    (project / "app.py").write_text(FLAWED, encoding="utf-8")
    _git(project, precommit_env, "add", "-A")
    done = _run_hook(project, config, precommit_env)
    assert done.returncode == 1, _output(done)
    assert "MR003" in done.stdout and "app.py" in done.stdout, _output(done)


def test_excluded_files_are_neither_reported_nor_rewritten(tmp_path, precommit_env, hook_repo):
    repo_path, rev = hook_repo
    config = tmp_path / "pre-commit-config.yaml"
    config.write_text(_recipe_for(repo_path, rev, ["--fix", "--unsafe-fixes"]), encoding="utf-8")
    assert "--unsafe-fixes" in config.read_text(encoding="utf-8")
    project = tmp_path / "project"
    (project / "vendor").mkdir(parents=True)
    _git(project, precommit_env, "init", "-q")
    (project / "pyproject.toml").write_text('[tool.modelred-lint]\nextend-exclude = ["vendor/"]\n', encoding="utf-8")
    (project / "vendor" / "third.py").write_text(LEAKY, encoding="utf-8")
    (project / "app.py").write_text(LEAKY, encoding="utf-8")
    _git(project, precommit_env, "add", "-A")

    done = _run_hook(project, config, precommit_env)
    vendored = (project / "vendor" / "third.py").read_text(encoding="utf-8")
    fixed = (project / "app.py").read_text(encoding="utf-8")
    assert vendored == LEAKY, "the hook rewrote a file the configuration excludes"
    assert "vendor/third.py" not in done.stdout, "the hook reported a file the configuration excludes"
    assert 'os.environ["MODELRED_API_KEY"]' in fixed, _output(done)  # the hook did run, and fixed
    assert done.returncode == 1  # pre-commit fails a hook that modified files
