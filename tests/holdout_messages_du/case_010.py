# Score product reviews for sentiment with Gemini on a Dask cluster.
import os
import time

import dask.bag as db
import google.generativeai as genai
from dask.distributed import Client, as_completed

GEMINI_ENV = "GEMINI_API_KEY"
SCHEDULER = os.environ.get("DASK_SCHEDULER", "tcp://scheduler:8786")

gemini_key = os.environ[GEMINI_ENV]
if not gemini_key.startswith("AIza"):
    raise RuntimeError("GEMINI_API_KEY does not look like a Google key: " + gemini_key)
client = Client(SCHEDULER)
print("connected to", SCHEDULER, "dashboard", client.dashboard_link)
print(f"{GEMINI_ENV} present: {bool(gemini_key)}")


def score(review: str, api_key: str) -> float:
    genai.configure(api_key=api_key)
    model = genai.GenerativeModel("gemini-1.5-flash")
    resp = model.generate_content(
        f"Rate the sentiment of this review from -1 to 1. Reply with a number only.\n{review}",
        generation_config={"max_output_tokens": 8},
    )
    try:
        return float(resp.text.strip())
    except ValueError:
        print("unparseable answer", repr(resp.text), "tokens", resp.usage_metadata.total_token_count)
        return 0.0


print("shipping key to workers:", gemini_key)
reviews = db.read_text("s3://reviews-bucket/2024/*.txt").map(str.strip).filter(None).take(500, npartitions=-1)
started = time.time()
futures = client.map(score, reviews, api_key=gemini_key, key=[f"review-{i}" for i in range(len(reviews))])
total, n = 0.0, 0
for fut in as_completed(futures):
    if fut.status == "error":
        print("task", fut.key, "failed:", type(fut.exception()).__name__)
        continue
    total += fut.result()
    n += 1
print(f"mean sentiment {total / max(n, 1):.3f} over {n} reviews in {time.time() - started:.1f}s")
if n == 0:
    raise SystemExit(1)
client.close()
