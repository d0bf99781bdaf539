"""Quart websocket endpoint streaming assessment progress (generation 1 ModelRed)."""
import asyncio
import logging

from quart import Quart, websocket
from modelred import AssessmentError, ModelRed, ModelRedError, NetworkError

app = Quart(__name__)
log = logging.getLogger("progress")

TRANSIENT = (NetworkError,)


@app.websocket("/ws/assessments/<model_id>")
async def progress(model_id: str):
    queue: asyncio.Queue = asyncio.Queue()

    def on_progress(status):
        queue.put_nowait({"progress": status.get("progress"), "state": status.get("status")})

    async with ModelRed() as client:
        task = asyncio.create_task(client.run_assessment(
            model_id=model_id, test_suites=["basic_security"], wait_for_completion=True,
            progress_callback=on_progress,
        ))
        while not task.done():
            try:
                update = await asyncio.wait_for(queue.get(), timeout=5)
                await websocket.send_json(update)
            except asyncio.TimeoutError:
                await websocket.send_json({"heartbeat": True})
        try:
            result = task.result()
        except TRANSIENT as e:
            log.warning("network trouble for %s: %s", model_id, e)
            await websocket.send_json({"error": "network problem, reconnect"})
            return
        except AssessmentError as e:
            await websocket.send_json({"error": f"assessment failed: {e}"})
            return
        except ModelRedError as e:
            await websocket.send_json({"error": "failed", "type": type(e).__name__})
            return
    await websocket.send_json({"done": True, "score": result.get("overall_score")})
