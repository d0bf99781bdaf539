"""Notebooks in `modelred-lint server`, end to end through LSP notebook document sync
(`notebookDocument/didOpen|didChange|didSave|didClose`): a real server process over
stdio, driven by pytest-lsp's client as VS Code drives it (one text document per cell,
`vscode-notebook-cell:` URIs). Each cell's diagnostics are checked against what the CLI
reports for the same notebook as an `.ipynb` file (cell, line, column), and the fixes
against `--fix` of that file. Every key is invented here (`secrets`), and texts holding
keys are compared without being printed.
"""

from __future__ import annotations

import json
import os
import secrets
import string
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from test_server import (
    TIMEOUT,
    apply,
    capabilities,
    code_actions,
    make_client,
    same_text,
    units,
    wait_for,
)

from modelred_lint.api import Project
from modelred_lint.notebooks import fix_notebook, lint_notebook

ALNUM = string.ascii_letters + string.digits


def invented(prefix: str, length: int = 32) -> str:
    return prefix + "".join(secrets.choice(ALNUM) for _ in range(length))


KEY_MD, KEY_CODE, KEY_BASH, KEY_OTHER = invented("mr_"), invented("mr_"), invented("mr_"), invented("sk-proj-", 40)

# (kind, text): prose with a key, the imports, a cell with IPython syntax and a key
# passed to the SDK after non-ASCII text, a clean cell, a cell magic holding a key, and
# a constant used in the next cell (findings that depend on more than one cell).
CELLS = [
    ("markdown", f"# Notes\n\nThe staging key was {KEY_MD} (rotate it)\n"),
    ("code", "import os\nfrom modelred import ModelRed\n"),
    ("code", f'%pip install modelred\nlabel = "🔑 密钥"; client = ModelRed(api_key="{KEY_CODE}")\n'),
    ("code", "print('nothing here')"),
    ("code", f"%%bash\necho {KEY_BASH}\n"),
    ("code", f'OPENAI = "{KEY_OTHER}"\n'),
    ("code", 'client.providers.register_openai_model(name="m", api_key=OPENAI)\n'),
]


