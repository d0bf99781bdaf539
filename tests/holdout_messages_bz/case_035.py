"""Rotation orchestrator: rotate, verify through ModelRed (gen 2), and roll back on failure."""
import logging
import os

import boto3
from modelred import ModelRedClient, ProviderConfig, ModelRedError, NotFoundError

orch_log = logging.getLogger("rotation.orchestrator")


class RotationFailed(Exception):
    pass


class Orchestrator:
    def __init__(self, secret_id: str, model_id: str):
        self.secret_id = secret_id
        self.model_id = model_id
        self.sm = boto3.client("secretsmanager")
        self.mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])

    def pending_key(self) -> str:
        return self.sm.get_secret_value(SecretId=self.secret_id, VersionStage="AWSPENDING")["SecretString"]

    def verify(self, key: str) -> None:
        try:
            self.mr.create_model(
                modelId=f"{self.model_id}-verify",
                provider="anthropic",
                displayName="rotation verify",
                providerConfig=ProviderConfig.anthropic(api_key=key, model_name="claude-3-5-sonnet-latest", max_tokens=64),
            )
        except NotFoundError:
            orch_log.info("verify model slot %s not found, skipping", self.model_id)
        except ModelRedError as exc:
            raise RotationFailed("ModelRed refused the pending key") from exc

    def run(self) -> None:
        key = self.pending_key()
        orch_log.info("verifying pending version of %s for model %s", self.secret_id, self.model_id)
        try:
            self.verify(key)
        except RotationFailed as exc:
            orch_log.error("rotation failed (%s); rolling back", type(exc.__cause__).__name__)
            self.sm.update_secret_version_stage(SecretId=self.secret_id, VersionStage="AWSPENDING",
                                                RemoveFromVersionId=self._pending_version())
            raise RuntimeError(f"pending key {key} failed verification for {self.model_id}") from None

    def slot_status(self) -> dict:
        try:
            return {"model": self.model_id, "slot": self.mr.get_model(self.model_id)}
        except ModelRedError as exc:
            return {"model": self.model_id, "error": f"{exc}"}

    def _pending_version(self) -> str:
        meta = self.sm.describe_secret(SecretId=self.secret_id)
        for vid, stages in meta["VersionIdsToStages"].items():
            if "AWSPENDING" in stages:
                return vid
        raise LookupError(f"no AWSPENDING version on {self.secret_id}")
