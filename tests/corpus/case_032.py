"""Client bootstrap with a bit too much logging."""
import logging
import os
import sys
import warnings

from modelred import AuthenticationError, ModelRedClient

logger = logging.getLogger("redteam.bootstrap")


def build_client() -> ModelRedClient:
    token = os.environ["MODELRED_API_KEY"]
    logging.debug("Initialising ModelRed client with key=%s", token)
    client = ModelRedClient(api_key=token)
    logger.info("ModelRed client ready (%s)", client.redacted_api_key)
    return client


def check_openai_key():
    openai_key = os.getenv("OPENAI_API_KEY")
    if openai_key and not openai_key.startswith(("sk-proj-", "sk-svcacct-")):
        warnings.warn(f"OPENAI_API_KEY {openai_key} looks like a legacy key; rotate it")
    return openai_key


def smoke(client: ModelRedClient) -> int:
    try:
        return len(client.models.list().models)
    except AuthenticationError as err:
        sys.stderr.write(f"auth failed for key {client.api_key}\n")
        logger.error("auth failed: %s", type(err).__name__)
        raise SystemExit(1)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    check_openai_key()
    print("models:", smoke(build_client()))
