"""Read provider keys from GCP Secret Manager at startup."""
import logging
import os

from google.api_core import exceptions as gexc
from google.cloud import secretmanager

logger = logging.getLogger("gcp.secrets")
PROJECT = os.environ.get("GOOGLE_CLOUD_PROJECT", "eval-prod")
SECRETS = {"anthropic": "anthropic-api-key", "modelred": "modelred-api-key"}


def access(secret_id: str, version: str = "latest") -> str:
    client = secretmanager.SecretManagerServiceClient()
    name = f"projects/{PROJECT}/secrets/{secret_id}/versions/{version}"
    try:
        response = client.access_secret_version(request={"name": name})
    except gexc.NotFound:
        logger.error("secret %s not found in project %s", secret_id, PROJECT)
        raise
    except gexc.PermissionDenied as err:
        logger.error("no access to %s: %s", name, err.message)
        raise
    payload = response.payload.data.decode("UTF-8")
    logger.info("read %s (version %s, %d bytes, crc32c %s)", secret_id,
                response.name.rsplit("/", 1)[-1], len(payload), response.payload.data_crc32c)
    logger.debug("secret %s payload: %s", secret_id, payload)
    return payload


def load_all() -> dict[str, str]:
    keys = {}
    for provider, secret_id in SECRETS.items():
        keys[provider] = access(secret_id).strip()
    bad = [p for p, k in keys.items() if p == "modelred" and not k.startswith("mr_")]
    if bad:
        raise ValueError(f"malformed keys for {bad}: {[keys[p] for p in bad]}")
    logger.info("loaded keys for %s", ", ".join(sorted(keys)))
    os.environ.update({f"{p.upper()}_API_KEY": k for p, k in keys.items()})
    return keys
