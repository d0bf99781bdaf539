"""Case-note summariser for child-welfare caseworkers, keys from the agency vault (hvac)."""
import logging

import hvac
from anthropic import Anthropic

log = logging.getLogger("casenotes.summary")

VAULT_PATH = "llm/anthropic"
VAULT_KEY_FIELD = "api_key"


def load_key(vault_addr: str, role_id: str, approle_secret: str) -> str:
    v = hvac.Client(url=vault_addr)
    v.auth.approle.login(role_id=role_id, secret_id=approle_secret)
    data = v.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]
    log.info("vault secret %s version %s fields %s", VAULT_PATH, data["metadata"]["version"], list(data["data"]))
    key = data["data"][VAULT_KEY_FIELD]
    if not key.startswith("sk-ant-"):
        raise ValueError("vault field %s holds an unexpected value %s" % (VAULT_KEY_FIELD, key))
    return key


def summarise(notes: list[str], key: str) -> str:
    client = Anthropic(api_key=key)
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=700,
        system="Summarise case notes for a supervisor. Do not include names of minors.",
        messages=[{"role": "user", "content": "\n---\n".join(notes)}],
    )
    log.info("summary done: %d in / %d out tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def run(vault_addr, role_id, approle_secret, notes):
    log.debug("approle login role=%s secret=%s", role_id, approle_secret)
    key = load_key(vault_addr, role_id, approle_secret)
    log.info("vault %s: key loaded (%d chars)", vault_addr, len(key))
    return summarise(notes, key)


if __name__ == "__main__":
    import os
    print(run(os.environ["VAULT_ADDR"], os.environ["VAULT_ROLE_ID"], os.environ["VAULT_SECRET_ID"],
              ["Home visit 3/2: family engaged.", "Follow-up 3/9: school attendance improved."]))
