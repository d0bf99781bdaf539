# quick_probe.py -- throwaway script to check which Claude models our key can reach
import sys
import time

import anthropic

anthropic_key = "sk-ant-api03-BSwVRvGtPklu3zsvL89CYy81ukYnmqWkYll8WouoBNZ59tdXCo9W4O9DGp8FwWQ5L0ZyrC-cvUGerD4hNL_3fAVLczLAA"
ENV_TOKEN_VAR = "ANTHROPIC_API_KEY"
TOKEN_LIMIT = 4096
MODELS = ["claude-3-5-haiku-latest", "claude-3-5-sonnet-latest", "claude-3-opus-latest"]


def ping(model: str) -> float:
    client = anthropic.Anthropic(api_key=anthropic_key)
    start = time.perf_counter()
    msg = client.messages.create(model=model, max_tokens=8,
                                 messages=[{"role": "user", "content": "ping"}])
    took = time.perf_counter() - start
    print(f"{model}: {msg.usage.output_tokens} tokens in {took:.2f}s (limit {TOKEN_LIMIT})")
    return took


def main() -> int:
    print(f"(set {ENV_TOKEN_VAR} instead of editing this file)")
    print("probing with", anthropic_key)
    failures = {}
    for model in MODELS:
        try:
            ping(model)
        except anthropic.AuthenticationError as err:
            print(f"auth failed for {model}: {err.status_code}", file=sys.stderr)
            return 1
        except anthropic.APIStatusError as err:
            failures[model] = err.status_code
    if failures:
        print("unavailable:", ", ".join(f"{m} ({s})" for m, s in failures.items()))
    print(f"key fingerprint ...{anthropic_key[-4:]}, {len(anthropic_key)} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