def nbformat_json(cells) -> str:
    return json.dumps(
        {
            "cells": [
                {"cell_type": kind, "metadata": {}, "source": text.splitlines(keepends=True),
                 **({"outputs": [], "execution_count": None} if kind == "code" else {})}
                for kind, text in cells
            ],
            "metadata": {"language_info": {"name": "python"}},
            "nbformat": 4,
            "nbformat_minor": 5,
        },
        indent=1,
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("nb")


def cell_uri(path: Path, index: int) -> str:
    return f"vscode-notebook-cell:{path}#W{index}sZmlsZQ%3D%3D"


def notebook_cells(path: Path, cells) -> list[types.NotebookCell]:
    return [
        types.NotebookCell(
            kind=types.NotebookCellKind.Markup if kind == "markdown" else types.NotebookCellKind.Code,
            document=cell_uri(path, i),
        )
        for i, (kind, _text) in enumerate(cells)
    ]


def cell_documents(path: Path, cells, version: int = 1) -> list[types.TextDocumentItem]:
    return [
        types.TextDocumentItem(
            uri=cell_uri(path, i), language_id="markdown" if kind == "markdown" else "python", version=version, text=text
        )
        for i, (kind, text) in enumerate(cells)
    ]


def open_notebook(client: LanguageClient, path: Path, cells) -> str:
    uri = path.as_uri()
    client.notebook_document_did_open(
        types.DidOpenNotebookDocumentParams(
            notebook_document=types.NotebookDocument(
                uri=uri, notebook_type="jupyter-notebook", version=1, cells=notebook_cells(path, cells)
            ),
            cell_text_documents=cell_documents(path, cells),
        )
    )
    return uri


def change_cell(client: LanguageClient, path: Path, notebook_version: int, index: int, old: str, new: str, version: int):
    lines = old.split("\n")
    end = types.Position(line=len(lines) - 1, character=units(lines[-1], "utf-16"))
    client.notebook_document_did_change(
        types.DidChangeNotebookDocumentParams(
            notebook_document=types.VersionedNotebookDocumentIdentifier(uri=path.as_uri(), version=notebook_version),
            change=types.NotebookDocumentChangeEvent(
                cells=types.NotebookDocumentCellChanges(
                    text_content=[
                        types.NotebookDocumentCellContentChanges(
                            document=types.VersionedTextDocumentIdentifier(uri=cell_uri(path, index), version=version),
                            changes=[
                                types.TextDocumentContentChangePartial(
                                    range=types.Range(start=types.Position(line=0, character=0), end=end), text=new
                                )
                            ],
                        )
                    ]
                )
            ),
        )
    )


def expected(path: Path, cells) -> dict[int, list]:
    """What the engine gives for these cells, per cell (api.Project.lint_cells)."""
    out: dict[int, list] = {i: [] for i in range(len(cells))}
    for item in Project.for_path(path).lint_cells(str(path), cells):
        out[item.cell].append(item.finding)
    return out


def diagnostic_places(diagnostics) -> list[tuple]:
    return [(d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character) for d in diagnostics]


def finding_places(text: str, findings) -> list[tuple]:
    lines = text.split("\n")
    return [
        (f.rule, f.line - 1, units(lines[f.line - 1][: f.col], "utf-16"), f.end_line - 1,
         units(lines[f.end_line - 1][: f.end_col], "utf-16"))
        for f in findings
    ]


def notebook_capabilities(pull: bool) -> types.ClientCapabilities:
    caps = capabilities(pull)
    caps.notebook_document = types.NotebookDocumentClientCapabilities(
        synchronization=types.NotebookDocumentSyncClientCapabilities(execution_summary_support=True)
    )
    return caps


SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "modelred_lint", "server"],
    client_factory=make_client,
    server_env=dict(os.environ),
)


@pytest_lsp.fixture(config=SERVER, scope="module")
async def nb_client(client: LanguageClient, folder: Path):
    result = await client.initialize_session(
        types.InitializeParams(
            capabilities=notebook_capabilities(pull=False),
            root_uri=folder.as_uri(),
            initialization_options={"unsafeFixes": True},
        )
    )
    client.server_capabilities = result.capabilities
    yield
    await client.shutdown_session()


@pytest_lsp.fixture(config=SERVER, scope="module")
async def nb_pull_client(client: LanguageClient, folder: Path):
    await client.initialize_session(
        types.InitializeParams(capabilities=notebook_capabilities(pull=True), root_uri=folder.as_uri())
    )
    yield
    await client.shutdown_session()


def test_cells_are_placed_as_the_cli_places_them(folder: Path):
    """api.Project.lint_cells (what the server runs) against the CLI's lint of the same
    notebook as an .ipynb file: the same findings at the same cell, line and column."""
    path = folder / "placed.ipynb"
    project = Project.for_path(path)
    cli = lint_notebook(str(path), nbformat_json(CELLS).encode(), project.plan).findings
    cells = project.lint_cells(str(path), CELLS)
    assert [(f.rule, f.cell, f.cell_line, f.cell_col, f.message) for f in cli] == [
        (r.finding.rule, r.cell + 1, r.finding.line, r.finding.col, r.finding.message) for r in cells
    ]
    rules = {(r.cell, r.finding.rule) for r in cells}
    # prose, a key passed to the SDK, a cell magic, and a constant used in the next cell
    assert {(0, "MR001"), (2, "MR001"), (4, "MR001"), (5, "MR002")} <= rules, rules
    for item in cells:  # every range covers the key (or the literal) it reports
        text = CELLS[item.cell][1].split("\n")
        f = item.finding
        assert f.line == f.end_line
        covered = text[f.line - 1][f.col : f.end_col]
        assert any(key in covered for key in (KEY_MD, KEY_CODE, KEY_BASH, KEY_OTHER)), f.rule


