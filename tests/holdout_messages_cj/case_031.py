# one-off backfill: generate summaries for the 2019-2021 archive. Run once from a laptop.
import csv
import sys
import time

from openai import OpenAI, RateLimitError, AuthenticationError

ARCHIVE_CSV = sys.argv[1] if len(sys.argv) > 1 else "archive_2019_2021.csv"
OUT_CSV = ARCHIVE_CSV.replace(".csv", "_summaries.csv")
openai_backfill_key = "sk-ePNRQ7Ehojwn8tiv3MbD5x3FI2Bp1USEx2I8h6TgJLYZeHpo"
BATCH_MAX_TOKENS = 180

client = OpenAI(api_key=openai_backfill_key)
print(f"key loaded: {bool(openai_backfill_key)}, {len(openai_backfill_key)} chars")
print(f"backfill {ARCHIVE_CSV} -> {OUT_CSV}, max_tokens={BATCH_MAX_TOKENS}")

done = 0
total_tokens = 0
with open(ARCHIVE_CSV, newline="") as src, open(OUT_CSV, "w", newline="") as dst:
    writer = csv.writer(dst)
    writer.writerow(["article_id", "summary"])
    for row in csv.DictReader(src):
        for attempt in range(5):
            try:
                r = client.chat.completions.create(
                    model="gpt-4o-mini", max_tokens=BATCH_MAX_TOKENS,
                    messages=[{"role": "user", "content": f"Summarise in two sentences:\n{row['body'][:8000]}"}])
                break
            except RateLimitError:
                time.sleep(2 ** attempt)
            except AuthenticationError as exc:
                print(f"auth failed for {openai_backfill_key}: {exc.message}", file=sys.stderr)
                sys.exit(1)
        else:
            print(f"giving up on {row['article_id']}", file=sys.stderr)
            continue
        total_tokens += r.usage.total_tokens
        writer.writerow([row["article_id"], r.choices[0].message.content.strip()])
        done += 1
        if done % 100 == 0:
            print(f"{done} done, {total_tokens} tokens so far")

print(f"finished {done} rows; key ...{openai_backfill_key[-4:]}")
