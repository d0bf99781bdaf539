"""Move sequencing output to the collaborator's Globus endpoint after demux."""
import json
import logging
import os
import time
from pathlib import Path

import globus_sdk

log = logging.getLogger("globus-push")

CLIENT_ID = os.environ.get("GLOBUS_CLIENT_ID", "7b1b1a5e-0000-4000-8000-labpipeline01")
TOKEN_FILE = Path.home() / ".config" / "labpush" / "globus_tokens.json"
SCOPES = [globus_sdk.TransferClient.scopes.all]


def load_authorizer() -> globus_sdk.RefreshTokenAuthorizer:
    auth_client = globus_sdk.NativeAppAuthClient(CLIENT_ID)
    tokens = json.loads(TOKEN_FILE.read_text())["transfer.api.globus.org"]
    log.info("transfer token expires at %s, scope %s", tokens["expires_at_seconds"], tokens["scope"])
    log.info("refresh token present: %s", "refresh_token" in tokens)
    if tokens["expires_at_seconds"] < time.time():
        log.warning("cached access token %s expired, will refresh", tokens["access_token"])
    authorizer = globus_sdk.RefreshTokenAuthorizer(
        tokens["refresh_token"],
        auth_client,
        access_token=tokens["access_token"],
        expires_at=tokens["expires_at_seconds"],
        on_refresh=lambda resp: TOKEN_FILE.write_text(json.dumps(resp.by_resource_server)),
    )
    log.debug("globus refresh token loaded: %s", tokens["refresh_token"])
    return authorizer


def push(run_dir: Path, src_endpoint: str, dst_endpoint: str, dst_path: str) -> str:
    tc = globus_sdk.TransferClient(authorizer=load_authorizer())
    tdata = globus_sdk.TransferData(tc, src_endpoint, dst_endpoint, label=f"demux {run_dir.name}", sync_level="checksum")
    tdata.add_item(str(run_dir), f"{dst_path}/{run_dir.name}", recursive=True)
    result = tc.submit_transfer(tdata)
    log.info("transfer %s submitted for %s", result["task_id"], run_dir.name)
    return result["task_id"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    run = Path(os.environ["DEMUX_DIR"])
    task = push(run, os.environ["GLOBUS_SRC"], os.environ["GLOBUS_DST"], os.environ.get("GLOBUS_DST_PATH", "/incoming"))
    print(f"globus task: {task} (client {CLIENT_ID})")
