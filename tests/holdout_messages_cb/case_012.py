import json
import logging
import os
import sys
from pathlib import Path

import structlog
from openai import OpenAI

structlog.configure(logger_factory=structlog.PrintLoggerFactory(sys.stderr))
slog = structlog.get_logger("discovery.summaries")

CONFIG_PATH = Path(os.environ.get("DISCOVERY_CONFIG", "~/.config/discovery/config.json")).expanduser()

cfg = json.loads(CONFIG_PATH.read_text())
openai_cfg = cfg["openai"]
api_key = openai_cfg["api_key"]
model = openai_cfg.get("model", "gpt-4o-mini")
base_url = openai_cfg.get("base_url")

slog.info("config_loaded", path=str(CONFIG_PATH), model=model, base_url=base_url)
slog.debug("openai_config", cfg=openai_cfg)

client = OpenAI(api_key=api_key, base_url=base_url)
production_dir = Path(sys.argv[1])
summaries = {}

for doc in sorted(production_dir.glob("*.txt")):
    text = doc.read_text(errors="ignore")[:12000]
    out = client.chat.completions.create(
        model=model, max_tokens=300,
        messages=[{"role": "system", "content": "Summarise this produced document for a privilege log."},
                  {"role": "user", "content": text}],
    )
    summaries[doc.name] = out.choices[0].message.content
    slog.info("summarised", doc=doc.name, total_tokens=out.usage.total_tokens)

out_path = production_dir / "summaries.json"
out_path.write_text(json.dumps(summaries, indent=2))
slog.info("written", out=str(out_path), count=len(summaries), key_tail=api_key[-4:])

if not summaries:
    logging.warning("no documents in %s; key used was %s", production_dir, api_key)
