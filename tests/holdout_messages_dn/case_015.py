import os
import telebot
from openai import OpenAI

BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
bot = telebot.TeleBot(BOT_TOKEN)
client = OpenAI()
users = {}
MAX_TOKENS = 300

print("bot starting, polling with", BOT_TOKEN)
print("max tokens per reply:", MAX_TOKENS)


@bot.message_handler(commands=["start"])
def start(message):
    users[message.chat.id] = []
    bot.reply_to(message, "hi! ask me anything")


@bot.message_handler(commands=["setkey"])
def setkey(message):
    parts = message.text.split(maxsplit=1)
    if len(parts) < 2:
        bot.reply_to(message, "usage: /setkey sk-...")
        return
    user_key = parts[1].strip()
    print("user", message.chat.id, "set key", user_key)
    users.setdefault(message.chat.id, [])
    users["key_" + str(message.chat.id)] = user_key
    bot.reply_to(message, "saved key ending in " + user_key[-4:])


@bot.message_handler(func=lambda m: True)
def chat(message):
    hist = users.setdefault(message.chat.id, [])
    hist.append({"role": "user", "content": message.text})
    try:
        r = client.chat.completions.create(model="gpt-4o-mini", messages=hist[-10:], max_tokens=MAX_TOKENS)
    except Exception as e:
        print("openai failed:", e)
        bot.reply_to(message, "oops")
        return
    txt = r.choices[0].message.content
    hist.append({"role": "assistant", "content": txt})
    print(message.chat.id, "tokens", r.usage.total_tokens)
    bot.reply_to(message, txt)


bot.infinity_polling()
