"""Async video-generation pipeline: text -> storyboard -> clips via a Runway-style API."""
import asyncio
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("reelmaker")


@dataclass
class VideoAPI:
    base_url: str
    api_key: str
    version: str = "2024-11-06"

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.api_key}", "X-Runway-Version": self.version}


async def submit(api: VideoAPI, client: httpx.AsyncClient, prompt: str, image_url: str) -> str:
    r = await client.post(f"{api.base_url}/image_to_video", headers=api.headers,
                          json={"promptText": prompt, "promptImage": image_url, "duration": 5})
    if r.status_code == 401:
        raise PermissionError(f"video API rejected credentials {api.headers}")
    r.raise_for_status()
    task_id = r.json()["id"]
    log.info("submitted task %s (version %s)", task_id, api.version)
    return task_id


async def wait(api: VideoAPI, client: httpx.AsyncClient, task_id: str) -> str:
    while True:
        r = await client.get(f"{api.base_url}/tasks/{task_id}", headers=api.headers)
        task = r.json()
        if task["status"] == "SUCCEEDED":
            return task["output"][0]
        if task["status"] == "FAILED":
            raise RuntimeError(f"task {task_id} failed: {task.get('failure')}")
        await asyncio.sleep(4)


async def make_reel(shots: list[tuple[str, str]]) -> list[str]:
    api = VideoAPI(os.environ.get("VIDEO_API_BASE", "https://api.dev.runwayml.com/v1"), os.environ["RUNWAYML_API_SECRET"])
    log.debug("video api config %s", api)
    async with httpx.AsyncClient(timeout=60) as client:
        ids = await asyncio.gather(*(submit(api, client, p, img) for p, img in shots))
        urls = await asyncio.gather(*(wait(api, client, t) for t in ids))
    log.info("reel ready: %d clips", len(urls))
    return list(urls)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    shots = [("slow dolly in, fog", "https://cdn.example/frames/001.png"),
             ("pan left across the harbour", "https://cdn.example/frames/002.png")]
    print(asyncio.run(make_reel(shots)))
