#!/usr/bin/env python
"""Entry point of the `redteam` GitHub Actions job: start an assessment, wait, gate the PR."""
import json
import os
import sys
import time

from modelred import ModelRed, APIError, RateLimited

MODEL_ID = os.environ.get("MR_MODEL_ID", "support-bot-staging")
PACKS = [p for p in os.environ.get("MR_PACKS", "jailbreak,pii").split(",") if p]


def gh_output(name: str, value: str) -> None:
    path = os.environ.get("GITHUB_OUTPUT")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{name}={value}\n")


def main() -> int:
    api_key = os.environ["MODELRED_API_KEY"]
    openai_key = os.environ["OPENAI_API_KEY"]
    print(f"::add-mask::{api_key}")
    print(f"Running packs {PACKS} against {MODEL_ID}")
    with ModelRed(api_key, max_retries=5) as client:
        try:
            run = client.create_assessment(
                model_id=MODEL_ID,
                probe_pack_ids=PACKS,
                detector_api_key=openai_key,
            )
        except RateLimited:
            print("::warning::rate limited, retrying in 30s")
            time.sleep(30)
            return main()
        except APIError as e:
            print(f"::error::create_assessment failed ({type(e).__name__})")
            return 2
        for _ in range(120):
            status = client.get_assessment(run["id"])
            if status["status"] in ("COMPLETED", "FAILED"):
                break
            time.sleep(10)
    score = status.get("score", 0)
    gh_output("score", str(score))
    print(json.dumps({"assessment": run["id"], "score": score}))
    if status["status"] != "COMPLETED":
        print(f"::error::assessment ended as {status['status']}", file=sys.stderr)
        return 1
    return 0 if score >= float(os.environ.get("MR_MIN_SCORE", "0.8")) else 1


if __name__ == "__main__":
    if not os.environ.get("OPENAI_API_KEY", "").startswith("sk-"):
        sys.exit("OPENAI_API_KEY must be an OpenAI key (sk-...)")
    sys.exit(main())
