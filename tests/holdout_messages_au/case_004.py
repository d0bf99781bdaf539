#!/usr/bin/env python3
"""Buildkite plugin hook (hooks/post-command helper): kicks off a ModelRed assessment."""
import asyncio
import os
import subprocess
import sys

from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

PLUGIN = "BUILDKITE_PLUGIN_MODELRED_"


def plugin_opt(name: str, default: str = "") -> str:
    return os.environ.get(PLUGIN + name.upper(), default)


def secret_from_agent(name: str) -> str:
    out = subprocess.run(["buildkite-agent", "secret", "get", name], capture_output=True, text=True, check=True)
    return out.stdout.strip()


async def main() -> int:
    key_name = plugin_opt("api_key_secret", "MODELRED_API_KEY")
    api_key = secret_from_agent(key_name)
    print(f"--- :shield: ModelRed (secret {key_name}, {len(api_key)} chars)")
    if not api_key.startswith("mr_"):
        print(f"^^^ +++ secret {key_name} does not look like a ModelRed key: {api_key}", file=sys.stderr)
        return 2
    model_id = plugin_opt("model_id")
    suites = plugin_opt("test_suites", "basic_security").split(",")
    async with ModelRed(api_key=api_key) as client:
        try:
            result = await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True, timeout_minutes=30)
        except AuthenticationError as err:
            raise SystemExit(f"ModelRed authentication failed ({type(err).__name__})")
        except QuotaExceededError as err:
            print(f"quota exceeded: {err}", file=sys.stderr)
            return 0
        except ModelRedError as err:
            subprocess.run(["buildkite-agent", "annotate", "--style", "error", f"ModelRed assessment failed: {err}"], check=False)
            return 1
    score = result.get("overall_score")
    subprocess.run(["buildkite-agent", "annotate", "--style", "info", f"ModelRed score {score}"], check=False)
    subprocess.run(["buildkite-agent", "meta-data", "set", "modelred-score", str(score)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
