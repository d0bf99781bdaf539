"""Datadog webhook -> Microsoft Teams router, with an LLM one-line summary (aiohttp, async)."""
import logging
import os

from aiohttp import ClientSession, web

log = logging.getLogger("dd_teams")

ROUTER_SHARED_KEY = os.environ["DD_WEBHOOK_SHARED_KEY"]
TOGETHER_KEY = os.environ.get("TOGETHER_API_KEY", "")
TEAM_CHANNELS = {"platform": "PLATFORM_TEAMS_URL", "ml": "ML_TEAMS_URL"}


async def one_liner(session: ClientSession, text: str) -> str:
    if not TOGETHER_KEY:
        return text[:200]
    async with session.post(
        "https://api.together.xyz/v1/chat/completions",
        headers={"Authorization": f"Bearer {TOGETHER_KEY}"},
        json={"model": "meta-llama/Llama-3.3-70B-Instruct-Turbo", "max_tokens": 60, "messages": [{"role": "user", "content": f"One line: {text}"}]},
    ) as r:
        data = await r.json()
        if r.status != 200:
            log.warning("together %s: %s", r.status, data.get("error"))
            return text[:200]
        return data["choices"][0]["message"]["content"]


async def handle(request: web.Request) -> web.Response:
    presented = request.headers.get("X-Router-Key", "")
    if presented != ROUTER_SHARED_KEY:
        raise web.HTTPUnauthorized(text=f"router key {presented} not accepted")
    alert = await request.json()
    team = alert.get("tags", {}).get("team", "platform")
    url_var = TEAM_CHANNELS.get(team, TEAM_CHANNELS["platform"])
    log.info("alert %s for team %s via %s", alert.get("id"), team, url_var)
    async with ClientSession() as session:
        summary = await one_liner(session, alert.get("body", ""))
        await session.post(os.environ[url_var], json={"text": f"**{alert.get('title')}**\n\n{summary}"})
    return web.json_response({"ok": True, "team": team})


def make_app() -> web.Application:
    if len(ROUTER_SHARED_KEY) < 24:
        raise ValueError("DD_WEBHOOK_SHARED_KEY must be at least 24 characters (got %d)" % len(ROUTER_SHARED_KEY))
    app = web.Application()
    app.router.add_post("/datadog", handle)
    log.info("routes for teams %s", list(TEAM_CHANNELS))
    return app
