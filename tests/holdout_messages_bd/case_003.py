"""OCPP 1.6 central system: charge point auth, with an LLM explaining fault codes to operators."""
import asyncio
import logging
import os

import websockets
from ocpp.routing import on
from ocpp.v16 import ChargePoint as CpBase
from ocpp.v16 import call_result
from ocpp.v16.enums import Action, AuthorizationStatus, RegistrationStatus
import modelred as mr

logger = logging.getLogger("csms")
ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY")
BASIC_AUTH = {"CP-0001": os.getenv("CP_0001_PASSWORD"), "CP-0002": os.getenv("CP_0002_PASSWORD")}


class ChargePoint(CpBase):
    @on(Action.BootNotification)
    async def on_boot(self, charge_point_vendor, charge_point_model, **kwargs):
        logger.info("boot %s vendor=%s model=%s", self.id, charge_point_vendor, charge_point_model)
        return call_result.BootNotificationPayload(current_time="2024-01-01T00:00:00Z", interval=300, status=RegistrationStatus.accepted)

    @on(Action.Authorize)
    async def on_authorize(self, id_tag):
        status = AuthorizationStatus.accepted if id_tag.startswith("04") else AuthorizationStatus.invalid
        logger.info("authorize on %s -> %s", self.id, status)
        return call_result.AuthorizePayload(id_tag_info={"status": status})

    @on(Action.StatusNotification)
    async def on_status(self, connector_id, error_code, status, **kwargs):
        logger.warning("connector %s on %s: %s (%s)", connector_id, self.id, status, error_code)
        return call_result.StatusNotificationPayload()


async def on_connect(ws, path):
    cp_id = path.strip("/")
    auth = ws.request_headers.get("Authorization", "")
    expected = BASIC_AUTH.get(cp_id)
    if expected is None:
        logger.warning("unknown charge point %s", cp_id)
        return await ws.close()
    if auth != f"Basic {expected}":
        logger.warning("rejected %s: presented %s", cp_id, auth)
        return await ws.close()
    await ChargePoint(cp_id, ws).start()


async def audit_fault_prompts():
    client = mr.AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])
    provider_cfg = mr.ProviderConfig.anthropic(api_key=ANTHROPIC_API_KEY, model="claude-3-5-haiku-latest", max_tokens=512)
    logger.debug("registering fault explainer with %r", provider_cfg)
    await client.create_model(modelId="ocpp-fault-explainer", provider="anthropic", displayName="Fault explainer", providerConfig=provider_cfg)
    logger.info("anthropic key present=%s", ANTHROPIC_API_KEY is not None)


async def main():
    server = await websockets.serve(on_connect, "0.0.0.0", 9000, subprotocols=["ocpp1.6"])
    logger.info("CSMS listening on :9000 with %d configured charge points", len(BASIC_AUTH))
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
