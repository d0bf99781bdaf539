"""Velociraptor API: schedule a hunt from an LLM-drafted VQL artifact."""
import json
import logging
import sys

import grpc
import yaml
from pyvelociraptor import api_pb2, api_pb2_grpc

log = logging.getLogger("velo")


def load_api_config(path):
    with open(path) as fh:
        cfg = yaml.safe_load(fh)
    log.info("api config for %s, server %s", cfg.get("name"), cfg["api_connection_string"])
    return cfg


def channel(cfg):
    creds = grpc.ssl_channel_credentials(
        root_certificates=cfg["ca_certificate"].encode("utf8"),
        private_key=cfg["client_private_key"].encode("utf8"),
        certificate_chain=cfg["client_cert"].encode("utf8"))
    opts = (("grpc.ssl_target_name_override", "VelociraptorServer"),)
    log.debug("client cert: %s", cfg["client_cert"][:64])
    return grpc.secure_channel(cfg["api_connection_string"], creds, opts)


def run_vql(cfg, vql, env=None):
    with channel(cfg) as ch:
        stub = api_pb2_grpc.APIStub(ch)
        req = api_pb2.VQLCollectorArgs(max_wait=1, Query=[api_pb2.VQLRequest(Name="llm-hunt", VQL=vql)])
        rows = []
        try:
            for resp in stub.Query(req):
                if resp.Response:
                    rows.extend(json.loads(resp.Response))
                if resp.log:
                    log.info("server: %s", resp.log)
        except grpc.RpcError as e:
            log.error("VQL failed (%s) using config %s", e.code(), cfg)
            raise
        return rows


def main(config_path, artifact):
    cfg = load_api_config(config_path)
    if "BEGIN" not in cfg.get("client_private_key", ""):
        print(f"config {config_path} has no usable client_private_key: {cfg.get('client_private_key')}", file=sys.stderr)
        return 2
    vql = f"SELECT hunt(artifacts='{artifact}', description='llm drafted') FROM scope()"
    print(json.dumps(run_vql(cfg, vql), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
