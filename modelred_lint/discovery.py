"""Which files a run lints, and as what: directories walked for Python files (*.py,
*.pyi), notebooks (*.ipynb) and the text files keys leak into (file_kinds.py), default
and configured excludes (gitignore-style), nested .gitignore files; files named on
the command line are linted even when excluded, unless force-exclude is on."""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from typing import TYPE_CHECKING

from modelred_lint.file_kinds import PYTHON, TEXT, kind_of_name, python_shebang
from modelred_lint.globs import star_glob

if TYPE_CHECKING:
    import pathspec

DEFAULT_EXCLUDES = (
    ".git",
    ".hg",
    ".svn",
    ".bzr",
    ".venv",
    "venv",
    # A virtual environment called .env: the folder only, since a `.env` file holds
    # exactly the keys the text-file scan looks for.
    ".env/",
    "node_modules",
    "__pycache__",
    "__pypackages__",
    "build",
    "dist",
    "_build",
    "buck-out",
    ".tox",
    ".nox",
    ".eggs",
    "*.egg-info",
    "site-packages",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".modelred_lint_cache",
    ".ipynb_checkpoints",
)
SUFFIXES = (".py", ".pyi")


@dataclass(frozen=True)
class Target:
    path: Path  # as the user can open it
    display: str  # relative to the working directory where possible
    explicit: bool = False
    # The folder the file was linted as part of (resolved): `--fix` writes a file only
    # when its real path lies inside, so that a symbolic link in the tree cannot make
    # it rewrite a file elsewhere. None: no such limit (a Target made by other code).
    tree: Optional[Path] = None
    kind: str = PYTHON  # file_kinds: python, notebook or text


@dataclass
class Discovery:
    targets: list[Target] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one-line messages for stderr
    unreadable: list[Target] = field(default_factory=list)  # reported as MR000


def display_path(path: Path, cwd: Path) -> str:
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix() if path.is_absolute() else path.as_posix()
    except ValueError:
        return path.as_posix()


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _named_file_tree(path: Path, cwd: Path) -> Path:
    """The folder a file named on the command line belongs to: the working directory
    when the name, read as written, lies below it (a pre-commit hook names the
    repository's files so, links included), else the folder the name is in."""
    written = Path(os.path.normpath(cwd / path))
    here = Path(os.path.normpath(cwd))
    if here in written.parents:
        return _resolved(cwd)
    return _resolved(written.parent)


def _spec(patterns) -> "pathspec.PathSpec":
    patterns = list(patterns)
    names = _NameSpec.of(patterns)
    if names is not None:
        return names  # type: ignore[return-value]
    import pathspec  # only for patterns that are more than names

    return pathspec.GitIgnoreSpec.from_lines(patterns)


# A gitignore line that is a name, with `*` for any characters but `/`, and a trailing `/`
# for directories only: the default excludes are all such lines.
_NAME_PATTERN = re.compile(r"[A-Za-z0-9._*-]+/?")


class _NameSpec:
    """gitignore patterns that are each a name (`build`, `*.egg-info`, `.env/`): a path
    matches when one of its parts does (a `.../` pattern only a part that is a
    directory: any but the last, or the last of a path ending in `/`), as in gitignore
    and pathspec's GitIgnoreSpec (tests/test_discovery_names.py compares the two). It
    spares pathspec's import (10-20 ms, a twentieth of a one-file run) where the
    excludes are the defaults."""

    def __init__(self, anywhere: list[str], directories: list[str]) -> None:
        self._anywhere = _parts_matcher(anywhere)
        self._directories = _parts_matcher(anywhere + directories)

    @classmethod
    def of(cls, patterns: list[str]) -> "Optional[_NameSpec]":
        anywhere, directories = [], []
        for line in patterns:
            if not line or line.startswith("#"):
                continue  # blank lines and comments match nothing
            if not _NAME_PATTERN.fullmatch(line) or "**" in line or not line.strip("./"):
                return None  # anything else (negation, anchoring, classes, escapes): pathspec
            if line.endswith("/"):
                directories.append(line[:-1])
            else:
                anywhere.append(line)
        return cls(anywhere, directories)

    def match_file(self, path: str) -> bool:
        if path.startswith("/"):  # (pathspec reads paths relative to the spec's folder)
            path = path[1:]
        elif path.startswith("./"):
            path = path[2:]
        parts = path.split("/")
        # A part counts where it starts the path or follows a non-empty prefix (pathspec's
        # `(?:.+/)?`: in `/b`, seen after a second leading slash, `b` does not count);
        # `*` matches an empty part too.
        last = len(parts) - 1
        for index, part in enumerate(parts):
            if index == 1 and not parts[0]:
                continue
            match = self._directories if index < last else self._anywhere
            if match(part) is not None:
                return True
        return False


