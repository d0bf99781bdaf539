from __future__ import annotations

import logging
import os

import attrs

log = logging.getLogger("accounts")


@attrs.define
class AnthropicAccount:
    org: str
    api_key: str = attrs.field(repr=False)
    workspace: str = "default"


@attrs.define
class LegacyAccount:
    """Old accounts kept a bearer token for the v1 proxy."""
    org: str
    token: str
    proxy_url: str = "https://llm-proxy.internal/v1"


def _no_secrets(attribute: attrs.Attribute, value) -> bool:
    return attribute.name not in {"api_key", "token"}


class AccountBook:
    def __init__(self) -> None:
        self.current = AnthropicAccount(org=os.environ.get("ANTHROPIC_ORG", "acme"),
                                        api_key=os.environ["ANTHROPIC_API_KEY"])
        self.legacy = LegacyAccount(org="acme", token=os.environ["LLM_PROXY_TOKEN"])

    def audit(self) -> None:
        log.info("current account: %r", self.current)
        log.info("legacy account: %r", self.legacy)
        log.info("legacy (filtered): %s", attrs.asdict(self.legacy, filter=_no_secrets))
        log.info("legacy (full): %s", attrs.asdict(self.legacy))
        log.info("workspace=%s proxy=%s", self.current.workspace, self.legacy.proxy_url)

    def rotate_legacy(self, new_token: str) -> None:
        if not new_token:
            log.warning("empty token given (%r), keeping the old one", new_token)
            return
        self.legacy = attrs.evolve(self.legacy, token=new_token)
        log.info("legacy token rotated for org %s", self.legacy.org)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    book = AccountBook()
    book.audit()
    book.rotate_legacy(os.environ.get("NEW_LLM_PROXY_TOKEN", ""))
    print(attrs.fields(LegacyAccount).token.name)
