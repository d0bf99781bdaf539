"""ci/preflight.py: verify the secrets a workflow needs before the expensive jobs start."""
import hashlib
import os
import re
import sys

REQUIRED = {
    "OPENAI_API_KEY": r"^sk-[A-Za-z0-9_-]{20,}$",
    "ANTHROPIC_API_KEY": r"^sk-ant-[A-Za-z0-9_-]{20,}$",
    "MODELRED_API_KEY": r"^mr_[A-Za-z0-9]{9,}$",
    "HF_TOKEN": r"^hf_[A-Za-z0-9]{30,}$",
}
OPTIONAL = ["XAI_API_KEY", "OPENROUTER_API_KEY"]


def describe(value):
    if value is None:
        return "missing"
    if not value.strip():
        return "empty"
    return f"set ({len(value)} chars, sha256 {hashlib.sha256(value.encode()).hexdigest()[:8]})"


def main():
    problems = []
    print(f"{'variable':<22} status")
    for name, pattern in REQUIRED.items():
        value = os.environ.get(name)
        print(f"{name:<22} {describe(value)}")
        if value and not re.match(pattern, value):
            problems.append(name)
            print(f"::warning::{name} does not match {pattern}: {value}")
        elif value is None:
            problems.append(name)
    for name in OPTIONAL:
        value = os.environ.get(name, "")
        print(f"{name:<22} {'set' if value else 'not set'} (optional)")
        if value and value != value.strip():
            print(f"::warning::{name} has surrounding whitespace: {value!r}")
    if problems:
        print(f"::error::preflight failed for {', '.join(problems)}")
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            with open(summary, "a") as fh:
                fh.write("| secret | problem |\n|---|---|\n")
                for name in problems:
                    fh.write(f"| `{name}` | missing or malformed |\n")
        return 1
    print("preflight ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
