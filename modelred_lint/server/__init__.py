"""`modelred-lint server`: a Language Server Protocol server over stdio.

It needs the `lsp` extra (`pip install 'modelred-lint[lsp]'`: pygls and lsprotocol), so
that the plain install stays light; nothing here is imported by the CLI's other
commands. Notebooks are served through LSP notebook document sync.
"""

from __future__ import annotations

import sys

MISSING = (
    "modelred-lint server needs the language server dependencies: "
    "pip install 'modelred-lint[lsp]'"
)


def run() -> int:
    """Serve one client on stdin/stdout until it exits. Returns the exit status."""
    import os

    engine = None
    if os.environ.get("MODELRED_LINT_SERVER_WORKER", "1") != "0":
        # First thing: the engine worker imports LibCST and the rules on the other core
        # while this process imports pygls (engine.py says why).
        from modelred_lint.server.engine import WorkerEngine

        engine = WorkerEngine()
        try:
            engine.start()
        except OSError:
            engine.notices.append("modelred-lint: the engine worker could not be started: linting in the server process")
            engine = None
    try:
        from modelred_lint.server.features import build_server
    except ImportError as exc:
        if getattr(exc, "name", None) and exc.name.split(".")[0] in ("pygls", "lsprotocol", "cattrs", "attrs"):
            print(MISSING, file=sys.stderr)
            if engine is not None:
                engine.close()
            return 2
        raise
    build_server(engine).start_io()
    return 0
