"""Jupyter notebooks (`.ipynb`): the code cells linted as one module (ruff's
convention), keys in stored outputs, and fixes written back into the notebook's JSON.

- The code cells are joined into one Python module, each after a marker comment line
  that a fix cannot touch, so that the module maps back to cells and, once fixed,
  splits back into them. IPython syntax (`%pip`, `!ls`, `x = !ls`, `obj?`, a `%%bash`
  cell) is masked: a masked line becomes `...` (with a marker naming the original
  line, restored after fixing), a cell magic's cell becomes blank lines. So it neither
  fails to parse nor fires a rule; the keys it holds are still found by the text scan
  (text_files), without a fix, as are keys in markdown and raw cells.
- Keys printed in stored outputs (`stream` text, `execute_result` / `display_data`
  text data, `error` tracebacks) are MR001/MR002 findings; their safe fix clears that
  output.
- A finding's place is the cell (its position among all cells, markdown included,
  counting from 1) and the line and column in it, and the physical place in the JSON
  file (the line GitHub shows): CellFinding carries both.
- A notebook that is not valid JSON, or not a notebook, is MR000 and never written.
  A fixed notebook is written with the original's indentation, key order, trailing
  newline and metadata (json.dumps of what json.loads read, in the same style)."""

from __future__ import annotations

import dataclasses
import json
import re
import secrets
from dataclasses import dataclass, field
from typing import Any, Optional

from modelred_lint.engine import FileResult, Plan, syntax_finding
from modelred_lint.findings import Finding, Fix, Related
from modelred_lint.keyscan import redact
from modelred_lint.redaction import scrub
from modelred_lint.source import SourceError

KEY_RULES = frozenset({"MR001", "MR002"})


@dataclasses.dataclass(frozen=True)
class CellRelated(Related):
    """A related place in a notebook: `line`/`col` in the JSON file; `cell` (1-based),
    `cell_line` and `cell_col`/`cell_end_col` in that cell's source."""

    cell: int = 0
    cell_line: int = 0
    cell_col: int = 0
    cell_end_col: int = 0


@dataclass(frozen=True)
class CellFinding(Finding):
    """A finding in a notebook. `line`/`col` are the physical place in the JSON file;
    `cell` (1-based, among all cells), `cell_line` (1-based) and `cell_col` (0-based)
    the place in the cell's source, or in the cell's `output`-th output (1-based; 0
    for the source)."""

    cell: int = 0
    cell_line: int = 0
    cell_col: int = 0
    output: int = 0

    @property
    def sort_key(self) -> tuple:
        # Cell by cell, a cell's source before its outputs (the JSON holds them the
        # other way round).
        return (self.path, self.cell, self.output, self.cell_line, self.cell_col, self.rule)

    @property
    def cell_place(self) -> str:
        where = f"cell {self.cell}" + (f" output {self.output}" if self.output else "")
        return f"{where}:{self.cell_line}:{self.cell_col + 1}"


class NotebookError(Exception):
    def __init__(self, message: str, line: int = 1, col: int = 0) -> None:
        super().__init__(message)
        self.line = line
        self.col = col


# -- the JSON text, with the places of its strings -----------------------------------------------
# The characters that give a JSON text its structure; strings are read by the json
# module's own scanner from their opening quote (linear, in C).
_STRUCTURE = re.compile(r'["{}\[\]:,]')


def string_places(raw: str) -> dict[tuple, tuple[int, int]]:
    """JSON path -> (start, end) of each string value's text between its quotes, in
    the raw text (already known to be valid JSON). Numbers and literals stand
    between separators and need no reading."""
    from json.decoder import scanstring

    places: dict[tuple, tuple[int, int]] = {}
    # One frame per open container: [bracket, key or index, expecting a key].
    stack: list[list] = []
    path: list = []
    position = 0
    while True:
        found = _STRUCTURE.search(raw, position)
        if found is None:
            return places
        char, position = found.group(), found.end()
        if char == '"':
            value, end = scanstring(raw, position)
            top = stack[-1] if stack else None
            if top is not None and top[0] == "{" and top[2]:
                top[1], top[2] = value, False
            else:
                places[(*path, top[1]) if top is not None else ()] = (position, end - 1)
            position = end
        elif char in "{[":
            if stack:
                path.append(stack[-1][1])
            stack.append([char, 0 if char == "[" else None, char == "{"])
        elif char in "}]":
            stack.pop()
            if stack:
                path.pop()
        elif char == ",":
            top = stack[-1]
            if top[0] == "[":
                top[1] += 1
            else:
                top[2] = True


