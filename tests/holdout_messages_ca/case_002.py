# transcribe_visits.py -- run nightly from cron on the scribe box
import glob
import os
import sys

from dotenv import load_dotenv
from openai import OpenAI
from modelred import ModelRed

load_dotenv("/etc/scribe/scribe.env")

openai_api_key = os.getenv("OPENAI_API_KEY", "")
modelred_key = os.getenv("MODELRED_API_KEY")
AUDIO_DIR = os.getenv("VISIT_AUDIO_DIR", "/srv/scribe/audio")
MAX_TOKENS = 1200

print(f"audio dir: {AUDIO_DIR}, max_tokens={MAX_TOKENS}")
print("OPENAI_API_KEY set:", bool(openai_api_key))
if not openai_api_key.startswith("sk-"):
    print(f"warning: key does not look like an OpenAI key: {openai_api_key}", file=sys.stderr)

client = OpenAI(api_key=openai_api_key)
done = 0
for path in sorted(glob.glob(os.path.join(AUDIO_DIR, "*.m4a"))):
    with open(path, "rb") as fh:
        tr = client.audio.transcriptions.create(model="whisper-1", file=fh)
    note = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": "Write a SOAP note from this visit transcript."},
                  {"role": "user", "content": tr.text}],
    )
    out = path.rsplit(".", 1)[0] + ".soap.txt"
    with open(out, "w") as fh:
        fh.write(note.choices[0].message.content)
    print(f"{os.path.basename(path)}: {note.usage.total_tokens} tokens")
    done += 1

print(f"transcribed {done} visits")

if modelred_key:
    mr = ModelRed(modelred_key)
    print("modelred key ends with", modelred_key[-4:])
    runs = mr.list_assessments()
    print(f"recent red-team runs: {len(runs)}")
else:
    print("MODELRED_API_KEY not set, skipping red-team check")
    print(f"modelred config: key={modelred_key!r}")
    sys.exit(0)

print(f"using modelred key {modelred_key} for nightly scan")
