"""CLI command ``unmask assess``: answer the questionnaire (``compare`` and ``forget`` are
in :mod:`unmask.cli.compare_cmd`; :func:`register` adds all three).

A thin layer over :mod:`unmask.assess` and :mod:`unmask.store`: an intro
screen (what, how long, what the partner will see, how to stop), the private
safety screening, passphrases (hidden; strength checked before the
confirmation prompt), one item per screen with the progress, every answer
saved encrypted as it is given (so an interrupted session resumes where it
stopped, and two open sessions merge), the private sections chosen before
sealing, and a new dated round when someone answers again later. It never
prints a stored answer outside the explicit ``compare`` reveal or ``--export``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import click

from unmask.assess import (
    AnswerSheet,
    Instrument,
    ScreeningAnswers,
    builtin_instrument,
    builtin_screening,
    current_round,
    help_text,
    load_instrument,
    load_sheet,
    private_sections,
    save_sheet,
    sheet_from_bytes,
    sheet_to_json,
    update_sheet,
)
from unmask.assess.answers import MAX_HOPE_CHARS
from unmask.assess.instrument import ResponseScale
from unmask.assess.privacy import section_label
from unmask.assess.screening import (
    PRIVATE_KIND,
    crisis_help_text,
    guess_country,
    points_to_crisis,
    record_id,
)
from unmask.cli.assess_text import INTRO, SECONDS_PER_SCREEN, UI
from unmask.cli.common import console, handle_errors
from unmask.errors import InputError, OutputExistsError, PartnerError, UsageError
from unmask.fsutil import write_private
from unmask.store import Store, Unlocked
from unmask.store.crypto import passphrase_problem

DEFAULT_COUPLE = "default"


class _Quit(Exception):
    """The user typed q: progress is already saved."""


def _instrument(path: Path | None) -> Instrument:
    return load_instrument(path) if path is not None else builtin_instrument()


def _env_passphrase(var: str) -> str:
    value = os.environ.get(var)
    if value is None:
        raise UsageError(f"--passphrase-env {var}: the environment variable {var} is not set")
    return value


def _say(text: str) -> None:
    console.print(text, markup=False, highlight=False)


def _pause(lang: str, key: str = "continue") -> None:
    """Wait for Enter; q stops (everything so far is saved)."""
    raw = click.prompt(UI[lang][key], default="", show_default=False)
    if raw.strip().lower() == "q":
        raise _Quit


def _confirm_partner(store: Store, couple: str, partner: str, lang: str, new_partner: bool) -> None:
    """A name not yet in the couple is never created silently next to existing partners."""
    existing = store.partner_names(couple)
    if partner in existing or not existing:
        return
    text = UI[lang]
    _say(text["existing"].format(couple=couple, names=", ".join(existing)))
    if len(existing) >= 2:
        _say(text["third"])
    if new_partner:
        return
    if not click.confirm(text["new_partner_q"].format(name=partner), default=False):
        raise PartnerError(text["not_added"].format(couple=couple))


def _new_passphrase(partner: str, couple: str, env_var: str | None, lang: str) -> str:
    """Ask until the passphrase is strong enough, and only then for the confirmation."""
    text = UI[lang]
    if env_var:
        secret = _env_passphrase(env_var)
        problem = passphrase_problem(secret, (partner, couple))
        if problem is not None:
            raise UsageError(f"--passphrase-env {env_var}: the passphrase is too weak: {problem}")
        return secret
    while True:
        secret = str(click.prompt(text["pass"].format(name=partner), hide_input=True))
        problem = passphrase_problem(secret, (partner, couple))
        if problem is not None:
            _say(text["weak"].format(problem=problem))
            continue
        again = str(click.prompt(text["repeat"], hide_input=True))
        if again == secret:
            return secret
        _say(text["mismatch"])


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
    _say(text["new"].format(name=partner, couple=couple))
    return store.create_partner(couple, partner, _new_passphrase(partner, couple, env_var, lang))


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


def _intro(instrument: Instrument, lang: str) -> None:
    text = UI[lang]
    screens = instrument.items + instrument.predicted_items
    total = len(screens) + len(instrument.domains) + (1 if instrument.max_hopes else 0)
    total += len(builtin_screening().items)
    minutes = max(1, round(total * SECONDS_PER_SCREEN / 60))
    console.clear()
    console.rule(text["intro_title"])
    for paragraph in INTRO[lang]:
        _say("\n" + paragraph.format(minutes=minutes, screens=total))
    _say("")
    _pause(lang, "begin")


def _run_screening(
    store: Store, who: Unlocked, instrument: Instrument, round_no: int, lang: str
) -> None:
    """The private safety questions; a positive screen shows where help is, at once."""
    screening = builtin_screening()
    record = record_id(instrument.id, round_no)
    stored = store.load_private(who, PRIVATE_KIND, record)
    state = ScreeningAnswers.from_bytes(stored, screening) if stored else ScreeningAnswers()
    if state.done:
        return
    lang_of = lang if lang in screening.title else "en"
    scale = ResponseScale(1, screening.high, screening.labels)
    answers = dict(state.answers)
    try:
        for number, item in enumerate(screening.items):
            if item.id in answers:
                continue
            body = item.text[lang_of].strip()
            if number == 0:
                body = f"{screening.intro[lang_of].strip()}\n\n{body}"
            _screen(screening.title[lang_of], number, len(screening.items), body)
            answers[item.id] = _ask_rating(scale, lang_of)
            payload = ScreeningAnswers(answers).to_bytes(screening)
            store.save_private(who, PRIVATE_KIND, record, payload)
    except _Quit:
        if screening.is_positive(answers):  # stopping early still shows where help is
            _show_help(lang_of)
        raise
    payload = ScreeningAnswers(answers, done=True).to_bytes(screening)
    store.save_private(who, PRIVATE_KIND, record, payload)
    if screening.is_positive(answers):
        _show_help(lang_of)
        _pause(lang)


def _show_crisis(lang: str) -> None:
    """The crisis lines, as the chat report's crisis notice shows them (docs/safety.md)."""
    console.clear()
    for line in crisis_help_text(lang, guess_country()):
        _say(line)
    _say("")


