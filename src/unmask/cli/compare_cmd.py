"""CLI commands ``unmask compare`` (reveal together) and ``unmask forget`` (by the owner).

``compare`` needs both partners' passphrases in the same session; it shows
the comparison with a short guide for talking about the misses, and records
a ``--report`` folder in the store so ``forget`` can find it. ``forget`` is
the owner's: deleting a partner's answers needs that partner's passphrase (a
couple: every partner's); ``--all`` needs none but asks for confirmation, and
also removes the report folders ``analyze`` and ``compare --report`` wrote.
"""

from __future__ import annotations

from pathlib import Path

import click

from unmask.assess import (
    attach_to_report,
    comparison_to_dict,
    detach_from_report,
    render_terminal,
    reveal_together,
)
from unmask.cli.assess_cmd import DEFAULT_COUPLE, _env_passphrase, _instrument
from unmask.cli.assess_text import UI
from unmask.cli.common import console, err_console, handle_errors
from unmask.errors import InputError, PartnerError, StoreError, UsageError
from unmask.store import Store, remove_output


def _env_map(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for value in values:
        name, sep, var = value.partition("=")
        if not sep or not name or not var:
            raise UsageError(f"--passphrase-env expects PARTNER=VAR, got {value!r}")
        out[name] = var
    return out


def _say(text: str) -> None:
    console.print(text, markup=False, highlight=False)


def _plan_available() -> bool:
    """Whether this version has the guide's exercises (``unmask plan``)."""
    context = click.get_current_context(silent=True)
    root = context.find_root().command if context is not None else None
    return isinstance(root, click.Group) and "plan" in root.commands


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
    "--round",
    "round_no",
    type=click.IntRange(min=1),
    help="Compare this round of both partners (default: each one's latest finished round).",
)
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
    round_no: int | None,
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
        waiting = [p.name for p in partners if p.last_finished is None]
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
        comparison = reveal_together(store, instrument, keys[0], keys[1], round_no)
        data = comparison_to_dict(comparison, instrument, lang, plan_available=_plan_available())
        render_terminal(data, console)
        if report_dir is not None:
            json_path, html_path = attach_to_report(report_dir, data)
            store.record_output(report_dir, "compare", couple)
            _say(f"Added the questionnaire to {json_path} and {html_path}.")


def _passphrases(names: list[str], envs: tuple[str, ...]) -> dict[str, str]:
    """Each named partner's passphrase: --passphrase-env VAR (one partner) or NAME=VAR."""
    single = [v for v in envs if "=" not in v]
    mapping = _env_map(tuple(v for v in envs if "=" in v))
    if single and (len(single) > 1 or len(names) != 1):
        raise UsageError("--passphrase-env VAR works for one partner; use PARTNER=VAR for each")
    out = {}
    for name in names:
        var = single[0] if single else mapping.get(name)
        out[name] = (
            _env_passphrase(var)
            if var
            else click.prompt(
                f"Passphrase for {name} (needed to delete their answers)", hide_input=True
            )
        )
    return out


def _detach_compare_outputs(store: Store, couple: str) -> list[str]:
    """Take the questionnaire out of the couple's compare report folders; return failures."""
    failed = []
    for record in store.outputs(kind="compare", couple_id=couple):
        try:
            detach_from_report(record.path)
        except InputError as error:
            failed.append(f"{record.path} ({error.message})")
            continue
        store.drop_output(record)
    return failed


def _remove_outputs(store: Store) -> tuple[int, list[str]]:
    removed: set[Path] = set()
    failed: dict[Path, str] = {}
    for record in store.outputs():
        why = failed.get(record.path) if record.path in failed else remove_output(record.path)
        if why is None:
            removed.add(record.path)
            store.drop_output(record)
        else:
            failed[record.path] = why
    return len(removed), [f"{path} ({why})" for path, why in failed.items()]


@click.command("forget")
@click.option("--couple", help=f"Couple id (default {DEFAULT_COUPLE!r} with --partner).")
@click.option("--partner", help="Delete only this partner's key and answers (their passphrase).")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Delete everything on this computer: every couple's data and the report folders "
    "unmask wrote.",
)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help="Database file.")
@click.option(
    "--passphrase-env",
    "passphrase_envs",
    multiple=True,
    metavar="VAR|PARTNER=VAR",
    help="Read the passphrase from an env var (PARTNER=VAR once per partner for --couple).",
)
@handle_errors
def forget(
    couple: str | None,
    partner: str | None,
    everything: bool,
    yes: bool,
    db: Path | None,
    passphrase_envs: tuple[str, ...],
) -> None:
    """Delete your answers (with your passphrase), a couple's, or everything on this computer."""
    if everything and (partner or couple):
        raise UsageError("use --all alone, or --couple/--partner to delete less")
    if not (everything or partner or couple):
        raise UsageError("say what to forget: --partner NAME, --couple ID, or --all")
    couple_id = couple or DEFAULT_COUPLE
    with Store(db) as store:
        path = store.path
        if everything:
            what = (
                "every couple's keys, answers and reveal log, and the report folders unmask wrote"
            )
            if not yes:
                click.confirm(f"Permanently delete {what} on this computer?", abort=True)
            store.forget_all()
            removed, failed = _remove_outputs(store)
            _say(f"Deleted {what}; {path} was compacted so no trace remains.")
            if removed:
                _say(f"Removed {removed} report folder(s).")
        else:
            names = [partner] if partner else store.partner_names(couple_id)
            if not names or (partner and not store.partner_exists(couple_id, partner)):
                who = (
                    f"partner {partner!r} of couple {couple_id!r}"
                    if partner
                    else f"couple {couple_id!r}"
                )
                raise PartnerError(f"nothing stored for {who} in {path}")
            secrets = _passphrases(names, passphrase_envs)
            for name in names:
                store.unlock(couple_id, name, secrets[name])  # only the owner may delete
            what = (
                f"partner {partner!r} of couple {couple_id!r}"
                if partner
                else f"couple {couple_id!r} ({', '.join(names)})"
            )
            if not yes:
                click.confirm(f"Permanently delete {what}?", abort=True)
            if partner:
                store.forget_partner(couple_id, partner)
            else:
                store.forget_couple(couple_id)
            failed = _detach_compare_outputs(store, couple_id)
            _say(f"Deleted {what}; {path} was compacted so no trace remains.")
    if failed:
        for line in failed:
            err_console.print(f"Could not remove: {line}", markup=False, highlight=False)
        raise StoreError(
            f"{len(failed)} report folder(s) could not be cleaned; delete them yourself"
        )
