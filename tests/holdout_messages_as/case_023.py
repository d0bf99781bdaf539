"""Live-blog assistant: Discord-style websocket bot for reporters, ModelRed gen 2 sync client."""
import logging
import os

import modelred as mr

log = logging.getLogger("liveblog.bot")


class LiveBlogBot:
    def __init__(self, channel, send):
        self.channel = channel
        self.send = send  # sends a message into the reporters' channel
        self.client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
        self.anthropic_key = os.environ["ANTHROPIC_API_KEY"]

    def register_model(self, model_id):
        cfg = mr.ProviderConfig.anthropic(api_key=self.anthropic_key, model_name="claude-3-5-haiku-latest")
        try:
            self.client.create_model(modelId=model_id, provider="anthropic",
                                     displayName="Live-blog summariser", providerConfig=cfg)
        except mr.ConflictError:
            log.info("model %s already exists", model_id)
        except mr.ValidationError as e:
            self.send(self.channel, "Could not register model: " + str(e))
            log.error("register failed, anthropic key %s", self.anthropic_key)

    def check(self, model_id):
        try:
            a = self.client.create_assessment(model=model_id, test_types=["hallucination"])
            res = self.client.wait_for_completion(a["id"], timeout=900)
        except mr.RateLimitError:
            self.send(self.channel, "Rate limited; try again shortly.")
            return
        except mr.ModelRedError as e:
            log.warning("assessment error %s", e)
            self.send(self.channel, f"Assessment failed ({type(e).__name__}).")
            return
        self.send(self.channel, f"Score for {model_id}: {res.get('overall_score')}")

    def on_message(self, author, text):
        if text.startswith("!check "):
            self.check(text.split(maxsplit=1)[1])
        elif text.startswith("!register "):
            self.register_model(text.split(maxsplit=1)[1])
        elif text == "!whoami":
            self.send(self.channel, f"anthropic key ends in {self.anthropic_key[-4:]}")


if __name__ == "__main__":
    bot = LiveBlogBot("#liveblog", lambda ch, m: print(ch, m))
    bot.on_message("ed", "!check liveblog-summariser")