def _show_help(lang: str) -> None:
    screening = builtin_screening()
    console.clear()
    _say(screening.positive[lang].strip() + "\n")
    for line in help_text(lang, guess_country()):
        _say(line)
    _say("\n" + screening.advice[lang].strip() + "\n")


def _choose_private(instrument: Instrument, lang: str) -> tuple[str, ...]:
    text = UI[lang]
    sections = private_sections(instrument)
    if not sections:
        return ()
    lang_of = lang if lang in instrument.languages else instrument.languages[0]
    console.clear()
    console.rule(text["private_title"])
    _say("\n" + text["private_intro"] + "\n")
    for number, section in enumerate(sections, start=1):
        _say(f"  {number} = {section_label(instrument, section, lang_of)}")
    while True:
        raw = click.prompt(text["private_prompt"], default="", show_default=False).strip()
        if raw.lower() == "q":
            raise _Quit
        parts = raw.replace(",", " ").split()
        if all(p.isascii() and p.isdigit() and 1 <= int(p) <= len(sections) for p in parts):
            return tuple(dict.fromkeys(sections[int(p) - 1] for p in parts))
        _say(text["private_invalid"].format(n=len(sections)))


def _run_questionnaire(
    store: Store,
    who: Unlocked,
    instrument: Instrument,
    round_no: int,
    sheet: AnswerSheet,
    lang: str,
) -> AnswerSheet:
    """Ask every screen not yet answered, saving (and merging) after each one."""
    text = UI[lang]
    lang_of = lang if lang in instrument.languages else instrument.languages[0]
    screens: list[tuple[str, str, str]] = [("answers", i.id, text["you"]) for i in instrument.items]
    screens += [("predictions", i.id, text["predict"]) for i in instrument.predicted_items]
    screens += [("domains", d.id, text["domains"]) for d in instrument.domains]
    for section, key, title in screens:
        if key in getattr(sheet, section):
            continue
        sheet = load_sheet(store, who, instrument, round_no)  # another open session may have
        if key in getattr(sheet, section):  # answered it meanwhile
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
        value = _ask_rating(scale, lang)
        sheet = update_sheet(store, who, instrument, round_no, _answer(section, key, value))
    if instrument.max_hopes and not sheet.hopes_done:
        done, total = sheet.progress(instrument)
        prompt_text = instrument.text(instrument.hopes_prompt or {"en": ""}, lang_of)
        _screen(text["hopes"], done, total, prompt_text)
        while len(sheet.hopes) < instrument.max_hopes:
            hope = click.prompt(f"{len(sheet.hopes) + 1}", default="", show_default=False).strip()
            if not hope:
                break
            sheet = update_sheet(store, who, instrument, round_no, _add_hope(hope, instrument))
            if points_to_crisis([hope]):  # words about not wanting to live: help at once
                _show_crisis(lang_of)
                _pause(lang)
                _screen(text["hopes"], done, total, prompt_text)
        sheet = update_sheet(store, who, instrument, round_no, _hopes_done)
    private = _choose_private(instrument, lang)
    return update_sheet(store, who, instrument, round_no, _seal(private))


