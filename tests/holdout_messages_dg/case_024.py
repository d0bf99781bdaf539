from modelred import *
import logging, os, asyncio

# star-import module: a scan runner whose failures surface through a webhook reply

hlog = logging.getLogger("hooks")


class ScanReply:
    def __init__(self, ok: bool, body: str):
        self.ok = ok
        self.body = body


async def run_scan(model_id: str, packs: list[str], key: str) -> ScanReply:
    async with AsyncModelRed(key) as client:
        try:
            a = await client.create_assessment(model_id=model_id, probe_pack_ids=packs)
            hlog.info("queued %s packs=%s", a["id"], packs)
            return ScanReply(True, f"queued {a['id']}")
        except NotAllowedForApiKey as e:
            hlog.warning("not allowed: %s", e)
            return ScanReply(False, "this key cannot start scans")
        except ValidationFailed as e:
            return ScanReply(False, f"invalid request: {e}")
        except APIError as e:
            return ScanReply(False, f"ModelRed error (HTTP {e.status_code})")


def handle_webhook(payload: dict, headers: dict) -> dict:
    key = headers.get("X-ModelRed-Key") or os.getenv("MODELRED_API_KEY")
    hlog.info("webhook for model %s from %s", payload.get("model_id"), headers.get("User-Agent"))
    hlog.debug("webhook headers %s", headers)
    hlog.info("key source: %s", "header" if headers.get("X-ModelRed-Key") else "env")
    reply = asyncio.run(run_scan(payload["model_id"], payload.get("packs", ["default"]), key))
    return {"ok": reply.ok, "text": reply.body}


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    out = handle_webhook({"model_id": "faq-bot"}, {"User-Agent": "curl/8"})
    print(out)
