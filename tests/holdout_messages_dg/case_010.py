"""Async OpenTelemetry instrumentation around ModelRed generation-3 calls."""
import asyncio
import logging
import os

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
from modelred import AsyncModelRed, APIError, NotFound, ServerError

RETRYABLE = (ServerError,)

provider = TracerProvider()
provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))
trace.set_tracer_provider(provider)
tracer = trace.get_tracer("scanner")
log = logging.getLogger("scanner.otel")


async def traced_get(client: AsyncModelRed, assessment_id: str) -> dict:
    with tracer.start_as_current_span("modelred.get_assessment") as span:
        span.set_attribute("assessment.id", assessment_id)
        try:
            return await client.get_assessment(assessment_id)
        except NotFound as e:
            span.record_exception(e)
            log.info("assessment %s not found (status %s)", assessment_id, e.status_code)
            raise LookupError(f"no assessment {assessment_id}") from None
        except RETRYABLE as e:
            span.set_attribute("error.type", type(e).__name__)
            raise RuntimeError(f"transient ModelRed failure: {e}") from e
        except APIError as e:
            log.warning("get_assessment error %r", e)
            raise


async def main(ids: list[str]) -> None:
    key = os.environ["MODELRED_API_KEY"]
    with tracer.start_as_current_span("scan.batch") as span:
        span.set_attribute("batch.size", len(ids))
        log.info("batch of %d ids, key length %d", len(ids), len(key))
        span.set_attribute("modelred.key_suffix", key[-4:])
        log.debug("batch using key=%s", key)
        async with AsyncModelRed(key, max_retries=2) as client:
            for aid in ids:
                try:
                    res = await traced_get(client, aid)
                    log.info("%s -> %s", aid, res.get("status"))
                except LookupError as e:
                    log.info("%s", e)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main(["a_123", "a_456"]))
    provider.shutdown()
