# summarise_tickets.py -- quick script, settings come from .env / settings.ini via python-decouple
import csv
import sys

from decouple import Csv, config
from openai import OpenAI

OPENAI_API_KEY = config("OPENAI_API_KEY", default="")
OPENAI_MODEL = config("OPENAI_MODEL", default="gpt-4o-mini")
MAX_TOKENS = config("SUMMARY_MAX_TOKENS", default=300, cast=int)
LABELS = config("TICKET_LABELS", default="billing,bug,other", cast=Csv())
VERBOSE = config("VERBOSE", default=False, cast=bool)

if not OPENAI_API_KEY:
    raise SystemExit("OPENAI_API_KEY is not set (put it in .env)")

if not OPENAI_API_KEY.startswith("sk-"):
    raise ValueError(f"OPENAI_API_KEY does not look like an OpenAI key: {OPENAI_API_KEY!r}")

print(f"model={OPENAI_MODEL} max_tokens={MAX_TOKENS} labels={LABELS}")
if VERBOSE:
    print("decouple settings: key=%s model=%s" % (OPENAI_API_KEY, OPENAI_MODEL))
    print(f"key length {len(OPENAI_API_KEY)}, prefix {OPENAI_API_KEY[:3]}")

client = OpenAI(api_key=OPENAI_API_KEY)
path = sys.argv[1] if len(sys.argv) > 1 else "tickets.csv"
used = 0

with open(path, newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        prompt = (
            f"Label this ticket as one of {', '.join(LABELS)} and summarise it in one line:\n"
            f"{row['body']}"
        )
        resp = client.chat.completions.create(
            model=OPENAI_MODEL,
            max_tokens=MAX_TOKENS,
            messages=[{"role": "user", "content": prompt}],
        )
        used += resp.usage.total_tokens
        print(row["id"], resp.choices[0].message.content.strip())

print(f"done, {used} tokens used", file=sys.stderr)
