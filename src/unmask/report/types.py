"""The report as typed data: TypedDicts for every object of report.json.

GENERATED from ``report/schema/report.schema.json`` by ``python -m
unmask_dev.schema_types`` -- do not edit by hand; change the schema and regenerate
(``tests/report/test_types.py`` fails when this file and the schema disagree).

No ``from __future__ import annotations`` here: TypedDict reads ``NotRequired`` at class
creation, so the annotations must be real objects (classes come in dependency order).
"""

from typing import Any, Literal, NotRequired, TypedDict

__all__ = [
    "Axis",
    "AxisComponentsItem",
    "Bids",
    "Bookkeeping",
    "BookkeepingByPartnerValue",
    "Breakdown",
    "Component",
    "CountShare",
    "Crisis",
    "CrisisByPartner",
    "Example",
    "ExampleAnswer",
    "Figure",
    "Generator",
    "Initiations",
    "Latency",
    "LatencyByResponderValue",
    "Limits",
    "LimitsCannotTellItem",
    "LimitsReadable",
    "Parameters",
    "ParametersThresholds",
    "PartnersItem",
    "Profile",
    "ProfileByPartnerValue",
    "ProfileRecent",
    "ProfileRecentChange",
    "ProfileRecentDepth",
    "ProfileRecentSurface",
    "ProfileRegionsItem",
    "Quartiles",
    "Reciprocity",
    "Report",
    "Responses",
    "Safety",
    "SafetyByPartnerValue",
    "SafetyExamplesItem",
    "SafetyExamplesItemSpansItem",
    "Source",
    "SourceSendersItem",
    "StatementsItem",
    "Trend",
    "TrendChangePointsItem",
    "TrendSlopePerYear",
    "Trends",
    "Versions",
]


class Generator(TypedDict):
    """``report/generator`` in report.json."""

    tool: Literal["unmask"]
    version: str


class ParametersThresholds(TypedDict):
    """``report/parameters/thresholds`` in report.json."""

    surface: float
    depth: float
    conflict_per_100: NotRequired[float]


class Parameters(TypedDict):
    """``report/parameters`` in report.json."""

    session_gap_minutes: float
    model: bool
    seed: int
    bootstrap_resamples: int
    lang: Literal["en", "zh"]
    redacted: bool
    thresholds: ParametersThresholds
    minimums: dict[str, float]


class Versions(TypedDict):
    """``report/versions`` in report.json."""

    unmask: str
    schema: str
    signals: dict[str, str]


class SourceSendersItem(TypedDict):
    """``report/source/senders/[]`` in report.json."""

    name: str
    messages: int


class Source(TypedDict):
    """``report/source`` in report.json."""

    file_name: str
    format: str
    messages: int
    text_messages: int
    first: str | None
    last: str | None
    months: int
    days: int
    sessions: int
    senders: list[SourceSendersItem]


class PartnersItem(TypedDict):
    """``report/partners/[]`` in report.json."""

    key: Literal["a", "b"]
    name: str
    is_me: bool
    messages: int
    text_messages: int


class LimitsCannotTellItem(TypedDict):
    """``report/limits/cannot_tell/[]`` in report.json."""

    code: str
    text: str


class LimitsReadable(TypedDict):
    """``report/limits/readable`` in report.json."""

    share: NotRequired[float | None]
    by_partner: NotRequired[dict[str, Any]]
    counted: NotRequired[int]
    min_share: NotRequired[float]
    min_known_word_share: NotRequired[float]


class Limits(TypedDict):
    """``report/limits`` in report.json."""

    placed: bool
    cannot_tell: list[LimitsCannotTellItem]
    readable: NotRequired[LimitsReadable]


class Figure(TypedDict):
    """``$defs/figure`` in report.json."""

    value: float | None
    count: int
    denominator: int


class Component(TypedDict):
    """``$defs/component`` in report.json."""

    label: str
    group: Literal["depth", "surface", "conflict", "other"]
    unit: Literal["per_100_messages", "share"]
    couple: Figure
    by_partner: dict[str, Figure]


