"""Output helpers a class inherits from a base class of a module beside it (`class
SlackSender(BaseSender)`, `from .base import BaseSender`, whose `_log_error(message,
exception)` logs both): what a method hands `self._log_error(...)` is in that log line,
reported at the call. The shape of a notification package's senders, written afresh."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import lint_file, write_package

from modelred_lint.engine import Plan

BASE = '''
import logging


class BaseSender:
    def __init__(self, logger=None):
        self.logger = logger or logging.getLogger(__name__)

    def _log_error(self, message, exception=None):
        if exception:
            self.logger.error(f"{message}: {exception}")
        else:
            self.logger.error(message)

    def _log_count(self, message, items):
        self.logger.info(f"{message}: {len(items)} items")
'''

SENDER = '''
import requests

from .base import {base}


class TelegramSender({base}):
    def __init__(self, token: str):
        super().__init__()
        self.token = token

    def send(self, chat_id: int, text: str):
        url = f"https://api.telegram.org/bot{{self.token}}/sendMessage"
        try:
            requests.post(url, data={{"chat_id": chat_id, "text": text}}, timeout=10).raise_for_status()
        except requests.RequestException as e:
            self.{helper}("send failed", e)
            return None
'''

PLAN = Plan.build(["MR020", "MR021"])
NO_PREFILTER = Plan.build(["MR020", "MR021"], use_prefilter=False)


def project(root: Path, helper: str = "_log_error", base: str = "BaseSender") -> Path:
    write_package(root, {"notify/base.py": BASE, "notify/telegram.py": SENDER.format(helper=helper, base=base)})
    return root / "notify" / "telegram.py"


def test_an_error_handed_to_an_inherited_logging_helper_is_reported_at_the_call(tmp_path):
    sender = project(tmp_path)
    findings = lint_file(sender, PLAN).findings
    assert [(f.rule, f.line) for f in findings] == [("MR021", 17)]
    message = findings[0].message
    assert "`e`" in message and "`self._log_error()`" in message, message
    # No fix: the helper writes what its other callers hand it too.
    assert findings[0].fix is None
    # (the prefilter lets the file through: the same finding without it)
    assert [(f.rule, f.line) for f in lint_file(sender, NO_PREFILTER).findings] == [("MR021", 17)]
    # and the result names the base's module, for the cache
    read = {os.path.relpath(path, tmp_path) for path, _ in lint_file(sender, PLAN).depends}
    assert os.path.join("notify", "base.py") in read


def test_an_inherited_helper_that_logs_only_a_count_shows_no_secret(tmp_path):
    sender = project(tmp_path, helper="_log_count")
    assert lint_file(sender, PLAN).findings == []
    assert lint_file(sender, NO_PREFILTER).findings == []


def test_a_base_class_that_does_not_define_the_helper_says_nothing(tmp_path):
    # (the helper is not the base's: nothing is known of what it writes)
    sender = project(tmp_path, helper="_log_failure")
    assert lint_file(sender, PLAN).findings == []
    assert lint_file(sender, NO_PREFILTER).findings == []
