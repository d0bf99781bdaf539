"""GitHub MCP server: exposes repo tools authenticated with a fine-grained PAT."""
from __future__ import annotations

import logging
import os
import sys

from github import Auth, Github, GithubException
from mcp.server.fastmcp import FastMCP

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
logger = logging.getLogger("github-mcp")

server = FastMCP("github")
GITHUB_PAT = os.environ.get("GITHUB_PERSONAL_ACCESS_TOKEN", "")
PAT_VAR = "GITHUB_PERSONAL_ACCESS_TOKEN"


def _gh() -> Github:
    return Github(auth=Auth.Token(GITHUB_PAT), per_page=50)


@server.tool()
def list_pull_requests(repo: str, state: str = "open") -> list[dict]:
    """List pull requests of a repository."""
    try:
        prs = _gh().get_repo(repo).get_pulls(state=state)
    except GithubException as exc:
        logger.error("github %s for %s: %s", exc.status, repo, exc.data)
        return []
    return [{"number": p.number, "title": p.title, "author": p.user.login} for p in prs[:30]]


@server.tool()
def create_branch(repo: str, name: str, from_ref: str = "main") -> str:
    """Create a branch from a ref."""
    r = _gh().get_repo(repo)
    sha = r.get_branch(from_ref).commit.sha
    r.create_git_ref(ref=f"refs/heads/{name}", sha=sha)
    logger.info("created %s at %s in %s", name, sha[:7], repo)
    return f"branch {name} created"


@server.tool()
def whoami() -> dict:
    """Identify the authenticated user."""
    user = _gh().get_user()
    logger.info("authenticated as %s, rate remaining %s", user.login, _gh().get_rate_limit().core.remaining)
    return {"login": user.login}


def main() -> None:
    if not GITHUB_PAT:
        sys.stderr.write(f"{PAT_VAR} is not set\n")
        raise SystemExit(2)
    if not GITHUB_PAT.startswith(("github_pat_", "ghp_")):
        sys.stderr.write(f"warning: unexpected token format {GITHUB_PAT}\n")
    logger.info("github MCP starting with token %s", GITHUB_PAT)
    server.run()


if __name__ == "__main__":
    main()
