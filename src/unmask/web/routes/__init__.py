"""The app's routes, one module per area (each exposes ``routes``)."""
