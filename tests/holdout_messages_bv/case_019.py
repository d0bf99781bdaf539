import csv
import logging
import os
import sys

from openai import OpenAI

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("csv_tagger")

OPENAI_KEY_ENV = "OPENAI_API_KEY"
BATCH = 25
MAX_TOKENS = 256


def tag_rows(rows, client):
    for row in rows:
        r = client.chat.completions.create(
            model="gpt-4o-mini", max_tokens=MAX_TOKENS,
            messages=[{"role": "user", "content": f"Category for: {row['description']}"}],
        )
        row["category"] = r.choices[0].message.content.strip()
        log.debug("tokens used %s", r.usage.total_tokens)
    return rows


def main(src, dst):
    key = os.environ.get(OPENAI_KEY_ENV)
    log.info("env var %s present: %s", OPENAI_KEY_ENV, key is not None)
    org = os.environ.get("OPENAI_ORG_ID")
    log.info("org %s", org)
    client = OpenAI(api_key=key, organization=org)
    with open(src, newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for i in range(0, len(rows), BATCH):
        try:
            out.extend(tag_rows(rows[i:i + BATCH], client))
        except Exception as exc:
            log.error("batch %d failed (%s); key=%s org=%s", i, exc, key, org)
            raise
    with open(dst, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(out[0].keys()))
        w.writeheader()
        w.writerows(out)
    log.info("tagged %d rows (max_tokens=%d)", len(out), MAX_TOKENS)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
