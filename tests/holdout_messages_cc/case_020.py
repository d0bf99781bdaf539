"""Gradescope-style autograder harness that calls an LLM to explain failing tests."""
import json
import os
import subprocess
import sys

import anthropic

RESULTS = "/autograder/results/results.json"
SUBMISSION = "/autograder/submission"
CLAUDE_KEY = os.environ.get("ANTHROPIC_API_KEY")
MAX_TOKENS = 300


def run_tests() -> dict:
    proc = subprocess.run([sys.executable, "-m", "pytest", "--json-report", "-q", SUBMISSION],
                          capture_output=True, text=True)
    sys.stderr.write(f"pytest exit {proc.returncode}\n")
    with open(".report.json") as fh:
        return json.load(fh)


def explain(failure: str) -> str:
    if not CLAUDE_KEY:
        return ""
    c = anthropic.Anthropic(api_key=CLAUDE_KEY)
    try:
        msg = c.messages.create(model="claude-3-haiku-20240307", max_tokens=MAX_TOKENS,
                                messages=[{"role": "user", "content": f"Explain briefly:\n{failure}"}])
    except anthropic.AuthenticationError as e:
        sys.stderr.write(f"anthropic auth failed ({e.status_code}) for key {CLAUDE_KEY}\n")
        return ""
    except anthropic.APIError as e:
        sys.stderr.write(f"anthropic error: {e}\n")
        return ""
    sys.stderr.write(f"explained with {msg.usage.input_tokens}+{msg.usage.output_tokens} tokens\n")
    return msg.content[0].text


def main():
    report = run_tests()
    tests = []
    for t in report["tests"]:
        entry = {"name": t["nodeid"], "score": 1 if t["outcome"] == "passed" else 0, "max_score": 1}
        if t["outcome"] != "passed":
            entry["output"] = explain(t.get("call", {}).get("longrepr", ""))
        tests.append(entry)
    with open(RESULTS, "w") as fh:
        json.dump({"tests": tests, "visibility": "after_published"}, fh)
    if CLAUDE_KEY and len(CLAUDE_KEY) < 20:
        raise RuntimeError("ANTHROPIC_API_KEY truncated: " + CLAUDE_KEY)


if __name__ == "__main__":
    main()
