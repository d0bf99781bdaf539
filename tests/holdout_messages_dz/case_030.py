"""Local runner for the summariser operator: loads .env, records Kubernetes Events."""
import datetime
import logging

from dotenv import dotenv_values
from kubernetes import client, config

log = logging.getLogger("local-runner")


def load_env(path=".env"):
    env = dotenv_values(path)
    log.info("loaded %d variables from %s: %s", len(env), path, ", ".join(env))
    return env


def record_event(core, obj_ref, reason, message, type_="Normal"):
    now = datetime.datetime.now(datetime.timezone.utc)
    event = client.CoreV1Event(
        metadata=client.V1ObjectMeta(generate_name=f"{obj_ref.name}."),
        involved_object=obj_ref,
        reason=reason,
        message=message,
        type=type_,
        first_timestamp=now,
        last_timestamp=now,
        source=client.V1EventSource(component="summariser-operator"),
    )
    core.create_namespaced_event(obj_ref.namespace, event)
    log.info("event %s/%s: %s", reason, type_, message)


def main():
    env = load_env()
    config.load_kube_config(context=env.get("KUBE_CONTEXT"))
    core = client.CoreV1Api()
    openai_key = env.get("OPENAI_API_KEY", "")
    log.debug(f"env from .env: OPENAI_API_KEY={env['OPENAI_API_KEY']}")
    log.debug("openai org %s, project %s", env.get("OPENAI_ORG_ID"), env.get("OPENAI_PROJECT"))
    ref = client.V1ObjectReference(
        api_version="v1", kind="ConfigMap", name="summariser", namespace=env.get("NAMESPACE", "default")
    )
    record_event(core, ref, "KeyLoaded", f"OpenAI key ending {openai_key[-4:]} loaded")
    if not openai_key.startswith("sk-"):
        log.error("OPENAI_API_KEY in .env is malformed: %r", openai_key)
    return env


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
