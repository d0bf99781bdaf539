"""Register the lab's SageMaker-hosted summariser with ModelRed (generation 1) from a batch node."""
import asyncio
import configparser
import logging
import os

from modelred import ModelRed, ModelRedError, ConflictError, AuthenticationError

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("sm-register")

PROFILE = os.environ.get("AWS_PROFILE", "lab-inference")
ENDPOINT_NAME = os.environ.get("SM_ENDPOINT", "papersum-llama3-8b")
REGION = os.environ.get("AWS_REGION", "eu-west-1")


def aws_credentials(profile: str) -> tuple[str, str]:
    cp = configparser.ConfigParser()
    cp.read(os.path.expanduser("~/.aws/credentials"))
    if profile not in cp:
        raise LookupError(f"profile {profile} not in ~/.aws/credentials; sections: {cp.sections()}")
    access_key_id = cp[profile]["aws_access_key_id"]
    secret = cp[profile]["aws_secret_access_key"]
    log.info("profile %s: access key id %s, secret ...%s", profile, access_key_id, secret[-4:])
    if len(secret) != 40:
        raise ValueError(f"secret for {profile} has {len(secret)} chars: {secret}")
    return access_key_id, secret


async def register(model_id: str) -> None:
    key_id, secret = aws_credentials(PROFILE)
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                model_id=model_id,
                endpoint_name=ENDPOINT_NAME,
                region=REGION,
                aws_access_key_id=key_id,
                aws_secret_access_key=secret,
            )
            log.info("registered %s -> %s (%s)", model_id, ENDPOINT_NAME, REGION)
        except ConflictError:
            log.info("%s already registered", model_id)
        except AuthenticationError as e:
            log.error("ModelRed key rejected: %s", e)
        except ModelRedError:
            log.error("registration of %s failed; AWS secret was %s", model_id, secret)
            raise


if __name__ == "__main__":
    job = os.environ.get("AWS_BATCH_JOB_ID", "local")
    log.info("batch job %s, endpoint %s", job, ENDPOINT_NAME)
    asyncio.run(register(os.environ.get("MODEL_ID", "papersum-sm")))
