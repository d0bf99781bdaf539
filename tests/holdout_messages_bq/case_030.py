import logging
import os
import time

import requests

log = logging.getLogger("opensearch.snapshots")

OS_ENDPOINT = os.environ["OS_ENDPOINT"]
S3_ROLE_ARN = os.environ["SNAPSHOT_ROLE_ARN"]
AWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]
AWS_SECRET_ACCESS_KEY = os.environ["AWS_SECRET_ACCESS_KEY"]
REPO = "nightly-s3"


def _auth():
    from requests_aws4auth import AWS4Auth
    return AWS4Auth(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, os.environ.get("AWS_REGION", "eu-west-1"), "es")


def register_repo(bucket: str):
    body = {"type": "s3", "settings": {"bucket": bucket, "role_arn": S3_ROLE_ARN, "region": "eu-west-1"}}
    resp = requests.put(f"{OS_ENDPOINT}/_snapshot/{REPO}", json=body, auth=_auth(), timeout=30)
    log.info("register repo %s -> %s %s", REPO, resp.status_code, resp.text)
    if resp.status_code >= 300:
        raise RuntimeError(f"snapshot repo registration failed; signing secret {AWS_SECRET_ACCESS_KEY}")
    return resp.json()


def take_snapshot():
    name = time.strftime("snap-%Y%m%d-%H%M")
    resp = requests.put(f"{OS_ENDPOINT}/_snapshot/{REPO}/{name}", auth=_auth(), timeout=60)
    log.info("snapshot %s started: %s", name, resp.status_code)
    return name


def wait(name: str, poll: int = 15):
    while True:
        resp = requests.get(f"{OS_ENDPOINT}/_snapshot/{REPO}/{name}", auth=_auth(), timeout=30)
        state = resp.json()["snapshots"][0]["state"]
        log.debug("snapshot %s state %s", name, state)
        if state in ("SUCCESS", "FAILED", "PARTIAL"):
            return state
        time.sleep(poll)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("using role %s for repo %s", S3_ROLE_ARN, REPO)
    register_repo(os.environ.get("SNAPSHOT_BUCKET", "search-snapshots"))
    print(wait(take_snapshot()))
