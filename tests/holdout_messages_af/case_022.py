"""Shared setup for the Modal jobs: secrets, volumes and a sanity check."""
import os
import warnings

import modal

REQUIRED = ("OPENAI_API_KEY", "MODELRED_API_KEY", "HF_TOKEN")
volume = modal.Volume.from_name("checkpoints", create_if_missing=True)


def secret_bundle(env_name: str = "prod") -> list[modal.Secret]:
    names = [f"openai-{env_name}", f"modelred-{env_name}", f"huggingface-{env_name}"]
    return [modal.Secret.from_name(n) for n in names]


def check_env() -> dict:
    """Run inside a container: verify the secrets arrived."""
    missing = [name for name in REQUIRED if not os.environ.get(name)]
    if missing:
        raise RuntimeError(f"secrets missing in container: {', '.join(missing)}")
    mr_key = os.environ["MODELRED_API_KEY"]
    if not mr_key.startswith("mr_") or len(mr_key) < 12:
        raise ValueError(f"MODELRED_API_KEY looks wrong: {mr_key!r}")
    hf = os.environ["HF_TOKEN"]
    if not hf.startswith("hf_"):
        warnings.warn(f"HF_TOKEN does not start with hf_: {hf}")
    summary = {name: f"...{os.environ[name][-4:]}" for name in REQUIRED}
    print(f"secrets ok: {summary}")
    return summary


def gpu_budget(hours: float, gpu: str = "H100") -> float:
    rates = {"H100": 3.95, "A100-80GB": 2.50, "A10G": 1.10, "T4": 0.59}
    cost = hours * rates.get(gpu, 4.0)
    if cost > 200:
        warnings.warn(f"job on {gpu} for {hours}h would cost about ${cost:.0f}")
    return cost


def describe_secrets(env_name: str = "prod") -> None:
    for s in secret_bundle(env_name):
        print(f"attached secret object {s.object_id if hasattr(s, 'object_id') else s}")
    print(f"volume {volume}")
