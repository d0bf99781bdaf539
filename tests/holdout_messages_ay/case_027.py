# shift_report.py - end-of-shift summary for the assembly hall, run by the line lead's laptop
# python shift_report.py 2026-11-30 B
import csv
import os
import sys
from collections import Counter

from groq import Groq

GROQ_API_KEY = os.environ.get("GROQ_API_KEY")
FALLBACK_OPENAI_KEY = "sk-HjV4fzcjm1GHW7xRAeHWwl1DBgvLDEFnt9Ru9aHeYE5SQHEY"
MAX_TOKENS = 600

day, shift = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(f"/mnt/mes-export/{day}_{shift}.csv")))
print(f"{len(rows)} MES events for {day} shift {shift}")

stops = Counter(r["stop_reason"] for r in rows if r["event"] == "STOP")
scrap = sum(int(r.get("scrap_qty") or 0) for r in rows)
good = sum(int(r.get("good_qty") or 0) for r in rows)
print(f"good={good} scrap={scrap} top stops={stops.most_common(3)}")

if not GROQ_API_KEY:
    print(f"GROQ_API_KEY missing (got {GROQ_API_KEY!r}), trying the OpenAI fallback")
    from openai import OpenAI
    llm, model = OpenAI(api_key=FALLBACK_OPENAI_KEY), "gpt-4o-mini"
    print("fallback key:", FALLBACK_OPENAI_KEY)
else:
    llm, model = Groq(api_key=GROQ_API_KEY), "llama-3.1-70b-versatile"
    print("using Groq, key", GROQ_API_KEY[:4] + "..." + GROQ_API_KEY[-4:])

resp = llm.chat.completions.create(
    model=model,
    max_tokens=MAX_TOKENS,
    messages=[
        {"role": "system", "content": "Write a 6-line shift handover for an assembly hall. Plain text."},
        {"role": "user", "content": f"Good {good}, scrap {scrap}, stops {dict(stops)}."},
    ],
)
report = resp.choices[0].message.content
print(report)
print(f"[{model}] prompt_tokens={resp.usage.prompt_tokens} completion_tokens={resp.usage.completion_tokens}")

out_path = f"/mnt/mes-export/handover_{day}_{shift}.txt"
with open(out_path, "w") as fh:
    fh.write(report)
print("written", out_path)