def _parts_matcher(globs: list[str]):
    """A test of one path part against these names (`*` any run of characters): no
    regular expression, the patterns can come from a .gitignore under review (globs.py)."""
    if not globs:
        return lambda part: None
    plain = frozenset(g for g in globs if "*" not in g)
    starred = tuple(star_glob(g) for g in globs if "*" in g)

    def match(part: str):
        return part if part in plain or any(test(part) for test in starred) else None

    return match


def _read_gitignore(folder: Path):
    gitignore = folder / ".gitignore"
    try:
        if gitignore.is_file():
            return _spec(gitignore.read_text(encoding="utf-8", errors="replace").splitlines())
    except OSError:
        pass
    return None


class Walker:
    def __init__(
        self, root: Path, cwd: Path, excludes: list[str], respect_gitignore: bool, includes: tuple[str, ...] = ()
    ) -> None:
        self.root = root.resolve()
        self.cwd = cwd
        self._excludes = excludes
        self._exclude_spec = None
        # extend-include: more text files to scan for keys (gitignore-style patterns).
        self._include_spec = _spec(includes) if includes else None
        self.respect_gitignore = respect_gitignore
        self._tree: Optional[Path] = None  # the folder being walked, resolved
        self._named_excluded = False

    @property
    def exclude(self):
        if self._exclude_spec is None:
            self._exclude_spec = _spec(self._excludes)
        return self._exclude_spec

    def _relative(self, path: Path) -> Optional[str]:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
            return None

    def excluded(self, path: Path, is_dir: bool) -> bool:
        """Excluded by a pattern, matched against the path below the project root and,
        for paths outside it, against the name alone."""
        rel = self._relative(path) or path.name
        if is_dir:
            rel += "/"
        return self.exclude.match_file(rel) or self.exclude.match_file(path.name + ("/" if is_dir else ""))

    def included(self, path: Path) -> bool:
        """Matched by an extend-include pattern (on the path below the project root,
        or on the name alone for a path outside it)."""
        if self._include_spec is None:
            return False
        rel = self._relative(path) or path.name
        return self._include_spec.match_file(rel) or self._include_spec.match_file(path.name)

    def kind(self, path: Path, named: bool, explicit: bool = False) -> Optional[str]:
        """What a file is linted as, or None when a walk skips it. A file named on the
        command line that is none of the known kinds is read as Python (a script
        without an extension), as it always was."""
        kind = kind_of_name(path.name, path.parent.name, path.parent.parent.name)
        if kind is None and self.included(path):
            kind = TEXT
        if kind is None and (named or (explicit and python_shebang(path))):
            kind = PYTHON
        return kind

    def walk(self, top: Path, found: Discovery) -> None:
        seen: set[tuple[int, int]] = set()
        self._tree = _resolved(top)
        # A folder named on the command line is linted even when an exclude matches it
        # (`modelred-lint build`); what lies below it is then matched on its path below
        # that folder, so that the folder's own exclusion does not prune all it holds.
        self._named_excluded = self.excluded(top, True)
        self._walk_dir(top, found, seen, self._inherited_ignores(top))

    def _pruned(self, path: Path, is_dir: bool) -> bool:
        if not self._named_excluded:
            return self.excluded(path, is_dir)
        try:
            rel = path.resolve().relative_to(self._tree).as_posix()
        except (ValueError, OSError, RuntimeError):
            rel = path.name
        suffix = "/" if is_dir else ""
        return self.exclude.match_file(rel + suffix) or self.exclude.match_file(path.name + suffix)

    def _inherited_ignores(self, top: Path) -> list[tuple[Path, pathspec.PathSpec]]:
        """The .gitignore files of the folders above `top`, up to the repository root
        (or the project root): linting a subfolder skips what linting the root skips."""
        if not self.respect_gitignore:
            return []
        try:
            start = top.resolve()
        except (OSError, RuntimeError):
            return []
        chain = []
        for folder in start.parents:
            chain.append(folder)
            try:
                top = (folder / ".git").exists() or folder == self.root
            except OSError:  # a folder above we may not look into: stop there
                top = True
            if top:
                break
        else:
            return []
        ignores = []
        for folder in reversed(chain):
            spec = _read_gitignore(folder)
            if spec is None:
                continue
            # A folder named on the command line is linted even where a .gitignore
            # above ignores it (as a named file is); that .gitignore is then left out.
            between = start.relative_to(folder).parts
            if any(spec.match_file("/".join(between[: i + 1]) + "/") for i in range(len(between))):
                continue
            ignores.append((folder, spec))
        return ignores

    def _gitignored(self, path: Path, is_dir: bool, ignores) -> bool:
        for base, spec in ignores:
            try:
                rel = path.relative_to(base).as_posix()
            except ValueError:
                try:
                    rel = path.resolve().relative_to(base).as_posix()
                except (ValueError, OSError, RuntimeError):
                    continue
            if spec.match_file(rel + ("/" if is_dir else "")):
                return True
        return False

    def _walk_dir(self, folder: Path, found: Discovery, seen, ignores) -> None:
        try:
            status = folder.stat()
        except OSError as exc:
            found.errors.append(f"{display_path(folder, self.cwd)}: cannot read directory ({exc.strerror or exc.__class__.__name__})")
            return
        key = (status.st_dev, status.st_ino)
        if key in seen:  # a symlink loop, or the same folder twice
            return
        seen.add(key)
        if self.respect_gitignore:
            spec = _read_gitignore(folder)
            if spec is not None:
                ignores = [*ignores, (folder, spec)]
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            found.errors.append(f"{display_path(folder, self.cwd)}: cannot read directory ({exc.strerror or exc.__class__.__name__})")
            return
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()  # follows symlinks; loops are caught by `seen`
            except OSError:
                is_dir = False
            if self._pruned(path, is_dir) or self._gitignored(path, is_dir, ignores):
                continue
            if is_dir:
                try:
                    virtual_env = (path / "pyvenv.cfg").exists()  # whatever the folder's name
                except OSError:
                    # A folder we may not enter (EACCES): listing it below says so.
                    virtual_env = False
                if virtual_env:
                    continue
                self._walk_dir(path, found, seen, ignores)
            elif (kind := PYTHON if entry.name.endswith(SUFFIXES) else self.kind(path, False)) is not None:
                target = Target(path, display_path(path, self.cwd), tree=self._tree, kind=kind)
                try:
                    regular = entry.is_file()  # follows links; False for pipes and sockets
                    exists = os.path.exists(path)
                except OSError:
                    regular = exists = False
                if regular:
                    found.targets.append(target)
                elif not exists:  # a dangling link or a loop: a file that cannot be read
                    found.unreadable.append(target)


