"""unmask.assess: the questionnaire engine, scoring, dyad comparison and reliability.

Public names are listed once here; everything else is internal.
"""

from unmask.assess.answers import (
    AnswerSheet,
    empty_sheet,
    sheet_from_bytes,
    sheet_from_json,
    sheet_to_json,
)
from unmask.assess.dyad import (
    Accuracy,
    Agreement,
    Comparison,
    DreamOverlap,
    ScaleComparison,
    agreement,
    char_bigrams,
    compare_partners,
)
from unmask.assess.instrument import Domain, Instrument, Item, ResponseScale, Scale
from unmask.assess.privacy import private_sections, shown_instrument
from unmask.assess.reliability import (
    Reliability,
    Respondent,
    cronbach_alpha,
    item_matrix,
    mcdonald_omega,
    omega_from_loadings,
    scale_reliability,
    to_long_format,
)
from unmask.assess.report import (
    attach_to_report,
    comparison_to_dict,
    detach_from_report,
    render_html_fragment,
    render_terminal,
)
from unmask.assess.reveal import (
    current_round,
    load_sheet,
    reveal_together,
    save_sheet,
    update_sheet,
)
from unmask.assess.schema import (
    INSTRUMENT_SCHEMA,
    builtin_instrument,
    load_instrument,
    load_instrument_bytes,
)
from unmask.assess.scoring import ScaleScore, score_answers, score_scale
from unmask.assess.screening import (
    Screening,
    ScreeningAnswers,
    builtin_screening,
    help_resources,
    help_text,
)

__all__ = [
    "INSTRUMENT_SCHEMA",
    "Accuracy",
    "Agreement",
    "AnswerSheet",
    "Comparison",
    "Domain",
    "DreamOverlap",
    "Instrument",
    "Item",
    "Reliability",
    "Respondent",
    "ResponseScale",
    "Scale",
    "ScaleComparison",
    "ScaleScore",
    "Screening",
    "ScreeningAnswers",
    "agreement",
    "attach_to_report",
    "builtin_instrument",
    "builtin_screening",
    "char_bigrams",
    "compare_partners",
    "comparison_to_dict",
    "cronbach_alpha",
    "current_round",
    "detach_from_report",
    "empty_sheet",
    "help_resources",
    "help_text",
    "item_matrix",
    "load_instrument",
    "load_instrument_bytes",
    "load_sheet",
    "mcdonald_omega",
    "omega_from_loadings",
    "private_sections",
    "render_html_fragment",
    "render_terminal",
    "reveal_together",
    "save_sheet",
    "scale_reliability",
    "score_answers",
    "score_scale",
    "sheet_from_bytes",
    "sheet_from_json",
    "sheet_to_json",
    "shown_instrument",
    "to_long_format",
    "update_sheet",
]
