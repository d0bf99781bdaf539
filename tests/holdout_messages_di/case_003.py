# Quick check that our MCP servers start with the right keys (run by hand).
import asyncio
import os
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

openai_api_key = os.environ["OPENAI_API_KEY"]
modelred_key = os.getenv("MODELRED_API_KEY", "")
github_token = os.getenv("GITHUB_PERSONAL_ACCESS_TOKEN")

print(f"openai key present: {bool(openai_api_key)}")
print("modelred key:", modelred_key)
if not github_token:
    print(f"no GitHub token ({github_token!r}); github server skipped", file=sys.stderr)

servers = {
    "modelred": StdioServerParameters(command="modelred-mcp", env={"MODELRED_API_KEY": modelred_key}),
    "search": StdioServerParameters(command="python", args=["-m", "search_server"], env={"OPENAI_API_KEY": openai_api_key}),
}
if github_token:
    servers["github"] = StdioServerParameters(
        command="github-mcp-server", args=["stdio"], env={"GITHUB_PERSONAL_ACCESS_TOKEN": github_token}
    )


async def probe(name, params):
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            tools = await session.list_tools()
            print(f"{name}: {len(tools.tools)} tools")
            return [t.name for t in tools.tools]


async def main():
    for name, params in servers.items():
        try:
            names = await probe(name, params)
            print("  ", ", ".join(names))
        except Exception as exc:
            print(f"{name} failed to start: {params.command} {params.args}", file=sys.stderr)
            print(f"{name}: {type(exc).__name__}", file=sys.stderr)


asyncio.run(main())
print(f"checked {len(servers)} servers, env keys: {sorted(servers['search'].env)}")
