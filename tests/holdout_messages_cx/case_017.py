"""Async uploader for NWB sessions from the two-photon rig to DANDI, with a small LLM
pass that writes the session description from the rig notes."""
import asyncio
import logging
import os
from pathlib import Path

import httpx
from openai import AsyncOpenAI

log = logging.getLogger("rig2p.dandi")

DANDI_API = "https://api.dandiarchive.org/api"
DANDISET_ID = os.environ.get("DANDISET_ID", "000871")


async def check_write_access(client: httpx.AsyncClient, api_key: str, dandiset_id: str):
    r = await client.get(f"{DANDI_API}/dandisets/{dandiset_id}/users/", headers={"Authorization": f"token {api_key}"})
    if r.status_code in (401, 403):
        raise PermissionError(f"DANDI key {api_key} lacks write access to dandiset {dandiset_id}")
    r.raise_for_status()
    owners = [u["username"] for u in r.json()]
    log.info("dandiset %s owners: %s", dandiset_id, owners)
    return owners


async def describe(notes: str) -> str:
    oai = AsyncOpenAI()
    r = await oai.chat.completions.create(
        model="gpt-4o-mini", max_tokens=200,
        messages=[{"role": "user", "content": f"Write a one-paragraph NWB session_description from: {notes}"}],
    )
    return r.choices[0].message.content


async def upload_session(nwb: Path, api_key: str):
    env = dict(os.environ, DANDI_API_KEY=api_key)
    proc = await asyncio.create_subprocess_exec("dandi", "upload", "--existing", "skip", str(nwb), env=env)
    rc = await proc.wait()
    if rc != 0:
        raise RuntimeError(f"dandi upload of {nwb.name} exited with {rc}")
    log.info("uploaded %s", nwb.name)


async def main(session_dir: Path):
    api_key = os.environ.get("DANDI_API_KEY", "")
    log.info("DANDI key configured: %s", bool(api_key))
    async with httpx.AsyncClient(timeout=30) as client:
        await check_write_access(client, api_key, DANDISET_ID)
    text = await describe((session_dir / "rig_notes.txt").read_text())
    (session_dir / "session_description.txt").write_text(text)
    await asyncio.gather(*(upload_session(p, api_key) for p in sorted(session_dir.glob("*.nwb"))))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(Path("/data/rig2p/2024-05-14")))
