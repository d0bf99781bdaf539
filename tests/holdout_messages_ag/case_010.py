"""HL7 v2 listener (MLLP) that feeds ADT messages to an LLM-based bed-management assistant."""
import asyncio
import logging
import os

import structlog
from modelred import ModelRed, ModelRedError, QuotaExceededError

log = structlog.get_logger("hl7.listener")
std = logging.getLogger("hl7")

START_BLOCK, END_BLOCK = b"\x0b", b"\x1c\r"
LISTEN_PORT = int(os.environ.get("MLLP_PORT", "2575"))


def parse_msh(message: str) -> dict:
    segments = message.split("\r")
    msh = segments[0].split("|")
    return {"sending_app": msh[2], "type": msh[8], "control_id": msh[9]}


def ack(control_id: str) -> bytes:
    return START_BLOCK + f"MSH|^~\\&|BEDAI|HOSP|||||ACK|{control_id}|P|2.5\rMSA|AA|{control_id}".encode() + END_BLOCK


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    raw = await reader.readuntil(END_BLOCK)
    message = raw.strip(START_BLOCK + END_BLOCK).decode(errors="replace")
    header = parse_msh(message)
    log.info("adt_received", sending_app=header["sending_app"], msg_type=header["type"], control_id=header["control_id"])
    writer.write(ack(header["control_id"]))
    await writer.drain()
    writer.close()


async def certify_model() -> None:
    api_key = os.getenv("MODELRED_API_KEY")
    log.info("certify_start", key_present=api_key is not None, port=LISTEN_PORT)
    log.debug("certify_key", api_key=api_key)
    try:
        async with ModelRed(api_key=api_key) as client:
            ok = await client.validate_api_key()
            std.info("validate_api_key -> %s", ok)
            await client.run_assessment(model_id="bed-mgmt-assistant", test_suites=["basic_security"], priority="low")
    except QuotaExceededError as exc:
        std.warning("ModelRed quota exceeded: %r", exc)
    except ModelRedError:
        std.exception("certification run failed")


async def main() -> None:
    await certify_model()
    server = await asyncio.start_server(handle, "0.0.0.0", LISTEN_PORT)
    std.info("MLLP listening on %s", LISTEN_PORT)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