def _decoded_to_raw(raw_body: str, offset: int) -> int:
    """The offset in a JSON string's raw text of its decoded character `offset`."""
    decoded = raw = 0
    while decoded < offset and raw < len(raw_body):
        if raw_body[raw] == "\\":
            if raw_body[raw + 1] == "u":
                code = int(raw_body[raw + 2 : raw + 6], 16)
                raw += 6
                if 0xD800 <= code < 0xDC00 and raw_body[raw : raw + 2] == "\\u":
                    raw += 6  # a surrogate pair: one character
            else:
                raw += 2
        else:
            raw += 1
        decoded += 1
    return raw


# -- the notebook ------------------------------------------------------------------------
@dataclass
class Piece:
    """One JSON string of a cell's source or an output: where it starts in the joined
    text, and its raw span in the file."""

    start: int
    raw_start: int
    raw_end: int


@dataclass
class Cell:
    index: int  # among all cells, from 0
    kind: str
    text: str
    pieces: list[Piece]


@dataclass
class Notebook:
    raw: str
    data: dict
    cells: list[Cell]
    places: dict[tuple, tuple[int, int]]
    line_starts: list[int] = field(default_factory=list)

    def physical(self, pieces: list[Piece], offset: int) -> tuple[int, int]:
        """(line, col) in the file of the decoded `offset` of a text made of `pieces`."""
        piece = pieces[0]
        for candidate in pieces:
            if candidate.start <= offset:
                piece = candidate
        body = self.raw[piece.raw_start : piece.raw_end]
        at = piece.raw_start + _decoded_to_raw(body, offset - piece.start)
        import bisect

        line = bisect.bisect_right(self.line_starts, at)
        return line, at - self.line_starts[line - 1]


