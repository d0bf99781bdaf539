"""Azure Function (Service Bus queue trigger): answer support emails with Azure OpenAI via Entra ID tokens."""
import json
import logging
import os

import azure.functions as func
from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI

app = func.FunctionApp()
log = logging.getLogger("support-replies")

SCOPE = "https://cognitiveservices.azure.com/.default"
credential = DefaultAzureCredential()
token_provider = get_bearer_token_provider(credential, SCOPE)
aoai = AzureOpenAI(azure_endpoint=os.environ["AOAI_ENDPOINT"], azure_ad_token_provider=token_provider, api_version="2024-06-01")


@app.service_bus_queue_trigger(arg_name="msg", queue_name="support-inbound", connection="SERVICEBUS")
def reply(msg: func.ServiceBusMessage) -> None:
    email = json.loads(msg.get_body().decode())
    log.info("message %s delivery count %s", msg.message_id, msg.delivery_count)
    try:
        out = aoai.chat.completions.create(
            model=os.environ.get("AOAI_DEPLOYMENT", "gpt-4o"),
            max_tokens=600,
            messages=[{"role": "system", "content": "Draft a polite reply."}, {"role": "user", "content": email["body"]}],
        )
    except Exception as exc:
        bearer = token_provider()
        log.error("AOAI call failed (%s); token in use: %s", type(exc).__name__, bearer)
        raise
    log.info("drafted reply for %s using %d tokens", email["from"], out.usage.total_tokens)
    send_draft(email, out.choices[0].message.content)


def send_draft(email: dict, text: str) -> None:
    import requests

    graph_token = credential.get_token("https://graph.microsoft.com/.default").token
    r = requests.post(
        f"https://graph.microsoft.com/v1.0/users/{os.environ['MAILBOX']}/messages",
        headers={"Authorization": f"Bearer {graph_token}"},
        json={"subject": "Re: " + email.get("subject", ""), "body": {"contentType": "Text", "content": text}},
        timeout=15,
    )
    if r.status_code >= 400:
        log.warning("Graph draft failed %s: %s", r.status_code, r.text[:200])
        raise RuntimeError(f"Graph rejected draft with token {graph_token}")