def test_a_cell_edit_spanning_cells_gives_no_quick_fix_but_fix_cells_applies_it(folder: Path):
    """The import a fix adds goes to the first code cell: such a fix is not a quick fix
    of the cell with the key, and fix_cells (fix-all) applies it as --fix does."""
    path = folder / "noimport.ipynb"
    cells = [("code", "from modelred import ModelRed\n"), ("code", f'client = ModelRed(api_key="{KEY_CODE}")\n')]
    project = Project.for_path(path)
    (item,) = [r for r in project.lint_cells(str(path), cells) if r.finding.rule == "MR001"]
    assert item.cell == 1 and item.finding.fix is not None
    assert item.finding.fix.edits == ()  # the import would land in cell 0
    fixed = project.fix_cells(str(path), cells, unsafe=True)
    outcome = fix_notebook(str(path), nbformat_json(cells).encode(), project.plan, frozenset(), True)
    from_cli = ["".join(c["source"]) for c in json.loads(outcome.fixed)["cells"]]
    assert fixed == from_cli
    assert "import os" in fixed[0] and KEY_CODE not in fixed[1]


@pytest.mark.asyncio(loop_scope="module")
class TestNotebookPush:
    async def test_declares_notebook_sync(self, nb_client: LanguageClient):
        sync = nb_client.server_capabilities.notebook_document_sync
        (selector,) = sync.notebook_selector
        assert selector.notebook == "jupyter-notebook"
        assert [c.language for c in selector.cells] == ["python", "markdown"]
        assert sync.save is True

    async def test_open_puts_each_finding_on_its_cell(self, nb_client: LanguageClient, folder: Path):
        path = folder / "demo.ipynb"
        open_notebook(nb_client, path, CELLS)
        want = expected(path, CELLS)
        uris = [cell_uri(path, i) for i in range(len(CELLS))]
        await wait_for(nb_client, lambda: all(nb_client.published.get(u) for u in uris), "every cell's diagnostics")
        for i, (kind, text) in enumerate(CELLS):
            got = nb_client.published[uris[i]][-1].diagnostics
            assert diagnostic_places(got) == finding_places(text, want[i]), f"cell {i}"
            for d, f in zip(got, want[i]):
                assert d.message == f.message and d.source == "modelred-lint"
        assert not nb_client.published[uris[3]][-1].diagnostics  # the clean cell
        # the key after the emoji and CJK: UTF-16 columns, not code points
        (mr001,) = [d for d in nb_client.published[uris[2]][-1].diagnostics if d.code == "MR001"]
        line = CELLS[2][1].split("\n")[1]
        assert mr001.range.start.character == units(line[: line.index(KEY_CODE)], "utf-16")
        assert mr001.range.start.character != line.index(KEY_CODE)  # (which code points would give)

    async def test_a_cell_edit_is_followed(self, nb_client: LanguageClient, folder: Path):
        path = folder / "demo.ipynb"
        uri = cell_uri(path, 5)
        clean = 'OPENAI = os.environ["OPENAI_API_KEY"]\n'
        count = len(nb_client.published.get(uri, []))
        change_cell(nb_client, path, 2, 5, CELLS[5][1], clean, 2)
        await wait_for(nb_client, lambda: len(nb_client.published.get(uri, [])) > count, "the edited cell's diagnostics")
        assert not nb_client.published[uri][-1].diagnostics
        # the other cells keep theirs
        assert any(d.code == "MR001" for d in nb_client.published[cell_uri(path, 2)][-1].diagnostics)
        change_cell(nb_client, path, 3, 5, clean, CELLS[5][1], 3)  # back, for the next tests
        await wait_for(
            nb_client, lambda: nb_client.published[uri][-1].diagnostics, "the restored cell's diagnostics"
        )

    async def test_quick_fix_on_a_cell_and_fix_all_over_the_notebook(self, nb_client: LanguageClient, folder: Path):
        path = folder / "demo.ipynb"
        uri = cell_uri(path, 2)
        (diag,) = [d for d in nb_client.published[uri][-1].diagnostics if d.code == "MR001"]
        found = await code_actions(nb_client, uri, diag.range.start.line, diag.range.start.character + 2)
        fixes = [a for a in found if a.kind == types.CodeActionKind.QuickFix and "suppress" not in a.title]
        assert fixes, [a.title for a in found]
        (change,) = fixes[0].edit.document_changes
        assert change.text_document.uri == uri
        fixed = apply(CELLS[2][1], list(change.edits))
        assert KEY_CODE not in fixed and 'os.environ["MODELRED_API_KEY"]' in fixed
        # the suppression lands in the cell too
        suppress = [a for a in found if "suppress" in a.title]
        (change,) = suppress[0].edit.document_changes
        assert change.text_document.uri == uri and "# noqa: MR001" in change.edits[0].new_text

        (fix_all,) = await code_actions(nb_client, uri, 0, 0, only=[types.CodeActionKind.SourceFixAll])
        resolved = await nb_client.code_action_resolve_async(fix_all)
        texts = [text for _, text in CELLS]
        for change in resolved.edit.document_changes:
            index = next(i for i in range(len(CELLS)) if cell_uri(path, i) == change.text_document.uri)
            texts[index] = apply(texts[index], list(change.edits))
        want = Project.for_path(path).fix_cells(str(path), CELLS, unsafe=True)
        for i, (got, expect) in enumerate(zip(texts, want)):
            same_text(got, expect, f"cell {i} after fix-all")
        assert texts != [text for _, text in CELLS]

    async def test_cells_added_and_removed(self, nb_client: LanguageClient, folder: Path):
        """A structure change: the removed cell's diagnostics are cleared, the new cell
        is linted with the others (its constant's use in the next cell included)."""
        path = folder / "demo.ipynb"
        removed, added = cell_uri(path, 5), cell_uri(path, 90)
        new_text = f'OPENAI = "{invented("sk-proj-", 40)}"\n'
        client = nb_client
        client.notebook_document_did_change(
            types.DidChangeNotebookDocumentParams(
                notebook_document=types.VersionedNotebookDocumentIdentifier(uri=path.as_uri(), version=4),
                change=types.NotebookDocumentChangeEvent(
                    cells=types.NotebookDocumentCellChanges(
                        structure=types.NotebookDocumentCellChangeStructure(
                            array=types.NotebookCellArrayChange(
                                start=5, delete_count=1,
                                cells=[types.NotebookCell(kind=types.NotebookCellKind.Code, document=added)],
                            ),
                            did_open=[types.TextDocumentItem(uri=added, language_id="python", version=1, text=new_text)],
                            did_close=[types.TextDocumentIdentifier(uri=removed)],
                        )
                    )
                ),
            )
        )
        await wait_for(client, lambda: client.published.get(added), "the new cell's diagnostics")
        await wait_for(client, lambda: not client.published[removed][-1].diagnostics, "the removed cell cleared")
        cells = [*CELLS[:5], ("code", new_text), CELLS[6]]
        want = expected(path, cells)
        assert diagnostic_places(client.published[added][-1].diagnostics) == finding_places(new_text, want[5])
        assert want[5], "the new cell has its own finding"
        # put the notebook back as the next tests expect it
        client.notebook_document_did_change(
            types.DidChangeNotebookDocumentParams(
                notebook_document=types.VersionedNotebookDocumentIdentifier(uri=path.as_uri(), version=5),
                change=types.NotebookDocumentChangeEvent(
                    cells=types.NotebookDocumentCellChanges(
                        structure=types.NotebookDocumentCellChangeStructure(
                            array=types.NotebookCellArrayChange(
                                start=5, delete_count=1,
                                cells=[types.NotebookCell(kind=types.NotebookCellKind.Code, document=removed)],
                            ),
                            did_open=[types.TextDocumentItem(uri=removed, language_id="python", version=1, text=CELLS[5][1])],
                            did_close=[types.TextDocumentIdentifier(uri=added)],
                        )
                    )
                ),
            )
        )
        await wait_for(client, lambda: client.published[removed][-1].diagnostics, "the cell back")

    async def test_close_clears_every_cell(self, nb_client: LanguageClient, folder: Path):
        path = folder / "demo.ipynb"
        nb_client.notebook_document_did_close(
            types.DidCloseNotebookDocumentParams(
                notebook_document=types.NotebookDocumentIdentifier(uri=path.as_uri()),
                cell_text_documents=[types.TextDocumentIdentifier(uri=cell_uri(path, i)) for i in range(len(CELLS))],
            )
        )
        uris = [cell_uri(path, i) for i in range(len(CELLS))]
        await wait_for(
            nb_client, lambda: all(not nb_client.published[u][-1].diagnostics for u in uris), "cleared cells"
        )