def _text_of(value: Any, where: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "".join(value)
    raise NotebookError(f"not a Jupyter notebook: {where} is neither text nor a list of lines")


def _pieces(value: Any, path: tuple, places: dict) -> list[Piece]:
    out, start = [], 0
    items = [(value, path)] if isinstance(value, str) else [(v, path + (i,)) for i, v in enumerate(value)]
    for text, where in items:
        raw_start, raw_end = places.get(where, (0, 0))
        out.append(Piece(start, raw_start, raw_end))
        start += len(text)
    return out


def load(data: bytes) -> Notebook:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotebookError("notebook is not valid UTF-8", data[: exc.start].count(b"\n") + 1) from None
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise NotebookError(f"notebook is not valid JSON ({exc.msg})", exc.lineno, exc.colno - 1) from None
    except (ValueError, RecursionError):
        raise NotebookError("notebook is not valid JSON") from None
    if not isinstance(document, dict) or not isinstance(document.get("cells"), list):
        raise NotebookError("not a Jupyter notebook (format 4): no list of cells")
    places = string_places(raw)
    cells = []
    for index, cell in enumerate(document["cells"]):
        if not isinstance(cell, dict) or not isinstance(cell.get("cell_type"), str):
            raise NotebookError(f"not a Jupyter notebook: cell {index + 1} has no cell_type")
        source = cell.get("source", "")
        text = _text_of(source, f"the source of cell {index + 1}")
        cells.append(Cell(index, cell["cell_type"], text, _pieces(source, ("cells", index, "source"), places)))
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", raw)]
    return Notebook(raw, document, cells, places, starts)


# -- code cells as one module ------------------------------------------------------------------
def _dotted_names(text: str) -> bool:
    """`x`, `a.b`, `x, y`: what IPython lets stand left of `= !ls`."""
    return all(part and all(name.isidentifier() for name in part.split(".")) for part in (p.strip() for p in text.split(",")))


def magic_kind(line: str) -> Optional[str]:
    """'line' for IPython syntax that is no Python (`%pip`, `!ls`, `?obj`, `obj?`),
    'assigned' for `x = !ls` / `y = %time f()`, None for Python. (String tests, not
    regular expressions: one pass over the line whatever it holds.)"""
    stripped = line.strip()
    if stripped.startswith(("%", "!", "?")):
        return "line"
    if stripped.endswith("?") and len(stripped) - len(stripped.rstrip("?")) <= 2 and _dotted_names(stripped.rstrip("?")):
        return "line" if "," not in stripped else None
    left, equals, right = line.partition("=")
    if equals and right.lstrip().startswith(("%", "!")) and not right.startswith("=") and _dotted_names(left):
        return "assigned"
    return None


class _PythonState:
    """Where the Python lines read so far leave the next one: inside brackets, a
    triple-quoted string, or a backslash continuation, or at a new statement. A
    character scan of each line (strings and comments skipped), not a tokenizer,
    which would stop at the first magic."""

    def __init__(self) -> None:
        self.depth = 0
        self.quote = ""  # an open triple quote
        self.backslash = False

    @property
    def at_statement(self) -> bool:
        return self.depth == 0 and not self.quote and not self.backslash

    def read(self, line: str) -> None:
        depth, quote = self.depth, self.quote
        i, n = 0, len(line)
        while i < n:
            char = line[i]
            if quote:
                if char == "\\":
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = ""
                    continue
                i += 1
                continue
            if char == "#":
                n = i  # a backslash ending a comment continues nothing
                break
            if char in "([{":
                depth += 1
            elif char in ")]}":
                depth = max(0, depth - 1)
            elif char in "'\"":
                triple = line[i : i + 3]
                quote = triple if triple in ('"""', "'''") else char
                i += len(quote)
                continue
            i += 1
        self.backslash = line[:n].endswith("\\") and len(quote) != 3
        # A one-character quote does not outlive its line (unless continued).
        self.depth, self.quote = depth, quote if len(quote) == 3 or self.backslash else ""


@dataclass
class Module:
    text: str
    token: str
    # module line (1-based) -> (cell index, line in the cell, 1-based); marker lines absent.
    lines: dict[int, tuple[int, int]]
    masked: dict[int, str]  # masked-line number -> the original line (no line break)
    magic_cells: set[int]  # cells masked whole (a cell magic)
    code_cells: list[int]


def language(document: dict) -> str:
    """The notebook's language, lower case, from its metadata; Python when unsaid."""
    metadata = document.get("metadata")
    if isinstance(metadata, dict):
        for key, field_name in (("language_info", "name"), ("kernelspec", "language")):
            table = metadata.get(key)
            if isinstance(table, dict) and isinstance(table.get(field_name), str) and table[field_name]:
                return table[field_name].lower()
    return "python"


HEADER = "# modelred-lint: the code cells of a notebook\n"
CELL_MARK = "# modelred-lint-cell-"
MAGIC_MARK = "# modelred-lint-magic-"


def _split_lines(text: str) -> list[str]:
    """The lines of a cell, each with its `\n` (the last one without, if it has none)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def build_module(notebook: Notebook) -> Module:
    token = secrets.token_hex(4)
    # A first line of our own: a cell's `# -*- coding: latin-1 -*-` is never read as
    # the module's encoding cookie (only lines 1 and 2 are), and an import a fix adds
    # above everything lands after it (and goes to the first code cell).
    out: list[str] = [HEADER]
    lines: dict[int, tuple[int, int]] = {}
    masked: dict[int, str] = {}
    magic_cells: set[int] = set()
    code_cells = []
    for cell in notebook.cells:
        if cell.kind != "code":
            continue
        code_cells.append(cell.index)
        out.append(f"{CELL_MARK}{token} {cell.index}\n")
        cell_lines = _split_lines(cell.text)
        whole = bool(cell_lines) and cell_lines[0].lstrip().startswith("%%")
        if whole:
            magic_cells.add(cell.index)
        continuing = False
        python = _PythonState()
        for number, line in enumerate(cell_lines, start=1):
            body = line.rstrip("\r\n")
            lines[len(out) + 1] = (cell.index, number)
            if whole:
                out.append("\n")
                continue
            # Only a line that starts a statement can be IPython syntax: inside
            # brackets, a string or after a backslash, `% b` and `!= c` are Python.
            kind = "line" if continuing else (magic_kind(body) if python.at_statement else None)
            if kind is None:
                python.read(body)
            if kind is not None:
                key = len(masked)
                masked[key] = body
                if kind == "assigned":
                    left = body.partition("=")[0]
                    indent = f"{left}= "
                else:
                    indent = body[: len(body) - len(body.lstrip(" \t"))]
                out.append(f"{indent}...  {MAGIC_MARK}{token} {key}\n")
                continuing = body.endswith("\\")
                continue
            out.append(body + "\n")
    return Module("".join(out), token, lines, masked, magic_cells, code_cells)


def split_module(module: Module, text: str) -> dict[int, str]:
    """Cell index -> its source, from a (fixed) module text: masked lines restored.
    Read line by line (no pattern built at run time from the token)."""
    cell_mark = f"{CELL_MARK}{module.token} "
    magic_mark = f"...  {MAGIC_MARK}{module.token} "
    cells: dict[int, list[str]] = {}
    above: list[str] = []
    current: Optional[list[str]] = None
    first: Optional[int] = None
    for line in _split_lines(text):
        if line.startswith(cell_mark):
            index = int(line[len(cell_mark) :].strip())
            current = cells.setdefault(index, [])
            first = index if first is None else first
            continue
        at = line.find(magic_mark)
        if at >= 0:
            line = module.masked[int(line[at + len(magic_mark) :].strip())] + "\n"
        (current if current is not None else above).append(line)
    out = {index: "".join(lines) for index, lines in cells.items()}
    # What a fix put above the first marker, or into the blank lines standing for a
    # cell magic's cell (an import added before the first statement), goes to the top
    # of the next cell that is Python: a cell magic's cell is never rewritten.
    carried = "".join(above)
    carried = carried[len(HEADER) :] if carried.startswith(HEADER) else carried
    for index in sorted(out, key=module.code_cells.index):
        if index in module.magic_cells:
            carried += "".join(line for line in _split_lines(out[index]) if line.strip())
        elif carried.strip():
            out[index] = carried + out[index]
            carried = ""
    return out


# -- linting -----------------------------------------------------------------------------
def _cell_finding(notebook: Notebook, module: Module, finding: Finding) -> Finding:
    place = module.lines.get(finding.line)
    if place is None:  # an import added above the first cell's marker: cell 1's top
        place = (module.code_cells[0] if module.code_cells else 0, 1)
    index, cell_line = place
    cell = notebook.cells[index]
    starts = [0] + [m.end() for m in re.finditer(r"\n", cell.text)]
    line_start = starts[min(cell_line, len(starts)) - 1]
    offset = min(line_start + finding.col, len(cell.text))
    line, col = notebook.physical(cell.pieces, offset) if cell.pieces else (1, 0)
    end_place = module.lines.get(finding.end_line)
    if end_place is not None and end_place[0] == index:
        end_start = starts[min(end_place[1], len(starts)) - 1]
        end_line, end_col = notebook.physical(cell.pieces, min(end_start + finding.end_col, len(cell.text)))
    else:
        end_line, end_col = line, col
    fix = finding.fix
    if fix is not None:
        # The edits are in the joined module, not in the JSON file: `--fix` applies
        # them (and writes the JSON); reports only say that a fix exists.
        fix = Fix(fix.applicability, fix.description, ())
    fields = {f.name: getattr(finding, f.name) for f in dataclasses.fields(Finding)}
    fields.update(line=line, col=col, end_line=end_line, end_col=end_col, fix=fix,
                  related=tuple(_related_place(notebook, module, r) for r in finding.related if not r.path))
    return CellFinding(**fields, cell=index + 1, cell_line=cell_line, cell_col=finding.col)


def _related_place(notebook: Notebook, module: Module, related: Related) -> Related:
    """A finding's second place, from the joined module to the JSON file (as the finding
    itself), with its cell and its line in the cell kept for the editor (`cell_place`)."""
    place = module.lines.get(related.line)
    if place is None:
        return dataclasses.replace(related, line=1, col=0, end_line=1, end_col=0)
    index, cell_line = place
    cell = notebook.cells[index]
    starts = [0] + [m.end() for m in re.finditer(r"\n", cell.text)]
    line_start = starts[min(cell_line, len(starts)) - 1]
    line, col = notebook.physical(cell.pieces, min(line_start + related.col, len(cell.text))) if cell.pieces else (1, 0)
    span = max(related.end_col - related.col, 0) if related.end_line == related.line else 0
    return CellRelated(line, col, line, col + span, related.message, "", index + 1, cell_line, related.col,
                       related.end_col if related.end_line == related.line else related.col)


def lint_notebook(path: str, data: bytes, plan: Plan, ignores: frozenset[str] = frozenset()) -> FileResult:
    result, _, _ = _lint(path, data, plan, ignores)
    return result


def _lint(path: str, data: bytes, plan: Plan, ignores: frozenset[str]):
    """(FileResult, the notebook, the module with its findings in module places)."""
    result = FileResult(path)
    active = plan.enabled - ignores
    if len(data) > plan.max_file_size:
        if "MR000" in active:
            message = f"file skipped: larger than max-file-size ({plan.max_file_size} bytes)"
            result.findings.append(syntax_finding(plan, path, message))
        return result, None, None
    try:
        notebook = load(data)
    except NotebookError as exc:
        if "MR000" in active:
            result.findings.append(syntax_finding(plan, path, str(exc), exc.line, exc.col))
        return result, None, None
    module = build_module(notebook)
    # An R or Julia notebook's code is no Python: only its keys are looked for.
    module_findings = _lint_module(path, module, plan, active) if language(notebook.data) == "python" else []
    unparsed = bool(module_findings) and module_findings[0].rule == "MR000" and module_findings[0].path == ""
    if unparsed:
        error = module_findings.pop(0)
        place = module.lines.get(error.line, (module.code_cells[0] if module.code_cells else 0, 1))
        cell = notebook.cells[place[0]]
        line, col = notebook.physical(cell.pieces, 0) if cell.pieces else (1, 0)
        finding = syntax_finding(plan, path, f"{error.message} (cell {place[0] + 1}, line {place[1]})", line, col)
        fields = {f.name: getattr(finding, f.name) for f in dataclasses.fields(Finding)}
        result.findings.append(CellFinding(**fields, cell=place[0] + 1, cell_line=place[1], cell_col=0))
    result.findings.extend(_cell_finding(notebook, module, f) for f in module_findings)
    # Code that does not parse still has its keys found (by the text scan, no fix).
    result.findings.extend(_text_findings(path, notebook, module, plan, active, unparsed))
    result.findings.extend(_output_findings(path, notebook, plan, active))
    result.findings.sort(key=lambda f: f.sort_key)
    return result, notebook, (module, module_findings)


def _lint_module(path: str, module: Module, plan: Plan, active: frozenset[str]) -> list[Finding]:
    """The joined cells' findings, in module places. A module that does not parse
    gives one MR000 with an empty path (placed by the caller)."""
    codes = active - {"MR000"}
    focus: dict = {}
    if plan.use_prefilter:
        codes, focus = plan.prefilter.decide(module.text, codes)
    if not codes:
        return []
    from modelred_lint.file_lint import lint_source

    try:
        return lint_source(path, module.text, frozenset(codes), plan, focus=focus)
    except SourceError as exc:
        if "MR000" not in active:
            return []
        return [syntax_finding(plan, "", str(exc), exc.line, exc.col)]
    except RecursionError:
        if "MR000" not in active:
            return []
        return [syntax_finding(plan, "", "file is nested too deeply to analyse")]


def _text_findings(path, notebook: Notebook, module: Module, plan: Plan, active, unparsed: bool = False) -> list[Finding]:
    """Keys where no Python rule looks, found as in a text file, without a fix: in
    masked IPython lines, cell-magic cells, and markdown and raw cells (a key pasted
    into the notebook's prose is as leaked as one in code)."""
    from modelred_lint.text_files import KEY_RULES as TEXT_RULES, lint_text_file

    if not (active & TEXT_RULES):
        return []
    masked = set(module.masked.values())
    out = []
    for cell in notebook.cells:
        lines = _split_lines(cell.text)
        if cell.kind != "code":
            scanned = set(range(1, len(lines) + 1))
            where, what = f"in a {cell.kind} cell", cell.kind
        elif language(notebook.data) != "python":
            scanned = set(range(1, len(lines) + 1))
            where, what = "in a code cell", f"{language(notebook.data).capitalize()} code"
        elif unparsed:
            scanned = set(range(1, len(lines) + 1))
            where, what = "in a code cell", "a notebook whose code does not parse"
        elif cell.index in module.magic_cells:
            scanned = set(range(1, len(lines) + 1))
            where, what = "in an IPython magic or shell command", "IPython syntax"
        else:
            scanned = {n for n, line in enumerate(lines, start=1) if line.rstrip("\r\n") in masked}
            where, what = "in an IPython magic or shell command", "IPython syntax"
        if not scanned:
            continue
        # Blank out the other lines, so that places stay those of the cell.
        text = "".join(line if n in scanned else "\n" for n, line in enumerate(lines, start=1))
        found = lint_text_file(path, text.encode("utf-8"), plan, frozenset(plan.enabled - active))
        starts = [0] + [m.end() for m in re.finditer(r"\n", cell.text)]
        for f in found.findings:
            line, col = notebook.physical(cell.pieces, starts[f.line - 1] + f.col)
            end_line, end_col = notebook.physical(cell.pieces, starts[f.end_line - 1] + f.end_col)
            message = f.message.replace(": remove it", f" {where}: remove it", 1)
            message = message.replace("in this file type", f"in {what}, which the fixes do not rewrite", 1)
            out.append(
                CellFinding(
                    rule=f.rule, path=path, line=line, col=col, end_line=end_line, end_col=end_col,
                    message=message, severity=f.severity, snippet=f.snippet,
                    cell=cell.index + 1, cell_line=f.line, cell_col=f.col,
                )
            )
    return out


# Output data that is text a person reads (images and widgets are not scanned).
TEXT_MIME = ("text/plain", "text/html", "text/markdown", "text/latex", "application/javascript")


def output_texts(output: dict, path: tuple):
    """(JSON path, value) of each text an output holds."""
    kind = output.get("output_type")
    if kind == "stream":
        yield path + ("text",), output.get("text")
    elif kind in ("execute_result", "display_data"):
        data = output.get("data")
        if isinstance(data, dict):
            for mime in TEXT_MIME:
                if mime in data:
                    yield path + ("data", mime), data[mime]
    elif kind == "error":
        yield path + ("evalue",), output.get("evalue")
        yield path + ("traceback",), output.get("traceback")


def _output_findings(path, notebook: Notebook, plan: Plan, active) -> list[Finding]:
    codes = active & KEY_RULES
    if not codes:
        return []
    vocab = plan.knowledge.vocab
    out = []
    for cell, raw_cell in zip(notebook.cells, notebook.data["cells"]):
        outputs = raw_cell.get("outputs") if cell.kind == "code" else None
        if not isinstance(outputs, list):
            continue
        for number, output in enumerate(outputs, start=1):
            if not isinstance(output, dict):
                continue
            for where, value in output_texts(output, ("cells", cell.index, "outputs", number - 1)):
                if not isinstance(value, (str, list)) or (isinstance(value, list) and not all(isinstance(v, str) for v in value)):
                    continue
                text = value if isinstance(value, str) else "".join(value)
                pieces = _pieces(value, where, notebook.places)
                starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
                for match in vocab.scan(text):
                    rule = match.pattern.rule
                    if rule not in codes:
                        continue
                    import bisect

                    line, col = notebook.physical(pieces, match.start)
                    end_line, end_col = notebook.physical(pieces, match.end)
                    cell_line = bisect.bisect_right(starts, match.start)
                    shown = redact(match.value, match.pattern.prefix)
                    message = (
                        f"Hardcoded {match.pattern.name} `{shown}` printed in the output of cell "
                        f"{cell.index + 1}: clear the output, read the key from the environment "
                        f"({match.pattern.env}) and rotate it"
                    )
                    fix = Fix("safe", f"Clear output {number} of cell {cell.index + 1}", ())
                    out.append(
                        CellFinding(
                            rule=rule, path=path, line=line, col=col, end_line=end_line, end_col=end_col,
                            message=scrub(message, vocab), severity=plan.catalogue.rule(rule).severity,
                            fix=fix, snippet=shown, cell=cell.index + 1, cell_line=cell_line,
                            cell_col=match.start - starts[cell_line - 1], output=number,
                        )
                    )
    return out


# -- fixing ------------------------------------------------------------------------------
def fix_notebook(path: str, data: bytes, plan: Plan, ignores: frozenset[str], unsafe: bool):
    """A fixer.FixOutcome whose texts are the notebook's JSON: code fixes applied to
    the joined module by the fixer's own loop, outputs holding keys cleared, the JSON
    written back in the original's layout, then linted again."""
    from modelred_lint.fixer import FixOutcome, fix_source, wanted

    result, notebook, linted = _lint(path, data, plan, ignores)
    outcome = FixOutcome(path, result=result)
    text = notebook.raw if notebook is not None else data.decode("utf-8", errors="replace")
    outcome.original = outcome.fixed = text
    if notebook is None or any(f.rule == "MR000" for f in result.findings):
        return outcome  # not JSON, not a notebook or not parseable: never written
    module, _ = linted
    applied: list[Finding] = []
    document = json.loads(notebook.raw)
    # Outputs first: each is one finding's fix, by its place.
    clear = {(f.cell - 1, f.output - 1) for f in result.findings if f.output and wanted(f, unsafe)}
    applied += [f for f in result.findings if f.output and wanted(f, unsafe)]
    for index, cell in enumerate(document["cells"]):
        outputs = cell.get("outputs")
        if isinstance(outputs, list) and any((index, k) in clear for k in range(len(outputs))):
            cell["outputs"] = [o for k, o in enumerate(outputs) if (index, k) not in clear]
    if language(notebook.data) != "python":
        fixed_module = FixOutcome(path)  # no Python to fix: the outputs only
    else:
        fixed_module = fix_source(path, module.text.encode("utf-8"), plan, ignores, unsafe)
    if fixed_module.error:
        outcome.error = fixed_module.error  # "nothing written": outputs included
        return outcome
    if fixed_module.changed:
        cells = split_module(module, fixed_module.fixed)
        for index, source in cells.items():
            original = notebook.cells[index].text
            if index in module.magic_cells:
                continue
            if not original.endswith("\n") and source.endswith("\n"):
                source = source[:-1]
            if source == original:
                continue
            old = document["cells"][index].get("source")
            document["cells"][index]["source"] = source if isinstance(old, str) else _split_lines(source)
        applied += [_cell_finding(notebook, module, f) for f in fixed_module.applied]
    if not applied:
        return outcome
    new_raw = dump_like(document, notebook.raw)
    outcome.fixed = new_raw
    outcome.applied = applied
    outcome.result = lint_notebook(path, new_raw.encode("utf-8"), plan, ignores)
    return outcome


def dump_like(document: Any, original: str) -> str:
    """JSON text for `document` in the layout of `original`: its indentation (nbformat
    writes 1 space), non-ASCII kept or escaped as it was, its trailing newline and
    line breaks. Key order is the original's (json keeps it)."""
    indent_match = re.search(r"\n([ \t]+)\S", original)
    indent: Any = indent_match.group(1) if indent_match else None
    if isinstance(indent, str) and set(indent) == {" "}:
        indent = len(indent)
    ascii_only = original.isascii() and "\\u" in original
    text = json.dumps(document, indent=indent, ensure_ascii=ascii_only, separators=(",", ": ") if indent is not None else None)
    if original.endswith("\n") and not text.endswith("\n"):
        text += "\n"
    if "\r\n" in original:  # JSON escapes the line breaks inside strings: these are layout
        text = text.replace("\n", "\r\n")
    return text
