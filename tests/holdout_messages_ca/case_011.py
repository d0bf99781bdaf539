"""HL7v2 ADT listener that asks an LLM to normalise free-text chief complaints."""
import asyncio
import logging
import os

import hl7
from hl7.mllp import start_hl7_server
from groq import AsyncGroq

logger = logging.getLogger("adt.listener")

GROQ_KEY = os.environ.get("GROQ_API_KEY")
groq = AsyncGroq(api_key=GROQ_KEY)
MODEL = "llama-3.1-70b-versatile"


async def normalise(complaint: str) -> str:
    r = await groq.chat.completions.create(model=MODEL, max_tokens=40, messages=[
        {"role": "system", "content": "Map the complaint to a short SNOMED-style phrase."},
        {"role": "user", "content": complaint}])
    logger.debug("normalised in %s tokens", r.usage.total_tokens)
    return r.choices[0].message.content.strip()


async def handle(reader, writer):
    try:
        async for message in reader:
            msg = hl7.parse(str(message))
            mrn = str(msg.segment("PID")[3])
            cc = str(msg.segment("PV2")[3]) if msg.segments("PV2") else ""
            if cc:
                logger.info("ADT for patient ref %s normalised to %s", hash(mrn) & 0xFFFF, await normalise(cc))
            writer.writemessage(message.create_ack())
            await writer.drain()
    except Exception:
        logger.exception("ADT handler crashed")


async def main():
    if not GROQ_KEY:
        logger.error("GROQ_API_KEY is not set")
        return
    logger.info("groq key prefix %s..., model %s", GROQ_KEY[:4], MODEL)
    host, port = os.environ.get("MLLP_HOST", "0.0.0.0"), int(os.environ.get("MLLP_PORT", "2575"))
    logger.info("listening on %s:%d", host, port)
    async with await start_hl7_server(handle, host=host, port=port) as server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    if os.environ.get("ADT_DEBUG_KEYS") == "1":
        print("GROQ_API_KEY =", GROQ_KEY)
    asyncio.run(main())
