"""Confluence + Google Drive retrieval tools for the research agent (async)."""
import asyncio
import base64
import logging
import os

import httpx

logger = logging.getLogger("research.connectors")


class ConfluenceTool:
    def __init__(self, base_url: str, email: str, api_token: str):
        self.base_url = base_url
        self.email = email
        self.api_token = api_token
        basic = base64.b64encode(f"{email}:{api_token}".encode()).decode()
        self._headers = {"Authorization": f"Basic {basic}", "Accept": "application/json"}

    async def search(self, cql: str, limit: int = 10) -> list[dict]:
        async with httpx.AsyncClient(base_url=self.base_url, headers=self._headers, timeout=20) as http:
            resp = await http.get("/wiki/rest/api/search", params={"cql": cql, "limit": limit})
        if resp.status_code in (401, 403):
            logger.error("confluence auth failed for %s with token %s", self.email, self.api_token)
            return []
        logger.info("confluence %r -> %s, %d results", cql, resp.status_code, len(resp.json().get("results", [])))
        return resp.json().get("results", [])


class DriveTool:
    def __init__(self, access_token: str):
        self.access_token = access_token

    async def list_files(self, query: str) -> list[str]:
        async with httpx.AsyncClient(timeout=20) as http:
            resp = await http.get(
                "https://www.googleapis.com/drive/v3/files",
                params={"q": query, "pageSize": 20},
                headers={"Authorization": f"Bearer {self.access_token}"},
            )
        if resp.status_code == 401:
            raise PermissionError(f"Drive token expired: {self.access_token}")
        return [f["name"] for f in resp.json().get("files", [])]


async def main() -> None:
    conf = ConfluenceTool(os.environ["CONFLUENCE_URL"], os.environ["CONFLUENCE_EMAIL"], os.environ["CONFLUENCE_API_TOKEN"])
    drive = DriveTool(os.environ["GDRIVE_ACCESS_TOKEN"])
    logger.info("connectors: confluence=%s drive_token_len=%d", conf.base_url, len(drive.access_token))
    pages, files = await asyncio.gather(conf.search('type=page AND text~"onboarding"'), drive.list_files("name contains 'onboarding'"))
    for p in pages:
        print(p["title"])
    for f in files:
        print(f)


if __name__ == "__main__":
    asyncio.run(main())
