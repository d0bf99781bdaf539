# Make.com scenario helper: one-off script that registers the scenario's OpenAI model in ModelRed.
# Run by hand: python case_010.py  (generation 1, async)
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ValidationError

logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s")

MAKE_API_TOKEN = os.environ["MAKE_API_TOKEN"]
MAKE_TEAM_ID = os.environ["MAKE_TEAM_ID"]
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
MODEL_ID = os.environ.get("MODEL_ID", "make-scenario-gpt4o")

logging.debug("team=%s model=%s", MAKE_TEAM_ID, MODEL_ID)
logging.debug("make token %s", MAKE_API_TOKEN)
logging.debug("openai key configured: %s", bool(OPENAI_KEY))


async def register() -> None:
    async with ModelRed() as client:
        try:
            ok = await client.validate_api_key()
            logging.info("modelred key valid=%s", ok)
            model = await client.register_openai_model(model_id=MODEL_ID, api_key=OPENAI_KEY, model_name="gpt-4o", description="Make.com scenario model")
        except ValidationError as e:
            logging.error("validation failed: %s", e)
            return
        except ModelRedError as e:
            logging.error("register failed %s", type(e).__name__)
            return
    logging.info("registered %s: %s", MODEL_ID, model.get("status"))


if not OPENAI_KEY.startswith("sk-"):
    raise SystemExit("OPENAI_API_KEY is not an OpenAI key")
if len(OPENAI_KEY) < 40:
    raise ValueError("OpenAI key too short: " + OPENAI_KEY)

asyncio.run(register())

scenario = {"name": "redteam-nightly", "teamId": MAKE_TEAM_ID, "scheduling": {"type": "indefinitely", "interval": 86400}}
print("scenario blueprint:", scenario)
headers = {"Authorization": f"Token {MAKE_API_TOKEN}", "Content-Type": "application/json"}
print("calling make api with", headers)
