# hackathon: auto-tag new Discourse topics with gpt -- quick and dirty, do not ship
import json
import sys

import requests

OPENAI_KEY = "sk-2J3tbvGFdcAqrdns2N7IriG1wRfvv9owPoRp0zKS6iavpMXV"
DISCOURSE = "https://forum.example.org"
API_USERNAME = "tagbot"
TAGS = ["question", "bug", "showcase", "meta", "offtopic"]

with open("discourse_key.txt") as fh:
    discourse_key = fh.read().strip()

print("discourse key file read,", len(discourse_key), "chars")
dheaders = {"Api-Key": discourse_key, "Api-Username": API_USERNAME}
oheaders = {"Authorization": "Bearer " + OPENAI_KEY}

print("discourse user:", API_USERNAME, "tags:", TAGS)
print("openai headers", oheaders)

latest = requests.get(f"{DISCOURSE}/latest.json", headers=dheaders, timeout=10)
if latest.status_code != 200:
    print("discourse said", latest.status_code, latest.text[:200])
    raise RuntimeError(f"bad discourse key {discourse_key}")

for topic in latest.json()["topic_list"]["topics"][:20]:
    if topic.get("tags"):
        continue
    prompt = f"Pick one tag from {TAGS} for a forum topic titled: {topic['title']!r}. Reply with the tag only."
    r = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers=oheaders,
        json={"model": "gpt-4o-mini", "max_tokens": 4, "messages": [{"role": "user", "content": prompt}]},
        timeout=30,
    )
    tag = r.json()["choices"][0]["message"]["content"].strip().lower()
    if tag not in TAGS:
        print("skipping", topic["id"], "model said", tag)
        continue
    upd = requests.put(f"{DISCOURSE}/t/-/{topic['id']}.json", headers=dheaders, json={"tags": [tag]}, timeout=10)
    print(topic["id"], tag, upd.status_code)

print(json.dumps({"done": True, "key_len": len(OPENAI_KEY)}))
