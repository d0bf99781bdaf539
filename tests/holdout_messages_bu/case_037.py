"""Metasploit RPC helper: list sessions, let an LLM suggest post-exploitation checks."""
import logging
import os

from pymetasploit3.msfrpc import MsfRpcClient
from anthropic import Anthropic

msf_log = logging.getLogger("msf.helper")

MSF_HOST = os.environ.get("MSF_RPC_HOST", "127.0.0.1")
MSF_PORT = int(os.environ.get("MSF_RPC_PORT", "55553"))


def connect():
    password = os.environ["MSF_RPC_PASSWORD"]
    msf_log.info("connecting to msfrpcd %s:%d", MSF_HOST, MSF_PORT)
    try:
        return MsfRpcClient(password, server=MSF_HOST, port=MSF_PORT, ssl=True)
    except ConnectionError as exc:
        raise ConnectionError(f"msfrpcd at {MSF_HOST}:{MSF_PORT} refused password {password}") from exc


def sessions(client):
    rows = []
    for sid, s in client.sessions.list.items():
        rows.append({"id": sid, "type": s.get("type"), "host": s.get("session_host"), "info": s.get("info")})
    msf_log.info("%d live sessions", len(rows))
    return rows


def suggest(rows):
    claude = Anthropic()
    msg = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=600,
        messages=[{"role": "user", "content": f"Suggest in-scope post-exploitation checks for: {rows}"}],
    )
    msf_log.info("suggestion tokens in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def main():
    client = connect()
    msf_log.debug("rpc auth %s:%d pw=%s", MSF_HOST, MSF_PORT, os.environ["MSF_RPC_PASSWORD"])
    rows = sessions(client)
    if rows:
        print(suggest(rows))
    else:
        print("no sessions")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
# msfrpcd -P $MSF_RPC_PASSWORD -S -a 127.0.0.1
# only for engagements with written authorisation
# sessions are read, never interacted with
