"""Developer tools of unmask that the wheel does not carry.

- :mod:`unmask_dev.synth` -- the synthetic couple and WhatsApp export generator (the bundled
  sample chats, benchmark corpora, the importer's round-trip fixtures);
- :mod:`unmask_dev.claff_split` -- the fixed split of the CL-Aff corpus used to train and
  evaluate the bundled model.

The package is importable in the developer set-up (``make test``: the editable install adds
``tools/`` to the path); an installed wheel has only :mod:`unmask`.
"""
