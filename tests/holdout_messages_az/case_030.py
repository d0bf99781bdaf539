"""Lemmy community bot: posts a weekly LLM digest of top threads."""
import logging
import os
from typing import Any

import requests
from mistralai import Mistral

logger = logging.getLogger("lemmy-digest")

INSTANCE = os.getenv("LEMMY_INSTANCE", "https://lemmy.example.org")
COMMUNITY = os.getenv("LEMMY_COMMUNITY", "selfhosted")


def login(username: str, password: str) -> str:
    r = requests.post(f"{INSTANCE}/api/v3/user/login", json={"username_or_email": username, "password": password}, timeout=10)
    if r.status_code != 200:
        logger.error("lemmy login %s -> %s %s", username, r.status_code, r.json().get("error"))
        raise RuntimeError(f"lemmy login failed for {username}")
    jwt = r.json()["jwt"]
    logger.info("logged in to %s as %s, jwt=%s", INSTANCE, username, jwt)
    return jwt


def top_posts(jwt: str, limit: int = 15) -> list[dict[str, Any]]:
    r = requests.get(f"{INSTANCE}/api/v3/post/list",
                     params={"community_name": COMMUNITY, "sort": "TopWeek", "limit": limit},
                     headers={"Authorization": f"Bearer {jwt}"}, timeout=10)
    r.raise_for_status()
    return [p["post"] for p in r.json()["posts"]]


def digest(posts: list[dict[str, Any]]) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    titles = "\n".join(f"- {p['name']} ({p['ap_id']})" for p in posts)
    res = client.chat.complete(model="mistral-small-latest", max_tokens=600,
                               messages=[{"role": "user", "content": f"Write a short weekly digest:\n{titles}"}])
    logger.info("digest tokens %s", res.usage.total_tokens)
    return res.choices[0].message.content


def post_digest(jwt: str, community_id: int, body: str) -> None:
    r = requests.post(f"{INSTANCE}/api/v3/post", json={"name": "Weekly digest", "body": body, "community_id": community_id},
                      headers={"Authorization": f"Bearer {jwt}"}, timeout=10)
    if r.status_code == 401:
        raise PermissionError(f"jwt {jwt} no longer valid for {INSTANCE}")
    r.raise_for_status()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    token = login(os.environ["LEMMY_USER"], os.environ["LEMMY_PASSWORD"])
    posts = top_posts(token)
    post_digest(token, int(os.environ["LEMMY_COMMUNITY_ID"]), digest(posts))
