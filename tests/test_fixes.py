"""--fix, --unsafe-fixes and --diff: what they write, what they refuse, and that a
fixed script still works with the real SDK."""

from __future__ import annotations

import importlib.util
import shutil
import stat
import sys
from pathlib import Path

import pytest

from helpers import invoke

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def run(args, cwd: Path):
    return invoke(*args, cwd=cwd)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_unsafe_fixes_leave_only_mr010_and_every_file_compiles(tmp_path):
    app = tmp_path / "insecure_app"
    shutil.copytree(FIXTURES / "insecure_app", app)
    first = run(["check", ".", "--fix", "--unsafe-fixes", "--format", "json", "--exit-zero"], app)
    assert first.exit_code == 0, first.output
    left = run(["check", ".", "--format", "json", "--exit-zero"], app)
    import json

    findings = json.loads(left.output)["findings"]
    rules = {f["rule"] for f in findings}
    assert rules <= {"MR010", "MR003"}, rules
    # The one key finding left is no key: "${MODELRED_API_KEY}" names a variable, and the
    # smoke test passes it on purpose (to check that the SDK refuses it), so no fix.
    kept = [(f["path"], f["line"]) for f in findings if f["rule"] != "MR010"]
    assert kept == [("scripts/smoke_test.py", 27)], kept
    for path in app.rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    before = snapshot(app)
    second = run(["check", ".", "--fix", "--unsafe-fixes", "--exit-zero"], app)
    assert second.exit_code == 0
    unchanged = snapshot(app) == before  # compared aside: the files hold keys
    assert unchanged, "a second --fix run changed files"


def test_diff_writes_nothing_and_exits_1(tmp_path):
    app = tmp_path / "insecure_app"
    shutil.copytree(FIXTURES / "insecure_app", app)
    before = snapshot(app)
    result = run(["check", ".", "--diff", "--unsafe-fixes"], app)
    assert result.exit_code == 1
    assert "+++ b/" in result.output and 'os.environ["MODELRED_API_KEY"]' in result.output
    unchanged = snapshot(app) == before
    assert unchanged, "--diff wrote to the files"
    keys = {k for source in app.rglob("*.py") for k in _keys(source.read_text(encoding="utf-8"))}
    assert len(keys) > 10
    printed = sum(1 for k in keys if k in result.output)
    assert printed == 0, f"{printed} whole keys printed in the diff"


def _keys(text: str) -> set[str]:
    import re

    found = set(re.findall(r"(?:mr_|sk-|hf_|xai-|AIza|AKIA)[A-Za-z0-9_\-]{16,}", text))
    return {k for k in found if "your" not in k and "xxxx" not in k}


def test_safe_fixes_alone_do_not_touch_keys(tmp_path):
    app = tmp_path / "insecure_app"
    shutil.copytree(FIXTURES / "insecure_app", app)
    run(["check", ".", "--fix", "--exit-zero"], app)
    import json

    left = json.loads(run(["check", ".", "--format", "json", "--exit-zero"], app).output)["findings"]
    rules = {f["rule"] for f in left}
    assert {"MR001", "MR002", "MR003", "MR004", "MR010"} <= rules
    assert not rules & {"MR020", "MR021", "MR022"}, rules


def test_diff_exits_0_when_nothing_to_change(tmp_path):
    shutil.copytree(FIXTURES / "secure_app", tmp_path / "app")
    result = run(["check", ".", "--diff", "--unsafe-fixes"], tmp_path / "app")
    assert result.exit_code == 0


