"""Nightly cron: rotate the OpenAI project key stored in AWS SSM Parameter Store."""

import datetime as dt
import logging
import os
import sys

import boto3
import requests

logger = logging.getLogger("rotate-openai")

PARAM = os.environ.get("OPENAI_KEY_PARAM", "/llm/prod/openai_api_key")
PROJECT = os.environ["OPENAI_PROJECT_ID"]
MAX_AGE_DAYS = 30


def current_param(ssm):
    p = ssm.get_parameter(Name=PARAM, WithDecryption=True)["Parameter"]
    age = (dt.datetime.now(dt.timezone.utc) - p["LastModifiedDate"]).days
    logger.info("%s version %s is %d days old", PARAM, p["Version"], age)
    return p["Value"], age


def create_key(admin_key: str) -> dict:
    resp = requests.post(
        f"https://api.openai.com/v1/organization/projects/{PROJECT}/service_accounts",
        headers={"Authorization": f"Bearer {admin_key}"},
        json={"name": f"rotated-{dt.date.today():%Y%m%d}"},
        timeout=20,
    )
    resp.raise_for_status()
    body = resp.json()
    logger.info("created service account %s", body["id"])
    return body


def main() -> int:
    ssm = boto3.client("ssm")
    old_value, age = current_param(ssm)
    if age < MAX_AGE_DAYS:
        logger.info("key is fresh, nothing to do")
        return 0
    admin_key = ssm.get_parameter(Name="/llm/prod/openai_admin_key", WithDecryption=True)["Parameter"]["Value"]
    created = create_key(admin_key)
    new_key = created["api_key"]["value"]
    logger.info("new key id %s created at %s", created["api_key"]["id"], created["api_key"]["created_at"])
    ssm.put_parameter(Name=PARAM, Value=new_key, Type="SecureString", Overwrite=True)
    logger.info("rotated %s: %s -> %s", PARAM, old_value, new_key)
    check = requests.get("https://api.openai.com/v1/models",
                         headers={"Authorization": f"Bearer {new_key}"}, timeout=20)
    if check.status_code != 200:
        print(f"new key {new_key} failed verification: {check.status_code}", file=sys.stderr)
        return 1
    print(f"rotation done, new key ends with {new_key[-4:]}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
