import asyncio
import logging
import os

from modelred import *

log = logging.getLogger("mr.poller")

POLL_SECONDS = 15
TOKEN_ENV = "MODELRED_API_KEY"


async def poll(assessment_id, token=None):
    token = token or os.getenv(TOKEN_ENV)
    log.info("polling %s every %ds via %s", assessment_id, POLL_SECONDS, TOKEN_ENV)
    async with ModelRed(api_key=token) as client:
        while True:
            try:
                status = await client.get_assessment_status(assessment_id)
            except NetworkError as e:
                log.warning("network blip: %s", e)
                await asyncio.sleep(POLL_SECONDS)
                continue
            except AuthenticationError:
                log.error("token rejected while polling: %s", token)
                raise
            except ModelRedError as e:
                return {"id": assessment_id, "state": "error", "detail": str(e)}
            state = status.get("status")
            log.debug("state=%s progress=%s", state, status.get("progress"))
            if state in ("completed", "failed"):
                return status
            await asyncio.sleep(POLL_SECONDS)


async def validate(token):
    async with ModelRed(api_key=token) as client:
        ok = await client.validate_api_key()
    log.info("validate_api_key -> %s", ok)
    return ok


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(poll(os.environ.get("ASSESSMENT_ID", "asm_demo"))))
