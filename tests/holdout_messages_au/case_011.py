#!/usr/bin/env python3
# pre-commit hook: refuse commits that add prompt files without a passing ModelRed assessment
import os
import subprocess
import sys
from pathlib import Path

import yaml

CONFIG = Path(".modelred-gate.yaml")
cfg = yaml.safe_load(CONFIG.read_text()) if CONFIG.exists() else {}
key_file = Path(cfg.get("key_file", "~/.config/modelred/key")).expanduser()
api_key = os.environ.get("MODELRED_API_KEY") or (key_file.read_text().strip() if key_file.exists() else "")

staged = subprocess.run(["git", "diff", "--cached", "--name-only"], capture_output=True, text=True).stdout.split()
prompts = [p for p in staged if p.startswith(cfg.get("prompt_dir", "prompts/"))]
if not prompts:
    sys.exit(0)

print(f"modelred-gate: {len(prompts)} prompt file(s) staged, key file {key_file}", file=sys.stderr)
if not api_key:
    print(f"modelred-gate: no key in $MODELRED_API_KEY or {key_file} (got {api_key!r})", file=sys.stderr)
    sys.exit(1)
if cfg.get("verbose"):
    print(f"modelred-gate: config {cfg}, key {api_key}", file=sys.stderr)

from modelred import ModelRed, APIError, Unauthorized  # noqa: E402

client = ModelRed(api_key, timeout=10.0, max_retries=1)
try:
    latest = client.list_assessments(model_id=cfg["model_id"], limit=1)["data"]
except Unauthorized as exc:
    raise SystemExit(f"modelred-gate: key rejected ({exc.status_code}); run `modelred login` again")
except APIError as exc:
    sys.stderr.write(f"modelred-gate: could not check assessments ({type(exc).__name__})\n")
    sys.exit(0)

if not latest or latest[0].get("status") != "COMPLETED":
    sys.stderr.write("modelred-gate: no completed assessment for this model; run the scan first\n")
    sys.exit(1)
score = latest[0].get("score", 0)
if score < cfg.get("min_score", 70):
    raise SystemExit(f"modelred-gate: score {score} below minimum {cfg.get('min_score', 70)}")
