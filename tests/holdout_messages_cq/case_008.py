"""Mailchimp appeal sender: segment, draft subject lines, schedule."""
import logging
import os

import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError
from openai import OpenAI

log = logging.getLogger("appeals")


def mc_client():
    api_key = os.environ["MAILCHIMP_API_KEY"]
    server = os.environ.get("MAILCHIMP_SERVER_PREFIX", "us21")
    client = MailchimpMarketing.Client()
    client.set_config({"api_key": api_key, "server": server})
    log.info("Mailchimp data center %s", server)
    return client


def subject_lines(appeal_theme: str, n: int = 5):
    llm = OpenAI()
    out = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=200,
        messages=[{"role": "user", "content": f"{n} email subject lines for a year-end appeal about {appeal_theme}"}],
    )
    log.info("subject lines took %d prompt tokens", out.usage.prompt_tokens)
    return [l.strip("- ") for l in out.choices[0].message.content.splitlines() if l.strip()]


def schedule_appeal(list_id: str, theme: str, send_at: str):
    client = mc_client()
    subjects = subject_lines(theme)
    try:
        campaign = client.campaigns.create({
            "type": "regular",
            "recipients": {"list_id": list_id},
            "settings": {"subject_line": subjects[0], "from_name": "Riverbend Food Bank", "reply_to": "give@example.org"},
        })
        client.campaigns.schedule(campaign["id"], {"schedule_time": send_at})
    except ApiClientError as error:
        log.error("Mailchimp rejected campaign for list %s: %s", list_id, error.text)
        return None
    return campaign["id"]


def debug_config():
    key = os.environ.get("MAILCHIMP_API_KEY")
    log.warning("Mailchimp config: key=%s", key)
    log.warning("Mailchimp key env var: %s", "MAILCHIMP_API_KEY")


if __name__ == "__main__":
    debug_config()
    print(schedule_appeal("a1b2c3", "winter meals", "2024-12-01T15:00:00Z"))
