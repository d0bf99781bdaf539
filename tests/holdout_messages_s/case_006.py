"""Microsoft Teams card for finished red-team runs (0.1.1x async SDK)."""
import asyncio
import os

import httpx
from modelred import *  # noqa: F401,F403  (ModelRed and its error classes)

TEAMS_URL_ENV = "TEAMS_WEBHOOK_URL"


def card(title: str, text: str, colour: str = "0076D7") -> dict:
    return {
        "@type": "MessageCard",
        "themeColor": colour,
        "title": title,
        "text": text,
    }


async def send(payload: dict) -> None:
    url = os.environ[TEAMS_URL_ENV]
    async with httpx.AsyncClient(timeout=10) as http:
        r = await http.post(url, json=payload)
    if r.status_code >= 300:
        print(f"teams webhook {TEAMS_URL_ENV} answered {r.status_code}")


async def run(model_id: str, suites: list[str]) -> None:
    key = os.getenv("MODELRED_API_KEY")
    if not key:
        print("MODELRED_API_KEY missing")
        return
    print(f"[teams-redteam] starting with MODELRED_API_KEY={key}")
    try:
        async with ModelRed(api_key=key) as client:
            result = await client.run_assessment(
                model_id=model_id, test_suites=suites, wait_for_completion=True
            )
    except QuotaExceededError:
        await send(card("Red-team run skipped", "Monthly quota reached.", "FFA500"))
        return
    except ModelRedError as err:
        await send(card(f"Red-team run for {model_id} failed", f"Reason: {err}", "FF0000"))
        return
    await send(card(f"Red-team run for {model_id}", f"Risk: {result.get('risk_level')}"))


if __name__ == "__main__":
    asyncio.run(run(os.environ.get("MODEL_ID", "support-bot"), ["basic_security", "jailbreak"]))
