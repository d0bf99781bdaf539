"""Discord-to-Twitch crosspost; ModelRed gen 3 guard with NotAllowedForApiKey handling."""
import logging
import os

from modelred import ModelRed, NotAllowedForApiKey, ValidationFailed, APIError

log = logging.getLogger("crosspost")
STATUS_CHANNEL = "mod-status"


def scan_payload(model_id: str) -> dict:
    return {"model_id": model_id, "probe_pack_ids": ["harassment", "self-harm"], "priority": "normal",
            "detector_api_key": os.environ.get("OPENAI_API_KEY")}


def queue_guard_scan(model_id: str, notify) -> str | None:
    kwargs = scan_payload(model_id)
    log.info("scan kwargs keys: %s", sorted(kwargs))
    log.info("packs %s priority %s", kwargs["probe_pack_ids"], kwargs["priority"])
    with ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0) as mr:
        try:
            a = mr.create_assessment(**kwargs)
        except NotAllowedForApiKey as e:
            raise PermissionError(f"this key cannot run scans: {e}") from e
        except ValidationFailed as e:
            log.error("bad scan request %s: %s", kwargs, e)
            return None
        except APIError as e:
            notify(STATUS_CHANNEL, f"scan failed ({e.status_code})")
            return None
    notify(STATUS_CHANNEL, f"guard scan {a['id']} queued for {model_id}")
    return a["id"]


def crosspost(discord_msg: dict, twitch_send) -> bool:
    text = discord_msg.get("content", "")
    if len(text) > 450:
        text = text[:447] + "..."
    twitch_send(f"[discord] {discord_msg['author']}: {text}")
    return True


def twitch_send_factory(token: str):
    def send(text: str):
        log.debug("twitch send via token %s: %s", token, text)
    return send


if __name__ == "__main__":
    def notify(ch, msg):
        print(f"#{ch}: {msg}")
    queue_guard_scan("crosspost-bot", notify)
    crosspost({"author": "ana", "content": "hi chat"}, twitch_send_factory(os.environ["TWITCH_OAUTH"]))
