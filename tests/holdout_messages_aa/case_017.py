# quick socket-mode listener used during the hackathon; posts LLM answers in threads
import os
import sys

from slack_sdk import WebClient
from slack_sdk.socket_mode import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from openai import OpenAI

APP_TOKEN_ENV = "SLACK_APP_TOKEN"
HACK_BOT_TOKEN = "xoxb-400784740614-9199292175435-1fPimu82LiMIhoM6KLSaErZF"
openai_api_key = os.environ.get("OPENAI_API_KEY") or "sk-0A0bzetp8C2fXhr5qYvOisR3aJYO3mibnE265938acirDJ68"
app_token = os.environ[APP_TOKEN_ENV]

print("env var for app token:", APP_TOKEN_ENV)
print(f"openai key loaded: {openai_api_key}")

web = WebClient(token=HACK_BOT_TOKEN)
llm = OpenAI(api_key=openai_api_key)
auth = web.auth_test()
print("bot user", auth["user_id"], "team", auth["team"])


def process(client: SocketModeClient, req: SocketModeRequest) -> None:
    client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
    if req.type != "events_api":
        return
    ev = req.payload["event"]
    if ev.get("type") != "app_mention":
        return
    out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=300,
                                      messages=[{"role": "user", "content": ev["text"]}])
    resp = web.chat_postMessage(channel=ev["channel"], thread_ts=ev["ts"], text=out.choices[0].message.content)
    if not resp["ok"]:
        print("post failed:", resp["error"], file=sys.stderr)
        print(f"retry with token {HACK_BOT_TOKEN} in {ev['channel']}", file=sys.stderr)


def main() -> None:
    sm = SocketModeClient(app_token=app_token, web_client=web)
    sm.socket_mode_request_listeners.append(process)
    sm.connect()
    print("connected; app token prefix", app_token[:5])
    import threading
    threading.Event().wait()


if __name__ == "__main__":
    main()
