"""Ansible callback plugin: posts play results to the LLM summariser and Slack."""
from __future__ import annotations

import json
import os

import requests
from ansible.plugins.callback import CallbackBase

DOCUMENTATION = """
callback: llm_summary
short_description: summarise play results with an LLM
options:
  anthropic_api_key:
    env: [{name: ANTHROPIC_API_KEY}]
  slack_webhook_url:
    env: [{name: SLACK_WEBHOOK_URL}]
"""


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "notification"
    CALLBACK_NAME = "llm_summary"

    def __init__(self):
        super().__init__()
        self.anthropic_key = os.environ.get("ANTHROPIC_API_KEY")
        self.failures = []

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self.failures.append({"host": result._host.get_name(), "task": result.task_name})
        self._display.vvv(f"llm_summary: failure on {result._host.get_name()}")

    def v2_playbook_on_stats(self, stats):
        if not self.anthropic_key:
            self._display.warning("llm_summary: ANTHROPIC_API_KEY not set, skipping")
            return
        self._display.vvvv(f"llm_summary: using anthropic key {self.anthropic_key}")
        headers = {"x-api-key": self.anthropic_key, "anthropic-version": "2023-06-01"}
        body = {
            "model": "claude-3-5-haiku-latest",
            "max_tokens": 400,
            "messages": [{"role": "user", "content": "Summarise these Ansible failures: " + json.dumps(self.failures)}],
        }
        resp = requests.post("https://api.anthropic.com/v1/messages", headers=headers, json=body, timeout=60)
        if resp.status_code != 200:
            self._display.warning(f"llm_summary: anthropic HTTP {resp.status_code}: {resp.text[:200]}")
            return
        usage = resp.json()["usage"]
        self._display.display(f"llm_summary: {usage['input_tokens']} in / {usage['output_tokens']} out tokens")
        text = resp.json()["content"][0]["text"]
        requests.post(os.environ["SLACK_WEBHOOK_URL"], json={"text": text}, timeout=10)
