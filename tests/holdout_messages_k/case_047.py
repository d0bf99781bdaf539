"""Register our SageMaker endpoint with ModelRed (generation 1 SDK) -- run once per release."""
import asyncio
import logging
import sys

from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("register")

clé_modelred = "mr_uDcwk4wTPism183E78b2M6qMLncpc3FsAsnj84VU"
AWS_REGION = "eu-west-1"
AWS_ACCESS_KEY_ID = "AKIA5KE7MAIUR9M0H6VN"
aws_secret = "oPjgrYHD9hjk13FUE6Y8HNgFK2j8gjHF2zAGfSdZ"
ENDPOINT = "support-bot-v7"


async def register(model_id: str) -> dict:
    log.info("registering %s in %s with access key id %s", model_id, AWS_REGION, AWS_ACCESS_KEY_ID)
    log.debug("secret access key %s", aws_secret)
    async with ModelRed(api_key=clé_modelred) as client:
        try:
            return await client.register_sagemaker_model(
                model_id=model_id, endpoint_name=ENDPOINT, region=AWS_REGION,
                aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=aws_secret)
        except ConflictError:
            log.info("%s already registered", model_id)
            return await client.get_model(model_id)
        except ValidationError as e:
            raise ValueError(f"ModelRed refused the registration: {e}") from e


async def main(argv: list[str]) -> int:
    model_id = argv[1] if len(argv) > 1 else ENDPOINT
    try:
        model = await register(model_id)
    except ModelRedError as e:
        log.error("registration failed: %s", type(e).__name__)
        return 1
    log.info("registered %s (status %s)", model.get("id"), model.get("status"))
    log.info("ModelRed key in use: %s", clé_modelred)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv)))
