"""hf_sync.py - cron: mirror our fine-tuned checkpoints to the Hugging Face hub"""
import logging
import os
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("hf_sync")
logging.basicConfig(level=logging.INFO, stream=sys.stdout)

HF_TOKEN = os.environ.get("HF_TOKEN")
ORG = "acme-ml"
CKPT_DIR = Path("/data/checkpoints")


def push(repo_name: str, folder: Path) -> None:
    remote = f"https://user:{HF_TOKEN}@huggingface.co/{ORG}/{repo_name}"
    public_remote = f"https://huggingface.co/{ORG}/{repo_name}"
    log.info("pushing %s -> %s", folder, public_remote)
    cmd = ["git", "-C", str(folder), "push", remote, "main"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("push failed: %s", " ".join(cmd))
        log.error("git stderr: %s", proc.stderr[-500:])
        raise RuntimeError(f"git push to {public_remote} failed with code {proc.returncode}")


def main() -> int:
    if not HF_TOKEN:
        log.error("HF_TOKEN not set")
        return 1
    for d in sorted(CKPT_DIR.iterdir()):
        if (d / "config.json").exists():
            try:
                push(d.name, d)
            except RuntimeError as e:
                log.error("%s: %s", d.name, e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
