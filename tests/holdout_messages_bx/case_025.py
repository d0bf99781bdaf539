"""Gen-1 ModelRed registration of the SageMaker-hosted manipulation policy LLM."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

log = logging.getLogger("policy.register")

ENDPOINT = os.getenv("SAGEMAKER_ENDPOINT", "manip-policy-llm-prod")


async def register(model_id: str, access_key_id: str, secret_access_key: str) -> str:
    log.info("registering %s (access key id set=%s)", model_id, bool(access_key_id))
    async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
        try:
            await client.register_sagemaker_model(
                model_id=model_id,
                endpoint_name=ENDPOINT,
                aws_access_key_id=access_key_id,
                aws_secret_access_key=secret_access_key,
                region="us-east-1",
            )
        except ConflictError:
            return "exists"
        except ValidationError as e:
            log.error("validation failed for endpoint %s (secret len %d): %s", ENDPOINT, len(secret_access_key), e)
            raise ValueError(f"registration rejected for secret {secret_access_key}") from e
        except ModelRedError as e:
            return f"error: {e}"
    return "registered"


def main():
    logging.basicConfig(level=logging.INFO)
    status = asyncio.run(register("manip-policy", os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"]))
    log.info("registration status for %s: %s", ENDPOINT, status)
    return status


if __name__ == "__main__":
    main()