@pytest.mark.parametrize(
    "source, expected_head",
    [
        ('"""Doc."""\nfrom __future__ import annotations\nKEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"\n',
         '"""Doc."""\nfrom __future__ import annotations\n\nimport os\n\nKEY = os.environ["MODELRED_API_KEY"]\n'),
        ('import os as _os\nKEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"\n',
         'import os as _os\nKEY = _os.environ["MODELRED_API_KEY"]\n'),
        ('import os\nA = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"\nB = "mr_1vdJYDsQ9UpOXL0q9Y8jGjFOWy97u9VoLLMoXqyI"\n',
         'import os\nA = os.environ["MODELRED_API_KEY"]\nB = os.environ["MODELRED_API_KEY_2"]\n'),
        ('#!/usr/bin/env python\n# header\nA = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"\nB = "mr_1vdJYDsQ9UpOXL0q9Y8jGjFOWy97u9VoLLMoXqyI"\n',
         '#!/usr/bin/env python\n# header\nimport os\n\nA = os.environ["MODELRED_API_KEY"]\nB = os.environ["MODELRED_API_KEY_2"]\n'),
    ],
    ids=["after-docstring-and-future", "existing-alias", "no-second-import", "one-import-for-two-fixes"],
)
def test_key_fix_imports_os_once_in_the_right_place(tmp_path, source, expected_head):
    path = tmp_path / "mod.py"
    path.write_text(source, encoding="utf-8")
    result = run(["check", "mod.py", "--fix", "--unsafe-fixes"], tmp_path)
    assert result.exit_code == 0, result.output
    fixed_as_expected = path.read_text(encoding="utf-8") == expected_head
    assert fixed_as_expected, "the fixed module differs from the expected text (not shown: it may hold a key)"


def test_redaction_fixes_are_safe_and_keep_behaviour_apart_from_the_secret(tmp_path):
    path = tmp_path / "mod.py"
    path.write_text(
        "import logging\nlogger = logging.getLogger(__name__)\n"
        "def go(api_key):\n    logger.info(f\"using {api_key} now\")\n    logger.error(\"key=%s\", api_key)\n"
        "    raise ValueError(\"bad key \" + api_key)\n",
        encoding="utf-8",
    )
    result = run(["check", "mod.py", "--fix"], tmp_path)
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    # Written as a reviewer would: no f-string without a placeholder (F541), the
    # redaction folded into the format string and into the concatenation.
    assert 'logger.info("using [REDACTED] now")' in text
    assert 'logger.error("key=[REDACTED]")' in text
    assert 'ValueError("bad key [REDACTED]")' in text


@pytest.mark.parametrize(
    "line, fixed",
    [
        ('log.info("user %s key %s", user, api_key)', 'log.info("user %s key [REDACTED]", user)'),
        ('log.info("key %r at 100%%", api_key)', "log.info(\"key '[REDACTED]' at 100%\")"),
        ('log.info("key %d", api_key)', 'log.info("key %d", "[REDACTED]")'),  # not %s: left as it is
        ('print(f"{{literal}} {api_key!r:>8}")', 'print("{literal} [REDACTED]")'),
        ('print(f"{user} has {api_key}")', 'print(f"{user} has [REDACTED]")'),
        ('print("a {} b {}".format(user, api_key))', 'print("a {} b {}".format(user, "[REDACTED]"))'),
        ("print('it\\'s ' + api_key)", "print(\"it's [REDACTED]\")"),
    ],
)
def test_redaction_fix_folds_what_it_can_and_keeps_the_rest(tmp_path, line, fixed):
    path = tmp_path / "mod.py"
    path.write_text(f"import logging\nlog = logging.getLogger(__name__)\ndef go(user, api_key):\n    {line}\n", encoding="utf-8")
    result = run(["check", "mod.py", "--fix", "--select", "MR021"], tmp_path)
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[3].strip() == fixed
    compile(text, "mod.py", "exec")


def test_sdk_error_fix_uses_the_type_name(tmp_path):
    path = tmp_path / "mod.py"
    path.write_text(
        "from modelred import ModelRedError\n"
        "def run(client):\n    try:\n        return client.list_models()\n"
        "    except ModelRedError as e:\n        return {\"error\": str(e)}\n",
        encoding="utf-8",
    )
    assert run(["check", "mod.py", "--fix"], tmp_path).exit_code == 0
    assert 'return {"error": type(e).__name__}' in path.read_text(encoding="utf-8")


