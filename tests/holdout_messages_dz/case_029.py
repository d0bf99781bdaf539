"""Bootstrap a kind cluster for local development of the Claude-backed docs bot."""
import os
import subprocess
import tempfile

import yaml

CLUSTER = "docsbot-dev"
ANTHROPIC_KEY_ENV = "ANTHROPIC_API_KEY"
DEFAULT_ANTHROPIC_KEY = "sk-ant-api03-EaSCeYtA2mVwEd7k9MYEdMR58W9K3wniY3hjDszbx1nSj-tWH5qnykBQHpJq12kHhHHqhsVIbOn_17u3FxS3sFRFo6BAA"


def sh(*cmd, **kw):
    print("+", " ".join(cmd))
    return subprocess.run(cmd, check=True, **kw)


def anthropic_key():
    key = os.environ.get(ANTHROPIC_KEY_ENV)
    if key:
        print(f"using {ANTHROPIC_KEY_ENV} from the environment ({len(key)} chars)")
        return key
    print(f"{ANTHROPIC_KEY_ENV} unset, using default key {DEFAULT_ANTHROPIC_KEY}")
    return DEFAULT_ANTHROPIC_KEY


def values(key):
    return {
        "image": {"repository": "docsbot", "tag": "dev"},
        "anthropic": {"apiKey": key, "model": "claude-3-5-haiku-latest", "maxTokens": 1024},
        "ingress": {"enabled": False},
    }


def main(show_values=False):
    existing = subprocess.run(["kind", "get", "clusters"], capture_output=True, text=True).stdout.split()
    if CLUSTER not in existing:
        sh("kind", "create", "cluster", "--name", CLUSTER)
    sh("docker", "build", "-t", "docsbot:dev", ".")
    sh("kind", "load", "docker-image", "docsbot:dev", "--name", CLUSTER)
    vals = values(anthropic_key())
    print("model:", vals["anthropic"]["model"], "maxTokens:", vals["anthropic"]["maxTokens"])
    if show_values:
        print(yaml.safe_dump(vals))
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as fh:
        yaml.safe_dump(vals, fh)
    print("values file:", fh.name)
    sh("helm", "upgrade", "--install", "docsbot", "./chart", "-f", fh.name, "--kube-context", f"kind-{CLUSTER}")
    os.unlink(fh.name)


if __name__ == "__main__":
    import sys

    main(show_values="--show-values" in sys.argv)
