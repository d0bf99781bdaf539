"""gRPC billing service: usage-based invoices for LLM API resellers."""
import logging
import os
from concurrent import futures

import grpc

from billing_pb2 import InvoiceReply, UsageReply
import billing_pb2_grpc

log = logging.getLogger("reseller.billing")

PRICE_PER_1K_TOKENS = {"gpt-4o": 0.005, "gpt-4o-mini": 0.00015, "claude-3-5-sonnet": 0.003}
ADMIN_TOKEN = os.environ["BILLING_ADMIN_TOKEN"]


class Billing(billing_pb2_grpc.BillingServicer):
    def __init__(self, store):
        self.store = store

    def _authorise(self, context) -> str:
        md = dict(context.invocation_metadata())
        presented_token = md.get("x-admin-token", "")
        if presented_token != ADMIN_TOKEN:
            log.warning("rejected admin token %r from %s", presented_token, context.peer())
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "bad admin token")
        return md.get("x-tenant", "default")

    def Usage(self, request, context):
        tenant = self._authorise(context)
        rows = self.store.usage(tenant, request.month)
        total_tokens = sum(r.prompt_tokens + r.completion_tokens for r in rows)
        log.info("usage %s %s: %d tokens", tenant, request.month, total_tokens)
        return UsageReply(total_tokens=total_tokens)

    def Invoice(self, request, context):
        tenant = self._authorise(context)
        rows = self.store.usage(tenant, request.month)
        amount = 0.0
        for r in rows:
            price = PRICE_PER_1K_TOKENS.get(r.model)
            if price is None:
                context.abort(grpc.StatusCode.FAILED_PRECONDITION, f"no price for model {r.model}")
            amount += (r.prompt_tokens + r.completion_tokens) / 1000 * price
        reseller_key = self.store.upstream_key(tenant)
        log.info("invoice %s %s amount=%.2f upstream key tail=%s", tenant, request.month, amount, reseller_key[-4:])
        return InvoiceReply(tenant=tenant, amount=round(amount, 2))


def serve() -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    billing_pb2_grpc.add_BillingServicer_to_server(Billing(store=None), server)
    server.add_insecure_port("[::]:50051")
    if not ADMIN_TOKEN.strip():
        raise RuntimeError("BILLING_ADMIN_TOKEN is blank")
    server.start()
    server.wait_for_termination()
