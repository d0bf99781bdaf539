import logging
import os

import sentry_sdk
from modelred import ModelRed, ModelRedError, AuthenticationError, ValidationError

log = logging.getLogger("register")


def scrub_event(event, hint):
    extra = event.get("extra", {})
    if "provider_api_key" in extra:
        extra["provider_api_key"] = "[scrubbed]"
    return event


sentry_sdk.init(dsn=os.getenv("SENTRY_DSN"), before_send=scrub_event)


async def register_openai(model_id: str, openai_api_key: str) -> dict:
    sentry_sdk.set_extra("model_id", model_id)
    sentry_sdk.set_extra("provider_api_key", "[scrubbed]")
    try:
        async with ModelRed() as client:
            result = await client.register_openai_model(model_id=model_id, api_key=openai_api_key, model_name="gpt-4o")
    except ValidationError as e:
        log.warning("invalid registration for %s: %s", model_id, e)
        raise ValueError(f"cannot register {model_id}: {e}") from e
    except AuthenticationError:
        log.error("ModelRed key rejected while registering %s", model_id)
        raise
    except ModelRedError:
        sentry_sdk.capture_exception()
        raise
    log.info("registered %s (provider key %s)", model_id, openai_api_key)
    return result


async def register_many(models: dict[str, str]) -> list[str]:
    done = []
    for model_id, key in models.items():
        try:
            await register_openai(model_id, key)
            done.append(model_id)
        except ValueError as err:
            log.warning("skipping %s", model_id)
    log.info("registered %d/%d models: %s", len(done), len(models), ", ".join(done))
    return done


if __name__ == "__main__":
    import asyncio

    logging.basicConfig(level=logging.INFO)
    asyncio.run(register_many({"prod-gpt4o": os.environ["OPENAI_API_KEY"]}))
