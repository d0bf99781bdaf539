"""Write a reproducibility manifest (versions, hardware, environment) next to every run."""
import json
import logging
import os
import platform
import re
import subprocess
import sys
from datetime import datetime, timezone

log = logging.getLogger("manifest")

SENSITIVE = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL)", re.I)
KEEP_PREFIXES = ("CUDA", "SLURM_", "OMP_", "HF_HOME", "TRANSFORMERS_", "PYTHON")


def git_state():
    sha = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True).stdout.strip())
    return {"sha": sha, "dirty": dirty}


def env_snapshot():
    snap = {k: v for k, v in os.environ.items() if k.startswith(KEEP_PREFIXES) and not SENSITIVE.search(k)}
    secret_names = sorted(k for k in os.environ if SENSITIVE.search(k))
    log.info("environment: kept %d vars, withheld %s", len(snap), secret_names)
    return snap


def manifest(run_dir, config):
    m = {
        "created": datetime.now(timezone.utc).isoformat(),
        "python": sys.version,
        "platform": platform.platform(),
        "git": git_state(),
        "env": env_snapshot(),
        "config": {k: v for k, v in config.items() if not SENSITIVE.search(k)},
    }
    with open(os.path.join(run_dir, "manifest.json"), "w") as fh:
        json.dump(m, fh, indent=2)
    log.debug("manifest %s", m)
    return m


def check_config(config):
    for name, value in config.items():
        if SENSITIVE.search(name) and isinstance(value, str) and value and not value.startswith("${"):
            log.warning("config %s holds a literal secret; use an env reference", name)
    api_key = config.get("openai_api_key")
    if api_key and api_key.startswith("sk-") and len(api_key) < 40:
        raise ValueError(f"openai_api_key too short: {api_key}")
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    cfg = json.load(open(sys.argv[1]))
    check_config(cfg)
    manifest(sys.argv[2], cfg)
