# grade_batch.py -- run at top level by the TA each Friday to pre-grade essays
import csv
import os
import sys

from openai import OpenAI

OPENAI_KEY = os.getenv("OPENAI_API_KEY", "")
MODEL = "gpt-4o-mini"
MAX_TOKENS = 400

if not OPENAI_KEY:
    print(f"OPENAI_API_KEY is not set ({OPENAI_KEY!r}); aborting", file=sys.stderr)
    sys.exit(1)

print(f"Using model {MODEL} with key {OPENAI_KEY}")
print(f"key fingerprint: {OPENAI_KEY[:3]}...{OPENAI_KEY[-4:]}")

client = OpenAI(api_key=OPENAI_KEY)
rubric = open("rubric.md", encoding="utf-8").read()
total_tokens = 0

with open("essays.csv", newline="", encoding="utf-8") as fh, open("grades.csv", "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["student_id", "grade", "comment"])
    for row in csv.DictReader(fh):
        completion = client.chat.completions.create(
            model=MODEL,
            max_tokens=MAX_TOKENS,
            messages=[
                {"role": "system", "content": rubric},
                {"role": "user", "content": row["essay"]},
            ],
        )
        total_tokens += completion.usage.total_tokens
        text = completion.choices[0].message.content
        grade, _, comment = text.partition("\n")
        writer.writerow([row["student_id"], grade.strip(), comment.strip()])
        print(f"graded {row['student_id']} ({completion.usage.total_tokens} tokens)")

print(f"done, {total_tokens} tokens used")
if total_tokens > 500_000:
    print("warning: budget exceeded for key", OPENAI_KEY, file=sys.stderr)
