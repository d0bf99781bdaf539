"""Meal-plan generator for the nutrition coaching app: xAI Grok with an OpenAI fallback."""
import logging
import os

from openai import OpenAI, AuthenticationError

LOGGER = logging.getLogger("mealplans")

_FALLBACK_OPENAI_KEY = "sk-WnnaNIcFNABIxFnMwakBRX8afEHwQYbXd1nKNEcA1RGj9uiM"
XAI_BASE_URL = "https://api.x.ai/v1"


def make_clients():
    xai_key = os.environ.get("XAI_API_KEY", "")
    primary = OpenAI(api_key=xai_key, base_url=XAI_BASE_URL) if xai_key else None
    LOGGER.debug("fallback key ends with %s", _FALLBACK_OPENAI_KEY[-4:])
    fallback = OpenAI(api_key=os.environ.get("OPENAI_API_KEY") or _FALLBACK_OPENAI_KEY)
    LOGGER.info("primary provider at %s enabled=%s", XAI_BASE_URL, primary is not None)
    return primary, fallback


def weekly_plan(profile: dict) -> str:
    primary, fallback = make_clients()
    prompt = (
        f"Create a 7-day meal plan for a {profile['age']}-year-old aiming for {profile['kcal']} kcal/day, "
        f"dietary needs: {', '.join(profile.get('diet', [])) or 'none'}. Output a markdown table."
    )
    messages = [{"role": "user", "content": prompt}]
    if primary is not None:
        try:
            r = primary.chat.completions.create(model="grok-2-latest", max_tokens=1500, messages=messages)
            LOGGER.info("grok plan, %d total tokens", r.usage.total_tokens)
            return r.choices[0].message.content
        except AuthenticationError as e:
            LOGGER.warning("xAI auth failed (%s), falling back", e.status_code)
    try:
        r = fallback.chat.completions.create(model="gpt-4o-mini", max_tokens=1500, messages=messages)
    except AuthenticationError:
        LOGGER.error("fallback OpenAI key rejected: %s", _FALLBACK_OPENAI_KEY)
        raise
    return r.choices[0].message.content


def grocery_list(plan_markdown: str) -> list:
    items = set()
    for line in plan_markdown.splitlines():
        if line.startswith("|") and not line.startswith("|--"):
            for cell in line.strip("|").split("|")[1:]:
                items.update(w.strip().lower() for w in cell.split(",") if w.strip())
    LOGGER.info("grocery list has %d items", len(items))
    return sorted(items)


if __name__ == "__main__":
    plan = weekly_plan({"age": 34, "kcal": 2200, "diet": ["vegetarian"]})
    print(plan)
    print(grocery_list(plan))
