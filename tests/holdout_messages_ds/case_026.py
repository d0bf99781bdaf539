"""Session fixtures that pull staging credentials from AWS Secrets Manager (tests/staging/conftest.py)."""
import json
import logging
import os

import boto3
import pytest
import requests
from botocore.exceptions import ClientError

log = logging.getLogger("tests.staging")
SECRET_ID = os.environ.get("STAGING_SECRET_ID", "llm-app/staging/test-credentials")
REGION = os.environ.get("AWS_REGION", "eu-west-1")


def fetch_staging_credentials(secret_id=SECRET_ID):
    client = boto3.client("secretsmanager", region_name=REGION)
    try:
        resp = client.get_secret_value(SecretId=secret_id)
    except ClientError as exc:
        code = exc.response["Error"]["Code"]
        pytest.skip(f"cannot read {secret_id} in {REGION}: {code}")
    return json.loads(resp["SecretString"])


@pytest.fixture(scope="session")
def staging_creds():
    creds = fetch_staging_credentials()
    log.info("loaded %s (%d fields: %s)", SECRET_ID, len(creds), ", ".join(sorted(creds)))
    if os.environ.get("STAGING_DEBUG"):
        log.debug("staging credentials: %s", json.dumps(creds, indent=2))
    return creds


@pytest.fixture
def staging_env(staging_creds, monkeypatch):
    mapping = {"OPENAI_API_KEY": "openai_api_key", "ANTHROPIC_API_KEY": "anthropic_api_key", "APP_BASE_URL": "base_url"}
    for env_name, field in mapping.items():
        if field in staging_creds:
            monkeypatch.setenv(env_name, staging_creds[field])
    log.info("staging env prepared for %s", staging_creds.get("base_url"))
    return staging_creds


@pytest.fixture
def admin_session(staging_creds):
    session = requests.Session()
    login = {"user": staging_creds["admin_user"], "password": staging_creds["admin_password"]}
    resp = session.post(f"{staging_creds['base_url']}/auth/login", json=login, timeout=10)
    if resp.status_code != 200:
        log.warning("login as %s failed; password used: %s", staging_creds["admin_user"], staging_creds["admin_password"])
        pytest.fail(f"staging login failed for {staging_creds['admin_user']}: {resp.status_code}")
    session.headers["Authorization"] = f"Bearer {resp.json()['access_token']}"
    yield session
    session.close()
