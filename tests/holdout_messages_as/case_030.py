"""Broadcast rundown importer (iNews / ENPS-style MOS gateway) with LLM segment summaries."""
import logging
import os
import socket

from anthropic import Anthropic

_log = logging.getLogger("rundown.mos")

MOS_HOST = os.environ.get("MOS_HOST", "mos-gw.internal")
MOS_PORT = int(os.environ.get("MOS_PORT", "10541"))
MOS_ID = "AI.SUMMARY.MOS"


class MosGateway:
    def __init__(self, password: str):
        self.password = password
        self.sock = None

    def connect(self):
        self.sock = socket.create_connection((MOS_HOST, MOS_PORT), timeout=10)
        hello = f"<mos><mosID>{MOS_ID}</mosID><auth>{self.password}</auth></mos>"
        self.sock.sendall(hello.encode("utf-16-be"))
        reply = self.sock.recv(4096).decode("utf-16-be", errors="replace")
        if "<roAck>" not in reply:
            _log.error("MOS handshake failed: sent %s", hello)
            raise ConnectionError(f"MOS gateway {MOS_HOST}:{MOS_PORT} refused {MOS_ID}")
        _log.info("connected to %s:%d as %s", MOS_HOST, MOS_PORT, MOS_ID)

    def stories(self, ro_id):
        self.sock.sendall(f"<mos><roReq><roID>{ro_id}</roID></roReq></mos>".encode("utf-16-be"))
        data = self.sock.recv(65536).decode("utf-16-be", errors="replace")
        return [s.split("</storySlug>")[0] for s in data.split("<storySlug>")[1:]]


def summarise(slugs, claude_key):
    client = Anthropic(api_key=claude_key)
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=300,
                                 messages=[{"role": "user", "content": "Summarise rundown: " + ", ".join(slugs)}])
    _log.info("summary used %d output tokens", msg.usage.output_tokens)
    return msg.content[0].text


if __name__ == "__main__":
    gw = MosGateway(os.environ["MOS_PASSWORD"])
    try:
        gw.connect()
    except ConnectionError:
        raise RuntimeError(f"check MOS password {gw.password}")
    slugs = gw.stories(os.environ.get("RO_ID", "6PM"))
    print(summarise(slugs, os.environ["ANTHROPIC_API_KEY"]))
