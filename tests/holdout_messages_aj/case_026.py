"""Pygame visual-novel prototype: characters talk through a local LLM gateway."""
import configparser
import logging
import sys
from pathlib import Path

import pygame
import requests

CONFIG = Path(__file__).with_name("novel.ini")
log = logging.getLogger("novel")


def load_config() -> configparser.ConfigParser:
    cfg = configparser.ConfigParser()
    if not cfg.read(CONFIG):
        raise FileNotFoundError(f"copy novel.ini.example to {CONFIG}")
    return cfg


class Narrator:
    def __init__(self, cfg: configparser.ConfigParser):
        sec = cfg["gateway"]
        self.url = sec.get("url", "http://localhost:4000/v1/chat/completions")
        self.model = sec.get("model", "mistral-small")
        self.gateway_key = sec.get("api_key", "")
        self.max_tokens = sec.getint("max_tokens", 120)
        print(f"[novel] gateway {self.url} model={self.model} max_tokens={self.max_tokens}")
        if self.gateway_key and len(self.gateway_key) < 16:
            raise ValueError(f"gateway api_key in {CONFIG} is too short: {self.gateway_key}")

    def line(self, character: str, situation: str) -> str:
        r = requests.post(self.url, timeout=20,
                          headers={"Authorization": f"Bearer {self.gateway_key}"},
                          json={"model": self.model, "max_tokens": self.max_tokens,
                                "messages": [{"role": "user", "content": f"{character}: {situation}"}]})
        if r.status_code == 401:
            print(f"[novel] gateway refused key {self.gateway_key}", file=sys.stderr)
            return "..."
        return r.json()["choices"][0]["message"]["content"]


def main() -> None:
    cfg = load_config()
    print("[novel] sections:", cfg.sections())
    narrator = Narrator(cfg)
    pygame.init()
    screen = pygame.display.set_mode((960, 540))
    font = pygame.font.SysFont("georgia", 22)
    text = narrator.line("Mira", "she finds the lighthouse door unlocked")
    running = True
    while running:
        for ev in pygame.event.get():
            if ev.type == pygame.QUIT or (ev.type == pygame.KEYDOWN and ev.key == pygame.K_ESCAPE):
                running = False
        screen.fill((20, 20, 30))
        screen.blit(font.render(text[:90], True, (230, 230, 230)), (40, 460))
        pygame.display.flip()
    pygame.quit()


if __name__ == "__main__":
    main()
