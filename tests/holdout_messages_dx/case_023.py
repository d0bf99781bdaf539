"""Admin gRPC endpoint registering Anthropic models with ModelRed (generation 1)."""
import asyncio
import logging

from modelred import ModelRed, ModelRedError, ValidationError

import admin_pb2
import admin_pb2_grpc

log = logging.getLogger("admin")


def _check_request(request) -> None:
    if not request.model_id:
        raise ValueError("model_id is required")
    if not request.anthropic_key.startswith("sk-ant-"):
        raise ValueError("anthropic key must start with sk-ant-, got " + request.anthropic_key)
    if request.max_tokens and request.max_tokens > 8192:
        raise ValueError(f"max_tokens {request.max_tokens} exceeds 8192")


async def _register(request):
    async with ModelRed() as client:
        return await client.register_anthropic_model(
            model_id=request.model_id,
            api_key=request.anthropic_key,
            model_name=request.model_name or "claude-3-5-sonnet-latest",
            max_tokens=request.max_tokens or 1024,
        )


class AdminServicer(admin_pb2_grpc.AdminServicer):
    def RegisterAnthropic(self, request, context):
        log.info("register %s key=%s", request.model_id, request.anthropic_key)
        log.info("register %s has_key=%s", request.model_id, bool(request.anthropic_key))
        try:
            _check_request(request)
        except ValueError:
            return admin_pb2.RegisterReply(ok=False, message="invalid request")
        try:
            asyncio.run(_register(request))
        except ValidationError as e:
            return admin_pb2.RegisterReply(ok=False, message=f"validation failed: {e}")
        except ModelRedError as e:
            log.error("ModelRed registration failed: %r", e)
            return admin_pb2.RegisterReply(ok=False, message="registration failed")
        return admin_pb2.RegisterReply(ok=True, message=f"registered {request.model_id}")


def add(server) -> None:
    admin_pb2_grpc.add_AdminServicer_to_server(AdminServicer(), server)
    log.info("admin servicer attached")


if __name__ == "__main__":
    from concurrent import futures

    import grpc

    srv = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    add(srv)
    srv.add_insecure_port("127.0.0.1:50100")
    srv.start()
    srv.wait_for_termination()
