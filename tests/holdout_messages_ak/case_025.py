#!/usr/bin/env python3
# Octoprint-ish plugin helper: asks an LLM to explain 3D-printer failures from the serial log.
import os
import sys
import warnings

import requests

OPENROUTER_KEY = os.getenv("OPENROUTER_API_KEY")
MODEL = os.getenv("OPENROUTER_MODEL", "meta-llama/llama-3.1-8b-instruct")
MAX_TOKENS = 300
SERIAL_LOG = sys.argv[1] if len(sys.argv) > 1 else "/home/pi/.octoprint/logs/serial.log"

if OPENROUTER_KEY is None:
    warnings.warn("OPENROUTER_API_KEY not set; explanations disabled")
    sys.exit(0)
if not OPENROUTER_KEY.startswith("sk-or-v1-"):
    warnings.warn(f"OPENROUTER_API_KEY={OPENROUTER_KEY} has an unexpected prefix")

tail = open(SERIAL_LOG, encoding="utf-8", errors="replace").read()[-4000:]
print(f"sending {len(tail)} chars of {SERIAL_LOG} to {MODEL} (max_tokens={MAX_TOKENS})")

resp = requests.post(
    "https://openrouter.ai/api/v1/chat/completions",
    headers={"Authorization": f"Bearer {OPENROUTER_KEY}", "X-Title": "printer-explainer"},
    json={"model": MODEL, "max_tokens": MAX_TOKENS,
          "messages": [{"role": "system", "content": "You diagnose 3D printer serial logs."},
                       {"role": "user", "content": tail}]},
    timeout=60,
)
if resp.status_code != 200:
    sys.stderr.write(f"openrouter HTTP {resp.status_code}: {resp.text[:300]}\n")
    sys.exit(1)

data = resp.json()
print(data["choices"][0]["message"]["content"])
usage = data.get("usage", {})
print(f"tokens: {usage.get('prompt_tokens')} + {usage.get('completion_tokens')} = {usage.get('total_tokens')}")
if os.getenv("DEBUG"):
    sys.stderr.write("auth used: Bearer " + OPENROUTER_KEY + "\n")
    sys.stderr.write(f"key tail: ...{OPENROUTER_KEY[-4:]}\n")
