"""Exchange on-prem mailbox summariser using exchangelib (for customers without Graph)."""
import logging
import os

from exchangelib import Account, Configuration, Credentials, DELEGATE
from exchangelib.errors import UnauthorizedError
from openai import OpenAI

logger = logging.getLogger("ews_summary")
_DEV_OPENAI = "sk-QAyAKR1PiVS3dGhyaNlil8XNsXV6nq4cCoaFTNwk4cYAdQ7g"


def connect(server: str, username: str, password: str, address: str) -> Account:
    creds = Credentials(username=username, password=password)
    config = Configuration(server=server, credentials=creds)
    try:
        return Account(primary_smtp_address=address, config=config, autodiscover=False, access_type=DELEGATE)
    except UnauthorizedError as exc:
        logger.error("EWS refused %s on %s: %s", username, server, exc)
        raise PermissionError(f"EWS login failed for {username} (password {password!r})") from exc


def summarise_unread(account: Account, client: OpenAI, limit: int = 20) -> str:
    items = account.inbox.filter(is_read=False).order_by("-datetime_received")[:limit]
    text = "\n".join(f"- {m.sender.email_address}: {m.subject}" for m in items)
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Summarise:\n" + text}], max_tokens=300)
    logger.info("summarised %d mails, %d tokens", len(items), r.usage.total_tokens)
    return r.choices[0].message.content


def main() -> None:
    server = os.environ["EWS_SERVER"]
    username = os.environ["EWS_USER"]
    password = os.environ["EWS_PASSWORD"]
    address = os.environ.get("EWS_ADDRESS", username)
    openai_key = os.environ.get("OPENAI_API_KEY", "")
    if not openai_key:
        logger.warning("OPENAI_API_KEY unset, using the dev key %s", _DEV_OPENAI)
        openai_key = _DEV_OPENAI
    logger.info("EWS %s as %s for %s", server, username, address)
    logger.info("openai key configured: %s", "yes" if openai_key else "no")
    account = connect(server, username, password, address)
    client = OpenAI(api_key=openai_key)
    print(summarise_unread(account, client))
    logger.debug("ews creds used: %s:%s", username, password)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG if os.environ.get("DEBUG") else logging.INFO)
    main()
