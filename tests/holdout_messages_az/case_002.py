# weekly modqueue sweep for r/LocalModerators -- run from cron on the mod box
import os
import sys
import time

import praw
from openai import OpenAI

client_id = os.environ["REDDIT_CLIENT_ID"]
client_secret = os.environ["REDDIT_CLIENT_SECRET"]
password = os.environ["REDDIT_PASSWORD"]
username = os.environ.get("REDDIT_USERNAME", "sweep-bot")
SUBREDDIT = "LocalModerators"

print(f"logging in as u/{username} with app {client_id}")
if "-v" in sys.argv:
    print(f"client secret: {client_secret}")

reddit = praw.Reddit(
    client_id=client_id,
    client_secret=client_secret,
    username=username,
    password=password,
    user_agent=f"modqueue-sweep/0.3 by u/{username}",
)
if not reddit.user.me():
    print("login failed for", username, "password", password, file=sys.stderr)
    sys.exit(1)

oai = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
MAX_TOKENS = 120
print("using", len(os.environ["OPENAI_API_KEY"]), "char OpenAI key, max_tokens", MAX_TOKENS)

removed = 0
for item in reddit.subreddit(SUBREDDIT).mod.modqueue(limit=50):
    body = getattr(item, "body", None) or getattr(item, "selftext", "")
    resp = oai.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[
            {"role": "system", "content": "Answer REMOVE or KEEP for this subreddit's rules."},
            {"role": "user", "content": body[:4000]},
        ],
    )
    verdict = resp.choices[0].message.content.strip().upper()
    print(item.id, verdict, "tokens:", resp.usage.total_tokens)
    if verdict.startswith("REMOVE"):
        item.mod.remove(mod_note="sweep: rule 2")
        removed += 1
    time.sleep(1.0)

print(f"done, removed {removed} items from r/{SUBREDDIT}")
