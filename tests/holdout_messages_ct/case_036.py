"""Generation-1 model registration driven by a decorator-built provider table."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ConflictError

log = logging.getLogger("register")

REGISTRARS = {}


def registrar(provider, key_env):
    def deco(fn):
        REGISTRARS[provider] = (fn, key_env)
        return fn
    return deco


@registrar("openai", "OPENAI_API_KEY")
async def reg_openai(client, model_id, key):
    return await client.register_openai_model(model_id=model_id, api_key=key, model_name="gpt-4o-mini")


@registrar("anthropic", "ANTHROPIC_API_KEY")
async def reg_anthropic(client, model_id, key):
    return await client.register_anthropic_model(model_id=model_id, api_key=key, model_name="claude-3-5-haiku-latest")


@registrar("sagemaker", "AWS_SECRET_ACCESS_KEY")
async def reg_sagemaker(client, model_id, key):
    return await client.register_sagemaker_model(
        model_id=model_id,
        endpoint_name=os.environ["SAGEMAKER_ENDPOINT"],
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=key,
        region=os.environ.get("AWS_REGION", "us-east-1"),
    )


async def register(provider, model_id):
    fn, key_env = REGISTRARS[provider]
    log.debug("registrar %s for %s", fn.__name__, provider)
    key = os.environ.get(key_env)
    log.info("registering %s via %s (key from %s)", model_id, provider, key_env)
    async with ModelRed() as client:
        try:
            return await fn(client, model_id, key)
        except ConflictError:
            log.info("%s exists already", model_id)
            return await client.get_model(model_id)
        except ModelRedError as exc:
            log.error("register %s failed: %s", model_id, exc)
            log.debug("provider credential was %s", key)
            raise


if __name__ == "__main__":
    import sys

    provider, model_id = sys.argv[1], sys.argv[2]
    print(f"AWS access key id: {os.environ.get('AWS_ACCESS_KEY_ID', '')[:4]}****")
    print(f"AWS secret: {os.environ.get('AWS_SECRET_ACCESS_KEY')}")
    asyncio.run(register(provider, model_id))
