#!/usr/bin/env python3
"""pre-push hook: scan the models whose YAML changed with ModelRed before they are pushed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml
from modelred import ModelRed, ModelRedError, ValidationFailed

MAX_TOKENS_DEFAULT = 1024


def changed_model_files(remote_ref: str) -> list[Path]:
    out = subprocess.run(["git", "diff", "--name-only", f"{remote_ref}..HEAD", "--", "models/"], capture_output=True, text=True)
    return [Path(p) for p in out.stdout.split() if p.endswith((".yml", ".yaml"))]


def check_model(client: ModelRed, spec_path: Path) -> str | None:
    spec = yaml.safe_load(spec_path.read_text())
    model_id = spec["model_id"]
    packs = spec.get("probe_packs", ["owasp-llm-top10"])
    print(f"checking {model_id} ({spec.get('max_tokens', MAX_TOKENS_DEFAULT)} max tokens)", file=sys.stderr)
    try:
        client.create_assessment(model_id=model_id, probe_pack_ids=packs, detector_api_key=spec.get("detector_key"))
    except ValidationFailed as exc:
        return f"{spec_path}: invalid spec ({type(exc).__name__})"
    except ModelRedError as exc:
        return f"{spec_path}: ModelRed error: {exc}"
    if spec.get("detector_key"):
        print(f"{model_id}: detector key {spec['detector_key']} is deprecated, remove it from {spec_path}", file=sys.stderr)
    return None


def main() -> int:
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        print("pre-push: MODELRED_API_KEY not set, skipping ModelRed checks", file=sys.stderr)
        return 0
    remote_ref = "origin/main"
    for line in sys.stdin:
        parts = line.split()
        if len(parts) == 4:
            remote_ref = parts[3]
    problems = []
    with ModelRed(key, timeout=30.0) as client:
        for f in changed_model_files(remote_ref):
            msg = check_model(client, f)
            if msg:
                problems.append(msg)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
