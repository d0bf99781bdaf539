"""Strawberry-Django mutation: GitHub OAuth login, then an OpenAI summary of the user's repos."""
import logging
import os

import httpx
import strawberry
from graphql import GraphQLError
from openai import OpenAI

logger = logging.getLogger("gh.summary")

GITHUB_CLIENT_ID = os.environ["GITHUB_CLIENT_ID"]
GITHUB_CLIENT_SECRET = os.environ["GITHUB_CLIENT_SECRET"]
llm = OpenAI()


def exchange_code(code: str) -> dict:
    logger.info("exchanging code for client %s", GITHUB_CLIENT_ID)
    resp = httpx.post("https://github.com/login/oauth/access_token",
                      data={"client_id": GITHUB_CLIENT_ID, "client_secret": GITHUB_CLIENT_SECRET,
                            "code": code}, headers={"Accept": "application/json"})
    if resp.status_code != 200:
        logger.error("token exchange failed: %s %s", resp.status_code, resp.text)
        raise GraphQLError("GitHub login failed")
    return resp.json()


@strawberry.type
class Mutation:
    @strawberry.mutation
    def summarize_repos(self, code: str) -> str:
        data = exchange_code(code)
        token = data["access_token"]
        logger.info("token_type=%s scope=%s", data.get("token_type"), data.get("scope"))
        gh = httpx.get("https://api.github.com/user/repos",
                       headers={"Authorization": f"token {token}"})
        login = gh.json()[0]["owner"]["login"] if gh.json() else "?"
        logger.info("github token %s for user %s", token, login)
        if "repo" not in (data.get("scope") or ""):
            raise GraphQLError(f"GitHub token {token} lacks the repo scope")
        names = [r["full_name"] for r in gh.json()]
        logger.info("summarizing %d repos", len(names))
        out = llm.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Summarize: " + ", ".join(names)}],
        )
        return out.choices[0].message.content


@strawberry.type
class Query:
    hello: str = "hi"


schema = strawberry.Schema(query=Query, mutation=Mutation)
