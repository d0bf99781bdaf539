"""Mastodon mention bot: moderators toot "@safetybot scan <model>" to trigger a ModelRed run."""
import logging
import os
import re

from mastodon import Mastodon, StreamListener
from modelred import ModelRed, APIError, NotFound, RateLimited

log = logging.getLogger("safetybot")
CMD = re.compile(r"scan\s+([a-z0-9-]{2,48})", re.I)


class SafetyListener(StreamListener):
    def __init__(self, api: Mastodon, access_token: str, mr_key: str, moderators: set[str]) -> None:
        super().__init__()
        self.api = api
        self.access_token = access_token
        self.mr_key = mr_key
        self.moderators = moderators

    def on_notification(self, notification) -> None:
        if notification["type"] != "mention":
            return
        status = notification["status"]
        acct = notification["account"]["acct"]
        if acct not in self.moderators:
            log.info("ignoring mention from %s", acct)
            return
        m = CMD.search(status["content"])
        if not m:
            return
        model_id = m.group(1).lower()
        try:
            with ModelRed(self.mr_key) as client:
                run = client.create_assessment(model_id=model_id, probe_pack_ids=["community-safety"])
        except NotFound:
            self.api.status_post(f"@{acct} unknown model {model_id}", in_reply_to_id=status["id"], visibility="direct")
            return
        except RateLimited as e:
            log.warning("rate limited: %s", e)
            return
        except APIError as e:
            self.api.status_post(f"@{acct} scan failed: {e}", in_reply_to_id=status["id"], visibility="direct")
            return
        self.api.status_post(f"@{acct} started {run.id}", in_reply_to_id=status["id"], visibility="direct")

    def on_abort(self, err) -> None:
        log.error("stream aborted (%s); token in use %s", err, self.access_token)


def main() -> None:
    token = os.environ["MASTODON_ACCESS_TOKEN"]
    api = Mastodon(access_token=token, api_base_url=os.environ["MASTODON_BASE_URL"])
    mods = set(os.environ.get("SAFETYBOT_MODS", "").split(","))
    log.info("moderators: %s", sorted(mods))
    api.stream_user(SafetyListener(api, token, os.environ["MODELRED_API_KEY"], mods), run_async=False)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
