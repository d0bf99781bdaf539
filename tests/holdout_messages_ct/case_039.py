"""Hook-based wrapper around generation-3 ModelRed with before/after callbacks."""
import logging
import os
import sys

from modelred import ModelRed, ModelRedError, Forbidden

log = logging.getLogger("mrhooks")


class HookedClient:
    def __init__(self, api_key, before=None, after=None):
        self._api_key = api_key
        self._client = ModelRed(api_key, extra_headers={"X-Client": "mrhooks/1.2"})
        self.before = before or []
        self.after = after or []

    def call(self, method, **kwargs):
        for hook in self.before:
            hook(method, kwargs)
        result = getattr(self._client, method)(**kwargs)
        for hook in self.after:
            hook(method, result)
        return result


def trace_before(method, kwargs):
    log.debug("-> %s %s", method, sorted(kwargs))


def trace_after(method, result):
    log.debug("<- %s %s", method, type(result).__name__)


def build():
    key = os.environ.get("MODELRED_API_KEY", "")
    client = HookedClient(key, before=[trace_before], after=[trace_after])
    log.info("client %s built with %s", client._client, client._api_key)
    return client


def main(argv):
    client = build()
    try:
        packs = client.call("list_owned_probes", limit=50)
        job = client.call("create_assessment_by_id", model_id=argv[1], probe_pack_ids=[p["id"] for p in packs][:3])
    except Forbidden as exc:
        print("forbidden:", getattr(exc, "status_code", 403), file=sys.stderr)
        return 3
    except ModelRedError as exc:
        print(f"modelred error: {type(exc).__name__}", file=sys.stderr)
        return 1
    print(job["id"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
