"""Summariser service: health checking and Anthropic settings from YAML."""
import logging
from concurrent import futures
from pathlib import Path

import anthropic
import grpc
import yaml
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

import summarise_pb2_grpc

log = logging.getLogger("summariser")
SERVICE_NAME = "summarise.v1.Summariser"
CONFIG_PATH = Path("/etc/summariser/config.yaml")


def load_config(path: Path = CONFIG_PATH) -> dict:
    cfg = yaml.safe_load(path.read_text()) or {}
    key = cfg.get("anthropic_api_key", "")
    if not key:
        raise ValueError(f"anthropic_api_key missing in {path}: got {key!r}")
    if not key.startswith("sk-ant-"):
        raise ValueError(f"anthropic_api_key looks malformed: {key}")
    log.info("config loaded: %s", cfg)
    shown = {k: v for k, v in cfg.items() if not k.endswith("_key")}
    log.info("config (safe view): %s", shown)
    return cfg


class Summariser(summarise_pb2_grpc.SummariserServicer):
    def __init__(self, cfg: dict):
        self.client = anthropic.Anthropic(api_key=cfg["anthropic_api_key"])
        self.model = cfg.get("model", "claude-3-5-haiku-latest")
        log.info("summariser model %s region %s", self.model, cfg.get("region"))

    def Summarise(self, request, context):
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=512,
            messages=[{"role": "user", "content": request.text}],
        )
        log.info("used %d output tokens", msg.usage.output_tokens)
        from summarise_pb2 import SummaryReply
        return SummaryReply(summary=msg.content[0].text)


def serve() -> None:
    cfg = load_config()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    health_servicer = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    summarise_pb2_grpc.add_SummariserServicer_to_server(Summariser(cfg), server)
    health_servicer.set(SERVICE_NAME, health_pb2.HealthCheckResponse.SERVING)
    log.info("health status for %s set to SERVING", SERVICE_NAME)
    server.add_insecure_port("[::]:50052")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    serve()
