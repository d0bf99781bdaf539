"""Clone a private model repo and push weights with huggingface-cli."""
import logging
import os
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger("publish")


def clone(repo: str, dest: Path) -> None:
    gh_token = os.environ["GITHUB_TOKEN"]
    cmd = ["git", "clone", "--depth=1", f"https://x-access-token:{gh_token}@github.com/{repo}.git", str(dest)]
    log.info("running: %s", shlex.join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"git clone of {repo} failed ({proc.returncode}): {proc.stderr[-500:]}")
    log.info("cloned %s into %s", repo, dest)


def upload(folder: Path, hub_repo: str) -> None:
    hf_token = os.environ["HF_TOKEN"]
    env = {**os.environ, "HF_TOKEN": hf_token, "HF_HUB_ENABLE_HF_TRANSFER": "1"}
    log.debug("child env keys: %s", sorted(env))
    log.debug("child env: %s", env)
    args = ["huggingface-cli", "upload", hub_repo, str(folder), "--repo-type=model"]
    log.info("running: %s", " ".join(args))
    try:
        subprocess.run(args, env=env, check=True, timeout=3600)
    except subprocess.CalledProcessError as e:
        raise RuntimeError(f"upload to {hub_repo} exited with {e.returncode}") from e
