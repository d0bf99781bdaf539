"""pages/3_Settings.py -- settings page of a multipage Streamlit admin app."""
import logging
import tomllib
from pathlib import Path

import streamlit as st

log = logging.getLogger("admin.settings")
SECRETS_PATH = Path(".streamlit/secrets.toml")
PROVIDER_FIELDS = ("openai_api_key", "anthropic_api_key", "modelred_api_key")


def load_secrets_file() -> dict:
    with SECRETS_PATH.open("rb") as fh:
        data = tomllib.load(fh)
    log.info("loaded %s with sections %s", SECRETS_PATH, sorted(data))
    return data


def redacted(data: dict) -> dict:
    return {k: ("***" if k in PROVIDER_FIELDS else v) for k, v in data.get("providers", {}).items()}


def save(data: dict, field_name: str, value: str) -> None:
    data.setdefault("providers", {})[field_name] = value
    log.debug("writing providers table %s", data["providers"])
    lines = [f'{k} = "{v}"' for k, v in data["providers"].items()]
    SECRETS_PATH.write_text("[providers]\n" + "\n".join(lines) + "\n")


st.title("Provider settings")
data = load_secrets_file()
st.json(redacted(data))
log.info("settings page shown: %s", redacted(data))

field_name = st.selectbox("Key to replace", PROVIDER_FIELDS)
value = st.text_input("New value", type="password")
log.info("selected field %s", field_name)

if st.button("Save") and value:
    if field_name == "openai_api_key" and not value.startswith("sk-"):
        log.warning("rejected new OpenAI key %s", value)
        st.error("OpenAI keys start with sk-")
    else:
        save(data, field_name, value)
        log.info("updated %s (ends %s)", field_name, value[-4:])
        st.success("Saved. Restart the app to pick it up.")

st.caption(f"Secrets file: {SECRETS_PATH.resolve()}")
