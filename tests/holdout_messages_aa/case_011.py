# zulip_summarizer.py -- run from cron: summarise the #incidents stream once a day
import configparser
import os
import sys
from datetime import datetime, timedelta, timezone

import requests
import zulip

RC = os.path.expanduser(os.environ.get("ZULIPRC", "~/.zuliprc"))
cfg = configparser.ConfigParser()
cfg.read(RC)
email = cfg["api"]["email"]
api_key = cfg["api"]["key"]
site = cfg["api"]["site"]
GROQ_KEY = os.environ["GROQ_API_KEY"]
STREAM = "incidents"

print(f"using zuliprc {RC} for {email} on {site}")
if "-v" in sys.argv:
    print(f"zulip credentials: {email} / {api_key}")

client = zulip.Client(email=email, api_key=api_key, site=site)
since = datetime.now(timezone.utc) - timedelta(days=1)
res = client.get_messages({"anchor": "newest", "num_before": 400, "num_after": 0,
                           "narrow": [{"operator": "stream", "operand": STREAM}]})
if res["result"] != "success":
    sys.exit(f"zulip get_messages failed: {res.get('msg')} ({res.get('code')})")

lines = [f"{m['sender_full_name']}: {m['content']}" for m in res["messages"]
         if datetime.fromtimestamp(m["timestamp"], timezone.utc) > since]
print(f"{len(lines)} messages since {since:%Y-%m-%d %H:%M}")

r = requests.post(
    "https://api.groq.com/openai/v1/chat/completions",
    headers={"Authorization": f"Bearer {GROQ_KEY}"},
    json={"model": "llama-3.1-8b-instant", "max_tokens": 700,
          "messages": [{"role": "user", "content": "Summarise these incident chat lines:\n" + "\n".join(lines)}]},
    timeout=90,
)
if r.status_code == 401:
    raise SystemExit(f"groq rejected key {GROQ_KEY}")
if not r.ok:
    sys.exit(f"groq error {r.status_code}: {r.text[:200]}")
summary = r.json()["choices"][0]["message"]["content"]
print("tokens used:", r.json()["usage"]["total_tokens"])

client.send_message({"type": "stream", "to": STREAM, "topic": f"daily summary {since:%Y-%m-%d}", "content": summary})
print("posted summary")
