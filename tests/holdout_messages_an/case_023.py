"""DVC stage `judge`: score generations with an LLM judge, reading params.yaml."""
import json
import os
import sys
from pathlib import Path

import yaml
from mistralai import Mistral

PARAMS = yaml.safe_load(Path("params.yaml").read_text())["judge"]
GEN = Path("data/generations.jsonl")
OUT = Path("metrics/judge.json")


def resolve_key(params):
    src = params.get("key_source", {"type": "env", "name": "MISTRAL_API_KEY"})
    print(f"judge key source: {src}", file=sys.stderr)
    if src["type"] == "env":
        return os.environ.get(src["name"])
    if src["type"] == "file":
        return Path(src["path"]).expanduser().read_text().strip()
    raise ValueError(f"unknown key_source type {src['type']!r}")


def main():
    key = resolve_key(PARAMS)
    if not key:
        raise RuntimeError(f"judge key is empty ({key!r}); check params.yaml key_source")
    judge = Mistral(api_key=key)
    scores, tokens = [], 0
    for line in GEN.read_text().splitlines():
        row = json.loads(line)
        r = judge.chat.complete(model=PARAMS["model"], max_tokens=PARAMS.get("max_tokens", 4), messages=[{"role": "user", "content": PARAMS["rubric"].format(**row)}])
        try:
            scores.append(int(r.choices[0].message.content.strip()[0]))
        except (ValueError, IndexError):
            print(f"unparseable judge output for {row['id']}", file=sys.stderr)
            scores.append(0)
        tokens += r.usage.total_tokens
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps({"mean_score": sum(scores) / len(scores), "n": len(scores), "judge_tokens": tokens}))
    print(f"judge: n={len(scores)} tokens={tokens} model={PARAMS['model']}")
    if os.environ.get("DVC_JUDGE_VERBOSE"):
        print(f"judge ran with key={key}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
