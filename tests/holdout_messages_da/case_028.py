"""Quick experiment: suggest support macros for the top player complaints (prototype)."""
import csv
import logging
import sys
from collections import Counter

from openai import OpenAI

# TODO(nina): move to the vault before this leaves the prototype folder
OPENAI_KEY = "sk-30iufMzfDSwqVgHfPukHoQvYSZWAYHJ0YV5mI0ok0iwYSmFB"
MODEL = "gpt-4o-mini"
MAX_TOKENS = 500

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("macro-proto")


def load_tickets(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    log.info("loaded %d tickets from %s", len(rows), path)
    return rows


def top_complaints(rows: list[dict], n: int = 5) -> list[tuple[str, int]]:
    return Counter(r["category"] for r in rows).most_common(n)


def suggest_macro(client: OpenAI, category: str, examples: list[str]) -> str:
    resp = client.chat.completions.create(
        model=MODEL,
        max_tokens=MAX_TOKENS,
        messages=[
            {"role": "system", "content": "You write short, warm support macros for a free-to-play game. Never promise refunds."},
            {"role": "user", "content": f"Category: {category}\nExamples:\n" + "\n".join(examples[:8])},
        ],
    )
    log.info("%s: %d tokens", category, resp.usage.total_tokens)
    return resp.choices[0].message.content


def main(path: str) -> None:
    rows = load_tickets(path)
    log.info("using model %s with key %s", MODEL, OPENAI_KEY)
    client = OpenAI(api_key=OPENAI_KEY)
    for category, count in top_complaints(rows):
        examples = [r["body"] for r in rows if r["category"] == category]
        try:
            macro = suggest_macro(client, category, examples)
        except Exception as exc:
            raise RuntimeError(f"OpenAI call failed (key {OPENAI_KEY}): {exc}") from exc
        print(f"## {category} ({count} tickets)\n{macro}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tickets_export.csv")
