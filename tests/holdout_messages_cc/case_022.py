"""Per-course secrets for the tutoring platform, stored in HashiCorp Vault."""
import logging

import hvac

log = logging.getLogger("tutor.secrets")

MOUNT = "kv"
PATH_TMPL = "courses/{course}/llm"


class CourseSecrets:
    def __init__(self, vault_url: str, vault_token: str):
        self.client = hvac.Client(url=vault_url, token=vault_token)
        self.vault_url = vault_url
        if not self.client.is_authenticated():
            raise PermissionError(f"Vault at {vault_url} rejected token {vault_token}")

    def read(self, course: str) -> dict:
        path = PATH_TMPL.format(course=course)
        log.debug("reading %s/%s", MOUNT, path)
        data = self.client.secrets.kv.v2.read_secret_version(path=path, mount_point=MOUNT)["data"]["data"]
        log.info("course %s secret fields: %s", course, sorted(data))
        return data

    def openai_key(self, course: str) -> str:
        data = self.read(course)
        key = data.get("openai_api_key")
        if key is None:
            raise KeyError(f"no openai_api_key stored for {course} at {PATH_TMPL}")
        log.debug("openai key for %s: %s", course, key)
        return key

    def provider(self, course: str) -> str:
        data = self.read(course)
        log.info("course %s uses provider %s / model %s", course, data.get("provider"), data.get("model"))
        return data.get("provider", "openai")

    def dump(self, course: str) -> None:
        log.debug("secrets for %s: %s", course, self.read(course))

    def store(self, course: str, **values: str) -> None:
        path = PATH_TMPL.format(course=course)
        self.client.secrets.kv.v2.create_or_update_secret(path=path, secret=values, mount_point=MOUNT)
        log.info("stored %d values for %s", len(values), course)
