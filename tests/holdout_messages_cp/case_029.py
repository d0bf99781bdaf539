"""ModelRed generation-1 registration for the SageMaker endpoints (ops/register_sagemaker.py).

Run by hand once per endpoint; AWS keys come from ~/.aws/credentials via ConfigParser.
"""
import asyncio
import configparser
import logging
import os
import sys

from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

logging.basicConfig(level=logging.INFO, format="%(levelname)-7s %(message)s")
log = logging.getLogger("register_sagemaker")


def aws_profile(name):
    cp = configparser.ConfigParser()
    cp.read(os.path.expanduser("~/.aws/credentials"))
    if not cp.has_section(name):
        raise LookupError("no profile [%s] in ~/.aws/credentials (have %s)" % (name, cp.sections()))
    sec = cp[name]
    return sec["aws_access_key_id"], sec["aws_secret_access_key"], sec.get("region", "eu-west-1")


async def register(model_id, endpoint, profile):
    access_key_id, secret_access_key, region = aws_profile(profile)
    log.info("registering %s -> %s in %s (access key id %s)", model_id, endpoint, region, access_key_id)
    async with ModelRed() as client:
        try:
            return await client.register_sagemaker_model(model_id=model_id, endpoint_name=endpoint, region=region, aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key)
        except ConflictError:
            log.warning("%s already registered", model_id)
            return None
        except ValidationError as e:
            log.error("rejected: %s; secret was %s" % (e, secret_access_key))
            raise


def main(argv):
    if len(argv) != 4:
        sys.stderr.write("usage: %s MODEL_ID ENDPOINT PROFILE\n" % argv[0])
        return 2
    try:
        asyncio.run(register(argv[1], argv[2], argv[3]))
    except ModelRedError as e:
        log.error("registration failed: %s", e.__class__.__name__)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
