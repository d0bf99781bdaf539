import asyncio
import json
import os
import sys
from pathlib import Path

from nio import AsyncClient, LoginResponse, MatrixRoom, RoomMessageText

CREDS = Path(os.environ.get("BOT_CREDS", "matrix_creds.json"))
HOMESERVER = os.environ.get("MATRIX_HOMESERVER", "https://matrix.example.org")
USER = os.environ.get("MATRIX_USER", "@llmbot:example.org")


async def login(client: AsyncClient) -> None:
    if CREDS.exists():
        saved = json.loads(CREDS.read_text())
        client.access_token = saved["access_token"]
        client.user_id = saved["user_id"]
        client.device_id = saved["device_id"]
        print(f"restored session for {saved['user_id']} on device {saved['device_id']}")
        return
    password = os.environ["MATRIX_PASSWORD"]
    resp = await client.login(password, device_name="llmbot")
    if not isinstance(resp, LoginResponse):
        print(f"login failed for {USER}: {resp.message}", file=sys.stderr)
        sys.exit(1)
    CREDS.write_text(json.dumps({"access_token": resp.access_token, "user_id": resp.user_id, "device_id": resp.device_id}))
    print(f"logged in as {resp.user_id}, access token {resp.access_token}")


async def on_message(room: MatrixRoom, event: RoomMessageText) -> None:
    if event.sender == USER:
        return
    print(f"[{room.display_name}] {event.sender}: {len(event.body)} chars")


async def main() -> None:
    client = AsyncClient(HOMESERVER, USER)
    await login(client)
    client.add_event_callback(on_message, RoomMessageText)
    try:
        await client.sync_forever(timeout=30000)
    finally:
        await client.close()


def show_session() -> None:
    saved = json.loads(CREDS.read_text())
    token = saved["access_token"]
    print("session file:", CREDS, "device:", saved["device_id"])
    print("token:", token[:6] + "...")
    sys.stderr.write(f"debug session dump {saved}\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["session"]:
        show_session()
    else:
        asyncio.run(main())
