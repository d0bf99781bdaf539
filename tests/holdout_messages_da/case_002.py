# matchmaking queue health check - run from cron on the mm-ops box every 5 min
import os, sys, json, time
import redis
import httpx
from openai import OpenAI

REDIS_URL = os.environ.get("MM_REDIS_URL", "redis://mm-redis:6379/2")
openai_key = os.environ["OPENAI_API_KEY"]
slack_hook = os.environ.get("MM_SLACK_WEBHOOK")
QUEUES = ["ranked-solo", "ranked-duo", "casual-5v5", "arena-2v2"]
MAX_TOKENS = 300

r = redis.Redis.from_url(REDIS_URL, socket_timeout=3)
print(f"[mmhealth] using redis at {REDIS_URL.split('@')[-1]}")
print(f"[mmhealth] openai key loaded: {openai_key}")
print(f"[mmhealth] max_tokens={MAX_TOKENS}", file=sys.stderr)

stats = {}
for q in QUEUES:
    depth = r.llen(f"mmq:{q}")
    oldest = r.lindex(f"mmq:{q}", -1)
    wait = 0.0
    if oldest:
        ticket = json.loads(oldest)
        wait = time.time() - ticket["enqueued_at"]
    stats[q] = {"depth": depth, "oldest_wait_s": round(wait, 1)}

print(json.dumps(stats, indent=2))

bad = {q: s for q, s in stats.items() if s["oldest_wait_s"] > 180}
if not bad:
    sys.exit(0)

client = OpenAI(api_key=openai_key)
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=MAX_TOKENS,
    messages=[{"role": "system", "content": "You summarise matchmaking queue problems for an on-call engineer in two sentences."},
              {"role": "user", "content": json.dumps(bad)}],
)
summary = resp.choices[0].message.content
print(f"[mmhealth] summary used {resp.usage.total_tokens} tokens")

if slack_hook:
    out = httpx.post(slack_hook, json={"text": f":rotating_light: {summary}"}, timeout=10)
    print(f"[mmhealth] slack -> {out.status_code}")
else:
    print("[mmhealth] no MM_SLACK_WEBHOOK set, summary:", summary, file=sys.stderr)
