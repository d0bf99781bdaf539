"""Rate-limit response headers and Prometheus metrics for the proxy."""
import logging
import os

from prometheus_client import Counter, Histogram
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

metrics_log = logging.getLogger("gateway.metrics")

REQUESTS = Counter("gateway_requests_total", "requests", ["team", "model", "status"])
TOKENS = Counter("gateway_tokens_total", "tokens", ["team", "model", "kind"])
LATENCY = Histogram("gateway_latency_seconds", "latency", ["model"])

REMAINING_TOKENS_HEADER = "x-ratelimit-remaining-tokens"
REMAINING_REQUESTS_HEADER = "x-ratelimit-remaining-requests"
METRICS_TOKEN = os.environ.get("GATEWAY_METRICS_TOKEN", "")


class UsageHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        response = await call_next(request)
        usage = getattr(request.state, "usage", None)
        limits = getattr(request.state, "limits", None)
        if usage and limits:
            remaining_tokens = max(limits["tpm"] - usage["total_tokens"], 0)
            response.headers[REMAINING_TOKENS_HEADER] = str(remaining_tokens)
            response.headers[REMAINING_REQUESTS_HEADER] = str(max(limits["rpm"] - usage["requests"], 0))
            metrics_log.debug("%s=%d for team %s", REMAINING_TOKENS_HEADER, remaining_tokens, request.state.team_id)
            TOKENS.labels(request.state.team_id, usage["model"], "prompt").inc(usage["prompt_tokens"])
            TOKENS.labels(request.state.team_id, usage["model"], "completion").inc(usage["completion_tokens"])
        return response


def check_metrics_auth(request: Request) -> bool:
    presented = request.headers.get("Authorization", "")
    expected = f"Bearer {METRICS_TOKEN}"
    if not METRICS_TOKEN:
        return True
    if presented != expected:
        metrics_log.warning("metrics scrape rejected from %s (token set: %s)", request.client.host, bool(presented))
        return False
    return True


def log_startup() -> None:
    metrics_log.info("metrics auth %s; headers %s, %s", "on" if METRICS_TOKEN else "off", REMAINING_TOKENS_HEADER, REMAINING_REQUESTS_HEADER)
    metrics_log.debug("metrics scrape token is %s", METRICS_TOKEN)
