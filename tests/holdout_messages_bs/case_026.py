"""Streaming TTS over a websocket for the IVR localisation demo (ElevenLabs input streaming)."""
import asyncio
import base64
import json
import logging
import os

import websockets

logger = logging.getLogger("tts.stream")

VOICE = os.environ.get("XI_VOICE_ID", "pNInz6obpgDQGcFmaJgB")
MODEL = "eleven_turbo_v2_5"


async def stream_tts(text_chunks, xi_api_key: str, sink):
    uri = f"wss://api.elevenlabs.io/v1/text-to-speech/{VOICE}/stream-input?model_id={MODEL}"
    init = {"text": " ", "voice_settings": {"stability": 0.4, "similarity_boost": 0.8}, "xi_api_key": xi_api_key}
    logger.info("connecting voice=%s model=%s", VOICE, MODEL)
    async with websockets.connect(uri) as ws:
        await ws.send(json.dumps(init))
        logger.debug("sent init frame %s", init)
        for chunk in text_chunks:
            await ws.send(json.dumps({"text": chunk, "try_trigger_generation": True}))
        await ws.send(json.dumps({"text": ""}))
        total = 0
        async for msg in ws:
            data = json.loads(msg)
            if data.get("error"):
                raise RuntimeError(f"elevenlabs stream error: {data['error']}")
            if data.get("audio"):
                audio = base64.b64decode(data["audio"])
                total += len(audio)
                await sink(audio)
            if data.get("isFinal"):
                break
    logger.info("streamed %d bytes", total)
    return total


async def main():
    key = os.environ.get("ELEVENLABS_API_KEY")
    if key is None:
        raise RuntimeError("ELEVENLABS_API_KEY not set")
    if key.startswith("sk_") is False:
        raise RuntimeError("unexpected ElevenLabs key format: %s" % key)

    async def sink(b):
        pass

    await stream_tts(["Hallo, ", "willkommen ", "bei uns."], key, sink)


if __name__ == "__main__":
    asyncio.run(main())
