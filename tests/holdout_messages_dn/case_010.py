import os
import logging
import openai

logging.basicConfig(level=logging.DEBUG)


class Bot:
    def __init__(self, name, key=None, persona="helpful"):
        self.name = name
        self.key = key or os.environ.get("OPENAI_API_KEY")
        self.persona = persona
        self.client = openai.OpenAI(api_key=self.key)
        self.turns = 0
        logging.debug("Bot %s persona=%s", self.name, self.persona)
        logging.debug("Bot %s key=%s", self.name, self.key)

    def reply(self, msg):
        self.turns += 1
        r = self.client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": f"You are a {self.persona} bot called {self.name}"},
                      {"role": "user", "content": msg}],
        )
        logging.info("turn %d used %d tokens", self.turns, r.usage.total_tokens)
        return r.choices[0].message.content

    def switch_key(self, new_key):
        if new_key == self.key:
            print("same key, nothing to do")
            return
        print("switching key to", new_key)
        self.key = new_key
        self.client = openai.OpenAI(api_key=new_key)

    def __repr__(self):
        return f"Bot({self.name!r}, persona={self.persona!r}, turns={self.turns})"


bots = [Bot("alice"), Bot("bob", persona="sarcastic")]
for b in bots:
    print("made", b)

while True:
    line = input("you: ")
    if not line:
        break
    for b in bots:
        try:
            print(b.name + ":", b.reply(line))
        except openai.APIError as e:
            print("api error", e)
