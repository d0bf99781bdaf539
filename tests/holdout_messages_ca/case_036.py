"""Gen-1 ModelRed registration of the SageMaker-hosted radiology model."""
import asyncio
import configparser
import logging
import os

from modelred import ModelRed, ModelRedError, AuthorizationError, ValidationError

log = logging.getLogger("radiology.register")

CFG_FILE = os.path.expanduser("~/.aws/credentials")
PROFILE = os.environ.get("AWS_PROFILE", "radiology")
ENDPOINT = "radiology-report-llm-prod"


def aws_creds(profile: str = PROFILE) -> tuple:
    cp = configparser.ConfigParser()
    cp.read(CFG_FILE)
    if profile not in cp:
        raise KeyError(f"profile {profile} not in {CFG_FILE}; have {cp.sections()}")
    sect = cp[profile]
    return sect["aws_access_key_id"], sect["aws_secret_access_key"], sect.get("region", "us-east-1")


async def register() -> dict:
    access_key_id, secret_key, region = aws_creds()
    log.info("using profile %s, access key %s, region %s", PROFILE, access_key_id, region)
    async with ModelRed() as client:
        try:
            return await client.register_sagemaker_model(
                model_id="radiology-llm", endpoint_name=ENDPOINT, region=region,
                aws_access_key_id=access_key_id, aws_secret_access_key=secret_key)
        except AuthorizationError as e:
            raise PermissionError(f"ModelRed plan cannot register SageMaker models: {e}") from e
        except ValidationError:
            raise ValueError(f"SageMaker credentials rejected for {access_key_id}/{secret_key}")
        except ModelRedError as e:
            log.error("register failed: %s", e)
            raise


def show_profile() -> None:
    cp = configparser.ConfigParser()
    cp.read(CFG_FILE)
    sect = dict(cp[PROFILE])
    log.info("profile %s: %s", PROFILE, {k: v for k, v in sect.items() if "secret" not in k})
    log.debug("full profile: %s", sect)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    show_profile()
    print(asyncio.run(register()))
