"""Async serial reader for a robot's battery management system, LLM-written maintenance notes."""
import asyncio
import os
import sys

import serial_asyncio
import google.generativeai as genai

GOOGLE_KEY = os.getenv("GOOGLE_API_KEY")
GOOGLE_KEY_VAR = "GOOGLE_API_KEY"
BMS_PORT = os.getenv("BMS_PORT", "/dev/ttyACM0")


class BmsProtocol(asyncio.Protocol):
    def __init__(self, queue: asyncio.Queue):
        self.queue = queue
        self.buf = b""

    def data_received(self, data):
        self.buf += data
        while b"\n" in self.buf:
            line, self.buf = self.buf.split(b"\n", 1)
            self.queue.put_nowait(line.decode(errors="replace"))


async def summarise(model, readings: list[str]) -> str:
    r = await model.generate_content_async("Maintenance note for these BMS readings:\n" + "\n".join(readings))
    sys.stderr.write(f"gemini usage: {r.usage_metadata.total_token_count} tokens\n")
    return r.text


async def main():
    if not GOOGLE_KEY:
        sys.stderr.write(f"{GOOGLE_KEY_VAR} is not set\n")
        return
    sys.stderr.write(f"configuring gemini with {GOOGLE_KEY}\n")
    genai.configure(api_key=GOOGLE_KEY)
    print(f"gemini configured from {GOOGLE_KEY_VAR}")
    model = genai.GenerativeModel("gemini-1.5-flash")
    queue: asyncio.Queue = asyncio.Queue()
    loop = asyncio.get_running_loop()
    await serial_asyncio.create_serial_connection(loop, lambda: BmsProtocol(queue), BMS_PORT, baudrate=9600)
    batch = []
    while True:
        batch.append(await queue.get())
        if len(batch) >= 60:
            print(await summarise(model, batch))
            batch.clear()


asyncio.run(main())
