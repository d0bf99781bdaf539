"""Startup checks: warn about risky key setups."""
import os
import sys
import warnings

OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY")
HF_TOKEN = os.getenv("HF_TOKEN")


def startup_checks() -> None:
    if OPENAI_API_KEY and OPENAI_API_KEY.startswith("sk-") and "T3BlbkFJ" in OPENAI_API_KEY:
        warnings.warn("legacy OpenAI key %s; rotate to a project key" % OPENAI_API_KEY)
    if ANTHROPIC_API_KEY is None:
        warnings.warn("ANTHROPIC_API_KEY is not set; Claude detectors disabled")
    if HF_TOKEN:
        sys.stderr.write("HF token: {}\n".format(HF_TOKEN))
        print(HF_TOKEN, file=sys.stderr)
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "HF_TOKEN"):
        if not os.getenv(name):
            print(f"{name} missing", file=sys.stderr)
    sys.stdout.write("keys: " + ", ".join(n for n, v in os.environ.items() if n.endswith("_KEY") and v) + "\n")
