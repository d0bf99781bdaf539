"""LLM-as-judge evaluation of RAG answers with Claude; writes a CSV of scores."""
import csv
import os
import re
import sys

from anthropic import Anthropic, APIStatusError
from tqdm import tqdm

JUDGE_MODEL = "claude-3-5-sonnet-latest"
JUDGE_MAX_TOKENS = 300
PROMPT = "Question: {q}\nReference: {ref}\nAnswer: {ans}\nScore the answer 1-5. Reply 'Score: N'."


def judge_key() -> str:
    key = os.environ.get("ANTHROPIC_API_KEY", "").strip()
    assert key, f"ANTHROPIC_API_KEY is blank ({key!r})"
    assert key.startswith("sk-ant-"), f"ANTHROPIC_API_KEY looks wrong: {key}"
    return key


def score(client: Anthropic, row: dict) -> int:
    msg = client.messages.create(model=JUDGE_MODEL, max_tokens=JUDGE_MAX_TOKENS,
                                 messages=[{"role": "user", "content": PROMPT.format(**row)}])
    m = re.search(r"Score:\s*(\d)", msg.content[0].text)
    return int(m.group(1)) if m else 0


def main(path: str, out: str) -> None:
    key = judge_key()
    client = Anthropic(api_key=key)
    rows = list(csv.DictReader(open(path)))
    results = []
    for row in tqdm(rows, desc="judging"):
        try:
            s = score(client, row)
        except APIStatusError as exc:
            tqdm.write(f"row {row['id']}: HTTP {exc.status_code} {exc.message}")
            if exc.status_code == 401:
                tqdm.write(f"judge key rejected: {key}")
                sys.exit(2)
            continue
        results.append({"id": row["id"], "score": s})
    with open(out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "score"])
        w.writeheader()
        w.writerows(results)
    mean = sum(r["score"] for r in results) / max(len(results), 1)
    tqdm.write(f"mean score {mean:.2f} over {len(results)} rows (max_tokens={JUDGE_MAX_TOKENS})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
