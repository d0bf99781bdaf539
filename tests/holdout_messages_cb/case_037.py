"""Async e-discovery export to a Box folder, with LLM-generated production cover letters."""
import asyncio
import logging
import os

import aiofiles
import httpx
from openai import AsyncOpenAI

xlog = logging.getLogger("production.export")

BOX_UPLOAD = "https://upload.box.example/api/2.0/files/content"
BOX_TOKEN_HEADER = "Authorization"


async def cover_letter(llm: AsyncOpenAI, volume: str, count: int) -> str:
    out = await llm.chat.completions.create(
        model="gpt-4o-mini", max_tokens=300,
        messages=[{"role": "user", "content": f"Write a production cover letter for volume {volume} with {count} documents."}],
    )
    return out.choices[0].message.content


async def upload(http: httpx.AsyncClient, box_token: str, folder_id: str, path: str) -> str:
    async with aiofiles.open(path, "rb") as fh:
        data = await fh.read()
    r = await http.post(BOX_UPLOAD, headers={BOX_TOKEN_HEADER: f"Bearer {box_token}"},
                        data={"attributes": f'{{"name": "{os.path.basename(path)}", "parent": {{"id": "{folder_id}"}}}}'},
                        files={"file": data})
    if r.status_code == 401:
        xlog.error("Box token expired while uploading %s (header %s)", path, BOX_TOKEN_HEADER)
        raise PermissionError(f"Box rejected developer token {box_token!r}")
    r.raise_for_status()
    return r.json()["entries"][0]["id"]


async def export_volume(volume_dir: str, folder_id: str) -> None:
    box_token = os.environ["BOX_DEVELOPER_TOKEN"]
    llm = AsyncOpenAI()
    files = sorted(os.path.join(volume_dir, f) for f in os.listdir(volume_dir))
    async with httpx.AsyncClient(timeout=120) as http:
        ids = await asyncio.gather(*(upload(http, box_token, folder_id, f) for f in files))
        xlog.info("uploaded %d files to folder %s", len(ids), folder_id)
        letter = await cover_letter(llm, os.path.basename(volume_dir), len(files))
    async with aiofiles.open(os.path.join(volume_dir, "COVER_LETTER.txt"), "w") as fh:
        await fh.write(letter)
    xlog.info("export of %s finished with token %s", volume_dir, box_token)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(export_volume(os.environ["VOLUME_DIR"], os.environ["BOX_FOLDER_ID"]))
