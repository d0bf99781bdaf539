"""Push a fine-tuned checkpoint folder to the Hugging Face Hub."""
import argparse
import os
import sys

from huggingface_hub import HfApi, get_token
from huggingface_hub.utils import HfHubHTTPError

parser = argparse.ArgumentParser()
parser.add_argument("folder")
parser.add_argument("--repo-id", required=True)
parser.add_argument("--private", action="store_true")
parser.add_argument("--token", default=None, help="defaults to HF_TOKEN or the cached login")
args = parser.parse_args()

TOKEN_ENV = "HF_TOKEN"
token = args.token or os.environ.get(TOKEN_ENV) or get_token()
if token is None:
    sys.exit(f"no token: set {TOKEN_ENV} or run huggingface-cli login")
print(f"token source: {'flag' if args.token else TOKEN_ENV}, prefix {token[:3]}")

api = HfApi(token=token)
who = api.whoami()
print(f"logged in as {who['name']} (orgs: {[o['name'] for o in who.get('orgs', [])]})")

role = who.get("auth", {}).get("accessToken", {}).get("role")
if role != "write":
    raise ValueError(f"token {token} has role {role!r}, a write token is needed")

try:
    api.create_repo(args.repo_id, private=args.private, exist_ok=True, repo_type="model")
    info = api.upload_folder(folder_path=args.folder, repo_id=args.repo_id,
                             commit_message="upload checkpoint", ignore_patterns=["*.pt.tmp", "optimizer.pt"])
except HfHubHTTPError as err:
    print(f"upload failed: {err.response.status_code} {err.server_message}", file=sys.stderr)
    print(f"retry with: HF_TOKEN={token} python {sys.argv[0]} {args.folder} --repo-id {args.repo_id}", file=sys.stderr)
    sys.exit(1)

print(f"uploaded {args.folder} -> {info.commit_url}")
print(f"repo id {args.repo_id}, private={args.private}")
