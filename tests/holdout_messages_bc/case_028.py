"""Register the AVM explainer (on SageMaker) with ModelRed, gen 1 SDK, class style."""
import asyncio
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, ConflictError, SubscriptionLimitError

logger = logging.getLogger("avm.register")


class SageMakerRegistration:
    def __init__(self, endpoint_name: str, region: str = "us-east-1"):
        self.endpoint_name = endpoint_name
        self.region = region
        session = boto3.Session()
        creds = session.get_credentials().get_frozen_credentials()
        self.access_key_id = creds.access_key
        self.secret_access_key = creds.secret_key
        self.session_token = creds.token

    def summary(self) -> dict:
        return {"endpoint": self.endpoint_name, "region": self.region, "access_key_suffix": self.access_key_id[-4:]}

    async def register(self, model_id: str):
        logger.info("registering %s: %s", model_id, self.summary())
        async with ModelRed() as client:
            try:
                return await client.register_sagemaker_model(
                    model_id=model_id,
                    endpoint_name=self.endpoint_name,
                    region=self.region,
                    aws_access_key_id=self.access_key_id,
                    aws_secret_access_key=self.secret_access_key,
                )
            except ConflictError:
                logger.info("model %s already registered", model_id)
                return await client.get_model(model_id)
            except SubscriptionLimitError as e:
                raise RuntimeError(f"cannot register {model_id}: {e}") from e
            except ModelRedError:
                logger.error("register failed, aws secret %s", self.secret_access_key)
                raise

    def check_session(self):
        if self.session_token is None:
            logger.warning("no session token (long-lived keys in use): %r", self.session_token)
        else:
            logger.debug("session token %s", self.session_token)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    reg = SageMakerRegistration(os.environ.get("AVM_ENDPOINT", "avm-explainer-prod"))
    reg.check_session()
    print(asyncio.run(reg.register("avm-explainer")))
