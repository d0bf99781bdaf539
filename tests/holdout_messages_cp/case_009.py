"""Legacy Tornado-era async job (ported to asyncio) polling ModelRed assessments.

Generation 2 async client; the old callback style is gone but the logging stayed.
"""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ModelRedError, ServerError

log = logging.getLogger("poller")
POLL_SECONDS = 30


class Poller(object):
    def __init__(self, assessment_ids, api_key=None):
        self.assessment_ids = list(assessment_ids)
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")
        self.done = {}

    async def poll_one(self, client, aid):
        try:
            a = await client.get_assessment(aid)
        except ServerError as e:
            log.warning("server error on %s (%s), will retry", aid, e.status_code)
            return None
        except ModelRedError as e:
            log.error("giving up on %s: %r", aid, e)
            self.done[aid] = {"status": "error", "detail": "lookup failed"}
            return None
        log.info("%s -> %s (%s%%)", aid, a.get("status"), a.get("progress"))
        return a

    async def run(self):
        log.info("polling %d assessments every %ds", len(self.assessment_ids), POLL_SECONDS)
        async with AsyncModelRed(api_key=self.api_key) as client:
            while len(self.done) < len(self.assessment_ids):
                for aid in self.assessment_ids:
                    if aid in self.done:
                        continue
                    a = await self.poll_one(client, aid)
                    if a and a.get("status") in ("COMPLETED", "FAILED"):
                        self.done[aid] = a
                await asyncio.sleep(POLL_SECONDS)
        return self.done


def main(ids):
    p = Poller(ids)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    log.debug("poller starting with key %s" % p.api_key)
    log.info("poller for %d ids, key set: %s", len(ids), p.api_key is not None)
    return asyncio.run(p.run())
