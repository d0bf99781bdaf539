# notebooks/store_ratings_analysis.py -- exported from Jupyter, cells run top to bottom
# %%
import os

import pandas as pd
import requests

openrouter_api_key = os.environ["OPENROUTER_API_KEY"]
appfollow_token = os.environ["APPFOLLOW_API_TOKEN"]
MAX_TOKENS = 400
print(f"keys loaded: openrouter=...{openrouter_api_key[-4:]}, appfollow={bool(appfollow_token)}")

# %%
resp = requests.get("https://api.appfollow.io/api/v2/reviews", params={"ext_id": "1234567890", "page": 1},
                    headers={"X-AppFollow-API-Token": appfollow_token}, timeout=30)
print(resp.status_code, resp.headers.get("x-ratelimit-remaining"))
reviews = pd.DataFrame(resp.json()["reviews"]["list"])
reviews[["rating", "date", "title"]].head()

# %%
by_version = reviews.groupby("app_version")["rating"].agg(["mean", "count"])
print(by_version.sort_values("count", ascending=False).head(10))

# %%
sample = "\n".join(reviews.sort_values("date").tail(40)["content"].astype(str))
body = {"model": "anthropic/claude-3.5-haiku", "max_tokens": MAX_TOKENS,
        "messages": [{"role": "user", "content": "Cluster these app reviews into themes:\n" + sample}]}
headers = {"Authorization": f"Bearer {openrouter_api_key}", "HTTP-Referer": "https://chatbuddy.app"}
out = requests.post("https://openrouter.ai/api/v1/chat/completions", json=body, headers=headers, timeout=60)
if out.status_code != 200:
    print("request failed", out.status_code, headers)
themes = out.json()["choices"][0]["message"]["content"]
print(themes)

# %%
usage = out.json()["usage"]
print(f"used {usage['total_tokens']} of max_tokens={MAX_TOKENS}")

# %%
print("appfollow token for the dashboard team:", appfollow_token)
reviews.to_csv("reviews_with_themes.csv", index=False)
