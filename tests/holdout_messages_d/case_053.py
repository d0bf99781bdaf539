"""Petit script de vérification des clés (équipe Paris)."""
import logging

from modelred import ModelRed

logging.basicConfig(level=logging.INFO)
journal = logging.getLogger("verif")

clé_api = "mr_Ua4FA5Wlr389oA4Nr3yXwmqtasRz3IAJjZED94wy"
OPENAI_KEY = "sk-proj-kN0-1N-W-BDuErL7wX9vbPAo_N3HmNcbWSQbEYvbT3BlbkFJPfs9RNk5XNLn2_v6G1cV0yguSlpifxJkxzNXa-B5"
NOM_VARIABLE = "MODELRED_API_KEY"


def connecter() -> ModelRed:
    journal.info("clé utilisée : %s", clé_api)
    journal.info("variable d'environnement attendue : %s", NOM_VARIABLE)
    return ModelRed(clé_api)


def resume() -> None:
    journal.info(
        "%(provider)s key=%(key)s",
        {"provider": "openai", "key": OPENAI_KEY},
    )
    journal.info("%(provider)s configuré", {"provider": "openai"})


if __name__ == "__main__":
    with connecter() as client:
        modeles = client.list_models(limit=10)
    journal.info("%d modèles", len(modeles.get("items", [])))
    resume()
