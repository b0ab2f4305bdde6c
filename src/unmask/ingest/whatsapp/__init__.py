"""The WhatsApp importer (``.txt`` exports and the phone's ``.zip``): see README.md here.

:class:`WhatsAppImporter` is the entry point (registered as ``whatsapp`` in
:mod:`unmask.ingest.registry`); the other modules are its stages.
"""

from unmask.ingest.whatsapp.importer import WhatsAppImporter

__all__ = ["WhatsAppImporter"]
