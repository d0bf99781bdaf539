import os
import logging
import asyncio

import aiohttp
from modelred import ModelRed, AuthenticationError, ModelRedError

logging.basicConfig(level=logging.INFO)

WATTTIME_LOGIN = "https://api.watttime.org/login"
WATTTIME_SIGNAL = "https://api.watttime.org/v3/signal-index"


async def watttime_token(session, user, password):
    async with session.get(WATTTIME_LOGIN, auth=aiohttp.BasicAuth(user, password)) as resp:
        if resp.status != 200:
            logging.error("WattTime login failed for %s (HTTP %s)", user, resp.status)
            raise PermissionError(f"WattTime login failed for {user} with password {password}")
        body = await resp.json()
        return body["token"]


async def marginal_signal(region):
    user = os.environ["WATTTIME_USER"]
    password = os.environ["WATTTIME_PASSWORD"]
    async with aiohttp.ClientSession() as session:
        token = await watttime_token(session, user, password)
        logging.debug("watttime token %s", token)
        headers = {"Authorization": f"Bearer {token}"}
        params = {"region": region, "signal_type": "co2_moer"}
        async with session.get(WATTTIME_SIGNAL, headers=headers, params=params) as resp:
            data = await resp.json()
    logging.info("signal for %s: %s", region, params)
    return data["data"][0]["value"]


async def scan_dispatch_assistant():
    try:
        async with ModelRed() as client:
            ok = await client.validate_api_key()
            logging.info("ModelRed key valid: %s", ok)
            return await client.run_assessment(model_id="dispatch-assistant", test_suites=["basic_security"], wait_for_completion=True)
    except AuthenticationError as e:
        logging.error("ModelRed auth failed: %s", e)
        return {"status": "error", "reason": "authentication failed"}
    except ModelRedError as e:
        return {"status": "error", "reason": str(e)}


async def main():
    moer = await marginal_signal("CAISO_NORTH")
    print(f"MOER index now: {moer}")
    print(await scan_dispatch_assistant())


if __name__ == "__main__":
    asyncio.run(main())
