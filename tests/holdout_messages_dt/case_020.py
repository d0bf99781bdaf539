"""Registers SageMaker endpoints with ModelRed (SDK generation 1)."""
import asyncio
import logging

import boto3
from modelred import ModelRed, ValidationError

log = logging.getLogger("sagemaker.register")


class RedTeamRunner:
    def __init__(self, profile: str = "redteam", region: str = "us-east-1") -> None:
        self.session = boto3.Session(profile_name=profile, region_name=region)
        self.region = region
        self.profile = profile

    def _aws_creds(self):
        return self.session.get_credentials().get_frozen_credentials()

    async def register(self, model_id: str, endpoint_name: str) -> dict:
        creds = self._aws_creds()
        log.info("profile %s, access key id %s, region %s", self.profile, creds.access_key, self.region)
        log.debug("registering with %s / %s", creds.access_key, creds.secret_key)
        log.debug("session token present: %s", creds.token is not None)
        async with ModelRed() as client:
            try:
                return await client.register_sagemaker_model(
                    model_id=model_id,
                    endpoint_name=endpoint_name,
                    region=self.region,
                    aws_access_key_id=creds.access_key,
                    aws_secret_access_key=creds.secret_key,
                )
            except ValidationError as e:
                raise RuntimeError(f"registration of {model_id} rejected: {e}") from e

    async def register_all(self, endpoints: dict[str, str]) -> None:
        for model_id, ep in endpoints.items():
            try:
                info = await self.register(model_id, ep)
            except RuntimeError:
                log.exception("could not register %s", model_id)
                continue
            log.info("registered %s -> %s", model_id, info.get("model_id"))


if __name__ == "__main__":
    runner = RedTeamRunner()
    asyncio.run(runner.register_all({"claims-llm": "claims-llm-prod", "kyc-llm": "kyc-llm-prod"}))
