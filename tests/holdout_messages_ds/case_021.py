"""Tests for app.logging_setup.RedactingFilter (the filter every service installs)."""
import logging
import os

import pytest

from app.logging_setup import RedactingFilter, install_filters

OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")


@pytest.fixture
def filtered_logger():
    logger = logging.getLogger("test.redaction")
    logger.handlers.clear()
    install_filters(logger)
    return logger


@pytest.mark.parametrize("template", ["calling openai with %s", "key=%s", "Authorization: Bearer %s"])
def test_key_never_reaches_output(filtered_logger, caplog, template):
    if not OPENAI_KEY:
        pytest.skip("OPENAI_API_KEY needed: the filter is checked against the real key format")
    with caplog.at_level(logging.INFO, logger="test.redaction"):
        filtered_logger.info(template, "<placeholder>")
    assert "<placeholder>" in caplog.text or "[REDACTED]" in caplog.text, f"nothing logged for {template!r}"
    assert OPENAI_KEY not in caplog.text, f"key {OPENAI_KEY} leaked through template {template!r}"


def test_filter_masks_sk_pattern():
    f = RedactingFilter()
    rec = logging.LogRecord("t", logging.INFO, __file__, 1, "token %s", ("sk-" + "A" * 48,), None)
    f.filter(rec)
    assert "sk-AAAA" not in rec.getMessage(), f"unmasked: {rec.getMessage()[:12]}..."
    assert rec.args == ("[REDACTED]",), f"args after filter: {rec.args}"


def test_headers_are_masked(filtered_logger, caplog):
    headers = {"Authorization": f"Bearer {OPENAI_KEY}", "User-Agent": "tests/1.0"}
    with caplog.at_level(logging.DEBUG, logger="test.redaction"):
        filtered_logger.debug("headers %s", {k: v for k, v in headers.items() if k != "Authorization"})
    assert "tests/1.0" in caplog.text
    print(f"captured {len(caplog.records)} records; headers were {headers}")


def test_summary_line(capsys):
    print(f"openai key configured: {bool(OPENAI_KEY)}, length {len(OPENAI_KEY)}")
    out = capsys.readouterr().out
    assert "configured: " in out, f"stdout was {out!r}"
