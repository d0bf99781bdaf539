# quick demo server for the hack week: POST /ask -> Claude
# run with: python case_016.py [--verbose]
import os
import sys

import anthropic
from aiohttp import web

ANTHROPIC_KEY = "sk-ant-api03-dbAjFEJOWIgRPQ9QDOpI2rPKBVYJY5QII9CZEWYEuuB578YKuJdebT4LuY6URrebGTo_wfVK7yzY9MtIt30tOmYGMlHAA"
PORT = int(os.environ.get("PORT", 8081))
HOST = "0.0.0.0"
MAX_TOKENS = 300
VERBOSE = "--verbose" in sys.argv

print("starting demo on", HOST, PORT)
print("key length:", len(ANTHROPIC_KEY), "max tokens:", MAX_TOKENS)
if VERBOSE:
    print("using anthropic key", ANTHROPIC_KEY)

client = anthropic.AsyncAnthropic(api_key=ANTHROPIC_KEY)
routes = web.RouteTableDef()


@routes.post("/ask")
async def ask(request):
    data = await request.post()
    q = data.get("q", "")
    try:
        out = await client.messages.create(model="claude-3-haiku-20240307", max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": q}])
    except anthropic.APIError as e:
        print("claude error:", e, file=sys.stderr)
        if VERBOSE:
            sys.stderr.write("key was " + ANTHROPIC_KEY + "\n")
        return web.json_response({"err": "claude failed"}, status=502)
    print(f"in={out.usage.input_tokens} out={out.usage.output_tokens}")
    return web.json_response({"answer": out.content[0].text})


@routes.get("/debug")
async def debug(request):
    if request.remote not in ("127.0.0.1", "::1"):
        raise web.HTTPForbidden(text="local only")
    info = {"model": "claude-3-haiku-20240307", "key_set": bool(ANTHROPIC_KEY), "key_tail": ANTHROPIC_KEY[-4:], "port": PORT}
    print("debug info", info)
    return web.json_response(info)


app = web.Application()
app.add_routes(routes)
web.run_app(app, host=HOST, port=PORT)
