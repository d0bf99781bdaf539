"""Which files a run lints: *.py and *.pyi found recursively, the default excludes (a
virtual environment under any name among them), .gitignore files, configured excludes,
files named on the command line; and paths that cannot be read, which are reported,
never a traceback or a hang."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import invoke, run_process

MODELRED_KEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"  # pragma: allowlist secret
LEAKY = f'API_KEY = "{MODELRED_KEY}"\n'


def put(root: Path, relative: str, text: str = LEAKY) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path




def linted(*args: str) -> dict:
    """The JSON report of a run (exit code and stderr attached)."""
    result = invoke("--format", "json", *args)
    document = json.loads(result.stdout) if result.stdout.strip() else {"findings": [], "files_checked": 0}
    document["exit_code"] = result.exit_code
    document["stderr"] = result.stderr
    return document


def paths_with(document: dict, rule: str = "MR001") -> set[str]:
    return {f["path"] for f in document["findings"] if f["rule"] == rule}




@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- what is found ---------------------------------------------------------------------------


def test_py_and_pyi_files_are_found_recursively(tree):
    for name in ("top.py", "pkg/mod.py", "pkg/stubs/mod.pyi", "a/b/c/d/deep.py"):
        put(tree, name)
    for name in ("notes.txt", "pkg/mod.pyc", "script", "pkg/setup.cfg", "pkg/mod.py.orig", "pkg/mod.pyx"):
        put(tree, name)
    document = linted(".")
    # setup.cfg is one of the text files scanned for keys (issue 14): found, as text.
    assert paths_with(document) == {"top.py", "pkg/mod.py", "pkg/stubs/mod.pyi", "a/b/c/d/deep.py", "pkg/setup.cfg"}
    assert document["files_checked"] == 5
    assert document["exit_code"] == 1


def test_paths_are_relative_to_the_working_directory(tree):
    put(tree, "pkg/mod.py")
    document = linted(str(tree / "pkg"))
    assert paths_with(document) == {"pkg/mod.py"}


@pytest.mark.parametrize(
    "folder",
    [
        ".git",
        ".venv",
        "venv",
        "node_modules",
        "__pycache__",
        "build",
        "dist",
        ".tox",
        "lib/python3.11/site-packages",
        "pkg/build",  # a default exclude matches at any depth
        "pkg/node_modules/dep",
    ],
)
def test_default_excludes(tree, folder):
    put(tree, f"{folder}/mod.py")
    put(tree, "kept.py")
    document = linted(".")
    assert paths_with(document) == {"kept.py"}


@pytest.mark.parametrize("name", ["myenv", "python-3.11-env", "tools/py"])
def test_a_virtual_environment_is_excluded_whatever_its_name(tree, name):
    (tree / name).mkdir(parents=True)
    (tree / name / "pyvenv.cfg").write_text("home = /usr/bin\n")
    put(tree, f"{name}/lib/python3.11/site-packages/pkg/mod.py")
    put(tree, f"{name}/bin/activate_this.py")
    put(tree, "kept.py")
    assert paths_with(linted(".")) == {"kept.py"}


def test_a_folder_named_like_a_default_exclude_only_in_part_is_linted(tree):
    put(tree, "builder/mod.py")
    put(tree, "distance/mod.py")
    assert paths_with(linted(".")) == {"builder/mod.py", "distance/mod.py"}


# -- .gitignore --------------------------------------------------------------------------------


def test_root_and_nested_gitignore_files_are_honoured(tree):
    (tree / ".git").mkdir()
    put(tree, ".gitignore", "/local_settings.py\n*_generated.py\n")
    put(tree, "src/.gitignore", "snapshots/\nscratch.py\n")
    put(tree, "local_settings.py")
    put(tree, "src/local_settings.py")  # the root pattern is anchored: this one is linted
    put(tree, "src/api_generated.py")
    put(tree, "src/snapshots/case.py")
    put(tree, "src/scratch.py")
    put(tree, "src/deeper/scratch.py")  # a nested pattern applies below its folder too
    put(tree, "scratch.py")  # ... but not above it
    put(tree, "src/app.py")
    assert paths_with(linted(".")) == {"src/local_settings.py", "scratch.py", "src/app.py"}


def test_gitignore_negation(tree):
    (tree / ".git").mkdir()
    put(tree, ".gitignore", "gen_*.py\n!gen_keep.py\n")
    put(tree, "gen_drop.py")
    put(tree, "gen_keep.py")
    assert paths_with(linted(".")) == {"gen_keep.py"}


def test_gitignore_of_a_parent_folder_applies_when_linting_a_subfolder(tree):
    # `modelred-lint src` in a repository: git ignores src/generated/ because of the
    # repository's .gitignore, which sits above the folder named on the command line.
    (tree / ".git").mkdir()
    put(tree, ".gitignore", "generated/\n")
    put(tree, "src/generated/client.py")
    put(tree, "src/app.py")
    assert paths_with(linted(".")) == {"src/app.py"}
    assert paths_with(linted("src")) == {"src/app.py"}


def test_respect_gitignore_false_lints_ignored_files(tree):
    (tree / ".git").mkdir()
    put(tree, ".gitignore", "ignored.py\n")
    put(tree, "ignored.py")
    put(tree, ".modelred-lint.yaml", "respect-gitignore: false\n")
    assert paths_with(linted(".")) == {"ignored.py"}


# -- configured excludes and files named on the command line ------------------------------------------


def test_exclude_and_extend_exclude_patterns(tree):
    put(tree, ".modelred-lint.yaml", 'extend-exclude: ["migrations/", "*_pb2.py", "/scripts/old_*.py"]\n')
    put(tree, "app/migrations/0001.py")
    put(tree, "app/models_pb2.py")
    put(tree, "scripts/old_deploy.py")
    put(tree, "app/scripts/old_tool.py")  # anchored pattern: only the top-level scripts/
    put(tree, "app/models.py")
    put(tree, "build/x.py")  # the defaults still apply with extend-exclude
    assert paths_with(linted(".")) == {"app/scripts/old_tool.py", "app/models.py"}


def test_an_explicitly_named_excluded_file_is_linted(tree):
    put(tree, "build/generated.py")
    put(tree, "app/models_pb2.py")
    put(tree, ".modelred-lint.yaml", 'extend-exclude: ["*_pb2.py"]\n')
    assert paths_with(linted("build/generated.py", "app/models_pb2.py")) == {"build/generated.py", "app/models_pb2.py"}


@pytest.mark.parametrize("named", ["build", "./build", "build/"])
def test_an_explicitly_named_excluded_folder_is_linted(tree, named):
    put(tree, "build/generated.py")
    put(tree, "build/sub/more.py")
    put(tree, "build/build/nested.py")  # found during the walk: still excluded
    put(tree, "vendor/lib.py")
    put(tree, ".modelred-lint.yaml", 'extend-exclude: ["vendor/"]\n')
    assert paths_with(linted(named)) == {"build/generated.py", "build/sub/more.py"}
    assert paths_with(linted("vendor")) == {"vendor/lib.py"}
    assert paths_with(linted("--force-exclude", named)) == set()
    assert paths_with(linted(".")) == set()  # walked from the root, both stay excluded


def test_force_exclude_applies_excludes_to_named_files(tree):
    put(tree, "build/generated.py")
    put(tree, "app/models_pb2.py")
    put(tree, "app/models.py")
    put(tree, ".modelred-lint.yaml", 'extend-exclude: ["*_pb2.py"]\n')
    document = linted("--force-exclude", "build/generated.py", "app/models_pb2.py", "app/models.py")
    assert paths_with(document) == {"app/models.py"}
    assert document["exit_code"] == 1


def test_force_exclude_applies_to_stdin_filename(tree):
    result = invoke("--force-exclude", "--stdin-filename", "build/gen.py", input=LEAKY)
    assert result.exit_code == 0, result.output
    result = invoke("--stdin-filename", "build/gen.py", input=LEAKY)
    assert result.exit_code == 1, result.output


def test_the_same_file_named_twice_is_linted_once(tree):
    put(tree, "app.py")
    document = linted("app.py", "./app.py", ".", str(tree / "app.py"))
    assert [f["path"] for f in document["findings"]] == ["app.py"]
    assert document["files_checked"] == 1


# -- links and paths that cannot be read ------------------------------------------------------------


def test_a_directory_symlink_loop_does_not_hang(tree):
    put(tree, "pkg/mod.py")
    os.symlink("..", tree / "pkg" / "parent")
    os.symlink("../pkg", tree / "pkg" / "again")
    proc = run_process(["--format", "json", "."], cwd=tree)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, proc.stderr
    paths = [f["path"] for f in json.loads(proc.stdout)["findings"] if f["rule"] == "MR001"]
    assert paths == ["pkg/mod.py"]  # once, not again through the links


@pytest.mark.parametrize(
    "links",
    [
        {"loop": "loop"},  # a link to itself
        {"a.py": "b.py", "b.py": "a.py"},  # two *.py files that point at each other
        {"pkg/x": "y", "pkg/y": "x"},
    ],
    ids=["self-link", "py-pair", "dir-pair"],
)
def test_a_symlink_loop_is_reported_not_a_crash(tree, links):
    for name, target in links.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, tree / name)
    put(tree, "ok.py")
    proc = run_process(["--format", "json", "."], cwd=tree)
    assert "Traceback" not in proc.stderr, proc.stderr[-1500:]
    assert proc.returncode in (1, 2)
    document = json.loads(proc.stdout)
    assert paths_with(document) == {"ok.py"}
    reported = {f["path"] for f in document["findings"] if f["rule"] == "MR000"}
    errors = [line for line in proc.stderr.splitlines() if line.startswith("modelred-lint: error:")]
    for name in links:
        if name.endswith(".py"):  # a *.py that cannot be read is said so
            assert name in reported or any(name in line for line in errors), (reported, errors)


def test_a_dangling_symlink_is_an_mr000_cannot_read(tree):
    os.symlink("gone.py", tree / "dangling.py")
    put(tree, "ok.py")
    document = linted(".")
    assert "Traceback" not in document["stderr"]
    mr000 = [f for f in document["findings"] if f["rule"] == "MR000"]
    assert [(f["path"], f["line"]) for f in mr000] == [("dangling.py", 1)]
    assert "cannot read" in mr000[0]["message"]
    assert paths_with(document) == {"ok.py"}
    assert document["exit_code"] == 1


def test_a_dangling_symlink_named_on_the_command_line(tree):
    os.symlink("gone.py", tree / "dangling.py")
    document = linted("dangling.py")
    mr000 = [f for f in document["findings"] if f["rule"] == "MR000"]
    assert [(f["path"], f["line"]) for f in mr000] == [("dangling.py", 1)]
    assert "cannot read" in mr000[0]["message"]


def test_a_symlink_loop_file_named_on_the_command_line(tree):
    os.symlink("self.py", tree / "self.py")
    put(tree, "ok.py")
    document = linted("self.py", "ok.py")
    mr000 = [f for f in document["findings"] if f["rule"] == "MR000"]
    assert [(f["path"], f["line"]) for f in mr000] == [("self.py", 1)]
    assert "cannot read" in mr000[0]["message"]
    assert paths_with(document) == {"ok.py"}


def test_a_directory_named_like_a_python_file_is_walked_not_read(tree):
    put(tree, "weird.py/inner.py")
    put(tree, "ok.py")
    for args in (["."], ["weird.py", "ok.py"]):
        document = linted(*args)
        assert not [f for f in document["findings"] if f["rule"] == "MR000"], args
        assert paths_with(document) == {"weird.py/inner.py", "ok.py"}, args


def test_a_named_pipe_does_not_hang_the_run(tree):
    # Reading a FIFO blocks until someone writes to it: a linter that opens every *.py
    # it finds would wait forever in a tree that holds one.
    os.mkfifo(tree / "pipe.py")
    put(tree, "ok.py")
    proc = run_process(["--format", "json", "."], cwd=tree, timeout=5)
    assert "Traceback" not in proc.stderr
    assert paths_with(json.loads(proc.stdout)) == {"ok.py"}


def test_an_unreadable_directory_is_an_error_line_not_a_traceback(tree, monkeypatch):
    # Running as root, chmod cannot make a folder unreadable: make listing it fail.
    put(tree, "locked/secret.py")
    put(tree, "ok.py")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    document = linted(".")
    assert "Traceback" not in document["stderr"]
    assert any("locked" in line and line.startswith("modelred-lint: error:") for line in document["stderr"].splitlines()), document["stderr"]
    assert paths_with(document) == {"ok.py"}
    assert document["exit_code"] == 2
