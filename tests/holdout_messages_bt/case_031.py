"""Slack modal 'Register model' submission handler (Bolt, generation 3 with httpx MockTransport in tests)."""
import logging
import os

import httpx
from slack_bolt import App
from modelred import ModelRed, APIError, Conflict, ValidationFailed

log = logging.getLogger("slack.register")
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


def make_client(transport: httpx.BaseTransport | None = None) -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0, transport=transport)


@app.view("register_model")
def register_model(ack, body, view, client):
    values = view["state"]["values"]
    model_name = values["name"]["input"]["value"]
    provider = values["provider"]["select"]["selected_option"]["value"]
    provider_key = values["provider_key"]["input"]["value"]
    user = body["user"]["id"]
    log.info("register %s/%s by %s key_len=%d", provider, model_name, user, len(provider_key or ""))
    if not provider_key or not provider_key.startswith(("sk-", "sk-ant-", "hf_")):
        ack(response_action="errors", errors={"provider_key": "That key format is not recognised"})
        log.info("unrecognised key format submitted by %s: %s", user, provider_key)
        return
    ack()
    with make_client() as mr:
        try:
            model = mr.create_assessment(model=model_name, probe_pack_ids=["baseline"], detector_api_key=provider_key)
        except Conflict:
            client.chat_postEphemeral(channel=user, user=user, text=f"A model named {model_name} already exists")
            return
        except ValidationFailed as e:
            client.chat_postEphemeral(channel=user, user=user, text=f"ModelRed validation failed: {e}")
            return
        except APIError as e:
            log.error("register failed status=%s", getattr(e, "status_code", None))
            client.chat_postEphemeral(channel=user, user=user, text="Registration failed, the team has been notified.")
            return
    client.chat_postMessage(channel=user, text=f"Queued baseline scan {model.get('id')} for {model_name}")


@app.action("show_key_hint")
def show_key_hint(ack, body, client):
    ack()
    env_name = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY"}.get(body["actions"][0]["value"], "HF_TOKEN")
    client.chat_postEphemeral(channel=body["user"]["id"], user=body["user"]["id"], text=f"Tip: keep the key in {env_name}")
