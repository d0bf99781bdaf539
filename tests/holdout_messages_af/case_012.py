"""WebRTC signalling server (aiohttp) that hands out TURN credentials."""
import json
import logging
import os
import uuid

from aiohttp import web

log = logging.getLogger("signal")
TURN_USER = os.environ.get("TURN_USERNAME", "webrtc")
TURN_PASSWORD = os.environ["TURN_PASSWORD"]
TURN_URLS = ["turn:turn.example.net:3478?transport=udp", "turns:turn.example.net:5349"]
CRED_TTL = 6 * 3600


class SignallingServer:
    def __init__(self):
        self.peers: dict[str, web.WebSocketResponse] = {}

    def ice_servers(self, peer_id: str) -> list[dict]:
        log.debug("turn user %s for peer %s, ttl %s", TURN_USER, peer_id, CRED_TTL)
        return [{"urls": ["stun:stun.l.google.com:19302"]},
                {"urls": TURN_URLS, "username": TURN_USER, "credential": TURN_PASSWORD}]

    async def ws_handler(self, request: web.Request):
        ws = web.WebSocketResponse(heartbeat=20)
        await ws.prepare(request)
        peer_id = request.query.get("peer") or uuid.uuid4().hex[:8]
        self.peers[peer_id] = ws
        servers = self.ice_servers(peer_id)
        log.info("peer %s joined, ice config %s", peer_id, servers)
        log.info("peer %s gets %d ice servers", peer_id, len(servers))
        await ws.send_json({"type": "config", "iceServers": servers})
        async for msg in ws:
            data = json.loads(msg.data)
            target = self.peers.get(data.get("to"))
            log.debug("relay %s %s -> %s", data.get("type"), peer_id, data.get("to"))
            if target is not None:
                await target.send_json({**data, "from": peer_id})
        self.peers.pop(peer_id, None)
        return ws

    def check_secret(self):
        if len(TURN_PASSWORD) < 16:
            log.warning("TURN password is short: %s", TURN_PASSWORD)


def main():
    server = SignallingServer()
    server.check_secret()
    app = web.Application()
    app.router.add_get("/ws", server.ws_handler)
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))


if __name__ == "__main__":
    main()
