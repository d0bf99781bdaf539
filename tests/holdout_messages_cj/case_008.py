"""Speechmatics batch jobs for council meeting recordings (asyncio script)."""
import asyncio
import json
import logging
import os
import sys
from pathlib import Path

import aiohttp

LOG = logging.getLogger("council.asr")
SM_URL = "https://asr.api.speechmatics.com/v2/jobs"


class Speechmatics:
    def __init__(self, api_key: str, language: str = "en"):
        self._api_key = api_key
        self.language = language
        self.operating_point = "enhanced"

    def __repr__(self):
        return f"Speechmatics(language={self.language!r}, key=...{self._api_key[-4:]})"

    async def submit(self, session: aiohttp.ClientSession, audio: Path) -> str:
        config = {"type": "transcription", "transcription_config": {
            "language": self.language, "operating_point": self.operating_point, "diarization": "speaker"}}
        form = aiohttp.FormData()
        form.add_field("config", json.dumps(config))
        form.add_field("data_file", audio.read_bytes(), filename=audio.name)
        async with session.post(SM_URL, data=form, headers={"Authorization": f"Bearer {self._api_key}"}) as r:
            if r.status == 401:
                raise PermissionError("Speechmatics rejected key " + self._api_key)
            body = await r.json()
            LOG.info("submitted %s as job %s (%s)", audio.name, body.get("id"), self)
            return body["id"]


async def main(folder: str) -> int:
    key = os.environ.get("SPEECHMATICS_API_KEY", "")
    if not key:
        print(f"SPEECHMATICS_API_KEY missing: {key!r}", file=sys.stderr)
        return 2
    sm = Speechmatics(key)
    print(f"using Speechmatics key ...{key[-4:]}")
    async with aiohttp.ClientSession() as session:
        for audio in sorted(Path(folder).glob("*.mp3")):
            try:
                await sm.submit(session, audio)
            except aiohttp.ClientError as exc:
                print(f"upload of {audio} failed: {exc} (key {key})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "recordings")))
