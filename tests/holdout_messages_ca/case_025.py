"""Tornado websocket endpoint streaming live visit transcription to the scribe UI."""
import json
import logging
import os

import tornado.web
import tornado.websocket
from deepgram import DeepgramClient, LiveOptions, LiveTranscriptionEvents

log = logging.getLogger("live.scribe")
access_log = logging.getLogger("tornado.access")

DG_KEY = os.environ["DEEPGRAM_API_KEY"]
WS_SHARED_SECRET = os.environ["SCRIBE_WS_SECRET"]


class LiveScribeSocket(tornado.websocket.WebSocketHandler):
    def open(self):
        presented = self.get_query_argument("secret", default="")
        if presented != WS_SHARED_SECRET:
            access_log.warning("ws rejected from %s with secret %s", self.request.remote_ip, presented)
            self.close(code=4401, reason="unauthorised")
            return
        access_log.info("ws opened from %s", self.request.remote_ip)
        self.dg = DeepgramClient(DG_KEY).listen.websocket.v("1")
        self.dg.on(LiveTranscriptionEvents.Transcript, self._on_transcript)
        opts = LiveOptions(model="nova-2-medical", punctuate=True, diarize=True)
        if not self.dg.start(opts):
            log.error("deepgram live start failed; key suffix %s", DG_KEY[-4:])
            self.close(code=1011)

    def _on_transcript(self, _client, result, **kwargs):
        text = result.channel.alternatives[0].transcript
        if text:
            self.write_message(json.dumps({"text": text, "final": result.is_final}))

    def on_message(self, message):
        if isinstance(message, bytes):
            self.dg.send(message)

    def on_close(self):
        if getattr(self, "dg", None):
            self.dg.finish()


def make_app():
    return tornado.web.Application([(r"/ws/scribe", LiveScribeSocket)], debug=False)


if __name__ == "__main__":
    import tornado.ioloop
    logging.basicConfig(level=logging.INFO)
    port = int(os.environ.get("PORT", "8890"))
    log.info("live scribe on :%d (deepgram key loaded: %s)", port, bool(DG_KEY))
    if os.environ.get("SCRIBE_DEBUG"):
        log.debug("ws secret=%s dg=%s", WS_SHARED_SECRET, DG_KEY)
    make_app().listen(port)
    tornado.ioloop.IOLoop.current().start()
