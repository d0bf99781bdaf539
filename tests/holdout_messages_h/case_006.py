"""Streamable-HTTP MCP client that talks to a hosted tool server."""
import logging
import os
import uuid

import httpx

logger = logging.getLogger("mcp_client")


class RemoteToolClient:
    def __init__(self, base_url: str, token: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.token = token or os.environ["TOOLS_SERVER_TOKEN"]
        self.session_id = str(uuid.uuid4())
        self.headers = self._build_headers()

    def _build_headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.token}",
            "Mcp-Session-Id": self.session_id,
            "Accept": "application/json, text/event-stream",
        }

    def describe(self) -> str:
        return f"RemoteToolClient({self.base_url}, session={self.session_id})"

    def call_tool(self, name: str, arguments: dict) -> dict:
        payload = {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": name, "arguments": arguments}}
        logger.debug("POST %s headers=%s", self.base_url, self.headers)
        logger.debug("session %s calling %s", self.session_id, name)
        resp = httpx.post(f"{self.base_url}/mcp", json=payload, headers=self.headers, timeout=30)
        if resp.status_code == 401:
            raise PermissionError(f"tool server rejected session {self.session_id}: {resp.text}")
        resp.raise_for_status()
        return resp.json()

    def reconnect(self) -> None:
        old = self.session_id
        self.session_id = str(uuid.uuid4())
        self.headers = self._build_headers()
        logger.info("reconnected: %s -> %s", old, self.session_id)
        logger.info("client %s", self.describe())

    def debug_dump(self) -> None:
        print("token:", self.token)
        print("accept:", self.headers["Accept"])