def test_fix_keeps_crlf_bom_encoding_and_mode(tmp_path):
    path = tmp_path / "mod.py"
    data = '\ufeffimport os\r\nKEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"\r\n'.encode("utf-8")
    path.write_bytes(data)
    path.chmod(0o751)
    assert run(["check", "mod.py", "--fix", "--unsafe-fixes"], tmp_path).exit_code == 0
    kept = path.read_bytes() == '\ufeffimport os\r\nKEY = os.environ["MODELRED_API_KEY"]\r\n'.encode("utf-8")
    assert kept, "BOM, CRLF or the fix itself differ from what was expected"
    assert stat.S_IMODE(path.stat().st_mode) == 0o751
    latin = tmp_path / "latin.py"
    latin.write_bytes('# -*- coding: latin-1 -*-\nNAME = "café"\nKEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"\n'.encode("latin-1"))
    assert run(["check", "latin.py", "--fix", "--unsafe-fixes"], tmp_path).exit_code == 0
    assert 'café' in latin.read_bytes().decode("latin-1")
    fixed_latin = b'os.environ["MODELRED_API_KEY"]' in latin.read_bytes()
    assert fixed_latin, "the latin-1 file was not fixed"


def test_file_with_syntax_error_is_never_written(tmp_path):
    path = tmp_path / "broken.py"
    original = b'from modelred import ModelRed\nKEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"\ndef broken(:\n'
    path.write_bytes(original)
    result = run(["check", "broken.py", "--fix", "--unsafe-fixes"], tmp_path)
    assert result.exit_code == 1
    assert "MR000" in result.output
    untouched = path.read_bytes() == original
    assert untouched, "a file with a syntax error was written"


def test_show_fixes_lists_what_was_fixed(tmp_path):
    path = tmp_path / "mod.py"
    path.write_text('KEY = "mr_PVaXPh5xyHJFzk1n1UQZElGbuzvjMttJ"\n', encoding="utf-8")
    result = run(["check", "mod.py", "--fix", "--unsafe-fixes", "--show-fixes"], tmp_path)
    assert "Fixed mod.py:1:8: MR001" in result.output


def test_fixed_script_still_works_with_the_real_sdk(tmp_path, monkeypatch):
    """The unsafe key fix turns a literal into os.environ["MODELRED_API_KEY"]; the fixed
    script runs against the real SDK (0.1.40) and its requests carry the key from the
    environment."""
    import httpx  # the SDK's own HTTP client
    script = tmp_path / "list_models.py"
    shutil.copy(FIXTURES / "sdk_script" / "list_models.py", script)
    original = script.read_text(encoding="utf-8")
    result = run(["check", "list_models.py", "--fix", "--unsafe-fixes"], tmp_path)
    assert result.exit_code == 0, result.output
    fixed = script.read_text(encoding="utf-8")
    rewritten = fixed != original and 'API_KEY = os.environ["MODELRED_API_KEY"]' in fixed
    assert rewritten, "the script's key constant was not rewritten"

    env_key = "mr_" + "Zq8" * 12  # invented for this test
    monkeypatch.setenv("MODELRED_API_KEY", env_key)
    seen = []

    def handler(request):
        seen.append(request)
        return httpx.Response(200, json={"data": [{"modelId": "support-bot"}]})

    spec = importlib.util.spec_from_file_location("fixed_list_models", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(transport=httpx.MockTransport(handler)) == 0
    assert len(seen) == 1 and seen[0].url.path == "/api/models"
    sent_key = seen[0].headers.get("x-api-key")
    assert sent_key == env_key, "the request did not carry the key from the environment"
    assert seen[0].headers.get("authorization") == f"Bearer {env_key}"
    sys.modules.pop("fixed_list_models", None)
