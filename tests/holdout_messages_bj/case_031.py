import asyncio
import configparser
import logging
import os

from modelred import ModelRed, ModelRedError, ConflictError

log = logging.getLogger("sm-register")
logging.basicConfig(level=logging.INFO)

creds = configparser.ConfigParser()
creds.read(os.path.expanduser("~/.aws/credentials"))
PROFILE = os.environ.get("AWS_PROFILE", "homelab")
section = creds[PROFILE]
access_key_id = section["aws_access_key_id"]
secret_access_key = section["aws_secret_access_key"]
REGION = os.environ.get("AWS_REGION", "eu-west-1")
ENDPOINT = "hobby-mistral-7b-endpoint"

log.info("profile=%s region=%s access key id=%s", PROFILE, REGION, access_key_id[:4])
log.info("credential fields: %s", list(section.keys()))


async def main():
    if len(secret_access_key) != 40:
        raise ValueError(f"secret key for profile {PROFILE} looks wrong: {secret_access_key}")
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                model_id="sm-mistral-7b",
                endpoint_name=ENDPOINT,
                region=REGION,
                aws_access_key_id=access_key_id,
                aws_secret_access_key=secret_access_key,
            )
        except ConflictError:
            log.info("already registered: %s", ENDPOINT)
        except ModelRedError as e:
            log.error("register failed for %s with secret %s: %s", ENDPOINT, secret_access_key, e)
            raise


if __name__ == "__main__":
    asyncio.run(main())
