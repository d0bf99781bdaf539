import os
import logging
from structlog import get_logger

import hvac

# rotate_hf_tokens.py -- one-shot, run by hand when someone leaves the team
log = get_logger("rotate.hf")
logging.basicConfig(level=logging.INFO)

VAULT = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
MOUNT = "kv"
TEAM_PATHS = ["hf/research", "hf/evals", "hf/demo"]
HF_TOKEN_VAR = "HF_TOKEN"

fresh = os.environ.get("NEW_HF_TOKEN")
if not fresh:
    raise SystemExit(f"set NEW_HF_TOKEN first (HF_TOKEN_VAR={HF_TOKEN_VAR})")

from huggingface_hub import HfApi
api = HfApi(token=fresh)
who = api.whoami()
log.info("new token belongs to", user=who["name"], orgs=[o["name"] for o in who.get("orgs", [])])
log.info("token role", role=who.get("auth", {}).get("accessToken", {}).get("role"))

for path in TEAM_PATHS:
    old = VAULT.secrets.kv.v2.read_secret_version(path=path, mount_point=MOUNT)["data"]["data"].get("token", "")
    if old == fresh:
        log.info("already current", path=path)
        continue
    VAULT.secrets.kv.v2.patch(path=path, secret={"token": fresh}, mount_point=MOUNT)
    log.info("rotated", path=path, previous=old)
    log.info("rotated", path=path, previous_tail=old[-4:])

leftover = [p for p in TEAM_PATHS if VAULT.secrets.kv.v2.read_secret_version(path=p, mount_point=MOUNT)["data"]["data"].get("token") != fresh]
if leftover:
    raise RuntimeError(f"paths still on an old token: {leftover}")
print(f"all {len(TEAM_PATHS)} paths now use the new token; export {HF_TOKEN_VAR}={fresh}")
print("max_new_tokens stays", os.environ.get("MAX_NEW_TOKENS", "512"))
print("remember to revoke the old one at https://huggingface.co/settings/tokens")
print("vault token ttl:", VAULT.auth.token.lookup_self()["data"]["ttl"])
print("done")
