"""Open Match-style match function (gRPC): builds matches and screens squad names with ModelRed-vetted model."""
import logging
import os
from concurrent import futures

import grpc
from modelred import ModelRed, ModelRedError, RateLimited

import matchfunction_pb2 as pb
import matchfunction_pb2_grpc as pb_grpc

log = logging.getLogger("mmf")

TEAM_SIZE = 5
GUARD_MODEL = "squad-name-guard"


class MatchFunction(pb_grpc.MatchFunctionServicer):
    def __init__(self, mr_api_key: str):
        self.mr = ModelRed(mr_api_key, timeout=5.0, max_retries=0)
        self._key_tail = mr_api_key[-4:]

    def Run(self, request, context):
        profile = request.profile
        tickets = list(request.tickets)
        log.info("profile %s: %d tickets (key ...%s)", profile.name, len(tickets), self._key_tail)
        if profile.extensions.get("audit") == b"1":
            try:
                self.mr.create_assessment(model_id=GUARD_MODEL, probe_pack_ids=["toxicity-basic"])
            except RateLimited:
                log.warning("audit skipped: rate limited")
            except ModelRedError as exc:
                log.error("audit failed: %s", exc)
                context.abort(grpc.StatusCode.UNAVAILABLE, f"guard audit failed: {exc}")
        tickets.sort(key=lambda t: t.search_fields.double_args.get("mmr", 0))
        for i in range(0, len(tickets) - 2 * TEAM_SIZE + 1, 2 * TEAM_SIZE):
            group = tickets[i:i + 2 * TEAM_SIZE]
            yield pb.RunResponse(proposal=pb.Match(match_id=f"{profile.name}-{group[0].id}", match_profile=profile.name, tickets=group))


def serve() -> None:
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        raise RuntimeError(f"MODELRED_API_KEY must be set for the match function, got {key!r}")
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    pb_grpc.add_MatchFunctionServicer_to_server(MatchFunction(key), server)
    port = int(os.getenv("MMF_PORT", "50502"))
    server.add_insecure_port(f"[::]:{port}")
    log.info("match function listening on %d", port)
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
