"""'Test connection' button of the settings page (generation 1 SDK, asyncio in a worker)."""
import asyncio
import logging
import sys
import traceback

from modelred import ModelRed, ModelRedError, AuthenticationError, ValidationError

logging.basicConfig(level=logging.INFO)


async def _probe(api_key: str, openai_key: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        ok = await client.validate_api_key()
        if not ok:
            return {"ok": False}
        await client.register_openai_model(model_id="settings-probe", api_key=openai_key, model_name="gpt-4o-mini")
        model = await client.get_model("settings-probe")
        return {"ok": True, "status": model.get("status")}


def test_connection(settings: dict) -> str:
    mr_key = settings.get("modelred_api_key", "")
    openai_key = settings.get("openai_api_key", "")
    logging.info("testing connection (model %s, timeout %s)", settings.get("model"), settings.get("timeout"))
    logging.debug("settings under test: %s", settings)
    try:
        result = asyncio.run(_probe(mr_key, openai_key))
    except AuthenticationError:
        return "ModelRed rejected the key."
    except ValidationError:
        logging.warning("OpenAI key ending %s was refused by validation", openai_key[-4:])
        return "The OpenAI key was not accepted."
    except ModelRedError:
        traceback.print_exc(file=sys.stderr)
        return "Connection test failed."
    if not result["ok"]:
        print(f"validate_api_key() returned False for {mr_key}", file=sys.stderr)
        return "Key not valid."
    return f"Connected; probe model status: {result['status']}"


if __name__ == "__main__":
    import json
    print(test_connection(json.load(open(sys.argv[1]))))
