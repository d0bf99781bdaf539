"""What a file is linted as, by its name: Python source, a Jupyter notebook, or a text
file that keys leak into (`.env`, YAML, JSON, TOML, INI, Dockerfiles, shell scripts,
GitHub workflows). Decided from the name alone, so that a walk pays a few string
tests per file and reads nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

PYTHON, NOTEBOOK, TEXT = "python", "notebook", "text"

PYTHON_SUFFIXES = (".py", ".pyi")
TEXT_SUFFIXES = (".yaml", ".yml", ".json", ".toml", ".ini", ".cfg", ".sh")

# Text formats whose comments start with `#`, where `# noqa` and
# `# pragma: allowlist secret` can be written; JSON has no comments.
NO_COMMENTS = (".json",)


def kind_of_name(name: str, parent: str = "", grandparent: str = "") -> Optional[str]:
    if name.endswith(PYTHON_SUFFIXES):
        return PYTHON
    if name.endswith(".ipynb"):
        return NOTEBOOK
    if (
        name.endswith(TEXT_SUFFIXES)
        or name.startswith(".env")  # .env, .env.local, .envrc
        or name.startswith("Dockerfile")
        or name.endswith(".dockerfile")
        or (parent == "workflows" and grandparent == ".github")
    ):
        return TEXT
    return None


def kind_of_path(path: str) -> str:
    """The kind of a file named without discovery (standard input's --stdin-filename):
    by its name, Python when the name says nothing."""
    p = Path(path)
    return kind_of_name(p.name, p.parent.name, p.parent.parent.name) or PYTHON


def has_comments(path: str) -> bool:
    return not path.endswith(NO_COMMENTS)


def python_shebang(path: Path) -> bool:
    """A script without an extension whose first line runs Python."""
    if path.suffix:
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(128)
    except OSError:
        return False
    return head.startswith(b"#!") and b"python" in head.split(b"\n", 1)[0]
