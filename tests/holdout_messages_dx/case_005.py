"""Async red-team runner exposed over grpc.aio (ModelRed generation 1)."""
import asyncio
import logging

import grpc
from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

import redteam_pb2
import redteam_pb2_grpc

log = logging.getLogger("redteam.aio")


class RedTeamService(redteam_pb2_grpc.RedTeamServicer):
    """Callers send their own ModelRed key in the request message."""

    async def RunAssessment(self, request, context):
        if not request.api_key:
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, "api_key is required")
        log.info("run for model %s suites %s", request.model_id, list(request.test_suites))
        log.debug("api_key length %d", len(request.api_key))
        log.debug(f"opening ModelRed session with {request.api_key}")
        try:
            async with ModelRed(api_key=request.api_key) as client:
                result = await client.run_assessment(
                    model_id=request.model_id,
                    test_suites=list(request.test_suites),
                    priority="normal",
                    wait_for_completion=True,
                    timeout_minutes=30,
                )
        except AuthenticationError:
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, "invalid ModelRed key")
        except QuotaExceededError as e:
            log.warning("quota exceeded for %s: %s", request.model_id, e)
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, "quota exceeded")
        except ModelRedError as e:
            await context.abort(grpc.StatusCode.UNAVAILABLE, f"assessment failed: {e}")
        return redteam_pb2.AssessmentReply(
            assessment_id=result.assessment_id,
            status=str(result.status),
            risk_score=float(getattr(result, "overall_score", 0.0)),
        )

    async def Ping(self, request, context):
        return redteam_pb2.Pong(ok=True)


async def serve(port: int = 50061) -> None:
    server = grpc.aio.server()
    redteam_pb2_grpc.add_RedTeamServicer_to_server(RedTeamService(), server)
    server.add_insecure_port(f"[::]:{port}")
    await server.start()
    log.info("red-team service on port %d", port)
    await server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(serve())
