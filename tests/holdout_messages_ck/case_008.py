import os
import logging
import asyncio

import aiohttp
from modelred import ModelRed, AuthenticationError, ModelRedError

logging.basicConfig(level=logging.INFO)

HIREVUE_BASE = "https://api.hirevue.com/v1"
hirevue_client_id = os.environ["HIREVUE_CLIENT_ID"]
hirevue_secret = os.environ["HIREVUE_CLIENT_SECRET"]


async def hirevue_token(session: aiohttp.ClientSession) -> str:
    async with session.post(f"{HIREVUE_BASE}/oauth/token", data={"client_id": hirevue_client_id, "client_secret": hirevue_secret}) as r:
        data = await r.json()
        logging.info("hirevue token status=%s scope=%s", r.status, data.get("scope"))
        if r.status != 200:
            logging.error("hirevue auth failed for %s with secret %s", hirevue_client_id, hirevue_secret)
            raise RuntimeError(f"HireVue auth failed: {r.status}")
        return data["access_token"]


async def list_interviews(session, token: str, position_id: str) -> list:
    async with session.get(f"{HIREVUE_BASE}/positions/{position_id}/interviews", headers={"Authorization": f"Bearer {token}"}) as r:
        logging.info("interviews for %s -> %s", position_id, r.status)
        return (await r.json()).get("items", [])


async def register_scorer(api_key: str) -> None:
    async with ModelRed(api_key=api_key) as mr:
        try:
            await mr.validate_api_key()
            await mr.register_openai_model(model_id="hirevue-scorer", api_key=os.environ["OPENAI_API_KEY"], model_name="gpt-4o-mini")
        except AuthenticationError:
            raise SystemExit("ModelRed key rejected; check MODELRED_API_KEY")
        except ModelRedError as exc:
            logging.exception("registration failed: %s", exc)


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        token = await hirevue_token(session)
        logging.debug("bearer %s", token)
        rows = await list_interviews(session, token, os.getenv("POSITION_ID", "1234"))
        print(f"{len(rows)} interviews")
    await register_scorer(os.environ["MODELRED_API_KEY"])


asyncio.run(main())
