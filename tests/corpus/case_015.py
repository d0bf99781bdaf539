#!/usr/bin/env python3
"""Office secret santa draw: emails each person their giftee."""
import getpass
import random
import smtplib
from email.message import EmailMessage

PARTICIPANTS = {
    "Ana": "ana@example.org",
    "Bilal": "bilal@example.org",
    "Chloé": "chloe@example.org",
    "Dmitri": "dmitri@example.org",
    "Eun-ji": "eunji@example.org",
}
SMTP_HOST = "smtp.office365.com"
SMTP_PORT = 587
KEYBOARD_SHORTCUT_HELP = "Press Ctrl+C to abort at any time (keyboard interrupt is safe)."


def draw(names, seed=None):
    """Return a derangement: nobody draws themselves."""
    rng = random.Random(seed)
    while True:
        shuffled = names[:]
        rng.shuffle(shuffled)
        if all(a != b for a, b in zip(names, shuffled)):
            return dict(zip(names, shuffled))


def send(pairs, sender, password):
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.login(sender, password)
        for giver, receiver in pairs.items():
            msg = EmailMessage()
            msg["Subject"] = "Your secret santa 🎁"
            msg["From"] = sender
            msg["To"] = PARTICIPANTS[giver]
            msg.set_content(f"Hi {giver}, you are the secret santa for {receiver}. Budget: 20€.")
            smtp.send_message(msg)


if __name__ == "__main__":
    print(KEYBOARD_SHORTCUT_HELP)
    secret_santa = draw(list(PARTICIPANTS))
    sender = input("sender address: ")
    password = getpass.getpass("SMTP password: ")
    send(secret_santa, sender, password)
    print(f"sent {len(secret_santa)} emails")
