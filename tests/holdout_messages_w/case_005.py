"""AutoGen AgentChat weather tool and assistant wiring."""
from __future__ import annotations

import asyncio
import logging
import os

import aiohttp
from autogen_agentchat.agents import AssistantAgent
from autogen_ext.models.openai import OpenAIChatCompletionClient

logger = logging.getLogger("autogen.weather")

OWM_URL = "https://api.openweathermap.org/data/2.5/weather"
owm_api_key = os.getenv("OWM_API_KEY")


async def get_weather(city: str, units: str = "metric") -> str:
    """Current weather for a city."""
    url = f"{OWM_URL}?q={city}&units={units}&appid={owm_api_key}"
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            if resp.status != 200:
                body = await resp.text()
                logger.warning("weather lookup failed url=%s status=%s", url, resp.status)
                return f"weather unavailable ({resp.status}): {body[:120]}"
            data = await resp.json()
    return f"{city}: {data['main']['temp']} degrees, {data['weather'][0]['description']}"


def make_agent() -> AssistantAgent:
    openai_key = os.environ["OPENAI_API_KEY"]
    model = "gpt-4o-mini"
    client = OpenAIChatCompletionClient(model=model, api_key=openai_key)
    logger.info("assistant uses model %s via %s", model, client.__class__.__name__)
    return AssistantAgent(
        name="weather_assistant",
        model_client=client,
        tools=[get_weather],
        system_message="Answer weather questions with the tool.",
        reflect_on_tool_use=True,
    )


async def main() -> None:
    if not owm_api_key:
        raise SystemExit(f"OWM_API_KEY missing (got {owm_api_key!r})")
    agent = make_agent()
    result = await agent.run(task="What is the weather in Lisbon?")
    usage = result.messages[-1].models_usage
    if usage:
        print(f"prompt_tokens={usage.prompt_tokens} completion_tokens={usage.completion_tokens}")
    print(result.messages[-1].content)


if __name__ == "__main__":
    print("debug: OWM key", owm_api_key)
    asyncio.run(main())
