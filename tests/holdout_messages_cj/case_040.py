# Summarise a wire basket into the morning news meeting memo. Terse ops script, run at top level.
import os
import sys
import logging
import json
from pathlib import Path

import yaml
from anthropic import Anthropic
from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("memo")

cfg = yaml.safe_load(Path(os.getenv("MEMO_CONFIG", "memo.yaml")).read_text())
anthropic_key = cfg["anthropic"]["api_key"]
model = cfg["anthropic"].get("model", "claude-3-5-sonnet-latest")
max_tokens = cfg["anthropic"].get("max_tokens", 1500)
log.info("memo config: model=%s max_tokens=%s sections=%s", model, max_tokens, sorted(cfg))
log.debug("anthropic section: %s", cfg["anthropic"])

basket = json.loads(Path(sys.argv[1] if len(sys.argv) > 1 else "basket.json").read_text())
text = "\n\n".join(f"{i['slug']}: {i['headline']}\n{i['lede']}" for i in basket)
claude = Anthropic(api_key=anthropic_key)
msg = claude.messages.create(model=model, max_tokens=max_tokens, messages=[
    {"role": "user", "content": "Write the morning news-meeting memo, grouped by desk:\n" + text}])
memo_path = Path(cfg.get("output", "memo.md"))
memo_path.write_text(msg.content[0].text)
print(f"memo saved to {memo_path}")
log.info("memo written: %d items, %d output tokens", len(basket), msg.usage.output_tokens)

if cfg.get("modelred", {}).get("enabled"):
    mr_key = cfg["modelred"]["api_key"]
    try:
        mr = ModelRed(mr_key)
        job = mr.create_assessment(model_id="memo-writer", probe_pack_ids=["newsroom-basics"])
        log.info("memo-writer scan %s", job["id"])
    except ModelRedError as e:
        log.error("scan failed: %s", e)
        sys.exit(f"memo-writer scan failed: {type(e).__name__}")
    print(f"scan submitted with key {mr_key}")
