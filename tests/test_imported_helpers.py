"""Output helpers imported from a module beside the caller (`from .server import
print_banner`, output-helper-words in rules/shared/dataflow.yaml): where the helper
writes a parameter into output, what the caller hands it there is reported at the
call. The shape of a CLI that prints its session token through a banner helper,
written afresh."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import lint_file, write_package

from modelred_lint.engine import Plan

SERVER = '''
from rich.console import Console

console = Console()


def print_banner(lines):
    for line in lines:
        console.print(line)


def log_count(items):
    print(f"{len(items)} lines")


def send_lines(lines):
    for line in lines:
        console.print(line)
'''

APP = '''
import secrets


def serve(auth_token=None):
    from acme.server import {helper}

    session_token = auth_token or secrets.token_urlsafe(32)
    lines = ["Serving on :8080", f"Token: {{session_token}}"]
    {helper}(lines)
'''

PLAN = Plan.build(["MR020", "MR021"])
NO_PREFILTER = Plan.build(["MR020", "MR021"], use_prefilter=False)


def project(root: Path, helper: str = "print_banner", server: str = SERVER) -> Path:
    write_package(root, {"acme/server.py": server, "acme/app.py": APP.format(helper=helper)})
    return root / "acme" / "app.py"


def lint(path: Path, plan: Plan = PLAN):
    return lint_file(path, plan)


def test_a_secret_handed_to_an_imported_helper_that_prints_it_is_reported_at_the_call(tmp_path):
    app = project(tmp_path)
    findings = lint(app).findings
    assert [(f.rule, f.line) for f in findings] == [("MR021", 10)]
    assert "`lines`" in findings[0].message and "by `print_banner()` (imported)" in findings[0].message
    # No fix: a text in the list's place would change what the helper is given.
    assert findings[0].fix is None
    # (the prefilter lets the file through: the same finding without it)
    assert [(f.rule, f.line) for f in lint(app, NO_PREFILTER).findings] == [("MR021", 10)]
    # and the result names the helper's module, for the cache
    read = {os.path.relpath(path, tmp_path) for path, _ in lint(app).depends}
    assert os.path.join("acme", "server.py") in read


def test_a_helper_that_prints_only_a_count_shows_no_secret(tmp_path):
    app = project(tmp_path, helper="log_count")
    assert lint(app).findings == []
    assert lint(app, NO_PREFILTER).findings == []


def test_a_helper_not_named_for_output_is_not_looked_up(tmp_path):
    # (send_lines prints too, but only names that say output are read from another module)
    app = project(tmp_path, helper="send_lines")
    assert lint(app, NO_PREFILTER).findings == []


def test_without_the_helpers_module_nothing_is_assumed(tmp_path):
    app = project(tmp_path)
    (tmp_path / "acme" / "server.py").unlink()
    assert lint(app).findings == []
    (tmp_path / "acme" / "server.py").write_bytes(b"def print_banner(:\n\xff")
    assert lint(app).findings == []


def test_a_helper_that_raises_with_its_parameter_is_not_taken_for_a_raise_here(tmp_path):
    # (a file with no raise of its own is not read for MR020: the helper's message is MR021's only)
    raising = SERVER.replace("        console.print(line)\n\n\ndef log_count",
                             "        raise ValueError(line)\n\n\ndef log_count", 1)
    app = project(tmp_path, server=raising)
    assert lint(app, NO_PREFILTER).findings == []
    assert lint(app).findings == []
