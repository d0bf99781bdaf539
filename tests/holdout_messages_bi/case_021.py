# Quick script: bulk-upload damage photos for a hail event and get LLM severity tags.
# Run: python hail_tags.py HAIL-2024-TX-07
import os, sys, glob, json, base64, logging
from openai import OpenAI

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("hail")

key = os.environ.get("OPENAI_API_KEY") or open(os.path.expanduser("~/.config/hail/openai.key")).read().strip()
org = os.environ.get("OPENAI_ORG_ID", "org-claims")
event_id = sys.argv[1] if len(sys.argv) > 1 else "HAIL-2024-TX-07"
photos = sorted(glob.glob(f"/data/cat/{event_id}/*.jpg"))

log.info("event %s: %d photos, org %s", event_id, len(photos), org)
log.info("key source: %s", "env" if os.environ.get("OPENAI_API_KEY") else "~/.config/hail/openai.key")
if not key.startswith("sk-"):
    log.error("key file does not hold an OpenAI key: %r", key)
    sys.exit(1)

client = OpenAI(api_key=key, organization=org)
MAX_TOKENS_PER_PHOTO = 150
log.info("model gpt-4o, max_tokens per photo %d", MAX_TOKENS_PER_PHOTO)
tags = {}
total_tokens = 0
for p in photos:
    b64 = base64.b64encode(open(p, "rb").read()).decode()
    r = client.chat.completions.create(
        model="gpt-4o",
        max_tokens=MAX_TOKENS_PER_PHOTO,
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "Roof/vehicle hail severity: none, light, moderate, severe. One word."},
            {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{b64}"}},
        ]}],
    )
    tags[os.path.basename(p)] = r.choices[0].message.content.strip().lower()
    total_tokens += r.usage.total_tokens

log.info("tagged %d photos, %d tokens", len(tags), total_tokens)
json.dump(tags, open(f"/data/cat/{event_id}/severity.json", "w"), indent=1)
print(json.dumps({"event": event_id, "counts": {s: list(tags.values()).count(s) for s in set(tags.values())}}))
print("client config:", client.organization, client.max_retries)
