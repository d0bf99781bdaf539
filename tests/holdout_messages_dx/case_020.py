"""Per-caller ModelRed access over gRPC: the key comes in x-modelred-key metadata (generation 3)."""
import hashlib
import logging

import grpc
from modelred import ModelRed, NotAllowedForApiKey, RateLimited, ServerError, Unauthorized

import probes_pb2
import probes_pb2_grpc

log = logging.getLogger("probes.svc")
KEY_HEADER = "x-modelred-key"


def caller_key(context) -> str:
    md = dict(context.invocation_metadata())
    key = md.get(KEY_HEADER, "")
    if not key.startswith("mr_") or len(key) < 12:
        raise ValueError(f"malformed ModelRed key {key!r}")
    return key


def fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:10]


class ProbeService(probes_pb2_grpc.ProbeServiceServicer):
    def ListOwnedProbes(self, request, context):
        try:
            key = caller_key(context)
        except ValueError:
            log.info("bad %s header from %s", KEY_HEADER, context.peer())
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "malformed x-modelred-key")
        log.info("caller key fingerprint %s", fingerprint(key))
        try:
            with ModelRed(key, timeout=15.0) as client:
                probes = client.list_owned_probes(page=request.page or 1)
        except Unauthorized:
            log.warning("ModelRed rejected key %s", key)
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "key rejected by ModelRed")
        except NotAllowedForApiKey as e:
            context.abort(grpc.StatusCode.PERMISSION_DENIED, str(e))
        except (RateLimited, ServerError) as e:
            context.abort(grpc.StatusCode.UNAVAILABLE, type(e).__name__)
        items = probes.get("data", [])
        return probes_pb2.ProbeList(
            ids=[p["id"] for p in items],
            total=probes.get("total", len(items)),
        )

    def GetProbePack(self, request, context):
        key = caller_key(context)
        with ModelRed(key) as client:
            pack = client.get_probe_pack(request.pack_id)
        log.debug("pack %s has %d probes", request.pack_id, len(pack.get("probes", [])))
        return probes_pb2.ProbePack(id=pack["id"], name=pack.get("name", ""))
