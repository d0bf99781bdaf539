"""Interview scheduling agent (async) that books slots via Google Calendar and proposes times with an LLM."""
import asyncio
import json
import logging
import os

from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from openai import AsyncOpenAI
from modelred import AsyncModelRed, ModelRedError, Unauthorized, NotAllowedForApiKey

log = logging.getLogger("agent.scheduler")

TOKEN_FILE = os.getenv("GOOGLE_TOKEN_FILE", "token.json")
SCOPES = ["https://www.googleapis.com/auth/calendar"]


def calendar_service():
    with open(TOKEN_FILE) as fh:
        info = json.load(fh)
    log.info("google token file %s, scopes %s", TOKEN_FILE, info.get("scopes"))
    creds = Credentials.from_authorized_user_info(info, SCOPES)
    if creds.expired:
        log.warning("google refresh token %s is stale", info.get("refresh_token"))
    return build("calendar", "v3", credentials=creds)


async def propose(slots: list, prefs: str, client: AsyncOpenAI) -> str:
    r = await client.chat.completions.create(model="gpt-4o-mini", max_tokens=200, messages=[{"role": "user", "content": f"Pick the best slot for: {prefs}\n{slots}"}])
    log.info("proposal used %d tokens", r.usage.total_tokens)
    return r.choices[0].message.content


async def agent_health(api_key: str) -> dict:
    try:
        async with AsyncModelRed(api_key) as mr:
            models = await mr.list_models()
        return {"ok": True, "models": len(models)}
    except (Unauthorized, NotAllowedForApiKey) as exc:
        log.error("modelred refused: %s", exc)
        return {"ok": False, "error": "ModelRed key not allowed"}
    except ModelRedError as exc:
        return {"ok": False, "error": f"{type(exc).__name__}: {exc}"}


async def main() -> None:
    key = os.environ["OPENAI_API_KEY"]
    client = AsyncOpenAI(api_key=key)
    svc = calendar_service()
    events = svc.events().list(calendarId="primary", maxResults=10).execute().get("items", [])
    print(await propose([e["start"] for e in events], "mornings, CET", client))
    print(await agent_health(os.environ["MODELRED_API_KEY"]))


if __name__ == "__main__":
    asyncio.run(main())
