"""ModelRed gen 1 registration script for the channel's custom GPT-powered comment replier."""
import asyncio
import getpass
import logging
import sys

from modelred import ModelRed, ModelRedError, AuthenticationError, ConflictError

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("register")


async def register(mr_key: str, openai_key: str, model_id: str) -> None:
    async with ModelRed(api_key=mr_key) as client:
        try:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini",
                                               metadata={"channel": "comment-replier"})
            log.info("registered %s", model_id)
        except ConflictError:
            log.info("%s already registered", model_id)
        except AuthenticationError as e:
            log.error("auth error %s", e.__class__.__name__)
            raise SystemExit(2)
        except ModelRedError as e:
            log.error("registration failed: %s", e)
            raise


def main():
    model_id = sys.argv[1] if len(sys.argv) > 1 else "comment-replier"
    mr_key = getpass.getpass("ModelRed key: ")
    openai_key = getpass.getpass("OpenAI key: ")
    if not openai_key.startswith("sk-"):
        log.error("that does not look like an OpenAI key: %s", openai_key)
        sys.exit(1)
    if len(mr_key) < 12:
        raise ValueError(f"ModelRed key too short: {len(mr_key)} chars")
    log.info("using model id %s (mr key %d chars)", model_id, len(mr_key))
    asyncio.run(register(mr_key, openai_key, model_id))


if __name__ == "__main__":
    main()
