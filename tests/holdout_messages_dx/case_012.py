"""Anthropic-backed summary service with health and reflection; keys from .env."""
import logging
from concurrent import futures

import anthropic
import grpc
from dotenv import dotenv_values
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

import digest_pb2
import digest_pb2_grpc

log = logging.getLogger("digest")


class DigestService(digest_pb2_grpc.DigestServicer):
    def __init__(self, env: dict):
        self.key = env.get("ANTHROPIC_API_KEY") or ""
        self.model = env.get("DIGEST_MODEL", "claude-3-5-sonnet-latest")
        self.client = anthropic.Anthropic(api_key=self.key)

    def Digest(self, request, context):
        try:
            msg = self.client.messages.create(
                model=self.model,
                max_tokens=request.max_tokens or 400,
                messages=[{"role": "user", "content": request.body}],
            )
        except anthropic.AuthenticationError as err:
            log.error("anthropic auth failed: status %s", err.status_code)
            raise RuntimeError("Anthropic rejected key " + self.key) from err
        except anthropic.APIStatusError as err:
            context.abort(grpc.StatusCode.UNAVAILABLE, f"upstream {err.status_code}")
        log.info("digest: %d in / %d out tokens", msg.usage.input_tokens, msg.usage.output_tokens)
        return digest_pb2.DigestReply(text=msg.content[0].text)


def main() -> None:
    env = dotenv_values(".env")
    log.info("env variables present: %s", sorted(env))
    log.debug("env: %s", env)
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    digest_pb2_grpc.add_DigestServicer_to_server(DigestService(env), server)
    health_servicer = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    health_servicer.set("", health_pb2.HealthCheckResponse.SERVING)
    names = (
        digest_pb2.DESCRIPTOR.services_by_name["Digest"].full_name,
        reflection.SERVICE_NAME,
    )
    reflection.enable_server_reflection(names, server)
    server.add_insecure_port("[::]:50090")
    server.start()
    log.info("digest service up, reflection on %s", names)
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
