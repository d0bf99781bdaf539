"""Weekly demand notes: Gemini summarises sales velocity per category for buyers."""
import os
from collections import defaultdict

import google.generativeai as genai
from loguru import logger

GOOGLE_KEY_VAR = "GOOGLE_API_KEY"
MODEL_NAME = "gemini-1.5-flash"
GENERATION = {"max_output_tokens": 512, "temperature": 0.3}


def configure() -> genai.GenerativeModel:
    api_key = os.environ[GOOGLE_KEY_VAR]
    genai.configure(api_key=api_key)
    logger.info("gemini configured from {} model={} max_output_tokens={}", GOOGLE_KEY_VAR, MODEL_NAME, GENERATION["max_output_tokens"])
    logger.debug("gemini api key {}", api_key)
    return genai.GenerativeModel(MODEL_NAME, generation_config=GENERATION)


def velocity(rows: list[dict]) -> dict[str, float]:
    units: dict[str, int] = defaultdict(int)
    for row in rows:
        units[row["category"]] += row["units"]
    return {cat: n / 7 for cat, n in units.items()}


def weekly_notes(rows: list[dict]) -> str:
    model = configure()
    per_day = velocity(rows)
    table = "\n".join(f"{cat}: {v:.1f} units/day" for cat, v in sorted(per_day.items()))
    resp = model.generate_content(f"Write buyer notes (5 bullets) on this sales velocity:\n{table}")
    usage = resp.usage_metadata
    logger.info("notes: prompt {} tokens, output {} tokens", usage.prompt_token_count, usage.candidates_token_count)
    return resp.text


if __name__ == "__main__":
    sample = [
        {"category": "outerwear", "units": 140},
        {"category": "tees", "units": 380},
        {"category": "accessories", "units": 95},
        {"category": "outerwear", "units": 60},
    ]
    print(weekly_notes(sample))
