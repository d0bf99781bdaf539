"""Dependency-update bot (Renovate-style): asks an LLM to summarise changelogs, registers the model once."""
import asyncio
import logging
import os

import aiohttp
from modelred import ModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("depbot")

GITHUB_API = "https://api.github.com"


async def fetch_changelog(session: aiohttp.ClientSession, repo: str, tag: str, gh_token: str) -> str:
    async with session.get(f"{GITHUB_API}/repos/{repo}/releases/tags/{tag}", headers={"Authorization": f"Bearer {gh_token}"}) as resp:
        if resp.status == 404:
            log.info("no release notes for %s@%s", repo, tag)
            return ""
        if resp.status == 401:
            raise PermissionError(f"GitHub token {gh_token} cannot read {repo}")
        data = await resp.json()
        return data.get("body") or ""


async def summarise(session: aiohttp.ClientSession, text: str, groq_key: str) -> str:
    payload = {"model": "llama-3.1-8b-instant", "max_tokens": 400, "messages": [{"role": "user", "content": text[:8000]}]}
    async with session.post("https://api.groq.com/openai/v1/chat/completions", json=payload, headers={"Authorization": f"Bearer {groq_key}"}) as resp:
        body = await resp.json()
        if resp.status != 200:
            log.error("groq %s: %s", resp.status, body.get("error", {}).get("message"))
            return ""
        log.debug("groq usage %s", body.get("usage", {}).get("total_tokens"))
        return body["choices"][0]["message"]["content"]


async def register_summariser(groq_key: str) -> None:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    config = ProviderConfig.rest(api_key=groq_key, endpoint="https://api.groq.com/openai/v1", model_name="llama-3.1-8b-instant")
    try:
        client.create_model(modelId="depbot-summariser", provider="rest", displayName="depbot", providerConfig=config)
    except ModelRedError as exc:
        log.warning("could not register summariser: %s", exc)


async def run(updates: list[tuple[str, str]]) -> None:
    gh_token = os.environ["DEPBOT_GITHUB_TOKEN"]
    groq_key = os.environ["GROQ_API_KEY"]
    log.debug("starting with groq key %s and %d updates", groq_key, len(updates))
    await register_summariser(groq_key)
    async with aiohttp.ClientSession() as session:
        for repo, tag in updates:
            notes = await fetch_changelog(session, repo, tag, gh_token)
            if notes:
                print(f"{repo}@{tag}: {await summarise(session, notes, groq_key)}")


if __name__ == "__main__":
    asyncio.run(run([("pallets/flask", "3.1.0")]))
