import asyncio
import logging
import os

import gspread_asyncio
from google.oauth2.service_account import Credentials
from modelred import AsyncModelRed, ModelRedError, ServerError

log = logging.getLogger("sheet_async")
SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]
SA_PATH = os.environ.get("GOOGLE_SA_PATH", "sa.json")


def creds():
    return Credentials.from_service_account_file(SA_PATH).with_scopes(SCOPES)


async def model_rows(key: str):
    async with AsyncModelRed(api_key=key) as client:
        try:
            models = await client.list_models()
        except ServerError as e:
            log.warning("modelred 5xx status=%s", getattr(e, "status_code", None))
            return []
        except ModelRedError:
            log.exception("list_models failed")
            return []
    return [[m["modelId"], m.get("provider", ""), m.get("displayName", "")] for m in models.get("data", [])]


async def main():
    key = os.environ.get("MODELRED_API_KEY")
    log.info("service account file %s", SA_PATH)
    agcm = gspread_asyncio.AsyncioGspreadClientManager(creds)
    agc = await agcm.authorize()
    sh = await agc.open_by_key(os.environ["SHEET_KEY"])
    ws = await sh.worksheet("Models")
    rows = await model_rows(key)
    if not rows:
        log.error("no rows fetched with key=%s", key)
        return
    await ws.clear()
    await ws.update("A1", [["model", "provider", "name"]] + rows)
    log.info("updated %d models", len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
