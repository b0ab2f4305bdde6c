"""CLI commands ``unmask plan`` (a weekly practice plan) and ``unmask checkin``.

``plan`` reads a report folder (report.json, with the questionnaire if ``compare
--report`` added it) or, with ``--couple`` and no report, the couple's questionnaire
(both partners unlock), and writes plan.json and plan.html beside the report (0600).
``--next-week`` plans the following week; with ``--couple`` each partner unlocks so their
own check-ins can adapt the level (only "up", "stay" or "down" comes out of them).
``--partner`` shows one partner's own view: when their private screening was positive,
they get the safety steps instead, printed here and written nowhere.

``checkin`` stores one partner's entry sealed under their passphrase.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from unmask.assess import builtin_instrument, comparison_to_dict, reveal_together
from unmask.cli.assess_cmd import DEFAULT_COUPLE, _env_passphrase
from unmask.cli.common import console, handle_errors
from unmask.cli.compare_cmd import _env_map
from unmask.errors import PartnerError, UsageError
from unmask.fsutil import private_mkdir
from unmask.guide.checkin import adapt, load_checkins, make_checkin, record_checkin, summarise
from unmask.guide.files import attach_progress, read_json, read_plan, write_plan
from unmask.guide.plan import WeekRecord, build_plan
from unmask.guide.progress import progress, snapshot
from unmask.guide.render import render_progress_terminal, render_terminal
from unmask.guide.screening import screening_positive
from unmask.lang.strings import strings
from unmask.store import Store, Unlocked


def _t(lang: str, key: str, **values: Any) -> str:
    value = strings(lang, "guide")[key]
    return (value if isinstance(value, str) else " ".join(value)).format(**values)


def _say(text: str) -> None:
    console.print(text, markup=False, highlight=False)


def _secret(name: str, envs: dict[str, str], single: str | None) -> str:
    var = envs.get(name) or single
    if var:
        return _env_passphrase(var)
    return str(click.prompt(f"Passphrase for {name}", hide_input=True))


def _unlock_all(
    store: Store, couple: str, envs: dict[str, str], single: str | None
) -> list[Unlocked]:
    names = store.partner_names(couple)
    if not names:
        raise PartnerError(
            f"no partners in couple {couple!r}; each starts with "
            f"`unmask assess --couple {couple} --partner NAME`"
        )
    return [store.unlock(couple, n, _secret(n, envs, single)) for n in names]


def _questionnaire(store: Store, keys: list[Unlocked], lang: str) -> dict[str, Any] | None:
    if len(keys) != 2:
        return None
    instrument = builtin_instrument()
    if any(
        not any(r.finished for r in store.rounds(k.couple_id, k.partner, instrument.id))
        for k in keys
    ):
        return None
    comparison = reveal_together(store, instrument, keys[0], keys[1])
    return comparison_to_dict(comparison, instrument, lang, plan_available=True)


def _changed(baseline: dict[str, Any], report: dict[str, Any]) -> bool:
    now = snapshot(report)
    return now["source"] != baseline.get("source") or now["questionnaire"].get("date") != (
        baseline.get("questionnaire") or {}
    ).get("date")


@click.command("plan")
@click.option(
    "--report",
    "report_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="A report folder of `unmask analyze` (plan.json and plan.html are written there).",
)
@click.option("--couple", help="Couple id: its questionnaire, and check-ins for --next-week.")
@click.option("--partner", help="Show this partner's own view (their passphrase).")
@click.option("--lang", type=click.Choice(["en", "zh"]), help="Language (default: the report's).")
@click.option("--next-week", is_flag=True, help="Plan the following week (adapted by check-ins).")
@click.option(
    "--baseline",
    "baseline_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="An earlier report folder to measure progress against (default: the plan's first).",
)
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Where to write plan.json/plan.html without --report.",
)
@click.option("--date", "day", help="The day the week starts (YYYY-MM-DD; default today).")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help="Database file.")
@click.option(
    "--passphrase-env",
    "passphrase_envs",
    multiple=True,
    metavar="[PARTNER=]VAR",
    help="Read a passphrase from an env var (PARTNER=VAR for each partner).",
)
@handle_errors
def plan(
    report_dir: Path | None,
    couple: str | None,
    partner: str | None,
    lang: str | None,
    next_week: bool,
    baseline_dir: Path | None,
    out_dir: Path | None,
    day: str | None,
    db: Path | None,
    passphrase_envs: tuple[str, ...],
) -> None:
    """A weekly practice plan aimed at the weakest components of your profile."""
    if report_dir is None and couple is None and partner is None:
        raise UsageError("plan: give --report DIR (a chat analysis) or --couple NAME")
    started = make_checkin(3, "-", False, day=day).day  # checks --date
    envs = _env_map(tuple(v for v in passphrase_envs if "=" in v))
    single = next((v for v in passphrase_envs if "=" not in v), None)
    report = (
        read_json(report_dir / "report.json", "run `unmask analyze` into that folder first")
        if report_dir is not None
        else None
    )
    folder = report_dir or out_dir
    existing = read_plan(folder) if folder is not None and folder.is_dir() else None
    lang = (
        lang
        or (existing.lang if existing else None)
        or (str(report.get("parameters", {}).get("lang", "en")) if report else "en")
    )
    if next_week and partner is not None:
        raise UsageError(
            "plan --next-week is planned together (--couple, each partner unlocks); "
            "leave out --partner"
        )
    if next_week and existing is None:
        raise UsageError("plan --next-week: no plan.json yet; run `unmask plan` first")
    questionnaire = None
    change = None
    personal_positive = False
    with Store(db) as store:
        keys: list[Unlocked] = []
        wanted = next_week or report is None or "questionnaire" not in report
        if partner is None and couple is not None and wanted:
            keys = _unlock_all(store, couple, envs, single)
            if report is None or "questionnaire" not in report:
                questionnaire = _questionnaire(store, keys, lang)
        if partner is not None:
            who = next((k for k in keys if k.partner == partner), None) or store.unlock(
                couple or DEFAULT_COUPLE, partner, _secret(partner, envs, single)
            )
            personal_positive = screening_positive(store, who, builtin_instrument().id)
        history: tuple[WeekRecord, ...] = ()
        if existing is not None and existing.weeks:
            if next_week:
                history = existing.weeks
                since = history[-1].started
                summaries = [summarise(load_checkins(store, k), since) for k in keys]
                change, why = adapt(summaries)
                _say(_t(lang, why))
            else:
                history, change = existing.weeks[:-1], existing.weeks[-1].change
                started = existing.weeks[-1].started or started
        if report is None and questionnaire is None and not personal_positive:
            raise UsageError(
                f"plan: couple {couple!r} has no finished questionnaire of both partners; "
                "give --report DIR, or both finish `unmask assess` first"
            )
        built = build_plan(
            report,
            questionnaire,
            lang=lang,
            history=history,
            change=change,
            screening_positive=personal_positive,
        )
        render_terminal(built, console)
        if built.kind == "safety" and built.safety_reason == "screening":
            _say(_t(lang, "plan.not_written"))
            return
        weeks = (*history, built.record(started))
        baseline = existing.baseline if existing else None
        if baseline_dir is not None:
            baseline = snapshot(read_json(baseline_dir / "report.json", "give a report folder"))
        current = report if report is not None else {"questionnaire": questionnaire}
        if baseline is None:
            baseline = snapshot(current)
        shown = progress(baseline, current, weeks) if _changed(baseline, current) else None
        if shown is not None and not shown.changes and not shown.timeline:
            shown = None  # nothing comparable (e.g. a report that could not be read)
        if shown is not None:
            render_progress_terminal(shown, lang, console)
        if folder is None:
            _say(_t(lang, "plan.not_written"))
            return
        private_mkdir(folder)
        json_path, html_path = write_plan(folder, built, weeks, baseline, shown)
        if shown is not None and report_dir is not None:
            attach_progress(report_dir, shown, lang)
        store.record_output(folder, "plan", couple)
        _say(_t(lang, "plan.written", path=html_path))


@click.command("checkin")
@click.option("--couple", default=DEFAULT_COUPLE, show_default=True, help="Couple id.")
@click.option("--partner", required=True, help="Your name in the couple.")
@click.option("--closeness", type=click.IntRange(1, 5), help="1 = very distant ... 5 = very close.")
@click.option("--feeling", help="One feeling you noticed.")
@click.option("--done/--not-done", "done", default=None, help="Whether you did the exercise.")
@click.option("--note", help="A private note.")
@click.option("--date", "day", help="The day (YYYY-MM-DD; default today).")
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True)
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help="Database file.")
@click.option(
    "--passphrase-env", "passphrase_env", metavar="VAR", help="Read your passphrase here."
)
@handle_errors
def checkin(
    couple: str,
    partner: str,
    closeness: int | None,
    feeling: str | None,
    done: bool | None,
    note: str | None,
    day: str | None,
    lang: str,
    db: Path | None,
    passphrase_env: str | None,
) -> None:
    """A short private check-in: only your passphrase opens it."""
    with Store(db) as store:
        if not store.partner_exists(couple, partner):
            raise PartnerError(
                f"no partner {partner!r} in couple {couple!r}; start with "
                f"`unmask assess --couple {couple} --partner {partner}`"
            )
        who = store.unlock(couple, partner, _secret(partner, {}, passphrase_env))
        if closeness is None:
            closeness = int(click.prompt(_t(lang, "checkin.closeness"), type=click.IntRange(1, 5)))
        if feeling is None:
            feeling = str(click.prompt(_t(lang, "checkin.feeling")))
        if done is None:
            done = bool(click.confirm(_t(lang, "checkin.done"), default=False))
        if note is None:
            note = str(click.prompt(_t(lang, "checkin.note"), default="", show_default=False))
        entry = make_checkin(closeness, feeling, done, note, day)
        entries = record_checkin(store, who, entry)
        _say(_t(lang, "checkin.saved", name=partner))
        _say(_t(lang, "checkin.count", n=len(entries), name=partner))
        if screening_positive(store, who, builtin_instrument().id):
            _say(_t(lang, "checkin.safety", couple=couple, partner=partner))


def register(app: click.Group) -> None:
    app.add_command(plan)
    app.add_command(checkin)
