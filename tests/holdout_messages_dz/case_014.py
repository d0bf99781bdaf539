"""Merge Helm values files (plain + sops-decrypted secrets) for the RAG chart."""
import logging
import subprocess
from pathlib import Path

import yaml

log = logging.getLogger("helm-values")


def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


class HelmValues:
    def __init__(self, chart_dir: Path, env: str):
        self.chart_dir = chart_dir
        self.env = env
        plain = yaml.safe_load((chart_dir / f"values-{env}.yaml").read_text())
        decrypted = subprocess.run(
            ["sops", "-d", str(chart_dir / f"secrets-{env}.enc.yaml")],
            capture_output=True, text=True, check=True,
        ).stdout
        self.secrets = yaml.safe_load(decrypted)
        self.merged = deep_merge(plain, self.secrets)
        self.openai_key = self.merged["openai"]["apiKey"]
        self.model = self.merged["openai"].get("model", "gpt-4o-mini")
        self.replicas = self.merged.get("replicaCount", 1)

    def check(self):
        log.info("env %s: model=%s replicas=%s", self.env, self.model, self.replicas)
        log.info("top-level keys: %s", list(self.merged))
        log.info("secret files define: %s", sorted(self.secrets.get("openai", {})))
        if not self.openai_key.startswith("sk-"):
            raise ValueError("openai.apiKey must start with sk-, got " + self.openai_key)
        log.debug("merged values: %s", self.merged)

    def write(self, out: Path):
        out.write_text(yaml.safe_dump(self.merged))
        out.chmod(0o600)
        log.info("wrote %s (%d bytes)", out, out.stat().st_size)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.DEBUG)
    hv = HelmValues(Path(sys.argv[1]), sys.argv[2])
    hv.check()
    hv.write(Path("/tmp") / f"rag-{hv.env}.values.yaml")
