# quick script: moderate comments on my latest video with Claude, flag spam
import os
import sys

import anthropic
import requests

API_KEY = os.getenv("YOUTUBE_API_KEY")
CLAUDE_KEY = os.getenv("ANTHROPIC_API_KEY")
VIDEO = sys.argv[1] if len(sys.argv) > 1 else "dQw4w9WgXcQ"

if not API_KEY:
    print(f"YOUTUBE_API_KEY missing (got {API_KEY!r})", file=sys.stderr)
    sys.exit(2)

print("youtube key:", API_KEY)
print("claude key set:", bool(CLAUDE_KEY))

client = anthropic.Anthropic(api_key=CLAUDE_KEY)
params = {"part": "snippet", "videoId": VIDEO, "maxResults": 100, "key": API_KEY}
r = requests.get("https://www.googleapis.com/youtube/v3/commentThreads", params=params, timeout=20)
if r.status_code != 200:
    print("commentThreads failed", r.status_code, r.text[:300])
    sys.exit(1)

flagged = []
for item in r.json().get("items", []):
    top = item["snippet"]["topLevelComment"]["snippet"]
    text = top["textDisplay"]
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=5,
        messages=[{"role": "user", "content": f"Reply SPAM or OK only.\n\n{text}"}],
    )
    verdict = msg.content[0].text.strip().upper()
    if verdict.startswith("SPAM"):
        flagged.append((item["id"], top["authorDisplayName"], text[:80]))

print(f"{len(flagged)} flagged of {len(r.json().get('items', []))}")
for cid, author, snippet in flagged:
    print(cid, author, snippet)

safe_params = {k: v for k, v in params.items() if k != "key"}
print("query was", safe_params)
print("query (debug)", params)
