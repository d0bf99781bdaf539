import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("stt.assemblyai")

BASE = "https://api.assemblyai.com/v2"


async def upload(session, path):
    with open(path, "rb") as fh:
        async with session.post(f"{BASE}/upload", data=fh.read()) as r:
            r.raise_for_status()
            return (await r.json())["upload_url"]


async def transcribe(path, api_key, speaker_labels=True):
    headers = {"authorization": api_key}
    async with aiohttp.ClientSession(headers=headers) as session:
        url = await upload(session, path)
        log.info("uploaded %s -> %s", path, url)
        async with session.post(f"{BASE}/transcript", json={"audio_url": url, "speaker_labels": speaker_labels}) as r:
            if r.status == 401:
                log.error("assemblyai key %s rejected", api_key)
                raise RuntimeError("AssemblyAI authentication failed")
            job = await r.json()
        tid = job["id"]
        while True:
            async with session.get(f"{BASE}/transcript/{tid}") as r:
                job = await r.json()
            if job["status"] in ("completed", "error"):
                break
            log.debug("job %s status %s", tid, job["status"])
            await asyncio.sleep(3)
        if job["status"] == "error":
            raise RuntimeError(f"transcript {tid} failed: {job.get('error')}")
        return job


async def main(paths):
    api_key = os.environ.get("ASSEMBLYAI_API_KEY")
    if not api_key:
        raise RuntimeError(f"ASSEMBLYAI_API_KEY missing (got {api_key!r})")
    results = await asyncio.gather(*(transcribe(p, api_key) for p in paths), return_exceptions=True)
    for p, res in zip(paths, results):
        if isinstance(res, Exception):
            log.warning("%s failed with %s (key %s)", p, res, api_key)
        else:
            print(p, len(res.get("words", [])), "words")


if __name__ == "__main__":
    import sys
    asyncio.run(main(sys.argv[1:]))