Change = Callable[[AnswerSheet], AnswerSheet]


def _answer(section: str, key: str, value: int | None) -> Change:
    return lambda sheet: sheet.with_answer(section, key, value)


def _add_hope(hope: str, instrument: Instrument) -> Change:
    def change(sheet: AnswerSheet) -> AnswerSheet:
        hopes = (*sheet.hopes, hope[:MAX_HOPE_CHARS])[: instrument.max_hopes]
        return replace(sheet, hopes=hopes)

    return change


def _hopes_done(sheet: AnswerSheet) -> AnswerSheet:
    return replace(sheet, hopes_done=True)


def _seal(private: tuple[str, ...]) -> Change:
    return lambda sheet: replace(sheet, private=private, finished=True)


@click.command("assess")
@click.option("--couple", default=DEFAULT_COUPLE, show_default=True, help="Couple id.")
@click.option("--partner", help="Your name (or a pseudonym) in this couple.")
@click.option(
    "--new-partner",
    is_flag=True,
    help="You are a new partner of a couple that already has partners (skip the question).",
)
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
    help="Write your answers (latest round) as (unencrypted) JSON and stop.",
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
    new_partner: bool,
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
    text = UI[lang]
    with Store(db) as store:
        if partner is None:
            existing = store.partner_names(couple)
            if existing:
                _say(text["existing"].format(couple=couple, names=", ".join(existing)))
            partner = click.prompt("Your name or pseudonym", type=str).strip()
        if export_path and not store.partner_exists(couple, partner):
            raise PartnerError(f"no partner {partner!r} in couple {couple!r}: nothing to export")
        _confirm_partner(store, couple, partner, lang, new_partner)
        try:
            interactive = import_path is None and export_path is None
            if interactive and not store.rounds(couple, partner, instrument.id):
                _intro(instrument, lang)
            who = _unlock_or_create(store, couple, partner, passphrase_env, lang)
            if import_path is not None:
                _import(store, who, instrument, import_path)
                return
            round_no, sheet = current_round(store, who, instrument)
            if export_path is not None:
                _export(export_path, sheet, couple, partner)
                return
            if sheet.finished:
                date = store.rounds(couple, partner, instrument.id)[-1].updated_at[:10]
                question = text["new_round"].format(round=round_no, date=date, next=round_no + 1)
                if not click.confirm(question, default=True):
                    _say(text["kept"].format(round=round_no))
                    return
                round_no, sheet = round_no + 1, AnswerSheet(instrument.id, instrument.version)
                _intro(instrument, lang)
            elif sheet.progress(instrument)[0]:
                screen = sheet.progress(instrument)[0] + 1
                _say(text["welcome_back"].format(name=partner, round=round_no, screen=screen))
            _run_screening(store, who, instrument, round_no, lang)
            sheet = _run_questionnaire(store, who, instrument, round_no, sheet, lang)
        except _Quit:
            _say(text["saved"])
            return
        _say(text["done"].format(couple=couple, round=round_no))


def _import(store: Store, who: Unlocked, instrument: Instrument, path: Path) -> None:
    """Fill the current round from JSON (a finished round is kept: the next one is filled).

    The stored round is replaced without being read, so a damaged one can be repaired.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    sheet = sheet_from_bytes(data, instrument, str(path))
    rounds = store.rounds(who.couple_id, who.partner, instrument.id)
    round_no = rounds[-1].number if rounds else 1
    if rounds and rounds[-1].finished:
        round_no += 1
    save_sheet(store, who, sheet, round_no)
    done, total = sheet.progress(instrument)
    _say(
        f"Imported {done} of {total} screens for {who.partner!r} as round {round_no}; "
        f"finished: {'yes' if sheet.finished else 'no'}."
    )


def _export(path: Path, sheet: AnswerSheet, couple: str, partner: str) -> None:
    if path.exists():
        raise OutputExistsError(f"{path} exists; choose another file name")
    payload = json.dumps(sheet_to_json(sheet, couple, partner), ensure_ascii=False, indent=2)
    write_private(path, payload.encode("utf-8"))
    _say(
        f"Wrote {path}. It is NOT encrypted: keep it private and delete it when done. "
        "(The private safety questions are never exported.)"
    )


def register(app: click.Group) -> None:
    """Add this group's commands to the main app."""
    from unmask.cli.compare_cmd import compare, forget

    for command in (assess, compare, forget):
        app.add_command(command)
