"""Move simulation outputs to the archive with Globus, then ask an LLM for a run log summary."""
import logging
import os
import sys

import globus_sdk
from openai import OpenAI

CLIENT_ID = "2f7b6a1c-0d3e-4a9b-9c55-7e1f0a2b3c4d"
SRC_ENDPOINT = os.environ.get("GLOBUS_SRC", "hpc-scratch")
DST_ENDPOINT = os.environ.get("GLOBUS_DST", "lab-archive")
TRANSFER_SCOPE = globus_sdk.scopes.TransferScopes.all

log = logging.getLogger("archive")
logging.basicConfig(stream=sys.stdout, level=logging.INFO)


def login() -> globus_sdk.TransferClient:
    auth = globus_sdk.NativeAppAuthClient(CLIENT_ID)
    auth.oauth2_start_flow(requested_scopes=TRANSFER_SCOPE, refresh_tokens=True)
    print("Log in at:", auth.oauth2_get_authorize_url())
    code = input("Paste the code here: ").strip()
    tokens = auth.oauth2_exchange_code_for_tokens(code)
    t = tokens.by_resource_server["transfer.api.globus.org"]
    log.info("token type %s, expires at %s, scope %s", t["token_type"], t["expires_at_seconds"], t["scope"])
    log.info("transfer access token: %s", t["access_token"])
    if not t.get("refresh_token"):
        raise RuntimeError(f"no refresh token granted; access token was {t['access_token']}")
    with open(os.path.expanduser("~/.archive_refresh"), "w") as fh:
        fh.write(t["refresh_token"])
    return globus_sdk.TransferClient(authorizer=globus_sdk.AccessTokenAuthorizer(t["access_token"]))


def archive(tc: globus_sdk.TransferClient, run_dir: str) -> str:
    tdata = globus_sdk.TransferData(tc, SRC_ENDPOINT, DST_ENDPOINT, label=f"archive {run_dir}")
    tdata.add_item(run_dir, f"/archive/{os.path.basename(run_dir)}", recursive=True)
    task = tc.submit_transfer(tdata)
    log.info("submitted transfer %s from %s to %s", task["task_id"], SRC_ENDPOINT, DST_ENDPOINT)
    return task["task_id"]


def summarise_log(path: str) -> str:
    oa = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    text = open(path, encoding="utf-8").read()[-15000:]
    r = oa.chat.completions.create(model="gpt-4o-mini", max_tokens=250,
                                   messages=[{"role": "user", "content": "Summarise this MD run log:\n" + text}])
    return r.choices[0].message.content


if __name__ == "__main__":
    tc = login()
    tid = archive(tc, sys.argv[1])
    print(summarise_log(os.path.join(sys.argv[1], "md.log")))
    print(f"archive task {tid}")
