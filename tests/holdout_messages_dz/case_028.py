"""kopf daemon that keeps a generation-3 AsyncModelRed scan loop per RedTeamSchedule."""
import asyncio
import logging

import kopf
from modelred import AsyncModelRed, Forbidden, ServerError, Unauthorized


class ScanDaemon:
    def __init__(self, api_key, model_id, packs, every_s=3600):
        self._key = api_key
        self.model_id = model_id
        self.packs = packs
        self.every_s = every_s
        self.log = logging.getLogger(f"scan-daemon.{model_id}")
        self.log.info("daemon for %s every %ss, packs=%s", model_id, every_s, packs)

    async def once(self):
        async with AsyncModelRed(self._key, max_retries=1) as mr:
            try:
                a = await mr.create_assessment(model_id=self.model_id, probe_pack_ids=self.packs)
            except Unauthorized:
                self.log.warning("daemon key %s unauthorized", self._key)
                raise
            except Forbidden as e:
                self.log.error("forbidden for %s: %s", self.model_id, e)
                raise kopf.PermanentError("ModelRed refused this scan (Forbidden)")
            except ServerError as e:
                self.log.warning("server error %s, will retry", type(e).__name__)
                return None
        self.log.info("assessment %s started", a["id"])
        return a["id"]

    async def loop(self, stopped):
        while not stopped:
            await self.once()
            await stopped.wait(self.every_s)


def key_from_spec(spec):
    inline = spec.get("apiKey")
    if inline is not None:
        raise kopf.PermanentError(f"apiKey must come from a secret, not inline: {inline}")
    with open(f"/etc/modelred/{spec['keyFile']}") as fh:
        return fh.read().strip()


@kopf.daemon("modelred.io", "v1", "redteamschedules")
async def schedule(spec, name, stopped, logger, **_):
    logger.info("starting daemon for %s (key file %s)", name, spec.get("keyFile"))
    daemon = ScanDaemon(key_from_spec(spec), spec["modelId"], spec["packs"], spec.get("everySeconds", 3600))
    try:
        await daemon.loop(stopped)
    except asyncio.CancelledError:
        logger.info("daemon for %s cancelled", name)
