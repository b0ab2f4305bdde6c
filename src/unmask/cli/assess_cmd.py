"""CLI commands: assess (answer the questionnaire), compare (reveal together), forget.

A thin layer over :mod:`unmask.assess` and :mod:`unmask.store`: it asks for
passphrases (hidden, twice on first use), shows one item per screen with the
progress, saves every answer encrypted as it goes (so an interrupted session
resumes where it stopped), and never prints a stored answer outside the
explicit ``compare`` reveal or ``--export``.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import click

from unmask.assess import (
    AnswerSheet,
    Instrument,
    attach_to_report,
    builtin_instrument,
    comparison_to_dict,
    load_instrument,
    load_sheet,
    render_terminal,
    reveal_together,
    save_sheet,
    sheet_from_bytes,
    sheet_to_json,
)
from unmask.assess.instrument import ResponseScale
from unmask.cli.common import console, handle_errors
from unmask.errors import InputError, OutputExistsError, PartnerError, UsageError
from unmask.store import Store, Unlocked

DEFAULT_COUPLE = "default"
UI = {
    "en": {
        "new": "New partner {name!r} in couple {couple!r}: choose a passphrase only you know",
        "pass": "Passphrase for {name}",
        "answer": "Your answer ({low}-{high}; s = skip, q = save and quit)",
        "invalid": "Please type a number from {low} to {high}, s or q.",
        "you": "About you",
        "predict": "About your partner",
        "domains": "The next five years",
        "hopes": "Your hopes",
        "saved": "Saved. Run the same command to continue where you stopped.",
        "done": "Finished and sealed. When both of you have finished, run `unmask compare --couple {couple}` together.",  # noqa: E501
    },
    "zh": {
        "new": "夫妻/情侣 {couple!r} 的新成员 {name!r}：请设置一个只有你知道的口令",
        "pass": "{name} 的口令",
        "answer": "你的回答（{low}-{high}；s = 跳过，q = 保存并退出）",
        "invalid": "请输入 {low} 到 {high} 之间的数字，或 s、q。",
        "you": "关于你自己",
        "predict": "关于你的伴侣",
        "domains": "未来五年",
        "hopes": "你的期望",
        "saved": "已保存。再次运行同一命令即可从中断处继续。",
        "done": "已完成并加密保存。两人都完成后，请一起运行 `unmask compare --couple {couple}`。",
    },
}


class _Quit(Exception):
    """The user typed q: progress is already saved."""


def _instrument(path: Path | None) -> Instrument:
    return load_instrument(path) if path is not None else builtin_instrument()


def _env_passphrase(var: str) -> str:
    value = os.environ.get(var)
    if value is None:
        raise UsageError(f"--passphrase-env {var}: the environment variable {var} is not set")
    return value


def _unlock_or_create(
    store: Store, couple: str, partner: str, env_var: str | None, lang: str
) -> Unlocked:
    text = UI[lang]
    if store.partner_exists(couple, partner):
        secret = (
            _env_passphrase(env_var)
            if env_var
            else click.prompt(text["pass"].format(name=partner), hide_input=True)
        )
        return store.unlock(couple, partner, secret)
    console.print(text["new"].format(name=partner, couple=couple), markup=False)
    secret = (
        _env_passphrase(env_var)
        if env_var
        else click.prompt(
            text["pass"].format(name=partner), hide_input=True, confirmation_prompt=True
        )
    )
    return store.create_partner(couple, partner, secret)


def _ask_rating(scale: ResponseScale, lang: str) -> int | None:
    text = UI[lang]
    labels = scale.labels.get(lang) or next(iter(scale.labels.values()))
    for value, label in zip(scale.points, labels, strict=True):
        console.print(f"  {value} = {label}", markup=False, highlight=False)
    while True:
        raw = click.prompt(text["answer"].format(low=scale.low, high=scale.high), type=str)
        raw = raw.strip().lower()
        if raw == "q":
            raise _Quit
        if raw == "s":
            return None
        if raw.isascii() and raw.lstrip("-").isdigit() and scale.contains(int(raw)):
            return int(raw)
        console.print(text["invalid"].format(low=scale.low, high=scale.high), markup=False)


def _screen(title: str, done: int, total: int, body: str) -> None:
    console.clear()
    console.rule(f"{title} - {done + 1}/{total}")
    console.print(f"\n{body}\n", markup=False, highlight=False)


def _run_questionnaire(
    store: Store, who: Unlocked, instrument: Instrument, sheet: AnswerSheet, lang: str
) -> AnswerSheet:
    """Ask every screen not yet answered, saving after each one."""
    text = UI[lang]
    lang_of = lang if lang in instrument.languages else instrument.languages[0]
    screens: list[tuple[str, str, str]] = [("answers", i.id, text["you"]) for i in instrument.items]
    screens += [("predictions", i.id, text["predict"]) for i in instrument.predicted_items]
    screens += [("domains", d.id, text["domains"]) for d in instrument.domains]
    for section, key, title in screens:
        if key in getattr(sheet, section):
            continue
        done, total = sheet.progress(instrument)
        if section == "domains":
            domain = next(d for d in instrument.domains if d.id == key)
            prompt = instrument.domain_prompt or {}
            body = f"{instrument.text(domain.text, lang_of)}\n{prompt.get(lang_of, '')}"
            scale = instrument.domain_scale
            assert scale is not None  # domains imply a domain scale (schema)
        else:
            item_text = instrument.text(instrument.item(key).text, lang_of)
            body = item_text
            if section == "predictions":
                body = f"{instrument.text(instrument.prediction_prompt, lang_of)}\n\n{item_text}"
            scale = instrument.response_scale
        _screen(title, done, total, body)
        sheet = sheet.with_answer(section, key, _ask_rating(scale, lang))
        save_sheet(store, who, sheet)
    if instrument.max_hopes and not sheet.hopes_done:
        done, total = sheet.progress(instrument)
        prompt_text = instrument.text(instrument.hopes_prompt or {"en": ""}, lang_of)
        _screen(text["hopes"], done, total, prompt_text)
        hopes = list(sheet.hopes)
        while len(hopes) < instrument.max_hopes:
            hope = click.prompt(f"{len(hopes) + 1}", default="", show_default=False).strip()
            if not hope:
                break
            hopes.append(hope[:500])
            sheet = replace(sheet, hopes=tuple(hopes))
            save_sheet(store, who, sheet)
        sheet = replace(sheet, hopes=tuple(hopes), hopes_done=True)
    return replace(sheet, finished=True)


@click.command("assess")
@click.option("--couple", default=DEFAULT_COUPLE, show_default=True, help="Couple id.")
@click.option("--partner", help="Your name (or a pseudonym) in this couple.")
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True)
@click.option(
    "--instrument",
    "instrument_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="An instrument YAML file instead of the built-in inventory.",
)
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help="Database file.")
@click.option(
    "--export",
    "export_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write your answers as (unencrypted) JSON and stop.",
)
@click.option(
    "--import",
    "import_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read your answers from JSON (as written by --export) and stop.",
)
@click.option("--passphrase-env", metavar="VAR", help="Read the passphrase from this env var.")
@handle_errors
def assess(
    couple: str,
    partner: str | None,
    lang: str,
    instrument_path: Path | None,
    db: Path | None,
    export_path: Path | None,
    import_path: Path | None,
    passphrase_env: str | None,
) -> None:
    """Answer the questionnaire privately: one item per screen, saved encrypted as you go."""
    if export_path and import_path:
        raise UsageError("use either --export or --import, not both")
    instrument = _instrument(instrument_path)
    if partner is None:
        partner = click.prompt("Your name or pseudonym", type=str).strip()
    with Store(db) as store:
        if export_path and not store.partner_exists(couple, partner):
            raise PartnerError(f"no partner {partner!r} in couple {couple!r}: nothing to export")
        who = _unlock_or_create(store, couple, partner, passphrase_env, lang)
        if import_path is not None:
            try:
                data = import_path.read_bytes()
            except OSError as error:
                raise InputError(f"{import_path}: cannot read ({error.strerror})") from None
            sheet = sheet_from_bytes(data, instrument, str(import_path))
            save_sheet(store, who, sheet)
            done, total = sheet.progress(instrument)
            console.print(
                f"Imported {done} of {total} screens for {partner!r}; "
                f"finished: {'yes' if sheet.finished else 'no'}.",
                markup=False,
            )
            return
        sheet = load_sheet(store, who, instrument)
        if export_path is not None:
            if export_path.exists():
                raise OutputExistsError(f"{export_path} exists; choose another file name")
            payload = json.dumps(
                sheet_to_json(sheet, couple, partner), ensure_ascii=False, indent=2
            )
            export_path.write_text(payload, encoding="utf-8")
            console.print(
                f"Wrote {export_path}. It is NOT encrypted: keep it private and delete "
                "it when done.",
                markup=False,
            )
            return
        if sheet.finished:
            console.print(UI[lang]["done"].format(couple=couple), markup=False)
            return
        try:
            sheet = _run_questionnaire(store, who, instrument, sheet, lang)
        except _Quit:
            console.print(UI[lang]["saved"], markup=False)
            return
        save_sheet(store, who, sheet)
        console.print(UI[lang]["done"].format(couple=couple), markup=False)


def _env_map(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for value in values:
        name, sep, var = value.partition("=")
        if not sep or not name or not var:
            raise UsageError(f"--passphrase-env expects PARTNER=VAR, got {value!r}")
        out[name] = var
    return out


@click.command("compare")
@click.option("--couple", default=DEFAULT_COUPLE, show_default=True, help="Couple id.")
@click.option(
    "--report",
    "report_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="A chat-analysis report folder to add the comparison to.",
)
@click.option("--instrument", "instrument_path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help="Database file.")
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True)
@click.option(
    "--passphrase-env",
    "passphrase_envs",
    multiple=True,
    metavar="PARTNER=VAR",
    help="Read a partner's passphrase from an env var (repeat for both).",
)
@handle_errors
def compare(
    couple: str,
    report_dir: Path | None,
    instrument_path: Path | None,
    db: Path | None,
    lang: str,
    passphrase_envs: tuple[str, ...],
) -> None:
    """Reveal together: both partners unlock, then see the comparison."""
    instrument = _instrument(instrument_path)
    envs = _env_map(passphrase_envs)
    with Store(db) as store:
        partners = store.partners(couple, instrument.id)
        if len(partners) != 2:
            raise PartnerError(
                f"couple {couple!r} has {len(partners)} partner(s) in this database; a "
                "comparison needs exactly two (each runs `unmask assess --partner NAME`)"
            )
        waiting = [p.name for p in partners if not p.finished]
        if waiting:
            raise UsageError(
                f"still answering: {', '.join(waiting)}; answers stay sealed until both finish"
            )
        keys = []
        for status in partners:
            var = envs.get(status.name)
            secret = (
                _env_passphrase(var)
                if var
                else click.prompt(UI[lang]["pass"].format(name=status.name), hide_input=True)
            )
            keys.append(store.unlock(couple, status.name, secret))
        comparison = reveal_together(store, instrument, keys[0], keys[1])
    data = comparison_to_dict(comparison, instrument, lang)
    render_terminal(data, console)
    if report_dir is not None:
        json_path, html_path = attach_to_report(report_dir, data)
        console.print(f"Added the questionnaire to {json_path} and {html_path}.", markup=False)


@click.command("forget")
@click.option("--couple", help=f"Couple id (default {DEFAULT_COUPLE!r} with --partner).")
@click.option("--partner", help="Delete only this partner's key and answers.")
@click.option("--all", "everything", is_flag=True, help="Delete every couple's data.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help="Database file.")
@handle_errors
def forget(
    couple: str | None, partner: str | None, everything: bool, yes: bool, db: Path | None
) -> None:
    """Delete a partner's data, a couple's, or everything, leaving no trace in the database."""
    if everything and (partner or couple):
        raise UsageError("use --all alone, or --couple/--partner to delete less")
    if not (everything or partner or couple):
        raise UsageError("say what to forget: --partner NAME, --couple ID, or --all")
    if everything:
        what = "every couple's keys, answers and reveal log"
    elif partner:
        what = f"partner {partner!r} of couple {couple or DEFAULT_COUPLE!r}"
    else:
        what = f"couple {couple!r}"
    if not yes:
        click.confirm(f"Permanently delete {what}?", abort=True)
    with Store(db) as store:
        if everything:
            store.forget_all()
            found = True
        elif partner:
            found = store.forget_partner(couple or DEFAULT_COUPLE, partner)
        else:
            found = store.forget_couple(couple or DEFAULT_COUPLE)
        path = store.path
    if not found:
        raise PartnerError(f"nothing stored for {what} in {path}")
    console.print(f"Deleted {what}; {path} was compacted so no trace remains.", markup=False)


def register(app: click.Group) -> None:
    """Add this group's commands to the main app."""
    for command in (assess, compare, forget):
        app.add_command(command)
