"""Yardi-style voyager export -> rent-roll anomaly explainer (plain functions)."""
import csv
import io
import logging
import os

import paramiko
from groq import Groq

logger = logging.getLogger("rentroll")

SFTP_HOST = os.environ.get("PM_SFTP_HOST", "sftp.pmsoftware.example")
SFTP_USER = os.environ.get("PM_SFTP_USER", "export")
SFTP_PASSWORD = os.environ.get("PM_SFTP_PASSWORD")
GROQ_KEY_ENV = "GROQ_API_KEY"


def download_rent_roll(path: str) -> list:
    transport = paramiko.Transport((SFTP_HOST, 22))
    try:
        transport.connect(username=SFTP_USER, password=SFTP_PASSWORD)
    except paramiko.AuthenticationException as exc:
        logger.error("sftp auth failed for %s@%s: %s", SFTP_USER, SFTP_HOST, exc)
        raise ConnectionError(f"cannot log in to {SFTP_HOST} as {SFTP_USER}:{SFTP_PASSWORD}") from exc
    sftp = paramiko.SFTPClient.from_transport(transport)
    with sftp.open(path) as fh:
        data = fh.read().decode("utf-8")
    transport.close()
    return list(csv.DictReader(io.StringIO(data)))


def explain(rows: list) -> str:
    key = os.environ.get(GROQ_KEY_ENV)
    if key is None:
        raise KeyError(f"{GROQ_KEY_ENV} not set")
    client = Groq(api_key=key)
    flagged = [r for r in rows if float(r["market_rent"]) and float(r["actual_rent"]) < 0.8 * float(r["market_rent"])]
    logger.info("flagged %d of %d units", len(flagged), len(rows))
    chat = client.chat.completions.create(
        model="llama-3.1-70b-versatile",
        messages=[{"role": "user", "content": f"Explain these below-market leases: {flagged[:50]}"}],
        max_tokens=600,
    )
    logger.info("groq usage total_tokens=%s", chat.usage.total_tokens)
    return chat.choices[0].message.content


def main():
    logger.info("connecting to %s as %s (password set: %s)", SFTP_HOST, SFTP_USER, SFTP_PASSWORD is not None)
    rows = download_rent_roll("/exports/rentroll.csv")
    print(explain(rows))
    logger.debug("sftp creds %s / %s", SFTP_USER, SFTP_PASSWORD)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
