"""unmask.ingest"""
