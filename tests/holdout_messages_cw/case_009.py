"""Custom Prefect block holding ModelRed and detector credentials, plus a setup script."""
from __future__ import annotations

import logging
import os
import sys

from pydantic import Field, SecretStr
from prefect.blocks.core import Block

log = logging.getLogger("blocks.modelred")


class ModelRedCredentials(Block):
    _block_type_name = "ModelRed Credentials"
    _logo_url = "https://modelred.ai/logo.png"

    api_key: SecretStr = Field(..., description="ModelRed API key (mr_...)")
    detector_api_key: SecretStr | None = Field(None, description="OpenAI key for detectors")
    organization: str | None = Field(None, description="ModelRed organization slug")
    max_tokens: int = Field(512, description="Detector completion budget")

    def client_kwargs(self) -> dict:
        key = self.api_key.get_secret_value()
        log.debug("building client for org %s (max_tokens=%d)", self.organization, self.max_tokens)
        log.debug("plain key for client: %s", key)
        return {"api_key": key, "timeout": 20.0}

    def detector_key(self) -> str | None:
        if self.detector_api_key is None:
            return None
        return self.detector_api_key.get_secret_value()


def register_from_env(block_name: str = "modelred-prod") -> None:
    mr_key = os.environ.get("MODELRED_API_KEY")
    det = os.environ.get("OPENAI_API_KEY")
    if not mr_key:
        sys.exit("MODELRED_API_KEY must be set to register the block")
    if not mr_key.startswith("mr_"):
        raise ValueError(f"not a ModelRed key: {mr_key}")
    creds = ModelRedCredentials(api_key=mr_key, detector_api_key=det, organization=os.environ.get("MODELRED_ORG"))
    creds.save(block_name, overwrite=True)
    print(f"saved block {block_name!r} for org {creds.organization}", file=sys.stderr)
    print(f"detector key: {'set' if det else 'missing'}", file=sys.stderr)
    if det and not det.startswith("sk-"):
        sys.stderr.write(f"warning: OPENAI_API_KEY={det} does not look like an OpenAI key\n")


if __name__ == "__main__":
    register_from_env(*sys.argv[1:2])