@pytest.mark.asyncio(loop_scope="module")
class TestNotebookPull:
    async def test_pull_on_a_cell_answers_for_that_cell(self, nb_pull_client: LanguageClient, folder: Path):
        path = folder / "pulled.ipynb"
        open_notebook(nb_pull_client, path, CELLS)
        want = expected(path, CELLS)
        for i in (0, 2, 3, 4):
            report = await nb_pull_client.text_document_diagnostic_async(
                types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=cell_uri(path, i)))
            )
            assert diagnostic_places(report.items) == finding_places(CELLS[i][1], want[i]), f"cell {i}"
        assert TIMEOUT  # (every wait above is bounded by the client's own timeout)


@pytest.mark.asyncio(loop_scope="module")
class TestNamedTexts:
    """A text document is linted by its name, as `--stdin-filename` does: an editor that
    does not sync notebooks shows a .ipynb as JSON text, and a .env is no Python."""

    async def test_a_notebook_opened_as_json_text(self, nb_client: LanguageClient, folder: Path):
        path = folder / "raw.ipynb"
        text = nbformat_json(CELLS)
        uri = path.as_uri()
        nb_client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="json", version=1, text=text)
            )
        )
        await wait_for(nb_client, lambda: nb_client.published.get(uri), "the JSON text's diagnostics")
        got = nb_client.published[uri][-1].diagnostics
        cli = lint_notebook(str(path), text.encode(), Project.for_path(path).plan).findings
        assert diagnostic_places(got) == finding_places(text, cli)
        assert {d.code for d in got} >= {"MR001", "MR002"}
        # neither a quick fix (the JSON is fixed through its cells: fix-all) nor a
        # suppression comment, which JSON cannot hold
        first = got[0]
        found = await code_actions(nb_client, uri, first.range.start.line, first.range.start.character)
        assert [a.kind for a in found] == ["source.fixAll.modelred-lint"], [a.title for a in found]
        resolved = await nb_client.code_action_resolve_async(found[0])
        (change,) = resolved.edit.document_changes
        fixed = apply(text, list(change.edits))
        same_text(fixed, Project.for_path(path).fix_named(str(path), text, unsafe=True)[0], "the fixed JSON")
        assert json.loads(fixed)["cells"][2]["source"] != json.loads(text)["cells"][2]["source"]

    async def test_a_dotenv_file_is_scanned_for_keys_not_parsed(self, nb_client: LanguageClient, folder: Path):
        path = folder / ".env"
        text = f"MODELRED_API_KEY={KEY_CODE}\n"
        uri = path.as_uri()
        nb_client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="dotenv", version=1, text=text)
            )
        )
        await wait_for(nb_client, lambda: nb_client.published.get(uri), "the .env's diagnostics")
        (got,) = nb_client.published[uri][-1].diagnostics
        (want,) = Project.for_path(path).lint_named(str(path), text)
        assert got.code == want.rule == "MR001" and got.message == want.message
        assert (got.range.start.line, got.range.start.character) == (0, text.index(KEY_CODE))
