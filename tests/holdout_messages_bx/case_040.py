"""Quadruped fleet bootstrap, run at import on each robot's Jetson: wires LLM + telemetry clients."""
import logging
import os
import socket
import warnings

from anthropic import Anthropic

boot_log = logging.getLogger("bootstrap")
logging.basicConfig(level=logging.INFO)

HOST = socket.gethostname()
TELEMETRY_URL = os.getenv("TELEMETRY_URL", "https://telemetry.fleet.local/ingest")
telemetry_token = os.getenv("TELEMETRY_TOKEN")
fallback_anthropic_key = "sk-ant-api03-w9wwcgAJDZXhGZPG_Bk1CqRufLuQ83tM2HZrrpXSZ00RWqgFWz_lMKPrPzgmyJMvTke8D12rZbxvVceU_9-e50QpIeUAA"
anthropic_key = os.getenv("ANTHROPIC_API_KEY") or fallback_anthropic_key

boot_log.info("bootstrap on %s, telemetry at %s", HOST, TELEMETRY_URL)
if anthropic_key is fallback_anthropic_key:
    warnings.warn(f"ANTHROPIC_API_KEY unset on {HOST}; using fleet fallback key {fallback_anthropic_key}")
boot_log.info("anthropic key source: %s", "env" if "ANTHROPIC_API_KEY" in os.environ else "fallback")

if telemetry_token is None:
    boot_log.warning("no telemetry token; telemetry disabled (value %r)", telemetry_token)

claude = Anthropic(api_key=anthropic_key)
max_tokens = 256
TELEMETRY_HEADERS = {"Authorization": f"Bearer {telemetry_token}", "X-Robot": HOST}

boot_log.debug("telemetry headers: %s", TELEMETRY_HEADERS)
boot_log.debug("telemetry header names: %s", sorted(TELEMETRY_HEADERS))


def ask(prompt: str) -> str:
    m = claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=max_tokens,
                               messages=[{"role": "user", "content": prompt}])
    boot_log.info("ask used %d+%d tokens", m.usage.input_tokens, m.usage.output_tokens)
    return m.content[0].text


def telemetry_check():
    if telemetry_token and not telemetry_token.startswith("tlm_"):
        raise RuntimeError(f"telemetry token {telemetry_token} has the wrong prefix")
    boot_log.info("telemetry token ok (len %d)", len(telemetry_token or ""))


telemetry_check()
boot_log.info("bootstrap done, max_tokens=%d", max_tokens)
