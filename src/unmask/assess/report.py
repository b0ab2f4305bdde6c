"""The dyad comparison as JSON-able data, a terminal report and an HTML fragment.

All three render the same :func:`comparison_to_dict` output, so the terminal,
``report.json`` and ``report.html`` never disagree. :func:`attach_to_report`
adds the comparison to an existing chat-analysis report folder: a
``questionnaire`` object in report.json and the HTML fragment in place of the
marker comment in report.html.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import jinja2
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from unmask.assess.dyad import Accuracy, Comparison
from unmask.assess.instrument import Instrument
from unmask.errors import InputError, UsageError
from unmask.fsutil import write_private
from unmask.lang.strings import LANGUAGES, strings

MARKER = "<!-- unmask:questionnaire -->"
BEGIN = "<!-- unmask:questionnaire:begin -->"
END = "<!-- unmask:questionnaire:end -->"
REPORT_FORMAT = "unmask-questionnaire-comparison"
CAVEAT = {
    "en": "Experimental inventory written by the unmask project: no norms, no diagnosis. "
    "Scores describe how each of you answered today, not who you are.",
    "zh": "本问卷为 unmask 项目编写的实验版本：没有常模，也不是诊断。"
    "分数描述的是你们今天的回答，而不是你们是怎样的人。",
}


TALK_GUIDE = {
    "en": {
        "title": "Before you read the misses: how to talk about them",
        "steps": [
            "Listen first: the one who was guessed about says what their answer means to them; "
            "the one who guessed listens without correcting.",
            'Ask before explaining: "What did you mean by that?" comes before "I thought that '
            'because...".',
            "One item at a time: pick one miss, talk it through, and stop when either of you "
            "needs a break. A miss is something to learn about each other, not a test failed.",
        ],
        "plan": "Exercises to practise this together: run `unmask plan`.",
        "plan_coming": "Exercises to practise this together will come with `unmask plan` "
        "(in a later version).",
        "hidden": "Some sections were kept private before sealing; they are left out for both "
        "of you, and the report does not say who chose this.",
    },
    "zh": {
        "title": "在看猜错的题目之前：怎样谈论它们",
        "steps": [
            "先倾听：被猜的一方先说说这个回答对自己意味着什么；猜的一方只听，不纠正。",
            "先问再解释：先问「你这个回答是什么意思？」，再说「我以为……是因为……」。",
            "一次只谈一题：选一个猜错的题目慢慢谈，任何一方需要休息就停下。"
            "猜错是了解彼此的机会，不是考试不及格。",
        ],
        "plan": "一起练习的小练习：运行 `unmask plan`。",
        "plan_coming": "一起练习的小练习将随 `unmask plan` 推出（后续版本）。",
        "hidden": "有些部分在提交前被设为私密；这些部分对你们两人都不显示，"
        "报告也不会说明是谁的选择。",
    },
}


def _r(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def comparison_to_dict(
    comparison: Comparison, instrument: Instrument, lang: str = "en", plan_available: bool = False
) -> dict[str, Any]:
    """A JSON-able dict: scales, inner-world accuracy (items included), dreams, talk guide.

    ``plan_available``: the guide's exercises (``unmask plan``) exist in this version.
    """
    a, b = comparison.partner_a, comparison.partner_b
    guide = TALK_GUIDE.get(lang, TALK_GUIDE["en"])

    def accuracy(acc: Accuracy) -> dict[str, Any]:
        agreement = {
            k: _r(v, 3) if isinstance(v, float) else v for k, v in asdict(acc.agreement).items()
        }
        return {
            "predictor": acc.predictor,
            "target": acc.target,
            "agreement": agreement,
            "items": [
                {
                    "item": row.item_id,
                    "scale": row.scale_id,
                    "text": instrument.text(instrument.item(row.item_id).text, lang),
                    "predicted": row.predicted,
                    "actual": row.actual,
                    "outcome": row.outcome,
                }
                for row in acc.items
            ],
        }

    scales = []
    for row in comparison.scales:
        scale = instrument.scale(row.scale_id)
        scales.append(
            {
                "scale": row.scale_id,
                "group": row.group,
                "name": instrument.text(scale.name, lang),
                "method": scale.method,
                "scores": {a: _r(row.score_a), b: _r(row.score_b)},
                "gap": _r(row.gap),
                "predictions": {
                    a: {
                        "of": b,
                        "predicted": _r(row.a_predicts_b),
                        "actual": _r(row.b_actual_on_predicted),
                    },
                    b: {
                        "of": a,
                        "predicted": _r(row.b_predicts_a),
                        "actual": _r(row.a_actual_on_predicted),
                    },
                },
            }
        )
    dreams = None
    if comparison.dreams is not None:
        d = comparison.dreams
        dreams = {
            "domains": [
                {
                    "domain": row.domain_id,
                    "name": next(
                        instrument.text(x.text, lang)
                        for x in instrument.domains
                        if x.id == row.domain_id
                    ),
                    "ratings": {a: row.rating_a, b: row.rating_b},
                }
                for row in d.domains
            ],
            "agreement": {
                k: _r(v, 3) if isinstance(v, float) else v for k, v in asdict(d.agreement).items()
            },
            "mean_abs_diff": _r(d.mean_abs_diff, 3),
            "similarity": _r(d.similarity, 3),
            "hopes": {a: list(d.hopes_a), b: list(d.hopes_b)},
            "hopes_similarity": {
                "method": "character bigrams",
                "jaccard": _r(d.hopes_jaccard, 3),
                "cosine": _r(d.hopes_cosine, 3),
                "pairs": [{a: i, b: j, "cosine": s} for i, j, s in d.hope_pairs],
            },
        }
    return {
        "format": REPORT_FORMAT,
        "format_version": 1,
        "instrument": {"id": comparison.instrument_id, "version": comparison.instrument_version},
        "experimental": instrument.experimental,
        "caveat": CAVEAT.get(lang, CAVEAT["en"]) if instrument.experimental else None,
        "couple": comparison.couple,
        "lang": lang,
        "partners": [a, b],
        "rounds": {
            a: {"round": comparison.rounds[0], "date": comparison.round_dates[0]},
            b: {"round": comparison.rounds[1], "date": comparison.round_dates[1]},
        },
        "hidden_sections": list(comparison.hidden),
        "hidden_note": guide["hidden"] if comparison.hidden else None,
        "talk_guide": {
            "title": guide["title"],
            "steps": list(guide["steps"]),
            "exercises": guide["plan"] if plan_available else guide["plan_coming"],
        },
        "response_scale": {
            "min": instrument.response_scale.low,
            "max": instrument.response_scale.high,
        },
        "statistic": (
            "exact and within-one agreement; chance from the marginals; "
            "kappa = (obs - chance) / (1 - chance)"
        ),
        "scales": scales,
        "inner_world_accuracy": [accuracy(comparison.a_knows_b), accuracy(comparison.b_knows_a)],
        "dreams": dreams,
    }


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _words(data: dict[str, Any]) -> Callable[..., str]:
    """The comparison's sentences in its language: ``say(key, **values)``."""
    lang = data.get("lang")
    table = strings(lang if lang in LANGUAGES else "en", "assess")

    def say(key: str, **values: object) -> str:
        value = table[f"cmp_{key}"]
        assert isinstance(value, str)
        return value.format(**values) if values else value

    return say


