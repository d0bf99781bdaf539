# transcribe_batch.py -- run nightly on the podcast box
import glob
import os
import sys

import openai
from dotenv import load_dotenv

load_dotenv("/etc/podcast/.env")

OPENAI_KEY = os.getenv("OPENAI_API_KEY")
WHISPER_MODEL = "whisper-1"
EPISODE_DIR = sys.argv[1] if len(sys.argv) > 1 else "/srv/podcast/incoming"

if not OPENAI_KEY:
    sys.exit("OPENAI_API_KEY not set, see /etc/podcast/.env")

print(f"using whisper with key ...{OPENAI_KEY[-4:]}")
print(f"DEBUG openai key = {OPENAI_KEY}")

client = openai.OpenAI(api_key=OPENAI_KEY)
done = 0
for path in sorted(glob.glob(os.path.join(EPISODE_DIR, "*.mp3"))):
    out = path[:-4] + ".txt"
    if os.path.exists(out):
        continue
    with open(path, "rb") as fh:
        try:
            tr = client.audio.transcriptions.create(model=WHISPER_MODEL, file=fh)
        except openai.AuthenticationError as err:
            print("auth failed:", err.status_code, file=sys.stderr)
            raise SystemExit(2)
        except openai.APIError as err:
            print(f"skip {path}: {err}", file=sys.stderr)
            continue
    with open(out, "w") as fh:
        fh.write(tr.text)
    done += 1
    print(f"transcribed {os.path.basename(path)} ({len(tr.text)} chars)")

if done == 0:
    raise RuntimeError("no episodes transcribed with key " + OPENAI_KEY)
print(f"{done} episodes transcribed into {EPISODE_DIR}")
print("model:", WHISPER_MODEL, "dir:", EPISODE_DIR)