class Breakdown(TypedDict):
    """``$defs/breakdown`` in report.json."""

    total: int
    counts: dict[str, int]
    shares: dict[str, float | None]


class Responses(TypedDict):
    """``report/responses`` in report.json."""

    categories: list[Literal["responsive", "minimal", "deflecting", "dismissive", "no_answer"]]
    by_responder: dict[str, Breakdown]


class Bids(TypedDict):
    """``report/bids`` in report.json."""

    categories: list[Literal["toward", "away", "against"]]
    by_responder: dict[str, Breakdown]
    answered_in_fear: NotRequired[dict[str, int]]


class Quartiles(TypedDict):
    """``$defs/quartiles`` in report.json."""

    n: int
    median_minutes: float | None
    q1_minutes: float | None
    q3_minutes: float | None


class LatencyByResponderValue(TypedDict):
    """``report/latency/by_responder/*`` in report.json."""

    disclosure: Quartiles
    logistics: Quartiles


class Latency(TypedDict):
    """``report/latency`` in report.json."""

    by_responder: dict[str, LatencyByResponderValue]


class CountShare(TypedDict):
    """``$defs/countShare`` in report.json."""

    count: int
    share: float | None


class Initiations(TypedDict):
    """``report/initiations`` in report.json."""

    sessions: int
    by_partner: dict[str, CountShare]


class BookkeepingByPartnerValue(TypedDict):
    """``report/bookkeeping/by_partner/*`` in report.json."""

    started: int
    messages: int


class Bookkeeping(TypedDict):
    """``report/bookkeeping`` in report.json."""

    exchanges: int
    by_partner: dict[str, BookkeepingByPartnerValue]


class Reciprocity(TypedDict):
    """``report/reciprocity`` in report.json."""

    disclosures: dict[str, int]
    share: dict[str, float | None]
    balance: float | None


class AxisComponentsItem(TypedDict):
    """``$defs/axis/components/[]`` in report.json."""

    id: str
    value: float | None
    weight: float


class Axis(TypedDict):
    """``$defs/axis`` in report.json."""

    value: float | None
    ci: list[float | None]
    components: list[AxisComponentsItem]


class ProfileByPartnerValue(TypedDict):
    """``report/profile/by_partner/*`` in report.json."""

    surface: float | None
    depth: float | None


class ProfileRegionsItem(TypedDict):
    """``report/profile/regions/[]`` in report.json."""

    id: str
    label: str
    surface: Literal["high", "low"]
    depth: Literal["high", "low"]


class ProfileRecentSurface(TypedDict):
    """``report/profile/recent/surface`` in report.json."""

    value: float | None
    ci: list[float | None]


class ProfileRecentDepth(TypedDict):
    """``report/profile/recent/depth`` in report.json."""

    value: float | None
    ci: list[float | None]


class ProfileRecentChange(TypedDict):
    """``report/profile/recent/change`` in report.json."""

    changed: NotRequired[bool]
    other_region: NotRequired[float | None]
    confidence: NotRequired[float]
    surface_difference: NotRequired[list[float | None]]
    depth_difference: NotRequired[list[float | None]]
    surface_change: NotRequired[float | None]
    depth_change: NotRequired[float | None]


# the position over the sessions of the last `months` calendar months only
ProfileRecent = TypedDict(
    "ProfileRecent",
    {
        "months": int,
        "from": str | None,
        "text_messages": int,
        "placed": bool,
        "surface": ProfileRecentSurface,
        "depth": ProfileRecentDepth,
        "region": Literal[
            "genuine_intimacy", "pseudo_intimacy", "open_distress", "stormy_closeness"
        ]
        | None,
        "region_probabilities": dict[str, float],
        "change": NotRequired[ProfileRecentChange],
    },
)


