"""Trash-talk generator for the league newsletter, on xAI Grok via the OpenAI client."""
import os
import sys
from datetime import date

from openai import APIStatusError, OpenAI

XAI_BASE = "https://api.x.ai/v1"
XAI_KEY_ENV = "XAI_API_KEY"
MAX_TOKENS = 220


def grok_client() -> OpenAI:
    xai_key = os.environ.get(XAI_KEY_ENV, "")
    if xai_key and not xai_key.startswith("xai-"):
        raise EnvironmentError(f"{XAI_KEY_ENV} should start with xai-, found {xai_key}")
    if not xai_key:
        raise EnvironmentError(f"{XAI_KEY_ENV} is empty: {xai_key!r}")
    return OpenAI(api_key=xai_key, base_url=XAI_BASE)


def roast(loser: str, winner: str, margin: float, client: OpenAI) -> str:
    try:
        r = client.chat.completions.create(
            model="grok-2-latest",
            max_tokens=MAX_TOKENS,
            messages=[
                {"role": "system", "content": "Friendly fantasy-football trash talk. No slurs, nothing personal."},
                {"role": "user", "content": f"{winner} beat {loser} by {margin:.1f} points."},
            ],
        )
    except APIStatusError as e:
        sys.stderr.write(f"grok error {e.status_code} for {loser}\n")
        return ""
    sys.stderr.write(f"roast for {loser}: {r.usage.completion_tokens} completion tokens\n")
    return r.choices[0].message.content.strip()


def newsletter(results: list[tuple[str, str, float]]) -> str:
    client = grok_client()
    parts = [f"# Week recap, {date.today():%d %b}"]
    for winner, loser, margin in results:
        parts.append(f"**{winner}** over {loser} (+{margin:.1f})\n\n{roast(loser, winner, margin, client)}")
    return "\n\n".join(parts)


if __name__ == "__main__":
    if "--show-config" in sys.argv:
        sys.stderr.write(f"base={XAI_BASE} key={os.environ.get(XAI_KEY_ENV)}\n")
        sys.exit(0)
    rows = [line.rstrip("\n").split("\t") for line in sys.stdin if line.strip()]
    print(newsletter([(w, l, float(m)) for w, l, m in rows]))
