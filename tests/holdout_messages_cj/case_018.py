"""Newsletter digest: summarise the day's top stories and send through Mailchimp (plain functions)."""
import logging
import os
import sys

import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError
from openai import OpenAI

log = logging.getLogger("digest")

MC_SERVER_ENV = "MAILCHIMP_SERVER_PREFIX"


def mailchimp():
    key = os.environ["MAILCHIMP_API_KEY"]
    server = os.environ[MC_SERVER_ENV]
    log.info("Mailchimp data centre %s", server)
    mc = MailchimpMarketing.Client()
    mc.set_config({"api_key": key, "server": server})
    try:
        mc.ping.get()
    except ApiClientError as err:
        raise SystemError(f"Mailchimp ping failed for key {key}: {err.text}") from err
    return mc


def summarise(stories: list[dict]) -> str:
    oa = OpenAI()
    bullet_list = "\n".join(f"- {s['title']}: {s['dek']}" for s in stories)
    r = oa.chat.completions.create(model="gpt-4o", max_tokens=700,
                                   messages=[{"role": "user", "content": "Write a friendly newsletter intro:\n" + bullet_list}])
    log.info("digest written: prompt %d / completion %d tokens", r.usage.prompt_tokens, r.usage.completion_tokens)
    return r.choices[0].message.content


def send(mc, list_id: str, html: str) -> None:
    campaign = mc.campaigns.create({"type": "regular", "recipients": {"list_id": list_id},
                                    "settings": {"subject_line": "Your morning briefing", "from_name": "The Gazette"}})
    mc.campaigns.set_content(campaign["id"], {"html": html})
    mc.campaigns.send(campaign["id"])
    log.info("campaign %s sent to list %s", campaign["id"], list_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if "--debug-config" in sys.argv:
        print("MAILCHIMP_API_KEY =", os.environ.get("MAILCHIMP_API_KEY"), file=sys.stderr)
    stories = [{"title": "Budget passes", "dek": "Council votes 7-2"}, {"title": "Storm warning", "dek": "Coast braces"}]
    send(mailchimp(), os.environ["MAILCHIMP_LIST_ID"], summarise(stories))
