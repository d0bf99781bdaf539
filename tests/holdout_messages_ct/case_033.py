"""Generation-2 client factory with per-environment configuration and a registry."""
import logging
import os

import modelred as mr

log = logging.getLogger("mrfactory")

ENVIRONMENTS = {
    "prod": {"key_env": "MODELRED_API_KEY", "priority": "high"},
    "staging": {"key_env": "MODELRED_STAGING_KEY", "priority": "normal"},
}
_clients = {}


def client_for(env_name):
    if env_name in _clients:
        return _clients[env_name]
    spec = ENVIRONMENTS[env_name]
    api_key = os.environ.get(spec["key_env"])
    log.info("building client for %s from %s", env_name, spec["key_env"])
    if api_key is None:
        raise LookupError(f"{spec['key_env']} not set for {env_name}")
    if not api_key.startswith("mr_"):
        raise ValueError(f"{env_name}: {spec['key_env']}={api_key} is not a ModelRed key")
    _clients[env_name] = mr.ModelRedClient(api_key=api_key)
    return _clients[env_name]


def assess(env_name, model, test_types):
    spec = ENVIRONMENTS[env_name]
    client = client_for(env_name)
    try:
        job = client.create_assessment(model=model, test_types=test_types, priority=spec["priority"])
    except mr.RateLimitError as exc:
        log.warning("rate limited in %s: %s", env_name, exc)
        return None
    except mr.ModelRedError as exc:
        return f"{env_name}: assessment failed ({exc})"
    log.info("%s: assessment %s for %s", env_name, job.get("id"), model)
    return job


def list_probes(env_name):
    probes = client_for(env_name).list_probes()
    log.debug("%s key variable is %s", env_name, ENVIRONMENTS[env_name]["key_env"])
    log.info("%d probes in %s", len(probes), env_name)
    return [p["id"] for p in probes]


if __name__ == "__main__":
    import sys

    env_name = sys.argv[1] if len(sys.argv) > 1 else "staging"
    print(list_probes(env_name))
    print(assess(env_name, sys.argv[2], ["jailbreak"]))