def _group(say: Callable[..., str], group: str) -> str:
    try:
        return say(f"group_{group}")
    except KeyError:
        return group


def render_terminal(data: dict[str, Any], console: Console) -> None:
    """Print the comparison dict as Rich tables (the CLI's `unmask compare`)."""
    say = _words(data)
    a, b = data["partners"]
    if data.get("caveat"):
        console.print(f"[dim]{data['caveat']}[/dim]")
    rounds = data.get("rounds")
    if rounds:
        console.print(
            say(
                "answers_from",
                rounds="; ".join(
                    say("round", person=p, round=rounds[p]["round"], date=rounds[p]["date"])
                    for p in (a, b)
                ),
            ),
            markup=False,
        )
    if data.get("hidden_note"):
        console.print(data["hidden_note"], markup=False)
    table = Table(title=say("scales"), show_lines=False)
    for column in (
        say("group"),
        say("scale"),
        a,
        b,
        say("gap"),
        say("predicts", a=a, b=b),
        say("predicts", a=b, b=a),
    ):
        table.add_column(column, overflow="fold")
    for row in data["scales"]:
        pa, pb = row["predictions"][a], row["predictions"][b]
        table.add_row(
            _group(say, row["group"]),
            row["name"],
            _fmt(row["scores"][a]),
            _fmt(row["scores"][b]),
            _fmt(row["gap"]),
            say("actual", predicted=_fmt(pa["predicted"]), actual=_fmt(pa["actual"])),
            say("actual", predicted=_fmt(pb["predicted"]), actual=_fmt(pb["actual"])),
        )
    console.print(table)
    guide = data.get("talk_guide")
    if guide:
        console.print(f"\n[bold]{escape(guide['title'])}[/bold]")
        for number, step in enumerate(guide["steps"], start=1):
            console.print(f"  {number}. {step}", markup=False)
        console.print(f"  {guide['exercises']}", markup=False)
    for acc in data["inner_world_accuracy"]:
        ag = acc["agreement"]
        heading = say("knows", predictor=acc["predictor"], target=acc["target"])
        console.print(f"\n[bold]{escape(heading)}[/bold]", highlight=False)
        console.print(_agreement(say, ag), markup=False, highlight=False)
        right = [i for i in acc["items"] if i["outcome"] == "exact"]
        wrong = [i for i in acc["items"] if i["outcome"] == "miss"]
        for label, rows in ((say("got_right"), right), (say("missed"), wrong)):
            if rows:
                console.print(f"  {label}:", markup=False, highlight=False)
                for item in rows:
                    line = say(
                        "item_short",
                        text=item["text"],
                        predicted=item["predicted"],
                        actual=item["actual"],
                    )
                    console.print(f"    - {line}", markup=False, highlight=False)
    dreams = data.get("dreams")
    if dreams:
        table = Table(title=say("dreams_title"))
        for column in (say("domain"), a, b):
            table.add_column(column)
        for row in dreams["domains"]:
            table.add_row(row["name"], *(str(row["ratings"][p] or "-") for p in (a, b)))
        console.print(table)
        console.print(_dreams_agreement(say, dreams), markup=False, highlight=False)
        for person in (a, b):
            for hope in dreams["hopes"][person]:
                console.print(
                    f"  {say('hopes', person=person)} {hope}", markup=False, highlight=False
                )


