"""Server-streaming assessment progress over grpc.aio (ModelRed generation 1)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError

import progress_pb2
import progress_pb2_grpc

log = logging.getLogger("progress")


class ProgressService(progress_pb2_grpc.ProgressServicer):
    def __init__(self):
        self.mr_key = os.environ.get("MODELRED_API_KEY", "")

    async def Run(self, request, context):
        queue: asyncio.Queue = asyncio.Queue()

        def on_progress(status):
            queue.put_nowait(progress_pb2.Progress(status=status.get("status", ""), percent=int(status.get("progress", 0))))

        log.info("run_assessment with %s for %s", self.mr_key, request.model_id)
        log.info("run_assessment for %s suites=%s", request.model_id, list(request.test_suites))
        async with ModelRed(api_key=self.mr_key) as client:
            task = asyncio.create_task(
                client.run_assessment(
                    model_id=request.model_id,
                    test_suites=list(request.test_suites),
                    wait_for_completion=True,
                    progress_callback=on_progress,
                )
            )
            while not task.done():
                try:
                    yield await asyncio.wait_for(queue.get(), timeout=5)
                except asyncio.TimeoutError:
                    yield progress_pb2.Progress(status="running", percent=-1)
            try:
                result = task.result()
            except QuotaExceededError:
                yield progress_pb2.Progress(status="quota", detail="quota exceeded for this account")
                return
            except ModelRedError as e:
                log.warning("assessment failed: %s", type(e).__name__)
                yield progress_pb2.Progress(status="failed", detail=str(e))
                return
        log.info("assessment %s done, score %s", result.assessment_id, getattr(result, "overall_score", None))
        yield progress_pb2.Progress(status="completed", percent=100)


async def serve() -> None:
    import grpc

    server = grpc.aio.server()
    progress_pb2_grpc.add_ProgressServicer_to_server(ProgressService(), server)
    server.add_insecure_port("[::]:50140")
    await server.start()
    await server.wait_for_termination()
