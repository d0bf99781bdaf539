# weekly_digest.py - run by cron on the analytics box
import os
import sys
from typing import NamedTuple

import anthropic
import cohere


class Config(NamedTuple):
    cohere_key: str
    region: str
    anthropic_key: str
    digest_model: str = "claude-3-5-sonnet-latest"


cfg = Config(
    cohere_key=os.environ["COHERE_API_KEY"],
    region=os.environ.get("DIGEST_REGION", "eu"),
    anthropic_key=os.environ["ANTHROPIC_API_KEY"],
)

if "-v" in sys.argv:
    print(cfg)
    print(cfg._replace(cohere_key="***", anthropic_key="***"))
    print("region:", cfg.region, "model:", cfg.digest_model)
    print("fields:", Config._fields)

co = cohere.ClientV2(api_key=cfg.cohere_key)
claude = anthropic.Anthropic(api_key=cfg.anthropic_key)

with open("notes_this_week.txt") as fh:
    notes = [line.strip() for line in fh if line.strip()]

emb = co.embed(texts=notes, model="embed-english-v3.0", input_type="clustering", embedding_types=["float"])
print(f"embedded {len(notes)} notes, {emb.meta.billed_units.input_tokens} input tokens")

try:
    msg = claude.messages.create(
        model=cfg.digest_model,
        max_tokens=800,
        messages=[{"role": "user", "content": "Write a weekly digest of:\n" + "\n".join(notes)}],
    )
except anthropic.AuthenticationError as err:
    print(f"anthropic rejected key {cfg.anthropic_key}", file=sys.stderr)
    print(f"anthropic error: {err.status_code}", file=sys.stderr)
    sys.exit(2)

with open("digest.md", "w") as out:
    out.write(msg.content[0].text)
print("digest written,", msg.usage.output_tokens, "tokens")
