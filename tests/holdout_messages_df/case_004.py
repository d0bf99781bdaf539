"""Defender XDR advanced hunting (KQL) with an app registration, async."""
import asyncio
import logging
import os

import aiohttp
from modelred import AsyncModelRed, Unauthorized, LimitExceeded, APIError

log = logging.getLogger("hunting.defender")

TENANT = os.environ["AZ_TENANT_ID"]
CLIENT_ID = os.environ["AZ_CLIENT_ID"]
CLIENT_SECRET = os.environ["AZ_CLIENT_SECRET"]
TOKEN_URL = f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token"


async def get_token(http):
    form = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "scope": "https://api.security.microsoft.com/.default", "grant_type": "client_credentials"}
    async with http.post(TOKEN_URL, data=form) as r:
        body = await r.json()
        if r.status != 200:
            log.error("token request for %s failed: %s", CLIENT_ID, body.get("error_description"))
            raise RuntimeError(f"cannot get token, form was {form}")
        log.debug("token_type=%s expires_in=%s", body["token_type"], body["expires_in"])
        return body["access_token"]


async def run_kql(http, token, kql):
    hdrs = {"Authorization": f"Bearer {token}"}
    async with http.post("https://api.security.microsoft.com/api/advancedhunting/run",
                         json={"Query": kql}, headers=hdrs) as r:
        if r.status == 403:
            log.warning("hunting denied with %s", hdrs)
        r.raise_for_status()
        return (await r.json())["Results"]


async def assess_summariser(mr_key):
    async with AsyncModelRed(mr_key, max_retries=2) as mr:
        try:
            return await mr.create_assessment(model_id="kql-summariser", probe_pack_ids=["jailbreak-basic"])
        except Unauthorized:
            log.error("ModelRed key ending %s unauthorized", mr_key[-4:])
        except (LimitExceeded, APIError) as e:
            return {"ok": False, "error": str(e)}


async def main():
    async with aiohttp.ClientSession() as http:
        token = await get_token(http)
        rows = await run_kql(http, token, "DeviceProcessEvents | where FileName =~ 'rundll32.exe' | take 100")
        log.info("got %d rows", len(rows))
        print(await assess_summariser(os.environ["MODELRED_API_KEY"]))


if __name__ == "__main__":
    asyncio.run(main())
