"""The library's stable entry points, for programs that embed the linter (the language
server, editor plugins, scripts): a Project is the configuration that governs a file,
resolved once, and lints or fixes texts held in memory.

Everything else in the package may be reorganised; these names and signatures stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from modelred_lint.findings import Finding, Related


@dataclass
class Project:
    """The settings that govern files below one configuration (or none)."""

    root: Path
    config_path: Optional[Path]
    plan: object  # engine.Plan
    per_file: object  # runner.PerFileIgnores
    settings: object  # config.Settings

    @classmethod
    def for_path(
        cls,
        path: Path,
        config: Optional[Path] = None,
        select: Optional[Iterable[str]] = None,
        ignore: Iterable[str] = (),
    ) -> "Project":
        """The project of a file: the nearest pyproject.toml with our section or
        .modelred-lint.yaml above it (or `config`), with the caller's select/ignore
        on top. Raises config.ConfigError (its message names the bad setting)."""
        from modelred_lint.catalogue import load_catalogue
        from modelred_lint.config import enabled_rules, expand_codes, load_settings
        from modelred_lint.engine import Plan
        from modelred_lint.runner import PerFileIgnores

        path = Path(path)
        folder = path if path.is_dir() else path.parent
        catalogue = load_catalogue()
        settings = load_settings(folder.resolve(), config, catalogue)
        if select is not None:
            settings.select = list(select)
        settings.ignore = [*settings.ignore, *ignore]
        plan = Plan.build(enabled_rules(settings, catalogue), settings.options, max_file_size=settings.max_file_size)
        per_file = PerFileIgnores.build(
            settings.per_file_ignores,
            lambda codes: expand_codes(codes, catalogue, "per-file-ignores"),
            settings.root,
        )
        return cls(settings.root, settings.config_path, plan, per_file, settings)

    def lint(self, path: str, text: str) -> list[Finding]:
        """Every finding for `text` as the content of the file `path` (its per-file
        ignores apply). Never raises for anything the text holds: a file that cannot
        be parsed gives an MR000 finding."""
        from modelred_lint.runner import guarded_lint

        ignores = self.per_file.for_path(Path(path))
        return guarded_lint(path, text.encode("utf-8"), self.plan, ignores).findings

    def fix(self, path: str, text: str, unsafe: bool = False) -> tuple[str, list[Finding]]:
        """The text with every safe (and, with `unsafe`, unsafe) fix applied, and the
        findings that remain in it. The text is returned unchanged when a fix would
        leave it unparseable."""
        from modelred_lint.fixer import fix_source

        ignores = self.per_file.for_path(Path(path))
        outcome = fix_source(path, text.encode("utf-8"), self.plan, ignores, unsafe)
        remaining = outcome.result.findings if outcome.result is not None else []
        return (outcome.fixed if outcome.changed else text), remaining

    # -- a text named like a file of any kind (what --stdin-filename does) ---------------
    def lint_named(self, path: str, text: str) -> list[Finding]:
        """As `lint`, with what the text is taken from its name, as `--stdin-filename`
        takes it: a notebook's JSON (findings placed in the JSON text, their fixes
        without edits), a text file (.env, YAML, a Dockerfile ...: keys only), else
        Python. `lint` always reads Python."""
        from modelred_lint.file_kinds import kind_of_path
        from modelred_lint.runner import guarded_lint

        ignores = self.per_file.for_path(Path(path))
        return guarded_lint(path, text.encode("utf-8"), self.plan, ignores, kind_of_path(path)).findings

    def fix_named(self, path: str, text: str, unsafe: bool = False) -> tuple[str, list[Finding]]:
        """As `fix`, by the text's kind as `lint_named` takes it (a notebook's JSON is
        fixed through its cells and written back in its layout; a text file is never
        changed)."""
        from modelred_lint.file_kinds import PYTHON, kind_of_path
        from modelred_lint.runner import _fix_file

        kind = kind_of_path(path)
        if kind == PYTHON:
            return self.fix(path, text, unsafe)
        ignores = self.per_file.for_path(Path(path))
        outcome = _fix_file(kind, path, text.encode("utf-8"), self.plan, ignores, unsafe)
        remaining = outcome.result.findings if outcome.result is not None else []
        changed = outcome.fixed != outcome.original and not outcome.error
        return (outcome.fixed if changed and outcome.fixed else text), remaining

    # -- notebooks held as cells (editors sync them cell by cell) -------------------------
    def lint_cells(self, path: str, cells: Sequence[tuple[str, str]], language: str = "python") -> list["CellResult"]:
        """The findings of a notebook given as its cells' (kind, text), kind being
        "code", "markdown" or "raw": linted as the CLI lints the `.ipynb` file `path`
        (code cells as one module, IPython syntax masked, keys in prose found). Each
        finding is placed in its cell: lines and columns of that cell's text, its fix's
        edits too (a fix that would touch another cell, or a masked IPython line, has no
        edits here; fix_cells applies it)."""
        from modelred_lint import notebooks

        raw = _notebook_json(cells, language)
        ignores = self.per_file.for_path(Path(path))
        result, notebook, linted = notebooks._lint(path, raw.encode("utf-8"), self.plan, ignores)
        edits: dict[tuple, Optional[tuple]] = {}
        if notebook is not None and linted is not None:
            module, module_findings = linted
            for finding in module_findings:
                place = module.lines.get(finding.line)
                if place is not None and finding.fix is not None:
                    key = (finding.rule, place[0], place[1], finding.col, finding.message)
                    edits[key] = _cell_edits(module, finding.fix.edits)
        out = []
        for finding in result.findings:
            index = max(getattr(finding, "cell", 1) - 1, 0)
            if notebook is None or not getattr(finding, "cell", 0):
                line, col = 1, 0  # the notebook as a whole (too large): its first cell
                end_line, end_col = line, col
            else:
                line, col = finding.cell_line, finding.cell_col
                end_line, end_col = _cell_point(notebook, index, finding.end_col)
                if (end_line, end_col) < (line, col):
                    end_line, end_col = line, col
            fix = finding.fix
            if fix is not None:
                key = (finding.rule, index, finding.cell_line, finding.cell_col, finding.message)
                cell_edits = edits.get(key)
                # Edits that fall in another cell (an import added to the first code
                # cell): the fix exists, with no edits here, as in the CLI's reports.
                edits_here = cell_edits[1] if cell_edits and cell_edits[0] == index else ()
                fix = type(fix)(fix.applicability, fix.description, edits_here)
            # A second place in the same cell, in that cell's lines (one in another cell
            # has no place in this cell's document).
            related = tuple(
                Related(r.cell_line, r.cell_col, r.cell_line, r.cell_end_col, r.message)
                for r in finding.related if getattr(r, "cell", 0) == index + 1 and getattr(finding, "cell", 0)
            )
            placed = Finding(
                rule=finding.rule, path=path, line=line, col=col, end_line=end_line, end_col=end_col,
                message=finding.message, severity=finding.severity, fix=fix, snippet=finding.snippet,
                related=related,
            )
            out.append(CellResult(index, placed))
        return out

    def fix_cells(self, path: str, cells: Sequence[tuple[str, str]], unsafe: bool = False, language: str = "python") -> list[str]:
        """Every cell's text once the notebook's safe (and, with `unsafe`, unsafe) fixes
        are applied, as `--fix` applies them to the `.ipynb` file; the texts unchanged
        when nothing applies or a fix would leave the code unparseable."""
        import json

        from modelred_lint import notebooks

        raw = _notebook_json(cells, language)
        ignores = self.per_file.for_path(Path(path))
        outcome = notebooks.fix_notebook(path, raw.encode("utf-8"), self.plan, ignores, unsafe)
        texts = [text for _, text in cells]
        if outcome.error or outcome.fixed == raw:
            return texts
        fixed = json.loads(outcome.fixed)["cells"]
        return [
            source if isinstance(source, str) else "".join(source)
            for source in (cell.get("source", "") for cell in fixed)
        ]


@dataclass(frozen=True)
class CellResult:
    """A finding of a notebook held as cells: `cell` is its index among all cells (from
    0); the finding's lines and columns are those of that cell's text."""

    cell: int
    finding: Finding


def _notebook_json(cells: Sequence[tuple[str, str]], language: str) -> str:
    """The cells as an nbformat 4 document on one line (json escapes the line breaks),
    so that a place in the file is a column of line 1."""
    import json

    document = {
        "cells": [
            {"cell_type": kind, "metadata": {}, "source": text, **({"outputs": [], "execution_count": None} if kind == "code" else {})}
            for kind, text in cells
        ],
        "metadata": {"language_info": {"name": language}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(document, ensure_ascii=False)


def _cell_point(notebook, index: int, raw_col: int) -> tuple[int, int]:
    """(line, column) in cell `index` of a place given as a column of the one-line JSON."""
    import json

    pieces = notebook.cells[index].pieces
    if not pieces:
        return 1, 0
    start = pieces[0].raw_start
    at = min(max(raw_col, start), pieces[-1].raw_end)
    try:
        before = json.loads('"' + notebook.raw[start:at] + '"')
    except ValueError:  # not at a character's boundary: the cell's start
        return 1, 0
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1)


def _cell_edits(module, edits) -> Optional[tuple[int, tuple]]:
    """A fix's edits, from the joined module's places to one cell's: (cell, edits), or
    None when they touch a masked IPython line or more than one cell. A place at the
    start of a cell's marker line (an import added before the first statement) is the
    start of the next cell when it begins an edit, the end of the previous one (past
    its last line, which Lines clamps) when it ends one."""
    from modelred_lint.findings import Edit
    from modelred_lint.notebooks import CELL_MARK, MAGIC_MARK

    text_lines = module.text.split("\n")
    code_cells = module.code_cells
    marker_of: dict[int, int] = {}
    for number, content in enumerate(text_lines, start=1):
        if content.startswith(f"{CELL_MARK}{module.token} "):
            marker_of[number] = int(content.rsplit(" ", 1)[1])

    def point(line: int, col: int, ending: bool) -> Optional[tuple[int, int, int]]:
        if line in module.lines:
            if f"{MAGIC_MARK}{module.token} " in text_lines[line - 1]:
                return None
            index, cell_line = module.lines[line]
            return (None if index in module.magic_cells else (index, cell_line, col))
        if col != 0 or not code_cells:
            return None
        if line in marker_of:
            following = marker_of[line]
        elif line < min(marker_of, default=line + 1):
            following = code_cells[0]  # the header line: before the first cell
        else:
            return (code_cells[-1], 1 << 30, 0) if ending else None  # past the end
        if not ending:
            return following, 1, 0
        position = code_cells.index(following)
        if position == 0:
            return following, 1, 0
        return code_cells[position - 1], 1 << 30, 0

    cell = None
    out = []
    for edit in edits:
        start = point(edit.start_line, edit.start_col, False)
        end = point(edit.end_line, edit.end_col, (edit.end_line, edit.end_col) != (edit.start_line, edit.start_col))
        if start is None or end is None or start[0] != end[0] or (cell is not None and start[0] != cell):
            return None
        cell = start[0]
        if end[1] == 1 << 30:  # the end of the cell: Lines clamps a place past it
            end = (end[0], end[1], 0)
        out.append(Edit(start[1], start[2], end[1], end[2], edit.text))
    return (cell, tuple(out)) if cell is not None else None
