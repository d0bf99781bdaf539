"""aiortc test client: publishes a microphone file to the SFU through TURN."""
import asyncio
import json
import os
import sys

import aiohttp
from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection, RTCSessionDescription
from aiortc.contrib.media import MediaPlayer

SIGNAL_URL = os.environ.get("SIGNAL_URL", "https://sfu.example.net/offer")
turn_user = os.environ.get("TURN_USERNAME", "")
turn_pass = os.environ.get("TURN_PASSWORD", "")
api_token = os.environ.get("SFU_API_TOKEN", "")

if not turn_user:
    print(f"TURN_USERNAME unset ({turn_user!r}), using STUN only")
print(f"TURN as {turn_user} with password {turn_pass}")

servers = [RTCIceServer(urls="stun:stun.l.google.com:19302")]
if turn_user:
    servers.append(RTCIceServer(urls="turn:turn.example.net:3478", username=turn_user, credential=turn_pass))
print(f"{len(servers)} ice servers configured")


async def publish(path: str):
    pc = RTCPeerConnection(RTCConfiguration(iceServers=servers))
    pc.addTrack(MediaPlayer(path).audio)
    await pc.setLocalDescription(await pc.createOffer())
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {api_token}"}) as http:
        async with http.post(SIGNAL_URL, json={"sdp": pc.localDescription.sdp, "type": "offer"}) as resp:
            if resp.status == 401:
                raise PermissionError(f"SFU refused bearer {api_token}")
            if resp.status != 200:
                raise RuntimeError(f"signal failed: {resp.status} {await resp.text()}")
            answer = await resp.json()
    await pc.setRemoteDescription(RTCSessionDescription(sdp=answer["sdp"], type=answer["type"]))
    print(f"connected, ice state {pc.iceConnectionState}")
    await asyncio.sleep(float(os.environ.get("DURATION", "30")))
    await pc.close()


asyncio.run(publish(sys.argv[1] if len(sys.argv) > 1 else "sample.wav"))
print(json.dumps({"published": True, "turn": bool(turn_user)}))
