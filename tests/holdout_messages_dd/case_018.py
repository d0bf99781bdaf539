"""Branch deep links for referral invites, with LLM-written invite text."""
import logging
import os
from dataclasses import dataclass, field

import requests
from openai import OpenAI

log = logging.getLogger("referrals")


@dataclass
class BranchConfig:
    branch_key: str
    branch_secret: str = field(repr=False)
    domain: str = "chatbuddy.app.link"


def load_config() -> BranchConfig:
    cfg = BranchConfig(os.environ["BRANCH_KEY"], os.environ["BRANCH_SECRET"])
    log.info("branch config %r", cfg)
    return cfg


def invite_text(inviter: str) -> str:
    client = OpenAI()
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=50,
                                       messages=[{"role": "user", "content": f"Friendly invite from {inviter}"}])
    log.debug("invite tokens %s", r.usage.completion_tokens)
    return r.choices[0].message.content


def create_link(cfg: BranchConfig, inviter_id: str, inviter_name: str) -> str:
    body = {"branch_key": cfg.branch_key, "channel": "referral", "feature": "invite",
            "data": {"inviter_id": inviter_id, "$og_description": invite_text(inviter_name)}}
    r = requests.post("https://api2.branch.io/v1/url", json=body, timeout=10)
    r.raise_for_status()
    return r.json()["url"]


def delete_link(cfg: BranchConfig, url: str):
    r = requests.delete("https://api2.branch.io/v1/url", params={"url": url},
                        json={"branch_key": cfg.branch_key, "branch_secret": cfg.branch_secret}, timeout=10)
    if r.status_code == 403:
        raise PermissionError(f"branch delete refused; key={cfg.branch_key} secret={cfg.branch_secret}")
    log.info("deleted %s -> %s", url, r.status_code)


def rotate_secret(cfg: BranchConfig, new_secret: str):
    old = cfg.branch_secret
    cfg.branch_secret = new_secret
    log.warning("branch secret rotated from %s to %s", old, new_secret)
    log.info("new secret length %d", len(new_secret))
