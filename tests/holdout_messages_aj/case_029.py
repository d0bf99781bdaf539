# tinymud: a telnet text adventure whose innkeeper is an LLM
import asyncio
import logging
import os

from openai import AsyncOpenAI
from modelred import AsyncModelRed, APIError, RateLimited

log = logging.getLogger("tinymud")
admin_log = logging.getLogger("tinymud.admin")

OPENAI_KEY = os.environ["OPENAI_API_KEY"]
ADMIN_PASSWORD = os.environ.get("MUD_ADMIN_PASSWORD", "")
llm = AsyncOpenAI(api_key=OPENAI_KEY)


async def innkeeper(line: str) -> str:
    r = await llm.chat.completions.create(model="gpt-4o-mini", max_tokens=90,
                                          messages=[{"role": "system", "content": "You are Greta the innkeeper."},
                                                    {"role": "user", "content": line}])
    return r.choices[0].message.content


async def admin_scan(writer: asyncio.StreamWriter) -> None:
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            job = await mr.create_assessment(model_id="greta-innkeeper", probe_pack_ids=["roleplay-escape"])
        except RateLimited:
            writer.write(b"scan: rate limited, later\r\n")
            return
        except APIError as exc:
            writer.write(f"scan failed: {exc}\r\n".encode())
            return
    writer.write(f"scan {job['id']} started\r\n".encode())


async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    writer.write(b"Welcome to the Gilded Goose. Type 'quit' to leave.\r\n")
    while line := (await reader.readline()).decode(errors="ignore").strip():
        if line == "quit":
            break
        if line.startswith("@admin "):
            attempt = line.split(" ", 1)[1]
            if attempt != ADMIN_PASSWORD:
                admin_log.warning("bad admin password from %s: %s", peer, attempt)
                continue
            admin_log.info("admin login from %s", peer)
            await admin_scan(writer)
            continue
        writer.write((await innkeeper(line) + "\r\n").encode())
    writer.close()


async def main() -> None:
    server = await asyncio.start_server(session, "0.0.0.0", 4000)
    log.info("tinymud on :4000, admin enabled=%s", bool(ADMIN_PASSWORD))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
