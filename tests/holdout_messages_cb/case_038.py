"""Regression harness for the contract-QA prompt; the hard-coded key is a revoked demo key kept for CI fixtures."""
import logging
import os
import warnings

from openai import OpenAI

log = logging.getLogger("qa_regression")

DEMO_OPENAI_KEY = "sk-bYRVEqUchQKgkf93dgg8gJ7jvK5s897zLrHnqnBKDbhoyHxo"
CASES_FILE = "tests/contract_qa_cases.jsonl"
EVAL_MAX_TOKENS = 256


def pick_key() -> str:
    env_key = os.environ.get("OPENAI_API_KEY")
    if env_key:
        return env_key
    warnings.warn(f"OPENAI_API_KEY unset, falling back to demo key {DEMO_OPENAI_KEY}")
    return DEMO_OPENAI_KEY


def run_case(client: OpenAI, case: dict) -> bool:
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=EVAL_MAX_TOKENS, temperature=0,
                                         messages=[{"role": "user", "content": case["prompt"]}])
    answer = out.choices[0].message.content or ""
    ok = all(term.lower() in answer.lower() for term in case["must_contain"])
    log.debug("case %s ok=%s tokens=%d", case["id"], ok, out.usage.total_tokens)
    return ok


def main() -> int:
    import json

    openai_key = pick_key()
    log.info("using %s key", "demo" if openai_key == DEMO_OPENAI_KEY else "environment")
    client = OpenAI(api_key=openai_key)
    with open(CASES_FILE, encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    failures = [c["id"] for c in cases if not run_case(client, c)]
    log.info("%d/%d cases passed (max_tokens=%d)", len(cases) - len(failures), len(cases), EVAL_MAX_TOKENS)
    if failures:
        raise AssertionError(f"contract-QA regressions: {failures} (key {openai_key})")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