class Profile(TypedDict):
    """``report/profile`` in report.json."""

    placed: bool
    surface: Axis
    depth: Axis
    region: (
        Literal["genuine_intimacy", "pseudo_intimacy", "open_distress", "stormy_closeness"] | None
    )
    region_probabilities: dict[str, float]
    by_partner: dict[str, ProfileByPartnerValue]
    regions: list[ProfileRegionsItem]
    conflict_per_100: NotRequired[float | None]
    recent: ProfileRecent
    changed: NotRequired[bool]


class TrendSlopePerYear(TypedDict):
    """``$defs/trend/slope_per_year`` in report.json."""

    value: float | None
    ci: list[float | None]


class TrendChangePointsItem(TypedDict):
    """``$defs/trend/change_points/[]`` in report.json."""

    month: str
    before: float
    after: float


class Trend(TypedDict):
    """``$defs/trend`` in report.json."""

    label: str
    unit: str
    couple: list[float | None]
    by_partner: dict[str, list[float | None]]
    slope_per_year: TrendSlopePerYear
    change_points: list[TrendChangePointsItem]
    direction: Literal["up", "down", "flat", "unclear"]


class Trends(TypedDict):
    """``report/trends`` in report.json."""

    months: list[str]
    series: dict[str, Trend]


class StatementsItem(TypedDict):
    """``report/statements/[]`` in report.json."""

    id: str
    kind: Literal["strength", "gap", "trend", "difference", "limit", "position", "everyday"]
    text: str
    components: NotRequired[list[str]]
    examples: NotRequired[str]


class ExampleAnswer(TypedDict):
    """``$defs/example/answer`` in report.json."""

    timestamp: NotRequired[str]
    sender: NotRequired[Literal["a", "b"]]
    text: NotRequired[str]
    category: NotRequired[str]


class Example(TypedDict):
    """``$defs/example`` in report.json."""

    timestamp: str
    sender: Literal["a", "b"]
    text: str
    signals: list[str]
    answer: NotRequired[ExampleAnswer | None]
    evidence: NotRequired[list[str]]


class SafetyByPartnerValue(TypedDict):
    """``report/safety/by_partner/*`` in report.json."""

    signals: dict[str, int]
    control: int
    control_days: int
    control_kinds: int
    severe_days: int
    fear: int
    fear_days: int
    cycles: int


class SafetyExamplesItemSpansItem(TypedDict):
    """``report/safety/examples/[]/spans/[]`` in report.json."""

    signal: str
    start: int
    end: int


class SafetyExamplesItem(TypedDict):
    """``report/safety/examples/[]`` in report.json."""

    timestamp: str
    sender: Literal["a", "b"]
    text: str
    signals: list[str]
    spans: list[SafetyExamplesItemSpansItem]
    by_model: NotRequired[list[str]]
    by_routine: NotRequired[list[str]]


class Safety(TypedDict):
    """``report/safety`` in report.json."""

    mode: Literal["none", "notice", "safety"]
    reasons: list[str]
    messages: int
    laughing_set_aside: int
    by_partner: dict[str, SafetyByPartnerValue]
    parameters: dict[str, float]
    examples: list[SafetyExamplesItem]


class CrisisByPartner(TypedDict):
    """``report/crisis/by_partner`` in report.json."""

    a: int
    b: int


class Crisis(TypedDict):
    """``report/crisis`` in report.json."""

    messages: int
    by_partner: CrisisByPartner
    laughing_set_aside: int
    versions: dict[str, str]


class Report(TypedDict):
    """``report`` in report.json."""

    schema_version: Literal["1.1"]
    generator: Generator
    parameters: Parameters
    versions: Versions
    timings: dict[str, float]
    source: Source
    partners: list[PartnersItem]
    limits: Limits
    components: dict[str, Component]
    responses: Responses
    bids: Bids
    latency: Latency
    initiations: Initiations
    bookkeeping: Bookkeeping
    reciprocity: Reciprocity
    profile: Profile
    trends: Trends
    statements: list[StatementsItem]
    examples: dict[str, list[Example]]
    safety: NotRequired[Safety]
    crisis: NotRequired[Crisis]
