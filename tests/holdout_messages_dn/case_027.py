import os
import sys
import json
import time
import requests

TOGETHER_KEY = os.getenv("TOGETHER_API_KEY")
url = "https://api.together.xyz/v1/completions"
model = "mistralai/Mixtral-8x7B-Instruct-v0.1"

if TOGETHER_KEY is None:
    print("no TOGETHER_API_KEY in env :(")
    sys.exit(1)

h = {"Authorization": "Bearer " + TOGETHER_KEY}
prompts = json.load(open("prompts.json"))
print("loaded", len(prompts), "prompts for", model)

results = []
for i, p in enumerate(prompts):
    payload = {"model": model, "prompt": p, "max_tokens": 128, "temperature": 0.2}
    t0 = time.time()
    try:
        r = requests.post(url, headers=h, json=payload, timeout=60)
        r.raise_for_status()
    except requests.HTTPError as e:
        print("HTTP error on", i, e)
        if r.status_code == 401:
            print("auth header was:", h["Authorization"])
            break
        continue
    except Exception as e:
        print(e)
        continue
    j = r.json()
    results.append({"prompt": p, "out": j["choices"][0]["text"], "secs": round(time.time() - t0, 2)})
    print(i, "done in", results[-1]["secs"], "s, tokens", j.get("usage", {}).get("total_tokens"))

if not results:
    raise Exception("nothing worked. key=" + TOGETHER_KEY)

json.dump(results, open("results.json", "w"), indent=1)
print("saved", len(results))
avg = sum(r["secs"] for r in results) / len(results)
print("avg secs", round(avg, 2))
