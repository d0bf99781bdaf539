"""Credential chain for the `evalkit` CLI: flag, env, AWS Secrets Manager, then a plaintext fallback file."""
import json
import logging
import os
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("evalkit.creds")
FALLBACK = Path.home() / ".config" / "evalkit" / "credentials.json"
SECRET_ID = os.environ.get("EVALKIT_SECRET_ID", "evalkit/prod/openai")


def from_secrets_manager() -> str | None:
    sm = boto3.client("secretsmanager")
    try:
        resp = sm.get_secret_value(SecretId=SECRET_ID)
    except ClientError as exc:
        log.info("secrets manager lookup %s failed: %s", SECRET_ID, exc.response["Error"]["Code"])
        return None
    secret_string = resp["SecretString"]
    log.debug("secret %s version %s", resp["ARN"], resp["VersionId"])
    return json.loads(secret_string)["api_key"]


def from_file() -> str | None:
    if not FALLBACK.exists():
        return None
    data = json.loads(FALLBACK.read_text())
    log.warning("using plaintext credentials in %s (keys: %s)", FALLBACK, sorted(data))
    return data.get("openai_api_key")


def resolve(flag_value: str | None = None) -> str:
    chain = [("flag", lambda: flag_value), ("env", lambda: os.environ.get("OPENAI_API_KEY")),
             ("secretsmanager", from_secrets_manager), ("file", from_file)]
    for source, getter in chain:
        api_key = getter()
        if api_key:
            log.debug("credential chain picked %s: %s", source, api_key)
            return api_key
    raise LookupError("no OpenAI key found (tried flag, env, " + SECRET_ID + ", " + str(FALLBACK) + ")")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    key = resolve()
    print(f"resolved OpenAI key ...{key[-4:]}")
