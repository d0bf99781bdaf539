"""Outil de traduction de lots (script interne, équipe de Lyon)."""
import csv
import logging
import sys

import requests

journal = logging.getLogger("traduction")

clé_api = "sk-proj-dDJXfygnqqSew2MMGUgjzMV7t6CttmstMbuaEsGdzpFSSuje"
URL_API = "https://api.openai.com/v1/chat/completions"
NOM_VARIABLE_CLÉ = "OPENAI_API_KEY"
modèle = "gpt-4o-mini"


def traduire(texte: str, langue: str) -> str:
    entêtes = {"Authorization": f"Bearer {clé_api}"}
    corps = {"model": modèle, "messages": [{"role": "user", "content": f"Traduire en {langue}: {texte}"}], "max_tokens": 400}
    réponse = requests.post(URL_API, headers=entêtes, json=corps, timeout=60)
    if réponse.status_code != 200:
        journal.error("échec %s : %s", réponse.status_code, réponse.text[:200])
        journal.debug("entêtes envoyées : %s", entêtes)
        raise RuntimeError(f"traduction impossible ({réponse.status_code})")
    return réponse.json()["choices"][0]["message"]["content"]


def vérifier_configuration() -> None:
    if not clé_api.startswith("sk-"):
        raise SystemExit(f"clé invalide, définir {NOM_VARIABLE_CLÉ}")
    journal.info("clé chargée : %s…%s", clé_api[:3], clé_api[-4:])


def principal(chemin: str, langue: str) -> None:
    vérifier_configuration()
    with open(chemin, newline="", encoding="utf-8") as f:
        lignes = list(csv.DictReader(f))
    journal.info("%d lignes à traduire vers %s", len(lignes), langue)
    for ligne in lignes:
        try:
            ligne["traduction"] = traduire(ligne["texte"], langue)
        except RuntimeError as exc:
            print(f"ligne {ligne['id']} : {exc} (clé {clé_api})", file=sys.stderr)
    with open(chemin.replace(".csv", f".{langue}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(lignes[0]))
        w.writeheader()
        w.writerows(lignes)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    principal(sys.argv[1], sys.argv[2])
