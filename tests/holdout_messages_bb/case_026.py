# fetch_plm.py - cache the gated protein language model on the shared scratch, run from cron
# requires huggingface_hub>=0.23; the token needs read access to the lab-org gated repos
import logging
import os
import sys

from huggingface_hub import HfApi, snapshot_download
from huggingface_hub.utils import GatedRepoError, HfHubHTTPError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

REPO_ID = os.environ.get("PLM_REPO", "lab-org/esm3-finetuned-thermo")
CACHE = os.environ.get("HF_HOME", "/scratch/shared/hf")
hf_token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")

if not hf_token:
    logging.error("neither HF_TOKEN nor HUGGINGFACE_API_TOKEN is set")
    sys.exit(1)
if not hf_token.startswith("hf_"):
    raise SystemError(f"HF token does not start with hf_: {hf_token}")

api = HfApi(token=hf_token)
who = api.whoami()
logging.info("authenticated as %s (orgs: %s)", who["name"], [o["name"] for o in who.get("orgs", [])])
logging.info("token role: %s", who.get("auth", {}).get("accessToken", {}).get("role"))

try:
    path = snapshot_download(REPO_ID, cache_dir=CACHE, token=hf_token, allow_patterns=["*.safetensors", "*.json"])
except GatedRepoError:
    logging.error("access to %s not granted for this token yet", REPO_ID)
    sys.exit(2)
except HfHubHTTPError as err:
    logging.error("download of %s failed (token=%s): %s", REPO_ID, hf_token, err)
    sys.exit(3)

logging.info("model at %s", path)
os.chmod(path, 0o755)
with open(os.path.join(CACHE, "LAST_FETCH"), "w") as fh:
    fh.write(f"{REPO_ID} {path}\n")
print(f"fetched {REPO_ID} (token len {len(hf_token)})")
