"""GCP Secret Manager accessor used by the red-team scheduler."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from google.api_core import exceptions as gexc
from google.cloud import secretmanager
import modelred as mr

logger = logging.getLogger(__name__)


@dataclass
class SecretRef:
    project: str
    name: str
    version: str = "latest"

    @property
    def path(self) -> str:
        return f"projects/{self.project}/secrets/{self.name}/versions/{self.version}"


class GcpSecrets:
    def __init__(self, project: str):
        self.project = project
        self._client = secretmanager.SecretManagerServiceClient()

    def get(self, name: str) -> str:
        ref = SecretRef(self.project, name)
        try:
            resp = self._client.access_secret_version(request={"name": ref.path})
        except gexc.NotFound:
            raise KeyError(f"secret {ref.path} not found") from None
        value = resp.payload.data.decode("utf-8")
        logger.debug("fetched %s (%d bytes, crc %s)", ref.path, len(value), resp.payload.data_crc32c)
        if not value.startswith("mr_"):
            raise ValueError(f"secret {name} does not look like a ModelRed key: {value!r}")
        return value


def start_scan(project: str, model: str) -> str:
    secrets = GcpSecrets(project)
    api_key = secrets.get("modelred-api-key")
    client = mr.ModelRedClient(api_key=api_key)
    logger.info("client ready for project=%s key=%s", project, api_key)
    try:
        result = client.create_assessment(model=model, test_types=["prompt_injection", "jailbreak"])
    except mr.RateLimitError as exc:
        logger.warning("rate limited: %s", exc)
        return ""
    except mr.ModelRedError as exc:
        raise RuntimeError(f"scheduler could not start scan: {exc}")
    logger.info("assessment %s queued", result["id"])
    return result["id"]
