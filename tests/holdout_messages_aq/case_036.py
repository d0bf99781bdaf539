"""Booking.com Connectivity (B.XML) availability push for our small hotel group; async, terse."""
import asyncio
import logging
import os
from xml.sax.saxutils import escape

import aiohttp

log = logging.getLogger("bxml")
logging.basicConfig(level=logging.INFO)

BXML_URL = "https://supply-xml.booking.com/hotels/xml/availability"
BXML_USER = os.environ["BXML_USERNAME"]
BXML_PASS = os.environ["BXML_PASSWORD"]
HOTELS = os.environ.get("BXML_HOTEL_IDS", "123456,123457").split(",")


def payload(hotel_id: str, room_id: str, date: str, rooms: int) -> str:
    return (
        f'<request><username>{escape(BXML_USER)}</username><password>{escape(BXML_PASS)}</password>'
        f'<version>1.0</version><room id="{room_id}"><date value="{date}"><roomstosell>{rooms}</roomstosell></date></room></request>'
    )


async def push(session, hotel_id, room_id, date, rooms):
    body = payload(hotel_id, room_id, date, rooms)
    async with session.post(BXML_URL, data=body, headers={"Content-Type": "text/xml"}) as r:
        text = await r.text()
        if "<error>" in text:
            log.error("B.XML error for hotel %s: %s", hotel_id, text[:300])
            log.debug("request body was %s", body)
        else:
            log.info("hotel %s room %s %s -> %d rooms ok", hotel_id, room_id, date, rooms)


async def main():
    log.info("pushing for %d hotels as %s", len(HOTELS), BXML_USER)
    async with aiohttp.ClientSession() as s:
        await asyncio.gather(*(push(s, h, "1", "2026-07-01", 4) for h in HOTELS))


asyncio.run(main())
