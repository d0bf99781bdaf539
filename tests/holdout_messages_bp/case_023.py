import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("hub-mirror")

SRC = os.environ.get("SRC_HUB", "https://huggingface.co")
DST = os.environ.get("DST_HUB", "https://hub.internal.acme")


async def list_files(session, base, repo, token):
    async with session.get(f"{base}/api/models/{repo}", headers={"Authorization": f"Bearer {token}"}) as r:
        if r.status != 200:
            body = await r.text()
            log.error("list %s on %s: %s %s", repo, base, r.status, body[:200])
            raise RuntimeError(f"cannot list {repo} on {base}: HTTP {r.status}")
        info = await r.json()
        return [s["rfilename"] for s in info.get("siblings", [])]


async def mirror(repo: str, src_token: str, dst_token: str):
    auth = {"Authorization": f"Bearer {dst_token}"}
    async with aiohttp.ClientSession() as session:
        files = await list_files(session, SRC, repo, src_token)
        log.info("mirroring %d files of %s", len(files), repo)
        for name in files:
            url = f"{SRC}/{repo}/resolve/main/{name}"
            async with session.get(url, headers={"Authorization": f"Bearer {src_token}"}) as r:
                data = await r.read()
            async with session.put(f"{DST}/api/{repo}/upload/{name}", data=data, headers=auth) as w:
                if w.status >= 400:
                    log.error("upload %s failed with %s using headers %s", name, w.status, auth)
                    continue
            log.info("copied %s (%d bytes)", name, len(data))


async def main():
    src_token = os.environ["HF_TOKEN"]
    dst_token = os.environ.get("INTERNAL_HUB_TOKEN")
    if dst_token is None:
        raise SystemExit("INTERNAL_HUB_TOKEN not set")
    log.info("source token ...%s, destination token ...%s", src_token[-4:], dst_token[-4:])
    repos = [r.strip() for r in open("repos.txt") if r.strip()]
    for repo in repos:
        try:
            await mirror(repo, src_token, dst_token)
        except aiohttp.ClientError as exc:
            log.error("mirror of %s failed: %s (src token %s)", repo, exc, src_token)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
