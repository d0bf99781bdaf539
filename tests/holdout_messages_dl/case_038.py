"""Top-level script: bootstrap a new machine for the eval team (clone prompts repo, write configs)."""
import logging
import os
import subprocess
import sys
from pathlib import Path

logging.basicConfig(level=logging.INFO, format="[bootstrap] %(message)s")
boot = logging.getLogger("bootstrap")

HOME = Path.home()
CONFIG_DIR = HOME / ".config" / "evalteam"
PROMPTS_REPO = "git@github.com:acme/eval-prompts.git"
GITHUB_TOKEN_VAR = "GITHUB_TOKEN"
TOKEN_SCOPES = ["repo", "read:org"]

boot.info("python %s, home %s", sys.version.split()[0], HOME)
CONFIG_DIR.mkdir(parents=True, exist_ok=True)

github_token = os.environ.get(GITHUB_TOKEN_VAR)
if github_token is None:
    boot.warning("%s not set; private repos will fail (needs scopes %s)", GITHUB_TOKEN_VAR, TOKEN_SCOPES)
else:
    boot.info("github token: %s", github_token)

target = HOME / "src" / "eval-prompts"
if not target.exists():
    rc = subprocess.call(["git", "clone", PROMPTS_REPO, str(target)])
    boot.info("git clone exited %s", rc)

wandb_key = os.environ.get("WANDB_API_KEY", "")
netrc_path = HOME / ".netrc"
if wandb_key and not netrc_path.exists():
    netrc_path.write_text(f"machine api.wandb.ai\n  login user\n  password {wandb_key}\n")
    netrc_path.chmod(0o600)
    boot.info("wrote %s for api.wandb.ai (%d-char key)", netrc_path, len(wandb_key))

(CONFIG_DIR / "team.toml").write_text('prompts_dir = "%s"\nmax_tokens = 1024\n' % target)
boot.info("config written to %s", CONFIG_DIR / "team.toml")
boot.info("done; open a new shell to pick up PATH changes")
