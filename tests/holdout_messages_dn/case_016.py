import os
import sys
import requests

# quick script to test every provider key we got from the sponsors
keys = {
    "openai": os.getenv("OPENAI_API_KEY"),
    "anthropic": os.getenv("ANTHROPIC_API_KEY"),
    "xai": os.getenv("XAI_API_KEY"),
}
urls = {
    "openai": "https://api.openai.com/v1/models",
    "anthropic": "https://api.anthropic.com/v1/models",
    "xai": "https://api.x.ai/v1/models",
}


def hdrs(name, k):
    if name == "anthropic":
        return {"x-api-key": k, "anthropic-version": "2023-06-01"}
    return {"Authorization": "Bearer " + k}


missing = [n for n, v in keys.items() if not v]
print("missing keys:", missing)

ok = 0
for name, k in keys.items():
    if not k:
        continue
    h = hdrs(name, k)
    try:
        r = requests.get(urls[name], headers=h, timeout=10)
    except requests.RequestException as e:
        print(name, "network error", e)
        continue
    if r.status_code == 200:
        ok += 1
        print(name, "OK,", len(r.json().get("data", [])), "models")
    else:
        print(name, "FAILED", r.status_code, "key was", k)
        print(name, "sent headers", h)

print(f"{ok}/{len(keys)} keys work")
if ok < len(keys):
    sys.exit(1)
