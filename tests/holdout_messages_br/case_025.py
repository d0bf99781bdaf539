#!/usr/bin/env python3
# One-off: test that the IT bot's provider keys still work. Top-level script.
import os
import sys
import anthropic
import openai

checks = {
    "openai": os.environ.get("OPENAI_API_KEY"),
    "anthropic": os.environ.get("ANTHROPIC_API_KEY"),
}
print("checking providers:", ", ".join(checks))
print("configured:", {k: v is not None for k, v in checks.items()})

failures = []
if checks["openai"]:
    try:
        openai.OpenAI(api_key=checks["openai"]).models.list()
        print("openai ok")
    except openai.AuthenticationError as exc:
        print(f"openai key rejected: {checks['openai']} ({exc.status_code})")
        failures.append("openai")

if checks["anthropic"]:
    try:
        anthropic.Anthropic(api_key=checks["anthropic"]).messages.create(
            model="claude-3-5-haiku-latest", max_tokens=1,
            messages=[{"role": "user", "content": "ping"}])
        print("anthropic ok (max_tokens=1)")
    except anthropic.AuthenticationError as exc:
        print("anthropic auth error:", exc.status_code, file=sys.stderr)
        print("anthropic key was", "…" + checks["anthropic"][-4:], file=sys.stderr)
        failures.append("anthropic")

if failures:
    sys.stderr.write("failed providers: %s\n" % ", ".join(failures))
    sys.exit(1)

print("all provider keys valid")
print("env dump for the ticket:", checks)
