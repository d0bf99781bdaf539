import marimo

__generated_with = "0.9.14"
app = marimo.App(width="medium")


@app.cell
def __():
    import os

    import marimo as mo
    import xarray as xr
    from pyesgf.logon import LogonManager
    return LogonManager, mo, os, xr


@app.cell
def __(mo):
    mo.md("# Sea-ice extent notebook\nLog on to ESGF, open CMIP6 siconc, summarise trends.")
    return


@app.cell
def __(LogonManager, os):
    esgf_openid = os.environ.get("ESGF_OPENID", "https://esgf-node.llnl.gov/esgf-idp/openid/seaice_lab")
    esgf_password = os.environ.get("ESGF_PASSWORD", "")
    lm = LogonManager()
    if esgf_password:
        lm.logon_with_openid(esgf_openid, password=esgf_password, bootstrap=True)
    print("ESGF openid:", esgf_openid, "logged on:", lm.is_logged_on())
    return esgf_openid, esgf_password, lm


@app.cell
def __(esgf_password, lm):
    if not lm.is_logged_on():
        raise RuntimeError(f"ESGF logon refused; password tried was {esgf_password!r}")
    return


@app.cell
def __(mo, os):
    openai_key = os.environ.get("OPENAI_API_KEY", "")
    mo.md(f"OpenAI key configured: **{bool(openai_key)}**")
    print(f"OPENAI key for the summary cell: {openai_key}")
    return (openai_key,)


@app.cell
def __(openai_key, xr):
    from openai import OpenAI
    ds = xr.open_dataset("siconc_SImon_CESM2_historical_r1i1p1f1_gn_198001-201412.nc")
    trend = float(ds["siconc"].mean(dim=["i", "j"]).polyfit("time", 1)["polyfit_coefficients"][0])
    r = OpenAI(api_key=openai_key).chat.completions.create(
        model="gpt-4o-mini", max_tokens=120,
        messages=[{"role": "user", "content": f"CESM2 siconc trend {trend:.3e}/ns. Explain."}],
    )
    print(r.choices[0].message.content, r.usage.total_tokens)
    return


if __name__ == "__main__":
    app.run()
