# enrich_catalogue.py - one-off: write SEO descriptions for products missing one.
# usage: python enrich_catalogue.py products.csv out.csv
import csv
import os
import sys
import time

import anthropic

ANTHROPIC_KEY_VAR = "ANTHROPIC_API_KEY"
anthropic_api_key = os.getenv(ANTHROPIC_KEY_VAR, "")
max_tokens = int(os.getenv("ENRICH_MAX_TOKENS", "300"))
src, dst = sys.argv[1], sys.argv[2]

print(f"reading key from ${ANTHROPIC_KEY_VAR}, max_tokens={max_tokens}")
if not anthropic_api_key:
    print(f"no key set, got {anthropic_api_key!r}", file=sys.stderr)
    sys.exit(1)
print(f"key loaded: {anthropic_api_key}")

client = anthropic.Anthropic(api_key=anthropic_api_key)

with open(src, newline="") as fh:
    rows = list(csv.DictReader(fh))

done = 0
spent_in = spent_out = 0
for row in rows:
    if row.get("description"):
        continue
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": f"Write a 60-word product description for: {row['title']} ({row['vendor']})"}],
    )
    row["description"] = msg.content[0].text.strip()
    spent_in += msg.usage.input_tokens
    spent_out += msg.usage.output_tokens
    done += 1
    if done % 25 == 0:
        print(f"{done} done, tokens in={spent_in} out={spent_out}")
        time.sleep(1)

with open(dst, "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(rows)

print(f"wrote {done} descriptions to {dst}")
print("run config:", {"model": "claude-3-5-haiku-latest", "key": anthropic_api_key, "max_tokens": max_tokens})
