import logging
import os
from functools import lru_cache

from google.cloud import secretmanager
from modelred import ModelRed, ModelRedError, AuthenticationError

logger = logging.getLogger("ediscovery.tar.redteam")

PROJECT = os.environ.get("GCP_PROJECT", "legal-ml-prod")
SECRET_NAME = "modelred-api-key"


@lru_cache(maxsize=1)
def modelred_key() -> str:
    sm = secretmanager.SecretManagerServiceClient()
    name = f"projects/{PROJECT}/secrets/{SECRET_NAME}/versions/latest"
    payload = sm.access_secret_version(name=name).payload.data.decode("utf-8")
    logger.info("read %s (%d bytes)", name, len(payload))
    return payload.strip()


async def assess_tar_model(model_id: str) -> dict:
    """Technology-assisted review model: run the generation 1 assessment with progress."""

    def progress(status):
        logger.info("assessment %s: %s%%", model_id, status.get("progress"))

    key = modelred_key()
    async with ModelRed(api_key=key) as client:
        try:
            return await client.run_assessment(model_id=model_id, test_suites=["basic_security", "bias"],
                                               wait_for_completion=True, progress_callback=progress)
        except AuthenticationError as e:
            raise PermissionError(f"ModelRed key from {SECRET_NAME} rejected: {key}") from e
        except ModelRedError as e:
            logger.error("assessment failed: %s", e)
            raise PermissionError(f"assessment failed ({type(e).__name__})") from e


def summarise(result: dict) -> str:
    cats = result.get("categories", {})
    worst = sorted(cats.items(), key=lambda kv: kv[1])[:3]
    return ", ".join(f"{c}={s}" for c, s in worst)


if __name__ == "__main__":
    import asyncio

    logging.basicConfig(level=logging.INFO)
    res = asyncio.run(assess_tar_model(os.environ.get("TAR_MODEL_ID", "tar-ranker-v5")))
    logger.info("worst categories: %s", summarise(res))
    logger.info("secret %s in project %s", SECRET_NAME, PROJECT)
