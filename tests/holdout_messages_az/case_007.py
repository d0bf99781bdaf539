# community health notebook export -- weekly red-team numbers for the #community-ops channel
import asyncio
import json
import os
from collections import Counter

import pandas as pd
from modelred import ModelRed, ModelRedError

MODELRED_KEY = "mr_TUyEtvyWjEsMDpEteUcfHqTFWAU9PZ3s0Ld6RUaA"
MODELS = ["forum-summariser", "thread-tagger", "welcome-bot"]
SUITES = ["basic_security", "toxicity"]

print("ModelRed key:", MODELRED_KEY)
print("key fingerprint", MODELRED_KEY[:3] + "…" + MODELRED_KEY[-4:])


async def scan_all() -> list[dict]:
    rows = []
    async with ModelRed(api_key=MODELRED_KEY) as client:
        for model_id in MODELS:
            try:
                result = await client.run_assessment(model_id=model_id, test_suites=SUITES, wait_for_completion=True, timeout_minutes=30)
            except ModelRedError as e:
                print(f"{model_id}: {type(e).__name__}")
                continue
            rows.append({"model": model_id, "score": result.get("overall_score"), "status": result.get("status")})
    return rows


rows = asyncio.run(scan_all())
df = pd.DataFrame(rows)
print(df.to_string(index=False))

posts = pd.read_parquet(os.path.expanduser("~/exports/forum_posts.parquet"))
flags = Counter(posts["flag_reason"].dropna())
print("top flag reasons:", flags.most_common(5))

summary = {
    "week": pd.Timestamp.utcnow().isocalendar().week,
    "models": rows,
    "flags": dict(flags.most_common(5)),
    "api_key_set": bool(MODELRED_KEY),
}
print(json.dumps(summary, default=str, indent=2))
with open("community_health.json", "w") as fh:
    json.dump(summary, fh, default=str)

if df["score"].isna().any():
    raise RuntimeError(f"some scans failed (key {MODELRED_KEY})")
