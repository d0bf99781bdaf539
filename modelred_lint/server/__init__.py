"""`modelred-lint server`: a Language Server Protocol server over stdio.

It needs the `lsp` extra (`pip install 'modelred-lint[lsp]'`: pygls and lsprotocol), so
that the plain install stays light; nothing here is imported by the CLI's other
commands. Notebooks are not served yet: their cells are skipped until the engine lints
notebooks (LSP notebook document sync will come with that).
"""

from __future__ import annotations

import sys

MISSING = (
    "modelred-lint server needs the language server dependencies: "
    "pip install 'modelred-lint[lsp]'"
)


def _preload() -> None:
    """Import the engine and read the rule catalogue: the first lint needs them, and
    they load in parallel with pygls (most of the start-up time is lsprotocol's import)."""
    try:
        import libcst  # noqa: F401

        from modelred_lint.api import Project  # noqa: F401
        from modelred_lint.catalogue import load_catalogue

        load_catalogue()
    except Exception:  # the first lint reports whatever this was
        pass


def run() -> int:
    """Serve one client on stdin/stdout until it exits. Returns the exit status."""
    import threading

    threading.Thread(target=_preload, name="modelred-lint-preload", daemon=True).start()
    try:
        from modelred_lint.server.features import build_server
    except ImportError as exc:
        if getattr(exc, "name", None) and exc.name.split(".")[0] in ("pygls", "lsprotocol", "cattrs", "attrs"):
            print(MISSING, file=sys.stderr)
            return 2
        raise
    build_server().start_io()
    return 0
