# quick script: transcribe a folder of interviews with Deepgram, then summarise
import os
import sys
import json
import glob

import httpx
from openai import OpenAI

DG_KEY = os.environ.get("DEEPGRAM_API_KEY", "")
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
LANG = sys.argv[2] if len(sys.argv) > 2 else "en"

if not DG_KEY:
    sys.stderr.write(f"DEEPGRAM_API_KEY is empty ({DG_KEY!r}), set it first\n")

print("using deepgram key", DG_KEY)
print("openai key present:", bool(OPENAI_KEY))

headers = {"Authorization": f"Token {DG_KEY}", "Content-Type": "audio/wav"}
params = {"model": "nova-2", "language": LANG, "smart_format": "true"}
print("request params", params)
print("request headers", headers)

client = OpenAI(api_key=OPENAI_KEY)
out = {}
for path in sorted(glob.glob(sys.argv[1] + "/*.wav")):
    with open(path, "rb") as fh:
        resp = httpx.post("https://api.deepgram.com/v1/listen", params=params, headers=headers, content=fh.read(), timeout=120)
    if resp.status_code != 200:
        print(f"{path}: deepgram said {resp.status_code} {resp.text}", file=sys.stderr)
        continue
    text = resp.json()["results"]["channels"][0]["alternatives"][0]["transcript"]
    summary = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=300,
        messages=[{"role": "user", "content": "Summarise this interview:\n" + text}],
    )
    out[path] = summary.choices[0].message.content
    print(path, "tokens:", summary.usage.total_tokens)

if not out:
    raise SystemExit("nothing transcribed")

with open("summaries.json", "w") as fh:
    json.dump(out, fh, indent=2)
print("wrote summaries.json; openai key set", OPENAI_KEY is not None)
