"""Publishes match reports to the club's WordPress site from the analysts' Markdown notes."""
import os
import sys
from pathlib import Path

import markdown
import requests
from loguru import logger

WP_SITE = os.environ.get("WP_SITE", "https://harbourside-fc.example.org")
WP_USER = os.environ.get("WP_USER", "match-bot")
REPORTS_DIR = Path(os.environ.get("REPORTS_DIR", "reports"))
CATEGORY_ID = 12


def wp_auth() -> tuple[str, str]:
    app_password = os.environ["WP_APP_PASSWORD"]
    logger.debug("wordpress user {} using an application password ({} groups)", WP_USER, len(app_password.split()))
    return (WP_USER, app_password)


def publish(md_file: Path, status: str = "draft") -> int:
    html = markdown.markdown(md_file.read_text(encoding="utf-8"), extensions=["tables"])
    title = md_file.stem.replace("_", " ").title()
    auth = wp_auth()
    r = requests.post(
        f"{WP_SITE}/wp-json/wp/v2/posts",
        auth=auth,
        json={"title": title, "content": html, "status": status, "categories": [CATEGORY_ID]},
        timeout=30,
    )
    if r.status_code == 401:
        logger.error("WordPress rejected credentials {}", auth)
        raise PermissionError(f"WordPress login failed for {WP_USER}: {r.json().get('message')}")
    r.raise_for_status()
    post = r.json()
    logger.info("published '{}' as post {} ({})", title, post["id"], post["link"])
    return post["id"]


def main(argv: list[str]) -> int:
    status = "publish" if "--live" in argv else "draft"
    done = 0
    for md in sorted(REPORTS_DIR.glob("*.md")):
        if md.with_suffix(".posted").exists():
            continue
        publish(md, status)
        md.with_suffix(".posted").touch()
        done += 1
    logger.info("{} report(s) posted as {}", done, status)
    return 0


if __name__ == "__main__":
    logger.remove()
    logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))
    if "--check" in sys.argv:
        logger.info("site {} user {} password {}", WP_SITE, WP_USER, os.environ.get("WP_APP_PASSWORD"))
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
