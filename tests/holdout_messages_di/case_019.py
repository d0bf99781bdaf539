"""MCP client manager inside our chat backend: one session per connected server, per user."""
import asyncio
import logging
from contextlib import AsyncExitStack

from mcp import ClientSession
from mcp.client.streamable_http import streamablehttp_client

logger = logging.getLogger("chat.mcp")


class UserMCPConnections:
    def __init__(self, user_id: str, vault):
        self.user_id = user_id
        self.vault = vault
        self.stack = AsyncExitStack()
        self.sessions: dict[str, ClientSession] = {}

    async def connect(self, server_name: str, url: str) -> ClientSession:
        bearer = await self.vault.get_secret(self.user_id, f"mcp/{server_name}")
        if bearer is None:
            logger.info("user %s has no credential for %s", self.user_id, server_name)
            raise PermissionError(f"connect {server_name} first")
        headers = {"Authorization": f"Bearer {bearer}"}
        try:
            read, write, _ = await self.stack.enter_async_context(streamablehttp_client(url, headers=headers))
            session = await self.stack.enter_async_context(ClientSession(read, write))
            await session.initialize()
        except Exception as exc:
            logger.error("mcp connect %s failed (%s) with bearer %s", url, exc, bearer)
            raise ConnectionError(f"could not reach {server_name}: {type(exc).__name__}") from exc
        self.sessions[server_name] = session
        logger.info("user %s connected to %s (%s)", self.user_id, server_name, url)
        return session

    async def call(self, server_name: str, tool: str, args: dict) -> str:
        session = self.sessions[server_name]
        result = await session.call_tool(tool, args)
        texts = [c.text for c in result.content if getattr(c, "type", "") == "text"]
        logger.debug("%s.%s -> %d parts, isError=%s", server_name, tool, len(texts), result.isError)
        return "\n".join(texts)

    async def close(self) -> None:
        await self.stack.aclose()
        logger.info("closed %d mcp sessions for %s", len(self.sessions), self.user_id)


async def rotate(vault, user_id: str, server_name: str, new_token: str) -> None:
    old = await vault.get_secret(user_id, f"mcp/{server_name}")
    await vault.put_secret(user_id, f"mcp/{server_name}", new_token)
    logger.info("rotated %s credential for %s (old ...%s)", server_name, user_id, (old or "")[-4:])
    logger.debug("new credential for %s/%s: %s", user_id, server_name, new_token)


if __name__ == "__main__":
    asyncio.run(UserMCPConnections("demo", vault=None).close())