def _agreement(say: Callable[..., str], ag: dict[str, Any]) -> str:
    return say(
        "agreement",
        exact=_pct(ag["exact"]),
        n=ag["n"],
        chance_exact=_pct(ag["chance_exact"]),
        within=_pct(ag["within_one"]),
        chance_within=_pct(ag["chance_within_one"]),
        kappa=_fmt(ag["kappa"]),
    )


def _dreams_agreement(say: Callable[..., str], dreams: dict[str, Any]) -> str:
    ag = dreams["agreement"]
    return say(
        "dreams_agreement",
        exact=_pct(ag["exact"]),
        chance_exact=_pct(ag["chance_exact"]),
        within=_pct(ag["within_one"]),
        similarity=_fmt(dreams["similarity"]),
        cosine=_fmt(dreams["hopes_similarity"]["cosine"]),
    )


def _finalize(value: object) -> object:
    """Every printed value as the chat report prints it: escaped, slashes and a "www."
    encoded (no text turns into a link), bidi controls isolated."""
    from unmask.report.html import finalize

    return finalize(value)


_HTML = jinja2.Environment(autoescape=True, finalize=_finalize).from_string(
    """<section id="questionnaire" class="unmask-questionnaire">
<h2>{{ say("title") }}</h2>
{% if d.caveat %}<p class="caveat">{{ d.caveat }}</p>{% endif %}
{% if d.hidden_note %}<p class="hidden-note">{{ d.hidden_note }}</p>{% endif %}
<table class="scales"><thead><tr><th>{{ say("group") }}</th><th>{{ say("scale") }}</th>
<th>{{ a }}</th><th>{{ b }}</th><th>{{ say("gap") }}</th><th>{{ say("predicts", a=a, b=b) }}</th>
<th>{{ say("predicts", a=b, b=a) }}</th></tr></thead><tbody>
{% for s in d.scales %}<tr><td>{{ group(say, s.group) }}</td><td>{{ s.name }}</td>
<td>{{ f(s.scores[a]) }}</td><td>{{ f(s.scores[b]) }}</td><td>{{ f(s.gap) }}</td>
<td>{{ pred(s.predictions[a]) }}</td>
<td>{{ pred(s.predictions[b]) }}</td>
</tr>{% endfor %}</tbody></table>
{% if d.talk_guide %}<div class="talk-guide"><h3>{{ d.talk_guide.title }}</h3><ol>
{% for step in d.talk_guide.steps %}<li>{{ step }}</li>{% endfor %}</ol>
<p>{{ d.talk_guide.exercises }}</p></div>{% endif %}
{% for acc in d.inner_world_accuracy %}
<h3>{{ say("knows", predictor=acc.predictor, target=acc.target) }}</h3>
<p>{{ agreement(say, acc.agreement) }}</p>
<ul class="items">{% for i in acc["items"] %}<li class="{{ i.outcome }}">{{ say("item",
text=i.text, predicted=i.predicted if i.predicted is not none else "-",
actual=i.actual if i.actual is not none else "-", outcome=say("outcome_" ~ i.outcome)) }}</li>
{% endfor %}</ul>
{% endfor %}
{% if d.dreams %}<h3>{{ say("dreams_title") }}</h3>
<table class="domains"><thead><tr><th>{{ say("domain") }}</th><th>{{ a }}</th><th>{{ b }}</th></tr>
</thead><tbody>{% for r in d.dreams.domains %}<tr><td>{{ r.name }}</td>
<td>{{ r.ratings[a] or "-" }}</td><td>{{ r.ratings[b] or "-" }}</td></tr>{% endfor %}
</tbody></table>
<p>{{ dreams_agreement(say, d.dreams) }}</p>
{% for person in [a, b] %}{% if d.dreams.hopes[person] %}
<p>{{ say("hopes", person=person) }}</p><ul>
{% for h in d.dreams.hopes[person] %}<li>{{ h }}</li>{% endfor %}</ul>{% endif %}{% endfor %}
{% endif %}</section>"""
)