def discover(
    paths: list[str],
    cwd: Path,
    root: Path,
    excludes: list[str],
    respect_gitignore: bool = True,
    force_exclude: bool = False,
    includes: tuple[str, ...] = (),
    skip_other_files: bool = False,
) -> Discovery:
    """`skip_other_files`: a file named on the command line is linted only when it is
    of a kind a walk would lint (the pre-commit hook passes every text file)."""
    found = Discovery()
    walker = Walker(root, cwd, excludes, respect_gitignore, tuple(includes))
    for raw in paths:
        path = Path(raw)
        try:
            status = os.stat(path)
        except FileNotFoundError:
            status = None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                status = None  # a link loop: reported below as a file that cannot be read
            else:
                found.errors.append(f"{raw}: cannot read ({exc.strerror or type(exc).__name__})")
                continue
        if status is not None and stat.S_ISDIR(status.st_mode):
            if force_exclude and walker.excluded(path, True):
                continue
            walker.walk(path, found)
        elif status is not None and stat.S_ISREG(status.st_mode):
            if force_exclude and walker.excluded(path, False):
                continue
            # The hook passes scripts without an extension too: a Python shebang is Python.
            kind = walker.kind(path, named=not skip_other_files, explicit=True)
            if kind is None:
                continue
            found.targets.append(
                Target(path, display_path(path, cwd), explicit=True, tree=_named_file_tree(path, cwd), kind=kind)
            )
        elif status is not None:
            found.errors.append(f"{raw}: not a regular file")
        elif os.path.islink(path):
            found.unreadable.append(Target(path, display_path(path, cwd), explicit=True))
        else:
            found.errors.append(f"{raw}: no such file or directory")
    # The same file named twice (or reached twice through links) is linted once.
    unique, seen = [], set()
    for target in found.targets:
        try:
            key = target.path.resolve(strict=True)
        except (OSError, RuntimeError):
            key = target.path
        if key not in seen:
            seen.add(key)
            unique.append(target)
    found.targets = unique
    return found
