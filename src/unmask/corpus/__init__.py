"""unmask.corpus: the same analysis for thousands of couples, on one machine or a Dask cluster.

Public API (docs/corpus.md)::

    run_corpus(source, out_dir, *, engine="local", workers=None, scheduler=None,
               options=RunOptions(), progress=None) -> RunSummary
    open_run(out_dir) -> CorpusRun     # .messages() .couples() .months() .profiles()
                                       # .errors() .questionnaire(answers) -> pandas frames
    questionnaire(answers) -> pandas frame (one row per person per scale)
"""

from unmask.corpus.engines import DaskEngine, LocalEngine, make_engine
from unmask.corpus.inputs import Couple, InputFile, ManifestError, discover
from unmask.corpus.partition import Partition, plan
from unmask.corpus.results import CorpusRun, open_run, questionnaire
from unmask.corpus.runner import RunOptions, RunSummary, run_corpus

__all__ = [
    "CorpusRun",
    "Couple",
    "DaskEngine",
    "InputFile",
    "LocalEngine",
    "ManifestError",
    "Partition",
    "RunOptions",
    "RunSummary",
    "discover",
    "make_engine",
    "open_run",
    "plan",
    "questionnaire",
    "run_corpus",
]