def render_html_fragment(data: dict[str, Any]) -> str:
    """A self-contained, escaped HTML <section> for report.html."""
    a, b = data["partners"]
    say = _words(data)
    return _HTML.render(
        d=data,
        a=a,
        b=b,
        f=_fmt,
        say=say,
        pred=lambda row: say(
            "actual", predicted=_fmt(row["predicted"]), actual=_fmt(row["actual"])
        ),
        group=_group,
        agreement=_agreement,
        dreams_agreement=_dreams_agreement,
    )


def attach_to_report(report_dir: str | Path, data: dict[str, Any]) -> tuple[Path, Path]:
    """Add the comparison to report.json and report.html in ``report_dir``.

    Checks everything before writing anything: both files must exist, the
    HTML must contain the marker comment (or an earlier comparison, which is
    replaced), and a couple id in report.json (if any) must match.
    """
    folder = Path(report_dir)
    json_path, html_path = folder / "report.json", folder / "report.html"
    for path in (json_path, html_path):
        if not path.is_file():
            raise UsageError(
                f"{path} does not exist; run the chat analysis (`unmask analyze`) into "
                f"{folder} first, or leave out --report"
            )
    try:
        report = json.loads(json_path.read_text(encoding="utf-8"))
        html = html_path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InputError(
            f"{folder}: report.json/report.html are not readable UTF-8 JSON/HTML"
        ) from None
    if not isinstance(report, dict):
        raise InputError(f"{json_path}: expected a JSON object")
    safety = report.get("safety")
    if isinstance(safety, dict) and safety.get("mode") == "safety":
        raise UsageError(
            f"{folder} holds a chat report in safety mode: the questionnaire is not added to it, "
            "and comparing answers together is not suggested while safety is in question "
            "(docs/safety.md). Nothing was changed."
        )
    start, end = html.find(BEGIN), html.find(END)
    if MARKER not in html and start != -1 and end > start:
        html = html[:start] + MARKER + html[end + len(END) :]  # a later round replaces it
    if MARKER not in html:
        raise InputError(
            f"{html_path} has no questionnaire marker {MARKER!s}; it was made by an older "
            "version - rerun `unmask analyze` to regenerate it. Nothing was changed."
        )
    couple = report.get("couple")
    if isinstance(couple, str) and couple != data["couple"]:
        raise UsageError(
            f"{json_path} belongs to couple {couple!r}, not {data['couple']!r}; "
            "pass the matching --couple or --report"
        )
    report["questionnaire"] = data
    fragment = f"{BEGIN}{render_html_fragment(data)}{END}"
    write_private(json_path, json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8"))
    write_private(html_path, html.replace(MARKER, fragment, 1).encode("utf-8"))
    return json_path, html_path


def detach_from_report(report_dir: str | Path) -> bool:
    """Take the questionnaire back out of a report folder (``unmask forget``).

    report.json loses its ``questionnaire`` object and report.html gets the
    marker comment back in place of the section, so the folder is as the chat
    analysis wrote it. Returns whether anything was removed; a folder that is
    gone is fine (nothing to remove). Raises :class:`InputError` when the files
    exist but cannot be read or written.
    """
    folder = Path(report_dir)
    json_path, html_path = folder / "report.json", folder / "report.html"
    removed = False
    try:
        if json_path.is_file():
            report = json.loads(json_path.read_text(encoding="utf-8"))
            if isinstance(report, dict) and "questionnaire" in report:
                del report["questionnaire"]
                text = json.dumps(report, ensure_ascii=False, indent=2)
                write_private(json_path, text.encode("utf-8"))
                removed = True
        if html_path.is_file():
            html = html_path.read_text(encoding="utf-8")
            start, end = html.find(BEGIN), html.find(END)
            if start != -1 and end > start:
                end += len(END)
            else:  # written before the begin/end comments: the section itself
                start = html.find('<section id="questionnaire"')
                end = html.find("</section>", start) if start != -1 else -1
                end = end + len("</section>") if end != -1 else -1
            if start != -1 and end > start:
                html = html[:start] + MARKER + html[end:]
                write_private(html_path, html.encode("utf-8"))
                removed = True
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InputError(
            f"{folder}: cannot take the questionnaire out of report.json/report.html"
        ) from None
    return removed
