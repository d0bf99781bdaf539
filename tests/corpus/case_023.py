"""Write a local .env for developers (scripts/bootstrap_env.py)."""
import argparse
from pathlib import Path

ENV_TEMPLATE = """\
# Copy to .env and fill in
MODELRED_API_KEY=mr_your_key_here
OPENAI_API_KEY=sk-...
ANTHROPIC_API_KEY=<your-api-key>
"""

# Shared staging credentials (rotate quarterly)
STAGING_ENV = """\
MODELRED_API_KEY=mr_uiMtv265FbbmbjRgGMOuHql66YONhFQvHFJlq9K2
OPENAI_API_KEY=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
HF_TOKEN=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
LOG_LEVEL=debug
"""

CI_ENV_LINE = "MODELRED_API_KEY=mr_GhiCDutyDRf6XyYw13naTE7JChlJbImDUXsc"

FIXTURE_AUTH_HEADER = b"Authorization: Bearer mr_0gHNApInASXLkrxG58NCMlydJ6OIq4pG\r\n"


def write_env(target: Path, staging: bool = False, force: bool = False) -> None:
    if target.exists() and not force:
        raise SystemExit(f"{target} exists; pass --force to overwrite")
    target.write_text(STAGING_ENV if staging else ENV_TEMPLATE)
    target.chmod(0o600)
    print(f"wrote {target}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--staging", action="store_true")
    ap.add_argument("--force", action="store_true")
    ap.add_argument("target", nargs="?", default=".env")
    ns = ap.parse_args()
    write_env(Path(ns.target), ns.staging, ns.force)
