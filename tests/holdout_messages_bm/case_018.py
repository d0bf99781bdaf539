"""Chrome-extension backend (aiohttp): saves highlights to Notion, summarises with OpenRouter."""
import logging
import os

from aiohttp import web, ClientSession

routes = web.RouteTableDef()
access_log = logging.getLogger("ext.access")
app_log = logging.getLogger("ext.app")

OPENROUTER_KEY = os.environ["OPENROUTER_API_KEY"]
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"


@routes.post("/highlight")
async def highlight(request: web.Request) -> web.Response:
    auth = request.headers.get("Authorization", "")
    access_log.info("POST /highlight from %s auth=%s", request.remote, auth)
    user_notion = request.headers.get("X-Notion-Token")
    body = await request.json()
    access_log.info("highlight len=%d page=%s", len(body.get("text", "")), body.get("url"))
    summary = await summarise(body["text"])
    if not user_notion:
        return web.json_response({"summary": summary, "saved": False})
    async with ClientSession() as s:
        r = await s.post(
            "https://api.notion.com/v1/pages",
            headers={"Authorization": f"Bearer {user_notion}", "Notion-Version": "2022-06-28"},
            json={"parent": {"page_id": body["page_id"]}, "properties": {"title": {"title": [{"text": {"content": summary[:100]}}]}}},
        )
        if r.status >= 400:
            app_log.error("notion save failed %s: %s", r.status, await r.text())
            raise PermissionError(f"notion refused token {user_notion}")
    return web.json_response({"summary": summary, "saved": True})


async def summarise(text: str) -> str:
    headers = {"Authorization": f"Bearer {OPENROUTER_KEY}", "HTTP-Referer": "https://highlights.example"}
    async with ClientSession() as s:
        async with s.post(OPENROUTER_URL, headers=headers, json={"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": text}], "max_tokens": 200}) as r:
            data = await r.json()
    app_log.debug("openrouter usage %s", data.get("usage"))
    app_log.debug("openrouter referer %s", headers["HTTP-Referer"])
    return data["choices"][0]["message"]["content"]


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    app_log.info("starting with openrouter key %s", OPENROUTER_KEY)
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
