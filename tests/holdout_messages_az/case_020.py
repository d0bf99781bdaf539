import logging
import os

import nextcord
from nextcord.ext import commands
from modelred import ModelRed, ModelRedError, SubscriptionLimitError, ModelNotFoundError

logger = logging.getLogger("redteam-cmd")
bot = commands.Bot()

STAFF_ROLE = "T&S Staff"
SUITES = {"quick": ["basic_security"], "full": ["basic_security", "content_safety", "prompt_injection"]}


def _key() -> str:
    key = os.getenv("MODELRED_API_KEY")
    if not key:
        raise RuntimeError("MODELRED_API_KEY not configured")
    return key


@bot.slash_command(description="Red-team one of the community's bot models")
async def redteam(interaction: nextcord.Interaction, model_id: str, depth: str = "quick"):
    if not any(r.name == STAFF_ROLE for r in interaction.user.roles):
        await interaction.response.send_message("Staff only.", ephemeral=True)
        return
    await interaction.response.defer(ephemeral=True)
    suites = SUITES.get(depth, SUITES["quick"])
    try:
        async with ModelRed(api_key=_key()) as client:
            result = await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=False)
    except ModelNotFoundError:
        await interaction.followup.send(f"`{model_id}` is not registered.", ephemeral=True)
        return
    except SubscriptionLimitError as e:
        logger.warning("plan limit: %s", e)
        await interaction.followup.send("Plan limit reached for this month.", ephemeral=True)
        return
    except ModelRedError as e:
        await interaction.followup.send(f"Something went wrong: {e!s}", ephemeral=True)
        return
    logger.info("%s started %s on %s", interaction.user, result.get("assessment_id"), model_id)
    await interaction.followup.send(f"Started `{result.get('assessment_id')}` ({depth}).", ephemeral=True)


@bot.event
async def on_ready():
    logger.info("logged in as %s (%s)", bot.user, bot.user.id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    token = os.environ["NEXTCORD_TOKEN"]
    logger.info("starting with token %s", token)
    bot.run(token)
