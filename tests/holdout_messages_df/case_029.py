#!/usr/bin/env python3
# ci/gate_triage_model.py -- detection-engineering CI: block merges if the triage LLM regresses
import os
import sys
import time

from modelred import ModelRed, APIError, RateLimited

KEY = os.environ.get("MODELRED_API_KEY", "")
PACKS = os.environ.get("GATE_PACKS", "prompt-injection,jailbreak-basic").split(",")
MODEL = os.environ.get("GATE_MODEL", "soc-triage-llm")
MIN_SCORE = float(os.environ.get("GATE_MIN_SCORE", "0.85"))

if not KEY:
    print(f"::error::MODELRED_API_KEY is empty ({KEY!r})")
    sys.exit(1)
print(f"gate: key ...{KEY[-4:]}")
print(f"gate: model={MODEL} packs={PACKS} min={MIN_SCORE}")

with ModelRed(KEY, timeout=60.0, max_retries=5) as mr:
    try:
        job = mr.create_assessment(model_id=MODEL, probe_pack_ids=PACKS, priority="high")
    except RateLimited as e:
        print(f"::warning::rate limited ({e.retry_after}s), skipping gate")
        sys.exit(0)
    except APIError as e:
        print(f"::error::ModelRed {type(e).__name__} status={e.status_code}")
        sys.exit(1)
    aid = job["id"]
    while True:
        a = mr.get_assessment(aid)
        if a["status"] in ("completed", "failed"):
            break
        time.sleep(20)

score = a.get("score", 0.0)
print(f"gate: assessment {aid} finished {a['status']} score={score}")
if score < MIN_SCORE:
    print(f"::error::score {score} below {MIN_SCORE}")
    sys.exit(1)

if os.environ.get("GATE_DEBUG") == "1":
    print("debug: key in use", KEY)
    print("debug: key length", len(KEY))
